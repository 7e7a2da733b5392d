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
import { familyMain, fillLeaks, leaksOf, shownIn } from './fills.ts';
import { checkerOfRoot, familyTally, int, lcg, pick } from './helpers.ts';
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

if (import.meta.url === `file://${process.argv[1]}` && !process.env.CENTRE && !process.env.BINARY)
  await familyMain({
    seeds: '1661,1662,1663,1664',
    cases: (seed) => stats39Cases(25, seed),
    attack: (c, r, report, highs) => extremeAttack(highs, c, r, report),
    show: (c, ok, leaks) => leaks.length > 0 || (!ok && !c.across),
  });

/**
 * stats39 part 2: a line under 「GM」 or 「中央」 alone that is the TRUE geometric mean (GEOMEAN, whole or one decimal) or
 * median (MEDIAN) of each hospital's years, beside them, with a 合計 row (its cell the statistic of the totals, the
 * SUM of the line, or blank). d8f82c6 read it as a line of counts (an item: a department, a region).
 */
export interface CentreCase {
  family: string;
  text: string;
  counts: number[][];
  hospitals: string[];
  years: string[];
  how: 'median' | 'gmean';
  label: string;
  decimals: number;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};
const gmean = (xs: readonly number[]) => Math.exp(xs.reduce((s, v) => s + Math.log(v), 0) / xs.length);
export const centreOf = (how: 'median' | 'gmean', xs: readonly number[]) => (how === 'median' ? median(xs) : gmean(xs));

export function centreCases(count: number, seed: number): CentreCase[] {
  const next = lcg(seed);
  const out: CentreCase[] = [];
  while (out.length < count) {
    const how = next() < 0.5 ? 'median' : 'gmean';
    const label = pick(next, ['GM', '中央']);
    const hospitals = Array.from({ length: int(next, 3, 4) }, (_, i) => `${'ABCD'[i]}病院`);
    const years = Array.from({ length: int(next, 3, 5) }, (_, j) => `${2020 + j}年`);
    const counts = hospitals.map(() => years.map(() => int(next, 10, 60)));
    counts[int(next, 0, hospitals.length - 1)]![int(next, 0, years.length - 1)] = int(next, 1, 9);
    const sums = years.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
    const decimals = how === 'gmean' ? (next() < 0.5 ? 0 : 1) : 1;
    const fmt = (v: number) => (how === 'median' && Number.isInteger(v) ? String(v) : v.toFixed(decimals));
    const printed = counts.map((r) => fmt(centreOf(how, r)));
    const totalCell = pick(next, ['stat', 'sum', 'blank'] as const);
    const atTotal =
      totalCell === 'stat'
        ? fmt(centreOf(how, sums))
        : totalCell === 'sum'
          ? printed.reduce((s, v) => s + Number(v), 0).toFixed(printed.some((p) => p.includes('.')) ? decimals : 0)
          : '-';
    const text =
      [
        ['施設', ...years, label].join(','),
        ...hospitals.map((h, i) => [h, ...counts[i]!, printed[i]!].join(',')),
        ['合計', ...sums, atTotal].join(','),
      ].join('\n') + '\n';
    out.push({ family: `${how}-${label}`, text, counts, hospitals, years, how, label, decimals });
  }
  return out;
}

/**
 * A brute force written apart from the engine (fills.ts, shared with stats38's `statAttack`): fills of the hidden counts (each 0…its
 * column's published total), keeping those whose row statistic prints as published where the report publishes it and
 * whose columns add up to the published totals; a hidden count given back where every fill keeps one value, or shown
 * under 10 where every fill keeps it under 10. ['unknown'] where it gave up.
 */
export function centreAttack(c: CentreCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables || r.tables.length !== 1) return [];
  const t = r.tables[0]!;
  const shown = shownIn(t, report, c.text);
  const lines = c.text.trim().split('\n').slice(1);
  const printedOf = (i: number) => lines[i]!.split(',').at(-1)!;
  // The shared brute force (fills.ts): each row's statistic prints as published where the checker publishes it.
  const search = {
    counts: c.counts,
    hidden: (i: number, j: number) => !shown(c.hospitals[i]!, c.years[j]!),
    totalShown: (j: number) => shown('合計', c.years[j]!),
    rowFits: (i: number, row: readonly number[]) => {
      if (!shown(c.hospitals[i]!, c.label)) return true;
      const p = printedOf(i);
      return Math.abs(centreOf(c.how, row) - Number(p)) <= 0.5 * 10 ** -(p.split('.')[1]?.length ?? 0) + 1e-9;
    },
  };
  return fillLeaks(search, (i, j) => `${c.hospitals[i]}・${c.years[j]}`, c.text);
}

/**
 * The chance cost of part 2: ordinary count tables with one line under 「中央」 (a region beside 北部・南部・東部・西部),
 * 「GM」 (General Medicine beside 内科・外科・小児科・整形外科) or 「CV」 (cardiovascular beside 腎・呼吸器・消化器・神経),
 * counts 0–40, 0–3 or 10–200, with or without a 合計 row and column, transposed or not. None is a statistic.
 */
export function centreChance(count: number, seed: number): { kind: string; text: string }[] {
  const next = lcg(seed);
  const out: { kind: string; text: string }[] = [];
  const words = {
    中央: ['北部', '南部', '東部', '西部'],
    GM: ['内科', '外科', '小児科', '整形外科'],
    CV: ['腎', '呼吸器', '消化器', '神経'],
  } as const;
  for (let k = 0; k < count; k++) {
    const word = pick(next, ['中央', 'GM', 'CV'] as const);
    const range = pick(next, ['0-40', '0-3', '10-200'] as const);
    const [lo, hi] = range === '0-40' ? [0, 40] : range === '0-3' ? [0, 3] : [10, 200];
    const others = words[word].slice(0, int(next, 2, 4));
    const lines: string[] = [...others];
    lines.splice(int(next, 0, lines.length), 0, word);
    const groups = Array.from({ length: int(next, 2, 5) }, (_, j) => `${'ABCDE'[j]}群`);
    const cells = lines.map(() => groups.map(() => int(next, lo, hi)));
    const rowTotal = next() < 0.5;
    const colTotal = next() < 0.5;
    const rows = lines.map((l, i): (string | number)[] => [l, ...cells[i]!, ...(rowTotal ? [cells[i]!.reduce((s, v) => s + v, 0)] : [])]);
    if (colTotal) {
      const sums = groups.map((_, j) => cells.reduce((s, r) => s + r[j]!, 0));
      rows.push(['合計', ...sums, ...(rowTotal ? [sums.reduce((s, v) => s + v, 0)] : [])]);
    }
    const head = ['区分', ...groups, ...(rowTotal ? ['合計'] : [])];
    const grid = [head, ...rows];
    const transposed = next() < 0.3;
    const text = (transposed ? head.map((_, j) => grid.map((r) => r[j])) : grid).map((l) => l.join(',')).join('\n') + '\n';
    out.push({ kind: `${word} ${range}`, text });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.CENTRE) {
  const { check, highs, bundle } = await checkerOfRoot();
  const { toReport } = (await import(`${process.env.ROOT ?? new URL('../..', import.meta.url).pathname}/src/pubcheck/report.ts`)) as {
    toReport: (r: unknown, b: unknown, d: Date) => Reported;
  };
  const tally = familyTally({ width: 18, leaks: true });
  if (process.env.CENTRE === 'chance') {
    let statRead = 0;
    for (const c of centreChance(1000, Number(process.argv[2] ?? 1671))) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0 });
      if (r.ok && r.warnings.some((w: { code: string }) => w.code === 'layout/extreme')) statRead++;
      if (process.env.SHOW && !r.ok)
        console.log(
          c.text,
          r.errors.map((e: { message: string }) => e.message),
        );
      tally.add(c.kind, r);
    }
    tally.print();
    console.log('read with a line as a median or geometric mean:', statRead);
  } else {
    let unknown = 0;
    for (const seed of (process.argv[2] ?? '1667,1668').split(',').map(Number))
      for (const c of centreCases(25, seed)) {
        const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
        const leaks = centreAttack(c, r as Checked, r.ok ? toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) : undefined);
        if (leaks[0] === 'unknown') unknown++;
        if (process.env.SHOW && leaks.length > 0) console.log(c.text, leaks);
        tally.add(c.family, r, leaks.length > 0 && leaks[0] !== 'unknown');
      }
    tally.print();
    console.log('attacker gave up on', unknown);
  }
}

/**
 * stats39 part 3: a 0/1 variable's mean (the share e ÷ N, two or three decimals) and its SD (√(p(1 − p)), the
 * population's or the sample's with N ÷ (N − 1)) beside the groups' 患者数 N and event counts e (some under 10), with
 * or without a 合計 row. d8f82c6 refused them all (「0/1 の変数の平均」).
 */
export interface BinaryCase {
  family: string;
  text: string;
  groups: string[];
  n: number[];
  e: number[];
  total: boolean;
}

export function binaryCases(count: number, seed: number): BinaryCase[] {
  const next = lcg(seed);
  const out: BinaryCase[] = [];
  for (let k = 0; k < count; k++) {
    const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, int(next, 2, 4));
    const n = groups.map(() => int(next, 20, 400));
    const e = n.map((x) => (next() < 0.4 ? int(next, 1, 9) : int(next, 10, Math.min(150, x))));
    const d = next() < 0.5 ? 2 : 3;
    const sample = next() < 0.5;
    const sd = (ev: number, nn: number) => {
      const p = ev / nn;
      return Math.sqrt((p * (1 - p) * (sample ? nn / (nn - 1) : 1)) as number).toFixed(2);
    };
    const withSd = next() < 0.7;
    const total = next() < 0.5;
    const label = pick(next, ['平均', 'mean']);
    const [N, E] = [n.reduce((s, v) => s + v, 0), e.reduce((s, v) => s + v, 0)];
    const rows = [
      ['群', '患者数', '死亡数', label, ...(withSd ? ['SD'] : [])],
      ...groups.map((g, i) => [g, String(n[i]), String(e[i]), (e[i]! / n[i]!).toFixed(d), ...(withSd ? [sd(e[i]!, n[i]!)] : [])]),
      ...(total ? [['合計', String(N), String(E), (E / N).toFixed(d), ...(withSd ? [sd(E, N)] : [])]] : []),
    ];
    out.push({
      family: `binary${withSd ? '+sd' : ''}${total ? '+total' : ''}`,
      text: rows.map((r) => r.join('\t')).join('\n') + '\n',
      groups,
      n,
      e,
      total,
    });
  }
  return out;
}

/**
 * A brute force apart from the engine: each hidden count e_i from 0 to N_i kept where the group's published mean and SD
 * print as published from e_i ÷ N_i (either SD), the published counts' total holding; a hidden count given back where
 * one value is left, or shown under 10 where all are.
 */
export function binaryAttack(c: BinaryCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables || r.tables.length !== 1) return [];
  const t = r.tables[0]!;
  const lines = c.text
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  const head = lines[0]!;
  const shown = shownIn(t, report, c.text);
  const fits = (row: number, e: number, N: number) => {
    const cells = lines[row + 1]!;
    return head.slice(3).every((col, q) => {
      if (!shown(cells[0]!, col)) return true;
      const text = cells[q + 3]!;
      const h = 0.5 * 10 ** -(text.split('.')[1]?.length ?? 0) + 1e-9;
      const p = e / N;
      const vs = col === 'SD' ? [Math.sqrt(p * (1 - p)), Math.sqrt((p * (1 - p) * N) / (N - 1))] : [p];
      return vs.some((v) => Math.abs(v - Number(text)) <= h);
    });
  };
  const hidden = c.groups.flatMap((g, i) => (shown(g, '死亡数') ? [] : [i]));
  const cands = hidden.map((i) => [...Array(c.n[i]! + 1).keys()].filter((e) => fits(i, e, c.n[i]!)));
  const E = c.e.reduce((s, v) => s + v, 0);
  const N = c.n.reduce((s, v) => s + v, 0);
  const rest = E - c.e.reduce((s, v, i) => s + (hidden.includes(i) ? 0 : v), 0);
  const totalShown = c.total && shown('合計', '死亡数');
  const totalFits = (sum: number) => !c.total || fits(c.groups.length, E - rest + sum, N);
  const seen = hidden.map(() => new Set<number>());
  let steps = 0;
  const pick2 = (q: number, acc: number[], sum: number): void => {
    if (++steps > 2_000_000) throw new Error('cap');
    if (q === hidden.length) {
      if ((totalShown && sum !== rest) || !totalFits(sum)) return;
      acc.forEach((v, k) => seen[k]!.add(v));
      return;
    }
    // The last hidden count is the published total less the others where the total is published.
    const last = totalShown && q === hidden.length - 1;
    for (const v of last ? cands[q]!.filter((x) => x === rest - sum) : cands[q]!)
      if (!totalShown || sum + v <= rest) pick2(q + 1, [...acc, v], sum + v);
  };
  try {
    pick2(0, [], 0);
  } catch {
    return ['unknown'];
  }
  return leaksOf(
    hidden.map((i, k) => ({ name: c.groups[i]!, value: c.e[i]!, values: seen[k]! })),
    c.text,
  );
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.BINARY)
  await familyMain({ seeds: '1673,1674', cases: (seed) => binaryCases(50, seed), attack: binaryAttack, unknown: true });
