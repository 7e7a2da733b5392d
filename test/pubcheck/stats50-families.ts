/**
 * stats50 (issue #11): the k largest of lines' sums and ranges across tables.
 *
 * - `topCases`: a count table of 5–8 hospitals by 3–4 years (counts 10–60, a 合計 row, one count under 10, mostly in the
 *   row just outside the top k, whose sum is 1–6 below the k-th) and a second table of the k (3 or 5) hospitals of the
 *   largest sums, under 「上位3施設」「上位5病院」「Top 3 sites」「件数の多い順に3施設」 — `named` (each hospital and its
 *   sum) or `ranked` (「1位」「2位」… and the sums only). stats48 tied one line (「最多施設」) only.
 * - `topAttack`: fills.ts's brute force with the named sums and every other sum at most the k-th (named), or the k
 *   largest sums as printed (ranked).
 * - `rangeCases`: the same count table (4–6 hospitals) and a second table of each year's range over the hospitals, 「範囲
 *   3–45」 in one cell or 「最小」「最大」 in two columns; one count under 10, mostly the year's second smallest or its
 *   largest beside a hidden one.
 * - `rangeAttack`: the brute force with each year's smallest and largest as printed.
 *
 * `node test/pubcheck/stats50-families.ts [seeds]` (seeds 2771–2800: top 2771–2772, `RANGE=1` 2773–2774; `ROOT=<tree>`
 * for another tree).
 */
import { familyMain, fillLeaks, shownIn } from './fills.ts';
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';

export interface TopCase {
  family: string;
  text: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  form: 'named' | 'ranked';
  k: number;
  /** The hospitals of the k largest sums, largest first, and their sums; the second table's row labels and header. */
  top: number[];
  sums: number[];
  rowLabels: string[];
  label: string;
}

const TOP_TITLES = [
  (k: number) => [`上位${k}施設`, '患者数'],
  (k: number) => [`上位${k}病院`, '3年間の患者数'],
  (k: number) => [`Top ${k} sites`, 'Patients'],
  (k: number) => [`件数の多い順に${k}施設`, '件数'],
] as const;

const sumOf = (row: readonly number[]) => row.reduce((s, x) => s + x, 0);

function countTable(hospitals: string[], years: string[], counts: number[][]): string[] {
  const totals = years.map((_, y) => counts.reduce((s, r) => s + r[y]!, 0));
  return [
    '# 表1 年別入院患者数',
    ['施設', ...years].join(','),
    ...hospitals.map((h, i) => [h, ...counts[i]!].join(',')),
    ['合計', ...totals].join(','),
    '',
  ];
}

export function topCases(count: number, seed: number): TopCase[] {
  const next = lcg(seed);
  const out: TopCase[] = [];
  while (out.length < count) {
    const k = next() < 0.7 ? 3 : 5;
    const n = int(next, k + 2, 8);
    const hospitals = Array.from({ length: n }, (_, i) => `${'ABCDEFGH'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 4) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    const order = () => hospitals.map((_, i) => i).sort((a, b) => sumOf(counts[b]!) - sumOf(counts[a]!));
    // The small count: mostly in the row just outside the top k, else anywhere.
    const o1 = order();
    const row = next() < 0.7 ? o1[k]! : int(next, 0, n - 1);
    counts[row]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    if (next() < 0.3) counts[int(next, 0, n - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    // The (k+1)-th sum 1–6 below the k-th: one of its counts of 10 or more moved.
    const o2 = order();
    const [kth, out1] = [o2[k - 1]!, o2[k]!];
    const want = sumOf(counts[kth]!) - int(next, 1, 6);
    const j = counts[out1]!.findIndex((x) => x >= 10);
    if (j < 0) continue;
    counts[out1]![j]! += want - sumOf(counts[out1]!);
    if (counts[out1]![j]! < 10) continue;
    const o3 = order();
    const sums = o3.map((i) => sumOf(counts[i]!));
    // The k largest sums distinct from each other and from the rest (no tie to say in the order).
    if (new Set(sums.slice(0, k + 1)).size < k + 1) continue;
    const top = o3.slice(0, k);
    const form = next() < 0.6 ? 'named' : 'ranked';
    const [title, label] = pick(next, TOP_TITLES)(k) as [string, string];
    const rowLabels = form === 'named' ? top.map((i) => hospitals[i]!) : top.map((_, r) => `${r + 1}位`);
    const text = [
      ...countTable(hospitals, years, counts),
      `# 表2 ${title}`,
      [form === 'named' ? '施設' : '順位', label].join(','),
      ...top.map((_, r) => `${rowLabels[r]},${sums[r]}`),
    ];
    out.push({
      family: `${form}-${k}`,
      text: text.join('\n') + '\n',
      counts,
      hospitals,
      years,
      form,
      k,
      top,
      sums: sums.slice(0, k),
      rowLabels,
      label,
    });
  }
  return out;
}

/** fills.ts's brute force: the named sums as printed and every other at most the k-th; ranked: the k largest sums. */
export function topAttack(c: TopCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const shown = shownIn(r.tables[0]!, report, c.text);
  const t2 = r.tables[1];
  const said = c.rowLabels.map((l) => !t2 || shownIn(t2, undefined, c.text)(l, c.label));
  const saidSums = c.sums.filter((_, r) => said[r]);
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !shown(c.hospitals[i]!, c.years[j]!),
      totalShown: (j) => shown('合計', c.years[j]!),
      rowFits: (i, row) => {
        if (c.form !== 'named') return true;
        const r = c.top.indexOf(i);
        return r < 0 || !said[r] || sumOf(row) === c.sums[r];
      },
      wholeFits: (rows) => {
        if (c.form === 'named') {
          // Every other line's sum at most each named sum printed (the k-th the tightest).
          const bound = Math.min(...saidSums);
          return rows.every((row, i) => c.top.includes(i) || sumOf(row) <= bound);
        }
        const sorted = rows.map(sumOf).sort((a, b) => b - a);
        return c.sums.every((v, r) => !said[r] || sorted[r] === v);
      },
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

export interface RangeCase {
  family: string;
  text: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  form: 'dash' | 'two';
  /** Each year's smallest and largest over the hospitals. */
  lo: number[];
  hi: number[];
}

export function rangeCases(count: number, seed: number): RangeCase[] {
  const next = lcg(seed);
  const out: RangeCase[] = [];
  while (out.length < count) {
    const n = int(next, 4, 6);
    const hospitals = Array.from({ length: n }, (_, i) => `${'ABCDEF'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 4) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    const y = int(next, 0, years.length - 1);
    const i = int(next, 0, n - 1);
    counts[i]![y] = int(next, 1, 9);
    // Mostly another count under 10 in the same year (the small one then no longer the smallest), or a second.
    if (next() < 0.5) counts[(i + 1 + int(next, 0, n - 2)) % n]![y] = int(next, 1, 9);
    if (next() < 0.3) counts[int(next, 0, n - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    const lo = years.map((_, j) => Math.min(...counts.map((r) => r[j]!)));
    const hi = years.map((_, j) => Math.max(...counts.map((r) => r[j]!)));
    const form = next() < 0.5 ? 'dash' : 'two';
    const dash = pick(next, ['–', '-', '〜'] as const);
    const text = [
      ...countTable(hospitals, years, counts),
      `# 表2 施設別患者数の範囲`,
      form === 'dash' ? '年,範囲' : '年,最小,最大',
      ...years.map((yr, j) => (form === 'dash' ? `${yr},${lo[j]}${dash}${hi[j]}` : `${yr},${lo[j]},${hi[j]}`)),
    ];
    out.push({ family: form, text: text.join('\n') + '\n', counts, hospitals, years, form, lo, hi });
  }
  return out;
}

/** The brute force with each year's smallest and largest over the hospitals as printed (where the checker prints them). */
export function rangeAttack(c: RangeCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const shown = shownIn(r.tables[0]!, report, c.text);
  const t2 = r.tables[1];
  const saidOf = (yr: string, col: string) => {
    if (!t2) return true;
    try {
      return shownIn(t2, undefined, c.text)(yr, col);
    } catch {
      return true;
    }
  };
  const said = c.years.map((yr) =>
    c.form === 'dash' ? [saidOf(yr, '範囲'), saidOf(yr, '範囲')] : [saidOf(yr, '最小'), saidOf(yr, '最大')],
  );
  return rangeLeaks(c, shown, said);
}

/**
 * fills.ts's brute force over table 1's hidden counts given each year's smallest and largest where published (`said`:
 * per year, whether its 最小 and its 最大 are): `rangeAttack`'s, and stats57's `rangeEitherAttack`.
 */
export function rangeLeaks(c: RangeCase, shown: (row: string, col: string) => boolean, said: boolean[][]): string[] {
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !shown(c.hospitals[i]!, c.years[j]!),
      totalShown: (j) => shown('合計', c.years[j]!),
      rowFits: () => true,
      wholeFits: (rows) =>
        c.years.every(
          (_, j) =>
            (!said[j]![0] || Math.min(...rows.map((row) => row[j]!)) === c.lo[j]) &&
            (!said[j]![1] || Math.max(...rows.map((row) => row[j]!)) === c.hi[j]),
        ),
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

/**
 * Ordinary inputs (`CHANCE=1`, seed 2775): a count table of 2–8 hospitals by 2–5 years of 0–3, 0–40 or 10–200, half with
 * a 合計 row, and a second table of 「上位3施設」 — `named` or `ranked`, the true three largest sums (read: its cost is cells
 * hidden), or `other`: three hospitals' counts of something else (「上位3施設の外来」, random; read only by chance).
 */
export function topChance(count: number, seed: number): { family: string; text: string }[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const n = int(next, 2, 8);
    const hospitals = Array.from({ length: n }, (_, i) => `${'ABCDEFGH'[i]}病院`);
    const years = Array.from({ length: int(next, 2, 5) }, (_, j) => `${2020 + j}年`);
    const [lo, hi] = pick(next, [
      [0, 3],
      [0, 40],
      [10, 200],
    ] as const);
    const counts = hospitals.map(() => years.map(() => int(next, lo, hi)));
    const colTotal = next() < 0.5;
    const form = pick(next, ['named', 'ranked', 'other'] as const);
    const k = Math.min(3, n);
    const sums = counts.map(sumOf);
    const order = hospitals.map((_, i) => i).sort((a, b) => sums[b]! - sums[a]!);
    const top = form === 'other' ? order.map(() => int(next, 0, n - 1)).slice(0, k) : order.slice(0, k);
    const values = form === 'other' ? top.map(() => int(next, lo, hi)) : top.map((i) => sums[i]!);
    const text = [
      '# 表1 年別入院患者数',
      ['施設', ...years].join(','),
      ...hospitals.map((h, i) => [h, ...counts[i]!].join(',')),
      ...(colTotal ? [['合計', ...years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0))].join(',')] : []),
      '',
      form === 'other' ? `# 表2 上位${k}施設の外来患者数` : `# 表2 上位${k}施設`,
      [form === 'ranked' ? '順位' : '施設', form === 'other' ? '外来' : '患者数'].join(','),
      ...top.map((i, r) => `${form === 'ranked' ? `${r + 1}位` : hospitals[i]},${values[r]}`),
    ];
    return { family: `${form}-${lo}-${hi}`, text: text.join('\n') + '\n' };
  });
}

/** `CHANCE=1`: each family's inputs, refused, read as the k largest sums, and cells hidden. */
async function chanceMain(seeds: string): Promise<void> {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = new Map<string, { runs: number; refused: number; read: number; hidden: number }>();
  for (const seed of seeds.split(',').map(Number))
    for (const c of topChance(Number(process.env.COUNT ?? 200), seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
        warnings?: { code: string; message: string }[];
      };
      const t = tally.get(c.family) ?? { runs: 0, refused: 0, read: 0, hidden: 0 };
      tally.set(c.family, t);
      t.runs++;
      if (!r.ok) {
        t.refused++;
        continue;
      }
      if ((r.warnings ?? []).some((w) => w.code === 'header/extreme-sum' && /ほうから/.test(w.message))) t.read++;
      t.hidden += (r.tables ?? []).reduce((s, x) => s + x.status.filter((v) => v !== 'published').length, 0);
    }
  const all = { runs: 0, refused: 0, read: 0, hidden: 0 };
  for (const [family, t] of [...tally].sort()) {
    console.log(`${family.padEnd(14)} runs ${t.runs} refused ${t.refused} read-as-top-k ${t.read} hidden ${t.hidden}`);
    for (const k of ['runs', 'refused', 'read', 'hidden'] as const) all[k] += t[k];
  }
  console.log(`${'all'.padEnd(14)} runs ${all.runs} refused ${all.refused} read-as-top-k ${all.read} hidden ${all.hidden}`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  if (process.env.CHANCE) await chanceMain(process.argv[2] ?? '2775');
  else if (process.env.RANGE)
    await familyMain({ seeds: '2773,2774', cases: (seed) => rangeCases(50, seed), attack: rangeAttack, unknown: true });
  else await familyMain({ seeds: '2771,2772', cases: (seed) => topCases(50, seed), attack: topAttack, unknown: true });
