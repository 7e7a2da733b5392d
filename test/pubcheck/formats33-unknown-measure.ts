/**
 * The percent/missing-base family (formats33-families.ts `unknownShares`) measured against a checkout: `npx node
 * test/pubcheck/formats33-unknown-measure.ts <path to src/pubcheck> [seed]`. Prints how many tables whose 「Unknown」 the
 * shares bound under 10 pass, and how many of the others are refused.
 */
import { fixtureBundle, solver } from './helpers.ts';
import { unknownShares } from './formats33-families.ts';
const dir = process.argv[2] || new URL('../../src/pubcheck', import.meta.url).pathname;
const { check } = (await import(`${dir}/check.ts`)) as typeof import('../../src/pubcheck/check.ts');
const bundle = fixtureBundle();
const highs = await solver();
const seed = Number(process.argv[3] ?? 865);
const cs = unknownShares(100, seed);
let passLeak = 0,
  leakN = 0,
  refusedSafe = 0,
  safeN = 0;
const codes = new Map<string, number>();
for (const c of cs) {
  const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0.3 });
  const code = r.ok ? 'ok' : [...new Set(r.errors.map((e) => e.code))].join('+');
  codes.set(code, (codes.get(code) ?? 0) + 1);
  if (c.leaks) {
    leakN++;
    if (r.ok) passLeak++;
  } else {
    safeN++;
    if (!r.ok) refusedSafe++;
  }
}
console.log(
  `seed ${seed}: bounded-under-threshold tables passed ${passLeak}/${leakN}; others refused ${refusedSafe}/${safeN}; ${[...codes].map(([k, v]) => `${k}×${v}`).join(', ')}`,
);
