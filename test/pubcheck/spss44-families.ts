/**
 * spss44 (issue #11): SPSS FREQUENCIES' table with missing rows, seeded (seeds 2161–2179): spss43's table
 * (`spssTable`) with one to three 欠損値 (Missing) rows, a count under the threshold among the categories (one or two)
 * and, in most tables, among the missing rows too (one or two of them 1–9, the others 10–40).
 */
import { int, lcg, pick } from './helpers.ts';
import type { Joined } from './formats35-families.ts';
import { LONG } from './formats36-families.ts';
import { spssTable } from './spss43-families.ts';

export function spssMissing(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, LONG);
    const c = rows.map(() => [int(next, 10, 99)]);
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![0] = int(next, 1, 9);
    const k = int(next, 1, 3);
    const miss = Array.from({ length: k }, () => int(next, 10, 40));
    if (next() < 0.7) for (let t = int(next, 1, Math.min(2, k)); t > 0; t--) miss[int(next, 0, k - 1)] = int(next, 1, 9);
    const ja = next() < 0.5;
    out.push(
      spssTable(
        rows,
        c,
        miss,
        ja,
        next() < 0.5,
        ja ? pick(next, ['重症度', '年齢区分', '病期']) : pick(next, ['grade', 'age group', 'stage']),
      ),
    );
  }
  return out;
}
