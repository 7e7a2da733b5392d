import { describe, expect, it } from 'vitest';
import { checkerIn, codesOf } from './helpers.ts';

// means53's search for a line of means weighted across two tables stops at ACROSS_TRIES (50,000) sets; past it the
// readings not tried were left silently. Six count tables of four lines under the same labels and a table of four
// count lines with a line of means make 54,000 sets (means55: 1,135,440 with one and three tables, past 1,000,000).
const input = (totalMean: string) => {
  const counts: [number, number][] = [
    [31, 52],
    [22, 45],
    [40, 27],
    [58, 33],
    [25, 49],
    [37, 41],
    [44, 29],
    [21, 56],
    [35, 38],
    [47, 24],
    [29, 51],
    [53, 36],
    [26, 43],
    [39, 30],
    [48, 22],
    [32, 57],
    [24, 46],
    [55, 28],
    [36, 34],
    [42, 59],
    [28, 23],
    [50, 47],
    [23, 39],
    [45, 31],
  ];
  const lines: string[] = [];
  for (let t = 0; t < 6; t++) {
    lines.push(`表${t + 1} 患者数`, '\tA群\tB群\t合計');
    for (let i = 0; i < 4; i++) {
      const [a, b] = counts[t * 4 + i]!;
      lines.push(`区分${t + 1}${i}\t${a}\t${b}\t${a + b}`);
    }
    lines.push('');
  }
  lines.push('表7 背景', '\tA群\tB群\t合計');
  for (const [i, [a, b]] of [
    [30, 40],
    [22, 35],
    [41, 27],
    [33, 38],
  ].entries())
    lines.push(`項目${i}\t${a}\t${b}\t${a! + b!}`);
  lines.push(`平均年齢\t40.0\t50.0\t${totalMean}`);
  return lines.join('\n');
};

describe('a line of means across two tables: a search cut short is said (review46)', () => {
  // means57: a branch whose least and greatest terms cannot reach the mean is not walked (exact), so a 合計 mean outside
  // every weighting of the lines' means (80.0 beside 40.0 and 50.0) is proved to fit none without the cap: refused
  // saying it fits no weighting, no cut claimed (means55 reached 1,000,000 sets here and said the cut).
  it('no fit anywhere: refused, the whole search run and no cut claimed (1da0a559: refused, the cut unsaid)', async () => {
    const { check, highs, bundle } = await checkerIn();
    const r = check(highs, bundle, input('80.0'), { details: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const said = r.errors.map((e) => e.message).join('\n');
    expect(said).toContain('合わず');
    expect(said).not.toContain('上限');
  });

  it('read by its own table, the cross-table readings cut short: said as a warning (1da0a559: nothing said)', async () => {
    const { check, highs, bundle } = await checkerIn();
    const r = check(highs, bundle, input('45.7'), { details: true });
    expect(r.ok, codesOf(r)).toBe(true);
    const said = r.warnings.filter((w) => w.code === 'means/not-searched');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain('チェッカーの判断');
  });
});
