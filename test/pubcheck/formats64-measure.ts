/**
 * formats64's families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats64-measure.ts <family>
 * [n a seed] [first seed] [last seed] [--oracle]` (this tree unless ROOT is given), family `comma` (`commaTitles`,
 * seeds 5140–5141), `commaInnocent` (5142–5143), `stata` (`stataTitled`, 5144–5145) or `stataInnocent` (5146–5147), `years` (`yearsCut`, 5148–5149) or `yearsInnocent` (5150–5151);
 * what is printed: formats-measure.ts.
 */
import { commaInnocent, commaTitles, stataInnocent, stataTitled, yearsCut, yearsInnocent } from './formats64-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({
  comma: { cases: commaTitles, n: 100, from: 5140, to: 5141 },
  commaInnocent: { cases: commaInnocent, n: 100, from: 5142, to: 5143 },
  stata: { cases: stataTitled, n: 100, from: 5144, to: 5145 },
  stataInnocent: { cases: stataInnocent, n: 100, from: 5146, to: 5147 },
  years: { cases: yearsCut, n: 100, from: 5148, to: 5149 },
  yearsInnocent: { cases: yearsInnocent, n: 100, from: 5150, to: 5151 },
});
