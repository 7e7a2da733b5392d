/**
 * The publication as linear constraints on whole numbers, the form the audit and the suppression work on. One
 * variable per count the input shows (cells of different tables that show the same count share one), the rows that
 * hold whatever is hidden (sums, relations to a stated N), and the rows a count's cell states while it is
 * published (the base its percentage was computed from, the N of its fraction). Every row holds for the true
 * counts, so the set of tables the system allows is never larger than what an attacker can narrow it to: a range
 * found here is at most as wide as the attacker's.
 */
import { baseRange, countsForPercent } from './cell.ts';
import { headerKey, labelKey, linkByNumbers, type NumberLink } from './labels.ts';
import { READING_SEARCHES_INPUT, readingSets, shareCounts } from './shares.ts';
import { headerN, headerNs } from './pointn.ts';
import { isSizeName } from './sizes.ts';
import { disjointWhole, equalRuns, fractionRests, grandSum } from './sums.ts';
import { bases, cellId, countOf, denominatorOf, crossEquations, equations, totalIndex } from './table.ts';
import type { FoundSum, Header, Table } from './types.ts';
import { runningOver, saysCumulative } from './cumulative.ts';

/** lo ≤ Σ coefs·x ≤ hi over variables `ids` (each id at most once). */
export interface Row {
  ids: number[];
  coefs: number[];
  lo: number;
  hi: number;
}

/** A cell of the input: its table (index in the check's list) and its cell id in that table. */
export interface CellRef {
  table: number;
  id: number;
}

export interface Var {
  /**
   * The true count; for a count only a percentage shows (its true value unknown), a count the percentage allows
   * that is consistent with every row — what the audit and the suppression need is a table consistent with the
   * published cells, and this is one.
   */
  value: number;
  /** The cells that show it; hiding the count hides all of them. */
  cells: CellRef[];
  /** Rows its cells state while published, beyond the value itself (a percentage's base, a fraction's N). */
  stated: Row[];
  /**
   * Smallest value an attacker can assume while it is hidden: 1 when published zeros tell that a hidden count is
   * not 0 (zeros are exempt from suppression and never chosen to hide), else 0.
   */
  lb: number;
  /** Whether the suppression may hide it (a zero left published under the rules is never hidden). */
  hideable: boolean;
  /**
   * Every cell showing it is on a line of ours (`Header.rest`: the rest of a うち line, a column's N less a line),
   * which the applicant need not print: hiding it loses nothing of the published table.
   */
  unprinted?: true;
}

export interface System {
  vars: Var[];
  /** Rows that hold whatever is published. */
  rows: Row[];
}

/** The rows in force when `hidden` counts are hidden: the system's own and those stated by published counts. */
export function activeRows(sys: System, hidden: ReadonlySet<number>): Row[] {
  const rows = [...sys.rows];
  sys.vars.forEach((v, i) => {
    if (!hidden.has(i)) rows.push(...v.stated);
  });
  return rows;
}

/** A row with every id once and no zero coefficient (merging variables can repeat an id). */
function normaliseRow(ids: readonly number[], coefs: readonly number[], lo: number, hi: number): Row {
  const sum = new Map<number, number>();
  ids.forEach((id, k) => sum.set(id, (sum.get(id) ?? 0) + coefs[k]!));
  const row: Row = { ids: [], coefs: [], lo, hi };
  for (const [id, c] of sum) {
    if (c === 0) continue;
    row.ids.push(id);
    row.coefs.push(c);
  }
  return row;
}

/** The sum of the counts `ids` (one named twice counted twice) within lo..hi. */
export function onesRow(ids: readonly number[], lo: number, hi: number): Row {
  return normaliseRow(
    ids,
    ids.map(() => 1),
    lo,
    hi,
  );
}

/**
 * words53: every choice of one of `lines` at each group of `across` (lines^groups of them, read.ts `UNION_ROWS` at the
 * most), each as the chosen cells' variables (`at`), the first group's line varying slowest. The rows of a union of
 * groups apart (here) and check.ts `unionsApart`'s reading of groups that overlap as apart.
 */
export function everyChoice(lines: readonly number[], across: readonly number[], at: (l: number, k: number) => number): number[][] {
  const out: number[][] = [];
  const choose = (k: number, chosen: number[]): void => {
    if (k === across.length) {
      out.push(chosen);
      return;
    }
    for (const l of lines) choose(k + 1, [...chosen, at(l, across[k]!)]);
  };
  choose(0, []);
  return out;
}

/** The rows over the counts in `movable`, every other count taken out as the constant it is. */
export function movableRows(sys: System, movable: ReadonlySet<number>, rows: readonly Row[] = sys.rows): Row[] {
  return rows.map((row) => {
    const out: Row = { ids: [], coefs: [], lo: row.lo, hi: row.hi };
    row.ids.forEach((id, k) => {
      if (movable.has(id)) {
        out.ids.push(id);
        out.coefs.push(row.coefs[k]!);
      } else {
        out.lo -= row.coefs[k]! * sys.vars[id]!.value;
        out.hi -= row.coefs[k]! * sys.vars[id]!.value;
      }
    });
    return out;
  });
}

/**
 * What hiding a count costs: (value + 1) for each cell that shows it; 1 for a count only lines of ours show (hiding
 * it loses nothing printed; 1, not 0, so that no count is hidden for nothing).
 */
export const costOf = (sys: System, v: number) =>
  sys.vars[v]!.unprinted ? 1 : (sys.vars[v]!.value + 1) * Math.max(1, sys.vars[v]!.cells.length);

/** Marks the counts whose every cell is on a line of ours (`Var.unprinted`). */
function markUnprinted(tables: readonly Table[], sys: System): void {
  for (const x of sys.vars) {
    const ours =
      x.cells.length > 0 &&
      x.cells.every(({ table, id }) => {
        const t = tables[table]!;
        const C = t.cols.length;
        return t.rows[Math.floor(id / C)]!.rest === true || t.cols[id % C]!.rest === true;
      });
    if (ours) x.unprinted = true;
    else delete x.unprinted;
  }
}

/** Tables of one input that share counts: checked and protected together. */
export interface Link {
  /** Table numbers (1-based, as in the input). */
  tables: number[];
  /** Counts shown in more than one of them, and sums of one that another shows. */
  shared: number;
  /**
   * stats44: lines of one read as the largest (smallest) of another's counts (read.ts `extremesAcross`), which join
   * them with no count shared: how many, and which extremes (for the report's words).
   */
  extremes?: { lines: number; how: ('max' | 'min')[] };
  /** means50: lines of one read as parts of another's line of patients (`nestedAcross`): how many, no count shared. */
  nested?: number;
  /** means53: of `nested`, those read as parts of a line their label names as their whole (「入院中死亡」 in 「入院」). */
  named?: number;
}

/** The system of the tables of one input, and where each cell's count went. */
export interface Built {
  sys: System;
  /** cellVar[table][cell id] → variable, or -1 for a cell without one (a percentage no count table shows). */
  cellVar: number[][];
  links: Link[];
  /** Differences and running sums between lines, found by arithmetic (`lineRelations`): equations of the system. */
  relations: LineRelation[];
  /** Groups of lines whose relations were not all searched (past `LINE_WORK` or `LINE_EQUATIONS`): said in the report. */
  unsearched: LineGroup[];
  /**
   * Searches for links between tables by our reading of their labels that a bound of ours cut short (linked35): a
   * title's names among more than `NAMED_LINES` lines, ranges among more than `RANGE_LINES`, or past `LINE_WORK`
   * comparisons of ranges. Said in the report (`links/not-searched`), never dropped silently.
   */
  cut: LinkCut[];
  /** Differences of lines with a slip in one position (`lineRelations`): refused where a count of them is hidden. */
  almost: AlmostRelation[];
  /** rel73: counts a relation with a line of constants (the rows' N) gives back exactly (`lineRelations`): refused where small. */
  pinned: ConstantPin[];
  /** Lines of two tables printing the same numbers under other labels (labels.ts `linkByNumbers`): equations. */
  numbered: NumberLink[];
  /** Pairs of count tables of the same groups whose groups' sums are equal (`sameGroups`): equations, said as our reading. */
  sameGroups: SameGroups[];
}

/** Two tables (numbers as printed) read as the same groups broken down by different things, and those groups' labels. */
export interface SameGroups {
  tables: [number, number];
  labels: string[];
}

export interface BuildOptions {
  /** Published zeros are exempt: a zero is never hidden, and a hidden count is known to be at least 1. */
  zeroExempt: boolean;
}

/**
 * What a header stands for: the labels from the top of its tree down to it, totals (which stand for all) left out; a
 * part of a sum another table prints nested (`Header.seenUnder`) under that table's sum line.
 */
export function pathOf(headers: readonly Header[], i: number): string[] {
  const out: string[] = [];
  for (let h: number | null = i; h !== null; h = headers[h]!.parent) {
    if (headers[h]!.kind !== 'total') out.unshift(headerKey(headers[h]!));
    if (headers[h]!.seenUnder) {
      out.unshift(...headers[h]!.seenUnder!);
      break;
    }
  }
  return out;
}

/**
 * The key of what a cell counts: the paths of its row and its column, in either order (a table and its transpose
 * count the same things). A table with a single column (row) of items names a measure there (人数, n), not a
 * category, unless another table of the input has that label among two or more items (then it is that category:
 * a column 「A」 printed alone is column A of the table that breaks A and B down).
 */
function keyOf(table: Table, row: number, col: number): string {
  const { rows, cols } = pathsOf(table);
  // A label of two classifications (「A群・男性」, 「A群男性」 read as labels run together) is the cell of 男性 and A群.
  const parts = [rows[row]!, cols[col]!].filter((p) => p !== '').flatMap((p) => p.split('\u0000'));
  return parts.sort().join('\u0000');
}

const paths = new WeakMap<Table, { rows: string[]; cols: string[] }>();

/** The labels that name a category: items of an axis with two or more items, in any table of the input. */
function categoriesOf(tables: readonly Table[]): Set<string> {
  const out = new Set<string>();
  for (const t of tables) {
    for (const hs of [t.rows, t.cols]) {
      const items = hs.filter((h) => h.kind !== 'total');
      if (items.length >= 2) for (const h of items) out.add(headerKey(h));
    }
  }
  return out;
}

/** Every header's path as one string, per table (made once per input, by `systemOf`). */
function pathsOf(table: Table, categories?: ReadonlySet<string>): { rows: string[]; cols: string[] } {
  let p = paths.get(table);
  if (!p) {
    const measure = (hs: readonly Header[]) => {
      const items = hs.filter((h) => h.kind !== 'total');
      return items.length === 1 && !categories?.has(headerKey(items[0]!));
    };
    p = {
      rows: table.rows.map((_, i) => (measure(table.rows) ? '' : pathOf(table.rows, i).join('/'))),
      cols: table.cols.map((_, i) => (measure(table.cols) ? '' : pathOf(table.cols, i).join('/'))),
    };
    paths.set(table, p);
  }
  return p;
}

/**
 * One variable per count; cells of different tables with the same key and the same value are one count (a table's
 * margin printed again in another, the same breakdown twice). Rows: every table's sums, sums of one table that a
 * cell of another shows (a margin one table leaves out), the grand total its title's N states, and, per count
 * cell, what its percentage or fraction states about its bases. A percentage table's cells join the counts of a
 * count table they share keys with, as more cells of those counts.
 */
export function systemOf(tables: readonly Table[], options: BuildOptions, reading?: { table: number; sums: FoundSum[] }): Built {
  // Labels another table prints under other names with the same numbers name its groups (before any key is made).
  const numbered = linkByNumbers(tables);
  const categories = categoriesOf(tables);
  for (const t of tables) pathsOf(t, categories);
  const cellVar: number[][] = tables.map((t) => t.cells.flat().map(() => -1));
  const sys: System = { vars: [], rows: [] };
  const byKey = new Map<string, { table: number; id: number; value: number }[]>();
  const shared = new Map<string, number>();
  // Which tables shared counts join, as a union-find kept with `shared` (asked once per relation between lines).
  const group = tables.map((_, t) => t);
  const root = (t: number): number => {
    while (group[t] !== t) t = group[t] = group[group[t]!]!;
    return t;
  };
  // Lines tying tables as an extreme of the other's counts (stats43), apart: no count is shared there.
  const extremeTies = new Map<string, { lines: number; how: ('max' | 'min')[] }>();
  // means50: lines of one read as parts of another's line of patients (`nestedAcross`), apart: no count is shared.
  const nestedTies = new Map<string, number>();
  const namedTies = new Map<string, number>();
  const share = (a: number, b: number, extreme?: 'max' | 'min' | 'nested' | 'named') => {
    if (a === b) return;
    const k = [a, b].sort((x, y) => x - y).join(',');
    if (extreme === 'nested' || extreme === 'named') {
      nestedTies.set(k, (nestedTies.get(k) ?? 0) + 1);
      if (extreme === 'named') namedTies.set(k, (namedTies.get(k) ?? 0) + 1);
      if (!shared.has(k)) shared.set(k, 0);
    } else if (extreme) {
      const e = extremeTies.get(k) ?? { lines: 0, how: [] };
      e.lines++;
      if (!e.how.includes(extreme)) e.how.push(extreme);
      extremeTies.set(k, e);
      if (!shared.has(k)) shared.set(k, 0);
    } else shared.set(k, (shared.get(k) ?? 0) + 1);
    group[root(a)] = root(b);
  };
  tables.forEach((table, t) => {
    if (table.kind !== 'count') return;
    for (const cell of table.cells.flat()) {
      const id = cellId(table, cell.row, cell.col);
      const value = countOf(cell);
      const key = keyOf(table, cell.row, cell.col);
      const same = byKey.get(key)?.find((o) => o.value === value && o.table !== t);
      if (same) {
        const v = cellVar[same.table]![same.id]!;
        cellVar[t]![id] = v;
        sys.vars[v]!.cells.push({ table: t, id });
        share(same.table, t);
      } else {
        sys.vars.push({
          value,
          cells: [{ table: t, id }],
          stated: [],
          lb: options.zeroExempt && value >= 1 ? 1 : 0,
          // A zero written 「0/101」 (denom31) prints its N besides: where zeros are exempt the count may be shown, but
          // the cell may still have to be hidden for its N (「65歳未満 101/101」 hidden beside a published 「0/101」 was
          // 101 − 0 to a reader, and the table could not be protected whatever was hidden).
          hideable: value > 0 || !options.zeroExempt || (cell.value.kind === 'count' && cell.value.denominator !== undefined),
        });
        cellVar[t]![id] = sys.vars.length - 1;
      }
      const list = byKey.get(key) ?? [];
      list.push({ table: t, id, value });
      byKey.set(key, list);
    }
  });
  const varAt = (t: number, row: number, col: number) => cellVar[t]![cellId(tables[t]!, row, col)]!;
  const sumRow = (t: number, cells: readonly { row: number; col: number }[], lo: number, hi: number) =>
    onesRow(
      cells.map((c) => varAt(t, c.row, c.col)),
      lo,
      hi,
    );

  // Each table's own equations, where the search for implied ones starts (system of one table closed on itself).
  const blocks: number[][] = [];
  const cut: LinkCut[] = [];
  tables.forEach((table, t) => {
    if (table.kind !== 'count') return;
    const start = sys.rows.length;
    for (const eq of [...equations(table), ...crossEquations(table)]) {
      sys.rows.push(
        normaliseRow(
          eq.terms.map((term) => varAt(t, term.row, term.col)),
          eq.terms.map((term) => term.coef),
          eq.rhs,
          eq.rhs,
        ),
      );
    }
    const grand = grandSum(table);
    if (grand) sys.rows.push(sumRow(t, grand, table.denominator!, table.denominator!));
    blocks.push(Array.from({ length: sys.rows.length - start }, (_, k) => start + k));
    // A line at least the sum of some others (a sum another table prints with parts this one does not): in every position.
    for (const { axis, header, parts } of table.atLeast ?? [])
      (axis === 'rows' ? table.cols : table.rows).forEach((_, k) => {
        const at = (i: number) => (axis === 'rows' ? { row: i, col: k } : { row: k, col: i });
        sys.rows.push(
          normaliseRow(
            [at(header), ...parts.map(at)].map((c) => varAt(t, c.row, c.col)),
            [1, ...parts.map(() => -1)],
            0,
            Infinity,
          ),
        );
      });
    // words53: a title's count of lines' patients counted once (read.ts `readUnion`): at most their cells' sum, at least
    // each choice of one line's cell at every group (the groups apart). Rows of published constants only where all is shown.
    for (const { axis, lines, across, n, overlap } of table.unions ?? []) {
      const at = (l: number, k: number) => (axis === 'rows' ? varAt(t, l, k) : varAt(t, k, l));
      const all = lines.flatMap((l) => across.map((k) => at(l, k)));
      sys.rows.push(onesRow(all, n, Infinity));
      // words55: groups not apart (the count below the sum of each group's largest): each whole line's count at most n.
      if (overlap) {
        for (const l of lines)
          sys.rows.push(
            onesRow(
              across.map((k) => at(l, k)),
              0,
              n,
            ),
          );
        continue;
      }
      for (const chosen of everyChoice(lines, across, at)) sys.rows.push(onesRow(chosen, 0, n));
    }
    // An extreme of another table's line (stats43, read.ts `extremesAcross`): the count it is, at least (most) the others.
    for (const { of, how, cells } of table.extremeOf ?? []) {
      const u = tables.findIndex((o) => o.number === of);
      if (u < 0 || tables[u]!.kind !== 'count') continue;
      for (const { self, over, reach } of cells) {
        const x = varAt(t, self.row, self.col);
        over.forEach((o, k) => {
          const y = varAt(u, o.row, o.col);
          // The same count already (a cell shared by its labels): nothing to tie.
          if (x === y) return;
          if (k === reach) sys.rows.push(normaliseRow([x, y], [1, -1], 0, 0));
          else sys.rows.push(normaliseRow([x, y], how === 'max' ? [1, -1] : [-1, 1], 0, Infinity));
        });
      }
      share(u, t, how);
    }
    // The largest (smallest) of another table's lines' sums (stats48, read.ts `sumExtremes`): the named line's sum, at
    // least (most) every other line's sum.
    for (const { of, how, self, lines, reach } of table.sumExtremeOf ?? []) {
      const u = tables.findIndex((o) => o.number === of);
      if (u < 0 || tables[u]!.kind !== 'count') continue;
      const x = varAt(t, self.row, self.col);
      lines.forEach((line, k) => {
        const ys = line.map((c) => varAt(u, c.row, c.col));
        if (ys.includes(x)) return;
        if (k === reach) sys.rows.push(normaliseRow([x, ...ys], [1, ...ys.map(() => -1)], 0, 0));
        else sys.rows.push(normaliseRow([x, ...ys], how === 'max' ? [1, ...ys.map(() => -1)] : [-1, ...ys.map(() => 1)], 0, Infinity));
      });
      share(u, t, how);
    }
    // Lines said to be in order of their counts (order.ts): each at least (at most) the next, in the line said across.
    for (const { axis, at, lines, descending } of table.order ?? []) {
      const cell = (i: number) => (axis === 'rows' ? varAt(t, i, at) : varAt(t, at, i));
      lines
        .slice(1)
        .forEach((i, k) => sys.rows.push(normaliseRow([cell(lines[k]!), cell(i)], descending ? [1, -1] : [-1, 1], 0, Infinity)));
    }
    // A margin this table leaves out, shown by a cell of another table: the same count, so an equation.
    for (const margin of margins(table)) {
      const other = byKey
        .get(margin.key)
        ?.find((o) => o.table !== t && o.value === margin.cells.reduce((s, c) => s + countOf(table.cells[c.row]![c.col]!), 0));
      if (!other) continue;
      const row = sumRow(t, margin.cells, 0, 0);
      sys.rows.push(normaliseRow([...row.ids, cellVar[other.table]![other.id]!], [...row.coefs, -1], 0, 0));
      share(other.table, t);
    }
    // A breakdown of another table's line or cell that the title or the corner names (「男性の内訳」 over a list by
    // age whose A群 column adds up to the 男性・A群 cell of a table of sex by group): the same count, an equation.
    for (const { cells, key, extra, other: u } of namedBreakdowns(tables, t, cut)) {
      const sum = cells.reduce((s, c) => s + countOf(table.cells[c.row]![c.col]!), 0);
      const parts = [...key.split('\u0000').filter((k) => k !== ''), ...extra].sort().join('\u0000');
      const other = byKey.get(parts)?.find((o) => o.table === u && o.value === sum);
      if (!other) continue;
      const row = sumRow(t, cells, 0, 0);
      if (row.ids.includes(cellVar[other.table]![other.id]!)) continue;
      sys.rows.push(normaliseRow([...row.ids, cellVar[other.table]![other.id]!], [...row.coefs, -1], 0, 0));
      share(other.table, t);
    }
    for (const cell of table.cells.flat()) {
      statedRows(table, t, cell.row, cell.col, sys.vars[varAt(t, cell.row, cell.col)]!, sumRow);
      // A count under a stated N is at most N: that can only pin a count equal to its N (all of the group), and
      // only one that is no sum (a sum equal to N is already that N's equation).
      const n = countOf(cell);
      const item = (axis: 'rows' | 'cols', i: number) =>
        (axis === 'rows' ? table.rows : table.cols)[i]!.kind === 'item' && !table.sums.some((x) => x.axis === axis && x.header === i);
      if (
        n > 0 &&
        item('rows', cell.row) &&
        item('cols', cell.col) &&
        [table.rows[cell.row]!.denominator, table.cols[cell.col]!.denominator, table.denominator].includes(n)
      ) {
        sys.rows.push(sumRow(t, [cell], 0, n));
      }
    }
  });

  // means50: a line of another table under the same groups, inside a line of patients (「患者数」「N」, sizes.ts
  // `isSizeName`) of one: each of its counts at most that group's patients (表2 死亡 ≤ 表1 患者数 of the same site;
  // チェッカーの判断). Taken where it holds on the counts at every group the two share (else they count other things).
  nestedAcross(tables, cellVar, sys, (a, b, named) => share(a, b, named ? 'named' : 'nested'));
  nestedWithin(tables, cellVar, sys);

  // ranks66: a share that is the extreme (the r-th) of another table's line of n/N each over its own N (read.ts
  // `ownNExtremes`): the count of the cell it reaches (a share with no N of its own shows that count, hidden with it),
  // and, while published, each other cell's n at most (least) the count the share allows of its own N, the cells
  // ranked above it at least (most) — a bound on one count each, true of the counts (checked; else not tied).
  const ownNTies = (table: Table, t: number) => {
    // Per share cell: the rows it states (every table it fits, extremes63) and the counts it reaches.
    const per = new Map<number, { rows: Row[]; reach: number[] }>();
    for (const { of, how, cells } of table.ownNExtremeOf ?? []) {
      const u = tables.findIndex((o) => o.number === of);
      if (u < 0 || tables[u]!.kind !== 'count') continue;
      let tied = false;
      for (const { self, over, reach, above } of cells) {
        const v = table.cells[self.row]?.[self.col]?.value;
        const y = varAt(u, over[reach]!.row, over[reach]!.col);
        if (v?.kind !== 'percent' || y === undefined || y < 0) continue;
        const rows: Row[] = [];
        let holds = true;
        over.forEach((o, k) => {
          const z = varAt(u, o.row, o.col);
          if (z === undefined || z < 0) return;
          const r = countsForPercent(v.percent, v.decimals, o.n);
          // The cell it is within the share's range; one ranked above a largest at least its low end, one below at most
          // its high end (the smallest: the other way round).
          const atLeast = above.includes(k) === (how === 'max');
          const lo = k === reach || atLeast ? r.lo : 0;
          const hi = k === reach || !atLeast ? r.hi : Infinity;
          const value = sys.vars[z]!.value;
          if (value < lo || value > hi) holds = false;
          rows.push(normaliseRow([z], [1], lo, hi));
        });
        if (!holds) continue;
        const id = cellId(table, self.row, self.col);
        const p = per.get(id) ?? { rows: [], reach: [] };
        p.rows.push(...rows);
        p.reach.push(y);
        per.set(id, p);
        tied = true;
      }
      if (tied) share(u, t, how);
    }
    for (const [id, { rows, reach }] of per) {
      let x = cellVar[t]![id]!;
      // A share with no N of its own shows the count it reaches: of several tables' (extremes63), the smallest, hidden
      // with it (the others' ranges stated while it is published).
      if (x === undefined || x < 0) {
        const y = reach.reduce((m, r) => (sys.vars[r]!.value < sys.vars[m]!.value ? r : m));
        cellVar[t]![id] = y;
        sys.vars[y]!.cells.push({ table: t, id });
        x = y;
      }
      sys.vars[x]!.stated.push(...rows);
    }
  };

  // Percentages of counts another table shows: more cells of those counts, stating bounds on their bases.
  const percentKeys = new Map<string, { table: number; v: number }[]>();
  tables.forEach((table, t) => {
    if (table.kind !== 'percent') return;
    const linked: Linked = new Map();
    for (const cell of table.cells.flat()) {
      if (cell.value.kind !== 'percent') continue;
      const p = cell.value;
      // Where the percentage's own N is stated, a count it cannot stand for of that N is no count of this cell (seen3:
      // a list's 8% of N = 91 is 7, not another year's 心筋梗塞 4 of the same name; linked to it, the list's breakdown
      // of N lost the cell and 91 − 26 − 30 − 28 gave the hidden 7 back). The cell keeps a count of its own, in its
      // N's breakdown; an attacker sees that the numbers disagree (the oracle alike).
      const own = denominatorOf(table, cell.row, cell.col);
      const range = own === undefined ? undefined : countsForPercent(p.percent, p.decimals, own);
      for (const c of byKey.get(keyOf(table, cell.row, cell.col)) ?? []) {
        const source = tables[c.table]!;
        const at = { row: Math.floor(c.id / source.cols.length), col: c.id % source.cols.length };
        const x = sys.vars[cellVar[c.table]![c.id]!]!;
        const rows = percentRows(source, at.row, at.col, c.value, p.percent, p.decimals, (cells, lo, hi) => sumRow(c.table, cells, lo, hi));
        if (rows.length === 0) continue;
        if (range && (c.value < range.lo || c.value > range.hi)) continue;
        // Of its own N too (seen4): the cell keeps a count of its own, in its N's breakdown, equal to that count (an
        // equation, `percentCounts`). Shared as one count, the breakdown lost the cell, and where the other count was
        // hidden, 100% less the list's other percentages gave this one back (2022's 11% of 75 beside 2021's 8).
        if (range) {
          linked.set(cellId(table, cell.row, cell.col), { v: cellVar[c.table]![c.id]!, value: c.value, rows, table: c.table });
          break;
        }
        x.stated.push(...rows);
        x.cells.push({ table: t, id: cellId(table, cell.row, cell.col) });
        cellVar[t]![cellId(table, cell.row, cell.col)] = cellVar[c.table]![c.id]!;
        share(c.table, t);
        break;
      }
    }
    // redc61: a share read as the extreme of another table's line whose count is a range (「4%」 of 232: 9 or 10, read.ts
    // `shareExtremes`) is that extreme's count: linked to it as above (pinned where the table's equations still hold),
    // so that the tie below holds on the counts.
    for (const { of, cells } of table.extremeOf ?? []) {
      const u = tables.findIndex((o) => o.number === of);
      if (u < 0 || tables[u]!.kind !== 'count') continue;
      for (const { self, over, reach } of cells) {
        const id = cellId(table, self.row, self.col);
        const o = over[reach];
        const v = table.cells[self.row]?.[self.col]?.value;
        const n = denominatorOf(table, self.row, self.col);
        if (!o || linked.has(id) || cellVar[t]![id]! >= 0 || v?.kind !== 'percent' || n === undefined) continue;
        const r = countsForPercent(v.percent, v.decimals, n);
        const y = varAt(u, o.row, o.col);
        if (r.lo === r.hi || y === undefined || y < 0) continue;
        linked.set(id, { v: y, value: sys.vars[y]!.value, rows: [], table: u });
      }
    }
    const read = reading?.table === t ? { ...table, sums: reading.sums } : table;
    percentCounts(read, t, sys, cellVar[t]!, options, linked);
    for (const l of linked.values()) share(l.table, t);
    ownNTies(table, t);
    // The table's sums over counts another table shows and counts of its own alike (percentCounts takes those among its
    // own only): combo found a total column 「n=244」 of percentages beside groups linked to a count table lose its
    // equation, and 入院 62.3% of 244 = 152 less the groups' published 39 and 71 gave the hidden 42 back. Taken where
    // the counts satisfy it (the counts of its own are one whole-number table of their ranges, chosen apart).
    const shared = new Set(
      table.cells
        .flat()
        .flatMap((c) => (sys.vars[cellVar[t]![cellId(table, c.row, c.col)]!]?.cells[0]?.table !== t ? [cellId(table, c.row, c.col)] : [])),
    );
    if (shared.size > 0)
      for (const eq of [...equations(read), ...crossEquations(read)]) {
        const ids = eq.terms.map((term) => cellVar[t]![cellId(table, term.row, term.col)]!);
        if (ids.some((v) => v === undefined || v < 0) || !eq.terms.some((term) => shared.has(cellId(table, term.row, term.col)))) continue;
        const value = ids.reduce((acc, v, k) => acc + eq.terms[k]!.coef * sys.vars[v]!.value, 0);
        if (value === eq.rhs)
          sys.rows.push(
            normaliseRow(
              ids,
              eq.terms.map((term) => term.coef),
              eq.rhs,
              eq.rhs,
            ),
          );
      }
    // A margin of these counts that a count table prints (あり 37 beside column percentages of A, B and C): an
    // equation, as between count tables, where the counts the percentages stand for add up to it.
    for (const margin of margins(table)) {
      const vars = margin.cells.map((c) => cellVar[t]![cellId(table, c.row, c.col)]!);
      if (margin.key === '' || vars.some((v) => v < 0)) continue;
      const sum = vars.reduce((acc, v) => acc + sys.vars[v]!.value, 0);
      const other = byKey.get(margin.key)?.find((o) => o.table !== t && o.value === sum);
      if (!other || vars.includes(cellVar[other.table]![other.id]!)) continue;
      sys.rows.push(normaliseRow([...vars, cellVar[other.table]![other.id]!], [...vars.map(() => 1), -1], 0, 0));
      share(other.table, t);
    }
    // The same count shown by two percentage tables (row percentages of the rows' N in one, column percentages of
    // the columns' N in the other, no count table behind them): one count, an equation, where the counts taken for
    // the two percentages are one number (with one decimal of N under 1,000 each percentage is one count).
    for (const cell of table.cells.flat()) {
      const v = cellVar[t]![cellId(table, cell.row, cell.col)]!;
      if (v < 0 || sys.vars[v]!.cells.length !== 1) continue;
      const key = keyOf(table, cell.row, cell.col);
      const before = percentKeys.get(key)?.find((o) => o.table !== t && sys.vars[o.v]!.value === sys.vars[v]!.value);
      if (before) {
        sys.rows.push(normaliseRow([v, before.v], [1, -1], 0, 0));
        share(before.table, t);
      } else percentKeys.set(key, [...(percentKeys.get(key) ?? []), { table: t, v }]);
    }
  });
  // extremes60: a share that is the extreme of another table's line (read.ts `shareExtremes`): its count (a variable
  // of the percentage table, made just above) the count it reaches, at least (most) the others — where true.
  tables.forEach((table, t) => {
    if (table.kind !== 'percent') return;
    for (const { of, how, cells } of table.extremeOf ?? []) {
      const u = tables.findIndex((o) => o.number === of);
      if (u < 0 || tables[u]!.kind !== 'count') continue;
      let tied = false;
      for (const { self, over, reach } of cells) {
        const x = varAt(t, self.row, self.col);
        if (x === undefined || x < 0) continue;
        // extremes63: a share of a range (redc61) that fits several tables' extremes is linked to the first one's count
        // (above); this table's extreme, another count of the range, is tied here from the count it reaches: within the
        // range the share allows of its N, and at least (most) the others — true of the counts.
        const y0 = reach >= 0 ? varAt(u, over[reach]!.row, over[reach]!.col) : undefined;
        const v = table.cells[self.row]?.[self.col]?.value;
        const n = denominatorOf(table, self.row, self.col);
        if (
          y0 !== undefined &&
          y0 >= 0 &&
          y0 !== x &&
          sys.vars[x]!.value !== sys.vars[y0]!.value &&
          v?.kind === 'percent' &&
          n !== undefined
        ) {
          const r = countsForPercent(v.percent, v.decimals, n);
          const vy0 = sys.vars[y0]!.value;
          if (r.lo <= vy0 && vy0 <= r.hi) {
            sys.rows.push(normaliseRow([y0], [1], r.lo, r.hi));
            over.forEach((o, k) => {
              const y = varAt(u, o.row, o.col);
              if (k === reach || y === undefined || y < 0 || y === y0) return;
              const vy = sys.vars[y]!.value;
              if (how === 'max' ? vy0 < vy : vy0 > vy) return;
              sys.rows.push(normaliseRow([y0, y], how === 'max' ? [1, -1] : [-1, 1], 0, Infinity));
            });
            tied = true;
            continue;
          }
        }
        over.forEach((o, k) => {
          const y = varAt(u, o.row, o.col);
          if (y === undefined || y < 0 || x === y) return;
          const [vx, vy] = [sys.vars[x]!.value, sys.vars[y]!.value];
          if (k === reach ? vx !== vy : how === 'max' ? vx < vy : vx > vy) return;
          if (k === reach) sys.rows.push(normaliseRow([x, y], [1, -1], 0, 0));
          else sys.rows.push(normaliseRow([x, y], how === 'max' ? [1, -1] : [-1, 1], 0, Infinity));
          tied = true;
        });
      }
      if (tied) share(u, t, how);
    }
  });
  tableSums(tables, cellVar, sys, share);
  rangeSums(tables, cellVar, sys, share, cut);
  otherSums(tables, cellVar, sys, share, cut);
  lifeTables(tables, cellVar, sys, share);
  const same = sameGroups(tables, cellVar, sys, share);
  // Lines of two tables that print the same numbers under other labels: each position one count (an equation).
  // Only those that add an equation: where the labels link the lines already (a column 「A」 printed alone, the same
  // counts), nothing is new, and nothing is said.
  const usedLinks: NumberLink[] = [];
  for (const link of numbered) {
    const { x, y, order } = link;
    const before = sys.rows.length;
    x.cells.forEach((cells, i) => {
      const other = y.cells[order[i]!]!;
      const row = normaliseRow(
        [...cells.map((c) => varAt(x.index, c.row, c.col)), ...other.map((c) => varAt(y.index, c.row, c.col))],
        [...cells.map(() => 1), ...other.map(() => -1)],
        0,
        0,
      );
      if (row.ids.length > 0) sys.rows.push(row);
    });
    if (sys.rows.length === before) continue;
    usedLinks.push(link);
    share(x.index, y.index);
  }
  // Tables a relation ties together are protected together; tables linked by nothing else count it once.
  const {
    found: relations,
    almost,
    unsearched,
    pinned,
  } = lineRelations(tables, cellVar, sys, (a, b) => {
    if (root(a) !== root(b)) share(a, b);
  });
  sys.rows = withoutImplied(sys.rows, blocks);
  markUnprinted(tables, sys);
  return {
    sys,
    cellVar,
    links: linksOf(tables, shared, extremeTies, nestedTies, namedTies),
    relations,
    unsearched,
    cut,
    almost,
    pinned,
    numbered: usedLinks,
    sameGroups: same,
  };
}

/** Other readings of one percentage table audited at most (each one system); past it the rest are reported unaudited. */
export const MAX_READINGS = 16;
/**
 * Percentage tables whose other readings one input may have searched and audited in full, each within its own limits
 * (`MAX_READINGS` systems, shares.ts `READING_SEARCHES` searches): the input's budgets are this many tables' worth, so
 * a paper's few tables of integer percentages are each judged as they would be alone; past them, the tables left are
 * refused (check.ts), never passed unchecked.
 */
export const READING_TABLES = 8;
/** Cells of a percentage table beyond which its other readings are not searched (said unchecked). */
export const MAX_READING_CELLS = 16;

/**
 * The system of the same counts under each other reading of a percentage table whose sums found by arithmetic cannot
 * all hold together (`Table.otherReadings`): every other largest set of its readings that can hold together (shares.ts
 * `readingSets`), the published counts one whole-number table under it, the other tables as read. The variables
 * are the same as in `systemOf`'s (same order), so a choice of counts to hide is audited in each. Up to
 * `MAX_READINGS` in all; `left` says how many were not built, `complete` whether every set was found (within
 * `searches` for all tables together, shares.ts `READING_SEARCHES_INPUT`). `cut`: the tables (indices) whose readings
 * the input's limits (its searches, its `MAX_READINGS`) left unsearched or unbuilt because the tables before them
 * used them — every table with other readings but the first: the check refuses the input naming them (check.ts),
 * where the first is judged within the limits it would have alone (its readings past them said unchecked).
 */
export function alternativeSystems(
  tables: readonly Table[],
  options: BuildOptions,
  main: Built,
  searches: number = READING_SEARCHES_INPUT,
): { systems: { table: number; sums: FoundSum[]; sys: System }[]; left: number; complete: boolean; cut: number[] } {
  const readings: { table: number; sums: FoundSum[] }[] = [];
  let complete = true;
  const cut = new Set<number>();
  let first: number | undefined;
  // One budget of searches for the whole input (the tables' readings are searched one table after another).
  const budget = { left: searches };
  tables.forEach((table, t) => {
    if (table.kind !== 'percent' || !table.otherReadings?.length) return;
    // Larger tables: not searched (measured: minutes on 16×3 lists of integer percentages), said unchecked.
    if (table.rows.length * table.cols.length > MAX_READING_CELLS) {
      complete = false;
      return;
    }
    first ??= t;
    if (budget.left <= 0) {
      // Not searched at all: the input's searches went to the tables before.
      complete = false;
      if (t !== first) cut.add(t);
      return;
    }
    const found = readingSets(
      table,
      shareRanges(
        table,
        main.cellVar[t]!.map((v) => (main.sys.vars[v]?.cells[0]?.table === t ? -1 : v)),
      ).ranges,
      budget,
    );
    complete &&= found.complete;
    // Cut by the input's searches (not by its own limits): past the budget shared with the tables before.
    if (!found.complete && budget.left <= 0 && t !== first) cut.add(t);
    for (const sums of found.sets) readings.push({ table: t, sums });
  });
  // Each table's first MAX_READINGS are kept (its own limit: the rest said unchecked); past the input's, cut.
  const perTable = new Map<number, number>();
  const kept = readings.filter((r) => {
    const n = (perTable.get(r.table) ?? 0) + 1;
    perTable.set(r.table, n);
    return n <= MAX_READINGS;
  });
  for (const r of kept.slice(MAX_READINGS * READING_TABLES)) if (r.table !== first) cut.add(r.table);
  const taken = kept.slice(0, MAX_READINGS * READING_TABLES);
  const systems: { table: number; sums: FoundSum[]; sys: System }[] = [];
  for (const r of taken) {
    const built = systemOf(tables, options, r);
    // Same counts, same variables: anything else would be a bug, never a silent mismatch.
    if (built.sys.vars.length !== main.sys.vars.length || built.cellVar.some((vs, t) => vs.some((v, id) => v !== main.cellVar[t]![id])))
      throw new Error('another reading of a percentage table gave other variables');
    systems.push({ ...r, sys: built.sys });
  }
  return { systems, left: readings.length - taken.length, complete, cut: [...cut].sort((a, b) => a - b) };
}

/** Work (coefficient updates) the search for implied equations may take before it keeps every row left. */
const IMPLIED_WORK = 2_000_000;

/**
 * The rows less equations that follow from the others (a linear combination of them, right-hand sides included),
 * which leaves every whole-number table the rows allow exactly as it was. Linked tables repeat equations — both
 * tables' grand total, a shared margin's sum written in each — so a count ends up in three equations and the system
 * looks like no network although it is one; with the implied ones gone it is a network again (two tables sharing a
 * margin are the flows through that margin), solved by flows instead of linear programs. Only where some count is
 * in three equations or more, in two steps:
 * 1. `blocks` (each table's own equations): a part of a block whose equations, each taken once with sign + or −,
 *    add up to nothing (a flat table with all its margins) has one equation too many — the one with the most counts
 *    that are in three equations or more goes (a grand total row that both tables print).
 * 2. Exact integer elimination (fraction-free, every row divided by its gcd), equations whose counts are in more
 *    equations last, so that those are the ones found implied; a step that would leave safe integers, or more work
 *    than `IMPLIED_WORK`, keeps the remaining rows (keeping a row is always safe: it holds).
 */
export function withoutImplied(rows: readonly Row[], blocks: readonly (readonly number[])[] = []): Row[] {
  const isEquation = (r: Row) => r.lo === r.hi && Number.isFinite(r.lo) && r.coefs.every(Number.isInteger) && Number.isInteger(r.lo);
  const implied = new Set<number>();
  /** Per count, the equations it is in; how many counts are in three or more. */
  const uses = new Map<number, number>();
  let over = 0;
  const use = (i: number, by: 1 | -1) => {
    for (const id of rows[i]!.ids) {
      const n = (uses.get(id) ?? 0) + by;
      uses.set(id, n);
      if (by === 1 && n === 3) over++;
      if (by === -1 && n === 2) over--;
    }
  };
  rows.forEach((r, i) => r.lo === r.hi && use(i, 1));
  if (over === 0) return [...rows];
  const excess = (i: number) => rows[i]!.ids.filter((id) => uses.get(id)! > 2).length;
  for (const block of blocks) {
    for (const part of closedParts(
      rows,
      block.filter((i) => isEquation(rows[i]!)),
    )) {
      const worst = part.reduce((best, i) => (excess(i) > excess(best) ? i : best));
      if (excess(worst) === 0) continue;
      implied.add(worst);
      use(worst, -1);
      if (over === 0) return rows.filter((_, i) => !implied.has(i));
    }
  }
  const equations = rows.flatMap((r, i) => (!implied.has(i) && r.lo === r.hi ? [i] : []));
  if (!equations.every((i) => isEquation(rows[i]!))) return rows.filter((_, i) => !implied.has(i));
  const order = equations.map((i) => ({ i, x: excess(i) })).sort((a, b) => a.x - b.x || a.i - b.i);
  /** Basis rows in the order they were added, each a map count → coefficient (key -1: the right-hand side). */
  const basis: { pivot: number; row: Map<number, number> }[] = [];
  const pivots = new Map<number, number>();
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  let work = 0;
  for (const { i } of order) {
    const r = new Map<number, number>();
    rows[i]!.ids.forEach((id, k) => r.set(id, rows[i]!.coefs[k]!));
    if (rows[i]!.lo !== 0) r.set(-1, rows[i]!.lo);
    // Eliminate the pivots in the order they were chosen: row k holds none of the pivots before it.
    const hits = [...r.keys()].flatMap((id) => (pivots.has(id) ? [pivots.get(id)!] : []));
    const todo = new Set(hits);
    let safe = true;
    for (let k = 0; safe && k < basis.length; k++) {
      if (!todo.has(k)) continue;
      const b = basis[k]!;
      const a = r.get(b.pivot);
      if (a === undefined) continue;
      const p = b.row.get(b.pivot)!;
      for (const [id, c] of r) r.set(id, c * p);
      for (const [id, c] of b.row) {
        const x = (r.get(id) ?? 0) - a * c;
        if (!Number.isSafeInteger(x)) safe = false;
        if (x === 0) r.delete(id);
        else {
          r.set(id, x);
          const q = pivots.get(id);
          if (q !== undefined && q > k) todo.add(q);
        }
      }
      work += r.size + b.row.size;
      let g = 0;
      for (const c of r.values()) g = gcd(g, c);
      if (g > 1) for (const [id, c] of r) r.set(id, c / g);
    }
    if (!safe || work > IMPLIED_WORK) break;
    const left = [...r.keys()].filter((id) => id !== -1);
    if (left.length === 0) {
      // Every coefficient gone: implied if the right-hand side went too (else the rows contradict; keep it).
      if (!r.has(-1)) implied.add(i);
      continue;
    }
    // Pivot on the count in the fewest rows, to keep the fill-in small.
    const pivot = left.reduce((best, id) => ((uses.get(id) ?? 0) < (uses.get(best) ?? 0) ? id : best));
    pivots.set(pivot, basis.length);
    basis.push({ pivot, row: r });
  }
  return rows.filter((_, i) => !implied.has(i));
}

/**
 * Parts of `rows` (connected by shared counts) whose equations, each signed + or −, add up to 0 = 0: every count in
 * exactly two of them with coefficients ±1 that cancel, and the right-hand sides too. Any one of such a part follows
 * from the others.
 */
function closedParts(rows: readonly Row[], block: readonly number[]): number[][] {
  const where = new Map<number, number[]>();
  for (const i of block) {
    for (const id of rows[i]!.ids) {
      const at = where.get(id);
      if (at) at.push(i);
      else where.set(id, [i]);
    }
  }
  const sign = new Map<number, number>();
  const out: number[][] = [];
  for (const start of block) {
    if (sign.has(start)) continue;
    sign.set(start, 1);
    const part = [start];
    let closed = true;
    for (let q = 0; q < part.length; q++) {
      const r = rows[part[q]!]!;
      r.ids.forEach((id, k) => {
        const at = where.get(id)!;
        if (at.length !== 2 || Math.abs(r.coefs[k]!) !== 1) {
          closed = false;
          return;
        }
        const other = at[0] === part[q] ? at[1]! : at[0]!;
        const o = rows[other]!;
        const want = -(sign.get(part[q]!)! * r.coefs[k]!) * o.coefs[o.ids.indexOf(id)]!;
        if (!sign.has(other)) {
          sign.set(other, want);
          part.push(other);
        } else if (sign.get(other) !== want) closed = false;
      });
    }
    if (closed && part.reduce((s, i) => s + sign.get(i)! * rows[i]!.lo, 0) === 0) out.push(part);
  }
  return out;
}

/** Sets of tables searched per table for `tableSums` (the others of its shape, at most 2^this subsets). */
const TABLE_SUM_OTHERS = 11;

/**
 * Tables that show the same cells (the same row and column labels) for different groups — a table split by sex under
 * the titles 男 and 女, the whole under 全体 — where one is, cell by cell, the sum of two or more others: an attacker
 * adds tables up as well as rows (the titles that name the split are not needed), so each such set is an equation
 * per cell, and the tables are protected together.
 */
function tableSums(tables: readonly Table[], cellVar: number[][], sys: System, share: (a: number, b: number) => void): void {
  const shapes = new Map<string, { t: number; byKey: Map<string, number> }[]>();
  tables.forEach((table, t) => {
    if (table.kind !== 'count' || table.cells.flat().length < 2) return;
    const byKey = new Map<string, number>();
    for (const cell of table.cells.flat()) byKey.set(keyOf(table, cell.row, cell.col), cellId(table, cell.row, cell.col));
    if (byKey.size !== table.cells.flat().length) return;
    const shape = [...byKey.keys()].sort().join('\u0001');
    shapes.set(shape, [...(shapes.get(shape) ?? []), { t, byKey }]);
  });
  for (const group of shapes.values()) {
    if (group.length < 3) continue;
    const keys = [...group[0]!.byKey.keys()];
    const value = (g: (typeof group)[number], k: string) => sys.vars[cellVar[g.t]![g.byKey.get(k)!]!]!.value;
    for (const target of group) {
      const others = group.filter((g) => g !== target).slice(0, TABLE_SUM_OTHERS);
      let found = 0;
      for (let mask = 1; mask < 1 << others.length && found < 8; mask++) {
        const parts = others.filter((_, i) => mask & (1 << i));
        if (parts.length < 2) continue;
        if (!keys.every((k) => parts.reduce((x, g) => x + value(g, k), 0) === value(target, k))) continue;
        found++;
        for (const k of keys) {
          const ids = [cellVar[target.t]![target.byKey.get(k)!]!, ...parts.map((g) => cellVar[g.t]![g.byKey.get(k)!]!)];
          sys.rows.push(normaliseRow(ids, [-1, ...parts.map(() => 1)], 0, 0));
        }
        for (const g of parts) share(target.t, g.t);
      }
    }
  }
}

/**
 * The ages a label names, as a closed range of whole years (attack34): 「20代」 20–29, 「20-39歳」「20〜39歳」 20–39,
 * 「40歳未満」「<40」 up to 39, 「40歳以上」「≥40」「40+」 from 40, 「40歳以下」「≤40」 up to 40, 「40歳」 40 alone. Our
 * reading; any other label names none. Spaces are taken out first (one way to read each label, no run backtracked).
 */
export function ageRange(label: string): [number, number] | undefined {
  const s = label.normalize('NFKC').replace(/\s+/g, '');
  if (s.length > 20) return undefined;
  let m = /^(\d{1,3})(?:歳|才)?代$/.exec(s);
  if (m) return Number(m[1]) % 10 === 0 ? [Number(m[1]), Number(m[1]) + 9] : undefined;
  m = /^(\d{1,3})(?:歳|才)?[-~〜～‐–—−](\d{1,3})(?:歳|才)?$/.exec(s);
  if (m) return Number(m[1]) <= Number(m[2]) && /歳|才/.test(s) ? [Number(m[1]), Number(m[2])] : undefined;
  m = /^(\d{1,3})(?:歳|才)未満$/.exec(s) ?? /^[<＜](\d{1,3})(?:歳|才)?$/.exec(s);
  if (m) return [-Infinity, Number(m[1]) - 1];
  m = /^(\d{1,3})(?:歳|才)以上$/.exec(s) ?? /^(?:≥|>=|≧)(\d{1,3})(?:歳|才)?$/.exec(s) ?? /^(\d{1,3})(?:歳|才)?\+$/.exec(s);
  if (m) return [Number(m[1]), Infinity];
  m = /^(\d{1,3})(?:歳|才)以下$/.exec(s) ?? /^(?:≤|<=|≦)(\d{1,3})(?:歳|才)?$/.exec(s);
  if (m) return [-Infinity, Number(m[1])];
  m = /^(\d{1,3})(?:歳|才)$/.exec(s);
  if (m) return [Number(m[1]), Number(m[1])];
  return undefined;
}

/** Roman numerals as stages and grades are written (I–XII), NFKC and lower case (「Ⅲ」 is 「iii」). */
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const numberOf = (x: string) => (/^\d+$/.test(x) ? Number(x) : ROMAN.indexOf(x) + 1 || undefined);
/**
 * A stage's or grade's number on the scale `seriesRange` compares them on (linked37): ten places a number, its
 * sub-letters a–d the places 1–4 (「Stage III」 30–39, 「Stage IIIA」 31, 「Stage IIIB」 32): a whole stage covers its
 * sub-stages, our reading. Undefined where the numeral is none.
 */
const stageOf = (x: string, letter: string | undefined): [number, number] | undefined => {
  const n = numberOf(x);
  if (n === undefined) return undefined;
  if (letter === undefined) return [n * 10, n * 10 + 9];
  return [n * 10 + 'abcd'.indexOf(letter) + 1, n * 10 + 'abcd'.indexOf(letter) + 1];
};
/** The months of a year (`seriesRange`'s time scale, months from year 0): 「2020年」 2020·12 … 2020·12 + 11. */
const MONTHS = 12;
/** A fiscal year (年度) as Japanese publications count it, April to March (our reading): 「2020年度」 2020年4月–2021年3月. */
const FISCAL_START = 3;

/**
 * A numbered series a label names, as a closed range on its series' scale (linked35, generalising attack34's ages):
 * the unit, and the range. 「Grade 1-2」「Grade 3以上」「Grade ≥3」「G3」「Stage I-II」「Stage IIIA」「III期」 (unit grade or
 * stage, ten places a number and its sub-letters a–d between, `stageOf`: 「Stage III」 covers 「Stage IIIA」);
 * 「2019-2020年」「2019年度」「2020年1月」「2020/1」「2020-01」「2020年Q1」「2020年第1四半期」 (unit 年: months, a 年度 from
 * April, linked37); 「2-3回」「4回以上」; 「1-3月」「第1四半期」「Q1」 (unit 月: months of a year, a quarter without a year
 * its calendar months); ages as `ageRange` reads them (unit 歳). Our reading; a label of any other shape names none.
 * A band is tied to the lines it covers only where the counts agree (`rangeSums`). Spaces taken out first; numbers
 * of at most 4 digits, anchored.
 */
export function seriesRange(label: string): { unit: string; range: [number, number] } | undefined {
  const age = ageRange(label);
  if (age) return { unit: '歳', range: age };
  const s = label.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  if (s.length > 24) return undefined;
  const num = String.raw`(\d{1,4}|[ivx]{1,4})([a-d])?`;
  const dash = '[-~〜～‐–—−]';
  const word = '(grade|stage|グレード|ステージ|g)';
  const unitOf = (w: string) => (w === 'グレード' || w === 'g' ? 'grade' : w === 'ステージ' ? 'stage' : w);
  // A word before the number: Grade, Stage, G (「G3」 Arabic only: 「GI」 is no grade).
  let m = new RegExp(`^${word}${num}(?:${dash}(?:grade|stage|グレード|ステージ|g)?${num})?(以上|以下|未満)?$`).exec(s);
  if (!m) {
    const bound = new RegExp(`^${word}(≥|>=|≧|≤|<=|≦|<|>)${num}$`).exec(s);
    if (bound) {
      if (bound[1] === 'g' && !/^\d/.test(bound[3]!)) return undefined;
      const n = stageOf(bound[3]!, bound[4]);
      if (n === undefined) return undefined;
      const op = bound[2]!;
      const range: [number, number] =
        op === '<' ? [-Infinity, n[0] - 1] : op === '>' ? [n[1] + 1, Infinity] : /[≥>≧]/.test(op) ? [n[0], Infinity] : [-Infinity, n[1]];
      return { unit: unitOf(bound[1]!), range };
    }
    // Roman numerals before 期 (「III期」「IIIA期」「I-II期」「III期以上」, after 病期 or not): a stage.
    const ki = new RegExp(`^(?:病期)?([ivx]{1,4})([a-d])?(?:${dash}([ivx]{1,4})([a-d])?)?期(以上|以下|未満)?$`).exec(s);
    if (ki) m = ['', 'stage', ...ki.slice(1)] as unknown as RegExpExecArray;
  }
  if (m) {
    if (m[1] === 'g' && (!/^\d/.test(m[2]!) || (m[4] !== undefined && !/^\d/.test(m[4])))) return undefined;
    const a = stageOf(m[2]!, m[3]);
    const b = m[4] === undefined ? a : stageOf(m[4], m[5]);
    if (a === undefined || b === undefined || a[0] > b[1] || (m[4] !== undefined && m[6] !== undefined)) return undefined;
    // Roman and Arabic numerals mixed in one label name no range.
    if (m[4] !== undefined && /\d/.test(m[2]!) !== /\d/.test(m[4])) return undefined;
    const range: [number, number] =
      m[6] === '以上' ? [a[0], Infinity] : m[6] === '以下' ? [-Infinity, a[1]] : m[6] === '未満' ? [-Infinity, a[0] - 1] : [a[0], b[1]];
    return { unit: unitOf(m[1]!), range };
  }
  // A year and a month or a quarter (linked37): 「2020年1月」「2020年1-3月」「2020/1」「2020-01」「2020.1」「2020年Q1」
  // 「2020Q1」「2020年第1四半期」, on the months' scale of 年.
  const ym = new RegExp(`^(\\d{4})(?:年(\\d{1,2})(?:${dash}(\\d{1,2}))?月|[/.-](\\d{1,2})|年?(?:q([1-4])|第([1-4])四半期))$`).exec(s);
  if (ym) {
    const y = Number(ym[1]) * MONTHS;
    const q = ym[5] ?? ym[6];
    const from = q !== undefined ? (Number(q) - 1) * 3 + 1 : Number(ym[2] ?? ym[4]);
    const to = q !== undefined ? from + 2 : Number(ym[3] ?? from);
    if (from < 1 || to > 12 || from > to) return undefined;
    return { unit: '年', range: [y + from - 1, y + to - 1] };
  }
  // A quarter without a year: its calendar months (「第1四半期」「Q1」 1–3月, our reading), beside 「1月」….
  const quarter = /^(?:q([1-4])|第([1-4])四半期)$/.exec(s);
  if (quarter) {
    const q = Number(quarter[1] ?? quarter[2]);
    return { unit: '月', range: [(q - 1) * 3 + 1, q * 3] };
  }
  // A unit after the number: 年度, 年, 回, 月 (歳 is `ageRange`'s).
  m = new RegExp(`^(\\d{1,4})(年度|年|回|月)?(?:${dash}(\\d{1,4}))?(年度|年|回|月)(以上|以降|以下|以前|未満)?$`).exec(s);
  if (!m) return undefined;
  const unit = m[4]!;
  if (m[2] !== undefined && (m[2] !== unit || m[3] === undefined)) return undefined;
  const a = Number(m[1]);
  const b = m[3] === undefined ? a : Number(m[3]);
  if (a > b || (m[3] !== undefined && m[5] !== undefined)) return undefined;
  if (unit === '月' && (a < 1 || b > 12)) return undefined;
  // Years and fiscal years on one scale of months (linked37): 「2020年」 its twelve months, 「2020年度」 April to March.
  const [lo, hi]: [number, number] =
    unit === '年' ? [a * MONTHS, b * MONTHS + 11] : unit === '年度' ? [a * MONTHS + FISCAL_START, b * MONTHS + FISCAL_START + 11] : [a, b];
  const range: [number, number] =
    m[5] === '以上' || m[5] === '以降'
      ? [lo, Infinity]
      : m[5] === '以下' || m[5] === '以前'
        ? [-Infinity, unit === '年' || unit === '年度' ? lo + 11 : lo]
        : m[5] === '未満'
          ? [-Infinity, lo - 1]
          : [lo, hi];
  return { unit: unit === '年度' ? '年' : unit, range };
}

/** Lines of a numbered series per axis, and positions per line, past which `rangeSums` does not look (said, `Built.cut`). */
export const RANGE_LINES = 250;
/** Item lines of an axis past which `namedBreakdowns` looks for none named by a title (said, `Built.cut`). */
export const NAMED_LINES = 1000;
/** A title or corner's length past which the lines of a long axis are not scanned for a name (`namedBreakdowns`). */
const NAMED_TEXT = 200;

/**
 * Each axis of each count table with its item positions across in one order (by their paths; an axis whose positions
 * repeat a path is skipped): `visit` gets the axis's lines, the positions' keys in that order, and the variables of a
 * line's cells at those positions (attack34's `rangeSums` and linked35's `otherSums` compare lines so across tables).
 */
function eachAxis(
  tables: readonly Table[],
  cellVar: number[][],
  visit: (t: number, table: Table, lines: readonly Header[], keys: string[], varsOf: (line: number) => number[]) => void,
): void {
  tables.forEach((table, t) => {
    if (table.kind !== 'count') return;
    const p = pathsOf(table);
    for (const axis of ['rows', 'cols'] as const) {
      const across = axis === 'rows' ? table.cols : table.rows;
      const paths = axis === 'rows' ? p.cols : p.rows;
      const at = across.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
      if (at.length === 0) continue;
      const order = at.map((k) => paths[k]!);
      if (new Set(order).size !== order.length) continue;
      const sorted = at.map((k, i) => [order[i]!, k] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
      visit(
        t,
        table,
        axis === 'rows' ? table.rows : table.cols,
        sorted.map(([key]) => key),
        (i) => sorted.map(([, k]) => cellVar[t]![axis === 'rows' ? cellId(table, i, k) : cellId(table, k, i)]!),
      );
    }
  });
}

/** Adds a cut search to `cut`, one entry per search, reason and bound, its tables joined. */
function cutShort(cut: LinkCut[], entry: LinkCut): void {
  const same = cut.find((c) => c.search === entry.search && c.why === entry.why && c.limit === entry.limit);
  if (!same) cut.push({ ...entry, tables: [...new Set(entry.tables)].sort((x, y) => x - y) });
  else same.tables = [...new Set([...same.tables, ...entry.tables])].sort((x, y) => x - y);
}

/**
 * attack34: ages grouped otherwise in another table (「20代」「30代」「40代」 in one list, 「20-39歳」 or 「40歳未満」 in another,
 * or in another table of the same groups): a line whose ages are the ages of one or more lines of another table, every
 * other line of that table lying wholly outside them, is their sum to a reader (28 − 25 gives the 30代's 3 back). Taken,
 * as an equation per position the two tables share (the other axis's labels, or the one count of a list), where the
 * counts add up so in every such position; said as a relation between the tables (they are protected together). With
 * two positions or more `lineRelations` finds such sums by arithmetic already; a list of one position has none to tell
 * them from chance, and the labels are the evidence.
 */
function rangeSums(
  tables: readonly Table[],
  cellVar: number[][],
  sys: System,
  share: (a: number, b: number) => void,
  cut: LinkCut[],
): void {
  interface Lines {
    t: number;
    /** The positions' keys and the series' unit (lines of one unit are compared only with lines of that unit). */
    positions: string;
    lines: { range: [number, number]; vars: number[] }[];
  }
  const all: Lines[] = [];
  /** Axes past `RANGE_LINES`, said only where another table has lines of the same unit (linked37). */
  const skipped: { t: number; unit: string }[] = [];
  eachAxis(tables, cellVar, (t, _table, lines, keys, varsOf) => {
    const found = new Map<string, Lines['lines']>();
    lines.forEach((h, i) => {
      // A line read as a sum of others in its table (a chance 「sum/found」 among twelve months) is still a line of
      // the series (linked37): the counts decide whether a band of the other table is the sum of the lines it covers.
      if (h.kind === 'total') return;
      const series = seriesRange(h.label);
      if (!series) return;
      const vars = varsOf(i);
      if (vars.every((v) => v >= 0)) found.set(series.unit, [...(found.get(series.unit) ?? []), { range: series.range, vars }]);
    });
    for (const [unit, these] of found) {
      // One line is enough for a band (「2020年」 alone beside its twelve months, linked37); its parts are compared
      // only where they add up to it at every position.
      if (these.length < 1) continue;
      // Past our bound the axis is not compared, and the report says so (linked35: no search stops silently).
      if (these.length > RANGE_LINES || keys.length > RANGE_LINES) {
        skipped.push({ t, unit });
        continue;
      }
      all.push({ t, positions: `${keys.join('\u0001')}\u0002${unit}`, lines: these });
    }
  });
  const unitOf = (x: Lines) => x.positions.slice(x.positions.lastIndexOf('\u0002') + 1);
  for (const x of skipped)
    if ([...all.map((y) => ({ t: y.t, unit: unitOf(y) })), ...skipped].some((y) => y.t !== x.t && y.unit === x.unit))
      cutShort(cut, { search: 'ranges', why: 'lines', limit: RANGE_LINES, tables: [tables[x.t]!.number] });
  const byPositions = new Map<string, Lines[]>();
  for (const x of all) byPositions.set(x.positions, [...(byPositions.get(x.positions) ?? []), x]);
  let work = 0;
  for (const [ib, b] of all.entries())
    for (const a of byPositions.get(b.positions)!) {
      if (a.t === b.t) continue;
      for (const whole of b.lines) {
        work += a.lines.length;
        if (work > LINE_WORK) {
          // The lines of this table and those after it, against those sharing their positions, were not all compared.
          const left = all.slice(ib).flatMap((x) => (byPositions.get(x.positions)!.some((y) => y.t !== x.t) ? [tables[x.t]!.number] : []));
          cutShort(cut, { search: 'ranges', why: 'work', limit: LINE_WORK, tables: left });
          return;
        }
        const [lo, hi] = whole.range;
        const inside = a.lines.filter((l) => l.range[0] >= lo && l.range[1] <= hi);
        if (inside.length < 1) continue;
        if (a.lines.some((l) => !inside.includes(l) && l.range[1] >= lo && l.range[0] <= hi)) continue;
        const adds = whole.vars.every((v, k) => inside.reduce((sum, l) => sum + sys.vars[l.vars[k]!]!.value, 0) === sys.vars[v]!.value);
        if (!adds) continue;
        whole.vars.forEach((v, k) => {
          const row = normaliseRow([v, ...inside.map((l) => l.vars[k]!)], [-1, ...inside.map(() => 1)], 0, 0);
          if (row.ids.length > 0) sys.rows.push(row);
        });
        share(a.t, b.t);
      }
    }
}

/** 「その他」 as a line's label, with the lines it gathers in brackets or none (「その他（C・D）」, 「Other (C, D)」). */
const OTHER_LINE = /^(?:その他|そのほか|他|other|others)(?:[(（]([^()（）]{1,200})[)）])?$/i;

/**
 * linked35: 「その他」 in one table gathering lines the other table lists (「A」「B」「その他」 beside 「A」「B」「C」「D」, or
 * 「その他（C・D）」 naming them): to a reader it is their sum (25 − 22 gives C's 3 back). Taken where it is so by our
 * reading of the labels: the lines it names in brackets, each one line of the other table; or, named by none, the
 * other table's lines its own table does not print, every other line of it printed there alike (the same label and
 * the same counts in every position). An equation per position where the counts add up so in every one; tables over
 * the same positions (the other axis's labels, or a list's one count), as `rangeSums`.
 */
function otherSums(
  tables: readonly Table[],
  cellVar: number[][],
  sys: System,
  share: (a: number, b: number) => void,
  cut: LinkCut[],
): void {
  interface Line {
    key: string;
    label: string;
    vars: number[];
  }
  interface Axis {
    t: number;
    positions: string;
    lines: Line[];
  }
  const all: Axis[] = [];
  /** Tables of a 「その他」 past `RANGE_LINES`, said only where another table has lines to gather (linked37). */
  const skipped: number[] = [];
  eachAxis(tables, cellVar, (t, _table, lines, keys, varsOf) => {
    const found: Line[] = [];
    lines.forEach((h, i) => {
      if (h.kind !== 'item' || h.parent !== null) return;
      const vars = varsOf(i);
      if (vars.every((v) => v >= 0)) found.push({ key: headerKey(h), label: h.label, vars });
    });
    if (found.length < 2) return;
    if (found.length > RANGE_LINES || keys.length > RANGE_LINES) {
      if (found.some((l) => OTHER_LINE.test(l.label.normalize('NFKC').replace(/\s+/g, '')))) skipped.push(t);
      return;
    }
    all.push({ t, positions: keys.join('\u0001'), lines: found });
  });
  for (const t of skipped)
    if (all.some((a) => a.t !== t) || skipped.some((u) => u !== t))
      cutShort(cut, { search: 'others', why: 'lines', limit: RANGE_LINES, tables: [tables[t]!.number] });
  const value = (l: Line, k: number) => sys.vars[l.vars[k]!]!.value;
  let work = 0;
  for (const b of all) {
    for (const other of b.lines) {
      const m = OTHER_LINE.exec(other.label.normalize('NFKC').replace(/\s+/g, ''));
      if (!m) continue;
      for (const a of all) {
        if (a.t === b.t || a.positions !== b.positions) continue;
        work += a.lines.length + b.lines.length;
        if (work > LINE_WORK) {
          cutShort(cut, { search: 'others', why: 'work', limit: LINE_WORK, tables: [tables[b.t]!.number] });
          return;
        }
        let parts: Line[];
        if (m[1] !== undefined) {
          const names = m[1].split(/[・、，,/／]/).map((x) => labelKey(x.trim()));
          parts = names.map((n) => a.lines.filter((l) => l.key === n)).flatMap((ls) => (ls.length === 1 ? ls : []));
          if (parts.length !== names.length || names.length === 0) continue;
        } else {
          const rest = b.lines.filter((l) => l !== other);
          const same = rest.map((l) => a.lines.filter((x) => x.key === l.key));
          if (rest.length === 0 || same.some((ls) => ls.length !== 1)) continue;
          if (!rest.every((l, i) => l.vars.every((_, k) => value(l, k) === value(same[i]![0]!, k)))) continue;
          const shown = new Set(rest.map((l) => l.key));
          parts = a.lines.filter((l) => !shown.has(l.key));
          if (parts.length < 1) continue;
        }
        if (parts.includes(other)) continue;
        if (!other.vars.every((v, k) => parts.reduce((sum, l) => sum + value(l, k), 0) === sys.vars[v]!.value)) continue;
        other.vars.forEach((v, k) => {
          const row = normaliseRow([v, ...parts.map((l) => l.vars[k]!)], [-1, ...parts.map(() => 1)], 0, 0);
          if (row.ids.length > 0) sys.rows.push(row);
        });
        share(a.t, b.t);
      }
    }
  }
}

/**
 * attack35: a life table's steps (lifetable.ts, read with the table and said as ours): at-risk(t) − at-risk(t+1) =
 * events + censored of the interval, an equation per step over the table's counts (an at-risk N of each position
 * taken out of the table, header.ts, as the constant it is).
 */
function lifeTables(tables: readonly Table[], cellVar: number[][], sys: System, share: (a: number, b: number) => void): void {
  tables.forEach((table, t) => {
    if (table.kind !== 'count') return;
    const across = (table.stepsAcross ?? []).map((step) => ({
      rhs: step.rhs,
      terms: step.terms.map((x) => ({ ...x, t: tables.findIndex((o) => o.number === x.table) })),
    }));
    for (const step of [...(table.steps ?? []).map((s) => ({ rhs: s.rhs, terms: s.terms.map((x) => ({ ...x, t })) })), ...across]) {
      // life37: terms in another table (`Table.stepsAcross`): the tables are protected together.
      if (step.terms.some((x) => x.t < 0 || tables[x.t]!.kind !== 'count')) continue;
      const ids = step.terms.map((x) => cellVar[x.t]![cellId(tables[x.t]!, x.row, x.col)]!);
      if (ids.some((v) => v === undefined || v < 0)) continue;
      const row = normaliseRow(
        ids,
        step.terms.map((x) => x.coef),
        step.rhs,
        step.rhs,
      );
      if (row.ids.length === 0) continue;
      sys.rows.push(row);
      for (const x of step.terms) share(t, x.t);
    }
  });
}

/** The top-level items of an axis: no total, no line a found sum takes as its parts or its sum. */
function topItems(table: Table, axis: 'rows' | 'cols'): number[] {
  return (axis === 'rows' ? table.rows : table.cols).flatMap((h, i) =>
    h.parent === null &&
    h.kind !== 'total' &&
    !table.sums.some((x) => x.axis === axis && x.header !== null && !x.alternative && (x.parts.includes(i) || x.header === i))
      ? [i]
      : [],
  );
}

/**
 * Two count tables of the same groups broken down by different things (A群 and B群 by sex in one table, by age in
 * another; or the same rows 男性 and 女性 by group in one and by age in the other), no margin printed: an attacker
 * takes each table for all of each group, so a group's items add up to the same count in both, and 33 − 30 in one
 * table gives the hidden 3 where the other's A群 adds up to 33 (the oracle pinned it; nothing linked the tables
 * before — only a margin printed in one of them did, `margins`). Where the sums are equal in every group the two
 * tables share (true of the counts: the checker sees them), each is an equation: the group's items in one table less
 * its items in the other, 0. Where one differs the tables count other things (several answers, events), and an
 * attacker who took them for the same patients would be wrong: nothing is taken. Lines are the top-level items of a
 * column (row) under its key — the path of its labels, so a table and its transpose share them.
 */
function sameGroups(tables: readonly Table[], cellVar: number[][], sys: System, share: (a: number, b: number) => void): SameGroups[] {
  type Line = { key: string; vars: number[]; value: number; label: string; closed: boolean };
  const found: SameGroups[] = [];
  const linesOf = (table: Table, t: number): Line[] => {
    const top = (hs: readonly Header[], axis: 'rows' | 'cols') =>
      hs.flatMap((h, i) =>
        h.parent === null &&
        h.kind !== 'total' &&
        !table.sums.some((x) => x.axis === axis && x.header !== null && !x.alternative && (x.parts.includes(i) || x.header === i))
          ? [i]
          : [],
      );
    const rows = top(table.rows, 'rows');
    const cols = top(table.cols, 'cols');
    const p = pathsOf(table);
    // A line closed by a printed total is linked by that cell already (`margins`, or the same count in both).
    const closed = { cols: totalIndex(table, 'rows') !== undefined, rows: totalIndex(table, 'cols') !== undefined };
    const line = (key: string, label: string, cells: { row: number; col: number }[], axis: 'rows' | 'cols'): Line => {
      const vars = cells.map((c) => cellVar[t]![cellId(table, c.row, c.col)]!);
      return { key, label, vars, value: vars.reduce((acc, v) => acc + sys.vars[v]!.value, 0), closed: closed[axis] };
    };
    const out: Line[] = [];
    // Each column over the rows, then each row over the columns (where there are two or more to add up).
    for (const [axis, along, over] of [
      ['cols', cols, rows],
      ['rows', rows, cols],
    ] as const)
      if (over.length >= 2)
        for (const k of along)
          if (p[axis][k] !== '')
            out.push(
              line(
                p[axis][k]!,
                table[axis][k]!.label,
                over.map((o) => (axis === 'cols' ? { row: o, col: k } : { row: k, col: o })),
                axis,
              ),
            );
    return out;
  };
  // Within one table: runs of adjacent rows (columns) whose items add up alike in every position, back to back
  // (性別 男性・女性 then 年齢 65歳未満・65歳以上 under A群 and B群, no N): each run is all of each group to a reader.
  tables.forEach((table, t) => {
    if (table.kind !== 'count') return;
    // Over the top-level items, and over every line the labels do not make a total or a part (a sum found by
    // arithmetic may be a chance one: 男性 3 + 65歳未満 15 = 65歳以上 18 in a list).
    const plain = (axis: 'rows' | 'cols') =>
      (axis === 'rows' ? table.rows : table.cols).flatMap((h, i) => (h.parent === null && h.kind === 'item' ? [i] : []));
    // Lines of ours (`rest`: 値なし, 男性以外) are printed by no one: no reader sees a run holding one add up alike with
    // another (denom32: 「男性 37」 alike with 値なし 6 + the age rows 31, by chance beside 女性 0, pinned every hidden
    // cell whatever was hidden); their own equations (a block and its rest make the N) are added where they are made.
    const ours = fractionRests(table);
    const printed = (axis: 'rows' | 'cols', is: number[]) => (axis === 'rows' ? is.filter((i) => !ours.has(i)) : is);
    const sets = (['rows', 'cols'] as const).flatMap((axis) => {
      const top = printed(axis, topItems(table, axis));
      const all = printed(axis, plain(axis));
      return [{ axis, lines: top }, ...(all.join() === top.join() ? [] : [{ axis, lines: all }])];
    });
    for (const { axis, lines } of sets) {
      // Across every line that is no total the labels declare (a total found by arithmetic, 「患者全体」 beside the
      // groups, included: combo found the groups' columns left out with it, topItems taking neither it nor its parts,
      // and two blocks adding up alike went unread — 75歳以上 3 hidden, pinned by 男 + 女 − the other ages).
      const across = plain(axis === 'rows' ? 'cols' : 'rows');
      if (lines.length < 4 || across.length === 0) continue;
      // Under a line that is the sum of every other line, or the N they all add up to (sums.ts `disjointWhole`), two
      // runs adding up alike would be two breakdowns of the same patients counted twice in it: a chance equality, not taken.
      if (disjointWhole(table, axis) !== undefined) continue;
      const varOf = (i: number, j: number) => cellVar[t]![axis === 'rows' ? cellId(table, i, j) : cellId(table, j, i)]!;
      const vecs = lines.map((i) => across.map((j) => sys.vars[varOf(i, j)]!.value));
      // A run holding part of a variable's 「n/N」 block (fractions.ts) is a chance one (denom33): each row prints its
      // block's N, and no reader takes 「女性 0/79」 with the age rows under 74 as one breakdown (0 + the ages alike with
      // 喫煙 pinned the 0 whatever was hidden). Runs of whole blocks are kept.
      const blockRows = axis === 'rows' ? (table.fractionBlocks ?? []).map((b) => b.rows) : [];
      const whole = (run: readonly number[]) => {
        const rows = new Set(run.map((k) => lines[k]!));
        return blockRows.every((b) => b.every((r) => rows.has(r)) || !b.some((r) => rows.has(r)));
      };
      const runs = equalRuns(vecs)
        .map((chain) => chain.filter(whole))
        .filter((chain) => chain.length >= 2);
      if (runs.length === 0) continue;
      for (const chain of runs)
        for (const run of chain.slice(1))
          across.forEach((j) => {
            const first = chain[0]!.map((k) => varOf(lines[k]!, j));
            const other = run.map((k) => varOf(lines[k]!, j));
            const row = normaliseRow([...first, ...other], [...first.map(() => 1), ...other.map(() => -1)], 0, 0);
            if (row.ids.length > 0) sys.rows.push(row);
          });
      const label = (k: number) => (axis === 'rows' ? table.rows : table.cols)[lines[k]!]!.label;
      found.push({
        tables: [table.number, table.number],
        labels: runs[0]!.map((run) => run.map(label).join('・')),
      });
    }
  });
  const all = tables.map((table, t) => (table.kind === 'count' ? linesOf(table, t) : []));
  for (let a = 0; a < tables.length; a++)
    for (let b = a + 1; b < tables.length; b++) {
      const pairs = all[a]!.flatMap((x) => all[b]!.filter((y) => y.key === x.key).map((y) => [x, y] as const));
      if (pairs.length === 0 || pairs.some(([x, y]) => x.value !== y.value)) continue;
      let added = false;
      for (const [x, y] of pairs) {
        if (x.closed || y.closed) continue;
        const row = normaliseRow([...x.vars, ...y.vars], [...x.vars.map(() => 1), ...y.vars.map(() => -1)], 0, 0);
        if (row.ids.length === 0) continue;
        sys.rows.push(row);
        added = true;
      }
      if (!added) continue;
      share(a, b);
      found.push({ tables: [tables[a]!.number, tables[b]!.number], labels: pairs.map(([x]) => x.label) });
    }
  return found;
}

/**
 * The counts behind a percentage table's cells that no count table shows, where the cell's N is stated: a variable
 * per cell, its value within the range its percentage allows. While published it is held at that value, as every
 * published count is (stricter than the range an attacker knows, and no stated row of its own, so that such tables
 * stay networks where their sums make one and get the exact least-loss search). The equations between
 * them (shares.ts): declared totals and subtotals, sums and breakdowns of N found by arithmetic on those ranges. The
 * true counts are not known, so each variable's value is one whole-number table within every range that satisfies
 * every equation — small cells at the least they can be — a table consistent with everything published, which is
 * all the audit and the suppression need of it.
 */
/**
 * Cells of a percentage table of its own N whose count a count table shows under the same key (cell id → that count's
 * variable, its value, the rows the percentage states about that count's bases while published, its table).
 */
type Linked = Map<number, { v: number; value: number; rows: Row[]; table: number }>;

function percentCounts(table: Table, t: number, sys: System, vars: number[], options: BuildOptions, linked: Linked = new Map()): void {
  const { ranges, whole } = shareRanges(table, vars);
  if (ranges.size === 0) return;
  const free = sharedCounts(table, ranges);
  // Each linked cell that count (an equation below), where the table's equations still all hold with it; else none is
  // linked (the numbers disagree with the table: another count of the same name).
  const pinned = new Map([...ranges].map(([id, r]) => [id, linked.has(id) ? { lo: linked.get(id)!.value, hi: linked.get(id)!.value } : r]));
  const tied = linked.size > 0 ? sharedCounts(table, pinned) : free;
  const holds =
    tied.equations.length === free.equations.length &&
    tied.impossible.length === free.impossible.length &&
    tied.conflicting.length === free.conflicting.length;
  const { values, equations: eqs } = holds ? tied : free;
  for (const [id, r] of ranges) {
    sys.vars.push({
      value: values.get(id)!,
      cells: [{ table: t, id }],
      stated: holds ? (linked.get(id)?.rows ?? []) : [],
      lb: options.zeroExempt && r.lo >= 1 ? 1 : 0,
      hideable: (r.hi > 0 || !options.zeroExempt) && !whole.has(id),
    });
    vars[id] = sys.vars.length - 1;
    const l = linked.get(id);
    if (holds && l) sys.rows.push(normaliseRow([vars[id]!, l.v], [1, -1], 0, 0));
  }
  if (!holds) linked.clear();
  for (const e of eqs)
    sys.rows.push(
      normaliseRow(
        e.ids.map((id) => vars[id]!),
        e.coefs,
        e.rhs,
        e.rhs,
      ),
    );
}

/**
 * shares.ts `shareCounts` once per table, its sums and its ranges: `systemOf` is called again for each other reading
 * of a percentage table (`alternativeSystems`), with every other table as it was, and the search for one whole-number
 * table is the costly part of building a system (seconds for an integer-percentage table of 24 rows × 3 columns).
 */
const countsCache = new WeakMap<Table, { sums: readonly FoundSum[]; key: string; result: ReturnType<typeof shareCounts> }>();
function sharedCounts(table: Table, ranges: ReadonlyMap<number, { lo: number; hi: number }>): ReturnType<typeof shareCounts> {
  const key = [...ranges].map(([id, r]) => `${id}:${r.lo}:${r.hi}`).join(',');
  const cached = countsCache.get(table);
  if (cached && cached.sums === table.sums && cached.key === key) return cached.result;
  const result = shareCounts(table, ranges);
  countsCache.set(table, { sums: table.sums, key, result });
  return result;
}

/**
 * The count range of each cell of a percentage table that no count table shows (`vars[id] < 0`), and the cells that
 * are all of their N (100.0%: they show the N its header prints; hiding them hides nothing, and they stay known).
 */
function shareRanges(table: Table, vars: readonly number[]): { ranges: Map<number, { lo: number; hi: number }>; whole: Set<number> } {
  const at = (row: number, col: number) => cellId(table, row, col);
  const ranges = new Map<number, { lo: number; hi: number }>();
  const whole = new Set<number>();
  for (const cell of table.cells.flat()) {
    const v = cell.value;
    const n = denominatorOf(table, cell.row, cell.col);
    if (v.kind !== 'percent' || n === undefined || vars[at(cell.row, cell.col)]! >= 0) continue;
    const r = countsForPercent(v.percent, v.decimals, n);
    if (r.lo <= r.hi) ranges.set(at(cell.row, cell.col), r);
    if (r.lo === n) whole.add(at(cell.row, cell.col));
  }
  return { ranges, whole };
}

/** The rows a count cell's percentage or fraction states about its bases while it is published. */
function statedRows(
  table: Table,
  t: number,
  row: number,
  col: number,
  x: Var,
  sumRow: (t: number, cells: readonly { row: number; col: number }[], lo: number, hi: number) => Row,
): void {
  const v = table.cells[row]![col]!.value;
  if (v.kind !== 'count') return;
  if (v.percent !== undefined && v.rate === undefined) {
    const decimals = v.decimals ?? 0;
    x.stated.push(...percentRows(table, row, col, v.n, v.percent, decimals, (cells, lo, hi) => sumRow(t, cells, lo, hi)));
  }
  if (v.denominator !== undefined) {
    for (const base of bases(table, row, col)) {
      if (base.cells.length > 0 && base.value === v.denominator) x.stated.push(sumRow(t, base.cells, v.denominator, v.denominator));
    }
    // A variable's own N (fractions.ts): its block's cells in this column add up to it.
    for (const b of table.fractionBlocks ?? [])
      if (b.col === col && b.n === v.denominator && b.rows.includes(row))
        x.stated.push(
          sumRow(
            t,
            b.rows.map((r) => ({ row: r, col })),
            b.n,
            b.n,
          ),
        );
  }
}

/** For each base a percentage p of count n fits, the range of that base it allows (rounding, cut-off). */
function percentRows(
  table: Table,
  row: number,
  col: number,
  n: number,
  percent: number,
  decimals: number,
  sumRow: (cells: readonly { row: number; col: number }[], lo: number, hi: number) => Row,
): Row[] {
  const out: Row[] = [];
  for (const base of bases(table, row, col)) {
    if (base.cells.length === 0) continue;
    const range = baseRange(n, percent, decimals, base.value);
    if (range && (range.lo > 0 || range.hi < Infinity)) out.push(sumRow(base.cells, range.lo, range.hi));
  }
  return out;
}

/** The margins a table leaves out (an axis without a total): per row or column the top-level cells, and the grand total. */
function margins(table: Table): { key: string; cells: { row: number; col: number }[] }[] {
  const rowTotal = totalIndex(table, 'rows');
  const colTotal = totalIndex(table, 'cols');
  const top = (hs: readonly Header[], found: 'rows' | 'cols') =>
    hs.flatMap((h, i) =>
      h.parent === null &&
      h.kind !== 'total' &&
      !table.sums.some((s) => s.axis === found && s.header !== null && !s.alternative && s.parts.includes(i))
        ? [i]
        : [],
    );
  const rows = top(table.rows, 'rows');
  const cols = top(table.cols, 'cols');
  const out: { key: string; cells: { row: number; col: number }[] }[] = [];
  const p = pathsOf(table);
  if (colTotal === undefined) table.rows.forEach((_, r) => out.push({ key: p.rows[r]!, cells: cols.map((c) => ({ row: r, col: c })) }));
  if (rowTotal === undefined) {
    table.cols.forEach((_, c) => p.cols[c] !== '' && out.push({ key: p.cols[c]!, cells: rows.map((r) => ({ row: r, col: c })) }));
    const grandCols = colTotal === undefined ? cols : [colTotal];
    out.push({ key: '', cells: rows.flatMap((r) => grandCols.map((c) => ({ row: r, col: c }))) });
  }
  return out.filter((m) => m.cells.length > 1);
}

/** Where a title's words part (`namedBreakdowns`): spaces, marks between words, brackets, 「の」「別」「内訳」. */
const TITLE_WORDS = /[\s・、，,/／|｜:：;；「」『』()（）【】[\]［］]+|の|別|内訳/;

/**
 * Generic words of a title around the line it names (linked35: 「男子患者の内訳」「男性患者における」「うち男性」
 * 「Male patients」「among men」): a title's words are also read with these taken out, so what is left is read as labels
 * are (labels.ts), 「男子」 naming 「男性」. Latin words whole only.
 */
const GENERIC_WORDS = /患者|症例|における|において|うち|\b(?:among|patients?|cases?|subjects?|in|of)\b/i;

/** A label as compared with a title's text: NFKC, case folded, no spaces. */
const plain = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * attack34: the lines of another count table that table `t`'s title or corner names by their written labels
 * (「男性の内訳」, 「男性・A群の年齢別」: one item label per axis of that table, and no label of `t`'s own), and the sums of
 * `t` that may be that line's cell: each margin `t` leaves out and each printed cell of a total line, with its key (the
 * labels of the sum, the named line's path to be added). Our reading, as an attacker's: a table so titled is that
 * line's breakdown, and a sum of it equal to the cell under the same labels is the cell. A label is named where it
 * stands in the text with no Latin letter or digit run on either side (「A」 is not named in 「Aged」), and only one per
 * axis (two labels of one axis named, 「男性と女性」, name no one line).
 */
function namedBreakdowns(
  tables: readonly Table[],
  t: number,
  cut: LinkCut[],
): { cells: { row: number; col: number }[]; key: string; extra: string[]; other: number }[] {
  const table = tables[t]!;
  if (table.kind !== 'count') return [];
  const text = plain([table.title ?? '', table.corner].join(' '));
  if (text === '') return [];
  const own = new Set([...table.rows, ...table.cols].map((h) => headerKey(h)));
  const alnum = /[\p{Script=Latin}\d]/u;
  // The title's words read as labels are (「男の内訳」 names 「男性」, 「Breakdown of males」 「Male」: labels.ts).
  const words = new Set(
    [table.title ?? '', table.corner]
      .flatMap((x) => x.normalize('NFKC').split(TITLE_WORDS))
      .flatMap((x) => [x, ...x.split(GENERIC_WORDS)])
      .map((x) => x.trim())
      .filter((x) => x !== '')
      .map((x) => labelKey(x)),
  );
  const named = (h: Header) => {
    const w = plain(h.label);
    // A bare number (「2」 of a list of stages) is named by 「表2」 as often as not.
    if (w === '' || /^[\d.,]+$/.test(w) || own.has(headerKey(h))) return false;
    if (words.has(headerKey(h))) return true;
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      const before = text[at - 1];
      const after = text[at + w.length];
      if (!(before && alnum.test(before) && alnum.test(w[0]!)) && !(after && alnum.test(after) && alnum.test(w.at(-1)!))) return true;
    }
    return false;
  };
  const out: { cells: { row: number; col: number }[]; key: string; extra: string[]; other: number }[] = [];
  const sums = margins(table);
  const p = pathsOf(table);
  // The sums of every item, whatever sum found by arithmetic takes some as its parts (32 = 31 + 1 in a list of ages
  // is a chance to the reader who knows the list adds up to the named cell).
  const items = (hs: readonly Header[]) => hs.flatMap((h, i) => (h.kind === 'item' ? [i] : []));
  const [rowItems, colItems] = [items(table.rows), items(table.cols)];
  if (totalIndex(table, 'cols') === undefined && colItems.length > 1)
    rowItems.forEach((r) => sums.push({ key: p.rows[r]!, cells: colItems.map((c) => ({ row: r, col: c })) }));
  if (totalIndex(table, 'rows') === undefined && rowItems.length > 1)
    colItems.forEach((c) => sums.push({ key: p.cols[c]!, cells: rowItems.map((r) => ({ row: r, col: c })) }));
  sums.push({ key: '', cells: rowItems.flatMap((r) => colItems.map((c) => ({ row: r, col: c }))) });
  // Cells of a total line (the line's sum printed): each a sum of its own.
  table.rows.forEach((rh, r) =>
    table.cols.forEach((ch, c) => {
      if (rh.kind === 'total' || ch.kind === 'total')
        sums.push({ key: [p.rows[r]!, p.cols[c]!].filter((x) => x !== '').join('\u0000'), cells: [{ row: r, col: c }] });
    }),
  );
  tables.forEach((other, u) => {
    if (u === t || other.kind !== 'count') return;
    const q = pathsOf(other);
    const extra: string[] = [];
    for (const [headers, paths] of [
      [other.rows, q.rows],
      [other.cols, q.cols],
    ] as const) {
      const items = headers.flatMap((h, i) => (h.kind === 'item' ? [i] : []));
      // A line named among more than `NAMED_LINES` (a title over a list of a thousand lines) is not looked for: the
      // scan per table and title would grow with both (limit of ours, README).
      if (items.length < 2) continue;
      if (items.length > NAMED_LINES) {
        // Said only where the search skipped something (linked37): a line the title names among them (a short scan of
        // the labels; a title of more than `NAMED_TEXT` characters is not scanned, and said).
        if (text.length > NAMED_TEXT || items.some((i) => named(headers[i]!)))
          cutShort(cut, { search: 'named', why: 'lines', limit: NAMED_LINES, tables: [table.number, other.number] });
        continue;
      }
      const hit = items.filter((i) => named(headers[i]!));
      if (hit.length > 1) return;
      if (hit.length === 1 && paths[hit[0]!]) extra.push(...paths[hit[0]!]!.split('\u0000'));
    }
    if (extra.length === 0) return;
    for (const s of sums) out.push({ ...s, extra, other: u });
  });
  return out;
}

/**
 * means50: for each count table u's line of patients (an item named as a size, 「患者数」「N」「症例数」: sizes.ts
 * `isSizeName`) and each line of counts of another count table t under groups of the same labels (the other axis of
 * each, in either orientation), t's count at each shared group at most u's: a row x_t − x_u ≤ 0 each (表2 死亡 ≤ 表1
 * 患者数 of the same site, an inequality an attacker uses: linkedCases 2681 gave 1 of 100 back by it). Taken only where
 * it holds on the counts at every shared group, two groups at least (チェッカーの判断: else the lines count other
 * things, events or other patients). `tie` is called once per pair of lines tied.
 * means53: also a line of u under no size word where t's line names it as its whole by its label (`partOfLabel`:
 * 表2 「入院中死亡」「入院のうち死亡」「死亡（入院中）」 in 表1 「入院」), the same test on the counts (`named` set).
 */
function nestedAcross(
  tables: readonly Table[],
  cellVar: number[][],
  sys: System,
  tie: (u: number, t: number, named: boolean) => void,
): void {
  // means59: `wholes` every line (a total or subtotal too: 「All, of whom died」 inside 「All」 read as the total of its
  // table's lines), `lines` its items (the parts, and wholes by a size word).
  type Lines = {
    lines: number[];
    wholes: number[];
    labels: string[];
    groups: Map<string, number>;
    at: (line: number, group: number) => number;
  };
  const orient = (table: Table, t: number): Lines[] =>
    (['cols', 'rows'] as const).map((axis) => {
      const [lines, groups] = axis === 'cols' ? [table.cols, table.rows] : [table.rows, table.cols];
      // Each group by its label's path; a label twice names no one group (left out).
      const keys = new Map<string, number>();
      const twice = new Set<string>();
      groups.forEach((_, g) => {
        const k = pathOf(groups, g).join('/');
        if (keys.has(k)) twice.add(k);
        keys.set(k, g);
      });
      for (const k of [...twice, '']) keys.delete(k);
      return {
        lines: lines.flatMap((h, i) => (h.kind === 'item' ? [i] : [])),
        wholes: lines.map((_, i) => i),
        labels: lines.map((h) => h.label),
        groups: keys,
        at: (line, group) => cellVar[t]![axis === 'cols' ? cellId(table, group, line) : cellId(table, line, group)] ?? -1,
      };
    });
  const oriented = tables.map((table, t) => (table.kind === 'count' ? orient(table, t) : []));
  tables.forEach((U, u) => {
    if (U.kind !== 'count') return;
    oriented[u]!.forEach((A) => {
      tables.forEach((T, t) => {
        if (t === u || T.kind !== 'count') return;
        for (const B of oriented[t]!) {
          const common = [...A.groups.keys()].filter((k) => B.groups.has(k));
          if (common.length < 2) continue;
          for (const n of A.wholes) {
            const size = A.lines.includes(n) && isSizeName(A.labels[n]!);
            for (const line of B.lines) {
              if (!size && !partOfLabel(B.labels[line]!, A.labels[n]!)) continue;
              const pairs = common.map((k) => [B.at(line, B.groups.get(k)!), A.at(n, A.groups.get(k)!)] as const);
              if (pairs.some(([x, y]) => x < 0 || y < 0 || sys.vars[x]!.value > sys.vars[y]!.value)) continue;
              // A pair that is one count already (the same labels and number in both: shared) needs no row.
              for (const [x, y] of pairs) if (x !== y) sys.rows.push(normaliseRow([y, x], [1, -1], 0, Infinity));
              tie(u, t, !size);
            }
          }
        }
      });
    });
  });
}

/**
 * means53: whether a line's label names another line's label as its whole — 「入院中死亡」「入院中の死亡」「入院のうち死亡」
 * 「入院の内 死亡」 (the whole, a word of inside, something more), 「死亡（入院中）」「死亡（入院）」 (something, the whole in
 * brackets) — so its counts are parts of the whole's at the same group (チェッカーの判断: the label says so, no size word).
 * A label only beginning with the whole (「入院日数」) or joining two (「入院・外来」) names no whole.
 */
export function partOfLabel(part: string, whole: string): boolean {
  const [p, w] = [part.normalize('NFKC').replace(/\s/g, ''), whole.normalize('NFKC').replace(/\s/g, '')];
  if (w.length < 2 || p === w || isSizeName(w)) return false;
  // red57: a word of persons after the whole (入院患者・入院例・入院症例・入院者), then 「の」 or a word of inside; 「うち」
  // without 「の」, after a colon or comma (入院：うち死亡) or opening a bracket (入院（うち死亡）).
  const rest = p.startsWith(w) ? p.slice(w.length) : '';
  if (/^(?:患者|症例|例|者)?(?:のうち|の内|中の|中(?!央|間)|内の)./.test(rest)) return true;
  if (/^(?:患者|症例|例|者)の./.test(rest) || /^[:：、,]?(?:[(（[](?:うち|内)|うち)./.test(rest)) return true;
  // means59: the whole run on to a word of death alone (「入院死亡」「手術死亡数」「ICU死亡例」), as 「Hospital deaths」.
  if (/^(?:死亡|死亡数|死亡者|死亡者数|死亡例|死亡例数|死亡患者|死亡患者数)$/.test(rest)) return true;
  for (const [open, close] of [
    ['(', ')'],
    ['（', '）'],
    ['[', ']'],
  ] as const) {
    for (const who of ['', '患者', '症例', '例', '者'])
      for (const inner of [`${w}${who}`, `${w}${who}中`, `${w}${who}のうち`, `${w}${who}内`])
        if (p.length > inner.length + 2 && p.endsWith(`${open}${inner}${close}`)) return true;
  }
  return englishPartOf(part, whole);
}

/**
 * means55: partOfLabel in English — 「Hospitalised, of whom died」「Hospitalised of which died」「Hospitalised including
 * ICU」 (the whole, a word of inside, something more), 「Died (hospitalised)」「Died among hospitalised」「Died in
 * hospital」「Died during hospitalisation」「In-hospital deaths」 (something, a word of inside, the whole or its stem:
 * Hospitalised → hospital). A label only beginning with the whole (「Hospitalised days」) names no whole. means57: a whole
 * under 4 letters where it is an acronym in capitals or 「All」 (「Died in ICU」「ER, of whom admitted」「All, of whom died」).
 */
function englishPartOf(part: string, whole: string): boolean {
  const lower = (x: string) => x.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const [p, w] = [lower(part), lower(whole)];
  // means57: a whole under 4 letters only as an acronym written in capitals (「ICU」「ER」「HCU」) or 「All」.
  const short = /^[A-Z]{2,3}$/.test(whole.normalize('NFKC').trim()) || w === 'all';
  if (!/^[a-z][a-z -]*[a-z]$/.test(w) || (w.length < 4 && !short) || p === w) return false;
  // red57: a word of not or before the whole (「Deaths not in hospital」「Died before hospitalisation」) names no whole.
  if (/\b(?:not|non|never|without|outside|before|prior)\b/.test(p)) return false;
  if (
    p.startsWith(w) &&
    /^,? (?:of whom|of which|of these|of them|among whom|among them|among these|thereof|including|incl\.) ?[a-z0-9]/.test(p.slice(w.length))
  )
    return true;
  // red57: the whole, a colon or a spaced dash, something (「Hospitalised: died」「Hospitalised - of whom died」), or
  // 「and」 and one word in -ed (「Hospitalised and died」: both, so inside; 「… and outpatient」「… or …」 no).
  if (p.startsWith(w) && /^(?: ?: ?| [-–—] )(?:of whom |of which |among them )?[a-z0-9]|^ and [a-z]+ed$/.test(p.slice(w.length)))
    return true;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // means59: 「-ery」「-y」 off too, so that the adjective names its noun (Surgery → surg: 「Surgical deaths」).
  const stem = w.replace(/(?:i[sz]ations?|i[sz]ed|i[sz]ing|ery|ed|y|s)$/, '');
  const named = stem.length >= 4 && stem !== w ? `(?:${esc(w)}|${esc(stem)}[a-z]*)` : esc(w);
  return (
    new RegExp(`^[a-z].* \\((?:among |in |of |during )?(?:the )?${named}(?: patients)?\\)$`).test(p) ||
    new RegExp(`^[a-z].* (?:among|in|during|while) (?:the )?${named}(?: patients)?$`).test(p) ||
    new RegExp(`^in-${named} [a-z]`).test(p) ||
    // red57: the whole or its stem, then deaths (「Hospital deaths」「Inpatient deaths」).
    new RegExp(`^${named} (?:deaths?|died)$`).test(p)
  );
}

/**
 * means52: a table's line of patients kept as a line of counts (read.ts: an N under the threshold, `patientLine`):
 * each other item line of its axis at most it at each position (男性 ≤ 患者数 of the same row, x − N ≤ 0), where it
 * holds on the counts at every position both have (チェッカーの判断: else the line counts other things, days, events).
 */
function nestedWithin(tables: readonly Table[], cellVar: number[][], sys: System): void {
  // red60: 「All」 read as an item (read.ts `allNotWhole`) bounds the lines beside it as a line of patients does.
  const wholes = tables.flatMap((table, t) => [table.patientLine, table.allLine].flatMap((p) => (p ? [[table, t, p] as const] : [])));
  wholes.forEach(([table, t, p]) => {
    if (table.kind !== 'count') return;
    const [lines, across] = p.axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    const at = (line: number, k: number) => cellVar[t]![p.axis === 'rows' ? cellId(table, line, k) : cellId(table, k, line)] ?? -1;
    const tied: number[] = [];
    lines.forEach((h, i) => {
      if (i === p.index || h.kind !== 'item') return;
      const pairs = across.flatMap((_, k) => (at(i, k) >= 0 && at(p.index, k) >= 0 ? [[at(i, k), at(p.index, k)] as const] : []));
      if (pairs.length < 2 || pairs.some(([x, n]) => sys.vars[x]!.value > sys.vars[n]!.value)) return;
      for (const [x, n] of pairs) if (x !== n) sys.rows.push(normaliseRow([n, x], [1, -1], 0, Infinity));
      tied.push(i);
    });
    // whole68: a whole read as the union of the lines beside it (`allLine`: read.ts `unionLine`, `wholeAsUnion`,
    // `allNotWhole`) is at most their sum too, where that holds at every position and every other item line is tied at
    // most it (a patient in none of them: no such bound): ICU 17 and 全例 29 published give 人工呼吸 ≥ 12 there, and a
    // hidden 人工呼吸 elsewhere under the column's total less 12 (whole68-families.ts `named`, the attacker with it).
    if (p !== table.allLine) return;
    // (the lines printed: not a line of ours, overtotal.ts `readOverlap`'s sum and overlap)
    const items = lines.flatMap((h, i) => (i !== p.index && h.kind === 'item' && !h.rest && !h.ns ? [i] : []));
    if (items.length < 2 || items.some((i) => !tied.includes(i))) return;
    const sums = across.flatMap((_, k) =>
      [p.index, ...items].every((i) => at(i, k) >= 0) ? [[at(p.index, k), ...items.map((i) => at(i, k))]] : [],
    );
    if (sums.length < 2 || sums.some(([n, ...xs]) => sys.vars[n!]!.value > xs.reduce((a, x) => a + sys.vars[x]!.value, 0))) return;
    for (const [n, ...xs] of sums) sys.rows.push(normaliseRow([n!, ...xs], [1, ...xs.map(() => -1)], -Infinity, 0));
  });
}

/** Groups of tables joined by shared counts (connected through any chain of pairs). */
function linksOf(
  tables: readonly Table[],
  shared: Map<string, number>,
  extremeTies: ReadonlyMap<string, { lines: number; how: ('max' | 'min')[] }> = new Map(),
  nestedTies: ReadonlyMap<string, number> = new Map(),
  namedTies: ReadonlyMap<string, number> = new Map(),
): Link[] {
  const parent = tables.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const k of shared.keys()) {
    const [a, b] = k.split(',').map(Number) as [number, number];
    parent[find(a)] = find(b);
  }
  const groups = new Map<number, Link>();
  for (const [k, n] of shared) {
    const [a, b] = k.split(',').map(Number) as [number, number];
    const root = find(a);
    const g = groups.get(root) ?? { tables: [], shared: 0 };
    for (const t of [a, b]) if (!g.tables.includes(tables[t]!.number)) g.tables.push(tables[t]!.number);
    g.shared += n;
    const nested = nestedTies.get(k);
    if (nested) g.nested = (g.nested ?? 0) + nested;
    const named = namedTies.get(k);
    if (named) g.named = (g.named ?? 0) + named;
    const e = extremeTies.get(k);
    if (e) {
      const x = (g.extremes ??= { lines: 0, how: [] });
      x.lines += e.lines;
      for (const h of e.how) if (!x.how.includes(h)) x.how.push(h);
    }
    groups.set(root, g);
  }
  return [...groups.values()].map((g) => ({ ...g, tables: g.tables.sort((x, y) => x - y) }));
}

/** A relation between lines found by arithmetic (`lineRelations`), for the report: which line, how, of which. */
export interface LineRelation {
  how: 'difference' | 'sum' | 'cumulative';
  /** The line that states the relation (the 差 or 累積 column): table number, axis, label. */
  line: { table: number; axis: 'rows' | 'cols'; label: string };
  /** The lines it is made of: the two it is the difference of, those it is the sum of, or the one it accumulates. */
  of: { table: number; axis: 'rows' | 'cols'; label: string }[];
  /**
   * whole72: a near relation, across tables — holding in most of the positions (`holds` of `places`), not in `off`
   * (labels of the positions across, on `axis`): taken as equations where it holds only (the checker's estimate).
   */
  near?: { holds: number; places: number; off: string[]; axis: 'rows' | 'cols' };
}

/**
 * A line that is the difference of two others (or, across tables, one the sum of two) in all positions but one
 * (`lineRelations`): a reader takes it for the relation with a slip and works a hidden count back where it holds.
 * No equation (it does not hold); the check refuses the input where a count of its lines is hidden.
 */
export interface AlmostRelation {
  how: 'difference';
  line: LineRelation['line'];
  of: LineRelation['line'][];
  /** The position where it does not hold: its label (a row's where the lines are columns), the line's value, |a − b|. */
  slip: { label: string; axis: 'rows' | 'cols'; value: number; expected: number };
  /** Positions where it holds. */
  holds: number;
  /** The counts of the three lines on the positions compared. */
  vars: number[];
}

/**
 * Positions a relation between lines of one table must hold in: on two, |a − b| of two small counts matches a third
 * line by chance too often (a 2×2 table with its margins has several), and such tables carry no 差 or 累積 column.
 */
const SAME_TABLE_POSITIONS = 3;
/**
 * A line whose label names the relation (「差」「増減」「累積」「difference」「cumulative」 …): within one table it is
 * taken on two positions too (a 累積 column of two rows, 40 and 43 beside 40 and 3, shows the 3 to anyone who reads
 * the label), where a chance match is no reading an attacker would doubt.
 */
const RELATION_LABEL = /差|増減|増加|減少|変化|累積|累計|difference|\bdiff\b|change|increase|decrease|cumulative/i;

/** Places a difference of lines with a slip must hold in where no label or title names it (`lineRelations`). */
const SLIP_POSITIONS = 4;

/**
 * whole72: a relation across tables that holds in most positions but not all (a difference with one slip or more, in
 * three places of four unnamed; a sum of three lines or more, or a running sum, off in one place or step) is taken
 * where it holds — each such position an equation, as a reader who takes the relation works a hidden count back there
 * (base 7b46c002 neither took nor refused them: whole72-families.ts leaked 8–19 of 20). Where it holds: three places
 * at least, and twice as many as where it does not (`NEAR_HOLDS`, `NEAR_SHARE`). Positions a line needs: four.
 * rel73: a running sum with a value misprinted (two steps off whose sum holds) is one place off, taken over it
 * (6626e5c2 leaked rel73-families `run2` 22 of 40). Within one table (unnamed lines; rel73-families
 * `one` 29, `onePair` 25 of 40 leak) not taken since the merge (below). Two places of three across tables
 * (rel73-families `three`: 8 of 40 leak) are NOT taken: in an input of many tables they hold by chance everywhere
 * (life71's innocents, 13 tables of three time points: sums of up to eight lines holding in two places of three in
 * 9 of 10 inputs) — open.
 */
const NEAR_HOLDS = 3;
const NEAR_SHARE = 2;
const NEAR_POSITIONS = 4;
/** Tries the search for near sums of three lines or more may make per group of lines (past it: said, `lines/not-searched`). */
export const NEAR_NODES_GROUP = 20_000;
/** Places a near relation may miss at most (its index looks at one more: the work per pair of lines bounded). */
const NEAR_SLIPS = 3;
/**
 * Whether a near relation across tables holding in `holds` places and not in `off` is taken (whole72). Within one table
 * none is (rel73 took three places of four; taken back at the int37 merge: on random tables they held by chance —
 * stats44's 300 two-table inputs 2 cells more, stats46's 1,000 chance tables 37 more, totals14's 1,000 one more each —
 * and rel73-families' reader took them only under a word, which `lines/almost` reads); the pass walks groups of two
 * tables or more only.
 */
const nearEnough = (holds: number, off: number) => off > 0 && off <= NEAR_SLIPS && holds >= NEAR_HOLDS && holds >= NEAR_SHARE * off;

/** Tries (a line added to a set) the search for sums of lines across tables may make per line; sets it takes per line. */
export const SET_NODES = 5_000;
/** Lines of a group (sharing their positions) beyond which sums across tables are not searched (said, `lines/not-searched`). */
export const SET_LINES = 400;
/** Tries for all lines of a group (past it, the lines left are not searched). */
export const SET_NODES_GROUP = 20_000;
export const MAX_LINE_SETS = 8;
/** life73: cells of the sums-reachable tables (`reachOf`) per line, and per group of lines, past which sets are walked unpruned. */
const REACH_CELLS = 200_000;
const REACH_GROUP = 4_000_000;

/**
 * life73: per position k, `out[k][m * (goal[k] + 1) + x]` is 1 where some subset of `lines[m..]` sums to x at k (x up
 * to the goal's count there): a set's branch whose rest none makes is empty. One pass per line, from the last.
 */
function reachOf(goal: readonly number[], lines: readonly (readonly number[])[]): Uint8Array[] {
  return goal.map((g, k) => {
    const w = g + 1;
    const out = new Uint8Array((lines.length + 1) * w);
    out[lines.length * w] = 1;
    for (let m = lines.length - 1; m >= 0; m--) {
      const x = lines[m]![k]!;
      const here = m * w;
      const next = here + w;
      for (let s = 0; s < w; s++) if (out[next + s] === 1 || (s >= x && out[next + s - x] === 1)) out[here + s] = 1;
    }
    return out;
  });
}

/**
 * Pairs of lines compared per group of lines sharing their positions (894 lines); beyond, the group's differences are
 * not searched, and the report says so (`lines/not-searched`).
 */
export const LINE_PAIRS = 400_000;

/**
 * Work the search for relations between lines may do for one input (values compared, lines looked up), and the
 * equations it may add: many equal lines (a table of 200 rows of 10, 20, 30 beside one of 20, 40, 60) make every pair
 * a difference of every line, millions of relations (29 s and 1.2 GB for 100 rows each, 4 GB past 2 minutes for 200).
 * Past either, the search stops and the report says which lines were not searched (`lines/not-searched`).
 */
export const LINE_WORK = 5_000_000;
export const LINE_EQUATIONS = 10_000;

/**
 * Relations between lines (rows or columns) that no sum of a table states, found by arithmetic as an attacker finds
 * them, over every count table of the input: lines are compared where their positions carry the same item labels
 * (in any order, in any table; totals left out), and a relation must hold in every such position: two at least across
 * tables, three within one (`SAME_TABLE_POSITIONS`).
 * - A difference: a line equal, position by position, to |a − b| for two other lines a and b (a 「差」 or 「増加」
 *   column beside the groups, or in another table; differences of either sign, and sums across tables, a = b + d).
 *   Each position is an equation with its true sign: an attacker who knows only |a − b| has two candidates, one of
 *   which the others often rule out (a row total), and the true one is the stricter reading.
 * - A sum of three lines or more of two tables or more (「A〜C」 in another table beside A, B, C and D), searched
 *   depth first within `SET_NODES` per line, `MAX_LINE_SETS` sets at most, in groups of up to `SET_LINES` lines.
 * - A running sum: a line whose first value is a's and each next one adds a's next value (累積, in either order).
 * Each line of a relation has two counts that are not 0 at least: lines of zeros and one count match by chance (0, 0, 2
 * is the running sum of 0, 0, 2).
 * Sums within one table are sums.ts's; pairs of lines within one table whose difference has one sign are sums there
 * too and are skipped here.
 */
function lineRelations(
  tables: readonly Table[],
  cellVar: number[][],
  sys: System,
  share: (a: number, b: number) => void,
): { found: LineRelation[]; almost: AlmostRelation[]; unsearched: LineGroup[]; pinned: ConstantPin[] } {
  interface Line {
    t: number;
    axis: 'rows' | 'cols';
    label: string;
    /** Item key → variable, in the line's order. */
    keys: string[];
    vars: number[];
    /** Whether its positions are the group's, not more (a line of a longer table, its other positions left out). */
    exact: boolean;
    /** The group of lines over the same positions it comes from (its own positions, before any were left out). */
    src: number;
    /** rel74: a line of the Ns written in the headers across (constants). */
    header?: true;
  }
  const groups = new Map<string, Line[]>();
  const repeated = new Set<string>();
  /** rel73: the values of lines of constants (a line of the rows' N), each an id below −1 (`constantId`). */
  const consts: number[] = [];
  /** The line each constant is of (table number, axis, label), for the report. */
  const constLine: LineRelation['line'][] = [];
  /** rel74: whether each constant is a header's N (`headerNs`), not a line of the rows' N. */
  const constHeader: boolean[] = [];
  /** rel74: groups of positions holding one table's line of headers' Ns. */
  const headerGroups = new Set<string>();
  const constantId = (k: number) => -2 - k;
  const pinned: ConstantPin[] = [];
  tables.forEach((table, t) => {
    // Percentage tables too: their cells are counts of the system (of a count table, or within what the percentage allows).
    for (const axis of ['rows', 'cols'] as const) {
      const lines = axis === 'rows' ? table.rows : table.cols;
      const across = axis === 'rows' ? table.cols : table.rows;
      const positions = across.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
      if (positions.length < 2) continue;
      const keys = positions.map((k) => headerKey(across[k]!));
      if (new Set(keys).size !== keys.length) continue;
      const group = [...keys].sort().join('\u0001');
      lines.forEach((h, i) => {
        const vars = positions.map((k) => cellVar[t]![axis === 'rows' ? cellId(table, i, k) : cellId(table, k, i)]!);
        if (vars.some((v) => v < 0)) return;
        // A line another table repeats (the same counts under the same labels) is one line.
        const seen = [...vars].sort((x, y) => x - y).join(',');
        if (repeated.has(seen)) return;
        repeated.add(seen);
        const list = groups.get(group) ?? [];
        list.push({ t, axis, label: h.label, keys, vars, exact: true, src: -1 });
        groups.set(group, list);
      });
      // rel73: a line read as the rows' N (「例数」「件数」 beside another column, read.ts `countSizes`: out of the table,
      // each position's `denominator`) is a line of published constants: compared as any line (a running sum of A群
      // under 「例数」 gives A群's counts back), its values constants of the equations (`constantId`).
      const sized = table.kind === 'count' && table.sizeLine?.axis === axis ? table.sizeLine : undefined;
      const ns = sized ? positions.map((k) => across[k]!.denominator) : [];
      if (sized && ns.every((n) => n !== undefined)) {
        const vars = ns.map((n) => {
          constLine.push({ table: table.number, axis, label: sized.label });
          constHeader.push(false);
          return constantId(consts.push(n!) - 1);
        });
        const list = groups.get(group) ?? [];
        list.push({ t, axis, label: sized.label, keys, vars, exact: true, src: -1 });
        groups.set(group, list);
      }
      // rel74: the Ns written in the headers across (「A群 (N=40)」「B群 (N=38)」, pointn.ts `headerNs`) are published
      // whatever is hidden: a line of constants too, compared as any line (表1's Ns the running sum of 表2's 新規, or 表3's
      // 中止 the difference of 表1's and 表2's Ns, gives the counts back; base 2b87fdfb compared them with no line).
      const written = table.kind === 'count' && !sized ? headerNs(positions.map((k) => across[k]!)) : undefined;
      if (written) {
        const label = `表${table.number}の見出しの N`;
        const vars = written.map((n) => {
          constLine.push({ table: table.number, axis, label });
          constHeader.push(true);
          return constantId(consts.push(n) - 1);
        });
        const list = groups.get(group) ?? [];
        list.push({ t, axis, label, keys, vars, exact: true, src: -1, header: true });
        groups.set(group, list);
        headerGroups.add(group);
      }
    }
  });
  // rel74: the headers' Ns of several tables (表1 「北海道 (N=25)」, 表2 「東北 (N=55)」 …, one group per table) are a line
  // across tables: one line over every group whose N the tables write alike (a group given two Ns is left out), where
  // it takes groups of two tables at least and no one table's line has them all.
  const acrossNs = new Map<string, { n: number; t: number } | null>();
  tables.forEach((table, t) => {
    if (table.kind !== 'count') return;
    for (const h of [...table.rows, ...table.cols]) {
      const n = h.kind === 'item' ? headerN(h) : undefined;
      if (n === undefined) continue;
      const key = headerKey(h);
      const had = acrossNs.get(key);
      if (had === undefined) acrossNs.set(key, { n, t });
      else if (had !== null && had.n !== n) acrossNs.set(key, null);
    }
  });
  const joined = [...acrossNs].flatMap(([key, x]) => (x === null ? [] : [{ key, ...x }]));
  const joinedGroup = joined
    .map((x) => x.key)
    .sort()
    .join('\u0001');
  if (joined.length >= 2 && new Set(joined.map((x) => x.t)).size > 1 && !headerGroups.has(joinedGroup)) {
    const numbers = [...new Set(joined.map((x) => tables[x.t]!.number))].sort((x, y) => x - y);
    const label = `${numbers.map((n) => `表${n}`).join('・')}の見出しの N`;
    const vars = joined.map((x) => {
      constLine.push({ table: numbers[0]!, axis: 'rows', label });
      constHeader.push(true);
      return constantId(consts.push(x.n) - 1);
    });
    const list = groups.get(joinedGroup) ?? [];
    list.push({ t: joined[0]!.t, axis: 'rows', label, keys: joined.map((x) => x.key), vars, exact: true, src: -1, header: true });
    groups.set(joinedGroup, list);
  }
  // A line over more positions is compared on those it shares (a 差 table of some of the rows): each group also holds
  // the lines whose positions include all of its own, the others left out; and lines that share only some positions
  // each (table 1 over rows a–d, a 差 line of table 2 over rows b–e) are compared on those they share, two or more, in
  // a group of their own. A relation takes lines of two groups of positions at least, or one of the group's own:
  // lines of one group that are related on some of their positions only are not (they are not, on the others).
  const exactGroups = [...groups.values()];
  exactGroups.forEach((lines, g) => lines.forEach((l) => (l.src = g)));
  // Positions as numbers, for the sets of positions compared below.
  const keyId = new Map<string, number>();
  for (const lines of exactGroups) for (const k of lines[0]!.keys) if (!keyId.has(k)) keyId.set(k, keyId.size);
  const keySets = exactGroups.map((lines) => new Set(lines[0]!.keys.map((k) => keyId.get(k)!)));
  const idKey = [...keyId.keys()];
  let work = 0;
  const restricted = (l: Line, mine: ReadonlySet<number>): Line => {
    const kept = l.keys.flatMap((k, i) => (mine.has(keyId.get(k)!) ? [i] : []));
    work += l.keys.length;
    return { ...l, keys: kept.map((i) => l.keys[i]!), vars: kept.map((i) => l.vars[i]!), exact: false };
  };
  for (const [g, lines] of exactGroups.entries()) {
    const mine = keySets[g]!;
    for (const [o, other] of exactGroups.entries()) {
      if (o === g || keySets[o]!.size <= mine.size || ![...mine].every((k) => keySets[o]!.has(k))) continue;
      for (const l of other) lines.push(restricted(l, mine));
    }
  }
  /** Lines sharing some positions each, left uncompared past the budget (said, as groups left unsearched are). */
  const uncompared: LineGroup[] = [];
  // Sets of shared positions: those of two groups, and of such a set and a group (three tables over rows a–d, b–e and
  // c–f share c and d), until no new one comes; each set of positions once.
  const sets: Set<number>[] = [...keySets];
  for (let g = 0; g < sets.length; g++) {
    for (let o = 0; o < exactGroups.length; o++) {
      if (g < exactGroups.length && o <= g) continue;
      work += sets[g]!.size;
      let count = 0;
      for (const k of sets[g]!) if (keySets[o]!.has(k)) count++;
      if (count < 2 || count === sets[g]!.size || count === keySets[o]!.size) continue;
      const shared = new Set([...sets[g]!].filter((k) => keySets[o]!.has(k)));
      const key = [...shared]
        .map((k) => idKey[k]!)
        .sort()
        .join('\u0001');
      // Positions of a group of their own already hold the lines of both (above).
      if (groups.has(key)) continue;
      const lines = exactGroups.flatMap((other, x) => ([...shared].every((k) => keySets[x]!.has(k)) ? other.filter((l) => l.exact) : []));
      if (work > LINE_WORK) {
        uncompared.push(groupOf(tables, lines, 'work'));
        groups.set(key, []);
        continue;
      }
      groups.set(
        key,
        lines.map((l) => restricted(l, shared)),
      );
      sets.push(shared);
    }
  }
  const found: LineRelation[] = [];
  const almost: AlmostRelation[] = [];
  const unsearched: LineGroup[] = [...uncompared];
  const where = (l: Line) => ({ table: tables[l.t]!.number, axis: l.axis, label: l.label });
  let equations = 0;
  /** Whether the search may go on (within `LINE_WORK` and `LINE_EQUATIONS`). */
  const within = () => work <= LINE_WORK && equations <= LINE_EQUATIONS;
  const push = (ids: number[], coefs: number[]) => {
    // A constant's term moved to the row's bounds (rel73: a line of the rows' N).
    const rhs = ids.reduce((x, v, k) => (v < -1 ? x - coefs[k]! * consts[-2 - v]! : x), 0);
    const kept = ids.flatMap((v, k) => (v < -1 ? [] : [k]));
    const row = normaliseRow(
      kept.map((k) => ids[k]!),
      kept.map((k) => coefs[k]!),
      rhs,
      rhs,
    );
    equations++;
    if (row.ids.length > 0) sys.rows.push(row);
    // A count the constants give back exactly (a step of a running sum of 「例数」): said by the check where it is small.
    const constant = ids.find((v) => v < -1);
    if (constant !== undefined && row.ids.length === 1 && Math.abs(row.coefs[0]!) === 1)
      pinned.push({
        var: row.ids[0]!,
        value: rhs * row.coefs[0]!,
        line: constLine[-2 - constant]!,
        ...(constHeader[-2 - constant] && { header: true as const }),
      });
  };
  // Tables a relation ties together, told once per pair (the caller's closure over the links is not cheap).
  const told = new Set<string>();
  const tie = (a: number, b: number) => {
    if (a === b || told.has(`${a},${b}`)) return;
    told.add(`${a},${b}`);
    share(a, b);
  };
  // totals40: a line saying it accumulates (「累計」「累積」「Cumulative」) that is the running sum of every other top-level
  // line's sum, first to last (the column totals no line prints): each position is an equation.
  tables.forEach((table, t) => {
    if (table.kind !== 'count') return;
    for (const axis of ['rows', 'cols'] as const) {
      const lines = axis === 'rows' ? table.rows : table.cols;
      const across = axis === 'rows' ? table.cols : table.rows;
      const positions = across.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
      const id = (i: number, k: number) => cellVar[t]![axis === 'rows' ? cellId(table, i, k) : cellId(table, k, i)]!;
      lines.forEach((h, i) => {
        if (h.kind !== 'item' || h.parent !== null || h.rest || !saysCumulative(h.label)) return;
        const others = lines.flatMap((g, j) => (j !== i && g.parent === null && g.kind !== 'total' && !g.rest ? [j] : []));
        // One other line: its running sum is the search's below.
        if (others.length < 2 || [i, ...others].some((j) => positions.some((k) => id(j, k) < 0))) return;
        const count = (j: number, k: number) => countOf(axis === 'rows' ? table.cells[j]![k]! : table.cells[k]![j]!);
        const whole = across.map((_, k) => (positions.includes(k) ? others.reduce((x, j) => x + count(j, k), 0) : 0));
        if (
          !runningOver(
            across.map((_, k) => count(i, k)),
            whole,
            positions,
          )
        )
          return;
        positions.forEach((k, n) => {
          const ids = [id(i, k), ...(n === 0 ? [] : [id(i, positions[n - 1]!)]), ...others.map((j) => id(j, k))];
          push(ids, [1, ...(n === 0 ? [] : [-1]), ...others.map(() => -1)]);
        });
        found.push({
          how: 'cumulative',
          line: { table: table.number, axis, label: h.label },
          of: others.map((j) => ({ table: table.number, axis, label: lines[j]!.label })),
        });
      });
    }
  });
  // totals40: a table read as several answers per patient under a line of Ns (ofwhich.ts, the N past its lines' sum in
  // some column) where, in another column, the printed lines add up to its N exactly: that equation holds of the
  // printed counts whatever the reading, and a reader who takes that column's lines for disjoint has it (totals18's
  // table given back as an item: B群's 49 + 7 + 1 + 29 = 86, the 7 and the 1 hidden as 8 together).
  tables.forEach((table, t) => {
    const nLine = table.kind === 'count' ? table.rows.findIndex((h) => h.ns) : -1;
    if (nLine < 0) return;
    const own = table.rows.flatMap((h, r) => (h.parent === nLine && !h.rest ? [r] : []));
    if (own.length < 2) return;
    table.cols.forEach((_, c) => {
      const ids = [nLine, ...own].map((r) => cellVar[t]![cellId(table, r, c)]!);
      if (ids.some((v) => v < 0)) return;
      if (own.reduce((x, r) => x + countOf(table.cells[r]![c]!), 0) !== countOf(table.cells[nLine]![c]!)) return;
      push(ids, [1, ...own.map(() => -1)]);
    });
  });
  for (const lines of groups.values()) {
    if (lines.length < 2) continue;
    if (!within()) {
      unsearched.push(groupOf(tables, lines, 'work'));
      continue;
    }
    /** Whether a search was left out for the group's size (`LINE_PAIRS`, `SET_LINES`): said, as the budget is. */
    let capped = false;
    /** whole72: whether the search for near sums ran out of its tries (`NEAR_NODES_GROUP`): said. */
    let nearCut = false;
    /** life73: whether the search for sums of three lines or more ran out of its tries or sets (`SET_NODES` …): said. */
    let setsCut = false;
    const searched = (() => {
      const order = lines[0]!.keys;
      const value = (v: number) => (v < -1 ? consts[-2 - v]! : sys.vars[v]!.value);
      const at = new Map(order.map((k, i) => [k, i]));
      /** A line's variables and values in the group's order of keys. */
      const inOrder = lines.map((l) => {
        const out: number[] = Array(order.length);
        l.keys.forEach((k, i) => (out[at.get(k)!] = l.vars[i]!));
        return out;
      });
      const valuesOf = inOrder.map((vars) => vars.map(value));
      /** Lines a relation may be made of: one of the group's own, or lines of two groups of positions at least. */
      const mixed = (ls: readonly number[]) => ls.some((i) => lines[i]!.exact) || new Set(ls.map((i) => lines[i]!.src)).size > 1;
      /** Whether no line is all over the group's positions (lines sharing only some of theirs each). */
      const partial = !lines.some((l) => l.exact);
      /** Whether a line's label or its table's title says it is a difference or a change (差, 増減 …). */
      const named = (i: number) => RELATION_LABEL.test(lines[i]!.label) || RELATION_LABEL.test(tables[lines[i]!.t]!.title ?? '');
      /** A hash of a vector of counts (checked exactly where it matches). */
      const hash = (values: readonly number[]) => {
        let h = 0;
        for (const x of values) h = (Math.imul(h, 31) + x) | 0;
        return h;
      };
      const same = (x: readonly number[], y: readonly number[]) => x.every((v, k) => v === y[k]);
      /**
       * rel74: whether one of three lines is a header line of Ns and the other two are a table's only top-level items of
       * their axis (its groups' N, read as such).
       */
      const ownTwo = (...ls: number[]) => {
        const h = ls.find((i) => lines[i]!.header);
        const rest = ls.filter((i) => i !== h).map((i) => lines[i]!);
        if (h === undefined || rest.length !== 2 || rest.some((l) => l.t !== rest[0]!.t || l.axis !== rest[0]!.axis)) return false;
        const table = tables[rest[0]!.t]!;
        const items = (rest[0]!.axis === 'rows' ? table.rows : table.cols).filter((x) => x.kind === 'item' && x.parent === null && !x.rest);
        return items.length === 2 && rest.every((l) => items.some((x) => x.label === l.label));
      };
      const usable = valuesOf.map((values) => values.filter((x) => x !== 0).length >= 2);
      const byHash = new Map<number, number[]>();
      valuesOf.forEach((values, i) => {
        if (!usable[i]) return;
        const h = hash(values);
        byHash.set(h, [...(byHash.get(h) ?? []), i]);
      });
      const lookUp = (values: readonly number[]) => {
        const bucket = byHash.get(hash(values)) ?? [];
        work += bucket.length * order.length;
        return bucket.filter((i) => same(valuesOf[i]!, values));
      };
      // Lines that are |a − b| in all positions but one (a slip) are found by a hash of each line with one position
      // left out, per position (a sum of each value times a factor of its position, less the one left out): a pair's
      // |a − b| is looked up once per position.
      const slips = order.length >= 3;
      const factor = order.map((_, k) => Math.imul(k + 1, 0x9e3779b1) | 1);
      const salt = order.map((_, k) => Math.imul(k + 1, 0x85ebca6b));
      const sumHash = (values: readonly number[]) => values.reduce((h, x, k) => (h + Math.imul(x, factor[k]!)) | 0, 0);
      const without = (h: number, values: readonly number[], k: number) => (h - Math.imul(values[k]!, factor[k]!) + salt[k]!) | 0;
      const byMasked = new Map<number, number[]>();
      /** Lines found for one pair, each once (marked with the pair's stamp). */
      const candidates: number[] = [];
      const marked = new Int32Array(lines.length);
      let stamp = 0;
      // A line with a slip is taken where its label or title names the relation, or across tables where it holds in
      // `SLIP_POSITIONS` places (below): only such lines are looked up.
      if (slips)
        valuesOf.forEach((values, i) => {
          if (!usable[i] || (order.length - 1 < SLIP_POSITIONS && !named(i))) return;
          const h = sumHash(values);
          work += order.length;
          for (let k = 0; k < order.length; k++) {
            const key = without(h, values, k);
            const list = byMasked.get(key);
            if (list) list.push(i);
            else byMasked.set(key, [i]);
          }
        });
      // Differences: for each pair, |a − b| looked up among the lines.
      if ((lines.length * (lines.length - 1)) / 2 > LINE_PAIRS) capped = true;
      else {
        const seen = new Set<string>();
        const seenAlmost = new Set<string>();
        const diff: number[] = Array(order.length);
        for (let a = 0; a < lines.length; a++) {
          if (!usable[a]) continue;
          for (let b = a + 1; b < lines.length; b++) {
            if (!usable[b]) continue;
            work += order.length;
            if (!within()) return false;
            const va = valuesOf[a]!;
            const vb = valuesOf[b]!;
            for (let k = 0; k < order.length; k++) diff[k] = Math.abs(va[k]! - vb[k]!);
            if (byMasked.size > 0) {
              const h = sumHash(diff);
              work += order.length;
              candidates.length = 0;
              stamp++;
              for (let k = 0; k < order.length; k++) {
                const list = byMasked.get(without(h, diff, k));
                if (list)
                  for (const d of list)
                    if (marked[d] !== stamp) {
                      marked[d] = stamp;
                      candidates.push(d);
                    }
              }
              for (const d of candidates) {
                work += order.length;
                if (d === a || d === b || !mixed([a, b, d])) continue;
                const vd = valuesOf[d]!;
                const off = diff.flatMap((x, k) => (x !== vd[k] ? [k] : []));
                // All positions but one: holding in two at least and in more than not (order.length ≥ 3).
                if (off.length !== 1) continue;
                // Three lines of which one is the difference of the others exactly (a = b + d where d = |a − b| has
                // a slip with a sign that changes) are a relation, above, not a slip.
                const exactly = (x: number, y: number, z: number) =>
                  valuesOf[z]!.every((v, k) => v === Math.abs(valuesOf[x]![k]! - valuesOf[y]![k]!));
                if (exactly(a, d, b) || exactly(b, d, a)) continue;
                const same = new Set([lines[a]!.t, lines[b]!.t, lines[d]!.t]).size === 1;
                const signs = new Set(va.map((x, k) => Math.sign(x - vb[k]!)).filter((x) => x !== 0));
                // Only a line whose label or table's title names the relation (差, 増減 …), or one holding in
                // `SLIP_POSITIONS` places at least (across tables): small counts match a difference of two lines in
                // all places but one by chance (6×4 tables of counts 0–10: 1 in 8; two 6×3 tables sharing 4 rows: 1
                // in 6, README).
                if (same ? signs.size <= 1 || !named(d) : !named(d) && order.length - 1 < SLIP_POSITIONS) continue;
                const key = [a, b, d].sort((x, y) => x - y).join(',');
                if (seenAlmost.has(key)) continue;
                seenAlmost.add(key);
                const k = off[0]!;
                const across = (l: Line) => {
                  const table = tables[l.t]!;
                  const headers = l.axis === 'rows' ? table.cols : table.rows;
                  return headers.find((h) => h.kind === 'item' && headerKey(h) === order[k])?.label ?? order[k]!;
                };
                almost.push({
                  how: 'difference',
                  line: where(lines[d]!),
                  of: [where(lines[a]!), where(lines[b]!)],
                  slip: { label: across(lines[d]!), axis: lines[d]!.axis === 'rows' ? 'cols' : 'rows', value: vd[k]!, expected: diff[k]! },
                  holds: order.length - 1,
                  vars: [...new Set([a, b, d].flatMap((l) => inOrder[l]!.filter((v) => v >= 0)))],
                });
              }
            }
            if (!byHash.has(hash(diff))) continue;
            for (const d of lookUp(diff)) {
              if (!within()) return false;
              if (d === a || d === b || !mixed([a, b, d])) continue;
              const same = new Set([lines[a]!.t, lines[b]!.t, lines[d]!.t]).size === 1;
              const signs = new Set(va.map((x, k) => Math.sign(x - vb[k]!)).filter((s) => s !== 0));
              if (same && (signs.size <= 1 || (order.length < SAME_TABLE_POSITIONS && !RELATION_LABEL.test(lines[d]!.label)))) continue;
              // Lines sharing two positions only of theirs, where none is all its own: only where the line says it is a
              // difference (two random 6×3 tables of counts 0–10 sharing two rows matched by chance in 3 of 10).
              if (partial && order.length < SAME_TABLE_POSITIONS && !named(d)) continue;
              // rel74: the headers' Ns the sum of another table's two lines, the only ones of its axis: that table's
              // groups' N (read.ts, `sum/stated`), no relation to say.
              if (ownTwo(a, b, d)) continue;
              // One equation per three lines whichever is the difference (a = b + d is d = a − b).
              const key = [a, b, d].sort((x, y) => x - y).join(',');
              if (seen.has(key)) continue;
              seen.add(key);
              order.forEach((_, k) => {
                const [hi, lo] = va[k]! >= vb[k]! ? [inOrder[a]![k]!, inOrder[b]![k]!] : [inOrder[b]![k]!, inOrder[a]![k]!];
                push([hi, lo, inOrder[d]![k]!], [1, -1, -1]);
              });
              for (const o of [a, b]) tie(lines[o]!.t, lines[d]!.t);
              found.push({ how: 'difference', line: where(lines[d]!), of: [where(lines[a]!), where(lines[b]!)] });
            }
          }
        }
      }
      // Sums of three lines or more, of two tables at least (sums of one table are sums.ts's; of two lines, above).
      const tablesOfGroup = new Set(lines.map((l) => l.t)).size;
      if (tablesOfGroup > 1 && lines.length > SET_LINES) capped = true;
      const multi = tablesOfGroup > 1 && lines.length <= SET_LINES && !(partial && order.length < SAME_TABLE_POSITIONS);
      let budget = SET_NODES_GROUP;
      let reached = 0;
      inOrder.forEach((target, ti) => {
        if (!multi || !within()) return;
        const goal = valuesOf[ti]!;
        if (!usable[ti]) return;
        const candidates = valuesOf
          .map((values, i) => ({ i, values }))
          .filter((c) => c.i !== ti && c.values.some((x) => x > 0) && c.values.every((x, k) => x <= goal[k]!))
          .sort((a, b) => b.values.reduce((x, y) => x + y, 0) - a.values.reduce((x, y) => x + y, 0));
        // life73: a set holds three candidates at least: where the three least at some position sum past the goal's
        // count there, the line has none (not walked, no tries spent). The group's tries spent, a line left: said.
        if (candidates.length < 3) return;
        if (
          goal.some(
            (g, k) =>
              candidates
                .map((c) => c.values[k]!)
                .sort((x, y) => x - y)
                .slice(0, 3)
                .reduce((x, y) => x + y, 0) > g,
          )
        )
          return;
        if (budget <= 0) {
          setsCut = true;
          return;
        }
        const rest = [...goal];
        const chosen: number[] = [];
        let nodes = 0;
        let sets = 0;
        // life73: per position, the sums the candidates from m on can make (up to the goal's): a branch whose rest no
        // subset of the candidates left makes at some position holds no set and is not walked. Depth first over 39
        // lines of two positions (「参考」 tables beside 表3–表5) the tries ran out (`SET_NODES_GROUP`) before the 24th
        // line, unsaid, and a chance sum of a later line pinned a small count (life72-families `stepInnocent`). The
        // same sets in the same order, fewer tries; past `REACH_CELLS` per line or `REACH_GROUP` per group, walked as before.
        const cells = goal.reduce((n, x) => n + (candidates.length + 1) * (x + 1), 0);
        const reach =
          cells <= REACH_CELLS && reached + cells <= REACH_GROUP
            ? reachOf(
                goal,
                candidates.map((c) => c.values),
              )
            : undefined;
        if (reach) reached += cells;
        const open = (from: number) => reach === undefined || rest.every((x, k) => reach[k]![from * (goal[k]! + 1) + x] === 1);
        const visit = (from: number) => {
          if (nodes++ > SET_NODES || budget-- <= 0 || sets >= MAX_LINE_SETS) {
            // life73: a search cut short with sets it may not have found: said (`lines/not-searched`), never silently.
            if (rest.some((x) => x > 0) && open(from)) setsCut = true;
            return;
          }
          if (chosen.length >= 3 && rest.every((x) => x === 0)) {
            const tablesOf = new Set([lines[ti]!.t, ...chosen.map((c) => lines[c]!.t)]);
            if (tablesOf.size < 2 || !mixed([ti, ...chosen])) return;
            // rel74: the headers' Ns the sum of one table's lines are that table's groups' N (read.ts, `sum/stated`).
            if (lines[ti]!.header && new Set(chosen.map((c) => lines[c]!.t)).size < 2) return;
            sets++;
            order.forEach((_, k) => push([target[k]!, ...chosen.map((c) => inOrder[c]![k]!)], [-1, ...chosen.map(() => 1)]));
            for (const c of chosen) tie(lines[c]!.t, lines[ti]!.t);
            found.push({ how: 'sum', line: where(lines[ti]!), of: [...chosen].sort((x, y) => x - y).map((c) => where(lines[c]!)) });
            return;
          }
          for (let m = from; m < candidates.length; m++) {
            const c = candidates[m]!;
            // Each candidate tried is work (the budgets count tries, not only the sets visited).
            if (nodes++ > SET_NODES || budget-- <= 0) {
              if (rest.some((x) => x > 0) && open(m)) setsCut = true;
              return;
            }
            work += order.length;
            if (c.values.some((x, k) => x > rest[k]!)) continue;
            c.values.forEach((x, k) => (rest[k]! -= x));
            if (!open(m + 1)) {
              c.values.forEach((x, k) => (rest[k]! += x));
              continue;
            }
            chosen.push(c.i);
            visit(m + 1);
            chosen.pop();
            c.values.forEach((x, k) => (rest[k]! += x));
          }
        };
        visit(0);
      });
      // Running sums, in the order of the line itself (first to last, or last to first).
      for (const [ci, c] of lines.entries()) {
        if (!within()) return false;
        if (!c.exact) continue;
        const vars = c.vars;
        for (const forward of [true, false]) {
          const seq = forward ? vars : [...vars].reverse();
          const keys = forward ? c.keys : [...c.keys].reverse();
          const steps = seq.map((v, k) => value(v) - (k === 0 ? 0 : value(seq[k - 1]!)));
          if (vars.filter((v) => value(v) !== 0).length < 2 || steps.some((s) => s < 0)) continue;
          const wanted: number[] = Array(order.length);
          keys.forEach((k, i) => (wanted[at.get(k)!] = steps[i]!));
          if (!byHash.has(hash(wanted))) continue;
          for (const a of lookUp(wanted)) {
            if (!within()) return false;
            if (a === ci || (lines[a]!.t === c.t && order.length < SAME_TABLE_POSITIONS && !RELATION_LABEL.test(c.label))) continue;
            const of = (k: number) => inOrder[a]![at.get(keys[k]!)!]!;
            seq.forEach((v, k) => push(k === 0 ? [v, of(0)] : [v, seq[k - 1]!, of(k)], k === 0 ? [1, -1] : [1, -1, -1]));
            tie(lines[a]!.t, c.t);
            found.push({ how: 'cumulative', line: where(c), of: [where(lines[a]!)] });
          }
        }
      }
      // whole72: near relations across tables — a difference with slips, a sum of three lines or more or a running
      // sum off in one place — taken where they hold (`nearEnough`): each such position an equation.
      if (order.length >= NEAR_POSITIONS && tablesOfGroup > 1) {
        const placeLabel = (l: Line, k: number) => {
          const table = tables[l.t]!;
          const headers = l.axis === 'rows' ? table.cols : table.rows;
          return headers.find((h) => h.kind === 'item' && headerKey(h) === order[k])?.label ?? order[k]!;
        };
        const nearOf = (l: Line, off: readonly number[]) => ({
          holds: order.length - off.length,
          places: order.length,
          off: off.map((k) => placeLabel(l, k)),
          axis: (l.axis === 'rows' ? 'cols' : 'rows') as 'rows' | 'cols',
        });
        const acrossTables = (ls: readonly number[]) => new Set(ls.map((i) => lines[i]!.t)).size > 1;
        /** Most places a near relation may miss (`nearEnough`): a line missing in more misses in one of the first so many + 1. */
        const maxOff = Math.min(NEAR_SLIPS, Math.floor(order.length / (NEAR_SHARE + 1)));
        const byPlace = order.map(() => new Map<number, number[]>());
        valuesOf.forEach((values, i) => {
          if (!usable[i]) return;
          for (let k = 0; k <= maxOff; k++) {
            const list = byPlace[k]!.get(values[k]!);
            if (list) list.push(i);
            else byPlace[k]!.set(values[k]!, [i]);
          }
          work += maxOff + 1;
        });
        // Differences with slips: for each pair, the lines equal to |a − b| in one of the first `maxOff` + 1 places.
        const seenNear = new Set<string>();
        const diff: number[] = Array(order.length);
        if ((lines.length * (lines.length - 1)) / 2 <= LINE_PAIRS)
          for (let a = 0; a < lines.length; a++) {
            if (!usable[a]) continue;
            for (let b = a + 1; b < lines.length; b++) {
              if (!usable[b]) continue;
              work += order.length;
              if (!within()) return false;
              const va = valuesOf[a]!;
              const vb = valuesOf[b]!;
              for (let k = 0; k < order.length; k++) diff[k] = Math.abs(va[k]! - vb[k]!);
              candidates.length = 0;
              stamp++;
              for (let k = 0; k <= maxOff; k++)
                for (const d of byPlace[k]!.get(diff[k]!) ?? [])
                  if (marked[d] !== stamp) {
                    marked[d] = stamp;
                    candidates.push(d);
                  }
              for (const d of candidates) {
                work += order.length;
                if (d === a || d === b || !mixed([a, b, d]) || !acrossTables([a, b, d])) continue;
                const vd = valuesOf[d]!;
                const off = diff.flatMap((x, k) => (x !== vd[k] ? [k] : []));
                if (!nearEnough(order.length - off.length, off.length)) continue;
                // One slip where the line is named or holds in `SLIP_POSITIONS` places: `lines/almost`, above.
                if (off.length === 1 && (named(d) || order.length - 1 >= SLIP_POSITIONS)) continue;
                // The difference the other way round (a = b + d exactly) is a relation found above.
                const exactly = (x: number, y: number, z: number) =>
                  valuesOf[z]!.every((v, k) => v === Math.abs(valuesOf[x]![k]! - valuesOf[y]![k]!));
                if (exactly(a, d, b) || exactly(b, d, a)) continue;
                const holding = order.flatMap((_, k) => (off.includes(k) ? [] : [k]));
                // Two counts that are not 0 where it holds (0 = |a − b| wherever a = b).
                if (holding.filter((k) => vd[k] !== 0).length < 2) continue;
                const key = [a, b, d].sort((x, y) => x - y).join(',');
                if (seenNear.has(key)) continue;
                seenNear.add(key);
                for (const k of holding) {
                  const [hi, lo] = va[k]! >= vb[k]! ? [inOrder[a]![k]!, inOrder[b]![k]!] : [inOrder[b]![k]!, inOrder[a]![k]!];
                  push([hi, lo, inOrder[d]![k]!], [1, -1, -1]);
                }
                for (const o of [a, b]) tie(lines[o]!.t, lines[d]!.t);
                found.push({
                  how: 'difference',
                  line: where(lines[d]!),
                  of: [where(lines[a]!), where(lines[b]!)],
                  near: nearOf(lines[d]!, off),
                });
              }
            }
          }
        // Sums of three lines or more (two tables at least) off in one place: the search above with that place left out.
        if (multi && nearEnough(order.length - 1, 1)) {
          let nearBudget = NEAR_NODES_GROUP;
          inOrder.forEach((target, ti) => {
            if (!usable[ti] || nearBudget <= 0 || !within()) return;
            const goal = valuesOf[ti]!;
            let sets = 0;
            for (let skip = 0; skip < order.length && sets < MAX_LINE_SETS; skip++) {
              const parts = valuesOf
                .map((values, i) => ({ i, values }))
                .filter((c) => c.i !== ti && c.values.some((x) => x > 0) && c.values.every((x, k) => k === skip || x <= goal[k]!))
                .sort((x, y) => y.values.reduce((p, q) => p + q, 0) - x.values.reduce((p, q) => p + q, 0));
              work += valuesOf.length * order.length;
              const rest = [...goal];
              const chosen: number[] = [];
              const visit = (from: number) => {
                if (nearBudget-- <= 0 || sets >= MAX_LINE_SETS) return;
                if (chosen.length >= 3 && rest.every((x, k) => k === skip || x === 0)) {
                  // Exact in the left-out place too: a sum, found above.
                  if (rest[skip] === 0 || !acrossTables([ti, ...chosen]) || !mixed([ti, ...chosen])) return;
                  if (valuesOf[ti]!.filter((x, k) => k !== skip && x !== 0).length < 2) return;
                  sets++;
                  order.forEach(
                    (_, k) => k !== skip && push([target[k]!, ...chosen.map((c) => inOrder[c]![k]!)], [-1, ...chosen.map(() => 1)]),
                  );
                  for (const c of chosen) tie(lines[c]!.t, lines[ti]!.t);
                  found.push({
                    how: 'sum',
                    line: where(lines[ti]!),
                    of: [...chosen].sort((x, y) => x - y).map((c) => where(lines[c]!)),
                    near: nearOf(lines[ti]!, [skip]),
                  });
                  return;
                }
                for (let m = from; m < parts.length; m++) {
                  const c = parts[m]!;
                  if (nearBudget-- <= 0) return;
                  work += order.length;
                  if (c.values.some((x, k) => k !== skip && x > rest[k]!)) continue;
                  c.values.forEach((x, k) => (rest[k]! -= x));
                  chosen.push(c.i);
                  visit(m + 1);
                  chosen.pop();
                  c.values.forEach((x, k) => (rest[k]! += x));
                }
              };
              visit(0);
            }
          });
          if (nearBudget <= 0) nearCut = true;
        }
        // Running sums off by one step (or by as many as `nearEnough` allows), in the line's order either way round.
        const seenRun = new Set<string>();
        for (const [ci, c] of lines.entries()) {
          if (!within()) return false;
          if (!c.exact || !usable[ci]) continue;
          for (const forward of [true, false]) {
            const keys = forward ? c.keys : [...c.keys].reverse();
            const seq = keys.map((k) => inOrder[ci]![at.get(k)!]!);
            const steps = seq.map((v, k) => value(v) - (k === 0 ? 0 : value(seq[k - 1]!)));
            for (const [a, va] of valuesOf.entries()) {
              if (a === ci || !usable[a] || lines[a]!.t === c.t || !mixed([a, ci])) continue;
              work += order.length;
              const off = keys.flatMap((k, i) => (steps[i] !== va[at.get(k)!] ? [i] : []));
              // rel73: a value misprinted (not the last) puts two steps off, i and i + 1, whose sum holds: one place off
              // (the value's), the running sum taken over it (v[i + 1] = v[i − 1] + a[i] + a[i + 1]).
              const misprints: number[] = [];
              for (let n = 0; n + 1 < off.length; n++) {
                const i = off[n]!;
                if (off[n + 1] !== i + 1) continue;
                if (steps[i]! + steps[i + 1]! !== va[at.get(keys[i]!)!]! + va[at.get(keys[i + 1]!)!]!) continue;
                misprints.push(i);
                n++;
              }
              const offPlaces = off.filter((i) => !misprints.includes(i - 1));
              if (!nearEnough(keys.length - offPlaces.length, offPlaces.length)) continue;
              if (keys.filter((k, i) => !off.includes(i) && va[at.get(k)!] !== 0).length < 2 || seenRun.has(`${ci},${a}`)) continue;
              seenRun.add(`${ci},${a}`);
              const of = (i: number) => inOrder[a]![at.get(keys[i]!)!]!;
              seq.forEach((v, i) => {
                if (!off.includes(i)) push(i === 0 ? [v, of(0)] : [v, seq[i - 1]!, of(i)], i === 0 ? [1, -1] : [1, -1, -1]);
              });
              for (const i of misprints) {
                const next = seq[i + 1]!;
                push(i === 0 ? [next, of(0), of(1)] : [next, seq[i - 1]!, of(i), of(i + 1)], i === 0 ? [1, -1, -1] : [1, -1, -1, -1]);
              }
              tie(lines[a]!.t, c.t);
              found.push({
                how: 'cumulative',
                line: where(c),
                of: [where(lines[a]!)],
                near: nearOf(
                  c,
                  offPlaces.map((i) => at.get(keys[i]!)!),
                ),
              });
            }
          }
        }
      }
      return within();
    })();
    if (!searched) unsearched.push(groupOf(tables, lines, 'work'));
    else if (capped) unsearched.push(groupOf(tables, lines, 'lines'));
    else if (nearCut) unsearched.push(groupOf(tables, lines, 'near'));
    else if (setsCut) unsearched.push(groupOf(tables, lines, 'sums'));
  }
  return { found, almost, unsearched, pinned };
}

/** rel73: a count a relation with a line of constants (a line of the rows' N) gives back exactly. */
export interface ConstantPin {
  var: number;
  value: number;
  /** The line of constants. */
  line: LineRelation['line'];
  /** rel74: the constants are Ns written in headers (「A群 (N=40)」), not a line of the rows' N. */
  header?: true;
}

/** A search for links between tables cut short by one of our bounds (`Built.cut`), for the report. */
export interface LinkCut {
  /** Which search: a title's or corner's names (`namedBreakdowns`), or numbered ranges regrouped (`rangeSums`). */
  search: 'named' | 'ranges' | 'others';
  /** Why: too many lines on an axis (the bound said in `limit`), or the input's comparisons (`LINE_WORK`). */
  why: 'lines' | 'work';
  /** The bound reached. */
  limit: number;
  /** Table numbers (1-based) whose lines were not all searched, in order. */
  tables: number[];
}

/** Lines whose relations were not all searched (`lineRelations` past its budget), for the report. */
export interface LineGroup {
  /** Table numbers (1-based), in order. */
  tables: number[];
  /** Lines of the group. */
  lines: number;
  /** Labels of the positions they share, as keys (a few). */
  positions: string[];
  /**
   * Why: the input's budget ran out (`LINE_WORK`, `LINE_EQUATIONS`), or the group has more lines than differences
   * (`LINE_PAIRS`: 894 lines) or sums of three lines or more (`SET_LINES`) are searched in, or (whole72) the search
   * for sums of three lines or more off in one place ran out of its tries (`NEAR_NODES_GROUP`), or (life73) the search
   * for exact sums of three lines or more ran out of its tries or sets (`SET_NODES`, `SET_NODES_GROUP`, `MAX_LINE_SETS`).
   */
  why: 'work' | 'lines' | 'near' | 'sums';
}

function groupOf(tables: readonly Table[], lines: readonly { t: number; keys: string[] }[], why: LineGroup['why']): LineGroup {
  return {
    tables: [...new Set(lines.map((l) => tables[l.t]!.number))].sort((x, y) => x - y),
    lines: lines.length,
    positions: lines[0]!.keys.slice(0, 5),
    why,
  };
}
