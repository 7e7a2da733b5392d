/**
 * ext73 (issue #11): rank lines refused beside a statistic or alone (ext72's Limits). 6626e5c2 refused a table of shares
 * with a line 「平均」 beside a rank's line (「年,2位,平均」: `header/statistic`, the mean of another table's shares is no
 * mean of its own lines) and a rank written 「Rank 2」「順位 2」 (`header/count`: the 2 read as a count in the label).
 * Now the mean is read where it is the mean of a count table's shares at every position and hidden with them
 * (read.ts `shareMeanAside` → `shareMeans`), the rank beside it tied as ext72 ties it; 「Rank 2」 is a rank's numbering.
 *
 * Kinds:
 * - `mean`: extremes60's 表1 (one N a year), 表2 rank lines under no word of order (ext72's single / ends / last; a
 *   column each, or rows over the years) and a line 「平均」 (the mean of the year's shares, 100 / L). Judged by ext72's
 *   `rankAttack` (fills.ts brute force told each rank line's reading); a mean published where a count of its year is
 *   hidden counted as a leak too (`meanExposed`).
 * - `median`: the same with 「中央値」「Median」, each year's median share, in place of 「平均」.
 * - `rankword`: one rank line 「Rank r」「Rank r」「順位 r」「ランク r」 (the year's r-th smallest or largest share), a
 *   column or a row. Judged by `rankAttack`.
 * - `own`: ext72's `own` (「n/N」 of 4 hospitals, C's small n at B's share) with 表2 「項目,2位,平均」: the mean of the
 *   four n/N, which with the other three published pins C's n. Judged by `ownMeanAttack` (each item's hidden n, N known,
 *   brute force under the published 2位 and 平均; `MEAN_ALL=1`: as if every mean were published — the tie's worth).
 * - `innocent`: 「平均」 of something else (fitting no mean of 表1's shares) beside 「2位」 — must stay refused, never
 *   read untied; 「Rank 2」 over another count's shares — read, no rank; ranks 1–3 under 「上位」 with 「平均」 — read.
 *
 * `npx node test/pubcheck/ext73-families.ts <kind> <count> <seeds>` (kinds mean, median, rankword, own, innocent; seeds
 * 5830–5839; `ROOT=<tree>` for another tree). Prints read / refused / leaked / hidden cells a family.
 */
import { measureWith, printTallies } from './extremes60-families.ts';
import { fillValues, type FracCase, shownIn } from './extremes62-families.ts';
import { drawCounts, pct, published, rthShares } from './ext70-families.ts';
import { ownDraw, ownText, rankAttack, type RankCase } from './ext72-families.ts';
import { leaksOf } from './fills.ts';
import { int, lcg, pick } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

type Tab = NonNullable<Checked['tables']>[number];
type RankLine = RankCase['lines'][number];
export type MeanCase = RankCase & { mean?: { label: string; values: number[] }; row: boolean };

const TITLES = ['年別割合', '年別の施設別割合', '施設別割合（年別）'];
const show = (v: number) => `${v.toFixed(1)}%`;

/** 表1 (extremes60's) and 表2 of `lines` (and the mean line) under `title`, a column each (or a row each). */
function meanText(c: Omit<MeanCase, 'text' | 'family'>, title: string): string {
  const colTotals = c.years.map((_, j) => c.counts.reduce((s, r) => s + r[j]!, 0));
  const grand = colTotals.reduce((s, v) => s + v, 0);
  const cell = (v: number, t: number) => `${v} (${pct(v, t).toFixed(1)}%)`;
  const t1 = [
    '# 表1 年別死亡数（施設別の割合）',
    ['施設', ...c.years, '合計'].join(','),
    ...c.hospitals.map((h, i) =>
      [
        h,
        ...c.counts[i]!.map((v, j) => cell(v, colTotals[j]!)),
        cell(
          c.counts[i]!.reduce((s, v) => s + v, 0),
          grand,
        ),
      ].join(','),
    ),
    ['合計', ...colTotals.map((v) => `${v} (100.0%)`), `${grand} (100.0%)`].join(','),
  ];
  const lines = [...c.lines.map((l) => ({ label: l.label, values: l.shares })), ...(c.mean ? [c.mean] : [])];
  const t2 = c.row
    ? [['', ...c.years].join(','), ...lines.map((l) => [l.label, ...l.values.map(show)].join(','))]
    : [['年', ...lines.map((l) => l.label)].join(','), ...c.years.map((y, j) => [y, ...lines.map((l) => show(l.values[j]!))].join(','))];
  return [...t1, '', `# 表2 ${title}`, ...t2, ''].join('\n');
}

/** `mean`: ext72's rank lines with a line 「平均」 (100 / L each year); `median`: 「中央値」「Median」 (the year's median share). */
export function meanCases(count: number, seed: number, median = false): MeanCase[] {
  const next = lcg(median ? seed + 5 : seed);
  const out: MeanCase[] = [];
  while (out.length < count) {
    const { hospitals, years, counts, totals } = drawCounts(next);
    const L = hospitals.length;
    const line = (label: string, rank: number, how: 'max' | 'min'): RankLine => ({
      label,
      rank,
      how,
      shares: rthShares(counts, totals, rank, how),
    });
    const kind = pick(next, ['single', 'single', 'ends', 'last'] as const);
    const r = int(next, 2, Math.min(3, L - 1));
    const lines =
      kind === 'single'
        ? [line(next() < 0.5 ? `${r}位` : `第${r}位`, r, next() < 0.7 ? 'min' : 'max')]
        : kind === 'ends'
          ? [line('1位', 1, 'max'), line(`${r}位`, r, 'min')]
          : [line(`${L - 1}位`, L - 1, 'max'), line(`${L}位`, L, 'max')];
    const row = next() < 0.3;
    const mid = (j: number) => {
      const s = counts.map((r) => (100 * r[j]!) / totals[j]!).sort((x, y) => x - y);
      const h = Math.floor(L / 2);
      return Math.round(10 * (L % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2)) / 10;
    };
    const mean = median
      ? { label: pick(next, ['中央値', 'Median']), values: years.map((_, j) => mid(j)) }
      : { label: pick(next, ['平均', '平均', 'Mean', '平均値']), values: years.map(() => Math.round(1000 / L) / 10) };
    const c = { counts, hospitals, years, lines, mean, row };
    out.push({ family: `${median ? 'median' : 'mean'}-${kind}${row ? '-row' : ''}`, text: meanText(c, pick(next, TITLES)), ...c });
  }
  return out;
}

/** `rankword`: one rank line 「Rank r」「順位 r」「ランク r」, the year's r-th smallest (largest) share. */
export function rankWordCases(count: number, seed: number): MeanCase[] {
  const next = lcg(seed + 3);
  const out: MeanCase[] = [];
  while (out.length < count) {
    const { hospitals, years, counts, totals } = drawCounts(next);
    const L = hospitals.length;
    const r = int(next, 2, Math.min(3, L - 1));
    const how = next() < 0.7 ? ('min' as const) : ('max' as const);
    const word = pick(next, ['Rank', 'Rank', '順位', 'ランク']);
    const label = `${word}${next() < 0.8 ? ' ' : ''}${r}`;
    const row = next() < 0.3;
    const c = { counts, hospitals, years, lines: [{ label, rank: r, how, shares: rthShares(counts, totals, r, how) }], row };
    out.push({ family: `rankword-${word === 'Rank' ? 'en' : 'ja'}${row ? '-row' : ''}`, text: meanText(c, pick(next, TITLES)), ...c });
  }
  return out;
}

/** `innocent`: 「平均」 of something else beside 「2位」; 「Rank 2」 over another count's shares; 上位 1–3 with 「平均」. */
export function innocentCases(count: number, seed: number): MeanCase[] {
  const next = lcg(seed + 7);
  const out: MeanCase[] = [];
  while (out.length < count) {
    const { hospitals, years, counts, totals } = drawCounts(next);
    const L = hospitals.length;
    const kind = pick(next, ['other-mean', 'other-rank', 'top-mean'] as const);
    // Another count's share of the year's total, apart from every count's share of the column.
    const other = () =>
      years.map((_, j) => {
        for (;;) {
          const p = pct(int(next, 10, totals[j]! - 10), totals[j]!);
          if (!counts.some((row) => Math.abs(pct(row[j]!, totals[j]!) - p) < 0.15) && Math.abs(p - 100 / L) > 0.15) return p;
        }
      });
    const rank = (r: number, how: 'max' | 'min'): RankLine => ({
      label: `${r}位`,
      rank: r,
      how,
      shares: rthShares(counts, totals, r, how),
    });
    const c =
      kind === 'other-mean'
        ? { counts, hospitals, years, lines: [rank(2, 'min')], mean: { label: '平均', values: other() }, row: false }
        : kind === 'other-rank'
          ? { counts, hospitals, years, lines: [{ label: 'Rank 2', rank: 0, how: 'none' as const, shares: other() }], row: false }
          : {
              counts,
              hospitals,
              years,
              lines: [1, 2, 3].map((r) => rank(r, 'max')),
              mean: { label: '平均', values: years.map(() => Math.round(1000 / L) / 10) },
              row: false,
            };
    out.push({
      family: `innocent-${kind}`,
      text: meanText(c, kind === 'top-mean' ? '年別割合の上位3施設' : pick(next, TITLES)),
      ...c,
    });
  }
  return out;
}

/** Whether the mean line's cell at `at` (a year, a row or column of 表2) is published (its rate cell not hidden). */
function meanShown(t: Tab | undefined, label: string, at: string): boolean {
  if (!t) return false;
  const rates =
    (
      t.table as {
        rates?: {
          label: string;
          axis: string;
          cells: { at: number; there?: { hidden?: string[] }; thereAlso?: { hidden?: string[] }[]; shown?: true }[];
        }[];
      }
    ).rates ?? [];
  const rate = rates.find((x) => x.label === label);
  if (!rate) return false;
  const lines = rate.axis === 'cols' ? t.table.rows : t.table.cols;
  const cell = rate.cells.find((c) => lines[c.at]?.label === at);
  if (!cell) return false;
  return !(cell.there?.hidden || cell.thereAlso?.some((x) => x.hidden));
}

/** `rankAttack`, and a mean published where a count of 表1 at its year is hidden (`meanExposed`). */
export function meanAttack(c: MeanCase, r: Checked): string[] {
  if (!r.ok || !r.tables) return [];
  const leaks = rankAttack(c, r);
  if (!c.mean) return leaks;
  const t1 = r.tables[0]!;
  for (const y of c.years)
    if (meanShown(r.tables[1], c.mean.label, y) && c.hospitals.some((h) => !published(t1, h, y)))
      leaks.push(`meanExposed ${c.mean.label}・${y}`);
  return leaks;
}

/** `own`: ext72's own (C's small n at B's share), 表2 「項目,2位,平均」 (the mean of the four n/N). */
export type OwnMeanCase = FracCase & { mean: number[]; meanLabel: string };
export function ownCases(count: number, seed: number): OwnMeanCase[] {
  const next = lcg(seed + 11);
  const out: OwnMeanCase[] = [];
  while (out.length < count) {
    const o = ownDraw(next);
    if (!o) continue;
    const { hospitals, years, n, N, Ni, shares } = o;
    const mean = years.map((_, j) => Math.round((1000 * hospitals.reduce((s, _h, i) => s + n[i]![j]! / Ni[i]!, 0)) / 4) / 10);
    const form = next() < 0.5 ? 'frac' : 'header';
    const label = next() < 0.5 ? '2位' : '第2位';
    const meanLabel = pick(next, ['平均', 'Mean']);
    const text = ownText(next, form, o, [label, meanLabel], (j) => [`${shares[j]!.toFixed(1)}%`, `${mean[j]!.toFixed(1)}%`]);
    out.push({ family: `own-${form}`, text, hospitals, years, n, N, how: 'min', shares, ranks: [2], rankLabels: [label], mean, meanLabel });
  }
  return out;
}

/** Each item's hidden n of 表1 (N known), every fill under the published 2位 (the second smallest n/N) and 平均. */
export function ownMeanAttack(c: OwnMeanCase, r: Checked): string[] {
  if (!r.ok || !r.tables) return [];
  const [t1, t2] = [r.tables[0], r.tables[1]];
  const label = c.rankLabels![0]!;
  const all = process.env.MEAN_ALL === '1';
  const hidden: { name: string; value: number; values: Set<number> }[] = [];
  c.years.forEach((y, j) => {
    const hid = c.hospitals.map((_, i) => i).filter((i) => !shownIn(t1, c.hospitals[i]!, y));
    if (hid.length === 0) return;
    const values = hid.map(() => new Set<number>());
    const rankShown = shownIn(t2, y, label);
    const meanOn = all || meanShown(t2, c.meanLabel, y);
    if (hid.length > 2) hid.forEach((i, q) => [...Array(c.N[i]![j]! + 1).keys()].forEach((v) => values[q]!.add(v)));
    else {
      fillValues(
        values,
        hid,
        (i) => c.N[i]![j]!,
        (acc) => {
          const n = c.hospitals.map((_, i) => (hid.includes(i) ? acc[hid.indexOf(i)]! : c.n[i]![j]!));
          const s = n.map((v, i) => v / c.N[i]![j]!);
          const second = [...s].sort((x, y2) => x - y2)[1]!;
          return (
            (!rankShown || Math.round(1000 * second) / 10 === c.shares[j]) &&
            (!meanOn || Math.round((1000 * s.reduce((a, b) => a + b, 0)) / 4) / 10 === c.mean[j])
          );
        },
      );
    }
    hid.forEach((i, q) => hidden.push({ name: `${c.hospitals[i]}・${y}`, value: c.n[i]![j]!, values: values[q]! }));
  });
  return leaksOf(hidden, c.text);
}

export type Kind = 'mean' | 'median' | 'rankword' | 'own' | 'innocent';

/** The measure of one kind over `seeds`, `count` cases a seed. */
export async function measureKind(kind: Kind, count: number, seeds: readonly number[]) {
  const all = <C>(cases: (count: number, seed: number) => C[]) => seeds.flatMap((s) => cases(count, s));
  if (kind === 'own') return measureWith(all(ownCases), ownMeanAttack);
  const cases = {
    mean: meanCases,
    median: (count: number, s: number) => meanCases(count, s, true),
    rankword: rankWordCases,
    innocent: innocentCases,
  }[kind];
  return measureWith(all(cases), meanAttack);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = (process.argv[2] ?? 'mean') as Kind;
  const count = Number(process.argv[3] ?? 20);
  const seeds = (process.argv[4] ?? '5830').split(',').map(Number);
  printTallies(await measureKind(kind, count, seeds));
}
