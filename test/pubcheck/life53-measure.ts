/**
 * life53: measures life53-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=<base tree>` for
 * the base). Verdicts refused, leaked, held: leaked where life52's reader of an interval (the at-risk counts at its
 * ends less its shown cells: one hidden pinned; under the threshold protection hidden cells summing to 1–9) or a
 * reader of the total reading (the chance total less the other points, all shown: a rest of 1–9 given) gives a count
 * back, or the oracle pins one (life52-measure.ts `judge`). Codes: 'life' where a life table is said, 'both' where the
 * point is said read both ways. `npx node test/pubcheck/life53-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, measureKinds } from './helpers.ts';
import { lineOf } from './life44-measure.ts';
import { judge as judge52 } from './life52-measure.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { family, family2, KINDS, KINDS2, type Case } from './life53-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
type Ok = Extract<ReturnType<typeof check>, { ok: true }>;

/** The total reading's rest given back: the chance total and every other point shown, the difference 1–9. */
function restLeaks(r: Ok, c: Case): boolean {
  for (const label of c.total.lines) {
    const line = lineOf(r, label);
    if (!line) continue;
    const cells = line.slice(
      0,
      c.spans!.reduce((s, x) => s + x.parts.length / 2, 0),
    );
    if (!cells.every((x) => x.shown)) continue;
    const rest = cells[c.total.at]!.value - cells.reduce((s, x, j) => s + (j === c.total.at ? 0 : x.value), 0);
    if (rest > 0 && rest < 10) return true;
  }
  return false;
}

export function judge(c: Case, protection: Protection): { verdict: string; codes: string } {
  const j = judge52(c as never, protection);
  if (j.verdict === 'refused') return j;
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: '' };
  const said = [
    r.warnings.some((w) => w.code === 'table/life-table') ? 'life' : '',
    r.warnings.some((w) => w.code === 'total/both-readings') ? 'both' : '',
  ]
    .filter(Boolean)
    .join('+');
  if (j.verdict === 'leaked') return { verdict: 'leaked', codes: said };
  return { verdict: restLeaks(r, c) ? 'leaked' : 'held', codes: said };
}

/** Class 2: the oracle (steps over the table's points, one step too) on `family2`'s tables. */
export function judge2(c: { text: string }, protection: Protection): { verdict: string; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: r.errors.map((e) => e.code).join('+') };
  const said = r.warnings.some((w) => w.code === 'table/life-table') ? 'life' : 'unread';
  return { verdict: oracleVerdict(highs, r, c.text, protection, { oneStep: true }), codes: said };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  measureKinds(KINDS, family, judge, { seed: '3120' });
  measureKinds(KINDS2, family2, judge2, { seed: '3130' });
}
