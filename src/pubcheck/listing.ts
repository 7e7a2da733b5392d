/**
 * Text as statistical software prints it to a listing or a console (formats34, issue #11), read before the lines are
 * cut into tables:
 * - SAS's page framing: the page title 「The SAS System」 (with its time, date and page number) and lines of a page
 *   number alone (「Page 2 of 3」「- 2 -」「2 ページ」) are no counts: taken out, said. Before, each was refused as a line
 *   with a number (`line/count`: 「10:23」「2026」「1」).
 * - SAS PROC FREQ's footer 「Frequency Missing = 3」 (and 「Frequency Missing」 with its count in a cell of its own) IS a
 *   count — the patients left out of the table for a missing value: read as a table of its own, one line
 *   「Frequency Missing」 under 「件数」, checked as any count (3 under the threshold is hidden). Before, refused as a
 *   note with a number (`line/count`) or as a header with no rows (`table/no-rows`).
 * - pandas' Series footer 「Name: sex, dtype: int64」 / 「dtype: int64」: taken out, said.
 * - Columns aligned with spaces (R's print() of table(), xtabs(), addmargins(); SAS listing): a run of lines of one
 *   field each where every line but the header ends in the same number k ≥ 1 of whole counts after a label of words,
 *   the labels all different, and the header holds k words (or k + 1, the first the row variable's name, as R prints
 *   it), at most one line of one word above it (the column variable's name, read as the title): read as tab-separated
 *   columns, said. Anything else (a label or a column name of two words in the header, a line of another length)
 *   is left as before (refused, `input/spaces`).
 */
import { normalise } from './cell.ts';
import { trimEnd, type CsvRecord } from './csv.ts';
import { quote } from './quote.ts';

export interface ListingNote {
  code: 'layout/listing-page' | 'layout/frequency-missing' | 'layout/spaces';
  line: number;
  message: string;
}

/** SAS's page title line: 「The SAS System」, then what SAS prints after it on that line (a time, a date, a page). */
const SAS_TITLE = /^the sas system(?: [\w:,./ ]*)?$/i;
/** A page number alone. */
const PAGE = /^(?:page ?\d+(?: ?(?:of|\/) ?\d+)?|- ?\d+ ?-|\d+ ?ページ|\d+ ?頁)$/i;
/** pandas' Series footer. */
const DTYPE = /^(?:name: \S+,? )?(?:length: \d+,? )?dtype: [a-z]+\d*$/i;
/** SAS PROC FREQ's footer of the patients with a missing value. */
const FREQ_MISSING = /^(frequency missing|missing frequency|欠測数|欠損値の数) ?[=:：]? ?(\d{1,9})$/i;
const COUNT = /^\d{1,9}$/;
/**
 * One printed value of a column aligned with spaces: a whole count, or a count and its share in brackets, 「30 (57.7%)」
 * 「30 (57.7)」 (formats35: R's print() of a formatted table, a SAS listing), taken as one word though it holds a space.
 */
const WORD = /\d{1,9} ?\(\d{1,3}(?:\.\d{1,9})?%?\)|\S+/g;
const VALUE = /^\d{1,9}(?: ?\(\d{1,3}(?:\.\d{1,9})?%?\))?$/;
const words = (t: string) => [...t.matchAll(WORD)].map((m) => m[0]);
/** A line of rules only (SAS listing, R's ftable): 「-----」「=====」「------+------」. */
const RULE = /^[-=─━+ ]+$/;

const text = (r: CsvRecord) => normalise(trimEnd(r.fields).join(' '));

/** The framing and footers taken out or read, and columns of spaces split. */
export function readListing(records: readonly CsvRecord[]): { records: CsvRecord[]; notes: ListingNote[] } {
  const notes: ListingNote[] = [];
  const out: CsvRecord[] = [];
  for (const [k, r] of records.entries()) {
    const t = text(r);
    if (t === '') {
      out.push(r);
      continue;
    }
    const filled = trimEnd(r.fields).filter((f) => f.trim() !== '').length;
    // Two cells (「Frequency Missing」 | 3) only as a footer: the last line of its block, and SAS's own words or a line
    // of its own between blank lines — a row 「欠測数」 | 3 inside a table, or over its 合計, is its row.
    const atEnd = k === records.length - 1 || text(records[k + 1]!) === '';
    const before = k === 0 || text(records[k - 1]!) === '';
    const one = filled === 1 || (filled === 2 && atEnd && (before || /^frequency missing /i.test(t)));
    if ((filled === 1 && (SAS_TITLE.test(t) || PAGE.test(t))) || ((filled === 1 || filled === 2) && DTYPE.test(t))) {
      notes.push({
        code: 'layout/listing-page',
        line: r.line,
        message: `${r.line}行目${quote(t)}は、統計ソフトの出力のページ見出し・ページ番号・型の表示と読み、表から外しました。その数は患者数ではありません（チェッカーの判断）`,
      });
      continue;
    }
    const missing = one ? FREQ_MISSING.exec(t) : null;
    if (missing) {
      notes.push({
        code: 'layout/frequency-missing',
        line: r.line,
        message:
          `${r.line}行目${quote(t)}は、SAS の PROC FREQ が表の外に書く、値のない患者の数と読み、1行の表（${quote(missing[1]!)} ${missing[2]} 人）として確かめました。` +
          'この数も公表される患者数です（チェッカーの判断）',
      });
      out.push(
        { line: r.line, fields: [''] },
        { line: r.line, fields: ['', '件数'] },
        { line: r.line, fields: [missing[1]!, missing[2]!] },
      );
      continue;
    }
    out.push(r);
  }
  return spaced(out, notes);
}

/** Runs of one-field lines whose columns are spaces, split where the layout leaves one reading. */
function spaced(records: CsvRecord[], notes: ListingNote[]): { records: CsvRecord[]; notes: ListingNote[] } {
  if (records.some((r) => trimEnd(r.fields).length > 1)) return { records, notes };
  const out: CsvRecord[] = [];
  let k = 0;
  while (k < records.length) {
    if (text(records[k]!) === '') {
      out.push(records[k++]!);
      continue;
    }
    let end = k;
    while (end < records.length && text(records[end]!) !== '') end++;
    const block = records.slice(k, end).filter((r) => !RULE.test(text(r)));
    const split = splitBlock(block);
    if (split) {
      out.push(...split);
      notes.push({
        code: 'layout/spaces',
        line: block[0]!.line,
        message:
          `${block[0]!.line}〜${block[block.length - 1]!.line}行目は、列を空白でそろえた表（R の print()、SAS の出力など）と読み、` +
          `空白で列に分けて読みました（${split[split.length - 1]!.fields.length - 1} 列、各行の最後の ${split[split.length - 1]!.fields.length - 1} つの数を値、その前を行見出しとして。チェッカーの判断）。` +
          '読み方が違う場合は、表計算ソフトで列に分けてからタブ区切りで貼り付けてください',
      });
    } else out.push(...records.slice(k, end));
    k = end;
  }
  return { records: out, notes };
}

/** The columns a terminal gives `s`: a wide (East Asian) character two where `wide`. */
const width = (s: string, wide: boolean) => {
  if (!wide) return s.length;
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
};

function splitBlock(block: CsvRecord[]): CsvRecord[] | undefined {
  if (block.length < 3) return undefined;
  const lines = block.map((r) => words(text(r)));
  // The data lines: from the first line ending in a whole count (or 「n (p%)」) to the end, each ending in the same
  // number of them.
  const trailing = (w: string[]) => {
    let n = 0;
    while (n < w.length && VALUE.test(w[w.length - 1 - n]!)) n++;
    return n;
  };
  const first = lines.findIndex((w) => trailing(w) > 0 && trailing(w) < w.length);
  if (first < 1 || first > 2) return undefined;
  const k = trailing(lines[first]!);
  const labels = new Set<string>();
  for (const w of lines.slice(first)) {
    if (trailing(w) !== k || w.length === k) return undefined;
    const label = w.slice(0, w.length - k).join(' ');
    if (labels.has(label)) return undefined;
    labels.add(label);
  }
  // Each column's numbers end at one place on every line (R and SAS right-align them), counted in characters or in
  // the columns a terminal gives them (a wide character two): 「Grade 1」 of a label read as a count would not.
  const ends = (r: CsvRecord, wide: boolean) => {
    const line = trimEnd(r.fields).join(' ');
    const cols: number[] = [];
    let w = 0;
    let prev = 0;
    for (const m of line.matchAll(WORD)) {
      const e = m.index + m[0].length;
      w += width(line.slice(prev, e), wide);
      prev = e;
      cols.push(w);
    }
    return cols.slice(cols.length - k);
  };
  const aligned = (wide: boolean) => {
    const at = ends(block[first]!, wide);
    return block.slice(first + 1).every((r) => ends(r, wide).every((e, q) => e === at[q]));
  };
  // 「n (p%)」 cells as R prints a character matrix: left-aligned, each column starting at one place (formats35).
  const starts = (r: CsvRecord, wide: boolean) => {
    const line = trimEnd(r.fields).join(' ');
    const cols: number[] = [];
    let w = 0;
    let prev = 0;
    for (const m of line.matchAll(WORD)) {
      w += width(line.slice(prev, m.index), wide);
      prev = m.index;
      cols.push(w);
    }
    return cols.slice(cols.length - k);
  };
  const pairs = lines.slice(first).some((w) => w.slice(w.length - k).some((v) => !COUNT.test(v)));
  const left = (wide: boolean) => {
    const at = starts(block[first]!, wide);
    return block.slice(first + 1).every((r) => starts(r, wide).every((e, q) => e === at[q]));
  };
  if (!aligned(false) && !aligned(true) && !(pairs && (left(false) || left(true)))) return undefined;
  const header = lines[first - 1]!;
  if (header.length !== k && header.length !== k + 1) return undefined;
  if (header.some((h) => COUNT.test(h))) return undefined;
  // Above the header: at most one line of one word (the column variable's name).
  if (first === 2 && lines[0]!.length !== 1) return undefined;
  const out: CsvRecord[] = [];
  if (first === 2) out.push({ line: block[0]!.line, fields: [lines[0]![0]!] });
  out.push({ line: block[first - 1]!.line, fields: header.length === k ? ['', ...header] : header });
  for (const [i, w] of lines.slice(first).entries())
    out.push({ line: block[first + i]!.line, fields: [w.slice(0, w.length - k).join(' '), ...w.slice(w.length - k)] });
  return out;
}
