/**
 * formats57's families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats57-measure.ts <family>
 * [n a seed] [first seed] [last seed] [--oracle]` (this tree unless ROOT is given), family `over` (`rAddmOver`, seeds
 * 3850–3854) `innocent` (`rAddmOverInnocent`, 3855–3859) or `calls` (`rDigitsCalls`, 3860–3864); what is printed: formats-measure.ts. The attack with the
 * sums of shares: formats57-addm.ts.
 */
import { rAddmOver, rAddmOverInnocent, rDigitsCalls } from './formats57-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({
  over: { cases: rAddmOver, n: 20, from: 3850, to: 3854 },
  innocent: { cases: rAddmOverInnocent, n: 20, from: 3855, to: 3859 },
  calls: { cases: rDigitsCalls, n: 20, from: 3860, to: 3864 },
});
