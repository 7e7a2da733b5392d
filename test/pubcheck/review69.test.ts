/**
 * review69 (issue #11's code audit): round 32's repeats in test code shared, no change in the checker. What
 * `duplicates --change --base eb81e31d` named on 6aac36d4 (29 pairs) is now written once:
 * - red66-families.ts `drawSteps` (`drawFalls` past its points' count) with `fallOf`, `LEAVE`, `PLAIN`; life67-families.ts
 *   `amongOthers` (the lines among others) and `tallyMany` (the tally by kind): life68-families.ts's `cases` and
 *   `measure` through them.
 * - step68-families.ts `twoCells` (two cells summing to a number): `digit`'s equation and step68.test.ts's fixtures.
 * - helpers.ts `readAsLifeTable` (life66, step68), `statusOf`, `expectHidden`, `sharesChecker` (ranks66, ext68);
 *   titles66-families.ts `SAS` (titles66, titles68); titlen65-families.ts `familyStopped` (titles66, titles68);
 *   whole68.test.ts over whole68-families.ts's `NAMED`; review68.test.ts's pinned families by one function.
 * The generators' outputs are byte for byte as on 6aac36d4 (hashes below from 6aac36d4, seeds 1, 5450, 5530, 9999), and
 * life67's and life68's tallies identical (seeds 5620–5623). It imports the shared pieces, so it does not run on
 * 6aac36d4; its hashes were taken there (`npx node` over each tree's generators).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { manyCases } from './life67-families.ts';
import * as l68 from './life68-families.ts';
import { drawFalls, drawSteps, threeCases } from './red66-families.ts';
import * as s68 from './step68-families.ts';
import { SAS } from './titles66-families.ts';
import { NAMED } from './whole68-families.ts';

const hash = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);

describe('review69: the generators through the shared pieces, byte for byte as on 6aac36d4', () => {
  // [seed, red66 three (60 + 60 innocent), life67 many (60 + 60), life68 cases (60 + 60), step68 every kind (30 + 30)].
  const pinned = [
    [1, '908d8c7e5e230e5a', '1994714cb56b75e6', '447c56f25f87c3e0', '92ea25c0920cb918'],
    [5450, '41bc2c13ed0d7fac', '905c0b3c88abaa67', '3c3202d5f55cb093', 'd25742949f65cf16'],
    [5530, '577c462cbfd6ba6b', 'd4d03d5fe51ed6da', '541863a10ce321ed', 'f5a6eca8dd149288'],
    [9999, '932a00f922c69d5a', '5f8f5bc314f8f8b1', '28633981423d2dff', 'b4bd7fee87525731'],
  ] as const;
  for (const [seed, ...want] of pinned)
    it(`seed ${seed}`, () => {
      expect([
        hash([threeCases(60, seed), threeCases(60, seed, true)]),
        hash([manyCases(60, seed), manyCases(60, seed, true)]),
        hash([l68.cases(60, seed), l68.cases(60, seed, l68.KINDS, true)]),
        hash(s68.KINDS.map((k) => [s68.family(k, 30, seed), s68.family(k, 30, seed, true)])),
      ]).toEqual(want);
    });
});

describe('review69: the shared pieces', () => {
  it('`drawFalls` is `drawSteps` over the points drawn first (2–5 single, else 3–5); `fallOf` the step’s fall in 表1', () => {
    for (const seed of [5620, 5621]) {
      const draws = () => {
        let s = seed;
        const r = () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 2147483648;
        const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
        return { int, pick: <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)]! };
      };
      const a = draws();
      const b = draws();
      const f = drawFalls(a.int, a.pick, false, 3, false);
      const g = drawSteps(b.int, b.pick, b.int(3, 5), 3, false);
      expect(JSON.stringify(f)).toBe(JSON.stringify(g));
      expect(f.fallOf(0)).toEqual({
        fall: f.risk[0]! - f.risk[1]!,
        fallCells: [
          [0, 0],
          [0, 1],
        ],
      });
      expect(f.steps[0]!.reduce((x, y) => x + y, 0)).toBe(f.fallOf(0).fall);
    }
  });
  it('`twoCells`, `SAS` and `NAMED` as the tests wrote them', () => {
    expect(s68.twoCells(-1, -2, 34)).toEqual({
      cells: [
        { t: 1, k: -1, coef: 1 },
        { t: 1, k: -2, coef: 1 },
      ],
      rhs: 34,
    });
    // The texts the tests wrote on 6aac36d4 (their hashes there): titles66's and titles68's SAS, whole68's nine words.
    expect(hash(SAS)).toBe('7c32b71221c511f0');
    expect(hash(NAMED.slice(0, 9))).toBe('40eed8e58e2f9865');
  });
});
