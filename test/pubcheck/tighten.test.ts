/**
 * The least-loss search's cut tightening (exact.ts `tighten`): a cut Σ a·z ≥ b with the primary counts (z fixed to 1)
 * moved to its right-hand side and the other coefficients capped at what is left. It must keep exactly the same
 * whole-number choices (else a bound it proves could exceed the true minimum) and cut off at least as many fractional
 * ones as the cut it replaces. Checked on every 0/1 choice of random small cuts, and on random fractional points.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tighten, type Cut } from '../../src/pubcheck/exact.ts';

/** A cut as the separation builds it (coefficients at most its right-hand side) over `n` columns, and which are fixed. */
const cutAndFixed = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    rhs: fc.integer({ min: 1, max: 15 }),
    coefs: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: n, maxLength: n }),
    fixed: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    point: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
  }),
);

function build(x: { n: number; rhs: number; coefs: number[]; fixed: boolean[] }): { cut: Cut; fixed: number[] } {
  const cut: Cut = { cols: [], coefs: [], rhs: x.rhs };
  x.coefs.forEach((c, k) => {
    if (c === 0) return;
    cut.cols.push(k);
    cut.coefs.push(Math.min(c, x.rhs));
  });
  return { cut, fixed: x.fixed.map((f) => (f ? 1 : 0)) };
}

/** How far a cut is met at z (≥ 0: met); a cut left out (undefined) is met everywhere. */
const slack = (cut: Cut | undefined, z: readonly number[]) =>
  cut ? cut.cols.reduce((s, k, j) => s + cut.coefs[j]! * z[k]!, 0) - cut.rhs : Infinity;

describe('cut tightening', () => {
  it('keeps exactly the whole-number choices of the cut (the fixed counts hidden)', () => {
    fc.assert(
      fc.property(cutAndFixed, (x) => {
        const { cut, fixed } = build(x);
        const tight = tighten(cut, fixed);
        for (let mask = 0; mask < 1 << x.n; mask++) {
          const z = fixed.map((f, k) => (f === 1 || (mask >> k) & 1 ? 1 : 0));
          expect(slack(tight, z) >= -1e-9).toBe(slack(cut, z) >= -1e-9);
        }
        // The fixed columns are out of the tightened cut, and no coefficient exceeds its right-hand side.
        if (tight) {
          expect(tight.cols.every((k) => fixed[k] === 0)).toBe(true);
          expect(tight.coefs.every((c) => c <= tight.rhs + 1e-9)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is met by no fractional point that the cut itself does not meet', () => {
    fc.assert(
      fc.property(cutAndFixed, (x) => {
        const { cut, fixed } = build(x);
        const z = x.point.map((p, k) => (fixed[k] === 1 ? 1 : p));
        if (slack(tighten(cut, fixed), z) >= -1e-9) expect(slack(cut, z)).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts off fractional points the cut allows: a fixed count that carries part of the need caps the others', () => {
    // Need 7; a primary count carries 2 of it; another count could carry 7 alone. z = 5/7 on that count meets
    // 2 + 7·(5/7) = 7, but a whole choice must hide it (or something else) to cover the 5 left: 5·z ≥ 5.
    const cut: Cut = { cols: [0, 1], coefs: [2, 7], rhs: 7 };
    const tight = tighten(cut, [1, 0])!;
    expect(tight).toEqual({ cols: [1], coefs: [5], rhs: 5 });
    expect(slack(cut, [1, 5 / 7])).toBeGreaterThanOrEqual(-1e-9);
    expect(slack(tight, [1, 5 / 7])).toBeLessThan(0);
  });
});
