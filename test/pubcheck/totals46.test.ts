/**
 * totals46 (issue #11): a whole under its lines' sum protected, not refused (overtotal.ts `underTotals`, `readOverlap`).
 *
 * 1. A line under a loose word for the whole (「Any」「全国」「すべて」) at least each other line and under their sum by
 *    1–9 somewhere: on 6879fff refused (`total/overlap`, totals45); now read as the whole of a table of several answers,
 *    two lines of ours (the others' sum, and the overlap: the sum less the whole, what the lines count twice) and the
 *    cells hidden so that the overlap and every small count are unrecoverable, said in words (チェッカーの判断).
 * 2. Such a line under a word in no list (「Semua」「患者全体」): on 6879fff an item, the overlap published (exit 0);
 *    now read so by the numbers alone where under the sum by 0–9 in every position (three positions at least, or 1–9
 *    in each).
 * Judged by totals46-families.ts `attackOverlap` (HiGHS: the overlap an unknown ≥ 0, the whole at least each line).
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { attackOverlap, unlistedWholes } from './totals46-families.ts';
import { innocentAnswers, underWholes } from './totals45-families.ts';

const { check, highs, bundle } = await checkerIn();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const table = (w: string) => `疾患\tA群\tB群\tC群\n高血圧\t12\t15\t20\n糖尿病\t30\t22\t25\n脂質異常症\t14\t18\t11\n${w}\t53\t52\t56\n`;
const judged = (w: string) => attackOverlap(highs, run(table(w)) as never, { text: table(w), axis: 'rows', label: w });

describe('1. a loose whole under its lines’ sum by a few (6879fff: refused, total/overlap)', () => {
  it.each(['Any', '全国', 'すべて', '全登録'])(
    '「%s 53 | 52 | 56」 over lines adding up to 56 | 55 | 56: read, the overlap hidden, none leaked',
    (w) => {
      const r = run(table(w));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const warning = r.warnings.find((x) => x.code === 'total/overlap');
      expect(warning?.message).toContain('チェッカーの判断');
      expect(judged(w).what).toBe('read, none leaked');
      expect(judged(w).hidden).toBeGreaterThan(0);
    },
  );
  it('marked as an item 「[項目] Any」: read as an item, no overlap line', () => {
    const r = run(table('[項目] Any'));
    expect(r.ok && r.warnings.some((x) => x.code === 'total/overlap')).toBe(false);
    expect(r.ok).toBe(true);
  });
  it('family (underWholes, seeds 2341 and 2381, 100 tables each): 6879fff refused 91 and 87, leaked 6 and 4; now 0 leaked (1 and 2 refused, total/almost)', () => {
    for (const seed of [2341, 2381]) {
      const whats = underWholes(100, seed).map((c) => attackOverlap(highs, run(c.text) as never, c).what);
      expect(whats.filter((w) => w === 'leaked')).toEqual([]);
      expect(whats.filter((w) => w === 'refused').length).toBe(seed === 2341 ? 1 : 2); // total/almost, as before
    }
  }, 600_000);
});

describe('2. a whole under a word in no list (6879fff: an item, the overlap published)', () => {
  it.each(['Semua', '患者全体', 'X'])('「%s 53 | 52 | 56」 over 56 | 55 | 56: read with the overlap hidden, none leaked', (w) => {
    expect(judged(w).what).toBe('read, none leaked');
  });
  it('family (unlistedWholes, seed 2382, 100 tables): 6879fff leaked 73 (1 refused); now 0 (1 refused, total/almost)', () => {
    const whats = unlistedWholes(100, 2382).map((c) => attackOverlap(highs, run(c.text) as never, c).what);
    expect(whats.filter((w) => w === 'leaked')).toEqual([]);
    expect(whats.filter((w) => w === 'refused')).toHaveLength(1);
  }, 600_000);
  it('cost (innocentAnswers, seed 2342, 1,000 ordinary tables of answers): none refused', () => {
    expect(innocentAnswers(1000, 2342).filter((c) => !run(c.text).ok)).toEqual([]);
  }, 600_000);
});
