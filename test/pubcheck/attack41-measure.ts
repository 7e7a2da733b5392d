/**
 * attack41: measures attack41-families.ts through the checker of `ROOT` (this tree unless said): per kind and
 * protection, refused (each code), held against the oracle, or leaked. `npx node test/pubcheck/attack41-measure.ts <count> <seed,…> [kind,…]`.
 */
import { judged } from './attack38-measure.ts';
import { family, KINDS, type Kind } from './attack41-families.ts';

const count = Number(process.argv[2] ?? 10);
const seeds = (process.argv[3] ?? '1991').split(',').map(Number);
const kinds = process.argv[4] ? (process.argv[4].split(',') as Kind[]) : KINDS;
for (const kind of kinds)
  for (const protection of ['threshold', 'not-exact'] as const) {
    const tally = { refused: 0, held: 0, leaked: 0 };
    for (const seed of seeds)
      for (const c of family(kind, count, seed)) tally[judged({ ...c, kind: 'excel/merged', expect: 'held' }, protection)]++;
    console.log(`${kind}\t${protection}\trefused ${tally.refused}\theld ${tally.held}\tleaked ${tally.leaked}`);
  }
process.exit(0);
