/**
 * The spss43 family measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/spss43-measure.ts [n a seed]
 * [first seed] [last seed] [--chance]` (this tree unless ROOT is given). Per family: read (leaked: a count under the
 * threshold given back to formats33-attack.ts over every printed number), refused and the codes.
 */
import { checkerOfRoot, familyTally, int, lcg, tsv } from './helpers.ts';
import { spssFreq } from './spss43-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 10);
const from = Number(args[1] ?? 2131);
const to = Number(args[2] ?? 2140);
const tally = familyTally({ width: 34, leaks: true });
const opts = [{ details: true }, { mipSeconds: 0.3 }] as const;
for (let seed = from; seed <= to; seed++)
  for (const c of spssFreq(n, seed)) {
    const r = check(highs, bundle, c.text, ...opts);
    const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
    tally.add(c.family, r, r.ok && !open && leaks(r, c).length > 0);
  }
// Chance: 1,000 random count tables the reading must leave as they were.
if (process.argv.includes('--chance')) {
  const next = lcg(2131);
  for (let q = 0; q < 1000; q++) {
    const small = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => int(next, 0, 40)));
    tally.add('chance-counts', check(highs, bundle, tsv(small, { total: next() < 0.5 }), ...opts));
  }
}
tally.print();
