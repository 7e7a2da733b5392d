/**
 * stats41 (issue #11): statistics lines read where the arithmetic ties them to the counts (stats41-families.ts).
 *
 * 3. 「平均」 alone over 0/1 variables' 「m (sd)」 cells (the label naming no SD): refused on 115d91e as a statistic
 *    (`header/statistic`). Now read where the cell's shape m (sd) and the count line prove it — the mean the count's share
 *    of N and the SD √(m(1 − m)) at every position, as stats40 reads 「平均 (SD)」 (rates.ts `binary: 'meansd'`) — and
 *    hidden wherever the count or N is. plainMeanCases seeds 2011–2012 (100 tables): 115d91e refused 100; now 100 read,
 *    none given back by stats40’s brute force (`binaryCellAttack`; published whole, 82 of 100 give a count back).
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import type { Reported } from './stats39-families.ts';
import { plainMeanAttack, plainMeanCases } from './stats41-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;
/** The report with every value of its rate lines published (what publishing the statistic whole would give). */
const whole = (rep: Reported | undefined): Reported | undefined =>
  rep && { tables: rep.tables.map((t) => ({ rates: t.rates.map((x) => ({ cells: x.cells.map((c) => ({ ...c, hidden: false })) })) })) };

describe('3. 「平均」 alone over 0/1 variables’ m (sd) cells (115d91e: refused)', () => {
  it('read, hidden with the count; an SD that is no 0/1 variable’s, or no count line: still refused', () => {
    const text = '群\t患者数\t死亡数\t平均\nA群\t120\t4\t0.03 (0.18)\nB群\t150\t25\t0.17 (0.37)\nC群\t90\t30\t0.33 (0.47)\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((w) => w.code === 'layout/interval')!.message).toMatch(/0\/1 の変数の平均.*標準偏差.*チェッカーの判断/);
    const cells = reported(r)!.tables[0]!.rates.flatMap((x) => x.cells);
    expect(cells.find((c) => c.row === 'A群')!.hidden).toBe(true);
    expect(cells.find((c) => c.row === 'B群')!.hidden).toBe(false);
    expect(result(text.replace('0.03 (0.18)', '0.03 (0.90)')).ok).toBe(false);
    expect(result('群\t患者数\t平均\nA群\t120\t0.03 (0.18)\nB群\t150\t0.17 (0.37)\n').ok).toBe(false);
  });
  it('random (plainMeanCases seeds 2011–2012, 100 tables): all read, none given back; published whole 82 leak', () => {
    let read = 0;
    let wholeLeaks = 0;
    for (const seed of [2011, 2012])
      for (const c of plainMeanCases(50, seed)) {
        const r = result(c.text);
        expect(r.ok, c.text).toBe(true);
        if (r.ok) read++;
        expect(plainMeanAttack(c, r, reported(r)), c.text).toEqual([]);
        if (plainMeanAttack(c, r, whole(reported(r))).length > 0) wholeLeaks++;
      }
    expect(read).toBe(100);
    expect(wholeLeaks).toBe(82);
  });
});
