/**
 * means47 (issue #11): a 合計's mean weighted by several lines summed — 患者数 + its part 死亡, 死亡 + 延べ入院日数 —
 * where 患者数 is read as each row's N (`count/sizes`, constants) and 延べ入院日数 set aside as person-time. On fe3ccd2
 * read.ts `tableWeighted` tried the N printed, the lines of counts together and each line alone; an attacker trying
 * every set of lines as the weights (means46-families.ts `weightAttack`, PAIRS=1) found the sets the 合計's mean fits
 * by chance and pinned a hidden 死亡 under 10. Now every set of two or more lines of counts (short of them all) and
 * each with every set of the lines of constants (the N, person-time) added as a constant part (`offsets`, check.ts
 * `weightedRows`) is tried, every fitting one protected.
 * Measured (PAIRS=1): red46 chanceCases seed 2578 (300) 14 → 0 given back, 0 refused both; doseCases seeds 2576–2577
 * (100) 2 → 0, 0 refused both.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { chanceWeightCases, doseCases, weightAttack } from './means46-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;

const tally = (cases: ReturnType<typeof doseCases>) => {
  let [refused, leaked] = [0, 0];
  process.env.PAIRS = '1';
  try {
    for (const c of cases) {
      const r = result(c.text);
      if (!r.ok) {
        refused++;
        continue;
      }
      const leaks = weightAttack(c, r as unknown as Checked, reported(r));
      if (leaks.length > 0 && leaks[0] !== 'unknown') leaked++;
    }
  } finally {
    delete process.env.PAIRS;
  }
  return [refused, leaked];
};

describe('a 合計’s mean weighted by several lines summed', () => {
  // fe3ccd2: [0, 2] (tables 12 and 17: 「A群 死亡」 2 pinned ≤ 9 and ≤ 4 by N + 死亡 or 死亡 + the days).
  it('red46 chance (seed 2578, first 20 tables), every set of lines as the weights: none refused, none given back', () => {
    expect(tally(chanceWeightCases(20, 2578))).toEqual([0, 0]);
  }, 300_000);

  // fe3ccd2: [0, 1] (「A群 死亡」 1 pinned ≤ 7 by 患者数 + 死亡).
  // means50: the 9 refused are those whose 患者数 (read as each row's N) is under the threshold (count/sizes-small; the
  // N was published, base d581442: 0 refused). means52: read again, the N kept as a count and hidden: 0 refused.
  it('doseCases (seed 2576, first 25 tables), every set of lines as the weights: none refused, none given back', () => {
    expect(tally(doseCases(50, 2576).slice(0, 25))).toEqual([0, 0]);
  }, 300_000);
});
