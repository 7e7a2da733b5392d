/**
 * redc61 (issue #11, red team of extremes60): the smallest (largest) of a line of counts printed as a share in another
 * table where the share is NOT one whole count of its N — printed with no decimal (「4%」 of 232 is 9 or 10) or of an N
 * over 1,000 — so read.ts `shareExtremes` (one whole count only) did not tie it. A reader still knows every count of
 * the year is at least (most) the share's smallest (largest) count and the extreme is at most (least) its largest
 * (smallest): a hidden count is bounded (a complement the year's smallest, the small count then worked back from the
 * row total).
 *
 * - `rangeCases` (`range`): extremes60's tables (hospitals by years, 「n (p%)」 of the year's total, 合計 row and column,
 *   one count under 10), 表2 the extreme's share with `decimals` 0 (「4%」).
 * - `innocent`: 表2 another count's share (no extreme of the column), no decimal, half under a word of an extreme.
 * - `rangeAttack`: fills.ts's brute force (extremes60's `shareAttack`), each shown share's extreme one of the counts it
 *   allows of the year's total.
 *
 * `npx node test/pubcheck/redc61-families.ts [seeds]` (seeds 4760,4761 `range`; `MODE=innocent` 4762; `MODE=big` 4766;
 * `ROOT=<tree>`).
 */
import type { Highs } from 'highs';
import { measureWith } from './extremes60-families.ts';
import { fillLeaks } from './fills.ts';
import { int, lcg, pick } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

export interface RangeCase {
  family: string;
  text: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  how: 'max' | 'min' | 'none';
  /** 表2's printed share per year (percent, `decimals` decimals). */
  shares: number[];
  decimals: number;
  /** A year whose share 表2 prints as 「-」 (`dash` mode). */
  dash?: number;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const pct = (n: number, d: number, decimals = 1) => round((100 * n) / d, decimals);
const cellText = (n: number, d: number) => `${n} (${pct(n, d).toFixed(1)}%)`;

export function rangeCase(o: Omit<RangeCase, 'text'> & { title: string; label: string }): RangeCase {
  const { counts, hospitals, years, shares, title, label, decimals } = o;
  const colTotals = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
  const grand = colTotals.reduce((s, v) => s + v, 0);
  const rowTotal = (i: number) => counts[i]!.reduce((s, v) => s + v, 0);
  const text = [
    '# 表1 年別死亡数（施設別の割合）',
    ['施設', ...years, '合計'].join(','),
    ...hospitals.map((h, i) => [h, ...counts[i]!.map((v, j) => cellText(v, colTotals[j]!)), cellText(rowTotal(i), grand)].join(',')),
    ['合計', ...colTotals.map((v) => `${v} (100.0%)`), `${grand} (100.0%)`].join(','),
    '',
    `# 表2 ${title}`,
    ['年', label].join(','),
    ...years.map((y, j) => `${y},${j === o.dash ? '-' : `${shares[j]!.toFixed(decimals)}%`}`),
  ];
  const { title: _t, label: _l, ...rest } = o;
  return { ...rest, text: text.join('\n') + '\n' };
}

export function rangeCases(count: number, seed: number, mode: 'range' | 'innocent', decimals = 0): RangeCase[] {
  const next = lcg(seed);
  const out: RangeCase[] = [];
  while (out.length < count) {
    const hospitals = Array.from({ length: int(next, 4, 7) }, (_, i) => `${'ABCDEFG'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 4) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    const colTotals = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    if (mode === 'innocent') {
      const shares = years.map((_, j) => pct(int(next, 10, colTotals[j]! - 10), colTotals[j]!, decimals));
      const word = next() < 0.5;
      out.push(
        rangeCase({
          family: word ? 'innocent-word' : 'innocent',
          counts,
          hospitals,
          years,
          how: 'none',
          shares,
          decimals,
          title: word ? pick(next, ['紹介割合の最大', '年別の最高紹介割合']) : pick(next, ['年別紹介割合', '年別の紹介患者の割合']),
          label: '割合',
        }),
      );
      continue;
    }
    const how = next() < 0.6 ? 'min' : 'max';
    const pickFn = how === 'max' ? Math.max : Math.min;
    const shares = years.map((_, j) => pct(pickFn(...counts.map((r) => r[j]!)), colTotals[j]!, decimals));
    const titles: [string, string][] =
      how === 'max'
        ? [
            ['施設別割合の最大', '最大'],
            ['年別の最大割合', '割合'],
            ['Highest share by year', 'Max'],
          ]
        : [
            ['施設別割合の最小', '最小'],
            ['年別の最小割合', '割合'],
            ['Lowest share by year', 'Min'],
          ];
    const [title, label] = pick(next, titles);
    out.push(rangeCase({ family: `range-${how}`, counts, hospitals, years, how, shares, decimals, title, label }));
  }
  return out;
}

/**
 * `big`: `rangeCases`' tables with every count of 10 or more ×10 (plus its remainder by 7), the small count kept: Ns over
 * 1,000, 表2's extremes with one decimal — a range of counts again (31b5f650: 14 of 40 leaked, seed 4766).
 */
export function bigCases(count: number, seed: number): RangeCase[] {
  return rangeCases(count, seed, 'range', 1).map((c) => {
    const counts = c.counts.map((r) => r.map((v) => (v < 10 ? v : v * 10 + (v % 7))));
    const colTotals = c.years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    const pickFn = c.how === 'max' ? Math.max : Math.min;
    const shares = c.years.map((_, j) => pct(pickFn(...counts.map((r) => r[j]!)), colTotals[j]!, 1));
    const lines = c.text.split('\n');
    const title = lines.find((l) => l.startsWith('# 表2 '))!.slice(6);
    const label = lines.find((l) => l.startsWith('年,'))!.slice(2);
    const { text: _t, ...rest } = c;
    return rangeCase({ ...rest, family: c.family.replace('range', 'big'), counts, shares, title, label });
  });
}

const statusOf = (t: NonNullable<Checked['tables']>[number], row: string, col: string) => {
  const i = t.table.rows.findIndex((h) => h.label === row);
  const j = t.table.cols.findIndex((h) => h.label === col);
  if (i < 0 || j < 0) throw new Error(`no cell ${row} × ${col}`);
  return t.status[i * t.table.cols.length + j] === 'published';
};

/** The counts of N a printed share (`decimals` decimals, rounded) allows. */
const countsOf = (p: number, n: number, decimals: number) =>
  [...Array(n + 1).keys()].filter((c) => Math.abs((100 * c) / n - p) <= 0.5 * 10 ** -decimals + 1e-9);

/** fills.ts's brute force: 表1's totals, and each shown extreme of 表2 one of the counts its share allows. */
export function rangeAttack(c: RangeCase, r: Checked): string[] {
  if (!r.ok || !r.tables) return [];
  const t1 = r.tables[0]!;
  const t2 = r.tables[1];
  const shown = (i: number, j: number) => statusOf(t1, c.hospitals[i]!, c.years[j]!);
  const colTotals = c.years.map((_, j) => c.counts.reduce((s, row) => s + row[j]!, 0));
  const rowShown = c.hospitals.map((h) => statusOf(t1, h, '合計'));
  const label = t2?.table.cols[0]?.label ?? '';
  const extreme = c.years.map((y, j) =>
    c.how !== 'none' && j !== c.dash && t2 && t2.table.rows.some((h) => h.label === y) && statusOf(t2, y, label)
      ? new Set(countsOf(c.shares[j]!, colTotals[j]!, c.decimals))
      : undefined,
  );
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !shown(i, j),
      totalShown: (j) => statusOf(t1, '合計', c.years[j]!),
      rowFits: (i, row) => !rowShown[i] || row.reduce((s, v) => s + v, 0) === c.counts[i]!.reduce((s, v) => s + v, 0),
      wholeFits: (rows) => extreme.every((e, j) => !e || e.has((c.how === 'max' ? Math.max : Math.min)(...rows.map((row) => row[j]!)))),
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

/** read / refused / leaked / hidden cells a family (the cases checked under the threshold) under `rangeAttack`. */
export const measure = (cases: readonly RangeCase[], highs?: Highs) => measureWith(cases, rangeAttack, { highs });

if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = process.env.MODE === 'innocent' ? 'innocent' : process.env.MODE === 'big' ? 'big' : 'range';
  const seeds = (process.argv[2] ?? ({ range: '4760,4761', innocent: '4762', big: '4766' } as const)[mode]).split(',').map(Number);
  const count = Number(process.env.COUNT ?? 50);
  const cases = seeds.flatMap((s) => (mode === 'big' ? bigCases(count, s) : rangeCases(count, s, mode, Number(process.env.DECIMALS ?? 0))));
  console.log(JSON.stringify(await measure(cases)));
}
