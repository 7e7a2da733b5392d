/**
 * oracle46 (issue #11): pairs of truths that give one published page, over the multi-table inputs the oracle reads
 * (seeds 2361–2380). Each case is counts and a way to print them — SAS PROC FREQ's crosstab with two or three of
 * Percent / Row Pct / Col Pct (three tables of the same counts), Stata's two-way text with two or three lines of
 * percentages, SPSS FREQUENCIES with missing rows (the whole's and the valid's tables of the same counts). `twin`
 * looks for another truth the checker publishes alike: the counts moved by one around a rectangle of cells (a crosstab:
 * every margin kept) or between two rows (a list: its total kept), kept where the published cells (their text) and the
 * hidden set are the same. An oracle that reads only what is published gives both truths the same ranges.
 */
import { int, lcg, pick } from './helpers.ts';
import { cross, stataTwoWay, type Joined, type StataKind } from './formats35-families.ts';
import { sasCrossMoreTable, type SasStat } from './formats42-families.ts';
import { spssTable } from './spss43-families.ts';
import type { Ok } from './protection.ts';

export interface TwinCase {
  kind: 'sas' | 'stata' | 'spss';
  /** The counts (a list: one column) and, for SPSS, the missing counts after them. */
  counts: number[][];
  print: (counts: number[][]) => Joined;
  /** The moves of one that keep every total: (row, col, +1 or −1) each. */
  moves: [number, number, number][][];
}

const SAS_ROWS = [
  ['male', 'female', 'unknown'],
  ['StageI', 'StageII', 'StageIII', 'unknown'],
  ['<65', '65-74', '>=75'],
];
const SAS_COLS = [
  ['A群', 'B群'],
  ['died', 'alive'],
  ['none', 'mild', 'severe'],
];
const SAS_STATS: SasStat[][] = [
  ['count', 'cell', 'row', 'col'],
  ['count', 'row', 'col'],
  ['count', 'cell', 'row'],
  ['count', 'expected', 'chi2', 'cell', 'row', 'col'],
];
const STATA_KINDS: StataKind[][] = [
  ['row', 'col'],
  ['row', 'cell'],
  ['col', 'cell'],
  ['row', 'col', 'cell'],
];
const LISTS = [
  ['<40', '40-49', '50-59', '60-69', '70-79', '>=80'],
  ['StageI', 'StageII', 'StageIII', 'StageIV'],
  ['none', 'mild', 'moderate', 'severe', 'fatal'],
];

/**
 * Counts 10–99 with one to three of them under 10 (so cells are hidden and others with them); `twice`: one row twice
 * another (39 45 beside 78 90, as formats44's case), a chance equality of the truth the twin breaks.
 */
function small(next: () => number, rows: number, cols: number, twice = false): number[][] {
  const c = Array.from({ length: rows }, () => Array.from({ length: cols }, () => int(next, 10, 99)));
  for (let t = int(next, 1, 3); t > 0; t--) c[int(next, 0, rows - 1)]![int(next, 0, cols - 1)] = int(next, 1, 9);
  if (twice) {
    const a = int(next, 0, rows - 1);
    const b = (a + int(next, 1, rows - 1)) % rows;
    c[b] = c[a]!.map((x) => 2 * Math.max(x, 10));
    c[a] = c[b].map((x) => x / 2);
  }
  return c;
}

const rectangles = (rows: number, cols: number): [number, number, number][][] => {
  const out: [number, number, number][][] = [];
  for (let a = 0; a < rows; a++)
    for (let b = a + 1; b < rows; b++)
      for (let x = 0; x < cols; x++)
        for (let y = x + 1; y < cols; y++)
          for (const s of [1, -1])
            out.push([
              [a, x, s],
              [b, y, s],
              [a, y, -s],
              [b, x, -s],
            ]);
  return out;
};

/** `n` cases of each kind from one seed. */
export function twinCases(n: number, seed: number): TwinCase[] {
  const next = lcg(seed);
  const out: TwinCase[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, SAS_ROWS);
    const cols = pick(next, SAS_COLS);
    const stats = pick(next, SAS_STATS);
    const names = pick(next, ['both', 'none'] as const);
    out.push({
      kind: 'sas',
      counts: small(next, rows.length, cols.length, next() < 0.6),
      print: (c) => sasCrossMoreTable(rows, cols, c, stats, { names }),
      moves: rectangles(rows.length, cols.length),
    });
    const srows = pick(next, SAS_ROWS);
    const scols = pick(next, SAS_COLS);
    const kinds = pick(next, STATA_KINDS);
    const key = next() < 0.5;
    out.push({
      kind: 'stata',
      counts: small(next, srows.length, scols.length, next() < 0.6),
      print: (c) => {
        const { truth, sums } = cross(c);
        const two = stataTwoWay(srows, scols, truth, kinds, key, true, true);
        return { family: 'oracle46-stata', text: two.lines.join('\n') + '\n', truth, sums, tokens: two.tokens, joined: two.joined + '\n' };
      },
      moves: rectangles(srows.length, scols.length),
    });
    const list = pick(next, LISTS);
    const k = int(next, 1, 3);
    const ja = next() < 0.5;
    const pasted = next() < 0.5;
    const title = ja ? pick(next, ['重症度', '年齢区分', '病期']) : pick(next, ['grade', 'age group', 'stage']);
    const c = small(next, list.length, 1);
    const miss = Array.from({ length: k }, () => int(next, 1, 40));
    const all = [...c, ...miss.map((m) => [m])];
    const moves: [number, number, number][][] = [];
    // Between two categories, or two missing rows (the valid 合計 and the whole N kept).
    for (let a = 0; a < all.length; a++)
      for (let b = a + 1; b < all.length; b++)
        if (a < list.length === b < list.length)
          for (const s of [1, -1])
            moves.push([
              [a, 0, s],
              [b, 0, -s],
            ]);
    out.push({
      kind: 'spss',
      counts: all,
      print: (x) =>
        spssTable(
          list,
          x.slice(0, list.length),
          x.slice(list.length).map((m) => m[0]!),
          ja,
          pasted,
          title,
        ),
      moves,
    });
  }
  return out;
}

/** The published page of a check: every published cell with its text, and the hidden set. */
export function pageOf(r: Ok): { shown: string[]; hidden: string[] } {
  const hidden: string[] = [];
  const shown: string[] = [];
  r.tables.forEach((t, ti) =>
    t.status.forEach((st, id) => {
      const [i, k] = [Math.floor(id / t.table.cols.length), id % t.table.cols.length];
      if (st !== 'published') hidden.push(`${ti}:${i}:${k}`);
      else shown.push(`${ti}:${i}:${k}=${t.table.cells[i]![k]!.text}`);
    }),
  );
  return { shown, hidden: hidden.sort() };
}

/**
 * Another truth of `c` whose page `check` publishes alike (the first move that keeps every count at 1 or more and the
 * page the same), with both checks; undefined where none does.
 */
export function twin(
  c: TwinCase,
  check: (text: string) => Ok | undefined,
): { one: Joined; two: Joined; r1: Ok; r2: Ok; moved: number[][] } | undefined {
  const one = c.print(c.counts);
  const r1 = check(one.text);
  if (!r1) return undefined;
  const p1 = JSON.stringify(pageOf(r1));
  if (pageOf(r1).hidden.length === 0) return undefined;
  for (const move of c.moves) {
    const moved = c.counts.map((row) => [...row]);
    for (const [i, j, s] of move) moved[i]![j]! += s;
    if (moved.some((row) => row.some((x) => x < 1))) continue;
    const two = c.print(moved);
    const r2 = check(two.text);
    if (r2 && JSON.stringify(pageOf(r2)) === p1) return { one, two, r1, r2, moved };
  }
  return undefined;
}
