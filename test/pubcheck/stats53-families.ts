/**
 * stats53 (issue #11): top-k tables that name no line across or say no order, ranges in one cell of other forms.
 *
 * - `topAnyCases`: stats52's count table of 5–8 hospitals by 3–4 years and a second table of the k (3 or 5) hospitals
 *   of the largest counts of one year `y`, the words naming no year — `noyear`: 「上位3施設」「Top 3 sites」 over
 *   「患者数」; `noword`: no word of an order (「主な施設」「施設別患者数（抜粋）」) over 「患者数」 or the year itself;
 *   `multi`: as `noyear`, the k hospitals' counts the same in a second year, which the k largest fit too (two readings);
 *   `ranked`: 「1位」… under 「上位3施設」「患者数」, two years fitting. One count under 10 mostly in the line just
 *   outside the top k, 1–6 below the k-th.
 * - `topAnyAttack`: stats52's `topLineAttack` under every reading the truth fits (each year, the sums): the reader does
 *   not know which, so it tries each and learns what any gives back (union of the leaks).
 *
 * - `rangeForms`: stats52's `rangeDash` (「範囲」 over each year's least and greatest count, 「3–45」) written in
 *   other forms — `to` 「3 to 45」, `paren` 「(3, 45)」, `dot0` 「3.0–45.0」 (the counts' ranges: attacked as stats52's,
 *   over the ends the checker publishes), `measure` 「3.5–45.2」 (a measure's range of its own, not the counts': its
 *   cost, refused or read), `year` 「2020-2022」 and `swap` 「45–3」 (no range: refused as before).
 *
 * `node test/pubcheck/stats53-families.ts [seeds]` (seeds 3160–3179: `TOP=noyear` 3160–3161, `noword` 3162–3163,
 * `multi` 3164–3165, `ranked` 3166–3167; `RANGE=1` 3168–3173; `ROOT=<tree>` for another tree).
 */
import { familyMain } from './fills.ts';
import { int, lcg, pick } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';
import { type RangeCase } from './stats50-families.ts';
import { rangeDash, rangeDashAttack, type TopLineCase, topLineAttack, topLineCase } from './stats52-families.ts';

export type TopMode = 'noyear' | 'noword' | 'multi' | 'ranked';

export function topAnyCases(count: number, seed: number, mode: TopMode): TopLineCase[] {
  const next = lcg(seed);
  const out: TopLineCase[] = [];
  while (out.length < count) {
    const k = next() < 0.7 ? 3 : 5;
    const n = int(next, k + 2, 8);
    const hospitals = Array.from({ length: n }, (_, i) => `${'ABCDEFGH'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 4) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    const y = int(next, 0, years.length - 1);
    const order = () => hospitals.map((_, i) => i).sort((a, b) => counts[b]![y]! - counts[a]![y]!);
    const o1 = order();
    const row = next() < 0.7 ? o1[k]! : int(next, 0, n - 1);
    counts[row]![y] = int(next, 1, 9);
    const o2 = order();
    const [kth, out1] = [o2[k - 1]!, o2[k]!];
    counts[out1]![y] = counts[kth]![y]! - int(next, 1, 6);
    if (counts[out1]![y]! < 10) continue;
    const o3 = order();
    const values = o3.map((i) => counts[i]![y]!);
    if (new Set(values.slice(0, k + 1)).size < k + 1) continue;
    const top = o3.slice(0, k);
    if (mode === 'multi' || mode === 'ranked') {
      // A second year the k largest fit too: the k hospitals' counts as in year y, every other at most the k-th.
      const y2 = pick(
        next,
        years.map((_, q) => q).filter((q) => q !== y),
      );
      top.forEach((i) => (counts[i]![y2] = counts[i]![y]!));
      hospitals.forEach((_, i) => {
        if (!top.includes(i)) counts[i]![y2] = Math.min(counts[i]![y2]!, values[k - 1]! - int(next, 0, 3));
      });
      if (hospitals.some((_, i) => counts[i]![y2]! < 10 && i !== row)) continue;
    }
    const form = mode === 'ranked' ? 'ranked' : 'named';
    const yl = years[y]!;
    const [title, label] =
      mode === 'noword'
        ? pick(next, [
            ['主な施設の患者数', '患者数'],
            ['施設別患者数（抜粋）', '患者数'],
            ['主な施設', yl],
          ] as const)
        : pick(next, [
            [`上位${k}施設`, '患者数'],
            [`Top ${k} sites`, '患者数'],
            [`患者数の多い施設（上位${k}）`, '件数'],
          ] as const);
    out.push(
      topLineCase({
        family: `${mode}-${k}`,
        heading: '# 表1 年別入院患者数',
        counts,
        hospitals,
        years: years,
        over: [y],
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

/** The readings the truth fits: each year, the sums over every year, where the k values are its k largest (named: by line). */
export function readingsOf(c: TopLineCase): number[][] {
  const k = c.values.length;
  const sets = [...c.years.map((_, j) => [j]), c.years.map((_, j) => j)];
  return sets.filter((over) => {
    const v = c.counts.map((row) => over.reduce((s, j) => s + row[j]!, 0));
    const sorted = [...v].sort((a, b) => b - a);
    if (c.form === 'ranked') return c.values.every((x, q) => sorted[q] === x) && sorted[k]! <= c.values[k - 1]!;
    const kth = Math.min(...c.values);
    return c.top.every((i, q) => v[i] === c.values[q]) && v.every((x, i) => c.top.includes(i) || x <= kth);
  });
}

/** stats52's attacker under every reading the truth fits; the union of what each gives back. */
export function topAnyAttack(c: TopLineCase, r: Checked, report: Reported | undefined): string[] {
  const leaks = new Set<string>();
  let unknown = false;
  for (const over of readingsOf(c)) {
    const got = topLineAttack({ ...c, over }, r, report);
    if (got[0] === 'unknown') unknown = true;
    else got.forEach((g) => leaks.add(g));
  }
  return leaks.size > 0 ? [...leaks] : unknown ? ['unknown'] : [];
}

export function rangeForms(count: number, seed: number): RangeCase[] {
  const next = lcg(seed);
  const forms = ['to', 'paren', 'dot0', 'measure', 'year', 'swap'] as const;
  return rangeDash(count, seed).map((c, q) => {
    const form = forms[q % forms.length]!;
    const [head, tail] = c.text.split('年,範囲\n');
    const cell = (a: number, b: number) =>
      ({
        to: `${a} to ${b}`,
        paren: `"(${a}, ${b})"`,
        dot0: `${a}.0–${b}.0`,
        measure: `${(int(next, 10, 40) / 10).toFixed(1)}–${(int(next, 100, 600) / 10).toFixed(1)}`,
        year: `${2018 + (a % 3)}-${2021 + (b % 3)}`,
        swap: `${b}–${a}`,
      })[form];
    const lines = tail!
      .trimEnd()
      .split('\n')
      .map((l, j) => `${l.split(',')[0]},${cell(c.lo[j]!, c.hi[j]!)}`);
    return { ...c, family: form, text: `${head}年,範囲\n${lines.join('\n')}\n` };
  });
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.RANGE)
  await familyMain({
    seeds: '3168,3169,3170,3171,3172,3173',
    cases: (seed) => rangeForms(Number(process.env.COUNT ?? 30), seed),
    attack: (c, r, report) => (c.family === 'measure' ? [] : rangeDashAttack(c, r, report)),
    unknown: true,
  });
else if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = (process.env.TOP ?? 'noyear') as TopMode;
  const seeds = { noyear: '3160,3161', noword: '3162,3163', multi: '3164,3165', ranked: '3166,3167' }[mode];
  await familyMain({
    seeds,
    cases: (seed) => topAnyCases(Number(process.env.COUNT ?? 25), seed, mode),
    attack: topAnyAttack,
    unknown: true,
  });
}
