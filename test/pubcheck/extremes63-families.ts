/**
 * extremes63 (issue #11): an extreme (or a top k) of shares that fits SEVERAL count tables — tied to the first only.
 *
 * extremes60–62 tie a line of shares printed under a word of an extreme (「# 表3 年別の最小割合」, or extremes61's note
 * 「※2021年の最小割合は 4.3%」 under a table) to the extreme of a count table's line of the same labels — but only the
 * FIRST table (in order, rows before columns) whose extremes fit (`extremeLineOf`, `shareTopK` returned at the first
 * fit). Where an earlier table fits as well (the same year's deaths by department, its smallest count the same, or a
 * share printed whole 「4%」 that several counts of N give), the table the share is truly of is left untied, and a reader
 * — who takes the note under 表2 as 表2's, or tries every table — gets its hidden count back as extremes60 showed.
 *
 * Kinds (each: 表1 a decoy 「診療科別」 count table of the same years and totals whose column extremes fit too, 表2
 * extremes60's hospital table with one count under 10, then the extreme):
 * - `note`: extremes61's note under 表2 (one year or every year), one decimal, the decoy's extreme the same count.
 * - `table`: 表3 「年別の最小割合」 / 「最大」 (a line a year), one decimal.
 * - `whole`: the note with shares printed whole (「4%」) — several counts fit; the decoy's extreme another of them where
 *   one exists (redc61's ranges).
 * - `top`: 表3 「年別の上位3」 / 「下位3」 (「1位」「2位」「3位」), the decoy's three the same counts.
 * - `MODE=innocent`: the same tables, the note or 表3 another count's share (紹介割合, half under a word of an extreme):
 *   nothing to tie — must not be refused more or hide more.
 *
 * Judged by fills.ts's brute force over 表2 (extremes60's `shareAttack` / extremes61's `topAttack` model: the column
 * totals, the row totals, and each shown extreme the column's smallest/largest (r-th) count one its share allows of
 * the year's total) — the oracle holds no equation for an extreme.
 *
 * `npx node test/pubcheck/extremes63-families.ts <count> <seed>` (seeds 5110–5111 attack, `MODE=innocent` 5112;
 * `ROOT=<tree>` for another tree). Prints read / refused / leaked / hidden cells a kind.
 */
import { measureWith } from './extremes60-families.ts';
import { fillLeaks } from './fills.ts';
import { int, lcg, pick } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

export interface MultiCase {
  family: string;
  text: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  how: 'max' | 'min' | 'none';
  /** k: 1 for an extreme, 3 for a top 3. */
  k: number;
  /** allowed[j][q]: the counts of year j's total the printed q-th share allows (undefined where that year is not printed). */
  allowed: (Set<number> | undefined)[][];
  /** The label of rank q+1 (「2位」, or bare 「2」). */
  rank: (q: number) => string;
}

const DEPTS = ['内科', '外科', '小児科', '整形外科', '救急科', '循環器科', '呼吸器科'];
const pct1 = (n: number, d: number) => Math.round((1000 * n) / d) / 10;
const pct0 = (n: number, d: number) => Math.round((100 * n) / d);
const cellText = (n: number, d: number) => `${n} (${pct1(n, d).toFixed(1)}%)`;

/** A count table of `labels` × years under `title`, each cell 「n (p%)」 of the year's total, its 合計 row and column. */
function countTable(title: string, corner: string, labels: string[], years: string[], counts: number[][]): string[] {
  const colTotals = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
  const grand = colTotals.reduce((s, v) => s + v, 0);
  return [
    `# ${title}`,
    [corner, ...years, '合計'].join(','),
    ...labels.map((h, i) =>
      [
        h,
        ...counts[i]!.map((v, j) => cellText(v, colTotals[j]!)),
        cellText(
          counts[i]!.reduce((s, v) => s + v, 0),
          grand,
        ),
      ].join(','),
    ),
    ['合計', ...colTotals.map((v) => `${v} (100.0%)`), `${grand} (100.0%)`].join(','),
  ];
}

/**
 * A column of `rows` counts summing to `total` holding the values `fixed`, every other at least (min) / at most (max)
 * `bound`; undefined where none is found.
 */
function decoyColumn(next: () => number, fixed: number[], bound: number, how: 'max' | 'min', total: number): number[] | undefined {
  const lo = how === 'min' ? bound : Math.min(10, bound);
  const hi = how === 'min' ? Infinity : bound;
  const rest = total - fixed.reduce((s, v) => s + v, 0);
  for (let others = 1; others <= 7 - fixed.length; others++) {
    if (others * lo > rest || others * hi < rest) continue;
    const col = Array.from({ length: others }, () => lo);
    let left = rest - others * lo;
    while (left > 0) {
      const i = int(next, 0, others - 1);
      const add = Math.min(hi - col[i]!, int(next, 1, Math.max(1, Math.ceil(left / 2))), left);
      col[i] = col[i]! + add;
      left -= add;
    }
    // A few more rows than needed now and then (a random number of departments).
    if (others < 7 - fixed.length && next() < 0.4 && how === 'min' && left === 0 && col.some((v) => v >= 2 * lo + 1)) continue;
    const out = [...fixed, ...col];
    for (let i = out.length - 1; i > 0; i--) {
      const k = int(next, 0, i);
      [out[i], out[k]] = [out[k]!, out[i]!];
    }
    return out;
  }
  return undefined;
}

export type Kind = 'note' | 'table' | 'whole' | 'top' | 'desc' | 'bare';
export const MULTI: readonly Kind[] = ['note', 'table', 'whole', 'top'];
export const RANKS: readonly Kind[] = ['desc', 'bare'];

export function multiCases(count: number, seed: number, innocent = false, kinds: readonly Kind[] = MULTI): MultiCase[] {
  const next = lcg(seed);
  const out: MultiCase[] = [];
  let n = 0;
  while (out.length < count) {
    const kind = kinds[n % kinds.length]!;
    const hospitals = Array.from({ length: int(next, 4, 7) }, (_, i) => `${'ABCDEFG'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 4) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    const totals = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    const how = next() < 0.6 ? 'min' : 'max';
    const ranked = kind === 'top' || kind === 'desc' || kind === 'bare';
    const k = ranked ? 3 : 1;
    const whole = kind === 'whole';
    const pct = whole ? pct0 : pct1;
    const show = (p: number) => (whole ? `${p}%` : `${p.toFixed(1)}%`);
    // Per year the k extreme counts of 表2 (the truth), and the decoy's: the same, or (whole) another the share allows.
    const sorted = years.map((_, j) => counts.map((r) => r[j]!).sort((x, y) => (how === 'max' ? y - x : x - y)));
    const ext = sorted.map((s) => s.slice(0, k));
    const innocentShares = years.map((_, j) => {
      for (;;) {
        const c = int(next, 10, totals[j]! - 10);
        if (!counts.some((r) => pct(r[j]!, totals[j]!) === pct(c, totals[j]!))) return c;
      }
    });
    const decoyFixed = ext.map((e, j) => {
      if (!whole) return e;
      const p = pct(e[0]!, totals[j]!);
      const alt = [...Array(totals[j]! + 1).keys()].filter((c) => c !== e[0] && pct(c, totals[j]!) === p);
      return alt.length > 0 && next() < 0.8 ? [pick(next, alt)] : e;
    });
    const cols = years.map((_, j) => decoyColumn(next, decoyFixed[j]!, decoyFixed[j]![k - 1]!, how, totals[j]!));
    n++;
    if (cols.some((c) => c === undefined)) continue;
    const rows = Math.max(...cols.map((c) => c!.length));
    // Columns of differing length: pad by splitting the largest (min: only values ≥ bound kept; max: ≤ bound).
    const okCols = cols.map((c, j) => {
      const col = [...c!];
      while (col.length < rows) {
        const bound = decoyFixed[j]![k - 1]!;
        const i = col.findIndex((v) => (how === 'min' ? v >= 2 * bound : v >= 2 * Math.min(10, bound)) && !decoyFixed[j]!.includes(v));
        if (i < 0) return undefined;
        const a = how === 'min' ? bound : Math.min(10, bound);
        col.push(col[i]! - a);
        col[i] = a;
        if (how === 'min' && col[col.length - 1]! < bound) return undefined;
      }
      return col;
    });
    if (okCols.some((c) => c === undefined)) continue;
    const depts = DEPTS.slice(0, rows);
    const decoy = depts.map((_, i) => years.map((_, j) => okCols[j]![i]!));
    const t1 = countTable('表1 年別死亡数（診療科別の割合）', '診療科', depts, years, decoy);
    const t2 = countTable('表2 年別死亡数（施設別の割合）', '施設', hospitals, years, counts);
    const shown = years.map((_, j) => (innocent ? [innocentShares[j]!] : ext[j]!).map((v) => pct(v, totals[j]!)));
    const word = how === 'max' ? '最大' : '最小';
    const all = kind === 'table' || ranked || next() < 0.5;
    const one = int(next, 0, years.length - 1);
    const what = innocent ? `紹介割合${next() < 0.5 ? `の${word}` : ''}` : `${word}割合`;
    let tail: string[];
    if (kind === 'note' || kind === 'whole')
      tail = [
        all
          ? `※施設別の${what}は ${years.map((y, j) => `${y} ${show(shown[j]![0]!)}`).join('、')}`
          : `※${years[one]}の${what}は ${show(shown[one]![0]!)}`,
      ];
    else if (kind === 'table')
      tail = ['', `# 表3 年別の${what}`, ['年', innocent ? '割合' : word].join(','), ...years.map((y, j) => `${y},${show(shown[j]![0]!)}`)];
    else {
      // top: 「上位3」 1位…3位; desc: the same ranks printed 3位, 2位, 1位 (bottom-up); bare: 「1」「2」「3」 under no word.
      const order = kind === 'desc' ? [2, 1, 0] : [0, 1, 2];
      const label = (q: number) => (kind === 'bare' ? `${q + 1}` : `${q + 1}位`);
      const title =
        kind === 'bare'
          ? `年別の${innocent ? '紹介' : '死亡'}割合`
          : `年別の${innocent ? '紹介割合の' : ''}${how === 'max' ? '上位' : '下位'}3`;
      const vs = (j: number) => (innocent ? [0, 1, 2].map((q) => innocentShares[j]! + q) : ext[j]!);
      // bare: the ranks as rows (「1」「2」「3」 down, the years across; a header of bare numbers is no header).
      tail =
        kind === 'bare'
          ? [
              '',
              `# 表3 ${title}`,
              ['', ...years].join(','),
              ...order.map((q) => [label(q), ...years.map((_, j) => show(pct(vs(j)[q]!, totals[j]!)))].join(',')),
            ]
          : [
              '',
              `# 表3 ${title}`,
              ['年', ...order.map(label)].join(','),
              ...years.map((y, j) => [y, ...order.map((q) => show(pct(vs(j)[q]!, totals[j]!)))].join(',')),
            ];
    }
    const text = [...(kind === 'desc' || kind === 'bare' ? [] : [...t1, '']), ...t2, ...tail].join('\n') + '\n';
    const allowed = years.map((_, j) =>
      [...Array(k).keys()].map((q) =>
        innocent || (!all && j !== one)
          ? undefined
          : new Set([...Array(totals[j]! + 1).keys()].filter((c) => pct(c, totals[j]!) === shown[j]![q]!)),
      ),
    );
    const rank = (q: number) => (kind === 'bare' ? `${q + 1}` : `${q + 1}位`);
    out.push({
      family: `${innocent ? 'innocent-' : ''}${kind}-${how}`,
      text,
      counts,
      hospitals,
      years,
      how: innocent ? 'none' : how,
      k,
      allowed,
      rank,
    });
  }
  return out;
}

/** fills.ts's brute force over 表2: its totals and each shown extreme (rank) the year's smallest/largest (r-th) count. */
export function multiAttack(c: MultiCase, r: Checked): string[] {
  if (!r.ok || !r.tables) return [];
  const t2 = r.tables.find((t) => t.table.rows.some((h) => h.label === 'A病院'))!;
  const t3 = r.tables[r.tables.length - 1]!;
  const status = (t: NonNullable<Checked['tables']>[number], row: string, col: string) => {
    const i = t.table.rows.findIndex((h) => h.label === row);
    const j = t.table.cols.findIndex((h) => h.label === col);
    return i >= 0 && j >= 0 && t.status[i * t.table.cols.length + j] === 'published';
  };
  const rowShown = c.hospitals.map((h) => status(t2, h, '合計'));
  // The extreme's cell of year j, rank q: 表3's 「q+1位」 or its one column; the note's table has the year as a row.
  const extShown = (j: number, q: number) =>
    t3 !== t2 &&
    (c.k > 1
      ? status(t3, c.years[j]!, c.rank(q)) || status(t3, c.rank(q), c.years[j]!)
      : t3.table.cols.some((h) => status(t3, c.years[j]!, h.label)));
  const allowed = c.allowed.map((a, j) => a.map((s, q) => (s && extShown(j, q) ? s : undefined)));
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !status(t2, c.hospitals[i]!, c.years[j]!),
      totalShown: (j) => status(t2, '合計', c.years[j]!),
      rowFits: (i, row) => !rowShown[i] || row.reduce((s, v) => s + v, 0) === c.counts[i]!.reduce((s, v) => s + v, 0),
      wholeFits: (rows) =>
        allowed.every((a, j) => {
          const sorted = rows.map((row) => row[j]!).sort((x, y) => (c.how === 'max' ? y - x : x - y));
          return a.every((s, q) => !s || s.has(sorted[q]!));
        }),
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

/**
 * read / refused / leaked / hidden cells a kind (the cases checked under the threshold) under `multiAttack`;
 * `unknown`: the brute force gave up (a row with over two hidden cells) — counted apart, no leak.
 */
export const measure = (cases: readonly MultiCase[]) =>
  measureWith(cases, (c, r) => (c.how === 'none' ? [] : multiAttack(c, r)), { unknown: true });

if (import.meta.url === `file://${process.argv[1]}`) {
  const innocent = process.env.MODE === 'innocent';
  const count = Number(process.argv[2] ?? 100);
  const ranks = process.env.KIND === 'rank';
  const seeds = (process.argv[3] ?? (ranks ? (innocent ? '5117' : '5115,5116') : innocent ? '5112' : '5110,5111')).split(',').map(Number);
  const out = await measure(seeds.flatMap((s) => multiCases(count, s, innocent, ranks ? RANKS : MULTI)));
  for (const [k, v] of Object.entries(out)) console.log(k.padEnd(18), JSON.stringify(v));
}
