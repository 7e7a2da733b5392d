/**
 * stats39 (issue #11): a line of the largest (smallest) of the other lines of its axis (「最多」「最少」「ピーク」「Peak」) and
 * a range line (「範囲」「Range」「レンジ」) were refused in words since attack37 (`header/statistic`). Now, where the
 * arithmetic proves the line the extreme (range) at every position it prints, the line is set aside as a mean is
 * (read.ts `extremesAside`, `Table.rates` with `extreme`) and hidden wherever a count it is taken over is hidden.
 *
 * Families: attack37's `extremeCases` (months by hospital with a 最多/最少 line; within one table or in a table of its
 * own) and `rangeCases` (a 範囲 column beside years, a 合計 row with the ranges' SUM), generated afresh from this
 * branch's seeds. `extremeAttack` is an attacker written apart from the engine that knows the true structure (which line
 * is the extreme of which, the totals) and takes every value the checker publishes — the count cells by their status,
 * the extreme (range) line by the report's hidden marks — as a constraint on whole counts ≥ 0: a maximum M of x₁…x_k as
 * x_i ≤ M, x_i ≥ M − U(1 − b_i), Σ b_i ≥ 1 (a minimum alike; a range as M − m with both), and asks HiGHS for the least and
 * largest value of every hidden count. A hidden count pinned, or a small one shown under 10, is a leak.
 *
 * `node test/pubcheck/stats39-families.ts [seeds]` prints the tally (ROOT=<tree> for another tree's checker).
 */
import type { Highs } from 'highs';
import { extremeCases, rangeCases, type ExtremeCase, type RangeCase } from './attack37-families.ts';
import { checkerOfRoot, familyTally } from './helpers.ts';
import type { StatCase } from './stats38-families.ts';

/** A line (max, min or range) over `lines` at each of `positions`, with the totals printed, in one generic form. */
export interface ExtremeTable {
  family: string;
  text: string;
  /** counts[l][p]: line l (taken over by the extreme), position p. */
  counts: number[][];
  lines: string[];
  positions: string[];
  how: 'max' | 'min' | 'range';
  label: string;
  /** The (row, col) of the input for a line label and a position label ('合計' a total). */
  cell: (line: string, position: string) => [string, string];
  /** Totals printed: of each line (over positions, at position 「合計」), of each position (over lines, at line 「合計」). */
  lineTotals: boolean;
  positionTotals: boolean;
  /** The extreme line's cell at the lines' totals: the extreme of the totals, the sum of its values, or none. */
  extremeTotal: 'sum' | 'extreme' | 'none';
  /** In a table of its own (attack37's `across`): not set aside (left open), attacked as refused. */
  across: boolean;
}

export function fromExtreme(c: ExtremeCase): ExtremeTable {
  return {
    family: c.family,
    text: c.text,
    counts: c.counts,
    lines: c.months,
    positions: c.groups,
    how: c.how,
    label: c.label,
    cell: (line, position) => (c.transposed || (c.across && line === c.label) ? [position, line] : [line, position]),
    lineTotals: c.monthTotals,
    positionTotals: c.groupTotals,
    extremeTotal: c.extremeTotal,
    across: c.across,
  };
}

export function fromRange(c: RangeCase): ExtremeTable {
  // Lines are the years (the range is over a hospital's years), positions the hospitals.
  return {
    family: 'range',
    text: c.text,
    counts: c.years.map((_, j) => c.hospitals.map((_, i) => c.counts[i]![j]!)),
    lines: c.years,
    positions: c.hospitals,
    how: 'range',
    label: c.label,
    cell: (line, position) => [position, line],
    lineTotals: true,
    positionTotals: false,
    extremeTotal: 'sum',
    across: false,
  };
}

/** A check's reading as the attacker needs it: each table's labels and each cell's status. */
export interface Checked {
  ok: boolean;
  tables?: { table: { rows: { label: string }[]; cols: { label: string }[] }; status: string[] }[];
}
/** The report's rate lines (report.ts `ReportRate`): each value's row, column and whether it is hidden. */
export interface Reported {
  tables: { rates: { cells: { row: string; col: string; hidden: boolean }[] }[] }[];
}

/** The hidden counts the attacker pins, or shows under 10 where they are: '' where none. Only a read table is attacked. */
export function extremeAttack(highs: Highs, c: ExtremeTable, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables) return [];
  const shown = (line: string, position: string) => {
    const [row, col] = c.cell(line, position);
    for (const [ti, t] of r.tables!.entries()) {
      const i = t.table.rows.findIndex((h) => h.label === row);
      const j = t.table.cols.findIndex((h) => h.label === col);
      if (i >= 0 && j >= 0) return t.status[i * t.table.cols.length + j] === 'published';
      const v = report?.tables[ti]?.rates.flatMap((x) => x.cells).find((x) => x.row === row && x.col === col);
      if (v) return !v.hidden;
    }
    throw new Error(`no cell ${row} × ${col} in the reading of\n${c.text}`);
  };
  const L = c.lines.length;
  const P = c.positions.length;
  const x = (l: number, p: number) => `x${l}_${p}`;
  const U = 100000;
  const cons: string[] = [];
  let n = 0;
  const add = (s: string) => cons.push(` c${n++}: ${s}`);
  const sum = (vs: number[]) => vs.reduce((s, v) => s + v, 0);
  for (let l = 0; l < L; l++) for (let p = 0; p < P; p++) if (shown(c.lines[l]!, c.positions[p]!)) add(`${x(l, p)} = ${c.counts[l]![p]}`);
  if (c.lineTotals)
    for (let l = 0; l < L; l++)
      if (shown(c.lines[l]!, '合計')) add(`${c.positions.map((_, p) => x(l, p)).join(' + ')} = ${sum(c.counts[l]!)}`);
  if (c.positionTotals)
    for (let p = 0; p < P; p++)
      if (shown('合計', c.positions[p]!)) add(`${c.lines.map((_, l) => x(l, p)).join(' + ')} = ${sum(c.counts.map((r) => r[p]!))}`);
  if (c.lineTotals && c.positionTotals && shown('合計', '合計'))
    add(`${c.counts.flatMap((r, l) => r.map((_, p) => x(l, p))).join(' + ')} = ${sum(c.counts.flat())}`);
  const binaries: string[] = [];
  const value = (p: number) => {
    const vs = c.counts.map((r) => r[p]!);
    return c.how === 'max' ? Math.max(...vs) : c.how === 'min' ? Math.min(...vs) : Math.max(...vs) - Math.min(...vs);
  };
  // M_p and m_p the largest and smallest of position p; the line prints M_p, m_p or M_p − m_p.
  const printed = (p: number) => (c.how === 'max' ? `M${p}` : c.how === 'min' ? `m${p}` : `M${p} - m${p}`);
  for (let p = 0; p < P; p++) {
    if (shown(c.label, c.positions[p]!)) add(`${printed(p)} = ${value(p)}`);
    for (let l = 0; l < L; l++) {
      binaries.push(`b${l}_${p}`, `d${l}_${p}`);
      add(`${x(l, p)} - M${p} <= 0`);
      add(`${x(l, p)} - m${p} >= 0`);
      add(`${x(l, p)} - M${p} - ${U} b${l}_${p} >= -${U}`);
      add(`${x(l, p)} - m${p} + ${U} d${l}_${p} <= ${U}`);
    }
    add(`${c.lines.map((_, l) => `b${l}_${p}`).join(' + ')} >= 1`);
    add(`${c.lines.map((_, l) => `d${l}_${p}`).join(' + ')} >= 1`);
  }
  if (c.lineTotals && c.extremeTotal !== 'none' && !c.across && shown(c.label, '合計')) {
    if (c.extremeTotal === 'sum') add(`${c.positions.map((_, p) => printed(p)).join(' + ')} = ${sum(c.positions.map((_, p) => value(p)))}`);
    else {
      // The extreme (range) of the lines' totals T_l: MT ≥ each T_l ≥ mT, each reached by one, and the printed value.
      const totals = c.counts.map(sum);
      for (let l = 0; l < L; l++) {
        const t = c.positions.map((_, p) => x(l, p)).join(' + ');
        binaries.push(`t${l}`, `u${l}`);
        add(`${t} - MT <= 0`);
        add(`${t} - mT >= 0`);
        add(`${t} - MT - ${U} t${l} >= -${U}`);
        add(`${t} - mT + ${U} u${l} <= ${U}`);
      }
      add(`${c.lines.map((_, l) => `t${l}`).join(' + ')} >= 1`);
      add(`${c.lines.map((_, l) => `u${l}`).join(' + ')} >= 1`);
      const [hi, lo] = [Math.max(...totals), Math.min(...totals)];
      add(c.how === 'max' ? `MT = ${hi}` : c.how === 'min' ? `mT = ${lo}` : `MT - mT = ${hi - lo}`);
    }
  }
  const vars = [
    ...c.lines.flatMap((_, l) => c.positions.map((_, p) => x(l, p))),
    ...c.positions.flatMap((_, p) => [`M${p}`, `m${p}`]),
    'MT',
    'mT',
  ];
  const solve = (sense: 'Maximize' | 'Minimize', v: string): number | undefined => {
    const lp = `${sense}\n obj: ${v}\nSubject To\n${cons.join('\n')}\nBounds\n${vars.map((w) => ` 0 <= ${w} <= ${U}`).join('\n')}\nGeneral\n ${vars.join(' ')}\nBinary\n ${binaries.join(' ')}\nEnd\n`;
    const s = highs.solve(lp, {});
    return s.Status === 'Optimal' ? Math.round(s.ObjectiveValue) : undefined;
  };
  const leaks: string[] = [];
  for (let l = 0; l < L; l++)
    for (let p = 0; p < P; p++) {
      if (shown(c.lines[l]!, c.positions[p]!)) continue;
      const v = c.counts[l]![p]!;
      const hi = solve('Maximize', x(l, p));
      const lo = solve('Minimize', x(l, p));
      if (hi === undefined || lo === undefined) throw new Error(`attacker infeasible on\n${c.text}`);
      if (hi === lo) leaks.push(`${c.lines[l]}・${c.positions[p]} pinned to ${v}`);
      else if (v < 10 && hi < 10) leaks.push(`${c.lines[l]}・${c.positions[p]} (${v}) shown under 10 (≤ ${hi})`);
    }
  return leaks;
}

/** stats38's width family (statCases 「幅」): the range of each hospital's years, its 合計 cell read off the text. */
export function fromWidth(c: StatCase): ExtremeTable {
  const last = c.text.trim().split('\n').at(-1)!.split(',').at(-1)!;
  const sums = c.years.map((_, j) => c.counts.reduce((s, r) => s + r[j]!, 0));
  return {
    ...fromRange({ text: c.text, counts: c.counts, hospitals: c.hospitals, years: c.years, label: c.label }),
    family: 'width',
    extremeTotal: last === '' ? 'none' : Number(last) === Math.max(...sums) - Math.min(...sums) ? 'extreme' : 'sum',
  };
}

/** The family: `count` extreme tables and `count` / 2 range tables a seed. */
export function stats39Cases(count: number, seed: number): ExtremeTable[] {
  return [...extremeCases(count, seed).map(fromExtreme), ...rangeCases(Math.ceil(count / 2), seed + 1000).map(fromRange)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const { toReport } = (await import(`${process.env.ROOT ?? new URL('../..', import.meta.url).pathname}/src/pubcheck/report.ts`)) as {
    toReport: (r: unknown, b: unknown, d: Date) => Reported;
  };
  const seeds = (process.argv[2] ?? '1661,1662,1663,1664').split(',').map(Number);
  const tally = familyTally({ width: 18, leaks: true });
  for (const seed of seeds)
    for (const c of stats39Cases(25, seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      const report = r.ok ? toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) : undefined;
      const leaks = extremeAttack(highs, c, r as Checked, report);
      if (process.env.SHOW && (leaks.length > 0 || (!r.ok && !c.across)))
        console.log(c.text, leaks, r.ok ? '' : r.errors.map((e: { message: string }) => e.message));
      tally.add(c.family, r, leaks.length > 0);
    }
  tally.print();
}
