/**
 * Benchmark of reading inputs at the limits (read.ts `LIMITS`: 250,000 lines, 5,000,000 characters; an HTML text's
 * 60,100 cells): the engine's `readTables`, which refuses what is too large and reads what is not, on generated
 * texts — an HTML table of 30,000 rows of two cells, TSV, CSV and Markdown tables of 250,000 lines, 5 MB of long
 * lines, 250,000 lines of notes, ten tables of 2,000 rows. Each case is read once to warm up, then RUNS times; it
 * prints the median wall time and the median CPU time of the main thread (bench/cpu.ts: less hurt by other load)
 * and writes bench/results/pubcheck-inputs.json.
 *
 * `node bench/pubcheck-inputs.ts [filter] [root]`: only the cases whose name holds `filter`; `root` reads with the
 * engine of another tree (an unpacked older commit, `git archive <commit> | tar -x -C <dir>`), to measure before and
 * after a change on the same machine at the same time.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mainThreadCpuMs } from './cpu.ts';
import { saveResult } from './results.ts';

const RUNS = 5;
const [filter = '', root = '.'] = process.argv.slice(2);
const { readTables } = (await import(
  pathToFileURL(resolve(root, 'src/pubcheck/read.ts')).href
)) as typeof import('../src/pubcheck/read.ts');

const rows = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');
const count = (i: number) => (i % 50) + 10;

/** Each case: a name and its text. */
const CASES: [string, () => string][] = [
  [
    'HTML, 30,000 rows × 2 cells',
    () => `<table>\n<tr><th>項目</th><th>A群</th></tr>\n${rows(30_000, (i) => `<tr><td>r${i}</td><td>${count(i)}</td></tr>`)}\n</table>\n`,
  ],
  [
    'HTML, 30 tables × 1,000 rows',
    () =>
      rows(
        30,
        () => `<table>\n<tr><th>項目</th><th>A群</th></tr>\n${rows(1_000, (i) => `<tr><td>r${i}</td><td>${count(i)}</td></tr>`)}\n</table>`,
      ),
  ],
  ['TSV, 250,000 lines', () => `項目\tA群\n${rows(249_999, (i) => `r${i}\t${count(i)}`)}`],
  ['CSV quoted, 250,000 lines', () => `項目,A群\n${rows(249_999, (i) => `"r${i}","${count(i)}"`)}`],
  ['Markdown, 250,000 lines', () => `| 項目 | A群 |\n|---|---|\n${rows(249_998, (i) => `| r${i} | ${count(i)} |`)}`],
  ['TSV, 1,000 lines of 4,900 characters', () => rows(1_000, () => rows(700, String).replace(/\n/g, '\t').padEnd(4_899, 'x'))],
  ['TSV, one line of 3.8 M characters', () => rows(490_000, (i) => `c${i}`).replace(/\n/g, '\t')],
  ['notes: 250,000 「#」 lines with a number', () => rows(250_000, (i) => `# note ${i}`)],
  ['notes: 125,000 lines between empty lines', () => rows(125_000, (i) => `note ${i}\n`)],
  [
    'TSV, 10 tables × 2,000 rows',
    () => rows(10, () => `項目\tA群\n${rows(2_000, (i) => `r${i}\t${count(i)}`)}`).replace(/\n項目/g, '\n\n項目'),
  ],
];

interface Row {
  case: string;
  characters: number;
  result: string;
  wallMs: number;
  cpuMs: number;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: Row[] = [];
for (const [name, make] of CASES) {
  if (!name.includes(filter)) continue;
  const text = make();
  const first = readTables(text);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = mainThreadCpuMs();
    const t0 = performance.now();
    readTables(text);
    wall.push(performance.now() - t0);
    cpu.push(mainThreadCpuMs() - c0);
  }
  const codes = [...new Set(first.errors.map((e) => e.code))].join(' ') || `${first.tables.length} tables`;
  results.push({ case: name, characters: text.length, result: codes, wallMs: Math.round(median(wall)), cpuMs: Math.round(median(cpu)) });
}

console.log(`pubcheck inputs at the limits: readTables, ${RUNS} runs each after one (median)${root === '.' ? '' : `, engine of ${root}`}`);
console.log('case                                        characters   wall ms   cpu ms  result');
for (const r of results) {
  console.log(
    `${r.case.padEnd(42)} ${String(r.characters).padStart(11)} ${String(r.wallMs).padStart(9)} ${String(r.cpuMs).padStart(8)}  ${r.result}`,
  );
}
if (root === '.' && filter === '') saveResult('pubcheck-inputs', { runs: RUNS }, results);
