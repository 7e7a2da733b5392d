/**
 * 秘匿の監査 — for each suppressed cell, the range of values consistent with everything left published: the
 * attacker's linear program (as τ-ARGUS' audit and sdcTable's attack()): min and max of the cell subject to every
 * sum of the table, non-negativity, and the published cells fixed at their values. Solved with HiGHS.
 */
import type { Highs, Model as LpModel } from 'highs';
import { countOf, equations } from './read.ts';
import { cellId } from './primary.ts';
import type { Interval, Protection, Table } from './types.ts';

/** A count table as linear algebra: a value per cell id and the sums Σ coef·x = 0 between them. */
export interface LinearTable {
  values: number[];
  eqs: { ids: number[]; coefs: number[] }[];
}

export function linearTable(table: Table): LinearTable {
  return {
    values: table.cells.flat().map(countOf),
    eqs: equations(table).map((e) => ({ ids: e.terms.map((t) => cellId(table, t.row, t.col)), coefs: e.terms.map((t) => t.coef) })),
  };
}

export interface AuditRequirement {
  protection: Protection;
  /** The threshold a primary cell's range must reach under `threshold` protection. */
  threshold: number;
  primary: ReadonlySet<number>;
}

export interface CellAudit {
  id: number;
  value: number;
  interval: Interval;
  exact: boolean;
  protected: boolean;
}

/** Tolerance when turning LP bounds into integer bounds (HiGHS' own feasibility tolerance is 1e-7). */
const EPS = 1e-6;

export class SolverError extends Error {}

/** Does a suppressed cell with this range meet the requirement? */
export function meets(value: number, interval: Interval, isPrimary: boolean, req: AuditRequirement): boolean {
  const hi = interval.hi ?? Infinity;
  if (hi <= interval.lo) return false;
  if (req.protection === 'threshold' && isPrimary && value < req.threshold) return hi >= req.threshold;
  return true;
}

/**
 * The reduced attacker LPs: one per group of suppressed cells linked by sums (published cells become constants).
 * Calls `visit(ids, bound)` with a function giving the LP min or max of one of those cells.
 */
function forEachComponent(
  highs: Highs, lin: LinearTable, suppressed: ReadonlySet<number>,
  visit: (ids: number[], bound: (local: number, sense: 'min' | 'max') => number) => void,
): void {
  const ids = [...suppressed].sort((a, b) => a - b);
  const local = new Map(ids.map((id, i) => [id, i]));
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const rows: { cols: number[]; coefs: number[]; rhs: number }[] = [];
  for (const eq of lin.eqs) {
    const cols: number[] = [];
    const coefs: number[] = [];
    let rhs = 0;
    eq.ids.forEach((id, k) => {
      const j = local.get(id);
      if (j === undefined) rhs -= eq.coefs[k]! * lin.values[id]!;
      else {
        cols.push(j);
        coefs.push(eq.coefs[k]!);
      }
    });
    if (cols.length === 0) continue;
    for (const j of cols.slice(1)) parent[find(j)] = find(cols[0]!);
    rows.push({ cols, coefs, rhs });
  }
  const groups = new Map<number, number[]>();
  ids.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const rowsOf = new Map<number, typeof rows>();
  for (const r of rows) rowsOf.set(find(r.cols[0]!), [...(rowsOf.get(find(r.cols[0]!)) ?? []), r]);

  for (const [root, members] of groups) {
    const compRows = rowsOf.get(root) ?? [];
    if (compRows.length === 0) {
      // A cell in no sum with anything suppressed: only non-negativity bounds it.
      visit(members.map((i) => ids[i]!), (_, sense) => (sense === 'min' ? 0 : Infinity));
      continue;
    }
    const index = new Map(members.map((i, k) => [i, k]));
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const r of compRows) {
      r.cols.forEach((j, k) => {
        indices.push(index.get(j)!);
        values.push(r.coefs[k]!);
      });
      starts.push(indices.length);
    }
    const n = members.length;
    const model = highs.createModel({
      numCols: n, numRows: compRows.length, colCost: new Array<number>(n).fill(0),
      colLower: new Array<number>(n).fill(0), colUpper: new Array<number>(n).fill(highs.infinity),
      rowLower: compRows.map((r) => r.rhs), rowUpper: compRows.map((r) => r.rhs),
      matrix: { format: 'csr', numRows: compRows.length, numCols: n, starts, indices, values },
    });
    try {
      // Simplex, so solutions are vertices: integral on tables whose sums form a network (2-D with margins).
      model.options.set({ output_flag: false, solver: 'simplex' });
      let costed = -1;
      const bound = (k: number, sense: 'min' | 'max') => {
        if (costed !== k) {
          if (costed >= 0) model.changeColCost(costed, 0);
          model.changeColCost(k, 1);
          costed = k;
        }
        return solveBound(highs, model, sense);
      };
      visit(members.map((i) => ids[i]!), bound);
    } finally {
      model.dispose();
    }
  }
}

function solveBound(highs: Highs, model: LpModel, sense: 'min' | 'max'): number {
  const s = highs.constants;
  model.changeObjectiveSense(sense === 'min' ? s.objectiveSense.minimize : s.objectiveSense.maximize);
  model.run();
  const status = model.getModelStatus();
  if (status === s.modelStatus.optimal) return model.getObjectiveValue();
  // The published table itself is a feasible point, so "unbounded or infeasible" can only mean unbounded.
  if (sense === 'max' && (status === s.modelStatus.unbounded || status === s.modelStatus.unboundedOrInfeasible)) return Infinity;
  throw new SolverError(`HiGHS が監査の線形計画を解けませんでした（状態 ${status}）`);
}

const toInterval = (lo: number, hi: number): Interval => ({
  lo: Math.max(0, Math.ceil(lo - EPS)),
  hi: hi === Infinity ? null : Math.floor(hi + EPS),
});

/** The full audit: the integer range of every suppressed cell and whether it meets the requirement. */
export function audit(highs: Highs, lin: LinearTable, suppressed: ReadonlySet<number>, req: AuditRequirement): CellAudit[] {
  const out: CellAudit[] = [];
  forEachComponent(highs, lin, suppressed, (ids, bound) => {
    ids.forEach((id, k) => {
      const interval = toInterval(bound(k, 'min'), bound(k, 'max'));
      const value = lin.values[id]!;
      out.push({ id, value, interval, exact: interval.hi === interval.lo, protected: meets(value, interval, req.primary.has(id), req) });
    });
  });
  return out.sort((a, b) => a.id - b.id);
}

/**
 * The suppressed cells that do not meet the requirement, solving only what is needed: the max first (it settles
 * most cells), the min only when the max alone does not show the cell is not exact.
 */
export function failing(highs: Highs, lin: LinearTable, suppressed: ReadonlySet<number>, req: AuditRequirement): number[] {
  const out: number[] = [];
  forEachComponent(highs, lin, suppressed, (ids, bound) => {
    ids.forEach((id, k) => {
      const value = lin.values[id]!;
      const hi = toInterval(0, bound(k, 'max')).hi ?? Infinity;
      if (req.protection === 'threshold' && req.primary.has(id) && value < req.threshold) {
        if (hi < req.threshold) out.push(id);
        return;
      }
      if (hi > value) return;
      if (toInterval(bound(k, 'min'), Infinity).lo >= value) out.push(id);
    });
  });
  return out.sort((a, b) => a - b);
}
