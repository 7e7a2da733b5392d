/**
 * The formats36 families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats36-measure.ts
 * [n a seed] [first seed] [last seed] [--chance]` (this tree unless ROOT is given). Per family: read (with a count
 * under the threshold given back to formats33-attack.ts over every printed number: leaked), refused and the codes.
 */
import { chanceCounts, checkerOfRoot, familyTally } from './helpers.ts';
import { freqMissing, stata } from './formats35-families.ts';
import { freqMissingCross, sasCum, stataCum, stataNoTotal } from './formats36-families.ts';
import { tallyFormat } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 5);
const from = Number(args[1] ?? 1721);
const to = Number(args[2] ?? 1740);
const tally = familyTally({ width: 28, leaks: true });
for (let seed = from; seed <= to; seed++)
  for (const c of [...stataNoTotal(n, seed), ...stataCum(n, seed), ...sasCum(n, seed), ...freqMissingCross(n, seed)]) {
    tallyFormat(tally, check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 }), c);
  }
// Chance: ordinary tables the new readings must leave as they were: 1,000 random count tables (3×3, counts 0–40, with
// or without totals), and formats35's Stata and 「Frequency Missing」 families (seeds as given).
if (process.argv.includes('--chance')) {
  for (const text of chanceCounts(1721)) tally.add('chance-counts', check(highs, bundle, text, { details: true }, { mipSeconds: 0.3 }));
  for (let seed = from; seed <= to; seed++)
    for (const c of [...stata(n, seed), ...freqMissing(n, seed)])
      tally.add(`chance-f35-${c.family.replace(/-.*/, '')}`, check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 }));
}
tally.print();
