/**
 * The formats42 family measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats42-measure.ts
 * [n a seed] [first seed] [last seed] [--detail] [--chance]` (this tree unless ROOT is given). Per family: read
 * (leaked: a count under the threshold given back to formats33-attack.ts over every printed number), refused and the
 * codes; `--chance`: formats41's family and 1,000 random count tables, which the new reading must leave as they were.
 */
import { checkerOfRoot, familyTally, int, lcg, tsv } from './helpers.ts';
import { sasCross } from './formats41-families.ts';
import { sasCrossExtras, sasCrossMore, sasCrossWrapped, sasCrossZero } from './formats42-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 10);
const from = Number(args[1] ?? 2091);
const to = Number(args[2] ?? 2100);
const tally = familyTally({ width: 40, leaks: true });
const opts = [{ details: true }, { mipSeconds: 0.3 }] as const;
const fam = (f: string) => (process.argv.includes('--detail') ? f : f.replace(/^sas-more-.*?(-thousands)?$/, 'sas-more$1'));
for (let seed = from; seed <= to; seed++)
  for (const c of sasCrossMore(n, seed)) {
    const r = check(highs, bundle, c.text, ...opts);
    const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
    tally.add(`${fam(c.family)}${open ? '-open' : ''}`, r, r.ok && !open && leaks(r, c).length > 0);
  }
for (let seed = from; seed <= to; seed++)
  for (const c of sasCrossExtras(2 * n, seed)) {
    const r = check(highs, bundle, c.text, ...opts);
    const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
    tally.add(`extras${open ? '-open' : ''}`, r, r.ok && !open && leaks(r, c).length > 0);
  }
for (let seed = from; seed <= to; seed++)
  for (const c of sasCrossWrapped(n, seed)) {
    const r = check(highs, bundle, c.text, ...opts);
    const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
    tally.add(
      `${fam(c.family).replace(/^(wrapped)-.*?(-sample)?$/, '$1$2')}${open ? '-open' : ''}`,
      r,
      r.ok && !open && leaks(r, c).length > 0,
    );
  }
for (let seed = from; seed <= to; seed++)
  for (const c of sasCrossZero(n, seed)) {
    const r = check(highs, bundle, c.text, ...opts);
    const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
    tally.add(`zero${open ? '-open' : ''}`, r, r.ok && !open && leaks(r, c).length > 0);
  }
if (process.argv.includes('--chance')) {
  const next = lcg(from);
  for (let q = 0; q < 1000; q++) {
    const small = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => int(next, 0, 40)));
    tally.add('chance-counts', check(highs, bundle, tsv(small, { total: next() < 0.5 }), ...opts));
  }
  for (let seed = 1971; seed <= 1980; seed++)
    for (const c of sasCross(10, seed)) {
      const r = check(highs, bundle, c.text, ...opts);
      const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
      tally.add('chance-f41-sasCross', r, r.ok && !open && leaks(r, c).length > 0);
    }
}
tally.print();
