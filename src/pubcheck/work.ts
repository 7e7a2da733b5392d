/**
 * The search's clock, in counted work instead of time. Each costly step of the suppression (secondary.ts, exact.ts,
 * audit.ts, network.ts) adds what it did — arcs looked at by a flow or a shortest path, candidates scanned by a
 * separation, simplex iterations of HiGHS' LPs, LP iterations and nodes of its MIPs, each weighed by the size of the
 * model — in ticks. The search's limits (`mipSeconds`, the quick stage's share, each phase's, the audit's MIPs) are
 * points on this clock, so the same input takes the same path and makes the same choice however loaded the machine
 * is or however slow its clock runs. Only the outer safety net (`AuditRequirement.giveUpAt`,
 * `CheckOptions.timeLimitSeconds`) is wall time, and it ends the check in words (`TimeLimitError`, `input/too-slow`),
 * never with another choice.
 *
 * The weights were measured (bench/pubcheck-work.ts: the main thread's CPU per step against what it counted, the
 * bench's 30×30 tables, warm): a tick is about a microsecond of one core's CPU on the machine they were measured on;
 * what is not counted (sets, the roundings' bookkeeping, garbage collection) makes a second of the budget
 * (TICKS_PER_SECOND) about a second of CPU there.
 *
 * One counter for the process: only differences between two readings are used, and the engine is synchronous.
 */
import type { Highs, HighsCallbackMap, Model as LpModel } from 'highs';

/** Work done so far, in 1/UNIT ticks: whole numbers, so that the same steps add up to the same sum from any start. */
let units = 0;
const UNIT = 1024;

/** The clock: work done so far in this process, in ticks (a multiple of 1/1024, exact). */
export function workNow(): number {
  return units / UNIT;
}

/** Adds `n` ticks of work done (to the nearest 1/1024). */
export function spend(n: number): void {
  units += Math.round(n * UNIT);
}

/**
 * The point on the clock `share` of the way from now to `until` (whole ticks, so that it is as far from now whatever
 * the clock read when it started).
 */
export function workShare(until: number, share: number): number {
  const now = workNow();
  return now + Math.floor((until - now) * share);
}

/** The point on the clock `seconds` of the budget (TICKS_PER_SECOND each) from now. */
export function workAfter(seconds: number): number {
  return workNow() + Math.floor(seconds * TICKS_PER_SECOND);
}

/**
 * Ticks per second of the search's budget (`mipSeconds`, the CLI's `--search-seconds`): what the search did in a
 * second of an idle machine's CPU where measured (bench/pubcheck-work.ts: 1.2–1.4 ms of the main thread's CPU per
 * 1,000 ticks counted, warm).
 */
export const TICKS_PER_SECOND = 750_000;

/**
 * Weights in ticks (bench/pubcheck-work.ts, least squares of the main thread's CPU per step): an arc looked at by a
 * maximum flow, by a shortest path (with its heap), a candidate scanned by a separation round (beside its flows);
 * an audit (grouping the hidden counts, building their flow graph) and per hidden count; an LP run and a simplex
 * iteration, per thousand rows, columns and nonzeros of the model; a MIP run, an LP iteration and a node of it, per
 * thousand likewise.
 */
export const WEIGHTS = {
  arc: 0.01,
  pathArc: 0.06,
  scan: 0.01,
  audit: 50,
  auditCount: 1,
  lpRun: 60,
  lpIteration: 4.2,
  mipRun: 800,
  mipLpIteration: 8.5,
  mipNode: 300,
  /**
   * The least an audit MIP counts (per thousand of size; perf39): a run of up to one node and about 23 LP iterations
   * (800 + 300 + 8.5 × 23), where nearly all of the audit's MIPs end. Below it what a MIP counts does not depend on
   * what HiGHS' heuristics did or whether the answer was known without a MIP (audit.ts `found`), so neither changes a
   * choice.
   */
  auditMip: 1300,
  /**
   * An entry gone through by the column steps of an audit's lattice (audit.ts `latticeFor`, perf40: 0.8 M entries in
   * 23 ms of the main thread's CPU on a list of 120 lines, warm and cold together).
   */
  latticeStep: 0.02,
};

/** The model's size, in thousands of rows, columns and nonzeros (the weights of its runs are per thousand). */
function sizeOf(model: LpModel): number {
  const d = model.getDimensions();
  return (d.numRows + d.numCols + d.numNonzeros) / 1000;
}

/**
 * The check ran past its time limit (`CheckOptions.timeLimitSeconds`, wall time: the safety net): the input is too
 * large to judge in time. Never a reason to return another choice.
 */
export class TimeLimitError extends Error {}

/** Throws `TimeLimitError` past `giveUpAt` (performance.now() milliseconds; none where undefined). */
export function inTime(giveUpAt: number | undefined): void {
  if (giveUpAt !== undefined && performance.now() > giveUpAt) throw new TimeLimitError('time limit');
}

/** HiGHS takes no infinite option value: "no limit". */
const NO_LIMIT = 1e300;

/**
 * HiGHS' own time limit, set only as the safety net: what is left until `giveUpAt` (its clock adds up the model's
 * runs, so the limit is that sum plus what is left), none where undefined.
 */
function safetyNet(model: LpModel, giveUpAt: number | undefined): void {
  const left = giveUpAt === undefined ? NO_LIMIT : Math.max(1e-3, (giveUpAt - performance.now()) / 1000);
  model.options.set({ time_limit: left === NO_LIMIT ? NO_LIMIT : model.getRunTime() + left });
}

/**
 * A model's rows as HiGHS' compressed sparse rows: each row's columns and coefficients, in order (zeros left out, or
 * kept with `keepZeros`: a model's size, and so its counted work, counts them).
 */
export function csr(
  rows: readonly { cols: readonly number[]; coefs: readonly number[] }[],
  { keepZeros = false }: { keepZeros?: boolean } = {},
): {
  starts: number[];
  indices: number[];
  values: number[];
} {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const r of rows) {
    r.cols.forEach((c, k) => {
      if (r.coefs[k] === 0 && !keepZeros) return;
      indices.push(c);
      values.push(r.coefs[k]!);
    });
    starts.push(indices.length);
  }
  return { starts, indices, values };
}

/** Runs an LP (simplex) and counts its work: a run, and its iterations, by the model's size. */
export function runLp(model: LpModel, kind: string): void {
  const t0 = trace.on ? cpuNow() : 0;
  model.run();
  const iterations = Number(model.info.get('simplex_iteration_count'));
  const size = sizeOf(model);
  spend((WEIGHTS.lpRun + WEIGHTS.lpIteration * Math.max(0, iterations)) * size);
  if (trace.on) sample(kind, cpuNow() - t0, iterations, size);
}

/**
 * Runs a MIP until it ends or its work reaches `until` (a point on the work clock, checked whenever HiGHS asks its
 * interrupt callback: deterministic), and counts its work: a run, its LP iterations and nodes, by the model's size.
 * `callbacks` are HiGHS' own (their interrupt is asked first). Wall time is HiGHS' limit only as the safety net
 * (`giveUpAt`): past it, `TimeLimitError`. `least`: the fewest ticks the run counts (an audit MIP's
 * `WEIGHTS.auditMip` by size), whatever less its counts came to. Whether the work ran out (the model's status is then
 * `interrupted`).
 */
export function runMip(
  highs: Highs,
  model: LpModel,
  until: number,
  giveUpAt: number | undefined,
  callbacks: HighsCallbackMap = {},
  kind = 'mip',
  least = 0,
): boolean {
  const t0 = trace.on ? cpuNow() : 0;
  const size = sizeOf(model);
  const start = workNow();
  const left = until - start;
  const cost = (iterations: number, nodes: number) =>
    (WEIGHTS.mipRun + WEIGHTS.mipLpIteration * iterations + WEIGHTS.mipNode * nodes) * size;
  let outOfWork = false;
  const interruptType = highs.constants.callbackType.mipInterrupt;
  const theirs = callbacks[interruptType];
  const watch: HighsCallbackMap = {
    ...callbacks,
    [interruptType]: (e) => {
      if (theirs) theirs(e);
      if (cost(Number(e.data.mip_total_lp_iterations ?? 0), Number(e.data.mip_node_count ?? 0)) >= left) {
        outOfWork = true;
        e.interrupt();
      }
      return undefined;
    },
  };
  safetyNet(model, giveUpAt);
  model.run(watch);
  const status = model.getModelStatus();
  const iterations = Math.max(0, Number(model.info.get('simplex_iteration_count')));
  const nodes = Math.max(0, Number(model.info.get('mip_node_count')));
  spend(Math.max(least, cost(iterations, nodes)));
  if (trace.on) sample(kind, cpuNow() - t0, iterations, nodes, size);
  if (status === highs.constants.modelStatus.timeLimit) throw new TimeLimitError('time limit');
  return outOfWork && status === highs.constants.modelStatus.interrupted;
}

/**
 * Calibration (bench/pubcheck-work.ts): while `trace.on`, each counted step is sampled with the main thread's CPU it
 * took (`process.threadCpuUsage`, Node 23.9 and later) and what it counted.
 */
export const trace: { on: boolean; samples: Record<string, number[][]> } = { on: false, samples: {} };

export function sample(kind: string, ms: number, ...counted: number[]): void {
  (trace.samples[kind] ??= []).push([ms, ...counted]);
}

/** The main thread's CPU in milliseconds, while tracing (0 where it cannot be read). */
export function cpuNow(): number {
  const p = (globalThis as { process?: { threadCpuUsage?: () => { user: number; system: number } } }).process;
  if (!p?.threadCpuUsage) return 0;
  const u = p.threadCpuUsage();
  return (u.user + u.system) / 1000;
}
