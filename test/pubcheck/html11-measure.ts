/**
 * Measures html11's families on any tree: `npx node test/pubcheck/html11-measure.ts [root]` (root: a tree whose
 * src/pubcheck/read.ts reads, e.g. `git archive main | tar -x -C /tmp/main`). Attack pages 9350001–9350400: how many
 * are read otherwise than a reader sees them (leaked) and how many refused; realistic pages 9360001–9360200: refused.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attackPage, realPage } from './html11-families.ts';
import { leaked } from './html9-judge.ts';

const root = process.argv[2] ?? '.';
const { readTables } = (await import(
  pathToFileURL(resolve(root, 'src/pubcheck/read.ts')).href
)) as typeof import('../../src/pubcheck/read.ts');
const by = new Map<string, { n: number; leaked: number; refused: number }>();
for (let seed = 9350001; seed <= 9350400; seed++) {
  const p = attackPage(seed);
  const r = readTables(p.html);
  const s = by.get(p.attack) ?? { n: 0, leaked: 0, refused: 0 };
  s.n++;
  if (leaked(r, p)) s.leaked++;
  else if (r.errors.length > 0) s.refused++;
  by.set(p.attack, s);
}
for (const [a, s] of by) console.log(`attack ${a}: ${s.leaked} leaked, ${s.refused} refused of ${s.n}`);
const real = new Map<string, { n: number; refused: number }>();
for (let seed = 9360001; seed <= 9360200; seed++) {
  const p = realPage(seed);
  const s = real.get(p.feature) ?? { n: 0, refused: 0 };
  s.n++;
  if (readTables(p.html).errors.length > 0) s.refused++;
  real.set(p.feature, s);
}
for (const [f, s] of real) console.log(`real ${f}: ${s.refused} refused of ${s.n}`);
