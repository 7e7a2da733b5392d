/**
 * Table layouts people paste from spreadsheets and papers that the one-header-row, one-label-column convention does not
 * have, rewritten into it before a table is read:
 * - **Two or three header rows** (merged cells over the columns they span, left blank after the first when pasted,
 *   or over the rows they span, left blank below):
 *   「A群」 over 「男性」「女性」 is read as the columns 「A群・男性」「A群・女性」, the words joined by ・ as a label of two
 *   classifications (labels.ts links it to 「男性 A群」 in another table). A header row below the first is one whose
 *   first cell is blank and whose other cells are all words, none a value (or blank under a word); or, under an upper
 *   row with a blank corner some word of which spans two columns or more, one whose first cell is the stub's name (the
 *   label column's: pandas with an index name, kableExtra's add_header_above, gt's spanners), the corner read so.
 * - **A number in English words alone in brackets closing a cell** (「A群 (Twenty-eight)」): read as its digits.
 * - **Several label columns** (年代 | 性別 | counts…, the outer label left blank on the rows it spans): read as one
 *   label column, 「20代・男性」. A label column is one whose cells, below the header, are words or blank, never a value,
 *   before the first column holding values.
 * - **A count and its share in two columns** under one group (男性 | n | %): one column 「男性」 of 「3 (10.0%)」 cells.
 * Totals and subtotals among the joined labels (「A群・計」) are found by arithmetic as any are (sums.ts). The reading is
 * ours and is said as such (`layout/joined`); where a word of a label column holds a count (「3例」) it is not joined,
 * and the table is read as written (its errors say what is wrong).
 */
import { CLOSE_BRACKET, markedCell, normalise, readCell } from './cell.ts';
import { trimEnd, type CsvRecord } from './csv.ts';
import { bracketedEnglishNumber, COUNT_TEXT, DENOMINATOR_TEXT, headerDenominator, isSubtotalWord, isTotalLabel } from './header.ts';
import { SIZE_IN_BRACKETS, spacedNumber } from './labels.ts';
import { quote } from './quote.ts';

const blank = (s: string | undefined) => (s ?? '').trim() === '';
/** A number with a footnote mark or in brackets (「3*」「3†」「(3)」): a value, written so it fails to read. */
const MARKED_NUMBER = /^[(（[［]?\s*\d[\d,.]*\s*(?:[)）\]］]\s*)?(?:[*＊†‡§¶#]+\s*)?$/;
/** Codes of cells that are values written wrongly, not words (「3.0」「-3」「<3」「3①」, a rate that is not n/N). */
const FAILED_VALUE = new Set(['cell/decimal', 'cell/negative', 'cell/mark', 'cell/rate-mismatch', 'cell/too-large']);
/** `COUNT_TEXT` for `test` (no 'g': no lastIndex carried from one call to the next). */
const COUNT_IN_TEXT = new RegExp(COUNT_TEXT.source, 'i');
/**
 * A word of a header or a label: not blank, no value, no count with its unit in it, and no value written so that it
 * fails to read — 「3 (7.5)」 (a count and its percentage with no 「n (%)」 above it), 「3.0」, 「-3」, 「10未満」, 「3*」:
 * taken for a word, a column of them became a label column, its values part of the labels (「死亡・3 (7.5)」), published
 * with no check, where the table read as written is refused for the cell (its error says how to write it). A hidden
 * mark that is a letter (「x」) and a bound (「<65」「≥65」) stay words: a column of them is labels, or hidden values.
 */
/** A count in brackets closing a label (「Male （41例）」): the group's N, as in the first header row (header.ts). */
const BRACKETED_COUNT = new RegExp(String.raw`\s*[(（\[［]\s*(?:${COUNT_TEXT.source})\s*[)）\]］]\s*$`, 'i');
const word = (s: string): boolean => {
  // A word with its N in brackets is a word (combo: 「男性 （41例）」 under 「A群」 was refused as a row of values).
  const named = s.replace(BRACKETED_COUNT, '');
  if (named !== s && /\p{L}/u.test(named)) return word(named);
  if (blank(s) || COUNT_IN_TEXT.test(s)) return false;
  const reading = readCell(s);
  if (reading.ok || readCell(s, true).ok || FAILED_VALUE.has(reading.code)) return false;
  // words59: a count with a note's mark (「7※1」「7^a」「7 (a)」「7¹」) is a value: a column of them was a label column,
  // its counts published unchecked (「Hospitalization・7※1」). A letter glued or set apart (「1a」「2 b」) stays a word
  // (genotypes and stages are labels so).
  const marked = markedCell(s);
  if (marked && (!marked.letter || /[()^]/.test(marked.mark))) return false;
  const t = normalise(s);
  // A mark for a hidden value (「*」「＊」) is none; a bound is a label (「<65」「≥65」, 「10未満」 in a column of words).
  if (reading.code === 'cell/hidden' && !/\d/.test(t) && !/\p{L}/u.test(t)) return false;
  return !MARKED_NUMBER.test(t);
};
const join = (parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('・');
/** A word that names the total of its group (「計」 under 「A群」). */
const TOTAL_WORDS = /^(?:計|合計|小計|総計|全体|総数|total|subtotal|all)$/i;
/** Also in other languages, set off or marked (header.ts's words: 「Gesamt」「小计」「Total†」「【計】」, attack27); no N in it. */
const totalWord = (w: string) => TOTAL_WORDS.test(w) || (headerDenominator(w) === undefined && (isTotalLabel(w) || isSubtotalWord(w)));

/** A word under a group that names what is counted or how, not a group of its own (「A群 (N=40)」 over 「n」「%」). */
const UNIT_WORD = /^(?:n|%|n\s*(?:\(\s*)?%\s*\)?|\(%\)|\(n\)|人数|例数|患者数|件数|症例数|割合|比率|構成比|率|数|人|例|名|件)$/i;

/**
 * The N a group's word states (「A群 (N=40)」, 「A群（40例）」, 「A群（40）」, 「A群 40」; not 「Grade 3」「Week 4」), if
 * any.
 */
function groupN(group: string): number | undefined {
  const n = headerDenominator(group);
  if (n !== undefined) return n;
  const m = SIZE_IN_BRACKETS.exec(group.normalize('NFKC').trim());
  const bare = m ? Number(m[1]!.replace(/,/g, '')) : spacedNumber(group)?.n;
  // A year in brackets (「調査（2020）」) is part of the name.
  return bare === undefined || (bare >= 1900 && bare <= 2100) ? undefined : bare;
}
const withoutN = (group: string) => {
  const t = group.normalize('NFKC').replace(DENOMINATOR_TEXT, '').replace(SIZE_IN_BRACKETS, '').trim();
  return spacedNumber(t) ? t.replace(/(?<!\s)\s+[\d,]+$/, '') : t;
};

/** A group word stating an N over two or more labels that are groups of their own, not units. */
export interface GroupN {
  group: string;
  n: number;
  words: string[];
}

/**
 * The N of a group over several labels is the group's — the sum of its labels — and no label's own: 「A群 (N=40)」 over
 * 「男性」「女性」 joined into 「A群 (N=40)・男性」 gave each column N=40, so 40 − the men's published cells showed a
 * hidden count of the women's, and 25.0% under 男性 was read as 10 of 40 where it is at most 9 of the men. Each such
 * group's N is taken out of its labels: where the group spans every label of a count table it is the table's N (put in
 * the corner); where the group's last label is its total (「計」, read as 「A群・小計」) it is that column's N; otherwise it
 * is returned, and the table refused in words (read.ts). Over labels that are units (「n」「%」) the N is each
 * one's, as before.
 */
function takeGroupNs(
  groups: string[],
  words: string[],
  corner: string,
  percentages: () => boolean,
): { groups: string[]; corner: string; refused: GroupN[]; subtotalNs: Map<string, number> } {
  const refused: GroupN[] = [];
  const subtotalNs = new Map<string, number>();
  const out = [...groups];
  const distinct = [...new Set(groups.filter((g) => g.trim() !== ''))];
  for (const group of distinct) {
    const n = groupN(group);
    const under = words.filter((_, k) => groups[k] === group);
    if (n === undefined || under.length < 2 || under.every((w) => UNIT_WORD.test(w.normalize('NFKC').trim()))) continue;
    const stripped = withoutN(group);
    groups.forEach((g, k) => {
      if (g === group) out[k] = stripped;
    });
    // In a percentage table the table's N would make each column's shares shares of the whole group (25.0% of the
    // men read as 10 of 40): refused there too.
    // The group's last word its total (「男性」「女性」「計」, read as 「A群・小計」): the N is that column's.
    if (under.length >= 3 && totalWord(under[under.length - 1]!.trim())) {
      subtotalNs.set(stripped, n);
      continue;
    }
    if (groups.every((g) => g === group) && !percentages()) corner = `${corner.trim()}${corner.trim() === '' ? '' : ' '}N=${n}`;
    else refused.push({ group, n, words: under });
  }
  return { groups: out, corner, refused, subtotalNs };
}

/**
 * Each label joined from its group and its own word, where the group's last word names its total: that one becomes
 * 「A群・小計」, which header.ts reads as the subtotal of the labels before it back to the previous one (「A群・計」 would
 * be an item beside the grand total, and the grand total would not add up).
 */
function labels(groups: string[], words: string[], subtotalNs = new Map<string, number>()): string[] {
  return words.map((w, k) => {
    const group = groups[k]!;
    const last = k === words.length - 1 || groups[k + 1] !== group;
    const members = groups.filter((g) => g === group).length;
    if (group !== '' && last && members >= 3 && totalWord(w.trim())) {
      const n = subtotalNs.get(group);
      return `${group.trim()}・小計${n === undefined ? '' : ` (N=${n})`}`;
    }
    return join([group, w]);
  });
}

/** The words over a count and over its share in two columns side by side (男性 | n | %). */
const COUNT_SUB = /^(?:n|人数|例数|患者数|症例数|件数|数|count)$/i;
const PERCENT_SUB =
  /^(?:%|％|[(（][%％][)）]|(?:割合|構成比|構成割合|比率|百分率)(?:\s*[(（][%％‰][)）])?|percent|‰|[(（]‰[)）]|per\s*mille)$/i;
/** A share's word saying per mille (「‰」「(‰)」「割合（‰）」「per mille」, denom30): the pair's cells 「3 (5.3‰)」. */
const PER_MILLE_SUB = /‰|per\s*mille/i;
/** The share's cell of a pair with its unit: 「10.0」 under 「%」 → 「10.0%」, under 「‰」 → 「10.0‰」. */
const withUnit = (share: string, word: string) =>
  /[%％‰]$/.test(share) ? share : `${share}${PER_MILLE_SUB.test(word.normalize('NFKC')) ? '‰' : '%'}`;

/**
 * A count column and its share's column side by side in one header row: 「n」「%」, 「A群 n」「A群 %」, 「A群（n）」「A群（%）」,
 * 「A群 人数」「A群 割合(%)」 — the group (possibly none) and the word over each, split where the word ends the header
 * after a space, a bracket or a mark (・ _ , 、 /).
 */
const SPLIT_COUNT = /^(.*?)(?<![\s・_,、/])[\s・_,、/]*(?:[(（[［]\s*)?(n|人数|例数|患者数|症例数|件数|count)\s*[)）\]］]?$/i;
const SPLIT_PERCENT =
  /^(.*?)(?<![\s・_,、/])[\s・_,、/]*(?:[(（[［]\s*)?(%|(?:割合|構成比|構成割合|比率|百分率)(?:\s*[(（][%％‰][)）])?|percent|‰|per\s*mille)\s*[)）\]］]?$/i;
/** A share as a column of shares prints it: 10.0%, 10.0, 10, 10.0‰ (blank where the count is blank). */
const SHARE = /^\d+(?:\.\d+)?\s*[%‰]?$/;

/**
 * One header row whose count and share columns stand side by side (「A群 n」「A群 %」 over 3 and 10.0): read as one column
 * 「A群」 of 「3 (10.0%)」 cells, as two header rows are (「A群」 over 「n」「%」). Before, the share column was refused as
 * decimals under a count's header or as counts and shares in separate cells (`table/mixed`), though it is how papers
 * print n and % apart. Only where every cell of the count column is a count and every cell of the share column a share
 * (or both blank); the joined header is the group's (「n」 alone: 「n (%)」). Returns the records and the pairs joined.
 */
function oneRowPairs(rows: CsvRecord[]): { rows: CsvRecord[]; pairs: number; example: string } {
  const head = rows[0]!.fields;
  const body = rows.slice(1);
  const keep: { from: number; pair: boolean; label: string; word: string }[] = [];
  let pairs = 0;
  let example = '';
  // red55's unit-alone share column is taken only in a header row of such pairs alone (「実薬群 | % | 対照群 | %」,
  // 「A | 割合(%)」) or right of a total's column (「A群 | B群 | 合計 | %」), never per mille: a 「割合（%）」 right of
  // 「イベント数」 beside 「患者数」 is the events' rate over each row's own N (rates8's limits 「2.5%」「97.5%」 after it),
  // 「per mille」 there a rate per 1,000 (adversary15), not the left column's shares of its total (ci118).
  const unitAlone = (j: number) => {
    const p = SPLIT_PERCENT.exec(normalise(head[j] ?? ''));
    return p !== null && p[1]!.trim() === '' && !PER_MILLE_SUB.test(p[2]!);
  };
  const width = trimEnd(head).length;
  let allPairs = width >= 3 && (width - 1) % 2 === 0;
  for (let j = 1; allPairs && j < width; j += 2) allPairs = !blank(head[j]) && !unitAlone(j) && unitAlone(j + 1);
  for (let k = 1; k < head.length; k++) {
    const c = SPLIT_COUNT.exec(normalise(head[k] ?? ''));
    const p = SPLIT_PERCENT.exec(normalise(head[k + 1] ?? ''));
    // red55: a share column headed by its unit alone (「%」「割合（%）」) right of a column named by its group alone
    // (「実薬群 | % | 対照群 | %」, 「合計 | %」): the shares of the column on its left, as 「実薬群 n | 実薬群 %」 are.
    const bare =
      c === null &&
      p !== null &&
      p[1]!.trim() === '' &&
      !blank(head[k]) &&
      SPLIT_PERCENT.exec(normalise(head[k] ?? '')) === null &&
      word(head[k] ?? '') &&
      unitAlone(k + 1) &&
      (allPairs || totalWord(normalise(head[k] ?? '').trim()));
    const paired =
      ((c !== null && p !== null && c[1]!.trim() === p[1]!.trim()) || bare) &&
      body.length > 0 &&
      body.every((r) => {
        const [v, sh] = [normalise(r.fields[k] ?? ''), normalise(r.fields[k + 1] ?? '')];
        if (v === '' && sh === '') return true;
        const count = readCell(v);
        return (
          count.ok &&
          count.value.kind === 'count' &&
          count.value.percent === undefined &&
          count.value.denominator === undefined &&
          SHARE.test(sh)
        );
      });
    if (!paired) {
      keep.push({ from: k, pair: false, label: head[k] ?? '', word: '' });
      continue;
    }
    const label = bare ? head[k]!.trim() : c![1]!.trim() === '' ? (PER_MILLE_SUB.test(p![2]!) ? 'n (‰)' : 'n (%)') : c![1]!.trim();
    keep.push({ from: k, pair: true, label, word: p![2]! });
    example ||= `${quote(head[k]!.trim())}${quote(head[k + 1]!.trim())}→${quote(label)}`;
    pairs++;
    k++;
  }
  if (pairs === 0) return { rows, pairs: 0, example: '' };
  const cell = (r: CsvRecord, c: { from: number; pair: boolean; word: string }) => {
    const value = r.fields[c.from] ?? '';
    if (!c.pair) return value;
    const share = normalise(r.fields[c.from + 1] ?? '');
    if (blank(share) || blank(value)) return blank(value) ? share : value;
    return `${value.trim()} (${withUnit(share, c.word)})`;
  };
  return {
    rows: [
      { ...rows[0]!, fields: [head[0] ?? '', ...keep.map((c) => c.label)] },
      ...body.map((r) => ({ ...r, fields: [r.fields[0] ?? '', ...keep.map((c) => cell(r, c))] })),
    ],
    pairs,
    example,
  };
}

/** The most header rows and label columns joined. */
const MAX_LEVELS = 3;

export interface Layout {
  records: CsvRecord[];
  /** What was joined, in words, for the report (undefined: read as written). */
  /** `example`: a joined label (or a pair of columns and their one) as the message shows it, quoted; '' where none. */
  joined?: { headerRows: number; labelColumns: number; example: string; pairs: number };
  /** Groups whose N is stated over several labels of their own (refused, read.ts). */
  groupNs?: GroupN[];
  /**
   * A header row of groups whose columns cannot be told (a web table's merged cells copied without their blanks):
   * its line, its groups and the columns of the row below (refused, read.ts).
   */
  mergedHeader?: { line: number; groups: string[]; columns: number };
  /**
   * A header row over the header whose every group is a value (「\t40\t50」 over 「\tA群\tB群」, 「3」「20」): joined as
   * the groups' names (「40・A群」) its numbers went unchecked — a line of sizes (an N that leaves patients out) or a
   * row of counts above the header. Refused by read.ts (`header/values`), not joined.
   */
  valueHeader?: { line: number; values: string[] };
  /** Cells closing with an English number in brackets, read as its digits (「A群 (Twenty-eight)」 as 「A群 (28)」). */
  numberWords?: { line: number; written: string; read: string }[];
}

/**
 * A group header that is a value, not a name: a count (「40」「3人」), a percentage or a fraction, other than a year
 * (「2021」) and an N written as one (「N=40」, read by `takeGroupNs`).
 */
function valueNotName(text: string): boolean {
  const t = text.trim();
  if (!/\d/.test(t.normalize('NFKC')) || headerDenominator(t) !== undefined) return false;
  const c = readCell(t);
  if (!c.ok) return false;
  const v = c.value;
  return !(v.kind === 'count' && v.percent === undefined && v.denominator === undefined && v.n >= 1900 && v.n <= 2100);
}

/**
 * A corner that names a measure whose values are numbers (age, a dose, a count of times, a year) or states a unit in
 * brackets (「用量 (mg)」「年齢（歳）」「[mg/日]」) or alone (「mg」「歳」): the rows under it are its categories
 * (「20」「30」「40」), not a column of counts pasted without its labels. Read as names only where they rise row by row
 * (read.ts `rowLabelValues`; a header row over the header alike, `flattenLayout`); a corner that is a group's name (「A群」, `groupLike`) is none.
 */
const MEASURE_UNIT = String.raw`(?:mg|µg|μg|mcg|g|kg|ml|mL|l|mmHg|mmol|mg\/dl|mg\/kg|IU|単位|錠|回|歳|才|代|年|年度|か月|ヶ月|カ月|月|週|日|時間|cm|m|kg\/m2|点|age|years?|days?|weeks?|months?|times)`;
/** A corner stating the unit of the numbers under it (「用量 (mg)」「年齢（歳）」「mg」): their measure, named. */
const UNIT_CORNER = new RegExp(String.raw`[(（\[]\s*${MEASURE_UNIT}(?:\s*\/\s*[^)）\]]{1,6})?\s*[)）\]]|^\s*${MEASURE_UNIT}\s*$`, 'i');
const MEASURE_WORD = /年齢|年代|年次|年度|年齢階級|用量|投与量|[1１]日量|回数|点数|スコア|\bage\b|\bdose\b|\bdosage\b|\byear\b|\bscore\b/i;
export const unitCorner = (corner: string) => UNIT_CORNER.test(corner.normalize('NFKC'));
export const measureCorner = (corner: string) => MEASURE_WORD.test(corner.normalize('NFKC')) || unitCorner(corner);
/**
 * Whether the corner's unit in brackets or measure word is written in a column header too (「入院回数（回）」 beside
 * 「外来受診数（回）」): the corner is one more column of the same measure as the columns — counts pasted without their
 * label column — not the name of the categories under it (adversary19).
 */
export function cornerLikeColumns(corner: string, colRaws: readonly string[]): boolean {
  const t = corner.normalize('NFKC');
  // A unit in brackets (「（回）」) or a measure's word (「回数」); a unit alone (「mg」「回」) is too short to compare.
  const unit = UNIT_CORNER.exec(t)?.[0];
  const marks = [/^[(（[]/.test(unit?.trim() ?? '') ? unit : undefined, MEASURE_WORD.exec(t)?.[0]].filter(
    (m): m is string => m !== undefined && m.trim() !== '',
  );
  const plain = (x: string) => x.replace(/\s+/g, '').toLowerCase();
  return marks.some((m) => colRaws.some((c) => plain(c.normalize('NFKC')).includes(plain(m))));
}

/**
 * A header row over the header whose numbers name categories, not sizes: whole numbers rising from left to right under
 * a corner naming their measure (「用量 (mg)」 over 「5」「10」, `measureCorner`), or a numbering rising by 1 from 0 or 1
 * whose every number spans two columns or more (「0」「」「1」「」 over 「A群」「B群」「A群」「B群」: a code's groups, each with
 * its columns). A line of Ns stands one over each group (「28」「50」 over 「A群」「B群」) and stays refused.
 */
function categoryNumbers(
  fields: readonly string[],
  width: number,
  below: readonly string[] = [],
  body: readonly CsvRecord[] = [],
): boolean {
  const cells = Array.from({ length: width - 1 }, (_, k) => fields[k + 1] ?? '');
  const at = cells.flatMap((f, k) => (blank(f) ? [] : [k]));
  const ns = at.map((k) => {
    const t = cells[k]!.trim().normalize('NFKC');
    return /^\d+$/.test(t) ? Number(t) : NaN;
  });
  if (ns.length < 2 || ns.some((n) => Number.isNaN(n)) || !ns.every((n, i) => i === 0 || n > ns[i - 1]!)) return false;
  if (measureCorner(fields[0] ?? '')) return true;
  const spans = at.map((k, i) => (at[i + 1] ?? cells.length) - k);
  if ((ns[0] === 0 || ns[0] === 1) && ns.every((n, i) => n === ns[0]! + i) && spans.every((s) => s >= 2)) return true;
  // Any rising numbers over the same groups repeated under each (「5」「10」 over 「A群」「B群」「A群」「B群」, reading17)
  // where each is below the counts of one row under it: no N of those columns (a row of them counts no more patients
  // than their N), nor a count of theirs — a dose or a code naming the stratum.
  if (spans.some((s) => s < 2) || spans.some((s) => s !== spans[0])) return false;
  const groups = (i: number) => below.slice(at[i]!, at[i]! + spans[i]!).map((f) => f.normalize('NFKC').trim());
  if (groups(0).some((g) => g === '' || /^(?:n|%|N|件数|人数|割合)$/.test(g)) || new Set(groups(0)).size !== spans[0]) return false;
  if (!ns.every((_, i) => groups(i).join('\u0000') === groups(0).join('\u0000'))) return false;
  return ns.every((n, i) =>
    body.some((r) => {
      const counts = r.fields.slice(at[i]! + 1, at[i]! + 1 + spans[i]!).map((f) => {
        const c = readCell(f);
        return c.ok && c.value.kind === 'count' ? c.value.n : NaN;
      });
      return counts.every((x) => !Number.isNaN(x)) && counts.reduce((a, x) => a + x, 0) > n;
    }),
  );
}

/**
 * The header rows' trailing blank (「\tA群\t\tB群\t\t」 over 「\t男性\t女性\t男性\t女性\t」, a total column whose label
 * was left out): kept as one blank header past the joined ones (`['']`) where a header row has the cell written and
 * every row with values has exactly one value past the headers' width — table1.ts `readBlankSums` then reads it as
 * 「合計」 where each row's value there is the sum of its others, else it is refused as a blank header (`header/empty`,
 * `row/long`), as with one header row. None otherwise (the values past the headers stay, and are refused: row/long).
 */
function blankLast(top: CsvRecord, next: CsvRecord, width: number, body: readonly CsvRecord[]): string[] {
  if (top.fields.length <= width && next.fields.length <= width) return [];
  const valued = body.filter((r) => r.fields.slice(1).some((f) => !blank(f)));
  return valued.length > 0 && valued.every((r) => trimEnd(r.fields).length === width + 1) ? [''] : [];
}

/** A cell closing with a letter in brackets (「A群 (Twenty-eight)」): one that may hold a number in words. */
const WORD_IN_BRACKETS = new RegExp(String.raw`[a-z]\s*${CLOSE_BRACKET}\s*$`, 'i');

export function flattenLayout(written: readonly CsvRecord[]): Layout {
  // 「A群 (Twenty-eight)」 is read as 「A群 (28)」 is: the number in words where digits would be (the group's N, a
  // numbering, a count in a label), said in a warning; before, it was a word and the N went unread.
  const numberWords: NonNullable<Layout['numberWords']> = [];
  const records = written.map((r) => {
    if (!r.fields.some((f) => WORD_IN_BRACKETS.test(f))) return r;
    const fields = r.fields.map((f) => {
      const read = bracketedEnglishNumber(f);
      if (read === undefined) return f;
      numberWords.push({ line: r.line, written: f.trim(), read: read.trim() });
      return read;
    });
    return { ...r, fields };
  });
  const said = numberWords.length > 0 ? { numberWords } : {};
  const layout = flattenWritten(records);
  return { ...layout, ...said };
}

function flattenWritten(records: readonly CsvRecord[]): Layout {
  let rows = records.map((r) => ({ ...r, fields: [...r.fields] }));
  let headerRows = 1;
  const groupNs: GroupN[] = [];
  // Whether the table holds percentages: asked only where a group states an N (every cell read once more).
  let holdsPercent: boolean | undefined;
  const percentages = () =>
    (holdsPercent ??= records.some((r) =>
      r.fields.some((f) => {
        const c = readCell(f);
        return c.ok && c.value.kind === 'percent';
      }),
    ));
  let pairs = 0;
  let mergedHeader: Layout['mergedHeader'];
  // Header rows below the first: blank first cell, every other cell (as wide as the first row) a word.
  while (headerRows < MAX_LEVELS && rows.length > 2) {
    const [top, next] = [rows[0]!, rows[1]!];
    const width = Math.max(trimEnd(top.fields).length, trimEnd(next.fields).length);
    if (width < 3) break;
    const below = Array.from({ length: width - 1 }, (_, k) => next.fields[k + 1] ?? '');
    // The stub's name in the lower row (「」「投与群」「」 over 「項目」「A群 (N=30)」「B群 (N=28)」: pandas' columns of two
    // levels with an index name, kableExtra's add_header_above, gt's spanners, SAS and Stata): the upper row is a
    // spanner over the lower, the real header, and the stub's name is the corner. Only where the upper row's corner is
    // blank and its other cells are all words, or all numbers (years and a measure's categories joined as with the
    // stub above, a line of Ns refused below: `header/values`); one mixing words and numbers is left as written
    // (refused).
    // A spanner spans: some word of the upper row is over two columns or more (a blank after it, or its word written
    // again). An upper row of one word a column is the header itself and the row below a heading of rows under it
    // (「A群 (N=57)」「B群 (N=63)」 over 「性別」「n (%)」「n (%)」, headings.test).
    const upper = Array.from({ length: width - 1 }, (_, k) => (top.fields[k + 1] ?? '').trim());
    const spans = upper.some((f, k) => k > 0 && upper[k - 1] !== '' && (f === '' || f === upper[k - 1]));
    const lowerStub =
      spans &&
      !blank(next.fields[0]) &&
      blank(top.fields[0]) &&
      word(next.fields[0]!) &&
      (top.fields.slice(1).every((f) => blank(f) || word(f)) || top.fields.slice(1).every((f) => blank(f) || !word(f)));
    if (!blank(next.fields[0]) && !lowerStub) break;
    // Blank under a word of the row above: a cell merged down over both rows (「合計」).
    const vertical = (k: number) => blank(below[k]) && !blank(top.fields[k + 1]);
    // tableone's strata (「Stratified by trt」 over 「1」「2」, reading17): distinct whole numbers under the one word above
    // naming their variable are its values, named by it (「Stratified by trt・1」); a row of counts has no such word.
    const overWords = top.fields.slice(1).filter((f) => !blank(f));
    const codes = below.map((f) => (/^\d+$/.test(f.normalize('NFKC').trim()) ? Number(f.normalize('NFKC').trim()) : NaN));
    const strata =
      overWords.length === 1 &&
      blank(top.fields[0]) &&
      /^\s*(?:stratified\s+by\s+\S|\S.*(?:で|により|による)層別)/i.test(overWords[0]!.normalize('NFKC')) &&
      codes.length >= 2 &&
      codes.every((n) => !Number.isNaN(n)) &&
      new Set(codes).size === codes.length;
    // One column blank in both header rows (a total column whose label was left out, 「\t実薬群\t\t\t対照群」 over
    // 「\tMale\tFemale\t\tMale」), not last (blankLast's), before a new group, with a value in every row: a blank header
    // of its own (no group's), read as 「合計」 by readBlankSums where it is the sum of every other column, else refused
    // as a blank header (`header/empty`); before, the rows were not joined at all.
    const both = below.flatMap((f, k) =>
      blank(f) && blank(top.fields[k + 1]) && k < below.length - 1 && k > 0 && !blank(top.fields[k + 2]) ? [k] : [],
    );
    const lone =
      both.length === 1 &&
      rows.slice(2).every((r) => blank(r.fields[0]) || !blank(r.fields[both[0]! + 1])) &&
      below.every((f, k) => k === both[0] || word(f) || vertical(k));
    if (!strata && (!below.every((f, k) => word(f) || vertical(k) || (lone && k === both[0])) || !below.some(word))) break;
    const over = top.fields.slice(1).filter((f) => !blank(f));
    // Numbers naming categories are told by the corner's measure (「用量 (mg)」), the stub's where it is in the row below.
    const cornered = lowerStub ? [next.fields[0]!, ...top.fields.slice(1)] : top.fields;
    if (over.length > 0 && over.every(valueNotName) && !categoryNumbers(cornered, width, below, rows.slice(2))) {
      const valueHeader = { line: top.line, values: over.map((f) => f.trim()) };
      return { records: rows, valueHeader };
    }
    // A merged cell is pasted as its text then blanks: each blank takes the word before it.
    let group = '';
    const spanned = below.map((_, k) => {
      const over = top.fields[k + 1] ?? '';
      if (!blank(over)) group = over;
      return lone && k === both[0] ? '' : group;
    });
    // A web table's merged cells copied as plain text lose their blanks (「A群」「B群」 over 「男性」「女性」「男性」「女性」):
    // the row above ends before the row below, each group but the last over one column and the last over the rest.
    // Which columns each group spans cannot be told; read so, 「A群・女性」 became 「B群・女性」 (silently). A group of one
    // column with a blank under it is a cell merged down (「合計」 over two header rows), as a spreadsheet copies it, and
    // is left out of the groups compared.
    const runs: { group: string; span: number; at: number }[] = [];
    spanned.forEach((g, k) => (k > 0 && g === spanned[k - 1] ? runs[runs.length - 1]!.span++ : runs.push({ group: g, span: 1, at: k })));
    const named = runs.filter((r) => !blank(r.group) && !(r.span === 1 && blank(below[r.at])));
    if (
      trimEnd(top.fields).length < trimEnd(next.fields).length &&
      named.length >= 2 &&
      named[named.length - 1]!.span > 1 &&
      named.slice(0, -1).every((r) => r.span === 1)
    ) {
      mergedHeader = { line: top.line, groups: named.map((r) => r.group.trim()), columns: below.length };
      break;
    }
    const taken = takeGroupNs(spanned, below, lowerStub ? next.fields[0]! : (top.fields[0] ?? ''), percentages);
    const groups = taken.groups;
    groupNs.push(...taken.refused);
    // 「n」 and 「%」 side by side under one group (男性 | n | %): one column of 「3 (10.0%)」 cells, the group's.
    const paired = (k: number) =>
      groups[k] !== '' && groups[k + 1] === groups[k] && COUNT_SUB.test(below[k]!.trim()) && PERCENT_SUB.test(below[k + 1]!.trim());
    const keep: { from: number; pair: boolean }[] = [];
    for (let k = 0; k < below.length; k++) {
      keep.push({ from: k, pair: paired(k) });
      if (paired(k)) k++;
    }
    pairs += keep.filter((c) => c.pair).length;
    const names = labels(groups, below, taken.subtotalNs);
    const joined = [
      taken.corner,
      ...keep.map((c) => (c.pair ? groups[c.from]!.trim() : names[c.from]!)),
      ...blankLast(top, next, width, rows.slice(2)),
    ];
    const cell = (r: CsvRecord, c: { from: number; pair: boolean }) => {
      const value = r.fields[c.from + 1] ?? '';
      if (!c.pair) return value;
      const share = (r.fields[c.from + 2] ?? '').trim();
      if (blank(share) || blank(value)) return blank(value) ? share : value;
      return `${value.trim()} (${withUnit(share, below[c.from + 1] ?? '')})`;
    };
    // Values past the header rows' width stay (adversary20: a last column blank in both header rows, a total
    // column 「130 (31.9%)」 …, was cut off here, silently; kept, the row reports a value with no header, row/long,
    // as with one header row).
    rows = [
      { line: next.line, fields: joined },
      ...rows.slice(2).map((r) => ({ ...r, fields: [r.fields[0] ?? '', ...keep.map((c) => cell(r, c)), ...r.fields.slice(width)] })),
    ];
    headerRows++;
  }
  // Label columns: after the first, each column whose cells below the header are all words or blank (one word at least).
  const body = rows.slice(1);
  let labelColumns = 1;
  while (labelColumns < MAX_LEVELS && body.length > 0) {
    const k = labelColumns;
    const column = body.map((r) => r.fields[k] ?? '');
    const valuesAfter = body.some((r) => r.fields.slice(k + 1).some((f) => !blank(f) && readCell(f).ok));
    if (!valuesAfter || !column.every((f) => blank(f) || word(f)) || column.every(blank)) break;
    if (!body.every((r) => blank(r.fields[0]) || word(r.fields[0]!))) break;
    // words59: a column of counts each with a letter (「7a」「38 b」) after the labels: counts with notes' marks or
    // names (genotypes 「1a」), undecided — read as values, where read.ts reads each with its note or refuses it in
    // words (`cell/mark`), never joined into the labels (「Hospitalization・7a」 published 7 unchecked).
    if (column.every((f) => blank(f) || markedCell(f)?.letter === true)) break;
    labelColumns++;
  }
  if (labelColumns > 1) {
    const outer: string[] = Array.from({ length: labelColumns - 1 }, () => '');
    // Outer label columns carry their word down the rows they span (a merged cell pasted once); the innermost not.
    // A row with every label cell blank is under no merged cell (which spans rows with labels of their own): its label
    // stays blank (a total whose label was left empty, table1.ts), not the last outer word (「年齢」 read as its 小計).
    const parts = body.map((r) =>
      r.fields.slice(0, labelColumns).every(blank)
        ? r.fields.slice(0, labelColumns)
        : r.fields.slice(0, labelColumns).map((f, k) => {
            if (k === labelColumns - 1) return f;
            if (!blank(f)) {
              outer[k] = f;
              for (let j = k + 1; j < outer.length; j++) outer[j] = '';
            }
            return outer[k]!;
          }),
    );
    const innermost = parts.map((p) => p[p.length - 1]!);
    const taken = takeGroupNs(
      parts.map((p) => join(p.slice(0, -1))),
      innermost,
      join(rows[0]!.fields.slice(0, labelColumns)),
      percentages,
    );
    groupNs.push(...taken.refused);
    const rowLabels = labels(taken.groups, innermost, taken.subtotalNs);
    rows = [
      { ...rows[0]!, fields: [taken.corner, ...rows[0]!.fields.slice(labelColumns)] },
      ...body.map((r, i) => ({ ...r, fields: [rowLabels[i]!, ...r.fields.slice(labelColumns)] })),
    ];
  }
  if (mergedHeader) return { records: rows, mergedHeader };
  if (headerRows === 1 && labelColumns === 1) {
    // One header row with a count and its share in two columns (「A群 n」「A群 %」).
    const one = oneRowPairs(rows);
    if (one.pairs === 0) return { records: rows };
    return { records: one.rows, joined: { headerRows: 1, labelColumns: 1, example: one.example, pairs: one.pairs } };
  }
  // The example as the message shows it (quoted): a joined label, never an empty one.
  const found =
    headerRows > 1
      ? rows[0]!.fields.slice(1).find((f) => f.includes('・'))
      : rows
          .slice(1)
          .map((r) => r.fields[0] ?? '')
          .find((f) => f.trim() !== '');
  const example = found ? quote(found) : '';
  return { records: rows, joined: { headerRows, labelColumns, example, pairs }, ...(groupNs.length > 0 ? { groupNs } : {}) };
}
