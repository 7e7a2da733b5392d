/**
 * notes52 (issue #11): check.ts `weightsFit` (notes50: whether one set of weights makes a column of shares the weighted
 * sum of others in every line, within rounding) is an LP in HiGHS now, not a phase-one simplex of our own beside it.
 * Base (850d8f8) and now gave the same answer on every call of notes49/50's families (seeds 2891,2892 and 2951–2954,
 * 20 each, both protections: 8,134 calls) and on 3,000 random problems of the same shape (true sums of two or three
 * columns, weights pinned or not), and the same result on each of the 1,680 checks. Here: the LP's answers on cases
 * whose answer is known.
 */
import { describe, expect, it } from 'vitest';
import { weightsFit } from '../../src/pubcheck/check.ts';
import { solver } from './helpers.ts';

const highs = await solver();

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
