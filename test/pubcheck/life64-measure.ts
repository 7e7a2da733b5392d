/**
 * life64: measures life64-families.ts through the checker of `ROOT` (this tree unless said). The oracle: attack35's
 * `oracleVerdict` with oracle.ts `oneStep`, `threeWay`, `spanSteps`, `spanEnds` and life64's `spanFiner` (columns finer
 * than the at-risk line's steps, cumulative columns' differences; no label looked at).
 * `npx node test/pubcheck/life64-measure.ts <count> <seed,…> [kind,…] [innocent]`.
 */
import { measureKinds } from './helpers.ts';
import { lifeMeasure } from './life57-measure.ts';
import { family, innocent, KINDS, type Case } from './life64-families.ts';

export const { hiddenCells, judge, cost } = lifeMeasure<Case>({
  oneStep: true,
  threeWay: true,
  spanSteps: true,
  spanEnds: true,
  spanFiner: true,
});

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[5] === 'innocent') measureKinds(KINDS, innocent, cost, { seed: '4991', verdicts: ['read', 'refused'] });
  else measureKinds(KINDS, family, judge, { seed: '4990' });
  console.log(`hidden cells: threshold ${hiddenCells.threshold}, not-exact ${hiddenCells['not-exact']}`);
}
