/**
 * linked38 (issue #11), after linked37:
 * 1. Months beside a year and beside a 年度 (linked37's family) were still judged leaked by the oracle, through sums
 *    among the month counts no reader has: a month taken as the sum of other months where the true counts happen to
 *    add up (2023年4月 38 = 2022年4月 8 + 2023年2月 30), and two runs of months as two breakdowns of the same patients.
 *    The page a reader sees is the same whatever the hidden counts are within the year's sum; the oracle read those
 *    equations from the hidden truth. The oracle no longer takes a sum, or runs of equal sums, among lines of one
 *    numbered series none inside another (oracle.ts `apart`); the months' sums to their year, across tables, it still
 *    reads. Measured (`linked37-measure.ts 5 1681,1682,1683,1684 series/month,series/fiscal`, the engine of main):
 *    main's oracle leaked 4 of 20 (months) and 7 of 20 (年度) per protection, this oracle 0 and 0.
 * 2. A breakdown titled in other words for the line of another table: labels.ts `READINGS` read 死亡・死亡例・死亡者・
 *    death(s) as 死亡, 生存・生存例・生存者・survivor(s) as 生存, 高齢・高齢者・elderly as 高齢者 (our reading). Family
 *    (linked38-families.ts, `linked38-measure.ts 50 1691,1692`): main tied 57 of 100 synonym titles, now 100; wrong
 *    ties on 100 unrelated titles (counts adding up alike): 0 on main and now.
 * Families: linked37-families.ts (seeds 1681–1684), linked38-families.ts (1691–1692); see the README (pubcheck).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary, hiddenLabels } from './protection.ts';
import { family } from './linked37-families.ts';
import { judged } from './linked37-measure.ts';
import { family as family38 } from './linked38-families.ts';
import { tied } from './linked38-measure.ts';

const highs = await solver();
const { run } = adversary(highs, fixtureBundle());

const months = (counts: readonly number[]) => counts.map((n, k) => `${2022 + Math.floor(k / 12)}年${(k % 12) + 1}月\t${n}`).join('\n');
// seed 1421's third months case: 2022年3月 (40) and 2022年4月 (8) hidden in the months table (rows 2 and 3 of table 1).
const truth = [35, 20, 40, 8, 12, 24, 12, 25, 24, 20, 16, 44, 40, 30, 34, 38, 26, 18, 45, 23, 24, 16, 40, 19];
const text = (counts: readonly number[]) => `# 表2\n診断時期\t人数\n2022年\t280\n2023年\t353\n\n診断時期\t人数\n${months(counts)}\n`;

describe('sums among the months of one list: none a reader has', () => {
  it('the same page under two truths (40, 8 or 39, 9 hidden): the same ranges, nothing pinned (main: 8 pinned under one, 9 under the other)', () => {
    const hidden = new Set(['1:2:0', '1:3:0']);
    const other = [...truth];
    other[2] = 39;
    other[3] = 9;
    const opts = { zeroExempt: true, disjointParts: true, steps: true };
    const a = attack(highs, text(truth), hidden, opts);
    const b = attack(highs, text(other), hidden, opts);
    expect([...a].map(([k, r]) => [k, r.lo, r.hi])).toEqual([...b].map(([k, r]) => [k, r.lo, r.hi]));
    for (const r of a.values()) expect(r.hi).not.toBe(r.lo);
  });
  it("the months' sums to their years are still read: one month hidden in each year is pinned", () => {
    const r = attack(highs, text(truth), new Set(['1:3:0', '1:15:0']), { zeroExempt: true, disjointParts: true, steps: true });
    expect([...r.values()].map((x) => [x.lo, x.hi])).toEqual([
      [8, 8],
      [38, 38],
    ]);
  });
  it('a year beside its months in one table is still their sum: a month hidden alone is pinned', () => {
    const one = `診断時期\t人数\n2022年1月\t30\n2022年2月\t3\n2022年3月\t28\n2022年\t61\n`;
    const r = attack(highs, one, new Set(['0:1:0']), { zeroExempt: true, disjointParts: true, steps: true });
    expect([...r.values()].map((x) => [x.lo, x.hi])).toEqual([[3, 3]]);
  });
});

describe('the months and 年度 cases main’s oracle judged leaked (seeds 1681–1684): held', () => {
  it.each([
    ['series/month', 1681, 0],
    ['series/month', 1682, 1],
    ['series/fiscal', 1681, 0],
    ['series/fiscal', 1681, 3],
  ] as const)(
    '%s seed %i #%i',
    (kind, seed, at) => {
      const c = family(kind, at + 1, seed)[at]!;
      for (const p of ['threshold', 'not-exact'] as const) expect(judged(c, p)).toBe('held');
    },
    120_000,
  );
});

describe('a breakdown titled in other words for the line (labels.ts READINGS, linked38)', () => {
  it.each([
    ['死亡例の年齢 over 死亡', '区分\t人数\n死亡\t43\n生存\t30\n\n# 死亡例の年齢\n年齢\t人数\n65歳未満\t3\n65歳以上\t40\n'],
    ['Deaths by age over 死亡', '区分\t人数\n死亡\t43\n生存\t30\n\n# Deaths by age\n年齢\t人数\n65歳未満\t3\n65歳以上\t40\n'],
    ['高齢患者の内訳 over 高齢者', '区分\t人数\n高齢者\t43\n非高齢者\t30\n\n# 高齢患者の内訳\n性別\t人数\n男性\t3\n女性\t40\n'],
  ])('%s: tied, the small count hidden with a complement (main: alone, 43 − 40 gives it back)', (_, text) => {
    const r = run(text);
    expect(r.warnings.some((w) => w.code === 'tables/linked')).toBe(true);
    expect(hiddenLabels(r, 1).length).toBeGreaterThanOrEqual(2);
  });
  it('family (seeds 1691–1692, 25 each): every synonym title tied (main 57 of 100 at 50 each), no unrelated title tied', () => {
    const tally = { synonym: 0, unrelated: 0 };
    for (const seed of [1691, 1692]) {
      for (const c of family38('title/synonym', 25, seed)) if (tied(c) === 'tied') tally.synonym++;
      for (const c of family38('title/unrelated', 25, seed)) if (tied(c) === 'tied') tally.unrelated++;
    }
    expect(tally).toEqual({ synonym: 50, unrelated: 0 });
  }, 300_000);
});
