/**
 * Sums the labels do not declare, found by arithmetic: a row (or column) whose counts equal, in every column, the sum
 * of other rows is a total or a subtotal whatever it is called (全症例, Overall, 男性計 …), and a stated N
 * (`(N=30)` in the headers, N in the title or the corner cell) that equals a sum of rows is that sum. An attacker
 * can add up as well as the checker can, so each such relation is an equation of the table; one that holds by
 * coincidence only makes the audit stricter.
 *
 * Searched, for each row that is not already declared a sum: the sum of every other top-level row (a total); runs of
 * two or more adjacent rows just before or after it (a subtotal written without indentation); and, when the table
 * is not long (60 rows; a single column of counts, 16), any set of two or more rows (cross-classified layouts, 男性計 under 男性・20代 and 男性・30代 with 女性
 * rows between; 重度・中等度 after 軽度 in a list). In a multi-column table of any length any set is searched too,
 * within a work limit (WIDE_BUDGET); a row it cannot settle is reported. In a long list some rows add up to another by
 * chance, so only the first two are searched there, and any set only for a row whose label says it combines others
 * (COMBINED). A sum that holds by chance is still true of the published counts: treating it as an equation only makes
 * the audit stricter. Under a line that is the sum of every other line (`wholeLine`: a total of disjoint parts) no
 * other line is a sum of others (it would be counted twice in the total): none is searched there — unless a line
 * whose label says it combines others is the sum of some (`combinedSum`: then every sum is searched, as without one).
 */
import { remembered } from './cell.ts';
import { countOf } from './table.ts';
import type { FoundSum, Header, Table } from './types.ts';

/** Nodes the subset search may visit per row before it gives up on that row (then only runs and the total count). */
const BUDGET = 20_000;
/**
 * Any set of rows is searched only in tables this small (rows, and rows a sum could be made of): in a long table
 * of small counts some rows add up to another by chance, and each chance equation would only make the audit
 * stricter and slower. Runs of adjacent rows up to this length are searched in any table.
 */
export const SET_ROWS = 60;
export const SET_CANDIDATES = 24;
/**
 * The same for a single column of counts (a list), where one number, not a row of them, has to match: in a list of
 * 60 small counts nearly every row is the sum of some others by chance, and each such equation ties more of the
 * list together until all of it is hidden.
 */
export const LIST_ROWS = 16;
const RUN_LENGTH = 12;
/**
 * A row whose label says it combines others (重度・中等度, 男性計, A及びB, A又はB, 発熱、頭痛, 65歳以上, 合算, Total,
 * A + B, A or B): the rows its label names are the set an attacker adds up first, searched in a table of any length;
 * within the sizes above, any set of rows is searched for it among this many candidates (not only SET_CANDIDATES).
 * Past them, only the named rows: a search of every set for each such row of a long list takes minutes and finds
 * sums by chance.
 */
export const COMBINED =
  /[・･、+＋&]|計|及び|および|または|又は|もしくは|並びに|以上|以下|合算|合わせ|全体|全て|すべて|\b(?:and|or|total|sum|all|any|overall)\b/i;
const COMBINED_CANDIDATES = 400;

/** The counts of a row (axis `rows`) or a column, position by position across the other axis. */
export function vectors(table: Table, axis: 'rows' | 'cols'): number[][] {
  const { rows, cols, cells } = table;
  return axis === 'rows'
    ? rows.map((_, r) => cols.map((__, c) => countOf(cells[r]![c]!)))
    : cols.map((_, c) => rows.map((__, r) => countOf(cells[r]![c]!)));
}

const isZero = (v: readonly number[]) => v.every((x) => x === 0);
const within = (a: readonly number[], b: readonly number[]) => a.every((x, i) => x <= b[i]!);
const equal = (a: readonly (number | undefined)[], b: readonly number[]) => a.every((x, i) => x === undefined || x === b[i]);

/** Is `a` an ancestor of `b` in the declared tree? */
export function ancestor(headers: readonly Header[], a: number, b: number): boolean {
  for (let p = headers[b]!.parent; p !== null; p = headers[p]!.parent) if (p === a) return true;
  return false;
}

/** Sets of rows one sum is searched for at most (the first is the table's structure, the others alternatives). */
const MAX_SETS = 8;

/**
 * The sets of `candidates` (`least` or more) whose vectors add up to `target` exactly, searched depth first with the
 * remaining target as the bound — and, where `reach` is given, what the candidates not yet tried can still add up to
 * (a branch that cannot reach the target in some position is cut) — up to MAX_SETS of them; those found before the
 * budget runs out. `stopped` is set when the budget ran out (the search is not complete); `nodes`, the work done.
 */
function subsets(
  target: readonly (number | undefined)[],
  candidates: readonly number[],
  vecs: readonly number[][],
  least = 2,
  budget = BUDGET,
  reach = false,
): number[][] & { stopped?: boolean; nodes?: number } {
  const known = target.map((x, i) => (x === undefined ? -1 : i)).filter((i) => i >= 0);
  const rest = known.map((i) => target[i]!);
  const chosen: number[] = [];
  const found: number[][] & { stopped?: boolean; nodes?: number } = [];
  // suffix[k · w + j]: what candidates k, k+1, … add up to in known position j (one flat array, html10: an array per
  // candidate for each row searched made a million small arrays in a table of 1,000 rows).
  const w = known.length;
  const suffix = new Float64Array(reach ? (candidates.length + 1) * w : 0);
  if (reach)
    for (let k = candidates.length - 1; k >= 0; k--) {
      const v = vecs[candidates[k]!]!;
      for (let j = 0; j < w; j++) suffix[k * w + j] = suffix[(k + 1) * w + j]! + v[known[j]!]!;
    }
  let nodes = 0;
  const visit = (from: number): void => {
    if (found.length >= MAX_SETS) return;
    if (++nodes > budget) {
      found.stopped = true;
      return;
    }
    if (rest.every((x) => x === 0)) {
      if (chosen.length >= least) found.push([...chosen]);
      // Rows of zeros are no candidates, so nothing more can be added to an exact sum.
      return;
    }
    if (reach && !rest.every((x, j) => x <= suffix[from * w + j]!)) return;
    for (let k = from; k < candidates.length; k++) {
      const v = vecs[candidates[k]!]!;
      if (!known.every((i, j) => v[i]! <= rest[j]!)) continue;
      known.forEach((i, j) => (rest[j]! -= v[i]!));
      chosen.push(candidates[k]!);
      visit(k + 1);
      chosen.pop();
      known.forEach((i, j) => (rest[j]! += v[i]!));
      if (found.stopped) return;
    }
  };
  visit(0);
  found.nodes = nodes;
  return found;
}

/** NFKC, remembered (perf9: every label is compared with each combining one; cell.ts `remembered`). */
const nfkc = remembered((text: string): string => text.normalize('NFKC'));
/** A label's name as `nearbySets` compares it (NFKC, trimmed), remembered: one string for one label. */
const nameOf = remembered((text: string): string => nfkc(text).trim());
/**
 * Each header's name (`nameOf`), kept for the list of headers (html9: `nearbySets` asks for all of them for each row
 * whose label names others, a million look-ups of 2,000-character keys for 1,000 such labels). A list is not changed
 * while its sums are read (headers' labels are set when the list is built).
 */
const NAMES = new WeakMap<readonly Header[], { labels: string[]; names: string[] }>();
function namesOf(headers: readonly Header[]): string[] {
  const had = NAMES.get(headers);
  if (had && had.labels.length === headers.length && had.labels.every((l, j) => l === headers[j]!.label)) return had.names;
  const labels = headers.map((h) => h.label);
  const names = labels.map(nameOf);
  NAMES.set(headers, { labels, names });
  return names;
}
/** For each list of names (`namesOf`), the lines whose names each line's label holds (`nearbySets`). */
const HELD = new WeakMap<readonly string[], Map<number, number[]>>();
/** A polynomial hash of a text (mod 2³², base HASH_BASE), remembered. */
const HASH_BASE = 1_000_003;
const hashOf = remembered((text: string): number => prefixHashes(text)[text.length]!);
function prefixHashes(text: string): number[] {
  const h = [0];
  for (let k = 0; k < text.length; k++) h.push((Math.imul(h[k]!, HASH_BASE) + text.charCodeAt(k)) | 0);
  return h;
}

/**
 * `label.includes(name)` (perf9): where the name is long and the label less than twice as long, by the hash of each
 * place of the label (`hashes`: `prefixHashes(label)`, `powers[k]`: HASH_BASE^k), each equal hash checked with
 * `startsWith` — the same answer, without comparing the two texts from each of their first characters (1,000 labels of
 * 2,000 characters differing at their end took seconds). Elsewhere `includes` itself.
 */
export function holds(label: string, name: string, hashes: () => readonly number[], powers: () => readonly number[]): boolean {
  const n = label.length;
  const m = name.length;
  if (m > n) return false;
  if (m < 64 || n - m >= m) return label.includes(name);
  const h = hashes();
  const p = powers()[m]!;
  const target = hashOf(name);
  for (let k = 0; k + m <= n; k++) {
    if (((h[k + m]! - Math.imul(h[k]!, p)) | 0) === target && label.startsWith(name, k)) return true;
  }
  return false;
}

/**
 * The sets of rows an attacker adds up first for row `i`, whatever the table's length (no search of every set):
 * runs of two or more adjacent rows just after it, then just before it (every length up to RUN_LENGTH: a subtotal
 * written without indentation), and the rows its label names when it says it combines others (COMBINED: 重度・中等度
 * over 重度 and 中等度). A part is a non-zero row, not a total, not an ancestor of row `i`; a run stops before the first
 * row that is none. `findSums` takes those that add up exactly; `nearSums` (read.ts) refuses a row that adds up to one
 * of them with a slip.
 */
export function nearbySets(
  headers: readonly Header[],
  vecs: readonly (readonly number[])[],
  i: number,
  known?: readonly string[],
): { parts: number[]; how: 'run' | 'named' }[] {
  const part = (j: number) => j !== i && headers[j]!.kind !== 'total' && !isZero(vecs[j]!) && !ancestor(headers, j, i);
  const out: { parts: number[]; how: 'run' | 'named' }[] = [];
  for (const step of [1, -1]) {
    const rows: number[] = [];
    for (let j = i + step; j >= 0 && j < headers.length && part(j) && rows.length < RUN_LENGTH; j += step) {
      rows.push(j);
      if (rows.length >= 2) out.push({ parts: step > 0 ? [...rows] : [...rows].reverse(), how: 'run' });
    }
  }
  const label = nfkc(headers[i]!.label);
  if (COMBINED.test(label)) {
    let hashes: number[] | undefined;
    let powers: number[] | undefined;
    const labelHashes = () => (hashes ??= prefixHashes(label));
    const labelPowers = () => {
      if (powers === undefined) {
        powers = [1];
        for (let k = 0; k < label.length; k++) powers.push(Math.imul(powers[k]!, HASH_BASE));
      }
      return powers;
    };
    // (`known`: the names a caller read once for all its rows, html10.)
    const names = known ?? namesOf(headers);
    // The lines whose names the label holds, found once for the list (html10: `findSums` and `nearSums` ask again for
    // each row; 1,000 labels of 2,000 characters compared a million times each time). Labels, names: `namesOf`.
    let held = HELD.get(names);
    if (!held) HELD.set(names, (held = new Map()));
    let holding = held.get(i);
    if (!holding) {
      holding = headers.flatMap((_, j) => {
        const name = names[j]!;
        return j !== i && name !== '' && name.length <= label.length && holds(label, name, labelHashes, labelPowers) ? [j] : [];
      });
      held.set(i, holding);
    }
    const parts = holding.filter(part);
    if (parts.length >= 2) out.push({ parts, how: 'named' });
  }
  return out;
}

/**
 * Multi-column tables longer than SET_ROWS (and rows of shorter ones with more than SET_CANDIDATES rows they could be
 * made of): a row equal in every column to the sum of a set of other rows is rarer by chance (every column must
 * match), so any set is searched there too, among every row it could be made of (largest first, the search cut where
 * the rows left cannot reach the target), within WIDE_BUDGET nodes per row and WIDE_TABLE_BUDGET per table. Every set
 * found is an equation, as in shorter tables; a row whose search ran out, or that is the sum of MAX_SETS sets or more
 * (rows of small counts, by chance), is reported (`sum/not-searched`), never skipped silently.
 */
const WIDE_BUDGET = 50_000;
const WIDE_TABLE_BUDGET = 3_000_000;

/** Two lists of numbers the same, place by place. */
export const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const same = sameNumbers;

/**
 * The line of an axis that is, in every position, the sum of EVERY other line of it (a total, by its label or found by
 * arithmetic), where there is one: two other lines at least, not all 0, no line of ours (ofwhich.ts: a table of
 * several answers, its Ns and rests) and no declared subtotal. Under it the other lines are disjoint parts of one
 * whole: a line that were also the sum of some others would be counted twice in the total (possible only where it is
 * 0), and two runs of lines adding up alike would be two breakdowns of the same patients, counted twice too. So in that
 * direction no sum by arithmetic among the other lines (`findSums`: runs and sets) and no runs adding up alike
 * (system.ts `sameGroups`) is taken: an equality among them is a chance one, and an attacker who sees the total has
 * no basis for such a structure either (チェッカーの判断, `sum/disjoint`). Where the total is the sum of only some
 * lines (小計 rows, indented rows, a total of the top level only), there is none and nothing changes. Lists only (lines
 * of one position): in a table of several columns an equality holding in every column is seen in those left
 * published, so it is taken there as before.
 */
export function wholeLine(table: Table, axis: 'rows' | 'cols', vecs: readonly number[][] = vectors(table, axis)): number | undefined {
  const headers = axis === 'rows' ? table.rows : table.cols;
  if (headers.length < 3 || headers.some((h) => h.kind === 'subtotal' || h.rest || h.ns)) return undefined;
  // One position only (a list: one column, or one row). Where the lines have several positions an equality holding
  // in all of them stays in sight in the positions left published once one of its counts is hidden, and an attacker
  // may take the pattern for a structure: there it is taken as an equation, as before.
  const width = vecs[0]?.length ?? 0;
  if (width !== 1) return undefined;
  const all = Array.from({ length: width }, (_, k) => vecs.reduce((s, v) => s + v[k]!, 0));
  if (all.every((x) => x === 0)) return undefined;
  const i = vecs.findIndex((v) => v.every((x, k) => 2 * x === all[k]!));
  if (i < 0 || headers[i]!.kind === 'subtotal') return undefined;
  // The others: two at least that are not 0 (a line beside one other equal to it is no total of parts).
  return vecs.filter((v, j) => j !== i && !isZero(v)).length >= 2 ? i : undefined;
}

/**
 * Whether the lines of a list of counts (one position: one column, or one row) are, all of them, a breakdown of the N
 * that position states (「A群 (N=231)」 over rows adding up to 231, or the table's N over its one column), with no total
 * line, no indented or declared subtotal and no line of ours: then, as under a total line (`wholeLine`), the lines are
 * disjoint parts of N — a line that were also the sum of some others would be counted twice in N — and an equality
 * among them is a chance one (チェッカーの判断, `sum/disjoint`).
 */
export function statedWhole(table: Table, axis: 'rows' | 'cols', vecs: readonly number[][] = vectors(table, axis)): boolean {
  const headers = axis === 'rows' ? table.rows : table.cols;
  const across = axis === 'rows' ? table.cols : table.rows;
  if (headers.length < 3 || across.length !== 1) return false;
  if (headers.some((h) => h.kind !== 'item' || h.parent !== null || h.rest || h.ns)) return false;
  if (!table.cells.every((row) => row.every((c) => c.value.kind === 'count'))) return false;
  const n = across[0]!.denominator ?? table.denominator;
  if (n === undefined || n <= 0) return false;
  return vecs.reduce((s, v) => s + v[0]!, 0) === n && vecs.filter((v) => v[0]! > 0).length >= 2;
}

/**
 * The total row of a list of counts (one column) whose rows are, all of them, one tree under it declared by
 * indentation: the total the sum of the top level (a total of the top level only), each subtotal the sum of the rows
 * indented under it after it, every other row an item. Every row is then a part of the total or of a row it is
 * indented under, and two rows are either one inside the other or disjoint: a row equal to a sum of rows other than a
 * breakdown the tree makes would count patients twice (or leave a row of 0 out), so an equality among the rows by
 * arithmetic is a chance one, as under a total of every row (`wholeLine`). 小計 rows after their items, rows of ours
 * and several columns are not taken.
 */
export function treeWhole(table: Table, axis: 'rows' | 'cols', vecs: readonly number[][] = vectors(table, axis)): number | undefined {
  if (axis !== 'rows' || table.cols.length !== 1) return undefined;
  const headers = table.rows;
  if (headers.length < 4 || headers.some((h) => h.rest || h.ns || !['item', 'subtotal', 'total'].includes(h.kind))) return undefined;
  const totals = headers.flatMap((h, i) => (h.kind === 'total' ? [i] : []));
  if (totals.length !== 1 || !headers.some((h) => h.parent !== null)) return undefined;
  const t = totals[0]!;
  const v = (i: number) => vecs[i]![0]!;
  const top = headers.flatMap((h, i) => (h.parent === null && i !== t ? [i] : []));
  if (headers[t]!.parent !== null || !sameSet(headers[t]!.children, top) || v(t) !== top.reduce((s, i) => s + v(i), 0)) return undefined;
  for (const [i, h] of headers.entries()) {
    if (i === t) continue;
    if (h.parent !== null && (h.parent > i || !headers[h.parent]!.children.includes(i) || h.depth <= headers[h.parent]!.depth))
      return undefined;
    if (h.children.length === 0) continue;
    if (h.kind !== 'subtotal' || h.children.length < 2 || v(i) !== h.children.reduce((s, c) => s + v(c), 0)) return undefined;
  }
  return headers.filter((h, i) => i !== t && h.children.length === 0 && v(i) > 0).length >= 2 ? t : undefined;
}

/** Two lists of numbers the same but for their order. */
export const sameSet = (a: readonly number[], b: readonly number[]) =>
  sameNumbers(
    [...a].sort((x, y) => x - y),
    [...b].sort((x, y) => x - y),
  );

/**
 * The whole the lines of an axis are disjoint parts of, where there is one: the N their one position states where
 * they add up to it (`statedWhole`, 'N'), else the line that is the sum of every other line (`wholeLine`), else the
 * total of a list whose rows are one tree under it (`treeWhole`).
 */
export function disjointWhole(
  table: Table,
  axis: 'rows' | 'cols',
  vecs: readonly number[][] = vectors(table, axis),
): number | 'N' | undefined {
  const whole = statedWhole(table, axis, vecs) ? 'N' : wholeLine(table, axis, vecs);
  if (whole !== undefined) return combinedSum(table, axis, vecs, whole) === undefined ? whole : undefined;
  return treeWhole(table, axis, vecs);
}

/**
 * A line of a list (one position) whose label says it combines others (`COMBINED`: 重度・中等度, 男性計, 65歳以上 …)
 * and whose count is the sum of two or more other lines (not 0), the whole (`whole`: a line, or 'N') aside: there the
 * labels and the arithmetic disagree about which relation is the table's structure — the whole of every line
 * (`wholeLine`, `statedWhole`) makes that line a disjoint part and its sum a chance one, its label makes it the sum
 * (then the whole, counting its parts twice, is the chance one). Arithmetic cannot tell which, and an attacker may
 * take either, so neither is set aside: the lines are not read as disjoint parts (`disjointWhole` gives none) and
 * every sum found is an equation (fixsum.test.ts: a row 「r2」 equal by chance to the sum of every row, a row
 * 「重度・中等度」 the sum of r1, r3 and r5). The line, where there is one. Only `wholeLine`'s and `statedWhole`'s
 * wholes: a tree declared by indentation (`treeWhole`) says which rows are parts of which.
 */
export function combinedSum(table: Table, axis: 'rows' | 'cols', vecs: readonly number[][], whole: number | 'N'): number | undefined {
  const headers = axis === 'rows' ? table.rows : table.cols;
  if ((vecs[0]?.length ?? 0) !== 1) return undefined;
  const value = (i: number) => vecs[i]![0]!;
  // A first word before 「・」 that other lines share names a block (「2021年・心筋梗塞」, 「2021年・脳卒中」), not a
  // combination: the label is tested without it.
  const prefix = (label: string) => /^([^・･]+)[・･]/.exec(label)?.[1];
  const shared = (label: string) => {
    const p = prefix(label);
    return p !== undefined && headers.filter((h) => prefix(h.label) === p).length >= 2 ? label.slice(p.length + 1) : label;
  };
  const found = headers.findIndex((h, i) => {
    if (i === whole || h.kind === 'total' || !COMBINED.test(shared(h.label)) || value(i) <= 0) return false;
    const target = value(i);
    const parts = headers.flatMap((_, j) => (j !== i && j !== whole && value(j) > 0 && value(j) < target ? [value(j)] : []));
    if (parts.length < 2) return false;
    // Too large to search: taken as a sum (the stricter reading).
    if (target > 1_000_000) return true;
    // reach[s]: the most parts (up to 2) some set adding up to s has; -1 where none does.
    const reach = new Int8Array(target + 1).fill(-1);
    reach[0] = 0;
    for (const x of parts)
      for (let s = target; s >= x; s--) if (reach[s - x]! >= 0) reach[s] = Math.max(reach[s]!, Math.min(2, reach[s - x]! + 1));
    return reach[target] === 2;
  });
  return found >= 0 ? found : undefined;
}

/**
 * The lines of ours fractions.ts adds beside its blocks (a complement 「男性以外」 in a block's rows, a 「値なし（…）」
 * line just after a block or its complement), by row: printed by no one, so no reader compares them with printed
 * lines (denom32). Other lines of ours (ofwhich.ts's 「入院のうち重症以外」) are not in it.
 */
export function fractionRests(table: Table): Set<number> {
  const out = new Set<number>();
  const blocks = table.fractionBlocks ?? [];
  if (blocks.length === 0) return out;
  table.rows.forEach((h, j) => {
    if (!h.rest) return;
    if (blocks.some((b) => b.rows.includes(j)) || (j > 0 && (blocks.some((b) => b.rows.includes(j - 1)) || out.has(j - 1)))) out.add(j);
  });
  return out;
}

/**
 * Sums of one axis that the labels do not declare. `unsearched`, when given, receives the rows (columns) whose search
 * for any set was cut short by its work limit (multi-column tables: the wide search). Under a line that is the sum of
 * every other line (`wholeLine`) no other line is read as a sum of others (only a sum its label names); `every` searches
 * as if there were none (the sums set aside, for `sum/disjoint`).
 */
export function findSums(table: Table, axis: 'rows' | 'cols', unsearched?: number[], every = false): FoundSum[] {
  const headers = axis === 'rows' ? table.rows : table.cols;
  const across = axis === 'rows' ? table.cols : table.rows;
  const vecs = vectors(table, axis);
  const multi = across.filter((h) => h.kind === 'item').length >= 2;
  const general = headers.length <= (multi ? SET_ROWS : LIST_ROWS);
  let work = WIDE_TABLE_BUDGET;
  const found: FoundSum[] = [];
  const hasTotal = headers.some((h) => h.kind === 'total');
  const topLevel = headers.flatMap((h, i) => (h.parent === null && h.kind !== 'total' ? [i] : []));
  const topSum = across.map((_, k) => topLevel.reduce((s, j) => s + vecs[j]![k]!, 0));
  // A part of a sum is a non-zero row, not a total, not an ancestor of the sum, with no count above the sum's.
  // A line of ours beside a fraction block (`fractionRests`: 値なし, 男性以外) is printed by no one: no reader takes a printed line for its sum with
  // others, nor it for a sum (denom32: 「男性 37」 = 値なし 6 + the age rows 31 by chance beside 女性 0, taken as a
  // total, pinned every hidden cell whatever was hidden). Its own equations are added where it is made.
  const ours = axis === 'rows' ? fractionRests(table) : new Set<number>();
  const part = (i: number, j: number) =>
    j !== i && headers[j]!.kind !== 'total' && !ours.has(j) && !isZero(vecs[j]!) && within(vecs[j]!, vecs[i]!) && !ancestor(headers, j, i);
  // Under a line that is the sum of every other line, or under the N they all add up to, the lines are disjoint parts:
  // none is a sum of others. (`every`: the sums the search would take without this reading, to say which were set aside.)
  const whole = every ? undefined : disjointWhole(table, axis, vecs);
  // The lines' names, read once for the search (html10: each row's `nearbySets` checked the list again).
  let namesHere: readonly string[] | undefined;
  const names = () => (namesHere ??= namesOf(headers));
  let sizeOrder: number[] | undefined;
  const bySize = () => {
    if (!sizeOrder) {
      const size = vecs.map((v) => v.reduce((a, b) => a + b, 0));
      sizeOrder = headers.map((_, j) => j).sort((a, b) => size[b]! - size[a]! || a - b);
    }
    return sizeOrder;
  };
  headers.forEach((h, i) => {
    if (h.kind !== 'item' || ours.has(i) || isZero(vecs[i]!)) return;
    if (whole !== undefined && whole !== i) {
      // Only a sum the label names (重度・中等度 over 重度 and 中等度) is still taken, as before.
      const named = nearbySets(headers, vecs, i, names()).find((x) => x.how === 'named');
      const listed = named?.parts.filter((j) => j !== whole && within(vecs[j]!, vecs[i]!)) ?? [];
      if (
        listed.length >= 2 &&
        equal(
          across.map((_, k) => listed.reduce((x, j) => x + vecs[j]![k]!, 0)),
          vecs[i]!,
        )
      )
        found.push({ axis, header: i, parts: listed, how: 'set' });
      return;
    }
    if (!hasTotal && h.parent === null && topLevel.length >= 3 && found.every((f) => f.how !== 'total')) {
      // The sum of the others (two or more: two equal rows are no total) is the top-level sum less this row: the row
      // is that sum if it is half the top-level sum.
      if (topSum.every((x, k) => x === 2 * vecs[i]![k]!)) {
        found.push({ axis, header: i, parts: topLevel.filter((j) => j !== i), how: 'total' });
        return;
      }
    }
    const near = nearbySets(headers, vecs, i, names());
    const exact = (parts: number[]) =>
      equal(
        across.map((_, k) => parts.reduce((x, j) => x + vecs[j]![k]!, 0)),
        vecs[i]!,
      );
    const run = near.find((x) => x.how === 'run' && exact(x.parts) && !x.parts.some((j) => ours.has(j)));
    if (run) found.push({ axis, header: i, parts: run.parts, how: 'run' });
    const named = COMBINED.test(h.label.normalize('NFKC'));
    // The rows the label names (重度・中等度: 重度 and 中等度) are the set an attacker adds up first.
    const listed = near.find((x) => x.how === 'named')?.parts.filter((j) => within(vecs[j]!, vecs[i]!)) ?? [];
    if (!run && listed.length >= 2 && exact(listed)) found.push({ axis, header: i, parts: listed, how: 'set' });
    if (!general && !multi) return;
    const candidates = headers.flatMap((_, j) => (part(i, j) ? [j] : []));
    if (candidates.length < 2) return;
    const wide = multi && (!general || candidates.length > (named ? COMBINED_CANDIDATES : SET_CANDIDATES));
    if (!wide && candidates.length > (named ? COMBINED_CANDIDATES : SET_CANDIDATES)) return;
    let sets: ReturnType<typeof subsets>;
    if (wide) {
      if (work <= 0) {
        unsearched?.push(i);
        return;
      }
      // Largest first (then by place): the lines in that order, sorted once for the search (html10), those that may be
      // parts of this one taken in it.
      const ordered = bySize().filter((j) => part(i, j));
      sets = subsets(vecs[i]!, ordered, vecs, 2, Math.min(WIDE_BUDGET, work), true);
      work -= sets.nodes!;
      // As many sets as the search takes (MAX_SETS) or a search cut short: the row is the sum of other rows in many
      // ways, as rows of small counts are by chance (500 rows of two small counts: thousands of rows are such sums);
      // taking them all would hide the table, and which one is meant cannot be told: the row is reported instead.
      if (sets.stopped || sets.length >= MAX_SETS) {
        unsearched?.push(i);
        return;
      }
      sets = sets.map((p) => [...p].sort((a, b) => a - b));
    } else sets = subsets(vecs[i]!, candidates, vecs);
    // Every set found is an equation; the first (or the run) is the structure, the others alternatives.
    for (const parts of sets) {
      if (
        found.some(
          (f) =>
            f.header === i &&
            same(
              [...f.parts].sort((a, b) => a - b),
              parts,
            ),
        )
      )
        continue;
      found.push({ axis, header: i, parts, how: 'set', ...(found.some((f) => f.header === i) && { alternative: true as const }) });
    }
  });
  return found;
}

/**
 * Where a stated N of the other axis's headers (one per column for axis `rows`) equals a sum of rows: the sum of all
 * top-level rows, or some set of rows. Also the table's own N (title or corner), against the grand total.
 */
export function statedSums(table: Table, axis: 'rows' | 'cols'): FoundSum[] {
  const headers = axis === 'rows' ? table.rows : table.cols;
  const across = axis === 'rows' ? table.cols : table.rows;
  // A list's N may be the table's (「N=57」 in the corner over one column of counts).
  const lone = across.filter((h) => h.kind !== 'total').length === 1 && table.denominator !== undefined;
  const stated = across.map((h) => h.denominator ?? (lone && h.kind !== 'total' ? table.denominator : undefined));
  if (stated.every((n) => n === undefined)) return [];
  const vecs = vectors(table, axis);
  const total = headers.findIndex((h) => h.kind === 'total');
  if (total >= 0 && equal(stated, vecs[total]!)) {
    const byTotal: FoundSum = { axis, header: null, parts: [total], stated, how: 'total' };
    // A table of several answers read with a line of Ns (ofwhich.ts): its own rows are under that line, each with its
    // complement; the blocks of a Table 1 among them (あり and なし, 男性 and 女性, adding up to N) are equations all the
    // same — without them, あり hidden beside なし published was 37 − 20 = 17 to a reader, and the audit did not know.
    if (!headers[total]!.ns) return [byTotal];
    const own = headers.flatMap((h, i) => (h.parent === total && !h.rest ? [i] : []));
    return [byTotal, ...statedRuns(axis, headers, vecs, stated, true, own)];
  }
  const topLevel = headers.flatMap((h, i) => (h.parent === null && h.kind !== 'total' ? [i] : []));
  const sum = across.map((_, k) => topLevel.reduce((s, j) => s + vecs[j]![k]!, 0));
  if (equal(stated, sum)) return [{ axis, header: null, parts: topLevel, stated, how: 'total' }];
  // Where only some Ns are their column's sum (A (N=23) over items adding up to 23, B (N=80) over 55 that leave
  // patients out), those are each the sum of their column all the same: 23 − 20 shows the hidden 3.
  const adding = stated.map((n, k) => (n === sum[k] ? n : undefined));
  const partial: FoundSum[] = adding.some((n) => n !== undefined)
    ? [{ axis, header: null, parts: topLevel, stated: adding, how: 'total' }]
    : [];
  // One stated N alone is one number, which many sets of rows add up to by chance; but a run of adjacent rows adding
  // up to it is a block of Table 1 (性別: 男性 5 and 女性 52 under N=57, beside 年齢 and the others), which a reader
  // adds up first: 57 − 52 gives the hidden 5.
  const candidates = headers.flatMap((g, j) =>
    g.kind !== 'total' && !isZero(vecs[j]!) && stated.every((n, k) => n === undefined || vecs[j]![k]! <= n) ? [j] : [],
  );
  // A row of 0 in every column of a fraction block (「女性 0/75」 beside 「男性 75/75」, fractions.ts; denom31) is part of
  // every set holding a row of its block: left out (a zero is no candidate), the set 男性 + 値なし = N beside the
  // block's other equations with 女性 (the two breakdowns of the same patients, system.ts) pinned the hidden 0 to 0
  // however much was hidden, and the table could not be protected.
  const blockRows = axis === 'rows' ? (table.fractionBlocks ?? []).map((b) => b.rows) : [];
  const withZeros = (parts: readonly number[]) => {
    const more = headers.flatMap((_, j) =>
      !parts.includes(j) && isZero(vecs[j]!) && blockRows.some((rows) => rows.includes(j) && parts.some((i) => rows.includes(i)))
        ? [j]
        : [],
    );
    return more.length === 0 ? [...parts] : [...parts, ...more].sort((a, b) => a - b);
  };
  // A line of ours after a fraction block (「値なし（男性・女性）」, 「男性以外」: fractions.ts) is printed by no one: a set
  // holding it adds up to N as a reader sees it only with its own block (男性 + 女性 + 値なし = N). Mixed with rows of
  // another block (値なし（男性・女性） + 65歳未満 + 値なし（年齢） = N) it adds up by chance (denom32: beside a 「0/104」
  // such sets pinned every hidden cell whatever was hidden, and the table could not be protected): not taken.
  // A block is known by its Ns (each cell prints its block's N): adjacent blocks under the same Ns in every column with
  // no line of ours for patients with no value between them are one to a reader (rows under one N_row whose counts
  // pass it, each with its complement, share one 「値なし」 line after the last: fractions.ts).
  const blockOf = headers.map(() => -1);
  if (axis === 'rows') {
    const nsOf = (j: number) => {
      const own = (table.fractionBlocks ?? []).filter((b) => b.rows.includes(j));
      return own.length === 0
        ? undefined
        : [...own]
            .sort((a, b) => a.col - b.col)
            .map((b) => b.n)
            .join(',');
    };
    let group = -1;
    let key: string | undefined;
    let open = false;
    headers.forEach((h, j) => {
      const b = blockRows.findIndex((rows) => rows.includes(j));
      if (b >= 0) {
        const k = nsOf(j);
        if (!open || k !== key) group = j;
        key = k;
        open = true;
        blockOf[j] = group;
      } else if (h.rest && open) {
        blockOf[j] = group;
        open = false;
      } else open = false;
    });
  }
  const rests = axis === 'rows' ? fractionRests(table) : new Set<number>();
  const ownBlock = (parts: readonly number[]) =>
    !parts.some((j) => rests.has(j)) || parts.every((j) => blockOf[j]! >= 0 && blockOf[j] === blockOf[parts[0]!]);
  const runs = statedRuns(axis, headers, vecs, stated, partial.length > 0)
    .map((r) => ({ ...r, parts: withZeros(r.parts) }))
    .filter((r) => ownBlock(r.parts));
  if (stated.filter((n) => n !== undefined).length < 2 || headers.length > SET_ROWS || candidates.length > SET_CANDIDATES)
    return [...partial, ...runs];
  // Every set, up to MAX_SETS: the blocks of a Table 1 (runs) are taken whether or not the search reaches them first.
  const sets = subsets(stated, candidates, vecs)
    .map(withZeros)
    .filter(ownBlock)
    .filter((p, k, all) => all.findIndex((q) => same(q, p)) === k);
  const more = runs.filter((r) => !sets.some((p) => same(p, r.parts)));
  return [
    ...partial,
    ...sets.map((parts, k) => ({
      axis,
      header: null,
      parts,
      stated,
      how: 'set' as const,
      ...((k > 0 || partial.length > 0) && { alternative: true as const }),
    })),
    ...more.map((r) => ({ ...r, ...((sets.length > 0 || partial.length > 0) && { alternative: true as const }) })),
  ];
}

/**
 * Runs of two or more adjacent top-level rows (no totals, no zeros) adding up to the stated Ns exactly, where they are
 * not searched as any set: the blocks of a Table 1 (each a breakdown of the column's N). Each is an equation; the
 * first the structure unless `after` (an equation of the N came before), the others alternatives.
 */
function statedRuns(
  axis: 'rows' | 'cols',
  headers: readonly Header[],
  vecs: readonly number[][],
  stated: readonly (number | undefined)[],
  after: boolean,
  among: readonly number[] = headers.flatMap((h, i) => (h.parent === null ? [i] : [])),
): FoundSum[] {
  const out: number[][] = [];
  // Adjacent among `among` (the top-level rows; under a line of Ns, the table's own rows between the lines of ours).
  const part = (j: number) => headers[j]!.kind !== 'total' && !isZero(vecs[j]!);
  for (let a = 0; a < among.length; a++) {
    if (!part(among[a]!)) continue;
    const sum = stated.map(() => 0);
    for (let b = a; b < among.length && part(among[b]!); b++) {
      vecs[among[b]!]!.forEach((x, k) => (sum[k]! += x));
      if (stated.some((n, k) => n !== undefined && sum[k]! > n)) break;
      if (b > a && equal(stated, sum)) {
        out.push(among.slice(a, b + 1));
        break;
      }
    }
  }
  return out.map((parts, k) => ({
    axis,
    header: null,
    parts,
    stated: [...stated],
    how: 'set' as const,
    ...((k > 0 || after) && { alternative: true as const }),
  }));
}

/**
 * The cells whose sum the table's own N (title or corner) states: the grand total cell, or every top-level cell when
 * they add up to it; undefined when N is no such sum (it may count patients where the table counts events).
 */
export function grandSum(table: Table): { row: number; col: number }[] | undefined {
  const n = table.denominator;
  if (n === undefined) return undefined;
  const rowTotal = table.rows.findIndex((h) => h.kind === 'total');
  const colTotal = table.cols.findIndex((h) => h.kind === 'total');
  if (rowTotal >= 0 && colTotal >= 0)
    return countOf(table.cells[rowTotal]![colTotal]!) === n ? [{ row: rowTotal, col: colTotal }] : undefined;
  // A line of ours read under both readings (overtotal.ts) is none of the items the N counts (the item reading's).
  const top = (hs: readonly Header[]) => hs.flatMap((h, i) => (h.parent === null && h.bothRest === undefined ? [i] : []));
  const rows = rowTotal >= 0 ? [rowTotal] : top(table.rows).filter((i) => table.rows[i]!.kind !== 'total');
  const cols = colTotal >= 0 ? [colTotal] : top(table.cols).filter((i) => table.cols[i]!.kind !== 'total');
  const cells = rows.flatMap((row) => cols.map((col) => ({ row, col })));
  return cells.reduce((s, c) => s + countOf(table.cells[c.row]![c.col]!), 0) === n ? cells : undefined;
}

/** Runs of a table's lines searched for equal sums at most (chains kept). */
const MAX_RUN_CHAINS = 8;

/**
 * Chains of two or more runs of adjacent lines (each of two lines or more) back to back whose vectors add up alike in
 * every position, not all 0: 男性 3, 25 and 女性 30, 40 then 65歳未満 15, 30 and 65歳以上 18, 35 (33 and 65 both). Each
 * chain as the runs' line positions; at most `MAX_RUN_CHAINS`, the longest first.
 */
export function equalRuns(vecs: readonly number[][]): number[][][] {
  const n = vecs.length;
  const out: number[][][] = [];
  for (let start = 0; start + 4 <= n; start++)
    for (let k = 2; start + 2 * k <= n + (k - 2); k++) {
      const first = Array.from({ length: k }, (_, i) => start + i);
      const goal = vecs[0]!.map((_, j) => first.reduce((acc, i) => acc + vecs[i]![j]!, 0));
      if (goal.every((x) => x === 0)) continue;
      const chain = [first];
      let pos = start + k;
      while (pos < n) {
        const acc = goal.map(() => 0);
        let end = pos;
        let equal = false;
        while (end < n && vecs[end]!.every((x, j) => acc[j]! + x <= goal[j]!)) {
          vecs[end]!.forEach((x, j) => (acc[j]! += x));
          end++;
          if (acc.every((x, j) => x === goal[j])) {
            equal = true;
            break;
          }
        }
        if (!equal || end - pos < 2) break;
        chain.push(Array.from({ length: end - pos }, (_, i) => pos + i));
        pos = end;
      }
      if (chain.length >= 2) out.push(chain);
    }
  // The longest chains first; one that another covers adds nothing new but is kept while the cap allows.
  return out.sort((a, b) => b.flat().length - a.flat().length).slice(0, MAX_RUN_CHAINS);
}

/**
 * The lines, in order, cut into two runs or more of two lines or more, each adding up to `goal` in every position (a
 * Table 1 of blocks under its total: 男・女 then 65歳未満・65-74歳・75歳以上, each adding up to 合計): the runs' line
 * positions; undefined where no such cut exists or where it is not the only one (a line of 0s where a run ends could
 * close it or open the next: which block it belongs to is then not told by the numbers), or `goal` has a 0.
 */
export function blockCuts(vecs: readonly number[][], goal: readonly number[]): number[][] | undefined {
  if (vecs.length < 4 || goal.length === 0 || goal.some((x) => x <= 0)) return undefined;
  const acc = goal.map(() => 0);
  const runs: number[][] = [[]];
  for (let i = 0; i < vecs.length; i++) {
    const v = vecs[i]!;
    if (v.length !== goal.length) return undefined;
    // A line of 0s right after a run closed: it could belong to either run.
    if (runs[runs.length - 1]!.length === 0 && runs.length > 1 && v.every((x) => x === 0)) return undefined;
    runs[runs.length - 1]!.push(i);
    v.forEach((x, j) => (acc[j]! += x));
    if (acc.some((x, j) => x > goal[j]!)) return undefined;
    if (acc.every((x, j) => x === goal[j])) {
      if (runs[runs.length - 1]!.length < 2) return undefined;
      acc.fill(0);
      runs.push([]);
    }
  }
  const last = runs.pop()!;
  return last.length === 0 && runs.length >= 2 ? runs : undefined;
}
