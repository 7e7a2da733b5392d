/**
 * means37 (issue #11): means and ratios beside counts, hidden only where they would give a hidden count back.
 *
 * 1. A line of means (attack36) was hidden wherever a count it averages is. Its printed rounding says
 *    k·(m − h) ≤ Σ ≤ k·(m + h) of the k counts: an interval row. check.ts `meansShown` adds that row to the system
 *    and publishes the mean where every hidden count still meets the requirement under it (our reading), else hides
 *    it as before. Family (attack36's `meanTables`, seeds 1281–1300, 100 tables): b2edc55 hid 153 mean cells, now 119;
 *    the counts hidden are the same (180); 0 leaks by the oracle (`means: true`), which finds a leak in 81 with every
 *    mean published.
 * 2. A line of ratios (「男女比」「比」「ratio」「男/女」「M/F」「性比」) one line over another within its rounding at
 *    every position was refused (`header/statistic`); now set aside as a mean is (read.ts `setAsideMeans`,
 *    `layout/ratio`), its rounding read as two inequalities (r − h)·b ≤ a ≤ (r + h)·b and tried as rows alike.
 *    Family `ratioTables` (seeds 1281–1300, 100): b2edc55 refused 100, now 100 read, 0 leaks by the oracle
 *    (`ratios: true`, oracle.ts `ratioOf`), which finds a leak in 96 with every ratio published.
 * 3. A mean between the lines it averages, or of some of them only, where its label says a mean: read as a mean
 *    (refused before); a mean of another variable (「平均年齢」) whose values are the lines' mean is read as that mean
 *    since means39 (the stricter reading; means39.test).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectRatesHidden, meansFamily } from './protection.ts';
import { toReport } from '../../src/pubcheck/report.ts';
import { meanAttack, meanFamily, ratioFamily } from './means37-families.ts';
import { ratioAttack } from './means37-attack.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run } = adversary(highs, bundle);
const at = new Date('2026-12-04T00:00:00Z');

describe('1. a mean hidden only where its interval would give a hidden count back', () => {
  it('a mean that is its 合計 ÷ 3 beside a hidden count is published (b2edc55: hidden)', () => {
    const r = run('施設,2020年,2021年,2022年,平均,合計\nA病院,25,3,32,20,60\nB病院,40,44,38,41,122\n合計,65,47,70,61,182\n');
    expect(r.tables[0]!.status.filter((s) => s !== 'published').length).toBeGreaterThan(0);
    const report = toReport(r, bundle, at);
    expect(report.tables[0]!.rates[0]!.cells.every((c) => !c.hidden)).toBe(true);
    expect(meanAttack(highs, r.tables[0]!, (k, j) => report.tables[0]!.rates[k]!.cells[j]!.hidden)).toEqual([]);
  });
  it('a mean that would pin the hidden count stays hidden (no total: the mean alone bounds it)', () => {
    const r = run('施設,2020年,2021年,2022年,2023年,平均\nA病院,25,3,30,22,20\nB病院,40,44,38,42,41\n');
    const report = toReport(r, bundle, at);
    expect(report.tables[0]!.rates[0]!.cells.map((c) => c.hidden)).toEqual([true, false]);
    // Published, it would bound the 3 within 1–5.
    expect(meanAttack(highs, r.tables[0]!, () => false).length).toBeGreaterThan(0);
  });
  it('family (seeds 1281–1300, 100 tables): fewer mean cells hidden than b2edc55 (153), same counts, no leak', () => {
    const { read, counts, means, bites } = meansFamily(highs, bundle, meanFamily(), meanAttack, at);
    expect(read).toBe(100);
    expect(counts).toBe(180);
    expect(means).toBeLessThan(153);
    expect(means).toBe(119);
    // The oracle has teeth: with every mean published (the interval's audit taken away) it gives hidden counts back.
    expect(bites).toBeGreaterThanOrEqual(50);
  });
});

describe('2. a line of ratios read, hidden only where it would give a hidden count back', () => {
  it('「男女比」 beside a hidden 3: read (b2edc55: header/statistic), hidden there, said as ours', () => {
    const r = run('群,男性,女性,男女比\nA群,30,3,10.0\nB群,25,25,1.00\nC群,40,20,2.00\n');
    expect(r.warnings.find((w) => w.code === 'layout/ratio')!.message).toMatch(/チェッカーの判断/);
    const report = toReport(r, bundle, at);
    expect(report.tables[0]!.rates[0]!.cells.map((c) => c.hidden)).toEqual([true, false, false]);
    expect(report.tables[0]!.rates[0]!.cells[0]!.why).toContain('この比も秘匿');
  });
  it('family (seeds 1281–1300, 100 tables): all read (b2edc55: 100 refused), no leak by the oracle', () => {
    const { read, bites } = meansFamily(highs, bundle, ratioFamily(), ratioAttack, at);
    expect(read).toBe(100);
    expect(bites).toBeGreaterThanOrEqual(50);
  });
});

describe('3. where the mean stands, what it averages', () => {
  it('a mean between the lines it averages, said a mean: read (b2edc55: header/statistic), hidden beside the 3', () => {
    const r = run('施設,2020年,2021年,平均,2022年\nA病院,25,3,20,32\nB病院,40,44,41,38\nC病院,30,31,30,29\n');
    expect(r.warnings.map((w) => w.code)).toContain('layout/mean');
    expect(expectRatesHidden(r, bundle)).toBe(1);
    const report = toReport(r, bundle, at);
    expect(meanAttack(highs, r.tables[0]!, (k, j) => report.tables[0]!.rates[k]!.cells[j]!.hidden)).toEqual([]);
  });
  it('a mean of some lines only (「2020〜2022年平均」 beside 2023年): read as theirs, hidden beside the 3', () => {
    const r = run('施設,2020年,2021年,2022年,2020〜2022年平均,2023年\nA病院,25,3,32,20,40\nB病院,40,44,38,41,12\nC病院,30,31,29,30,50\n');
    const mean = r.tables[0]!.table.rates!.find((x) => x.mean !== undefined)!;
    expect(mean.events).toEqual(['2020年', '2021年', '2022年']);
    expect(expectRatesHidden(r, bundle)).toBe(1);
  });
  it("a 「平均年齢」 whose values are the lines' mean at every position: read as that mean (means39; refused before), hidden beside the 3", () => {
    // means39: the stricter of its two readings — as a weighted mean with no total it would be no equation at all, as
    // the lines' mean (which an attacker may take it for) 20 × 3 gives the 3 back — so read as the lines' mean.
    const r = run('群,2020年,2021年,2022年,平均年齢\nA群,25,3,32,20\nB群,40,44,38,41\n');
    expect(r.tables[0]!.table.rates![0]!.mean).toBe(3);
    expect(expectRatesHidden(r, bundle)).toBe(1);
  });
});
