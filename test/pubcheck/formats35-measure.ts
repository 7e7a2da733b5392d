/**
 * The formats35 families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats35-measure.ts
 * [n a seed] [first seed] [last seed]` (this tree unless ROOT is given). Per family: read (with a count under the
 * threshold given back to formats33-attack.ts over every printed number: leaked), refused and the codes.
 */
import { chanceCounts, checkerOfRoot, familyTally } from './helpers.ts';
import { listing, proportions, tabulate } from './formats34-families.ts';
import { freqMissing, spacedPairs, stata, x100 } from './formats35-families.ts';
import { tallyFormat } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const n = Number(process.argv[2] ?? 5);
const from = Number(process.argv[3] ?? 1341);
const to = Number(process.argv[4] ?? 1360);
const tally = familyTally({ width: 24, leaks: true });
for (let seed = from; seed <= to; seed++)
  for (const c of [...x100(n, seed), ...spacedPairs(n, seed), ...stata(n, seed), ...stata(1, seed, true), ...freqMissing(n, seed)]) {
    tallyFormat(tally, check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 }), c);
  }
// Chance: ordinary tables the new readings must leave as they were (refused or read as before): 1,000 random count
// tables (3×3, counts 0–40, with or without totals), and formats34's listings, pairs and proportions (seeds as given).
if (process.argv.includes('--chance')) {
  for (const text of chanceCounts(1341)) tally.add('chance-counts', check(highs, bundle, text, { details: true }, { mipSeconds: 0.3 }));
  for (let seed = from; seed <= to; seed++)
    for (const c of [...listing(n, seed), ...tabulate(n, seed), ...proportions(n, seed)])
      tally.add(`chance-f34-${c.family.replace(/-.*/, '')}`, check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 }));
}
tally.print();
