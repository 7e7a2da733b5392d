/**
 * sizes55's bench of `pinnedSmall` alone: 4ebba5ca's (sizes55-reference.ts, as sizes55.test.ts checks against) and this tree's, on tables of
 * shares under one N: 100 rows by 4 columns, its transpose (100 lines of 4), 6 by 8; N 2,900 and 9,000. The least of 3
 * runs each. `npx node test/pubcheck/sizes55-bench-lines.ts`.
 */
import { pinnedSmall } from '../../src/pubcheck/sizes.ts';
import type { Cell } from '../../src/pubcheck/types.ts';
import { lcg } from './helpers.ts';
import { pinnedSmallBefore as before } from './sizes55-reference.ts';

const next = lcg(3478);
function lines(R: number, C: number, n: number): Cell[][] {
  const Ns = Array.from({ length: C }, () => Math.floor(n / C));
  Ns[0]! += n - Ns.reduce((a, b) => a + b, 0);
  return Ns.map((m) => {
    const w = Array.from({ length: R }, () => 1 + next());
    const t = w.reduce((a, b) => a + b, 0);
    const k = w.map((x) => Math.floor((x / t) * m));
    k[0]! += m - k.reduce((a, b) => a + b, 0);
    return k.map((x) => {
      const percent = Number(((100 * x) / m).toFixed(1));
      return { row: 0, col: 0, text: `${percent}%`, line: 1, value: { kind: 'percent' as const, percent, decimals: 1 } };
    });
  });
}
const least = (f: () => unknown) => {
  let best = Infinity;
  let out: unknown;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    out = f();
    best = Math.min(best, performance.now() - t0);
  }
  return `${best.toFixed(0)} ms (${String(out)})`;
};
for (const [R, C, n] of [
  [100, 4, 2_900],
  [4, 100, 2_900],
  [100, 4, 9_000],
  [4, 100, 9_000],
  [6, 8, 2_900],
  [6, 8, 9_000],
] as const) {
  const ls = lines(R, C, n);
  console.log(`${C} lines of ${R} shares, N=${n}: 4ebba5ca ${least(() => before(ls, n, 10))}, now ${least(() => pinnedSmall(ls, n, 10))}`);
}
