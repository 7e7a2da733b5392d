/**
 * ext72 (issue #11): a rank's label (「2位」「第3位」) under no word of order that `shareTopK` leaves untied — a rank alone
 * on its axis, ranks not all of one order (「1位」 the largest, 「2位」 the second smallest), or the last rank (「6位」「7位」
 * of 7 hospitals: the second smallest and the smallest). 7b46c002 read such a line as a rank only where every rank of the
 * axis fitted one order, and never as an r-th from either end (`mayBeUnwordedExtreme` shut rank labels out of ext70's
 * reading): a reader who finds 「2位」 fits each year's second smallest count takes it so, and the count hidden beside the
 * small one is often that second smallest.
 *
 * Kinds:
 * - `rank`: extremes60's 表1 (「n (p%)」 of the year's total, one N a year, 合計 row and column), 表2 of rank lines under
 *   no word (「年別割合」): `single` one column 「r位」/「第r位」 (r 2 or 3, each year's r-th smallest, or largest 3 in
 *   10), `row` the same as a row over the years, `ends` 「1位」 the largest and 「r位」 the r-th smallest, `last` the
 *   last two ranks of the largest-first order (「(L−1)位」「L位」: the second smallest and the smallest). Judged by
 *   fills.ts's brute force (`rankAttack`: each shown year's reading of each line one count the share allows of the
 *   year's total; the attacker is told each line's reading).
 * - `own`: extremes62's 表1 of own Ns (「n/N」), at each item a cell 「c」 small (n < 10) with the same share as a
 *   cell 「b」 of a large N, b the second largest and c the second smallest n/N (4 hospitals), 表2 「2位」 under no word:
 *   7b46c002 took the first end only (the second largest, b) and a reader taking the second smallest got c back.
 *   Judged by extremes62's `fracAttack` told the second smallest.
 * - `innocent`: rank labels over another count's shares (fitting no rank), and ranks under 「上位」 each the r-th
 *   largest (tied on 7b46c002 already) — must not be refused more nor hide more.
 *
 * `npx node test/pubcheck/ext72-families.ts <kind> <count> <seeds>` (kinds rank, own, innocent; seeds 5740–5749;
 * `ROOT=<tree>` for another tree). Prints read / refused / leaked / hidden cells a family.
 */
import { measureWith, printTallies, shareCase, unlessInnocent } from './extremes60-families.ts';
import { fracAttack, hospitalTable, type FracCase } from './extremes62-families.ts';
import { countsOfShare, drawCounts, HAND_ONE, pct, published, rthShares, rth, table1Leaks } from './ext70-families.ts';
import { int, lcg, pick } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

/** A line of 表2: its label and the reading the attacker is told (none: another count's shares). */
type RankLine = { label: string; rank: number; how: 'max' | 'min' | 'none'; shares: number[] };
export type RankCase = { family: string; text: string; counts: number[][]; hospitals: string[]; years: string[]; lines: RankLine[] };

/** 表1 (extremes60's) and 表2 of `lines` under `title`, a column each (or a row each over the years). */
function rankText(counts: number[][], hospitals: string[], years: string[], title: string, lines: RankLine[], row: boolean): string {
  const t1 = shareCase({
    family: '',
    counts,
    hospitals,
    years,
    how: 'none',
    shares: years.map(() => 0),
    title: 'x',
    label: 'x',
  }).text.split('\n\n')[0]!;
  const show = (v: number) => `${v.toFixed(1)}%`;
  const t2 = row
    ? [['', ...years].join(','), ...lines.map((l) => [l.label, ...l.shares.map(show)].join(','))]
    : [['年', ...lines.map((l) => l.label)].join(','), ...years.map((y, j) => [y, ...lines.map((l) => show(l.shares[j]!))].join(','))];
  return [t1, '', `# 表2 ${title}`, ...t2, ''].join('\n');
}

const TITLES = ['年別割合', '年別の施設別割合', '施設別割合（年別）'];

/** `rank`: 表1 of one N a year with a small count, 表2 rank lines under no word of order. */
export function rankCases(count: number, seed: number): RankCase[] {
  const next = lcg(seed);
  const out: RankCase[] = [];
  while (out.length < count) {
    const { hospitals, years, counts, totals } = drawCounts(next);
    const line = (label: string, rank: number, how: 'max' | 'min'): RankLine => ({
      label,
      rank,
      how,
      shares: rthShares(counts, totals, rank, how),
    });
    const L = hospitals.length;
    const kind = pick(next, ['single', 'single', 'row', 'ends', 'last'] as const);
    const r = int(next, 2, Math.min(3, L - 1));
    const word = next() < 0.5 ? `${r}位` : `第${r}位`;
    const lines =
      kind === 'single' || kind === 'row'
        ? [line(word, r, next() < 0.7 ? 'min' : 'max')]
        : kind === 'ends'
          ? [line('1位', 1, 'max'), line(`${r}位`, r, 'min')]
          : [line(`${L - 1}位`, L - 1, 'max'), line(`${L}位`, L, 'max')];
    out.push({
      family: `rank-${kind}${kind === 'single' || kind === 'row' ? `-${lines[0]!.how}` : ''}`,
      text: rankText(counts, hospitals, years, pick(next, TITLES), lines, kind === 'row'),
      counts,
      hospitals,
      years,
      lines,
    });
  }
  return out;
}

/** `innocent`: rank labels over another count's shares; ranks 1…k under 「上位」 each the r-th largest. */
export function innocentCases(count: number, seed: number): RankCase[] {
  const next = lcg(seed + 7);
  const out: RankCase[] = [];
  while (out.length < count) {
    const { hospitals, years, counts, totals } = drawCounts(next);
    const top = next() < 0.5;
    const lines: RankLine[] = top
      ? [1, 2, 3].map((r) => ({ label: `${r}位`, rank: r, how: 'max' as const, shares: rthShares(counts, totals, r, 'max') }))
      : [
          {
            label: pick(next, ['2位', '第2位', '1位']),
            rank: 0,
            how: 'none' as const,
            // Another count's share of the year's total, apart from the column's counts' shares.
            shares: years.map((_, j) => {
              for (;;) {
                const p = pct(int(next, 10, totals[j]! - 10), totals[j]!);
                if (!counts.some((row) => Math.abs(pct(row[j]!, totals[j]!) - p) < 0.15)) return p;
              }
            }),
          },
        ];
    out.push({
      family: top ? 'innocent-top' : 'innocent-other',
      text: rankText(counts, hospitals, years, top ? '年別割合の上位3施設' : pick(next, TITLES), lines, false),
      counts,
      hospitals,
      years,
      lines,
    });
  }
  return out;
}

/**
 * review75: ext72's and ext73's `own` draw — 4 hospitals, 2–4 items; one N a hospital: C's small (20–40), B's a
 * multiple k·N_C (B's n k·c over k·N_C: C's share exactly), A above, D below; at each item C's n 3–9. Undefined where
 * A's or D's counts do not fit (the caller draws again). `shares`: C's n/N in % to one decimal.
 */
export function ownDraw(next: () => number) {
  const hospitals = ['A病院', 'B病院', 'C病院', 'D病院'];
  const years = ['死亡', '再入院', '合併症', '感染'].slice(0, int(next, 2, 4));
  const Nc = int(next, 20, 40);
  const k = int(next, 5, 12);
  const Ni = [int(next, 200, 400), k * Nc, Nc, int(next, 200, 400)];
  const n = hospitals.map(() => years.map(() => 0));
  let ok = true;
  for (const [j] of years.entries()) {
    const c = int(next, 3, 9);
    n[2]![j] = c;
    n[1]![j] = k * c;
    const a = Math.ceil(Ni[0]! * (c / Nc + 0.03));
    const d = Math.floor(Ni[3]! * (c / Nc - 0.03));
    if (d < 10 || a + 10 > Ni[0]!) ok = false;
    n[0]![j] = a + int(next, 0, 10);
    n[3]![j] = Math.max(10, d - int(next, 0, 10));
  }
  if (!ok) return undefined;
  const N = hospitals.map((_, i) => years.map(() => Ni[i]!));
  const shares = years.map((_, j) => Math.round((1000 * n[2]![j]!) / Ni[2]!) / 10);
  return { hospitals, years, n, N, Ni, shares };
}

/** review75: the `own` text — 表1 (extremes62's `hospitalTable` in `form`), 表2 under a drawn title: 「項目」 and `heads`, a row an item. */
export function ownText(
  next: () => number,
  form: 'frac' | 'header',
  o: NonNullable<ReturnType<typeof ownDraw>>,
  heads: readonly string[],
  row: (j: number) => string[],
): string {
  return [
    ...hospitalTable(form, o.hospitals, o.years, o.n, o.N, o.Ni),
    '',
    `# 表2 ${pick(next, ['項目別の割合', '転帰の割合'])}`,
    ['項目', ...heads].join(','),
    ...o.years.map((y, j) => [y, ...row(j)].join(',')),
    '',
  ].join('\n');
}

/** `own`: 「n/N」 of 4 hospitals, at each item b (large N) and c (N 20–40, n < 10) of one share, 表2 「2位」. */
export function ownCases(count: number, seed: number): FracCase[] {
  const next = lcg(seed + 11);
  const out: FracCase[] = [];
  while (out.length < count) {
    const o = ownDraw(next);
    if (!o) continue;
    const { hospitals, years, n, N, shares } = o;
    const form = next() < 0.5 ? 'frac' : 'header';
    const label = next() < 0.5 ? '2位' : '第2位';
    const text = ownText(next, form, o, [label], (j) => [`${shares[j]!.toFixed(1)}%`]);
    out.push({ family: `own-${form}`, text, hospitals, years, n, N, how: 'min', shares, ranks: [2], rankLabels: [label] });
  }
  return out;
}

/** fills.ts's brute force over 表1: the totals, and each shown year's reading of each rank line (as told). */
export function rankAttack(c: RankCase, r: Checked): string[] {
  if (!r.ok || !r.tables) return [];
  const t2 = r.tables[1];
  const totals = c.years.map((_, j) => c.counts.reduce((s, row) => s + row[j]!, 0));
  const asRow = t2?.table.rows.some((h) => h.label === c.lines[0]!.label) ?? false;
  const read = c.lines.filter((l) => l.how !== 'none');
  const allowed = read.map((l) =>
    c.years.map((y, j) => (published(t2, asRow ? l.label : y, asRow ? y : l.label) ? countsOfShare(l.shares[j]!, totals[j]!) : undefined)),
  );
  return table1Leaks(c, r.tables[0]!, (rows) =>
    read.every((l, q) =>
      allowed[q]!.every(
        (a, j) =>
          !a ||
          a.has(
            rth(
              rows.map((row) => row[j]!),
              l.rank,
              l.how as 'max' | 'min',
            ),
          ),
      ),
    ),
  );
}

/** review75: ext72's and ext73's tests — ext70's `HAND_ONE` 表1 with `t2` (a 表2 text) whose rank lines are `lines`. */
export const handRankCase = (t2: string, lines: RankCase['lines']): RankCase => ({
  family: 'hand',
  text: `${HAND_ONE.text}\n${t2}`,
  counts: HAND_ONE.counts,
  hospitals: HAND_ONE.hospitals,
  years: HAND_ONE.years,
  lines,
});

/** review75: 表2 年別割合 under HAND_ONE's years: a column each of `labels`, `values` to one decimal with 「%」. */
export const handColumn = (labels: string[], values: number[][]) =>
  `# 表2 年別割合\n年,${labels.join(',')}\n${HAND_ONE.years.map((y, j) => [y, ...values.map((v) => `${v[j]!.toFixed(1)}%`)].join(',')).join('\n')}\n`;

export type Kind = 'rank' | 'own' | 'innocent';

/** The measure of one kind over `seeds`, `count` cases a seed. */
export async function measureKind(kind: Kind, count: number, seeds: readonly number[]) {
  const all = <C>(cases: (count: number, seed: number) => C[]) => seeds.flatMap((s) => cases(count, s));
  if (kind === 'rank') return measureWith(all(rankCases), rankAttack);
  if (kind === 'own') return measureWith(all(ownCases), fracAttack);
  return measureWith(
    all(innocentCases),
    unlessInnocent(() => []),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = (process.argv[2] ?? 'rank') as Kind;
  const count = Number(process.argv[3] ?? 20);
  const seeds = (process.argv[4] ?? '5740').split(',').map(Number);
  printTallies(await measureKind(kind, count, seeds));
}
