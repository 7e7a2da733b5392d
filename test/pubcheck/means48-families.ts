/**
 * means48 (issue #11): open sub-classes of means as denominators in disguise, each a seeded family (seeds 2621–2630)
 * measured base vs now.
 *
 * `nCases` (seed 2621): a sum (「延べ入院日数」) and its mean per patient (「平均入院日数」) beside a printed N — a line
 * 「N」 or each group's header 「A群 (N=35)」 — and a part 死亡, a 合計 half the time, one small N half the time. The sum ÷
 * the mean gives N back, which is printed: `weightAttack` (means46, every set of lines as the weights with PAIRS=1).
 * `sdCases` (seed 2622): means46's dose tables with the mean printed with its SD (「62.1 (10.2)」「62.1 ± 10.2」) under
 * 「平均年齢」「平均年齢（SD）」「Mean age (SD)」「年齢 平均 (SD)」: `weightAttack` on the mean part.
 * `twoCases` (seed 2623): 表1 患者数 and 延べ入院日数 by site, 表2 死亡 and 平均入院日数 by the same sites (a 合計 in
 * both half the time): `mipAttack` — the sum ÷ the mean per site where both are published, 表2's 合計 mean over 患者数.
 * `manyCases` (seed 2624): 6–8 lines of counts (患者数 and its parts), 延べ入院日数 and 平均年齢 with a 合計 row: `mipAttack`
 * with every nonempty set of the lines (and the sum) as the weights where it holds on the true counts. `freeCases`
 * (seed 2625): 6–8 lines of counts apart (no 患者数 over them), 平均年齢 and a 合計 row, `mipAttack` alike.
 *
 * `node test/pubcheck/means48-families.ts n|sd|two|many [seeds] [count]` prints the tally (ROOT=<tree> for another
 * tree's checker).
 */
import type { Highs } from 'highs';
import { familyMain } from './fills.ts';
import { int, lcg, pick } from './helpers.ts';
import { weightAttack, type WeightCase } from './means46-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

const text = (tables: string[][][], transposed: boolean) =>
  tables
    .map(
      (grid, k) =>
        `# 表${k + 1}\n${(transposed ? grid[0]!.map((_, c) => grid.map((r) => r[c]!)) : grid).map((l) => l.join('\t')).join('\n')}\n`,
    )
    .join('\n');
const daysOf = (next: () => number, n: number) => Array.from({ length: n }, () => int(next, 1, 30)).reduce((a, b) => a + b, 0);

/** Class 1: a sum and its mean per patient beside a printed N (a line or the groups' headers). */
export function nCases(count: number, seed: number): WeightCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const G = int(next, 2, 4);
    const names = ['A群', 'B群', 'C群', 'D群'].slice(0, G);
    const small = next() < 0.5 ? int(next, 0, G - 1) : -1;
    const counts = names.map((_, i) => {
      const n = i === small ? int(next, 1, 9) : int(next, 10, 80);
      return [n, next() < 0.4 ? int(next, 0, Math.min(n, 9)) : int(next, 0, n)];
    });
    const sums = counts.map(([n]) => daysOf(next, n!));
    const means = counts.map(([n], i) => (sums[i]! / n!).toFixed(1));
    const N = counts.reduce((a, r) => a + r[0]!, 0);
    const D = counts.reduce((a, r) => a + r[1]!, 0);
    const S = sums.reduce((a, b) => a + b, 0);
    const totalMean = (S / N).toFixed(1);
    const total = next() < 0.5;
    const header = next() < 0.5;
    const transposed = header || next() < 0.75;
    const groups = header ? names.map((g, i) => `${g} (N=${counts[i]![0]})`) : names;
    const totalLabel = header ? `合計 (N=${N})` : '合計';
    const head = [...(header ? [] : ['N']), '死亡', '延べ入院日数', '平均入院日数'];
    const grid = [
      ['', ...head],
      ...groups.map((g, i) => [g, ...(header ? [] : [String(counts[i]![0])]), String(counts[i]![1]), String(sums[i]), means[i]!]),
      ...(total ? [[totalLabel, ...(header ? [] : [String(N)]), String(D), String(S), totalMean]] : []),
    ];
    return {
      family: `n/${header ? 'header' : 'line'}/${total ? 'total' : 'none'}/${small >= 0 ? 'small' : 'large'}`,
      text: text([grid], transposed),
      groups,
      totalLabel,
      transposed,
      countLabels: ['N', '死亡'],
      counts,
      sumLabel: '延べ入院日数',
      sums,
      meanLabel: '平均入院日数',
      means,
      totalMean,
      total,
    };
  });
}

const SD_LABELS: [string, boolean][] = [
  ['平均年齢', false],
  ['平均年齢（SD）', false],
  ['Mean age (SD)', false],
  ['年齢 平均 (SD)', false],
  ['平均年齢 ± SD', true],
];

/** Class 3: means46's dose tables with 「平均 (SD)」 cells. */
export function sdCases(count: number, seed: number): WeightCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const G = int(next, 2, 4);
    const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, G);
    const small = next() < 0.5 ? int(next, 0, G - 1) : -1;
    const part = next() < 0.5;
    const counts = groups.map((_, i) => {
      const n = i === small ? int(next, 1, 9) : int(next, 10, 80);
      return part ? [n, int(next, 0, n)] : [n];
    });
    const sums = counts.map(([n]) => Array.from({ length: n! }, () => int(next, 50, 500)).reduce((a, b) => a + b, 0));
    const ages = counts.map(() => 40 + next() * 40);
    const sds = counts.map(() => (5 + next() * 10).toFixed(1));
    const means = ages.map((a) => a.toFixed(1));
    const N = counts.reduce((a, r) => a + r[0]!, 0);
    const totalMean = (counts.reduce((a, r, i) => a + r[0]! * ages[i]!, 0) / N).toFixed(1);
    const [meanLabel, pm] = pick(next, SD_LABELS);
    const cell = (m: string, sd: string) => (pm ? `${m} ± ${sd}` : `${m} (${sd})`);
    const transposed = next() < 0.25;
    const countLabels = ['患者数', ...(part ? ['死亡'] : [])];
    const grid = [
      ['', ...countLabels, '総投与量（mg）', meanLabel],
      ...groups.map((g, i) => [g, ...counts[i]!.map(String), String(sums[i]), cell(means[i]!, sds[i]!)]),
      [
        '合計',
        ...countLabels.map((_, j) => String(counts.reduce((a, r) => a + r[j]!, 0))),
        String(sums.reduce((a, b) => a + b, 0)),
        cell(totalMean, (8 + next() * 4).toFixed(1)),
      ],
    ];
    return {
      family: `sd/${transposed ? 'rows' : 'cols'}/${part ? 'part' : 'plain'}/${small >= 0 ? 'small' : 'large'}`,
      text: text([grid], transposed),
      groups,
      totalLabel: '合計',
      transposed,
      countLabels,
      counts,
      sumLabel: '総投与量（mg）',
      sums,
      meanLabel,
      means,
      totalMean,
      total: true,
    };
  });
}

/** A case `mipAttack` reads: groups × count lines in table `countTable`, a sum line and a mean line (maybe elsewhere). */
export interface MipCase {
  family: string;
  text: string;
  transposed: boolean;
  groups: string[];
  totalLabel: string;
  total: boolean;
  /** Each count line's label and its table (0-based); line 0 is 患者数, the others its parts (≤ it). */
  countLines: { label: string; table: number }[];
  counts: number[][];
  sum: { label: string; table: number; values: number[]; total: number };
  mean: { label: string; table: number; values: string[]; total: string; perPatient: boolean };
  /** means52: more lines of means of the same patients (ages: no sum), each weighted like `mean`. */
  moreMeans?: { label: string; table: number; values: string[]; total: string }[];
  /** Lines of counts apart (no 患者数 over them): no line bounds another. */
  free?: boolean;
  /** whole68: line 0 counts each patient of the others once (a patient in several): at most their sum too. */
  union?: boolean;
}

/** Class 2: a sum (表1) and its mean (表2) in two tables of the same sites. */
export function twoCases(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const G = int(next, 2, 5);
    const groups = ['A病院', 'B病院', 'C病院', 'D病院', 'E病院'].slice(0, G);
    const small = int(next, 0, G - 1);
    const counts = groups.map((_, i) => {
      const n = i === small ? int(next, 1, 9) : int(next, 10, 80);
      return [n, next() < 0.4 ? int(next, 0, Math.min(n, 9)) : int(next, 0, n)];
    });
    const sums = counts.map(([n]) => daysOf(next, n!));
    const means = counts.map(([n], i) => (sums[i]! / n!).toFixed(1));
    const N = counts.reduce((a, r) => a + r[0]!, 0);
    const S = sums.reduce((a, b) => a + b, 0);
    const total = next() < 0.5;
    const transposed = next() < 0.25;
    const t1 = [
      ['', '患者数', '延べ入院日数'],
      ...groups.map((g, i) => [g, String(counts[i]![0]), String(sums[i])]),
      ...(total ? [['合計', String(N), String(S)]] : []),
    ];
    const t2 = [
      ['', '死亡', '平均入院日数'],
      ...groups.map((g, i) => [g, String(counts[i]![1]), means[i]!]),
      ...(total ? [['合計', String(counts.reduce((a, r) => a + r[1]!, 0)), (S / N).toFixed(1)]] : []),
    ];
    return {
      family: `two/${transposed ? 'rows' : 'cols'}/${total ? 'total' : 'none'}`,
      text: text([t1, t2], transposed),
      transposed,
      groups,
      totalLabel: '合計',
      total,
      countLines: [
        { label: '患者数', table: 0 },
        { label: '死亡', table: 1 },
      ],
      counts,
      sum: { label: '延べ入院日数', table: 0, values: sums, total: S },
      mean: { label: '平均入院日数', table: 1, values: means, total: (S / N).toFixed(1), perPatient: true },
    };
  });
}

const PARTS = ['死亡', '再入院', '手術', '合併症', '輸血', 'ICU入室', '転院'];
const DRUGS = ['薬剤A', '薬剤B', '薬剤C', '薬剤D', '薬剤E', '薬剤F', '薬剤G', '薬剤H'];

/**
 * Class 4, lines apart (seed 2625): 6–8 lines of counts with no 患者数 over them (patients by the drug first given),
 * 平均年齢 (of another quantity) with a 合計 row: the engine weighs the mean by every set of the lines.
 */
export function freeCases(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const G = int(next, 2, 4);
    const K = int(next, 6, 8);
    const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, G);
    const counts = groups.map(() => DRUGS.slice(0, K).map(() => (next() < 0.35 ? int(next, 0, 9) : int(next, 10, 60))));
    const ages = counts.map(() => 40 + next() * 40);
    const labels = DRUGS.slice(0, K);
    const N = counts.map((r) => r.reduce((a, b) => a + b, 0));
    const totalMean = (counts.reduce((a, _, i) => a + N[i]! * ages[i]!, 0) / N.reduce((a, b) => a + b, 0)).toFixed(1);
    const transposed = next() < 0.25;
    const grid = [
      ['', ...labels, '平均年齢'],
      ...groups.map((g, i) => [g, ...counts[i]!.map(String), ages[i]!.toFixed(1)]),
      ['合計', ...labels.map((_, k) => String(counts.reduce((a, r) => a + r[k]!, 0))), totalMean],
    ];
    return {
      family: `free/${K}/${transposed ? 'rows' : 'cols'}`,
      text: text([grid], transposed),
      transposed,
      groups,
      totalLabel: '合計',
      total: true,
      countLines: labels.map((label) => ({ label, table: 0 })),
      counts,
      sum: { label: '', table: 0, values: [], total: 0 },
      mean: { label: '平均年齢', table: 0, values: ages.map((a) => a.toFixed(1)), total: totalMean, perPatient: false },
      free: true,
    };
  });
}

/** Class 4: 6–8 lines of counts (患者数 and its parts), 延べ入院日数 and 平均年齢, a 合計 row. */
export function manyCases(count: number, seed: number): MipCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const G = int(next, 2, 4);
    const K = int(next, 6, 8);
    const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, G);
    const counts = groups.map(() => {
      const n = int(next, 10, 60);
      return [n, ...PARTS.slice(0, K - 1).map(() => (next() < 0.4 ? int(next, 0, Math.min(9, n)) : int(next, 0, n)))];
    });
    const sums = counts.map(([n]) => daysOf(next, n!));
    const ages = counts.map(() => 40 + next() * 40);
    const N = counts.reduce((a, r) => a + r[0]!, 0);
    const labels = ['患者数', ...PARTS.slice(0, K - 1)];
    const totalMean = (counts.reduce((a, r, i) => a + r[0]! * ages[i]!, 0) / N).toFixed(1);
    const transposed = next() < 0.25;
    const grid = [
      ['', ...labels, '延べ入院日数', '平均年齢'],
      ...groups.map((g, i) => [g, ...counts[i]!.map(String), String(sums[i]), ages[i]!.toFixed(1)]),
      ['合計', ...labels.map((_, k) => String(counts.reduce((a, r) => a + r[k]!, 0))), String(sums.reduce((a, b) => a + b, 0)), totalMean],
    ];
    return {
      family: `many/${K}/${transposed ? 'rows' : 'cols'}`,
      text: text([grid], transposed),
      transposed,
      groups,
      totalLabel: '合計',
      total: true,
      countLines: labels.map((label) => ({ label, table: 0 })),
      counts,
      sum: { label: '延べ入院日数', table: 0, values: sums, total: sums.reduce((a, b) => a + b, 0) },
      mean: { label: '平均年齢', table: 0, values: ages.map((a) => a.toFixed(1)), total: totalMean, perPatient: false },
    };
  });
}

/**
 * Whether group `g`'s value under line `line` of table `k` is published: a cell by its status, a rate line's value by
 * the report's mark, a line the checker set aside (person-time) as published.
 */
function shownAt(c: MipCase, r: Checked, report: Reported | undefined): (k: number, g: string, line: string) => boolean {
  return (k, g, line) => {
    const t = r.tables![k]!;
    const C = t.table.cols.length;
    const [row, col] = c.transposed ? [line, g] : [g, line];
    const i = t.table.rows.findIndex((h) => h.label === row);
    const j = t.table.cols.findIndex((h) => h.label === col);
    if (i >= 0 && j >= 0) return t.status[i * C + j] === 'published';
    const v = report?.tables[k]?.rates.flatMap((x) => x.cells).find((x) => x.row === row && x.col === col);
    return v ? !v.hidden : true;
  };
}

/**
 * An attacker written apart from the engine (HiGHS MIP over whole counts): each group's counts (parts ≤ 患者数), the
 * 合計's where published; every nonempty set of the count lines (and the sum line, where published) as the weights of
 * the 合計's mean where it holds on the true counts and every mean is published; and, for a mean per patient, the sum
 * ÷ the mean per group by any count line where it holds at every group (where the sum and the mean are published).
 * A hidden count pinned, or shown under 10, is a leak; a count under 10 published is one too.
 */
export function mipAttack(c: MipCase, r: Checked, report: Reported | undefined, highs: Highs): string[] {
  if (!r.ok || !r.tables) return [];
  const shown = shownAt(c, r, report);
  const G = c.groups.length;
  const K = c.countLines.length;
  const leaks: string[] = [];
  const hid = (i: number, k: number) => !shown(c.countLines[k]!.table, c.groups[i]!, c.countLines[k]!.label);
  for (let i = 0; i < G; i++)
    for (let k = 0; k < K; k++) {
      const v = c.counts[i]![k]!;
      if (!hid(i, k) && v > 0 && v < 10) leaks.push(`${c.groups[i]} ${c.countLines[k]!.label} ${v} published`);
    }
  const x = (i: number, k: number) => `x${i}_${k}`;
  const cons: string[] = [];
  let q = 0;
  const add = (s: string) => cons.push(` c${q++}: ${s}`);
  const term = (f: number, v: string) => `${f >= 0 ? '+' : '-'} ${Math.abs(f)} ${v}`;
  for (let i = 0; i < G; i++)
    for (let k = 0; k < K; k++) {
      if (!hid(i, k)) add(`${x(i, k)} = ${c.counts[i]![k]}`);
      if (k > 0 && !c.free) add(`${x(i, k)} - ${x(i, 0)} <= 0`);
    }
  if (c.union)
    for (let i = 0; i < G; i++)
      add(
        `${x(i, 0)} ${c.countLines
          .slice(1)
          .map((_, k) => `- ${x(i, k + 1)}`)
          .join(' ')} <= 0`,
      );
  const U = 500;
  for (let k = 0; k < K; k++)
    if (c.total && shown(c.countLines[k]!.table, c.totalLabel, c.countLines[k]!.label))
      add(`${c.groups.map((_, i) => x(i, k)).join(' + ')} = ${c.counts.reduce((a, row) => a + row[k]!, 0)}`);
  const half = (m: string) => 0.5 * 10 ** -(m.split('.')[1]?.length ?? 0);
  const meanShown = c.groups.every((g) => shown(c.mean.table, g, c.mean.label));
  const sumShown = c.sum.label !== '' && c.groups.every((g) => shown(c.sum.table, g, c.sum.label));
  // The weights: every nonempty set of count lines, plus the sum line (a constant) where published; for each line of
  // means (means52: `moreMeans` too) whose cells are all published.
  for (const mean of [c.mean, ...(c.moreMeans ?? [])]) {
    const shownAll = c.groups.every((g) => shown(mean.table, g, mean.label));
    const totalMeanShown = c.total && shown(mean.table, c.totalLabel, mean.label);
    if (!(shownAll && totalMeanShown) || process.env.NOMEAN) continue;
    const M = Number(mean.total);
    const H = half(mean.total);
    const lines = [...Array(K + (sumShown ? 1 : 0)).keys()];
    for (let m = 1; m < 1 << lines.length; m++) {
      const set = lines.filter((_, b) => m & (1 << b));
      const w = (i: number, row: readonly number[]) => set.reduce((a, k) => a + (k === K ? c.sum.values[i]! : row[k]!), 0);
      let [low, high, W] = [0, 0, 0];
      c.counts.forEach((row, i) => {
        const mi = mean.values[i]!;
        low += w(i, row) * (Number(mi) - half(mi));
        high += w(i, row) * (Number(mi) + half(mi));
        W += w(i, row);
      });
      if (!(low <= W * (M + H) + 1e-6 && high >= W * (M - H) - 1e-6)) continue;
      // Σ w_i·(m_i − h_i) − W·(M + H) ≤ 0 and Σ w_i·(m_i + h_i) − W·(M − H) ≥ 0, the sum's part constant.
      // sign 1: f = (m_i − h_i) − (M + H), Σ ≤ 0; sign −1: f = (m_i + h_i) − (M − H), Σ ≥ 0.
      const rows = (sign: 1 | -1) => {
        const terms: string[] = [];
        let k0 = 0;
        c.groups.forEach((_, i) => {
          const mi = mean.values[i]!;
          const f = Number(mi) - sign * half(mi) - (M + sign * H);
          for (const k of set) {
            if (k === K) k0 += f * c.sum.values[i]!;
            else terms.push(term(f, x(i, k)));
          }
        });
        return { terms, k0 };
      };
      const lo = rows(1);
      if (lo.terms.length > 0) add(`${lo.terms.join(' ')} <= ${-lo.k0 + 1e-6}`);
      const hi = rows(-1);
      if (hi.terms.length > 0) add(`${hi.terms.join(' ')} >= ${-hi.k0 - 1e-6}`);
    }
  }
  // The sum ÷ the mean per group (a mean per patient), by any count line holding at every group.
  if (c.mean.perPatient && meanShown && sumShown)
    for (let k = 0; k < K; k++) {
      const fits = c.counts.every((row, i) => {
        const m = c.mean.values[i]!;
        return c.sum.values[i]! >= row[k]! * (Number(m) - half(m)) - 1e-9 && c.sum.values[i]! <= row[k]! * (Number(m) + half(m)) + 1e-9;
      });
      if (!fits) continue;
      c.groups.forEach((_, i) => {
        const m = c.mean.values[i]!;
        add(`${Number(m) - half(m)} ${x(i, k)} <= ${c.sum.values[i]! + 1e-6}`);
        add(`${Number(m) + half(m)} ${x(i, k)} >= ${c.sum.values[i]! - 1e-6}`);
      });
    }
  const vars = c.groups.flatMap((_, i) => c.countLines.map((_, k) => x(i, k)));
  const solve = (sense: 'Maximize' | 'Minimize', v: string): number | undefined => {
    const lp = `${sense}\n obj: ${v}\nSubject To\n${cons.join('\n')}\nBounds\n${vars.map((w) => ` 0 <= ${w} <= ${U}`).join('\n')}\nGeneral\n ${vars.join(' ')}\nEnd\n`;
    const s = highs.solve(lp, {});
    return s.Status === 'Optimal' ? Math.round(s.ObjectiveValue) : undefined;
  };
  for (let i = 0; i < G; i++)
    for (let k = 0; k < K; k++) {
      if (!hid(i, k)) continue;
      const v = c.counts[i]![k]!;
      const hi = solve('Maximize', x(i, k));
      const lo = solve('Minimize', x(i, k));
      if (hi === undefined || lo === undefined) throw new Error(`attacker infeasible on\n${c.text}`);
      if (hi === lo) leaks.push(`${c.groups[i]} ${c.countLines[k]!.label} pinned to ${v}`);
      else if (v < 10 && hi < 10) leaks.push(`${c.groups[i]} ${c.countLines[k]!.label} (${v}) shown under 10 (≤ ${hi})`);
    }
  return leaks;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'n';
  const n = Number(process.argv[4] ?? 100);
  process.argv.splice(2, 1);
  process.env.PAIRS = '1';
  if (which === 'n') await familyMain({ seeds: '2621', cases: (s) => nCases(n, s), attack: weightAttack, unknown: true });
  if (which === 'sd') await familyMain({ seeds: '2622', cases: (s) => sdCases(n, s), attack: weightAttack, unknown: true });
  if (which === 'two') await familyMain({ seeds: '2623', cases: (s) => twoCases(n, s), attack: mipAttack });
  if (which === 'many') await familyMain({ seeds: '2624', cases: (s) => manyCases(n, s), attack: mipAttack });
  if (which === 'free') await familyMain({ seeds: '2625', cases: (s) => freeCases(n, s), attack: mipAttack });
}
