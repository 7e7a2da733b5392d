/**
 * The formats40 families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats40-measure.ts
 * [n a seed] [first seed] [last seed] [--chance]` (this tree unless ROOT is given). Per family: read (leaked: a count
 * under the threshold given back to formats33-attack.ts over every printed number), refused and the codes.
 */
import { checkerOfRoot, familyTally, int, lcg, tsv } from './helpers.ts';
import { sasCum } from './formats36-families.ts';
import { sasCumThousands } from './formats38-families.ts';
import { crossThousands, sasCumOrders, sasDated } from './formats40-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 10);
const from = Number(args[1] ?? 1941);
const to = Number(args[2] ?? 1950);
const tally = familyTally({ width: 34, leaks: true });
const opts = [{ details: true }, { mipSeconds: 0.3 }] as const;
const fam = (f: string) => (process.argv.includes('--detail') ? f : f.replace(/^(sas-order)-.*-(listing|cells)$/, '$1-$2'));
for (let seed = from; seed <= to; seed++)
  for (const c of [...sasCumOrders(n, seed), ...sasDated(n, seed), ...crossThousands(n, seed)]) {
    const r = check(highs, bundle, c.text, ...opts);
    const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
    tally.add(fam(c.family), r, r.ok && !open && leaks(r, c).length > 0);
  }
// Chance: ordinary tables the new readings must leave as they were: 1,000 random count tables, 1,000 CSV tables with a
// first line of words and commas (a title 「Table 1, patients, 2026」 over counts), and formats36's and formats38's SAS
// families (seeds as given).
if (process.argv.includes('--chance')) {
  const next = lcg(1941);
  for (let q = 0; q < 1000; q++) {
    const small = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => int(next, 0, 40)));
    tally.add('chance-counts', check(highs, bundle, tsv(small, { total: next() < 0.5 }), ...opts));
    const lines = [
      `Table ${int(next, 1, 9)}, patients by grade, 2026`,
      '',
      'grade,a,b,c',
      ...small.map((r, i) => [`g${i + 1}`, ...r].join(',')),
    ];
    tally.add('chance-csv-titled', check(highs, bundle, lines.join('\n') + '\n', ...opts));
  }
  for (let seed = from; seed <= to; seed++) {
    for (const c of sasCum(n, seed)) tally.add('chance-f36-sasCum', check(highs, bundle, c.text, ...opts));
    for (const c of sasCumThousands(n, seed)) tally.add('chance-f38-sasCumThousands', check(highs, bundle, c.text, ...opts));
  }
}
tally.print();
