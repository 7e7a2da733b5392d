/**
 * totals46 (issue #11): a loose whole under its lines' sum protected, not refused (overtotal.ts `readOverlap`).
 *
 * `attackOverlap`: an attacker of totals45's `underWholes` apart from the engine, who reads the line as the whole of a
 * table of several answers: at each position the overlap O = the lines' sum less the whole (O ≥ 0, unknown where a
 * cell is hidden) and the whole at least each line, every cell an integer ≥ 0, published cells as printed. HiGHS
 * (MIP) gives each hidden cell's and O's least and largest value; 'leaked' where a small count (a hidden cell or O of
 * 1 to under the threshold) is bounded under the threshold, or a hidden cell pinned to one value. Each position
 * apart (the families print no line across).
 *
 * Run as a script: `ROOT=<tree> [COST=<m>] npx node test/pubcheck/totals46-families.ts <n>` (the families of n tables;
 * with COST, innocentAnswers of seed 2342 and totals14's ordinary families, m × 5 tables of seed 2383 each).
 */
import type { Highs } from 'highs';
import { T } from './attack32-families.ts';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { hiddenPrinted, keyTally, ordinaryTally } from './totals14-families.ts';
import { innocentAnswers, underWholes, type UnderCase } from './totals45-families.ts';
import { int, lcg, pick } from './helpers.ts';
import { judgeWhole, type WholeCase } from './totals44-families.ts';

/** Words for the whole in no list of the checker (header.ts): 「Semua」 (Indonesian), 「患者全体」, a bare letter … */
export const UNLISTED_WORDS = [
  'Semua',
  'Alle Patienten',
  'Todos os pacientes',
  'Kaikki potilaat',
  '患者全体',
  '全体患者',
  '対象者全体',
  'X',
];
const ITEMS = ['発熱', '頭痛', '発疹', '嘔吐', '下痢'];
const GROUPS = ['A群', 'B群', 'C群', 'D群'];

/**
 * `count` tables of seed `seed`: totals45's `underWholes` (3–5 answers, 2–4 groups, the line first or last, row or
 * column) under a word in no list, under the answers' sum by 0–9 in every position, 1–9 in one at least.
 */
export function unlistedWholes(count: number, seed: number): UnderCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const word = pick(next, UNLISTED_WORDS);
    const items = ITEMS.slice(0, int(next, 3, 5));
    const groups = GROUPS.slice(0, int(next, 2, 4));
    const cells = items.map(() => groups.map(() => (next() < 0.2 ? int(next, 1, T - 1) : int(next, 10, 60))));
    const room = groups.map((_, k) => items.reduce((s, _, i) => s + cells[i]![k]!, 0) - Math.max(...items.map((_, i) => cells[i]![k]!)));
    const over = groups.map((_, k) => Math.min(room[k]!, int(next, 0, T - 1)));
    const at = int(next, 0, groups.length - 1);
    over[at] = Math.min(room[at]!, int(next, 1, T - 1));
    const line = groups.map((_, k) => items.reduce((s, _, i) => s + cells[i]![k]!, 0) - over[k]!);
    const rowsOf = items.map((l, i) => [l, ...cells[i]!.map(String)]);
    const all = next() < 0.3 ? [[word, ...line.map(String)], ...rowsOf] : [...rowsOf, [word, ...line.map(String)]];
    let g = [['', ...groups], ...all];
    const transposed = next() < 0.3;
    if (transposed) g = g[0]!.map((_, c) => g.map((l) => l[c]!));
    return { text: `${g.map((l) => l.join('\t')).join('\n')}\n`, axis: transposed ? ('cols' as const) : ('rows' as const), label: word };
  });
}

type Result =
  | { ok: false; errors: { code: string }[] }
  | {
      ok: true;
      tables: { table: { rows: { label: string }[]; cols: { label: string }[]; cells: { value: { n?: number } }[][] }; status: string[] }[];
    };

/** min or max of variable `target` under rows lo ≤ Σ k·x ≤ hi, x integer ≥ 0 (Infinity where unbounded). */
function optimum(
  highs: Highs,
  n: number,
  rows: { terms: [number, number][]; lo: number; hi: number }[],
  target: number,
  sense: 'min' | 'max',
) {
  const starts = [0];
  const indices: number[] = [];
  const vals: number[] = [];
  for (const r of rows) {
    for (const [v, k] of [...r.terms].sort((a, b) => a[0] - b[0])) (indices.push(v), vals.push(k));
    starts.push(indices.length);
  }
  const inf = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
  const model = highs.createModel({
    numCols: n,
    numRows: rows.length,
    colCost: Array.from({ length: n }, (_, v) => (v === target ? 1 : 0)),
    colLower: Array.from({ length: n }, () => 0),
    colUpper: Array.from({ length: n }, () => highs.infinity),
    rowLower: rows.map((r) => inf(r.lo)),
    rowUpper: rows.map((r) => inf(r.hi)),
    matrix: { format: 'csr', numRows: rows.length, numCols: n, starts, indices, values: vals },
    sense: sense === 'min' ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize,
    integrality: Array.from({ length: n }, () => highs.constants.variableType.integer),
  });
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0 });
    model.run();
    const s = highs.constants.modelStatus;
    const status = model.getModelStatus();
    if (status === s.unbounded || status === s.unboundedOrInfeasible) return sense === 'max' ? Infinity : -Infinity;
    if (status !== s.optimal) throw new Error(`totals46: HiGHS status ${status}`);
    return Math.round(model.getObjectiveValue());
  } finally {
    model.dispose();
  }
}

/** One `underWholes` case against the overlap attacker: 'refused', 'leaked' or 'read, none leaked'; `hidden`: printed cells hidden. */
export function attackOverlap(highs: Highs, r: Result, c: UnderCase): { what: string; hidden: number } {
  if (!r.ok) return { what: 'refused', hidden: 0 };
  const { table, status } = r.tables[0]!;
  const [lines, across] = c.axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
  const width = table.cols.length;
  const idx = (i: number, k: number) => (c.axis === 'rows' ? i * width + k : k * width + i);
  const n = (i: number, k: number) => (c.axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!).value.n ?? NaN;
  // The lines the text prints (not the checker's own: its overlap, the others' sum, a rest read both ways).
  const grid = c.text
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  const own = c.axis === 'rows' ? grid.slice(1).map((l) => l[0]!) : grid[0]!.slice(1);
  const printed = lines.flatMap((h, i) => (own.includes(h.label) ? [i] : []));
  const li = printed.find((i) => lines[i]!.label === c.label)!;
  const items = printed.filter((i) => i !== li);
  let hidden = 0;
  let leaked = false;
  const ownAcross = c.axis === 'rows' ? grid[0]!.slice(1) : grid.slice(1).map((l) => l[0]!);
  for (let k = 0; k < across.length; k++) {
    if (!ownAcross.includes(across[k]!.label)) continue;
    // Variables: the hidden cells of the position, then O.
    const vars = printed.filter((i) => status[idx(i, k)] !== 'published');
    hidden += vars.length;
    const vOf = (i: number) => vars.indexOf(i);
    const O = vars.length;
    const term = (i: number, coef: number): { v?: [number, number]; c: number } =>
      vOf(i) >= 0 ? { v: [vOf(i), coef], c: 0 } : { c: coef * n(i, k) };
    const row = (parts: { v?: [number, number]; c: number }[], lo: number, hi: number) => {
      const c0 = parts.reduce((s, p) => s + p.c, 0);
      return { terms: parts.flatMap((p) => (p.v ? [p.v] : [])), lo: lo - c0, hi: hi - c0 };
    };
    const rows = [
      row([...items.map((i) => term(i, 1)), term(li, -1), { v: [O, -1] as [number, number], c: 0 }], 0, 0),
      ...items.map((i) => row([term(li, 1), term(i, -1)], 0, Infinity)),
    ].filter((x) => x.terms.length > 0);
    const truthO = items.reduce((s, i) => s + n(i, k), 0) - n(li, k);
    for (const [v, truth] of [...vars.map((i, j) => [j, n(i, k)] as const), [O, truthO] as const]) {
      const lo = optimum(highs, O + 1, rows, v, 'min');
      const hi = optimum(highs, O + 1, rows, v, 'max');
      if ((v < O && lo === hi) || (truth > 0 && truth < T && hi < T)) leaked = true;
    }
  }
  return { what: leaked ? 'leaked' : 'read, none leaked', hidden };
}

/** Japanese words for the whole in no list of the checker (header.ts), over the items: 「患者全体」「対象者全体」… */
export const UNLISTED_JAPANESE = ['患者全体', '全体患者', '対象者全体', '調査対象', '登録患者', '集計対象'];

/**
 * `count` tables of seed `seed`: totals45's `newWholes` (a line over 2–4 items by 1–9 in one position at least, by
 * 10–30 in another in three of four) under a Japanese word in no list, judged by totals44's `judgeWhole`.
 */
export function unlistedOver(count: number, seed: number): WholeCase[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const word = pick(next, UNLISTED_JAPANESE);
    const items = ITEMS.slice(0, int(next, 2, 4));
    const groups = GROUPS.slice(0, int(next, 2, 4));
    const cells = items.map(() => groups.map(() => (next() < 0.25 ? int(next, 1, T - 1) : int(next, 10, 60))));
    const mixed = next() < 0.75;
    const rests = groups.map(() => int(next, 1, T - 1));
    if (mixed) rests[int(next, 0, groups.length - 1)] = int(next, T, 30);
    rests[rests.findIndex((d) => d >= T) === 0 ? groups.length - 1 : 0] = int(next, 1, T - 1);
    const line = groups.map((_, k) => items.reduce((s, _, i) => s + cells[i]![k]!, 0) + rests[k]!);
    const rowsOf = items.map((l, i) => [l, ...cells[i]!.map(String)]);
    const all = next() < 0.3 ? [[word, ...line.map(String)], ...rowsOf] : [...rowsOf, [word, ...line.map(String)]];
    let g = [['', ...groups], ...all];
    const transposed = next() < 0.3;
    if (transposed) g = g[0]!.map((_, c) => g.map((l) => l[c]!));
    return {
      text: `${g.map((l) => l.join('\t')).join('\n')}\n`,
      axis: transposed ? ('cols' as const) : ('rows' as const),
      label: word,
      mixed,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const count = Number(process.argv[2] ?? 100);
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  const { add, print } = keyTally();
  const families: [string, UnderCase[]][] = [
    ['underWholes 2341', underWholes(count, 2341)],
    ['underWholes 2381', underWholes(count, 2381)],
    ['unlistedWholes 2382', unlistedWholes(count, 2382)],
  ];
  for (const [family, cases] of families)
    for (const c of cases) {
      const r = run(c.text) as Result;
      const { what, hidden } = attackOverlap(highs, r, c);
      add(`${family}: ${what === 'refused' ? `refused ${codesOf(r as never)}` : what}`);
      add(`${family}: printed cells hidden`, hidden);
      if (process.env.SHOW && what === 'leaked') console.log(family, what, JSON.stringify(c.text));
    }
  for (const c of unlistedOver(count, 2384)) {
    const r = run(c.text);
    const what = judgeWhole(highs, r as never, c, 'threshold');
    add(`unlistedOver 2384 (${c.mixed ? 'mixed' : 'small everywhere'}): ${what === 'refused' ? `refused ${codesOf(r as never)}` : what}`);
    if (process.env.SHOW && what !== 'read, none leaked') console.log(what, JSON.stringify(c.text));
  }
  if (process.env.COST) {
    for (const c of innocentAnswers(1000, 2342)) {
      const r = run(c.text);
      add(`innocentAnswers 2342: ${r.ok ? 'read' : `refused ${codesOf(r as never)}`}`);
      if (r.ok && r.warnings.some((w) => w.code === 'total/overlap')) add('innocentAnswers 2342: read with an overlap');
      if (r.ok) add('innocentAnswers 2342: printed cells hidden', hiddenPrinted(r.tables[0] as never));
    }
    ordinaryTally(run as never, add, Number(process.env.COST), 2383);
  }
  print();
}
