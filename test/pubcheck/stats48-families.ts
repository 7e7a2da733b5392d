/**
 * stats48 (issue #11): the largest (smallest) of lines' sums — 「# 表2 最多施設」「A病院,61」 beside a table of hospitals
 * by years with no column of their sums.
 *
 * - `sumCases`: a count table of 3–5 hospitals by 3–5 years (counts 10–60, a 合計 row, one count under 10, mostly in the
 *   runner-up's row, whose sum is 1–6 from the extreme's) and a second table of the hospital whose sum is the largest
 *   (smallest), its sum, under 「最多施設」「患者数が最も多い施設」「Top site」 (「最少施設」「患者数が最も少ない施設」).
 *   382295c tied the named line's sum (a margin) but not that every other sum is at most (least) it.
 * - `sumAttack`: fills.ts's brute force with the named sum and every other sum at most (least) it.
 *
 * `node test/pubcheck/stats48-families.ts [seeds]` (seeds 2611–2620; `CHANCE=1` for `sumChance`, seed 2615; `ROOT=<tree>`
 * for another tree).
 */
import { familyMain, fillLeaks, shownIn } from './fills.ts';
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';
import { oneAttack, type OneCase } from './stats46-families.ts';

export interface SumCase {
  family: string;
  text: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  how: 'max' | 'min';
  /** The hospital the second table names, its sum, and the second table's value header. */
  listed: number;
  sum: number;
  label: string;
}

const TITLES = {
  max: [
    ['最多施設', '3年間の患者数'],
    ['患者数が最も多い施設', '患者数'],
    ['Top site', 'Patients'],
  ],
  min: [
    ['最少施設', '患者数'],
    ['患者数が最も少ない施設', '期間の患者数'],
  ],
} as const;

export function sumCases(count: number, seed: number): SumCase[] {
  const next = lcg(seed);
  const out: SumCase[] = [];
  while (out.length < count) {
    const hospitals = Array.from({ length: int(next, 3, 5) }, (_, i) => `${'ABCDE'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 5) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    const how = next() < 0.6 ? 'max' : 'min';
    const sumOf = (i: number) => counts[i]!.reduce((s, x) => s + x, 0);
    const order = hospitals.map((_, i) => i).sort((a, b) => (how === 'max' ? sumOf(b) - sumOf(a) : sumOf(a) - sumOf(b)));
    const [top, second] = [order[0]!, order[1]!];
    // The small count: mostly in the runner-up's row (where a bound on its sum may show it), else anywhere.
    const row = next() < 0.7 ? second : int(next, 0, hospitals.length - 1);
    counts[row]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    if (next() < 0.3) counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    // The runner-up's sum 1–6 from the extreme's: one of its counts of 10 or more moved.
    const order2 = hospitals.map((_, i) => i).sort((a, b) => (how === 'max' ? sumOf(b) - sumOf(a) : sumOf(a) - sumOf(b)));
    const [t2, s2] = [order2[0]!, order2[1]!];
    const gap = int(next, 1, 6);
    const want = how === 'max' ? sumOf(t2) - gap : sumOf(t2) + gap;
    const j = counts[s2]!.findIndex((x) => x >= 10);
    if (j < 0) continue;
    counts[s2]![j]! += want - sumOf(s2);
    if (counts[s2]![j]! < 10) continue;
    const sums = hospitals.map((_, i) => sumOf(i));
    const ext = how === 'max' ? Math.max(...sums) : Math.min(...sums);
    if (sums.filter((x) => x === ext).length > 1) continue;
    const listed = sums.indexOf(ext);
    void top;
    void second;
    const [title, label] = pick(next, TITLES[how] as readonly (readonly [string, string])[]);
    const totals = years.map((_, y) => counts.reduce((s, r) => s + r[y]!, 0));
    const text = [
      '# 表1 年別入院患者数',
      ['施設', ...years].join(','),
      ...hospitals.map((h, i) => [h, ...counts[i]!].join(',')),
      ['合計', ...totals].join(','),
      '',
      `# 表2 ${title}`,
      ['施設', label].join(','),
      `${hospitals[listed]},${ext}`,
    ];
    out.push({ family: `sum-${how}`, text: text.join('\n') + '\n', counts, hospitals, years, how, listed, sum: ext, label });
  }
  return out;
}

/** fills.ts's brute force: the named hospital's sum as printed, every other sum at most (least) it (where shown). */
export function sumAttack(c: SumCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const shown = shownIn(r.tables[0]!, report, c.text);
  const t2 = r.tables[1];
  const said = !t2 || shownIn(t2, undefined, c.text)(c.hospitals[c.listed]!, c.label);
  const sum = (row: readonly number[]) => row.reduce((s, x) => s + x, 0);
  return fillLeaks(
    {
      counts: c.counts,
      hidden: (i, j) => !shown(c.hospitals[i]!, c.years[j]!),
      totalShown: (j) => shown('合計', c.years[j]!),
      rowFits: (i, row) => !said || i !== c.listed || sum(row) === c.sum,
      wholeFits: (rows) => !said || rows.every((row) => (c.how === 'max' ? sum(row) <= c.sum : sum(row) >= c.sum)),
    },
    (i, j) => `${c.hospitals[i]}・${c.years[j]}`,
    c.text,
  );
}

/**
 * stats48 (2): one hospital's extreme under no word (「参考値」) at one position where stats46 found no evidence — reached
 * by two of its counts (`two`), or 0 (its smallest, `zero`). A count table of 3–5 hospitals by 3–5 years (10–60, a 合計
 * row, one or two counts under 10, mostly in the listed hospital's row) and a second table of that hospital's value.
 */
export function tieCases(count: number, seed: number): OneCase[] {
  const next = lcg(seed);
  const out: OneCase[] = [];
  while (out.length < count) {
    const hospitals = Array.from({ length: int(next, 3, 5) }, (_, i) => `${'ABCDE'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 5) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    const one = int(next, 0, hospitals.length - 1);
    const form = next() < 0.5 ? 'two' : 'zero';
    const how = form === 'zero' ? 'min' : next() < 0.6 ? 'max' : 'min';
    const row = counts[one]!;
    const small = int(next, 0, years.length - 1);
    row[small] = int(next, 1, 9);
    if (next() < 0.3) counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    if (form === 'zero') row[(small + 1) % years.length] = 0;
    else {
      // Two of its counts reach its extreme: the extreme copied to another year of the row.
      const e = how === 'max' ? Math.max(...row) : Math.min(...row);
      const k = row.indexOf(e);
      row[(k + 1 + int(next, 0, years.length - 2)) % years.length] = e;
    }
    const e = how === 'max' ? Math.max(...row) : Math.min(...row);
    if (form === 'two' && row.filter((x) => x === e).length < 2) continue;
    const totals = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    const text = [
      '# 表1 年別入院患者数',
      ['施設', ...years].join(','),
      ...hospitals.map((h, i) => [h, ...counts[i]!].join(',')),
      ['合計', ...totals].join(','),
      '',
      `# 表2 ${hospitals[one]}の参考値`,
      ['施設', '参考値'].join(','),
      `${hospitals[one]},${e}`,
    ];
    out.push({
      family: `${form}-${how}`,
      form: 'noword',
      text: text.join('\n') + '\n',
      counts,
      hospitals,
      years,
      how,
      label: '参考値',
      listed: [one],
    });
  }
  return out;
}

/**
 * Ordinary inputs (stats48 chance, `CHANCE=1`): a count table of 2–8 hospitals by 2–5 years of 0–3, 0–40 or 10–200, half
 * with a 合計 row, a third with a 合計 column, and a second table of one hospital — `top` the one of the largest
 * (smallest) sum under 「最多施設」「最少施設」 (read: its cost is cells hidden), `other` under a word of an extreme but
 * another count (「最多施設の外来」, a random one; read only where it equals that sum by chance).
 */
export function sumChance(count: number, seed: number): { family: string; text: string }[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const hospitals = Array.from({ length: int(next, 2, 8) }, (_, i) => `${'ABCDEFGH'[i]}病院`);
    const years = Array.from({ length: int(next, 2, 5) }, (_, j) => `${2020 + j}年`);
    const [lo, hi] = pick(next, [
      [0, 3],
      [0, 40],
      [10, 200],
    ] as const);
    const counts = hospitals.map(() => years.map(() => int(next, lo, hi)));
    const rowTotal = next() < 0.33;
    const colTotal = next() < 0.5;
    const form = pick(next, ['top', 'other'] as const);
    const how = next() < 0.6 ? 'max' : 'min';
    const sums = counts.map((r) => r.reduce((s, x) => s + x, 0));
    const ext = how === 'max' ? Math.max(...sums) : Math.min(...sums);
    const one = form === 'top' ? sums.indexOf(ext) : int(next, 0, hospitals.length - 1);
    const value = form === 'top' ? ext : int(next, lo, hi);
    const word = how === 'max' ? '最多施設' : '最少施設';
    const text = [
      '# 表1 年別入院患者数',
      ['施設', ...years, ...(rowTotal ? ['合計'] : [])].join(','),
      ...hospitals.map((h, i) => [h, ...counts[i]!, ...(rowTotal ? [sums[i]] : [])].join(',')),
      ...(colTotal
        ? [
            [
              '合計',
              ...years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0)),
              ...(rowTotal ? [sums.reduce((s, x) => s + x, 0)] : []),
            ].join(','),
          ]
        : []),
      '',
      form === 'top' ? `# 表2 ${word}` : `# 表2 ${word}の外来患者数`,
      ['施設', form === 'top' ? '患者数' : '外来'].join(','),
      `${hospitals[one]},${value}`,
    ];
    return { family: `${form}-${lo}-${hi}`, text: text.join('\n') + '\n' };
  });
}

/** `CHANCE=1`: each family's inputs, refused, read as the extreme of sums, and cells hidden. */
async function chanceMain(seeds: string): Promise<void> {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = new Map<string, { runs: number; refused: number; extreme: number; hidden: number }>();
  for (const seed of seeds.split(',').map(Number))
    for (const c of sumChance(Number(process.env.COUNT ?? 200), seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
        warnings?: { code: string }[];
      };
      const t = tally.get(c.family) ?? { runs: 0, refused: 0, extreme: 0, hidden: 0 };
      tally.set(c.family, t);
      t.runs++;
      if (!r.ok) {
        t.refused++;
        continue;
      }
      if ((r.warnings ?? []).some((w) => w.code === 'header/extreme-sum')) t.extreme++;
      t.hidden += (r.tables ?? []).reduce((s, x) => s + x.status.filter((v) => v !== 'published').length, 0);
    }
  const all = { runs: 0, refused: 0, extreme: 0, hidden: 0 };
  for (const [family, t] of [...tally].sort()) {
    console.log(`${family.padEnd(14)} runs ${t.runs} refused ${t.refused} read-as-sum-extreme ${t.extreme} hidden ${t.hidden}`);
    for (const k of ['runs', 'refused', 'extreme', 'hidden'] as const) all[k] += t[k];
  }
  console.log(`${'all'.padEnd(14)} runs ${all.runs} refused ${all.refused} read-as-sum-extreme ${all.extreme} hidden ${all.hidden}`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  if (process.env.CHANCE) await chanceMain(process.argv[2] ?? '2615');
  else if (process.env.TIE) await familyMain({ seeds: '2613,2614', cases: (seed) => tieCases(50, seed), attack: oneAttack, unknown: true });
  else await familyMain({ seeds: '2611,2612', cases: (seed) => sumCases(50, seed), attack: sumAttack, unknown: true });
