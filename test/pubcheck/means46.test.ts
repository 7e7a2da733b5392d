/**
 * means46 (issue #11): a line of means of something else (「平均年齢」, means39) whose 合計 is a mean over one line of
 * counts, not over every line. On 43f3dc4 read.ts `tableWeighted` weighed the means by the table's lines of counts all
 * together: 患者数 read as each row's N (`count/sizes`) left its part 死亡 alone as the weights, a sum read as counts
 * (「総投与量（mg）」) joined them, the 合計's mean fitted only by chance and the table was refused (`header/statistic`,
 * red46's chanceCases seed 2483: 271 of 500). Now each reading of the sizes is tried — the rows' own N printed (a
 * constant: no equation on the counts), the counts together (means39), each line of counts alone — and every reading of
 * counts that fits is protected (one relation each, check.ts `weightedRows`); refused only where none fits.
 * Measured (means46-families.ts, brute force of fills.ts with each line alone as the weights): red46 chance (seed 2483,
 * 500) 271 → 0 refused, 0 given back; doseCases seeds 2541–2542 (100) 59 → 0 refused, 4 → 0 given back.
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
const hiddenMeans = (r: ReturnType<typeof result>) =>
  (reported(r)?.tables[0]?.rates ?? []).flatMap((x) => x.cells.filter((c) => c.hidden).map((c) => `${c.row}|${c.col}`));
const meanWarning = (r: ReturnType<typeof result>) =>
  (r.ok ? r.warnings : []).filter((w) => w.code === 'layout/mean').map((w) => w.message);

describe('a mean over one line of counts', () => {
  it('患者数 read as each row’s N beside its part 死亡: the 合計’s mean read as weighted by N (43f3dc4: refused)', () => {
    const text = '# 表1\n\t患者数\t死亡\t延べ入院日数\t平均年齢\nA群\t30\t5\t400\t61.2\nB群\t40\t20\t500\t58.3\n合計\t70\t25\t900\t59.5\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    // means47: N + 死亡 (35, 60) fits the 合計's mean too by rounding, a reading of counts now (protected, the mean
    // still published as the hidden 死亡 stay protected): said as weighted by 人数, no longer by N alone.
    expect(meanWarning(r).join()).toMatch(/チェッカーの判断.*人数で重みづけた平均/);
    expect(hiddenMeans(r)).toEqual([]);
    const t = result(
      '# 表1\n\tA群\tB群\t合計\n患者数\t30\t40\t70\n死亡\t5\t20\t25\n延べ入院日数\t400\t500\t900\n平均年齢\t61.2\t58.3\t59.5\n',
    );
    expect(t.ok).toBe(true);
  });

  it('a sum read as counts (「総投与量（mg）」「Total dose (mg)」) no longer joins the weights (43f3dc4: refused)', () => {
    const n = result(
      '# 表1\n\t患者数\t総投与量（mg）\t平均年齢\nA群\t3\t1500\t61.2\nB群\t40\t4000\t58.3\nC群\t12\t1300\t50.1\n合計\t55\t6800\t56.7\n',
    );
    // means50: 患者数 read as each row's N with A群 3 under the threshold was refused (it was published as the N);
    // means52: kept as a line of counts, hidden with the 合計's mean it weighs (the sum is not read as the weights).
    expect(n.ok).toBe(true);
    expect(hiddenMeans(n)).toEqual(['合計|平均年齢']);
    // Patients a line of counts (the total of Male and Female): weighed by it, the Total's mean gives the 3 back, hidden.
    const counts = result(
      '# Table 1\n\tMale\tFemale\tPatients\tTotal dose (mg)\tMean age\nA\t2\t1\t3\t1500\t61.2\nB\t25\t15\t40\t4000\t58.3\nC\t7\t5\t12\t1300\t50.1\nTotal\t34\t21\t55\t6800\t56.7\n',
    );
    expect(counts.ok).toBe(true);
    expect(hiddenMeans(counts)).toEqual(['Total|Mean age']);
  });

  it('a 合計’s mean no reading of the sizes fits is refused, saying so (the mean is of other patients)', () => {
    const r = result('# 表1\n\t患者数\t死亡\t平均年齢\nA群\t30\t5\t61.2\nB群\t40\t20\t58.3\n合計\t70\t25\t65.0\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/どれで重みづけても.*チェッカーの判断/);
  });

  // The whole family (seeds 2541–2542, 100 tables, `npx node test/pubcheck/means46-families.ts`): 43f3dc4 59 refused,
  // 4 of the 41 read given back (a 合計's mean fitting the lines together by chance, the 患者数 line unprotected); now
  // 100 read, 0 given back. Here its first 30 (the brute force is slow).
  // means50: the 13 tables whose 患者数 (read as each row's N) is under the threshold are refused (count/sizes-small): the
  // N was published in the table to publish (base d581442: 30 read). means52: read again, the N kept as a count and
  // hidden (30 read, 0 given back).
  it('doseCases (seed 2541, first 30 tables): all read, none given back by the brute force', () => {
    let [read, leaked] = [0, 0];
    for (const seed of [2541])
      for (const c of doseCases(50, seed).slice(0, 30)) {
        const r = result(c.text);
        if (!r.ok) continue;
        read++;
        const leaks = weightAttack(c, r as unknown as Checked, reported(r));
        if (leaks.length > 0 && leaks[0] !== 'unknown') leaked++;
      }
    expect([read, leaked]).toEqual([30, 0]);
  }, 300_000);

  it('red46 chance (seed 2483, first 100 tables): none refused (43f3dc4: 61), none given back', () => {
    let [refused, leaked] = [0, 0];
    for (const c of chanceWeightCases(100, 2483)) {
      const r = result(c.text);
      if (!r.ok) {
        refused++;
        continue;
      }
      const leaks = weightAttack(c, r as unknown as Checked, reported(r));
      if (leaks.length > 0 && leaks[0] !== 'unknown') leaked++;
    }
    expect([refused, leaked]).toEqual([0, 0]);
  }, 300_000);
});
