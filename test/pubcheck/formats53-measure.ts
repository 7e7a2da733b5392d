/**
 * formats53's families measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats53-measure.ts <family>
 * [n a seed] [first seed] [last seed] [--oracle]` (this tree unless ROOT is given), family `ftable2` (`rFtable2`,
 * seeds 3180–3184), `shares` (`rAddmShares`, 3185–3189, refusals saying 「割合の和」 counted) or `strata`
 * (`rThreeProp`, 3190–3194); what is printed: formats-measure.ts.
 */
import { rAddmShares, rFtable2, rThreeProp } from './formats53-families.ts';
import { measureFormats } from './formats-measure.ts';

await measureFormats({
  ftable2: { cases: rFtable2, n: 20, from: 3180, to: 3184 },
  shares: { cases: rAddmShares, n: 20, from: 3185, to: 3189, said: '割合の和' },
  strata: { cases: rThreeProp, n: 20, from: 3190, to: 3194 },
});
