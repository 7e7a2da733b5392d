/**
 * red46 (issue #11, red team): a line of a sum over the patients (「延べ入院日数」「総在院日数」「Total LOS (days)」) beside
 * the line of its mean per patient (「平均入院日数」「Mean LOS (days)」). On 6879fff the sum was set aside as person-time
 * (or read as counts) and a group's mean published as no equation on the counts (means39): sum ÷ mean gave a hidden
 * 患者数 back (45 ÷ 15.0 = 3). Now read.ts `sumOverMean` ties the mean to the sum and the 患者数 where every printed
 * position fits, and the mean is hidden with the 患者数 (check.ts `perSumRows`, published only where its rows leave
 * every hidden count protected). red46-families.ts: sumMeanCases seeds 2481–2482 (100 tables): 6879fff 54 read and
 * given back by the brute force (fills.ts), 30 read and held, 16 refused; now 0 given back, 84 held, 16 refused.
 * Chance (chanceCases seed 2483, 500 tables, 平均年齢 beside 延べ入院日数): 6879fff and now 271 refused, 378 counts
 * and 4 mean cells hidden; means39's families unchanged (291 counts, 38 mean cells; dense 398, 162).
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { chanceCases, sumMeanAttack, sumMeanCases } from './red46-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;
const hiddenMeans = (r: ReturnType<typeof result>) =>
  (reported(r)?.tables[0]?.rates ?? []).flatMap((x) => x.cells.filter((c) => c.hidden).map((c) => `${c.row}|${c.col}`));

describe('a sum over the patients beside its mean per patient', () => {
  it('延べ入院日数 and 平均入院日数 beside a hidden 患者数: the mean hidden with it (6879fff: published, 45 ÷ 15.0 = 3)', () => {
    const text = '# 表1\n\t患者数\t延べ入院日数\t平均入院日数\nA群\t3\t45\t15.0\nB群\t40\t400\t10.0\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    expect(hiddenMeans(r)).toEqual(['A群|平均入院日数']);
    // Transposed (groups as columns), and with a 合計 row: every group's mean whose 患者数 is hidden goes with it.
    const t = result('# 表1\n\tA群\tB群\n患者数\t3\t40\n延べ入院日数\t45\t400\n平均入院日数\t15.0\t10.0\n');
    expect(hiddenMeans(t)).toEqual(['平均入院日数|A群']);
    const total = result('# 表1\n\t患者数\t延べ処方日数\t平均処方日数\nA群\t3\t45\t15.0\nB群\t40\t400\t10.0\n合計\t43\t445\t10.3\n');
    expect(hiddenMeans(total).sort()).toEqual(['A群|平均処方日数', 'B群|平均処方日数', '合計|平均処方日数']);
  });

  it('a sum read as counts (「Total LOS (days)」) ties alike; a mean of another quantity (平均年齢) does not', () => {
    const r = result('# Table 1\n\tPatients\tTotal LOS (days)\tMean LOS (days)\nA\t3\t45\t15.0\nB\t40\t400\t10.0\n');
    expect(hiddenMeans(r)).toEqual(['A|Mean LOS (days)']);
    const age = result('# 表1\n\t患者数\t延べ入院日数\t平均年齢\nA群\t3\t45\t61.2\nB群\t40\t400\t58.3\n');
    expect(hiddenMeans(age)).toEqual([]);
  });

  it('family (seeds 2481–2482, 100 tables): none given back by the brute force (6879fff: 54), all read', () => {
    let [read, leaked] = [0, 0];
    const refused = new Set<string>();
    for (const seed of [2481, 2482])
      for (const c of sumMeanCases(50, seed)) {
        const r = result(c.text);
        if (!r.ok) {
          for (const e of r.errors) refused.add(e.code);
          continue;
        }
        read++;
        const leaks = sumMeanAttack(c, r as unknown as Checked, reported(r));
        if (leaks.length > 0 && leaks[0] !== 'unknown') leaked++;
      }
    // means46: 84 → 100 read (a 合計's mean weighted by the rows' N, 患者数 read as sizes beside 死亡; a relation found by
    // arithmetic alone that no reading fits is no reason to refuse), none given back. means50: 100 → 58 read — the other
    // 42 read 患者数 as the groups' N with an N under the threshold, which the table to publish printed (the base flagged
    // it 要対応 but could not hide it): refused (`count/sizes-small`). means52: 100 read again — that line is kept as a
    // line of counts and hidden (the N not published), none given back.
    expect([read, leaked]).toEqual([100, 0]);
    expect([...refused]).toEqual([]);
  }, 120_000);

  it('chance (seed 2483, first 100 tables): no mean hidden that 6879fff published', () => {
    let means = 0;
    for (const c of chanceCases(100, 2483)) means += hiddenMeans(result(c.text)).length;
    // means47: 3 (the 合計's mean fitting 死亡 + 延べ入院日数 or N + 死亡 by chance: with the 死亡 合計 published, that
    // weighting pins the hidden 死亡, as means47's attacker (PAIRS=1) did on fe3ccd2; hidden with them now).
    expect(means).toBe(3);
  }, 120_000);
});
