/**
 * html7's numbers, measured against any tree: `npx node test/pubcheck/html7-measure.ts [path to src/pubcheck/read.ts]`
 * (main's: /work/main/src/pubcheck/read.ts). Prints, for the realistic pages of seeds 5210001–5210400, how many of each
 * feature each tree refuses (input/html-hidden), and for the attack pages of seeds 5220001–5220400 how many it reads
 * without refusing (a number read other than some reader is shown), by attack.
 */
import { attackPage, realPage } from './html7-families.ts';

const path = process.argv[2] ?? new URL('../../src/pubcheck/read.ts', import.meta.url).pathname;
const { readTables } = (await import(path)) as typeof import('../../src/pubcheck/read.ts');
const hidden = (html: string) => readTables(html).errors.some((e) => e.code === 'input/html-hidden');
const byFeature = new Map<string, [number, number]>();
for (let seed = 5210001; seed <= 5210400; seed++) {
  const p = realPage(seed);
  const key = `${p.proved ? 'proved ' : 'not    '} ${p.feature}`;
  const [r, n] = byFeature.get(key) ?? [0, 0];
  byFeature.set(key, [r + (hidden(p.html) ? 1 : 0), n + 1]);
}
let refusedProved = 0;
let proved = 0;
for (const [name, [r, n]] of [...byFeature].sort()) {
  console.log(`${name.padEnd(52)} ${r} of ${n} refused`);
  if (name.startsWith('proved')) {
    refusedProved += r;
    proved += n;
  }
}
console.log(`realistic pages with a feature proved harmless, refused: ${refusedProved} of ${proved}`);
const byAttack = new Map<string, [number, number]>();
let read = 0;
for (let seed = 5220001; seed <= 5220400; seed++) {
  const p = attackPage(seed);
  const refused = hidden(p.html);
  const [l, n] = byAttack.get(p.attack) ?? [0, 0];
  byAttack.set(p.attack, [l + (refused ? 0 : 1), n + 1]);
  if (!refused) read++;
}
for (const [name, [l, n]] of [...byAttack].sort()) console.log(`${name.padEnd(52)} ${l} of ${n} read`);
console.log(`attack pages read (not refused): ${read} of 400`);
