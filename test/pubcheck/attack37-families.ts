/**
 * attack37 (issue #11): a line of the largest (smallest) of the other lines — 「最多」「最少」「ピーク」「Peak」 under months,
 * 「最多の月」 beside hospitals — which int (1785a29) read as a line of counts. Publishing it gives back the hidden count
 * it equals where the other counts of its line are shown (1月 45 hidden beside 2月 40, 3月 12: 「最多」 45 is the 1月
 * count), and the small count beside that one by its row's total.
 *
 * `extremeCases` builds them from true counts; `extremeAttack` is an attacker written apart from the engine that knows
 * the true structure (the totals and which line is the maximum or minimum of which) and takes every published number as
 * a constraint on whole counts ≥ 0 — a maximum M of counts x₁…x_k as x_i ≤ M and x_i ≥ M − U(1 − b_i), Σ b_i ≥ 1 with
 * b_i binary (a minimum alike) — and asks HiGHS for the least and largest value of every hidden count of the table.
 *
 * `node test/pubcheck/attack37-families.ts [seeds]` prints the tally (ROOT=<tree> for another tree's checker).
 */
import type { Highs } from 'highs';
import { checkerOfRoot, familyTally, int, lcg, pick } from './helpers.ts';

export interface ExtremeCase {
  family: string;
  text: string;
  /** Item counts [line][group]: lines are months, groups hospitals. */
  counts: number[][];
  months: string[];
  groups: string[];
  how: 'max' | 'min';
  /** The extreme line's label; it stands over the months (a row) or, transposed, beside them (a column). */
  label: string;
  transposed: boolean;
  /** Printed in a table of its own (「病院 | 月最多」) under the months' table: `label` its column, the hospitals its rows. */
  across: boolean;
  /** Which totals are printed: of each month (over groups), of each group (over months). */
  monthTotals: boolean;
  groupTotals: boolean;
  /** The extreme line's cell at the months' totals: the sum of its values (a spreadsheet's SUM), the extreme of the totals, or none. */
  extremeTotal: 'sum' | 'extreme' | 'none';
}

const MAX_LABELS = ['最多', 'ピーク', 'Peak', '月最多', '最多の月', '参考値'];
const MIN_LABELS = ['最少', '最少月', 'Lowest', '参考値'];

export function extremeCases(count: number, seed: number): ExtremeCase[] {
  const next = lcg(seed);
  const out: ExtremeCase[] = [];
  while (out.length < count) {
    const m = int(next, 3, 5);
    const k = int(next, 3, 4);
    const months = Array.from({ length: m }, (_, i) => `${i + 1}月`);
    const groups = Array.from({ length: k }, (_, j) => `${'ABCD'[j]}病院`);
    const counts = months.map(() => groups.map(() => int(next, 10, 60)));
    const how = next() < 0.7 ? 'max' : 'min';
    // The small count: under the minimum where the line is one of minima, anywhere otherwise.
    counts[int(next, 0, m - 1)]![int(next, 0, k - 1)] = int(next, 1, 9);
    const label = pick(next, how === 'max' ? MAX_LABELS : MIN_LABELS);
    const extreme = groups.map((_, j) => (how === 'max' ? Math.max : Math.min)(...counts.map((r) => r[j]!)));
    // No month reaching the extreme in every group (a copy of a line is no maximum).
    if (counts.some((r) => r.every((v, j) => v === extreme[j]))) continue;
    // The extreme of each group reached by one month only and not 0 (a tie is no evidence), and the word of no extreme
    // needs four groups of evidence.
    if (groups.some((_, j) => counts.filter((r) => r[j] === extreme[j]).length > 1)) continue;
    if (label === '参考値' && k < 4) continue;
    const u = next();
    const totals = u < 0.6 ? 'month' : u < 0.8 ? 'group' : 'both';
    const monthTotals = totals !== 'group';
    const groupTotals = totals !== 'month';
    const across = next() < 0.25;
    const extremeTotal: ExtremeCase['extremeTotal'] = monthTotals && !across ? (next() < 0.5 ? 'sum' : 'extreme') : 'none';
    const transposed = !across && next() < 0.4;
    const rowSum = (r: number[]) => r.reduce((s, v) => s + v, 0);
    const monthTotal = counts.map(rowSum);
    const groupTotal = groups.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    const extremeAtTotal = extremeTotal === 'sum' ? rowSum(extreme) : (how === 'max' ? Math.max : Math.min)(...monthTotal);
    // Lines (months, then the totals of the groups, then the extreme) by positions (groups, then the months' total).
    const lines: { label: string; cells: (number | '')[] }[] = [
      ...months.map((mo, i) => ({ label: mo, cells: [...counts[i]!, ...(monthTotals ? [monthTotal[i]!] : [])] })),
      ...(groupTotals ? [{ label: '合計', cells: [...groupTotal, ...(monthTotals ? [rowSum(groupTotal)] : [])] }] : []),
      { label, cells: [...extreme, ...(monthTotals ? [extremeAtTotal] : [])] },
    ];
    const positions = [...groups, ...(monthTotals ? ['合計'] : [])];
    const own = (l: { label: string }) => l.label !== label;
    const text = across
      ? [
          `# 表1 月別入院患者数`,
          ['月', ...positions].join(','),
          ...lines.filter(own).map((l) => [l.label, ...l.cells.map(String)].join(',')),
          '',
          `# 表2 ${how === 'max' ? '月最多' : '月最少'}の入院患者数`,
          ['施設', label].join(','),
          ...groups.map((g, j) => [g, String(extreme[j])].join(',')),
        ].join('\n') + '\n'
      : transposed
        ? [
            ['施設', ...lines.map((l) => l.label)].join(','),
            ...positions.map((p, j) => [p, ...lines.map((l) => String(l.cells[j]))].join(',')),
          ].join('\n') + '\n'
        : [['月', ...positions].join(','), ...lines.map((l) => [l.label, ...l.cells.map(String)].join(','))].join('\n') + '\n';
    out.push({
      family: `${how}${transposed ? '-transposed' : across ? '-across' : ''}`,
      text,
      counts,
      months,
      groups,
      how,
      label,
      transposed,
      across,
      monthTotals,
      groupTotals,
      extremeTotal,
    });
  }
  return out;
}

/** A check's reading as far as the attacker needs it: each table's labels and each cell's status. */
interface Checked {
  ok: boolean;
  tables?: { table: { rows: { label: string }[]; cols: { label: string }[] }; status: string[] }[];
}

/**
 * The hidden counts the attacker pins, or shows to be under 10 where they are (small counts hidden): '' where none.
 * Only a check that read the table is attacked.
 */
export function extremeAttack(highs: Highs, c: ExtremeCase, r: Checked): string[] {
  if (!r.ok || !r.tables || r.tables.length !== (c.across ? 2 : 1)) return [];
  // Published? by (line label, position label) of the input as generated.
  const shown = (line: string, position: string) => {
    const t = r.tables![c.across && line === c.label ? 1 : 0]!;
    const rowOf = new Map(t.table.rows.map((h, i) => [h.label, i]));
    const colOf = new Map(t.table.cols.map((h, j) => [h.label, j]));
    const C = t.table.cols.length;
    const [row, col] = c.transposed || (c.across && line === c.label) ? [position, line] : [line, position];
    const i = rowOf.get(row);
    const j = colOf.get(col);
    if (i === undefined || j === undefined) throw new Error(`no cell ${row} × ${col} in the reading of\n${c.text}`);
    return t.status[i * C + j] === 'published';
  };
  const m = c.months.length;
  const k = c.groups.length;
  const x = (i: number, j: number) => `x${i}_${j}`;
  const e = (j: number) => `e${j}`;
  const U = 100000;
  const extreme = c.groups.map((_, j) => (c.how === 'max' ? Math.max : Math.min)(...c.counts.map((r) => r[j]!)));
  const cons: string[] = [];
  let n = 0;
  const add = (s: string) => cons.push(` c${n++}: ${s}`);
  for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) if (shown(c.months[i]!, c.groups[j]!)) add(`${x(i, j)} = ${c.counts[i]![j]}`);
  if (c.monthTotals)
    for (let i = 0; i < m; i++)
      if (shown(c.months[i]!, '合計')) add(`${c.groups.map((_, j) => x(i, j)).join(' + ')} = ${c.counts[i]!.reduce((s, v) => s + v, 0)}`);
  if (c.groupTotals)
    for (let j = 0; j < k; j++)
      if (shown('合計', c.groups[j]!)) add(`${c.months.map((_, i) => x(i, j)).join(' + ')} = ${c.counts.reduce((s, r) => s + r[j]!, 0)}`);
  if (c.groupTotals && c.monthTotals && shown('合計', '合計'))
    add(`${c.months.flatMap((_, i) => c.groups.map((_, j) => x(i, j))).join(' + ')} = ${c.counts.flat().reduce((s, v) => s + v, 0)}`);
  const binaries: string[] = [];
  for (let j = 0; j < k; j++) {
    if (shown(c.label, c.groups[j]!)) add(`${e(j)} = ${extreme[j]}`);
    for (let i = 0; i < m; i++) {
      const b = `b${i}_${j}`;
      binaries.push(b);
      if (c.how === 'max') {
        add(`${x(i, j)} - ${e(j)} <= 0`);
        add(`${x(i, j)} - ${e(j)} - ${U} ${b} >= -${U}`);
      } else {
        add(`${x(i, j)} - ${e(j)} >= 0`);
        add(`${x(i, j)} - ${e(j)} + ${U} ${b} <= ${U}`);
      }
    }
    add(`${c.months.map((_, i) => `b${i}_${j}`).join(' + ')} >= 1`);
  }
  if (c.extremeTotal === 'sum' && shown(c.label, '合計'))
    add(`${c.groups.map((_, j) => e(j)).join(' + ')} = ${extreme.reduce((s, v) => s + v, 0)}`);
  const vars = [...c.months.flatMap((_, i) => c.groups.map((_, j) => x(i, j))), ...c.groups.map((_, j) => e(j))];
  const solve = (sense: 'Maximize' | 'Minimize', v: string): number | undefined => {
    const lp = `${sense}\n obj: ${v}\nSubject To\n${cons.join('\n')}\nBounds\n${vars.map((w) => ` 0 <= ${w} <= ${U}`).join('\n')}\nGeneral\n ${vars.join(' ')}\nBinary\n ${binaries.join(' ')}\nEnd\n`;
    const s = highs.solve(lp, {});
    return s.Status === 'Optimal' ? Math.round(s.ObjectiveValue) : undefined;
  };
  const leaks: string[] = [];
  for (let i = 0; i < m; i++)
    for (let j = 0; j < k; j++) {
      if (shown(c.months[i]!, c.groups[j]!)) continue;
      const v = c.counts[i]![j]!;
      const hi = solve('Maximize', x(i, j));
      const lo = solve('Minimize', x(i, j));
      if (hi === undefined || lo === undefined) throw new Error(`attacker infeasible on\n${c.text}`);
      if (hi === lo) leaks.push(`${c.months[i]}・${c.groups[j]} pinned to ${v}`);
      else if (v < 10 && hi < 10) leaks.push(`${c.months[i]}・${c.groups[j]} (${v}) shown under 10 (≤ ${hi})`);
    }
  return leaks;
}

if (import.meta.url === `file://${process.argv[1]}` && !process.env.RANGES) {
  const { check, highs, bundle } = await checkerOfRoot();
  const seeds = (process.argv[2] ?? '1441,1442,1443,1444').split(',').map(Number);
  const tally = familyTally({ width: 18, leaks: true });
  for (const seed of seeds)
    for (const c of extremeCases(25, seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      const leaks = extremeAttack(highs, c, r as Checked);
      if (leaks.length > 0 && process.env.SHOW) console.log(c.text, leaks);
      tally.add(c.family, r, leaks.length > 0);
    }
  tally.print();
}

/**
 * A range column (「範囲」「Range」「レンジ」: the largest less the smallest of a hospital's years) beside the years, with a
 * 合計 row of the years' sums (and of the ranges, as a spreadsheet's SUM writes it): `rangeAttack` takes the range r of
 * counts x₁…x_k as x_i ≤ M, x_i ≥ m, M − m = r, x_i ≥ M − U(1 − b_i), x_i ≤ m + U(1 − c_i), Σ b_i ≥ 1, Σ c_i ≥ 1.
 */
export interface RangeCase {
  text: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  label: string;
}

export function rangeCases(count: number, seed: number): RangeCase[] {
  const next = lcg(seed);
  const out: RangeCase[] = [];
  while (out.length < count) {
    const hospitals = Array.from({ length: int(next, 3, 4) }, (_, i) => `${'ABCD'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 5) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    const range = counts.map((r) => Math.max(...r) - Math.min(...r));
    // Each hospital's largest and smallest reached by one year only (a tie is no evidence).
    if (counts.some((r) => r.filter((v) => v === Math.max(...r)).length > 1 || r.filter((v) => v === Math.min(...r)).length > 1)) continue;
    const label = pick(next, ['範囲', 'Range', 'レンジ']);
    const sums = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    const text =
      [
        ['施設', ...years, label].join(','),
        ...hospitals.map((h, i) => [h, ...counts[i]!, range[i]!].join(',')),
        ['合計', ...sums, range.reduce((s, v) => s + v, 0)].join(','),
      ].join('\n') + '\n';
    out.push({ text, counts, hospitals, years, label });
  }
  return out;
}

export function rangeAttack(highs: Highs, c: RangeCase, r: Checked): string[] {
  if (!r.ok || !r.tables || r.tables.length !== 1) return [];
  const t = r.tables[0]!;
  const rowOf = new Map(t.table.rows.map((h, i) => [h.label, i]));
  const colOf = new Map(t.table.cols.map((h, j) => [h.label, j]));
  const C = t.table.cols.length;
  const shown = (row: string, col: string) => t.status[rowOf.get(row)! * C + colOf.get(col)!] === 'published';
  const U = 100000;
  const cons: string[] = [];
  let n = 0;
  const add = (s: string) => cons.push(` c${n++}: ${s}`);
  const x = (i: number, j: number) => `x${i}_${j}`;
  const binaries: string[] = [];
  const ranges = c.counts.map((row) => Math.max(...row) - Math.min(...row));
  c.hospitals.forEach((h, i) => {
    c.years.forEach((y, j) => {
      if (shown(h, y)) add(`${x(i, j)} = ${c.counts[i]![j]}`);
      binaries.push(`b${i}_${j}`, `d${i}_${j}`);
      add(`${x(i, j)} - M${i} <= 0`);
      add(`${x(i, j)} - m${i} >= 0`);
      add(`${x(i, j)} - M${i} - ${U} b${i}_${j} >= -${U}`);
      add(`${x(i, j)} - m${i} + ${U} d${i}_${j} <= ${U}`);
    });
    add(`${c.years.map((_, j) => `b${i}_${j}`).join(' + ')} >= 1`);
    add(`${c.years.map((_, j) => `d${i}_${j}`).join(' + ')} >= 1`);
    if (shown(h, c.label)) add(`M${i} - m${i} = ${ranges[i]}`);
  });
  c.years.forEach((y, j) => {
    if (shown('合計', y)) add(`${c.hospitals.map((_, i) => x(i, j)).join(' + ')} = ${c.counts.reduce((s, row) => s + row[j]!, 0)}`);
  });
  if (shown('合計', c.label)) add(`${c.hospitals.map((_, i) => `M${i} - m${i}`).join(' + ')} = ${ranges.reduce((s, v) => s + v, 0)}`);
  const vars = [...c.hospitals.flatMap((_, i) => [...c.years.map((_, j) => x(i, j)), `M${i}`, `m${i}`])];
  const solve = (sense: 'Maximize' | 'Minimize', v: string): number | undefined => {
    const lp = `${sense}\n obj: ${v}\nSubject To\n${cons.join('\n')}\nBounds\n${vars.map((w) => ` 0 <= ${w} <= ${U}`).join('\n')}\nGeneral\n ${vars.join(' ')}\nBinary\n ${binaries.join(' ')}\nEnd\n`;
    const s = highs.solve(lp, {});
    return s.Status === 'Optimal' ? Math.round(s.ObjectiveValue) : undefined;
  };
  const leaks: string[] = [];
  c.hospitals.forEach((h, i) =>
    c.years.forEach((y, j) => {
      if (shown(h, y)) return;
      const v = c.counts[i]![j]!;
      const hi = solve('Maximize', x(i, j));
      const lo = solve('Minimize', x(i, j));
      if (hi === undefined || lo === undefined) throw new Error(`attacker infeasible on\n${c.text}`);
      if (hi === lo) leaks.push(`${h}・${y} pinned to ${v}`);
      else if (v < 10 && hi < 10) leaks.push(`${h}・${y} (${v}) shown under 10 (≤ ${hi})`);
    }),
  );
  return leaks;
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.RANGES) {
  const { check, highs, bundle } = await checkerOfRoot();
  const tally = familyTally({ width: 18, leaks: true });
  for (const seed of [1448, 1449])
    for (const c of rangeCases(25, seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      const leaks = rangeAttack(highs, c, r as Checked);
      if (leaks.length > 0 && process.env.SHOW) console.log(c.text, leaks);
      tally.add('range', r, leaks.length > 0);
    }
  tally.print();
}
