/**
 * denom34: the cost on fracn38's 1,000 ordinary column-wise 「n/N」 tables (fracn38-chance.ts's generator, seed 1561,
 * half with one N in every cell): refused, and read with a line's N over its sum by less than the threshold
 * (header/n-below-sum, a finding to fix: add the patients left out as a line, or take the N off).
 * `ROOT=<a checkout> npx node test/pubcheck/denom34-chance.ts`.
 */
import { checkerOfRoot } from './helpers.ts';
import { ordinaryFractions } from './fracn38-families.ts';
const { check, highs, bundle } = await checkerOfRoot();
let refused = 0,
  flagged = 0,
  flaggedRows = 0;
for (const text of ordinaryFractions(1561)) {
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
  if (!r.ok) refused++;
  else if (r.tables.some((x) => x.primary.headers.length > 0)) {
    flagged++;
    if (r.tables.some((x) => x.primary.headers.some((h) => h.axis === 'row'))) flaggedRows++;
  }
}
console.log(
  `1000 column-wise n/N tables (half with one N): refused ${refused}; read with a line's small rest ${flagged} (a row's ${flaggedRows})`,
);
