/**
 * attack36 (issue #11): lines that are means of others, refused on int (6c7cd4b) as `header/statistic`, read where the
 * arithmetic proves the reading.
 *
 * 1. A line of means (「平均」「Mean」「avg」「平均（件数）」「1年あたり」, or found by arithmetic: read.ts `meanLines`)
 *    that is the mean of the k other lines of its axis at every position within its printed rounding: set aside as a
 *    rate is (read.ts `setAsideMeans`, `tableMeans`: `Table.rates` with `mean` = k), said `layout/mean`, published
 *    where every count it averages is and hidden where any is (report.ts) — a printed mean then adds nothing to what
 *    the published counts show, and mean × k gives back no hidden count. The independent oracle reads the printed
 *    means as k·(m − h) ≤ Σ ≤ k·(m + h) on the counts (oracle.ts `means`, `meanOf`, written apart from the engine).
 * 2. Left refused, in words: a mean of something else (「平均年齢」: no mean of the lines), means on both axes, and
 *    ratio lines (「男女比」, attack31's `header/statistic` naming the two lines and why).
 *
 * Measured with attack36-families.ts (5 tables per seed, seeds 1181–1200, 100 tables): on int 6c7cd4b 100 of 100
 * refused (`header/statistic`); now 100 read, 0 leaks by the oracle. With every mean published whatever is hidden,
 * the same oracle finds a leak in 82 of the 100 (the relation it was taught bites).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectRatesHidden, meansFamily } from './protection.ts';
import { toReport } from '../../src/pubcheck/report.ts';
import { meanAttack, meanTables } from './attack36-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, run, codes } = adversary(highs, bundle);
const at = new Date('2026-12-04T00:00:00Z');

describe('1. a line of means read and hidden with its counts', () => {
  it('「平均」「Mean」「avg」 as a last column or row: read, hidden beside the hidden count, said as ours', () => {
    for (const label of ['平均', 'Mean', 'avg', '平均（件数）', '1年あたり'])
      for (const text of [
        `施設,2020年,2021年,2022年,2023年,${label}\nA病院,25,3,30,22,20\nB病院,40,44,38,42,41\n`,
        `年,A病院,B病院\n2020年,25,40\n2021年,3,44\n2022年,30,38\n2023年,22,42\n${label},20,41\n`,
        // First, before the lines it averages.
        `施設,${label},2020年,2021年,2022年,2023年\nA病院,20,25,3,30,22\nB病院,41,40,44,38,42\n`,
      ]) {
        const r = run(text);
        const w = r.warnings.find((x) => x.code === 'layout/mean')!;
        expect(w, text).toBeDefined();
        expect(w.message).toContain(label);
        expect(w.message).toContain('チェッカーの判断');
        const report = toReport(r, bundle, at);
        const mean = report.tables[0]!.rates[0]!;
        // A病院's mean hidden (its 3 is), B病院's published.
        expect(mean.cells.map((c) => c.hidden)).toEqual([true, false]);
        expect(mean.cells[0]!.why).toContain('平均も秘匿');
        expect(expectRatesHidden(r, bundle)).toBe(1);
        expect(meanAttack(highs, r.tables[0]!, (k, j) => report.tables[0]!.rates[k]!.cells[j]!.hidden)).toEqual([]);
      }
  });
  it('with a 合計 line across, and under each group of two header rows (A群・avg, B群・avg)', () => {
    const r = run('施設,2020年,2021年,2022年,平均,合計\nA病院,25,3,32,20,60\nB病院,40,44,38,41,122\n合計,65,47,70,61,182\n');
    expect(r.warnings.map((w) => w.code)).toContain('layout/mean');
    // means37: each mean is its line's 合計 ÷ 3, printed: publishing it tells nothing more, so it is published (its
    // interval a row of the system, check.ts `meansShown`); on b2edc55 A病院's and the 合計 line's were hidden.
    expect(expectRatesHidden(r, bundle)).toBe(0);
    expect(r.ok && r.tables[0]!.table.rates![0]!.cells.filter((c) => c.shown).length).toBeGreaterThan(0);
    const report = toReport(r, bundle, at);
    expect(meanAttack(highs, r.tables[0]!, (k, j) => report.tables[0]!.rates[k]!.cells[j]!.hidden)).toEqual([]);
    const g = run(
      '施設\tA群\t\t\t\tB群\t\t\t\n\t2020年\t2021年\t2022年\tavg\t2020年\t2021年\t2022年\tavg\nX病院\t25\t3\t32\t20\t40\t44\t38\t41\nY病院\t30\t31\t29\t30\t20\t22\t24\t22\n',
    );
    expect(g.tables[0]!.table.rates?.filter((x) => x.mean === 3).length).toBe(2);
    expect(expectRatesHidden(g, bundle)).toBe(1);
  });
  it('the report shows the mean masked where hidden (X), as printed where not', () => {
    const r = run('施設,2020年,2021年,2022年,2023年,平均\nA病院,25,3,30,22,20\nB病院,40,44,38,42,41\n');
    const report = toReport(r, bundle, at);
    expect(report.tables[0]!.rates[0]!.cells.map((c) => c.text)).toEqual(['20', '41']);
    expect(report.tables[0]!.rates[0]!.cells[0]!.mean).toBe(true);
  });
  it('random family (seeds 1181–1200, 100 tables): all read, none leaks by the oracle; on int 100 of 100 refused (header/statistic)', () => {
    const cases = Array.from({ length: 20 }, (_, i) => meanTables(5, 1181 + i)).flat();
    // The oracle is no straw man: every mean published, it finds what they give back (`bites`).
    const { read, bites } = meansFamily(highs, bundle, cases, meanAttack, at);
    expect(read).toBe(100);
    expect(bites).toBeGreaterThanOrEqual(50);
  });
});

describe('2. left refused, in words', () => {
  it('a mean of something else (平均年齢), means on both axes; a ratio line read (means37)', () => {
    // 「平均年齢」 whose values happen to be the mean of the lines: read as that mean since means39 (the stricter of its
    // readings: a weighted mean with no total is no equation; the lines' mean gives the 3 back), hidden beside the 3.
    expect(codes('群,2020年,2021年,2022年,平均年齢\nA群,25,3,32,20\nB群,40,44,38,41\n')).toEqual([]);
    // A row and a column of means: the corner cell is a mean of both.
    expect(codes('施設,2020年,2021年,2022年,平均\nA病院,25,3,32,20\nB病院,40,44,38,41\nC病院,31,30,29,30\n平均,32,26,33,30\n')).toContain(
      'header/statistic',
    );
    const both = result('施設,2020年,2021年,2022年,平均\nA病院,25,3,32,20\nB病院,40,44,38,41\nC病院,31,30,29,30\n平均,32,26,33,30\n');
    if (!both.ok) expect(both.errors.map((x) => x.message).join('\n')).toMatch(/行にも列にも/);
    // A ratio line: read since means37 (set aside as a mean is, `layout/ratio`; means37.test), hidden beside the 3.
    const e = result('群,男性,女性,男女比\nA群,30,3,10\nB群,25,25,1\n');
    expect(e.ok).toBe(true);
    if (e.ok) expect(e.warnings.find((x) => x.code === 'layout/ratio')!.message).toMatch(/比と一方の数から他方の数が/);
  });
});
