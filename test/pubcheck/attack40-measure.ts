/**
 * attack40: measures attack40-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=/tmp/base npx
 * node …` for the base): per kind and protection, how many cases were refused, held against the oracle (oracle.ts) or
 * leaked. `npx node test/pubcheck/attack40-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, heldOrLeaked } from './helpers.ts';
import { family, KINDS, type Case, type Kind } from './attack40-families.ts';
import { THRESHOLD, written, type Ok } from './protection.ts';

const { check, highs, bundle } = await checkerOfRoot();

/** 'refused', 'held' or 'leaked' for one case under `protection` (the oracle attacks `attacked`, else the reading written out). */
export function judged(c: Case, protection: Protection): 'refused' | 'held' | 'leaked' | 'threw' {
  let r: ReturnType<typeof check>;
  try {
    r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  } catch {
    return 'threw';
  }
  if (!r.ok) return 'refused';
  const ok = r as Ok;
  if (ok.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) return 'held';
  return heldOrLeaked(highs, ok, () => c.attacked ?? written(ok), protection, THRESHOLD);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10);
  const seeds = (process.argv[3] ?? '1981').split(',').map(Number);
  const kinds = process.argv[4] ? (process.argv[4].split(',') as Kind[]) : KINDS;
  for (const kind of kinds)
    for (const protection of ['threshold', 'not-exact'] as const) {
      const tally = { refused: 0, held: 0, leaked: 0, threw: 0 };
      for (const seed of seeds)
        for (const c of family(kind, count, seed)) {
          const v = judged(c, protection);
          tally[v]++;
          if (process.env.SHOW?.split(',').includes(v)) console.log(`--- ${v} ${protection}\n${c.text}`);
        }
      console.log(`${kind}\t${protection}\trefused ${tally.refused}\theld ${tally.held}\tleaked ${tally.leaked}\tthrew ${tally.threw}`);
    }
  process.exit(0);
}
