/**
 * One benchmark task per process, so each gets its own peak memory: `node bench/tasks.ts <task> <contentDir>`
 * prints one JSON line `{ ms, cpuMs, ...details }` with the time of the work itself (not of starting Node).
 * Tasks: remark (the baseline: read and parse every .mdx with remark alone), load (loadModel), check (loadModel
 * and every rule: the checker's work), compare (compareVersions).
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { loadModel } from '../src/model/load.ts';

const [task, dir] = process.argv.slice(2);
if (!task || !dir) {
  console.error('usage: node bench/tasks.ts remark|load|check|compare <contentDir>');
  process.exit(2);
}
const ms = (start: number) => Math.round((performance.now() - start) * 10) / 10;
/** CPU time (user + system) of this process since `start`, in ms: what the machine's other work does not inflate as much. */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 100) / 10;
};

if (task === 'remark') {
  // What any MDX pipeline must pay at least: read and parse each MDX file (clauses, terms, meetings) once.
  const files = globSync('**/*.mdx', { cwd: dir });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
  const start = performance.now();
  const cpu = process.cpuUsage();
  let nodes = 0;
  for (const f of files) nodes += processor.parse(readFileSync(join(dir, f), 'utf8')).children.length;
  console.log(JSON.stringify({ ms: ms(start), cpuMs: cpuMs(cpu), files: files.length, nodes }));
} else if (task === 'check') {
  const { runRules } = await import('../scripts/checks/index.ts');
  const start = performance.now();
  const cpu = process.cpuUsage();
  const loaded = loadModel(dir);
  const findings = runRules(loaded);
  console.log(JSON.stringify({ ms: ms(start), cpuMs: cpuMs(cpu), files: loaded.files, findings: findings.length }));
} else if (task === 'load') {
  const start = performance.now();
  const { model, diagnostics, files } = loadModel(dir);
  console.log(JSON.stringify({ ms: ms(start), files, diagnostics: diagnostics.length, versions: model.chain.length }));
} else if (task === 'compare') {
  const { model } = loadModel(dir);
  // A variable specifier: the module comes from the compare branch, and this file must type-check without it.
  const modulePath = '../src/model/compare.ts';
  const { compareVersions } = (await import(modulePath)) as {
    compareVersions(m: typeof model, a: string, b: string): { rows: unknown[] };
  };
  const chain = model.chain;
  // The first call also builds the per-model compare data; later calls show the cost of one comparison.
  let start = performance.now();
  compareVersions(model, chain[0]!, chain[chain.length - 1]!);
  const firstMs = ms(start);
  start = performance.now();
  const rows = compareVersions(model, chain[0]!, chain[chain.length - 1]!).rows.length;
  const widestMs = ms(start);
  start = performance.now();
  for (let i = 1; i < chain.length; i++) compareVersions(model, chain[i - 1]!, chain[i]!);
  const adjacentMs = ms(start) / Math.max(1, chain.length - 1);
  console.log(JSON.stringify({ ms: widestMs, firstMs, adjacentMs: Math.round(adjacentMs * 10) / 10, rows }));
} else {
  console.error(`unknown task ${task}`);
  process.exit(2);
}
