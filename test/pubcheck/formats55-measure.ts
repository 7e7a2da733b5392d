/**
 * formats55's families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats55-measure.ts <family>
 * [n a seed] [first seed] [last seed] [--oracle]` (this tree unless ROOT is given), family `digits` (`rDigits`, seeds
 * 3370–3374), `stage` (`rStage`, 3375–3379) or `innocent` (`rDigitsInnocent`, 3380–3384); what is printed:
 * formats-measure.ts.
 */
import { rDigits, rDigitsInnocent, rStage } from './formats55-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({
  digits: { cases: rDigits, n: 20, from: 3370, to: 3374 },
  stage: { cases: rStage, n: 20, from: 3375, to: 3379 },
  innocent: { cases: rDigitsInnocent, n: 20, from: 3380, to: 3384 },
});
