/**
 * The spss44 family measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/spss44-measure.ts [n a seed]
 * [first seed] [last seed] [--oracle]` (this tree unless ROOT is given), `spssMissing` seeds 2161–2170; what is
 * printed: formats-measure.ts.
 */
import { spssMissing } from './spss44-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({ missing: { cases: spssMissing, n: 10, from: 2161, to: 2170 } }, 34);
