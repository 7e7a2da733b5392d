/**
 * rede62: measures rede62-families.ts through the checker of `ROOT` (this tree unless said). The oracle: attack35's
 * `oracleVerdict` with oracle.ts `oneStep`, `threeWay`, `spanSteps` and rede62's `spanEnds` (columns over more than one
 * step, no label looked at). `npx node test/pubcheck/rede62-measure.ts <count> <seed,…> [kind,…] [innocent]`.
 */
import { measureKinds } from './helpers.ts';
import { lifeMeasure } from './life57-measure.ts';
import { family, innocent, KINDS, type Case } from './rede62-families.ts';

export const { hiddenCells, judge, cost } = lifeMeasure<Case>({ oneStep: true, threeWay: true, spanSteps: true, spanEnds: true });

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[5] === 'innocent') measureKinds(KINDS, innocent, cost, { seed: '4870', verdicts: ['read', 'refused'] });
  else measureKinds(KINDS, family, judge, { seed: '4860' });
  console.log(`hidden cells: threshold ${hiddenCells.threshold}, not-exact ${hiddenCells['not-exact']}`);
}
