/**
 * stats52 (issue #11): ranges in one cell read, the k largest of one line's counts, top-k tables that fit nothing.
 *
 * - `rangeDash`: stats50's `rangeCases` 'dash' (「範囲」 over 「3–45」「3-45」「3〜45」, here also 「3～45」): read as two
 *   lines 「最小」「最大」 (tied by extremesAcross) where stats50 refused them. `rangeDashAttack`: stats50's
 *   `rangeAttack` over the ends the checker publishes.
 * - `topLineCases`: a count table of 5–8 hospitals by 3–4 years and a second table of the k (3 or 5) hospitals of the
 *   largest values over a set `S` of the years — `col`: one year (「2022年の上位3施設」, or the value headed 「2022年」:
 *   that year's counts), `part`: two years (「上位3施設（2021〜2022年）」, 「患者数」: their sums, which no line of the
 *   table holds; stats52 refuses it as `table/top-k`). Named (each hospital) or ranked (「1位」…). One count under 10
 *   mostly in the line just outside the top k, whose value is 1–6 below the k-th.
 * - `topLineAttack`: fills.ts's brute force with the named values (over S) and every other line's value at most the
 *   k-th (named), or the k largest values as printed (ranked).
 *
 * `node test/pubcheck/stats52-families.ts [seeds]` (seeds 3011–3030: `RANGE=1` 3011–3012, `LINE=col` 3013–3014,
 * `LINE=part` 3015–3016; `ROOT=<tree>` for another tree).
 */
import { familyMain, fillLeaks, shownIn } from './fills.ts';
import { int, lcg, pick } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';
import { type RangeCase, rangeAttack, rangeCases } from './stats50-families.ts';

/** stats50's dash ranges, a quarter of them written with 「～」. */
export function rangeDash(count: number, seed: number): RangeCase[] {
  const next = lcg(seed);
  const out: RangeCase[] = [];
  for (let s = 0; out.length < count; s++)
    for (const c of rangeCases(count, seed * 100 + s)) {
      if (c.form !== 'dash' || out.length >= count) continue;
      const wave = next() < 0.25;
      const text = wave ? c.text.replace(/(\d)[–\-〜](\d)/g, '$1～$2') : c.text;
      const dash = wave ? '～' : (/\d([–\-〜])\d/.exec(c.text.split('範囲')[1]!)?.[1] ?? '?');
      out.push({ ...c, text, family: `dash${dash}` });
    }
  return out;
}

/** The checker's reading: two lines 「最小」「最大」 (stats52) — attacked as stats50's 'two'; refused (base) — nothing. */
export function rangeDashAttack(c: RangeCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const split = r.tables[1]?.table.cols.some((h) => h.label === '最小');
  return rangeAttack(split ? { ...c, form: 'two' } : c, r, report);
}

export interface TopLineCase {
  family: string;
  text: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  /** The years each value is over. */
  over: number[];
  form: 'named' | 'ranked';
  top: number[];
  values: number[];
  rowLabels: string[];
  label: string;
}

/**
 * The top-k draw of stats52–57 over the sums of the lines `over` (largest first, or smallest where `sign` is -1): one
 * count under 10 in a line of `over`, mostly in the line just outside the k, then the value the line just outside
 * should take (`want`: 1–6 past the k-th's).
 */
export function smallNearK(next: () => number, counts: number[][], over: number[], k: number, sign = 1) {
  const valueOf = (i: number) => over.reduce((s, j) => s + counts[i]![j]!, 0);
  const order = () => counts.map((_, i) => i).sort((a, b) => sign * (valueOf(b) - valueOf(a)));
  const o1 = order();
  const row = next() < 0.7 ? o1[k]! : int(next, 0, counts.length - 1);
  counts[row]![pick(next, over)] = int(next, 1, 9);
  const o2 = order();
  const [kth, out1] = [o2[k - 1]!, o2[k]!];
  const want = valueOf(kth) - sign * int(next, 1, 6);
  return { valueOf, order, out1, want };
}

/**
 * A top-k case (stats52–57): 表1 the count table of the hospitals by `years` (its title `heading`) with its 合計 row,
 * 表2 the k lines `top` (named or ranked) under `title` and `label`, each value printed; `values` every line's in order.
 */
export function topLineCase(o: {
  family: string;
  heading: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  over: number[];
  form: 'named' | 'ranked';
  top: number[];
  values: number[];
  title: string;
  label: string;
}): TopLineCase {
  const { counts, hospitals, years, form, top, values, title, label } = o;
  const k = top.length;
  const rowLabels = form === 'named' ? top.map((i) => hospitals[i]!) : top.map((_, r) => `${r + 1}位`);
  const totals = years.map((_, q) => counts.reduce((s, r) => s + r[q]!, 0));
  const text = [
    o.heading,
    ['施設', ...years].join(','),
    ...hospitals.map((h, i) => [h, ...counts[i]!].join(',')),
    ['合計', ...totals].join(','),
    '',
    `# 表2 ${title}`,
    [form === 'named' ? '施設' : '順位', label].join(','),
    ...top.map((_, r) => `${rowLabels[r]},${values[r]}`),
  ];
  return {
    family: o.family,
    text: text.join('\n') + '\n',
    counts,
    hospitals,
    years,
    over: o.over,
    form,
    top,
    values: values.slice(0, k),
    rowLabels,
    label,
  };
}

export function topLineCases(count: number, seed: number, mode: 'col' | 'part'): TopLineCase[] {
  const next = lcg(seed);
  const out: TopLineCase[] = [];
  while (out.length < count) {
    const k = next() < 0.7 ? 3 : 5;
    const n = int(next, k + 2, 8);
    const hospitals = Array.from({ length: n }, (_, i) => `${'ABCDEFGH'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 4) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    const y = int(next, 0, years.length - (mode === 'col' ? 1 : 2));
    const over = mode === 'col' ? [y] : [y, y + 1];
    const { valueOf, order, out1, want } = smallNearK(next, counts, over, k);
    const j = over.find((q) => counts[out1]![q]! >= 10);
    if (j === undefined) continue;
    counts[out1]![j]! += want - valueOf(out1);
    if (counts[out1]![j]! < 10) continue;
    const o3 = order();
    const values = o3.map(valueOf);
    if (new Set(values.slice(0, k + 1)).size < k + 1) continue;
    const top = o3.slice(0, k);
    const form = next() < 0.6 ? 'named' : 'ranked';
    const yl = years[y]!;
    const [title, label] =
      mode === 'col'
        ? pick(next, [
            [`${yl}の上位${k}施設`, '患者数'],
            [`上位${k}施設`, yl],
            [`Top ${k} sites`, yl],
          ] as const)
        : pick(next, [
            [`上位${k}施設（${yl}〜${years[y + 1]}）`, '患者数'],
            [`上位${k}施設（${yl}〜${years[y + 1]}）`, '2年間の患者数'],
          ] as const);
    out.push(
      topLineCase({
        family: `${mode}-${form}`,
        heading: '# 表1 年別入院患者数',
        counts,
        hospitals,
        years: years,
        over: over,
        form,
        top,
        values,
        title,
        label,
      }),
    );
  }
  return out;
}

/** fills.ts's brute force: the named values (over `over`) as printed and every other at most the k-th; ranked: the k largest. */
export function topLineAttack(c: TopLineCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const shown = shownIn(r.tables[0]!, report, c.text);
  const t2 = r.tables[1];
  const said = c.rowLabels.map((l) => !t2 || shownIn(t2, undefined, c.text)(l, c.label));
  const saidValues = c.values.filter((_, q) => said[q]);
  const valueOf = (row: readonly number[]) => c.over.reduce((s, j) => s + row[j]!, 0);
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !shown(c.hospitals[i]!, c.years[j]!),
      totalShown: (j) => shown('合計', c.years[j]!),
      rowFits: (i, row) => {
        if (c.form !== 'named') return true;
        const q = c.top.indexOf(i);
        return q < 0 || !said[q] || valueOf(row) === c.values[q];
      },
      wholeFits: (rows) => {
        if (c.form === 'named') {
          const bound = Math.min(...saidValues);
          return rows.every((row, i) => c.top.includes(i) || valueOf(row) <= bound);
        }
        const sorted = rows.map(valueOf).sort((a, b) => b - a);
        return c.values.every((v, q) => !said[q] || sorted[q] === v);
      },
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

if (import.meta.url === `file://${process.argv[1]}`)
  if (process.env.RANGE)
    await familyMain({
      seeds: '3011,3012',
      cases: (seed) => rangeDash(Number(process.env.COUNT ?? 50), seed),
      attack: rangeDashAttack,
      unknown: true,
    });
  else {
    const mode = process.env.LINE === 'part' ? 'part' : 'col';
    await familyMain({
      seeds: mode === 'col' ? '3013,3014' : '3015,3016',
      cases: (seed) => topLineCases(Number(process.env.COUNT ?? 50), seed, mode),
      attack: topLineAttack,
      unknown: true,
    });
  }
