/**
 * life46: measures life46-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=<base tree>` for
 * main). Verdicts refused, leaked or held: leaked where the step reader (`stepLeaks`: for a step of the case's at-risk
 * line, the line published at both its points and one of the two lines taking its fall published, the other hidden and
 * small, wherever the tables print them: the fall less the one gives the other back) or the arm reader
 * (life44-measure.ts `armLeaks`) or the oracle (`steps`, `oneStep`: it ties only the same labels) recovers a count.
 * `npx node test/pubcheck/life46-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, codesOf, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { armLeaks, lineOf } from './life44-measure.ts';
import { family, KINDS, type Case } from './life46-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
type Ok = Extract<ReturnType<typeof check>, { ok: true }>;

/** A small count of a line taking a step's fall given back by the at-risk line's two published points less the other. */
export function stepLeaks(r: Ok, c: Case, offset: number): boolean {
  const risk = lineOf(r, c.risk);
  const parts = c.parts.map((l) => lineOf(r, l));
  if (!risk || parts.some((p) => !p)) return false;
  for (let n = 0; n + 1 < risk.length; n++) {
    if (!risk[n]!.shown || !risk[n + 1]!.shown) continue;
    const [x, y] = parts.map((p) => p![n + offset]);
    if (!x || !y) continue;
    if ((!x.shown && x.value < 10 && y.shown) || (!y.shown && y.value < 10 && x.shown)) return true;
  }
  return false;
}

export function judge(c: Case, protection: Protection): { verdict: string; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: codesOf(r) };
  if (c.kind === 'life/crossed-neither' ? armLeaks(r, c.text) : stepLeaks(r, c, 0)) return { verdict: 'leaked', codes: '' };
  return { verdict: oracleVerdict(highs, r, c.text, protection, { oneStep: true }), codes: '' };
}

if (import.meta.url === `file://${process.argv[1]}`) measureKinds(KINDS, family, judge, { seed: '2441' });
