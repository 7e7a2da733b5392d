/**
 * life60: measures life60-families.ts through the checker of `ROOT` (this tree unless said). Verdicts refused, leaked
 * (the oracle — attack35-measure.ts `oracleVerdict` with oracle.ts `threeWay`, `fourWay` and `manyWay` 4 and 5: a line
 * of one table falling by a line of each of two to five others, the positions matched by their time labels, no label
 * of the lines looked at — pins a hidden count, or under the threshold protection bounds a small one under 10), held;
 * codes 'life' where a life table is said, 'cut' where `life/not-searched` is, else 'unread'; the hidden cells counted.
 * `npx node test/pubcheck/life60-measure.ts <count> <seed,seed…> [kind,kind…] [innocent]`.
 */
import { measureKinds } from './helpers.ts';
import { lifeMeasure } from './life57-measure.ts';
import { family, innocent, KINDS, type Case } from './life60-families.ts';

export const { hiddenCells, judge, cost } = lifeMeasure<Case>({ oneStep: true, threeWay: true, fourWay: true, manyWay: [4, 5] }, true);

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[5] === 'innocent') measureKinds(KINDS, innocent, cost, { seed: '4440', verdicts: ['read', 'refused'] });
  else measureKinds(KINDS, family, judge, { seed: '4430' });
  console.log(`hidden cells: threshold ${hiddenCells.threshold}, not-exact ${hiddenCells['not-exact']}`);
}
