/**
 * redi64 (issue #11, red team of extremes61/62's `shareTopK`): a top k of shares printed rank by rank (「上位3」「1位,2位,
 * 3位」) where a share is NOT one whole count of its N — printed with no decimal (「9%」 of 232: 20, 21 or 22) or with
 * one decimal over an N past 1,000 — so `shareTopK` (one whole count a rank only) did not tie it, while redc61 ties an
 * extreme share that stands for a range of counts. A reader still knows rank r's count lies in the range its share
 * allows and every count outside the ranks is at most (least) it: a complement beside a small count is bounded, the
 * small count then worked back from the row total.
 *
 * Kinds (each case extremes60's 表1: hospitals by years, 「n (p%)」 of the year's total, 合計 row and column, one count
 * under 10; 表2 「年別の施設別割合の上位3」 / 「下位3」, columns 「1位」「2位」「3位」):
 * - `top0-max` / `top0-min`: the three largest (smallest) shares with no decimal;
 * - `big-max` / `big-min`: every count of 10 or more ×10 (plus its remainder by 7), the small count kept: Ns over
 *   1,000, the shares with one decimal;
 * - `tie-max` / `tie-min`: one decimal, whole counts, two of the ranked counts equal (extremes62 ties rank by rank —
 *   measured, not the class).
 * - `MODE=innocent`: the same look (no decimal), the ranks another count's shares (紹介患者 by hospital, drawn apart):
 *   nothing to tie, measured read / refused / hidden only.
 *
 * Judged by a brute force written apart from the engine (fills.ts `fillLeaks`, as extremes61's `topAttack`): every fill
 * of 表1's hidden counts under its published totals, each published rank r the year's r-th largest (smallest) count
 * one of the counts its share allows of the year's total (the oracle has no equation for an order statistic).
 *
 * Second class (`MODE=npct`, `npctCases`): stats60's `wrongCases` (「範囲（%）」 with no N, P the range's population, Q
 * P doubled or another population printing a bare total at the same year labels) with P's table printed as 「n (p%)」 of
 * the year's total — its 合計 「113 (100.0%)」. read.ts `nElsewhereOf` took only bare counts for N, so P's total was no
 * candidate: Q's (the one number) was taken, the ends published as counts of Q, while a reader of P's 合計 turns an end
 * back into P's hidden smallest count (8.0% of 113 = 9). Kinds `double-before`/`double-after`/`sex-before` (the class:
 * refused in words as stats60's bare form is), `other-before`/`other-after` (innocent look-alikes: another population
 * over the same hospitals, the ends proving P's N — read as stats60's bare form is). Judged by stats60's `wrongAttack`
 * (stats52's brute force over P's table, or the ends turned back with P's N for `sex`).
 *
 * `MODE=nfrac` (`nfracCases`): the same with P's cells 「n/N」 of the year's N and no 合計 line — the N every cell
 * prints was no candidate either. Judged by `nfracAttack` (the brute force with P's N known).
 *
 * `npx node test/pubcheck/redi64-families.ts <count> <seed>` (`MODE=innocent` / `npct` / `nfrac`, `ROOT=<tree>`); seeds
 * 5080 (the top k), 5081 (its innocents), 5082 (`npct`), 5083 (`nfrac`).
 */
import type { Highs } from 'highs';
import { measureWith, shareCases } from './extremes60-families.ts';
import { fillLeaks, shownIn } from './fills.ts';
import { measureRanges } from './stats59-families.ts';
import { rangeRead } from './stats61-families.ts';
import { type WrongCase, wrongAttack, wrongCases } from './stats60-families.ts';
import { int, lcg } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

export interface TopCase {
  family: string;
  text: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  how: 'max' | 'min' | 'none';
  /** 表2's printed shares, year by year, rank by rank (percent, `decimals` decimals). */
  shares: number[][];
  decimals: number;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const pct = (n: number, d: number, decimals: number) => round((100 * n) / d, decimals);
const cellText = (n: number, d: number) => `${n} (${pct(n, d, 1).toFixed(1)}%)`;
/** The counts of N a printed share (`decimals` decimals, rounded) allows. */
const countsOf = (p: number, n: number, decimals: number) =>
  [...Array(n + 1).keys()].filter((c) => Math.abs((100 * c) / n - p) <= 0.5 * 10 ** -decimals + 1e-9);

function topText(c: Omit<TopCase, 'text' | 'family'>): string {
  const { counts, hospitals, years, shares, decimals } = c;
  const colTotals = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
  const grand = colTotals.reduce((s, v) => s + v, 0);
  const rowTotal = (i: number) => counts[i]!.reduce((s, v) => s + v, 0);
  return [
    '# 表1 年別死亡数（施設別の割合）',
    ['施設', ...years, '合計'].join(','),
    ...hospitals.map((h, i) => [h, ...counts[i]!.map((v, j) => cellText(v, colTotals[j]!)), cellText(rowTotal(i), grand)].join(',')),
    ['合計', ...colTotals.map((v) => `${v} (100.0%)`), `${grand} (100.0%)`].join(','),
    '',
    `# 表2 年別の施設別割合の${c.how === 'min' ? '下位' : '上位'}3`,
    ['年', '1位', '2位', '3位'].join(','),
    ...years.map((y, j) => [y, ...shares[j]!.map((p) => `${p.toFixed(decimals)}%`)].join(',')),
    '',
  ].join('\n');
}

export function topCases(count: number, seed: number, mode: 'class' | 'innocent' = 'class'): TopCase[] {
  const next = lcg(seed);
  const kinds = ['top0', 'big', 'tie'] as const;
  return shareCases(count, seed, 'share').map((s, q) => {
    const kind = mode === 'innocent' ? 'innocent' : kinds[q % kinds.length]!;
    const how = next() < 0.5 ? 'max' : 'min';
    let counts = s.counts.map((r) => [...r]);
    if (kind === 'big') counts = counts.map((r) => r.map((v) => (v < 10 ? v : v * 10 + (v % 7))));
    if (kind === 'tie')
      // two of the year's three ranked counts equal (the 2nd and 3rd, or the 1st and 2nd), the small count kept.
      s.years.forEach((_, j) => {
        const order = counts
          .map((_, i) => i)
          .sort((x, y) => (how === 'max' ? counts[y]![j]! - counts[x]![j]! : counts[x]![j]! - counts[y]![j]!));
        const [a, b] = next() < 0.5 ? [order[1]!, order[2]!] : [order[0]!, order[1]!];
        if (counts[a]![j]! >= 10 && counts[b]![j]! >= 10) counts[b]![j] = counts[a]![j]!;
      });
    const decimals = kind === 'top0' || kind === 'innocent' ? 0 : 1;
    const totals = s.years.map((_, j) => counts.reduce((t, r) => t + r[j]!, 0));
    const shares = s.years.map((_, j) =>
      (kind === 'innocent' ? counts.map(() => int(next, 5, 70)) : counts.map((r) => r[j]!))
        .sort((x, y) => (how === 'max' ? y - x : x - y))
        .slice(0, 3)
        .map((v) => pct(v, totals[j]!, decimals)),
    );
    const c = { counts, hospitals: s.hospitals, years: s.years, how, shares, decimals } as const;
    return { ...c, family: `${kind}-${how}`, text: topText(c) };
  });
}

/** Whether cell (row, col) of read table `t` is published. */
const statusOf = (t: NonNullable<Checked['tables']>[number], row: string, col: string) => {
  const i = t.table.rows.findIndex((h) => h.label === row);
  const j = t.table.cols.findIndex((h) => h.label === col);
  return i >= 0 && j >= 0 && t.status[i * t.table.cols.length + j] === 'published';
};

/** fills.ts's brute force over 表1, each shown rank of 表2 the year's r-th largest (smallest) count, one its share allows. */
export function topAttack(c: TopCase, r: Checked): string[] {
  if (!r.ok || !r.tables) return [];
  const t1 = r.tables[0]!;
  const t2 = r.tables[1];
  const totals = c.years.map((_, j) => c.counts.reduce((s, row) => s + row[j]!, 0));
  const rowShown = c.hospitals.map((h) => statusOf(t1, h, '合計'));
  const allowed = c.years.map((y, j) =>
    [0, 1, 2].map((q) => (t2 && statusOf(t2, y, `${q + 1}位`) ? new Set(countsOf(c.shares[j]![q]!, totals[j]!, c.decimals)) : undefined)),
  );
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !statusOf(t1, c.hospitals[i]!, c.years[j]!),
      totalShown: (j) => statusOf(t1, '合計', c.years[j]!),
      rowFits: (i, row) => !rowShown[i] || row.reduce((s, v) => s + v, 0) === c.counts[i]!.reduce((s, v) => s + v, 0),
      wholeFits: (rows) =>
        allowed.every((a, j) => {
          const sorted = rows.map((row) => row[j]!).sort((x, y) => (c.how === 'max' ? y - x : x - y));
          return a.every((s, q) => !s || s.has(sorted[q]!));
        }),
      bound: 1500,
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

/** read / refused / leaked / hidden cells by family (the cases checked under the threshold) under `topAttack`. */
// innocent: the ranks are no counts of 表1 — nothing for this attacker to read.
export const measure = (cases: readonly TopCase[], highs?: Highs) =>
  measureWith(cases, (c, r) => (c.how === 'none' || c.family.startsWith('innocent') ? [] : topAttack(c, r)), { highs });

/** A count table's cells (and its 合計) as 「n (p%)」 of its 合計 line (a table without one as it is). */
export function nPercent(table: string): string {
  const [title, head, ...rows] = table.trim().split('\n') as [string, string, ...string[]];
  const cells = rows.map((l) => l.split(','));
  const total = cells.find((r) => r[0] === '合計');
  if (!total) return table.trim();
  const share = (v: string, j: number) => `${v} (${((100 * Number(v)) / Number(total[j + 1])).toFixed(1)}%)`;
  return [title, head, ...cells.map((r) => [r[0], ...r.slice(1).map(share)].join(','))].join('\n');
}

/** stats60's cases with P's table (`countAt`) printed as 「n (p%)」. */
export function npctCases(count: number, seed: number): WrongCase[] {
  return wrongCases(count, seed).map((c) => {
    const ts = c.text.trim().split(/\n\n(?=# 表\d)/);
    return { ...c, text: `${ts.map((t, i) => (i + 1 === c.countAt ? nPercent(t) : t.trim())).join('\n\n')}\n` };
  });
}

/** A count table's cells as 「n/N」 of its 合計 line, that line taken out (a table without one as it is). */
export function nOverN(table: string): string {
  const [title, head, ...rows] = table.trim().split('\n') as [string, string, ...string[]];
  const cells = rows.map((l) => l.split(','));
  const total = cells.find((r) => r[0] === '合計');
  if (!total) return table.trim();
  const lines = cells.filter((r) => r !== total).map((r) => [r[0], ...r.slice(1).map((v, j) => `${v}/${total[j + 1]}`)].join(','));
  return [title, head, ...lines].join('\n');
}

/** stats60's cases with P's table (`countAt`) printed as 「n/N」, no 合計 line. */
export function nfracCases(count: number, seed: number): WrongCase[] {
  return wrongCases(count, seed).map((c) => {
    const ts = c.text.trim().split(/\n\n(?=# 表\d)/);
    return { ...c, text: `${ts.map((t, i) => (i + 1 === c.countAt ? nOverN(t) : t.trim())).join('\n\n')}\n` };
  });
}

/**
 * The truth's attack on `nfracCases` (written apart from the engine; stats61's `sumAttack` with P's N known): the
 * range is P's, its N the N P's 「n/N」 cells print. Where the range is read (split in 「最小」「最大」) and an end
 * published, fills.ts's brute force over P's hidden counts (each year's counts adding up to that N) keeps a fill where
 * every published end is, within its rounding, the share of the fill's least (greatest) count of the year. P by sex
 * (`sex`): an end published whose count is under 10 (N is printed in every cell).
 */
export function nfracAttack(c: WrongCase, r: Checked): string[] {
  const read = rangeRead(c, r);
  if (!read) return [];
  const { byNumber, ends, texts, fits } = read;
  if (c.sex)
    return c.years.flatMap((yr, j) =>
      ([0, 1] as const).flatMap((e) => {
        const v = e === 0 ? c.lo[j]! : c.hi[j]!;
        return ends[j]![e] && v < 10 ? [`${yr}の${e === 0 ? '最小' : '最大'} ${v}`] : [];
      }),
    );
  const shown = shownIn(byNumber(c.countAt), undefined, c.text);
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !shown(c.hospitals[i]!, c.years[j]!),
      totalShown: () => true,
      rowFits: () => true,
      wholeFits: (rows) =>
        c.years.every((_, j) => {
          const col = rows.map((row) => row[j]!);
          const n = col.reduce((a, b) => a + b, 0);
          return (!ends[j]![0] || fits(texts[j]![0]!, Math.min(...col), n)) && (!ends[j]![1] || fits(texts[j]![1]!, Math.max(...col), n));
        }),
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.MODE === 'npct')
  await measureRanges(npctCases, wrongAttack, process.argv[3] ?? '5082', Number(process.argv[2] ?? 50), 18);
else if (import.meta.url === `file://${process.argv[1]}` && process.env.MODE === 'nfrac')
  await measureRanges(nfracCases, nfracAttack, process.argv[3] ?? '5083', Number(process.argv[2] ?? 50), 18);
else if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = process.env.MODE === 'innocent' ? 'innocent' : 'class';
  const count = Number(process.argv[2] ?? 60);
  const seed = Number(process.argv[3] ?? (mode === 'class' ? 5080 : 5081));
  const out = await measure(topCases(count, seed, mode));
  for (const [family, t] of Object.entries(out).sort())
    console.log(
      `${family.padEnd(12)} runs ${t.runs} read ${t.read} refused ${t.refused} [${Object.entries(t.codes)
        .map(([k, v]) => `${k}:${v}`)
        .join(' ')}] leaked ${t.leaked} hidden ${t.hidden}`,
    );
}
