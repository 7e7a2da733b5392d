/**
 * 秘匿の監査 — for each suppressed cell, the range of values consistent with everything left published: the
 * attacker's linear program (as τ-ARGUS' audit and sdcTable's attack()): min and max of the cell subject to every
 * sum of the table, non-negativity, and the published cells fixed at their values. Solved with HiGHS.
 */
import type { Highs, Model as LpModel } from 'highs';
import type { LinearTable } from './table.ts';
import type { CellAudit, Interval, Protection } from './types.ts';

export interface AuditRequirement {
  protection: Protection;
  /** The threshold a primary cell's range must reach under `threshold` protection. */
  threshold: number;
  primary: ReadonlySet<number>;
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

/** One group of suppressed cells linked by sums, with its attacker LP ready to solve. */
interface Component {
  /** Cell ids, in the LP's column order. */
  ids: number[];
  /** LP min or max of the cell in column k. */
  bound(k: number, sense: 'min' | 'max'): number;
  /** The optimal point of the last bound solved (a table consistent with the published cells), if finite. */
  point(): Float64Array | undefined;
}

/**
 * The reduced attacker LPs: one per group of suppressed cells linked by sums, with published cells as constants.
 */
function forEachComponent(highs: Highs, lin: LinearTable, suppressed: ReadonlySet<number>, visit: (c: Component) => void): void {
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
  const groups = new Map<number, { members: number[]; rows: typeof rows }>();
  const groupOf = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { members: [], rows: [] }));
    return g;
  };
  ids.forEach((_, i) => groupOf(i).members.push(i));
  for (const r of rows) groupOf(r.cols[0]!).rows.push(r);

  for (const { members, rows: compRows } of groups.values()) {
    const compIds = members.map((i) => ids[i]!);
    if (compRows.length === 0) {
      // A cell in no sum with anything suppressed: only non-negativity bounds it.
      visit({ ids: compIds, bound: (_, sense) => (sense === 'min' ? 0 : Infinity), point: () => undefined });
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
      // Simplex, so optima are vertices (integral on 2-D tables with margins, whose sums form a network). Primal
      // simplex without presolve: only the objective changes between solves, so the last basis stays feasible and
      // each solve takes a few iterations (dual simplex restarts: about 50 times as many).
      model.options.set({ output_flag: false, solver: 'simplex', presolve: 'off', simplex_strategy: 4 });
      let costed = -1;
      let finite = false;
      visit({
        ids: compIds,
        bound(k, sense) {
          if (costed !== k) {
            if (costed >= 0) model.changeColCost(costed, 0);
            model.changeColCost(k, 1);
            costed = k;
          }
          const value = solveBound(highs, model, sense);
          finite = Number.isFinite(value);
          return value;
        },
        point: () => (finite ? Float64Array.from(model.getSolution().colValue) : undefined),
      });
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

/** LP maxima already solved for one suppressed set (cell id → max), shared by `failing` and `audit`. */
export type MaxCache = Map<number, number>;

/** The full audit: the integer range of every suppressed cell and whether it meets the requirement. */
export function audit(highs: Highs, lin: LinearTable, suppressed: ReadonlySet<number>, req: AuditRequirement, known: MaxCache = new Map()): CellAudit[] {
  const out: CellAudit[] = [];
  forEachComponent(highs, lin, suppressed, (comp) => {
    // Cells seen at 0 in some optimal point (a consistent table): their min is 0, no LP needed.
    const zero = new Set<number>();
    const look = () => {
      const point = comp.point();
      if (point) point.forEach((x, j) => x <= EPS && zero.add(j));
    };
    comp.ids.forEach((id, k) => {
      let min = 0;
      if (!zero.has(k)) {
        min = comp.bound(k, 'min');
        look();
      }
      let max = known.get(id);
      if (max === undefined) {
        max = comp.bound(k, 'max');
        look();
      }
      const interval = toInterval(min, max);
      const value = lin.values[id]!;
      out.push({ id, value, interval, exact: interval.hi === interval.lo, protected: meets(value, interval, req.primary.has(id), req) });
    });
  });
  return out.sort((a, b) => a.id - b.id);
}

/** The value a suppressed cell must be able to reach for the requirement to hold without looking lower. */
function target(lin: LinearTable, id: number, req: AuditRequirement): number {
  const value = lin.values[id]!;
  return req.protection === 'threshold' && req.primary.has(id) && value < req.threshold ? req.threshold : value + 1;
}

/**
 * The suppressed cells that do not meet the requirement, solving only what is needed. Maxima come first (they
 * settle most cells) and go into `known` for the audit; every optimal point is a table consistent with the
 * published cells, so any cell it already takes to its target needs no LP of its own; a min is solved only when
 * the max alone does not show the cell is not exact.
 */
export function failing(highs: Highs, lin: LinearTable, suppressed: ReadonlySet<number>, req: AuditRequirement, known: MaxCache = new Map()): number[] {
  const out: number[] = [];
  forEachComponent(highs, lin, suppressed, (comp) => {
    const reached = new Set<number>();
    comp.ids.forEach((id, k) => {
      if (reached.has(k)) return;
      const max = comp.bound(k, 'max');
      known.set(id, max);
      const point = comp.point();
      if (point) comp.ids.forEach((other, j) => {
        if (point[j]! >= target(lin, other, req) - EPS) reached.add(j);
      });
      const value = lin.values[id]!;
      const hi = toInterval(0, max).hi ?? Infinity;
      if (hi >= target(lin, id, req)) return;
      if (req.protection === 'threshold' && req.primary.has(id) && value < req.threshold) {
        out.push(id);
        return;
      }
      if (toInterval(comp.bound(k, 'min'), Infinity).lo >= value) out.push(id);
    });
  });
  return out.sort((a, b) => a - b);
}
