/**
 * 4ebba5ca's `pinnedSmall` (sizes.ts), kept as it was: the reference sizes55.test.ts checks the new search against and
 * sizes55-bench-lines.ts times it against.
 */
import { countsForPercent } from '../../src/pubcheck/cell.ts';
import type { Cell } from '../../src/pubcheck/types.ts';

/** 4ebba5ca's pinnedSmall, as it was (the reference of the equivalence). */
export function pinnedSmallBefore(lines: readonly (readonly Cell[])[], n: number, threshold: number): boolean {
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
