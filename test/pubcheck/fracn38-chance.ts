/** fracn38: chance refusals on 1,000 ordinary column-wise 「n/N」 tables (half with one N in every cell), seed 1561: `ROOT=<a checkout> npx node test/pubcheck/fracn38-chance.ts` (int be71fe8: 1 refused, now 1). */
import { checkerOfRoot } from './helpers.ts';
import { ordinaryFractions } from './fracn38-families.ts';
const { check, highs, bundle } = await checkerOfRoot();
let refused = 0,
  unknown = 0;
for (const text of ordinaryFractions(1561)) {
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
  if (!r.ok) {
    refused++;
    if (r.errors.some((e) => e.code === 'fraction/unknown-base')) unknown++;
  }
}
console.log(`1000 column-wise n/N tables (half with equal Ns): refused ${refused}, fraction/unknown-base ${unknown}`);
