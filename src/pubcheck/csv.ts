/** Splits pasted TSV or a CSV file into records (RFC 4180 quoting, BOM, CRLF), and decodes file bytes. */
import { hasHtmlFrame, hasHtmlTable, htmlNotes, htmlRecords, HtmlHidden, HtmlSpanEnds, HtmlTooDeep, HtmlTooWide } from './html.ts';

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

/** A file that is no text: a spreadsheet's own format, a PDF, or other bytes the checker cannot read as a table. */
export class NotText extends Error {
  /** What to do instead, in words. */
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}

/** Signatures of binary files people save tables as: the message names the format and how to save it as text. */
const BINARY: { magic: number[]; name: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], name: 'Excel（.xlsx）などの圧縮されたファイル' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], name: '古い形式の Excel（.xls）などのファイル' },
  { magic: [0x25, 0x50, 0x44, 0x46], name: 'PDF' },
];

/**
 * Which half of each pair holds the zeros of ASCII in UTF-16 text without a BOM (Excel's 「Unicode テキスト」 always
 * writes one; other tools may not): tabs, digits and line ends are ASCII, so their high bytes are 0.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  if (odd >= pairs / 4 && even === 0) return 'utf-16le';
  if (even >= pairs / 4 && odd === 0) return 'utf-16be';
  return undefined;
}

/** Whether the bytes are text of this encoding (no NUL). */
function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    return !new TextDecoder(encoding, { fatal: true }).decode(bytes).includes('\u0000');
  } catch {
    return false;
  }
}

/** A file that ends inside a character: cut short (a download or a copy stopped), not text of another encoding. */
const cutShort = (encoding: string) =>
  new NotText(
    `ファイルが文字の途中で終わっています（${encoding} の最後の文字が欠けています。ファイルが途中で切れているようです）`,
    '元のファイルを保存し直すか、表を選んでコピーし、貼り付けてください。最後の行まで揃っているかも確かめてください',
  );

/**
 * Valid characters of two bytes or more per byte that is no UTF-8 where most of a file is UTF-8: a damaged UTF-8 file,
 * not Shift_JIS (the checker's corpus of 673 tables with Japanese text, saved as Shift_JIS, has at most one valid
 * UTF-8 character of several bytes per invalid byte).
 */
const DAMAGED_UTF8 = 8;

/**
 * The bytes read as UTF-8 (RFC 3629, no overlong forms or surrogates): characters of two bytes or more, bytes or
 * sequences that are none (and the first of them), and whether the bytes end inside a character that began well.
 */
function utf8Shape(bytes: Uint8Array): { multi: number; bad: number; firstBad: number; cut: boolean } {
  let multi = 0;
  let bad = 0;
  let firstBad = -1;
  let cut = false;
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // The length of the sequence and the range of its second byte.
    const [need, lo, hi] =
      c >= 0xc2 && c <= 0xdf
        ? [1, 0x80, 0xbf]
        : c === 0xe0
          ? [2, 0xa0, 0xbf]
          : c === 0xed
            ? [2, 0x80, 0x9f]
            : c >= 0xe1 && c <= 0xef
              ? [2, 0x80, 0xbf]
              : c === 0xf0
                ? [3, 0x90, 0xbf]
                : c >= 0xf1 && c <= 0xf3
                  ? [3, 0x80, 0xbf]
                  : c === 0xf4
                    ? [3, 0x80, 0x8f]
                    : [0, 0, 0];
    let j = i + 1;
    let ok = need > 0;
    for (let k = 0; ok && k < need; k++, j++) {
      if (j >= n) {
        cut = true;
        break;
      }
      const x = bytes[j]!;
      ok = k === 0 ? x >= lo && x <= hi : x >= 0x80 && x <= 0xbf;
    }
    if (cut) break;
    if (ok) {
      multi++;
      i = j;
    } else {
      if (bad++ === 0) firstBad = i;
      i++;
    }
  }
  return { multi, bad, firstBad, cut };
}

/**
 * Decode a file: UTF-8 (with or without BOM); UTF-16 (Excel's 「Unicode テキスト」, tab-separated, with its BOM, or
 * without one where the zeros of ASCII show the byte order); or Shift_JIS when the bytes are none of these
 * (spreadsheets in Japan often save CSV as Shift_JIS). A spreadsheet's own format, a PDF or other bytes that are
 * no text are refused (`NotText`), never read as garbled labels.
 */
export function decodeBytes(bytes: Uint8Array): string {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  const binary = BINARY.find((f) => starts(f.magic));
  if (binary) {
    throw new NotText(
      `ファイルは${binary.name}で、表のテキストとして読めません`,
      '表計算ソフトで「CSV」か「テキスト（タブ区切り）」で保存し直すか、表を選んでコピーし、貼り付けてください',
    );
  }
  const utf16 = starts([0xff, 0xfe]) ? 'utf-16le' : starts([0xfe, 0xff]) ? 'utf-16be' : utf16Order(bytes);
  if (utf16 && bytes.length % 2 === 1) throw cutShort('UTF-16');
  if (!utf16) {
    // UTF-8 cut or damaged is said so before Shift_JIS is tried: read as Shift_JIS, its bytes would be garbled labels
    // (a UTF-8 file cut inside its last character read 「A群」 as 「A鄒､」 and checked it).
    const shape = utf8Shape(bytes);
    if (shape.bad === 0 && shape.cut && shape.multi > 0) throw cutShort('UTF-8');
    if (shape.bad > 0 && shape.multi >= DAMAGED_UTF8 * shape.bad) {
      const line = lineOfByte(bytes, shape.firstBad);
      throw new NotText(
        `UTF-8 のファイルですが、文字として読めないバイトが ${shape.bad} か所にあります（最初は ${line}行目）。壊れたファイルか、一部だけ別の文字コードで書かれたファイルのようです`,
        'ファイルが壊れていないか確かめ、表計算ソフトで「CSV UTF-8」か「テキスト（タブ区切り）」で保存し直すか、表を選んでコピーし、貼り付けてください',
      );
    }
  }
  const encodings = utf16 ? [utf16] : ['utf-8', 'shift_jis'];
  /** The first encoding that decoded the bytes but for a NUL, and the line of its first NUL. */
  let nul: { encoding: string; line: number } | undefined;
  for (const encoding of encodings) {
    try {
      // 「\r\r\n」 (line ends converted twice) as 「\r\n」: the page's text area would make it a line end and an empty line.
      const text = stripBom(new TextDecoder(encoding, { fatal: true }).decode(bytes)).replace(/(?<!\r)\r{2,}\n/g, '\r\n');
      // A NUL is in no table's text: bytes that decode without one are text of this encoding.
      const at = text.indexOf('\u0000');
      if (at < 0) return text;
      nul ??= { encoding, line: lineAt(text, at) };
    } catch {
      // Not this encoding: try the next.
    }
  }
  // Shift_JIS whose last character lost its second byte: cut short, as UTF-8 above.
  if (!utf16 && bytes.length > 1 && decodes('shift_jis', bytes.subarray(0, -1)) && bytes.some((b) => b >= 0x80))
    throw cutShort('Shift_JIS');
  const hint = '表計算ソフトで「CSV UTF-8」か「テキスト（タブ区切り）」で保存し直すか、表を選んでコピーし、貼り付けてください';
  // Text but for a NUL (a byte 0 that a program wrote into it): the line, so that it can be found and taken out.
  if (nul) {
    return fail(
      `${nul.line}行目に、文字コード 0 の見えない文字があります（${ENCODING_NAMES[nul.encoding] ?? nul.encoding} として読んだとき）。表のテキストにはない文字で、ファイルが壊れているか、文字のファイルではないようです`,
      `その行からその文字を取り除くか、${hint}`,
    );
  }
  // Where the bytes stop being UTF-8 (a file written partly in another encoding, a lone half of a surrogate pair):
  // the line, as for a damaged UTF-8 file above.
  const firstBad = utf16 ? -1 : utf8Shape(bytes).firstBad;
  const where = firstBad < 0 ? '' : `。UTF-8 として読めない最初のバイトは ${lineOfByte(bytes, firstBad)}行目にあります`;
  return fail(`ファイルを文字として読めません（UTF-8、UTF-16、Shift_JIS のどれでもありません）${where}`, hint);
}

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', shift_jis: 'Shift_JIS', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };
const fail = (message: string, hint: string): never => {
  throw new NotText(message, hint);
};
/** The 1-based line of a place in a text (line ends: LF, CRLF, CR). */
const lineAt = (text: string, at: number) => 1 + (text.slice(0, at).match(/\r\n|\r|\n/g)?.length ?? 0);
/** The 1-based line of a byte of a file in UTF-8, Shift_JIS or another ASCII-compatible encoding (LF ends a line). */
const lineOfByte = (bytes: Uint8Array, at: number) => 1 + bytes.subarray(0, at).filter((b) => b === 0x0a).length;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Characters that show nothing and separate nothing (Unicode's format characters: zero-width spaces and joiners, the
 * soft hyphen, direction marks, a BOM inside the text), as web pages and word processors leave them in copied text:
 * a reader sees 「12」 where the text holds 「1\u200b2」, so the checker reads what is seen. Not the overrides of
 * direction (U+202D, U+202E): after one a reader sees 「03」 where the text holds 「30」 (removed, the 30 was read;
 * adversary21); kept, a table's line holding one is refused (cell.ts `foreignText`). Nor those that turn digits from
 * right to left without an override (html13): the right-to-left mark and the Arabic letter mark (U+200F, U+061C), the
 * right-to-left embedding (U+202B) and isolates (U+2067, U+2068): 「3\u200f1」 is shown 「13」 (the bidi algorithm
 * reverses digits around a strong right-to-left character), and was read as 31; kept and refused alike.
 */
const INVISIBLE = /(?![\u202d\u202e\u200f\u061c\u202b\u2067\u2068])\p{Cf}/gu;
/** Spaces of other widths (no-break, en, em, thin, narrow no-break …): one space, as NFKC makes them. U+3000 stays (an indentation of two). */
const OTHER_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f]/g;

/**
 * Decimal digits of other scripts (Unicode's Nd: Arabic-Indic 「٣」, Devanagari 「३」, Thai 「๓」 …) as the digit each
 * shows (html9): a reader reads 「男性 ٣例」 as three patients; on main it held no digit for any reading (a note of it
 * passed unsaid, a cell of it refused as text). Fullwidth and mathematical digits, which NFKC reads, are taken here
 * too. Each run of Nd characters is a script's 0–9 (or five alphabets of them), so a digit's value is its distance
 * from its run's start, modulo 10.
 */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
const ND = /^\p{Nd}$/u;
function digitValue(ch: string): string {
  const cp = ch.codePointAt(0)!;
  let start = cp;
  while (start > cp - 60 && ND.test(String.fromCodePoint(start - 1))) start--;
  return String((cp - start) % 10);
}

/**
 * The text as the checker reads it: without BOM and invisible characters, other spaces as spaces, other scripts'
 * digits as 0–9 (`OTHER_DIGIT`), and the Unicode line and paragraph separators as line ends; 「\r\r\n」 (a CRLF text whose line ends were converted twice) is one
 * line end, not a line end and an empty line that would end each table after its header. Line numbers are otherwise
 * those of the text as pasted.
 */
export function cleanText(text: string): string {
  return stripBom(text)
    .replace(INVISIBLE, '')
    .replace(OTHER_SPACE, ' ')
    .replace(OTHER_DIGIT, digitValue)
    .replace(/(?<!\r)\r+\n|[\u2028\u2029]/g, '\n');
}

/**
 * The field separator: a tab if the text has one (what a spreadsheet puts on the clipboard); otherwise a semicolon
 * where lines hold semicolons and every line holding a comma (outside quotes) holds a semicolon too (a CSV saved by a
 * spreadsheet set to a language that writes decimals with a comma: 「x;12,5%;3」); otherwise a comma (a CSV file).
 */
export function detectSeparator(text: string): '\t' | ',' | ';' {
  if (text.includes('\t')) return '\t';
  let semicolons = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const bare = line.replace(/"(?:[^"]|"")*"/g, '');
    const semicolon = bare.includes(';');
    if (bare.includes(',') && !semicolon) return ',';
    semicolons ||= semicolon;
  }
  return semicolons ? ';' : ',';
}

/** Excel's first line naming the separator of a CSV file (「sep=;」). */
const SEP_LINE = /^sep=([,;\t|])\s*$/i;

/**
 * Records of the text. A field may be quoted ("…"), with "" for a quote inside; quoted fields may hold
 * separators and line breaks. Line breaks are LF, CRLF or CR. Markdown tables are read as their cells.
 */
export function parseRecords(input: string, separator?: string): CsvRecord[] {
  return readRecords(input, separator).records;
}

/** The records of a text and how it was read. */
export interface Records {
  records: CsvRecord[];
  /** The line of a quoted field left open at the end of the text (it swallowed everything after it). */
  unclosedQuote?: number;
  /** The separator of fields outside Markdown tables. */
  separator: string;
  /** Where the separator was named by a first line 「sep=;」 (Excel's way): that line, not part of any table. */
  sepLine?: number;
  /** First lines of the Markdown tables read (their header rows). */
  markdown: number[];
  /** Read as HTML (html.ts): the text holds a <table>. */
  html?: true;
  /** HTML nested deeper than html.ts `HTML_DEPTH`, from this line: not read (refused, read.ts `input/html-depth`). */
  htmlTooDeep?: number;
  /** An HTML row with text past the places html.ts writes out (`HtmlTooWide`): not read (refused, read.ts). */
  htmlTooWide?: { line: number; column: number; places?: number | undefined };
  /** An element of a table the page does not show as text (`HtmlHidden`): not read (refused, read.ts `input/html-hidden`). */
  htmlHidden?: { line: number; how: string; sheet?: string | undefined; frame?: { tag: string; address: string } | undefined };
  /** Readings of ours in the HTML (html.ts `HtmlNote`: a table in a closed tab read as published), said (read.ts). */
  htmlNotes?: readonly { code: string; line: number; message: string }[];
  /** A merged cell holding a number followed by an empty cell of its own (`HtmlSpanEnds`): refused (read.ts). */
  htmlSpanEnds?: { line: number; cell: string; cols: number };
  /**
   * A line of cells between pipes (「| A | B |」) in no Markdown table: no delimiter row 「|---|---|」 under its header,
   * or one with another number of cells. Read as one cell, it would be a note; refused instead.
   */
  pipes?: { line: number; delimiterCells?: number; headerCells?: number };
}

/** A Markdown table's delimiter cell: 「---」「:--」「--:」「:-:」. */
const DELIMITER_CELL = /^\s*:?-+:?\s*$/;

/**
 * The cells of a line of a Markdown table (GitHub's tables): split at each pipe not escaped (「\\|」 is a pipe in a
 * cell), the outer pipes optional; undefined where the line has no pipe. Cells are as written (see markdownCell).
 */
export function pipeCells(line: string): string[] | undefined {
  const s = line.trim();
  if (!s.includes('|')) return undefined;
  const cells: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x7c) {
      cells.push(s.slice(from, i));
      from = i + 1;
    }
  }
  cells.push(s.slice(from));
  if (cells.length === 1) return undefined;
  if (s.startsWith('|')) cells.shift();
  if (cells.length > 1 && from === s.length) cells.pop();
  return cells;
}

/** The few character references Markdown tables use (others are left as written, and refused as markup). */
const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  le: '≤',
  ge: '≥',
  minus: '−',
  ndash: '–',
  mdash: '—',
  times: '×',
  plusmn: '±',
  middot: '·',
};

/**
 * Strong emphasis 「**…**」 without its marks, in one pass: each 「**」 followed by a character that is no space opens,
 * the next preceded by one closes (GitHub's rule, simplified); marks that pair with none stay.
 */
function strong(text: string): string {
  const parts = text.split('**');
  if (parts.length < 3) return text;
  const paired = new Set<number>();
  let opener = -1;
  for (let k = 1; k < parts.length; k++) {
    const closes = opener >= 0 && /\S$/.test(parts[k - 1]!);
    if (closes) {
      paired.add(opener).add(k);
      opener = -1;
    } else if (/^\S/.test(parts[k]!)) opener = k;
  }
  return parts.map((p, k) => (k === 0 || paired.has(k) ? p : `**${p}`)).join('');
}

/** Characters of a Markdown cell whose escapes, references, code spans and emphasis are read. */
export const MARKDOWN_CELL = 2_000;

/** A character that may start an escape, a line break, a code span, emphasis or a reference in a Markdown cell. */
const MARKDOWN_MARK = /[\\<`*_&]/;

/**
 * A Markdown table cell as its reader sees it: spaces around it dropped, backslash escapes (「\\|」「\\*」) as the
 * character, 「<br>」 as a line break inside the cell, character references (「&nbsp;」, 「&#12288;」) as their
 * characters, code spans and emphasis (「**合計**」, 「*3*」) without their marks. Other HTML is left as written (the
 * reader refuses it).
 */
export function markdownCell(raw: string): string {
  // Longer cells are no label or value of a table (the reader refuses them as written): taken as written.
  if (raw.length > MARKDOWN_CELL) return cleanText(raw.trim());
  // A cell with no mark of Markdown or HTML (most cells: 「男性」「30」) has nothing else to read.
  if (!MARKDOWN_MARK.test(raw)) return cleanText(raw.replace(/^[ \t]+|(?<![ \t])[ \t]+$/g, ''));
  const escaped: string[] = [];
  // Escapes first, kept apart so that 「\\*」 is no emphasis and 「\\&amp;」 no reference.
  let t = raw.replace(/^[ \t]+|(?<![ \t])[ \t]+$/g, '').replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => {
    escaped.push(ch);
    return `\u{F0000}${escaped.length - 1}\u{F0001}`;
  });
  t = t.replace(/<br\s*\/?>/gi, '\n').replace(/(`+)([^`]*?)\1/g, (_, _ticks, code: string) => code.trim());
  t = strong(t)
    .replace(/^(__|\*(?!\*)|_(?!_))(?=\S)(.+?)(?<=\S)\1$/, '$2')
    .replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));/g, (whole, dec?: string, hex?: string, name?: string) => {
      const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
      if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      return ENTITIES[name!] ?? whole;
    });
  return cleanText(t.replace(/\u{F0000}(\d+)\u{F0001}/gu, (whole: string, i: string) => escaped[Number(i)] ?? whole));
}

/**
 * The Markdown tables of the lines: a line with a pipe over a delimiter row (「|---|:--:|」) of as many cells, and the
 * lines with a pipe below it up to the first without one (or an empty line). Each row is a record of its cells; the
 * delimiter row is none. Keyed by the 0-based index of the header line; the value is the index after the table.
 */
function markdownTables(lines: readonly string[]): Map<number, { end: number; records: CsvRecord[] }> {
  const tables = new Map<number, { end: number; records: CsvRecord[] }>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = pipeCells(lines[i]!);
    const delimiter = head && pipeCells(lines[i + 1]!);
    if (!head || !delimiter || delimiter.length !== head.length || !delimiter.every((c) => DELIMITER_CELL.test(c))) continue;
    const records: CsvRecord[] = [{ fields: head.map(markdownCell), line: i + 1 }];
    let end = i + 2;
    for (; end < lines.length; end++) {
      const cells = lines[end]!.trim() === '' ? undefined : pipeCells(lines[end]!);
      if (!cells) break;
      records.push({ fields: cells.map(markdownCell), line: end + 1 });
    }
    tables.set(i, { end, records });
    i = end - 1;
  }
  return tables;
}

/**
 * Records, and how the text was read: its separator (a first line 「sep=;」 names it, as Excel writes), Markdown
 * tables read cell by cell wherever they stand, lines of pipes that are no Markdown table, and the line of a quoted
 * field left open.
 */
export function readRecords(input: string, separator?: string, notPipes?: ReadonlySet<number>): Records {
  const text = cleanText(input);
  // A table in HTML (a web page saved, or its source pasted): read as a browser shows it (html.ts), each cell's text
  // cleaned as a text is (an entity's no-break space, 「&nbsp;」, is an indentation as in a spreadsheet's copy).
  if (hasHtmlTable(text) || hasHtmlFrame(text)) {
    try {
      const html = htmlRecords(text);
      const notes = htmlNotes(html);
      return {
        records: html.map((r) => ({ fields: r.fields.map(cleanText), line: r.line })),
        separator: '\t',
        markdown: [],
        html: true,
        ...(notes.length > 0 ? { htmlNotes: notes } : {}),
      };
    } catch (e) {
      if (e instanceof HtmlTooWide)
        return {
          records: [],
          separator: '\t',
          markdown: [],
          html: true,
          htmlTooWide: { line: e.line, column: e.column, places: e.places },
        };
      if (e instanceof HtmlSpanEnds)
        return { records: [], separator: '\t', markdown: [], html: true, htmlSpanEnds: { line: e.line, cell: e.cell, cols: e.cols } };
      if (e instanceof HtmlHidden)
        return {
          records: [],
          separator: '\t',
          markdown: [],
          html: true,
          htmlHidden: { line: e.line, how: e.how, sheet: e.sheet, frame: e.frame },
        };
      if (!(e instanceof HtmlTooDeep)) throw e;
      return { records: [], separator: '\t', markdown: [], html: true, htmlTooDeep: e.line };
    }
  }
  const lines = text.split(/\r\n|\r|\n/);
  // The text's last line end ends its last line; no empty line follows it.
  if (lines[lines.length - 1] === '') lines.pop();
  const sep = SEP_LINE.exec(lines[0] ?? '');
  const first = sep ? 1 : 0;
  const tables = markdownTables(lines.slice(first));
  const out: Records = {
    records: [],
    separator: separator ?? sep?.[1] ?? '',
    markdown: [],
    ...(sep && { sepLine: 1 }),
  };
  // The lines outside Markdown tables, in runs, each parsed as TSV or CSV with its own line numbers.
  const runs: { from: number; to: number }[] = [];
  let from = first;
  const starts = [...tables.keys()].sort((a, b) => a - b);
  for (const start of starts) {
    const at = start + first;
    if (at > from) runs.push({ from, to: at });
    from = tables.get(start)!.end + first;
  }
  if (from < lines.length) runs.push({ from, to: lines.length });
  // Each line of a run ends with a line end, so that an empty line between two Markdown tables is a record and ends the first.
  const runText = (run: { from: number; to: number }) => `${lines.slice(run.from, run.to).join('\n')}\n`;
  if (out.separator === '') out.separator = detectSeparator(runs.map(runText).join(''));
  const parts: { at: number; records: CsvRecord[] }[] = [];
  for (const run of runs) {
    const parsed = parseText(runText(run), out.separator, run.from);
    if (parsed.unclosedQuote !== undefined) out.unclosedQuote ??= parsed.unclosedQuote;
    parts.push({ at: run.from, records: parsed.records });
    if (!out.pipes && out.separator !== '|') {
      for (let k = run.from; k < run.to; k++) {
        // A line between pipes, or one over a delimiter row whose cells do not match it.
        // A line of another reading's (SAS PROC FREQ's crosstab listing, listing.ts `sasCrossLines`) is no Markdown row.
        const cells = notPipes?.has(k + 1) ? undefined : pipeCells(lines[k]!);
        if (!cells) continue;
        const next = k + 1 < run.to ? pipeCells(lines[k + 1]!) : undefined;
        const delimiterCells = next?.every((c) => DELIMITER_CELL.test(c)) ? next.length : undefined;
        if (delimiterCells === undefined && !/^\s*\|.*\|\s*$/.test(lines[k]!)) continue;
        out.pipes = { line: k + 1, ...(delimiterCells !== undefined && { delimiterCells, headerCells: cells.length }) };
        break;
      }
    }
  }
  for (const start of starts) {
    parts.push({ at: start + first, records: tables.get(start)!.records });
    out.markdown.push(start + first + 1);
  }
  out.records = parts.sort((a, b) => a.at - b.at).flatMap((p) => p.records);
  return out;
}

/** Records of TSV or CSV text whose first line is line `offset + 1` of the input. */
function parseText(text: string, separator: string, offset: number): { records: CsvRecord[]; unclosedQuote?: number } {
  let unclosedQuote: number | undefined;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = offset + 1;
  let recordLine = line;
  let i = 0;
  let atFieldStart = true;
  const endField = () => {
    fields.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    records.push({ fields, line: recordLine });
    fields = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (atFieldStart && ch === '"') {
      // A quoted field runs to the next quote that is not doubled.
      const opened = line;
      let closed = false;
      i++;
      while (i < text.length) {
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (q === '\r' || q === '\n') {
          line++;
          if (q === '\r' && text[i + 1] === '\n') {
            field += '\n';
            i += 2;
            continue;
          }
          field += '\n';
          i++;
          continue;
        }
        field += q;
        i++;
      }
      if (!closed) unclosedQuote = opened;
      atFieldStart = false;
      continue;
    }
    atFieldStart = false;
    if (ch === separator) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    i++;
  }
  if (field !== '' || fields.length > 0 || !atFieldStart) endRecord();
  return { records, ...(unclosedQuote !== undefined && { unclosedQuote }) };
}

/** Drop trailing empty fields (spreadsheets pad rows to the widest one). */
export function trimEnd(fields: readonly string[]): string[] {
  let end = fields.length;
  while (end > 0 && fields[end - 1]!.trim() === '') end--;
  return fields.slice(0, end);
}
