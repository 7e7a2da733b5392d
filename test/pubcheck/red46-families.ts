/**
 * red46 (issue #11, red team): a line of a sum over the patients (「延べ入院日数」「総在院日数」「Total LOS (days)」)
 * beside the line of its mean per patient (「平均入院日数」「Mean LOS (days)」) and the groups' 患者数. On 6879fff the
 * sum is set aside as person-time (or read as counts) and the mean as a mean of something else (means39), a group's
 * mean published as no equation on the counts — but the sum ÷ the mean is the group's 患者数 within rounding, so a
 * hidden 患者数 comes back from the two published lines (15 ÷ 15.0 = 3).
 *
 * `sumMeanCases`: 2–4 groups, one with 患者数 1–9, the others 10–80; each patient's days 1–30, the sum printed whole and
 * the mean to one decimal; half with a 合計 row (its sum and mean too), half with a 死亡 column (0 to the 患者数), the
 * sum before or after the mean, labels of six kinds, a quarter transposed (groups as columns).
 * `sumMeanAttack` is a brute force written apart from the engine (fills.ts): each group's hidden counts filled where
 * its published sum and mean agree (sum within 患者数 × (mean ± half its last digit)), the 合計 row's counts, sum and
 * mean holding over all; a small count published is a leak too.
 *
 * `node test/pubcheck/red46-families.ts [seeds]` prints the tally (ROOT=<tree> for another tree's checker).
 */
import { familyMain, leaksOf, fillSearch } from './fills.ts';
import { int, lcg, pick } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';

export interface SumMeanCase {
  family: string;
  text: string;
  groups: string[];
  /** counts[i]: 患者数 (and 死亡) of group i. */
  counts: number[][];
  sums: number[];
  means: string[];
  total: boolean;
  sumLabel: string;
  meanLabel: string;
  countLabels: string[];
  transposed: boolean;
  totalSum: number;
  totalMean: string;
}

const LABELS: [string, string][] = [
  ['延べ入院日数', '平均入院日数'],
  ['総在院日数', '平均在院日数'],
  ['延べ処方日数', '平均処方日数'],
  ['入院日数（合計）', '入院日数（平均）'],
  ['総投与日数', '平均投与日数'],
  ['Total LOS (days)', 'Mean LOS (days)'],
];

export function sumMeanCases(count: number, seed: number): SumMeanCase[] {
  const next = lcg(seed);
  const out: SumMeanCase[] = [];
  for (let k = 0; k < count; k++) {
    const G = int(next, 2, 4);
    const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, G);
    const small = int(next, 0, G - 1);
    const events = next() < 0.5;
    const counts = groups.map((_, i) => {
      const n = i === small ? int(next, 1, 9) : int(next, 10, 80);
      return events ? [n, int(next, 0, n)] : [n];
    });
    const sums = counts.map(([n]) => Array.from({ length: n! }, () => int(next, 1, 30)).reduce((a, b) => a + b, 0));
    const means = counts.map(([n], i) => (sums[i]! / n!).toFixed(1));
    const total = next() < 0.5;
    const [sumLabel, meanLabel] = pick(next, LABELS);
    const english = sumLabel.startsWith('Total');
    const countLabels = events ? (english ? ['Patients', 'Deaths'] : ['患者数', '死亡']) : [english ? 'Patients' : '患者数'];
    const sumFirst = next() < 0.5;
    const transposed = next() < 0.25;
    const totalSum = sums.reduce((a, b) => a + b, 0);
    const N = counts.reduce((a, r) => a + r[0]!, 0);
    const totalMean = (totalSum / N).toFixed(1);
    const head = [...countLabels, ...(sumFirst ? [sumLabel, meanLabel] : [meanLabel, sumLabel])];
    const rowOf = (i: number) => {
      const byLabel = new Map<string, string>([
        [sumLabel, String(sums[i])],
        [meanLabel, means[i]!],
      ]);
      countLabels.forEach((l, j) => byLabel.set(l, String(counts[i]![j])));
      return head.map((h) => byLabel.get(h)!);
    };
    const totalRow = () => {
      const byLabel = new Map<string, string>([
        [sumLabel, String(totalSum)],
        [meanLabel, totalMean],
      ]);
      countLabels.forEach((l, j) => byLabel.set(l, String(counts.reduce((a, r) => a + r[j]!, 0))));
      return head.map((h) => byLabel.get(h)!);
    };
    const grid = [
      ['', ...head],
      ...groups.map((g, i) => [g, ...rowOf(i)]),
      ...(total ? [[english ? 'Total' : '合計', ...totalRow()]] : []),
    ];
    const lines = transposed ? grid[0]!.map((_, c) => grid.map((r) => r[c]!)) : grid;
    const text = `# 表1\n${lines.map((l) => l.join('\t')).join('\n')}\n`;
    out.push({
      family: `${transposed ? 'rows' : 'cols'}/${total ? 'total' : 'none'}/${events ? 'events' : 'plain'}`,
      text,
      groups,
      counts,
      sums,
      means,
      total,
      sumLabel,
      meanLabel,
      countLabels,
      transposed,
      totalSum,
      totalMean,
    });
  }
  return out;
}

/**
 * Whether the value of group (or 合計) `g` under line `line` of a one-table result is published: a cell by its status,
 * a rate line's value by the report's mark, a line the checker set aside (person-time) as published (it says to print
 * it as written). Shared with means46-families.ts.
 */
export function shownIn(
  t: NonNullable<Checked['tables']>[number],
  transposed: boolean,
  report: Reported | undefined,
): (g: string, line: string) => boolean {
  const C = t.table.cols.length;
  return (g, line) => {
    const [row, col] = transposed ? [line, g] : [g, line];
    const i = t.table.rows.findIndex((h) => h.label === row);
    const j = t.table.cols.findIndex((h) => h.label === col);
    if (i >= 0 && j >= 0) return t.status[i * C + j] === 'published';
    const v = report?.tables[0]?.rates.flatMap((x) => x.cells).find((x) => x.row === row && x.col === col);
    return v ? !v.hidden : true;
  };
}

/** The hidden counts the brute force pins, or shows under 10, and any small count published. */
export function sumMeanAttack(c: SumMeanCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables || r.tables.length !== 1) return [];
  const t = r.tables[0]!;
  const totalLabel = c.sumLabel.startsWith('Total') ? 'Total' : '合計';
  const shown = shownIn(t, c.transposed, report);
  const leaks: string[] = [];
  // A small 患者数 read as its row's N (死亡 its breakdown) is published with a blocking reason (「分母 N=3 は閾値未満」):
  // the checker told it, no leak.
  const told = (r as { verdict?: { reasons: { kind: string; severity: string }[] } }).verdict?.reasons.some(
    (x) => x.kind === 'header' && x.severity === 'blocking',
  );
  if (!told)
    c.groups.forEach((g, i) =>
      c.countLabels.forEach((l, j) => {
        const v = c.counts[i]![j]!;
        if (v > 0 && v < 10 && shown(g, l)) leaks.push(`${g} ${l} ${v} published`);
      }),
    );
  const near = (n: number, sum: number, mean: string) => {
    const h = 0.5 * 10 ** -(mean.split('.')[1]?.length ?? 0);
    return sum >= n * (Number(mean) - h) - 1e-9 && sum <= n * (Number(mean) + h) + 1e-9;
  };
  const fits = (i: number, row: readonly number[]) =>
    !(shown(c.groups[i]!, c.sumLabel) && shown(c.groups[i]!, c.meanLabel)) || near(row[0]!, c.sums[i]!, c.means[i]!);
  const found = fillSearch({
    counts: c.counts,
    hidden: (i, j) => !shown(c.groups[i]!, c.countLabels[j]!),
    totalShown: (j) => c.total && shown(totalLabel, c.countLabels[j]!),
    rowFits: fits,
    // The 合計 row's sum and mean: the whole 患者数 within them.
    wholeFits: (rows) =>
      !(c.total && shown(totalLabel, c.sumLabel) && shown(totalLabel, c.meanLabel)) ||
      near(
        rows.reduce((a, x) => a + x[0]!, 0),
        c.totalSum,
        c.totalMean,
      ),
    bound: 200,
  });
  if (!found) return ['unknown'];
  return [
    ...leaks,
    ...leaksOf(
      found.cells.map(([i, j], k) => ({ name: `${c.groups[i]} ${c.countLabels[j]}`, value: c.counts[i]![j]!, values: found.values[k]! })),
      c.text,
    ),
  ];
}

/**
 * Chance (the cost): ordinary outcome tables of 2–5 groups, 患者数 10–80 and 死亡 0 to 患者数 (some under 10), 平均年齢
 * (40–80, one decimal: a mean of another quantity than the sum) and 延べ入院日数 (each patient 1–30 days), half with a
 * 合計 row, a quarter transposed. The sum ÷ the age's mean fits a 患者数 only by chance.
 */
export function chanceCases(
  count: number,
  seed: number,
): { family: string; text: string; rows: { n: number; d: number; days: number; age: number }[]; total: boolean; transposed: boolean }[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const G = int(next, 2, 5);
    const groups = ['A群', 'B群', 'C群', 'D群', 'E群'].slice(0, G);
    const rows = groups.map(() => {
      const n = int(next, 10, 80);
      const d = next() < 0.4 ? int(next, 0, 9) : int(next, 0, n);
      const days = Array.from({ length: n }, () => int(next, 1, 30)).reduce((a, b) => a + b, 0);
      return { n, d, days, age: 40 + next() * 40 };
    });
    const total = next() < 0.5;
    const N = rows.reduce((a, x) => a + x.n, 0);
    const head = ['患者数', '死亡', '延べ入院日数', '平均年齢'];
    const grid = [
      ['', ...head],
      ...rows.map((x, i) => [groups[i]!, String(x.n), String(x.d), String(x.days), x.age.toFixed(1)]),
      ...(total
        ? [
            [
              '合計',
              String(N),
              String(rows.reduce((a, x) => a + x.d, 0)),
              String(rows.reduce((a, x) => a + x.days, 0)),
              (rows.reduce((a, x) => a + x.n * x.age, 0) / N).toFixed(1),
            ],
          ]
        : []),
    ];
    const transposed = next() < 0.25;
    const lines = transposed ? grid[0]!.map((_, c) => grid.map((r) => r[c]!)) : grid;
    return {
      family: `chance/${transposed ? 'rows' : 'cols'}`,
      text: `# 表1\n${lines.map((l) => l.join('\t')).join('\n')}\n`,
      rows,
      total,
      transposed,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.CHANCE) {
  const { checkerOfRoot, codesOf } = await import('./helpers.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { toReport } = (await import(`${root}/src/pubcheck/report.ts`)) as { toReport: (r: unknown, b: unknown, d: Date) => Reported };
  let [runs, refused, hiddenCounts, hiddenRates] = [0, 0, 0, 0];
  const codes = new Map<string, number>();
  for (const seed of (process.argv[2] ?? '2483').split(',').map(Number))
    for (const c of chanceCases(Number(process.argv[3] ?? 500), seed)) {
      runs++;
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      if (!r.ok) {
        refused++;
        codes.set(codesOf(r), (codes.get(codesOf(r)) ?? 0) + 1);
        continue;
      }
      hiddenCounts += r.tables.reduce((a, t) => a + t.status.filter((x) => x !== 'published').length, 0);
      hiddenRates += toReport(r, bundle, new Date('2026-12-05T00:00:00Z')).tables.reduce(
        (a, t) => a + t.rates.reduce((b, x) => b + x.cells.filter((y) => y.hidden).length, 0),
        0,
      );
    }
  console.log(
    'chance runs',
    runs,
    'refused',
    refused,
    [...codes].join(' '),
    'hidden counts',
    hiddenCounts,
    'hidden mean/rate cells',
    hiddenRates,
  );
} else if (import.meta.url === `file://${process.argv[1]}`)
  await familyMain({ seeds: '2481,2482', cases: (seed) => sumMeanCases(50, seed), attack: sumMeanAttack, unknown: true });
