/**
 * Group sizes written inside a percentage table (issue #11): a line of counts under percentage columns — a total row
 * 「合計 30 40」, a row 「N」 「n」 「人数」 — or an N on the total row's label, 「合計 (N=120)」. Each is read as the base
 * of those percentages (the cells then stand for counts of that base, and a breakdown adding up to 100% is an
 * equation of it, system.ts), or the table is refused saying what to write instead. Never left unused: a group size
 * is what turns 10.0% into 3 patients.
 */
import { countsForPercent, normalise, wholeCountOf } from './cell.ts';
import { countText, LONE_COUNT } from './header.ts';
import { plainKey, SIZE_IN_BRACKETS } from './labels.ts';
import { denominatorOf, lineCells, topLevel } from './table.ts';
import type { Cell, Header, Table } from './types.ts';
import { quote } from './quote.ts';

/** Labels of a line that gives group sizes (besides a total: 合計, Total …, read by header.ts). */
const SIZE_LABELS = new Set([
  'n',
  '人数',
  '例数',
  '患者数',
  '症例数',
  '対象者数',
  '対象数',
  '件数',
  '母数',
  '分母',
  '解析対象数',
  '解析対象',
  '解析対象者数',
  '登録数',
  '登録例数',
  'base',
  // attack27: in English and other languages (「Number of patients 48 | 61」 over items adding up to 45 | 56 was an
  // item, its 3 unprinted patients published). Not 「Patients」「Cases」 alone: categories beside 「Controls」 as often.
  'no.',
  'number',
  'numberofpatients',
  'numberofsubjects',
  'numberofparticipants',
  'numberofcases',
  'no.ofpatients',
  'noofpatients',
  'anzahl',
  'anzahlpatienten',
  'effectif',
  'nombredepatients',
  '病例数',
  '患者人数',
  '환자수',
]);

/** A line of counts (a row, or a column) in a table of bare percentages: the sizes of the groups across it. */
export interface SizeLine {
  /** `rows`: a row of sizes, one per column (column percentages); `cols`: a column of sizes, one per row. */
  axis: 'rows' | 'cols';
  /** Index of the line (row or column) among its headers. */
  index: number;
  label: string;
  /**
   * The size under each header across it (columns for a row), in order; a total's too (tableone's 「Overall」 n, 患者数 on
   * a 合計 row: the base of the total's shares, left unread before and the table refused, branch attack15).
   */
  sizes: (number | undefined)[];
  /** The line's cells as written, across (published as they are: the report shows them in the table). */
  texts: string[];
  line: number;
}

/** A label that names a group size: N, n, 人数, 症例数, 解析対象数 … */
export const isSizeName = (label: string) => SIZE_LABELS.has(plainKey(label));
const isSizeLabel = (h: Header) => h.kind === 'total' || isSizeName(h.label);

/** A cell holding a plain count: no percentage, no fraction. */
const plain = (c: Cell) => c.value.kind === 'count' && c.value.percent === undefined && c.value.denominator === undefined;
const countIn = (c: Cell) => (c.value as { n: number }).n;

/**
 * The one row (column) of plain counts that `fits` takes for a line of sizes, as a SizeLine; undefined when there is
 * none, or more than one (which of them would be the sizes cannot be told).
 */
function onlySizeLine(
  rows: readonly Header[],
  cols: readonly Header[],
  cells: readonly Cell[][],
  fits: (axis: 'rows' | 'cols', i: number, headers: readonly Header[]) => boolean,
): SizeLine | undefined {
  const found: SizeLine[] = [];
  for (const axis of ['rows', 'cols'] as const) {
    const headers = axis === 'rows' ? rows : cols;
    headers.forEach((h, i) => {
      const line = lineCells(cells, axis, i);
      if (!line.every(plain) || !fits(axis, i, headers)) return;
      found.push({
        axis,
        index: i,
        label: h.label,
        sizes: line.map((c) => countIn(c)),
        texts: line.map((c) => c.text),
        line: line[0]!.line,
      });
    });
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The line of sizes of a table whose other cells are all bare percentages: one row (column) whose every cell is a
 * plain count and whose label is a total or names a size (N, n, 人数 …), beside two lines of percentages at least
 * (a count column 「n」 beside one column 「%」 is a count and its share, refused as a mixed table). Undefined when
 * there is none.
 */
export function sizeLine(rows: readonly Header[], cols: readonly Header[], cells: readonly Cell[][]): SizeLine | undefined {
  return onlySizeLine(rows, cols, cells, (axis, i, headers) => {
    // Two lines of percentages at least: a count beside one percentage (「n」「%」) is a count and its share.
    if (!isSizeLabel(headers[i]!) || headers.length < 3) return false;
    const rest = cells.flat().filter((c) => (axis === 'rows' ? c.row !== i : c.col !== i));
    return rest.length > 0 && rest.every((c) => c.value.kind === 'percent');
  });
}

/** The lines of an axis that are items under no other line. */
const topItemsOf = (headers: readonly Header[]) => headers.flatMap((g, j) => (g.parent === null && g.kind === 'item' ? [j] : []));

/**
 * A line of group sizes in a count table (「N」「症例数」「解析対象数」 over the counts, or a column of them) that is not
 * the sum of the other lines: a reader takes it for each group's N all the same — 「N 28」 over 「あり」 hidden and
 * 「なし」 20 shows あり ≤ 8 — so it is read as the N of each column (row), as if written 「A (N=28)」 (read.ts).
 * A line that is their sum stays a line (a total, sums.ts).
 */
export function countSizeLine(rows: readonly Header[], cols: readonly Header[], cells: readonly Cell[][]): SizeLine | undefined {
  if (!cells.flat().every((c) => c.value.kind === 'count')) return undefined;
  const at = (axis: 'rows' | 'cols', i: number, k: number) => countIn(axis === 'rows' ? cells[i]![k]! : cells[k]![i]!);
  // The top-level items of each axis, found once (per line, they made 2,000 rows take 4 million steps).
  const topItems = { rows: topItemsOf(rows), cols: topItemsOf(cols) };
  return onlySizeLine(rows, cols, cells, (axis, i, headers) => {
    const h = headers[i]!;
    if (h.kind !== 'item' || h.parent !== null || !isSizeName(h.label)) return false;
    const others = topItems[axis].filter((j) => j !== i);
    if (others.length === 0) return false;
    const across = axis === 'rows' ? cols : rows;
    return !across.every((_, k) => at(axis, i, k) === others.reduce((x, j) => x + at(axis, j, k), 0));
  });
}

/** Why a table's written sizes cannot be read as the bases of its percentages: a message and what to do, or ok. */
export type SizeReading =
  { ok: true; note?: string } | { ok: false; code?: string; message: string; hint: string; row?: string; col?: string };

const adds = (cells: readonly Cell[]) => {
  const sum = cells.reduce((s, c) => s + (c.value.kind === 'percent' ? c.value.percent : 0), 0);
  const slack = cells.reduce((s, c) => s + (c.value.kind === 'percent' ? 0.5 * 10 ** -c.value.decimals : 0), 0);
  return cells.length > 1 && Math.abs(sum - 100) <= slack + 1e-9;
};

/** The top-level items of an axis (totals and subtotals' parts left out of a breakdown). */
const items = topLevel;

/**
 * Sets the bases a line of sizes gives (already taken out of `table`): each column's N from a row of sizes, each
 * row's from a column. Refused where the percentages add up to 100% the other way (row percentages under a row of
 * column sizes), or where a header already states another N.
 */
export function applySizeLine(table: Table, line: SizeLine): SizeReading {
  const [headers, other] = line.axis === 'rows' ? [table.cols, table.rows] : [table.rows, table.cols];
  const lineOf = (i: number) => lineCells(table.cells, line.axis === 'rows' ? 'cols' : 'rows', i);
  const across = (i: number) => lineCells(table.cells, line.axis, i);
  const what = line.axis === 'rows' ? '列' : '行';
  const otherWhat = line.axis === 'rows' ? '行' : '列';
  const mine = items(other);
  const theirs = items(headers);
  // Column sizes fit column percentages: each column's items add up to 100% (not required: several answers may
  // be counted); the rows' adding up instead says the percentages are of the rows.
  const pos = (c: Cell, axis: 'rows' | 'cols') => (axis === 'rows' ? c.row : c.col);
  const otherAxis = line.axis === 'rows' ? 'cols' : 'rows';
  const ownWay = theirs.length > 0 && theirs.every((i) => adds(lineOf(i).filter((c) => mine.includes(pos(c, line.axis)))));
  const otherWay = mine.length > 0 && mine.every((i) => adds(across(i).filter((c) => theirs.includes(pos(c, otherAxis)))));
  if (!ownWay && otherWay) {
    return {
      ok: false,
      message: `${otherWhat}${quote(line.label)}の数は${what}ごとの人数のようですが、割合は${otherWhat}ごとに 100% になっていて、どの人数に対する割合か分かりません`,
      hint: `割合の分母を、${otherWhat}の見出しに「（見出し） (N=…)」の形で書いてください`,
      ...(line.axis === 'rows' ? { row: line.label } : { col: line.label }),
    };
  }
  for (const [k, h] of headers.entries()) {
    const n = line.sizes[k];
    if (n === undefined) continue;
    if (h.denominator !== undefined && h.denominator !== n) {
      return {
        ok: false,
        message: `${what}${quote(h.label)}の N=${h.denominator} と、${otherWhat}${quote(line.label)}の ${n} が違います`,
        hint: 'どちらが割合の分母か分かるよう、どちらかを直してください',
        ...(line.axis === 'rows' ? { col: h.label, row: line.label } : { row: h.label, col: line.label }),
      };
    }
    h.denominator = n;
  }
  const shown = line.sizes.flatMap((n, k) => (n === undefined ? [] : [`${quote(headers[k]!.label)}${n}`])).join('、');
  return {
    ok: true,
    note: `${otherWhat}${quote(line.label)}の数（${shown}）を、${what}ごとの割合の分母（N）として読み、確かめました（推定）${ownWay ? '' : '。割合は' + what + 'ごとに 100% になっていませんが、複数回答の表として読みました'}`,
  };
}

/**
 * An N on the label of a percentage table's total row (column) — 「合計 (N=120)」 — is the base of the percentages:
 * of the only column (row) of items; or of the whole table where the total line's shares add up to 100%. Otherwise
 * (every column 100%, two groups or more) it is the sum of the groups' sizes, which leaves each group's size unknown:
 * refused. Undefined when the table has no such N.
 */
export function readTotalN(table: Table): SizeReading | undefined {
  for (const axis of ['rows', 'cols'] as const) {
    const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    const t = own.findIndex((h) => h.kind === 'total' && h.denominator !== undefined);
    if (t < 0) continue;
    const n = own[t]!.denominator!;
    const label = own[t]!.label;
    const groups = items(across);
    const what = axis === 'rows' ? '列' : '行';
    const place = axis === 'rows' ? { row: label } : { col: label };
    if (groups.length === 1) {
      const g = across[groups[0]!]!;
      if (g.denominator !== undefined && g.denominator !== n) {
        return {
          ok: false,
          message: `${quote(label)}の N=${n} と${what}${quote(g.label)}の N=${g.denominator} が違います`,
          hint: 'どちらかを直してください',
          ...place,
        };
      }
      g.denominator = n;
      return { ok: true, note: `${quote(label)}の N=${n} を、${what}${quote(g.label)}の割合の分母として読み、確かめました（推定）` };
    }
    const line = groups.map((k) => (axis === 'rows' ? table.cells[t]![k]! : table.cells[k]![t]!));
    if (adds(line) && table.denominator === undefined) {
      table.denominator = n;
      return { ok: true, note: `${quote(label)}の N=${n} を、表全体の割合の分母として読み、確かめました（推定）` };
    }
    if (table.denominator === n || groups.every((k) => across[k]!.denominator !== undefined)) return undefined;
    // The total's N the sum of its own axis's Ns, every one stated (「合計 (n=150)」 beside 54, 50 and 46): the N of the
    // total line's own shares, as each group's N is of its line's (combo: refused before, `percent/sizes`).
    const siblings = items(own);
    if (
      siblings.length >= 2 &&
      siblings.every((k) => own[k]!.denominator !== undefined) &&
      siblings.reduce((s, k) => s + own[k]!.denominator!, 0) === n
    )
      return undefined;
    return {
      ok: false,
      message: `${quote(label)}の N=${n} は${what}の人数の和のようですが、${what}ごとの人数が分からないため、割合がどの人数に対するものか分かりません`,
      hint: `${what}ごとの分母を、${what}の見出しに${quote(`${across[groups[0]!]!.label} (N=…)`)}の形で書くか、人数の行（「N」や「合計」の行に各${what}の人数）を加えてください`,
      ...place,
    };
  }
  return undefined;
}

/**
 * A bare number in brackets closing a percentage table's header (「A群（28）」 over 10.7%, 「男性 [30]」 beside its row's
 * shares): a reader takes it for the group's N, as 「A群 (N=28)」, where every percentage under (beside) it is a whole
 * count of it within rounding (the fit test of a stated N, cell.ts `wholeCountOf`) — 10.7% of 28 is 3. Read so
 * (`Header.sizeInLabel`: across tables the group is 「A群」, labels.ts `headerKey`). Where both axes have such numbers
 * that fit, for every item of both, both are read, and which the percentages are of is readPercentAxis's, as for Ns
 * stated on both axes (the corner or the title, else `percent/two-bases`: checked under both readings, bracketpct;
 * before, the axis whose shares add up to 100% was taken); where one axis only has one for every item, that axis (none
 * where neither does). Where one axis only has them: never where the shares add up to 100% the other way only (row
 * shares under column numbers), nor where the table or the other axis states an N already. A number that does not fit
 * stays part of the label (a numbering, 「薬剤（1）」);
 * the percentages then have no N and check.ts says how to write one. Undefined when nothing is read.
 */
export function readBracketNs(table: Table): SizeReading | undefined {
  if (table.denominator !== undefined) return undefined;
  const fits = (n: number, cells: readonly Cell[]) => n > 0 && cells.every((c) => c.value.kind !== 'percent' || wholeCountOf(n, c.value));
  const plan = (axis: 'rows' | 'cols') => {
    const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    const parts = items(across);
    const taken = own.flatMap((h, i) => {
      // Or a header that is a count alone (「53例」「53 pts」「53例 n (%)」: header.ts `LONE_COUNT`, rowpct).
      const m = SIZE_IN_BRACKETS.exec(normalise(h.label)) ?? LONE_COUNT.exec(countText(h.label));
      if (!m || h.denominator !== undefined) return [];
      const n = Number(m[1]!.replace(/,/g, ''));
      return fits(n, lineCells(table.cells, axis, i)) ? [{ i, n }] : [];
    });
    const mine = items(own);
    const adding = mine.length > 0 && mine.every((i) => adds(lineCells(table.cells, axis, i).filter((_, k) => parts.includes(k))));
    return { axis, own, taken, adding, stated: own.some((h) => h.denominator !== undefined) };
  };
  const rows = plan('rows');
  const cols = plan('cols');
  const take = (p: ReturnType<typeof plan>) => {
    for (const { i, n } of p.taken) {
      p.own[i]!.denominator = n;
      p.own[i]!.sizeInLabel = true;
    }
  };
  const bracketed = (p: ReturnType<typeof plan>) => p.taken.every(({ i }) => SIZE_IN_BRACKETS.test(normalise(p.own[i]!.label)));
  const shownOf = (p: ReturnType<typeof plan>) => p.taken.map(({ i, n }) => `${quote(p.own[i]!.label)}の ${n}`).join('、');
  // Every item of the axis has its N read: under this axis's reading no percentage is left without a base.
  const complete = (p: ReturnType<typeof plan>) => items(p.own).every((i) => p.taken.some((x) => x.i === i));
  let only: ReturnType<typeof plan> | undefined;
  if (rows.taken.length > 0 && cols.taken.length > 0) {
    if (rows.stated || cols.stated) return undefined;
    // Where one axis only has an N for every item, its reading is the only one with a base for every cell.
    if (complete(rows) !== complete(cols)) only = complete(rows) ? rows : cols;
    else if (!complete(rows)) return undefined;
  }
  if (rows.taken.length > 0 && cols.taken.length > 0 && !only) {
    // bracketpct: numbers on both axes that every percentage under and beside them fits are the Ns of both, as
    // 「A群 (N=28)」 over 「男性 (n=40)」: which the percentages are of is then readPercentAxis's (the corner or the
    // title, else checked under both readings). Before, the axis whose lines add up to 100% was taken (推定), and
    // the other axis's numbers were left as possible counts: column percentages whose rows add up to 100% by chance
    // were refused (`header/count`), as were row percentages whose columns do.
    take(rows);
    take(cols);
    return {
      ok: true,
      note: `行の見出しの${bracketed(rows) ? '括弧内の' : ''}数（${shownOf(rows)}）と列の見出しの${bracketed(cols) ? '括弧内の' : ''}数（${shownOf(cols)}）を、それぞれの行と列の人数（N）として読みました（推定。どの割合もその人数の整数人として四捨五入の範囲で合うため）。分母なら「(N=…)」と書くとはっきりします`,
    };
  }
  const choice = only ?? (rows.taken.length > 0 ? rows : cols.taken.length > 0 ? cols : undefined);
  if (!choice) return undefined;
  const other = choice === rows ? cols : rows;
  if (other.stated || (!choice.adding && other.adding)) return undefined;
  take(choice);
  const what = choice.axis === 'rows' ? '行' : '列';
  return {
    ok: true,
    note: `${what}の見出しの${bracketed(choice) ? '括弧内の' : ''}数（${shownOf(choice)}）を、その${what}の割合の分母（N）として読み、確かめました（推定。どの割合もその人数の整数人として四捨五入の範囲で合うため）。分母なら「(N=…)」と書くとはっきりします`,
  };
}

/** A corner or a title that says which way its percentages run: 「行%」「行割合」「row %」, 「列%」「列割合」「column %」. */
const ROW_PERCENT = /行\s*(?:%|パーセント|割合|百分率)|row\s*(?:%|percent)/i;
const COLUMN_PERCENT = /列\s*(?:%|パーセント|割合|百分率)|col(?:umn)?\s*(?:%|percent)/i;

/**
 * Which N a percentage table's cells are shares of where its rows and its columns both state one (rowpct: 「A群 (N=50)」
 * 「B群 (N=50)」 over 「男性 (n=40)」 25.0% 75.0%). Before, the columns' N was always taken, and row percentages were
 * refused as no whole count of it (`percent/not-whole`, 91 of 94 random tables). The axis every cell is a whole count
 * of (within rounding) is taken; where each cell fits both, the axis the corner or the title names (「行%」「列%」),
 * else the table is refused (`percent/two-bases`): an attacker may take either, and the counts of each differ. The
 * lines of one axis adding up to 100% decided before (推定) and is only named now (bothpct: column percentages of
 * columns leaving categories out whose rows add up to 100% by chance were read as row percentages, and a hidden count
 * of the column reading was pinned). The other axis's N is then an
 * equation on the counts (shares.ts `breakdowns`, primary.ts `leftOutShares`). Sets `Table.percentOf`.
 */
export function readPercentAxis(table: Table, title: string | undefined, axis?: 'rows' | 'cols'): SizeReading | undefined {
  if (table.kind !== 'percent') return undefined;
  if (!table.rows.some((h) => h.denominator !== undefined) || !table.cols.some((h) => h.denominator !== undefined)) return undefined;
  const cells = table.cells.flat().filter((c) => c.value.kind === 'percent');
  // Where no cell of two items has two Ns that differ (「合計 (N=53)」 giving its column's N; a 合計 row's N, the grand
  // total, beside the columns' Ns: 100% of each column as before), either reading is the same.
  const two = (c: Cell) => {
    const [row, col] = [table.rows[c.row]!, table.cols[c.col]!];
    const [r, k] = [row.denominator, col.denominator];
    return row.kind !== 'total' && col.kind !== 'total' && r !== undefined && k !== undefined && r !== k;
  };
  if (!cells.some(two)) return undefined;
  // A line of N = 0 (「不明 (n=0)」 0%) decides nothing: 0% is the only share of 0 there is, and no whole count of 0
  // (adversary20: row percentages with such a row were read as column percentages, the row reading's 6 of 45 published).
  const fits = (axis: 'rows' | 'cols') =>
    cells.every((c) => {
      const n = (axis === 'rows' ? table.rows[c.row]! : table.cols[c.col]!).denominator;
      return n === undefined || (n === 0 && c.value.kind === 'percent' && c.value.percent === 0) || wholeCountOf(n, c.value);
    });
  const byRows = fits('rows');
  const byCols = fits('cols');
  if (!byRows) return undefined; // the columns' N, as before (or no whole count of either: percent/not-whole)
  const rowsNote = (why: string) => {
    table.percentOf = 'rows';
    return {
      ok: true as const,
      note: `割合を、行の見出しの N に対する割合（行%）として読みました（${why}）。列の見出しの N は、その列の人数の和として確かめます`,
    };
  };
  if (!byCols) return rowsNote('どの割合も行の N の整数人として四捨五入の範囲で合い、列の N とは合わないため');
  const said = `${table.corner} ${title ?? ''}`;
  const saysRows = ROW_PERCENT.test(said);
  const saysCols = COLUMN_PERCENT.test(said);
  if (saysRows !== saysCols) return saysRows ? rowsNote('角のセルか表題に行%と書かれているため') : undefined;
  const lines = (axis: 'rows' | 'cols') => {
    const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    const mine = items(own);
    const parts = items(across);
    const line = (i: number) => lineCells(table.cells, axis, i).filter((_, k) => parts.includes(k));
    return mine.length > 0 && mine.every((i) => adds(line(i)));
  };
  // bothpct: where the table does not say, check.ts checks it under each reading in turn (`axis`), hiding the union.
  if (axis) {
    table.percentBoth = true;
    if (axis === 'rows') table.percentOf = 'rows';
    return { ok: true };
  }
  // The lines of one axis adding up to 100% is no proof — column percentages of columns leaving categories
  // out may add up to 100% along each row by chance (A群 (N=18) 44%, B群 (N=37) 32%, C群 (N=54) 56% over 男性 (n=50):
  // read as row percentages, the column reading's count 8 of 18 was pinned). Where the table does not say which, an
  // attacker may take either reading: refused, the lines adding up named as what suggests one (推定).
  const rowsAdd = lines('rows');
  const colsAdd = lines('cols');
  const suggests =
    rowsAdd !== colsAdd
      ? `${rowsAdd ? '行' : '列'}ごとの和が100%になるため${rowsAdd ? '行%' : '列%'}のようにも見えますが（推定）、${rowsAdd ? '列' : '行'}の N に対する割合でも、${rowsAdd ? '列' : '行'}が一部の区分を載せていなければ同じ数字になりえます。`
      : '';
  return {
    ok: false,
    code: 'percent/two-bases',
    message: `行の見出しにも列の見出しにも N があり、どの割合もどちらの N の整数人にも合うため、割合が行の N と列の N のどちらに対するものか分かりません（チェッカーの判断）。${suggests}どちらとして読むかで割合が表す人数が変わり、読み手はどちらとも読めます`,
    hint: '角のセル（1行目の1列目）に、行の N に対する割合なら「行%」、列の N に対する割合なら「列%」と書いてください',
  };
}

/**
 * red53: bare shares under one N written in the title or the corner (「対象患者 (N=974)」) whose every column (row) of
 * items adds up to 100%, two or more, none stating its own N: read as shares of the one N (each column all 974 patients
 * again), a hidden count was safe; but a reader takes them for column percentages, narrows each column's N from its
 * one-decimal shares and pins the count (seed 3213 #13: 1.4% of a column of about 212 is 3). Which N the shares are of
 * is not said, and the two readings give other counts: refused (`percent/line-n`), saying how to write each line's N
 * (チェッカーの判断) — where, under the column reading, a share other than 0 is known to be a count under the threshold
 * (`pinnedSmall`). Written Ns (each 「(N=974)」 too) are read as before; a label closing on a number in brackets
 * (「A群（28）」) is header.ts's to refuse (`header/count`).
 */
function ownLineShares(table: Table, n: number, threshold: number): SizeReading | undefined {
  for (const axis of ['cols', 'rows'] as const) {
    const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    const mine = items(own);
    const parts = items(across);
    if (mine.length < 2 || mine.some((i) => own[i]!.denominator !== undefined)) continue;
    if (mine.some((i) => SIZE_IN_BRACKETS.test(normalise(own[i]!.label)))) continue;
    const lines = mine.map((i) => lineCells(table.cells, axis, i).filter((_, k) => parts.includes(k)));
    if (!lines.every(adds)) continue;
    const pinned = pinnedSmall(lines, n, threshold);
    if (!pinned) continue;
    const what = axis === 'rows' ? '行' : '列';
    const first = own[mine[0]!]!.label;
    const why =
      pinned === 'unsearched'
        ? `読み手は${what}ごとの N を割合から絞り込めます。${what}ごとの N の組み合わせ（和が ${n}）が多すぎてすべては調べきれず、どの割合も閾値未満の人数と分からないことを確かめられませんでした（チェッカーの判断）`
        : `読み手は${what}ごとの N を割合から絞り込め（N の和が ${n} になる組み合わせから）、0 でない割合が閾値未満の人数と分かります（チェッカーの判断）`;
    return {
      ok: false,
      code: 'percent/line-n',
      message: `割合は${what}ごとに 100% になっていて${what}ごとの人数に対する割合（${what}%）のように見えますが、${what}ごとの人数（N）が書かれていません。表全体の N=${n} に対する割合と読むと、${mine.length} つの${what}のそれぞれが N=${n} の全員を数えたことになります。どちらとして読むかで割合が表す人数が変わり、${why}`,
      hint: `${what}の見出しに${what}ごとの人数を${quote(`${first} (N=…)`)}の形で書いてください。どの${what}も N=${n} の全員なら、それぞれに (N=${n}) と書いてください`,
    };
  }
  return undefined;
}

/** ownLineShares' bound on the Ns searched for each line (every N from 1 up to it; past it only the largest, from the top). */
const FIT_LIMIT = 100_000;
/**
 * The lines whose Ns' sums are searched (100 lines of 4 shares under N = 9,000 took 3.6 s and passed SUM_WORK; judged
 * alone past it, each line's N any it fits).
 */
const LINES_LIMIT = 8;
/** The sum search's bound: cells of the sumsets and probes of the lines' Ns visited, per table. */
const SUM_WORK = 40_000_000;

/** Whether every share of `line` is a whole count of m, the counts able to add up to m. */
function fitsN(line: readonly Cell[], m: number): boolean {
  let lo = 0;
  let hi = 0;
  for (const c of line) {
    if (c.value.kind !== 'percent') continue;
    const k = countsForPercent(c.value.percent, c.value.decimals, m);
    if (k.lo > k.hi) return false;
    lo += k.lo;
    hi += k.hi;
  }
  return lo <= m && m <= hi;
}

/** The runs of a set (flat pairs: first, last). */
function runsOf(set: Uint8Array): number[] {
  const out: number[] = [];
  for (let s = 0; s < set.length; s++) {
    if (!set[s]) continue;
    const first = s;
    while (s + 1 < set.length && set[s + 1]) s++;
    out.push(first, s);
  }
  return out;
}

/** Counts of a set's members below each place (one more place than the set). */
function prefixOf(set: Uint8Array): Int32Array {
  const p = new Int32Array(set.length + 1);
  for (let s = 0; s < set.length; s++) p[s + 1] = p[s]! + set[s]!;
  return p;
}

/**
 * The sums a + b (a in `x`, b in `y`) up to n, run by run of the set with fewer runs (a run of m Ns moves the other set
 * over a window at once, by its counts). Undefined once `work` passes SUM_WORK.
 */
function sumset(x: Uint8Array, y: Uint8Array, n: number, work: { n: number }): Uint8Array | undefined {
  let [a, b] = [x, y];
  let [ra, rb] = [runsOf(a), runsOf(b)];
  if (ra.length > rb.length) [a, b, ra, rb] = [b, a, rb, ra];
  const out = new Uint8Array(n + 1);
  if (ra.length === 0 || rb.length === 0) return out;
  const pre = prefixOf(b);
  const [bLo, bHi] = [rb[0]!, rb[rb.length - 1]!];
  // Plain variables in the loops (destructuring there made a garbage array a step: 1 s of 8,232 × 4 lines).
  for (let r = 0; r < ra.length; r += 2) {
    const lo = ra[r]!;
    const hi = ra[r + 1]!;
    const from = lo + bLo;
    const to = Math.min(n, hi + bHi);
    work.n += Math.max(0, to - from + 1);
    if (work.n > SUM_WORK) return undefined;
    for (let s = from; s <= to; s++) {
      const p = s - hi > 0 ? s - hi : 0;
      const q = s - lo < n ? s - lo : n;
      if (p <= q && pre[q + 1]! - pre[p]! > 0) out[s] = 1;
    }
  }
  return out;
}

/**
 * Each line's largest N left (0: none): the largest N it fits that some N of each other line fits adds up to n with.
 * The sums of the lines before and after each are found once (two passes over the lines, not one per line), and each
 * line's Ns are tried from the largest down. Undefined where the search passes SUM_WORK.
 */
function largestLeft(fits: readonly Uint8Array[], n: number): number[] | undefined {
  const work = { n: 0 };
  const unit = new Uint8Array(n + 1);
  unit[0] = 1;
  const L = fits.length;
  const before: Uint8Array[] = [unit];
  for (let i = 0; i + 1 < L; i++) {
    const next = sumset(before[i]!, fits[i]!, n, work);
    if (!next) return undefined;
    before.push(next);
  }
  const after: Uint8Array[] = new Array<Uint8Array>(L);
  after[L - 1] = unit;
  for (let i = L - 1; i > 0; i--) {
    const next = sumset(fits[i]!, after[i]!, n, work);
    if (!next) return undefined;
    after[i - 1] = next;
  }
  const out: number[] = [];
  for (let i = 0; i < L; i++) {
    // n − m a sum of an N of the lines before and one of the lines after: one run of the one against the other's counts.
    let [a, b] = [before[i]!, after[i]!];
    let ra = runsOf(a);
    const rb = runsOf(b);
    if (ra.length > rb.length) [a, b, ra] = [b, a, rb];
    const pre = prefixOf(b);
    const f = fits[i]!;
    let found = 0;
    for (let m = n; m >= 1 && found === 0; m--) {
      if (!f[m]) continue;
      const v = n - m;
      work.n += ra.length / 2;
      if (work.n > SUM_WORK) return undefined;
      for (let r = 0; r < ra.length; r += 2) {
        const p = v - ra[r + 1]! > 0 ? v - ra[r + 1]! : 0;
        const q = v - ra[r]!;
        if (q >= 0 && p <= q && pre[q + 1]! - pre[p]! > 0) {
          found = m;
          break;
        }
      }
    }
    out.push(found);
  }
  return out;
}

/**
 * Whether a reader of `lines` as shares of their own Ns — the Ns adding up to `n`, the groups splitting the patients —
 * knows a share other than 0 to be a count under the threshold: the largest N left for its line (each share a whole
 * count of it, the counts able to add up to it, and some N of each other line adding up to n with it) gives it fewer.
 * 「投与前」「投与後」 over the same 110 patients (no two Ns adding up to 110 fit both): none. The table's N up to
 * FIT_LIMIT and up to LINES_LIMIT lines, every line's Ns are searched (SUM_WORK); past FIT_LIMIT or SUM_WORK, `unsearched`
 * unless each line is shown to have an N left large enough for every share (`looseEnough`); past LINES_LIMIT, each alone.
 */
export function pinnedSmall(lines: readonly (readonly Cell[])[], n: number, threshold: number): boolean | 'unsearched' {
  const shares = lines.map((line) => line.filter((c) => c.value.kind === 'percent'));
  const small = (line: readonly Cell[], m: number) =>
    line.some(
      (c) => c.value.kind === 'percent' && c.value.percent > 0 && countsForPercent(c.value.percent, c.value.decimals, m).hi < threshold,
    );
  // Past LINES_LIMIT lines each line is judged alone, as before sizes55: the largest N it fits (from the top).
  if (lines.length > LINES_LIMIT)
    return shares.some((line) => {
      const run = topRun(n, (m) => fitsN(line, m));
      return run !== undefined && small(line, run[1]);
    });
  if (n <= FIT_LIMIT) {
    const fits = shares.map((line) => {
      const f = new Uint8Array(n + 1);
      for (let m = 1; m <= n; m++) if (fitsN(line, m)) f[m] = 1;
      return f;
    });
    // Where a run of Ns per line already shows an N left large enough for every share, nothing is pinned (exact: the
    // largest N left is at least that one); the sums are searched only otherwise.
    if (
      looseEnough(
        shares,
        fits.map((f) => topRun(n, (m) => f[m] === 1)),
        n,
        small,
      )
    )
      return false;
    const left = largestLeft(fits, n);
    if (left) return shares.some((line, i) => left[i]! > 0 && small(line, left[i]!));
    return 'unsearched';
  }
  return looseEnough(
    shares,
    shares.map((line) => topRun(n, (m) => fitsN(line, m))),
    n,
    small,
  )
    ? false
    : 'unsearched';
}

/** The run of Ns a line fits that holds its largest, searched from `top` down (FIT_LIMIT Ns at most); undefined: none. */
function topRun(top: number, fits: (m: number) => boolean): [number, number] | undefined {
  const end = Math.max(1, top - FIT_LIMIT + 1);
  let m = top;
  while (m >= end && !fits(m)) m--;
  if (m < end) return undefined;
  const last = m;
  while (m - 1 >= end && fits(m - 1)) m--;
  return [m, last];
}

/**
 * Where the Ns are not all searched: whether every line has an N left at which no share other than 0 is under the
 * threshold, shown by runs of Ns alone (a run per line: the sums of one N of each other line's run are a run too).
 */
function looseEnough(
  shares: readonly (readonly Cell[])[],
  runs: readonly ([number, number] | undefined)[],
  n: number,
  small: (line: readonly Cell[], m: number) => boolean,
): boolean {
  if (runs.some((r) => r === undefined)) return false;
  let sumLo = 0;
  let sumHi = 0;
  for (const r of runs) {
    sumLo += r![0];
    sumHi += r![1];
  }
  return shares.every((line, i) => {
    const [lo, hi] = runs[i]!;
    // The smallest N at which no share is under the threshold (their counts only grow with N).
    let [p, q] = [lo, hi + 1];
    while (p < q) {
      const mid = Math.floor((p + q) / 2);
      if (small(line, mid)) p = mid + 1;
      else q = mid;
    }
    const from = Math.max(p, n - (sumHi - hi));
    const to = Math.min(hi, n - (sumLo - lo));
    return from <= to;
  });
}

/**
 * The table's N a reader adds up where none is written: the sum of the Ns every item line of one axis states (two lines
 * or more; on both axes, only where both sums agree). attack22: 「A群 (N=120)」「B群 (N=80)」 over shares of all 200
 * (57.5%, 2.5% and 25.0%, 15.0%: every column's shares add up to its N's share of 200, the whole table to 100%) was
 * read as column percentages, and the hidden 2.5% (5 of 200) was 100 − 57.5 − 25.0 − 15.0 to a reader.
 */
function impliedTableN(table: Table): number | undefined {
  const sums = (['rows', 'cols'] as const).flatMap((axis) => {
    const own = axis === 'rows' ? table.rows : table.cols;
    const lines = items(own);
    if (lines.length < 2 || lines.some((i) => own[i]!.denominator === undefined)) return [];
    return [lines.reduce((s, i) => s + own[i]!.denominator!, 0)];
  });
  return sums.length > 0 && sums.every((x) => x === sums[0]) ? sums[0] : undefined;
}

/**
 * adversary20: percentages that are whole counts of their line's N and of the table's N alike (the title, the corner
 * or a total row: 「N=200」 over 「男性 (n=100)」 4% 46%, 「女性 (n=100)」 20% 30%). The line's N was taken silently
 * (table.ts `denominatorOf`), and the table's N only where no line states one; but a reader may take the shares as of
 * all 200 patients — 8, 92, 40, 60, each row adding up to its 100 — and then the hidden 4% (8 of 200) is 100 − 92.
 * Where the table's N gives each line's items no more than the line's N, and some line (or the whole table) exactly
 * its N within rounding (an equation the table's reading has and the line's not), and neither the corner nor the title
 * says which (「行%」「列%」), the table is refused: `percent/table-n`, saying how to write either. Where a line's
 * items under the table's N pass its N (a Table 1's column of blocks adding up to 100% of 100 patients is 200 of
 * N = 200: no reader takes that), or nothing adds up to an N, the line's N stays, as before.
 */
export function readTableShare(table: Table, title: string | undefined, threshold: number): SizeReading | undefined {
  const implied = table.denominator === undefined ? impliedTableN(table) : undefined;
  const n = table.denominator ?? implied;
  // Sizes taken from another table (read.ts borrowDenominators), not written in this one's headers.
  const borrowed = [...table.rows, ...table.cols].some((h) => h.denominatorFrom !== undefined);
  if (table.kind !== 'percent' || n === undefined) return undefined;
  if (table.denominator !== undefined) {
    const own = ownLineShares(table, table.denominator, threshold);
    if (own) return own;
  }
  const said = `${table.corner} ${title ?? ''}`;
  if (ROW_PERCENT.test(said) || COLUMN_PERCENT.test(said)) return undefined;
  const cells = table.cells.flat().filter((c) => c.value.kind === 'percent');
  const lineN = (c: Cell) =>
    table.rows[c.row]!.kind === 'total' || table.cols[c.col]!.kind === 'total' ? undefined : denominatorOf(table, c.row, c.col);
  if (!cells.some((c) => lineN(c) !== undefined && lineN(c) !== n)) return undefined;
  if (!cells.every((c) => wholeCountOf(n, c.value))) return undefined;
  // Each cell's count under the table's N, as an interval within rounding.
  const range = (cs: readonly Cell[]): [number, number] => {
    let [lo, hi] = [0, 0];
    for (const { value } of cs) {
      if (value.kind !== 'percent') continue;
      const counts = countsForPercent(value.percent, value.decimals, n);
      lo += counts.lo;
      hi += counts.hi;
    }
    return [lo, hi];
  };
  let exact = false;
  for (const axis of ['rows', 'cols'] as const) {
    const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    const parts = items(across);
    for (const i of items(own)) {
      const size = own[i]!.denominator;
      if (size === undefined) continue;
      const line = lineCells(table.cells, axis, i).filter((_, k) => parts.includes(k));
      const [lo, hi] = range(line);
      if (lo > size) return undefined; // the table's reading gives the line more than its N: none takes it
      if (hi >= size) exact = true;
    }
  }
  const top = items(table.rows).flatMap((i) => items(table.cols).map((k) => table.cells[i]![k]!));
  const [lo, hi] = range(top);
  if (lo > n) return undefined;
  if (hi >= n) exact = true;
  if (!exact) return undefined;
  return {
    ok: false,
    code: 'percent/table-n',
    message: `${borrowed ? 'ほかの表から借りた行や列の N ' : '見出しの N（行や列の人数）'}と表全体の N=${n}${implied !== undefined ? `（${borrowed ? 'その ' : '見出しの '}N の和。表に書かれていなくても読み手が足せる数）` : ''} のどちらに対する割合としても、どの割合も整数人に合い、全体の N に対する割合と読むと行や列の人数の和が${borrowed ? 'その' : '見出しの'} N に合います（チェッカーの判断）。どちらとして読むかで割合が表す人数が変わり、読み手はどちらとも読めます`,
    hint: `行の N に対する割合なら角のセル（1行目の1列目）に「行%」、列の N に対する割合なら「列%」と書いてください。表全体の N=${n} に対する割合なら、${implied !== undefined ? `角のセルか題名に「N=${n}」と書き、` : ''}${borrowed ? '表の見出しに N を書かないでください' : '行や列の見出しの N を外してください'}`,
  };
}
