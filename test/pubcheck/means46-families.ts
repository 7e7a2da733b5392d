/**
 * means46 (issue #11): a line of means of something else (「平均年齢」, means39) with a 合計 row, beside 患者数 read as
 * each row's N (`count/sizes`) and its part 死亡, or beside a sum read as counts (「総投与量（mg）」). On 43f3dc4 the
 * weights were the table's lines of counts all together (死亡 alone, or 患者数 + 総投与量), the 合計's mean fitted them
 * only by chance and the table was refused (`header/statistic`). Now read.ts `tableWeighted` tries each reading of the
 * sizes (the lines' N printed, the counts together, each line of counts) and protects every reading of counts that fits.
 *
 * `doseCases`: 2–4 groups, half with one 患者数 1–9 (the others 10–80), each patient's dose 50–500 mg summed
 * (「総投与量（mg）」「Total dose (mg)」), a part (死亡 0 to 患者数) in half, ages 40–80 one decimal, always a 合計 row, a
 * quarter transposed. `weightAttack` (also on red46's chanceCases, `chanceAttack`) is a brute force written apart from
 * the engine (fills.ts): the hidden 患者数 and 死亡 filled, 死亡 ≤ 患者数, and every reading of the weights that holds
 * on the true counts (each of 患者数, 死亡, the sum alone; PAIRS=1 any nonempty set of them)
 * added where every mean it uses is published: Σ w·(m − h)
 * ≤ W·(M + H) and Σ w·(m + h) ≥ W·(M − H); and the sum ÷ the mean per row where it holds at every row.
 *
 * `node test/pubcheck/means46-families.ts [seeds]` prints the tally of doseCases (ROOT=<tree> for another tree's
 * checker); `CHANCE=1 node test/pubcheck/means46-families.ts 2483 500` red46's chance tables with the attack.
 */
import { familyMain, fillSearch, leaksOf } from './fills.ts';
import { int, lcg } from './helpers.ts';
import { chanceCases, shownIn } from './red46-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

export interface WeightCase {
  family: string;
  text: string;
  groups: string[];
  totalLabel: string;
  transposed: boolean;
  /** Line labels: 患者数, then 死亡 where there is one. */
  countLabels: string[];
  counts: number[][];
  sumLabel: string;
  sums: number[];
  meanLabel: string;
  means: string[];
  totalMean: string;
  total: boolean;
}

const lines = (grid: string[][], transposed: boolean) =>
  `# 表1\n${(transposed ? grid[0]!.map((_, c) => grid.map((r) => r[c]!)) : grid).map((l) => l.join('\t')).join('\n')}\n`;

export function doseCases(count: number, seed: number): WeightCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const G = int(next, 2, 4);
    const english = next() < 0.3;
    const groups = (english ? ['A', 'B', 'C', 'D'] : ['A群', 'B群', 'C群', 'D群']).slice(0, G);
    const small = next() < 0.5 ? int(next, 0, G - 1) : -1;
    const part = next() < 0.5;
    const counts = groups.map((_, i) => {
      const n = i === small ? int(next, 1, 9) : int(next, 10, 80);
      return part ? [n, int(next, 0, n)] : [n];
    });
    const sums = counts.map(([n]) => Array.from({ length: n! }, () => int(next, 50, 500)).reduce((a, b) => a + b, 0));
    const ages = counts.map(() => 40 + next() * 40);
    const means = ages.map((a) => a.toFixed(1));
    const N = counts.reduce((a, r) => a + r[0]!, 0);
    const totalMean = (counts.reduce((a, r, i) => a + r[0]! * ages[i]!, 0) / N).toFixed(1);
    const transposed = next() < 0.25;
    const countLabels = english ? ['Patients', ...(part ? ['Deaths'] : [])] : ['患者数', ...(part ? ['死亡'] : [])];
    const sumLabel = english ? 'Total dose (mg)' : '総投与量（mg）';
    const meanLabel = english ? 'Mean age' : '平均年齢';
    const totalLabel = english ? 'Total' : '合計';
    const grid = [
      ['', ...countLabels, sumLabel, meanLabel],
      ...groups.map((g, i) => [g, ...counts[i]!.map(String), String(sums[i]), means[i]!]),
      [
        totalLabel,
        ...countLabels.map((_, j) => String(counts.reduce((a, r) => a + r[j]!, 0))),
        String(sums.reduce((a, b) => a + b, 0)),
        totalMean,
      ],
    ];
    return {
      family: `dose/${transposed ? 'rows' : 'cols'}/${part ? 'part' : 'plain'}/${small >= 0 ? 'small' : 'large'}`,
      text: lines(grid, transposed),
      groups,
      totalLabel,
      transposed,
      countLabels,
      counts,
      sumLabel,
      sums,
      meanLabel,
      means,
      totalMean,
      total: true,
    };
  });
}

/** red46's chance tables (患者数, 死亡, 延べ入院日数, 平均年齢) as weight cases. */
export function chanceWeightCases(count: number, seed: number): WeightCase[] {
  return chanceCases(count, seed).map((c) => {
    const N = c.rows.reduce((a, x) => a + x.n, 0);
    return {
      family: c.family,
      text: c.text,
      groups: ['A群', 'B群', 'C群', 'D群', 'E群'].slice(0, c.rows.length),
      totalLabel: '合計',
      transposed: c.transposed,
      countLabels: ['患者数', '死亡'],
      counts: c.rows.map((x) => [x.n, x.d]),
      sumLabel: '延べ入院日数',
      sums: c.rows.map((x) => x.days),
      meanLabel: '平均年齢',
      means: c.rows.map((x) => x.age.toFixed(1)),
      totalMean: (c.rows.reduce((a, x) => a + x.n * x.age, 0) / N).toFixed(1),
      total: c.total,
    };
  });
}

/** The hidden counts the brute force pins, or shows under 10. */
export function weightAttack(c: WeightCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables || r.tables.length !== 1) return [];
  const t = r.tables[0]!;
  const shown = shownIn(t, c.transposed, report);
  const half = (m: string) => 0.5 * 10 ** -(m.split('.')[1]?.length ?? 0);
  const K = c.countLabels.length;
  const sumShown = c.groups.every((g) => shown(g, c.sumLabel));
  // A row's weights under reading `set` (indices of count lines; K: the sum line).
  const weight = (row: readonly number[], i: number, set: readonly number[]) =>
    set.reduce((a, k) => a + (k === K ? c.sums[i]! : row[k]!), 0);
  // The readings: each line alone (患者数, 死亡, the sum: a mean over some line of counts). PAIRS=1: every nonempty
  // set of them too (weights of 患者数 + its part 死亡, of 死亡 + the days: no reading of a mean of the patients, a
  // chance fit only; the engine protects its own joint reading, every line of counts of the table, where it fits).
  const all = [...Array(K + 1).keys()];
  const sets = (
    process.env.PAIRS ? [...Array((1 << (K + 1)) - 1).keys()].map((m) => all.filter((k) => (m + 1) & (1 << k))) : all.map((k) => [k])
  ).filter((set, q, xs) => !(set.includes(K) && !sumShown) && xs.findIndex((y) => y.join() === set.join()) === q);
  const meansShown = c.total && c.groups.every((g) => shown(g, c.meanLabel)) && shown(c.totalLabel, c.meanLabel);
  const weighted = (rows: readonly (readonly number[])[], set: readonly number[]) => {
    const W = rows.reduce((a, row, i) => a + weight(row, i, set), 0);
    const M = Number(c.totalMean);
    const H = half(c.totalMean);
    let low = 0;
    let high = 0;
    rows.forEach((row, i) => {
      const w = weight(row, i, set);
      low += w * (Number(c.means[i]) - half(c.means[i]!));
      high += w * (Number(c.means[i]) + half(c.means[i]!));
    });
    return low <= W * (M + H) + 1e-6 && high >= W * (M - H) - 1e-6;
  };
  const holds = meansShown ? sets.filter((set) => weighted(c.counts, set)) : [];
  // The sum ÷ the mean per row, by a count line holding at every row.
  const perRow = (row: readonly number[], i: number, k: number) =>
    c.sums[i]! >= row[k]! * (Number(c.means[i]) - half(c.means[i]!)) - 1e-9 &&
    c.sums[i]! <= row[k]! * (Number(c.means[i]) + half(c.means[i]!)) + 1e-9;
  const rowsShown = sumShown && c.groups.every((g) => shown(g, c.meanLabel));
  const ties = rowsShown ? [...Array(K).keys()].filter((k) => c.counts.every((row, i) => perRow(row, i, k))) : [];
  const found = fillSearch({
    counts: c.counts,
    hidden: (i, j) => !shown(c.groups[i]!, c.countLabels[j]!),
    totalShown: (j) => c.total && shown(c.totalLabel, c.countLabels[j]!),
    rowFits: (i, row) => row.every((x, k) => k === 0 || x <= row[0]!) && ties.every((k) => perRow(row, i, k)),
    wholeFits: (rows) => holds.every((set) => weighted(rows, set)),
    bound: 200,
  });
  if (!found) return ['unknown'];
  // A small 患者数 published as its row's N with a blocking reason (「分母 N=3 は閾値未満」, as red46's attack): the
  // checker told it, and its part under it is no leak.
  const told = (r as { verdict?: { reasons: { kind: string; severity: string }[] } }).verdict?.reasons.some(
    (x) => x.kind === 'header' && x.severity === 'blocking',
  );
  const cells = found.cells.map(([i, j], k) => ({ i, j, k }));
  const kept = cells.filter(({ i, j }) => !(told && j > 0 && c.counts[i]![0]! < 10 && shown(c.groups[i]!, c.countLabels[0]!)));
  return leaksOf(
    kept.map(({ i, j, k }) => ({ name: `${c.groups[i]} ${c.countLabels[j]}`, value: c.counts[i]![j]!, values: found.values[k]! })),
    c.text,
  );
}

if (import.meta.url === `file://${process.argv[1]}`)
  await familyMain({
    seeds: process.env.CHANCE ? '2483' : '2541,2542',
    cases: (seed) => (process.env.CHANCE ? chanceWeightCases(Number(process.argv[3] ?? 500), seed) : doseCases(50, seed)),
    attack: weightAttack,
    unknown: true,
  });
