/**
 * stats41 (issue #11): statistics lines read where the arithmetic ties them to the counts (stats41-families.ts).
 *
 * 3. 「平均」 alone over 0/1 variables' 「m (sd)」 cells (the label naming no SD): refused on 115d91e as a statistic
 *    (`header/statistic`). Now read where the cell's shape m (sd) and the count line prove it — the mean the count's share
 *    of N and the SD √(m(1 − m)) at every position, as stats40 reads 「平均 (SD)」 (rates.ts `binary: 'meansd'`) — and
 *    hidden wherever the count or N is. plainMeanCases seeds 2011–2012 (100 tables): 115d91e refused 100; now 100 read,
 *    none given back by stats40’s brute force (`binaryCellAttack`; published whole, 82 of 100 give a count back).
 * 2. Means and extremes on different axes (a 「平均」 row and a 「最多」「最少」「範囲」 column, or transposed): 115d91e read the
 *    mean and refused the extreme (`header/statistic`). Now each is proved over the counts alone (read.ts `crossedMeans`:
 *    the means over the table without the extremes' lines, the extremes over the table without the means') and both
 *    are set aside and hidden with their counts, where the cell they cross at is blank or 「-」 (a mean of the extremes
 *    there: refused as before). crossCases seeds 2013–2014 (100 tables): 115d91e refused 100; now 66 read (every blank
 *    or dash crossing), 34 refused (a value there), none given back by the shared brute force (fills.ts `crossAttack`; published whole, 65 of the 66 give a count back).
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import type { Reported } from './stats39-families.ts';
import { crossAttack, crossCases, plainMeanAttack, plainMeanCases } from './stats41-families.ts';

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

describe('2. a mean row and an extreme column (115d91e: the extreme refused)', () => {
  it('「平均」 row and 「最多」 column, the crossing blank: both read, hidden with their counts; a value there: refused', () => {
    const text = '施設,2020年,2021年,2022年,最多\nA病院,45,3,50,50\nB病院,40,30,12,40\nC病院,12,35,33,35\n平均,32.3,22.7,31.7,\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cells = reported(r)!.tables[0]!.rates.flatMap((x) => x.cells);
    expect(cells.filter((c) => c.hidden).map((c) => [c.row, c.col])).toEqual([
      ['平均', '2021年'],
      ['A病院', '最多'],
    ]);
    expect(result(text.replace('31.7,\n', '31.7,41.7\n')).ok).toBe(false);
  });
  it('random (crossCases seeds 2013–2014, 100 tables): 66 read, none given back; published whole 65 leak', () => {
    let read = 0;
    let wholeLeaks = 0;
    for (const seed of [2013, 2014])
      for (const c of crossCases(50, seed)) {
        const r = result(c.text);
        if (!r.ok) {
          expect(c.cross, c.text).toBe('value');
          continue;
        }
        read++;
        expect(crossAttack(c, r, reported(r)), c.text).toEqual([]);
        if (crossAttack(c, r, whole(reported(r))).some((l) => l !== 'unknown')) wholeLeaks++;
      }
    expect(read).toBe(66);
    expect(wholeLeaks).toBe(65);
  }, 120_000);
});
