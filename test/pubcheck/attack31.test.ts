/**
 * attack31 (issue #11): classes that leaked a count under the threshold on main (c9d7a3c) with the table read.
 *
 * 1. A line of means under a word the checker did not read as one (「avg」「Ave.」「1年あたり」「per year」「代表値」):
 *    read as counts, the mean × k gave back the line's sum (25, X, 30, 22 with 「avg」 20: X = 80 − 77 = 3; rounded,
 *    an interval of k sums, still under 10). Now found by arithmetic (read.ts `meanLines`) and refused in words
 *    (`header/statistic`), as 「平均」 was.
 * 2. A list said to be in order of its counts (「多い順」「降順」「上位」「ranked」): with the total, two hidden counts
 *    at the end are each at most half their sum (E + F = 16, E ≥ F: F ≤ 8). Now the order is read as inequalities
 *    between neighbouring rows (order.ts, system.ts) and the suppression and audit protect against it, said as ours
 *    (`table/order`); a column of ranks is refused (`header/rank`).
 * 1b. A column of ratios of two others (「男女比」 10 beside 男性 30: the hidden 女性 = 30 ÷ 10): refused in words.
 * 1d. Lines that each hold the next, 「1回以上」「2回以上」 (their difference the count of one level): refused.
 * 1c. Cumulative lines headed 「Cumul.」「running total」「通算」: read as counts per period; now cumulative (cumulative.ts).
 *
 * Measured with attack31-families.ts, 100 tables a family, seed 801 (`ROOT=/tmp/base31 npx node
 * test/pubcheck/attack31-families.ts 100 801` on c9d7a3c): means — main leaked 38, refused 44 (`cell/decimal`, the
 * rounded means), read and protected 18; now 100 refused (`header/statistic`). Ordered lists (seed 802; in a
 * column or across a row, 「その他」 after the list a quarter of the time) — main leaked 42 of 100;
 * now 0, all 100 read and protected against the families' attacker (HiGHS, the order as constraints). Ratio lines
 * (seed 803) — main leaked 24, refused 46 (decimals, or 「倍」 as a share with no %), read and not shown 30; now 100
 * refused. Cumulative lines in other words (seed 804) — main leaked 100 of 100; now 100 refused (`line/cumulative`).
 * Nested lines (seed 805: 「1回以上」「≥2」「Grade 2以上」 over 1–3 groups, every count 10 or more, one level under 10) —
 * main read 100 of 100 with nothing to hide and leaked each; now 100 refused (`line/nested`, cumulative.ts).
 * combo (250 inputs × seeds 801, 802): the same 834 read, 160 refused, 0 leaks on main and now.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectRatesHidden, hiddenLabels } from './protection.ts';
import { toReport } from '../../src/pubcheck/report.ts';
import { meanAttack } from './attack36-families.ts';
import { ratioAttack } from './means37-attack.ts';
import {
  chanceMeans,
  cumulativeLeaks,
  cumulativeWords,
  meanLeaks,
  meanLines,
  nested,
  nestedLeaks,
  ordered,
  orderLeaks,
  ratioLeaks,
  ratios,
} from './attack31-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, run, codes } = adversary(highs, bundle);

describe('1. a line of means under another word', () => {
  // attack36: these were refused (`header/statistic`); a line the arithmetic proves the mean of the others is now set
  // aside as a rate is and hidden where any count it averages is (read.ts `setAsideMeans`), said `layout/mean`, and
  // attacked by the oracle taught the mean relation (attack36.test). The words and arithmetic that find it are the same.
  it('a last column or row of means is read as a mean (attack36; refused before), naming the line and the lines it averages', () => {
    for (const label of ['avg', 'Ave.', '1年あたり', 'per year', '代表値'])
      for (const text of [
        `施設,2020年,2021年,2022年,2023年,${label}\nA病院,25,3,30,22,20\nB病院,40,44,38,42,41\n`,
        `年,A病院,B病院\n2020年,25,40\n2021年,3,44\n2022年,30,38\n2023年,22,42\n${label},20,41\n`,
        // Rounded to a whole number: 4 × 20 covers sums 78–81, the hidden 4 at most 4.
        `施設,2020年,2021年,2022年,2023年,${label}\nA病院,25,4,30,22,20\nB病院,40,44,38,43,41\n`,
        // First, before the lines it averages.
        `施設,${label},2020年,2021年,2022年,2023年\nA病院,20,25,3,30,22\nB病院,41,40,44,38,42\n`,
        // Beside a 合計 column, which is left out of the mean.
        `施設,2020年,2021年,2022年,${label},合計\nA病院,25,3,32,20,60\nB病院,40,44,38,41,122\n`,
        // Under each group of two header rows (layout.ts joins 「A群・2020年」…「A群・avg」).
        `施設\tA群\t\t\t\tB群\t\t\t\n\t2020年\t2021年\t2022年\t${label}\t2020年\t2021年\t2022年\t${label}\nX病院\t25\t3\t32\t20\t40\t44\t38\t41\nY病院\t30\t31\t29\t30\t20\t22\t24\t22\n`,
      ]) {
        const r = result(text);
        expect(r.ok, text).toBe(true);
        if (!r.ok) continue;
        const w = r.warnings.filter((x) => x.code === 'layout/mean');
        expect(w.length, text).toBeGreaterThan(0);
        expect(w[0]!.message).toContain(label);
        expect(w[0]!.message).toMatch(/2020年|A病院/);
        // The mean is no count of the table, and is hidden beside the hidden 3 (or 4).
        expect([...r.tables[0]!.table.cols, ...r.tables[0]!.table.rows].some((h) => h.label.endsWith(label))).toBe(false);
        // means37: beside a 合計 column each mean is its 合計 ÷ 3, printed, and is published (its interval a row of the
        // system, check.ts `meansShown`); elsewhere hidden beside the 3 (or 4), as before. Either way the oracle finds nothing.
        const hidden = expectRatesHidden(r, bundle);
        if (!text.includes('合計')) expect(hidden, text).toBeGreaterThan(0);
        const report = toReport(r, bundle, new Date('2026-12-04T00:00:00Z'));
        expect(
          meanAttack(highs, r.tables[0]!, (k, j) => report.tables[0]!.rates[k]!.cells[j]!.hidden),
          text,
        ).toEqual([]);
      }
  });
  it('one line of one value is a mean only where its label says so; lines that are no mean are read', () => {
    // 20 is the mean of 25, 3, 30, 22 by chance: a hospital 「E病院」, read as counts.
    const chance = run('区分,A病院,B病院,C病院,D病院,E病院\n件数,25,3,30,22,20\n');
    expect(chance.tables[0]!.status.filter((s) => s === 'primary').length).toBe(1);
    // Said a mean per year: read as the mean (attack36; refused before). 25 = 3 + 22 (a sum found, our reading) hides
    // the 22 with the 3, and the mean's 78–82 then leaves 3 + 22 within 23–27: the 3 still reaches 10 or more, so the
    // mean is published (means37, check.ts `meansShown`; hidden with the 3 before), and the oracle finds nothing.
    const said = run('区分,2020年,2021年,2022年,2023年,1年あたり\n件数,25,3,30,22,20\n');
    expect(said.warnings.map((w) => w.code)).toContain('layout/mean');
    expect(expectRatesHidden(said, bundle)).toBe(0);
    const saidReport = toReport(said, bundle, new Date('2026-12-04T00:00:00Z'));
    expect(meanAttack(highs, said.tables[0]!, (k, j) => saidReport.tables[0]!.rates[k]!.cells[j]!.hidden)).toEqual([]);
    // Not every line matches: read.
    run('施設,2020年,2021年,2022年,2023年,2024年\nA病院,25,3,30,22,20\nB病院,40,44,38,42,12\n');
    // All lines equal, or zeros: no mean told apart from a count.
    run('施設,2020年,2021年,2022年\nA病院,20,20,20\nB病院,40,40,40\n');
  });
  it('random family (seed 801): all read (attack36; all refused before), none leaks; on main 38 of 100 leaked', () => {
    // meanLeaks takes every mean as printed; the means hidden with a count are left out of its line (the attacker
    // sees only those printed): the hidden counts of a line whose mean is hidden are then bounded by nothing of it.
    let read = 0;
    for (const c of meanLines(100, 801)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      read++;
      expectRatesHidden(r, bundle);
      const report = toReport(r, bundle, new Date('2026-12-04T00:00:00Z'));
      const shownMean = (h: string) => report.tables[0]!.rates.some((m) => m.cells.some((x) => !x.hidden && (x.row === h || x.col === h)));
      expect(
        meanLeaks(c, r).filter((cell) => shownMean(cell.split('/')[0]!)),
        c.text,
      ).toEqual([]);
      // And the oracle taught the mean relation (attack36-families.ts `meanAttack`).
      expect(
        meanAttack(highs, r.tables[0]!, (k, j) => report.tables[0]!.rates[k]!.cells[j]!.hidden),
        c.text,
      ).toEqual([]);
    }
    expect(read).toBe(100);
  });
});

describe('1a. a total is no evidence of a mean (fixa)', () => {
  it('attacker.test counterexample: 「c3」 the mean of 「c1」「c2」 in two rows by chance, and in the 合計 row as their sum: read', () => {
    // [[58,3,58],[48,20,6]] broken down the other way: 53 11 32 / 53 12 32 / 合計 106 23 64.
    const { holds } = adversary(highs, bundle);
    holds(',c1,c2,c3\nr1,53,11,32\nr2,53,12,32\n合計,106,23,64\n');
    // The same two rows with a total under no word of a total (the sum of the two, by arithmetic), and transposed.
    holds(',c1,c2,c3\nr1,53,11,32\nr2,53,12,32\n全施設,106,23,64\n');
    holds(',r1,r2,計\nc1,53,53,106\nc2,11,12,23\nc3,32,32,64\n');
    // Said a mean, over two positions: read as the mean of c1 and c2 (attack36; refused before), hidden with them.
    const said = run(',c1,c2,avg\nr1,53,11,32\nr2,53,12,32\n合計,106,23,64\n');
    expect(said.warnings.map((w) => w.code)).toContain('layout/mean');
    expectRatesHidden(said, bundle);
  });
  it('random family (seed 811): counts whose last line lies within the mean of the others in two rows, with a total, all read and protected; on int (c247e14) 72 of 100 refused (header/statistic)', () => {
    const { holds } = adversary(highs, bundle);
    let read = 0;
    for (const c of chanceMeans(100, 811)) {
      holds(c.text);
      read++;
    }
    expect(read).toBe(100);
  });
});

describe('1b. a line of ratios of two lines', () => {
  // means37: these were refused (`header/statistic`); a line the arithmetic proves one line over another is now set
  // aside as a mean is (read.ts `setAsideMeans`, `layout/ratio`), its two inequalities tried as rows of the system
  // (check.ts `meansShown`): hidden where they would give a hidden count back, and attacked by the oracle taught them.
  it('「男女比」「M/F」「性比」 that is one column over another is read as a ratio (means37; refused before), naming both', () => {
    for (const label of ['男女比', '性比', 'M/F', '男/女', '女性に対する比', 'ratio'])
      for (const text of [`群,男性,女性,${label}\nA群,30,3,10\nB群,25,25,1\n`, `群,男性,女性,${label}\nA群,30,4,7.5\nB群,25,20,1.3\n`]) {
        const r = result(text);
        expect(r.ok, text).toBe(true);
        if (!r.ok) continue;
        expect(r.warnings.find((e) => e.code === 'layout/ratio')?.message, text).toMatch(/「女性」で割った比/);
        // Hidden beside the hidden 3 (4): a ratio and one side give the other back.
        expect(expectRatesHidden(r, bundle), text).toBe(1);
        const report = toReport(r, bundle, new Date('2026-12-04T00:00:00Z'));
        expect(
          ratioAttack(highs, r.tables[0]!, (k, j) => report.tables[0]!.rates[k]!.cells[j]!.hidden),
          text,
        ).toEqual([]);
        expect(ratioAttack(highs, r.tables[0]!, () => false).length, text).toBeGreaterThan(0);
      }
    // A column under such a word that is no ratio of two others is read (「対照群」 counts, 「A/B群」 counts).
    run('群,男性,女性,A/B群\nA群,30,3,12\nB群,25,25,40\n');
  });
  it('random family (seed 803): all read (means37; all refused before), none leaks by the oracle; on main 24 of 100 leaked', () => {
    let bites = 0;
    for (const c of ratios(100, 803)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      expect(ratioLeaks(c, r)).toEqual([]);
      const report = toReport(r, bundle, new Date('2026-12-04T00:00:00Z'));
      expect(
        ratioAttack(highs, r.tables[0]!, (k, j) => report.tables[0]!.rates[k]!.cells[j]!.hidden),
        c.text,
      ).toEqual([]);
      if (ratioAttack(highs, r.tables[0]!, () => false).length > 0) bites++;
    }
    // The oracle is no straw man: every ratio published, it gives a hidden count back.
    expect(bites).toBeGreaterThanOrEqual(50);
  });
});

describe('1c. cumulative lines in other words', () => {
  it('「Cumul.」「Cum. n」「running total」「通算」「累加」「YTD」: refused for the small step as 「累積」 was', () => {
    for (const label of ['Cumul.', 'Cum. n', 'running total', '通算', '累加', 'YTD'])
      expect(codes(`月,${label}\n1月,20\n2月,23\n3月,38\n`), label).toContain('line/cumulative');
    // 「Cumulus」 and 「cumin」 are no cumulative words.
    run('月,Cumulus,cumin\n1月,20,30\n2月,23,35\n3月,38,40\n');
  });
  it('random family (seed 804): all refused; on main 100 of 100 leaked', () => {
    for (const c of cumulativeWords(100, 804)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(false);
      if (r.ok) expect(cumulativeLeaks(c, r)).toEqual([]);
    }
  });
});

describe('1d. lines that each hold the next (「1回以上」「2回以上」, 「≥1」「≥2」, 「any grade」「grade ≥3」)', () => {
  it('a small difference of two nested lines is refused, naming both lines, the position and the difference', () => {
    for (const text of [
      '区分,1回以上,2回以上,3回以上\nA群,40,33,30\nB群,50,45,20\n',
      '区分,≥1,≥2,≥3\nA群,40,33,30\nB群,50,45,20\n',
      '区分,A群,B群\n65歳以上,40,50\n75歳以上,33,45\n85歳以上,30,20\n',
      '区分,A群,B群\nGrade 2以上,40,50\nGrade 3以上,33,45\n',
      '区分,A群,B群\nany grade,40,50\ngrade ≥3,33,45\n',
      '区分,A群,B群\n1年以下,10,20\n2年以下,17,45\n3年以下,30,60\n',
      // Bare percentages of the header's N: the counts they stand for.
      '区分,A群 (N=100),B群 (N=100)\n1回以上,40.0%,50.0%\n2回以上,33.0%,45.0%\n3回以上,30.0%,20.0%\n',
    ]) {
      const r = result(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok)
        expect(r.errors.find((e) => e.code === 'line/nested')?.message, text).toMatch(
          /の差（[^）]+ − [^）]+）から、その間の区分の患者が \d 人/,
        );
    }
  });
  it('bounds that do not nest, or nest by 10 or more, are read as before', () => {
    // 65歳未満 and 65歳以上: a pair, not a run; <65, 65-74, ≥75: ranges.
    run('区分,A群,B群\n65歳未満,40,50\n65歳以上,33,45\n');
    run('区分,A群,B群\n<65,40,50\n65-74,33,45\n≥75,12,20\n');
    // Counts that rise down 「…以上」: no nesting, the words mean something else.
    run('区分,A群,B群\n1回以上,20,50\n2回以上,33,45\n');
    // Nested with every difference 10 or more.
    run('区分,1回以上,2回以上,3回以上\nA群,60,40,20\nB群,50,35,20\n');
  });
  it('random family (seed 805): all refused; on main 100 of 100 read with exit 0 and leaked', () => {
    for (const c of nested(100, 805)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(false);
      if (r.ok) expect(nestedLeaks(c, r)).toEqual([]);
    }
  });
});

describe('2. a list said to be in order of its counts', () => {
  it('the order is read and the suppression protects against it', () => {
    const text = '# 施設別の件数（多い順）\n施設,件数\nA病院,80\nB病院,55\nC病院,27\nD病院,24\nE病院,8\nF病院,8\n合計,202\n';
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).toContain('table/order');
    // main hid E and F alone: E + F = 16, F ≤ E, so F ≤ 8.
    expect(hiddenLabels(r).length).toBeGreaterThan(2);
    const c = { text, family: 'ordered-title', truth: new Map(['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院'].map((l) => [l, 0])) };
    expect(orderLeaks(highs, c, r)).toEqual([]);
  });
  it('in the corner, a column, a note, ascending; a column the words name; no order where the counts are not in it', () => {
    for (const text of [
      '施設（件数の多い順）,件数\nA病院,80\nB病院,55\nC病院,27\nD病院,24\nE病院,8\nF病院,8\n合計,202\n',
      '施設,件数（降順）\nA病院,80\nB病院,55\nC病院,27\nD病院,24\nE病院,8\nF病院,8\n合計,202\n',
      '施設,件数\nA病院,80\nB病院,55\nC病院,27\nD病院,24\nE病院,8\nF病院,8\n合計,202\n注：件数の多い順に並べた\n',
      '# 施設別の件数（少ない順）\n施設,件数\nF病院,8\nE病院,8\nD病院,24\nC病院,27\nB病院,55\nA病院,80\n合計,202\n',
      '# Facilities ranked by number of patients\nFacility,n\nA,80\nB,55\nC,27\nD,24\nE,8\nF,8\nTotal,202\n',
    ]) {
      const r = run(text);
      expect(
        r.warnings.map((w) => w.code),
        text,
      ).toContain('table/order');
      const c = {
        text,
        family: 'ordered',
        truth: new Map(['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院', 'A', 'B', 'C', 'D', 'E', 'F'].map((l) => [l, 0])),
      };
      expect(orderLeaks(highs, c, r), text).toEqual([]);
    }
    // The words are not true of the counts: nothing read.
    const r = run('# 施設別の件数（多い順）\n施設,件数\nA病院,30\nB病院,55\nC病院,8\nD病院,24\n合計,117\n');
    expect(r.warnings.map((w) => w.code)).not.toContain('table/order');
  });
  it('across a row, and with 「その他」 after the list (larger than its last, out of the order)', () => {
    for (const text of [
      '# 施設別の件数（多い順）\n区分,A病院,B病院,C病院,D病院,E病院,F病院,合計\n件数,80,55,27,24,8,8,202\n',
      '# 施設別の件数（多い順）\n施設,件数\nA病院,80\nB病院,55\nC病院,27\nD病院,24\nE病院,8\nF病院,8\nその他,40\n合計,242\n',
    ]) {
      const r = run(text);
      expect(
        r.warnings.map((w) => w.code),
        text,
      ).toContain('table/order');
      const truth = new Map(['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院'].map((l) => [l, 0]));
      expect(orderLeaks(highs, { text, family: text.includes('区分') ? 'ordered-across' : 'ordered', truth }, r), text).toEqual([]);
    }
  });
  it('bare percentages said to be in order, a cell standing for a small count: refused in words (main: E + F = 16 from 100%, F ≤ 8)', () => {
    const list = '施設,割合 (N=202)\nA病院,39.6%\nB病院,27.2%\nC病院,13.4%\nD病院,11.9%\nE病院,4.0%\nF病院,4.0%\n';
    expect(codes(`# 施設別の割合（多い順）\n${list}`)).toContain('table/order');
    expect(codes(`# Top diagnoses (descending)\n${list}`)).toContain('table/order');
    // No order said, or none small: read as before.
    run(`# 施設別の割合\n${list}`);
    run('# 施設別の割合（多い順）\n施設,割合 (N=202)\nA病院,39.6%\nB病院,27.2%\nC病院,17.3%\nD病院,15.8%\n');
  });
  it('a column of ranks is refused in words', () => {
    const e = result('施設,件数,順位\nA病院,25,2\nB病院,13,3\nC病院,30,1\n合計,68,6\n');
    expect(e.ok).toBe(false);
    if (!e.ok) expect(e.errors.map((x) => x.code)).toContain('header/rank');
  });
  it('random family (seed 802): none leaks; on main 42 of 100 leaked', () => {
    for (const c of ordered(100, 802)) {
      const r = run(c.text);
      expect(orderLeaks(highs, c, r), c.text).toEqual([]);
    }
  });
});
