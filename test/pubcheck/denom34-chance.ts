/**
 * denom34: the cost on fracn38's 1,000 ordinary column-wise 「n/N」 tables (fracn38-chance.ts's generator, seed 1561,
 * half with one N in every cell): refused, and read with a line's N over its sum by less than the threshold
 * (header/n-below-sum, a finding to fix: add the patients left out as a line, or take the N off).
 * `ROOT=<a checkout> npx node test/pubcheck/denom34-chance.ts`.
 */
import { checkerOfRoot, lcg, int } from './helpers.ts';
const { check, highs, bundle } = await checkerOfRoot();
const next = lcg(1561);
let refused = 0,
  flagged = 0,
  flaggedRows = 0;
for (let t = 0; t < 1000; t++) {
  const R = int(next, 2, 4),
    C = int(next, 2, 3);
  const c = Array.from({ length: R }, () => Array.from({ length: C }, () => int(next, 0, 40)));
  const sameN = next() < 0.5;
  const rest = Array.from({ length: C }, () => (next() < 0.5 ? 0 : int(next, 1, 20)));
  const colN = Array.from({ length: C }, (_, j) => c.reduce((a, r) => a + r[j]!, 0) + rest[j]!);
  const m = Math.max(...colN);
  const N = colN.map((n) => (sameN ? m : n));
  const text =
    [
      '\t' + Array.from({ length: C }, (_, j) => `G${j + 1}`).join('\t'),
      ...c.map((r, i) => `x${i}\t` + r.map((x, j) => `${x}/${N[j]}`).join('\t')),
    ].join('\n') + '\n';
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
