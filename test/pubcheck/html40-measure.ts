/**
 * Measures html40's families on any tree: `npx node test/pubcheck/html40-measure.ts [root]` (root: a tree whose
 * src/pubcheck/read.ts reads, e.g. `git worktree add /tmp/base c3b2cb1`). Attack pages 9411001–9411300 (leaked or
 * refused, per attack); realistic pages 9410001–9410200 (refused, per feature).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as families from './html40-families.ts';
import { leaked, printPageTally } from './html9-judge.ts';

const root = process.argv[2] ?? '.';
const { readTables } = (await import(
  pathToFileURL(resolve(root, 'src/pubcheck/read.ts')).href
)) as typeof import('../../src/pubcheck/read.ts');
printPageTally(readTables, families, [9411001, 9411300], [9410001, 9410200]);

// Blocks in a cell (9412001–9412200): read as the run-on number (leaked) or refused; wrapped exports (9413001–9413200)
// refused, or read otherwise than their TSV (a label of two lines run on).
const blocks = new Map<string, { n: number; leaked: number }>();
for (let seed = 9412001; seed <= 9412200; seed++) {
  const p = families.blockPage(seed);
  const s = blocks.get(p.attack) ?? { n: 0, leaked: 0 };
  s.n++;
  if (leaked(readTables(p.html), p)) s.leaked++;
  blocks.set(p.attack, s);
}
for (const [a, s] of blocks) console.log(`block ${a}: ${s.leaked} leaked of ${s.n}`);
let wrong = 0;
let refused = 0;
for (let seed = 9413001; seed <= 9413200; seed++) {
  const p = families.wrappedPage(seed);
  const r = readTables(p.html);
  const read = r.tables.map((t) => [t.cols.map((c) => c.label), ...t.rows.map((row, i) => [row.label, ...t.cells[i]!.map((c) => c.text)])]);
  const want = readTables(p.tsv).tables.map((t) => [
    t.cols.map((c) => c.label),
    ...t.rows.map((row, i) => [row.label, ...t.cells[i]!.map((c) => c.text)]),
  ]);
  if (r.errors.length > 0) refused++;
  else if (JSON.stringify(read) !== JSON.stringify(want)) wrong++;
}
console.log(`wrapped exports: ${refused} of 200 refused, ${wrong} read otherwise than their TSV`);
