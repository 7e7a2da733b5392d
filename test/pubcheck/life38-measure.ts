/**
 * life38: measures the life-table families (life38-families.ts) through the checker of `ROOT` (this tree unless said:
 * `ROOT=/tmp/base npx node …` for main), judged by this tree's oracle (`steps` and `oneStep`: any line falling by one
 * or two lines' counts, within and across tables, a single step too, whatever the labels): per kind and protection,
 * how many cases were refused, leaked (a hidden count pinned, or a hidden small count shown under the threshold under
 * `threshold`) or held. `npx node test/pubcheck/life38-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { family, KINDS, type Case } from './life38-families.ts';

const { check, highs, bundle } = await checkerOfRoot();

/** 'refused', 'leaked' or 'held' for one case under one protection; the refusal's codes beside. */
export function judge(c: Case, protection: Protection): { verdict: 'refused' | 'leaked' | 'held'; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: [...new Set(r.errors.map((e) => e.code))].join('+') };
  return { verdict: oracleVerdict(highs, r, c.text, protection, { oneStep: true }), codes: '' };
}

if (import.meta.url === `file://${process.argv[1]}`) measureKinds(KINDS, family, judge, { seed: '1761' });
