/**
 * Shares under a written N (sigma10, issue #11: 「A percentage that is no whole count of its stated N is an input
 * error, not a row to skip」). A count's share 「n (p%)」 passed where it fit any base the table shows (read.ts
 * `checkPercentages`: its row's sum, its column's, the grand total, a stated N); so a share moved by 5 points could
 * pass beside a written N by fitting another line's sum — 6 (19.3%) under 「B群 (N=42)」 is 6 of 31, its row's sum,
 * not 14.3% of 42 — and the table was read with a share that is no share of its N. Here each share is checked against
 * the Ns written over it:
 * - its column's (row's) total cell written 「N (100%)」「N (100.0)」: the line's shares are of N by the table's words;
 * - an N written in its column's (row's) header 「(N=42)」, or for the table (title, corner), where every other share
 *   under it (not 0; one at least) is a whole count of it, or most of them (two at least): that N is proven the base
 *   of those shares.
 * A share that is a whole count of none of these Ns is an input error, refused naming the cell (`percent/not-whole`).
 * A share may still be of the N of the block it is in (a heading's N, 「性別 (N=57)」) or of the line it is part of
 * (an indented line, a うち line): those are taken as its base too.
 */
import { baseRange } from './cell.ts';
import { totalIndex } from './table.ts';
import type { Cell, Table } from './types.ts';

/** A share and the written Ns it is no whole count of. */
export interface WrittenMisfit {
  cell: Cell;
  /** The written Ns over it (each the base of its line's shares), and where each is written. */
  ns: WrittenN[];
}

/** An N written over shares: in a total line's cell (its text, 「78 (100%)」), a header's label, or the table's title / corner. */
export interface WrittenN {
  n: number;
  where: 'total' | 'header' | 'table';
  /** The total line's or the header's label, with the total cell's text (total). */
  label?: string;
  text?: string;
}

const shareOf = (c: Cell) =>
  c.value.kind === 'count' && c.value.percent !== undefined && c.value.rate === undefined ? c.value : undefined;
const fits = (c: Cell, n: number) => {
  const v = shareOf(c)!;
  return baseRange(v.n, v.percent!, v.decimals ?? 0, n) !== undefined;
};

export function writtenMisfits(table: Table): WrittenMisfit[] {
  if (table.kind !== 'count') return [];
  const rowTotal = totalIndex(table, 'rows');
  const colTotal = totalIndex(table, 'cols');
  // A total line's own 「N (100%)」 cells state their lines' Ns (a row of column totals under a grand total 「350
  // (100.0%)」): no share of another line's N.
  const own100 = (c: Cell) => shareOf(c)!.percent === 100 && (c.row === rowTotal || c.col === colTotal);
  const shares = table.cells.flat().filter((c) => shareOf(c) !== undefined && !own100(c));
  if (shares.length < 2) return [];
  /** A share that proves a base: not 0 (0% is a share of every N). */
  const proves = (c: Cell) => shareOf(c)!.n > 0;
  // The written Ns of each line and of the table, each with the cells under it.
  const lines: (WrittenN & { under: Cell[]; explicit: boolean })[] = [];
  const isShare = new Set(shares);
  const cellsOf = (axis: 'rows' | 'cols', i: number) =>
    (axis === 'cols' ? table.cells.map((r) => r[i]!) : table.cells[i]!).filter((c) => c !== undefined && isShare.has(c));
  for (const axis of ['rows', 'cols'] as const) {
    const [own, total] = axis === 'cols' ? [table.cols, rowTotal] : [table.rows, colTotal];
    own.forEach((h, i) => {
      const under = cellsOf(axis, i);
      if (total !== undefined) {
        const t = axis === 'cols' ? table.cells[total]?.[i] : table.cells[i]?.[total];
        const v = t?.value.kind === 'count' && t.value.percent !== undefined && t.value.rate === undefined ? t.value : undefined;
        if (v && v.percent === 100 && v.n > 0)
          lines.push({
            n: v.n,
            where: 'total',
            label: (axis === 'cols' ? table.rows[total] : table.cols[total])!.label,
            text: t!.text,
            under: under.filter((c) => c !== t),
            explicit: true,
          });
      }
      if (h.denominator !== undefined && h.denominator > 0 && h.denominatorFrom === undefined)
        lines.push({ n: h.denominator, where: 'header', label: h.label, under, explicit: false });
    });
  }
  if (table.denominator !== undefined && table.denominator > 0)
    lines.push({ n: table.denominator, where: 'table', under: shares, explicit: false });
  // The Ns proven the base of their shares, per cell.
  const over = new Map<Cell, WrittenN[]>();
  for (const l of lines) {
    if (!l.explicit) {
      // Proven: every share under it but one fits it (one at least), or most do (two at least): the N is the base.
      const proof = l.under.filter(proves);
      const fit = proof.filter((c) => fits(c, l.n)).length;
      if (!((fit >= 1 && fit >= proof.length - 1) || (fit >= 2 && fit > proof.length - fit))) continue;
    }
    const { under, explicit, ...n } = l;
    void explicit;
    for (const c of under) over.set(c, [...(over.get(c) ?? []), n]);
  }
  if (over.size === 0) return [];
  // The other bases a share may be of: the N of the block it is in (a heading's), the line it is part of.
  const count = (r: number, c: number) => {
    const v = table.cells[r]?.[c]?.value;
    return v?.kind === 'count' ? v.n : undefined;
  };
  const own = (c: Cell): number[] => {
    const out: number[] = [];
    for (const s of table.sums)
      if (s.heading && s.axis === 'rows' && s.parts.includes(c.row)) out.push(s.parts.reduce((a, r) => a + (count(r, c.col) ?? 0), 0));
    for (const x of table.crossSums ?? [])
      if (x.rows.includes(c.row) && x.cols.includes(c.col)) out.push(x.rows.reduce((a, r) => a + (count(r, c.col) ?? 0), 0));
    const pr = table.rows[c.row]!.parent;
    if (pr !== null && pr !== rowTotal) out.push(count(pr, c.col) ?? 0);
    const pc = table.cols[c.col]!.parent;
    if (pc !== null && pc !== colTotal) out.push(count(c.row, pc) ?? 0);
    return out.filter((n) => n > 0);
  };
  const out: WrittenMisfit[] = [];
  for (const [c, ns] of over) {
    if (ns.some((x) => fits(c, x.n))) continue;
    if (own(c).some((n) => fits(c, n))) continue;
    out.push({ cell: c, ns });
  }
  return out.sort((a, b) => a.cell.row - b.cell.row || a.cell.col - b.cell.col);
}
