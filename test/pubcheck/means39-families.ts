/**
 * means39 (issue #11): a line of means of something else (「平均年齢」「平均在院日数」「Mean BMI」) beside counts.
 *
 * - `weightedTables`: 2–4 groups (A群…) of patients counted in one line (「患者数」) or split over 2–3 lines (男性・女性,
 *   軽症・中等症・重症; a 合計 line of them or not), 10–60 each, one or two under 10; a line of each group's mean of
 *   something else (a true mean drawn per group, the whole's mean the groups' weighted by their sizes, each printed
 *   to 0 or 1 decimal), as a last row or (transposed) a last column, with a 合計 group across (the whole's mean
 *   printed there) in 3 of 4 tables (「合計」「全体」「Total」, or 「全患者」 found a total by arithmetic). On main (d8f82c6) every one was refused (`header/statistic`).
 * - `weightedAttack`: the independent oracle (oracle.ts `weightedOf`, `weighted: true`) attacking what is published:
 *   Σ n·(m − h) ≤ N·(M + H) and Σ n·(m + h) ≥ N·(M − H) over the groups' sizes n (whole counts), the whole's mean M
 *   hidden where the report hides it.
 *
 * Run as a script: `ROOT=/tmp/base-means39 npx node test/pubcheck/means39-families.ts` prints, for the checker under
 * `ROOT` (this tree unless said), the tables read, leaked by the oracle and refused (by code), and the cells hidden.
 */
import type { Highs } from 'highs';
import { int, lcg, pick } from './helpers.ts';
import { lineAttack, type ReadTable } from './attack36-families.ts';

export const SEEDS = Array.from({ length: 20 }, (_, i) => 1641 + i);

export interface WeightedCase {
  text: string;
  label: string;
  transposed: boolean;
  /** A 合計 group across (the whole's mean printed): the weighted mean is an equation on the counts. */
  total: boolean;
}

const LABELS = ['平均年齢', '平均在院日数', '平均BMI', 'Mean age', '年齢（平均）', 'BMI（平均）', 'Mean LOS (days)'];
const SPLITS = [['患者数'], ['男性', '女性'], ['軽症', '中等症', '重症']];

/** `count` tables of seed `seed` (see the file's comment). */
export function weightedTables(count: number, seed: number): WeightedCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const label = pick(next, LABELS);
    const g = int(next, 2, 4);
    const groups = Array.from({ length: g }, (_, j) => `${String.fromCharCode(65 + j)}群`);
    const parts = pick(next, SPLITS);
    const xs = groups.map(() => parts.map(() => int(next, 10, 60)));
    const smalls = int(next, 1, 2);
    for (let s = 0; s < smalls; s++) xs[int(next, 0, g - 1)]![int(next, 0, parts.length - 1)] = int(next, 1, 9);
    const d = next() < 0.3 ? 0 : 1;
    const total = next() < 0.75;
    const partTotal = parts.length > 1 && next() < 0.5;
    const transposed = next() < 0.4;
    const mus = groups.map(() => 20 + next() * 60);
    const sizes = xs.map((r) => r.reduce((a, b) => a + b, 0));
    const N = sizes.reduce((a, b) => a + b, 0);
    const M = sizes.reduce((s, n, j) => s + n * mus[j]!, 0) / N;
    // Each group's lines (and their 合計), then the mean; the whole's line where there is a 合計 group.
    const line = (r: number[], mu: number) => [
      ...r.map(String),
      ...(partTotal ? [String(r.reduce((a, b) => a + b, 0))] : []),
      mu.toFixed(d),
    ];
    const sums = parts.map((_, p) => xs.reduce((s, r) => s + r[p]!, 0));
    const columns = [...groups.map((_, j) => line(xs[j]!, mus[j]!)), ...(total ? [line(sums, M)] : [])];
    const names = [...groups, ...(total ? [pick(next, ['合計', '全体', 'Total', '全患者'])] : [])];
    const own = [...parts, ...(partTotal ? ['合計'] : []), label];
    const lines = transposed
      ? [['群', ...own], ...names.map((n, j) => [n, ...columns[j]!])]
      : [['項目', ...names], ...own.map((o, i) => [o, ...columns.map((c) => c[i]!)])];
    return { text: `${lines.map((l) => l.join(',')).join('\n')}\n`, label, transposed, total };
  });
}

export const weightedFamily = (): WeightedCase[] => SEEDS.flatMap((s) => weightedTables(5, s));

/**
 * Means of years beside facilities with several small counts (means39, item 2: which means to publish together):
 * 3–4 facilities over 4–6 years (10–60, two to four under 10), a last column 「平均」 of each facility's years (0 or 1
 * decimal), a 合計 row (with its mean) in half of them. Several means beside hidden counts, each published alone
 * perhaps but not all together.
 */
export function denseMeanTables(count: number, seed: number): { text: string }[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const h = int(next, 3, 4);
    const years = int(next, 4, 6);
    const ys = Array.from({ length: years }, (_, j) => `${2019 + j}年`);
    const xs = Array.from({ length: h }, () => Array.from({ length: years }, () => int(next, 10, 60)));
    const smalls = int(next, 2, 4);
    for (let s = 0; s < smalls; s++) xs[int(next, 0, h - 1)]![int(next, 0, years - 1)] = int(next, 1, 9);
    const d = next() < 0.5 ? 0 : 1;
    const mean = (vs: number[]) => (vs.reduce((a, b) => a + b, 0) / vs.length).toFixed(d);
    const lines = [['施設', ...ys, '平均'], ...xs.map((r, i) => [`${String.fromCharCode(65 + i)}病院`, ...r.map(String), mean(r)])];
    if (next() < 0.5) {
      const sums = ys.map((_, j) => xs.reduce((s, r) => s + r[j]!, 0));
      lines.push(['合計', ...sums.map(String), mean(sums)]);
    }
    return { text: `${lines.map((l) => l.join(',')).join('\n')}\n` };
  });
}
export const denseMeanFamily = () => SEEDS.flatMap((s) => denseMeanTables(5, s));

/**
 * The oracle's attack on a read table with a line of means of something else (`hiddenMean(rate, cell)`: hidden by the
 * report): the problems the means add — those found with every mean hidden left out (the oracle reads chance equal
 * sums of counts, 「A群 + B群 = C群 + D群」, as relations, which the checker takes for chance: `sum/disjoint`; that
 * disagreement is no matter of means and is not counted here).
 */
export const weightedAttack = (highs: Highs, t: ReadTable, hiddenMean: (k: number, j: number) => boolean, threshold = 10): string[] => {
  const without = new Set(lineAttack(highs, t, 'weighted', () => true, threshold));
  return lineAttack(highs, t, 'weighted', hiddenMean, threshold).filter((p) => !without.has(p));
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { checkerIn, familyTally } = await import('./helpers.ts');
  const { scriptPass } = await import('./means37-families.ts');
  const { check, highs, bundle } = await checkerIn(`${root}/src/pubcheck`);
  const { toReport } = await import(`${root}/src/pubcheck/report.ts`);
  const tally = familyTally({ width: 10, leaks: true });
  const at = new Date('2026-12-05T00:00:00Z');
  const run = (text: string) => check(highs, bundle, text, { details: true }, { mipSeconds: 0 });
  const report = (r: any) => toReport(r, bundle, at);
  const weighted = (t: any, hidden: (k: number, j: number) => boolean) => weightedAttack(highs, t, hidden);
  const {
    counts,
    lines: means,
    bites,
  } = scriptPass(run, report, weightedFamily(), weighted, tally, (c) => (c.total ? 'total' : 'no-total'), true);
  tally.print();
  console.log(`  hidden counts ${counts}, hidden mean cells ${means}; leaking with every mean published: ${bites}`);
  // Item 2: which means are published together (attack36's oracle, `meanAttack`).
  const { meanAttack } = await import('./attack36-families.ts');
  const dense = familyTally({ width: 10, leaks: true });
  const mean = (t: any, hidden: (k: number, j: number) => boolean) => meanAttack(highs, t, hidden);
  const { counts: denseCounts, lines: denseMeans } = scriptPass(run, report, denseMeanFamily(), mean, dense, () => 'dense');
  dense.print();
  console.log(`  hidden counts ${denseCounts}, hidden mean cells ${denseMeans}`);
  process.exit(0);
}
