/**
 * life59: measures life59-families.ts through the checker of `ROOT` (this tree unless said). Verdicts refused, leaked
 * (the oracle — attack35-measure.ts `oracleVerdict` with oracle.ts `threeWay` and `fourWay`: a line of one table
 * falling by a line of each of two or three others, the positions matched by their time labels, no label of the lines
 * looked at — pins a hidden count, or under the threshold protection bounds a small one under 10), held; codes 'life'
 * where a life table is said, else 'unread'; the hidden cells counted.
 * `npx node test/pubcheck/life59-measure.ts <count> <seed,seed…> [kind,kind…] [innocent]`.
 */
import { measureKinds } from './helpers.ts';
import { lifeMeasure } from './life57-measure.ts';
import { family, innocent, KINDS, type Case } from './life59-families.ts';

export const { hiddenCells, judge, cost, codes } = lifeMeasure<Case>({ oneStep: true, threeWay: true, fourWay: true });

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[5] === 'innocent') measureKinds(KINDS, innocent, cost, { seed: '4030', verdicts: ['read', 'refused'] });
  else measureKinds(KINDS, family, judge, { seed: '4020' });
  console.log(`hidden cells: threshold ${hiddenCells.threshold}, not-exact ${hiddenCells['not-exact']}`);
}
