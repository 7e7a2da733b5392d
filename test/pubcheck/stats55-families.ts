/**
 * stats55 (issue #11): top-k tables under no word of an order over a value header naming a measure of its own, ranked
 * rows under no other word, and the top k of some lines' sums across (two years' sums, not all).
 *
 * - `topEveryCases` — `own`: stats53's count table of k + 1 … 8 hospitals by 3–4 years and a second table of the k (3 or 5)
 *   hospitals of the largest counts of one year, under no word of an order (「主な施設」「施設別の状況」) and a value
 *   header of a measure of its own (「外来」「外来患者数」「延べ患者数」「紹介患者数」: stats53 did not search it);
 *   `ranked`: rows 「1位」… under no word but the ranks (stats53 skipped them), header 「患者数」 or of its own.
 *   One count under 10 mostly in the line just outside the top k, 1–6 below the k-th.
 * - `part`: the k largest of the sums over a set of 2 … all-but-one years (adjacent or not), titled
 *   「上位3施設（2021〜2022年）」「上位3施設（2020年・2022年）」 or under no word (「主な施設」「2年間の患者数」), named or
 *   ranked (stats52 refused them, `table/top-k`).
 * - `topEveryAttack`: stats52's `topLineAttack` (fills.ts brute force) under every reading the truth fits — each year,
 *   each set of years, the sums over all (`readingsEvery`): the reader does not know which; the union of the leaks.
 * - `ownChance` (`CHANCE=1`, seed 3349): the innocent look-alikes — the second table of random counts of k random
 *   hospitals under the same titles and headers (another measure, the k largest of nothing), and stats52's `part`
 *   worded tables of random values (fit nothing). Measured refused / read as a top k / hidden.
 *
 * `node test/pubcheck/stats55-families.ts [seeds]` (seeds 3340–3369: `TOP=own` 3340–3341, `ranked` 3342–3343, `part`
 * 3344–3345; `PCT=1` 3346–3347; `CHANCE=1` 3349; `ROOT=<tree>` for another tree).
 */
import { checkerOfRoot } from './helpers.ts';
import { familyMain } from './fills.ts';
import { int, lcg, pick } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';
import type { RangeCase } from './stats50-families.ts';
import { rangeDash, rangeDashAttack, type TopLineCase, smallNearK, topLineAttack, topLineCase } from './stats52-families.ts';

export type Top55Mode = 'own' | 'ranked' | 'part';

const OWN = ['外来', '外来患者数', '延べ患者数', '紹介患者数'] as const;
const NOWORD = ['主な施設', '施設別の状況', '主な施設の状況'] as const;

/** Every set of the years: each one, each set of two or more, all of them (stats57's lines across too). */
export const yearSets = (n: number): number[][] =>
  Array.from({ length: (1 << n) - 1 }, (_, m) => Array.from({ length: n }, (_, q) => q).filter((q) => ((m + 1) >> q) & 1));

export function topEveryCases(count: number, seed: number, mode: Top55Mode): TopLineCase[] {
  const next = lcg(seed);
  const out: TopLineCase[] = [];
  while (out.length < count) {
    const k = next() < 0.7 ? 3 : 5;
    // own, ranked: from k + 1 hospitals (the one left out holding the small count: the k values and the total give it).
    const n = int(next, mode === 'part' ? k + 2 : k + 1, 8);
    const hospitals = Array.from({ length: n }, (_, i) => `${'ABCDEFGH'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 4) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    let over: number[];
    if (mode === 'part') {
      const sets = yearSets(years.length).filter((s) => s.length >= 2 && s.length < years.length);
      over = pick(next, sets);
    } else over = [int(next, 0, years.length - 1)];
    const { valueOf, order, out1, want } = smallNearK(next, counts, over, k);
    const j = over.find((q) => counts[out1]![q]! >= 10 && counts[out1]![q]! + want - valueOf(out1) >= 10);
    // own, ranked: the line just outside may be the small count's own (k + 1 hospitals): left as it is.
    if (j === undefined && (mode === 'part' || valueOf(out1) >= 10)) continue;
    if (j !== undefined) counts[out1]![j]! += want - valueOf(out1);
    const o3 = order();
    const values = o3.map(valueOf);
    if (new Set(values.slice(0, k + 1)).size < k + 1) continue;
    const top = o3.slice(0, k);
    const form = mode === 'ranked' || (mode === 'part' && next() < 0.4) ? 'ranked' : 'named';
    const adjacent = over.every((q, p) => p === 0 || q === over[p - 1]! + 1);
    const span = adjacent ? `${years[over[0]!]}〜${years[over.at(-1)!]}` : over.map((q) => years[q]).join('・');
    const [title, label] =
      mode === 'part'
        ? pick(next, [
            [`上位${k}施設（${span}）`, '患者数'],
            [`上位${k}施設（${span}）`, `${over.length}年間の患者数`],
            [pick(next, NOWORD), `${over.length}年間の患者数`],
          ] as const)
        : mode === 'ranked'
          ? [pick(next, NOWORD), pick(next, ['患者数', ...OWN])]
          : [pick(next, NOWORD), pick(next, OWN)];
    out.push(
      topLineCase({
        family: `${mode}-${form}-${k}`,
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

/** The readings the truth fits: each year, each set of years, all; the k values its k largest (named: by line). */
export function readingsEvery(c: TopLineCase): number[][] {
  const k = c.values.length;
  return yearSets(c.years.length).filter((over) => {
    const v = c.counts.map((row) => over.reduce((s, j) => s + row[j]!, 0));
    const sorted = [...v].sort((a, b) => b - a);
    if (c.form === 'ranked') return c.values.every((x, q) => sorted[q] === x) && sorted[k]! <= c.values[k - 1]!;
    const kth = Math.min(...c.values);
    return c.top.every((i, q) => v[i] === c.values[q]) && v.every((x, i) => c.top.includes(i) || x <= kth);
  });
}

/** stats52's attacker under every reading the truth fits; the union of what each gives back. */
export function topEveryAttack(c: TopLineCase, r: Checked, report: Reported | undefined): string[] {
  const leaks = new Set<string>();
  let unknown = false;
  for (const over of readingsEvery(c)) {
    const got = topLineAttack({ ...c, over }, r, report);
    if (got[0] === 'unknown') unknown = true;
    else got.forEach((g) => leaks.add(g));
  }
  return leaks.size > 0 ? [...leaks] : unknown ? ['unknown'] : [];
}

/**
 * The innocent look-alikes: a count table as `topEveryCases` (counts 0–40 or 10–60) and a second table of k random
 * hospitals' random counts under the same titles and headers — `own` (no word, a measure of its own), `ranked`
 * (「1位」… of random values in order), `part` (「上位3施設（2021〜2022年）」 over random values).
 */
export function ownChance(count: number, seed: number): { family: string; text: string }[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const n = int(next, 4, 8);
    const hospitals = Array.from({ length: n }, (_, i) => `${'ABCDEFGH'[i]}病院`);
    const years = Array.from({ length: int(next, 2, 4) }, (_, j) => `${2020 + j}年`);
    const [lo, hi] = pick(next, [
      [0, 40],
      [10, 60],
    ] as const);
    const counts = hospitals.map(() => years.map(() => int(next, lo, hi)));
    const mode = pick(next, ['own', 'ranked', 'part'] as const);
    const k = Math.min(3, n - 1);
    const picked = hospitals
      .map((_, i) => i)
      .sort(() => next() - 0.5)
      .slice(0, k);
    const values = picked.map(() => int(next, lo, hi * (mode === 'part' ? 2 : 1)));
    if (mode === 'ranked') values.sort((a, b) => b - a);
    const [title, label] =
      mode === 'own'
        ? [pick(next, NOWORD), pick(next, OWN)]
        : mode === 'ranked'
          ? [pick(next, NOWORD), pick(next, ['患者数', ...OWN])]
          : [`上位${k}施設（${years[0]}〜${years[1]}）`, '患者数'];
    const text = [
      '# 表1 年別入院患者数',
      ['施設', ...years].join(','),
      ...hospitals.map((h, i) => [h, ...counts[i]!].join(',')),
      ['合計', ...years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0))].join(','),
      '',
      `# 表2 ${title}`,
      [mode === 'ranked' ? '順位' : '施設', label].join(','),
      ...picked.map((i, r) => `${mode === 'ranked' ? `${r + 1}位` : hospitals[i]},${values[r]}`),
    ];
    return { family: `${mode}-${lo}-${hi}`, text: text.join('\n') + '\n' };
  });
}

async function chanceMain(seeds: string): Promise<void> {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = new Map<string, { runs: number; refused: number; read: number; hidden: number }>();
  for (const seed of seeds.split(',').map(Number))
    for (const c of ownChance(Number(process.env.COUNT ?? 300), seed)) {
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

/**
 * `pct` (`PCT=1`, seeds 3346–3347): stats52's `rangeDash` tables with the range written as percentages of each year's
 * N (the count table's 合計 there) — `ncol`: 「年,N,範囲（%）」 one decimal (read: every end one whole count of N);
 * `ncol2`: two decimals; `non`: no N written (refused in words: a reader takes table 1's 合計 for it). Attacked as
 * stats52's ranges over the ends the checker publishes (`rangeDashAttack`: the checker's 「最小」「最大」).
 */
export function pctCases(count: number, seed: number): RangeCase[] {
  const next = lcg(seed);
  return rangeDash(count, seed).map((c) => {
    const form = pick(next, ['ncol', 'ncol', 'ncol2', 'non'] as const);
    const d = form === 'ncol2' ? 2 : 1;
    const head = c.text.split('年,範囲\n')[0]!;
    const ns = c.years.map((_, j) => c.counts.reduce((s, r) => s + r[j]!, 0));
    const pct = (x: number, n: number) => ((100 * x) / n).toFixed(d);
    const lines = c.years.map((y, j) =>
      form === 'non'
        ? `${y},${pct(c.lo[j]!, ns[j]!)}–${pct(c.hi[j]!, ns[j]!)}`
        : `${y},${ns[j]},${pct(c.lo[j]!, ns[j]!)}–${pct(c.hi[j]!, ns[j]!)}`,
    );
    const header = form === 'non' ? '年,範囲（%）' : '年,N,範囲（%）';
    return { ...c, family: `pct-${form}`, text: `${head}${header}\n${lines.join('\n')}\n` };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.PCT)
    await familyMain({
      seeds: '3346,3347',
      cases: (seed) => pctCases(Number(process.env.COUNT ?? 50), seed),
      attack: rangeDashAttack,
      unknown: true,
    });
  else if (process.env.CHANCE) await chanceMain(process.argv[2] ?? '3349');
  else {
    const mode = (process.env.TOP ?? 'own') as Top55Mode;
    const seeds = { own: '3340,3341', ranked: '3342,3343', part: '3344,3345' }[mode];
    await familyMain({
      seeds,
      cases: (seed) => topEveryCases(Number(process.env.COUNT ?? 50), seed, mode),
      attack: topEveryAttack,
      unknown: true,
    });
  }
}
