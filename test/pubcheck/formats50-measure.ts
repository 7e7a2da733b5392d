/**
 * formats50's families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats50-measure.ts <family>
 * [n a seed] [first seed] [last seed] [--oracle]` (this tree unless ROOT is given), family `one` (`rOneWay`, seeds
 * 2861–2865) or `prop` (`rProp`, seeds 2866–2870); what is printed: formats-measure.ts.
 */
import { rOneWay, rProp } from './formats50-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({
  one: { cases: rOneWay, n: 20, from: 2861, to: 2865 },
  prop: { cases: rProp, n: 20, from: 2866, to: 2870 },
});
