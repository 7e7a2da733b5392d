/**
 * The publication as linear constraints on whole numbers, the form the audit and the suppression work on. One
 * variable per count the input shows (cells of different tables that show the same count share one), the rows that
 * hold whatever is hidden (sums, relations to a stated N), and the rows a count's cell states while it is
 * published (the base its percentage was computed from, the N of its fraction). Every row holds for the true
 * counts, so the set of tables the system allows is never larger than what an attacker can narrow it to: a range
 * found here is at most as wide as the attacker's.
 */
import { cellId, countOf, equations } from './table.ts';
import type { Table } from './types.ts';

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
  /** The true count. */
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
export function normaliseRow(ids: readonly number[], coefs: readonly number[], lo: number, hi: number): Row {
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

/** What hiding a count costs: (value + 1) for each cell that shows it. */
export const costOf = (sys: System, v: number) => (sys.vars[v]!.value + 1) * Math.max(1, sys.vars[v]!.cells.length);

/** Σ coefs·value over a row. */
export const rowValue = (sys: System, row: Row) => row.ids.reduce((s, id, k) => s + row.coefs[k]! * sys.vars[id]!.value, 0);

/** The system of the tables of one input, and where each cell's count went. */
export interface Built {
  sys: System;
  /** cellVar[table][cell id] → variable, or -1 for a cell without a count (a bare percentage). */
  cellVar: number[][];
}

export interface BuildOptions {
  /** Published zeros are exempt: a zero is never hidden, and a hidden count is known to be at least 1. */
  zeroExempt: boolean;
}

/** One variable per count cell, one equation per sum of each count table. */
export function systemOf(tables: readonly Table[], options: BuildOptions): Built {
  const sys: System = { vars: [], rows: [] };
  const cellVar = tables.map((table, t) => {
    if (table.kind !== 'count') return table.cells.flat().map(() => -1);
    const ids = table.cells.flat().map((cell) => {
      const value = countOf(cell);
      sys.vars.push({
        value, cells: [{ table: t, id: cellId(table, cell.row, cell.col) }], stated: [],
        lb: options.zeroExempt && value >= 1 ? 1 : 0, hideable: value > 0 || !options.zeroExempt,
      });
      return sys.vars.length - 1;
    });
    for (const eq of equations(table)) {
      const at = eq.terms.map((term) => ids[cellId(table, term.row, term.col)]!);
      sys.rows.push(normaliseRow(at, eq.terms.map((term) => term.coef), 0, 0));
    }
    return ids;
  });
  return { sys, cellVar };
}
