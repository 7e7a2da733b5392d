/**
 * Benchmark of the publication checker: time to propose and audit the suppression of random count tables with
 * totals (10×10, 30×30, 100×20). Prints a table and writes bench/results/pubcheck.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import loadHighs from 'highs';
import type { AuditRequirement } from '../src/pubcheck/audit.ts';
import { readTables } from '../src/pubcheck/read.ts';
import { suppress } from '../src/pubcheck/secondary.ts';
import { systemOf, type System } from '../src/pubcheck/system.ts';
import type { Protection } from '../src/pubcheck/types.ts';

const THRESHOLD = 10;
const SIZES: [number, number][] = [[10, 10], [30, 30], [100, 20]];
const TABLES_PER_SIZE = 3;

/** Deterministic random numbers (mulberry32), so every run times the same tables. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Counts spread like clinical tables, log-normal: `many` small cells (median about 20, a quarter under 10) or
 * `few` (median about 90, a few percent under 10, so most suppression is secondary).
 */
type Spread = 'many' | 'few';
function table(rows: number, cols: number, seed: number, spread: Spread = 'many'): string {
  const rnd = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const cells = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(Math.exp((spread === 'many' ? 3 : 4.5) + 1.2 * normal()))));
  const lines = [['', ...cells[0]!.map((_, j) => `c${j + 1}`), '合計'].join('\t')];
  cells.forEach((row, i) => lines.push([`r${i + 1}`, ...row, row.reduce((a, b) => a + b, 0)].join('\t')));
  const sums = cells[0]!.map((_, j) => cells.reduce((s, row) => s + row[j]!, 0));
  lines.push(['合計', ...sums, sums.reduce((a, b) => a + b, 0)].join('\t'));
  return lines.join('\n');
}

/** The counts under the threshold other than 0 (0 is exempt, as the content assumes). */
const smallOf = (sys: System) => new Set(sys.vars.flatMap((x, v) => (x.value > 0 && x.value < THRESHOLD ? [v] : [])));

const highs = await loadHighs();
// Warm the WebAssembly up (its first solves run before the engine's code is optimised).
{
  const { sys } = systemOf(readTables(table(5, 5, 1)).tables, { zeroExempt: true });
  suppress(highs, sys, { protection: 'threshold', threshold: THRESHOLD, primary: smallOf(sys) });
}

interface Row {
  size: string;
  small: Spread;
  protection: Protection;
  cells: number;
  primary: number;
  secondary: number;
  rounds: number;
  passed: boolean;
  ms: { median: number; min: number; max: number };
  /** CPU time of this process (user + system), less sensitive than wall time to other load on the machine. */
  cpuMs: { median: number };
}
const rows: Row[] = [];
for (const [small, protection] of [['many', 'threshold'], ['few', 'threshold'], ['many', 'not-exact']] as const) {
  for (const [r, c] of SIZES) {
    const times: number[] = [];
    const cpu: number[] = [];
    const last = { cells: 0, primary: 0, secondary: 0, rounds: 0, passed: true };
    for (let k = 0; k < TABLES_PER_SIZE; k++) {
      const { sys } = systemOf(readTables(table(r, c, 1000 * r + c + k, small)).tables, { zeroExempt: true });
      const req: AuditRequirement = { protection, threshold: THRESHOLD, primary: smallOf(sys) };
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const s = suppress(highs, sys, req);
      times.push(performance.now() - t0);
      const used = process.cpuUsage(c0);
      cpu.push((used.user + used.system) / 1000);
      last.cells += sys.vars.length;
      last.primary += req.primary.size;
      last.secondary += s.secondary.size;
      last.rounds = Math.max(last.rounds, s.rounds);
      last.passed &&= s.passed;
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x);
    rows.push({
      size: `${r}×${c}`, small, protection, cells: last.cells / TABLES_PER_SIZE, primary: round(last.primary / TABLES_PER_SIZE),
      secondary: round(last.secondary / TABLES_PER_SIZE), rounds: last.rounds, passed: last.passed,
      ms: { median: round(times[Math.floor(times.length / 2)]!), min: round(times[0]!), max: round(times.at(-1)!) },
      cpuMs: { median: round(cpu[Math.floor(cpu.length / 2)]!) },
    });
  }
}

console.log(`pubcheck: propose + audit suppression, ${TABLES_PER_SIZE} random tables per size (cells include totals; means per table)`);
console.log('size     small  protection  cells  primary  secondary  rounds  audit   median ms  min ms  max ms  cpu ms');
for (const x of rows) {
  console.log(
    `${x.size.padEnd(8)} ${x.small.padEnd(6)} ${x.protection.padEnd(11)} ${String(x.cells).padStart(5)}  ${String(x.primary).padStart(7)}  ${String(x.secondary).padStart(9)}  ${String(x.rounds).padStart(6)}  ${(x.passed ? 'pass' : 'FAIL').padEnd(6)} ${String(x.ms.median).padStart(9)}  ${String(x.ms.min).padStart(6)}  ${String(x.ms.max).padStart(6)}  ${String(x.cpuMs.median).padStart(6)}`,
  );
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/pubcheck.json', `${JSON.stringify({
  benchmark: 'pubcheck', date: new Date().toISOString(), threshold: THRESHOLD, tablesPerSize: TABLES_PER_SIZE,
  highs: highs.version.string, node: process.version, cpus: availableParallelism(), loadAverage: loadavg(), results: rows,
}, null, 2)}\n`);
console.log('→ bench/results/pubcheck.json');
