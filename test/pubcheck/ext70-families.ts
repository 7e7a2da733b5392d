/**
 * ext70 (issue #11): a line of shares under NO word (no 「最大」「最小」, no 「2位」, no 「上位」) equal at every position to
 * the r-th largest (smallest) share of a count table's line, r > 1. ext68 read such a line only as the largest
 * (smallest) — rank 1 — and left the r-th alone: a reader who finds the shares fit the second largest n/N at every
 * position (no shown cell reaching it where a cell is hidden) takes that cell back (its N printed beside it).
 *
 * Kinds:
 * - `rth`: 表1 deaths over admissions by hospital and item (「n/N」 cells, or 「n (p%)」 under 「B病院 (N=415)」: each cell
 *   over its own N, extremes62's layout), one n under 10 built to be its item's r-th largest (smallest) n/N (r 2 or 3:
 *   r − 1 cells of its item above (below) it); 表2 under a title and label of no extreme nor rank (ext68's 「項目別の割合」
 *   「割合」), each item's r-th n/N, a column or a row (`-row`). Judged by extremes62's `fracAttack` (each item's hidden n
 *   brute-forced over 0..N, kept where the item's r-th n/N prints as 表2's share; the attacker is told r).
 * - `rth-one`: extremes60's 表1 (「n (p%)」 of the year's total, ONE N a year, 合計 row and column), 表2 under no word
 *   (「年別割合」「割合」) each year's r-th smallest (largest) share (r 2 or 3) — often the cell the suppression hides
 *   beside the small count. Judged by fills.ts's brute force (`rthAttack`: each shown year's r-th count one the share
 *   allows of the year's total).
 * - `innocent`: ext68's innocents (other shares, a hospital's own shares under its name, extremes60's innocents under
 *   no word) — must not be refused more nor hide more.
 *
 * - `multi`: ext68's `multi` (a 表3 「診療科別」 fitting too in half) judged by `multiAttack`: a reader who takes the share
 *   for both tables' extreme at once (ext70: every tie kept — none is provably by chance; see ext70.test.ts).
 *
 * `npx node test/pubcheck/ext70-families.ts <kind> <count> <seeds>` (kinds rth, rth-one, innocent, multi; seeds 5660–5674;
 * `ROOT=<tree>` for another tree). Prints read / refused / leaked / hidden cells a family.
 */
import { measureWith, printTallies, shareCase, unlessInnocent, type ShareCase } from './extremes60-families.ts';
import { fracAttack, hospitalTable, type FracCase } from './extremes62-families.ts';
import { extCases, oneCases } from './ext68-families.ts';
import { fillLeaks, leaksOf } from './fills.ts';
import { int, lcg, pick } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

export const pct = (n: number, d: number) => Math.round((1000 * n) / d) / 10;
const TITLES: [string, string][] = [
  ['項目別の割合', '割合'],
  ['施設別割合（項目別）', '値'],
  ['転帰の割合', '%'],
];
const ITEMS = ['死亡', '再入院', '合併症', '感染'];

/** The r-th (1-based) of `xs`, largest first (`max`) or smallest first. */
export const rth = (xs: readonly number[], r: number, how: 'max' | 'min') =>
  [...xs].sort((x, y) => (how === 'max' ? y - x : x - y))[r - 1]!;

/** extremes60's 表1 drawn: 4–7 hospitals, 3–4 years, counts 10–60 with one small (1–9), and each year's total. */
export function drawCounts(next: () => number) {
  const hospitals = Array.from({ length: int(next, 4, 7) }, (_, i) => `${'ABCDEFG'[i]}病院`);
  const years = Array.from({ length: int(next, 3, 4) }, (_, j) => `${2020 + j}年`);
  const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
  counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
  return { hospitals, years, counts, totals: years.map((_, j) => counts.reduce((s, row) => s + row[j]!, 0)) };
}

/** Each year's r-th count (largest first, `max`, or smallest first) as a share of the year's total. */
export const rthShares = (counts: number[][], totals: readonly number[], rank: number, how: 'max' | 'min') =>
  totals.map((t, j) =>
    pct(
      rth(
        counts.map((row) => row[j]!),
        rank,
        how,
      ),
      t,
    ),
  );

/** `rth`: 表1 of own Ns with one small n the r-th n/N of its item, 表2 each item's r-th n/N under no word. */
export function rthCases(count: number, seed: number): FracCase[] {
  const next = lcg(seed);
  const out: FracCase[] = [];
  while (out.length < count) {
    const hospitals = Array.from({ length: int(next, 4, 6) }, (_, i) => `${'ABCDEFG'[i]}病院`);
    const years = ITEMS.slice(0, int(next, 3, 4));
    const how = next() < 0.5 ? 'min' : 'max';
    const r = int(next, 2, Math.min(3, hospitals.length - 1));
    const i0 = int(next, 0, hospitals.length - 1);
    const j0 = int(next, 0, years.length - 1);
    const others = hospitals.map((_, i) => i).filter((i) => i !== i0);
    // The r − 1 hospitals above (below) the small cell at its item.
    const above = others.sort(() => next() - 0.5).slice(0, r - 1);
    const Ni = hospitals.map(() => int(next, 150, 500));
    if (how === 'max') Ni[i0] = int(next, 25, 45);
    else {
      Ni[i0] = int(next, 150, 300);
      for (const i of above) Ni[i] = int(next, 1500, 3000);
    }
    const N = hospitals.map((_, i) => years.map(() => Ni[i]!));
    const n = N.map((row) => row.map((d) => int(next, Math.max(10, Math.ceil(d * 0.05)), Math.max(12, Math.floor(d * 0.15)))));
    n[i0]![j0] = how === 'min' ? int(next, 5, 9) : int(next, 7, 9);
    const r0 = n[i0]![j0]! / Ni[i0]!;
    let ok = true;
    for (const i of others) {
      const d = Ni[i]!;
      // Above (below) the small cell: a share past it by 1–15 points (under it, 10 at least); the rest beyond it the other way.
      const [lo, hi] = above.includes(i)
        ? how === 'max'
          ? [Math.ceil(d * (r0 + 0.01)), Math.floor(d * Math.min(0.6, r0 + 0.15))]
          : [10, Math.floor(d * (r0 - 0.002))]
        : how === 'max'
          ? [Math.max(10, Math.ceil(d * 0.05)), Math.min(Math.floor(d * (r0 - 0.01)), Math.max(12, Math.floor(d * 0.15)))]
          : [
              Math.max(10, Math.ceil(d * (r0 + 0.005)), Math.ceil(d * 0.05)),
              Math.max(Math.ceil(d * (r0 + 0.005)) + 5, Math.floor(d * 0.15)),
            ];
      if (lo > hi) ok = false;
      else n[i]![j0] = int(next, lo, hi);
    }
    if (!ok) continue;
    const shares = years.map(
      (_, j) =>
        Math.round(
          1000 *
            rth(
              hospitals.map((_, i) => n[i]![j]! / N[i]![j]!),
              r,
              how,
            ),
        ) / 10,
    );
    const form = next() < 0.5 ? 'frac' : 'header';
    const row = next() < 0.3;
    const [title, label] = pick(next, TITLES);
    const show = (j: number) => `${shares[j]!.toFixed(1)}%`;
    const t2 = row
      ? [['', ...years].join(','), [label, ...years.map((_, j) => show(j))].join(',')]
      : [['項目', label].join(','), ...years.map((y, j) => `${y},${show(j)}`)];
    const text = [...hospitalTable(form, hospitals, years, n, N, Ni), '', `# 表2 ${title}`, ...t2, ''].join('\n');
    out.push({
      family: `rth-${form}-${how}${row ? '-row' : ''}`,
      text,
      hospitals,
      years,
      n,
      N,
      how,
      shares,
      ranks: [r],
      rankLabels: [label],
    });
  }
  return out;
}

export type RthOneCase = ShareCase & { rank: number };

/** A hand 表1 of extremes60's form (seven hospitals, four years, one N a year; D病院・2021年 3 small), its counts. */
export const HAND_ONE = {
  text: `# 表1 年別死亡数（施設別の割合）
施設,2020年,2021年,2022年,2023年,合計
A病院,36 (15.7%),37 (17.1%),23 (8.6%),56 (19.6%),152 (15.2%)
B病院,58 (25.2%),48 (22.1%),16 (6.0%),33 (11.5%),155 (15.5%)
C病院,47 (20.4%),44 (20.3%),42 (15.7%),31 (10.8%),164 (16.4%)
D病院,10 (4.3%),3 (1.4%),60 (22.4%),59 (20.6%),132 (13.2%)
E病院,36 (15.7%),12 (5.5%),48 (17.9%),47 (16.4%),143 (14.3%)
F病院,11 (4.8%),36 (16.6%),52 (19.4%),34 (11.9%),133 (13.3%)
G病院,32 (13.9%),37 (17.1%),27 (10.1%),26 (9.1%),122 (12.2%)
合計,230 (100.0%),217 (100.0%),268 (100.0%),286 (100.0%),1001 (100.0%)
`,
  counts: [
    [36, 37, 23, 56],
    [58, 48, 16, 33],
    [47, 44, 42, 31],
    [10, 3, 60, 59],
    [36, 12, 48, 47],
    [11, 36, 52, 34],
    [32, 37, 27, 26],
  ],
  hospitals: ['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院', 'G病院'],
  years: ['2020年', '2021年', '2022年', '2023年'],
};

/** `rth-one`: extremes60's 表1 (one N a year), 表2 each year's r-th share under no word. */
export function rthOneCases(count: number, seed: number): RthOneCase[] {
  const next = lcg(seed + 3);
  const out: RthOneCase[] = [];
  while (out.length < count) {
    const { hospitals, years, counts, totals } = drawCounts(next);
    const how = next() < 0.7 ? 'min' : 'max';
    const rank = int(next, 2, Math.min(3, hospitals.length - 1));
    const shares = rthShares(counts, totals, rank, how);
    const [title, label] = pick(next, [
      ['年別割合', '割合'],
      ['施設別割合（年別）', '値'],
      ['年別の割合', '%'],
    ] as const);
    out.push({ ...shareCase({ family: `rth-one-${how}`, counts, hospitals, years, how, shares, title, label }), rank });
  }
  return out;
}

type Tab = NonNullable<Checked['tables']>[number];
/** Whether 表 `t`'s cell (`row`, `col`) is published. */
export const published = (t: Tab | undefined, row: string, col: string) => {
  if (!t) return false;
  const i = t.table.rows.findIndex((h) => h.label === row);
  const j = t.table.cols.findIndex((h) => h.label === col);
  return i >= 0 && j >= 0 && t.status[i * t.table.cols.length + j] === 'published';
};

/** The counts 0…`total` whose share of `total` is `share` as printed. */
export const countsOfShare = (share: number, total: number) => new Set([...Array(total + 1).keys()].filter((v) => pct(v, total) === share));

/** fills.ts's brute force over extremes60's 表1 (`t1`, its 合計 row and column), the rest of the reading told by `wholeFits`. */
export function table1Leaks(
  c: { counts: number[][]; hospitals: readonly string[]; years: readonly string[]; text: string },
  t1: Tab,
  wholeFits: (rows: readonly (readonly number[])[]) => boolean,
): string[] {
  const rowShown = c.hospitals.map((h) => published(t1, h, '合計'));
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !published(t1, c.hospitals[i]!, c.years[j]!),
      totalShown: (j) => published(t1, '合計', c.years[j]!),
      rowFits: (i, row) => !rowShown[i] || row.reduce((s, v) => s + v, 0) === c.counts[i]!.reduce((s, v) => s + v, 0),
      wholeFits,
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

/** fills.ts's brute force over 表1: the totals, and each shown year's r-th count one 表2's share allows of the total. */
export function rthAttack(c: RthOneCase, r: Checked): string[] {
  if (!r.ok || !r.tables) return [];
  const t2 = r.tables[1];
  const totals = c.years.map((_, j) => c.counts.reduce((s, row) => s + row[j]!, 0));
  const label = t2?.table.cols[0]?.label ?? '';
  const allowed = c.years.map((y, j) => (published(t2, y, label) ? countsOfShare(c.shares[j]!, totals[j]!) : undefined));
  return table1Leaks(c, r.tables[0]!, (rows) =>
    allowed.every(
      (a, j) =>
        !a ||
        a.has(
          rth(
            rows.map((row) => row[j]!),
            c.rank,
            c.how === 'max' ? 'max' : 'min',
          ),
        ),
    ),
  );
}

export type Kind = 'rth' | 'rth-one' | 'innocent' | 'multi';

/** The measure of one kind over `seeds`, `count` cases a seed. */
export async function measureKind(kind: Kind, count: number, seeds: readonly number[]) {
  if (kind === 'rth')
    return measureWith(
      seeds.flatMap((s) => rthCases(count, s)),
      fracAttack,
    );
  if (kind === 'multi')
    return measureWith(
      seeds.flatMap((s) => extCases('multi', count, s)),
      multiAttack,
    );
  if (kind === 'rth-one')
    return measureWith(
      seeds.flatMap((s) => rthOneCases(count, s)),
      rthAttack,
    );
  const cases: { family: string; text: string }[] = seeds.flatMap((s) => [
    ...extCases('innocent', count, s),
    ...extCases('innocent-own', count, s),
    ...oneCases(count, s, true),
  ]);
  return measureWith(
    cases,
    unlessInnocent(() => []),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = (process.argv[2] ?? 'rth') as Kind;
  const count = Number(process.argv[3] ?? 40);
  const seeds = (process.argv[4] ?? '5660').split(',').map(Number);
  printTallies(await measureKind(kind, count, seeds));
}

/** The cells of 「n/N」 table `number` of `text` (its rows' labels first), as printed. */
function fracTable(text: string, number: number): { rows: string[]; cols: string[]; n: number[][]; N: number[][] } {
  const block = text.split(/\n(?=# 表)/).find((b) => b.startsWith(`# 表${number} `))!;
  const lines = block.trim().split('\n').slice(1);
  const cols = lines[0]!.split(',').slice(1);
  const body = lines.slice(1).map((l) => l.split(','));
  return {
    rows: body.map((r) => r[0]!),
    cols,
    n: body.map((r) => r.slice(1).map((x) => Number(x.split('/')[0]))),
    N: body.map((r) => r.slice(1).map((x) => Number(x.split('/')[1]))),
  };
}

/**
 * `multi`'s attacker (ext68-families.ts `multi`, 表3 「診療科別」 of the same items over own Ns): where 表2's share fits
 * 表3's extreme too (`-both`), a reader takes it for both at once — at each item the extreme n/N of 表1 and of 表3 print
 * alike (as 表2's share where shown; where it is hidden, equal to each other): each item's hidden n of 表1 and of 表3
 * brute-forced (two at most a table, each 0..N), kept where both extremes round to one share. `-one`: `fracAttack`.
 */
export function multiAttack(c: FracCase, r: Checked): string[] {
  if (!c.family.endsWith('-both')) return fracAttack(c, r);
  if (!r.ok || !r.tables) return [];
  const tabs = [r.tables[0], r.tables[2]];
  const t2 = r.tables[1];
  const printed = [fracTable(c.text, 1), fracTable(c.text, 3)];
  const shownAt = (t: Tab | undefined, row: string, col: string) => published(t, row, col);
  const how = c.how === 'min' ? 'min' : 'max';
  const round = (x: number) => Math.round(1000 * x) / 10;
  const hidden: { name: string; value: number; values: Set<number> }[] = [];
  c.years.forEach((y, j) => {
    const label = c.rankLabels?.[0] ?? t2?.table.cols[0]?.label ?? '';
    const share = shownAt(t2, y, label) || (c.rankLabels !== undefined && shownAt(t2, label, y)) ? c.shares[j] : undefined;
    // Per table: its hidden rows at item j, and each fill's extreme (rounded) → the fills giving it.
    const per = printed.map((p, u) => {
      const hid = p.rows.map((_, i) => i).filter((i) => !shownAt(tabs[u], p.rows[i]!, y));
      const known = p.rows
        .map((_, i) => i)
        .filter((i) => !hid.includes(i))
        .map((i) => p.n[i]![j]! / p.N[i]![j]!);
      const byShare = new Map<number, number[][]>();
      if (hid.length > 2) return { p, hid, byShare, gaveUp: true };
      const rec = (q: number, acc: number[]) => {
        if (q === hid.length) {
          const rs = [...known, ...acc.map((v, k) => v / p.N[hid[k]!]![j]!)];
          const e = round(how === 'max' ? Math.max(...rs) : Math.min(...rs));
          byShare.set(e, [...(byShare.get(e) ?? []), acc]);
          return;
        }
        for (let v = 0; v <= p.N[hid[q]!]![j]!; v++) rec(q + 1, [...acc, v]);
      };
      rec(0, []);
      return { p, hid, byShare, gaveUp: false };
    });
    per.forEach(({ p, hid, byShare, gaveUp }, u) => {
      const other = per[1 - u]!;
      const values = hid.map(() => new Set<number>());
      for (const [e, fills] of byShare) {
        if (share !== undefined ? e !== share : !other.gaveUp && !other.byShare.has(e)) continue;
        for (const f of fills) f.forEach((v, k) => values[k]!.add(v));
      }
      if (gaveUp) hid.forEach((i, k) => [...Array(p.N[i]![j]! + 1).keys()].forEach((v) => values[k]!.add(v)));
      hid.forEach((i, k) => hidden.push({ name: `表${u === 0 ? 1 : 3} ${p.rows[i]}・${y}`, value: p.n[i]![j]!, values: values[k]! }));
    });
  });
  return leaksOf(hidden, c.text);
}
