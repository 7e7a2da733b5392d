/**
 * stats41 (issue #11): statistics lines the checker refused though the arithmetic ties them to the counts.
 *
 * Part 3 — 「平均」「mean」「average」 alone over 0/1 variables' 「m (sd)」「m ± sd」 cells (stats40's binaryCellCases with
 * the label naming no SD), beside the groups' 患者数 N and event counts e (some under 10): refused on 115d91e as a
 * statistic (「統計量のようで」) though stats40 reads the same cells under 「平均 (SD)」. The attacker is stats40's
 * `binaryCellAttack` (written apart from the engine: each hidden e from 0 to N kept where the published cell prints as
 * e ÷ N and √(p(1 − p)), the published counts' total holding).
 *
 * Part 2 — means and extremes on different axes (`crossCases`): hospitals by years, a 「最多」「最少」「範囲」「Peak」
 * column (each hospital's extreme over the years) and a 「平均」 row (each year's mean over the hospitals, one decimal),
 * or the same transposed; the cell where the two cross blank, 「-」, or the mean of the extremes. 115d91e read the mean
 * and refused the extreme (`header/statistic`). `crossAttack` is the shared brute force (fills.ts): each hospital's
 * hidden counts filled from 0 to 60 (the family's largest count: an attacker stronger than the table shows) where its
 * published extreme prints as published, each year's counts adding up to mean × hospitals where the mean is published
 * (one decimal over four hospitals at most pins the sum), and the crossing cell where published.
 *
 * `PLAIN=1 node test/pubcheck/stats41-families.ts [seeds]` and `CROSS=1 …` print each part's tally (ROOT=<tree> for
 * another tree's checker).
 */
import { familyMain, fillLeaks } from './fills.ts';
import { int, lcg, pick } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';
import { binaryCellAttack, binaryCellCases, type BinaryCellCase } from './stats40-families.ts';

export function plainMeanCases(count: number, seed: number): BinaryCellCase[] {
  const next = lcg(seed + 7);
  return binaryCellCases(count, seed).map((c) => {
    const label = pick(next, ['平均', 'mean', '平均値', 'average'] as const);
    const [head, ...rest] = c.text.split('\n');
    const text = [head!.split('\t').slice(0, 3).concat(label).join('\t'), ...rest].join('\n');
    return { ...c, family: c.family.replace('meansd', 'plain'), text, label };
  });
}

export { binaryCellAttack as plainMeanAttack };

if (import.meta.url === `file://${process.argv[1]}` && process.env.PLAIN)
  await familyMain({ seeds: '2011,2012', cases: (seed) => plainMeanCases(50, seed), attack: binaryCellAttack });

export interface CrossCase {
  family: string;
  text: string;
  /** counts[i][j]: hospital i, year j. */
  counts: number[][];
  hospitals: string[];
  years: string[];
  mean: string;
  extreme: { label: string; how: 'max' | 'min' | 'range' };
  cross: 'blank' | 'dash' | 'value';
  transposed: boolean;
}

const extremeOf = (how: 'max' | 'min' | 'range', xs: readonly number[]) =>
  how === 'max' ? Math.max(...xs) : how === 'min' ? Math.min(...xs) : Math.max(...xs) - Math.min(...xs);
const meanOf = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;

export function crossCases(count: number, seed: number): CrossCase[] {
  const next = lcg(seed);
  const out: CrossCase[] = [];
  const words = { max: ['最多', 'Peak', '最大'], min: ['最少', '最小'], range: ['範囲', 'Range'] } as const;
  for (let k = 0; k < count; k++) {
    const hospitals = Array.from({ length: int(next, 3, 4) }, (_, i) => `${'ABCD'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 5) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    if (next() < 0.3) counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    const how = pick(next, ['max', 'min', 'range'] as const);
    if (how !== 'range' && years.some((_, j) => counts.every((r) => r[j] === extremeOf(how, r)))) {
      k--;
      continue;
    }
    const extreme = { label: pick(next, words[how]), how };
    const mean = pick(next, ['平均', 'avg', '年平均']);
    const cross = pick(next, ['blank', 'dash', 'value'] as const);
    const transposed = next() < 0.5;
    const exts = counts.map((r) => extremeOf(how, r));
    const grid = [
      ['施設', ...years, extreme.label],
      ...hospitals.map((h, i) => [h, ...counts[i]!.map(String), String(exts[i])]),
      [
        mean,
        ...years.map((_, j) => meanOf(counts.map((r) => r[j]!)).toFixed(1)),
        cross === 'blank' ? '' : cross === 'dash' ? '-' : meanOf(exts).toFixed(1),
      ],
    ];
    const rows = transposed ? grid[0]!.map((_, c) => grid.map((r) => r[c]!)) : grid;
    out.push({
      family: `${how}${transposed ? '-T' : ''}+${cross}`,
      text: rows.map((r) => r.join(',')).join('\n') + '\n',
      counts,
      hospitals,
      years,
      mean,
      extreme,
      cross,
      transposed,
    });
  }
  return out;
}

export function crossAttack(c: CrossCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables || r.tables.length !== 1) return [];
  const t = r.tables[0]!;
  const C = t.table.cols.length;
  // Labels as the hospital-by-year grid names them (row, column), swapped where the table is transposed.
  const shown = (row: string, col: string) => {
    const [a, b] = c.transposed ? [col, row] : [row, col];
    const i = t.table.rows.findIndex((h) => h.label === a);
    const j = t.table.cols.findIndex((h) => h.label === b);
    if (i >= 0 && j >= 0) return t.status[i * C + j] === 'published';
    const v = report?.tables[0]?.rates.flatMap((x) => x.cells).find((x) => x.row === a && x.col === b);
    if (!v) return false;
    return !v.hidden;
  };
  const near = (v: number, text: string) => Math.abs(v - Number(text)) <= 0.5 * 10 ** -(text.split('.')[1]?.length ?? 0) + 1e-9;
  const exts = c.counts.map((row) => extremeOf(c.extreme.how, row));
  const means = c.years.map((_, j) => meanOf(c.counts.map((row) => row[j]!)).toFixed(1));
  const crossText = meanOf(exts).toFixed(1);
  const search = {
    counts: c.counts,
    hidden: (i: number, j: number) => !shown(c.hospitals[i]!, c.years[j]!),
    totalShown: (j: number) => shown(c.mean, c.years[j]!),
    rowFits: (i: number, row: readonly number[]) => !shown(c.hospitals[i]!, c.extreme.label) || extremeOf(c.extreme.how, row) === exts[i],
    wholeFits: (rows: readonly (readonly number[])[]) =>
      c.years.every((_, j) => !shown(c.mean, c.years[j]!) || near(meanOf(rows.map((row) => row[j]!)), means[j]!)) &&
      (c.cross !== 'value' || !shown(c.mean, c.extreme.label) || near(meanOf(rows.map((row) => extremeOf(c.extreme.how, row))), crossText)),
    bound: 60,
  };
  return fillLeaks(search, (i, j) => `${c.hospitals[i]}・${c.years[j]}`, c.text);
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.CROSS)
  await familyMain({
    seeds: '2013,2014',
    cases: (seed) => crossCases(50, seed),
    attack: crossAttack,
    family: (c) => c.family.replace(/^(max|min|range)/, ''),
    unknown: true,
  });
