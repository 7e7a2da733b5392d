/**
 * life59: measures life59-families.ts through the checker of `ROOT` (this tree unless said). Verdicts refused, leaked
 * (the oracle — attack35-measure.ts `oracleVerdict` with oracle.ts `threeWay` and `fourWay`: a line of one table
 * falling by a line of each of two or three others, the positions matched by their time labels, no label of the lines
 * looked at — pins a hidden count, or under the threshold protection bounds a small one under 10), held; codes 'life'
 * where a life table is said, else 'unread'; the hidden cells counted.
 * `npx node test/pubcheck/life59-measure.ts <count> <seed,seed…> [kind,kind…] [innocent]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { family, innocent, KINDS, type Case } from './life59-families.ts';

const { check, highs, bundle } = await checkerOfRoot();

export const hiddenCells = { threshold: 0, 'not-exact': 0 };

export function judge(c: { text: string }, protection: Protection): { verdict: string; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: r.errors.map((e) => e.code).join('+') };
  hiddenCells[protection] += r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
  const said = r.warnings.some((w) => w.code === 'table/life-table') ? 'life' : 'unread';
  return { verdict: oracleVerdict(highs, r, c.text, protection, { oneStep: true, threeWay: true, fourWay: true }), codes: said };
}

export function cost(c: Case, protection: Protection): { verdict: string; codes: string } {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { verdict: 'refused', codes: r.errors.map((e) => e.code).join('+') };
  hiddenCells[protection] += r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
  return { verdict: 'read', codes: r.warnings.some((w) => w.code === 'table/life-table') ? 'life' : 'unread' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[5] === 'innocent') measureKinds(KINDS, innocent, cost, { seed: '4030', verdicts: ['read', 'refused'] });
  else measureKinds(KINDS, family, judge, { seed: '4020' });
  console.log(`hidden cells: threshold ${hiddenCells.threshold}, not-exact ${hiddenCells['not-exact']}`);
}

/** The warning codes of a check under the threshold protection (refused: the errors' codes). */
export function codes(text: string): string[] {
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  return r.ok ? r.warnings.map((w) => w.code) : r.errors.map((e) => e.code);
}
