/**
 * The formats41 family measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats41-measure.ts
 * [n a seed] [first seed] [last seed] [--chance]` (this tree unless ROOT is given). Per family: read (leaked: a count
 * under the threshold given back to formats33-attack.ts over every printed number), refused and the codes.
 */
import { checkerOfRoot, familyTally, int, lcg, tsv } from './helpers.ts';
import { stata } from './formats35-families.ts';
import { crossThousands } from './formats40-families.ts';
import { FAMILIES } from './formats33-families.ts';
import { sasCross } from './formats41-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 10);
const from = Number(args[1] ?? 1971);
const to = Number(args[2] ?? 1980);
const tally = familyTally({ width: 34, leaks: true });
const opts = [{ details: true }, { mipSeconds: 0.3 }] as const;
const fam = (f: string) => (process.argv.includes('--detail') ? f : f.replace(/^sas-cross-.*?(-thousands)?$/, 'sas-cross$1'));
for (let seed = from; seed <= to; seed++)
  for (const c of sasCross(n, seed)) {
    const r = check(highs, bundle, c.text, ...opts);
    const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
    tally.add(fam(c.family), r, r.ok && !open && leaks(r, c).length > 0);
  }
// Chance: ordinary tables the new reading must leave as they were: 1,000 random count tables, and the Stata and SAS
// texts of formats35 and formats40 (seeds as given), and formats33's SAS families.
if (process.argv.includes('--chance')) {
  const next = lcg(1971);
  for (let q = 0; q < 1000; q++) {
    const small = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => int(next, 0, 40)));
    tally.add('chance-counts', check(highs, bundle, tsv(small, { total: next() < 0.5 }), ...opts));
  }
  for (let seed = from; seed <= to; seed++) {
    for (const c of stata(n, seed)) tally.add('chance-f35-stata', check(highs, bundle, c.text, ...opts));
    for (const c of crossThousands(n, seed)) tally.add('chance-f40-crossThousands', check(highs, bundle, c.text, ...opts));
    const g = lcg(seed);
    for (const f of ['sas-stacked', 'sas-named', 'sas-footer'])
      for (let q = 0; q < n; q++) {
        const { b } = FAMILIES[f]!(g);
        tally.add(`chance-f33-${f}`, check(highs, bundle, b.lines.join('\n') + '\n', ...opts));
      }
  }
}
tally.print();
