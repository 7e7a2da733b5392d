/**
 * minimum50 (issue #11, least information lost): where a choice within 5% of both minima exists, the default search
 * finds it. A 30×30 table with few small counts (bench/tables.ts, seed 2748): the fewest hidden cells are 42, the
 * least hidden value 487, and a choice within 1.05× of both exists (the least ratio t = 1.048, proved by the search
 * given 30 s of work, `settle: 'least'`). The base ran out of its 1 s in the least ratio's MIP and kept 45 cells and
 * 491 of value (1.071× the cells); the least ratio's first run now gets a fifth of the work left, then, where nothing
 * found is within 5% of both minima found and the least t is not proved past 1.05, the goal's own question (fewest
 * cells with t fixed at 1.05, then the least value among those): 44 cells, 509 (1.048×, 1.045×).
 * Measured (test/pubcheck/minimum50-measure.ts, seeds 2741–2770): see src/pubcheck/README.md, Least information lost.
 */
import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { suppress } from '../../src/pubcheck/secondary.ts';
import { systemOf } from '../../src/pubcheck/system.ts';
import { clinicalTable } from '../../bench/tables.ts';

const highs = await loadHighs();
const GOAL = 1.05;

describe('least information lost: a choice within 5% of both minima that exists is found', () => {
  it('30×30, few small counts, seed 2748 (threshold): within 1.05× of the fewest cells and of the least value', () => {
    const { sys } = systemOf(readTables(clinicalTable(30, 30, 2748, 'few')).tables, { zeroExempt: true });
    const req = {
      protection: 'threshold' as const,
      threshold: 10,
      primary: new Set(sys.vars.flatMap((x, v) => (x.value > 0 && x.value < 10 ? [v] : []))),
    };
    const value = (hidden: ReadonlySet<number>) => [...hidden].reduce((s, v) => s + sys.vars[v]!.value, 0);
    // The minima, 42 cells and 487 of value, and the least ratio 1.048: proved by the search given 30 s of work and
    // `settle: 'least'` (minimum50-measure.ts; 2 minutes under load, not run here).
    const p = suppress(highs, sys, req);
    expect(p.least!.cells).toBe(p.hidden.size);
    // Base: 45 cells (1.071×), 491 of value.
    expect(p.hidden.size).toBeLessThanOrEqual(GOAL * 42);
    expect(value(p.hidden)).toBeLessThanOrEqual(GOAL * 487);
    // What it says of itself: within 5% of both minima it found, the bounds it proved below them.
    expect(p.least!.ratio).toBeLessThanOrEqual(GOAL);
    expect(p.least!.minima.cellsBound).toBeLessThanOrEqual(42);
    expect(p.least!.minima.valueBound).toBeLessThanOrEqual(487);
  }, 300_000);
});
