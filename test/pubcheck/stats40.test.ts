/**
 * stats40 (issue #11): statistics lines read where the arithmetic ties them to the counts (stats40-families.ts).
 *
 * 2. A 0/1 variable's mean and SD in one cell (「平均 (SD)」 over 「0.12 (0.33)」): refused on c3b2cb1 (「0/1 の変数の平均
 *    （割合）とその標準偏差のようです」). Now read as stats39 reads the separate lines (rates.ts, `binary: 'meansd'`) and
 *    hidden wherever the count or N is. binaryCellCases seeds 1921–1922 (100 tables): c3b2cb1 refused 100; now 100 read,
 *    none given back by the brute force (published whole, 78 of 100 give a count back).
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import type { Reported } from './stats39-families.ts';
import { binaryCellAttack, binaryCellCases } from './stats40-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;
/** The report with every value of its rate lines published (what publishing the statistic whole would give). */
const whole = (rep: Reported | undefined): Reported | undefined =>
  rep && { tables: rep.tables.map((t) => ({ rates: t.rates.map((x) => ({ cells: x.cells.map((c) => ({ ...c, hidden: false })) })) })) };

describe('2. a 0/1 variable’s mean (SD) in one cell (c3b2cb1: refused)', () => {
  it('read, hidden with the count; a mean (SD) that is no 0/1 variable’s still refused', () => {
    const text = '群\t患者数\t死亡数\t平均 (SD)\nA群\t120\t4\t0.03 (0.18)\nB群\t150\t25\t0.17 (0.37)\nC群\t90\t30\t0.33 (0.47)\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((w) => w.code === 'layout/interval')!.message).toMatch(/0\/1 の変数の平均.*チェッカーの判断/);
    const cells = reported(r)!.tables[0]!.rates.flatMap((x) => x.cells);
    expect(cells.find((c) => c.row === 'A群')!.hidden).toBe(true);
    expect(cells.find((c) => c.row === 'B群')!.hidden).toBe(false);
    // An SD far from √(p(1 − p)): no 0/1 variable's, refused as a statistic.
    expect(result(text.replace('0.03 (0.18)', '0.03 (0.90)')).ok).toBe(false);
    // With no count line the mean gives N × mean back unhidden: refused as before.
    expect(result('群\t患者数\t平均 (SD)\nA群\t120\t0.03 (0.18)\nB群\t150\t0.17 (0.37)\n').ok).toBe(false);
  });
  it('random (binaryCellCases seeds 1921–1922, 100 tables): all read, none given back; published whole 78 leak', () => {
    let read = 0;
    let wholeLeaks = 0;
    for (const seed of [1921, 1922])
      for (const c of binaryCellCases(50, seed)) {
        const r = result(c.text);
        expect(r.ok, c.text).toBe(true);
        if (r.ok) read++;
        expect(binaryCellAttack(c, r, reported(r)), c.text).toEqual([]);
        if (binaryCellAttack(c, r, whole(reported(r))).length > 0) wholeLeaks++;
      }
    expect(read).toBe(100);
    expect(wholeLeaks).toBe(78);
  });
});
