/**
 * life38: measures the life-table families (life38-families.ts) through the checker of `ROOT` (this tree unless said:
 * `ROOT=/tmp/base npx node …` for main), judged by this tree's oracle (`steps` and `oneStep`: any line falling by one
 * or two lines' counts, within and across tables, a single step too, whatever the labels): per kind and protection,
 * how many cases were refused, leaked (a hidden count pinned, or a hidden small count shown under the threshold under
 * `threshold`) or held. `npx node test/pubcheck/life38-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { family, KINDS, type Case } from './life38-families.ts';

const { check, highs, bundle } = await checkerOfRoot();

/** 'refused', 'leaked' or 'held' for one case under one protection; the refusal's codes beside. */
export function judge(c: Case, protection: Protection): { verdict: 'refused' | 'leaked' | 'held'; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: [...new Set(r.errors.map((e) => e.code))].join('+') };
  return { verdict: oracleVerdict(highs, r, c.text, protection, { oneStep: true }), codes: '' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10);
  const seeds = (process.argv[3] ?? '1761').split(',').map(Number);
  const kinds = process.argv[4] ? (process.argv[4].split(',') as typeof KINDS) : KINDS;
  for (const kind of kinds)
    for (const protection of ['threshold', 'not-exact'] as const) {
      const tally = { refused: 0, leaked: 0, held: 0 };
      const codes = new Map<string, number>();
      for (const seed of seeds)
        for (const c of family(kind, count, seed)) {
          const j = judge(c, protection);
          tally[j.verdict]++;
          if (j.codes) codes.set(j.codes, (codes.get(j.codes) ?? 0) + 1);
        }
      console.log(
        `${kind}\t${protection}\trefused ${tally.refused}\tleaked ${tally.leaked}\theld ${tally.held}\t${[...codes].map(([k, v]) => `${k}:${v}`).join(' ')}`,
      );
    }
}
