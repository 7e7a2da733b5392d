/**
 * Tables of one input that share counts (issue #11, linked tables): one system whose implied equations are dropped
 * (system.ts `withoutImplied`), so that tables sharing a margin are solved as the network they are; the audit of
 * every hidden count against the attacker written apart from the engine (oracle.ts), which keeps every equation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/pubcheck/audit.ts';
import { orient } from '../../src/pubcheck/network.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { systemOf, withoutImplied, type Row } from '../../src/pubcheck/system.ts';
import { solver, tsv } from './helpers.ts';
import { attack } from './oracle.ts';

const highs = await solver();
const eq = (ids: number[], coefs: number[], rhs: number): Row => ({ ids, coefs, lo: rhs, hi: rhs });

describe('equations that follow from the others', () => {
  it('a repeated equation, and one that is a combination of others, are dropped; others stay', () => {
    // x0 + x1 = x2 twice; x3 = x0 + x2 − x1 … written so that x0 is in three equations.
    const rows = [eq([0, 1, 2], [1, 1, -1], 0), eq([0, 3], [1, -1], 0), eq([0, 1, 2], [1, 1, -1], 0), eq([1, 2, 3], [1, -1, 1], 0)];
    expect(withoutImplied(rows)).toHaveLength(2);
  });
  it('keeps an equation that contradicts the others (the right-hand side does not follow), and inequalities', () => {
    const rows = [eq([0, 1], [1, 1], 5), eq([0, 2], [1, -1], 0), eq([0, 1], [1, 1], 6), { ids: [0], coefs: [1], lo: 0, hi: 3 }];
    expect(withoutImplied(rows)).toHaveLength(4);
  });
  it('leaves rows alone where no count is in three equations', () => {
    const rows = [eq([0, 1], [1, 1], 5), eq([0, 1], [1, 1], 5)];
    expect(withoutImplied(rows)).toEqual(rows);
  });
});

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Two tables breaking the same columns down by other rows, each with its 合計 row and column. */
function pair(a: number[][], b: number[][]): string {
  return `# 年齢\n${tsv(a, { total: true })}\n# 性別\n${tsv(b, { total: true, rows: b.map((_, i) => `s${i + 1}`) })}`;
}
/** A second table with the same column totals as `a`, its rows splitting each total. */
function splitting(a: number[][], parts: number[]): number[][] {
  const totals = a[0]!.map((_, j) => sum(a.map((r) => r[j]!)));
  const first = totals.map((t, j) => Math.min(t, parts[j % parts.length]!));
  return [first, totals.map((t, j) => t - first[j]!)];
}

describe('two tables sharing their column totals', () => {
  it('are one network once the repeated grand total and the implied margin are dropped', () => {
    const text = pair(
      [
        [3, 20],
        [25, 40],
      ],
      [
        [14, 30],
        [14, 30],
      ],
    );
    const { sys, links } = systemOf(readTables(text).tables, { zeroExempt: true });
    expect(links).toEqual([{ tables: [1, 2], shared: 3 }]);
    expect(
      orient(
        sys.rows,
        sys.vars.map((_, v) => v),
      ),
    ).toBeDefined();
  });

  it("each hidden count's range is the attacker's, who uses every equation of both tables", () => {
    const count = fc.integer({ min: 1, max: 30 });
    const grid = fc.array(fc.array(count, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 3 });
    fc.assert(
      fc.property(
        grid,
        fc.array(count, { minLength: 3, maxLength: 3 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (a, parts, pick) => {
          const b = splitting(a, parts);
          const text = pair(a, b);
          const read = readTables(text);
          const { sys, cellVar } = systemOf(read.tables, { zeroExempt: true });
          // Hide a random set of counts (every cell that shows one), not the grand total, which bounds them all.
          const grand = cellVar[0]!.at(-1)!;
          const hidden = new Set(sys.vars.flatMap((_, v) => (pick[v % pick.length] && v !== grand ? [v] : [])));
          fc.pre(hidden.size > 0);
          const keys = new Set<string>();
          const keyOf = new Map<string, number>();
          read.tables.forEach((t, ti) =>
            cellVar[ti]!.forEach((v, id) => {
              const key = `${ti}:${Math.floor(id / t.cols.length)}:${id % t.cols.length}`;
              keyOf.set(key, v);
              if (hidden.has(v)) keys.add(key);
            }),
          );
          const engine = new Map(
            audit(highs, sys, hidden, { protection: 'not-exact', threshold: 10, primary: new Set() }).map((x) => [x.var, x.interval]),
          );
          const oracle = attack(highs, text, keys, { zeroExempt: true });
          for (const [key, range] of oracle) expect(engine.get(keyOf.get(key)!), key).toEqual({ lo: range.lo, hi: range.hi });
        },
      ),
      { numRuns: Number(process.env.PUBCHECK_RUNS ?? 25) },
    );
  }, 120_000);
});
