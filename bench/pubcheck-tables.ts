/**
 * Per-table times of one class of bench/pubcheck.ts — few small counts, SIZE×SIZE (30 by default; the same tables as
 * its rows, seeds 1001·SIZE + k), PROT (`threshold` by default) — REPEAT runs each (3), wall and CPU (the process's,
 * every thread, and `main` its main thread's alone: bench/cpu.ts), the least of
 * the runs' CPU per table (less disturbed by other load than one run), cells and value hidden against a reference
 * (`settle: 'least'`, 10 s, cached in /tmp). Options: TABLES (11), ONLY=k,k…, MIPS (the search's seconds),
 * NOLOCAL=1 (without the quick stage's local search). In each run: [cells× value×], x proved least, L settled by
 * the local search; `work` the search's counted work in thousands of ticks (src/pubcheck/work.ts: the same in every
 * run of a table, whatever the load). `node bench/pubcheck-tables.ts`.
 */
import loadHighs from 'highs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readTables } from '../src/pubcheck/read.ts';
import { suppress } from '../src/pubcheck/secondary.ts';
import { systemOf, type System } from '../src/pubcheck/system.ts';
import { workNow } from '../src/pubcheck/work.ts';
import { mainThreadCpuMs } from './cpu.ts';
import { clinicalTable } from './tables.ts';

const THRESHOLD = 10;
const N = Number(process.env.TABLES ?? 11);
const SIZE = Number(process.env.SIZE ?? 30);
const REPEAT = Number(process.env.REPEAT ?? 3);
const PROT = (process.env.PROT ?? 'threshold') as 'threshold' | 'not-exact';
/** The bench's tables of this class (bench/tables.ts): few small counts. */
const table = (rows: number, cols: number, seed: number) => clinicalTable(rows, cols, seed, 'few');
const smallOf = (sys: System) => new Set(sys.vars.flatMap((x, v) => (x.value > 0 && x.value < THRESHOLD ? [v] : [])));
const highs = await loadHighs();
{
  const { sys } = systemOf(readTables(table(5, 5, 1)).tables, { zeroExempt: true });
  suppress(highs, sys, { protection: 'threshold', threshold: THRESHOLD, primary: smallOf(sys) });
}
const refFile = `/tmp/speed5-ref-${PROT}-${SIZE}.json`;
const ref: Record<number, { cells: number; value: number; ratio: number }> = existsSync(refFile)
  ? JSON.parse(readFileSync(refFile, 'utf8'))
  : {};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const perTable: { k: number; ms: number; cpu: number; minCpu: number; main: number }[] = [];
let goal = 0;
let sumC = 0;
let sumV = 0;
let possible = 0;
const ONLY = process.env.ONLY?.split(',').map(Number);
for (let k = 0; k < N; k++) {
  if (ONLY && !ONLY.includes(k)) continue;
  const { sys } = systemOf(readTables(table(SIZE, SIZE, 1001 * SIZE + k)).tables, { zeroExempt: true });
  const req = { protection: PROT, threshold: THRESHOLD, primary: smallOf(sys) };
  if (!ref[k]) {
    const r = suppress(highs, sys, req, { mipSeconds: 10, settle: 'least' });
    ref[k] = { cells: r.least!.minima.cells, value: r.least!.minima.value, ratio: r.least!.ratio };
    writeFileSync(refFile, JSON.stringify(ref));
  }
  const mss: number[] = [];
  const cpus: number[] = [];
  const mains: number[] = [];
  const works: number[] = [];
  let out = '';
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const m0 = mainThreadCpuMs();
    const w0 = workNow();
    const p = suppress(highs, sys, req, {
      ...(process.env.MIPS && { mipSeconds: Number(process.env.MIPS) }),
      ...(process.env.NOLOCAL && { localSearch: false }),
    });
    const ms = performance.now() - t0;
    const u = process.cpuUsage(c0);
    mss.push(ms);
    cpus.push((u.user + u.system) / 1000);
    mains.push(mainThreadCpuMs() - m0);
    works.push((workNow() - w0) / 1000);
    const cells = p.least?.cells ?? p.hidden.size;
    const value = p.least?.value ?? 0;
    const c = cells / ref[k]!.cells;
    const v = value / Math.max(1, ref[k]!.value);
    if (i === 0) {
      if (ref[k]!.ratio <= 1.05 + 1e-9) {
        possible++;
        if (Math.max(c, v) <= 1.05 + 1e-9) goal++;
      }
      if (!p.passed) out += ' FAILED-AUDIT';
    }
    out += ` [${c.toFixed(3)} ${v.toFixed(3)}${p.method === 'exact' ? ' x' : ''}${(p as { local?: boolean }).local ? ' L' : ''}]`;
    if (i === 0) {
      sumC += c;
      sumV += v;
    }
  }
  perTable.push({ k, ms: median(mss), cpu: median(cpus), minCpu: Math.min(...cpus), main: median(mains) });
  console.log(
    `table ${k}: primary ${req.primary.size} ms ${mss.map((x) => x.toFixed(0)).join(' ')} cpu ${cpus.map((x) => x.toFixed(0)).join(' ')} main ${mains.map((x) => x.toFixed(0)).join(' ')} work ${works.map((x) => x.toFixed(0)).join(' ')} ref ${ref[k]!.cells}/${ref[k]!.value} t*=${ref[k]!.ratio.toFixed(3)}${out}`,
  );
}
const sorted = [...perTable].sort((a, b) => a.cpu - b.cpu);
console.log(`mean cells× ${(sumC / perTable.length).toFixed(4)} value× ${(sumV / perTable.length).toFixed(4)}`);
console.log(
  `min-of-runs cpu per table, sorted: ${[...perTable]
    .sort((a, b) => a.minCpu - b.minCpu)
    .map((x) => `${x.k}:${x.minCpu.toFixed(0)}`)
    .join(' ')}; median ${median(perTable.map((x) => x.minCpu)).toFixed(0)}`,
);
console.log(
  `median ms ${median(perTable.map((x) => x.ms)).toFixed(0)} cpu ${median(perTable.map((x) => x.cpu)).toFixed(0)} main thread ${median(perTable.map((x) => x.main)).toFixed(0)}; total cpu ${perTable.reduce((s, x) => s + x.cpu, 0).toFixed(0)}; goal ${goal}/${possible}; by cpu: ${sorted.map((x) => `${x.k}:${x.cpu.toFixed(0)}`).join(' ')}`,
);
