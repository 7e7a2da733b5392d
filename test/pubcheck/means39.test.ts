/**
 * means39 (issue #11): a mean of something else beside counts, and means published as a set.
 *
 * 1. A line of means of something else (「平均年齢」「平均在院日数」「Mean BMI」) was refused (`header/statistic`). It
 *    is the groups' weighted mean: with a total line across (labelled or found by arithmetic), Σ n_j·m_j = N·M within
 *    rounding, read as Σ n_j·(m_j − h_j) ≤ N·(M + H) and Σ n_j·(m_j + h_j) ≥ N·(M − H) over the counts (our
 *    reading, read.ts `setAsideWeighted` / `tableWeighted`, check.ts `weightedRows`): the total's mean published
 *    where those rows leave every hidden count protected, else hidden; the groups' means published (alone they are no
 *    equation on counts, nor where there is no total). Family `weightedFamily` (seeds 1641–1660, 100 tables): main
 *    (d8f82c6) refused 100, now 100 read, 0 leaks added by the oracle (`weighted: true`, oracle.ts `weightedOf`, whole
 *    counts), which finds one in 37 with every mean published.
 * 2. Means and ratios beside hidden counts were tried one at a time in the tables' order; now chosen as a set
 *    (check.ts `meansShown`): each alone, all together, else the largest of three greedy orders, each set audited.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectRatesHidden, meansFamily } from './protection.ts';
import { toReport } from '../../src/pubcheck/report.ts';
import { weightedAttack, weightedFamily } from './means39-families.ts';
import { meanAttack, meanFamily } from './means37-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, run } = adversary(highs, bundle);
const at = new Date('2026-12-05T00:00:00Z');
const hiddenMeans = (r: Parameters<typeof toReport>[0]) =>
  toReport(r, bundle, at).tables[0]!.rates.map((x) => x.cells.map((c) => c.hidden));

describe('1. a mean of something else read as the groups’ weighted mean', () => {
  it('beside a 合計 column: the whole’s mean hidden with the 3 (it gives A群 back), the groups’ means published (main: refused)', () => {
    const text = '項目,A群,B群,合計\n患者数,3,40,43\n平均年齢,70.0,50.0,51.4\n';
    const r = run(text);
    expect(r.warnings.find((w) => w.code === 'layout/mean')!.message).toMatch(
      /重みづけた平均.*チェッカーの判断|チェッカーの判断.*重みづけた平均/,
    );
    expect(hiddenMeans(r)).toEqual([[false, false, true]]);
    expect(expectRatesHidden(r, bundle)).toBe(1);
    const report = toReport(r, bundle, at);
    expect(report.tables[0]!.rates[0]!.cells[2]!.why).toContain('全体の平均も秘匿');
    expect(weightedAttack(highs, r.tables[0]!, (k, j) => report.tables[0]!.rates[k]!.cells[j]!.hidden)).toEqual([]);
    // Published, it would give the 3 back: 3·70 + 40·50 = 43·51.4.
    expect(weightedAttack(highs, r.tables[0]!, () => false).length).toBeGreaterThan(0);
  });
  it('a total found by arithmetic (no word) is a total all the same; no total: the groups’ means published as no equation', () => {
    const found = run('\tn\t平均年齢\nx\t3\t60\ny\t25\t70\nz\t28\t69\n');
    expect(hiddenMeans(found)).toEqual([[false, false, true]]);
    const none = run('\t人数\t平均年齢\nA\t3\t45.3\nB\t30\t50.1\n');
    expect(hiddenMeans(none)).toEqual([[false, false]]);
    expect(none.warnings.find((w) => w.code === 'layout/mean')!.message).toMatch(/人数の式にならず/);
  });
  it('a 平均在院日数 row beside 男性・女性 and a 合計 column, transposed too: read (main: refused as a duration)', () => {
    const r = run('群,男性,女性,合計,平均在院日数\nA群,3,20,23,12.5\nB群,30,25,55,10.1\n合計,33,45,78,10.8\n');
    expect(r.tables[0]!.table.rates![0]!.weighted).toBeDefined();
    expect(expectRatesHidden(r, bundle)).toBeLessThanOrEqual(1);
  });
  it('a whole’s mean that is no weighted mean of the groups’ is refused, saying why (the mean is of other patients)', () => {
    const r = result('項目,A群,B群,合計\n患者数,30,40,70\n平均年齢,70.0,50.0,65.0\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/重みづけた平均に丸めの範囲で合わず.*チェッカーの判断/);
  });
  it('family (seeds 1641–1660, 100 tables): all read (main: 100 refused), no leak the means add, the oracle has teeth', () => {
    const { read, means, bites } = meansFamily(highs, bundle, weightedFamily(), weightedAttack, at);
    expect(read).toBe(100);
    // means46: 38 → 39, one 全患者 mean hidden more: its mean of whole years (51) fits the 男性 line alone as the weights
    // by chance too (every reading of counts that fits is protected), and under that reading it gives counts back.
    expect(means).toBe(39);
    expect(bites).toBeGreaterThanOrEqual(30);
  });
});

describe('2. means published as a set, not one at a time', () => {
  it('means37’s family (seeds 1281–1300): fewer mean cells hidden than the one order (main 119), no leak', () => {
    const { means } = meansFamily(highs, bundle, meanFamily(), meanAttack, at, false);
    expect(means).toBeLessThanOrEqual(119);
  });
});
