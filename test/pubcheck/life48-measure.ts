/**
 * life48: measures life48-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=<base tree>` for
 * the base). Verdicts refused, leaked or held: leaked where the step reader (`spanLeaks`: for an interval of the case,
 * the at-risk counts at its two ends published — an N of each point always, a line's cells where shown — and one of
 * the two lines of the interval published, the other hidden and small: the fall less the one gives it back, wherever
 * the tables print them) or the oracle (`steps`, `oneStep`) recovers a count.
 * `npx node test/pubcheck/life48-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, codesOf, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { lineOf } from './life44-measure.ts';
import { family, KINDS, type Case } from './life48-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
type Ok = Extract<ReturnType<typeof check>, { ok: true }>;

/** A small count of an interval given back by the at-risk counts at its ends less the interval's other line. */
export function spanLeaks(r: Ok, c: Case): boolean {
  for (const f of c.falls) {
    if (f.risk) {
      const line = lineOf(r, f.risk[0]);
      if (!line || !line[f.risk[1]]?.shown || !line[f.risk[2]]?.shown) continue;
    }
    const [x, y] = f.parts.map(([label, k]) => lineOf(r, label)?.[k]);
    if (!x || !y) continue;
    if ((!x.shown && x.value < 10 && y.shown) || (!y.shown && y.value < 10 && x.shown)) return true;
  }
  return false;
}

export function judge(c: Case, protection: Protection): { verdict: string; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: codesOf(r) };
  if (spanLeaks(r, c)) return { verdict: 'leaked', codes: '' };
  return { verdict: oracleVerdict(highs, r, c.text, protection, { oneStep: true }), codes: '' };
}

if (import.meta.url === `file://${process.argv[1]}`) measureKinds(KINDS, family, judge, { seed: '2631' });
