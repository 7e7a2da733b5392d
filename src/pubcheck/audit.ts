/**
 * 秘匿の監査 — for each hidden count, the whole numbers it can take given everything left published: the attacker's
 * problem (τ-ARGUS' audit, sdcTable's attack()), min and max of the count over all tables of whole non-negative
 * counts that satisfy every row of the system (system.ts) with the published counts fixed. Hidden counts are
 * grouped by the rows that join them; a group whose rows form a network (network.ts) is solved by maximum flows,
 * any other by linear programs in HiGHS, whose optima are then confirmed or tightened over whole numbers.
 */
import type { Highs, Model as LpModel } from 'highs';
import { integerKernel } from './lattice.ts';
import { FlowGraph, orient, type Orientation } from './network.ts';
import { activeRows, type Row, type System } from './system.ts';
import type { Interval, Protection } from './types.ts';
import {
  cpuNow,
  csr,
  inTime as inTimeAt,
  runLp,
  runMip,
  sample,
  spend,
  TimeLimitError,
  trace,
  WEIGHTS,
  workAfter,
  workNow,
} from './work.ts';

export { TimeLimitError };

export interface AuditRequirement {
  protection: Protection;
  /** The threshold a primary count's range must reach under `threshold` protection. */
  threshold: number;
  /** Variables that are primary (small counts). */
  primary: ReadonlySet<number>;
  /**
   * performance.now() past which the check gives up with `TimeLimitError` (no result is better than a late guess):
   * the one wall-time limit, a safety net; every limit of the search is counted work (work.ts).
   */
  giveUpAt?: number;
}

export interface VarAudit {
  var: number;
  value: number;
  interval: Interval;
  exact: boolean;
  protected: boolean;
}

/** Tolerance when turning LP bounds into integer bounds (HiGHS' own feasibility tolerance is 1e-7). */
const EPS = 1e-6;

/**
 * Work (seconds of it, work.ts) HiGHS may take to confirm one bound over whole numbers when the LP optimum is fractional:
 * about the 2 s of time it had before, counted so that the answer does not depend on the machine's load.
 */
const MIP_SECONDS = 2;

export class SolverError extends Error {}

function inTime(req: AuditRequirement): void {
  inTimeAt(req.giveUpAt);
}

/** Does a hidden count with this range meet the requirement? */
export function meets(value: number, interval: Interval, isPrimary: boolean, req: AuditRequirement): boolean {
  const hi = interval.hi ?? Infinity;
  if (hi <= interval.lo) return false;
  if (req.protection === 'threshold' && isPrimary && value < req.threshold) return hi >= req.threshold;
  return true;
}

/** How far up a hidden count must be able to move for the requirement to hold without looking down. */
export function upNeed(sys: System, v: number, req: AuditRequirement): number {
  const value = sys.vars[v]!.value;
  return req.protection === 'threshold' && req.primary.has(v) && value < req.threshold ? req.threshold - value : 1;
}

/** Whether moving down by one is an alternative to moving up (not for a primary count that must reach the threshold). */
export function mayGoDown(sys: System, v: number, req: AuditRequirement): boolean {
  const x = sys.vars[v]!;
  return x.value - x.lb >= 1 && !(req.protection === 'threshold' && req.primary.has(v) && x.value < req.threshold);
}

/** One group of hidden counts joined by rows, ready to answer how far each can move up or down. */
interface Component {
  vars: number[];
  /** Largest move up of `v` (at most `limit` asked; Infinity when unbounded). */
  up(v: number, limit?: number): number;
  /** Largest move down of `v`, at most `limit`. */
  down(v: number, limit?: number): number;
  dispose(): void;
}

/**
 * The orientation of every count of a system without stated rows whose rows form a network (a flat two-way table
 * with its margins), kept per system: the rows in force are then the system's own whatever is hidden, and the hidden
 * counts' rows, with the published counts taken out as constants, are that network with the published arcs left
 * out — one flow graph over its nodes answers for every group at once (groups share no node but the ground, and a
 * flow never passes through the ground from one group to another: it would need an arc of each), without grouping
 * and orienting the rows again for every audit (prune audits once per complementary count).
 */
const networks = new WeakMap<System, { rows: Row[]; count: number; o: Orientation | undefined }>();
function networkOf(sys: System): Orientation | undefined {
  if (sys.vars.some((x) => x.stated.length > 0)) return undefined;
  const known = networks.get(sys);
  if (known && known.rows === sys.rows && known.count === sys.rows.length) return known.o;
  const o = orient(sys.rows, sys.vars.keys());
  networks.set(sys, { rows: sys.rows, count: sys.rows.length, o });
  return o;
}

/** The hidden counts in groups joined by the rows in force, with published counts as constants. */
function components(highs: Highs, sys: System, hidden: ReadonlySet<number>, giveUpAt?: number): Component[] {
  const net = networkOf(sys);
  if (net)
    return [
      networkComponent(
        sys,
        [...hidden].sort((a, b) => a - b),
        [],
        net,
      )!,
    ];
  const ids = [...hidden].sort((a, b) => a - b);
  const local = new Map(ids.map((id, i) => [id, i]));
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const reduced: { row: Row; first: number }[] = [];
  for (const row of activeRows(sys, hidden)) {
    const free = hiddenPart(sys, row, local);
    if (free.ids.length === 0) continue;
    const first = local.get(free.ids[0]!)!;
    for (const id of free.ids.slice(1)) parent[find(local.get(id)!)] = find(first);
    reduced.push({ row: free, first });
  }
  const groups = new Map<number, { vars: number[]; rows: Row[] }>();
  const group = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { vars: [], rows: [] }));
    return g;
  };
  ids.forEach((id, i) => group(i).vars.push(id));
  for (const { row, first } of reduced) group(first).rows.push(row);
  return [...groups.values()].map((g) => networkComponent(sys, g.vars, g.rows) ?? lpComponent(highs, sys, g.vars, g.rows, giveUpAt));
}

/** The network's flow graph over `vars`: each count an arc up without bound and one down as far as its lower bound. */
function flowGraph(sys: System, o: Orientation, vars: Iterable<number>): FlowGraph {
  const graph = new FlowGraph(o.nodes);
  for (const v of vars) {
    const x = sys.vars[v]!;
    graph.add(o.tail.get(v)!, o.head.get(v)!, Infinity, v);
    graph.add(o.head.get(v)!, o.tail.get(v)!, x.value - x.lb, v);
  }
  return graph;
}

function networkComponent(sys: System, vars: number[], rows: Row[], net?: Orientation): Component | undefined {
  const o = net ?? orient(rows, vars);
  if (!o) return undefined;
  const graph = flowGraph(sys, o, vars);
  return {
    vars,
    up: (v, limit = Infinity) => graph.maxFlow(o.head.get(v)!, o.tail.get(v)!, limit, v),
    down: (v, limit = Infinity) => {
      const x = sys.vars[v]!;
      return Math.min(x.value - x.lb, graph.maxFlow(o.tail.get(v)!, o.head.get(v)!, Math.min(limit, x.value - x.lb), v));
    },
    dispose: () => undefined,
  };
}

interface LpData {
  numCols: number;
  numRows: number;
  colLower: number[];
  rows: Row[];
  index: Map<number, number>;
  /** The whole-number tables found for models of this check's system (`found`), where kept. */
  found?: Found;
  /** The true counts of the columns (a whole-number table of the rows): where given, the MIPs go by the lattice. */
  x0?: readonly number[];
}

/**
 * The audit's MIPs asked again (perf38): the exact search's polish and the choice-aware check (aware.ts) ask the same
 * component the same question many times over (the linked37 months example: 3,147 MIPs, 271 different). A MIP's
 * answer depends only on its model and its work limit (the clock is counted work, not time), so an answer is kept by
 * the model and question, and an answer asked again spends the work it took the first time: the clock, and so every
 * later choice, is what it was without the memo. A run that throws (the wall-time safety net) is not kept.
 */
const asked = new Map<string, { answer: number; work: number; point: Float64Array | undefined }>();
const ASKED_MAX = 20_000;
/** Numbers of the tables kept with the answers, at most (32 MB). */
const ASKED_NUMBERS = 4_000_000;
let askedNumbers = 0;
const keys = new WeakMap<LpData, string>();

function modelKey(d: LpData): string {
  let key = keys.get(d);
  if (key === undefined) {
    const rows = d.rows.map((r) => `${r.ids.map((id, k) => `${d.index.get(id)}*${r.coefs[k]}`).join('+')}:${r.lo}:${r.hi}`);
    key = `${d.numCols}|${d.colLower.join(',')}|${rows.join(';')}`;
    keys.set(d, key);
  }
  return key;
}

/**
 * Whole-number tables found for a model (perf39): the points of its MIPs and its LP's whole optima, each satisfying
 * every row of the model (a MIP's added bound only narrows it). A question one of them answers needs no MIP: a table
 * with the count at or past the target (`reaches`), or one at the LP bound rounded (`integerBound`: no whole-number
 * table goes further). It counts what an easy MIP counts (`WEIGHTS.auditMip`), so the clock does not depend on
 * which answers were known (the linked37 months case 1582 #3: 1,018 MIPs, 373 run). Kept per system, that is per
 * check, and a MIP's point kept with its remembered answer (`asked`) is found again when the answer is: which tables
 * are known, and so every answer and its work, follows from the check's own questions, whatever the process ran before.
 */
interface Found {
  models: Map<string, Float64Array[]>;
  numbers: number;
  /** The lattice of each model whose MIPs were asked (null: none, the MIPs go by the columns). */
  lattices: Map<string, Lattice | null>;
}
const founds = new WeakMap<System, Found>();
/** At most this many numbers kept per system (16 MB), and this many tables per model; past it the oldest go. */
const FOUND_NUMBERS = 2_000_000;
const FOUND_PER_MODEL = 64;

function foundOf(sys: System): Found {
  let f = founds.get(sys);
  if (!f) founds.set(sys, (f = { models: new Map(), numbers: 0, lattices: new Map() }));
  return f;
}

/** Keeps `point` where it is a whole-number table of the model; it (rounded) or undefined. */
function keep(d: LpData, point: ArrayLike<number>): Float64Array | undefined {
  if (!d.found || point.length !== d.numCols) return undefined;
  const whole = Float64Array.from(point, (x) => Math.round(x));
  if (whole.some((x, k) => !Number.isFinite(x) || Math.abs(x - point[k]!) > EPS || x < d.colLower[k]!)) return undefined;
  for (const r of d.rows) {
    const sum = r.ids.reduce((t, id, j) => t + r.coefs[j]! * whole[d.index.get(id)!]!, 0);
    if (sum < r.lo - EPS || sum > r.hi + EPS) return undefined;
  }
  const f = d.found;
  const key = modelKey(d);
  let list = f.models.get(key);
  if (list?.some((p) => p.every((x, k) => x === whole[k]))) return whole;
  if (f.numbers + whole.length > FOUND_NUMBERS) {
    f.models.clear();
    f.numbers = 0;
    list = undefined;
  }
  if (!list) f.models.set(key, (list = []));
  if (list.length >= FOUND_PER_MODEL) f.numbers -= list.shift()!.length;
  list.push(whole);
  f.numbers += whole.length;
  return whole;
}

/** A known whole-number table of the model whose count `k` is at `target` or past it in the direction of `sense`. */
function knownPast(d: LpData, k: number, sense: 'min' | 'max', target: number): boolean {
  return (d.found?.models.get(modelKey(d)) ?? []).some((p) => (sense === 'max' ? p[k]! >= target : p[k]! <= target));
}

/** What an audit MIP of the model counts at least (work.ts `WEIGHTS.auditMip`), in ticks. */
function leastOf(d: LpData): number {
  const nonzeros = d.rows.reduce((n, r) => n + r.ids.length, 0);
  return (WEIGHTS.auditMip * (d.numRows + d.numCols + nonzeros)) / 1000;
}

/**
 * The answer to `question` of the model: where `known` gives it from a table found (counting an easy MIP's work),
 * else as remembered (the work it took again, its table kept again), else by `run` (its answer and its table).
 */
function remembered(
  d: LpData,
  question: string,
  known: () => number | undefined,
  run: () => { answer: number; point: Float64Array | undefined },
): number {
  const fromKnown = known();
  if (fromKnown !== undefined) {
    spend(leastOf(d));
    return fromKnown;
  }
  const key = `${modelKey(d)}|${question}`;
  const memo = asked.get(key);
  if (memo) {
    spend(memo.work);
    if (memo.point) keep(d, memo.point);
    return memo.answer;
  }
  const start = workNow();
  const { answer, point } = run();
  if (asked.size >= ASKED_MAX || askedNumbers + (point?.length ?? 0) > ASKED_NUMBERS) {
    asked.clear();
    askedNumbers = 0;
  }
  asked.set(key, { answer, work: workNow() - start, point });
  askedNumbers += point?.length ?? 0;
  return answer;
}

function lpModel(highs: Highs, d: LpData, integer: boolean): LpModel {
  const { starts, indices, values } = csr(
    d.rows.map((r) => ({ cols: r.ids.map((id) => d.index.get(id)!), coefs: r.coefs })),
    { keepZeros: true },
  );
  return highs.createModel({
    numCols: d.numCols,
    numRows: d.numRows,
    colCost: new Array<number>(d.numCols).fill(0),
    colLower: d.colLower,
    colUpper: new Array<number>(d.numCols).fill(highs.infinity),
    rowLower: d.rows.map((r) => (r.lo === -Infinity ? -highs.infinity : r.lo)),
    rowUpper: d.rows.map((r) => (r.hi === Infinity ? highs.infinity : r.hi)),
    matrix: { format: 'csr', numRows: d.numRows, numCols: d.numCols, starts, indices, values },
    ...(integer && { integrality: new Array(d.numCols).fill(highs.constants.variableType.integer) }),
  });
}

const integral = (point: Float64Array) => point.every((x) => Math.abs(x - Math.round(x)) <= EPS);

/**
 * A group that is not a network: LPs in HiGHS. Each bound is the LP optimum when its optimal point is whole
 * numbers (then no whole-number table goes further); otherwise HiGHS' MIP solver finds the whole-number optimum.
 */
function lpComponent(highs: Highs, sys: System, vars: number[], rows: Row[], giveUpAt?: number): Component {
  const data: LpData = {
    numCols: vars.length,
    numRows: rows.length,
    colLower: vars.map((v) => sys.vars[v]!.lb),
    rows,
    index: new Map(vars.map((v, k) => [v, k])),
    found: foundOf(sys),
    x0: vars.map((v) => sys.vars[v]!.value),
  };
  const model = lpModel(highs, data, false);
  // Simplex, so optima are vertices; primal simplex without presolve: only the objective changes between solves,
  // so the last basis stays feasible and each solve takes a few iterations.
  model.options.set({ output_flag: false, solver: 'simplex', presolve: 'off', simplex_strategy: 4 });
  let costed = -1;
  const s = highs.constants;
  /**
   * The whole-number bound, or, with `need` (the move the requirement asks for), whether the count reaches
   * value ± need: the LP settles it when it falls short or its optimum is whole; otherwise one MIP asks only
   * whether a whole-number table with the count that far exists (it stops at the first one found).
   */
  const bound = (v: number, sense: 'min' | 'max', need = Infinity): number => {
    const k = data.index.get(v)!;
    if (costed !== k) {
      if (costed >= 0) model.changeColCost(costed, 0);
      model.changeColCost(k, 1);
      costed = k;
    }
    model.changeObjectiveSense(sense === 'min' ? s.objectiveSense.minimize : s.objectiveSense.maximize);
    runLp(model, 'audit-lp');
    const status = model.getModelStatus();
    if (sense === 'max' && (status === s.modelStatus.unbounded || status === s.modelStatus.unboundedOrInfeasible)) return Infinity;
    if (status !== s.modelStatus.optimal) throw new SolverError(`HiGHS が監査の線形計画を解けませんでした（状態 ${status}）`);
    const value = model.getObjectiveValue();
    const point = model.getSolution().colValue;
    if (integral(point)) {
      keep(data, point);
      return Math.round(value);
    }
    if (need !== Infinity) {
      const x = sys.vars[v]!.value;
      const target = sense === 'max' ? x + need : x - need;
      const lpBound = sense === 'max' ? Math.floor(value + EPS) : Math.ceil(value - EPS);
      if (sense === 'max' ? lpBound < target : lpBound > target) return lpBound;
      // Reached or not, the answer is all the caller asks: the target, or one short of it.
      return reaches(highs, data, k, sense, target, giveUpAt) ? target : sense === 'max' ? target - 1 : target + 1;
    }
    return integerBound(highs, data, k, sense, value, giveUpAt);
  };
  return {
    vars,
    up: (v, limit) => bound(v, 'max', limit) - sys.vars[v]!.value,
    down: (v, limit) => sys.vars[v]!.value - bound(v, 'min', limit),
    dispose: () => model.dispose(),
  };
}

/**
 * The whole-number optimum of one bound (HiGHS MIP), given the LP optimum. If the MIP does not finish within its
 * work (MIP_SECONDS of it) the bound is the best whole-number table it found — proved reachable, so the range reported is
 * never wider than the truth — or, with none found, the value itself.
 */
function integerBound(highs: Highs, data: LpData, k: number, sense: 'min' | 'max', lp: number, giveUpAt?: number): number {
  const rounded = sense === 'max' ? Math.floor(lp + EPS) : Math.ceil(lp - EPS);
  return remembered(
    data,
    `bound ${k} ${sense} ${lp}`,
    () => (knownPast(data, k, sense, rounded) ? rounded : undefined),
    () => integerBoundOnce(highs, data, k, sense, lp, giveUpAt),
  );
}

/**
 * An audit MIP's options: HiGHS' feasibility jump, symmetry detection and most of its primal heuristics cost more
 * than they save on these small models (the linked37 months case: 60% of a MIP's time was feasibility jump); what
 * they change is not counted (`WEIGHTS.auditMip`) below an easy MIP's work.
 */
function mipOptions(mip: LpModel): void {
  mip.options.set({
    output_flag: false,
    mip_rel_gap: 0,
    mip_heuristic_run_feasibility_jump: false,
  });
}

function integerBoundOnce(
  highs: Highs,
  data: LpData,
  k: number,
  sense: 'min' | 'max',
  lp: number,
  giveUpAt?: number,
): { answer: number; point: Float64Array | undefined } {
  const { point, kept } = auditMip(highs, data, k, sense, undefined, giveUpAt);
  // Its table's count (optimal or the best found), else the LP's bound rounded.
  if (point && Number.isFinite(point[k]!)) return { answer: Math.round(point[k]!), point: kept };
  return { answer: sense === 'max' ? Math.floor(lp + EPS) : Math.ceil(lp - EPS), point: kept };
}

/**
 * Whether some whole-number table has count `k` at `target` or beyond (in the direction of `sense`): a MIP with that
 * bound and no objective, which stops at the first table it finds. Not settled within its work (MIP_SECONDS of it) → no (the
 * count is then treated as failing, which only hides more).
 */
function reaches(highs: Highs, data: LpData, k: number, sense: 'min' | 'max', target: number, giveUpAt?: number): boolean {
  return (
    remembered(
      data,
      `reaches ${k} ${sense} ${target}`,
      () => (knownPast(data, k, sense, target) ? 1 : undefined),
      () => reachesOnce(highs, data, k, sense, target, giveUpAt),
    ) === 1
  );
}

function reachesOnce(
  highs: Highs,
  data: LpData,
  k: number,
  sense: 'min' | 'max',
  target: number,
  giveUpAt?: number,
): { answer: number; point: Float64Array | undefined } {
  const { status, point, kept } = auditMip(highs, data, k, sense, target, giveUpAt);
  const s = highs.constants;
  const reached =
    status === s.modelStatus.optimal ||
    (status !== s.modelStatus.infeasible &&
      point !== undefined &&
      (sense === 'max' ? point[k]! >= target - EPS : point[k]! <= target + EPS) &&
      Number.isFinite(point[k]!));
  return { answer: reached ? 1 : 0, point: kept };
}

/** What one audit MIP found: HiGHS' status, its table in the model's columns (if any) and that table where kept. */
interface MipOutcome {
  status: number;
  point: Float64Array | undefined;
  kept: Float64Array | undefined;
}

/**
 * One audit MIP of the model: count `k` taken as far as it goes towards `sense` (`target` undefined), or a table
 * with it at `target` or past it (no objective, the first table found). In the lattice's z where the model has one
 * (`latticeOf`; the same tables, but HiGHS may stop short of the optimum there: a range narrower than the truth, never
 * wider, as every table is checked — README, perf40/perf41), else, or where the lattice's table does not check out,
 * over the columns.
 */
function auditMip(highs: Highs, data: LpData, k: number, sense: 'min' | 'max', target: number | undefined, giveUpAt?: number): MipOutcome {
  const lattice = latticeOf(data);
  return (lattice && latticeMip(highs, data, lattice, k, sense, target, giveUpAt)) ?? columnsMip(highs, data, k, sense, target, giveUpAt);
}

function columnsMip(
  highs: Highs,
  data: LpData,
  k: number,
  sense: 'min' | 'max',
  target: number | undefined,
  giveUpAt?: number,
): MipOutcome {
  const mip = lpModel(highs, data, true);
  try {
    const s = highs.constants;
    mipOptions(mip);
    if (target === undefined) {
      mip.changeColCost(k, 1);
      mip.changeObjectiveSense(sense === 'min' ? s.objectiveSense.minimize : s.objectiveSense.maximize);
    } else if (sense === 'max') mip.changeColBounds(k, Math.max(target, data.colLower[k]!), highs.infinity);
    else mip.changeColBounds(k, data.colLower[k]!, target);
    runMip(highs, mip, workAfter(MIP_SECONDS), giveUpAt, {}, 'audit-mip', leastOf(data));
    const status = mip.getModelStatus();
    const values = mip.getSolution().colValue;
    const point = values.length === data.numCols ? Float64Array.from(values) : undefined;
    return { status, point, kept: point && keep(data, point) };
  } finally {
    mip.dispose();
  }
}

/**
 * The lattice of a model's whole-number tables (lattice.ts): every whole-number table satisfying its equations is
 * x₀ + Σᵢ zᵢ·basis[i] for whole zᵢ, and each such sum satisfies them.
 */
interface Lattice {
  x0: readonly number[];
  basis: readonly (readonly number[])[];
  /** Per row of the model that is no equation (lo < hi), its coefficients over z. */
  rest: { row: Row; coefs: number[]; at: number }[];
}

/**
 * At most this many z: a lattice's rows are dense (each column's lower bound is a row over every z), and past a
 * few z the MIP over the columns, sparse, is as quick.
 */
const LATTICE_DIM = 12;

/** The model's lattice (kept per system and model, `Found.lattices`), or undefined where the MIPs go by the columns. */
function latticeOf(d: LpData): Lattice | undefined {
  if (!d.x0 || !d.found) return undefined;
  const key = modelKey(d);
  const had = d.found.lattices.get(key);
  if (had !== undefined) return had ?? undefined;
  const lattice = latticeFor(d, d.x0);
  d.found.lattices.set(key, lattice ?? null);
  return lattice;
}

/**
 * The lattice of the model's equations through `x0`, where they have whole coefficients and `x0` satisfies them, and
 * where its basis is small enough (LATTICE_DIM, lattice.ts ENTRY_MAX). Its work is counted: each entry the basis'
 * column steps go through (`WEIGHTS.latticeStep`).
 */
function latticeFor(d: LpData, x0: readonly number[]): Lattice | undefined {
  const equations: Row[] = [];
  const rest: Row[] = [];
  for (const r of d.rows) (r.lo === r.hi ? equations : rest).push(r);
  if (x0.length !== d.numCols || !x0.every(Number.isInteger)) return undefined;
  if (equations.some((r) => !Number.isInteger(r.lo) || !r.coefs.every(Number.isInteger))) return undefined;
  const at = (r: Row, x: readonly number[]) => r.ids.reduce((t, id, j) => t + r.coefs[j]! * x[d.index.get(id)!]!, 0);
  if (equations.some((r) => at(r, x0) !== r.lo)) return undefined;
  const t0 = trace.on ? cpuNow() : 0;
  const kernel = integerKernel(
    equations.map((r) => ({ cols: r.ids.map((id) => d.index.get(id)!), coefs: r.coefs })),
    d.numCols,
    LATTICE_DIM,
  );
  spend(WEIGHTS.latticeStep * kernel.steps);
  if (trace.on) sample('lattice', cpuNow() - t0, kernel.steps);
  const basis = kernel.basis;
  if (!basis || basis.length === 0 || basis.length > LATTICE_DIM) return undefined;
  return {
    x0,
    basis,
    rest: rest.map((row) => ({
      row,
      coefs: basis.map((b) => row.ids.reduce((t, id, j) => t + row.coefs[j]! * b[d.index.get(id)!]!, 0)),
      at: at(row, x0),
    })),
  };
}

/**
 * The question of `auditMip` in the lattice's z (free whole numbers): a row per column, x₀ⱼ + Σᵢ zᵢ·basis[i][j] at
 * or above its lower bound (and past `target` for count `k`), and a row per row of the model that is no equation. Its
 * table is mapped back to the columns and checked against every row of the model (`keep`); undefined where a table
 * HiGHS calls optimal does not check out (the caller then asks over the columns).
 */
function latticeMip(
  highs: Highs,
  data: LpData,
  l: Lattice,
  k: number,
  sense: 'min' | 'max',
  target: number | undefined,
  giveUpAt?: number,
): MipOutcome | undefined {
  const dim = l.basis.length;
  const inf = highs.infinity;
  const rows: { cols: number[]; coefs: readonly number[] }[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const add = (coefs: readonly number[], lo: number, hi: number) => {
    rows.push({ cols: coefs.map((_, i) => i), coefs });
    rowLower.push(lo === -Infinity ? -inf : lo);
    rowUpper.push(hi === Infinity ? inf : hi);
  };
  for (let j = 0; j < data.numCols; j++) {
    let lo = data.colLower[j]! - l.x0[j]!;
    let hi = Infinity;
    if (j === k && target !== undefined) {
      if (sense === 'max') lo = Math.max(lo, target - l.x0[j]!);
      else hi = target - l.x0[j]!;
    }
    add(
      l.basis.map((b) => b[j]!),
      lo,
      hi,
    );
  }
  for (const { row, coefs, at } of l.rest) add(coefs, row.lo - at, row.hi - at);
  const { starts, indices, values } = csr(rows);
  const s = highs.constants;
  const mip = highs.createModel({
    numCols: dim,
    numRows: rowLower.length,
    colCost: target === undefined ? l.basis.map((b) => b[k]!) : new Array<number>(dim).fill(0),
    colLower: new Array<number>(dim).fill(-inf),
    colUpper: new Array<number>(dim).fill(inf),
    rowLower,
    rowUpper,
    matrix: { format: 'csr', numRows: rowLower.length, numCols: dim, starts, indices, values },
    integrality: new Array(dim).fill(s.variableType.integer),
  });
  try {
    mipOptions(mip);
    // Without presolve: HiGHS' presolve of these models (free whole z, rows of large coefficients) was seen to
    // return a wrong optimum (list 1952 #0: min 10 where a table of the columns' MIP, checked, has 5); without it
    // every answer of that list and of 1951 #0 (1,100 MIPs) is the columns' own — not every answer of every model
    // (perf41: a random system, 30 where a checked table has 23; narrower only).
    mip.options.set({ presolve: 'off' });
    if (target === undefined) mip.changeObjectiveSense(sense === 'min' ? s.objectiveSense.minimize : s.objectiveSense.maximize);
    runMip(highs, mip, workAfter(MIP_SECONDS), giveUpAt, {}, 'audit-mip', leastOf(data));
    const status = mip.getModelStatus();
    const z = mip.getSolution().colValue;
    let point: Float64Array | undefined;
    if (z.length === dim && z.every((x) => Number.isFinite(x))) {
      const whole = z.map((x) => Math.round(x));
      point = Float64Array.from(l.x0, (x, j) => l.basis.reduce((t, b, i) => t + whole[i]! * b[j]!, x));
    }
    const kept = point && keep(data, point);
    if (status === s.modelStatus.optimal && !kept) return undefined;
    return { status, point: kept, kept };
  } finally {
    mip.dispose();
  }
}

function withComponents<T>(
  highs: Highs,
  sys: System,
  hidden: ReadonlySet<number>,
  giveUpAt: number | undefined,
  visit: (c: Component) => T[],
): T[] {
  // Counted work: grouping the hidden counts and building their flow graph (the flows and LPs count their own).
  spend(WEIGHTS.audit + WEIGHTS.auditCount * hidden.size);
  const out: T[] = [];
  for (const c of components(highs, sys, hidden, giveUpAt)) {
    try {
      for (const x of visit(c)) out.push(x);
    } finally {
      c.dispose();
    }
  }
  return out;
}

/** The full audit: the whole-number range of every hidden count and whether it meets the requirement. */
export function audit(highs: Highs, sys: System, hidden: ReadonlySet<number>, req: AuditRequirement): VarAudit[] {
  const out = withComponents(highs, sys, hidden, req.giveUpAt, (comp) =>
    comp.vars.map((v) => {
      inTime(req);
      const value = sys.vars[v]!.value;
      const up = comp.up(v);
      const interval: Interval = { lo: value - comp.down(v), hi: up === Infinity ? null : value + up };
      const ok = unneeded(sys, v, req) || meets(value, interval, req.primary.has(v), req);
      return { var: v, value, interval, exact: interval.hi === interval.lo, protected: ok };
    }),
  );
  return out.sort((a, b) => a.var - b.var);
}

/**
 * A hidden count that needs no protection: one only lines of ours show (the rest of a うち line, `Var.unprinted`) and
 * not primary. It is no published cell the suppression hides: what an attacker finds of it, the published cells
 * already tell (any printed count it would pin is hidden and audited itself).
 */
const unneeded = (sys: System, v: number, req: AuditRequirement) => sys.vars[v]!.unprinted === true && !req.primary.has(v);

/** The hidden counts that do not meet the requirement, asking each flow only as far as the requirement needs. */
export function failing(highs: Highs, sys: System, hidden: ReadonlySet<number>, req: AuditRequirement): number[] {
  const out = withComponents(highs, sys, hidden, req.giveUpAt, (comp) =>
    comp.vars.filter((v) => {
      inTime(req);
      if (unneeded(sys, v, req)) return false;
      const need = upNeed(sys, v, req);
      if (comp.up(v, need) >= need) return false;
      return !(mayGoDown(sys, v, req) && comp.down(v, 1) >= 1);
    }),
  );
  return out.sort((a, b) => a - b);
}

/** A row with its published counts moved to its bounds: the terms of `hidden` (the keys) left, as an attacker has it. */
function hiddenPart(sys: System, row: Row, hidden: ReadonlyMap<number, number>): Row {
  const free: Row = { ids: [], coefs: [], lo: row.lo, hi: row.hi };
  let constant = 0;
  row.ids.forEach((id, k) => {
    if (hidden.has(id)) {
      free.ids.push(id);
      free.coefs.push(row.coefs[k]!);
    } else constant += row.coefs[k]! * sys.vars[id]!.value;
  });
  free.lo -= constant;
  free.hi -= constant;
  return free;
}

/**
 * The LP ranges of `asked` (hidden counts) under a reading an attacker may take that need not hold for the true
 * counts — `extra` rows added to those in force (the items of a line with an N below their sum read as disjoint:
 * their sum is N). `undefined` where the reading contradicts what is published (no table satisfies it: a reader sees
 * that it is wrong). LP bounds, not whole-number ones: a range found under the threshold is so for whole numbers too;
 * one above it may still be narrower over whole numbers (not settled here).
 */
export function rangesUnder(
  highs: Highs,
  sys: System,
  hidden: ReadonlySet<number>,
  extra: readonly Row[],
  asked: readonly number[],
): { lo: number; hi: number }[] | undefined {
  const vars = [...hidden].sort((a, b) => a - b);
  const index = new Map(vars.map((v, k) => [v, k]));
  const rows: Row[] = [];
  for (const row of [...activeRows(sys, hidden), ...extra]) {
    const free = hiddenPart(sys, row, index);
    if (free.ids.length > 0) rows.push(free);
    else if (free.lo > EPS || free.hi < -EPS) return undefined;
  }
  const model = lpModel(
    highs,
    { numCols: vars.length, numRows: rows.length, colLower: vars.map((v) => sys.vars[v]!.lb), rows, index },
    false,
  );
  try {
    model.options.set({ output_flag: false, solver: 'simplex' });
    const s = highs.constants;
    const out: { lo: number; hi: number }[] = [];
    let costed = -1;
    for (const v of asked) {
      const k = index.get(v)!;
      if (costed >= 0) model.changeColCost(costed, 0);
      model.changeColCost(k, 1);
      costed = k;
      const range = { lo: 0, hi: Infinity };
      for (const sense of ['min', 'max'] as const) {
        model.changeObjectiveSense(sense === 'min' ? s.objectiveSense.minimize : s.objectiveSense.maximize);
        runLp(model, 'ranges-lp');
        const status = model.getModelStatus();
        if (status === s.modelStatus.infeasible || (sense === 'min' && status === s.modelStatus.unboundedOrInfeasible)) return undefined;
        if (sense === 'max' && (status === s.modelStatus.unbounded || status === s.modelStatus.unboundedOrInfeasible)) continue;
        if (status !== s.modelStatus.optimal) throw new SolverError(`HiGHS が監査の線形計画を解けませんでした（状態 ${status}）`);
        if (sense === 'min') range.lo = model.getObjectiveValue();
        else range.hi = model.getObjectiveValue();
      }
      out.push(range);
    }
    return out;
  } finally {
    model.dispose();
  }
}

/**
 * Publishes again, in `order`, each count of `hidden` (in place) whose publishing leaves every hidden count meeting
 * the requirement — `prune` of secondary.ts, on a network without stated rows (`networkOf`); false, with `hidden`
 * untouched, where the system is not one or `hidden` does not pass to begin with. The flow that proved a count's
 * range goes through some hidden counts only: publishing another leaves that flow, so only the counts whose flow
 * went through the one published are asked again (a full audit per count tried before). Stops at `deadline`, a point
 * on the work clock (work.ts): the counts not tried by then stay hidden.
 */
export function pruneNetwork(sys: System, hidden: Set<number>, req: AuditRequirement, order: readonly number[], deadline: number): boolean {
  const o = networkOf(sys);
  if (!o || [...hidden].some((v) => !o.tail.has(v))) return false;
  spend(WEIGHTS.audit + WEIGHTS.auditCount * hidden.size);
  const graph = flowGraph(sys, o, hidden);
  /** The counts the flow meeting `v`'s requirement goes through, or undefined where it does not meet it. */
  const witness = (v: number): Set<number> | undefined => {
    inTime(req);
    const x = sys.vars[v]!;
    const need = upNeed(sys, v, req);
    const up = new Set<number>();
    if (graph.maxFlowUsing(o.head.get(v)!, o.tail.get(v)!, need, v, up) >= need) return up;
    if (!mayGoDown(sys, v, req)) return undefined;
    const down = new Set<number>();
    return Math.min(x.value - x.lb, graph.maxFlowUsing(o.tail.get(v)!, o.head.get(v)!, 1, v, down)) >= 1 ? down : undefined;
  };
  const through = new Map<number, Set<number>>();
  for (const v of hidden) {
    const w = witness(v);
    if (!w) return false;
    through.set(v, w);
  }
  for (const v of order) {
    if (workNow() >= deadline) break;
    if (!hidden.has(v)) continue;
    graph.disable(v);
    const again = new Map<number, Set<number>>();
    let passes = true;
    for (const [f, w] of through) {
      if (f === v || !w.has(v)) continue;
      const now = witness(f);
      if (!now) {
        passes = false;
        break;
      }
      again.set(f, now);
    }
    if (passes) {
      hidden.delete(v);
      through.delete(v);
    } else graph.enable(v);
    // Flows found without v hold with it too.
    for (const [f, w] of again) through.set(f, w);
  }
  return true;
}
