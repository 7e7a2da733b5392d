/**
 * Benchmark of one long cell (issue #11: 「a single cell or note of 100k–1M characters」): `readTables` on a small
 * table one of whose texts — a label, a count's cell, a header, the title, a note, an HTML caption or style — is a
 * single line of about 1,000,000 characters of one run (digits, spaces, kanji numerals …) that no pattern finishes on.
 * A pattern that backtracks super-linearly on such a run (test/pubcheck/regex-linear.test.ts) turns this into
 * minutes; each case runs in a worker stopped after LIMIT_S seconds and is then printed as 「> LIMIT_S s」.
 *
 * `node bench/pubcheck-long.ts [filter] [root]`: only the cases whose name holds `filter`; `root` reads with the engine
 * of another tree (`git archive <commit> | tar -x -C <dir>`), to measure before and after a change on one machine.
 * Writes bench/results/pubcheck-long.json when run whole on this tree.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { saveResult } from './results.ts';

const LIMIT_S = 60;
const SIZE = 1_000_000;
const run = (c: string) => c.repeat(Math.ceil(SIZE / c.length));
const table = (label: string, cell = '10', header = 'A群') => `項目\t${header}\tB群\n${label}\t${cell}\t20\n女性\t30\t40`;

/** Each case: a name and its text. */
const CASES: [string, () => string][] = [
  ['label: 1 M digits', () => table(`${run('1')}x`)],
  ['label: 1 M spaces inside', () => table(`a${run(' ')}x`)],
  ['label: 1 M kanji numerals', () => table(`${run('三')}x`)],
  ['label: 1 M 「1,」', () => table(`${run('1,')}x`)],
  ['label: 「全」 then 1 M spaces', () => table(`全${run(' ')}x`)],
  ['label: 1 M 「,111」 groups', () => table(`1${run(',111')}x`)],
  ['label: 1 M 「one 」', () => table(`${run('one ')}x`)],
  ['cell: 1 M digits and spaces', () => table('男性', `${run('1 ')}x`)],
  ['header: 1 M 「n=」', () => table('男性', '10', `A群 ${run('n=')}`)],
  ['title: 1 M spaces then 「(95」', () => `# 発現率${run(' ')}(95\n${table('男性')}`],
  ['note: 1 M digits', () => `${table('男性')}\n注：${run('1')}x`],
  [
    'HTML caption and cell: 1 M digits',
    () => `<table><caption>${run('1')}x</caption><tr><th>項目</th><th>A群</th></tr><tr><td>${run('1')}x</td><td>10</td></tr></table>`,
  ],
  [
    'HTML style: 1 M spaces',
    () => `<table><tr><th>項目</th><th>A群</th></tr><tr><td style="color:${run(' ')}x">男</td><td>10</td></tr></table>`,
  ],
  // regex10: a value longer than 2,000 characters is refused (read.ts LIMITS.cellChars); these are the texts as long as
  // allowed, 1,000 labels of each run the patterns rewritten in regex10 backtracked on (main: minutes).
  ['1,000 labels at the limit: 「a」 then 「＜」', () => labels((i) => `a${'＜'.repeat(1990)}${i}`)],
  ['1,000 labels at the limit: 「「」 then spaces', () => labels((i) => `「${' '.repeat(1990)}${i}`)],
  ['1,000 labels at the limit: 「1 」', () => labels((i) => `${'1 '.repeat(995)}x${i}`)],
  ['1,000 labels at the limit: 「a(」 then letters', () => labels((i) => `a(${'b'.repeat(1980)}((c${i})`)],
  ['1,000 labels at the limit: 「I」', () => labels((i) => `${'I'.repeat(1990)}x${i}`)],
  ['1,000 labels at the limit: 「 ・」', () => labels((i) => `${' ・'.repeat(995)}x${i}`)],
];

/** A table of 1,000 rows whose labels are `label(i)`. */
function labels(label: (i: number) => string) {
  return `項目\tA群\tB群\n${Array.from({ length: 1000 }, (_, i) => `${label(i)}\t10\t20`).join('\n')}\n`;
}

if (!isMainThread) {
  const { root, name } = workerData as { root: string; name: string };
  const { readTables } = (await import(
    pathToFileURL(resolve(root, 'src/pubcheck/read.ts')).href
  )) as typeof import('../src/pubcheck/read.ts');
  const text = CASES.find(([n]) => n === name)![1]();
  const t0 = performance.now();
  const out = readTables(text);
  const ms = performance.now() - t0;
  const result = [...new Set(out.errors.map((e) => e.code))].join(' ') || `${out.tables.length} tables`;
  parentPort!.postMessage({ ms, characters: text.length, result });
} else {
  const [filter = '', root = '.'] = process.argv.slice(2);
  interface Row {
    case: string;
    characters: number;
    ms: number | null;
    result: string;
  }
  const results: Row[] = [];
  console.log(
    `pubcheck, one text of ~1 M characters: readTables once each, stopped after ${LIMIT_S} s${root === '.' ? '' : `, engine of ${root}`}`,
  );
  console.log('case                                      characters        ms  result');
  for (const [name] of CASES) {
    if (!name.includes(filter)) continue;
    const worker = new Worker(new URL(import.meta.url), { workerData: { root, name } });
    const row = await new Promise<Row>((done) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        done({ case: name, characters: 0, ms: null, result: `stopped after ${LIMIT_S} s` });
      }, LIMIT_S * 1000);
      worker.once('message', (m: { ms: number; characters: number; result: string }) => {
        clearTimeout(timer);
        void worker.terminate();
        done({ case: name, characters: m.characters, ms: Math.round(m.ms), result: m.result });
      });
      worker.once('error', (e) => {
        clearTimeout(timer);
        done({ case: name, characters: 0, ms: null, result: `error: ${e.message}` });
      });
    });
    results.push(row);
    console.log(
      `${row.case.padEnd(40)} ${String(row.characters || '').padStart(11)} ${(row.ms === null ? `> ${LIMIT_S * 1000}` : String(row.ms)).padStart(9)}  ${row.result}`,
    );
  }
  if (root === '.' && filter === '') saveResult('pubcheck-long', { limitS: LIMIT_S, size: SIZE }, results);
}
