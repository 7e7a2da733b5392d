/**
 * formats51's family measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats51-measure.ts
 * [n a seed] [first seed] [last seed] [--oracle]` (`sasStrataGap`, seeds 2921–2925); refusals naming the missing
 * stratum counted as 「named」 (formats-measure.ts).
 */
import { sasStrataGap } from './formats51-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({ gap: { cases: sasStrataGap, n: 20, from: 2921, to: 2925, said: '貼られていない層' } });
