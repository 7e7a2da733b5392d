/**
 * Measures html46's families on a tree (`npx node test/pubcheck/html46-measure.ts [root]`, root defaulting to this
 * one): realistic pages 9440251–9440275 refused (for hiding, and at all), attack pages 9440276–9440300 leaked or
 * refused per attack.
 */
import type { ReadResult } from '../../src/pubcheck/read.ts';
import { attackPage, realPage } from './html46-families.ts';
import { leaked } from './html9-judge.ts';

const root = process.argv[2] ?? new URL('../..', import.meta.url).pathname;
const { readTables } = (await import(`${root}/src/pubcheck/read.ts`)) as { readTables: (t: string) => ReadResult };
const real = new Map<string, { n: number; hiding: number; refused: number }>();
for (let seed = 9440251; seed <= 9440275; seed++) {
  const p = realPage(seed);
  const r = readTables(p.html);
  const s = real.get(p.feature) ?? { n: 0, hiding: 0, refused: 0 };
  s.n++;
  if (r.errors.some((e) => e.code === 'input/html-hidden')) s.hiding++;
  if (r.errors.length > 0) s.refused++;
  real.set(p.feature, s);
}
let total = [0, 0];
for (const [f, s] of real) {
  console.log(`real ${f}: ${s.hiding} refused as hidden, ${s.refused} refused, of ${s.n}`);
  total = [total[0]! + s.refused, total[1]! + s.n];
}
console.log(`real total: ${total[0]} refused of ${total[1]}`);
const by = new Map<string, { n: number; leaked: number; refused: number }>();
for (let seed = 9440276; seed <= 9440300; seed++) {
  const p = attackPage(seed);
  const r = readTables(p.html);
  const s = by.get(p.attack) ?? { n: 0, leaked: 0, refused: 0 };
  s.n++;
  if (leaked(r, p)) s.leaked++;
  else if (r.errors.length > 0) s.refused++;
  by.set(p.attack, s);
}
total = [0, 0];
for (const [a, s] of by) {
  console.log(`attack ${a}: ${s.leaked} leaked, ${s.refused} refused of ${s.n}`);
  total = [total[0]! + s.leaked, total[1]! + s.n];
}
console.log(`attack total: ${total[0]} leaked of ${total[1]}`);
