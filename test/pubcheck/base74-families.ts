/**
 * base74 (issue #11): a stated N over bare shares that is not their least base, seeded (seeds 5855–5859).
 *
 * - `wrong` (5855–5856): one count 1–9 among the shares (one decimal) of a true base n under a stated N that is not it
 *   (「N=N」「(ITT N)」「(randomised: N)」「(N例)」「(n=N)」, N = n×2–8 + 0–9): a reader who takes the least base the shares
 *   fit gets the true counts. `leaked` counts the small cell published (the base read N, every count of it ≥ 10).
 * - `exact` (5857): the stated N is the base, the counts have no common factor (innocent; `over` one count 1–9 among them).
 * - `factor` (5858): the stated N is the base, every count a multiple k of 2–4 (≥ 10 at N; in half of them one of
 *   N / k's under 10): the shares fit N / k too — the cost of the tie in hidden cells (innocent: every count ≥ 10 of N).
 *
 *   npx node test/pubcheck/base74-families.ts <wrong|exact|factor> <count> <seed>   (ROOT=<base> for the base)
 */
import { int, lcg, pick } from './helpers.ts';
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { twoByTwo } from './notes73-families.ts';
import { printKinds, tallySmall } from './notes74-families.ts';

export type BaseKind = 'wrong' | 'exact' | 'factor';
export interface BaseCase {
  kind: 'over' | 'innocent';
  text: string;
  /** The cell (row-major) holding a count under the threshold of the true base, if any. */
  small?: number;
  counts: number[];
}

/** Stated forms of a table's N (read as the shares' base). */
export const STATED74: ((n: number) => string)[] = [
  (n) => `(N=${n})`,
  (n) => `(ITT ${n})`,
  (n) => `(randomised: ${n})`,
  (n) => `（${n}例）`,
  (n) => `(n=${n})`,
  (n) => `（全${n}例）`,
];

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

export function baseCases74(kind: BaseKind, count: number, seed: number): BaseCase[] {
  const next = lcg(seed ^ 0x6274);
  return Array.from({ length: count }, () => {
    const c = [int(next, 15, 60), int(next, 15, 60), int(next, 15, 60), int(next, 15, 60)];
    let small: number | undefined;
    let over = kind === 'wrong';
    if (kind === 'wrong' || (kind === 'exact' && next() < 0.5)) {
      small = int(next, 0, 3);
      c[small] = int(next, 1, 9);
      over = true;
    }
    if (kind === 'exact') while (c.reduce(gcd) > 1) c[c.findIndex((x) => x >= 10)]! += 1;
    const k = kind === 'factor' ? int(next, 2, 4) : 1;
    // `factor`: some counts of N / k under the threshold (3–9 × k, at least 10 of N): the tie's cost in hidden cells.
    if (kind === 'factor' && next() < 0.5) c[int(next, 0, 3)] = Math.max(int(next, 3, 9), Math.ceil(10 / k));
    const counts = c.map((x) => x * k);
    const n = counts.reduce((s, x) => s + x, 0);
    const stated = kind === 'wrong' ? n * int(next, 2, 8) + int(next, 0, 9) : n;
    const p = counts.map((x) => `${((100 * x) / n).toFixed(1)}%`);
    const text = twoByTwo(`# 表1 背景 ${pick(next, STATED74)(stated)}`, ['A群', 'B群'], p);
    return { kind: over ? 'over' : 'innocent', text, counts, ...(small !== undefined && { small }) };
  });
}

/** Refused (or stopped), read, the small cell hidden / published (`leaked`), and tables read with any cell hidden. */
export const tallyBase = (cases: readonly BaseCase[], run: (text: string) => CheckResult) => tallySmall(cases, run, true);

if (import.meta.url === `file://${process.argv[1]}`) {
  const { titleChecker } = await import('./titlen65-families.ts');
  const { run } = await titleChecker();
  const [kind, n, seed] = [(process.argv[2] ?? 'wrong') as BaseKind, Number(process.argv[3] ?? 100), Number(process.argv[4] ?? 5855)];
  const t = tallyBase(baseCases74(kind, n, seed), run);
  printKinds(t);
}
