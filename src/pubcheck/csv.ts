/** Splits pasted TSV or a CSV file into records (RFC 4180 quoting, BOM, CRLF), and decodes file bytes. */

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
  const encodings = utf16 ? [utf16] : ['utf-8', 'shift_jis'];
  for (const encoding of encodings) {
    try {
      const text = stripBom(new TextDecoder(encoding, { fatal: true }).decode(bytes));
      // A NUL is in no table's text: bytes that decode without one are text of this encoding.
      if (!text.includes('\u0000')) return text;
    } catch {
      // Not this encoding: try the next.
    }
  }
  throw new NotText(
    'ファイルを文字として読めません（UTF-8、UTF-16、Shift_JIS のどれでもありません）',
    '表計算ソフトで「CSV UTF-8」か「テキスト（タブ区切り）」で保存し直すか、表を選んでコピーし、貼り付けてください',
  );
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The field separator: a tab if the text has one (what a spreadsheet puts on the clipboard),
 * otherwise a comma (a CSV file).
 */
export function detectSeparator(text: string): '\t' | ',' {
  return text.includes('\t') ? '\t' : ',';
}

/**
 * Records of the text. A field may be quoted ("…"), with "" for a quote inside; quoted fields may hold
 * separators and line breaks. Line breaks are LF, CRLF or CR.
 */
export function parseRecords(input: string, separator = detectSeparator(input)): CsvRecord[] {
  return readRecords(input, separator).records;
}

/** Records, and the line of a quoted field left open at the end of the text (it swallowed everything after it). */
export function readRecords(input: string, separator = detectSeparator(input)): { records: CsvRecord[]; unclosedQuote?: number } {
  let unclosedQuote: number | undefined;
  const text = stripBom(input);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
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
