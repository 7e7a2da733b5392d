/**
 * Calibration of the search's counted work (src/pubcheck/work.ts) against time: the bench's 30×30 tables (few and
 * many small counts, both protections; TABLES per class, 11 by default) suppressed REPEAT times each after a warm-up,
 * every costly step sampled (work.ts `trace`) with its main-thread CPU and what it counted; per kind, the
 * time per unit counted, and per suppression its ticks against its main thread's CPU. `node bench/pubcheck-work.ts`.
 */
import loadHighs from 'highs';
import { readTables } from '../src/pubcheck/read.ts';
import { suppress } from '../src/pubcheck/secondary.ts';
import { systemOf, type System } from '../src/pubcheck/system.ts';
import * as work from '../src/pubcheck/work.ts';
import { mainThreadCpuMs } from './cpu.ts';
import { clinicalTable } from './tables.ts';

const THRESHOLD = 10;
const N = Number(process.env.TABLES ?? 11);
const REPEAT = Number(process.env.REPEAT ?? 2);
const SIZE = Number(process.env.SIZE ?? 30);
const highs = await loadHighs();
const smallOf = (sys: System) => new Set(sys.vars.flatMap((x, v) => (x.value > 0 && x.value < THRESHOLD ? [v] : [])));
const CLASSES = (process.env.CLASSES ?? 'few:threshold,few:not-exact,many:threshold,many:not-exact').split(',');
const per: { cls: string; k: number; ms: number; main: number; ticks: number }[] = [];
for (let warm = 0; warm < 3; warm++) {
  const { sys } = systemOf(readTables(clinicalTable(SIZE, SIZE, 77 + warm, 'few')).tables, { zeroExempt: true });
  suppress(highs, sys, { protection: 'threshold', threshold: THRESHOLD, primary: smallOf(sys) });
}
work.trace.on = true;
for (const cls of CLASSES) {
  const [spread, protection] = cls.split(':') as ['few' | 'many', 'threshold' | 'not-exact'];
  for (let k = 0; k < N; k++) {
    if (process.env.ONLY && !process.env.ONLY.split(',').map(Number).includes(k)) continue;
    const { sys } = systemOf(readTables(clinicalTable(SIZE, SIZE, 1000 * SIZE + SIZE + k, spread)).tables, { zeroExempt: true });
    const req = { protection, threshold: THRESHOLD, primary: smallOf(sys) };
    for (let i = 0; i < REPEAT; i++) {
      const t0 = performance.now();
      const m0 = mainThreadCpuMs();
      const w0 = work.workNow();
      const p = suppress(highs, sys, req, process.env.MIPS ? { mipSeconds: Number(process.env.MIPS) } : {});
      per.push({ cls, k, ms: performance.now() - t0, main: mainThreadCpuMs() - m0, ticks: work.workNow() - w0 });
      if (i === 0 && process.env.VERBOSE) console.log(cls, k, p.least?.cells, p.least?.value);
    }
  }
}
const fmt = (x: number, d = 3) => x.toFixed(d);
for (const [kind, rows] of Object.entries(work.trace.samples)) {
  const ms = rows.reduce((s, r) => s + r[0]!, 0);
  const cols = rows[0]!.length - 1;
  const sums = Array.from({ length: cols }, (_, j) => rows.reduce((s, r) => s + r[j + 1]!, 0));
  console.log(
    `${kind}: ${rows.length} runs, ${fmt(ms, 0)} ms; sums ${sums.map((x) => fmt(x, 0)).join(' ')}; ms/run ${fmt(ms / rows.length, 4)}`,
  );
}
// Least squares of ms on features (no intercept), per kind.
function fit(rows: number[][], feats: ((r: number[]) => number)[]): number[] {
  const n = feats.length;
  const A = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const b = new Array<number>(n).fill(0);
  for (const r of rows) {
    const f = feats.map((g) => g(r));
    for (let i = 0; i < n; i++) {
      b[i]! += f[i]! * r[0]!;
      for (let j = 0; j < n; j++) A[i]![j]! += f[i]! * f[j]!;
    }
  }
  // Gaussian elimination.
  for (let i = 0; i < n; i++) {
    let p = i;
    for (let r = i + 1; r < n; r++) if (Math.abs(A[r]![i]!) > Math.abs(A[p]![i]!)) p = r;
    [A[i], A[p]] = [A[p]!, A[i]!];
    [b[i], b[p]] = [b[p]!, b[i]!];
    for (let r = 0; r < n; r++) {
      if (r === i || A[i]![i] === 0) continue;
      const m = A[r]![i]! / A[i]![i]!;
      for (let c = 0; c < n; c++) A[r]![c]! -= m * A[i]![c]!;
      b[r]! -= m * b[i]!;
    }
  }
  return b.map((x, i) => x / A[i]![i]!);
}
const r2 = (rows: number[][], feats: ((r: number[]) => number)[], w: number[]) => {
  const mean = rows.reduce((s, r) => s + r[0]!, 0) / rows.length;
  let ss = 0;
  let res = 0;
  for (const r of rows) {
    const pred = feats.reduce((s, g, i) => s + w[i]! * g(r), 0);
    ss += (r[0]! - mean) ** 2;
    res += (r[0]! - pred) ** 2;
  }
  return 1 - res / ss;
};
// Per kind, what its weights multiply (work.ts): the columns after the CPU are what the step counted.
const perRun = (r: number[]) => r[2]!;
const perIteration = (r: number[]) => r[1]! * r[2]!;
const models: Record<string, ((r: number[]) => number)[]> = {
  'master-lp': [perRun, perIteration],
  'flow-lp': [perRun, perIteration],
  'separation-lp': [perRun, perIteration],
  'audit-lp': [perRun, perIteration],
  mip: [(r) => r[3]!, (r) => r[1]! * r[3]!, (r) => r[2]! * r[3]!],
  flow: [(r) => r[1]!],
  path: [(r) => r[1]!],
  separation: [(r) => r[1]!],
};
for (const [kind, feats] of Object.entries(models)) {
  const rows = work.trace.samples[kind];
  if (!rows || rows.length < feats.length) continue;
  const w = fit(rows, feats);
  console.log(`fit ${kind}: weights (µs) ${w.map((x) => (x * 1000).toPrecision(3)).join(' ')}  R² ${fmt(r2(rows, feats, w))}`);
}
const byCls = new Map<string, typeof per>();
for (const p of per) byCls.set(p.cls, [...(byCls.get(p.cls) ?? []), p]);
for (const [cls, ps] of byCls) {
  console.log(`${cls}: ms/ticks per run: ${ps.map((p) => `${p.k}:${fmt(p.ms, 0)}/${fmt(p.main, 0)}/${fmt(p.ticks / 1000, 0)}`).join(' ')}`);
}
const ratio = per.map((p) => p.main / (p.ticks / 1000)).sort((a, b) => a - b);
console.log(
  `main ms per 1000 ticks: median ${fmt(ratio[Math.floor(ratio.length / 2)]!)} (10% ${fmt(ratio[Math.floor(ratio.length / 10)]!)}, 90% ${fmt(ratio[Math.floor((9 * ratio.length) / 10)]!)})`,
);
if (process.env.DUMP) for (const r of work.trace.samples[process.env.DUMP] ?? []) console.log(r.map((x) => fmt(x, 1)).join('\t'));
