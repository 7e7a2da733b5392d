/**
 * formats52's families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats52-measure.ts <family>
 * [n a seed] [first seed] [last seed] [--oracle]` (this tree unless ROOT is given), family `three` (`rThree`, seeds
 * 2971–2975), `ftable` (`rFtable`, 2976–2980) or `addm` (`rAddm`, 2981–2985); what is printed: formats-measure.ts.
 */
import { rAddm, rFtable, rThree } from './formats52-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({
  three: { cases: rThree, n: 20, from: 2971, to: 2975 },
  ftable: { cases: rFtable, n: 20, from: 2976, to: 2980 },
  addm: { cases: rAddm, n: 20, from: 2981, to: 2985 },
});
