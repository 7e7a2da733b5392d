/**
 * Benchmark of the publication checker's engine: suppression and audit of random count tables with totals
 * (6×6, 10×10, 30×30, 100×20, and two linked 30×30 tables — the same columns broken down by other rows, sharing
 * their column totals, protected together as one system), three ways per table —
 * - quick: the protection-flow proposal, pruned, and its audit (`mipSeconds: 0`);
 * - default: as the check runs it, with the least-loss search within its budget of counted work (src/pubcheck/work.ts,
 *   not time: the same choices at any load), which stops at a choice proved within 5% of both minima (LP bounds
 *   first, then the MIPs where those do not suffice); `work k` its counted work, thousands of ticks;
 * - reference (not timed, tables up to 30×30): the least-loss search given 30 s of work and `settle: 'least'` (the
 *   three MIPs to the end), which proves the fewest hidden
 *   cells and the least hidden value when it finishes; the quick and default proposals are measured against those
 *   two minima, hidden cells ÷ fewest cells and hidden value ÷ least value (primary cells included), mean and
 *   worst, over the tables where both were proved. `apart`: tables where the reference proved that no choice is
 *   within 5% of both minima (one proposal cannot reach both there).
 * Prints a table and writes bench/results/pubcheck.json. Wall times on a shared machine are upper bounds; CPU
 * time (user + system of this process) is less disturbed by other load, and includes V8's background threads
 * (compiling HiGHS' WebAssembly and the engine's JavaScript to optimised code, GC helpers); `main` is the main
 * thread's alone (Linux), the engine's own work.
 */
import loadHighs from 'highs';
import type { AuditRequirement } from '../src/pubcheck/audit.ts';
import { readTables } from '../src/pubcheck/read.ts';
import { MIP_SECONDS, suppress, type Proposal } from '../src/pubcheck/secondary.ts';
import { systemOf, type System } from '../src/pubcheck/system.ts';
import { TICKS_PER_SECOND, workNow } from '../src/pubcheck/work.ts';
import type { Protection } from '../src/pubcheck/types.ts';
import { mainThreadCpuMs } from './cpu.ts';
import { clinicalTable as table, type Spread } from './tables.ts';
import { saveResult } from './results.ts';

const THRESHOLD = 10;
/** Rows, columns, and whether a second table of the same size shares the first one's column totals. */
const SIZES: [number, number, boolean][] = [
  [6, 6, false],
  [10, 10, false],
  [30, 30, false],
  [100, 20, false],
  [30, 30, true],
];
const TABLES_PER_SIZE = Number(process.env.PUBCHECK_BENCH_TABLES ?? 5);
/** Only these sizes, as printed (`PUBCHECK_BENCH_SIZES=2×30×30,10×10`); all by default. */
const ONLY = process.env.PUBCHECK_BENCH_SIZES?.split(',');
const sizeName = (r: number, c: number, linked: boolean) => (linked ? `2×${r}×${c}` : `${r}×${c}`);
const REFERENCE_SECONDS = Number(process.env.PUBCHECK_BENCH_REFERENCE_SECONDS ?? 30);
const REFERENCE_UP_TO = 30 * 30;

/** The counts under the threshold other than 0 (0 is exempt, as the content assumes). */
const smallOf = (sys: System) => new Set(sys.vars.flatMap((x, v) => (x.value > 0 && x.value < THRESHOLD ? [v] : [])));

function timed(f: () => Proposal): { proposal: Proposal; ms: number; cpuMs: number; mainMs: number; work: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const m0 = mainThreadCpuMs();
  const w0 = workNow();
  const proposal = f();
  const ms = performance.now() - t0;
  const used = process.cpuUsage(c0);
  return { proposal, ms, cpuMs: (used.user + used.system) / 1000, mainMs: mainThreadCpuMs() - m0, work: (workNow() - w0) / 1000 };
}

const highs = await loadHighs();
// Warm the WebAssembly up (its first solves run before the engine's code is optimised).
{
  const { sys } = systemOf(readTables(table(5, 5, 1, 'many')).tables, { zeroExempt: true });
  suppress(highs, sys, { protection: 'threshold', threshold: THRESHOLD, primary: smallOf(sys) });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const worst = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
const hiddenValue = (sys: System, p: Proposal) => [...p.hidden].reduce((s, v) => s + sys.vars[v]!.value, 0);

interface Way {
  ms: { median: number; max: number };
  cpuMs: { median: number };
  /** CPU of the main thread alone (bench/cpu.ts): without V8's background compilers and GC helpers. */
  mainMs: { median: number };
  /** Counted work, thousands of ticks (src/pubcheck/work.ts): what the search's limits measure, the same at any load. */
  work: { median: number; max: number };
  secondary: number;
  /** Hidden cells ÷ the fewest and hidden value ÷ the least, over the tables where the reference proved both. */
  cells: { mean: number; worst: number };
  value: { mean: number; worst: number };
  /** Tables where the default run itself proved its proposal the least costly. */
  exact: number;
  /** Of the tables where the reference proved a choice within 5% of both minima, those where this one is too. */
  goal: number;
}
interface Row {
  size: string;
  small: Spread;
  protection: Protection;
  cells: number;
  primary: number;
  /** Tables whose two minima the reference proved. */
  proved: number;
  /** Tables where the reference proved that no choice is within 5% of both minima. */
  apart: number;
  /** Tables where the reference found a choice within 5% of both proved minima. */
  possible: number;
  quick: Way;
  default: Way;
}

const rows: Row[] = [];
for (const [small, protection] of [
  ['many', 'threshold'],
  ['few', 'threshold'],
  ['many', 'not-exact'],
  ['few', 'not-exact'],
] as const) {
  for (const [r, c, linked] of SIZES) {
    if (ONLY && !ONLY.includes(sizeName(r, c, linked))) continue;
    const runs: { quick: ReturnType<typeof timed>; dflt: ReturnType<typeof timed>; sys: System; ref?: Proposal }[] = [];
    let primary = 0;
    for (let k = 0; k < TABLES_PER_SIZE; k++) {
      const { sys } = systemOf(readTables(table(r, c, 1000 * r + c + k, small, linked)).tables, { zeroExempt: true });
      const req: AuditRequirement = { protection, threshold: THRESHOLD, primary: smallOf(sys) };
      primary += req.primary.size;
      const quick = timed(() => suppress(highs, sys, req, { mipSeconds: 0 }));
      const dflt = timed(() => suppress(highs, sys, req));
      const ref =
        !linked && r * c <= REFERENCE_UP_TO ? suppress(highs, sys, req, { mipSeconds: REFERENCE_SECONDS, settle: 'least' }) : undefined;
      runs.push({ quick, dflt, sys, ...(ref && { ref }) });
    }
    const proved = runs.filter((x) => {
      const m = x.ref?.least?.minima;
      return m !== undefined && m.cells > 0 && m.cells === m.cellsBound && m.value === m.valueBound;
    });
    const possible = proved.filter((x) => x.ref!.least!.ratio <= 1.05 + 1e-9);
    const way = (pick: (x: (typeof runs)[number]) => ReturnType<typeof timed>): Way => {
      const cells = proved.map((x) => pick(x).proposal.hidden.size / x.ref!.least!.minima.cells);
      const value = proved.map((x) => hiddenValue(x.sys, pick(x).proposal) / Math.max(1, x.ref!.least!.minima.value));
      return {
        ms: { median: Math.round(median(runs.map((x) => pick(x).ms))), max: Math.round(worst(runs.map((x) => pick(x).ms))) },
        cpuMs: { median: Math.round(median(runs.map((x) => pick(x).cpuMs))) },
        mainMs: { median: Math.round(median(runs.map((x) => pick(x).mainMs))) },
        work: { median: Math.round(median(runs.map((x) => pick(x).work))), max: Math.round(worst(runs.map((x) => pick(x).work))) },
        secondary: Math.round(mean(runs.map((x) => pick(x).proposal.secondary.size))),
        cells: { mean: mean(cells), worst: worst(cells) },
        value: { mean: mean(value), worst: worst(value) },
        exact: runs.filter((x) => pick(x).proposal.method === 'exact').length,
        goal: possible.filter((x) => {
          const m = x.ref!.least!.minima;
          return (
            Math.max(pick(x).proposal.hidden.size / m.cells, hiddenValue(x.sys, pick(x).proposal) / Math.max(1, m.value)) <= 1.05 + 1e-9
          );
        }).length,
      };
    };
    rows.push({
      size: sizeName(r, c, linked),
      small,
      protection,
      cells: (linked ? 2 : 1) * (r + 1) * (c + 1),
      primary: Math.round(primary / TABLES_PER_SIZE),
      proved: proved.length,
      possible: possible.length,
      apart: runs.filter((x) => x.ref?.least?.proved && x.ref.least.ratio > 1.05 + 1e-9).length,
      quick: way((x) => x.quick),
      default: way((x) => x.dflt),
    });
  }
}

const ratio = (x: { mean: number; worst: number }) => (Number.isNaN(x.mean) ? '   —      ' : `${x.mean.toFixed(3)}/${x.worst.toFixed(2)}`);
console.log(
  `pubcheck engine: suppression + audit, ${TABLES_PER_SIZE} random tables per row (cells include totals); default least-loss search budget ${MIP_SECONDS} s of counted work (${TICKS_PER_SECOND / 1000}k ticks)`,
);
console.log(
  `ratios: hidden cells ÷ the fewest possible, hidden value ÷ the least possible, mean/worst; proved = tables where a ${REFERENCE_SECONDS} s search proved both minima; apart = of those, tables where no choice is within 1.05× of both; goal = within 1.05× of both where the reference found such a choice`,
);
console.log(
  'size      small  protection  cells primary proved apart | quick: median ms (cpu)  cells×      value×     | default: median ms (cpu/main) max ms cells×      value×      exact goal  work k (max)',
);
for (const x of rows) {
  const q = x.quick;
  const d = x.default;
  console.log(
    `${x.size.padEnd(9)} ${x.small.padEnd(6)} ${x.protection.padEnd(11)} ${String(x.cells).padStart(5)} ${String(x.primary).padStart(7)} ${`${x.proved}/${TABLES_PER_SIZE}`.padStart(6)} ${String(x.apart).padStart(5)} | ${`${q.ms.median} (${q.cpuMs.median})`.padStart(16)}        ${ratio(q.cells)}  ${ratio(q.value)} | ${`${d.ms.median} (${d.cpuMs.median}/${d.mainMs.median})`.padStart(20)} ${String(d.ms.max).padStart(6)}  ${ratio(d.cells)}  ${ratio(d.value)}  ${d.exact}/${TABLES_PER_SIZE}   ${d.goal}/${x.possible}  ${d.work.median} (${d.work.max})`,
  );
}
saveResult(
  'pubcheck',
  {
    threshold: THRESHOLD,
    tablesPerSize: TABLES_PER_SIZE,
    mipSeconds: MIP_SECONDS,
    referenceSeconds: REFERENCE_SECONDS,
    highs: highs.version.string,
  },
  rows,
);
