/**
 * The LP audit against an independent brute-force oracle: for tiny tables with totals, enumerate every integer
 * table consistent with the published cells and compare the range of each suppressed cell with the LP's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit, type AuditRequirement } from '../../src/pubcheck/audit.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { suppress } from '../../src/pubcheck/secondary.ts';
import { systemOf } from '../../src/pubcheck/system.ts';
import { solver, tsv } from './helpers.ts';

const highs = await solver();

/**
 * Every integer completion of an R×C table with a total row and column (grid (R+1)×(C+1), totals last) whose
 * published cells match: returns [min, max] of each suppressed grid cell. The grand total must be published,
 * which bounds every cell.
 */
function bruteForce(values: number[][], suppressed: ReadonlySet<number>): Map<number, [number, number]> {
  const R = values.length;
  const C = values[0]!.length;
  const W = C + 1;
  const grid = (r: number, c: number) => {
    if (r < R && c < C) return values[r]![c]!;
    if (r < R) return values[r]!.reduce((a, b) => a + b, 0);
    if (c < C) return values.reduce((s, row) => s + row[c]!, 0);
    return values.flat().reduce((a, b) => a + b, 0);
  };
  const shown = (r: number, c: number) => !suppressed.has(r * W + c);
  const grand = grid(R, C);
  const ranges = new Map<number, [number, number]>();
  const x: number[][] = values.map((row) => row.map(() => 0));
  const record = () => {
    for (const id of suppressed) {
      const r = Math.floor(id / W);
      const c = id % W;
      const v =
        r < R && c < C ? x[r]![c]! : r < R ? x[r]!.reduce((a, b) => a + b, 0) : c < C ? x.reduce((s, row) => s + row[c]!, 0) : grand;
      const old = ranges.get(id);
      ranges.set(id, old ? [Math.min(old[0], v), Math.max(old[1], v)] : [v, v]);
    }
  };
  const visit = (k: number, sum: number) => {
    if (k === R * C) {
      for (let c = 0; c < C; c++) if (shown(R, c) && x.reduce((s, row) => s + row[c]!, 0) !== grid(R, c)) return;
      if (x.flat().reduce((a, b) => a + b, 0) !== grand) return;
      record();
      return;
    }
    const r = Math.floor(k / C);
    const c = k % C;
    // Cells are non-negative and add up to the grand total: the last one is what remains.
    const options = shown(r, c)
      ? [values[r]![c]!]
      : k === R * C - 1
        ? grand >= sum
          ? [grand - sum]
          : []
        : Array.from({ length: grand - sum + 1 }, (_, v) => v);
    for (const v of options) {
      x[r]![c] = v;
      const rowSoFar = x[r]!.slice(0, c + 1).reduce((a, b) => a + b, 0);
      const colSoFar = x.slice(0, r + 1).reduce((s, row) => s + row[c]!, 0);
      if (shown(r, C) && rowSoFar > grid(r, C)) break;
      if (shown(R, c) && colSoFar > grid(R, c)) break;
      if (c === C - 1 && shown(r, C) && rowSoFar !== grid(r, C)) continue;
      if (r === R - 1 && shown(R, c) && colSoFar !== grid(R, c)) continue;
      visit(k + 1, sum + v);
    }
    x[r]![c] = 0;
  };
  visit(0, 0);
  return ranges;
}

const tinyOf = (maxValue: number) =>
  fc.record({ rows: fc.constant(2), cols: fc.integer({ min: 2, max: 3 }) }).chain(({ rows, cols }) =>
    fc.record({
      values: fc.array(fc.array(fc.integer({ min: 0, max: maxValue }), { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
      // Any cells but the grand total (the last one), hidden.
      hidden: fc.uniqueArray(fc.integer({ min: 0, max: (rows + 1) * (cols + 1) - 2 }), { minLength: 1, maxLength: 5 }),
    }),
  );

const lpRanges = (values: number[][], hidden: ReadonlySet<number>) => {
  const { sys } = systemOf(readTables(tsv(values, { total: true })).tables, { zeroExempt: false });
  const req: AuditRequirement = { protection: 'not-exact', threshold: 10, primary: new Set() };
  return new Map(audit(highs, sys, hidden, req).map((a) => [a.var, [a.interval.lo, a.interval.hi] as [number, number | null]]));
};

describe('LP audit', () => {
  it('pins a single hidden cell in a table with totals, and frees the four corners of a rectangle', () => {
    const values = [
      [3, 25],
      [12, 14],
    ];
    expect(lpRanges(values, new Set([0]))).toEqual(new Map([[0, [3, 3]]]));
    // Grid ids with a total column: r1c1=0, r1c2=1, r2c1=3, r2c2=4.
    expect(lpRanges(values, new Set([0, 1, 3, 4]))).toEqual(
      new Map([
        [0, [0, 15]],
        [1, [13, 28]],
        [3, [0, 15]],
        [4, [11, 26]],
      ]),
    );
  });

  it('agrees with brute-force enumeration on every tiny table and suppression pattern', () => {
    fc.assert(
      fc.property(tinyOf(6), ({ values, hidden }) => {
        const set = new Set(hidden);
        const lp = lpRanges(values, set);
        const truth = bruteForce(values, set);
        // A column (or row) that equals the sum of others by chance (1 = 0 + 1, 5 = 5 + 0, 6 = 5 + 1) is read as a
        // subtotal and its equations are used (sum/found): the audit then knows more than the enumeration, which
        // knows only the totals, and its ranges may be narrower — never wider — than the enumeration's.
        if (readTables(tsv(values, { total: true })).warnings.some((w) => w.code === 'sum/found')) {
          expect([...lp.keys()]).toEqual([...truth.keys()].sort((a, b) => a - b));
          for (const [id, [lo, hi]] of truth) {
            const [lpLo, lpHi] = lp.get(id)!;
            expect(lpLo).toBeGreaterThanOrEqual(lo);
            expect(lpHi).not.toBeNull();
            expect(lpHi!).toBeLessThanOrEqual(hi);
          }
        } else expect(lp).toEqual(truth);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('proposals for tiny tables leave no suppressed cell pinned, by brute force', () => {
    const tables = fc.oneof(
      fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 2 }),
      fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 2 }),
    );
    fc.assert(
      fc.property(tables, (values) => {
        const { sys } = systemOf(readTables(tsv(values, { total: true })).tables, { zeroExempt: false });
        const last = sys.vars.length - 1;
        // Cells under 10 other than 0 and the grand total (which bounds every cell for the enumeration).
        const primary = new Set(sys.vars.flatMap((x, id) => (x.value > 0 && x.value < 10 && id !== last ? [id] : [])));
        fc.pre(primary.size > 0);
        const proposal = suppress(highs, sys, { protection: 'threshold', threshold: 10, primary }, { mipSeconds: 0.3 });
        fc.pre(!proposal.hidden.has(last));
        const ranges = bruteForce(values, proposal.hidden);
        for (const [id, [lo, hi]] of ranges) {
          expect(hi).toBeGreaterThan(lo);
          if (primary.has(id)) expect(hi).toBeGreaterThanOrEqual(10);
        }
      }),
      { numRuns: Number(process.env.PUBCHECK_RUNS ?? 20) },
    );
  }, 120_000);
});
