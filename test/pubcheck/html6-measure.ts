/**
 * html6's numbers, measured against any tree: `npx node test/pubcheck/html6-measure.ts [path to src/pubcheck/read.ts]`
 * (main's: /work/main/src/pubcheck/read.ts). Prints, for the attack pages of seeds 4210001–4210400, how many each tree
 * reads without refusing (a number read other than shown), by attack; and how many harmless pages it does not read.
 */
import { harmlessPage, page } from './html6-families.ts';

const path = process.argv[2] ?? new URL('../../src/pubcheck/read.ts', import.meta.url).pathname;
const { readTables } = (await import(path)) as typeof import('../../src/pubcheck/read.ts');
const byAttack = new Map<string, [number, number]>();
let leaked = 0;
for (let seed = 4210001; seed <= 4210400; seed++) {
  const p = page(seed);
  const refused = readTables(p.html).errors.some((e) => e.code === 'input/html-hidden');
  const [l, n] = byAttack.get(p.attack) ?? [0, 0];
  byAttack.set(p.attack, [l + (refused ? 0 : 1), n + 1]);
  if (!refused) leaked++;
}
for (const [name, [l, n]] of [...byAttack].sort()) console.log(`${name.padEnd(32)} ${l} of ${n} read`);
console.log(`attack pages read (not refused): ${leaked} of 400`);
let over = 0;
for (let seed = 4310001; seed <= 4310200; seed++) if (readTables(harmlessPage(seed).html).errors.length > 0) over++;
console.log(`harmless pages not read: ${over} of 200`);
