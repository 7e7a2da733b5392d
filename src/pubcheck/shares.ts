/**
 * Percentage tables read as the counts they stand for (issue #11). A bare percentage of a known N is a count within
 * the range its rounding allows (10.0% of 30: exactly 3; 4% of 250: 9 to 11), and an attacker adds those counts up as
 * well as printed ones:
 * - a row (column) whose count can be, in every position, the sum of the counts of some set of other rows within
 *   those ranges is a total or a subtotal whatever its label (重度＋中等度 30.0% beside 重度 20.0% and 中等度 10.0%,
 *   「A/B計」, 「再掲」, an unlabelled 全体): searched as sums.ts searches counts, the ranges in place of the counts;
 * - a set of two or more cells of a column (row) sharing one N whose ranges can add up to N is a breakdown of N (the
 *   items without their subtotal, or the subtotal without its parts: both are 100%).
 * Each is an equation on the counts (`FoundSum`: a sum with its header, a breakdown with `header: null` and the N
 * as `stated`). A match that holds by chance is still treated as a sum: stricter, never a leak. The counts the
 * system works with are one whole-number table within every range that satisfies every such equation at once
 * (`shareCounts`); where none does because of a sum found by arithmetic, the reading is ambiguous and the table is
 * refused naming the row (read.ts), rather than checked without the equation.
 */
import { countsForPercent } from './cell.ts';
import { oneVariable } from './rests.ts';
import { COMBINED, LIST_ROWS, SET_CANDIDATES, SET_ROWS, ancestor, nearbySets, sameSet } from './sums.ts';
import { cellId, denominatorOf, equations } from './table.ts';
import type { Equation, FoundSum, Header, Table } from './types.ts';

/** Per cell [row][col] the counts its percentage allows of its N; undefined when some cell has no N or no percentage. */
export function countRanges(table: Table): { lo: number[][]; hi: number[][] } | undefined {
  const lo: number[][] = [];
  const hi: number[][] = [];
  for (const row of table.cells) {
    const l: number[] = [];
    const h: number[] = [];
    for (const cell of row) {
      const n = denominatorOf(table, cell.row, cell.col);
      if (cell.value.kind !== 'percent' || n === undefined) return undefined;
      const r = countsForPercent(cell.value.percent, cell.value.decimals, n);
      if (r.lo > r.hi) return undefined;
      l.push(r.lo);
      h.push(r.hi);
    }
    lo.push(l);
    hi.push(h);
  }
  return { lo, hi };
}

/** Nodes the search for sets may visit per target before it stops (the sets found so far are kept). */
const BUDGET = 20_000;
/** Sets searched per target at most (the first is the table's structure, the others alternatives). */
const MAX_SETS = 8;
/** Rows a block named by its labels is searched over at most (as rests.ts). */
const LABEL_RUN = 12;

/**
 * Work the reading of all percentage tables of one input may take together (read.ts `readTables`, `PercentWork`):
 * nodes of the searches for sets (each weighted by the candidates × positions it scans) and for one whole-number table
 * (each weighted by the counts it copies), and the terms propagated. Each table's searches have limits of their own,
 * but they are wide and an input adds them up: 100 lists of 16 integer percentages use 5,000,000; one table of 24
 * rows × 3 columns 41,000,000 (about 5 s at load ≈ 7 on the 2 shared cores); three such tables more than 500,000,000
 * (126 s before, with no limit). Past it (or where it runs out within a table) the tables left are not read as
 * counts, and the input is refused naming them (`percent/not-searched`): sums not searched may be an attacker's.
 */
export const PERCENT_READING_WORK = 100_000_000;

/** What is left of the input's `PERCENT_READING_WORK`, shared by the searches of every table (decremented per node). */
export interface PercentWork {
  left: number;
}

/**
 * The sets of `candidates` (`least` or more) whose ranges can add up, in every position, to a count within
 * [lo, hi]: Σ lo ≤ hi and Σ hi ≥ lo. Depth first, pruned where the least sum passes hi.
 */
function rangeSets(
  lo: readonly number[],
  hi: readonly number[],
  candidates: readonly number[],
  los: number[][],
  his: number[][],
  least = 2,
  work?: PercentWork,
): number[][] {
  const sumLo = lo.map(() => 0);
  const sumHi = lo.map(() => 0);
  const chosen: number[] = [];
  const found: number[][] = [];
  let nodes = 0;
  const visit = (from: number): void => {
    if (++nodes > BUDGET || found.length >= MAX_SETS) return;
    if (work && (work.left -= 1 + (candidates.length - from) * lo.length) <= 0) return;
    if (chosen.length >= least && sumLo.every((x, k) => x <= hi[k]! && sumHi[k]! >= lo[k]!)) found.push([...chosen]);
    for (let j = from; j < candidates.length; j++) {
      const c = candidates[j]!;
      if (!los[c]!.every((x, k) => sumLo[k]! + x <= hi[k]!)) continue;
      los[c]!.forEach((x, k) => ((sumLo[k]! += x), (sumHi[k]! += his[c]![k]!)));
      chosen.push(c);
      visit(j + 1);
      chosen.pop();
      los[c]!.forEach((x, k) => ((sumLo[k]! -= x), (sumHi[k]! -= his[c]![k]!)));
    }
  };
  visit(0);
  return found;
}

/**
 * Whether the lines of a list of percentages (one position: one column, or one row, and its total line of 100% if
 * any) are a breakdown of their N into disjoint parts: every line whose count can be above 0 is in every breakdown of
 * N the ranges allow (the others' most is under N, so none can be left out), no indented or declared subtotal, no line
 * of ours. A line that were also the sum of some others would then be counted twice in N, as under a total of counts
 * (sums.ts `wholeLine`): an equality among them is a chance one (チェッカーの判断, `sum/disjoint`). One decimal of N up
 * to 1,000 (each count one number) always is; integer percentages of a larger N, whose ranges leave room for a line
 * left out, are not, and are read as before.
 */
export function disjointShares(
  table: Table,
  axis: 'rows' | 'cols',
  r: { lo: number[][]; hi: number[][] } | undefined = countRanges(table),
): boolean {
  const headers = axis === 'rows' ? table.rows : table.cols;
  const across = axis === 'rows' ? table.cols : table.rows;
  if (!r || across.length !== 1 || across[0]!.rest || across[0]!.ns) return false;
  if (headers.some((h) => h.kind === 'subtotal' || h.parent !== null || h.rest || h.ns)) return false;
  const items = headers.flatMap((h, i) => (h.kind === 'item' ? [i] : []));
  if (items.length < 3) return false;
  const at = (i: number) => (axis === 'rows' ? { row: i, col: 0 } : { row: 0, col: i });
  const n = denominatorOf(table, at(items[0]!).row, at(items[0]!).col);
  if (n === undefined || items.some((i) => denominatorOf(table, at(i).row, at(i).col) !== n)) return false;
  const lo = (i: number) => r.lo[at(i).row]![at(i).col]!;
  const hi = (i: number) => r.hi[at(i).row]![at(i).col]!;
  const most = items.reduce((s, i) => s + hi(i), 0);
  if (items.reduce((s, i) => s + lo(i), 0) > n || most < n) return false;
  return items.filter((i) => hi(i) > 0).length >= 2 && items.every((i) => hi(i) === 0 || most - hi(i) < n);
}

/**
 * Rows (axis `rows`) or columns of a percentage table that are sums of others, by their count ranges. In a list whose
 * lines are disjoint parts of N (`disjointShares`) only a sum its label names is taken, unless `every` (the sums set
 * aside, for `sum/disjoint`).
 */
function rangeSums(
  table: Table,
  axis: 'rows' | 'cols',
  r: { lo: number[][]; hi: number[][] },
  work?: PercentWork,
  every = false,
): FoundSum[] {
  const headers = axis === 'rows' ? table.rows : table.cols;
  const disjoint = !every && disjointShares(table, axis, r);
  const across = axis === 'rows' ? table.cols : table.rows;
  const line = (m: number[][]) => headers.map((_, i) => across.map((__, k) => (axis === 'rows' ? m[i]![k]! : m[k]![i]!)));
  const lo = line(r.lo);
  const hi = line(r.hi);
  const general = headers.length <= (across.filter((h) => h.kind === 'item').length >= 2 ? SET_ROWS : LIST_ROWS);
  const zero = (i: number) => hi[i]!.every((x) => x === 0);
  const fits = (parts: readonly number[], i: number) =>
    across.every((_, k) => {
      const sLo = parts.reduce((s, j) => s + lo[j]![k]!, 0);
      const sHi = parts.reduce((s, j) => s + hi[j]![k]!, 0);
      return sLo <= hi[i]![k]! && sHi >= lo[i]![k]!;
    });
  const part = (i: number, j: number) =>
    j !== i && headers[j]!.kind !== 'total' && !zero(j) && lo[j]!.every((x, k) => x <= hi[i]![k]!) && !ancestor(headers, j, i);
  const hasTotal = headers.some((h) => h.kind === 'total');
  const topLevel = headers.flatMap((h, i) => (h.parent === null && h.kind !== 'total' ? [i] : []));
  const found: FoundSum[] = [];
  headers.forEach((h, i) => {
    if (h.kind !== 'item' || zero(i)) return;
    if (disjoint) {
      // Only a sum the label names (重度・中等度 over 重度 and 中等度) is still taken, as for counts.
      const named = nearbySets(headers, hi, i)
        .find((x) => x.how === 'named')
        ?.parts.filter((j) => part(i, j));
      if (named && named.length >= 2 && fits(named, i)) found.push({ axis, header: i, parts: named, how: 'set' });
      return;
    }
    const others = topLevel.filter((j) => j !== i);
    if (!hasTotal && h.parent === null && others.length >= 2 && found.every((f) => f.how !== 'total') && fits(others, i)) {
      found.push({ axis, header: i, parts: others, how: 'total' });
      return;
    }
    // The runs of adjacent rows and the rows the label names, as for counts (sums.ts `nearbySets`, on the ranges' highs:
    // a row no count of which can be above zero is no part); the first run that fits, else the named rows that do.
    const near = nearbySets(headers, hi, i);
    const run = near.find((x) => x.how === 'run' && fits(x.parts, i));
    if (run) found.push({ axis, header: i, parts: run.parts, how: 'run' });
    const named = near.find((x) => x.how === 'named')?.parts.filter((j) => part(i, j)) ?? [];
    if (!run && named.length >= 2 && fits(named, i)) found.push({ axis, header: i, parts: named, how: 'set' });
    if (!general) return;
    const candidates = headers.flatMap((_, j) => (part(i, j) ? [j] : []));
    if (candidates.length < 2 || candidates.length > SET_CANDIDATES) return;
    for (const parts of rangeSets(lo[i]!, hi[i]!, candidates, lo, hi, 2, work)) {
      if (found.some((f) => f.header === i && sameSet(f.parts, parts))) continue;
      found.push({ axis, header: i, parts, how: 'set', ...(found.some((f) => f.header === i) && { alternative: true as const }) });
    }
  });
  return found;
}

/**
 * Breakdowns of an N: per column whose cells are shares of the column's N (per row, of the row's; a table of one
 * column or row, of the table's), the sets of two or more of its cells (totals left out) whose ranges can add up to
 * N — every set within the sizes sums.ts searches any set in, else the top-level items and the items with the found
 * subtotals' parts left out.
 */
function breakdowns(table: Table, r: { lo: number[][]; hi: number[][] }, sums: readonly FoundSum[], work?: PercentWork): FoundSum[] {
  const found: FoundSum[] = [];
  for (const axis of ['rows', 'cols'] as const) {
    const [headers, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    const items = (hs: readonly Header[]) => hs.filter((h) => h.kind !== 'total');
    const single = items(across).length === 1 && table.denominator !== undefined;
    // A line of the table's N in a table of several lines that do not add up to N together (「投与前」「投与後」 over the
    // same patients, a distribution beside its running sum): each line whose cells can add up to N is a breakdown of it.
    const whole = wholeFits(table, r);
    const lineOfN = (g: Header) => table.denominator !== undefined && g.denominator === undefined && !whole;
    const otherAxis = axis === 'rows' ? 'cols' : 'rows';
    across.forEach((g, k) => {
      // The total line (declared, or found by arithmetic) of a table whose N is the table's: its cells add up to N.
      const total = g.kind === 'total' || sums.some((s) => s.axis === otherAxis && s.how === 'total' && s.header === k);
      const at = (i: number) => (axis === 'rows' ? { row: i, col: k } : { row: k, col: i });
      const n = g.denominator ?? (single || total || lineOfN(g) ? table.denominator : undefined);
      const cells = headers.flatMap((h, i) => (h.kind !== 'total' ? [i] : []));
      if (n === undefined) return;
      // Each cell a share of this line's N (a column's N is not overridden by a row's: denominatorOf prefers it, and
      // the row's in a table of row percentages), or — the line stating its own N while its cells are shares of the
      // other axis's (rowpct: 「A群 (N=50)」 over row percentages of 「男性 (n=40)」) — counts of another base that can
      // add up to the line's N: a breakdown of it all the same, as a reader adds them up.
      const theirs = (i: number) => denominatorOf(table, at(i).row, at(i).col);
      const otherFirst = axis === 'cols' ? table.percentOf !== 'rows' : table.percentOf === 'rows';
      const otherStates = (axis === 'cols' ? table.cols : table.rows).some((h) => h.kind !== 'total' && h.denominator !== undefined);
      const shares = cells.every((i) => theirs(i) === n) && !(otherFirst && otherStates);
      const counts = g.denominator !== undefined && otherFirst && otherStates && cells.every((i) => theirs(i) !== undefined);
      if (!shares && !counts) return;
      const lo = headers.map((_, i) => [r.lo[at(i).row]![at(i).col]!]);
      const hi = headers.map((_, i) => [r.hi[at(i).row]![at(i).col]!]);
      const candidates = cells.filter((i) => hi[i]![0]! > 0);
      const stated = across.map((_, j) => (j === k ? n : undefined));
      const searched =
        candidates.length <= SET_CANDIDATES && headers.length <= SET_ROWS ? rangeSets([n], [n], candidates, lo, hi, 2, work) : [];
      const top = cells.filter((i) => headers[i]!.parent === null);
      const foundParts = new Set(
        sums.filter((s) => s.axis === axis && s.header !== null && s.how !== 'total' && !s.alternative).flatMap((s) => s.parts),
      );
      const foundTotal = new Set(sums.filter((s) => s.axis === axis && s.how === 'total').map((s) => s.header));
      // The table's structure first (the items without the found subtotals' parts, or with them), then the other
      // sets, the larger first: a set that leaves out an item whose range allows 0 or 1 more often fits by chance.
      // Runs of adjacent top-level items whose counts are one number each and add up to N: the blocks of a Table 1
      // (性別, 年齢区分 …), which a reader adds up first and which the search for any set (MAX_SETS of them) may
      // not reach among the sets that add up to N by chance.
      const runs: number[][] = [];
      const exact = (i: number) => headers[i]!.kind !== 'total' && headers[i]!.parent === null && hi[i]![0]! > 0 && lo[i]![0] === hi[i]![0];
      for (let i = 0; i < headers.length; i++) {
        let sum = 0;
        for (let j = i; j < headers.length && exact(j) && sum < n; j++) {
          sum += lo[j]![0]!;
          if (sum === n && j > i) runs.push(Array.from({ length: j - i + 1 }, (_, d) => i + d));
        }
      }
      // Runs of adjacent top-level items whose labels name one variable's categories (rests.ts `oneVariable`: 性別,
      // 年齢区分, BMI, Stage …) and whose ranges can add up to N, the longest only: the blocks a reader takes first,
      // though their counts are ranges (integer percentages of N over 100) and so not among `runs`, and the search's
      // sets found by chance passed them (N=138: BMI 64% and 30% left the hidden 6% at 7 to 9, under the threshold).
      const fits = (set: readonly number[]) => set.reduce((s, i) => s + lo[i]![0]!, 0) <= n && set.reduce((s, i) => s + hi[i]![0]!, 0) >= n;
      const item = (i: number) => i < headers.length && headers[i]!.kind !== 'total' && headers[i]!.parent === null;
      const named: number[][] = [];
      for (let i = 0; i < headers.length; i++) {
        let best: number[] | undefined;
        for (let j = i + 1; j < headers.length && j - i < LABEL_RUN && item(i) && item(j); j++) {
          const set = Array.from({ length: j - i + 1 }, (_, d) => i + d);
          if (set.reduce((s, x) => s + lo[x]![0]!, 0) > n) break;
          if (fits(set) && oneVariable(set.map((x) => headers[x]!.label))) best = set;
        }
        if (best && !named.some((x) => best.every((b) => x.includes(b)))) named.push(best);
      }
      // Each row and its complement, a line of ours (ofwhich.ts `markedComplements`: 「高血圧以外」 under 高血圧 in a table of
      // several answers): a breakdown of N by construction, first — left to the search, a column of N = 20 had its
      // MAX_SETS sets found by chance before 腎疾患 + 腎疾患以外, and 90.0% published gave the hidden 10.0% (2) back to
      // a reader (combo seed 57 under not-exact, adversary21).
      const complements = headers.flatMap((h, i) => (h.rest && h.parent !== null && h.parent !== undefined ? [[h.parent, i]] : []));
      const sets: number[][] = [];
      for (const set of [
        ...complements,
        ...named,
        top.filter((i) => !foundParts.has(i) && !foundTotal.has(i)),
        top.filter((i) => !foundTotal.has(i)),
        ...[...searched].sort((a, b) => b.length - a.length),
        ...runs,
      ]) {
        const sLo = set.reduce((s, i) => s + lo[i]![0]!, 0);
        const sHi = set.reduce((s, i) => s + hi[i]![0]!, 0);
        if (set.length >= 2 && sLo <= n && sHi >= n && !sets.some((x) => sameSet(x, set))) sets.push(set);
      }
      sets.forEach((parts, m) =>
        found.push({ axis, header: null, parts, stated, how: 'set', ...(m > 0 && { alternative: true as const }) }),
      );
    });
  }
  return found;
}

/** Whether the cells of a table's top-level items, all of them, can add up to the table's N (one breakdown of it). */
function wholeFits(table: Table, r: { lo: number[][]; hi: number[][] }): boolean {
  const n = table.denominator;
  if (n === undefined) return false;
  const top = (hs: readonly Header[]) => hs.flatMap((h, i) => (h.kind !== 'total' && h.parent === null ? [i] : []));
  const cells = top(table.rows).flatMap((row) => top(table.cols).map((col) => ({ row, col })));
  const least = cells.reduce((s, c) => s + r.lo[c.row]![c.col]!, 0);
  const most = cells.reduce((s, c) => s + r.hi[c.row]![c.col]!, 0);
  return least <= n && most >= n;
}

/**
 * Sums and breakdowns of a percentage table found by arithmetic on the counts its percentages allow; `work`, the
 * input's budget (`PERCENT_READING_WORK`): where it runs out the sets are not all found (the caller checks `left`).
 */
export function percentSums(table: Table, work?: PercentWork): FoundSum[] {
  const r = countRanges(table);
  if (!r) return [];
  const sums = [...rangeSums(table, 'rows', r, work), ...rangeSums(table, 'cols', r, work)];
  return [...sums, ...breakdowns(table, r, sums, work)];
}

/**
 * The sums by arithmetic a list of percentages under its N would have, set aside where its lines are disjoint parts
 * of N (`disjointShares`): for `sum/disjoint` (read.ts), which says so with one example.
 */
export function percentSumsAside(table: Table, axis: 'rows' | 'cols'): FoundSum[] {
  const r = countRanges(table);
  if (!r || !disjointShares(table, axis, r)) return [];
  const kept = new Set(rangeSums(table, axis, r).map((f) => f.header));
  return rangeSums(table, axis, r, undefined, true).filter((f) => !f.alternative && !kept.has(f.header));
}

/** An equation on cell ids: Σ coefs·x = rhs. */
export interface CellEquation {
  ids: number[];
  coefs: number[];
  rhs: number;
  /** The sum or breakdown found by arithmetic it comes from (none for a declared sum, or the whole table's N). */
  found?: FoundSum;
}

/**
 * Every equation of a percentage table on the counts of its cells: declared totals and subtotals, sums and breakdowns
 * found by arithmetic (`table.sums`), and, for a table's N over several rows and columns, the top-level items adding
 * up to 100%.
 */
export function shareEquations(table: Table): CellEquation[] {
  const at = (row: number, col: number) => cellId(table, row, col);
  const out: CellEquation[] = [];
  const bare = (hs: readonly Header[]) => hs.map((h) => ({ ...h, children: [] }));
  const eqOf = (eq: Equation, found?: FoundSum): CellEquation => ({
    ids: eq.terms.map((t) => at(t.row, t.col)),
    coefs: eq.terms.map((t) => t.coef),
    rhs: eq.rhs,
    ...(found && { found }),
  });
  for (const eq of equations({ rows: table.rows, cols: table.cols, sums: [] })) out.push(eqOf(eq));
  for (const sum of table.sums)
    for (const eq of equations({ rows: bare(table.rows), cols: bare(table.cols), sums: [sum] })) out.push(eqOf(eq, sum));
  const n = table.denominator;
  const items = (hs: readonly Header[], axis: 'rows' | 'cols') =>
    hs.flatMap((h, i) =>
      h.kind !== 'total' &&
      h.parent === null &&
      // A total found by arithmetic is no item (its parts are); a subtotal found so is one, its parts are not.
      !table.sums.some(
        (s) => s.axis === axis && s.header !== null && !s.alternative && (s.how === 'total' ? s.header === i : s.parts.includes(i)),
      )
        ? [i]
        : [],
    );
  const rows = items(table.rows, 'rows');
  const cols = items(table.cols, 'cols');
  // Where a total line exists, its cells' breakdown of N says the same with fewer counts (breakdowns above).
  const totals =
    [...table.rows, ...table.cols].some((h) => h.kind === 'total') || table.sums.some((s) => s.how === 'total' && s.header !== null);
  if (n !== undefined && !totals && rows.length >= 2 && cols.length >= 2) {
    const ids = rows.flatMap((r) => cols.map((c) => at(r, c)));
    if (ids.every((id) => denominatorOf(table, Math.floor(id / table.cols.length), id % table.cols.length) === n)) {
      // Within rounding, in whole counts: the counts the percentages allow can add up to N.
      const counts = ids.map((id) => {
        const v = table.cells[Math.floor(id / table.cols.length)]![id % table.cols.length]!.value;
        return v.kind === 'percent' ? countsForPercent(v.percent, v.decimals, n) : { lo: 0, hi: 0 };
      });
      const least = counts.reduce((s, r) => s + r.lo, 0);
      const most = counts.reduce((s, r) => s + r.hi, 0);
      if (least <= n && most >= n) out.push({ ids, coefs: ids.map(() => 1), rhs: n });
    }
  }
  // notes44: a note's N over some groups' shares only (「※A群 N=30」 over A群 and B群): no sums are searched (cells
  // with no N, `countRanges`), so each named column's shares are its breakdown of N, taken as an equation where whole
  // counts they allow can add up to N (an attacker reads 100% − the published shares of 30 back to the hidden one).
  if (table.noteN && !totals && rows.length >= 2 && !countRanges(table))
    for (const c of cols) {
      const cn = table.cols[c]!.denominator;
      if (cn === undefined) continue;
      const ids = rows.map((r) => at(r, c));
      const counts = ids.map((id) => {
        const v = table.cells[Math.floor(id / table.cols.length)]![id % table.cols.length]!.value;
        return v.kind === 'percent' && denominatorOf(table, Math.floor(id / table.cols.length), c) === cn
          ? countsForPercent(v.percent, v.decimals, cn)
          : undefined;
      });
      if (counts.some((r) => r === undefined)) continue;
      const least = counts.reduce((a, r) => a + r!.lo, 0);
      const most = counts.reduce((a, r) => a + r!.hi, 0);
      if (least <= cn && most >= cn) out.push({ ids, coefs: ids.map(() => 1), rhs: cn });
    }
  return out;
}

/** Nodes the search for one whole-number table may visit. */
const SOLVE_NODES = 50_000;

/**
 * One whole number per variable within [lo, hi] satisfying every equation, small values first: interval propagation
 * and depth-first search. Undefined when none exists; null when the search ran out of nodes, its own or the input's
 * `work` (none found, none ruled out).
 */
export function solveCounts(
  lo: ReadonlyMap<number, number>,
  hi: ReadonlyMap<number, number>,
  eqs: readonly CellEquation[],
  maxNodes = SOLVE_NODES,
  work?: PercentWork,
): Map<number, number> | undefined | null {
  const byVar = new Map<number, number[]>();
  eqs.forEach((e, k) => e.ids.forEach((id) => byVar.set(id, [...(byVar.get(id) ?? []), k])));
  let nodes = 0;
  const propagate = (l: Map<number, number>, h: Map<number, number>, start: readonly number[]): boolean => {
    const queue = [...start];
    const queued = new Set(queue);
    while (queue.length > 0) {
      const k = queue.shift()!;
      queued.delete(k);
      const e = eqs[k]!;
      if (work) work.left -= e.ids.length;
      // Σ c·x = rhs: each term lies within rhs less the others' range.
      let min = 0;
      let max = 0;
      e.ids.forEach((id, j) => {
        const c = e.coefs[j]!;
        min += c > 0 ? c * l.get(id)! : c * h.get(id)!;
        max += c > 0 ? c * h.get(id)! : c * l.get(id)!;
      });
      if (min > e.rhs || max < e.rhs) return false;
      for (const [j, id] of e.ids.entries()) {
        const c = e.coefs[j]!;
        const ownMin = Math.min(c * l.get(id)!, c * h.get(id)!);
        const ownMax = Math.max(c * l.get(id)!, c * h.get(id)!);
        const a = (e.rhs - (max - ownMax)) / c;
        const b = (e.rhs - (min - ownMin)) / c;
        const nl = Math.max(l.get(id)!, Math.ceil(Math.min(a, b) - 1e-9));
        const nh = Math.min(h.get(id)!, Math.floor(Math.max(a, b) + 1e-9));
        if (nl > nh) return false;
        if (nl === l.get(id) && nh === h.get(id)) continue;
        l.set(id, nl);
        h.set(id, nh);
        for (const q of byVar.get(id)!) if (!queued.has(q)) (queue.push(q), queued.add(q));
        break;
      }
    }
    return true;
  };
  const search = (l: Map<number, number>, h: Map<number, number>): Map<number, number> | undefined => {
    // The input's work: this node's scan for a variable and its copies of the ranges (propagation counts its own).
    if (work && (work.left -= 3 * l.size) <= 0) nodes = maxNodes;
    if (++nodes > maxNodes) return undefined;
    let pick: number | undefined;
    for (const id of byVar.keys())
      if (l.get(id)! < h.get(id)! && (pick === undefined || h.get(id)! - l.get(id)! < h.get(pick)! - l.get(pick)!)) pick = id;
    if (pick === undefined) return l;
    for (let x = l.get(pick)!; x <= h.get(pick)!; x++) {
      const nl = new Map(l);
      const nh = new Map(h);
      nl.set(pick, x);
      nh.set(pick, x);
      if (!propagate(nl, nh, byVar.get(pick)!)) continue;
      const done = search(nl, nh);
      if (done) return done;
      if (nodes > maxNodes) return undefined;
    }
    return undefined;
  };
  const l = new Map(lo);
  const h = new Map(hi);
  if (
    !propagate(
      l,
      h,
      eqs.map((_, k) => k),
    )
  )
    return undefined;
  const done = search(l, h);
  if (!done) return nodes > maxNodes ? null : undefined;
  // Variables in no equation: their least.
  for (const [id, x] of lo) if (!done.has(id)) done.set(id, x);
  return done;
}

/** Whether a sum's label says it combines others (重度・中等度, A/B計): the reading a person means first. */
export function named(table: Table, sum: FoundSum): boolean {
  if (sum.header === null) return false;
  return COMBINED.test((sum.axis === 'rows' ? table.rows : table.cols)[sum.header]!.label.normalize('NFKC'));
}

/**
 * The counts a percentage table's cells stand for: one whole-number table within every range in `ranges` satisfying
 * every equation among those cells (`shareEquations`). Where the sums and breakdowns found by arithmetic cannot all
 * hold together with the declared sums (ranges of integer percentages overlap by chance), they are taken one by one —
 * each line's first breakdown of N, then sums whose labels name their parts, runs of adjacent rows, totals, other
 * sets, alternatives — each kept if it can hold with those kept before: one that cannot hold even alone is false of
 * the true counts, as an attacker sees too (`impossible`); one that can hold alone but not with those kept is a
 * reading the checker could not take (`conflicting`: read.ts refuses the table where its label names its parts, and
 * reports it otherwise; every other largest set of readings that can hold together is audited too, `readingSets`).
 */
export function shareCounts(
  table: Table,
  ranges: ReadonlyMap<number, { lo: number; hi: number }>,
  work?: PercentWork,
): {
  values: Map<number, number>;
  equations: CellEquation[];
  impossible: FoundSum[];
  conflicting: FoundSum[];
  /** Declared sums (a total line's, per position) left out: `false` those that cannot hold even alone, `unsure` the rest. */
  declared?: { false: number; unsure: number };
} {
  const all = shareEquations(table).filter((e) => e.ids.every((id) => ranges.has(id)));
  const lo = new Map([...ranges].map(([id, r]) => [id, r.lo]));
  const hi = new Map([...ranges].map(([id, r]) => [id, r.hi]));
  const solve = (eqs: readonly CellEquation[]) => solveCounts(lo, hi, eqs, SOLVE_NODES, work);
  const solved = solve(all);
  if (solved) return { values: solved, equations: all, impossible: [], conflicting: [] };
  const fixed = all.filter((e) => !e.found);
  const found = [...new Set(all.flatMap((e) => (e.found ? [e.found] : [])))];
  let values = solve(fixed);
  // Declared sums that contradict the percentages: each one that cannot hold even alone is false of the true counts
  // (a 100% total row under two blocks that each add up to 100%: no sum of every row), as an attacker sees too, and is
  // left out; the others are kept where they hold together (combo seed 136: the total column's equations were dropped
  // with the total row's, and a hidden 8 of N = 98 was 144 − 65 − 71 from the total column). Where they do not, none
  // is kept and read.ts refuses the table (`declared.unsure`).
  let declared: { false: number; unsure: number } | undefined;
  let base = fixed;
  if (!values) {
    const holding = fixed.filter((e) => solve([e]) !== undefined);
    values = solve(holding);
    base = values ? holding : [];
    declared = { false: fixed.length - holding.length, unsure: values ? 0 : holding.length };
  }
  values ??= lo;
  // A breakdown of N over adjacent lines whose labels name one variable's categories (性別, 年齢区分, BMI, Stage …): a
  // block of a Table 1, as a reader takes it first, with each line's first breakdown — taken after the sums found by
  // chance before, it lost to them (A群 N=190: 男性 51% = 65歳未満 + BMI 18.5未満 + Stage IV within rounding kept, BMI
  // 5%, 63%, 33% not, and the hidden 5% was 190 − (119〜120) − (62〜63) = 7〜9 to a reader: blocks2 on the fixed lcg).
  const labels = (f: FoundSum) => (f.axis === 'rows' ? table.rows : table.cols);
  const block = (f: FoundSum) =>
    f.header === null &&
    f.parts.every((p, k) => k === 0 || p === f.parts[k - 1]! + 1) &&
    oneVariable(f.parts.map((p) => labels(f)[p]!.label));
  const rank = (f: FoundSum) =>
    f.header === null && (!f.alternative || block(f))
      ? -1
      : named(table, f)
        ? 0
        : f.how === 'run'
          ? 1
          : f.how === 'total'
            ? 2
            : f.alternative
              ? 4
              : 3;
  let kept = base;
  const impossible: FoundSum[] = [];
  const conflicting: FoundSum[] = [];
  for (const f of [...found].sort((a, b) => rank(a) - rank(b))) {
    const own = all.filter((e) => e.found === f);
    const next = solve([...kept, ...own]);
    if (next) {
      kept = [...kept, ...own];
      values = next;
      continue;
    }
    // Ruled out only where the search proved it cannot hold (not where it ran out of nodes).
    if (solve([...base, ...own]) === undefined) impossible.push(f);
    else conflicting.push(f);
  }
  return { values, equations: kept, impossible, conflicting, ...(declared && { declared }) };
}

/**
 * Calls of the whole-number search the enumeration of a table's readings may make (`readingSets`; each set searched
 * once), and the nodes of each: counts, not a time, so that the result does not depend on the machine's load.
 */
const READING_SEARCHES = 4_000;
const READING_NODES = 2_000;
/**
 * Searches for all tables of one input together (`readingSets`' `budget`): eight tables' own limits (system.ts
 * `READING_TABLES`), so that a paper's few tables are each searched as they would be alone. 100 lists of 16 integer
 * percentages took 6.6 s in this enumeration alone before any budget; past it the tables left are refused (check.ts).
 */
export const READING_SEARCHES_INPUT = READING_SEARCHES * 8;

/**
 * Every other reading of a percentage table an attacker may take for its structure: the largest sets of its sums and
 * breakdowns found by arithmetic (those taken, `table.sums`, and those not, `table.otherReadings`) that can hold
 * together with its declared sums for whole counts within `ranges` (maximal consistent sets), other than the set the
 * table is read with. Depth first over the readings (a set that cannot hold is part of no larger one), within
 * `READING_SEARCHES` searches; `complete` false where that ran out (or a search ran out of nodes: such a set is
 * counted as not holding) — the sets found are still returned.
 */
export function readingSets(
  table: Table,
  ranges: ReadonlyMap<number, { lo: number; hi: number }>,
  budget: { left: number } = { left: READING_SEARCHES_INPUT },
): { sets: FoundSum[][]; complete: boolean } {
  const others = table.otherReadings ?? [];
  if (others.length === 0) return { sets: [], complete: true };
  const readings = [...table.sums, ...others];
  const lo = new Map([...ranges].map(([id, r]) => [id, r.lo]));
  const hi = new Map([...ranges].map(([id, r]) => [id, r.hi]));
  const eqs = shareEquations({ ...table, sums: readings }).filter((e) => e.ids.every((id) => ranges.has(id)));
  const fixed = eqs.filter((e) => !e.found);
  const own = readings.map((f) => eqs.filter((e) => e.found === f));
  let searches = 0;
  let complete = true;
  const known = new Map<string, boolean>();
  const holds = (set: readonly number[]) => {
    const key = [...set].sort((a, b) => a - b).join(',');
    const seen = known.get(key);
    if (seen !== undefined) return seen;
    const result = search(set);
    known.set(key, result);
    return result;
  };
  const search = (set: readonly number[]) => {
    if (++searches > READING_SEARCHES || budget.left-- <= 0) {
      complete = false;
      return false;
    }
    const found = solveCounts(lo, hi, [...fixed, ...set.flatMap((i) => own[i]!)], READING_NODES);
    if (found === null) complete = false;
    return found !== undefined && found !== null;
  };
  const sets: number[][] = [];
  const grow = (k: number, chosen: number[]): void => {
    if (searches > READING_SEARCHES || budget.left <= 0) {
      // Sets not searched: the enumeration is incomplete (said unchecked), whichever budget ran out.
      complete = false;
      return;
    }
    if (k === readings.length) {
      if (readings.every((_, j) => chosen.includes(j) || !holds([...chosen, j]))) sets.push(chosen);
      return;
    }
    if (holds([...chosen, k])) grow(k + 1, [...chosen, k]);
    grow(k + 1, chosen);
  };
  grow(0, []);
  // A set of the taken readings only is the table as read, or part of it where a search ran out: no other reading.
  return { sets: sets.filter((set) => set.some((i) => i >= table.sums.length)).map((set) => set.map((i) => readings[i]!)), complete };
}
