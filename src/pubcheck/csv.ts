/** Splits pasted TSV or a CSV file into records (RFC 4180 quoting, BOM, CRLF), and decodes file bytes. */

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

/**
 * Decode a file: UTF-8 (with or without BOM), or Shift_JIS when the bytes are not valid UTF-8
 * (spreadsheets in Japan often save CSV as Shift_JIS).
 */
export function decodeBytes(bytes: Uint8Array): string {
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
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
