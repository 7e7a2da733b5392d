/**
 * tidy36: missingshares.ts `basesFitting` and cell.ts `baseRange` take the bases a rounded share allows from one
 * helper, cell.ts `roundedBases` (before, each wrote the same arithmetic with its own tolerances: missingshares widens
 * the half unit by 1e-9 and passes 「0%」 over; baseRange neither). The two as they were on int 6c7cd4b are copied
 * here verbatim and compared with the shared ones: on the rounding edges (shares exactly at x.x5, 0%, 100%, N up to
 * 10,000) and on 100,000 random share sets, the same results.
 */
import { describe, expect, it } from 'vitest';
import { baseRange, roundedBases } from '../../src/pubcheck/cell.ts';
import { basesFitting } from '../../src/pubcheck/missingshares.ts';
import { int, lcg } from './helpers.ts';

type Share = { n: number; p: number; d: number };

/** missingshares.ts `basesFitting` on int 6c7cd4b. */
function basesFittingBefore(cells: readonly Share[], most: number): [number, number] | undefined {
  let lo = 1;
  let hi = most;
  for (const { n, p, d } of cells) {
    const h = 0.5 * 10 ** -d + 1e-9;
    if (p - h <= 0) continue;
    lo = Math.max(lo, Math.ceil((100 * n) / (p + h) - 1e-9));
    hi = Math.min(hi, Math.floor((100 * n) / (p - h) + 1e-9));
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** cell.ts `baseRange` on int 6c7cd4b. */
function baseRangeBefore(n: number, percent: number, decimals: number, truth: number): { lo: number; hi: number } | undefined {
  if (truth <= 0) return undefined;
  const h = 0.5 * 10 ** -decimals;
  const t = (100 * n) / truth;
  const ranges: { lo: number; hi: number }[] = [];
  if (n === 0) return percent === 0 ? { lo: 1, hi: Infinity } : undefined;
  if (Math.abs(t - percent) <= h + 1e-9) {
    ranges.push({
      lo: Math.ceil((100 * n) / (percent + h) - 1e-9),
      hi: percent - h > 1e-12 ? Math.floor((100 * n) / (percent - h) + 1e-9) : Infinity,
    });
  }
  if (t >= percent - 1e-9 && t < percent + 2 * h - 1e-9) {
    ranges.push({
      lo: Math.floor((100 * n) / (percent + 2 * h) + 1e-9) + 1,
      hi: percent > 0 ? Math.floor((100 * n) / percent + 1e-9) : Infinity,
    });
  }
  if (ranges.length === 0) return undefined;
  return { lo: Math.max(...ranges.map((r) => r.lo)), hi: Math.min(...ranges.map((r) => r.hi)) };
}

/** n of N as a printed share with `d` decimals: rounded half up, down (the other side of an x.x5), or as toFixed does. */
const printed = (n: number, N: number, d: number, how: 'up' | 'down' | 'fixed'): number => {
  const x = ((100 * n) / N) * 10 ** d;
  if (how === 'fixed') return Number(((100 * n) / N).toFixed(d));
  const r = how === 'up' ? Math.floor(x + 0.5) : Math.ceil(x - 0.5);
  return r / 10 ** d;
};

describe('tidy36: roundedBases shared by missingshares and baseRange', () => {
  it('rounding edges: shares exactly at x.x5 (either way), 0% and 100%, N up to 10,000: the same as before, the true N within', () => {
    let edges = 0;
    for (const N of [1, 2, 8, 16, 40, 200, 400, 999, 1000, 2000, 4000, 8000, 9999, 10000])
      for (let n = 0; n <= N; n += Math.max(1, Math.floor(N / 200)))
        for (const d of [0, 1, 2]) {
          const x = ((100 * n) / N) * 10 ** d;
          const half = Math.abs(x - Math.floor(x) - 0.5) < 1e-9;
          for (const how of half ? (['up', 'down'] as const) : (['fixed'] as const)) {
            const p = printed(n, N, d, how);
            if (half) edges++;
            const share = { n, p, d };
            expect(basesFitting([share], N)).toEqual(basesFittingBefore([share], N));
            expect(baseRange(n, p, d, N)).toEqual(baseRangeBefore(n, p, d, N));
            // The true base fits its own share (0% passed over: every base from 1 to N).
            const fit = basesFitting([share], N);
            expect(fit).toBeDefined();
            expect(fit![0] <= N && N <= fit![1]).toBe(true);
            if (p === 0) expect(fit).toEqual([1, N]);
            if (n === N) expect(p).toBe(100);
            expect(baseRange(n, p, d, N)).toBeDefined();
          }
        }
    // Shares at the half: 1 of 8 is 12.5%, both 12% and 13% hold 8 (and 1 of 40 is 2.5%: 2% and 3%).
    expect(basesFitting([{ n: 1, p: 12, d: 0 }], 8)).toEqual(basesFittingBefore([{ n: 1, p: 12, d: 0 }], 8));
    expect(basesFitting([{ n: 1, p: 13, d: 0 }], 8)).toEqual([8, 8]);
    expect(basesFitting([{ n: 1, p: 2, d: 0 }], 40)).toEqual([40, 40]);
    expect(basesFitting([{ n: 1, p: 3, d: 0 }], 40)).toEqual([29, 40]);
    expect(roundedBases(0, 0, 1).hi).toBe(Infinity);
    expect(roundedBases(1, 0, 0, 1e-9, 0).hi).toBe(Infinity);
    expect(roundedBases(1, 0.1, 1).hi).toBe(2000);
    expect(edges).toBeGreaterThan(100);
  });

  it('100,000 random share sets (1–5 shares, N from 1 to 10,000, 0–2 decimals, some of another base): the same as before', () => {
    const next = lcg(3601);
    let defined = 0;
    for (let k = 0; k < 100_000; k++) {
      const N = int(next, 1, 10 ** int(next, 1, 4));
      const most = next() < 0.8 ? N : int(next, 1, N);
      const shares = Array.from({ length: int(next, 1, 5) }, (): Share => {
        const n = next() < 0.1 ? (next() < 0.5 ? 0 : N) : int(next, 0, N);
        const d = int(next, 0, 2);
        const base = next() < 0.8 ? N : Math.max(1, N + int(next, -20, 20));
        const p = printed(Math.min(n, base), base, d, next() < 0.5 ? 'fixed' : next() < 0.5 ? 'up' : 'down');
        return { n, p, d };
      });
      const now = basesFitting(shares, most);
      expect(now).toEqual(basesFittingBefore(shares, most));
      if (now) defined++;
      for (const { n, p, d } of shares) {
        const truth = next() < 0.5 ? N : int(next, 0, 10_000);
        expect(baseRange(n, p, d, truth)).toEqual(baseRangeBefore(n, p, d, truth));
      }
    }
    // Both kinds met: sets some base fits, and sets none does.
    expect(defined).toBeGreaterThan(10_000);
    expect(defined).toBeLessThan(100_000);
  });
});
