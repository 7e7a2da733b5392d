/**
 * notes52 (issue #11): check.ts `weightsFit` (notes50: whether one set of weights makes a column of shares the weighted
 * sum of others in every line, within rounding) is an LP in HiGHS now, not a phase-one simplex of our own beside it.
 * Base (850d8f8) and now gave the same answer on every call of notes49/50's families (seeds 2891,2892 and 2951–2954,
 * 20 each, both protections: 8,134 calls) and on 3,000 random problems of the same shape (true sums of two or three
 * columns, weights pinned or not), and the same result on each of the 1,680 checks. Here: the LP's answers on cases
 * whose answer is known. Then a sum the weights fit is asked again in whole counts (check.ts `wholeSumFits`): notes50
 * `four-cols` (notes50-measure.ts 20 2951–2956) base 56 of 120 read, now 60, 0 leaked; `sum-three`, `sum-two-of-four`
 * 120 of 120 refused base and now; notes52-families.ts `two-lines` 22 of 80 read base and now, `two-lines-sum` 80 of 80
 * refused (2957–2960).
 */
import { describe, expect, it } from 'vitest';
import { check, weightsFit } from '../../src/pubcheck/check.ts';
import { codesOf, fixtureBundle, heldOrLeaked, solver } from './helpers.ts';
import { smallShown } from './notes44-families.ts';
import { family } from './notes52-families.ts';
import { THRESHOLD, type Ok } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();
const run = (text: string, protection: 'threshold' | 'not-exact' = 'threshold') =>
  check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });

/** A column's shares as the intervals they round from (integer shares: p − 0.5 … p + 1, mayBeColumnSum's). */
const iv = (ps: readonly number[]) => ps.map((p) => ({ lo: p - 0.5, hi: p + 1 }));
/** The problem mayBeColumnSum builds: `s` the weighted sum of `parts`, weights adding up to 1, plus `eq`. */
const fits = (s: readonly number[], parts: readonly (readonly number[])[], eq: { a: number[]; b: number }[] = []) => {
  const sum = iv(s);
  const cols = parts.map(iv);
  const le = sum.flatMap((x, i) => [
    { a: cols.map((c) => c[i]!.lo), b: x.hi },
    { a: cols.map((c) => -c[i]!.hi), b: -x.lo },
  ]);
  return weightsFit(highs, parts.length, [{ a: parts.map(() => 1), b: 1 }, ...eq], le);
};

describe('notes52: weightsFit in HiGHS, on known answers', () => {
  // A 20 of 50 (40%, 60%), B 45 of 150 (30%, 70%): A + B is 65 of 200 (32.5% → 33%, 67%), weights 0.25 and 0.75.
  it('a true sum of two columns fits; with the weights pinned by the Ns (50/200) too', () => {
    expect(
      fits(
        [33, 67],
        [
          [40, 60],
          [30, 70],
        ],
      ),
    ).toBe(true);
    expect(
      fits(
        [33, 67],
        [
          [40, 60],
          [30, 70],
        ],
        [{ a: [1, 0], b: 0.25 }],
      ),
    ).toBe(true);
    expect(
      fits(
        [33, 67],
        [
          [40, 60],
          [30, 70],
        ],
        [{ a: [150, -50], b: 0 }],
      ),
    ).toBe(true);
  });
  it('a true sum of three columns over four lines fits', () => {
    // counts (10,20,30,40) + (5,5,5,5) + (30,10,10,50) = (45,35,45,95) of 220: shares rounded.
    const pc = (c: number[]) => c.map((v) => Math.round((100 * v) / c.reduce((a, b) => a + b, 0)));
    expect(fits(pc([45, 35, 45, 95]), [pc([10, 20, 30, 40]), pc([5, 5, 5, 5]), pc([30, 10, 10, 50])])).toBe(true);
  });
  it('a share beyond every other column in a line fits no weights', () => {
    expect(
      fits(
        [80, 20],
        [
          [40, 60],
          [30, 70],
        ],
      ),
    ).toBe(false);
    expect(
      fits(
        [10, 90],
        [
          [40, 60],
          [30, 70],
          [20, 80],
        ],
      ),
    ).toBe(false);
  });
  it('each line within the others alone, but no one set of weights for every line (notes50): no fit', () => {
    // Line 1 asks the weight of A near 1, line 2 near 0.
    expect(
      fits(
        [50, 10, 40],
        [
          [50, 30, 20],
          [10, 10, 80],
        ],
      ),
    ).toBe(false);
  });
  it('weights pinned by the Ns away from the ones the shares ask: no fit', () => {
    expect(
      fits(
        [33, 67],
        [
          [40, 60],
          [30, 70],
        ],
        [{ a: [1, 0], b: 0.8 }],
      ),
    ).toBe(false);
    expect(
      fits(
        [33, 67],
        [
          [40, 60],
          [30, 70],
        ],
        [{ a: [10, -150], b: 0 }],
      ),
    ).toBe(false);
  });
});

describe('notes52: a sum the weights fit but no whole counts make (check.ts wholeSumFits)', () => {
  // notes50 four-cols (2892, the first): D群 34.3% lies between B群's 23.8% and C群's 65.9%, so weights fit D群 = B群 + C群;
  // B群's counts would be D群's less C群's, 0.343(21 + N_C) − 0.659·N_C ≥ 0 asks N_C ≤ 22, and no N under 23 has a whole
  // count at 65.9%. Base: refused as a possible sum.
  const text = '\tA群\tB群\tC群\tD群\n40歳未満\t57.4%\t23.8%\t65.9%\t34.3%\n40代\t42.6%\t76.2%\t34.1%\t65.7%\n※A群 54 名、B群 N=21\n';
  const attacked =
    '\tA群 (N=54)\tB群 (N=21)\tC群 (N=82)\tD群 (N=67)\n40歳未満\t57.4%\t23.8%\t65.9%\t34.3%\n40代\t42.6%\t76.2%\t34.1%\t65.7%\n';
  const counts = [
    [31, 5, 54, 23],
    [23, 16, 28, 44],
  ];
  it('read, the hidden 5 held against the oracle given every N; base refused', () => {
    for (const protection of ['threshold', 'not-exact'] as const) {
      const r = run(text, protection);
      expect(codesOf(r)).toBe('');
      expect(heldOrLeaked(highs, r as Ok, () => attacked, protection, THRESHOLD)).toBe('held');
      expect(smallShown(r as Ok, { counts }, THRESHOLD)).toEqual([]);
    }
  });
  it('the same shares where D群 is B群 + C群 (59 of 103, C群 54 of 82): refused', () => {
    const sum = '\tA群\tB群\tC群\tD群\n40歳未満\t57.4%\t23.8%\t65.9%\t57.3%\n40代\t42.6%\t76.2%\t34.1%\t42.7%\n※A群 54 名、B群 N=21\n';
    expect(codesOf(run(sum))).toBe('percent/no-denominator');
  });
  it('two-lines-sum (seed 2958): 0 read', () => {
    for (const c of family('two-lines-sum', 6, 2958)) expect(run(c.text).ok, c.text).toBe(false);
  });
});
