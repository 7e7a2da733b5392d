/**
 * Benchmark of the publication checker's command line as a user meets it: the whole process, from `node` to the
 * last byte of output, on a small table. Cases: bare Node (the floor), --help (no engine), a table with warm
 * caches (compiled modules and the rule bundle kept from the last run, the everyday case), and a table cold (both
 * caches off: the first run after an install or an edit of the content). Prints a table and writes
 * bench/results/pubcheck-startup.json. Wall time suffers from other load on the machine; the CPU time of the
 * child (user + system, from /proc on Linux) less so.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { saveResult } from './results.ts';

const RUNS = 7;
const node = process.execPath;
const TABLE = 'test/fixtures/pubcheck/tables/small.csv';

/** CPU time (ms) used so far by this process's finished children, or undefined where /proc is not there. */
function childrenCpuMs(): number | undefined {
  try {
    // Fields after the command name: …, cutime (14th after it), cstime (15th), in clock ticks (100 per second).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
  /** Exit code the case must end with (the table needs changes: 1). */
  exit: number;
}

const CASES: Case[] = [
  { name: 'node -e 0 (floor)', args: ['-e', '0'], exit: 0 },
  { name: 'pubcheck --help', args: ['scripts/pubcheck.js', '--help'], exit: 0 },
  { name: 'pubcheck table, warm caches', args: ['scripts/pubcheck.js', TABLE, '--details'], exit: 1 },
  {
    name: 'pubcheck table, cold',
    args: ['scripts/pubcheck.js', TABLE, '--details', '--no-cache'],
    env: { NODE_DISABLE_COMPILE_CACHE: '1' },
    exit: 1,
  },
];

interface Row {
  case: string;
  wallMs: { median: number; min: number; max: number };
  cpuMs: { median: number } | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: Row[] = [];
for (const c of CASES) {
  const run = () => spawnSync(node, c.args, { env: { ...process.env, ...c.env }, encoding: 'utf8' });
  // One run first, so that the warm cases find their caches (and every case its files in the page cache).
  run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const before = childrenCpuMs();
    const t0 = performance.now();
    const r = run();
    wall.push(performance.now() - t0);
    const after = childrenCpuMs();
    if (before !== undefined && after !== undefined) cpu.push(after - before);
    if (r.status !== c.exit) throw new Error(`${c.name}: exit ${r.status}, expected ${c.exit}\n${r.stderr}`);
  }
  rows.push({
    case: c.name,
    wallMs: { median: Math.round(median(wall)), min: Math.round(Math.min(...wall)), max: Math.round(Math.max(...wall)) },
    cpuMs: cpu.length ? { median: Math.round(median(cpu)) } : null,
  });
}

console.log(`pubcheck start-up: whole process on ${TABLE}, ${RUNS} runs each (median; cpu = user + system of the child)`);
console.log('case                              wall ms   min    max    cpu ms');
for (const r of rows) {
  console.log(
    `${r.case.padEnd(32)} ${String(r.wallMs.median).padStart(8)} ${String(r.wallMs.min).padStart(5)} ${String(r.wallMs.max).padStart(6)} ${String(r.cpuMs?.median ?? '—').padStart(8)}`,
  );
}
saveResult('pubcheck-startup', { runs: RUNS }, rows);
