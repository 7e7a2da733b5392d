/**
 * linked38: measures linked38-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=/tmp/base npx
 * node …` for main): per kind, how many cases were refused and how many tied (`tables/linked` said).
 * `npx node test/pubcheck/linked38-measure.ts <count> <seed,seed…>`.
 */
import { checkerOfRoot, linkedOf } from './helpers.ts';
import { family, KINDS, type Case } from './linked38-families.ts';

const checker = await checkerOfRoot();

/** 'refused', 'tied' or 'apart' for one case (threshold). */
export function tied(c: Case): 'refused' | 'tied' | 'apart' {
  const r = linkedOf(checker, c.text, 'threshold');
  return r === 'linked' ? 'tied' : r;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 50);
  const seeds = (process.argv[3] ?? '1691').split(',').map(Number);
  for (const kind of KINDS) {
    const tally = { refused: 0, tied: 0, apart: 0 };
    for (const seed of seeds) for (const c of family(kind, count, seed)) tally[tied(c)]++;
    console.log(`${kind}\trefused ${tally.refused}\ttied ${tally.tied}\tapart ${tally.apart}`);
  }
}
