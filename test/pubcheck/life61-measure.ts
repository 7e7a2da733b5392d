/**
 * life61: measures life61-families.ts through the checker of `ROOT` (this tree unless said). Verdicts refused, leaked
 * (the oracle — attack35-measure.ts `oracleVerdict` with oracle.ts `oneStep`, `threeWay` and life61's `spanSteps`: a
 * line of one table falling over an interval by one or two lines of another table printed at fewer points, no label
 * of the lines looked at — pins a hidden count, or under the threshold protection bounds a small one under 10), held;
 * codes 'life' where a life table is said, else 'unread'; the hidden cells counted.
 * `npx node test/pubcheck/life61-measure.ts <count> <seed,seed…> [kind,kind…] [innocent]`.
 */
import { measureKinds } from './helpers.ts';
import { lifeMeasure } from './life57-measure.ts';
import { family, innocent, KINDS, type Case } from './life61-families.ts';

export const { hiddenCells, judge, cost } = lifeMeasure<Case>({ oneStep: true, threeWay: true, spanSteps: true });

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[5] === 'innocent') measureKinds(KINDS, innocent, cost, { seed: '4590', verdicts: ['read', 'refused'] });
  else measureKinds(KINDS, family, judge, { seed: '4580' });
  console.log(`hidden cells: threshold ${hiddenCells.threshold}, not-exact ${hiddenCells['not-exact']}`);
}
