/**
 * sizes55's bench of `pinnedSmall` alone: 4ebba5ca's (copied, as sizes55.test.ts keeps it) and this tree's, on tables of
 * shares under one N: 100 rows by 4 columns, its transpose (100 lines of 4), 6 by 8; N 2,900 and 9,000. The least of 3
 * runs each. `npx node test/pubcheck/sizes55-bench-lines.ts`.
 */
import { countsForPercent } from '../../src/pubcheck/cell.ts';
import { pinnedSmall } from '../../src/pubcheck/sizes.ts';
import type { Cell } from '../../src/pubcheck/types.ts';
import { lcg } from './helpers.ts';

/** 4ebba5ca's pinnedSmall, as it was (the reference of the equivalence). */
function before(lines: readonly (readonly Cell[])[], n: number, threshold: number): boolean {
  const shares = lines.map((line) => line.filter((c) => c.value.kind === 'percent'));
  const fits = shares.map((line) => {
    const out: number[] = [];
    for (let m = 1; m <= Math.min(n, 100_000); m++) {
      let [lo, hi] = [0, 0];
      let whole = true;
      for (const c of line) {
        if (c.value.kind !== 'percent') continue;
        const k = countsForPercent(c.value.percent, c.value.decimals, m);
        if (k.lo > k.hi) {
          whole = false;
          break;
        }
        lo += k.lo;
        hi += k.hi;
      }
      if (whole && lo <= m && m <= hi) out.push(m);
    }
    return out;
  });
  let left = fits;
  if (n <= 3_000 && lines.length <= 8) {
    const reach = (from: readonly number[][]) => {
      let r = new Uint8Array(n + 1);
      r[0] = 1;
      for (const f of from) {
        const next = new Uint8Array(n + 1);
        for (let s = 0; s <= n; s++) if (r[s]) for (const m of f) if (s + m <= n) next[s + m] = 1;
        r = next;
      }
      return r;
    };
    left = fits.map((f, i) => {
      const others = reach(fits.filter((_, j) => j !== i));
      return f.filter((m) => others[n - m] === 1);
    });
  }
  return shares.some((line, i) => {
    const ns = left[i]!;
    if (ns.length === 0) return false;
    const most = ns[ns.length - 1]!;
    return line.some(
      (c) => c.value.kind === 'percent' && c.value.percent > 0 && countsForPercent(c.value.percent, c.value.decimals, most).hi < threshold,
    );
  });
}

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
