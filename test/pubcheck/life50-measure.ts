/**
 * life50: measures life50-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=<base tree>` for
 * the base). Verdicts refused, leaked, held: leaked where life48's step reader (`spanLeaks`) or, for a note's censored,
 * the at-risk counts at an interval's ends less the note's count give back a hidden small event, or the oracle pins a
 * count. `life/rising` and `life/start` are input errors: any other verdict there is a silent reading.
 * `npx node test/pubcheck/life50-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, codesOf, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { lineOf } from './life44-measure.ts';
import { spanLeaks } from './life48-measure.ts';
import { family, KINDS, type Case } from './life50-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
type Ok = Extract<ReturnType<typeof check>, { ok: true }>;

/** A hidden small event given back by the note's censored: at risk at both ends shown, the fall less the note's count. */
function noteLeaks(r: Ok, c: Case): boolean {
  const n = c.note!;
  const [risk, ev] = [lineOf(r, n.risk), lineOf(r, n.events)];
  if (!risk || !ev) return false;
  return n.at.some((k) => risk[k]?.shown && risk[k + 1]?.shown && ev[k] && !ev[k]!.shown && ev[k]!.value > 0 && ev[k]!.value < 10);
}

export function judge(c: Case, protection: Protection): { verdict: string; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: codesOf(r) };
  if (c.note ? noteLeaks(r, c) : spanLeaks(r, c as never)) return { verdict: 'leaked', codes: '' };
  return { verdict: oracleVerdict(highs, r, c.text, protection, { oneStep: true }), codes: '' };
}

if (import.meta.url === `file://${process.argv[1]}`) measureKinds(KINDS, family, judge, { seed: '2831' });
