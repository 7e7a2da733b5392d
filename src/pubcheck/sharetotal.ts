/**
 * A total line of a table of 「n (p%)」 cells written by its share only (sigma9, issue #11): 「100%」「100.0」「(100%)」
 * in every cell of one row (column shares) or one column (row shares), under 合計, 計, Σ, Total, All or no label, first
 * or last. Such a line says that the shares of each column (row) are of one base and add up to 100%: where the one
 * whole number every share of the column fits (`baseOf`) is the sum of its top-level counts (or, a row over several
 * breakdowns of the same patients, that sum over k), that number is the base and the total line's count (an equation
 * the table carries, as 「57 (100.0%)」 would state it). The cells are read so — 「N (100.0%)」, shown as printed — and
 * the table is read as one with such a total (table1.ts reads its label, blank or 「Σ」, as 合計), said as the
 * checker's reading. Where the shares prove no such base (none or several Ns fit, a base other than the sum, a stated
 * N that is another number), the table is left as written and refused as before.
 *
 * sigma10: heading rows of blank cells beside such a line are set aside while its N is proven (`readHeadingsAround`);
 * a line may mix 「100%」 with counts written at 100% (「120 (100%)」, that count its N where every share fits it);
 * several rows of 100%, one heading each block of a Table 1, are read as one total where every block adds up to the
 * N the shares prove (`readBlockLines`); a row and a column of 100%, several columns, or blocks of other Ns are
 * refused in words (`table/share-total`).
 */
import { normalise, readCell } from './cell.ts';
import type { CsvRecord } from './csv.ts';
import { headerDenominator, indentOf } from './header.ts';
import { quote } from './quote.ts';
import type { Table1Error, Table1Note } from './table1.ts';

/** 「100%」「100.0%」「100.0」「(100%)」「(100.0)」 (normalised: one space at most): a share of 100 with no count. A bare 「100」 is a count. */
const WHOLE_SHARE = /^(?:100(?:\.0+)? ?%|100\.0+|\( ?100(?:\.0+)?(?: ?%)? ?\))$/;

/** A line that is part of another (うち, 再掲, 内数, of which) or a subtotal: no line of the top level. */
const PART = /うち|再掲|内数|of which|小計|subtotal/i;

interface Pair {
  n: number;
  p: number;
  decimals: number;
  mark: boolean;
}

function pairOf(text: string): Pair | undefined {
  const c = readCell(text, true);
  if (!c.ok || c.value.kind !== 'count' || c.value.percent === undefined || c.value.denominator !== undefined) return undefined;
  const m = /\( ?\d+(?:\.(\d+))?(?: ?(%))? ?\)$/.exec(normalise(text));
  if (!m) return undefined;
  return { n: c.value.n, p: c.value.percent, decimals: m[1]?.length ?? 0, mark: m[2] === '%' };
}

/** A total line: every cell 「100%」 alone or a count with 100% (「120 (100%)」), one at least 「100%」 alone. */
function isLine(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((x) => WHOLE_SHARE.test(x) || pairOf(x)?.p === 100) && cells.some((x) => WHOLE_SHARE.test(x));
}

/** Whether every share of a line is its count over `n` within rounding. */
function fitsAll(pairs: readonly Pair[], n: number): boolean {
  return pairs.every((x) => {
    const h = 0.5 * 10 ** -x.decimals;
    return x.n <= n && Math.abs((100 * x.n) / n - x.p) <= h + 1e-9;
  });
}

/**
 * The one whole number N every share of a line fits (its count over N within rounding), as any reader of the shares
 * finds it; undefined where none or several fit (integer shares of a large N: the base is then not proven).
 */
function baseOf(pairs: readonly Pair[]): number | undefined {
  let lo = Math.max(1, ...pairs.map((x) => x.n));
  let hi = Infinity;
  for (const x of pairs) {
    const h = 0.5 * 10 ** -x.decimals;
    if (x.n === 0) {
      if (x.p - h > 1e-9) return undefined;
      continue;
    }
    lo = Math.max(lo, Math.ceil((100 * x.n) / (x.p + h) - 1e-9));
    if (x.p - h > 1e-9) hi = Math.min(hi, Math.floor((100 * x.n) / (x.p - h) + 1e-9));
  }
  return lo === hi ? lo : undefined;
}

/**
 * The records with a share-only total line written as 「N (100.0%)」, N each column's (row's) sum, and the note saying
 * so; the records as they were where no such line is, or where the shares do not prove the sums.
 */
export function readShareTotal(records: readonly CsvRecord[]): ShareTotal {
  return readHeadingsAround(records);
}

type ShareTotal = {
  records: CsvRecord[];
  note?: Table1Note;
  /** A line of 100% whose shares prove no base (none or several Ns fit, or not the sum): refused naming it. */
  error?: Table1Error;
  /** The cells rewritten: their line, the text read and the text as printed (shown as printed in the report). */
  shown?: { line: number; read: string; printed: string }[];
};

function readCore(records: readonly CsvRecord[]): ShareTotal {
  const same = { records: [...records] };
  if (records.length < 3) return same;
  const width = records[0]!.fields.length;
  if (width < 3) return same;
  const trimmed = records.map((r) => r.fields.map((f) => normalise(f)));
  // The value cells: every row as wide as the header (trailing blanks aside), every cell past the label filled.
  const printedGrid = trimmed.slice(1).map((f) => f.slice(1, width));
  if (trimmed.slice(1).some((f) => f.length < width || f.slice(width).some((x) => x !== ''))) return same;
  // A line of 100% with a blank cell (「合計 100% (空欄) 100%」, denom30): the blank read as the 100% of its column
  // (row), its N then proven by that column's shares alone as any other's — or refused as before.
  const filled = new Set<string>();
  const partial = (cells: readonly string[]) =>
    cells.some((x) => x === '') && cells.some((x) => WHOLE_SHARE.test(x)) && cells.every((x) => x === '' || WHOLE_SHARE.test(x));
  const grid = printedGrid.map((r) => [...r]);
  printedGrid.forEach((r, i) => {
    if (partial(r)) r.forEach((x, j) => x === '' && filled.add(`${i}:${j}`));
  });
  printedGrid[0]!.forEach((_, j) => {
    if (partial(printedGrid.map((r) => r[j]!))) printedGrid.forEach((r, i) => r[j] === '' && filled.add(`${i}:${j}`));
  });
  for (const key of filled) {
    const [i, j] = key.split(':').map(Number) as [number, number];
    grid[i]![j] = '100%';
  }
  if (grid.some((r) => r.some((x) => x === ''))) return same;
  const whole = (x: string) => WHOLE_SHARE.test(x);
  const wholeRows = grid.flatMap((r, i) => (isLine(r) ? [i] : []));
  const wholeCols = grid[0]!.flatMap((_, j) => (isLine(grid.map((r) => r[j]!)) ? [j] : []));
  if (wholeRows.length + wholeCols.length === 0) return same;
  if (wholeRows.length + wholeCols.length > 1) {
    // Several lines of 100% (a row and a column, two columns; several rows are read by blocks, `readBlockLines`):
    // refused in words where every other cell is a count with its share, as before otherwise.
    const inLine = (i: number, j: number) => wholeRows.includes(i) || wholeCols.includes(j);
    if (grid.some((r, i) => r.some((x, j) => !inLine(i, j) && pairOf(x) === undefined))) return same;
    const names = [
      ...wholeRows.map((i) => `${records[i + 1]!.line}行目の行${quote((records[i + 1]!.fields[0] ?? '').trim())}`),
      ...wholeCols.map((j) => `列${quote((records[0]!.fields[j + 1] ?? '').trim())}`),
    ];
    // A row and a column of 100% (denom30): which of the two the cells' shares are of, by the arithmetic — each line's
    // shares fitting one whole number only, the line's sum — named in the refusal with the other line to rewrite.
    if (wholeRows.length === 1 && wholeCols.length === 1) {
      const [R, C] = [wholeRows[0]!, wholeCols[0]!];
      const items = grid.map((r, i) => r.map((x, j) => (i === R || j === C ? undefined : pairOf(x))));
      const proven = (line: (Pair | undefined)[]) => {
        const ps = line.filter((x) => x !== undefined);
        return ps.length >= 2 && baseOf(ps) === ps.reduce((a, x) => a + x.n, 0);
      };
      const cols = grid[0]!.map((_, j) => j).filter((j) => j !== C);
      const rows = grid.map((_, i) => i).filter((i) => i !== R);
      const byCols = cols.every((j) => proven(items.map((r) => r[j])));
      const byRows = rows.every((i) => proven(items[i]!));
      if (byCols && byRows) {
        const both = readBothLines(records, grid, filled, R, C, items);
        if (both) return both;
      }
      if (byCols !== byRows) {
        const [kept, other] = byCols ? [names[0]!, names[1]!] : [names[1]!, names[0]!];
        const sums = byCols
          ? rows.map((i) => items[i]!.reduce((a, x) => a + (x?.n ?? 0), 0))
          : cols.map((j) => items.reduce((a, r) => a + (r[j]?.n ?? 0), 0));
        const grand = sums.reduce((a, x) => a + x, 0);
        return {
          records: [...records],
          error: {
            code: 'table/share-total',
            line: records[R + 1]!.line,
            message:
              `${kept}の「100%」は割合の分母（合計）と読めます（どの${byCols ? '列' : '行'}の割合も、その件数の和に四捨五入の範囲で合います）が、` +
              `${other}の「100%」は割合の分母になりません（${byCols ? '行' : '列'}ごとには、割合がその件数の和に合いません。チェッカーの判断）。` +
              `${other}が何の数かが決まらないため、判定しません`,
            hint: `${other}には、その${byCols ? '行' : '列'}の件数の和と全体（${grand}）に対する割合を「${sums[0]} (${((100 * sums[0]!) / grand).toFixed(1)}%)」のように書くか（和は ${sums.slice(0, 4).join('、')}${sums.length > 4 ? ' …' : ''}）、${other}を除いてください（${kept}の「100%」はそのまま読みます）`,
          },
        };
      }
    }
    return {
      records: [...records],
      error: {
        code: 'table/share-total',
        line: records[(wholeRows[0] ?? 0) + 1]!.line,
        message:
          `${names.join('と')}の「100%」は、どれも割合の分母（合計）のようです（チェッカーの判断）。` +
          (wholeRows.length > 0 && wholeCols.length > 0
            ? '行の割合（行の合計が 100%）と列の割合（列の合計が 100%）が一つの表にあることになり、どの割合がどの分母に対するものか決まらないため、判定しません'
            : '一つの表に分母の行（列）がいくつもあり、どの割合がどれに対するものか決まらないため、判定しません'),
        hint: '合計の人数を「57 (100.0%)」のように書き、割合の分母となる合計を一つにしてください（行の割合と列の割合は別の表に分けてください）',
      },
    };
  }
  const byRow = wholeRows.length === 1;
  const at = byRow ? wholeRows[0]! : wholeCols[0]!;
  /** The total line's cells whose count is written (「120 (100%)」 beside 「100%」): that count is the line's N. */
  const writtenN = (j: number) => pairOf(byRow ? grid[at]![j]! : grid[j]![at]!)?.n;
  // Every other cell a count with its share; no other 100% alone.
  const pairs = grid.map((r, i) => r.map((x, j) => ((byRow ? i : j) === at ? undefined : pairOf(x))));
  if (pairs.some((r, i) => r.some((x, j) => (byRow ? i : j) !== at && x === undefined))) return same;
  const lines = byRow
    ? grid[0]!.map((_, j) => grid.map((_, i) => pairs[i]![j]).filter((x) => x !== undefined))
    : pairs.map((r) => r.filter((x) => x !== undefined));
  if (lines.some((l) => l.length < 2)) return same;
  // The base: the one N the line's shares fit (`baseOf`), where it is the line's sum (one breakdown) or — a row of
  // 100% under several breakdowns of the same patients (性別, 年齢 …: a Table 1) — the sum over k, the same k in every
  // column (table1.ts `readBlocksTotal` then reads the blocks, or refuses the total where the rows cut into none).
  // The lines of the top level only: indented lines (a subtotal's items), 小計 and うち / 再掲 lines are parts of
  // lines already counted (a row total over them is the sum of the others as header.ts reads it).
  const labels = byRow ? records.slice(1).map((r) => r.fields[0] ?? '') : records[0]!.fields.slice(1, width);
  const depth = Math.min(...labels.filter((_, k) => k !== at).map(indentOf));
  const top = labels.map((l, k) => k !== at && indentOf(l) === depth && !PART.test(normalise(l)));
  const topPairs = byRow
    ? grid[0]!.map((_, j) => grid.flatMap((_, i) => (top[i] ? [pairs[i]![j]!] : [])))
    : pairs.map((r) => r.flatMap((x, j) => (top[j] ? [x!] : [])));
  const totals = topPairs.map((l) => l.reduce((a, x) => a + x.n, 0));
  // A count written in the total line is its N where every share of the line fits it, none else.
  const bases = lines.map((l, j) => {
    const n = writtenN(j);
    return n === undefined ? baseOf(l) : fitsAll(l, n) ? n : undefined;
  });
  const ks = Array.from({ length: byRow ? Math.floor(topPairs[0]!.length / 2) : 1 }, (_, i) => i + 1).filter((k) =>
    lines.every((_, j) => topPairs[j]!.length >= 2 && bases[j] !== undefined && bases[j]! * k === totals[j]),
  );
  const totalLine = byRow ? records[at + 1]! : records[0]!;
  const totalLabel = ((byRow ? totalLine.fields[0] : totalLine.fields[at + 1]) ?? '').trim();
  const totalWhere = byRow ? `${totalLine.line}行目の行${quote(totalLabel)}` : `列${quote(totalLabel)}`;
  /** The total line's first share-only cell as printed (「100%」), named in the note and in a refusal. */
  const lineCells = byRow ? grid[at]! : grid.map((r) => r[at]!);
  const written = lineCells.find(whole)!;
  const lineName = (j: number) =>
    byRow
      ? `列${quote((records[0]!.fields[j + 1] ?? '').trim())}`
      : `${records[j + 1]!.line}行目の行${quote((records[j + 1]!.fields[0] ?? '').trim())}`;
  const refuse = (j: number, why: string) => ({
    records: [...records],
    error: {
      code: 'table/share-total' as const,
      line: totalLine.line,
      message:
        `${totalWhere}の${quote(written)}は割合の分母（合計）のようですが、${lineName(j)}の割合からは${why}（チェッカーの判断）。` +
        'この行の人数が決まらないため、判定しません',
      hint: '合計の人数を「57 (100.0%)」のように書くか、割合が件数とその和に合っているかを確かめてください（割合を小数第1位まで書くと、分母が一つに決まります）',
    },
  });
  if (ks.length !== 1) {
    const j = bases.findIndex((b) => b === undefined);
    if (j >= 0) return refuse(j, '分母が一つに決まりません（どの整数にも合わないか、複数の整数に合います）');
    const k = totals.findIndex((t, i) => t !== bases[i]);
    return refuse(Math.max(0, k), `分母 ${bases[Math.max(0, k)]} が出ますが、件数の和 ${totals[Math.max(0, k)]} と合いません`);
  }
  const sums = bases as number[];
  // An N stated in the line's header that is another number: the shares are of it, not of the sum (refused as before).
  const heads = byRow ? records[0]!.fields.slice(1, width) : records.slice(1).map((r) => r.fields[0] ?? '');
  const other = heads.findIndex((h, k) => headerDenominator(h) !== undefined && headerDenominator(h) !== sums[k]);
  if (other >= 0) return refuse(other, `分母 ${sums[other]} が出ますが、見出しの N=${headerDenominator(heads[other]!)} と違います`);
  const mark = pairs.flat().some((x) => x?.mark);
  const cell = (n: number) => `${n} (100.0${mark ? '%' : ''})`;
  let k = 0;
  const shown: { line: number; read: string; printed: string }[] = [];
  const write = (r: CsvRecord, fields: string[], j: number, n: number, ri: number) => {
    if (!whole(normalise(fields[j]!)) && !filled.has(`${ri - 1}:${j - 1}`)) return;
    shown.push({ line: r.line, read: cell(n), printed: fields[j]!.trim() });
    fields[j] = cell(n);
  };
  const out = records.map((r, ri) => {
    if (ri === 0) return { ...r, fields: [...r.fields] };
    const fields = [...r.fields];
    if (byRow && ri - 1 === at) {
      for (let j = 1; j < width; j++) write(r, fields, j, sums[j - 1]!, ri);
    } else if (!byRow) {
      write(r, fields, at + 1, sums[k++]!, ri);
    }
    return { ...r, fields };
  });
  return {
    records: out,
    shown,
    note: {
      code: 'layout/share-total',
      line: totalLine.line,
      message:
        `${totalWhere}の${quote(written)}を、${byRow ? '各列' : '各行'}の割合の分母（合計）と読み、その人数をほかの${byRow ? '行' : '列'}の件数の和${ks[0]! > 1 ? `の ${ks[0]} 分の 1（内訳が ${ks[0]} つあるため）` : ''}（${sums.slice(0, 4).join('、')}${sums.length > 4 ? ' …' : ''}）としました` +
        `（チェッカーの判断：割合がどれも、その件数のこの和に対する割合に四捨五入の範囲で合うため）。秘匿と監査では、この和を合計として使います`,
    },
  };
}

/**
 * A row and a column of 100% in one table whose cells' shares fit both bases (denom33): each column's shares its
 * column's sum (the one whole number they fit, `baseOf`), and each row's shares its row's sum — as where row and column
 * sums agree (a table of the same patients before and after). Whichever the shares are of, the counts are the
 * table's, the row of 100% is the columns' total and the column of 100% the rows': both are read as totals (their
 * cells 「N (100.0%)」, the corner the sum of all), each a sum the cells' shares publish, so hidden counts are protected
 * against both. A count written in either line (「120 (100%)」) must be that sum, a header's N too; else undefined
 * (refused as before, `readCore`).
 */
function readBothLines(
  records: readonly CsvRecord[],
  grid: readonly string[][],
  filled: ReadonlySet<string>,
  R: number,
  C: number,
  items: readonly (readonly (Pair | undefined)[])[],
): ShareTotal | undefined {
  const rowSum = (i: number) => items[i]!.reduce((a, x) => a + (x?.n ?? 0), 0);
  const colSum = (j: number) => items.reduce((a, r) => a + (r[j]?.n ?? 0), 0);
  const grand = items.reduce((a, _, i) => a + rowSum(i), 0);
  const sumAt = (i: number, j: number) => (i === R && j === C ? grand : i === R ? colSum(j) : rowSum(i));
  const inLines = grid.flatMap((r, i) => r.flatMap((_, j) => (i === R || j === C ? [[i, j] as const] : [])));
  // Every cell of the two lines 「100%」 alone (or blank, read as it), or a count with 100% that is its line's sum.
  for (const [i, j] of inLines) {
    const x = grid[i]![j]!;
    if (!WHOLE_SHARE.test(x) && pairOf(x)?.n !== sumAt(i, j)) return undefined;
  }
  // An N a header states is that line's sum.
  const colHeads = records[0]!.fields.slice(1, grid[0]!.length + 1);
  const rowHeads = records.slice(1).map((r) => r.fields[0] ?? '');
  if (colHeads.some((h, j) => j !== C && headerDenominator(h) !== undefined && headerDenominator(h) !== colSum(j))) return undefined;
  if (rowHeads.some((h, i) => i !== R && headerDenominator(h) !== undefined && headerDenominator(h) !== rowSum(i))) return undefined;
  const mark = items.flat().some((x) => x?.mark);
  const cell = (n: number) => `${n} (100.0${mark ? '%' : ''})`;
  const shown: { line: number; read: string; printed: string }[] = [];
  const out = records.map((r, ri) => {
    const fields = [...r.fields];
    if (ri === 0) return { ...r, fields };
    const i = ri - 1;
    for (let j = 0; j < grid[0]!.length; j++) {
      if (i !== R && j !== C) continue;
      if (!WHOLE_SHARE.test(normalise(fields[j + 1] ?? '')) && !filled.has(`${i}:${j}`)) continue;
      shown.push({ line: r.line, read: cell(sumAt(i, j)), printed: (fields[j + 1] ?? '').trim() });
      fields[j + 1] = cell(sumAt(i, j));
    }
    return { ...r, fields };
  });
  const rowName = `${records[R + 1]!.line}行目の行${quote((records[R + 1]!.fields[0] ?? '').trim())}`;
  const colName = `列${quote((records[0]!.fields[C + 1] ?? '').trim())}`;
  const cols = grid[0]!.map((_, j) => j).filter((j) => j !== C);
  const rows = grid.map((_, i) => i).filter((i) => i !== R);
  const list = (xs: number[]) => `${xs.slice(0, 4).join('、')}${xs.length > 4 ? ' …' : ''}`;
  return {
    records: out,
    shown,
    note: {
      code: 'layout/share-total',
      line: records[R + 1]!.line,
      message:
        `${rowName}と${colName}の「100%」を、どちらも合計と読みました：${rowName}は各列の件数の和（${list(cols.map(colSum))}）、` +
        `${colName}は各行の件数の和（${list(rows.map(rowSum))}）、両方の交わるセルは全体（${grand}）です` +
        `（チェッカーの判断：どのセルの割合も、その列の和に対しても、その行の和に対しても四捨五入の範囲で合い、どちらの和も割合から一つに決まるため）。` +
        '秘匿と監査では、この行と列を合計として使います',
    },
  };
}

/**
 * Heading rows around a share-only total (sigma10): a Table 1's 「性別」「年齢」 rows with every value cell blank are
 * no lines of counts; the total line is read over the other rows (`readCore`), the headings kept as they are.
 * Several lines of 100%, one heading each block (`readBlockLines`), are read first as one total over those blocks.
 */
function readHeadingsAround(records: readonly CsvRecord[]): ShareTotal {
  const width = records[0]?.fields.length ?? 0;
  if (records.length < 3 || width < 3) return readCore(records);
  const blocks = readBlockLines(records, width);
  if (blocks && 'error' in blocks) return { records: [...records], error: blocks.error };
  const input = blocks ? blocks.records : records;
  const heading = (r: CsvRecord, ri: number) =>
    ri > 0 && normalise(r.fields[0] ?? '') !== '' && r.fields.slice(1).every((f) => normalise(f) === '');
  const kept = input.flatMap((r, ri) => (heading(r, ri) ? [] : [ri]));
  if (kept.length === input.length && !blocks) return readCore(records);
  const inner = readCore(kept.map((ri) => input[ri]!));
  const blockNames = blocks?.blocks
    .map((b) => `${records[b.line]!.line}行目の行${quote((records[b.line]!.fields[0] ?? '').trim())}`)
    .join('、');
  if (inner.error && blocks) {
    // Blocks whose shares each prove their own N, the block's sum, Ns that differ (missing data per variable, denom30).
    const own = blockNs(records, blocks.blocks, width);
    if (own) return own;
    // The total row is ours (the blocks' lines of 100% read as one): the refusal names the lines as printed.
    const ours = `${records[blocks.blocks[0]!.line]!.line}行目の行「合計」`;
    return {
      records: [...records],
      error: { ...inner.error, message: inner.error.message.replace(ours, `${blockNames}（一つの合計として読んだもの）`) },
    };
  }
  if (inner.error) return { ...inner, records: [...records] };
  if (!inner.shown) return { records: [...records] };
  const out = [...input];
  kept.forEach((ri, k) => (out[ri] = inner.records[k]!));
  if (blocks) {
    // Every block adds up to the total line's N in every column: else the lines of 100% are not one N.
    const sums = out[blocks.total]!.fields.slice(1, width).map((f) => readCell(f, true));
    for (const b of blocks.blocks)
      for (let j = 1; j < width; j++) {
        const c = sums[j - 1]!;
        const n = c.ok && c.value.kind === 'count' ? c.value.n : NaN;
        const items = b.rows.map((ri) => pairOf(normalise(input[ri]!.fields[j] ?? '')));
        const depth = Math.min(...b.rows.map((ri) => indentOf(input[ri]!.fields[0] ?? '')));
        const sum = items.reduce(
          (a, x, k) =>
            a +
            (indentOf(input[b.rows[k]!]!.fields[0] ?? '') === depth && !PART.test(normalise(input[b.rows[k]!]!.fields[0] ?? ''))
              ? (x?.n ?? NaN)
              : 0),
          0,
        );
        const written = pairOf(normalise(records[b.line]!.fields[j] ?? ''))?.n;
        if (sum !== n || (written !== undefined && written !== n))
          return {
            records: [...records],
            error: {
              code: 'table/share-total',
              line: records[b.line]!.line,
              message:
                `${records[b.line]!.line}行目の行${quote((records[b.line]!.fields[0] ?? '').trim())}の「100%」は、その下のブロックの割合の分母のようですが、` +
                `列${quote((records[0]!.fields[j] ?? '').trim())}ではブロックの件数の和 ${Number.isNaN(sum) ? '（数でない値を含む）' : sum} がほかのブロックの分母 ${n} と合いません（チェッカーの判断）。` +
                'ブロックごとに分母が違う（欠測がある）と、どの割合がどの人数に対するものか決まらないため、判定しません',
              hint: '各ブロックの人数を「性別 (N=57)」のように見出しに書くか、合計の人数を「57 (100.0%)」のように書いてください',
            },
          };
      }
  }
  const note = inner.note && {
    ...inner.note,
    ...(blocks && {
      line: records[blocks.blocks[0]!.line]!.line,
      message:
        `${blockNames}の「100%」を、` +
        `その下のブロック（同じ患者の別の内訳）ごとの割合の分母と読み、どのブロックも同じ人数の内訳なので、一つの合計として読みました（チェッカーの判断）。` +
        inner.note.message,
    }),
  };
  return { records: out, ...(note && { note }), shown: inner.shown };
}

/**
 * Rows of 100% heading blocks whose shares prove each its own N (denom30): 「性別 100%」 over 男性 30 (52.6%), 女性 27
 * (47.4%) — 57 — and 「年齢 100%」 over 20 (36.4%), 35 (63.6%) — 55 —, the Ns differing (patients with no value of a
 * variable). Each block's N is the one whole number its shares fit (`baseOf`) where it is the block's sum, in every
 * column; the cells are then written 「30/57 (52.6%)」 for fractions.ts to read as blocks of their own N (shown as
 * printed), the rows of 100% as headings, and each column's header given the largest block's N as its group's N (our
 * reading: a reader takes the largest block for the whole group), so what each other block leaves out of it (57 − 55 =
 * 2 with no age) is a line of ours, protected as a count. Undefined where a block is not so proven (refused as before),
 * where the blocks share one N per column (read as one total), or where a block has indented, うち or 小計 rows.
 */
function blockNs(
  records: readonly CsvRecord[],
  blocks: readonly { line: number; rows: number[] }[],
  width: number,
): ShareTotal | undefined {
  // The blocks' rows in `records` (readBlockLines put one row of ours above them).
  const rowsOf = (b: { rows: number[] }) => b.rows.map((ri) => ri - 1);
  const heads = records[0]!.fields.slice(1, width);
  if (heads.some((h) => headerDenominator(h) !== undefined)) return undefined;
  const ns: number[][] = [];
  for (const b of blocks) {
    const rows = rowsOf(b);
    if (rows.some((ri) => indentOf(records[ri]!.fields[0] ?? '') > 0 || PART.test(normalise(records[ri]!.fields[0] ?? ''))))
      return undefined;
    const row: number[] = [];
    for (let j = 1; j < width; j++) {
      const pairs = rows.map((ri) => pairOf(normalise(records[ri]!.fields[j] ?? '')));
      if (pairs.some((x) => x === undefined)) return undefined;
      const base = baseOf(pairs as Pair[]);
      const sum = (pairs as Pair[]).reduce((a, x) => a + x.n, 0);
      const written = pairOf(normalise(records[b.line]!.fields[j] ?? ''))?.n;
      if (base === undefined || base !== sum || (written !== undefined && written !== base)) return undefined;
      row.push(base);
    }
    ns.push(row);
  }
  if (heads.every((_, j) => ns.every((r) => r[j] === ns[0]![j]))) return undefined;
  const most = heads.map((_, j) => Math.max(...ns.map((r) => r[j]!)));
  const shown: { line: number; read: string; printed: string }[] = [];
  const out = records.map((r) => ({ ...r, fields: [...r.fields] }));
  out[0]!.fields = [out[0]!.fields[0] ?? '', ...heads.map((h, j) => `${h.trim()} (N=${most[j]})`), ...out[0]!.fields.slice(width)];
  blocks.forEach((b, k) => {
    out[b.line]!.fields = [out[b.line]!.fields[0] ?? '', ...heads.map(() => '')];
    for (const ri of rowsOf(b))
      for (let j = 1; j < width; j++) {
        const printed = (records[ri]!.fields[j] ?? '').trim();
        const x = pairOf(normalise(printed))!;
        out[ri]!.fields[j] = `${x.n}/${ns[k]![j - 1]} (${x.p.toFixed(x.decimals)}%)`;
        shown.push({ line: records[ri]!.line, read: `${x.n}/${ns[k]![j - 1]}`, printed });
      }
  });
  const names = blocks.map((b, k) => `${quote((records[b.line]!.fields[0] ?? '').trim())} ${ns[k]!.join('・')}`).join('、');
  return {
    records: out,
    shown,
    note: {
      code: 'layout/share-total',
      line: records[blocks[0]!.line]!.line,
      message:
        `ブロックの行の「100%」を、その下の割合の分母と読みました。ブロックごとに割合から分母が一つに決まり、その件数の和と合うため、各ブロックの人数を ${names}（列ごと）としました。` +
        `分母が違うブロック（欠測のある項目）は、列の最大の人数（${heads.map((h, j) => `${quote(h.trim())} ${most[j]}`).join('、')}）をその群の人数と読み、それに足りない人数を値のない患者として確かめました（チェッカーの判断）`,
    },
  };
}

/**
 * Several rows of 100% in a table of 「n (p%)」 (sigma10), each heading the rows below it up to the next (a Table 1's
 * 「性別 100% 100%」, 「年齢 100% 100%」): rewritten as one total row of 100% (「合計」, at the first such row's line)
 * above the blocks, each row of 100% then a heading (blank cells), for `readCore` to prove the N; `readHeadingsAround`
 * then checks every block adds up to it. Undefined where there are not several such rows heading every line.
 */
function readBlockLines(
  records: readonly CsvRecord[],
  width: number,
): { records: CsvRecord[]; total: number; blocks: { line: number; rows: number[] }[] } | { error: Table1Error } | undefined {
  const cells = (r: CsvRecord) => r.fields.slice(1, width).map((f) => normalise(f));
  const lines = records.flatMap((r, ri) => (ri > 0 && r.fields.length >= width && isLine(cells(r)) ? [ri] : []));
  if (lines.length < 2) return undefined;
  // Every other row a count with its share in every cell (or a heading of blank cells), the first a row of 100%.
  const blank = (r: CsvRecord) => cells(r).every((x) => x === '');
  const valued = records.flatMap((r, ri) => (ri > 0 && !lines.includes(ri) && !blank(r) ? [ri] : []));
  if (valued.some((ri) => cells(records[ri]!).some((x) => pairOf(x) === undefined))) return undefined;
  if (valued.length === 0 || valued[0]! < lines[0]!) return undefined;
  const blocks = lines.map((ri, k) => ({ line: ri, rows: valued.filter((v) => v > ri && v < (lines[k + 1] ?? Infinity)) }));
  const short = blocks.find((b) => b.rows.length < 2);
  if (short)
    return {
      error: {
        code: 'table/share-total',
        line: records[short.line]!.line,
        message: `${records[short.line]!.line}行目の行${quote((records[short.line]!.fields[0] ?? '').trim())}の「100%」の下に、割合の分母となる内訳の行が二つ以上ありません（チェッカーの判断）。割合の分母の行（100%）が一つの表にいくつもあり、どの割合がどれに対するものか決まらないため、判定しません`,
        hint: '合計の人数を「57 (100.0%)」のように書き、割合の分母となる合計を一つにしてください',
      },
    };
  const first = records[lines[0]!]!;
  const total: CsvRecord = { ...first, fields: ['合計', ...first.fields.slice(1)] };
  const out: CsvRecord[] = [];
  let at = 0;
  records.forEach((r, ri) => {
    if (ri === lines[0]) {
      at = out.length;
      out.push(total);
    }
    out.push(lines.includes(ri) ? { ...r, fields: [r.fields[0] ?? '', ...r.fields.slice(1).map(() => '')] } : r);
  });
  // Indices of `out` from here: the blocks' heading rows and rows moved one down past the first line.
  const shift = (ri: number) => (ri >= lines[0]! ? ri + 1 : ri);
  return { records: out, total: at, blocks: blocks.map((b) => ({ line: b.line, rows: b.rows.map(shift) })) };
}
