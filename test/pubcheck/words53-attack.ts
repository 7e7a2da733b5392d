/**
 * words53's attacker of a title's union (`union53`, words52's `union52`), apart from the engine and from the oracle's
 * reading of the text: a HiGHS MIP over the table as the generator made it — every cell a whole count ≥ 0, the shown
 * ones fixed, a 合計 row the sum of the lines above — given the title as a reader knows it: per group in the union a
 * whole count of patients counted once, at least each named line's count there and at most their sum, the groups'
 * adding up to the title's number (the union of sets of sizes a_i is any whole number from the largest to the sum).
 * Whether it recovers a count under 10 of a passed case (pinned, or bounded under 10) that it does not recover from
 * the table alone (the same cells hidden, no title).
 */
import type { Highs } from 'highs';
import { solver } from './helpers.ts';
import type { checkerIn } from './helpers.ts';

const highs = await solver();
type Checker = Awaited<ReturnType<typeof checkerIn>>;

export const runWith = (k: Checker, text: string, mipSeconds = 0.2) =>
  k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds });

/** A row of the attackers' MIPs: the sum of coefficient × variable over `terms` within [lo, hi]. */
export interface Con {
  terms: [number, number][];
  lo: number;
  hi: number;
}

/**
 * The optimum of one variable (`target`) of an integer program over whole counts in [lower, upper] under `cons`, solved
 * exactly (HiGHS MIP, no gap); undefined where the constraints admit no table. Shared by words53's, words55's and
 * words57's attackers.
 */
export function optimum(h: Highs, lower: number[], upper: number[], cons: Con[], target: number, sense: 'min' | 'max'): number | undefined {
  const n = lower.length;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const c of cons) {
    for (const [v, k] of [...c.terms].sort((a, b) => a[0] - b[0])) {
      indices.push(v);
      values.push(k);
    }
    starts.push(indices.length);
  }
  const inf = (x: number) => (x === Infinity ? h.infinity : x === -Infinity ? -h.infinity : x);
  const model = h.createModel({
    numCols: n,
    numRows: cons.length,
    colCost: lower.map((_, v) => (v === target ? 1 : 0)),
    colLower: lower,
    colUpper: upper.map(inf),
    rowLower: cons.map((c) => inf(c.lo)),
    rowUpper: cons.map((c) => inf(c.hi)),
    matrix: { format: 'csr', numRows: cons.length, numCols: n, starts, indices, values },
    sense: sense === 'min' ? h.constants.objectiveSense.minimize : h.constants.objectiveSense.maximize,
    integrality: lower.map(() => h.constants.variableType.integer),
  });
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0 });
    model.run();
    const status = model.getModelStatus();
    const s = h.constants.modelStatus;
    if (status === s.infeasible) return undefined;
    if (status === s.unbounded || status === s.unboundedOrInfeasible) return sense === 'max' ? Infinity : -Infinity;
    if (status !== s.optimal) throw new Error(`words attacker: HiGHS status ${status}`);
    return Math.round(model.getObjectiveValue());
  } finally {
    model.dispose();
  }
}

/**
 * A table as words57's and words59's generators made it: each line's counts (label, counts by column), a 合計 row last
 * where there is one; `lines` before it.
 */
export interface ShownTable {
  text: string;
  shown: (string | number)[][];
  lines: number;
  cols: string[];
}

/**
 * The cells a check hid of such a table (row × K + column of `shown`), or the codes it was refused with; 'failed' where
 * its protection did not pass. words57's and words59's attackers.
 */
export function hiddenOf(
  k: Checker,
  c: ShownTable,
): { refused: string } | { failed: Set<number> } | { hidden: Set<number>; table: ReturnType<typeof runWith> & { ok: true } } {
  const r = runWith(k, c.text);
  if (!r.ok) return { refused: [...new Set(r.errors.map((e) => e.code))].sort().join('+') };
  const tr = r.tables[0]!;
  const C = tr.table.cols.length;
  const K = c.cols.length;
  const hidden = new Set<number>();
  tr.status.forEach((s, id) => {
    const [row, col] = [Math.floor(id / C), id % C];
    if (s !== 'published' && row < c.shown.length && col < K) hidden.add(row * K + col);
  });
  if (tr.suppression?.passed === false) return { failed: hidden };
  return { hidden, table: r };
}

/**
 * Each hidden cell's least and greatest whole count (`optimum`) over such a table: every cell a whole count ≥ 0, the
 * published ones fixed at their true counts, a 合計 row the sum of the lines above, `n` (where given) the sum of every
 * line's counts, and `more` (what a reader knows beside the table). words57's and words59's attackers.
 */
export function shownRanges(
  c: ShownTable,
  hidden: ReadonlySet<number>,
  n: number | undefined,
  more: Con[] = [],
): { lo: number; hi: number }[] {
  const K = c.cols.length;
  const S = c.shown.length;
  const id = (r: number, k: number) => r * K + k;
  const lower: number[] = [];
  const upper: number[] = [];
  for (let r = 0; r < S; r++)
    for (let k = 0; k < K; k++) {
      const v = c.shown[r]![k + 1] as number;
      lower.push(hidden.has(id(r, k)) ? 0 : v);
      upper.push(hidden.has(id(r, k)) ? Infinity : v);
    }
  const cons: Con[] = [];
  if (S > c.lines)
    for (let k = 0; k < K; k++)
      cons.push({
        terms: [[id(c.lines, k), 1], ...Array.from({ length: c.lines }, (_, r): [number, number] => [id(r, k), -1])],
        lo: 0,
        hi: 0,
      });
  if (n !== undefined) {
    const all = Array.from({ length: c.lines }, (_, r) => c.cols.map((_, k): [number, number] => [id(r, k), 1])).flat();
    cons.push({ terms: all, lo: n, hi: n });
  }
  cons.push(...more);
  return [...hidden].map((v) => ({ lo: optimum(highs, lower, upper, cons, v, 'min')!, hi: optimum(highs, lower, upper, cons, v, 'max')! }));
}

export interface UnionCase {
  text: string;
  shown: (string | number)[][];
  lines: (string | number)[][];
  cols: string[];
  /** The named lines (rows of `shown`, which starts with `lines`). */
  pair: number[];
  col: number | null;
  union: number;
}

/** Each hidden count's whole range given the shown cells, the 合計 row's sums and (`title`) the union. */
export function ranges(c: UnionCase, hidden: ReadonlySet<number>, title: boolean): { lo: number; hi: number }[] {
  const K = c.cols.length;
  const L = c.lines.length;
  const S = c.shown.length;
  const value = (r: number, k: number) => c.shown[r]![k + 1] as number;
  const id = (r: number, k: number) => r * K + k;
  const lower: number[] = [];
  const upper: number[] = [];
  for (let r = 0; r < S; r++)
    for (let k = 0; k < K; k++) {
      const hid = hidden.has(id(r, k));
      lower.push(hid ? 0 : value(r, k));
      upper.push(hid ? Infinity : value(r, k));
    }
  const cons: Con[] = [];
  if (S > L)
    for (let k = 0; k < K; k++)
      cons.push({ terms: [[id(L, k), 1], ...Array.from({ length: L }, (_, r): [number, number] => [id(r, k), -1])], lo: 0, hi: 0 });
  if (title) {
    const ks = c.col === null ? c.cols.map((_, k) => k) : [c.col];
    const u = ks.map((k) => {
      lower.push(0);
      upper.push(Infinity);
      const v = lower.length - 1;
      for (const r of c.pair)
        cons.push({
          terms: [
            [v, 1],
            [id(r, k), -1],
          ],
          lo: 0,
          hi: Infinity,
        });
      cons.push({ terms: [[v, 1], ...c.pair.map((r): [number, number] => [id(r, k), -1])], lo: -Infinity, hi: 0 });
      return v;
    });
    cons.push({ terms: u.map((v): [number, number] => [v, 1]), lo: c.union, hi: c.union });
  }
  const sure = (x: number | undefined) => {
    if (x === undefined) throw new Error('words53 attacker: no table fits (the truth always does)');
    return x;
  };
  return [...hidden].map((v) => ({
    lo: sure(optimum(highs, lower, upper, cons, v, 'min')),
    hi: sure(optimum(highs, lower, upper, cons, v, 'max')),
  }));
}

/** Whether the title's union gives back a count under 10 of a passed case (the table alone does not). */
export function recoversUnion53(k: Checker, c: UnionCase): boolean {
  const r = runWith(k, c.text);
  if (!r.ok) return false;
  const tr = r.tables[0]!;
  if (tr.suppression?.passed === false) return false;
  const K = c.cols.length;
  const C = tr.table.cols.length;
  const hidden = new Set<number>();
  tr.status.forEach((s, id) => {
    const [row, col] = [Math.floor(id / C), id % C];
    if (s !== 'published' && row < c.shown.length && col < K) hidden.add(row * K + col);
  });
  if (hidden.size === 0) return false;
  const found = (g: { lo: number; hi: number }) => g.hi <= g.lo || g.hi < 10;
  const alone = ranges(c, hidden, false);
  const withTitle = ranges(c, hidden, true);
  return withTitle.some((g, i) => found(g) && !found(alone[i]!));
}
