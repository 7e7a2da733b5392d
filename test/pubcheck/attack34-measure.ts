/**
 * attack34: measures the breakdown families (attack34-families.ts) through the engine, judged by the oracle: per kind,
 * how many cases were refused, and how many leaked (a hidden small count pinned, or shown under the threshold under
 * `threshold`). `npx node test/pubcheck/attack34-measure.ts <count> <seed,seed…>`.
 */
import { check } from '../../src/pubcheck/check.ts';
import type { Protection } from '../../src/pubcheck/types.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { asAttacked, hiddenKeys, THRESHOLD } from './protection.ts';
import { family, KINDS, REGROUP_KINDS, type Case } from './attack34-families.ts';

const highs = await solver();
const bundle = fixtureBundle();

/** 'refused', 'leaked' or 'held' for one case under one protection. */
export function judge(c: Case, protection: Protection): 'refused' | 'leaked' | 'held' {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return 'refused';
  const { hidden, small } = hiddenKeys(r);
  const ranges = attack(highs, asAttacked(r, c.text), hidden, { zeroExempt: true, disjointParts: true });
  for (const [key, range] of ranges) {
    if (range.hi !== null && range.hi <= range.lo) return 'leaked';
    if (protection === 'threshold' && small.has(key) && (range.hi ?? Infinity) < THRESHOLD) return 'leaked';
  }
  return 'held';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10);
  const seeds = (process.argv[3] ?? '1021').split(',').map(Number);
  const kinds = process.argv[4] === 'regroup' ? REGROUP_KINDS : process.argv[4] === 'all' ? [...KINDS, ...REGROUP_KINDS] : KINDS;
  for (const kind of kinds)
    for (const protection of ['threshold', 'not-exact'] as const) {
      const tally = { refused: 0, leaked: 0, held: 0 };
      for (const seed of seeds) for (const c of family(kind, count, seed)) tally[judge(c, protection)]++;
      console.log(`${kind}\t${protection}\trefused ${tally.refused}\tleaked ${tally.leaked}\theld ${tally.held}`);
    }
}
