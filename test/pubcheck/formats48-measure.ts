/**
 * formats48's families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats48-measure.ts <family>
 * [n a seed] [first seed] [last seed] [--oracle]` (this tree unless ROOT is given), family `cmd` (`withCommand`, seeds
 * 2641–2644), `wrap` (`sasWrapPast`, seeds 2645–2647) or `tot` (`sasStrataTot`, seeds 2648–2650); what is printed:
 * formats-measure.ts.
 */
import { sasStrataTot, sasWrapPast, withCommand } from './formats48-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({
  cmd: { cases: withCommand, n: 25, from: 2641, to: 2644 },
  wrap: { cases: sasWrapPast, n: 20, from: 2645, to: 2647 },
  tot: { cases: sasStrataTot, n: 20, from: 2648, to: 2650 },
});
