/**
 * life62: measures life62-families.ts through the checker of `ROOT` (this tree unless said). Verdicts refused, leaked
 * (the oracle — attack35-measure.ts `oracleVerdict` with oracle.ts `threeWay`, `fourWay` and `manyWay` 4 to 7: a line
 * of one table falling by a line of each of two to seven others, the positions matched by their time labels, no label
 * of the lines looked at — pins a hidden count, or under the threshold protection bounds a small one under 10), held;
 * codes 'life' where a life table is said, 'cut' where `life/not-searched` is, else 'unread'; the hidden cells counted.
 * `npx node test/pubcheck/life62-measure.ts <count> <seed,seed…> [kind,kind…] [innocent]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, measureKinds } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { family, innocent, KINDS, type Case } from './life62-families.ts';

const { check, highs, bundle } = await checkerOfRoot();

export const hiddenCells = { threshold: 0, 'not-exact': 0 };

const run = (c: { text: string }, protection: Protection) => {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return { r, codes: r.errors.map((e) => e.code).join('+') };
  hiddenCells[protection] += r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
  const has = (code: string) => r.warnings.some((w) => w.code === code);
  return { r, codes: has('table/life-table') ? 'life' : has('life/not-searched') ? 'cut' : 'unread' };
};

export function judge(c: { text: string }, protection: Protection): { verdict: string; codes: string } {
  const { r, codes } = run(c, protection);
  if (!r.ok) return { verdict: 'refused', codes };
  const more = { oneStep: true, threeWay: true, fourWay: true, manyWay: [4, 5, 6, 7] };
  return { verdict: oracleVerdict(highs, r, c.text, protection, more), codes };
}

export function cost(c: Case, protection: Protection): { verdict: string; codes: string } {
  const { r, codes } = run(c, protection);
  return { verdict: r.ok ? 'read' : 'refused', codes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[5] === 'innocent') measureKinds(KINDS, innocent, cost, { seed: '4710', verdicts: ['read', 'refused'] });
  else measureKinds(KINDS, family, judge, { seed: '4705' });
  console.log(`hidden cells: threshold ${hiddenCells.threshold}, not-exact ${hiddenCells['not-exact']}`);
}
