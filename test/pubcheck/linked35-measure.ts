/**
 * linked35: measures linked35-families.ts through the engine, judged by the oracle (attack34-measure.ts's judge):
 * per kind and protection, refused / leaked / held. `npx node test/pubcheck/linked35-measure.ts <count> <seed,seed…>`.
 */
import { judge } from './attack34-measure.ts';
import type { Case as Attack34Case } from './attack34-families.ts';
import { chance, family, KINDS, type Case } from './linked35-families.ts';
import { chanceTally, checkerIn } from './helpers.ts';

/** 'refused', 'leaked' or 'held' for one case under one protection (the text is all the judge reads). */
export const judged = (c: Case, protection: 'threshold' | 'not-exact') => judge(c as unknown as Attack34Case, protection);

if (import.meta.url === `file://${process.argv[1]}` && process.argv[4] === 'chance') {
  // Unrelated tables of the same shapes: refused, and linked (tables/linked said), per protection.
  const seeds = (process.argv[3] ?? '1201').split(',').map(Number);
  chanceTally(await checkerIn(), () => seeds.flatMap((seed) => chance(Number(process.argv[2] ?? 10), seed)));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10);
  const seeds = (process.argv[3] ?? '1201').split(',').map(Number);
  for (const kind of KINDS)
    for (const protection of ['threshold', 'not-exact'] as const) {
      const tally = { refused: 0, leaked: 0, held: 0 };
      for (const seed of seeds) for (const c of family(kind, count, seed)) tally[judged(c, protection)]++;
      console.log(`${kind}\t${protection}\trefused ${tally.refused}\tleaked ${tally.leaked}\theld ${tally.held}`);
    }
}
