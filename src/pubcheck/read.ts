/**
 * Turns the pasted text or file into validated tables: the input convention for the layout.
 *
 * - Tables are separated by one or more empty lines. A line starting with `#` just above a table (or a first
 *   line with a single filled cell) is its title; other `#` lines are comments.
 * - The first row holds the column headers; its first cell names the row dimension and may be empty.
 * - The first column holds the row headers. Totals and subtotals: see header.ts. Values: see cell.ts.
 * - Either every cell carries a count (a count table: checked, suppressed and audited) or every cell is a bare
 *   percentage (a percentage table: checked through the denominators in the headers).
 * Every problem names the table, the line, and the row and column labels as written.
 */
import { readCell } from './cell.ts';
import { parseRecords, type CsvRecord } from './csv.ts';
import { buildHeaders } from './header.ts';
import { countOf, denominatorOf, equations } from './table.ts';
import type { Cell, InputError, Place, Table, Warning } from './types.ts';

export interface ReadResult {
  tables: Table[];
  errors: InputError[];
  warnings: Warning[];
}

const isBlank = (r: CsvRecord) => r.fields.every((f) => f.trim() === '');
const isComment = (r: CsvRecord) => r.fields[0]!.trimStart().startsWith('#');

/** Drop trailing empty fields (spreadsheets pad rows to the widest one). */
function trimEnd(fields: readonly string[]): string[] {
  let end = fields.length;
  while (end > 0 && fields[end - 1]!.trim() === '') end--;
  return fields.slice(0, end);
}

export function readTables(text: string): ReadResult {
  const records = parseRecords(text);
  const blocks: CsvRecord[][] = [];
  let current: CsvRecord[] = [];
  for (const r of records) {
    if (isBlank(r)) {
      if (current.length) blocks.push(current);
      current = [];
      continue;
    }
    current.push(r);
  }
  if (current.length) blocks.push(current);

  const out: ReadResult = { tables: [], errors: [], warnings: [] };
  let number = 0;
  for (const block of blocks) {
    let title: string | undefined;
    const rows: CsvRecord[] = [];
    for (const r of block) {
      if (isComment(r)) {
        if (rows.length === 0) title = trimEnd(r.fields).join(' ').trim().replace(/^#+\s*/, '');
        continue;
      }
      rows.push(r);
    }
    if (rows.length === 0) continue;
    if (rows.length > 1 && trimEnd(rows[0]!.fields).length === 1 && trimEnd(rows[1]!.fields).length > 1) {
      title = rows.shift()!.fields[0]!.trim();
    }
    number++;
    const table = readTable(number, title, rows, out);
    if (table) out.tables.push(table);
  }
  if (number === 0) {
    out.errors.push({
      code: 'input/empty', message: '表がありません', hint: '1行目に列見出し、1列目に行見出しを置いた表を貼り付けてください',
      place: { line: 1, table: 0 },
    });
  }
  return out;
}

function readTable(number: number, title: string | undefined, records: CsvRecord[], out: ReadResult): Table | undefined {
  const errorsBefore = out.errors.length;
  const header = records[0]!;
  const headerFields = trimEnd(header.fields);
  const place = (line: number, row?: string, col?: string): Place => ({
    table: number, line, ...(row !== undefined && { row }), ...(col !== undefined && { col }),
  });
  const fail = (code: string, message: string, hint: string, p: Place) => out.errors.push({ code, message, hint, place: p });

  if (headerFields.length < 2) {
    fail('table/no-columns', '列見出しがありません', '1行目に「（行の名前）<タブ>列1<タブ>列2 …」の形で列見出しを書いてください', place(header.line));
    return undefined;
  }
  if (records.length < 2) {
    fail('table/no-rows', '見出しの行しかありません', '2行目から、1列目に行見出し、続けて値を書いてください', place(header.line));
    return undefined;
  }
  const colRaws = headerFields.slice(1);
  colRaws.forEach((raw, c) => {
    if (raw.trim() === '') fail('header/empty', `${c + 2}列目の列見出しが空です`, '列見出しを書いてください', place(header.line));
  });
  const rowRecords = records.slice(1);
  const rowRaws = rowRecords.map((r) => r.fields[0] ?? '');
  rowRecords.forEach((r, i) => {
    if (rowRaws[i]!.trim() === '') {
      fail('header/empty', `${r.line}行目の行見出しが空です`, '1列目に行見出しを書いてください', place(r.line));
    }
  });
  const cols = buildHeaders(colRaws);
  const rows = buildHeaders(rowRaws);
  for (const e of cols.errors) fail(e.code, e.message, e.hint, place(header.line, undefined, cols.headers[e.index]!.label));
  for (const e of rows.errors) fail(e.code, e.message, e.hint, place(rowRecords[e.index]!.line, rows.headers[e.index]!.label));

  const cells: Cell[][] = [];
  rowRecords.forEach((r, ri) => {
    const rowLabel = rows.headers[ri]!.label;
    const fields = trimEnd(r.fields);
    if (fields.length - 1 < colRaws.length) {
      fail(
        'row/short', `行「${rowLabel}」のセルが足りません（列見出しは${colRaws.length}列、この行の値は${Math.max(0, fields.length - 1)}列）`,
        '行ごとに列見出しと同じ数の値を書いてください（0 のときも 0 と書きます）', place(r.line, rowLabel),
      );
    } else if (fields.length - 1 > colRaws.length) {
      fail(
        'row/long', `行「${rowLabel}」に列見出しのない値「${fields[colRaws.length + 1]!.trim()}」があります（${colRaws.length + 2}列目）`,
        '列見出しを加えるか、余分な値を消してください', place(r.line, rowLabel),
      );
    }
    const line: Cell[] = [];
    colRaws.forEach((_, ci) => {
      const text = fields[ci + 1] ?? '';
      if (ci + 1 >= fields.length && fields.length - 1 < colRaws.length) {
        line.push({ row: ri, col: ci, text, value: { kind: 'count', n: 0 }, line: r.line });
        return;
      }
      const reading = readCell(text);
      if (!reading.ok) {
        fail(reading.code, `行「${rowLabel}」・列「${cols.headers[ci]!.label}」: ${reading.message}`, reading.hint, place(r.line, rowLabel, cols.headers[ci]!.label));
        line.push({ row: ri, col: ci, text, value: { kind: 'count', n: 0 }, line: r.line });
        return;
      }
      line.push({ row: ri, col: ci, text, value: reading.value, line: r.line });
    });
    cells.push(line);
  });
  if (out.errors.length > errorsBefore) return undefined;

  const all = cells.flat();
  const firstPercent = all.find((c) => c.value.kind === 'percent');
  const firstCount = all.find((c) => c.value.kind === 'count');
  const label = (c: Cell) => `行「${rows.headers[c.row]!.label}」・列「${cols.headers[c.col]!.label}」`;
  if (firstPercent && firstCount) {
    fail(
      'table/mixed', `件数と割合が別々のセルにあります（${label(firstCount)}は件数「${firstCount.text.trim()}」、${label(firstPercent)}は割合「${firstPercent.text.trim()}」）`,
      'どの割合がどの件数のものか分からないと、秘匿した件数が割合から分かってしまうかを確かめられません。「8 (3.2%)」のように件数と割合を一つのセルに書くか、件数の表と割合の表に分けてください',
      place(firstPercent.line, rows.headers[firstPercent.row]!.label, cols.headers[firstPercent.col]!.label),
    );
    return undefined;
  }
  const table: Table = {
    number, ...(title !== undefined && { title }), corner: headerFields[0]!.trim(), rows: rows.headers, cols: cols.headers, cells,
    kind: firstPercent ? 'percent' : 'count', line: header.line,
  };
  validateTable(table, out, place);
  return out.errors.length > errorsBefore ? undefined : table;
}

function validateTable(table: Table, out: ReadResult, place: (line: number, row?: string, col?: string) => Place): void {
  const rowLabel = (r: number) => table.rows[r]!.label;
  const colLabel = (c: number) => table.cols[c]!.label;
  for (const cell of table.cells.flat()) {
    const v = cell.value;
    if (v.kind === 'count' && v.denominator !== undefined && v.n > v.denominator) {
      out.errors.push({
        code: 'cell/over-denominator', message: `行「${rowLabel(cell.row)}」・列「${colLabel(cell.col)}」: 分子 ${v.n} が分母 ${v.denominator} より大きい`,
        hint: '「分子/分母」の順に書いてください', place: place(cell.line, rowLabel(cell.row), colLabel(cell.col)),
      });
    }
    if (v.kind === 'percent' && v.percent > 100) {
      out.warnings.push({
        code: 'cell/over-100', message: `行「${rowLabel(cell.row)}」・列「${colLabel(cell.col)}」: 割合 ${v.percent}% が100%を超えています`,
        place: place(cell.line, rowLabel(cell.row), colLabel(cell.col)),
      });
    }
  }
  if (table.kind === 'percent') {
    const noDenominator = table.cells.flat().filter((c) => denominatorOf(table, c.row, c.col) === undefined);
    if (noDenominator.length > 0) {
      const c = noDenominator[0]!;
      out.warnings.push({
        code: 'percent/no-denominator',
        message: `${noDenominator.length}個の割合に分母がありません（最初は行「${rowLabel(c.row)}」・列「${colLabel(c.col)}」）。分母が分からない割合からは患者数を判定できません`,
        place: place(c.line, rowLabel(c.row), colLabel(c.col)),
      });
    }
    out.warnings.push({
      code: 'percent/no-secondary',
      message: `表${table.number}は割合だけの表のため、閾値の判定だけを行い、二次秘匿と監査は行いません。件数の表で確かめることをお勧めします`,
      place: place(table.line),
    });
    return;
  }
  for (const eq of equations(table)) {
    const [total, ...parts] = eq.terms;
    const sum = parts.reduce((s, t) => s + countOf(table.cells[t.row]![t.col]!), 0);
    const cell = table.cells[total!.row]![total!.col]!;
    if (sum === countOf(cell)) continue;
    const partLabels = parts.map((t) => `「${eq.along === 'rows' ? rowLabel(t.row) : colLabel(t.col)}」`).join('');
    const what = eq.along === 'rows' ? `行「${rowLabel(total!.row)}」` : `列「${colLabel(total!.col)}」`;
    out.errors.push({
      code: 'total/mismatch',
      message: `${what}が内訳の和と合いません: 行「${rowLabel(cell.row)}」・列「${colLabel(cell.col)}」の値は ${countOf(cell)}、内訳${partLabels}の和は ${sum}`,
      hint: '合計・小計の値か内訳の値を確かめてください。小計の範囲は字下げか「小計」の位置で決まります',
      place: place(cell.line, rowLabel(cell.row), colLabel(cell.col)),
    });
  }
}
