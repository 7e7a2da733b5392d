/**
 * Measures html41's families on a tree (`npx node test/pubcheck/html41-measure.ts [root]`, root defaulting to this
 * one): attack pages 9421001–9421300 read (not refused) per attack; realistic pages 9420001–9420200, and html14's,
 * html15's and html40's, refused, and those whose closed tables are said as read by html14's loose rule alone.
 */
import type { ReadResult } from '../../src/pubcheck/read.ts';
import * as html14 from './html14-families.ts';
import * as html15 from './html15-families.ts';
import * as html40 from './html40-families.ts';
import { attackPage, blockPage, realPage } from './html41-families.ts';
import { leaked } from './html9-judge.ts';

const root = process.argv[2] ?? new URL('../..', import.meta.url).pathname;
const { readTables } = (await import(`${root}/src/pubcheck/read.ts`)) as { readTables: (t: string) => ReadResult };
const by = new Map<string, { n: number; leaked: number }>();
for (let seed = 9421001; seed <= 9421300; seed++) {
  const p = attackPage(seed);
  const s = by.get(p.attack) ?? { n: 0, leaked: 0 };
  s.n++;
  if (leaked(readTables(p.html), p)) s.leaked++;
  by.set(p.attack, s);
}
for (const [a, s] of by) console.log(`attack ${a}: ${s.leaked} read of ${s.n}`);
const families: [string, (seed: number) => { html: string }, number][] = [
  ['html41', realPage, 9420001],
  ['html14', html14.realPage, 9392001],
  ['html15', html15.realPage, 9400001],
  ['html40', html40.realPage, 9410001],
];
for (const [name, real, from] of families) {
  let refused = 0;
  let loose = 0;
  for (let seed = from; seed < from + 200; seed++) {
    const r = readTables(real(seed).html);
    if (r.errors.length > 0) refused++;
    if (r.warnings.some((w) => w.code === 'layout/closed-tab' && w.message.includes('読み切れず'))) loose++;
  }
  console.log(`real ${name} ${from}–${from + 199}: ${refused} refused of 200, ${loose} said as read by the loose rule alone`);
}
let run = 0;
for (let seed = 9422001; seed <= 9422200; seed++) if (leaked(readTables(blockPage(seed).html), blockPage(seed))) run++;
console.log(`blocks 9422001–9422200: ${run} of 200 read as the run-on number`);
