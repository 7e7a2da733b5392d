/**
 * 二次秘匿 — chooses the complementary counts to hide so that no hidden count can be worked out, losing as little as
 * it can: few hidden cells and little hidden value, two measures weighed apart by the search (step 2). The quick
 * proposal's cost of hiding a count: (value + 1) for each cell that shows it, so small cells are preferred and
 * totals avoided.
 *
 * 1. The quick proposal: audit; for each count that fails, the cheapest change of the whole system that moves it far
 *    enough — up to the threshold, or by one up or down where that is all the requirement asks — while every row
 *    still holds and every count stays at or above what an attacker knows of it (Fischetti and Salazar's
 *    protection flow). On a network that is a shortest path with the fixed cost of each count to hide (network.ts),
 *    otherwise an LP in HiGHS with the cost linearised. Every count the change touches is hidden; repeat until the
 *    audit passes; then each complementary count, dearest first, is published again if the audit still passes.
 * 2. The least-loss search (exact.ts), MIPs in HiGHS with the requirements added as cuts, from the quick proposal
 *    and within its budget of counted work (work.ts, not time): the fewest cells C*, the least value V*, then the
 *    least t with cells ≤ t·C* and value ≤ t·V*; where it proves nothing, drop-and-repair by the same t with the
 *    work left. How far the result is
 *    from both minima is returned (`Proposal.least`).
 * The final audit (audit.ts) is the guarantee, not these arguments.
 */
import type { Highs, Model as LpModel } from 'highs';
import { audit, failing, mayGoDown, pruneNetwork, SolverError, upNeed, type AuditRequirement, type VarAudit } from './audit.ts';
import { exactSuppression, GOAL, leastLoss, lossOf, minimaxScore, type Settle } from './exact.ts';
import { orient, type Orientation } from './network.ts';
import { activeRows, costOf, movableRows, type Row, type System } from './system.ts';
import type { LeastLoss, Minima } from './types.ts';
import { cpuNow, csr, runLp, sample, spend, trace, WEIGHTS, workAfter, workNow } from './work.ts';

export interface Proposal {
  /** Every hidden count (primary and complementary). */
  hidden: Set<number>;
  secondary: Set<number>;
  /** Rounds of audit-and-extend the quick proposal took. */
  rounds: number;
  audit: VarAudit[];
  /** Every hidden count meets the requirement. */
  passed: boolean;
  /** `exact`: the least-loss proposal, proved so by the MIP; `heuristic`: the quick proposal or the MIP's best within its work. */
  method: 'exact' | 'heuristic';
  /** Cells and value hidden against the two minima, where the least-loss search ran (absent with `mipSeconds: 0`). */
  least?: LeastLoss;
  /** The search settled on the choice of its quick stage's local search, without a MIP run (exact.ts `guided`). */
  local?: boolean;
  /**
   * Not passed even with every count hidden (`escalate`): what pins a count is published structure (an N in a header
   * equal to a sum of lines, the tables' sums), not any cell the suppression could hide.
   */
  structural?: true;
}

export interface SuppressOptions {
  /**
   * The search for less information lost (MIP, or drop-and-repair): its budget, counted work (work.ts) of about as
   * many seconds of an idle machine's CPU (TICKS_PER_SECOND ticks each), not time, so that the choice does not
   * depend on the machine's load; 0 keeps the quick proposal.
   */
  mipSeconds?: number;
  /**
   * `goal` (default): the search stops at the first choice proved within 5% of both minima; `least`: it searches on
   * until the least ratio to both is proved (as the tests' and the benchmark's reference).
   */
  settle?: Settle;
  /**
   * The quick stage's local search (exact.ts `guided`): default on; off, the stage goes from its roundings straight
   * to the MIP (the tests compare the two).
   */
  localSearch?: boolean;
}

/** Work (seconds of it, work.ts) the quick proposal's pruning may take at least (it is cheap on tables of the usual sizes). */
const PRUNE_SECONDS = 0.25;

/** Default budget of the least-cost search, per input, in seconds of work (`SuppressOptions.mipSeconds`). */
export const MIP_SECONDS = 1;

export function suppress(highs: Highs, sys: System, req: AuditRequirement, options: SuppressOptions = {}): Proposal {
  // A point on the work clock (work.ts), not on a wall clock: the same input takes the same path at any load.
  const deadline = workAfter(options.mipSeconds ?? MIP_SECONDS);
  const fixer = flowFixer(highs, sys, req.primary);
  let hidden = new Set(req.primary);
  let rounds = 0;
  let method: Proposal['method'] = 'heuristic';
  let least: LeastLoss | undefined;
  let local = false;
  try {
    rounds = Math.abs(repair(highs, sys, req, fixer, hidden, new Set()));
    // Pruning is part of the quick proposal: it gets at least PRUNE_SECONDS of work whatever the search is given.
    prune(highs, sys, req, hidden, Math.max(deadline, workAfter(PRUNE_SECONDS)));
    if (hidden.size === req.primary.size) {
      method = 'exact';
      least = leastLoss(sys, hidden, minimaOf(sys, hidden), true);
    } else if (deadline > workNow()) {
      // With `cost` (the local search's, exact.ts), the protection flows and the pruning go by it instead of the fixed costs.
      const polish = (start: Set<number>, cost?: (v: number) => number, forbidden: ReadonlySet<number> = new Set()) =>
        repair(highs, sys, req, fixer, start, forbidden, undefined, cost) < 0
          ? undefined
          : (prune(highs, sys, req, start, deadline, cost), start);
      const passes = (h: ReadonlySet<number>) => failing(highs, sys, h, req).length === 0;
      const settle = options.settle ?? 'goal';
      const found = exactSuppression(highs, sys, req, hidden, deadline, polish, passes, settle, options.localSearch ?? true);
      if (found) {
        // On a network a choice that is not proved may still leave a complementary count pinned (only primary
        // counts have cuts): the audit decides, and pruning publishes such a count again.
        let choice: Set<number> | undefined = found.hidden;
        if (!passes(choice)) choice = polish(new Set(choice));
        const score = scoreAgainst(sys, found.minima);
        if (choice && score(choice) <= score(hidden)) {
          hidden = choice;
          if (found.optimal && choice === found.hidden) method = 'exact';
          if (found.local && choice === found.hidden) local = true;
        }
        // Drop-and-repair only where nothing was proved: not after a proof, nor once the goal is proved reached (nor
        // where the search stopped at a choice proved within 5% of the least ratio, the minima being apart).
        // Settling for the goal: a choice within 5% of the proved bounds of both minima is within 5% of both minima.
        const { cellsBound, valueBound } = found.minima;
        const enough =
          settle === 'goal'
            ? (h: ReadonlySet<number>) => {
                const l = leastLoss(sys, h, found.minima, false);
                return l.cells <= GOAL * cellsBound + 1e-9 && l.value <= GOAL * valueBound + 1e-9;
              }
            : () => false;
        if (method !== 'exact' && !(found.nearLeast && hidden === found.hidden) && !enough(hidden))
          improve(highs, sys, req, fixer, hidden, deadline, score, enough);
        least = leastLoss(sys, hidden, found.minima, method === 'exact');
      } else improve(highs, sys, req, fixer, hidden, deadline, (h) => totalCost(sys, h));
    }
  } finally {
    fixer.dispose();
  }
  let audited = audit(highs, sys, hidden, req);
  // The final stage's guarantee (zeros34): a choice the search left failing is escalated before any failure is said.
  let structural = false;
  if (!audited.every((a) => a.protected)) {
    structural = !escalate(highs, sys, req, hidden, deadline);
    // The search's measure against the minima was of the choice it made, not of this one: none is claimed.
    if (!structural) {
      method = 'heuristic';
      least = undefined;
      local = false;
      audited = audit(highs, sys, hidden, req);
    }
  }
  // A count only lines of ours show, hidden at no cost but pinned all the same (audit.ts `unneeded`): published, as
  // what it is an attacker already has; the others' ranges do not change.
  const known = new Set(audited.flatMap((a) => (a.exact && sys.vars[a.var]!.unprinted && !req.primary.has(a.var) ? [a.var] : [])));
  for (const v of known) hidden.delete(v);
  const result = audited.filter((a) => !known.has(a.var));
  return {
    hidden,
    secondary: new Set([...hidden].filter((v) => !req.primary.has(v))),
    rounds,
    audit: result,
    passed: result.every((a) => a.protected),
    method,
    ...(least && { least }),
    ...(local && { local }),
    ...(structural && { structural: true as const }),
  };
}

/**
 * The suppression's last resort (zeros34), where the search's choice still fails the audit: hide more, a step at a
 * time, up to everything the tables print — (1) every line of ours (`Var.unprinted`: a zero too, which the rules let
 * be shown but which costs nothing printed; e.g. 「値なし（喫煙あり・喫煙なし）」 0 beside a chance set adding up to N:
 * 65〜74歳 0/70 + 喫煙あり + 喫煙なし = 70 pins the hidden 0/70 while the 0 of ours is published), (2) with every count
 * the suppression may hide, (3) with every count, zeros exempt under the rules included. The first step that passes
 * the audit is kept, then pruned: each added count published again where the audit still passes (printed zeros
 * first, as the rules let them be shown; then dearest first, lines of ours last). False when even every count hidden
 * fails: what pins the count then is the system's own rows alone (an N printed in a header equal to a sum of lines,
 * the tables' sums), published structure no suppression of cells changes.
 */
function escalate(highs: Highs, sys: System, req: AuditRequirement, hidden: Set<number>, deadline: number): boolean {
  const steps: ((v: number) => boolean)[] = [
    (v) => sys.vars[v]!.unprinted === true,
    (v) => sys.vars[v]!.unprinted === true || sys.vars[v]!.hideable,
    () => true,
  ];
  let before = hidden.size;
  for (const take of steps) {
    const trial = new Set(hidden);
    sys.vars.forEach((_, v) => {
      if (take(v)) trial.add(v);
    });
    if (trial.size === before) continue;
    before = trial.size;
    if (failing(highs, sys, trial, req).length > 0) continue;
    const added = [...trial].filter((v) => !hidden.has(v));
    // Published again in turn: printed counts the rules would not hide first, lines of ours last.
    const rank = (v: number) => (sys.vars[v]!.unprinted ? 0 : sys.vars[v]!.hideable ? 1 : 2);
    const order = added.sort((a, b) => rank(b) - rank(a) || costOf(sys, b) - costOf(sys, a) || a - b);
    const until = Math.max(deadline, workAfter(PRUNE_SECONDS));
    for (const v of order) {
      if (workNow() >= until) break;
      trial.delete(v);
      if (failing(highs, sys, trial, req).length > 0) trial.add(v);
    }
    hidden.clear();
    for (const v of trial) hidden.add(v);
    return true;
  }
  return false;
}

/**
 * Hides more of `hidden` (in place) until the audit of `sys` passes, as the quick proposal does (protection flows);
 * false when it cannot. Nothing is published again: `hidden` passes other systems of the same counts (other
 * readings of a percentage table, check.ts), and hiding more never protects less.
 */
export function extend(highs: Highs, sys: System, req: AuditRequirement, hidden: Set<number>, work?: Work): boolean {
  const fixer = flowFixer(highs, sys, hidden);
  try {
    return repair(highs, sys, req, fixer, hidden, new Set(), work) >= 0;
  } finally {
    fixer.dispose();
  }
}

/** The minima of a choice that is known to be least in both (only its primary counts hidden). */
function minimaOf(sys: System, hidden: ReadonlySet<number>): Minima {
  const { cells, value } = lossOf(sys, hidden);
  return { cells, cellsBound: cells, value, valueBound: value };
}

/** The search's order of choices against the minima found (exact.ts minimaxScore). */
function scoreAgainst(sys: System, minima: Minima): (hidden: ReadonlySet<number>) => number {
  const C = Math.max(1, minima.cells);
  const V = Math.max(1, minima.value);
  return (hidden) => {
    const { cells, value } = lossOf(sys, hidden);
    return minimaxScore(cells, value, C, V);
  };
}

/**
 * Counted work (deterministic, not time) a caller lets `extend` take, shared across calls: an audit counts hidden
 * counts × counts of the system, a protection flow twice the counts (its LP has a column up and one down for each).
 * Past `limit` the repair stops with `OutOfWork` (`hidden` then holds what it had hidden so far).
 */
export interface Work {
  used: number;
  limit: number;
}

export class OutOfWork extends Error {}

/**
 * Hide what the cheapest protection flows touch until the audit passes; the rounds it took, negative when it
 * could not pass (nothing left to hide that would help). With `work`, each audit and flow is counted first.
 */
function repair(
  highs: Highs,
  sys: System,
  req: AuditRequirement,
  fixer: Fixer,
  hidden: Set<number>,
  forbidden: ReadonlySet<number>,
  work?: Work,
  cost?: (v: number) => number,
): number {
  const spend = (w: number) => {
    if (!work) return;
    if (work.used > work.limit) throw new OutOfWork('work budget');
    work.used += w;
  };
  for (let rounds = 1; ; rounds++) {
    spend(hidden.size * sys.vars.length);
    const fails = failing(highs, sys, hidden, req);
    if (fails.length === 0) return rounds - 1;
    const before = hidden.size;
    for (const f of fails) {
      spend(2 * sys.vars.length);
      for (const v of fixer.cheapest(f, req, hidden, forbidden, cost) ?? []) hidden.add(v);
    }
    if (hidden.size === before) {
      // No flow helped (whole numbers where the LP saw room): hide every count sharing a row with a failing one.
      for (const f of fails) for (const v of neighbours(sys, f)) if (!forbidden.has(v)) hidden.add(v);
      if (hidden.size === before) return -rounds;
    }
  }
}

const totalCost = (sys: System, hidden: ReadonlySet<number>) => [...hidden].reduce((s, v) => s + costOf(sys, v), 0);

/**
 * Drop and repair: publish one complementary count again, forbid it, repair and prune; keep the result when it
 * costs less. Dearest first, over and over until no drop helps or the work clock reaches `deadline`.
 */
function improve(
  highs: Highs,
  sys: System,
  req: AuditRequirement,
  fixer: Fixer,
  hidden: Set<number>,
  deadline: number,
  score: (hidden: ReadonlySet<number>) => number,
  enough: (hidden: ReadonlySet<number>) => boolean = () => false,
): void {
  let cost = score(hidden);
  for (let improved = true; improved && !enough(hidden) && workNow() < deadline;) {
    improved = false;
    const secondary = [...hidden].filter((v) => !req.primary.has(v)).sort((a, b) => costOf(sys, b) - costOf(sys, a) || a - b);
    for (const s of secondary) {
      if (workNow() >= deadline) return;
      const trial = new Set(hidden);
      trial.delete(s);
      if (repair(highs, sys, req, fixer, trial, new Set([s])) < 0) continue;
      prune(highs, sys, req, trial, deadline);
      const c = score(trial);
      if (c >= cost - 1e-9) continue;
      hidden.clear();
      for (const v of trial) hidden.add(v);
      cost = c;
      improved = true;
      break;
    }
  }
}

/** Hideable counts sharing a row with `v`. */
function neighbours(sys: System, v: number): number[] {
  const out: number[] = [];
  for (const row of activeRows(sys, new Set())) {
    if (!row.ids.includes(v)) continue;
    for (const id of row.ids) if (sys.vars[id]!.hideable) out.push(id);
  }
  return out;
}

/**
 * Later fixes can make an earlier complementary count unnecessary: try to publish each again, dearest first (by
 * `cost`, the fixed cost of hiding it unless given), and keep it published when the audit still passes; until the
 * work clock reaches `deadline`.
 */
function prune(
  highs: Highs,
  sys: System,
  req: AuditRequirement,
  hidden: Set<number>,
  deadline: number,
  cost: (v: number) => number = (v) => costOf(sys, v),
): void {
  const secondary = [...hidden].filter((v) => !req.primary.has(v)).sort((a, b) => cost(b) - cost(a) || a - b);
  if (pruneNetwork(sys, hidden, req, secondary, deadline)) return;
  for (const v of secondary) {
    if (workNow() >= deadline) return;
    hidden.delete(v);
    if (failing(highs, sys, hidden, req).length > 0) hidden.add(v);
  }
}

interface Fixer {
  /**
   * The counts the cheapest change that protects `f` touches (hidden ones, which cost nothing, included), never
   * touching `forbidden`; undefined if there is none.
   */
  cheapest(
    f: number,
    req: AuditRequirement,
    hidden: ReadonlySet<number>,
    forbidden: ReadonlySet<number>,
    cost?: (v: number) => number,
  ): number[] | undefined;
  dispose(): void;
}

/** Protection flows over the whole system, as shortest paths on a network or as LPs in HiGHS. */
function flowFixer(highs: Highs, sys: System, hidden: ReadonlySet<number>): Fixer {
  // Stated rows of counts published now; hiding a count later only drops its rows, so these are the most a fix must keep.
  const rows = activeRows(sys, hidden);
  const candidates = sys.vars.flatMap((x, v) => (x.hideable || hidden.has(v) ? [v] : []));
  const o = orient(movableRows(sys, new Set(candidates), rows), candidates);
  return o ? pathFixer(sys, o) : lpFixer(highs, sys, rows, hidden);
}

/**
 * On a network: moving `f` up by `need` is a path from its head back to its tail through arcs that can carry it;
 * each count on the path costs its fixed cost unless already hidden. One cheapest path that carries all of `need`
 * (Dijkstra over arcs with room for it); if there is none, several paths in turn.
 */
function pathFixer(sys: System, o: Orientation): Fixer {
  type Arc = { v: number; to: number; forward: boolean };
  const out: Arc[][] = Array.from({ length: o.nodes }, () => []);
  for (const [v, t] of o.tail) {
    const h = o.head.get(v)!;
    out[t]!.push({ v, to: h, forward: true });
    out[h]!.push({ v, to: t, forward: false });
  }
  const room = (v: number, forward: boolean, net: Map<number, number>) => {
    if (forward) return Infinity;
    const x = sys.vars[v]!;
    return x.value - x.lb + (net.get(v) ?? 0);
  };
  /** Cheapest path s → t avoiding `f`, using arcs with at least `min` room; the arcs, or undefined. */
  const path = (
    s: number,
    t: number,
    f: number,
    min: number,
    free: ReadonlySet<number>,
    net: Map<number, number>,
    forbidden: ReadonlySet<number>,
    costs: (v: number) => number,
  ): Arc[] | undefined => {
    const dist = new Float64Array(o.nodes).fill(Infinity);
    const via: (Arc | undefined)[] = new Array(o.nodes);
    const prev = new Int32Array(o.nodes).fill(-1);
    const done = new Uint8Array(o.nodes);
    dist[s] = 0;
    const heap = new MinHeap();
    heap.push(0, s);
    const t0 = trace.on ? cpuNow() : 0;
    // Counted work (work.ts): the arrays, then each node taken from the heap and each arc looked at.
    let arcs = o.nodes / 4;
    while (heap.size > 0) {
      const u = heap.pop();
      arcs += 4;
      if (done[u]) continue;
      if (u === t) break;
      done[u] = 1;
      arcs += out[u]!.length;
      for (const a of out[u]!) {
        if (a.v === f || forbidden.has(a.v) || room(a.v, a.forward, net) < min) continue;
        const d = dist[u]! + (free.has(a.v) ? 0 : costs(a.v));
        if (d < dist[a.to]!) {
          dist[a.to] = d;
          via[a.to] = a;
          prev[a.to] = u;
          heap.push(d, a.to);
        }
      }
    }
    spend(WEIGHTS.pathArc * arcs);
    if (trace.on) sample('path', cpuNow() - t0, arcs);
    if (dist[t] === Infinity) return undefined;
    const found: Arc[] = [];
    for (let n = t; n !== s; n = prev[n]!) found.push(via[n]!);
    return found.reverse();
  };
  const route = (
    s: number,
    t: number,
    f: number,
    need: number,
    hidden: ReadonlySet<number>,
    forbidden: ReadonlySet<number>,
    costs: (v: number) => number,
  ): { vars: number[]; cost: number } | undefined => {
    const free = new Set(hidden);
    const net = new Map<number, number>();
    const used = new Set<number>();
    let cost = 0;
    let left = need;
    const whole = path(s, t, f, need, free, net, forbidden, costs);
    const paths = whole ? [whole] : [];
    while (left > 0) {
      const p = paths.shift() ?? path(s, t, f, 1e-9, free, net, forbidden, costs);
      if (!p) return undefined;
      const amount = Math.min(left, ...p.map((a) => room(a.v, a.forward, net)));
      for (const a of p) {
        net.set(a.v, (net.get(a.v) ?? 0) + (a.forward ? amount : -amount));
        if (!free.has(a.v)) cost += costs(a.v);
        free.add(a.v);
        used.add(a.v);
      }
      left -= amount;
    }
    return { vars: [...used], cost };
  };
  return {
    cheapest(f, req, hidden, forbidden, cost = (v) => costOf(sys, v)) {
      const t = o.tail.get(f);
      const h = o.head.get(f);
      if (t === undefined || h === undefined) return undefined;
      const up = route(h, t, f, upNeed(sys, f, req), hidden, forbidden, cost);
      const down = mayGoDown(sys, f, req) ? route(t, h, f, 1, hidden, forbidden, cost) : undefined;
      const best = !up ? down : !down ? up : down.cost < up.cost ? down : up;
      return best?.vars;
    },
    dispose: () => undefined,
  };
}

const FLOW_EPS = 1e-7;

/**
 * Any other system: the protection-flow LP over all counts, columns u_v (up) and d_v (down), y = u − d, each row's
 * room kept (lo − a·x ≤ a·y ≤ hi − a·x), d_v ≤ value − lb; cost per unit (value + 1) per cell, 0 once hidden.
 */
function lpFixer(highs: Highs, sys: System, rows: Row[], hidden: ReadonlySet<number>): Fixer {
  const n = sys.vars.length;
  // Each row over u (its coefficients), then over d (negated).
  const { starts, indices, values } = csr(
    rows.map((row) => ({ cols: [...row.ids, ...row.ids.map((id) => n + id)], coefs: [...row.coefs, ...row.coefs.map((c) => -c)] })),
    { keepZeros: true },
  );
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  for (const row of rows) {
    const at = row.ids.reduce((s, id, k) => s + row.coefs[k]! * sys.vars[id]!.value, 0);
    rowLower.push(row.lo === -Infinity ? -highs.infinity : Math.min(0, row.lo - at));
    rowUpper.push(row.hi === Infinity ? highs.infinity : Math.max(0, row.hi - at));
  }
  const movable = (v: number) => sys.vars[v]!.hideable || hidden.has(v);
  const upper = sys.vars.map((_, v) => (movable(v) ? highs.infinity : 0));
  const downUpper = sys.vars.map((x, v) => (movable(v) ? x.value - x.lb : 0));
  const cost = sys.vars.map((_, v) => (hidden.has(v) ? 0 : costOf(sys, v)));
  const model: LpModel = highs.createModel({
    numCols: 2 * n,
    numRows: rows.length,
    colCost: [...cost, ...cost],
    colLower: new Array<number>(2 * n).fill(0),
    colUpper: [...upper, ...downUpper],
    rowLower,
    rowUpper,
    matrix: { format: 'csr', numRows: rows.length, numCols: 2 * n, starts, indices, values },
  });
  model.options.set({ output_flag: false, solver: 'simplex', presolve: 'off' });
  const solve = (f: number, up: number, down: number, hidden: ReadonlySet<number>): { vars: number[]; cost: number } | undefined => {
    model.changeColBounds(f, up, up);
    model.changeColBounds(n + f, down, down);
    try {
      runLp(model, 'flow-lp');
      const status = model.getModelStatus();
      if (status === highs.constants.modelStatus.infeasible) return undefined;
      if (status !== highs.constants.modelStatus.optimal)
        throw new SolverError(`HiGHS が二次秘匿の線形計画を解けませんでした（状態 ${status}）`);
      const x = model.getSolution().colValue;
      const vars: number[] = [];
      for (let i = 0; i < n; i++) if (x[i]! + x[n + i]! > FLOW_EPS) vars.push(i);
      return { vars, cost: vars.reduce((sum, v) => sum + (hidden.has(v) ? 0 : costOf(sys, v)), 0) };
    } finally {
      model.changeColBounds(f, 0, upper[f]!);
      model.changeColBounds(n + f, 0, downUpper[f]!);
    }
  };
  return {
    cheapest(f, req, hidden, forbidden) {
      const costs = sys.vars.map((_, v) => (hidden.has(v) ? 0 : costOf(sys, v)));
      model.changeColsCost({ kind: 'range', from: 0, to: 2 * n - 1 }, [...costs, ...costs]);
      for (const v of forbidden) {
        model.changeColBounds(v, 0, 0);
        model.changeColBounds(n + v, 0, 0);
      }
      try {
        const up = solve(f, upNeed(sys, f, req), 0, hidden);
        const down = mayGoDown(sys, f, req) ? solve(f, 0, 1, hidden) : undefined;
        const best = !up ? down : !down ? up : down.cost < up.cost ? down : up;
        return best?.vars;
      } finally {
        for (const v of forbidden) {
          model.changeColBounds(v, 0, upper[v]!);
          model.changeColBounds(n + v, 0, downUpper[v]!);
        }
      }
    },
    dispose: () => model.dispose(),
  };
}

/** A binary heap of (key, node), smallest key first, for Dijkstra's shortest paths. */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      keys[i] = keys[p]!;
      nodes[i] = nodes[p]!;
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** The node with the smallest key (the heap must not be empty). */
  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0]!;
    const key = keys.pop()!;
    const node = nodes.pop()!;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && keys[c + 1]! < keys[c]!) c++;
        if (keys[c]! >= key) break;
        keys[i] = keys[c]!;
        nodes[i] = nodes[c]!;
        i = c;
      }
      keys[i] = key;
      nodes[i] = node;
    }
    return top;
  }
}
