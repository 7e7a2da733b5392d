/**
 * life52: measures life52-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=<base tree>` for
 * the base). Verdicts refused, leaked, held: leaked where a reader of the published cells gives a hidden small count
 * back — a note's censored (as life50-measure.ts), life48's step reader (`spanLeaks`), or for two points inside one
 * interval the at-risk counts at its ends less the interval's shown cells (one hidden: pinned; under the threshold
 * protection, hidden cells summing to 1–9) — or the oracle pins a count (a note given as the table it is read as).
 * `npx node test/pubcheck/life52-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { censoredNotes } from '../../src/pubcheck/lifetable.ts';
import { checkerOfRoot, codesOf, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { lineOf } from './life44-measure.ts';
import { spanLeaks } from './life48-measure.ts';
import { family, KINDS, type Case } from './life52-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
type Ok = Extract<ReturnType<typeof check>, { ok: true }>;
type Cell = { value: number; shown: boolean };

function noteLeaks(r: Ok, c: Case): boolean {
  const n = c.note!;
  const [risk, ev, cs] = [lineOf(r, n.risk), lineOf(r, n.events), lineOf(r, n.word)];
  if (!risk || !ev) return false;
  // One number for every interval (「各期間15例」): shown where any of its cells is (the note says they are one).
  const one = c.kind === 'life/note-each' && cs?.some((x) => x.shown);
  const censored = (k: number) => (cs?.[k] && one ? { ...cs[k]!, shown: true } : (cs?.[k] ?? { value: n.censored[k]!, shown: true }));
  const small = (x: Cell, y: { shown: boolean }) => !x.shown && y.shown && x.value > 0 && x.value < 10;
  return n.at.some((k) => risk[k]?.shown && risk[k + 1]?.shown && ev[k] && (small(ev[k]!, censored(k)) || small(censored(k), ev[k]!)));
}

function withinLeaks(r: Ok, c: Case, protection: Protection): boolean {
  for (const s of c.spans!) {
    const risk = lineOf(r, s.risk[0]);
    if (!risk?.[s.risk[1]]?.shown || !risk[s.risk[2]]?.shown) continue;
    const cells = s.parts.map(([label, k]) => lineOf(r, label)?.[k]);
    if (cells.some((x) => !x)) continue;
    const hidden = cells.filter((x) => !x!.shown);
    const sum = hidden.reduce((t, x) => t + x!.value, 0);
    if (hidden.length === 1 && hidden[0]!.value > 0) return true;
    if (protection === 'threshold' && hidden.length > 0 && sum > 0 && sum < 10) return true;
  }
  return false;
}

/** The text as the oracle reads it: a note read by this tree's `censoredNotes` as its table (checked against the truth). */
function published(c: Case): string {
  const records = c.text.split('\n').map((l, n) => ({ fields: l.split('\t'), line: n + 1 }));
  const read = censoredNotes(records);
  const row = read.records.find((x) => x.fields[0] === c.note!.word && x.line === read.notes[0]?.line);
  if (!row || row.fields.slice(1).join() !== c.note!.censored.join()) throw new Error(`note not read as its truth: ${c.text}`);
  return read.records.map((x) => x.fields.join('\t')).join('\n');
}

export function judge(c: Case, protection: Protection): { verdict: string; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: codesOf(r) };
  const leaked = c.note ? noteLeaks(r, c) : c.spans ? withinLeaks(r, c, protection) : spanLeaks(r, c as never);
  if (leaked) return { verdict: 'leaked', codes: '' };
  // life52: counts before 「0か月」 said in the reading's warning (not refused).
  const said = r.warnings.some((w) => w.message.includes('追跡開始より前')) ? 'said-before-start' : '';
  return { verdict: oracleVerdict(highs, r, c.note ? published(c) : c.text, protection, { oneStep: true }), codes: said };
}

if (import.meta.url === `file://${process.argv[1]}`) measureKinds(KINDS, family, judge, { seed: '3031' });
