/**
 * 一次秘匿 — which cells may not be published as they are: counts under a small-cell rule's threshold (with the
 * rule's treatment of 0), denominators under it, and percentages whose denominator reveals such a count.
 */
import { countsForPercent } from './cell.ts';
import { blockRests } from './rests.ts';
import type { SmallCellValues } from './rules.ts';
import { bases, cellId, denominatorOf, foundParts, saysSeveralAnswers, topLevel, totalIndex } from './table.ts';
import type { PrimaryFinding, PrimaryResult, Table } from './types.ts';

/** A small-cell rule with the values it has for the version used (rules.ts: smallCellCheckFor). */
export interface SmallCellCheck extends SmallCellValues {
  /** Whether the rule applies to this publication (its `appliesWhen`). */
  applies: boolean;
}

/** Is `n` a small count under this rule? */
function small(check: SmallCellCheck, n: number): boolean {
  const threshold = check.threshold.value as number;
  if (n >= threshold) return false;
  return !(n === 0 && check.zeroExempt?.value === true);
}

/**
 * In a count table, what a stated N counts beyond the cells it is the N of (its column's, its row's or the whole
 * table's items): N=31 over items adding up to 28 publishes 3 patients the table leaves out (unknown, excluded).
 * Undefined when there is no N, the table holds percentages, or N is not above the sum (N=0 difference is a sum).
 */
function leftOut(table: Table, axis: 'row' | 'col' | 'table', index: number, n: number | undefined): number | undefined {
  if (n === undefined || table.kind !== 'count') return undefined;
  const of = axis === 'row' ? 'row' : axis === 'col' ? 'col' : 'table';
  const base = bases(table, axis === 'row' ? index : 0, axis === 'col' ? index : 0).find((b) => b.of === of)!;
  return n > base.value ? n - base.value : undefined;
}

/**
 * totals18: a line read both ways beside an N stated per position (group Ns 「A群 (N=110)」, a line of sizes): each
 * position's N less the line's cell there, the patients of that group a reader who takes the line for the total has as
 * left out of the table.
 */
function leftOutOfBothPositions(
  table: Table,
): { axis: 'row' | 'col'; index: number; label: string; denominator: number; rest: number; both: string }[] {
  if (table.kind !== 'count') return [];
  return (['row', 'col'] as const).flatMap((axis) => {
    const lines = axis === 'row' ? table.rows : table.cols;
    const across = axis === 'row' ? table.cols : table.rows;
    return lines.flatMap((h) => {
      if (h.bothRest === undefined) return [];
      const line = h.bothRest;
      return across.flatMap((p, k) => {
        const v = (axis === 'row' ? table.cells[line]?.[k] : table.cells[k]?.[line])?.value;
        if (p.denominator === undefined || v === undefined || v.kind !== 'count' || p.denominator <= v.n) return [];
        return [
          {
            axis: axis === 'row' ? ('col' as const) : ('row' as const),
            index: k,
            label: p.label,
            denominator: p.denominator,
            rest: p.denominator - v.n,
            both: lines[line]!.label,
          },
        ];
      });
    });
  });
}

/**
 * totals16: a line read as a total and as an item at once (overtotal.ts `readBoth`) under the table's N (title,
 * corner): read as the total, the line counts the table's patients, and the N less the line is the patients the table
 * leaves out (N=55 over 「Semua 53」: 2), a count a reader who takes the line for the total has whatever the items are
 * (`leftOut` reads the line as an item: the N less every printed line). Each such line whose sum is under the N.
 */
function leftOutOfBoth(table: Table): { denominator: number; rest: number; both: string; bothCol?: string }[] {
  // totals41: or the N written as the table's that read.ts placed on a line whose printed sum it is (`Table.writtenN`):
  // a reader who takes a line read both ways for a total takes that N for the table's.
  const n = table.denominator ?? table.writtenN;
  if (n === undefined || table.kind !== 'count') return [];
  const out: { denominator: number; rest: number; both: string; bothCol?: string }[] = [...table.rows, ...table.cols].flatMap((h) => {
    if (h.bothRest === undefined) return [];
    const axis = table.rows.includes(h) ? 'row' : 'col';
    const line = (axis === 'row' ? table.rows : table.cols)[h.bothRest]!;
    const base = bases(table, axis === 'row' ? h.bothRest : 0, axis === 'col' ? h.bothRest : 0).find((b) => b.of === axis)!;
    return n > base.value ? [{ denominator: n, rest: n - base.value, both: line.label }] : [];
  });
  // A row and a column both read so (overtotal.ts `cornerOf` ≥ 0): read as totals both, their common cell is the
  // table's whole, and the N less it is left out too.
  const row = table.rows.find((h) => h.bothRest !== undefined)?.bothRest;
  const col = table.cols.find((h) => h.bothRest !== undefined)?.bothRest;
  if (row !== undefined && col !== undefined) {
    const v = table.cells[row]![col]!.value;
    const whole = v.kind === 'count' ? v.n : undefined;
    if (whole !== undefined && n > whole)
      out.push({ denominator: n, rest: n - whole, both: table.rows[row]!.label, bothCol: table.cols[col]!.label });
  }
  return out;
}

/**
 * In a table of percentages, what a stated N leaves out of the counts its line's percentages stand for (adversary18:
 * 「A群 (N=53)」 over 男性 24.5% and 女性 69.8% shows 13 + 37 = 50 of 53, 3 patients of unknown sex — the same as 13
 * and 37 under N=53 in a count table, `leftOut`, which found it; the percentages passed as they were). A line is a
 * column with its N (or every column under the table's one N where there is one item column), a row with its N (no
 * column stating one), or the whole table under the table's N where the percentages are of that N in every cell (%
 * of the total). Its items are the line's top-level cells (totals and parts of sums found by arithmetic left out), each the range of counts its rounding allows; the rest is N less their sum, a range. Only
 * where N passes what the items can hold (a line past N — several answers — says nothing of a rest).
 */
function leftOutShares(
  table: Table,
): { axis: 'row' | 'col' | 'table'; index: number; label: string; denominator: number; lo: number; hi: number }[] {
  if (table.kind !== 'percent' || saysSeveralAnswers(table)) return [];
  const out: { axis: 'row' | 'col' | 'table'; index: number; label: string; denominator: number; lo: number; hi: number }[] = [];
  const rest = (cells: readonly { row: number; col: number }[], n: number) => {
    let lo = 0;
    let hi = 0;
    for (const { row, col } of cells) {
      const v = table.cells[row]![col]!.value;
      // Each cell the counts its percentage allows of its own base: of the line's N, or (row percentages under columns
      // stating an N, or column percentages beside rows stating one) of the other axis's N (rowpct).
      const base = denominatorOf(table, row, col);
      if (v.kind !== 'percent' || base === undefined) return undefined;
      const r = countsForPercent(v.percent, v.decimals, base);
      if (r.lo > r.hi) return undefined;
      lo += r.lo;
      hi += r.hi;
    }
    return cells.length === 0 || lo > n ? undefined : { lo: n - hi, hi: n - lo };
  };
  // The top-level items of an axis (a subtotal with its parts under it too), a part of a sum found by arithmetic left
  // out (the sum kept), a total left out (labelled, or found by arithmetic: 「Σ」):
  // what the items leave out of N is the rest, whether or not a total prints their sum.
  const items = (hs: readonly { kind: string; parent: number | null }[], parts: ReadonlySet<number>, total: number | undefined) =>
    topLevel(hs).filter((i) => i !== total && !parts.has(i));
  const push = (axis: 'row' | 'col' | 'table', index: number, label: string, n: number, cells: { row: number; col: number }[]) => {
    const r = rest(cells, n);
    if (r !== undefined) out.push({ axis, index, label, denominator: n, ...r });
  };
  const rows = items(table.rows, foundParts(table, 'rows'), totalIndex(table, 'rows'));
  const cols = items(table.cols, foundParts(table, 'cols'), totalIndex(table, 'cols'));
  const colNs = cols.some((c) => table.cols[c]!.denominator !== undefined);
  const rowNs = rows.some((r) => table.rows[r]!.denominator !== undefined);
  if (rows.length === 0 || cols.length === 0) return [];
  for (const c of cols) {
    const n = table.cols[c]!.denominator ?? (cols.length === 1 && !rowNs ? table.denominator : undefined);
    if (n !== undefined)
      push(
        'col',
        c,
        table.cols[c]!.label,
        n,
        rows.map((row) => ({ row, col: c })),
      );
  }
  // A row's N beside columns stating theirs too: what the row's counts leave out of it (rowpct; before, not looked at).
  for (const r of rows) {
    const n = table.rows[r]!.denominator;
    if (n !== undefined)
      push(
        'row',
        r,
        table.rows[r]!.label,
        n,
        cols.map((col) => ({ row: r, col })),
      );
  }
  if (!colNs && !rowNs && cols.length > 1 && table.denominator !== undefined)
    push(
      'table',
      -1,
      table.title ?? table.corner,
      table.denominator,
      rows.flatMap((row) => cols.map((col) => ({ row, col }))),
    );
  return out;
}

/**
 * Lines of several answers per patient whose N is stated (a Table 1 of characteristics: 95.0% of N = 40 beside 50.0%,
 * or counts with an N in the title): each cell's complement, N less its count (2 without hypertension), is a count
 * of patients the table publishes without a cell. A cell whose complement is small must be hidden. Every line with
 * an N is one of several answers, its counts adding up past its N or not (a column whose answers happen to add up
 * under its N says its complements all the same). Only in tables said to be of several answers (複数回答 in the title or corner): elsewhere rests.ts reads the blocks of rows and refuses a row
 * whose complement is small; count tables with each column's N in its header are read with their complements as
 * lines (ofwhich.ts, `ns`) and are left out.
 * Hiding the cell leaves its complement unknown where no sum holds the cell (a table of several answers has none
 * unless found by arithmetic); the audit checks the cell's own range, not its complement's (README limits).
 */
function complements(table: Table, check: SmallCellCheck, t: number, add: (id: number, f: PrimaryFinding) => void): void {
  // Elsewhere rests.ts reads the rows' blocks and refuses a row alone whose complement is small (a blocking finding,
  // with how to write the table); a table said to count a patient in several rows (複数回答) it does not read.
  if (table.rows.some((h) => h.ns) || !saysSeveralAnswers(table)) return;
  // Each line of the first level that is no total: 「高血圧」 with 「うち重症」 under it (ofwhich.ts) is a subtotal of
  // うち重症 and its rest, and still one of the several answers (40 − 38 = 2 without hypertension), its parts not.
  const items = topLevel;
  // Rows whose complement is a line of ours (ofwhich.ts `markedComplements`: the row and it a breakdown of N) are
  // checked as counts, that line with them.
  const covered = new Set(
    table.sums.flatMap((s) => (s.axis === 'rows' && s.header === null && s.parts.some((p) => table.rows[p]!.rest) ? s.parts : [])),
  );
  const rows = items(table.rows).filter((r) => !covered.has(r));
  const cols = items(table.cols);
  const range = (r: number, c: number, n: number) => {
    const v = table.cells[r]![c]!.value;
    return v.kind === 'count' ? { lo: v.n, hi: v.n } : countsForPercent(v.percent, v.decimals, n);
  };
  const lines: { n: number; cells: { r: number; c: number }[] }[] = [];
  for (const c of cols) {
    const n = table.cols[c]!.denominator ?? (rows.every((r) => table.rows[r]!.denominator === undefined) ? table.denominator : undefined);
    if (n !== undefined) lines.push({ n, cells: rows.map((r) => ({ r, c })) });
  }
  for (const r of rows) {
    const n = table.rows[r]!.denominator;
    if (n !== undefined && cols.every((c) => table.cols[c]!.denominator === undefined))
      lines.push({ n, cells: cols.map((c) => ({ r, c })) });
  }
  for (const { n, cells } of lines) {
    // Every line of a table said to be of several answers, whether or not its own counts add up past its N (a column
    // of 2.7%, 0.0%, 0.0%, 87.8% of 74 adds up to 67 and still says 9 without 腎疾患: combo seed 50).
    if (cells.length < 2) continue;
    for (const { r, c } of cells) {
      const { lo, hi } = range(r, c, n);
      if (lo > hi || hi > n) continue;
      const [restLo, restHi] = [n - hi, n - lo];
      if (restLo >= t || (restHi === 0 && check.zeroExempt?.value === true)) continue;
      const counts = restLo === restHi ? `${restLo}` : `${restLo}〜${restHi}`;
      add(cellId(table, r, c), {
        rule: check.rule.id,
        via: 'complement',
        n,
        message: `N ${n} からこのセルの${table.kind === 'percent' ? '割合が表す' : ''}数を引くと、当てはまらない患者が ${counts} 人と分かり、閾値 ${t} 未満を含みます（行の和が N を超えるため、1人を複数の行に数える表と読みました。チェッカーの判断）`,
      });
    }
  }
}

export function primary(table: Table, checks: readonly SmallCellCheck[]): PrimaryResult {
  const result: PrimaryResult = { findings: new Map(), notApplied: new Map(), headers: [], exemptZeros: 0 };
  const zeros = new Set<number>();
  for (const check of checks) {
    const t = check.threshold.value as number;
    const into = check.applies ? result.findings : result.notApplied;
    const add = (id: number, f: PrimaryFinding) => into.set(id, [...(into.get(id) ?? []), f]);
    for (const cell of table.cells.flat()) {
      const id = cellId(table, cell.row, cell.col);
      const v = cell.value;
      if (v.kind === 'count') {
        if (small(check, v.n)) add(id, { rule: check.rule.id, via: 'count', message: `患者数 ${v.n} は閾値 ${t} 未満です` });
        else if (v.n === 0 && check.applies) zeros.add(id);
        if (v.denominator !== undefined && small(check, v.denominator)) {
          add(id, { rule: check.rule.id, via: 'denominator', message: `分母 ${v.denominator} は閾値 ${t} 未満です` });
        }
        continue;
      }
      const denominator = denominatorOf(table, cell.row, cell.col);
      if (denominator === undefined) continue;
      const { lo, hi } = countsForPercent(v.percent, v.decimals, denominator);
      if (lo > hi) continue;
      if (lo === 0 && hi === 0 && check.zeroExempt?.value === true) {
        if (check.applies) zeros.add(id);
        continue;
      }
      if (lo < t) {
        const counts = lo === hi ? `${lo}` : `${lo}〜${hi}`;
        add(id, {
          rule: check.rule.id,
          via: 'percent',
          message: `割合 ${v.percent}% と分母 ${denominator} から患者数が ${counts} と分かり、閾値 ${t} 未満を含みます`,
        });
      }
    }
    complements(table, check, t, add);
    if (!check.applies) continue;
    for (const [axis, headers] of [
      ['row', table.rows],
      ['col', table.cols],
    ] as const) {
      headers.forEach((h, index) => {
        if (h.denominator !== undefined && small(check, h.denominator)) {
          result.headers.push({ rule: check.rule.id, axis, index, label: h.label, denominator: h.denominator });
          return;
        }
        const rest = leftOut(table, axis, index, h.denominator);
        if (rest !== undefined && small(check, rest))
          result.headers.push({ rule: check.rule.id, axis, index, label: h.label, denominator: h.denominator!, rest });
      });
    }
    // What an N leaves out of one block of its line (Table 1: 男性 and 女性 under N=57, besides other blocks).
    for (const b of blockRests(table, t))
      result.headers.push({
        rule: check.rule.id,
        axis: b.axis,
        index: b.index,
        label: b.label,
        denominator: b.denominator,
        rest: b.rest.lo,
        block: { labels: b.block, how: b.how, lo: b.rest.lo, hi: b.rest.hi },
      });
    // The same in a table of percentages: what its N leaves out of the counts its percentages stand for.
    for (const f of leftOutShares(table))
      if (f.lo >= 1 && small(check, f.hi)) result.headers.push({ rule: check.rule.id, ...f, rest: f.lo, shares: { lo: f.lo, hi: f.hi } });
    // totals18: each position's N less a line read both ways (a finding on that N where small).
    for (const f of leftOutOfBothPositions(table))
      if (small(check, f.rest) && !result.headers.some((h) => h.axis === f.axis && h.index === f.index && h.rest === f.rest))
        result.headers.push({ rule: check.rule.id, ...f });
    const label = table.title ?? table.corner;
    if (table.denominator !== undefined && small(check, table.denominator)) {
      // The table's N (全3例, N=3) is itself a count under the threshold, published in the title.
      result.headers.push({ rule: check.rule.id, axis: 'table', index: -1, label, denominator: table.denominator });
      continue;
    }
    const rest = leftOut(table, 'table', -1, table.denominator);
    if (rest !== undefined && small(check, rest)) {
      result.headers.push({ rule: check.rule.id, axis: 'table', index: -1, label, denominator: table.denominator!, rest });
    }
    // Said once: a table of one column has it already as what the column's N leaves out of the line alone (rests.ts).
    for (const f of leftOutOfBoth(table))
      if (
        small(check, f.rest) &&
        !result.headers.some((h) => h.block?.labels.length === 1 && h.block.labels[0] === f.both && h.rest === f.rest)
      )
        result.headers.push({ rule: check.rule.id, axis: 'table', index: -1, label, ...f });
  }
  for (const id of result.findings.keys()) zeros.delete(id);
  result.exemptZeros = zeros.size;
  return result;
}
