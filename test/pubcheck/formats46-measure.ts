/**
 * formats46's families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats46-measure.ts <family>
 * [n a seed] [first seed] [last seed] [--oracle]` (this tree unless ROOT is given), family `nopct` (`spssNoPct`, seeds
 * 2501–2510), `cut` (`spssCut`, seeds 2511–2515) or `tot` (`sasTotBare`, seeds 2516–2520); what is printed:
 * formats-measure.ts.
 */
import { sasTotBare, spssCut, spssNoPct } from './formats46-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({
  nopct: { cases: spssNoPct, n: 10, from: 2501, to: 2510 },
  cut: { cases: spssCut, n: 10, from: 2511, to: 2515 },
  tot: { cases: sasTotBare, n: 10, from: 2516, to: 2520 },
});
