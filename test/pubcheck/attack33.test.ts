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
import { farNested, farNestedLeaks } from './attack33-families.ts';

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
