/**
 * html9's numbers, measured against any tree: `npx node test/pubcheck/html9-measure.ts [path to src/pubcheck/read.ts]`
 * (main's: /work/main/src/pubcheck/read.ts). Attack pages of seeds 9310001–9310400 (html9-families.ts `attackPage`):
 * how many each tree reads other than a reader sees them (a cell read as a number not shown, or a note's count passed
 * unsaid), by attack; realistic pages of seeds 9320001–9320200 (`realPage`): how many it refuses, by feature.
 */
import { attackPage, realPage } from './html9-families.ts';
import { leaked } from './html9-judge.ts';

const path = process.argv[2] ?? new URL('../../src/pubcheck/read.ts', import.meta.url).pathname;
const { readTables } = (await import(path)) as typeof import('../../src/pubcheck/read.ts');
const byAttack = new Map<string, [number, number]>();
let total = 0;
for (let seed = 9310001; seed <= 9310400; seed++) {
  const p = attackPage(seed);
  const l = leaked(readTables(p.html), p);
  const [a, n] = byAttack.get(p.attack) ?? [0, 0];
  byAttack.set(p.attack, [a + (l ? 1 : 0), n + 1]);
  if (l) total++;
}
for (const [name, [l, n]] of [...byAttack].sort()) console.log(`${name.padEnd(44)} ${l} of ${n} read otherwise than shown`);
console.log(`attack pages read otherwise than shown: ${total} of 400`);
const byFeature = new Map<string, [number, number]>();
let refused = 0;
for (let seed = 9320001; seed <= 9320200; seed++) {
  const p = realPage(seed);
  const r = readTables(p.html).errors.length > 0;
  const [a, n] = byFeature.get(p.feature) ?? [0, 0];
  byFeature.set(p.feature, [a + (r ? 1 : 0), n + 1]);
  if (r) refused++;
}
for (const [name, [l, n]] of [...byFeature].sort()) console.log(`${name.padEnd(44)} ${l} of ${n} refused`);
console.log(`realistic pages refused: ${refused} of 200`);
