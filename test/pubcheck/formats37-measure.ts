/**
 * The formats37 families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats37-measure.ts
 * [n a seed] [first seed] [last seed] [--chance]` (this tree unless ROOT is given). Per family: read (with a count
 * under the threshold given back to formats33-attack.ts over every printed number: leaked), refused and the codes.
 */
import { checkerOfRoot, familyTally, int, lcg, tsv } from './helpers.ts';
import { stata } from './formats35-families.ts';
import { stataCum } from './formats36-families.ts';
import { stataCumNoPct, stataOneWayNoTotal } from './formats37-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 5);
const from = Number(args[1] ?? 1851);
const to = Number(args[2] ?? 1870);
const tally = familyTally({ width: 28, leaks: true });
for (let seed = from; seed <= to; seed++)
  for (const c of [...stataCumNoPct(n, seed), ...stataOneWayNoTotal(n, seed)]) {
    const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 });
    const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
    tally.add(c.family.replace(/-\d+$/, ''), r, r.ok && !open && leaks(r, c).length > 0);
  }
// Chance: ordinary tables the new reading must leave as they were: 1,000 random count tables (3×3, counts 0–40, with
// or without totals), and formats35's and formats36's Stata families (seeds as given).
if (process.argv.includes('--chance')) {
  const next = lcg(1851);
  for (let q = 0; q < 1000; q++) {
    const cells = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => int(next, 0, 40)));
    tally.add('chance-counts', check(highs, bundle, tsv(cells, { total: next() < 0.5 }), { details: true }, { mipSeconds: 0.3 }));
  }
  for (let seed = from; seed <= to; seed++) {
    for (const c of stata(n, seed)) tally.add('chance-f35-stata', check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 }));
    for (const c of stataCum(n, seed))
      tally.add('chance-f36-stataCum', check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 }));
  }
}
tally.print();
