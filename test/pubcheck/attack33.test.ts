/**
 * attack33 (issue #11): lines that are functions of other lines, which attack31's code left open.
 *
 * 1. Nested lines printed apart (「1回以上」 … other rows … 「2回以上」, 「Grade 3以上」 far from 「Grade 4以上」, 「≥65歳」
 *    and 「≥75歳」 in different places, 「65歳以上」 with 「75+」): attack31 found nesting only in a run of adjacent
 *    lines of one key, so these were read as counts and their small difference (the patients of one level) printed.
 *    Now found from the labels' bounds wherever they are in the list, a bound written without its unit joining the
 *    one key with it, and refused as the adjacent ones are (`line/nested`, cumulative.ts `nestedBounds`).
 *    Family `farNested` (attack33-families.ts, seed 981, 100 tables): main (2d529fc) read and leaked 98, refused 2;
 *    now 100 refused.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { chanceTables, chanceTwo, farNested, farNestedLeaks, nestedTables, nestedTablesLeaks, statedOrder } from './attack33-families.ts';
import { orderLeaks } from './attack31-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, holdsEach } = adversary(highs, bundle);

describe('1. nested lines printed apart', () => {
  it('a small difference of two nested lines apart is refused, naming both lines and the difference', () => {
    for (const text of [
      '区分,A群,B群\n1回以上,40,50\n男性,22,30\n女性,18,20\n2回以上,33,45\n',
      '区分,A群,B群\nGrade 3以上,40,50\n入院あり,22,30\n外来のみ,18,20\n手術あり,31,12\nGrade 4以上,33,45\n',
      '区分,≥65歳,男性,女性,≥75歳\nA群,40,22,18,33\nB群,50,30,20,45\n',
      '区分,A群,B群\n65歳以上,40,50\n男性,22,30\n75+,33,45\n',
      // In another order: the higher bound first.
      '区分,A群,B群\n2回以上,33,45\n男性,22,30\n1回以上,40,50\n',
      // 以下 rising, apart.
      '区分,A群,B群\n1年以下,10,20\n男性,22,30\n2年以下,17,45\n',
    ]) {
      const r = result(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok)
        expect(r.errors.find((e) => e.code === 'line/nested')?.message, text).toMatch(
          /の差（[^）]+ − [^）]+）から、その間の区分の患者が \d 人/,
        );
    }
  });
  it('lines apart that do not nest, or nest by 10 or more, or repeat a bound, are read and protected as before', () => {
    // Counts that rise: no nesting.
    holdsEach('区分,A群,B群\n1回以上,20,50\n男性,22,30\n2回以上,33,45\n');
    // Nested by 10 or more.
    holdsEach('区分,A群,B群\n1回以上,60,50\n男性,22,30\n2回以上,40,35\n');
    // 65歳以上 under 男性 and under 女性 (one bound under each parent), 75歳以上 each 10 or more below.
    holdsEach('区分,A群,B群\n男性,,\n  65歳以上,40,50\n  75歳以上,12,20\n女性,,\n  65歳以上,33,45\n  75歳以上,11,25\n');
    // A bound without its unit where two keys with units could take it: left alone.
    holdsEach('区分,A群,B群\n2回以上,40,50\n2剤以上,22,30\n3+,33,45\n');
  });
  it('random family (seed 981): all refused; on main 98 of 100 read and leaked', () => {
    let refused = 0;
    for (const c of farNested(100, 981)) {
      const r = result(c.text);
      if (!r.ok) refused++;
      else expect(farNestedLeaks(c, r), c.text).toEqual([]);
    }
    expect(refused).toBe(100);
  });
});

/*
 * 1b. Nested lines in two tables over the same groups (「≥65歳」 in 表A, 「≥75歳」 in 表B): family `nestedTables` (seed
 *     984, 100 inputs): main read and leaked 100; now 100 refused (`line/nested`, cumulative.ts `nestedAcross`, counts
 *     only, the positions across the same labels in both). Chance: `chanceTwo` (seed 985, 500 inputs of two ordinary
 *     tables): main refused 0, now 15 (12 in one table as in the chance test below, 3 across two tables, each where the
 *     labels say nesting and the counts fall with a small difference).
 */
describe('1b. nested lines in two tables', () => {
  it('a small difference across two tables over the same groups is refused, naming both tables', () => {
    const r = result('# 表1\n区分,A群,B群\n≥65歳,40,50\n男性,22,30\n\n# 表2\n区分,B群,A群\n女性,20,18\n≥75歳,45,33\n');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.find((e) => e.code === 'line/nested')?.message).toMatch(
        /表1の行「≥65歳」と表2の行「≥75歳」.*「A群」での差（40 − 33）/,
      );
    // Other groups, or differences of 10 or more: read and protected.
    holdsEach('# 表1\n区分,A群,B群\n≥65歳,40,50\n男性,22,30\n\n# 表2\n区分,C群,D群\n≥75歳,33,45\n女性,18,20\n');
    holdsEach('# 表1\n区分,A群,B群\n≥65歳,60,50\n男性,22,30\n\n# 表2\n区分,A群,B群\n≥75歳,33,40\n女性,18,20\n');
  });
  it('random family (seed 984): all refused; on main 100 of 100 read and leaked; chance (seed 985) 15 of 500', () => {
    for (const c of nestedTables(100, 984)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(false);
      if (r.ok) expect(nestedTablesLeaks(c, r)).toEqual([]);
    }
    const refused = chanceTwo(500, 985).filter((c) => !result(c.text).ok).length;
    expect(refused).toBe(15);
  });
});

/*
 * 2. An order stated other than by words in the title, the corner or a column: a rank before each label (「1位 A病院」)
 *    or a note in English outside the table (after an empty line, or a # line under it: 「sorted by frequency」「in
 *    descending order」「ranked」「ordered by decreasing frequency」「from highest to lowest」). These notes were
 *    reported as notes (line/not-read) and the order not read, so the suppression hid the last two alone (E + F = 16,
 *    F ≤ E: F ≤ 8). Now read as attack31's words are (order.ts, read.ts `looseNotes`) and protected. Family
 *    `statedOrder` (seed 982, 100 tables): main read and leaked 27, read and protected 43, refused 30 (the columns of
 *    ranks: header/rank, or the labels' column read as text); now 0 leaked, 100 read and protected. A column of
 *    ranks (「順位」「Rank」 1, 2, 3 …), refused by attack31, is now written before the labels (「1位 A病院」,
 *    `table/rank-column`) and read so.
 */
describe('2. an order stated by ranks before the labels or by a note outside the table', () => {
  const list = (labels: string[]) =>
    ['施設,件数', ...labels.map((l, i) => `${l},${[80, 55, 27, 24, 8, 8][i]}`), '合計,202'].join('\n') + '\n';
  const facilities = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院'];
  it('the order is read (table/order) and more than the last two are hidden', () => {
    for (const text of [
      list(facilities.map((f, i) => `${i + 1}位 ${f}`)),
      list(facilities.map((f, i) => `第${i + 1}位 ${f}`)),
      `${list(facilities)}\nRows are sorted by frequency.\n`,
      `${list(facilities)}# Facilities listed in descending order of cases\n`,
      `${list(facilities)}\nNote: ranked by number of cases.\n`,
      `${list(facilities)}\nOrdered by decreasing frequency\n`,
      `# Sorted from highest to lowest\n# 施設別の件数\n${list(facilities)}`,
      // A column of ranks (refused as header/rank before): written before the labels, its order read.
      list(facilities)
        .replace('施設,件数', '施設,順位,件数')
        .replace(/(.病院),/g, (_, f: string) => `${f},${f.charCodeAt(0) - 64},`)
        .replace('合計,', '合計,,'),
      '順位,施設,件数\n1,A病院,80\n2,B病院,55\n3,C病院,27\n4,D病院,24\n5,E病院,8\n6,F病院,8\n,合計,202\n',
    ]) {
      const r = holdsEach(text);
      expect(
        r.warnings.map((w) => w.code),
        text,
      ).toContain('table/order');
      const hidden = r.tables[0]!.status.filter((s) => s !== 'published').length;
      expect(hidden, text).toBeGreaterThan(2);
    }
  });
  it('a note under another table is not this one’s; numbered labels not starting at 1 say no order', () => {
    const r = holdsEach(`${list(facilities)}\n# 表2\n区分,件数\nX,40\nY,30\n\nSorted by frequency.\n`);
    expect(r.warnings.filter((w) => w.code === 'table/order').map((w) => w.place?.table)).toEqual([2]);
    const s = holdsEach(list(facilities.map((f, i) => `${i + 2}位 ${f}`)));
    expect(s.warnings.map((w) => w.code)).not.toContain('table/order');
    // A column of ranks that does not start at 1 or falls is refused as before (header/rank or as text).
    expect(result('施設,順位,件数\nA病院,2,80\nB病院,1,55\nC病院,3,27\n').ok).toBe(false);
  });
  it('random family (seed 982): none leaks against the order attacker; on main 27 of 100 leaked, 30 refused', () => {
    for (const c of statedOrder(100, 982)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (r.ok) expect(orderLeaks(highs, c, r as never), c.text).toEqual([]);
    }
  });
});

/*
 * Chance (attack33-families `chanceTables`, seed 983, 1,000 ordinary count tables of 2–6 rows some of whose labels hold
 * bounds — 「65歳以上」「75歳以上」「1回以上」「≥75」「3+」 —, with a note outside a third of them): main refused 3
 * (line/nested 2, total/almost 1), now 14 (line/nested 13, total/almost 1). The 11 more are tables whose labels say
 * nesting (「65歳以上」 and 「75歳以上」 apart: 7; 「65歳以上」 with 「≥75」: 2; 「2剤以上」 with 「3+」: 4, less the 2 main
 * found adjacent) and whose random counts fall as nesting needs with a difference under 10: what an attacker reads
 * from the labels. Bare numbers of unlike scale (「3+」 and 「≥75」: 3 more before) are no nesting. The notes added no
 * refusal; the orders they state are read.
 */
describe('chance', () => {
  it('1,000 ordinary tables (seed 983): refused only where the labels say nesting; main refused 3, now 14', () => {
    const codes = new Map<string, number>();
    for (const c of chanceTables(1000, 983)) {
      const r = result(c.text);
      if (!r.ok) for (const code of new Set(r.errors.map((e) => e.code))) codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    expect(Object.fromEntries(codes)).toEqual({ 'line/nested': 13, 'total/almost': 1 });
  });
});
