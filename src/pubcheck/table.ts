/**
 * The table algebra every step shares: cell ids, the sums that hold between cells, the count a cell carries, the
 * denominator of a bare percentage.
 */
import type { Cell, Equation, Table } from './types.ts';

/** A cell's id: row × number of columns + col. */
export const cellId = (table: Pick<Table, 'cols'>, row: number, col: number) => row * table.cols.length + col;

/** The sums that hold in a table: each total or subtotal equals its parts, in every row and column. */
export function equations(table: Pick<Table, 'rows' | 'cols'>): Equation[] {
  const eqs: Equation[] = [];
  table.rows.forEach((h, r) => {
    if (h.children.length === 0) return;
    table.cols.forEach((_, c) => {
      eqs.push({
        along: 'rows', header: r, at: c,
        terms: [{ row: r, col: c, coef: -1 }, ...h.children.map((k) => ({ row: k, col: c, coef: 1 as const }))],
      });
    });
  });
  table.cols.forEach((h, c) => {
    if (h.children.length === 0) return;
    table.rows.forEach((_, r) => {
      eqs.push({
        along: 'cols', header: c, at: r,
        terms: [{ row: r, col: c, coef: -1 }, ...h.children.map((k) => ({ row: r, col: k, coef: 1 as const }))],
      });
    });
  });
  return eqs;
}

/** The count a cell carries (0 for a bare percentage, which takes part in no sum). */
export function countOf(cell: Cell): number {
  return cell.value.kind === 'count' ? cell.value.n : 0;
}

/** The denominator for a bare percentage: the column header's `(N=…)`, else the row header's. */
export function denominatorOf(table: Pick<Table, 'rows' | 'cols'>, row: number, col: number): number | undefined {
  return table.cols[col]!.denominator ?? table.rows[row]!.denominator;
}
