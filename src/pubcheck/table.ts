/**
 * The table algebra every step shares: cell ids, the sums that hold between cells, the count a cell carries, the
 * denominator of a bare percentage.
 */
import type { Cell, Equation, Table } from './types.ts';

/**
 * Words that say a table counts a patient in several items (複数回答, multiple answers, 重複を含む). One list for every
 * reading that turns on it: the disjoint reading of an N below its sum (check.ts), the blocks of a Table 1 (rests.ts)
 * and the complements of such a table (primary.ts).
 */
export const MULTIPLE_ANSWERS = /複数回答|複数選択|重複回答|重複あり|重複を含む|multiple (answers?|responses?|choices?)/i;

/** Whether the title or the corner of `table` says one patient may be counted in several items. */
export const saysSeveralAnswers = (table: Pick<Table, 'title' | 'corner'>) =>
  MULTIPLE_ANSWERS.test(`${table.title ?? ''} ${table.corner ?? ''}`);

/** A cell's id: row × number of columns + col. */
export const cellId = (table: Pick<Table, 'cols'>, row: number, col: number) => row * table.cols.length + col;

/**
 * The sums that hold in a table: each total or subtotal equals its parts, in every row and column, declared by the
 * labels or found by arithmetic; a stated N equals the sum it was found to be.
 */
export function equations(table: Pick<Table, 'rows' | 'cols' | 'sums'>): Equation[] {
  const eqs: Equation[] = [];
  const along = (axis: 'rows' | 'cols', header: number, parts: readonly number[], only?: readonly number[]) => {
    const across = axis === 'rows' ? table.cols : table.rows;
    across.forEach((_, k) => {
      if (only !== undefined && !only.includes(k)) return;
      const at = (i: number) => (axis === 'rows' ? { row: i, col: k } : { row: k, col: i });
      eqs.push({
        along: axis,
        header,
        at: k,
        rhs: 0,
        terms: [{ ...at(header), coef: -1 }, ...parts.map((p) => ({ ...at(p), coef: 1 as const }))],
      });
    });
  };
  table.rows.forEach((h, r) => h.children.length > 0 && along('rows', r, h.children));
  table.cols.forEach((h, c) => h.children.length > 0 && along('cols', c, h.children));
  for (const sum of table.sums) {
    if (sum.header !== null) {
      along(sum.axis, sum.header, sum.parts, sum.at);
      continue;
    }
    sum.stated!.forEach((n, k) => {
      if (n === undefined) return;
      const at = (i: number) => (sum.axis === 'rows' ? { row: i, col: k } : { row: k, col: i });
      eqs.push({ along: sum.axis, header: null, at: k, rhs: n, terms: sum.parts.map((p) => ({ ...at(p), coef: 1 as const })) });
    });
  }
  return eqs;
}

/**
 * The equations across columns a table states (`Table.crossSums`): a heading's N over several groups is the sum of its
 * block's cells in every group. Apart from `equations` (whose first term is a total's): each has every term +1.
 */
export function crossEquations(table: Pick<Table, 'crossSums'>): Equation[] {
  return (table.crossSums ?? []).map((x) => ({
    along: 'rows',
    header: null,
    at: x.cols[0]!,
    rhs: x.n,
    terms: x.rows.flatMap((row) => x.cols.map((col) => ({ row, col, coef: 1 as const }))),
  }));
}

/** The count a cell carries (0 for a bare percentage, which takes part in no sum). */
export function countOf(cell: Cell): number {
  return cell.value.kind === 'count' ? cell.value.n : 0;
}

/** The cells of line `i` of `axis`: a row's across the columns, a column's down the rows. */
export const lineCells = <T>(cells: readonly (readonly T[])[], axis: 'rows' | 'cols', i: number): readonly T[] =>
  axis === 'rows' ? cells[i]! : cells.map((r) => r[i]!);

/** The top-level lines of an axis that are no total (items and subtotals, no part under another line), by index. */
export const topLevel = (hs: readonly { kind: string; parent: number | null }[]) =>
  hs.flatMap((h, i) => (h.kind !== 'total' && h.parent === null ? [i] : []));

/**
 * The denominator for a bare percentage: the column header's `(N=…)`, else the row header's, else the table's; the
 * row header's first in a table of row percentages (`Table.percentOf`).
 */
export function denominatorOf(
  table: Pick<Table, 'rows' | 'cols' | 'denominator' | 'percentOf'>,
  row: number,
  col: number,
): number | undefined {
  return table.percentOf === 'rows'
    ? (table.rows[row]!.denominator ?? table.cols[col]!.denominator ?? table.denominator)
    : (table.cols[col]!.denominator ?? table.rows[row]!.denominator ?? table.denominator);
}

/** The total header of an axis: the declared one, else a row or column found to be the sum of all others. */
export function totalIndex(table: Pick<Table, 'rows' | 'cols' | 'sums'>, axis: 'rows' | 'cols'): number | undefined {
  const headers = axis === 'rows' ? table.rows : table.cols;
  const declared = headers.findIndex((h) => h.kind === 'total');
  if (declared >= 0) return declared;
  return table.sums.find((s) => s.axis === axis && s.how === 'total' && s.header !== null)?.header ?? undefined;
}

/** What a cell's percentage or fraction may be a share of. */
export interface Base {
  /** `row`: the cell's row total; `col`: its column total; `table`: the grand total; `stated`: an N written down. */
  of: 'row' | 'col' | 'table' | 'stated';
  /** The cells that add up to it (one total cell, or the top-level cells); empty for a stated N. */
  cells: { row: number; col: number }[];
  value: number;
}

/**
 * The bases a cell's percentage or fraction may refer to: its row total, its column total, the grand total (each a
 * total cell or the sum of the top-level cells), and any N stated in its row or column header or for the table.
 */
export function bases(table: Table, row: number, col: number): Base[] {
  const rowTotal = totalIndex(table, 'rows');
  const colTotal = totalIndex(table, 'cols');
  const top = (axis: 'rows' | 'cols', total: number | undefined) => {
    const headers = axis === 'rows' ? table.rows : table.cols;
    if (total !== undefined) return [total];
    const parts = foundParts(table, axis);
    return headers.flatMap((h, i) => (h.parent === null && h.kind !== 'total' && !parts.has(i) && h.bothRest === undefined ? [i] : []));
  };
  const rows = top('rows', rowTotal);
  const cols = top('cols', colTotal);
  const base = (of: Base['of'], cells: { row: number; col: number }[]): Base => ({
    of,
    cells,
    value: cells.reduce((s, c) => s + countOf(table.cells[c.row]![c.col]!), 0),
  });
  const out = [
    base(
      'row',
      cols.map((c) => ({ row, col: c })),
    ),
    base(
      'col',
      rows.map((r) => ({ row: r, col })),
    ),
    base(
      'table',
      rows.flatMap((r) => cols.map((c) => ({ row: r, col: c }))),
    ),
  ];
  // A sum found by arithmetic may hold by chance (なし 15 = 発熱 3 + 頭痛 12): the items it took out of the top level
  // are still a base a percentage may be a share of, and every base a published percentage fits is bounded by it.
  const plain = (axis: 'rows' | 'cols', total: number | undefined, found: number[]) => {
    const headers = axis === 'rows' ? table.rows : table.cols;
    if (total !== undefined && headers[total]!.kind === 'total') return found;
    return headers.flatMap((h, i) => (h.parent === null && h.kind !== 'total' ? [i] : []));
  };
  const allRows = plain('rows', rowTotal, rows);
  const allCols = plain('cols', colTotal, cols);
  if (allCols.join() !== cols.join())
    out.push(
      base(
        'row',
        allCols.map((c) => ({ row, col: c })),
      ),
    );
  if (allRows.join() !== rows.join())
    out.push(
      base(
        'col',
        allRows.map((r) => ({ row: r, col })),
      ),
    );
  if (allRows.join() !== rows.join() || allCols.join() !== cols.join())
    out.push(
      base(
        'table',
        allRows.flatMap((r) => allCols.map((c) => ({ row: r, col: c }))),
      ),
    );
  // The rows under a heading stating its N (「性別 (N=57)」): their sum in this column (the block's whole).
  for (const s of table.sums)
    if (s.heading && s.axis === 'rows' && s.parts.includes(row))
      out.push(
        base(
          'col',
          s.parts.map((r) => ({ row: r, col })),
        ),
      );
  // The rows under a heading stating its N over every group (「性別 (N=110)」, `Table.crossSums`): their sum in this column.
  for (const x of table.crossSums ?? [])
    if (x.rows.includes(row) && x.cols.includes(col))
      out.push(
        base(
          'col',
          x.rows.map((r) => ({ row: r, col })),
        ),
      );
  // The patients with a value (notes42, `Table.validBases`): the lines of the share's block less its 「不明」 line.
  for (const b of table.validBases ?? []) {
    const [self, across] = b.axis === 'rows' ? [row, col] : [col, row];
    if (b.at !== across || !b.lines.includes(self)) continue;
    const of = b.axis === 'rows' ? 'col' : 'row';
    out.push(
      base(
        of,
        b.lines.map((i) => (b.axis === 'rows' ? { row: i, col } : { row, col: i })),
      ),
    );
  }
  for (const n of [table.rows[row]!.denominator, table.cols[col]!.denominator, table.denominator]) {
    if (n !== undefined) out.push({ of: 'stated', cells: [], value: n });
  }
  return out;
}

/** The headers that are parts of a sum found by arithmetic that is itself top-level (so they are counted there). */
export function foundParts(table: Pick<Table, 'sums'>, axis: 'rows' | 'cols'): Set<number> {
  return new Set(table.sums.flatMap((s) => (s.axis === axis && s.header !== null && s.how !== 'total' && !s.alternative ? s.parts : [])));
}
