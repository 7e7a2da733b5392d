/**
 * extremes62 (issue #11): extremes of shares whose N differs cell by cell, and a top k under no word of order.
 *
 * - `fracCases` (`frac-min`, `frac-max`): 表1 deaths over admissions by hospital and year, every cell 「n/N」 (its own N),
 *   one n under 10; 表2 「施設別死亡割合の最小」 (「最大」): per year the smallest (largest) of the column's n/N, 「p%」;
 *   表3 the admissions N by hospital and year, published. A reader knows every n/N of the year is at least (most) the
 *   printed share, and one reaches it: where no shown cell does, a hidden one does, and its N is printed in 表3.
 * - `rankCases` (`rank-noword`, `rank-offset`): extremes61's 表1 (「n (p%)」 of the year's total) and a 表2 of ranks —
 *   「1位」「2位」「3位」 under a title with no word of order (「年別の施設別割合」), or ranks not 1..k under 「上位」「下位」
 *   (「2位」「3位」, the first left out). The shares are the year's r-th largest (smallest) counts' shares.
 * - `fracAttack`: per year, a brute force over the year's hidden n (each 0..N, N from 表3), kept where the smallest
 *   (largest) n/N of the year prints as 表2's share. `rankAttack`: extremes61's fills.ts brute force, each shown rank r
 *   the year's r-th largest (smallest) count (a reader who reads 「1位」 as the first of an order, largest or smallest as
 *   the values fall).
 * - `MODE=innocent`: the same looks, 表2 another count's shares (no extreme, no rank of 表1) — nothing to tie.
 *
 * `npx node test/pubcheck/extremes62-families.ts frac|rank|top [seeds]` (seeds 4960–4961 frac, 4962–4963 rank,
 * 4969–4970 top (`fracTop`); innocent 4964, 4965; `ROOT=<tree>`).
 */
import type { Highs } from 'highs';
import { fillLeaks, leaksOf } from './fills.ts';
import { int, lcg, pick } from './helpers.ts';
import type { Checked } from './stats39-families.ts';
import { measureWith, shareCases, type ShareCase, unlessInnocent } from './extremes60-families.ts';

const pct = (n: number, d: number) => Math.round((1000 * n) / d) / 10;

/** 表1 of counts by hospital and item: 「n/N」 in every cell (`frac`), or each hospital's N in its label and 「n (p%)」. */
export const hospitalTable = (
  form: 'frac' | 'header',
  hospitals: readonly string[],
  years: readonly string[],
  n: readonly (readonly number[])[],
  N: readonly (readonly number[])[],
  Ni: readonly number[],
) => [
  `# 表1 施設別の転帰（${form === 'frac' ? '件数/患者数' : '施設の患者数に対する割合'}）`,
  ['施設', ...years].join(','),
  ...hospitals.map((h, i) =>
    form === 'frac'
      ? [h, ...years.map((_, j) => `${n[i]![j]}/${N[i]![j]}`)].join(',')
      : [`${h} (N=${Ni[i]})`, ...years.map((_, j) => `${n[i]![j]} (${pct(n[i]![j]!, Ni[i]!).toFixed(1)}%)`)].join(','),
  ),
];

export interface FracCase {
  family: string;
  text: string;
  hospitals: string[];
  years: string[];
  n: number[][];
  N: number[][];
  how: 'max' | 'min' | 'none';
  shares: number[];
  /** The ranks 表2 prints (`fracTop`: 「1位」「2位」), else [1] (the extreme). */
  ranks?: number[];
  /** ranks66: the ranks' labels as 表2 prints them (bare 「1」「2」), as columns or rows; else 「1位」… as columns. */
  rankLabels?: string[];
}

export function fracCases(count: number, seed: number, innocent = false): FracCase[] {
  const next = lcg(seed);
  const out: FracCase[] = [];
  const outcomes = ['死亡', '再入院', '合併症', '感染'];
  while (out.length < count) {
    const hospitals = Array.from({ length: int(next, 4, 6) }, (_, i) => `${'ABCDEFG'[i]}病院`);
    const years = outcomes.slice(0, int(next, 3, 4));
    const Ni = hospitals.map(() => int(next, 150, 500));
    const how = next() < 0.6 ? 'min' : 'max';
    const i0 = int(next, 0, hospitals.length - 1);
    const j0 = int(next, 0, years.length - 1);
    // max: the small count over a small N (the line's largest share).
    if (how === 'max') Ni[i0] = int(next, 25, 45);
    const N = hospitals.map((_, i) => years.map(() => Ni[i]!));
    const n = N.map((r) => r.map((d) => int(next, Math.max(10, Math.ceil(d * 0.05)), Math.max(12, Math.floor(d * 0.15)))));
    n[i0]![j0] = how === 'min' ? int(next, 1, 9) : int(next, 7, 9);
    const shares = years.map((_, j) => {
      if (innocent) return pct(int(next, 20, 60), 400);
      const s = hospitals.map((_, i) => n[i]![j]! / N[i]![j]!);
      return Math.round(1000 * (how === 'max' ? Math.max(...s) : Math.min(...s))) / 10;
    });
    const word = how === 'max' ? '最大' : '最小';
    const [title, label] = innocent
      ? pick(next, [
          ['項目別の紹介割合', '割合'],
          [`紹介割合の${word}`, word],
        ])
      : pick(next, [
          [`施設別割合の${word}`, word],
          [`項目別の${word}割合`, '割合'],
        ]);
    // 「n/N」 in every cell (the row's N in each), or the N in the row's header and 「n (p%)」 of it.
    const form = next() < 0.5 ? 'frac' : 'header';
    const text = [
      ...hospitalTable(form, hospitals, years, n, N, Ni),
      '',
      `# 表2 ${title}`,
      ['項目', label].join(','),
      ...years.map((y, j) => `${y},${shares[j]!.toFixed(1)}%`),
      '',
    ].join('\n');
    out.push({
      family: `${innocent ? 'innocent-' : ''}${form}-${how}`,
      text,
      hospitals,
      years,
      n,
      N,
      how: innocent ? 'none' : how,
      shares,
    });
  }
  return out;
}

/**
 * `fracTop` (`top-max`, `top-min`): `fracCases`' 表1 with 表2 the two largest (smallest) n/N of each column, rank by
 * rank 「1位」「2位」 under 「施設別割合の上位」 (「下位」) — the top k of shares each over its own N.
 */
export function fracTop(count: number, seed: number): FracCase[] {
  return fracCases(count, seed).map((c) => {
    const ranks = [1, 2];
    const how = c.how === 'none' ? 'max' : c.how;
    const shares = c.years.flatMap((_, j) =>
      c.hospitals
        .map((_, i) => c.n[i]![j]! / c.N[i]![j]!)
        .sort((x, y) => (how === 'max' ? y - x : x - y))
        .slice(0, ranks.length)
        .map((r) => Math.round(1000 * r) / 10),
    );
    const t1 = c.text.split('\n\n')[0]!;
    const text = [
      t1,
      '',
      `# 表2 施設別割合の${how === 'max' ? '上位' : '下位'}`,
      ['項目', ...ranks.map((r) => `${r}位`)].join(','),
      ...c.years.map((y, j) => [y, ...ranks.map((_, q) => `${shares[j * ranks.length + q]!.toFixed(1)}%`)].join(',')),
      '',
    ].join('\n');
    return { ...c, family: `top-${c.family}`, text, how, shares, ranks };
  });
}

type Tab = NonNullable<Checked['tables']>[number];
/** Whether `t`'s cell at `row` × `col` (a label or the label then 「 (」…) is published (review75: ext73's too). */
export const shownIn = (t: Tab | undefined, row: string, col: string) => {
  if (!t) return false;
  const i = t.table.rows.findIndex((h) => h.label === row || h.label.startsWith(`${row} (`));
  const j = t.table.cols.findIndex((h) => h.label === col || h.label.startsWith(`${col} (`));
  return i >= 0 && j >= 0 && t.status[i * t.table.cols.length + j] === 'published';
};
const tableOf = (r: Checked, n: number) => r.tables?.find((t) => (t.table as { number?: number }).number === n) ?? r.tables?.[n - 1];

/**
 * review75: fracAttack's and ext73's `ownMeanAttack`'s brute force — every fill of the hidden places `hid` (each 0 to
 * `top` of it) that `fits`, each place's value added to its set in `values`.
 */
export function fillValues(
  values: Set<number>[],
  hid: readonly number[],
  top: (i: number) => number,
  fits: (acc: number[]) => boolean,
): void {
  const rec = (q: number, acc: number[]) => {
    if (q === hid.length) {
      if (fits(acc)) acc.forEach((v, p) => values[p]!.add(v));
      return;
    }
    for (let v = 0; v <= top(hid[q]!); v++) rec(q + 1, [...acc, v]);
  };
  rec(0, []);
}

/** Per year: every fill of the year's hidden n (0..N) whose smallest (largest) n/N prints as 表2's share. */
export function fracAttack(c: FracCase, r: Checked): string[] {
  if (!r.ok || !r.tables) return [];
  const t1 = tableOf(r, 1);
  const t2 = tableOf(r, 2);
  const hidden: { name: string; value: number; values: Set<number> }[] = [];
  c.years.forEach((y, j) => {
    const hid = c.hospitals.map((_, i) => i).filter((i) => !shownIn(t1, c.hospitals[i]!, y));
    if (hid.length === 0) return;
    const values = hid.map(() => new Set<number>());
    const ranks = c.ranks ?? [1];
    const cols = ranks.map((r, q) => c.rankLabels?.[q] ?? (c.ranks ? `${r}位` : (t2?.table.cols[q]?.label ?? '')));
    // ranks66: a rank printed as a row (「1」 over the years) shown where its cell is.
    const shownAt = (col: string) => shownIn(t2, y, col) || (c.rankLabels !== undefined && shownIn(t2, col, y));
    const shown = c.how !== 'none' && cols.some(shownAt);
    // A hidden 「n/N」's N is read from its row's other cells (「A病院 (N=310)」: from the header).
    const nKnown = (i: number) => c.family.includes('header') || c.years.some((z) => shownIn(t1, c.hospitals[i]!, z));
    if (!shown || hid.length > 2 || !hid.every(nKnown)) {
      // No extreme shown (or too many to search): each hidden n anything of its N.
      hid.forEach((i, q) => [...Array(c.N[i]![j]! + 1).keys()].forEach((v) => values[q]!.add(v)));
    } else {
      const known = c.hospitals
        .map((_, i) => i)
        .filter((i) => !hid.includes(i))
        .map((i) => c.n[i]![j]! / c.N[i]![j]!);
      fillValues(
        values,
        hid,
        (i) => c.N[i]![j]!,
        (acc) => {
          const s = [...known, ...acc.map((v, p) => v / c.N[hid[p]!]![j]!)].sort((x, y) => (c.how === 'max' ? y - x : x - y));
          // Each shown rank r of 表2 the year's r-th largest (smallest) n/N.
          return ranks.every((r, q2) => !shownAt(cols[q2]!) || Math.round(1000 * s[r - 1]!) / 10 === c.shares[j * ranks.length + q2]);
        },
      );
    }
    hid.forEach((i, q) => hidden.push({ name: `${c.hospitals[i]}・${y}`, value: c.n[i]![j]!, values: values[q]! }));
  });
  return leaksOf(hidden, c.text);
}

/** extremes61's 表1 with a 表2 of ranks under no word of order (`noword`) or ranks not 1..k (`offset`). */
export function rankCases(count: number, seed: number, innocent = false): (ShareCase & { ranks: number[] })[] {
  const next = lcg(seed);
  return shareCases(count, seed, 'share').map((c) => {
    const how = next() < 0.5 ? 'max' : 'min';
    const offset = next() < 0.5;
    const ranks = offset ? [2, 3] : [1, 2, 3];
    const totals = c.years.map((_, j) => c.counts.reduce((s, r) => s + r[j]!, 0));
    const vals = c.years.map((_, j) =>
      (innocent ? c.counts.map(() => int(next, 5, 70)) : c.counts.map((r) => r[j]!))
        .sort((x, y) => (how === 'max' ? y - x : x - y))
        .filter((_, q) => ranks.includes(q + 1))
        .map((v) => Math.round((1000 * v) / totals[j]!) / 10),
    );
    const t1 = c.text.split('\n\n')[0]!;
    const title = offset ? `年別の施設別割合の${how === 'max' ? '上位' : '下位'}` : pick(next, ['年別の施設別割合', '施設別割合（年別）']);
    const text = [
      t1,
      '',
      `# 表2 ${title}`,
      ['年', ...ranks.map((q) => `${q}位`)].join(','),
      ...c.years.map((y, j) => [y, ...vals[j]!.map((p) => `${p.toFixed(1)}%`)].join(',')),
    ].join('\n');
    return {
      ...c,
      family: `${innocent ? 'innocent-' : ''}rank-${offset ? 'offset' : 'noword'}`,
      how,
      text: text + '\n',
      shares: vals.flat(),
      ranks,
    };
  });
}

/** fills.ts's brute force over 表1, each shown rank r of 表2 the year's r-th largest (smallest) count. */
export function rankAttack(c: ShareCase & { ranks: number[] }, r: Checked): string[] {
  if (!r.ok || !r.tables) return [];
  const t1 = r.tables[0]!;
  const t2 = r.tables[1];
  const k = c.ranks.length;
  const totals = c.years.map((_, j) => c.counts.reduce((s, row) => s + row[j]!, 0));
  const rowShown = c.hospitals.map((h) => shownIn(t1, h, '合計'));
  const allowed = c.years.map((y, j) =>
    c.ranks.map((rank, q) => {
      if (!shownIn(t2, y, `${rank}位`)) return undefined;
      const p = c.shares[j * k + q]!;
      return new Set([...Array(totals[j]! + 1).keys()].filter((v) => Math.round((1000 * v) / totals[j]!) / 10 === p));
    }),
  );
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !shownIn(t1, c.hospitals[i]!, c.years[j]!),
      totalShown: (j) => shownIn(t1, '合計', c.years[j]!),
      rowFits: (i, row) => !rowShown[i] || row.reduce((s, v) => s + v, 0) === c.counts[i]!.reduce((s, v) => s + v, 0),
      wholeFits: (rows) =>
        allowed.every((a, j) => {
          const sorted = rows.map((row) => row[j]!).sort((x, y) => (c.how === 'max' ? y - x : x - y));
          return a.every((s, q) => !s || s.has(sorted[c.ranks[q]! - 1]!));
        }),
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

/** read / refused / leaked / hidden cells a family under `attack` (innocents not attacked). */
export const measure = <C extends { family: string; text: string }>(
  cases: readonly C[],
  attack: (c: C, r: Checked) => string[],
  highs?: Highs,
) => measureWith(cases, unlessInnocent(attack), { highs });

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = process.argv[2] ?? 'frac';
  if (kind === 'top') {
    const seeds = (process.argv[3] ?? '4969,4970').split(',').map(Number);
    console.log(
      JSON.stringify(
        await measure(
          seeds.flatMap((s) => fracTop(Number(process.env.COUNT ?? 50), s)),
          fracAttack,
        ),
      ),
    );
    process.exit(0);
  }
  const innocent = process.env.MODE === 'innocent';
  const count = Number(process.env.COUNT ?? 50);
  const seeds = (process.argv[3] ?? (kind === 'frac' ? (innocent ? '4964' : '4960,4961') : innocent ? '4965' : '4962,4963'))
    .split(',')
    .map(Number);
  const m =
    kind === 'frac'
      ? await measure(
          seeds.flatMap((s) => fracCases(count, s, innocent)),
          fracAttack,
        )
      : await measure(
          seeds.flatMap((s) => rankCases(count, s, innocent)),
          rankAttack,
        );
  console.log(JSON.stringify(m));
}
