/**
 * One table of bench/pubcheck-tables.ts (30×30 with few small counts, `threshold`; TABLE=k, 6 by default) checked
 * in a fresh process, as the command line checks a table: the CPU and wall time of the suppression and audit alone
 * (HiGHS loaded before), WARM runs of another table before it (0 by default: cold, as the CLI), and what it chose;
 * the process's CPU (every thread) against its main thread's (bench/cpu.ts); SPAN=1 prints when the suppression ran
 * (to place `--trace-gc` lines); `work` the search's counted work (src/pubcheck/work.ts), the same in every process.
 * For the swing between processes running the same code: `for i in $(seq 10); do node bench/pubcheck-cold.ts; done`
 * (with node flags in between, e.g. `node --no-wasm-dynamic-tiering bench/pubcheck-cold.ts`).
 */
import loadHighs from 'highs';
import { readTables } from '../src/pubcheck/read.ts';
import { suppress } from '../src/pubcheck/secondary.ts';
import { systemOf, type System } from '../src/pubcheck/system.ts';
import { workNow } from '../src/pubcheck/work.ts';
import { mainThreadCpuMs } from './cpu.ts';
import { clinicalTable } from './tables.ts';

const THRESHOLD = 10;
const K = Number(process.env.TABLE ?? 6);
const SIZE = Number(process.env.SIZE ?? 30);
const WARM = Number(process.env.WARM ?? 0);
/** The bench's tables of this class (bench/tables.ts): few small counts. */
const table = (rows: number, cols: number, seed: number) => clinicalTable(rows, cols, seed, 'few');
const smallOf = (sys: System) => new Set(sys.vars.flatMap((x, v) => (x.value > 0 && x.value < THRESHOLD ? [v] : [])));
const highs = await loadHighs();
const run = (k: number) => {
  const { sys } = systemOf(readTables(table(SIZE, SIZE, 1001 * SIZE + k)).tables, { zeroExempt: true });
  const req = { protection: 'threshold' as const, threshold: THRESHOLD, primary: smallOf(sys) };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const m0 = mainThreadCpuMs();
  const w0 = workNow();
  const p = suppress(highs, sys, req);
  const u = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (u.user + u.system) / 1000, main: mainThreadCpuMs() - m0, work: workNow() - w0, p };
};
for (let i = 0; i < WARM; i++) run(K + 100 + i);
const l0 = mainThreadCpuMs();
const at = performance.now();
const { ms, cpu, main, work, p } = run(K);
if (process.env.SPAN) console.log(`span ${at.toFixed(0)}–${performance.now().toFixed(0)} ms`);
const l = p.least;
console.log(
  `table ${K}: ms ${ms.toFixed(0)} cpu ${cpu.toFixed(0)} (main thread ${main.toFixed(0)}; since the process started: ${((process.cpuUsage().user + process.cpuUsage().system) / 1000).toFixed(0)}, main thread ${(l0 + main).toFixed(0)}) work ${(work / 1000).toFixed(0)}k cells ${l?.cells} value ${l?.value} ratio≤${l?.ratioBound.toFixed(3)}${p.local ? ' L' : ''}${p.method === 'exact' ? ' x' : ''}`,
);
