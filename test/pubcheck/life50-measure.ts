/**
 * life50: measures life50-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=<base tree>` for
 * the base). Verdicts refused, leaked, held: leaked where life48's step reader (`spanLeaks`) or, for a note's censored,
 * the at-risk counts at an interval's ends less the note's count give back a hidden small event, or the oracle pins a
 * count. `life/rising` and `life/start` are input errors: any other verdict there is a silent reading.
 * `npx node test/pubcheck/life50-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { censoredNotes } from '../../src/pubcheck/lifetable.ts';
import { checkerOfRoot, codesOf, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { lineOf } from './life44-measure.ts';
import { spanLeaks } from './life48-measure.ts';
import { family, KINDS, type Case } from './life50-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
type Ok = Extract<ReturnType<typeof check>, { ok: true }>;

/**
 * A hidden small count given back at one step: at risk at both ends shown, and of the events and the note's censored
 * (published as text on base; since life51 the cells of the table 「注（打ち切り）」 the note is read as) one hidden and
 * small, the other shown.
 */
function noteLeaks(r: Ok, c: Case): boolean {
  const n = c.note!;
  const [risk, ev, cs] = [lineOf(r, n.risk), lineOf(r, n.events), lineOf(r, '打ち切り')];
  if (!risk || !ev) return false;
  const censored = (k: number) => cs?.[k] ?? { value: n.censored[k]!, shown: true };
  const small = (x: { value: number; shown: boolean }, y: { shown: boolean }) => !x.shown && y.shown && x.value > 0 && x.value < 10;
  return n.at.some((k) => risk[k]?.shown && risk[k + 1]?.shown && ev[k] && (small(ev[k]!, censored(k)) || small(censored(k), ev[k]!)));
}

/**
 * life51: the text as the oracle reads it, the note's counts as the table of its intervals' first points (what the note
 * publishes: each count of one interval); the counts checked against the family's truth.
 */
function published(c: Case): string {
  const records = c.text.split('\n').map((l, n) => ({ fields: l.split('\t'), line: n + 1 }));
  const read = censoredNotes(records);
  const row = read.records.find((x) => x.fields[0] === '打ち切り' && x.line === read.notes[0]?.line);
  if (!row || row.fields.slice(1).join() !== c.note!.censored.join()) throw new Error(`note not read as its truth: ${c.text}`);
  return read.records.map((x) => x.fields.join('\t')).join('\n');
}

export function judge(c: Case, protection: Protection): { verdict: string; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: codesOf(r) };
  if (c.note ? noteLeaks(r, c) : spanLeaks(r, c as never)) return { verdict: 'leaked', codes: '' };
  return { verdict: oracleVerdict(highs, r, c.note ? published(c) : c.text, protection, { oneStep: true }), codes: '' };
}

if (import.meta.url === `file://${process.argv[1]}`) measureKinds(KINDS, family, judge, { seed: '2831' });
