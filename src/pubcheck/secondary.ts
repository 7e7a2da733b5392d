/**
 * 二次秘匿 — proposes complementary cells to suppress so that no suppressed cell can be worked out from the
 * published ones, then audits the proposal and repeats until the audit passes.
 *
 * For each cell the audit finds too narrow, one LP finds the cheapest way to move that cell up by what it needs
 * (1 to stop it being exact; up to the threshold under `threshold` protection) while every sum still holds and
 * every cell stays non-negative: a perturbation y with A·y = 0, y_f = need, y ≥ −x (Fischetti–Salazar's
 * protection flow, with the fixed cost of suppressing a cell linearised as cost per unit of flow). Every cell the
 * perturbation touches is suppressed. Cells already suppressed cost nothing, so cycles reuse them; other cells
 * cost their value + 1, so small cells are preferred and totals are avoided (information lost stays small).
 * x + y is then a table consistent with the published cells in which the cell is `need` higher, which is exactly
 * what the audit asks for; adding cells only widens ranges, so each round fixes the cells it worked on and the
 * loop ends (each round adds at least one cell). Then, for tables small enough, each complementary cell is
 * tried again for publication (`prune`). The final audit is the guarantee, not this argument.
 */
import type { Highs } from 'highs';
import { audit, failing, SolverError, type AuditRequirement, type MaxCache } from './audit.ts';
import type { LinearTable } from './table.ts';
import type { Suppression } from './types.ts';

const FLOW_EPS = 1e-7;

/** What a failing cell needs: the amount it must be able to move up. */
function need(lin: LinearTable, id: number, req: AuditRequirement): number {
  const value = lin.values[id]!;
  return req.protection === 'threshold' && req.primary.has(id) && value < req.threshold ? req.threshold - value : 1;
}

export function suppress(highs: Highs, lin: LinearTable, req: AuditRequirement): Suppression {
  const suppressed = new Set(req.primary);
  const secondary = new Set<number>();
  let rounds = 0;
  // Maxima solved for the current suppressed set, reused by the final audit.
  let known: MaxCache = new Map();
  if (suppressed.size > 0 && lin.eqs.length > 0) {
    const flow = flowModel(highs, lin);
    try {
      for (const id of suppressed) flow.free(id);
      const limit = lin.values.length + 1;
      for (;;) {
        known = new Map();
        const fails = failing(highs, lin, suppressed, req, known);
        if (fails.length === 0) break;
        if (++rounds > limit) break;
        for (const f of fails) {
          for (const id of flow.cheapest(f, need(lin, f, req))) {
            if (suppressed.has(id)) continue;
            suppressed.add(id);
            secondary.add(id);
            flow.free(id);
          }
        }
      }
    } finally {
      flow.dispose();
    }
    if (secondary.size * suppressed.size <= PRUNE_BUDGET) {
      const before = secondary.size;
      prune(highs, lin, req, suppressed, secondary);
      if (secondary.size < before) known = new Map();
    }
  }
  const result = audit(highs, lin, suppressed, req, known);
  return { suppressed, secondary, rounds, audit: result, passed: result.every((c) => c.protected) };
}

/**
 * How much pruning may cost: one audit of every suppressed cell per secondary cell tried, so the product of the
 * two counts (about the number of LPs solved). Larger tables keep the proposal as the flows left it.
 */
export const PRUNE_BUDGET = 4000;

/**
 * Later flows can make an earlier complementary cell unnecessary (about 8% of them on random tables, measured
 * while writing this). Try to publish each secondary cell again, largest first, and keep it published when the
 * audit still passes without it.
 */
function prune(highs: Highs, lin: LinearTable, req: AuditRequirement, suppressed: Set<number>, secondary: Set<number>): void {
  for (const id of [...secondary].sort((a, b) => lin.values[b]! - lin.values[a]! || a - b)) {
    suppressed.delete(id);
    if (failing(highs, lin, suppressed, req).length === 0) secondary.delete(id);
    else suppressed.add(id);
  }
}

/**
 * The protection-flow LP over all cells: columns u_i (up) and d_i (down) per cell, y = u − d, one row per sum.
 */
function flowModel(highs: Highs, lin: LinearTable) {
  const n = lin.values.length;
  const up = (i: number) => i;
  const down = (i: number) => n + i;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const eq of lin.eqs) {
    eq.ids.forEach((id, k) => {
      indices.push(up(id));
      values.push(eq.coefs[k]!);
    });
    eq.ids.forEach((id, k) => {
      indices.push(down(id));
      values.push(-eq.coefs[k]!);
    });
    starts.push(indices.length);
  }
  const cost = lin.values.map((v) => v + 1);
  const model = highs.createModel({
    numCols: 2 * n, numRows: lin.eqs.length,
    colCost: [...cost, ...cost],
    colLower: new Array<number>(2 * n).fill(0),
    colUpper: [...new Array<number>(n).fill(highs.infinity), ...lin.values],
    rowLower: new Array<number>(lin.eqs.length).fill(0), rowUpper: new Array<number>(lin.eqs.length).fill(0),
    matrix: { format: 'csr', numRows: lin.eqs.length, numCols: 2 * n, starts, indices, values },
  });
  // Simplex, so solutions are vertices: integral flows on tables whose sums form a network (2-D with margins).
  model.options.set({ output_flag: false, solver: 'simplex', presolve: 'off' });
  return {
    /** A suppressed cell costs nothing to use again. */
    free(id: number) {
      model.changeColCost(up(id), 0);
      model.changeColCost(down(id), 0);
    },
    /** The cells the cheapest perturbation moving `id` up by `amount` touches. */
    cheapest(id: number, amount: number): number[] {
      model.changeColBounds(up(id), amount, amount);
      model.changeColBounds(down(id), 0, 0);
      try {
        model.run();
        if (model.getModelStatus() !== highs.constants.modelStatus.optimal) {
          throw new SolverError(`HiGHS が二次秘匿の線形計画を解けませんでした（状態 ${model.getModelStatus()}）`);
        }
        const x = model.getSolution().colValue;
        const touched: number[] = [];
        for (let i = 0; i < n; i++) if (x[up(i)]! + x[down(i)]! > FLOW_EPS) touched.push(i);
        return touched;
      } finally {
        model.changeColBounds(up(id), 0, highs.infinity);
        model.changeColBounds(down(id), 0, lin.values[id]!);
      }
    },
    dispose: () => model.dispose(),
  };
}
