/**
 * The formats38 family measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats38-measure.ts
 * [n a seed] [first seed] [last seed] [--chance]` (this tree unless ROOT is given). Per family: read (leaked: a count
 * under the threshold given back to formats33-attack.ts over every printed number), refused and the codes.
 */
import { checkerOfRoot, familyTally, int, lcg, tsv } from './helpers.ts';
import { sasCum } from './formats36-families.ts';
import { sasCumThousands } from './formats38-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 10);
const from = Number(args[1] ?? 1881);
const to = Number(args[2] ?? 1890);
const tally = familyTally({ width: 28, leaks: true });
const opts = [{ details: true }, { mipSeconds: 0.3 }] as const;
for (let seed = from; seed <= to; seed++)
  for (const c of sasCumThousands(n, seed)) {
    const r = check(highs, bundle, c.text, ...opts);
    const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
    tally.add(c.family, r, r.ok && !open && leaks(r, c).length > 0);
  }
// Chance: ordinary tables the new reading must leave as they were: 1,000 CSV tables with quoted thousands
// (「"1,234"」, 3×3, a count under the threshold or not, with or without totals), 1,000 random count tables, and
// formats36's SAS family (seeds as given).
if (process.argv.includes('--chance')) {
  const next = lcg(1881);
  for (let q = 0; q < 1000; q++) {
    const cells = Array.from({ length: 3 }, () =>
      Array.from({ length: 3 }, () => (next() < 0.15 ? int(next, 0, 9) : int(next, 500, 5000))),
    );
    const lines = [
      'grade,a,b,c',
      ...cells.map((r, i) => [`g${i + 1}`, ...r.map((x) => (x >= 1000 ? `"${x.toLocaleString('en-US')}"` : String(x)))].join(',')),
    ];
    tally.add('chance-csv-thousands', check(highs, bundle, lines.join('\n') + '\n', ...opts));
    const small = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => int(next, 0, 40)));
    tally.add('chance-counts', check(highs, bundle, tsv(small, { total: next() < 0.5 }), ...opts));
  }
  for (let seed = from; seed <= to; seed++)
    for (const c of sasCum(n, seed)) tally.add('chance-f36-sasCum', check(highs, bundle, c.text, ...opts));
}
tally.print();
