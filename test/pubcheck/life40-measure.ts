/**
 * life40: measures the life-table families (life40-families.ts) through the checker of `ROOT` (this tree unless said:
 * `ROOT=/tmp/base npx node …` for main). The oracle's kinds (`KINDS`) are judged as life38-measure's are (the oracle's
 * `steps` and `oneStep`): refused, leaked or held; the lone at-risk lines (`ALONE`) by what the checker says: refused, warned
 * (`line/maybe-at-risk`) or silent (nothing said of the line).
 * `npx node test/pubcheck/life40-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, codesOf, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { ALONE, family, KINDS, type Case } from './life40-families.ts';

const { check, highs, bundle } = await checkerOfRoot();

/** A lone at-risk line's case: 'refused', 'warned' (`line/maybe-at-risk`) or 'silent'; the refusal's codes beside. */
export function said(c: Case, protection: Protection): { verdict: 'refused' | 'warned' | 'silent'; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: codesOf(r) };
  return { verdict: r.warnings.some((w) => w.code === 'line/maybe-at-risk') ? 'warned' : 'silent', codes: '' };
}

/** Either judge, by the case's kind. */
export function judge(c: Case, protection: Protection): { verdict: string; codes: string } {
  if (ALONE.includes(c.kind)) return said(c, protection);
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: codesOf(r) };
  return { verdict: oracleVerdict(highs, r, c.text, protection, { oneStep: true }), codes: '' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  measureKinds(KINDS, family, judge, { seed: '1911' });
  measureKinds(ALONE, family, judge, { seed: '1911', verdicts: ['refused', 'warned', 'silent'] });
}
