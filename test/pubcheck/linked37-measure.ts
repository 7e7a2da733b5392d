/**
 * linked37: measures linked37-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=/tmp/base npx
 * node …` for int), judged by this tree's oracle (life37-measure.ts's judge: `steps` within and across tables, series
 * as linked37 reads them): per kind and protection, refused / leaked / held.
 * `npx node test/pubcheck/linked37-measure.ts <count> <seed,seed…> [kind,kind…]`; `… <count> <seeds> chance` for
 * unrelated tables of the same shapes (refused, and linked: `tables/linked` said).
 */
import { chanceTally, checkerOfRoot } from './helpers.ts';
import { judge } from './life37-measure.ts';
import type { Case as Life37Case } from './life37-families.ts';
import { chance, family, KINDS, type Case, type Kind } from './linked37-families.ts';

/** 'refused', 'leaked' or 'held' for one case under one protection. */
export const judged = (c: Case, protection: 'threshold' | 'not-exact') => judge(c as unknown as Life37Case, protection).verdict;

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10);
  const seeds = (process.argv[3] ?? '1421').split(',').map(Number);
  if (process.argv[4] === 'chance') {
    chanceTally(await checkerOfRoot(), () => seeds.flatMap((seed) => chance(count, seed)));
  } else {
    const kinds = process.argv[4] ? (process.argv[4].split(',') as Kind[]) : KINDS;
    for (const kind of kinds)
      for (const protection of ['threshold', 'not-exact'] as const) {
        const tally = { refused: 0, leaked: 0, held: 0 };
        for (const seed of seeds) for (const c of family(kind, count, seed)) tally[judged(c, protection)]++;
        console.log(`${kind}\t${protection}\trefused ${tally.refused}\tleaked ${tally.leaked}\theld ${tally.held}`);
      }
  }
}
