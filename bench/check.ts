/**
 * Times the consistency checker on the real content and on scaled copies of it, and prints the figures:
 * `node bench/check.ts [--copies 1,10,50] [--runs 5]`.
 *
 * A scaled copy repeats every guideline version (with its clauses) under new version ids chained after the real
 * ones, years shifted so that dates stay in order; terms, meetings and rules stay as they are. The copy must check
 * clean, so that the figures time the usual path and not the reporting of findings. Figures per size:
 * - cold: fresh `node scripts/check.js --no-cache --format json` processes (a CI run), whole-process wall time
 *   and the checker's own figure (load + rules, from its summary);
 * - cached: the same with the parse cache filled by an earlier run (a run after editing a file or two);
 * - warm: load + rules repeated in this process, with CPU time, to show how the work grows with the content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { runRules } from '../scripts/checks/index.ts';
import { loadModel } from '../src/model/load.ts';

const project = process.cwd();
const node = process.execPath;

/** Write content/ × `copies` into a fresh folder; returns the folder (a project root with a content/ inside). */
function scaled(copies: number): string {
  const root = mkdtempSync(join(tmpdir(), `check-bench-${copies}-`));
  const content = join(root, 'content');
  cpSync(join(project, 'content'), content, { recursive: true });
  const guideline = join(content, 'guideline');
  const chain = loadModel('content', project).model.chain;
  const clausesOf = (v: string) =>
    readdirSync(join(project, 'content/guideline', v))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.slice(0, -4));
  const lastOriginal = chain[chain.length - 1]!;
  for (let i = 1; i < copies; i++) {
    const rename = (v: string) => `${v}-c${i}`;
    for (const v of chain) {
      const folder = join(guideline, rename(v));
      cpSync(join(project, 'content/guideline', v), folder, { recursive: true });
      const version = parse(readFileSync(join(folder, 'version.yaml'), 'utf8'));
      version.id = rename(v);
      version.status = 'draft';
      for (const field of ['issued', 'effective'] as const) {
        for (const key of ['date', 'notBefore', 'notAfter']) {
          const d = version[field][key];
          if (typeof d === 'string') version[field][key] = `${Number(d.slice(0, 4)) + 10 * i}${d.slice(4)}`;
        }
      }
      if (version.supersedes === null) {
        // The copy's first version follows the latest version of the copy before it: declare what it drops.
        const previous = i === 1 ? lastOriginal : `${lastOriginal}-c${i - 1}`;
        version.supersedes = previous;
        const kept = new Set(clausesOf(v));
        version.removed = clausesOf(lastOriginal)
          .filter((c) => !kept.has(c))
          .map((clause) => ({ clause, kind: 'removed', note: 'bench' }));
      } else version.supersedes = rename(version.supersedes);
      writeFileSync(join(folder, 'version.yaml'), stringify(version, { aliasDuplicateObjects: false }));
      for (const c of clausesOf(v)) {
        const file = join(folder, `${c}.mdx`);
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace(/version="([^"]+)"/g, (_, id: string) => `version="${rename(id)}"`),
        );
      }
    }
  }
  return root;
}

function main(): void {
  const { values } = parseArgs({ options: { copies: { type: 'string', default: '1,10,50' }, runs: { type: 'string', default: '5' } } });
  const sizes = values.copies.split(',').map(Number);
  const runs = Number(values.runs);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rows: string[][] = [
    ['copies', 'files', 'findings', 'cold wall', 'cold check', 'cached wall', 'cached check', 'warm check', 'warm CPU', 'CPU per file'],
  ];
  const cacheDir = join(project, 'node_modules/.cache/midnet-check');
  const cachesBefore = new Set(existsSync(cacheDir) ? readdirSync(cacheDir) : []);

  /** Run the CLI in a fresh process: its wall time, its own figure, and what it found. */
  function runCli(root: string, cache: boolean) {
    const started = performance.now();
    const child = spawnSync(node, ['scripts/check.js', ...(cache ? [] : ['--no-cache']), '--format', 'json', '--root', root, 'content'], {
      cwd: project,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const wall = performance.now() - started;
    if (child.status === 2) throw new Error(`the checker failed on ${root}: ${child.stderr}`);
    const out = JSON.parse(child.stdout) as { findings: unknown[]; summary: { ms: number; files: number } };
    return { wall, own: out.summary.ms, files: out.summary.files, findings: out.findings.length };
  }

  for (const copies of sizes) {
    const root = copies === 1 ? project : scaled(copies);
    try {
      const cold = Array.from({ length: runs }, () => runCli(root, false));
      runCli(root, true);
      const cached = Array.from({ length: runs }, () => runCli(root, true));
      const { files, findings } = cold[0]!;
      const warm: number[] = [];
      const cpu: number[] = [];
      for (let r = 0; r < runs + 1; r++) {
        const started = performance.now();
        const before = process.cpuUsage();
        runRules(loadModel('content', root));
        const used = process.cpuUsage(before);
        // The first in-process round warms the JIT up; it is what the cold figures already show.
        if (r === 0) continue;
        warm.push(performance.now() - started);
        cpu.push((used.user + used.system) / 1000);
      }
      const ms = (x: number) => `${Math.round(x)} ms`;
      rows.push([
        String(copies),
        String(files),
        String(findings),
        ms(median(cold.map((r) => r.wall))),
        ms(median(cold.map((r) => r.own))),
        ms(median(cached.map((r) => r.wall))),
        ms(median(cached.map((r) => r.own))),
        ms(median(warm)),
        ms(median(cpu)),
        `${(median(cpu) / files).toFixed(2)} ms`,
      ]);
    } finally {
      if (root !== project) rmSync(root, { recursive: true, force: true });
    }
  }

  // The caches of the scaled copies are of no further use.
  for (const f of existsSync(cacheDir) ? readdirSync(cacheDir) : []) if (!cachesBefore.has(f)) rmSync(join(cacheDir, f));

  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
  console.log(
    `medians of ${runs} runs. cold: fresh processes, --no-cache; cached: fresh processes, parse cache filled; check = load + rules as the CLI reports it; warm: load + rules again in one process`,
  );
}

if (import.meta.main) main();
