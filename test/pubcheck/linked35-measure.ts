/**
 * linked35: measures linked35-families.ts through the engine, judged by the oracle (attack34-measure.ts's judge):
 * per kind and protection, refused / leaked / held. `npx node test/pubcheck/linked35-measure.ts <count> <seed,seed…>`.
 */
import { judge } from './attack34-measure.ts';
import type { Case as Attack34Case } from './attack34-families.ts';
import { check } from '../../src/pubcheck/check.ts';
import { chance, family, KINDS, type Case } from './linked35-families.ts';
import { fixtureBundle, solver } from './helpers.ts';

/** 'refused', 'leaked' or 'held' for one case under one protection (the text is all the judge reads). */
export const judged = (c: Case, protection: 'threshold' | 'not-exact') => judge(c as unknown as Attack34Case, protection);

if (import.meta.url === `file://${process.argv[1]}` && process.argv[4] === 'chance') {
  // Unrelated tables of the same shapes: refused, and linked (tables/linked said), per protection.
  const highs = await solver();
  const bundle = fixtureBundle();
  const count = Number(process.argv[2] ?? 10);
  const seeds = (process.argv[3] ?? '1201').split(',').map(Number);
  for (const protection of ['threshold', 'not-exact'] as const) {
    const tally = { refused: 0, linked: 0, cases: 0 };
    for (const seed of seeds)
      for (const c of chance(count, seed)) {
        const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
        tally.cases++;
        if (!r.ok) tally.refused++;
        else if (r.warnings.some((w) => w.code === 'tables/linked')) tally.linked++;
      }
    console.log(`chance\t${protection}\tcases ${tally.cases}\trefused ${tally.refused}\tlinked ${tally.linked}`);
  }
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
