/**
 * totals45 (issue #11): totals found by arithmetic, the points totals44 left.
 *
 * 1. A line under a loose word for the whole (「Any」「全国」「すべて」: header.ts `LOOSE_TOTAL`) at least each other line
 *    and under their sum by 1–9 somewhere: read as the whole of a table of several answers per patient, the difference
 *    is the patients counted in two lines or more (1 to the difference: チェッカーの判断). On 6ad45b5 an item, nothing
 *    hidden (exit 0); refused in words (`total/overlap`, overtotal.ts `underTotals`); since totals46 read and protected.
 * 2. More Japanese words for the whole (「全登録」「総登録数」「全参加者」「総人数」「合わせて」…) over the items by a few in
 *    one position and by more in another: items on 6ad45b5, their rests published; now loose totals, read both ways.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { innocentAnswers, judgeUnder, newWholes, underWholes } from './totals45-families.ts';
import { judgeWhole } from './totals44-families.ts';

const { check, highs, bundle } = await checkerIn();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const codes = (r: ReturnType<typeof run>) => (r.ok ? [] : [...new Set(r.errors.map((e) => e.code))]);
const table = (w: string) => `疾患\tA群\tB群\tC群\n高血圧\t12\t15\t20\n糖尿病\t30\t22\t25\n脂質異常症\t14\t18\t11\n${w}\t53\t52\t56\n`;

describe('1. a loose whole under its lines’ sum by a few (6ad45b5: an item, the overlap published)', () => {
  // totals46: read and protected instead (the overlap a line of ours, hidden: totals46.test.ts), said in words.
  it.each(['Any', '全国', 'すべて', '全登録'])(
    '「%s 53 | 52 | 56」 over lines adding up to 56 | 55 | 56: total/overlap (totals46: read, protected)',
    (w) => {
      const r = run(table(w));
      expect(codes(r)).toEqual([]);
      if (r.ok) expect(r.warnings.find((x) => x.code === 'total/overlap')!.message).toContain('チェッカーの判断');
    },
  );
  it('marked as an item 「[項目] Any」, or 「東北」: read, as before', () => {
    expect(run(table('[項目] Any')).ok).toBe(true);
    expect(run(table('東北')).ok).toBe(true);
  });
  it('a line below one of the others (no whole): read', () => {
    expect(run('疾患\tA群\tB群\tC群\n高血圧\t12\t15\t20\n糖尿病\t30\t22\t25\n脂質異常症\t14\t18\t11\nAny\t29\t30\t40\n').ok).toBe(true);
  });
  // totals46: 0 leaked, 1 refused (`total/almost` as before): the 90 `total/overlap` and the 6 of two positions read and
  // protected (overtotal.ts `readOverlap`).
  it('family (underWholes, seed 2341, 100 tables): 6ad45b5 gave the overlap back in 62; totals45 6 (91 refused); now 0 (1 refused)', () => {
    const whats = underWholes(100, 2341).map((c) => judgeUnder(run(c.text) as never, c));
    expect(whats.filter((w) => w === 'leaked')).toHaveLength(0);
    expect(whats.filter((w) => w === 'refused')).toHaveLength(1);
  }, 600_000);
  it('cost (innocentAnswers, seed 2342, 1,000 ordinary tables of answers beside 「すべて」「Combined」「全員」…): 6ad45b5 refused 0, totals45 1, now 0', () => {
    const refused = innocentAnswers(1000, 2342).filter((c) => !run(c.text).ok);
    expect(refused).toHaveLength(0);
  }, 600_000);
});

describe('2. more Japanese words for the whole (6ad45b5: items, their rests published)', () => {
  it('family (newWholes, seed 2341, 100 tables): 6ad45b5 leaked 63 to the integer attacker as a total; now 0, all read', () => {
    const whats = newWholes(100, 2341).map((c) => judgeWhole(highs, run(c.text) as never, c, 'threshold'));
    expect(whats.filter((w) => w !== 'read, none leaked')).toEqual([]);
  }, 600_000);
});
