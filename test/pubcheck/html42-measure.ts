/**
 * Measures html42's families on a tree (`npx node test/pubcheck/html42-measure.ts [root]`, root defaulting to this
 * one): realistic pages 9440001–9440050 refused (for hiding, and at all), attack pages 9440051–9440100 leaked or
 * refused per attack.
 */
import type { ReadResult } from '../../src/pubcheck/read.ts';
import { attackPage, realPage, SCRIPT_WAYS, scriptPage } from './html42-families.ts';
import { leaked } from './html9-judge.ts';

const root = process.argv[2] ?? new URL('../..', import.meta.url).pathname;
const { readTables } = (await import(`${root}/src/pubcheck/read.ts`)) as { readTables: (t: string) => ReadResult };
const real = new Map<string, { n: number; hiding: number; refused: number }>();
for (let seed = 9440001; seed <= 9440050; seed++) {
  const p = realPage(seed);
  const r = readTables(p.html);
  const s = real.get(p.feature) ?? { n: 0, hiding: 0, refused: 0 };
  s.n++;
  if (r.errors.some((e) => e.code === 'input/html-hidden')) s.hiding++;
  if (r.errors.length > 0) s.refused++;
  real.set(p.feature, s);
}
for (const [f, s] of real) console.log(`real ${f}: ${s.hiding} refused as hidden, ${s.refused} refused, of ${s.n}`);
const by = new Map<string, { n: number; leaked: number; refused: number }>();
for (let seed = 9440051; seed <= 9440100; seed++) {
  const p = attackPage(seed);
  const r = readTables(p.html);
  const s = by.get(p.attack) ?? { n: 0, leaked: 0, refused: 0 };
  s.n++;
  if (leaked(r, p)) s.leaked++;
  else if (r.errors.length > 0) s.refused++;
  by.set(p.attack, s);
}
for (const [a, s] of by) console.log(`attack ${a}: ${s.leaked} leaked, ${s.refused} refused of ${s.n}`);
const ways = new Map<string, { n: number; read: number; refused: number; leftOut: number }>();
for (let seed = 2151; seed <= 2160; seed++)
  for (const way of SCRIPT_WAYS) {
    const r = readTables(scriptPage(seed, way).html);
    const s = ways.get(way) ?? { n: 0, read: 0, refused: 0, leftOut: 0 };
    s.n++;
    if (r.errors.length > 0) s.refused++;
    else if (r.tables.length > 0) s.read++;
    else s.leftOut++;
    ways.set(way, s);
  }
for (const [w, s] of ways) console.log(`script ${w}: ${s.read} read, ${s.refused} refused, ${s.leftOut} left out unchecked, of ${s.n}`);
