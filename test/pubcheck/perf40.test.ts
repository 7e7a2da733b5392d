/**
 * perf40 (issue #11, speed): a list of 120 facilities × 2 columns of 5–90 with no totals, whose lines add up to others
 * by chance (sums.ts reads 72 such equations over 78 hidden counts of a column), spent 5–8 s of CPU in ~550 audit
 * MIPs over the columns. Its equations leave a few whole-number degrees of freedom (2–6): the MIPs now go by the
 * lattice x = x₀ + N·z (lattice.ts, audit.ts `latticeMip`), the same tables and the same answers, ~1.3–2.9 s in all.
 * Timings belong in the bench; here, that the lattice is the kernel's whole-number points and that the answers are
 * the columns' own.
 */
import { describe, expect, it } from 'vitest';
import { integerKernel } from '../../src/pubcheck/lattice.ts';
import { check } from '../../src/pubcheck/check.ts';
import { trace } from '../../src/pubcheck/work.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { facilityLists } from './perf40-families.ts';

const rows = (...rs: number[][]) => rs.map((coefs) => ({ cols: coefs.map((_, j) => j), coefs }));
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('integerKernel', () => {
  it('a line the sum of two others, twice: every whole-number solution an integer combination of the basis', () => {
    // x0 = x1 + x2, x0 = x3 + x4 (5 counts, 2 equations: 3 dimensions)
    const eqs = rows([-1, 1, 1, 0, 0], [-1, 0, 0, 1, 1]);
    const { basis } = integerKernel(eqs, 5, 12);
    expect(basis).toHaveLength(3);
    for (const b of basis!) for (const r of eqs) expect(dot(r.coefs, b)).toBe(0);
    // Every solution with entries 0–6 is reached by whole coefficients (the basis is unimodular with the rest).
    const m = basis!.map((b) => [...b]);
    let solutions = 0;
    for (let x1 = 0; x1 <= 3; x1++)
      for (let x2 = 0; x2 <= 3; x2++)
        for (let x3 = 0; x3 <= x1 + x2; x3++) {
          const x = [x1 + x2, x1, x2, x3, x1 + x2 - x3];
          solutions++;
          expect(wholeCombination(m, x)).toBe(true);
        }
    expect(solutions).toBeGreaterThan(20);
  });
  it('2·x0 = x1: the kernel is (1, 2), not (1/2, 1)', () => {
    const { basis } = integerKernel(rows([2, -1]), 2, 12);
    expect(basis!.map((b) => b.map(Math.abs))).toEqual([[1, 2]]);
  });
  it('more dimensions than asked for: none, with no work', () => {
    expect(integerKernel(rows([1, 1, 1, 1]), 4, 2)).toEqual({ basis: undefined, steps: 0 });
  });
});

/** Whether x is a whole-number combination of the basis (least squares, then checked exactly). */
function wholeCombination(basis: number[][], x: readonly number[]): boolean {
  const k = basis.length;
  const g = basis.map((a) => basis.map((b) => dot(a, b)));
  const r = basis.map((a) => dot(a, x));
  // Gaussian elimination on the k × k normal equations.
  const m = g.map((row, i) => [...row, r[i]!]);
  for (let c = 0; c < k; c++) {
    const p = m.findIndex((row, i) => i >= c && Math.abs(row[c]!) > 1e-9);
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let i = 0; i < k; i++)
      if (i !== c) {
        const f = m[i]![c]! / m[c]![c]!;
        for (let j = c; j <= k; j++) m[i]![j] = m[i]![j]! - f * m[c]![j]!;
      }
  }
  const z = m.map((row, i) => row[k]! / row[i]!);
  if (z.some((v) => Math.abs(v - Math.round(v)) > 1e-9)) return false;
  return x.every((xi, j) => basis.reduce((s, b, i) => s + Math.round(z[i]!) * b[j]!, 0) === xi);
}

describe('a facility list with chance sums (perf40-families.ts, seed 1951 #0, threshold, the default search)', () => {
  it('the hidden cells of main c3b2cb1, its audit MIPs by the lattice', async () => {
    const highs = await solver();
    const text = facilityLists(1, 1951)[0]!;
    trace.samples = {};
    trace.on = true;
    let r;
    try {
      r = check(highs, fixtureBundle(), text, { details: true }, { protection: 'threshold', timeLimitSeconds: 600 });
    } finally {
      trace.on = false;
    }
    const lattices = trace.samples['lattice']?.length ?? 0;
    trace.samples = {};
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ids = (kind: string) => r.tables[0]!.status.flatMap((s, id) => (s === kind ? [id] : []));
    expect(ids('primary').join(',')).toBe('6,10,26,46,50,66,85,86,106,123,126,127,133,138,146,166,186,206,222,226,228');
    expect(ids('secondary')).toHaveLength(137);
    expect(ids('secondary').slice(0, 12).join(',')).toBe('0,1,4,5,11,12,13,14,15,18,19,27');
    expect(lattices).toBeGreaterThan(0);
  }, 300_000);
});
