/**
 * formats63's families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats63-measure.ts <family>
 * [n a seed] [first seed] [last seed] [--oracle]` (this tree unless ROOT is given), family `titled` (`titledPrints`,
 * seeds 5020–5021) or `innocent` (`innocentTitles`, 5022–5023); what is printed: formats-measure.ts.
 */
import { innocentTitles, titledPrints } from './formats63-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({
  titled: { cases: titledPrints, n: 100, from: 5020, to: 5021 },
  innocent: { cases: innocentTitles, n: 100, from: 5022, to: 5023 },
});
