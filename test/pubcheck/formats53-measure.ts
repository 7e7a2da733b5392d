/**
 * formats53's families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats53-measure.ts <family>
 * [n a seed] [first seed] [last seed] [--oracle]` (this tree unless ROOT is given), family `ftable2` (`rFtable2`,
 * seeds 3180–3184); what is printed: formats-measure.ts.
 */
import { rFtable2 } from './formats53-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({
  ftable2: { cases: rFtable2, n: 20, from: 3180, to: 3184 },
});
