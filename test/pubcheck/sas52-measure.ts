/**
 * sas52's families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/sas52-measure.ts
 * lost|misnumbered [n a seed] [first seed] [last seed] [--oracle]` (`sasStrataLost` seeds 3071–3080,
 * `sasStrataMisnumbered` 3081–3090); refusals saying the missing stratum's total is under the threshold counted as 「閾値」.
 */
import { sasStrataLost, sasStrataMisnumbered } from './sas52-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({
  lost: { cases: sasStrataLost, n: 10, from: 3071, to: 3080, said: 'この層の患者数' },
  misnumbered: { cases: sasStrataMisnumbered, n: 10, from: 3081, to: 3090, said: '貼られていない層' },
});
