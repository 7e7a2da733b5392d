/**
 * Turns the pasted text or file into validated tables: the input convention for the layout.
 *
 * - Tables are separated by one or more empty lines, or by a line starting with `#`, which titles the table below
 *   it (as does a first line with a single filled cell that is not a value). Every line that is not read as part
 *   of a table (a `#` line with no table after it) is reported, and numbers in a title other than its N are too;
 *   a `#` line holding values (a row put out of the table) is an input error.
 * - Sizes are limited (`LIMITS`); a larger input is refused with the limits in words.
 * - The first row holds the column headers; its first cell names the row dimension and may be empty.
 * - The first column holds the row headers. Totals and subtotals: see header.ts. Values: see cell.ts.
 * - Either every cell carries a count (a count table: checked, suppressed and audited) or every cell is a bare
 *   percentage (a percentage table: checked through the denominators in the headers), but for a line of group
 *   sizes in it (a row 「合計」 or 「N」 of counts under the percentages), read as their denominators (sizes.ts).
 * Every problem names the table, the line, and the row and column labels as written.
 */
import {
  baseRange,
  countsForPercent,
  ERROR_VALUE,
  foreignText,
  normalise,
  OPEN_BRACKET,
  printedNear,
  gluedNumbered,
  markedCell,
  readCell,
  shown,
  showPercent,
  wholeCountOf,
  zeroDash,
  type CellReading,
} from './cell.ts';
import { readRecords, trimEnd, type CsvRecord, type Records } from './csv.ts';
import {
  buildHeaders,
  COUNT_TEXT,
  countText,
  englishValue,
  kanjiNumber,
  writtenAt,
  DENOMINATOR_TEXT,
  ENGLISH_PHRASE,
  ENGLISH_PHRASE_FIRST,
  englishNumbers,
  englishQuantities,
  isBareAll,
  isSubtotalWord,
  lineMark,
  wordCounts,
  isTotalLabel,
  kanjiInBrackets,
  kanjiNumbers,
  nativeAsKanji,
  shareWords,
  type ShareWord,
  LONE_COUNT,
  listedPlurals,
  jaListedNames,
  nounCounts,
  type NounCount,
  statedDenominator,
  TOTAL_N_TEXT,
  statedDenominators,
  titleNs,
  PATIENT_COUNT,
  NOT_TAKEN_BEFORE,
  NOT_TAKEN_AFTER,
  tailCut,
  withoutLineMark,
} from './header.ts';
import {
  headerKey,
  LABEL_WORK,
  labelKey,
  MAX_COMPOUND_LENGTH,
  MAX_COMPOUND_PARTS,
  NUMBERING_WORD,
  plainKey,
  spacedNumber,
  readCompounds,
  SIZE_IN_BRACKETS,
} from './labels.ts';
import {
  cellTexts,
  GLUED_JA_COUNT,
  labelNs,
  noteN,
  noteOnlyN,
  numberedMarks,
  opensAsNote,
  statesOnlyNs,
  trailingNotes,
  withoutMarks,
  withoutNumberedMark,
} from './footnotes.ts';
import { isMissingLabel } from './missingshares.ts';
import { readHeadings } from './headings.ts';
import { hasHtmlTable, HTML_DEPTH } from './html.ts';
import {
  derivedCounts,
  joinShares,
  linkedRates,
  readPersonTime,
  SD_LABEL,
  sharesOverOtherLines,
  type LineShare,
  type PersonTimeReading,
  type RateReading,
} from './rates.ts';
import { cornerLikeColumns, flattenLayout, measureCorner, unitCorner } from './layout.ts';
import { readShareTotal } from './sharetotal.ts';
import { writtenMisfits } from './writtenn.ts';
import {
  PERCENT_UNIT,
  readBlankSums,
  readBlocksN,
  readPercentN,
  readNsBesideTotal,
  readBlankTotal,
  readBlocksTotal,
  readFootnoteMarks,
  readUnitNote,
  type Table1Error,
  type Table1Note,
  readVariableN,
} from './table1.ts';
import { applyDecompositions, partName, readOfWhich, type Decomposition } from './ofwhich.ts';
import { readListing, sasCrossLines, SHARE_SUM_COL, SHARE_SUM_ROW } from './listing.ts';
import {
  readPairs,
  readPivot,
  readProportions,
  readStacked,
  type PairsNote,
  type ProportionsNote,
  type PivotError,
  type StackedError,
} from './stacked.ts';
import { readFractionBlocks, type FractionBlock } from './fractions.ts';
import { runningOver, saysCumulative } from './cumulative.ts';
import {
  dropBoth,
  namesWholeGroup,
  overTotals,
  readBoth,
  readOverlap,
  underTotals,
  type BothReading,
  type OverlapReading,
} from './overtotal.ts';
import { rankColumn, readOrder } from './order.ts';
import { censoredNotes, lifeAcross, lifePoint, readLifeTable } from './lifetable.ts';
/** life50: a note naming the censored of a life table (「※ 打ち切り: 0-6か月 3例」「打ち切り例は各期間2例」「Censored: 3」). */
const CENSORED_NOTE = /打ち?切り|censor/i;
/** A table's caption: 「表2」「Table 2」「Tab. 2」「付表2」 at the line's start (sizes55: a plain title under another table). */
const CAPTION = /^(?:付?表|図表|table|tab\.)\s*[a-z]?\d/i;
import { pathOf, seriesRange } from './system.ts';
import {
  applySizeLine,
  countSizeLine,
  readBracketNs,
  readPercentAxis,
  readTableShare,
  readTotalN,
  sizeLine,
  type SizeLine,
  type SizeReading,
} from './sizes.ts';
import { disjointWhole, equalRuns, findSums, nearbySets, sameNumbers, sameSet, statedSums, treeWhole, vectors, wholeLine } from './sums.ts';
import {
  countRanges,
  disjointShares,
  named,
  PERCENT_READING_WORK,
  percentSums,
  percentSumsAside,
  shareCounts,
  type PercentWork,
} from './shares.ts';
import { bases, cellId, countOf, denominatorOf, equations, lineCells, saysSeveralAnswers, topLevel } from './table.ts';
import type { Cell, CellValue, FoundSum, Header, InputError, PercentValue, Place, Table, TableRate, Warning } from './types.ts';
import { clip, quote, some } from './quote.ts';

export interface ReadResult {
  tables: Table[];
  errors: InputError[];
  warnings: Warning[];
  /**
   * Shares in words left unrefused that narrow a count of some N to fewer values than the threshold, strictly between
   * 0 and N (「A群の半数」 of 100: 50): check.ts refuses one where a count in its scope is hidden (words9).
   */
  shares?: ShareFact[];
}

/** A text outside the cells stating shares: a note (no table), a title, the corner or a label (`own`: its line). */
interface ShareText {
  line: number;
  words: ShareWord[];
  where: string;
  table?: number;
  own?: { table: number; axis: 'rows' | 'cols'; index: number };
}

/**
 * A share in words (`sharesOfNs`) that gives a count of N back within `lo`–`hi`: `table` the table it is in (a title,
 * the corner, a label) or none (a note: every table), `lines` the lines of the group it names, if it names one.
 */
export interface ShareFact {
  line: number;
  where: string;
  written: string;
  table?: number;
  lines?: { table: number; axis: 'rows' | 'cols'; index: number }[];
  /** The N it is a share of; 0 for a label's own line whose N is published nowhere (then `lo`–`hi` are of 100). */
  n: number;
  lo: number;
  hi: number;
}

const isBlank = (r: CsvRecord) => r.fields.every((f) => f.trim() === '');
/** A line starting with 「#」, but for a spreadsheet's error value in its first cell (「#N/A」: a row, refused for it). */
const isComment = (r: CsvRecord) => r.fields[0]!.trimStart().startsWith('#') && !ERROR_VALUE.test(normalise(r.fields[0]!));
const lineText = (r: CsvRecord) => trimEnd(r.fields).join(' ').trim();

/**
 * formats64: a title with a comma in it pasted as CSV (「表2 性別, 年齢別の転帰（N=120）」 over 「性別,生存,死亡」) is cut
 * into cells by the CSV reading: over a wider header it was refused (`row/long`, `cell/text`), over a header one cell
 * wider its second half read as a spanner (「年齢別の転帰・生存」) and its N lost. The line is the title whole where the
 * layout proves it: its first cell a caption (「表2」「Table 2」, after a 「# 」 or not), the cells exactly the line cut
 * at its commas (no quote), none a value, each comma typed as words write it (a space after it) or the line shorter
 * than the line under it, and never as wide as that line (then it may be its header, 「Table 1, Male, Female」). Its
 * text as written, commas kept; said by the caller.
 */
function cutTitle(r: CsvRecord, next: CsvRecord | undefined, lines: readonly string[]): string | undefined {
  const f = trimEnd(r.fields);
  if (f.length < 2 || f.some((x) => x.trim() === '')) return undefined;
  const raw = lines[r.line - 1] ?? '';
  // Trailing commas and spaces off, by a loop (a pattern 「[,\s]+$」 backtracks on a long run of them).
  const bare = (t: string) => {
    let e = t.length;
    while (e > 0 && (t[e - 1] === ',' || t[e - 1]!.trim() === '')) e--;
    return t.slice(0, e);
  };
  if (raw.includes('"') || bare(raw) !== bare(f.join(','))) return undefined;
  if (!CAPTION.test(normalise(f[0]!.trim().replace(/^#+\s*/, '')))) return undefined;
  if (f.slice(1).some((x) => readCell(x.trim()).ok)) return undefined;
  const spaced = f.slice(1).every((x) => /^\s/.test(x));
  const under = next === undefined || isBlank(next) ? undefined : trimEnd(next.fields).length;
  // As wide as the line under it, it may be that table's header (「Table 1, Male, Female」): left as it was.
  if (under === f.length) return undefined;
  return spaced || (under !== undefined && under > f.length) ? f.join(',').trim() : undefined;
}

/**
 * red54: a Markdown title in emphasis, the whole line one span of one cell (「**表1 背景（N=380）**」「__…__」「*…*」):
 * its text, read as a # line's (the title of the table after it, blank lines between or not; its N read as a title's).
 * Before, after an empty line it was a note stating a count (`line/count`). Not where the text is a value (「**380**」).
 */
function emphasisTitle(r: CsvRecord): string | undefined {
  const fields = trimEnd(r.fields);
  if (fields.length !== 1) return undefined;
  const t = fields[0]!.trim();
  for (const mark of ['**', '__', '*']) {
    if (t.length <= 2 * mark.length || !t.startsWith(mark) || !t.endsWith(mark)) continue;
    const inner = t.slice(mark.length, -mark.length);
    if (inner.includes(mark[0]!) || inner.trim() !== inner || readCell(inner).ok) return undefined;
    return inner;
  }
  return undefined;
}
/** A title line's text: 「# 」 or the emphasis marks (red54) taken off. */
const titleText = (r: CsvRecord) => emphasisTitle(r) ?? lineText(r).replace(/^#+\s*/, '');
/** How a title line is written, for the words of a note: 「 # で始まり」 or 「太字（**）で書かれ」. */
const titleKind = (r: CsvRecord) => (emphasisTitle(r) !== undefined ? '強調（**・__・*）で囲まれ' : ' # で始まり');

/**
 * What one input may hold, so that every input ends in a result or a message in words within seconds: the audit
 * and the suppression solve flows and linear programs whose size grows with the cells, and a published table of
 * results is far smaller than these.
 */
export const LIMITS = {
  /** Characters of input. */
  text: 5_000_000,
  /**
   * Lines of input: more than the tables can hold (100 tables of 2,000 rows, their headers, titles and the empty lines
   * between them), so an input past it cannot be read within the other limits; refused before it is split into lines.
   */
  lines: 250_000,
  /** Tables in one input. */
  tables: 100,
  /** Rows, columns and cells of one table (headers not counted). */
  rows: 2_000,
  cols: 200,
  cells: 10_000,
  /** Cells of all tables together (they may be linked, so they are solved together). */
  totalCells: 20_000,
  /**
   * Characters of one value of the input — a cell, a header, a title or note line — and of one HTML tag (its
   * attributes and style): some patterns of the reading still take time growing with the square of a text's length
   * (those listed in test/pubcheck/regex-linear-known.ts: up to 4 s each on 10,000 characters when regex10 measured
   * them, before perf9 rewrote five), so a longer one is refused in words before it is read (regex10).
   */
  cellChars: 2_000,
} as const;

const fmt = (n: number) => n.toLocaleString('en-US');
/** The first value of the records longer than `LIMITS.cellChars`: its line, column (1-based) and length. */
function longValue(records: readonly CsvRecord[]) {
  for (const r of records)
    for (let i = 0; i < r.fields.length; i++)
      if (r.fields[i]!.length > LIMITS.cellChars) return { line: r.line, column: i + 1, length: r.fields[i]!.length };
  return undefined;
}
/** The first HTML tag (from 「<」 to 「>」) longer than `LIMITS.cellChars`: its line and length (one pass over the text). */
function longTag(text: string) {
  let line = 1;
  let start = -1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (c === 60 /* < */) {
      start = i;
      startLine = line;
    } else if (c === 62 /* > */ && start >= 0) start = -1;
    if (start >= 0 && i - start + 1 > LIMITS.cellChars) {
      let end = text.indexOf('>', i);
      if (end < 0) end = text.length - 1;
      return { line: startLine, length: end - start + 1 };
    }
  }
  return undefined;
}
/** Cells (<td>, <th>) an HTML text may hold: the tables' cells, as many labels, and a header row for each table. */
const HTML_CELLS = 2 * LIMITS.totalCells + LIMITS.tables * (LIMITS.cols + 1);
/** Brackets that open and close a part of a header (not 「<」「>」: 「<65」「>65」 are bounds). */
const OPEN_ANY = /[(（[［{｛【〔〖〘〈《]/g;
const CLOSE_ANY = /[)）\]］}｝】〕〗〙〉》]/g;
/** Lines outside tables reported one by one per kind of finding; past this, counted in one message. */
const LINE_REPORTS = 100;
/** A header that says its values are percentages or rates: 「%」「（％）」「割合」「構成比」「有効率」「percent」. */
/** 「3/57 (5.3)」: a fraction with a bracketed number and no unit (cell.ts reads the number as n/N in percent). */
const FRACTION_SHARE_UNMARKED = /^\d[\d,]*\s*\/\s*\d[\d,]*\s*\(\s*\d+(?:\.\d+)?\s*\)$/;
const PERCENT_LABEL = /%|‰|パーセント|percent|百分率|割合|構成比|比率|率\s*$|率\s*[(（]/i;
/**
 * A header that names a statistic of the patients, not a count of them: 平均年齢, 中央値, SD, mean, median, and the
 * ratios and estimates of a comparison (オッズ比, ハザード比, 95%信頼区間, p値, OR, HR): an odds ratio beside a 2×2
 * table's published cells and margins gives a hidden cell (a = OR·b·c/d), so none of them is read as a count.
 */
const STATISTIC_LABEL =
  /平均|中央値|標準偏差|標準誤差|分散|四分位|最小値|最大値|最頻値|オッズ比|ハザード比|リスク比|率比|相対リスク|相対危険|信頼区間|[pｐ]値|有意確率|標準化差|回帰係数|リスク差|率差|寄与危険|治療必要数|害必要数|必要治療数|リスク減少|リスク低下|\bnumber needed to\b|\brisk (?:difference|reduction)s?\b|\bmean\b|\bmedian\b|\bsd\b|\bs\.d\.|\bstd\b|\biqr\b|\baverage\b|\bvariance\b|\bodds\b|\bhazard\b|\bratio\b|\bp[- ]?values?\b|\bconfidence\b|\bcoefficient\b/i;
/**
 * A statistic named by a short word that is also part of ordinary words (stats38): 「幅」「Mode」「Var」「CV」「SEM」
 * 「P25」「P75」「Q1」「Range」 — read as a line of counts on int 600a00a though it names the width, mode, variance, coefficient of
 * variation, standard error, a percentile or a quartile of the other lines (a mode or a quartile equal to a hidden
 * count gives it back). Said so only as the whole label or a bracketed part of it (「幅（最大−最小）」「Q1（25%）」),
 * never inside a word (「幅広い」「Model」「2024 Q1」). 「Q1」「Q3」 are quarters where the axis holds 「Q2」 or 「Q4」 too; of
 * 「P…」 only the quartiles (「P5」「P97.5」 beside a rate are its interval's limits, rates8).
 */
const STATISTIC_WORD =
  /^(?:幅|レンジ|範囲|偏差|(?:最頻|mode)値?|modal|range|var\.?|cv|sem|s\.e\.(?:m\.)?|geo\.?\s*mean|gmean|[pｐ](?:25|75)|q[1-3１-３]|第[1-3１-３]四分位(?:数|点)?)$/i;
/** Words of a statistic written in full wherever they stand (stats38): percentiles, the coefficient of variation. */
const STATISTIC_FULL =
  /パーセンタイル|百分位|変動係数|最頻|幾何平均|\bpercentiles?\b|\bquartiles?\b|\bcoefficient of variation\b|\bstandard error\b/i;
/** stats50: a range in one cell, 「3–45」「3-45」「3〜45」「3 to 45」. */
const RANGE_CELL = /^\d+(?:\.\d+)?\s*(?:[-–—~〜～]|to)\s*\d+(?:\.\d+)?$/i;
/**
 * stats52: a range in one cell read as its two ends — plain whole numbers joined by 「–」「-」「〜」「～」「~」, the first
 * at most the second. stats53 (our reading, チェッカーの判断): also 「3 to 45」 and, bracketed, 「(3, 45)」「[3, 45]」
 * (under 「範囲」 the least and the greatest, not an interval), and decimals: 「3.0–45.0」 (every end whole) as the
 * whole numbers, others (「3.5–45.2」) a range of a measure (`whole` false). Not read (refused as `RANGE_CELL`): two
 * years (「2020-2022」), a leading zero (「03-04」, a date), the first over the second, a comma without brackets.
 */
const NUM = String.raw`((?:[1-9]\d*|0)(?:\.\d+)?)`;
const RANGE_READ = new RegExp(String.raw`^${NUM}\s*(?:[-–〜~]|to)\s*${NUM}$`, 'i');
const RANGE_BRACKETED = new RegExp(String.raw`^\(\s*${NUM}\s*,\s*${NUM}\s*\)$|^\[\s*${NUM}\s*,\s*${NUM}\s*\]$`);
const rangeEnds = (text: string): { lo: number; hi: number; whole: boolean } | undefined => {
  const t = normalise(text).trim();
  const m = RANGE_READ.exec(t) ?? RANGE_BRACKETED.exec(t);
  if (!m) return undefined;
  const [a, b] = m.slice(1).filter((x) => x !== undefined);
  const [lo, hi] = [Number(a), Number(b)];
  const year = (n: number) => n >= 1900 && n <= 2100 && Number.isInteger(n);
  if (lo > hi || (year(lo) && year(hi))) return undefined;
  return { lo, hi, whole: Number.isInteger(lo) && Number.isInteger(hi) };
};
/**
 * stats52: one line under 「範囲」「レンジ」「Range」 whose every value is a range in one cell (`rangeEnds`; blanks left
 * blank), where its axis has no 「最小」「最大」 line: the records with that line split in two, 「最小」 and 「最大」.
 * stats53: where some end is no whole number (「3.5–45.2」), the line is the range of a measure, not of counts: no
 * count equation, so it is set aside (`measure`: the records without it; said, not checked).
 */
function splitRanges(
  records: CsvRecord[],
  title?: string,
  nElsewhere?: NElsewhere,
):
  | {
      records: CsvRecord[];
      kind: '列' | '行';
      label: string;
      example: string;
      line: number;
      measure?: true;
      texts?: string[];
      shares?: Record<string, [string, string]>;
      refuse?: string;
      elsewhere?: true;
      borrowed?: string[];
      proved?: string[];
    }
  | undefined {
  const [head, ...rows] = records;
  if (!head || rows.length === 0) return undefined;
  const word = (t: string) => /^(?:範囲|レンジ|range)$/i.test(normalise(t).trim());
  // stats55: 「範囲（%）」 — a range of shares, each end a count's share of the N the table states (`rangeShares`).
  const share = head.fields.findIndex((f, i) => i > 0 && RANGE_SHARE.test(normalise(f).trim()));
  if (share > 0 && !head.fields.some((f) => /^(?:最小|最大)/.test(normalise(f).trim())))
    return rangeShares(records, share, title, '行', nElsewhere);
  // stats57: a row 「範囲（%）」 (years across, 「N」 a row too): read as its column is, the records turned (`rangeShares`
  // over the transposed records), the row split in two rows 「最小」「最大」.
  const shareRow = rows.findIndex((x) => RANGE_SHARE.test(normalise(x.fields[0] ?? '').trim()));
  if (shareRow >= 0 && !rows.some((x) => /^(?:最小|最大)/.test(normalise(x.fields[0] ?? '').trim())))
    return rangeSharesAlongRows(records, shareRow + 1, title, nElsewhere);
  const endsOf = (vs: readonly string[]) => {
    const ends = vs.map((v) => (v.trim() === '' ? null : rangeEnds(v)));
    return ends.some((e) => e) && ends.every((e) => e !== undefined) ? ends : undefined;
  };
  const measure = (ends: readonly ({ whole: boolean } | null | undefined)[]) => ends.some((e) => e && !e.whole);
  const taken = (ls: readonly string[]) => ls.some((l) => /^(?:最小|最大)$/.test(normalise(l).trim()));
  const c = head.fields.findIndex((f, i) => i > 0 && word(f));
  if (c > 0 && !taken(head.fields)) {
    const ends = endsOf(rows.map((r) => r.fields[c] ?? ''));
    if (ends) {
      const at = (fs: string[], a: string[]) => [...fs.slice(0, c), ...a, ...fs.slice(c + 1)];
      const example = rows
        .map((r) => r.fields[c]!)
        .find((v) => v.trim() !== '')!
        .trim();
      const base = { kind: '列' as const, label: head.fields[c]!.trim(), example, line: head.line };
      if (measure(ends))
        return {
          ...base,
          measure: true,
          texts: rows.map((r) => (r.fields[c] ?? '').trim()),
          records: [head, ...rows].map((r) => ({ ...r, fields: at(r.fields, []) })),
        };
      return {
        ...base,
        records: [
          { ...head, fields: at(head.fields, ['最小', '最大']) },
          ...rows.map((r, i) => ({ ...r, fields: at(r.fields, [String(ends[i]?.lo ?? ''), String(ends[i]?.hi ?? '')]) })),
        ],
      };
    }
  }
  const r = rows.findIndex((x) => word(x.fields[0] ?? ''));
  if (r < 0 || taken(rows.map((x) => x.fields[0] ?? ''))) return undefined;
  const ends = endsOf(rows[r]!.fields.slice(1));
  if (!ends) return undefined;
  const row = rows[r]!;
  const base = {
    kind: '行' as const,
    label: row.fields[0]!.trim(),
    example: row.fields
      .slice(1)
      .find((v) => v.trim() !== '')!
      .trim(),
    line: row.line,
  };
  if (measure(ends))
    return {
      ...base,
      measure: true,
      texts: row.fields.slice(1).map((f) => f.trim()),
      records: [head, ...rows.slice(0, r), ...rows.slice(r + 1)],
    };
  const end = (e: 'lo' | 'hi') => ({ ...row, fields: [e === 'lo' ? '最小' : '最大', ...ends.map((x) => String(x?.[e] ?? ''))] });
  return { ...base, records: [head, ...rows.slice(0, r), end('lo'), end('hi'), ...rows.slice(r + 1)] };
}
/** stats55: a range of percentages, 「範囲（%）」「Range (%)」. */
const RANGE_SHARE = /^(?:範囲|レンジ|range)\s*[(（]\s*[%％]\s*[)）]$/i;
/** red56: a title naming a rate within units, not the line's shares (「死亡割合」「発生率」「mortality rate」). */
const RANGE_RATE = /割合|比率|率|\b(?:rates?|proportions?|risks?|incidence|prevalence)\b/i;
/** stats55: the header of a line's N beside it (「N」「患者数」「総数」). */
const N_HEADER = /^(?:n|総数|患者数|対象者数|症例数|例数|人数|合計|計|全体)$/i;
/**
 * stats55: a column 「範囲（%）」 of ranges of percentages (「3.4–26.4」), each row's ends the shares of the row's N —
 * a column of Ns beside (`N_HEADER`) or the title's one 「N=162」. Read where every end is the share of exactly one whole
 * count of that N within its rounding (half its last digit): the column split in two of counts 「最小」「最大」 as a range
 * of counts is (tied by extremesAcross), its texts kept for the table to publish (`shares`). Else refused in words
 * (`refuse`): a reader knowing N turns each end back into a count, so it cannot be published unchecked. Our reading
 * (チェッカーの判断).
 */
function rangeShares(
  records: CsvRecord[],
  c: number,
  title?: string,
  along: '行' | '列' = '行',
  nElsewhere?: NElsewhere,
): NonNullable<ReturnType<typeof splitRanges>> {
  const [head, ...rows] = records as [CsvRecord, ...CsvRecord[]];
  const label = head.fields[c]!.trim();
  const example = rows.map((r) => (r.fields[c] ?? '').trim()).find((v) => v !== '') ?? '';
  const base = { kind: '列' as const, label, example, line: head.line };
  const nCol = head.fields.findIndex((f, i) => i > 0 && i !== c && N_HEADER.test(normalise(f).trim()));
  const titleN = /[nＮ]\s*[=＝]\s*(\d[\d,]*)/i.exec(normalise(title ?? ''))?.[1];
  const nOf = (r: CsvRecord) => {
    const t =
      nCol > 0
        ? normalise(r.fields[nCol] ?? '')
            .trim()
            .replace(/,/g, '')
        : titleN?.replace(/,/g, '');
    if (t !== undefined && /^\d+$/.test(t) && Number(t) > 0) return Number(t);
    // stats57: no N in the table — the total a count table prints at the line's label, where one number alone is so
    // printed (チェッカーの推定: the reader takes it for N as well). stats60: over every table of the input, before it and
    // after it; where the tables print differing totals there (another population, a subset), one is taken only where it
    // is proved (`nProved`), else refused in words naming them.
    if (nCol > 0 || titleN !== undefined || !nElsewhere) return undefined;
    elsewhere = true;
    const got = nProved(nElsewhere((r.fields[0] ?? '').trim()), lo, hi);
    if (!got) return undefined;
    if ('many' in got || 'summed' in got) return got;
    borrowed.add(got.from);
    if (got.proved) proved.add(got.proved);
    return got.n;
  };
  let elsewhere = false;
  let [lo, hi] = ['', ''];
  const borrowed = new Set<string>();
  const proved = new Set<string>();
  const refuse = (why: string) => ({ ...base, records, refuse: why, ...(elsewhere ? { elsewhere: true as const } : {}) });
  // red56: a title naming a rate (「施設別死亡割合の範囲」「Mortality rate by site, range」): each end may be one unit's own
  // rate, a count of that unit's N (deaths 4 of a hospital's 14, 28.6%), not a share of the line's N — a reader who has
  // the units' Ns (another table) turns the end back into that unit's count. Not read (7c5e633f read it as counts of N).
  const rate = RANGE_RATE.exec(normalise(title ?? ''))?.[0];
  if (rate)
    return refuse(
      `題名${quote(title ?? '')}は「${rate}」の範囲で、各端は施設など一つ一つの単位の中の${rate}（その単位の N に対する数）とも読めます。単位の N が別の表にあれば、読み手は端をその単位の数に戻せますが、その数は表にないため確かめられません。行の N に対する割合なら題名に「${rate}」を書かず「患者数の範囲（%）」のように、単位ごとの${rate}なら単位ごとの数と N を表にしてください`,
    );
  const shares: Record<string, [string, string]> = {};
  const split: CsvRecord[] = [];
  for (const r of rows) {
    const text = normalise(r.fields[c] ?? '').trim();
    if (text === '') {
      split.push({ ...r, fields: [...r.fields.slice(0, c), '', '', ...r.fields.slice(c + 1)] });
      continue;
    }
    const m = RANGE_READ.exec(text.replace(/[%％]/g, ''));
    if (!m) return refuse(`${along}${quote(r.fields[0] ?? '')}の「${text}」を割合の範囲（最小–最大）と読めません`);
    [lo, hi] = [m[1]!, m[2]!];
    const n = nOf(r);
    if (typeof n === 'object' && 'summed' in n)
      return refuse(
        `割合の分母（N）がこの表にもほかの表にも数として書かれていません。範囲の端は${n.summed}（その表に合計の行はありません）に対する、その表の最小・最大の人数の割合に合い、この範囲はその表の人数の範囲と読めます（チェッカーの推定）。読み手は端の割合から和（N）を求め、その表で秘匿した人数を和から戻せますが、和は表にないため確かめられません。その表に「合計」の行を書くか、この表に「N」の${along === '行' ? '列' : '行'}を書いてください`,
      );
    if (typeof n === 'object')
      return refuse(
        `割合の分母（N）がこの表に書かれておらず、ほかの表が${along}${quote(r.fields[0] ?? '')}に別々の合計を書いています（${n.many.join('、')}）。どれがこの範囲の N か確かめられません（範囲の端がちょうど一つの表の行の最小・最大の割合に合い、ほかの表が同じ行の別の集団と分かる場合だけ読みます）。読み手がどれかを N と見て端を人数に戻せるため、この表に「N」の${along === '行' ? '列' : '行'}を書いてください`,
      );
    if (n === undefined)
      return refuse(
        `割合の分母（N）が、同じ${along}の${along === '行' ? '列' : '行'}「N」「患者数」にも題名の「N=」にも書かれていません。読み手は別の表の合計などを分母と見て、端を人数に戻せます`,
      );
    const ends: number[] = [];
    for (const e of [m[1]!, m[2]!]) {
      const p = Number(e);
      const tol = 0.5 * 10 ** -(e.split('.')[1]?.length ?? 0) + 1e-9;
      const fit: number[] = [];
      for (let k = Math.max(0, Math.floor(((p - tol) * n) / 100)); k <= Math.ceil(((p + tol) * n) / 100) && k <= n; k++)
        if (Math.abs((100 * k) / n - p) <= tol) fit.push(k);
      if (fit.length !== 1)
        return refuse(
          fit.length === 0
            ? `${along}${quote(r.fields[0] ?? '')}の端「${e}%」は N=${n} のどの人数の割合にも丸めの範囲で合いません`
            : `${along}${quote(r.fields[0] ?? '')}の端「${e}%」は N=${n} の ${fit.length} 通りの人数（${fit[0]}〜${fit.at(-1)}）の割合に合い、人数が一つに決まりません`,
        );
      ends.push(fit[0]!);
    }
    if (ends[0]! > ends[1]!) return refuse(`${along}${quote(r.fields[0] ?? '')}の「${text}」は最小が最大より大きく、範囲と読めません`);
    shares[(r.fields[0] ?? '').trim()] = [m[1]!, m[2]!];
    split.push({ ...r, fields: [...r.fields.slice(0, c), String(ends[0]), String(ends[1]), ...r.fields.slice(c + 1)] });
  }
  return {
    ...base,
    shares,
    ...(elsewhere ? { elsewhere: true as const } : {}),
    ...(borrowed.size > 0 ? { borrowed: [...borrowed] } : {}),
    ...(proved.size > 0 ? { proved: [...proved] } : {}),
    records: [{ ...head, fields: [...head.fields.slice(0, c), '最小', '最大', ...head.fields.slice(c + 1)] }, ...split],
  };
}
/**
 * stats57: the N of a line by its label where a count table read before prints it (its total there), and where.
 * stats59/60: the tables after it too (`later`: the tables of a first reading of the input numbered past `number`,
 * `readTables`) — a reader reads the whole input. Every such total is a candidate (`NCandidate`: its table's item lines
 * at the label, their counts and labels, for `nProved`).
 */
interface NCandidate {
  n: number;
  from: string;
  table: number;
  before: boolean;
  items: number[];
  keys: string;
  /** stats61: the sum of the table's item lines at the label (no total printed): taken only where proved. */
  summed?: true;
}
type NElsewhere = (label: string) => NCandidate[];
function nElsewhereOf(tables: readonly Table[], later: readonly Table[] = [], number = 0): NElsewhere {
  const among = (ts: readonly Table[], label: string) => {
    const found: NCandidate[] = [];
    for (const t of ts) {
      const before = t.number < number || !later.includes(t);
      const titled = /[nＮ]\s*[=＝]\s*(\d[\d,]*)/i.exec(normalise(t.title ?? ''))?.[1];
      // The label's line on each axis, found once: the other tables' Ns there (stats60) and, in a count table, its total.
      const at = (['rows', 'cols'] as const).flatMap((ax) => {
        const i = linesOf(t, ax).findIndex((h) => h.kind === 'item' && labelKey(h.label) === labelKey(label));
        return i < 0 ? [] : [{ ax, i, cell: (k: number) => (ax === 'rows' ? t.cells[i]?.[k] : t.cells[k]?.[i]) }];
      });
      // stats60: an N another table states at the label otherwise — a line 「N」「患者数」 beside it, or its title's 「N=」
      // where the label is one of its lines: a reader may take it for N too (a candidate no line proves).
      const unproved = (n: number, from: string) => found.push({ n, from, table: t.number, before, items: [], keys: '' });
      for (const { ax, cell } of at) {
        // The title's 「N=」 is the line's only where the table is that line alone (over several lines it is theirs).
        const alone = linesOf(t, ax).filter((h) => h.kind === 'item').length === 1;
        if (titled && alone && Number(titled.replace(/,/g, '')) > 0)
          unproved(Number(titled.replace(/,/g, '')), `表${t.number}の題名の「N=」`);
        linesOf(t, otherOf(ax)).forEach((h, k) => {
          if (h.kind === 'total' || !N_HEADER.test(normalise(h.label).trim())) return;
          const c = cell(k);
          const v = c?.value;
          if (c && v?.kind === 'count' && v.percent === undefined && v.rate === undefined && countOf(c) > 0)
            unproved(countOf(c), `表${t.number}の${quote(h.label)}`);
        });
      }
      if (t.kind !== 'count') continue;
      for (const { ax, cell } of at) {
        const across = linesOf(t, otherOf(ax));
        const totals = across.flatMap((h, k) => (h.kind === 'total' ? [k] : []));
        // A count, its share beside it or not: redi64 — the 合計 「113 (100.0%)」 of P printed as 「n (p%)」 is P's N to a
        // reader as much as a bare 113 (db0a70d1 left it out, took another population's total printed bare for N, and the
        // ends, P's counts over 113, were published: a hidden 9 given back as 8.0% of 113). Rates are not; 「n/N」 below.
        const plain = (c: ReturnType<typeof cell>) => {
          const v = c?.value;
          return !!c && v?.kind === 'count' && v.rate === undefined && v.denominator === undefined;
        };
        const items = across.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
        const whole = items.every((k) => plain(cell(k)));
        const keys = items
          .map((k) => labelKey(across[k]!.label))
          .sort()
          .join('\u0000');
        // redi64: every item of the line a 「n/N」 of one N (「9/113」): that N is the line's to a reader as a total is
        // (db0a70d1 took another population's bare total, and P's hidden 9 came back as 8.0% of the 113 its cells print).
        const overs = items.map((k) => {
          const v = cell(k)?.value;
          return v?.kind === 'count' && v.rate === undefined && v.denominator !== undefined ? v.denominator : undefined;
        });
        if (items.length >= 2 && overs.every((d) => d !== undefined && d === overs[0]) && overs[0]! > 0)
          found.push({
            n: overs[0]!,
            from: `表${t.number}の「n/N」の分母`,
            table: t.number,
            before,
            items: items.map((k) => countOf(cell(k)!)),
            keys,
          });
        // stats61: no total line, every line across an item of a plain count: the line's sum, a reader's N as well (P's N
        // printed only as its lines). A candidate `nProved` takes only where the ends prove it (`summed`).
        if (totals.length === 0 && whole && items.length >= 2 && items.length === across.length) {
          const n = items.reduce((sum, k) => sum + countOf(cell(k)!), 0);
          if (n > 0)
            found.push({
              n,
              from: `表${t.number}の同じ見出しの${ax === 'rows' ? '行' : '列'}の和`,
              table: t.number,
              before,
              items: items.map((k) => countOf(cell(k)!)),
              keys,
              summed: true,
            });
          continue;
        }
        if (totals.length !== 1) continue;
        const c = cell(totals[0]!);
        if (!plain(c)) continue;
        found.push({
          n: countOf(c!),
          from: `表${t.number}の${quote(across[totals[0]!]!.label)}`,
          table: t.number,
          before,
          items: whole ? items.map((k) => countOf(cell(k)!)) : [],
          keys,
        });
      }
    }
    return found;
  };
  return (label) => [
    ...among(tables, label),
    ...among(
      later.filter((t) => t.number > number),
      label,
    ),
  ];
}
/**
 * stats60: the N of a range of shares among the totals other tables print at its line's label (`NElsewhere`). One number
 * printed there (in one or more tables): taken, as stats57/59 did (チェッカーの推定). Differing numbers (another
 * population, a subset, another year's table under the same label; before or after the range): a reader may take any
 * for N and turn the ends back into counts of it, so one is taken only where it is proved — the ends `lo`–`hi` are the
 * shares of the least and the greatest item line of that number's table at the label (the range is that table's line),
 * no other number's table fits so, and every other number's table prints the same item lines (the same units of another
 * population, whose ends are not the range's). Else `many` (refused in words, naming each).
 */
function nProved(
  cs: readonly NCandidate[],
  lo: string,
  hi: string,
): { n: number; from: string; proved?: string } | { many: string[] } | { summed: string } | undefined {
  const values = [...new Set(cs.map((c) => c.n))];
  if (values.length === 0) return undefined;
  const fits = (e: string, k: number, n: number) =>
    Math.abs((100 * k) / n - Number(e)) <= 0.5 * 10 ** -(e.split('.')[1]?.length ?? 0) + 1e-9;
  const proves = (c: NCandidate) => c.items.length > 0 && fits(lo, Math.min(...c.items), c.n) && fits(hi, Math.max(...c.items), c.n);
  // One number: the last table before the range printing it, else the last after it (stats57/59's choice of words).
  const stated = cs.filter((c) => !c.summed);
  if (values.length === 1 && stated.length > 0)
    return { n: cs[0]!.n, from: ([...stated].reverse().find((c) => c.before) ?? stated.at(-1)!).from };
  // stats61: the sums of lines alone (no table prints the number): no N, as before — `summed` where one proves it.
  const proved = cs.filter(proves);
  const sum = proved.find((c) => c.summed);
  if (values.length === 1) return sum && { summed: sum.from };
  const one = [...new Set(proved.map((c) => c.n))];
  if (one.length === 1 && cs.every((c) => c.n === one[0] || proved.some((p) => p.keys === c.keys && c.items.length > 0))) {
    const printed = proved.find((c) => !c.summed);
    return printed ? { n: one[0]!, from: printed.from, proved: `表${printed.table}` } : { summed: sum!.from };
  }
  return { many: cs.map((c) => `${c.from}の ${c.n}`).filter((x, k, xs) => xs.indexOf(x) === k) };
}
/**
 * stats57: `rangeShares` for a row 「範囲（%）」 (records r): the records transposed, read as a column, turned back — the
 * row split in two rows 「最小」「最大」 on the range's line, the shares keyed by the columns' labels.
 */
function rangeSharesAlongRows(
  records: CsvRecord[],
  r: number,
  title?: string,
  nElsewhere?: NElsewhere,
): NonNullable<ReturnType<typeof splitRanges>> {
  const width = Math.max(...records.map((x) => x.fields.length));
  const turn = (rs: readonly CsvRecord[], n: number, lineOf: (i: number) => number): CsvRecord[] =>
    Array.from({ length: n }, (_, j) => ({ fields: rs.map((x) => x.fields[j] ?? ''), line: lineOf(j) }));
  const turned = turn(records, width, () => records[0]!.line);
  const read = rangeShares(turned, r, title, '列', nElsewhere);
  const line = records[r]!.line;
  const back = read.refuse
    ? records
    : turn(read.records, records.length + 1, (i) => (i < r ? records[i]!.line : i <= r + 1 ? line : records[i - 1]!.line));
  return { ...read, kind: '行', line, records: back };
}
/** The whole label and each bracketed part of it (「幅（最大−最小）」: 「幅」 and 「最大−最小」). */
export function statisticWord(label: string, axis: readonly string[]): boolean {
  const t = normalise(label).trim();
  if (STATISTIC_FULL.test(t)) return true;
  // One pass over the characters (no pattern that backtracks over a run): text outside brackets, and each bracket's text.
  let outer = '';
  let inner = '';
  let depth = 0;
  const parts: string[] = [];
  for (const ch of t) {
    if ('(（[［'.includes(ch)) {
      if (depth++ === 0) inner = '';
      else inner += ch;
    } else if (')）]］'.includes(ch) && depth > 0) {
      if (--depth === 0) parts.push(inner.trim());
      else inner += ch;
    } else if (depth > 0) inner += ch;
    else outer += ch;
  }
  parts.push(outer.trim());
  return parts.some((w) => {
    if (!STATISTIC_WORD.test(w)) return false;
    // 「Q1」…「Q4」 of a year are quarters, a time point: a quartile only where no 「Q2」「Q4」 stands on its axis.
    if (/^[qQ][1-3１-３]$/.test(w)) return !axis.some((a) => /^[qQ][24２４]$/.test(normalise(a).trim()));
    return true;
  });
}
/** A share's label (「割合」「%」「Proportion」「発現割合」), rates10: with an interval's name, a share and its interval. */
const SHARE_INTERVAL_LABEL = /%|割合|パーセント|percent|proportion|\bn\s*\(\s*%/i;
/** The same, as written in capitals only (「OR」 is an odds ratio, 「or」 a word). */
const STATISTIC_ACRONYM = /\b(?:a?OR|a?HR|a?RR|IRR|CI|SMD|SE|RD|NNT[BH]?|NNH|ARR|RRR|ARI)\b/;
/** A column of a test's result as tableone and gtsummary print it: 「p」「test」「p.value」「q」 (not a group's name). */
const TEST_COLUMN = /^(?:p|test|p\.?\s*value|p-?val|statistic)$/i;
/**
 * A cell that is a statistic, never a count: a number with a range in brackets (a median and its quartiles 「45 (38,
 * 52)」「45 [38–52]」) or a decimal with a number in brackets (a mean and its SD, 「51.4 (11.0)」; a count has no decimals).
 */
const STATISTIC_CELL =
  /^-?\d+(?:\.\d+)?\s*[(（[［]\s*-?\d+(?:\.\d+)?\s*(?:[,，、–~〜]|\s-\s?|\bto\b)\s*-?\d+(?:\.\d+)?\s*[)）\]］]$|^-?\d+\.\d+\s*[(（]\s*\d+(?:\.\d+)?\s*[)）]$/i;
/** A row of statistics: every value cell (one at least) a statistic (blank cells aside). */
const statisticRow = (r: CsvRecord | undefined) => {
  const values = (r?.fields.slice(1) ?? []).map((f) => normalise(f).trim()).filter((f) => f !== '');
  return values.length > 0 && values.every((f) => STATISTIC_CELL.test(f));
};
/** A header that names a count as well (「n (%)」「人数（割合）」): its plain numbers are the counts. */
const COUNT_LABEL = /(?<![a-z])n(?![a-z])|数|人|例|件|名/i;

/**
 * A line that is the mean of the other lines of its axis (attack31): 「2020年」…「2023年」 beside a last column
 * 「avg」「Ave.」「1年あたり」 of their mean, written in a word STATISTIC_LABEL does not hold. Its values are no counts, and
 * times the number of lines they give back the lines' sum — a total under another name (a hidden 3 came back as
 * 4 × 20 − 25 − 30 − 22; rounded to a whole number, as the sum's interval of 4 numbers). Found by arithmetic: the last (or
 * first) line of an axis that is neither a total nor a subtotal, every value a plain number, at every position within its
 * printed rounding of the mean of the 2 or more other such lines (totals left out); over one or two positions only
 * where its label also says a mean or a rate per period (「あたり」「per」「avg」「/年」「代表値」), two numbers matching a
 * mean being chance in 1 of about 200 random tables of counts (adversary15's, seed 1501). Not a line of zeros, nor lines all equal.
 */
const MEAN_HINT =
  /あたり|当たり|平均|均|毎|年間|月間|代表値|x̄|μ|\btypical\b|[/／]\s*(?:年|月|週|日|施設|人|例)|\bper\b|\bavg\b|\bave\b|\bav\b|\bmean\b|\baverage\b/i;
/** A plain number as a line of means prints it (「20」「20.3」「1,250」「20人」): its value and decimals (also check.ts `meansShown`). */
const PLAIN_NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(?:人|例|名|件|日|回)?$/;
export function plainNumber(field: string | undefined): { value: number; decimals: number } | undefined {
  const m = PLAIN_NUMBER.exec(normalise(field ?? ''));
  if (!m) return undefined;
  return { value: Number(`${m[1]!.replace(/,/g, '')}.${m[2] ?? '0'}`), decimals: m[2]?.length ?? 0 };
}
/** A line of an axis as `meanLines` reads it: its label, record line, whether a line of ours, its plain numbers. */
interface NumberLine {
  label: string;
  line: number;
  ours: boolean;
  values: ({ value: number; decimals: number } | undefined)[];
}
/** The positions where `last` and every one of `others` print a number. */
const bothPrinted = (last: NumberLine, others: readonly NumberLine[]) =>
  last.values.map((_, j) => j).filter((j) => last.values[j] !== undefined && others.every((o) => o.values[j] !== undefined));
/**
 * The positions that bear evidence of `last` being the mean of `others`: not a total of the other axis (`across`), by
 * its label or by arithmetic (in every line it would average, the sum of the other positions).
 */
function evidenceOf(last: NumberLine, others: readonly NumberLine[], across: readonly boolean[]): number[] {
  const positions = bothPrinted(last, others);
  return positions.filter(
    (j) =>
      !across[j] &&
      !(
        positions.length > 2 &&
        others.every((l) => l.values[j]!.value === positions.reduce((s, i) => (i === j || across[i] ? s : s + l.values[i]!.value), 0))
      ),
  );
}
/**
 * `last` is the mean of `others` within its printed rounding at every position both print, with evidence enough (three
 * positions, or one with a word of a mean in its label): not all sums 0, not every line equal.
 */
function fitsMean(last: NumberLine, others: readonly NumberLine[], across: readonly boolean[]): boolean {
  const positions = bothPrinted(last, others);
  const evidence = evidenceOf(last, others, across);
  if (evidence.length === 0 || (evidence.length < 3 && !MEAN_HINT.test(normalise(last.label)))) return false;
  const k = others.length;
  const sums = positions.map((j) => others.reduce((s, o) => s + o.values[j]!.value, 0));
  if (sums.every((s) => s === 0)) return false;
  if (positions.every((j) => others.every((o) => o.values[j]!.value === last.values[j]!.value))) return false;
  return positions.every((j, p) => {
    const v = last.values[j]!;
    return Math.abs(v.value * k - sums[p]!) <= (0.5 * 10 ** -v.decimals + 1e-9) * k;
  });
}
/** A line `meanLines` found: a mean of the lines `others`, or their ratio; `evidence` the positions that bear it out. */
interface MeanLine {
  kind: '列' | '行';
  label: string;
  line: number;
  others: string[];
  how: 'mean' | 'ratio';
  evidence: number;
}
/**
 * A line of the other axis that is a total, a subtotal or ours (its `rest` or `ns`): no position of a statistic's
 * evidence, no line a statistic is taken over (meanLines, centreLines, extremeLines, cvCategory, stats39).
 */
function summaryLine(h: Header): boolean {
  return !!(h.rest || h.ns) || isTotalLabel(h.label) || isSubtotalWord(h.label) || /(?:小計|計)\s*$/.test(normalise(h.label));
}
/** Both axes of a table as lines of printed numbers, each with the positions across that are summaries (`summaryLine`). */
function statisticAxes(records: readonly CsvRecord[], cols: readonly Header[], rows: readonly Header[], headerLine: number) {
  return [
    {
      kind: '列' as const,
      across: rows.map(summaryLine),
      lines: cols.map((h, c) => ({ h, line: headerLine, values: records.map((r) => plainNumber(r.fields[c + 1])) })),
    },
    {
      kind: '行' as const,
      across: cols.map(summaryLine),
      lines: rows.map((h, i) => ({ h, line: records[i]!.line, values: cols.map((_, c) => plainNumber(records[i]!.fields[c + 1])) })),
    },
  ];
}
function meanLines(records: readonly CsvRecord[], cols: readonly Header[], rows: readonly Header[], headerLine: number): MeanLine[] {
  const found: MeanLine[] = [];
  // A line of the other axis that is a total, a subtotal or ours: the mean holds there whenever it holds on its parts,
  // so it is no further evidence of one (attacker.test: 「c3」 32 the mean of 53 and 11 by chance, then 32 of 53 and 12
  // within its rounding, and 64 of the 合計 row's 106 and 23 as the sum of both: two positions, not three).
  const axes = [
    {
      kind: '列' as const,
      across: rows.map(summaryLine),
      lines: cols.map((h, c) => ({
        label: h.label,
        line: headerLine,
        ours: !!(h.rest || h.ns),
        values: records.map((r) => plainNumber(r.fields[c + 1])),
      })),
    },
    {
      kind: '行' as const,
      across: cols.map(summaryLine),
      lines: rows.map((h, i) => ({
        label: h.label,
        line: records[i]!.line,
        ours: !!(h.rest || h.ns),
        values: cols.map((_, c) => plainNumber(records[i]!.fields[c + 1])),
      })),
    },
  ];
  // The whole axis, and each group of lines joined under one name (layout.ts: 「A群・2020年」…「A群・avg」).
  const group = (label: string) => (label.includes('・') ? label.slice(0, label.lastIndexOf('・')) : undefined);
  const sets = axes.flatMap(({ kind, across, lines }) => [
    { kind, across, lines },
    ...[...new Set(lines.map((l) => group(l.label)).filter((g) => g !== undefined))].map((g) => ({
      kind,
      across,
      lines: lines.filter((l) => group(l.label) === g),
    })),
  ]);
  for (const { kind, across, lines } of sets) {
    // Lines of ours (ofwhich.ts: a うち line's rest, N less a line) are no lines of the input.
    const plain = lines.filter(
      (l) => !l.ours && !isTotalLabel(l.label) && !isSubtotalWord(l.label) && !/(?:小計|計)\s*$/.test(normalise(l.label)),
    );
    if (plain.length < 3) continue;
    // The last line, or the first (a mean printed before the lines it averages); a line between others only where its
    // label says a mean or a rate per period (means37: 「2020年」「2021年」「平均」「2022年」).
    const hinted = (l: (typeof plain)[number]) => MEAN_HINT.test(normalise(l.label));
    const candidates = [...new Set([plain.at(-1)!, plain[0]!, ...plain.slice(1, -1).filter(hinted)])];
    // Of all the other lines; for a line whose label says a mean, of some of them only (means37: 「2020〜2022年平均」
    // beside 2023年 too), where exactly one set of 2 or more of at most 7 others fits.
    // totals44: without a total found by arithmetic among them too — a line at least the sum of the others at every
    // position both print (「Semua」 59 | 39 | 60 over 「X」「Y」「Z」 56 | 37 | 56, a word the checker does not read): on
    // 58c225e a mean of X–Z under a word of none (「Purata」 19 | 12 | 19) was taken for no mean (the total among the lines
    // it should average), read as counts, and the total then as no total over them (the mean among its others): the
    // mean gave the hidden 「Y」 4 back as 2–4, the total its rests 3 and 4. Only with evidence at three positions, as a
    // mean of some lines (below).
    const overOthers = (t: (typeof plain)[number], rest: readonly (typeof plain)[number][]) => {
      const at = bothPrinted(t, rest);
      return at.length > 0 && at.every((j) => t.values[j]!.value >= rest.reduce((s, o) => s + o.values[j]!.value, 0));
    };
    const sets = (last: (typeof plain)[number]) => {
      const all = plain.filter((o) => o !== last);
      const lessTotal =
        all.length >= 3
          ? all
              .filter((t) =>
                overOthers(
                  t,
                  all.filter((o) => o !== t),
                ),
              )
              .map((t) => all.filter((o) => o !== t))
          : [];
      if (!hinted(last) || all.length > 7) return [all, ...lessTotal];
      const some = [...Array(2 ** all.length).keys()]
        .map((bits) => all.filter((_, i) => (bits >> i) & 1))
        .filter((s) => s.length >= 2 && s.length < all.length);
      return [all, ...some];
    };
    for (const last of candidates) {
      // A mean of some lines only on three positions of evidence at least (one set among up to 120 could fit fewer by chance).
      const fitting = sets(last).filter(
        (others) => fitsMean(last, others, across) && (others.length === plain.length - 1 || evidenceOf(last, others, across).length >= 3),
      );
      if (fitting.length === 0) continue;
      const whole = fitting[0]!.length === plain.length - 1;
      if (!whole && fitting.length > 1) continue;
      const others = fitting[0]!;
      found.push({
        kind,
        label: last.label,
        line: last.line,
        others: others.map((o) => o.label),
        how: 'mean',
        evidence: evidenceOf(last, others, across).length,
      });
      break;
    }
  }
  // A ratio of two lines (「男女比」 10 beside 男性 30 and a hidden 女性 3: 30 ÷ 10): its label says a ratio, and at every
  // position it is one line's value over the other's within its rounding.
  for (const { kind, lines } of axes)
    for (const l of lines) {
      if (l.ours || !RATIO_HINT.test(normalise(l.label)) || found.some((f) => f.kind === kind && f.label === l.label)) continue;
      const at = l.values.flatMap((v, j) => (v === undefined ? [] : [j]));
      if (at.length === 0) continue;
      const pair = lines
        .flatMap((a) => lines.map((b) => [a, b] as const))
        .find(
          ([a, b]) =>
            a !== l &&
            b !== l &&
            a !== b &&
            at.every((j) => a.values[j] !== undefined && b.values[j] !== undefined && b.values[j]!.value > 0) &&
            !at.every((j) => a.values[j]!.value === b.values[j]!.value) &&
            at.every(
              (j) => Math.abs(l.values[j]!.value - a.values[j]!.value / b.values[j]!.value) <= 0.5 * 10 ** -l.values[j]!.decimals + 1e-9,
            ),
        );
      if (pair)
        found.push({ kind, label: l.label, line: l.line, others: [pair[0].label, pair[1].label], how: 'ratio', evidence: at.length });
    }
  return found;
}
/**
 * A line that is the largest or the smallest of the other lines of its axis at every position (attack37): 「最多」
 * 「最少」「ピーク」「Peak」 under months, 「最多の月」 beside hospitals — read as counts on int, where publishing it gave
 * back the hidden count it equals (「1月」 45 hidden beside 2月 40 and 3月 12 shown, 「最多」 45: the 1月 count, then the
 * small count beside it by the 1月 row's total; a 「最少」 likewise). Found by arithmetic, whatever the label: a line that
 * is no total (label or our line), every value a whole number, equal at every position both print (totals of the other
 * axis left out, as for a mean) to the largest (smallest) of the two or more other such lines, with evidence at four
 * positions at least where it is its axis's last such line, or two anywhere where its label says a maximum or a minimum
 * (`EXTREME_HINT`) — a position whose extreme is
 * not 0 and is reached by one other line only (attack37-chance.ts: counting ties and zeros refused 20 of 341 random
 * sparse tables, counts 0–3, by chance) —; and no one other line reaching it at
 * every position (a copy of a line, or a line of zeros beside another, is no maximum: the attacker learns nothing new).
 * A maximum is no linear equation of the counts (which cell reaches it is a choice), so it is refused, not read.
 */
const EXTREME_HINT = /最多|最少|最大|最小|最高|最低|ピーク|\bpeak\b|\bmax(?:imum)?\b|\bmin(?:imum)?\b|\bhighest\b|\blowest\b/i;
/** An extreme's or a range's name in messages (stats39), and a median's or a geometric mean's (`centreLines`). */
export const EXTREME_WORD = {
  max: '最大',
  min: '最小',
  range: '範囲（最大−最小）',
  median: '中央値',
  gmean: '幾何平均',
  sharesum: '割合の和',
} as const;
export type ExtremeHow = keyof typeof EXTREME_WORD;
/** The statistic `how` of whole counts `vs` (stats39): undefined where it has none (a geometric mean of a 0). */
export function statisticOf(how: ExtremeHow, vs: readonly number[]): number | undefined {
  // formats55: a sum of shares (R's addmargins of row or column shares) is no statistic of the counts alone.
  if (vs.length === 0 || how === 'sharesum') return undefined;
  if (how === 'max') return Math.max(...vs);
  if (how === 'min') return Math.min(...vs);
  if (how === 'range') return Math.max(...vs) - Math.min(...vs);
  if (how === 'gmean') return vs.some((v) => v <= 0) ? undefined : Math.exp(vs.reduce((s, v) => s + Math.log(v), 0) / vs.length);
  const s = [...vs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}
/**
 * A line under 「CV」 alone that is a category (cardiovascular), not the coefficient of variation of the other lines of
 * its axis (stats39; refused as a statistic since stats38 whatever its values). Decided by arithmetic, our reading: every
 * value a whole number, and at one position at least (totals of the other axis aside, every other line a whole number)
 * it fits no CV of the others within its rounding — SD (n or n − 1) ÷ mean, as a fraction or in percent.
 */
export function cvCategory(
  records: readonly CsvRecord[],
  headers: readonly Header[],
  across: readonly Header[],
  kind: '列' | '行',
  index: number,
): boolean {
  if (!/^cv$/i.test(normalise(headers[index]!.label).trim())) return false;
  const at = (i: number, j: number) => (kind === '列' ? plainNumber(records[j]?.fields[i + 1]) : plainNumber(records[i]?.fields[j + 1]));
  const text = (i: number, j: number) => normalise((kind === '列' ? records[j]?.fields[i + 1] : records[i]?.fields[j + 1]) ?? '').trim();
  const others = headers.flatMap((h, i) => (i !== index && !summaryLine(h) ? [i] : []));
  if (others.length < 2) return false;
  const positions = across.map((_, j) => j);
  if (!positions.every((j) => text(index, j) === '' || at(index, j)?.decimals === 0)) return false;
  return positions.some((j) => {
    if (summaryLine(across[j]!)) return false;
    const v = at(index, j);
    const vs = others.map((i) => at(i, j));
    if (!v || vs.some((x) => !x || x.decimals > 0)) return false;
    const xs = vs.map((x) => x!.value);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    if (mean === 0) return true;
    const ss = xs.reduce((s, x) => s + (x - mean) ** 2, 0);
    const cvs = [xs.length, xs.length - 1].flatMap((n) => [Math.sqrt(ss / n) / mean, (Math.sqrt(ss / n) / mean) * 100]);
    return !cvs.some((c) => Math.abs(v.value - c) <= 0.5 + 1e-9);
  });
}
/** 「GM」「中央」 as the whole label: a geometric mean or a median, or an item (General Medicine, a region). */
const CENTRE_WORD = /^(?:gm|中央)$/i;
/**
 * A line under 「GM」 or 「中央」 alone that is the median or the geometric mean of the other lines of its axis (stats39):
 * read as counts on d8f82c6 (an item: 「GM」 a department, 「中央」 a region). Decided by arithmetic, our reading: at every
 * position it prints (totals of the other axis aside) every other line (two at least, no total) prints a whole number and
 * it is their median (geometric mean) within its printed rounding, with evidence at two positions where the others are
 * not all equal; not where a total line of its axis is the sum of the others with it (then an item). `undecided` the
 * lines under those words with a decimal that fit neither (no count, no statistic the checker can read).
 */
export function centreLines(
  records: readonly CsvRecord[],
  cols: readonly Header[],
  rows: readonly Header[],
  headerLine: number,
): {
  found: { kind: '列' | '行'; label: string; line: number; others: string[]; how: ExtremeHow }[];
  undecided: { kind: '列' | '行'; label: string; line: number }[];
} {
  const found: { kind: '列' | '行'; label: string; line: number; others: string[]; how: ExtremeHow }[] = [];
  const undecided: { kind: '列' | '行'; label: string; line: number }[] = [];
  const axes = statisticAxes(records, cols, rows, headerLine);
  for (const { kind, across, lines } of axes)
    for (const l of lines) {
      if (!CENTRE_WORD.test(normalise(l.h.label).trim())) continue;
      const others = lines.filter((o) => o !== l && !summaryLine(o.h));
      if (others.length < 2) continue;
      const totals = lines.filter((o) => o !== l && summaryLine(o.h) && !o.h.rest && !o.h.ns);
      const printed = l.values.map((_, j) => j).filter((j) => !across[j] && l.values[j] !== undefined);
      const decimal = printed.some((j) => l.values[j]!.decimals > 0);
      const fits = (how: ExtremeHow) =>
        printed.every((j) => {
          const vs = others.map((o) => o.values[j]);
          if (vs.some((v) => v === undefined || v.decimals > 0)) return false;
          const target = statisticOf(
            how,
            vs.map((v) => v!.value),
          );
          return target !== undefined && Math.abs(l.values[j]!.value - target) <= 0.5 * 10 ** -l.values[j]!.decimals + 1e-9;
        });
      const evidence = printed.filter((j) => new Set(others.map((o) => o.values[j]?.value)).size > 1).length;
      // An item where a total line of its axis is the sum of the others with it at every position both print.
      const item = totals.some((t) => {
        const at = printed.filter((j) => t.values[j] !== undefined && others.every((o) => o.values[j] !== undefined));
        return at.length > 0 && at.every((j) => t.values[j]!.value === others.reduce((s, o) => s + o.values[j]!.value, l.values[j]!.value));
      });
      // An item too where it takes part in a sum of lines of its axis (stats40: 「中央」 beside 北部・南部, 南部 = 北部 + 中央
      // at every position by chance; read as a median, the sum was lost and the hidden 中央 count came back as 南部 −
      // 北部): the sum of two or more other lines, or with one or more a third line, at every position all print.
      const summed = partOfSum(
        l,
        lines.filter((o) => o !== l && !o.h.rest && !o.h.ns),
      );
      const how = (['median', 'gmean'] as const).find((w) => printed.length > 0 && evidence >= 2 && !item && !summed && fits(w));
      if (how) found.push({ kind, label: l.h.label, line: l.line, others: others.map((o) => o.h.label), how });
      else if (decimal) undecided.push({ kind, label: l.h.label, line: l.line });
    }
  return { found, undecided };
}
/**
 * Whether line `l` takes part in a sum among `others` (lines of its axis, totals included): it is the sum of two or
 * more of them, or it and one or more of them add up to another, at every position where all those lines print a
 * whole number (two positions at least). Up to 12 other lines (beyond, no search: false).
 */
function partOfSum(
  l: { values: ({ value: number; decimals: number } | undefined)[] },
  others: readonly { values: ({ value: number; decimals: number } | undefined)[] }[],
): boolean {
  if (others.length > 12) return false;
  const whole = (v: { value: number; decimals: number } | undefined) => v !== undefined && v.decimals === 0;
  const at = l.values.map((_, j) => j).filter((j) => whole(l.values[j]) && others.every((o) => whole(o.values[j])));
  if (at.length < 2) return false;
  const n = others.length;
  for (let mask = 1; mask < 1 << n; mask++) {
    const parts = others.filter((_, k) => mask & (1 << k));
    const sum = (j: number) => parts.reduce((s, o) => s + o.values[j]!.value, 0);
    if (parts.length >= 2 && at.every((j) => sum(j) === l.values[j]!.value)) return true;
    if (others.some((t, k) => !(mask & (1 << k)) && at.every((j) => sum(j) + l.values[j]!.value === t.values[j]!.value))) return true;
  }
  return false;
}
/**
 * red61: beside exactly two other lines, one the largest and one the smallest at every position, a line that is their
 * difference is one of a sum's parts (「Patients」 = 「ICU」 + 「Ward」): the range read so is that sum's equation, which
 * the sums read (no statistic of its own). A line with no word of a range only.
 */
function sumOfTwo(
  l: { h: Header; values: ({ value: number } | undefined)[] },
  others: readonly { values: ({ value: number } | undefined)[] }[],
  at: readonly number[],
): boolean {
  if (others.length !== 2 || RANGE_HINT.test(normalise(l.h.label).trim())) return false;
  const [a, b] = others as [(typeof others)[0], (typeof others)[0]];
  const big = at.every((j) => a.values[j]!.value > b.values[j]!.value)
    ? a
    : at.every((j) => b.values[j]!.value > a.values[j]!.value)
      ? b
      : undefined;
  if (!big) return false;
  const small = big === a ? b : a;
  return at.every((j) => l.values[j]!.value + small.values[j]!.value === big.values[j]!.value);
}
/** A label that is a range's word alone (「範囲」「レンジ」「Range」「最大−最小」): the largest less the smallest. */
const RANGE_HINT = /^(?:範囲|レンジ|range|最大\s*[-−–ー]\s*最小|max\s*[-−–]\s*min)$/i;
export function extremeLines(
  records: readonly CsvRecord[],
  cols: readonly Header[],
  rows: readonly Header[],
  headerLine: number,
): { kind: '列' | '行'; label: string; line: number; others: string[]; how: 'max' | 'min' | 'range' }[] {
  const found: { kind: '列' | '行'; label: string; line: number; others: string[]; how: 'max' | 'min' | 'range' }[] = [];
  const axes = statisticAxes(records, cols, rows, headerLine);
  for (const { kind, across, lines } of axes) {
    const plain = lines.filter((l) => !summaryLine(l.h) && l.values.every((v) => v === undefined || v.decimals === 0));
    if (plain.length < 3) continue;
    for (const l of plain) {
      const others = plain.filter((o) => o !== l);
      const at = l.values
        .map((_, j) => j)
        .filter((j) => !across[j] && l.values[j] !== undefined && others.every((o) => o.values[j] !== undefined));
      const hinted = EXTREME_HINT.test(normalise(l.h.label));
      const ranged = RANGE_HINT.test(normalise(l.h.label).trim());
      // With no word of an extreme, the last line of its axis only (where a sheet appends one).
      const needed = hinted ? 2 : 4;
      for (const how of hinted || l === plain.at(-1) ? (['max', 'min'] as const) : []) {
        if (at.length < needed) break;
        const pick = how === 'max' ? Math.max : Math.min;
        if (!at.every((j) => l.values[j]!.value === pick(...others.map((o) => o.values[j]!.value)))) continue;
        // Evidence: a position whose extreme is not 0 and is reached by one other line only (ties and zeros are
        // frequent in sparse tables: 20 of 341 tables of counts 0–3 were refused by chance counting them).
        const evidence = at.filter(
          (j) => l.values[j]!.value > 0 && others.filter((o) => o.values[j]!.value === l.values[j]!.value).length === 1,
        );
        if (evidence.length < needed) continue;
        // Not a copy of one line: no other line reaches it at every position.
        if (others.some((o) => at.every((j) => o.values[j]!.value === l.values[j]!.value))) continue;
        found.push({ kind, label: l.h.label, line: l.line, others: others.map((o) => o.h.label), how });
        break;
      }
      if (found.at(-1)?.label === l.h.label && found.at(-1)?.kind === kind) continue;
      // A range: the largest less the smallest at every position (「範囲」 27 beside 25, a hidden 3 and 30: the 3 is 3 or
      // 52, and a column's total under 52 leaves 3), evidence where both are reached by one line only and differ.
      const width = ranged ? 2 : 4;
      if (!ranged && l !== plain.at(-1)) continue;
      const spread = (j: number) => {
        const vs = others.map((o) => o.values[j]!.value);
        const [hi, lo] = [Math.max(...vs), Math.min(...vs)];
        return { value: hi - lo, unique: hi > lo && vs.filter((v) => v === hi).length === 1 && vs.filter((v) => v === lo).length === 1 };
      };
      if (
        at.length >= width &&
        at.every((j) => l.values[j]!.value === spread(j).value) &&
        at.filter((j) => spread(j).unique).length >= width &&
        !others.some((o) => at.every((j) => o.values[j]!.value === l.values[j]!.value)) &&
        !sumOfTwo(l, others, at)
      )
        found.push({ kind, label: l.h.label, line: l.line, others: others.map((o) => o.h.label), how: 'range' });
    }
  }
  return found;
}
/**
 * The lines of a table along an axis, the other axis, its item lines and the cell of line i at position k (extremes
 * across tables: `extremesAcross`, `sumExtremes`, `topSums`).
 */
const linesOf = (t: Table, axis: 'rows' | 'cols') => (axis === 'rows' ? t.rows : t.cols);
const otherOf = (axis: 'rows' | 'cols') => (axis === 'rows' ? 'cols' : 'rows');
const items = (t: Table, axis: 'rows' | 'cols') => linesOf(t, axis).flatMap((h, i) => (h.kind === 'item' ? [i] : []));
const at2 = (axis: 'rows' | 'cols', i: number, k: number) => (axis === 'rows' ? { row: i, col: k } : { row: k, col: i });

/**
 * Each item line's cells and sum along `ax` (`sumExtremes`, `topSums`), where every cell is a plain count (no share,
 * rate or N); undefined otherwise.
 */
function lineSums(a: Table, ax: 'rows' | 'cols', lines: readonly number[], across: readonly number[]) {
  const cellsOf = lines.map((i) => across.map((q) => at2(ax, i, q)));
  const plain = cellsOf.every((cs) =>
    cs.every(({ row, col }) => {
      const x = a.cells[row]?.[col]?.value;
      return x?.kind === 'count' && x.percent === undefined && x.rate === undefined && x.denominator === undefined;
    }),
  );
  if (!plain) return undefined;
  return { cellsOf, sums: cellsOf.map((cs) => cs.reduce((s, x) => s + countOf(a.cells[x.row]![x.col]!), 0)) };
}

/**
 * A maximum or minimum printed in another table (attack37): 「病院 | 月最多」 beside a table of months by hospital, each
 * hospital's value the largest (smallest) of its months there — read on int as counts, it gave back the hidden month it
 * equals (its other months shown) and the small count beside it by the month's total. Tied only under a word of an
 * extreme (`EXTREME_HINT`) in the line's label or its table's title, where the line's positions are lines of the other
 * table (`labelKey`) and at every one it is the extreme of that line's counts (totals left out), with evidence at two
 * positions at least (not 0, reached by one count only). Refused in words, as within one table (`extremeLines`). Under
 * no such word (「参考値」) since stats42 with evidence at four positions, as within one table: read as counts it gave a
 * hidden count back to an attacker taking it for the extreme (stats42-families.ts `noword`, 12 of 72 such tables).
 * Since stats43 (under a word) and stats44 (under none, at two positions or more, no copy of a line of its label; a
 * 「-」 that is no extreme left out) a line whose every cell is a printed count is tied, not refused (`Table.extremeOf`).
 */
export function extremesAcross(tables: readonly Table[], warnings: Warning[] = []): InputError[] {
  const out: InputError[] = [];
  const axes = ['rows', 'cols'] as const;
  const cell = (t: Table, axis: 'rows' | 'cols', i: number, k: number) => (axis === 'rows' ? t.cells[i]![k]! : t.cells[k]![i]!);
  const counts = tables.filter((t) => t.kind === 'count');
  // stats46: within one table under no word of an extreme, a line that is at three positions or more the largest
  // (smallest) of the other lines of its axis there (two at least, no copy of one): `extremeLines` reads it as the
  // extreme only with evidence at four positions as the axis's last line; else it stays counts, and an attacker taking
  // it for the extreme got a hidden count back. Read both ways as stats44 reads one across tables: counts of the table,
  // tied as the extreme of the others (the ties hold of the counts whichever reading is right). Our reading.
  for (const b of counts)
    for (const bx of axes) {
      const by = otherOf(bx);
      const lines = items(b, bx);
      const at = items(b, by);
      if (lines.length < 3 || at.length < 3) continue;
      // Plain counts only: beside shares, rates or 「n/N」 (a block's lines over their Ns, groups of differing sizes) the
      // largest group is every line's largest by its size, no extreme (denom33's zeros family: 12 of 200 then found no
      // protection on the merge).
      const printed = (i: number, k: number) => {
        const x = cell(b, bx, i, k).value;
        return x.kind === 'count' && x.percent === undefined && x.rate === undefined && x.denominator === undefined;
      };
      if (!lines.every((i) => at.every((k) => printed(i, k)))) continue;
      for (const l of lines) {
        const others = lines.filter((o) => o !== l);
        const v = (i: number, k: number) => countOf(cell(b, bx, i, k));
        if (others.some((o) => at.every((k) => v(o, k) === v(l, k)))) continue;
        const how = (['max', 'min'] as const).find((w) =>
          at.every((k) => v(l, k) === (w === 'max' ? Math.max : Math.min)(...others.map((o) => v(o, k)))),
        );
        if (!how) continue;
        // Evidence at three positions at least, as across tables: not 0, reached by one other line only (ours).
        if (at.filter((k) => v(l, k) > 0 && others.filter((o) => v(o, k) === v(l, k)).length === 1).length < 3) continue;
        const at2 = (i: number, k: number) => (bx === 'rows' ? { row: i, col: k } : { row: k, col: i });
        const cells = at.map((k) => {
          const over = others.map((o) => at2(o, k));
          return { self: at2(l, k), over, reach: others.findIndex((o) => v(o, k) === v(l, k)) };
        });
        (b.extremeOf ??= []).push({ of: b.number, how, cells, unworded: true });
        const h = linesOf(b, bx)[l]!;
        const word = how === 'max' ? '最大' : '最小';
        warnings.push({
          code: 'header/extreme-within',
          message:
            `表${b.number}の${bx === 'rows' ? '行' : '列'}${quote(h.label)}の値は、どの${bx === 'rows' ? '列' : '行'}でもほかの${bx === 'rows' ? '行' : '列'}の数の${word}の値に一致します。` +
            `読み手が${word}の値と受け取っても秘匿した数が戻らないよう、患者数としても、${word}の値としても確かめました（チェッカーの判断）`,
          place: {
            line: bx === 'rows' ? (b.cells[l]?.[0]?.line ?? b.line) : b.line,
            table: b.number,
            ...(bx === 'rows' ? { row: h.label } : { col: h.label }),
          },
        });
      }
    }
  for (const b of counts)
    for (const bx of axes) {
      const by = otherOf(bx);
      for (const l of linesOf(b, bx).keys()) {
        const h = linesOf(b, bx)[l]!;
        if (h.kind === 'total') continue;
        const hinted = EXTREME_HINT.test(normalise(h.label)) || EXTREME_HINT.test(normalise(b.title ?? ''));
        // Refused (below, where the line cannot be tied) under a word of an extreme with two positions of evidence, else
        // four (as `extremeLines` asks within one table).
        const width = hinted ? 2 : 4;
        const all = items(b, by);
        // stats46: one position too (a single hospital's 「最大」): read as counts, it gave a hidden count back to an
        // attacker taking it for the extreme (the hidden year it equals, and the small count beside it by the total).
        if (all.length < 1) continue;
        let found:
          | {
              table: Table;
              how: 'max' | 'min';
              ax: 'rows' | 'cols';
              matched: number[];
              across: number[];
              at: number[];
              evidence: number;
              copy: boolean;
            }
          | undefined;
        for (const a of counts) {
          if (a === b || found) continue;
          for (const ax of axes) {
            if (found) break;
            const key = new Map(items(a, ax).map((i) => [labelKey(linesOf(a, ax)[i]!.label), i]));
            // A line under a heading (「B病院・C病院」: a one-column table's 「B病院,-」 read as a heading over C病院,
            // stats44) matched by its label without the heading where the whole label names no line there.
            const keyOf = (g: Header) =>
              key.has(labelKey(g.label)) || g.heading === undefined
                ? labelKey(g.label)
                : labelKey(g.label.slice(g.heading.length + 1).trim());
            const matchedAll = all.map((k) => key.get(keyOf(linesOf(b, by)[k]!)));
            if (matchedAll.some((i) => i === undefined)) continue;
            const across = items(a, otherOf(ax));
            // stats46: one line across too (a count table of one year: each extreme that year's count, a copy).
            if (across.length < 1) continue;
            for (const how of ['max', 'min'] as const) {
              const pick = how === 'max' ? Math.max : Math.min;
              // stats44: a position whose extreme is written 「-」 and is not the extreme of the counts there (a dash
              // read as 0 beside counts above 0) gives no value of it: left out, the others tied.
              const at = all.filter((k, p) => {
                const c = cell(b, bx, l, k);
                return !(zeroDash(c.text) && countOf(c) !== pick(...across.map((q) => countOf(cell(a, ax, matchedAll[p]!, q)))));
              });
              if (at.length < 1) continue;
              const matched = at.map((k) => matchedAll[all.indexOf(k)]!);
              let evidence = 0;
              const fits = at.every((k, p) => {
                const v = countOf(cell(b, bx, l, k));
                const vs = across.map((q) => countOf(cell(a, ax, matched[p]!, q)));
                if (v !== pick(...vs)) return false;
                if (v > 0 && vs.filter((x) => x === v).length === 1) evidence++;
                return true;
              });
              if (!fits) continue;
              // stats46: under no word of an extreme, one position (or one count over which) is no proof by itself —
              // any count may equal a line's largest by chance: tied where it is evidence (not 0, reached by one
              // count only; our reading, チェッカーの判断); under a word, as at two positions.
              if (!hinted && (at.length < 2 || across.length < 2) && evidence < 1) continue;
              // A copy of one line there under its label (a second table of 「2024年」, the last year's counts, each the
              // largest): the same counts, no extreme. Under another label (「参考値」) a copy at every position is no
              // proof it is not the extreme (stats44: dashCases, the two extremes left both in 2024年, 1 of 15 leaked so).
              // Its label as tables link it (`headerKey`: 「A群（28）」 is 「A群」, adversary4's pair of a table and a copy of
              // two of its columns, each by chance the smaller and the larger of its line).
              const copy = across.some(
                (q) =>
                  headerKey(linesOf(a, otherOf(ax))[q]!) === headerKey(h) &&
                  at.every((k, p) => countOf(cell(b, bx, l, k)) === countOf(cell(a, ax, matched[p]!, q))),
              );
              found = { table: a, how, ax, matched, across, at, evidence, copy };
              break;
            }
          }
        }
        if (!found) continue;
        const word = found.how === 'max' ? '最大' : '最小';
        // stats43: every cell a printed count — read as stats39 reads one within a table: tied to the other table's counts
        // in the system (the count it is, at least (most) the others), hidden as they ask. stats44: under no word of an
        // extreme too, wherever it fits at two positions or more (not a copy of one line): read as counts it gave a hidden
        // count back to an attacker taking it for the extreme (stats42: 13 of 28 over three hospitals); the ties hold of
        // the counts whichever it is, so the suppression protects it read either way (the system's set within both).
        const { ax, matched, across, at, table: other } = found;
        const printed = (t: Table, c: { row: number; col: number }) => t.cells[c.row]?.[c.col]?.value.kind === 'count';
        const cells = at.map((k, p) => {
          const over = across.map((q) => at2(ax, matched[p]!, q));
          const v = countOf(cell(b, bx, l, k));
          return { self: at2(bx, l, k), over, reach: over.findIndex((c) => countOf(other.cells[c.row]![c.col]!) === v) };
        });
        const evidenceNeeded = hinted ? 2 : 4;
        if (!hinted && found.copy) continue;
        if (cells.every((c) => printed(b, c.self) && c.over.every((o) => printed(other, o)) && c.reach >= 0)) {
          (b.extremeOf ??= []).push({ of: found.table.number, how: found.how, cells, ...(hinted ? {} : { unworded: true as const }) });
          const left = all.length - at.length;
          warnings.push({
            code: 'header/extreme-across',
            message: hinted
              ? `表${b.number}の${bx === 'rows' ? '行' : '列'}${quote(h.label)}の値は、${left > 0 ? `「-」の${left} 個を除く` : 'どの'}${bx === 'rows' ? '列' : '行'}でも表${found.table.number}の同じ見出しの数の${word}の値に一致するため、${word}の値として読みました（チェッカーの判断）。` +
                `表${found.table.number}の数と結んで確かめ、${word}の値から秘匿した数が戻る表${b.number}のセルも秘匿します`
              : `表${b.number}の${bx === 'rows' ? '行' : '列'}${quote(h.label)}の値は、見出しに${word}を示す言葉はありませんが、${left > 0 ? `「-」の${left} 個を除く` : 'どの'}${bx === 'rows' ? '列' : '行'}でも表${found.table.number}の同じ見出しの数の${word}の値に一致します。` +
                `読み手が${word}の値と受け取っても秘匿した数が戻らないよう、患者数としても、表${found.table.number}の数の${word}の値としても確かめました（チェッカーの判断）`,
            place: {
              line: bx === 'rows' ? (b.cells[l]?.[0]?.line ?? b.line) : b.line,
              table: b.number,
              ...(bx === 'rows' ? { row: h.label } : { col: h.label }),
            },
          });
          continue;
        }
        if (found.evidence < evidenceNeeded || at.length < width) continue;
        const line = bx === 'rows' ? (b.cells[l]?.[0]?.line ?? b.line) : b.line;
        out.push({
          code: 'header/statistic',
          message:
            `表${b.number}の${bx === 'rows' ? '行' : '列'}${quote(h.label)}の値は、どの${bx === 'rows' ? '列' : '行'}でも表${found.table.number}の同じ見出しの数の${word}の値に一致します（チェッカーの判断）。` +
            `${word}の値は患者数ではなく、表${found.table.number}のほかの数を公表していれば、${word}の値の数が秘匿したセルと分かり、合計から隣の小さい数も戻ります。` +
            `チェッカーは${word}の値を一次の式として読めないため、患者数として確かめられません`,
          hint: `${word}の値の表を除いて確かめてください。${word}の値を公表するなら、人数の表とは別に審査を受けてください`,
          place: { line, table: b.number, ...(bx === 'rows' ? { row: h.label } : { col: h.label }) },
        });
      }
    }
  return out;
}
/**
 * extremes60: the largest (smallest) of a line of shares printed as a share in another table — 「# 表2 施設別割合の最小」
 * 「2021年,3.6%」 beside a count table of hospitals by years whose cells are 「n (p%)」 of the year's total. 表2's share is
 * read as a count of its N (its own, or borrowed from the count table's total, `borrowDenominators`), but a9147354 did
 * not tie it as the extreme of the year's counts: a reader knows every count of the year is at least (most) it, and the
 * complement hidden beside a small count (often the year's smallest) was given back (extremes60-families.ts `share`:
 * 35 of 100 leaked). Tied where a word of an extreme (`EXTREME_HINT`) is in the line's label or the table's title, every
 * position of the line names a line of a count table (`labelKey`) over two items or more, and at every position the
 * extreme of the named line's counts (totals left out) is a count the share allows of its N — one whole count, or since
 * redc61 one of a range (「4%」 of 232 is 9 or 10; an N over 1,000 with one decimal): a9147354–31b5f650 tied only whole
 * counts, and a range still told a reader every count of the year is at least (most) its lower (upper) end
 * (redc61-families.ts `range`: 5 of 12 leaked in a probe). The share's count equals the count it reaches (system.ts
 * pins a range's count to it) and is at least (most) the others (`Table.extremeOf`). True of the counts whichever
 * reading is right (checked on the printed counts), so only cells hidden. Our reading.
 */
function shareExtremes(tables: readonly Table[], warnings: Warning[]): void {
  const counts = tables.filter((t) => t.kind === 'count');
  for (const b of tables) {
    if (b.kind !== 'percent') continue;
    shareTopK(b, counts, warnings);
    for (const bx of ['rows', 'cols'] as const) {
      const all = items(b, otherOf(bx));
      if (all.length < 1) continue;
      // The count tables' lines the positions name: the same for every line of `bx` (ext68: looked up once a table and
      // axis, as every line under no word is tried now).
      const named = linesNamed(
        counts,
        all.map((k) => labelKey(linesOf(b, otherOf(bx))[k]!.label)),
      );
      if (named.length === 0) continue;
      for (const l of items(b, bx)) {
        const h = linesOf(b, bx)[l]!;
        // ext68: a line under no word of an extreme (nor a rank, nor under a word of order: `shareTopK`'s) whose shares
        // fit a line's extremes at every position is read so too: a reader who finds they fit takes it for the extreme
        // (ext68-families.ts `one`: eb81e31d 31 of 100 leaked) — but not a line's own shares (its label a line there).
        const unworded = !EXTREME_HINT.test(normalise(h.label)) && !EXTREME_HINT.test(normalise(b.title ?? ''));
        // ext72: a rank's line (「2位」, under a word of order or none) `shareTopK` did not tie — a rank alone on its axis,
        // ranks not all of one order, the last rank (「7位」 of 7) — is read as every r-th it fits, either end: a reader
        // who finds 「2位」 fits each year's second smallest takes it so (ext72-families.ts: 7b46c002 leaked).
        const ranked = unworded && !mayBeUnwordedExtreme(b, h);
        if (ranked && tiedLine(b, bx, l, all)) continue;
        const values = shareRangesOf(b, bx, l, all);
        if (!values) continue;
        // extremes63: every count table and axis (and end) the extremes fit, not only the first: a reader takes the share
        // for any of them (the note under 表2 for 表2's), each tie true of the printed counts.
        // ext70: under no word the r-th (r > 1) too, wherever it fits at every position (`rankLinesOf`).
        const fits = [...extremeLinesOf(named, values), ...(unworded ? rankLinesOf(named, values) : [])].filter(
          (f) => !unworded || !namesLineAcross(f.a, f.ax, h),
        );
        if (fits.length === 0) continue;
        for (const { a, ax, how, matched, across, extremes, rank, orders } of fits) {
          if (rank !== undefined && orders !== undefined) {
            // ext70: as `shareTopK` ties one rank: the count it reaches among the counts not ranked above it, at least
            // (most) those; the counts ranked above at least (most) it (no equation: `reach` −1).
            const left = orders.map((o) => across.map((_, x) => x).filter((x) => !o.slice(0, rank - 1).includes(x)));
            const tie = (w: 'max' | 'min', lines: number[][], reach: (p: number) => number) => ({
              of: a.number,
              how: w,
              unworded: true as const,
              cells: all.map((k, p) => ({
                self: at2(bx, l, k),
                over: lines[p]!.map((x) => at2(ax, matched[p]!, across[x]!)),
                reach: reach(p),
              })),
            });
            (b.extremeOf ??= []).push(
              tie(how, left, (p) => left[p]!.indexOf(orders[p]![rank - 1]!)),
              tie(
                how === 'max' ? 'min' : 'max',
                orders.map((o) => o.slice(0, rank - 1)),
                () => -1,
              ),
            );
            continue;
          }
          const cells = all.map((k, p) => {
            const over = across.map((q) => at2(ax, matched[p]!, q));
            return { self: at2(bx, l, k), over, reach: over.findIndex((c) => countOf(a.cells[c.row]![c.col]!) === extremes[p]) };
          });
          (b.extremeOf ??= []).push({ of: a.number, how, cells, ...(unworded ? { unworded: true as const } : {}) });
        }
        const { a, ax, how, rank = 1 } = fits[0]!;
        const word = rankWord(how, rank);
        const unit = ax === 'rows' ? '行' : '列';
        warnings.push({
          code: 'header/extreme-share',
          message:
            `表${b.number}の${bx === 'rows' ? '行' : '列'}${quote(h.label)}の割合は、どの${bx === 'rows' ? '列' : '行'}でもその N の患者数にすると表${a.number}の同じ見出しの${unit}の数の${word}の値に一致するため、${word}の割合として読みました（チェッカーの判断）。` +
            (ranked ? rankedSaid(h.label, word) : unworded ? unwordedSaid(word) : '') +
            `読み手はほかの数がこの数${how === 'max' ? '以下' : '以上'}${rank > 1 ? `（上の順位の数は${how === 'max' ? '以上' : '以下'}）` : ''}と分かるため、表${a.number}の数と結んで確かめ、${word}の割合から秘匿した数が戻るセルも秘匿します` +
            alsoFits(fits) +
            (ranked ? rankedHint : unworded ? unwordedHint(word, rank, how) : ''),
          place: {
            line: bx === 'rows' ? (b.cells[l]?.[0]?.line ?? b.line) : b.line,
            table: b.number,
            ...(bx === 'rows' ? { row: h.label } : { col: h.label }),
          },
        });
      }
    }
  }
}
/**
 * ext73: a line of means in a table of shares (「# 表2 年別割合」 「年,2位,平均」 beside 表1 of hospitals by years): a
 * mean of another table's shares, no mean of its own table's lines, so `setAsideMeans` left it and readTable refused the
 * table (`header/statistic`) — the rank line beside it too (ext72: 「2位」「平均」 refused). Set aside here (every value of
 * the table a share 「p%」 or blank, one line under a bare word of a mean, `BARE_MEAN`, another line left), and tied after
 * every table is read (`shareMeans`): read where it is the mean of the shares of a count table's line at every position,
 * else refused as before.
 */
interface ShareMean {
  /** ext73: a mean (`BARE_MEAN`) or a median (`SHARE_MEDIAN`) of the shares. */
  how: 'mean' | 'median';
  kind: '列' | '行';
  label: string;
  line: number;
  values: { line: number; label: string; text: string }[];
}
/** A share as a table of shares prints it (「14.3%」): its value and decimals. */
/** ext73: a median's bare word (「中央値」「Median」; not 「中央」 nor 「Med」, a region or a department as often, stats39). */
const SHARE_MEDIAN = /^(?:中央値|median)$/i;
function shareText(text: string): { value: number; decimals: number } | undefined {
  const m = /^(\d+)(?:\.(\d+))?\s*[%％]$/.exec(normalise(text).trim());
  return m ? { value: Number(`${m[1]!}.${m[2] ?? '0'}`), decimals: m[2]?.length ?? 0 } : undefined;
}
function shareMeanAside(records: readonly CsvRecord[]): { records: CsvRecord[]; means: ShareMean[] } | undefined {
  if (records.length < 3) return undefined;
  const heads = trimEnd(records[0]!.fields);
  const body = records.slice(1);
  // A bare mean's word written out (「Av」「Ave」「avg」 alone are read as lines in a table of shares: 6626e5c2 read them so).
  const bare = (label: string) =>
    (BARE_MEAN.test(normalise(label).trim()) && /平均|\bmean\b|\baverage\b/i.test(normalise(label))) ||
    SHARE_MEDIAN.test(normalise(label).trim());
  const howOf = (label: string): ShareMean['how'] => (SHARE_MEDIAN.test(normalise(label).trim()) ? 'median' : 'mean');
  const cols = heads.flatMap((h, j) => (j > 0 && bare(h) ? [j] : []));
  const rows = body.flatMap((r, i) => (bare(r.fields[0] ?? '') ? [i] : []));
  if (cols.length + rows.length !== 1 || heads.length < 3) return undefined;
  const blank = (f: string | undefined) => normalise(f ?? '').trim() === '';
  if (!body.every((r) => r.fields.slice(1).every((f) => blank(f) || shareText(f) !== undefined))) return undefined;
  if (cols.length === 1) {
    const j = cols[0]!;
    const values = body.flatMap((r) =>
      blank(r.fields[j]) ? [] : [{ line: r.line, label: r.fields[0] ?? '', text: normalise(r.fields[j]!).trim() }],
    );
    const left = body.some((r) => r.fields.some((f, k) => k > 0 && k !== j && !blank(f)));
    if (values.length === 0 || !left) return undefined;
    return {
      records: records.map((r) => ({ ...r, fields: r.fields.filter((_, k) => k !== j) })),
      means: [{ how: howOf(heads[j]!), kind: '列', label: heads[j]!.trim(), line: records[0]!.line, values }],
    };
  }
  const i = rows[0]!;
  const r = body[i]!;
  const values = heads
    .slice(1)
    .flatMap((label, c) => (blank(r.fields[c + 1]) ? [] : [{ line: r.line, label, text: normalise(r.fields[c + 1]!).trim() }]));
  const left = body.some((x, k) => k !== i && x.fields.slice(1).some((f) => !blank(f)));
  if (values.length === 0 || !left) return undefined;
  return {
    records: records.filter((_, k) => k !== i + 1),
    means: [{ how: howOf(r.fields[0] ?? ''), kind: '行', label: (r.fields[0] ?? '').trim(), line: r.line, values }],
  };
}
/**
 * ext73: the lines of means `shareMeanAside` set aside, tied: where at every position the printed mean is the mean of the
 * shares of a count table's line the position names (`linesNamed`) — each count over the position's sum (one N), over its
 * own N (「n/N」, 「A病院 (N=216)」), over the Ns' sum (the weighted mean), or the printed shares' mean — within its
 * rounding, it is read as that mean (チェッカーの推定), placed with the table's rates (`TableRate.mean`) and tied to every
 * table and axis it fits (`there`, `thereAlso`): published where every count of its position there is, else hidden
 * (check.ts `hiddenElsewhere`, report.ts), as the means of a table's lines are (attack36) — a published mean then
 * follows from published counts only. Where it fits none, refused as before (`header/statistic`), saying why.
 */
function shareMeans(tables: readonly Table[], pending: readonly { table: Table; means: ShareMean[] }[], out: ReadResult): void {
  const counts = tables.filter((t) => t.kind === 'count');
  for (const { table: b, means } of pending)
    for (const m of means) {
      const axis = m.kind === '列' ? ('cols' as const) : ('rows' as const);
      const across = otherOf(axis);
      const same = (x: string, y: string) => normalise(x).trim() === normalise(y).trim();
      const ats = m.values.map((v) =>
        axis === 'cols'
          ? b.rows.findIndex((_, i) => b.cells[i]?.[0]?.line === v.line)
          : b.cols.length - 1 - [...b.cols].reverse().findIndex((h) => same(h.label, v.label)),
      );
      const printed = m.values.map((v) => shareText(v.text));
      const named =
        ats.every((a) => a >= 0 && a < linesOf(b, across).length) && printed.every((p) => p !== undefined)
          ? linesNamed(
              counts,
              ats.map((a) => labelKey(linesOf(b, across)[a]!.label)),
            )
          : [];
      const fits = named.filter(({ a, ax, matched, across: lines, cellOf }) => {
        // The lines a reader averages: the table's own (no line of ours: a 「n/N」 cell's complement, 「以外」「値なし」).
        const qs = lines.filter((q) => !linesOf(a, otherOf(ax))[q]!.rest && !linesOf(a, otherOf(ax))[q]!.ns);
        if (qs.length < 2) return false;
        return matched.every((i, p) => {
          const cells = qs.map((q) => cellOf(i, q));
          if (!cells.every((c) => c?.value.kind === 'count')) return false;
          const ns = cells.map((c) => countOf(c!));
          const own = qs.map((q, x) => {
            const v = cells[x]!.value;
            const at = at2(ax, i, q);
            return (v.kind === 'count' ? v.denominator : undefined) ?? denominatorOf(a, at.row, at.col);
          });
          const { value, decimals } = printed[p]!;
          const half = 0.5 * 10 ** -decimals + 1e-9;
          const mean = (xs: number[]) => (m.how === 'median' ? statisticOf('median', xs)! : xs.reduce((s, x) => s + x, 0) / xs.length);
          const sum = ns.reduce((s, x) => s + x, 0);
          const readings: { v: number; tol: number }[] = [];
          if (sum > 0) readings.push({ v: mean(ns.map((n) => (100 * n) / sum)), tol: half });
          if (own.every((n) => n !== undefined && n > 0)) {
            readings.push({ v: mean(ns.map((n, x) => (100 * n) / own[x]!)), tol: half });
            if (m.how === 'mean') readings.push({ v: (100 * sum) / own.reduce((s: number, n) => s + n!, 0), tol: half });
          }
          const shares = cells.map((c) => (c!.value.kind === 'count' ? c!.value.percent : undefined));
          if (shares.every((s) => s !== undefined)) {
            const most = Math.max(...cells.map((c) => (c!.value.kind === 'count' ? (c!.value.decimals ?? 0) : 0)));
            readings.push({ v: mean(shares as number[]), tol: half + 0.5 * 10 ** -most });
          }
          return readings.some((r) => Math.abs(value - r.v) <= r.tol);
        });
      });
      const where = linePlace(b.number, m);
      const word = m.how === 'median' ? '中央値' : '平均';
      if (fits.length === 0) {
        out.errors.push({
          code: 'header/statistic',
          message:
            `${m.kind}${quote(m.label)}は平均・中央値・比などの統計量のようで、患者数として確かめられません。` +
            `割合の表の${word}として、ほかの表の同じ見出しの${m.kind === '列' ? '列' : '行'}の各割合の${word}にどこでも丸めの範囲で合うかを調べましたが、合う表がありませんでした（チェッカーの判断）。何の${word}か決められないため、秘匿した数と一緒に秘匿する形にできません`,
          hint: `${word}の${m.kind}を除いた表を確かめてください。${word}が件数の表の各割合の${word}なら、その表と同じ見出しで書くと、チェッカーは${word}として読み、その数を秘匿するところでは${word}も秘匿します。${word}は別に審査を受けて載せることもできます`,
          place: where,
        });
        continue;
      }
      // Every count of the position's line there (its totals too): the mean is hidden wherever one of them is.
      const eventsOf = ({ a, ax, matched }: LinesNamed, p: number): [number, number][] =>
        linesOf(a, otherOf(ax)).flatMap((_, q) => {
          const c = at2(ax, matched[p]!, q);
          return a.cells[c.row]?.[c.col]?.value.kind === 'count' ? [[c.row, c.col] as [number, number]] : [];
        });
      const ties = (p: number) =>
        fits.map((f) => ({
          table: tables.indexOf(f.a),
          events: eventsOf(f, p),
        }));
      (b.rates ??= []).push({
        ...statisticLine(axis, m.label, word),
        ...(m.how === 'median'
          ? { extreme: 'median' as const }
          : {
              mean: fits[0]!.across.filter(
                (q) => !linesOf(fits[0]!.a, otherOf(fits[0]!.ax))[q]!.rest && !linesOf(fits[0]!.a, otherOf(fits[0]!.ax))[q]!.ns,
              ).length,
            }),
        cells: m.values.map((v, p) => {
          const [there, ...also] = ties(p);
          return { at: ats[p]!, text: v.text, events: [], baseText: '', there: there!, ...(also.length > 0 && { thereAlso: also }) };
        }),
      });
      const unit = m.kind === '列' ? '行' : '列';
      out.warnings.push({
        code: 'layout/mean',
        message:
          `表${b.number}: ${m.kind}${quote(m.label)}の割合は、どの${unit}でも${fits.map((f) => `表${f.a.number}の同じ見出しの${f.ax === 'rows' ? '行' : '列'}`).join('・')}の各割合の${word}に丸めの範囲で一致するため、患者数ではなくその${word}と読みました（チェッカーの推定）。` +
          `${word}と公表した割合から秘匿した数の割合が戻ることがあるため、その数のどれかを秘匿する${unit}では${word}も秘匿します。何の${word}かを見出しか題名に「施設の割合の${word}」のように書いてください`,
        place: where,
      });
    }
}
/**
 * extremes61 (c): the k largest (smallest) of a line of shares printed as shares in another table, rank by rank —
 * 「# 表2 年別の施設別割合の上位3」「年,1位,2位,3位」 beside a count table of hospitals by years of 「n (p%)」. Read as
 * shares of the borrowed N but not tied, a reader who knows each year's three largest (smallest) counts got a hidden
 * count back (extremes61-families.ts `topCases`: 31b5f650 20 read, 12 leaked to fills.ts's brute force). Tied where the
 * title or corner says an order (`TOP_HINT`), the lines ranks 1…k in order (`RANK_LABEL`, k ≥ 2), each share one whole
 * count of its N (since redi64 one of a range, as redc61's extremes; system.ts pins the rank's count to the count it
 * reaches), and at every position the named line's k largest (smallest) counts are those counts in order: rank q's count
 * equals a count it reaches (not one an earlier rank took) and is at least (most) every count no earlier rank took
 * (`Table.extremeOf`, one entry a rank). True of the counts (checked on the printed counts), so only cells hidden. The
 * reader does not know which count each rank is; the ties name one — stricter, never a leak. Our reading.
 */
function shareTopK(b: Table, counts: readonly Table[], warnings: Warning[]): void {
  const words = normalise(`${b.title ?? ''} ${b.corner}`);
  // extremes62: under no word of order, 「1位」「2位」「3位」 alone are ranks still — a reader takes the order from how the
  // values fall; read as the largest (smallest) first where the counts fit so (rank labels with 「位」 or 「rank」 only).
  const worded = TOP_HINT.test(words) || EXTREME_HINT.test(words);
  const saidHow: 'max' | 'min' = BOTTOM_HINT.test(words) || /最小|最少|最低|\bmin(?:imum)?\b/i.test(words) ? 'min' : 'max';
  for (const bx of ['rows', 'cols'] as const) {
    const ranks = items(b, bx);
    const labels = ranks.map((l) => normalise(linesOf(b, bx)[l]!.label).trim());
    if (ranks.length < 2 || !labels.every((label) => RANK_LABEL.test(label))) continue;
    // The rank each line says: 1…k in order (extremes61), or since extremes62 any ranks rising (「2位」「3位」: the first
    // left out), each under the counts ranked before it.
    // extremes63: ranks in any order (「3位」「2位」「1位」, bottom-up: each line says its rank, the ties do not depend on
    // where it stands; 51da46af–db0a70d1 left them untied) and bare 「1」「2」「3」 under no word (a reader who finds the
    // shares fit the r-th counts takes them for ranks) — tied only where the counts prove the fit at every position.
    const rankOf = labels.map((label) => Number(/\d+/.exec(label)![0]));
    const sorted = [...rankOf].sort((x, y) => x - y);
    const consecutive = sorted.every((r, q) => r === q + 1);
    const rising = rankOf.every((r, q) => q === 0 || r > rankOf[q - 1]!);
    if (sorted[0]! < 1 || new Set(rankOf).size < rankOf.length) continue;
    const bare = !worded && !labels.every((label) => /位$|^rank/i.test(label));
    const all = items(b, otherOf(bx));
    if (all.length < 1) continue;
    // redi64: each share the counts it allows of its N — one whole count, or a range (「9%」 of 232: 20–22; one decimal
    // over an N past 1,000), as redc61 reads an extreme: a9147354–db0a70d1 tied whole counts only, and a reader still
    // knew rank r's count within its range and every count outside the ranks at most (least) it.
    const values = ranks.map((l) => shareRangesOf(b, bx, l, all));
    if (values.some((v) => v === undefined)) continue;
    const ranged = values.some((v) => v!.some((x) => x.lo !== x.hi));
    const keys = all.map((k) => labelKey(linesOf(b, otherOf(bx))[k]!.label));
    const fitted: { a: Table; how: 'max' | 'min' }[] = [];
    const said: number[] = [];
    const named = linesNamed(counts, keys);
    for (const how of worded ? [saidHow] : (['max', 'min'] as const))
      for (const { a, ax, matched, across, cellOf } of named) {
        if (across.length < sorted[sorted.length - 1]!) continue;
        if (!matched.every((i) => across.every((q) => cellOf(i, q)?.value.kind === 'count'))) continue;
        // At each position the counts in order (the largest, or smallest, first; equal ones as printed): rank r's
        // count is the r-th, the counts before it those ranked above it.
        const orders: number[][] = [];
        const fits = all.every((_, p) => {
          const vs = across.map((q) => countOf(cellOf(matched[p]!, q)!));
          const order = across.map((_, x) => x).sort((x, y) => (how === 'max' ? vs[y]! - vs[x]! : vs[x]! - vs[y]!) || x - y);
          orders.push(order);
          return rankOf.every((r, q) => values[q]![p]!.lo <= vs[order[r - 1]!]! && vs[order[r - 1]!]! <= values[q]![p]!.hi);
        });
        if (!fits) continue;
        for (const [q, l] of ranks.entries()) {
          const r = rankOf[q]!;
          (b.extremeOf ??= []).push({
            of: a.number,
            how,
            cells: all.map((k, p) => {
              const left = across.map((_, x) => x).filter((x) => !orders[p]!.slice(0, r - 1).includes(x));
              return {
                self: at2(bx, l, k),
                over: left.map((x) => at2(ax, matched[p]!, across[x]!)),
                reach: left.indexOf(orders[p]![r - 1]!),
              };
            }),
          });
          // extremes62: ranks not 1…k — the counts ranked above a rank no line prints are at least (most) it (no
          // equation: `reach` -1), which a reader knows of them.
          if (!consecutive && r > 1)
            (b.extremeOf ??= []).push({
              of: a.number,
              how: how === 'max' ? 'min' : 'max',
              cells: all.map((k, p) => ({
                self: at2(bx, l, k),
                over: orders[p]!.slice(0, r - 1).map((x) => at2(ax, matched[p]!, across[x]!)),
                reach: -1,
              })),
            });
        }
        fitted.push({ a, how });
        const big = how === 'max' ? '大きい' : '小さい';
        const named = consecutive && rising && !bare ? `「1位」〜「${ranks.length}位」` : labels.map((label) => quote(label)).join('');
        warnings.push({
          code: 'header/extreme-share',
          message:
            `表${b.number}の${bx === 'rows' ? '行' : '列'}${named}の割合は、どの${bx === 'rows' ? '列' : '行'}でもその N の患者数にすると表${a.number}の同じ見出しの${ax === 'rows' ? '行' : '列'}の数の${big}順の ${consecutive && rising ? `${ranks.length} 個` : `${rankOf.join('・')} 番目`}に${ranged ? '丸めの範囲で合う（割合が N の何人かに一つに決まらないものを含みます）' : '一致する'}ため、その順位の割合として読みました（チェッカーの判断）。` +
            (bare
              ? `見出しは数だけで「位」も順を示す言葉もありませんが、値がその順位の数に一致するため、読み手は順位と読めます（チェッカーの判断）。`
              : '') +
            (rising ? '' : `見出しは順位の順に並んでいませんが、それぞれの見出しの順位として読みました（チェッカーの判断）。`) +
            (worded
              ? ''
              : `題名にも見出しにも順（上位・下位）を示す言葉はありませんが、読み手は値の並びから${big}順と読めるため、そう読みました（チェッカーの判断）。順位を載せるなら題名に「上位」「下位」を書き、見出しを「1位」「2位」…の順にしてください。`) +
            `読み手は順位の外の数がこれら${how === 'max' ? '以下' : '以上'}${consecutive ? '' : `、載っていない上の順位の数がそれぞれ${how === 'max' ? '以上' : '以下'}`}と分かるため、表${a.number}の数と結んで確かめ、順位の割合から秘匿した数が戻るセルも秘匿します`,
          place: { line: b.line, table: b.number },
        });
        said.push(warnings.length - 1);
      }
    // extremes63: every table, axis and end the ranks fit is tied (not the first only): the reader may take any.
    if (fitted.length > 1) for (const w of said) warnings[w]!.message += alsoFits(fitted);
    if (fitted.length > 0) return;
  }
}
/**
 * extremes62: the largest (smallest) share of a line whose cells are each over its own N — 「n/N」 cells of differing N
 * (「D病院,9/30」 beside 「A病院,36/488」), or 「n (p%)」 under row headers 「D病院 (N=30)」 — printed in another table under
 * a word of an extreme (「# 表2 施設別割合の最大」「死亡,30.0%」). A reader knows every n/N of the line is at most (least) it
 * and one reaches it: where no shown cell does, the hidden one does, and its N is printed beside it (its row's other
 * cells, its header), so its n comes back (extremes62-families.ts `frac-max`: 51da46af read 19 of 28, 16 leaked).
 * extremes62 refused it in words (`header/extreme-own-n`). Since ranks66 read and tied (`Table.ownNExtremeOf`, system.ts):
 * the share is the count of the cell that reaches it (the r-th n/N; hidden with it), and while it is published each other
 * cell's n is at most (least) the count the share allows of that cell's own N (n ≤ p·N, the rounding's upper end), the
 * cells ranked above a rank at least (most) it — bounds on one count each, true of the printed counts. Ranks 「1位」「2位」
 * (a bare 「2」 under a word of order, or since ranks66 bare 1…k of the whole axis under none) alike. Our reading
 * (チェッカーの判断), said. A share that is no such extreme (another count's) is left as before.
 */
function ownNExtremes(tables: readonly Table[], warnings: Warning[]): void {
  const counts = tables.filter((t) => t.kind === 'count');
  for (const b of tables) {
    if (b.kind !== 'percent') continue;
    for (const bx of ['rows', 'cols'] as const) {
      const all = items(b, otherOf(bx));
      if (all.length < 1) continue;
      // The count tables and axes whose lines the positions name, each line's cells with an own N (the cell's 「/N」,
      // else its header's across) as n/N, over two Ns or more, and at each position the cells in order of their n/N
      // (the largest, or smallest, first; equal ones as printed) — the same for every line of `bx` (ext68: looked up
      // once, not a line at a time: every line under no word is tried now, so the work stays linear in the lines).
      const keys = all.map((k) => labelKey(linesOf(b, otherOf(bx))[k]!.label));
      const named = linesNamed(counts, keys).flatMap(({ a, ax, matched, across, cellOf }) => {
        const ratios = matched.map((i) =>
          across.flatMap((q) => {
            const c = at2(ax, i, q);
            const v = cellOf(i, q)?.value;
            if (v?.kind !== 'count') return [];
            const n = v.denominator ?? linesOf(a, otherOf(ax))[q]!.denominator;
            return n !== undefined && n > 0 ? [{ r: v.n / n, n, cell: { row: c.row, col: c.col, n } }] : [];
          }),
        );
        if (ratios.some((rs) => rs.length < 2 || new Set(rs.map((x) => x.n)).size < 2)) return [];
        const order = (w: 'max' | 'min') =>
          ratios.map((rs) => rs.map((_, x) => x).sort((x, y) => (w === 'max' ? rs[y]!.r - rs[x]!.r : rs[x]!.r - rs[y]!.r) || x - y));
        return [{ a, ax, ratios, orders: { max: order('max'), min: order('min') } }];
      });
      if (named.length === 0) continue;
      for (const l of items(b, bx)) {
        const h = linesOf(b, bx)[l]!;
        // A rank 「2位」 (the r-th; a bare 「2」 under a word of order, or since ranks66 among bare ranks 1…k of the whole
        // axis under none: a reader who finds the shares fit takes them for ranks), else the extreme under a word of one.
        const label = normalise(h.label).trim();
        const worded = TOP_HINT.test(normalise(`${b.title ?? ''} ${b.corner}`));
        const bare = !worded && !/位$|^rank/i.test(label) && bareRankAxis(b, bx);
        const said0 =
          RANK_LABEL.test(label) && (worded || bare || /位$|^rank/i.test(label))
            ? Number(/\d+/.exec(label)![0])
            : EXTREME_HINT.test(label) || EXTREME_HINT.test(normalise(b.title ?? ''))
              ? 1
              : 0;
        // ext68: a line under NO word (no 「最大」「最小」, no rank) whose shares are at every position the largest
        // (smallest) n/N of a count table's line: a reader who finds they fit takes it for that extreme and gets the
        // hidden cell reaching it back (ext68-families.ts `noword`: eb81e31d leaked). Read as the extreme where it fits
        // (`unworded`, said; チェッカーの判断), else left as before.
        const unworded = said0 < 1;
        if (unworded && !mayBeUnwordedExtreme(b, h)) continue;
        const rankedOwn = !worded && RANK_LABEL.test(label);
        const shares = all.map((k) => {
          const c = at2(bx, l, k);
          const v = b.cells[c.row]?.[c.col]?.value;
          return v?.kind === 'percent' ? v : undefined;
        });
        if (shares.some((v) => v === undefined)) continue;
        const fitsAt = (r: number, v: PercentValue) => Math.abs(100 * r - v.percent) <= 0.5 * 10 ** -v.decimals + 1e-9;
        // ranks66: every count table and axis it fits (extremes63: a reader may take it for any), each tied.
        const fitted: { a: Table; how: 'max' | 'min'; rank: number }[] = [];
        let said = -1;
        for (const { a, ax, ratios, orders } of named) {
          if (unworded && namesLineAcross(a, ax, h)) continue;
          const orderOf = (w: 'max' | 'min', p: number) => orders[w][p]!;
          // Under a word (a rank's, an extreme's) the rank it says, the largest or smallest as the shares fit; ext70: under
          // none every rank the shares fit at every position (`unwordedRanks`: the r-th as well as the largest).
          // ext72: a rank's every end it fits (7b46c002 took the first: 「2位」 fitting the second largest and the second
          // smallest was tied as the largest's only); a rank under no word of order fitting neither end at its rank
          // read as every r-th it fits (`unwordedRanks`), as a line under no word.
          const atRank =
            unworded || ratios.some((rs) => rs.length < said0)
              ? []
              : (['max', 'min'] as const)
                  .filter((w) => shares.every((v, p) => fitsAt(ratios[p]![orderOf(w, p)[said0 - 1]!]!.r, v!)))
                  .map((how) => ({ how, rank: said0 }));
          const readings: { how: 'max' | 'min'; rank: number }[] =
            unworded || (atRank.length === 0 && rankedOwn) ? unwordedRanks(ratios, orders, shares as PercentValue[], fitsAt) : atRank;
          for (const { how, rank } of readings) {
            // ranks66: the ties (system.ts), over the cells of the line with an own N (a line of ours, 「A病院以外」, has
            // none): each rank's share the r-th of them.
            (b.ownNExtremeOf ??= []).push({
              of: a.number,
              how,
              ...(unworded ? { unworded: true as const } : {}),
              cells: all.map((k, p) => {
                const order = orderOf(how, p);
                return {
                  self: at2(bx, l, k),
                  over: ratios[p]!.map((x) => x.cell),
                  reach: order[rank - 1]!,
                  above: order.slice(0, rank - 1),
                };
              }),
            });
            fitted.push({ a, how, rank });
            if (said >= 0) continue;
            const word = rankWord(how, rank);
            said = warnings.length;
            warnings.push({
              code: 'header/extreme-own-n',
              message:
                `表${b.number}の${bx === 'rows' ? '行' : '列'}${quote(h.label)}の割合は、どの${bx === 'rows' ? '列' : '行'}でも表${a.number}の同じ見出しの${ax === 'rows' ? '行' : '列'}の「n/N」（それぞれのセルの N に対する割合）の${word}の値に一致するため、${word}の割合と読みました（チェッカーの判断）。` +
                (bare
                  ? `見出しは数だけで「位」も順を示す言葉もありませんが、値がその順位の割合に一致するため、読み手は順位と読めます（チェッカーの判断）。`
                  : '') +
                (unworded ? unwordedSaid(word) : rankedOwn && rank !== said0 ? rankedSaid(h.label, word) : '') +
                `読み手はその${ax === 'rows' ? '行' : '列'}のどのセルの割合もこれ${how === 'max' ? '以下' : '以上'}${rank > 1 ? `（上の順位のセルは${how === 'max' ? '以上' : '以下'}）` : ''}で、どれかがこの値だと分かるため、` +
                `この割合をそれに当たるセルの数として一緒に秘匿し、公表するときはほかのセルの数をそれぞれの N のこの割合${how === 'max' ? '以下' : '以上'}として確かめます。` +
                `公表する割合を減らすなら、表${a.number}と同じ N の「n (p%)」の表（各セルの N が同じ）にしてください` +
                (unworded ? unwordedHint(word, rank, how) : rankedOwn && rank !== said0 ? rankedHint : ''),
              place: {
                line: bx === 'rows' ? (b.cells[l]?.[0]?.line ?? b.line) : b.line,
                table: b.number,
                ...(bx === 'rows' ? { row: h.label } : { col: h.label }),
              },
            });
          }
        }
        if (fitted.length > 1) warnings[said]!.message += alsoFits(fitted);
      }
    }
  }
}
/**
 * ext68: a line `h` of shares under no word of an extreme may be read as one (`shareExtremes`, `ownNExtremes`) — not a
 * rank (「1位」「2」: the ranks' readings) nor a line of a table under a word of order (`shareTopK`'s).
 */
function mayBeUnwordedExtreme(b: Table, h: Header): boolean {
  return !TOP_HINT.test(normalise(`${b.title ?? ''} ${b.corner}`)) && !RANK_LABEL.test(normalise(h.label).trim());
}
/** ext68: line `h`'s label names a line across `ax` of count table `a` (「C病院」): those shares are that line's own. */
function namesLineAcross(a: Table, ax: 'rows' | 'cols', h: Header): boolean {
  const key = labelKey(h.label);
  return items(a, otherOf(ax)).some((q) => labelKey(linesOf(a, otherOf(ax))[q]!.label) === key);
}
/** ext70: a rank's words in the messages: the largest or smallest (rank 1), else 「大きい順の r 番目」. */
const rankWord = (how: 'max' | 'min', rank = 1) =>
  rank > 1 ? `${how === 'max' ? '大きい' : '小さい'}順の ${rank} 番目` : how === 'max' ? '最大' : '最小';
/**
 * ext72: whether `shareTopK` tied line `l` of `bx` of 表b (an entry of `Table.extremeOf` over its cells): a rank's line
 * it did not tie is read as every r-th it fits (`shareExtremes`).
 */
function tiedLine(b: Table, bx: 'rows' | 'cols', l: number, all: readonly number[]): boolean {
  const own = new Set(
    all.map((k) => {
      const c = at2(bx, l, k);
      return `${c.row},${c.col}`;
    }),
  );
  return (b.extremeOf ?? []).some((e) => e.cells.some((c) => own.has(`${c.self.row},${c.self.col}`)));
}
/** ext72: said of a rank's line read as the r-th it fits, of either end (チェッカーの推定). */
const rankedSaid = (label: string, word: string) =>
  `見出し${quote(label)}は順位ですが、題名と見出しからはどちらの端からの順位か、ほかの位と同じ順かが確かめられません。値がどこでも${word}の割合に一致するため、読み手は${word}の割合と読めます（チェッカーの推定）。`;
/** ext72: how to print a rank so that it is read exactly. */
const rankedHint =
  '。順位の割合なら題名に「上位」か「下位」を書き、見出しを「1位」「2位」…としてどの位もその順の数に合うようにしてください。' +
  '順位でない割合なら、見出しに順位の形（「2位」「Rank 2」）を使わないでください（それでも値が合えば読み手は順位と読めるため、結んで確かめます）';
/** ext68: said of a line read as an extreme under no word (チェッカーの推定). */
const unwordedSaid = (word: string) =>
  `題名にも見出しにも${word}を示す言葉はありませんが、値がどこでも${word}の割合に一致するため、読み手は${word}の割合と読めます（チェッカーの推定）。`;
/** ext68: how to print it so that it is read exactly (ext70: an r-th, r > 1, its rank 「2位」 under 「上位」「下位」). */
const unwordedHint = (word: string, rank = 1, how: 'max' | 'min' = 'max') =>
  (rank > 1
    ? `。順位の割合なら題名に「${how === 'max' ? '上位' : '下位'}」、見出しに「${rank}位」と書いてください（読み方は同じです）。`
    : `。${word}の割合なら見出しに「${word}」と書いてください（読み方は同じです）。`) +
  `別の割合がたまたま一致したなら、その割合の N を見出しに「(N=…)」と書いてください（それでも読み手は${word}の割合と読めるため、結んで確かめます）`;
/**
 * ext70: the readings of a line of shares under no word over a count table's lines of n/N each over its own N (`ratios`,
 * each position's cells in `orders`, the largest or smallest first): every rank r whose r-th n/N fits the share at
 * every position (ext68 read only r = 1: a line of the second largest n/N at every position was left alone, and a
 * reader who found it fit took the hidden cell reaching it back — ext70-families.ts `rth`). All ranks are looked at —
 * each position's cells are sorted already, so it costs one pass over them (no cut). Of a reading as the r-th largest
 * and one as the (L − r + 1)-th smallest that state the same bounds (each position's L cells), the smaller rank kept.
 */
function unwordedRanks(
  ratios: readonly (readonly { r: number }[])[],
  orders: { max: readonly (readonly number[])[]; min: readonly (readonly number[])[] },
  shares: readonly PercentValue[],
  fitsAt: (r: number, v: PercentValue) => boolean,
): { how: 'max' | 'min'; rank: number }[] {
  const out: { how: 'max' | 'min'; rank: number }[] = [];
  const seen = new Set<string>();
  const shortest = Math.min(...ratios.map((rs) => rs.length));
  for (let rank = 1; rank <= shortest; rank++)
    for (const how of ['max', 'min'] as const) {
      if (!shares.every((v, p) => fitsAt(ratios[p]![orders[how][p]![rank - 1]!]!.r, v))) continue;
      // The bounds it states: each position's cell reached and the cells at least it (the largest's above, the smallest's below).
      const key = ratios
        .map((_, p) => {
          const o = orders[how][p]!;
          const atLeast = how === 'max' ? o.slice(0, rank - 1) : o.slice(rank);
          return `${o[rank - 1]}:${[...atLeast].sort((x, y) => x - y).join(',')}`;
        })
        .join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ how, rank });
    }
  return out;
}
/** ranks66: every line of `bx` of 表b a bare number, 1, 2, …, k in order (k ≥ 2): ranks printed with no 「位」. */
function bareRankAxis(b: Table, bx: 'rows' | 'cols'): boolean {
  const labels = items(b, bx).map((l) => normalise(linesOf(b, bx)[l]!.label).trim());
  return labels.length >= 2 && labels.every((label, k) => label === String(k + 1));
}
/** A header of numbers only (a row of counts read as the header), refused: 表`number`'s line and its labels. */
function valuesHeaderError(number: number, line: number, labels: readonly string[], cutSums?: boolean): InputError {
  return {
    code: 'header/values',
    message:
      `${line}行目の列見出し ${names(labels.map((r) => r.trim()))} が数だけで、表の行の値のように見えます` +
      // titles66: a row under a title that, read as counts, makes a line of the table above a sum of the others.
      (cutSums
        ? '。この行を数として読むと、上の表の行と合わせて合計が合うため、題名の上の表から空行で切れた行と読みました（チェッカーの判断）'
        : ''),
    hint: '表の途中に空行があると、そこから別の表になり、空行の次の行が列見出しになります。空行を消してください。数が区分の名前なら「1剤」「2剤」のように単位を付けてください',
    place: { table: number, line },
  };
}
/**
 * ranks66: a header of bare numbers 1…k over shares (readTable's `bareRankHeader`, 「年,1,2,3」) read as a top k's
 * ranks only where `shareTopK` or `ownNExtremes` (shares over their own N) tied them to a count table (said there,
 * チェッカーの判断); else refused as a header of values, as before ranks66.
 */
function bareRanksUntied(tables: readonly Table[], errors: InputError[]): void {
  for (const t of tables) {
    if (!t.bareRankHeader) continue;
    const tied = (t.extremeOf ?? []).length > 0 || (t.ownNExtremeOf ?? []).length > 0;
    if (!tied) errors.push(valuesHeaderError(t.number, t.bareRankHeader.line, t.bareRankHeader.labels));
  }
}
/**
 * extremes60, redc61: the counts of its N each share of line `l` of 表b allows at positions `all` (one whole count, or a
 * range: 「4%」 of 232 is 9 or 10), else undefined.
 */
function shareRangesOf(b: Table, bx: 'rows' | 'cols', l: number, all: readonly number[]): { lo: number; hi: number }[] | undefined {
  const values: { lo: number; hi: number }[] = [];
  for (const k of all) {
    const c = at2(bx, l, k);
    const v = b.cells[c.row]?.[c.col]?.value;
    const n = denominatorOf(b, c.row, c.col);
    if (v?.kind !== 'percent' || n === undefined) return undefined;
    const r = countsForPercent(v.percent, v.decimals, n);
    if (r.lo > r.hi) return undefined;
    values.push({ lo: r.lo, hi: r.hi });
  }
  return values;
}
/**
 * extremes60: the count tables and axes (tables in order, rows before columns, the largest before the smallest) whose
 * lines named `keys` (`labelKey`) are every one printed counts over two items or more, each line's largest (smallest)
 * within the range at its position (redc61; one whole count before), with those extremes. extremes63: every one that
 * fits (extremes60–62 took the first only; a later table the share was truly of was left untied, extremes63-families.ts).
 */
type ExtremeFit = {
  a: Table;
  ax: 'rows' | 'cols';
  how: 'max' | 'min';
  matched: number[];
  across: number[];
  extremes: number[];
  /** ext70 (`rankLinesOf`): the r-th (r > 1), with each position's counts in order (indexes of `across`, the first first). */
  rank?: number;
  orders?: number[][];
};
function extremeLinesOf(named: readonly LinesNamed[], values: readonly { lo: number; hi: number }[]): ExtremeFit[] {
  const fits: ExtremeFit[] = [];
  for (const { a, ax, matched, across, cellOf } of named) {
    if (across.length < 2) continue;
    if (!matched.every((i) => across.every((q) => cellOf(i, q)?.value.kind === 'count'))) continue;
    for (const how of ['max', 'min'] as const) {
      const pick = how === 'max' ? Math.max : Math.min;
      const extremes = values.map((_, p) => pick(...across.map((q) => countOf(cellOf(matched[p]!, q)!))));
      if (values.every((v, p) => v.lo <= extremes[p]! && extremes[p]! <= v.hi)) fits.push({ a, ax, how, matched, across, extremes });
    }
  }
  return fits;
}
/**
 * ext70: of a line of shares under no word of an extreme (`shareExtremes`), the count tables' lines (as
 * `extremeLinesOf`) whose r-th largest (smallest) count, 1 < r < the line's counts, lies within the range at every
 * position — a reader who finds the shares fit the second smallest counts takes them so, and the count hidden beside a
 * small one is often that second (ext70-families.ts `rth-one`: 7c1c4e43 leaked). The r-th largest of L counts is the
 * (L − r + 1)-th smallest: one reading, named by the smaller rank. All ranks looked at: one sort a position (no cut).
 */
function rankLinesOf(named: readonly LinesNamed[], values: readonly { lo: number; hi: number }[]): ExtremeFit[] {
  const fits: ExtremeFit[] = [];
  for (const line of named) {
    const { a, ax, matched, across } = line;
    const sorted = rankSorted(line);
    if (!sorted) continue;
    const { vs, down, up } = sorted;
    for (let r = 2; r < across.length; r++) {
      if (!values.every((v, p) => v.lo <= vs[p]![down[p]![r - 1]!]! && vs[p]![down[p]![r - 1]!]! <= v.hi)) continue;
      const low = across.length - r + 1;
      const [how, rank] = low < r ? (['min', low] as const) : (['max', r] as const);
      const orders = how === 'max' ? down : up;
      fits.push({ a, ax, how, matched, across, extremes: vs.map((v, p) => v[orders[p]![rank - 1]!]!), rank, orders });
    }
  }
  return fits;
}
/** ext70: each position's counts of `line` and their orders (largest first, smallest first), sorted once a line. */
const rankSortedOf = new WeakMap<LinesNamed, { vs: number[][]; down: number[][]; up: number[][] } | undefined>();
function rankSorted(line: LinesNamed): { vs: number[][]; down: number[][]; up: number[][] } | undefined {
  if (rankSortedOf.has(line)) return rankSortedOf.get(line);
  const { matched, across, cellOf } = line;
  let out: { vs: number[][]; down: number[][]; up: number[][] } | undefined;
  if (across.length >= 3 && matched.every((i) => across.every((q) => cellOf(i, q)?.value.kind === 'count'))) {
    const vs = matched.map((i) => across.map((q) => countOf(cellOf(i, q)!)));
    const order = (v: number[], w: number) => across.map((_, x) => x).sort((x, y) => w * (v[y]! - v[x]!) || x - y);
    out = { vs, down: vs.map((v) => order(v, 1)), up: vs.map((v) => order(v, -1)) };
  }
  rankSortedOf.set(line, out);
  return out;
}
/**
 * review66: the count tables and axes (tables in order, rows before columns) where a line of each label of `keys`
 * (`labelKey`) is printed — the one label matching of `shareTopK`, `ownNExtremes` and `extremeLinesOf`: each with the
 * line matched to each key, the items across and the cell of line `i` at item `q`.
 */
type LinesNamed = {
  a: Table;
  ax: 'rows' | 'cols';
  matched: number[];
  across: number[];
  cellOf: (i: number, q: number) => Cell | undefined;
};
function linesNamed(counts: readonly Table[], keys: readonly string[]): LinesNamed[] {
  const out: LinesNamed[] = [];
  for (const a of counts)
    for (const ax of ['rows', 'cols'] as const) {
      const key = new Map(items(a, ax).map((i) => [labelKey(linesOf(a, ax)[i]!.label), i]));
      const matched = keys.map((k) => key.get(k));
      if (matched.some((i) => i === undefined)) continue;
      const cellOf = (i: number, q: number) => {
        const c = at2(ax, i, q);
        return a.cells[c.row]?.[c.col];
      };
      out.push({ a, ax, matched: matched as number[], across: items(a, otherOf(ax)), cellOf });
    }
  return out;
}
/**
 * extremes63: where a share (a top k) fits the extremes of more than one count table, axis or end, the sentence saying
 * so (each tied; the reader may take any), else ''.
 */
function alsoFits(fits: readonly { a: Table; how: 'max' | 'min'; rank?: number | undefined }[]): string {
  if (fits.length < 2) return '';
  // ext70: an r-th (r > 1) named by its rank.
  const named = fits.map((f) => `表${f.a.number}の${rankWord(f.how, f.rank)}`);
  return (
    `。この割合は${[...new Set(named)].join('・')}のどれにも当てはまり、読み手はどれのこととも読めるため、そのすべてと結んで確かめます（チェッカーの判断）。` +
    `どの表の割合かを題名か注に書いても、読み手がほかの表に当てはめられることは変わりません`
  );
}
/**
 * extremes61: a note stating the smallest (largest) share of a line (「※2021年の最小割合は 4.3%」, 「※施設別割合の最大は
 * 2020年 32.5%、2021年 25.9%」) was refused as a note with numbers (`line/count`). Where it has that form — a mark, a
 * word of an extreme (`EXTREME_HINT`) before 「は」, then one share (its line the words before the first 「の」) or
 * 「line p%」 pairs parted by 「、」 — it is read as a table of its own (「# 注の最小の割合」, one column under the word,
 * a row per line, as life51 reads a note of the censored), so `shareExtremes` ties it as it ties such a table; a note
 * not tied so is refused after (`noteExtremesUntied`), as before. Our reading (チェッカーの判断).
 */
export function extremeNotes(records: readonly CsvRecord[]): { records: CsvRecord[]; notes: Map<number, string> } {
  const out: CsvRecord[] = [];
  const notes = new Map<number, string>();
  for (const [k, r] of records.entries()) {
    const cells = r.fields.filter((f) => f.trim() !== '');
    // A note's line: the last of its block or followed by another line of one cell (a table's row is not cut).
    const after = records[k + 1]?.fields.filter((f) => f.trim() !== '').length ?? 0;
    const read = cells.length === 1 && after <= 1 ? extremeNote(cells[0]!) : undefined;
    if (!read) {
      out.push(r);
      continue;
    }
    notes.set(r.line, cells[0]!.trim());
    const line = r.line;
    out.push(
      { fields: [''], line },
      { fields: [`# 注の${read.word}の割合`], line },
      { fields: ['', read.word], line },
      ...read.pairs.map(([label, p]) => ({ fields: [label, p], line })),
      { fields: [''], line },
    );
  }
  return { records: out, notes };
}
const NOTE_MARK = /^(?:※|＊|\*|注[:：]?)\s*/;
/** A share as a note writes it, 「4.3%」: its number and sign, else undefined. */
function noteShare(s: string): string | undefined {
  const t = s.trim();
  if (!/[%％]$/.test(t)) return undefined;
  const n = t.slice(0, -1).trim();
  return /^\d{1,3}(?:\.\d{1,3})?$/.test(n) ? `${n}%` : undefined;
}
function extremeNote(text: string): { word: string; pairs: [string, string][] } | undefined {
  const mark = NOTE_MARK.exec(text.trim());
  if (!mark) return undefined;
  const body = text
    .trim()
    .slice(mark[0].length)
    .replace(/(?:です|でした)?[。.]?$/, '');
  const at = body.indexOf('は');
  if (at < 1) return undefined;
  const head = body.slice(0, at);
  const tail = body.slice(at + 1);
  const word = EXTREME_HINT.exec(head)?.[0];
  if (!word) return undefined;
  const one = noteShare(tail);
  if (one) {
    const of = head.indexOf('の');
    const label = of > 0 ? head.slice(0, of).trim() : '';
    if (label === '' || EXTREME_HINT.test(label)) return undefined;
    return { word, pairs: [[label, one]] };
  }
  const pairs: [string, string][] = [];
  for (const part of tail.split(/[、，,;；]/)) {
    const s = part.trim();
    let k = s.length - 1;
    if (k < 0 || !/[%％]/.test(s[k]!)) return undefined;
    k--;
    while (k >= 0 && /[\d.]/.test(s[k]!)) k--;
    const p = noteShare(s.slice(k + 1));
    const label = s.slice(0, k + 1).trim();
    if (!p || label === '' || /\d$/.test(label) || EXTREME_HINT.test(label)) return undefined;
    pairs.push([label, p]);
  }
  return pairs.length > 0 ? { word, pairs } : undefined;
}
/** extremes61: each note read as a table by `extremeNotes` that `shareExtremes` did not tie, refused as a note with numbers. */
function noteExtremesUntied(out: ReadResult, notes: ReadonlyMap<number, string>): void {
  for (const [line, text] of notes) {
    const t = out.tables.find((x) => x.line === line && x.title?.startsWith('注の'));
    if (t && t.extremeOf && t.extremeOf.length > 0) {
      out.warnings.push({
        code: 'line/extreme-note',
        message: `${line}行目の注${quote(text)}を、表${t.number}（${t.rows.map((h) => quote(h.label)).join('')}の${quote(t.cols[0]?.label ?? '')}の割合）として読みました（チェッカーの判断）。表${t.number}のセルを秘匿するときは、注からその割合を除いてください`,
        place: { line, table: t.number },
      });
      continue;
    }
    if (out.errors.some((e) => e.place?.line === line && e.code === 'line/count')) continue;
    out.errors.push({
      code: 'line/count',
      message:
        `${line}行目${quote(text)}は注ですが、割合が書かれていて、確かめられません。` +
        `${t ? `どの N の患者数にしても、ほかの表の同じ見出しの数の最大・最小の値になりません（チェッカーの判断）` : '表として読めません'}`,
      hint: '注の割合も公表されます。行の最大・最小の割合なら「※2021年の最小割合は 4.3%」の形で、その年の数の表（各セル「n (p%)」と合計）と同じ見出しで書いてください。そうでなければ注から数を除いてください',
      place: { line, table: 0 },
    });
  }
}
/** stats48: a word that a value is the largest (smallest) of lines' sums: an extreme's, or 「最も多い」「Top」. */
const SUM_EXTREME_HINT = new RegExp(`${EXTREME_HINT.source}|(?:最も|一番)(?:多|少な)い|\\btop\\b|\\bmost\\b|\\bfewest\\b|\\bleast\\b`, 'i');
/**
 * The largest (smallest) of another table's lines' sums (stats48): 「# 表2 最多施設」 「施設,3年間の患者数」 「A病院,61」
 * beside a table of hospitals by years — the attacker knows A病院's sum over its years (tied as a margin before) and that
 * every other hospital's sum is at most it (not tied: a hidden count under 10 bounded so). Read under a word of an extreme
 * (`SUM_EXTREME_HINT`) in the title or the value's header: a table of one line and one value, a count, its label a line
 * of another count table (`labelKey`) over two or more items whose sum it is, and the largest (smallest) of the sums of
 * every item line of that axis there (totals left out). Tied in the system (`Table.sumExtremeOf`): true of the counts
 * whichever reading is right, so never wrong, only cells hidden. Our reading (チェッカーの判断).
 */
function sumExtremes(tables: readonly Table[], warnings: Warning[]): void {
  const axes = ['rows', 'cols'] as const;
  const counts = tables.filter((t) => t.kind === 'count');
  for (const b of counts)
    for (const bx of axes) {
      const by = otherOf(bx);
      const [l, ...more] = items(b, bx);
      const [k, ...beyond] = items(b, by);
      if (l === undefined || k === undefined || more.length > 0 || beyond.length > 0) continue;
      const self = at2(bx, l, k);
      const c = b.cells[self.row]?.[self.col];
      if (!c || c.value.kind !== 'count' || c.value.percent !== undefined || c.value.rate !== undefined) continue;
      const h = linesOf(b, bx)[l]!;
      const position = linesOf(b, by)[k]!;
      if (!SUM_EXTREME_HINT.test(normalise(b.title ?? '')) && !SUM_EXTREME_HINT.test(normalise(position.label))) continue;
      const v = countOf(c);
      let done = false;
      for (const a of counts) {
        if (a === b || done) continue;
        for (const ax of axes) {
          if (done) break;
          const lines = items(a, ax);
          const across = items(a, otherOf(ax));
          if (lines.length < 2 || across.length < 2) continue;
          const reach = lines.findIndex((i) => labelKey(linesOf(a, ax)[i]!.label) === labelKey(h.label));
          if (reach < 0) continue;
          const line = lineSums(a, ax, lines, across);
          if (!line) continue;
          const { cellsOf, sums } = line;
          if (sums[reach] !== v) continue;
          const how = (['max', 'min'] as const).find((w) => v === (w === 'max' ? Math.max : Math.min)(...sums));
          if (!how) continue;
          (b.sumExtremeOf ??= []).push({ of: a.number, how, self, lines: cellsOf, reach });
          const word = how === 'max' ? '最大' : '最小';
          const unit = ax === 'rows' ? '行' : '列';
          warnings.push({
            code: 'header/extreme-sum',
            message:
              `表${b.number}の${quote(h.label)}の値 ${v} は、表${a.number}の${unit}${quote(h.label)}の数の和で、表${a.number}の${unit}ごとの和の${word}の値に一致します（チェッカーの判断）。` +
              `読み手はほかの${unit}の和がこの値${how === 'max' ? '以下' : '以上'}と分かるため、その関係も結んで確かめました`,
            place: {
              line: bx === 'rows' ? (b.cells[l]?.[0]?.line ?? b.line) : b.line,
              table: b.number,
              ...(bx === 'rows' ? { row: h.label } : { col: h.label }),
            },
          });
          done = true;
        }
      }
    }
}
/**
 * stats50: a word that lines are the k largest (smallest) of their sums: 「上位3施設」「Top 3」「多い順に3施設」「下位」「少ない順」
 * 「Bottom 3」, or rows ranked 「1位」「2位」… beside a word of an extreme or an order.
 */
const TOP_HINT = /上位|下位|(?:多|少な)い順|\btop\s*\d+|\bbottom\s*\d+|\bbest\s*\d+|\bworst\s*\d+|ワースト|ベスト/i;
const BOTTOM_HINT = /下位|少ない順|\bbottom\b|\bfewest\b|\blowest\b|\bleast\b/i;
const RANK_LABEL = /^(?:第\s*)?\d+\s*位$|^(?:no\.?\s*)?#?\d+$|^(?:rank|順位|ランク)\s*\d+$/i;
/**
 * The k largest (smallest) of another table's lines' sums (stats50): 「# 表2 上位3施設」 「施設,患者数」 「D病院,155」
 * 「A病院,151」「C病院,137」 beside a table of hospitals by years with no column of their sums — each named line's sum
 * (a margin before) and every other line's sum at most the k-th (not tied: a hidden count under 10 in the line just
 * outside the top bounded so; stats50-families.ts `topCases`). Read under `TOP_HINT` in the title or the value's header
 * (or rows 「1位」「2位」… under `TOP_HINT`/`SUM_EXTREME_HINT`): a table of two or more lines and one value, counts, each
 * named line a line of another count table (`labelKey`) whose sum it is, the values the k largest (smallest) sums
 * there in the order printed. Rows ranked with no names (「1位」): the lines whose sums they are taken from the counts —
 * the reader does not know them, so the ties say more than the reader knows (more cells hidden, never fewer). Tied as
 * stats48's (`Table.sumExtremeOf`: each row its line's sum; the k-th at least (most) every line outside). Our reading
 * (チェッカーの判断).
 */
function topSums(tables: readonly Table[], warnings: Warning[]): InputError[] {
  const errors: InputError[] = [];
  const axes = ['rows', 'cols'] as const;
  const counts = tables.filter((t) => t.kind === 'count');
  for (const b of counts)
    for (const bx of axes) {
      const by = otherOf(bx);
      const rowsB = items(b, bx);
      const [k, ...beyond] = items(b, by);
      if (rowsB.length < 2 || k === undefined || beyond.length > 0) continue;
      const selves = rowsB.map((l) => at2(bx, l, k));
      const cs = selves.map((s) => b.cells[s.row]?.[s.col]);
      if (!cs.every((c) => c && c.value.kind === 'count' && c.value.percent === undefined && c.value.rate === undefined)) continue;
      const position = linesOf(b, by)[k]!;
      const title = normalise(b.title ?? '');
      const said = `${title} ${normalise(position.label)}`;
      const labels = rowsB.map((l) => linesOf(b, bx)[l]!.label);
      const ranked = labels.every((l) => RANK_LABEL.test(normalise(l).trim()));
      const own = normalise(position.label)
        .trim()
        .replace(/^\d+\s*年間の?/, '');
      // stats53: named rows under no word of an order, whose value header names no measure of its own (「患者数」) or a
      // line across there (「2022年」): read as a top k (bottom k) only where the values are exactly that (チェッカーの判断).
      const worded = TOP_HINT.test(said) || (ranked && SUM_EXTREME_HINT.test(said));
      // stats55: ranked rows (「1位」…) under no other word of an order are an order themselves: read as under no word
      // (both ways, every reading that fits), not skipped.
      const hows: ('max' | 'min')[] = worded ? [BOTTOM_HINT.test(said) ? 'min' : 'max'] : ['max', 'min'];
      const vs = cs.map((c) => countOf(c!));
      // stats52: tables whose lines the rows name (or, ranked, the one count table of more lines): where no reading
      // fits, the top k are left unread — refused (`table/top-k`), never silently. stats53: every reading that fits is
      // tied (one line's counts, each line across where no word names one, or the lines' sums; several: all of them —
      // the reader does not know which, so the ties say more than the reader knows, more hidden, never fewer).
      const named: Table[] = [];
      const cut: Table[] = [];
      const fits: {
        a: Table;
        ax: 'rows' | 'cols';
        of: number | undefined;
        set?: number[];
        how: 'max' | 'min';
        reach: number[];
        kth: number;
      }[] = [];
      for (const how of hows)
        for (const a of counts) {
          if (a === b) continue;
          for (const ax of axes) {
            const lines = items(a, ax);
            const across = items(a, otherOf(ax));
            if (lines.length <= rowsB.length || across.length < 2) continue;
            const keys = new Set(lines.map((i) => labelKey(linesOf(a, ax)[i]!.label)));
            if (!ranked && labels.every((l) => keys.has(labelKey(l))) && !named.includes(a)) named.push(a);
            // stats52: the k largest of one line's counts where the words name it — the value's header is a line across
            // there (「2022年」), or the title names one (「2022年の上位3施設」): each row that line's count, not the sum.
            const acrossLabel = (q: number) => linesOf(a, otherOf(ax))[q]!.label;
            const ofLine = across.filter(
              (q) =>
                labelKey(acrossLabel(q)) === labelKey(position.label) ||
                (normalise(acrossLabel(q)).trim().length >= 2 && title.includes(normalise(acrossLabel(q)).trim())),
            );
            // stats55: under no word, a value header naming a measure of its own (「外来」) too — the reader may still take
            // the rows for the top k wherever the values are exactly that (stats53 skipped it: not searched). And the sums
            // of some lines across, not all (「上位3施設（2021〜2022年）」: two years' sums, stats52 refused `table/top-k`):
            // every set of two lines or more up to all but one (`acrossSets`), each tied where it fits.
            // stats57: past 10 lines across, a bounded search of the sets whose sums can be the values (`acrossSearch`).
            const searched = acrossSearch(a, ax, lines, across, labels, ranked, vs, how);
            if (searched.cut) cut.push(a);
            const readings = [
              ...[...(ofLine.length === 1 ? ofLine : ofLine.length === 0 ? across : []), undefined].map((of) => ({
                of,
                set: undefined as number[] | undefined,
                line: lineSums(a, ax, lines, of === undefined ? across : [of]),
              })),
              ...searched.sets.map((set) => ({ of: undefined, set, line: lineSums(a, ax, lines, set) })),
            ];
            for (const { of, set, line } of readings) {
              if (!line) continue;
              const { cellsOf, sums } = line;
              // The line each row is: by its label, or (ranked) by its sum among the lines not yet taken.
              const reach: number[] = [];
              for (const [r, l] of labels.entries()) {
                const by = ranked
                  ? lines.findIndex((_, q) => !reach.includes(q) && sums[q] === vs[r])
                  : lines.findIndex((i) => labelKey(linesOf(a, ax)[i]!.label) === labelKey(l));
                if (by < 0 || reach.includes(by) || sums[by] !== vs[r]) break;
                reach.push(by);
              }
              if (reach.length !== labels.length) continue;
              // The k-th: the smallest (largest) of the rows; every line outside at most (least) it.
              const kth = vs.indexOf((how === 'max' ? Math.min : Math.max)(...vs));
              const outside = lines.flatMap((_, q) => (reach.includes(q) ? [] : [q]));
              if (!outside.every((q) => (how === 'max' ? sums[q]! <= vs[kth]! : sums[q]! >= vs[kth]!))) continue;
              // Ranked rows in the order of their values (else no top k).
              if (ranked && !vs.every((v, r) => r === 0 || (how === 'max' ? vs[r - 1]! >= v : vs[r - 1]! <= v))) continue;
              // Under no word, the whole of a line's counts (every line named) or one value each is no top k.
              if (!worded && new Set(vs).size < 2) continue;
              reach.forEach((q, r) => {
                const own = r === kth ? [q, ...outside] : [q];
                (b.sumExtremeOf ??= []).push({ of: a.number, how, self: selves[r]!, lines: own.map((o) => cellsOf[o]!), reach: 0 });
              });
              fits.push({ a, ax, of, ...(set ? { set } : {}), how, reach, kth });
            }
          }
        }
      // stats57: a search of the sets of lines across stopped at its bound (`ACROSS_WORK`) where the words say a top k or
      // some reading fits: the readings not searched may pin a small count (a set of months whose sums are the values),
      // so the ties would say less than the reader knows — refused in words, naming what to write.
      if (cut.length > 0 && (worded || fits.length > 0)) {
        const a = cut[0]!;
        errors.push({
          code: 'table/top-k-not-searched',
          message:
            `表${b.number}の${labels.length}つの値は表${a.number}の上位（下位）${labels.length}つと読めますが、表${a.number}には行・列が多く、どの行・列の和の上位かを探す手数か合う組の数が上限（${ACROSS_WORK.toLocaleString('en-US')} 手、${ACROSS_SETS} 組）を超えました（チェッカーの判断）。` +
            `読み手は値に合う行・列の組を探して秘匿したセルを狭められるため、すべての読み方を確かめられないまま公表できません`,
          hint: `値が表${a.number}のどの行・列の和かを、値の見出しか題名に書き、その行・列だけの表にしてください（例: 「上位3施設（4月〜6月）」と、4月〜6月の列の表）。または各施設の和を表${a.number}の列として載せてください`,
          place: { line: b.line, table: b.number },
        });
        continue;
      }
      if (fits.length > 0) {
        const { a, ax, how, reach, kth } = fits[0]!;
        const word = how === 'max' ? '大きい' : '小さい';
        const unit = ax === 'rows' ? '行' : '列';
        const cross = ax === 'rows' ? '列' : '行';
        const names = reach.map((q) => quote(linesOf(a, ax)[items(a, ax)[q]!]!.label)).join('');
        const acrossName = (f: (typeof fits)[number], q: number) => quote(linesOf(f.a, otherOf(f.ax))[q]!.label);
        const ofName = (f: (typeof fits)[number]) =>
          f.set
            ? `${f.ax === 'rows' ? '列' : '行'}${f.set.map((q) => acrossName(f, q)).join('')}の数の和`
            : f.of === undefined
              ? `${f.ax === 'rows' ? '行' : '列'}ごとの和`
              : `${f.ax === 'rows' ? '列' : '行'}${acrossName(f, f.of)}の数`;
        const what =
          fits.length > 1
            ? `${unit}${names}の${[...new Set(fits.map((f) => `${f.a === a ? '' : `表${f.a.number}の`}${ofName(f)}`))].join('、')}のどれで見ても、その${word}ほうから${labels.length}つに一致します（チェッカーの判断。どれの上位かは表に書かれていないため、すべての読み方の関係を結びました` +
              `${ranked ? '。どの' + unit + 'かは値から推定' : ''}）。`
            : fits[0]!.set
              ? `表${a.number}の${unit}${names}の${ofName(fits[0]!)}で、その和の${word}ほうから${labels.length}つに一致します（チェッカーの判断。どの${cross}の和かは値から推定${ranked ? '。どの' + unit + 'かも値から推定' : ''}）。`
              : fits[0]!.of === undefined
                ? `表${a.number}の${unit}${names}の数の和で、表${a.number}の${unit}ごとの和の${word}ほうから${labels.length}つに一致します（チェッカーの判断${ranked ? '。どの' + unit + 'かは値から推定' : ''}）。`
                : `表${a.number}の${unit}${names}の${cross}${quote(linesOf(a, otherOf(ax))[fits[0]!.of]!.label)}の数で、その${cross}の数の${word}ほうから${labels.length}つに一致します（チェッカーの判断${ranked ? '。どの' + unit + 'かは値から推定' : ''}）。`;
        warnings.push({
          code: 'header/extreme-sum',
          message:
            `表${b.number}の${labels.length}つの値は、${fits.length > 1 ? `表${a.number}の` : ''}${what}` +
            (worded
              ? ''
              : ranked
                ? `表${b.number}の順位のほかに上位・下位の言葉はありませんが、読み手はこれらを${word === '大きい' ? '上位' : '下位'}と受け取り得ます（推定）。`
                : `表${b.number}に順位の言葉はありませんが${TOP_GENERIC.test(own) || fits.some((f) => f.of !== undefined && labelKey(linesOf(f.a, otherOf(f.ax))[f.of]!.label) === labelKey(position.label)) ? '' : `、値の見出し${quote(position.label)}が表${a.number}とは別の数を示すとしても`}、読み手はこれらを${word === '大きい' ? '上位' : '下位'}と受け取り得ます（推定）。`) +
            `読み手はほかの${unit}の${fits[0]!.of === undefined ? '和' : '数'}が${vs[kth]}${how === 'max' ? '以下' : '以上'}と分かるため、その関係も結んで確かめました`,
          place: { line: b.line, table: b.number },
        });
        continue;
      }
      if (!worded) continue;
      const how = hows[0]!;
      // stats52: the words say the top k of another table (its lines named, or ranked beside one count table) but no
      // reading fits — not its lines' sums, nor one named line's counts. Unread, an attacker still takes the rows for the
      // top k there; refused naming what to write. Not where the value's header names a measure of its own that the
      // other table's title does not (「外来」 beside 入院患者数: another count of those lines, read as counts).
      const others = ranked
        ? counts.filter((a) => a !== b && axes.some((ax) => items(a, ax).length > rowsB.length && items(a, otherOf(ax)).length >= 2))
        : named;
      if (others.length !== 1) continue;
      const a = others[0]!;
      // Ranked values that are the sums of every line of an axis in order (three hospitals' 「1位」–「3位」): no top k to
      // tie, and nothing that does not fit.
      const sorted = (ax: 'rows' | 'cols') =>
        (lineSums(a, ax, items(a, ax), items(a, otherOf(ax)))?.sums ?? []).sort((x, y) => (how === 'max' ? y - x : x - y));
      if (ranked && axes.some((ax) => vs.every((v, r) => sorted(ax)[r] === v))) continue;
      const generic = TOP_GENERIC.test(own) || (own.length >= 2 && normalise(a.title ?? '').includes(own));
      if (!generic) continue;
      errors.push({
        code: 'table/top-k',
        message:
          `表${b.number}の${TOP_HINT.test(title) || SUM_EXTREME_HINT.test(title) ? '題名' : '見出し'}${quote(TOP_HINT.test(title) || SUM_EXTREME_HINT.test(title) ? (b.title ?? '') : position.label)}は表${a.number}の上位（下位）${labels.length}つと読めますが、その${labels.length}つの値は表${a.number}の行・列ごとの和とも、見出しが示す一つの行・列の数とも、上位（下位）${labels.length}つとして合いません（チェッカーの判断）。` +
          `何の上位か読めないため確かめられませんが、読み手はこれらを表${a.number}の上位と受け取り、秘匿したセルの範囲を狭められます`,
        hint: `値が表${a.number}の各行（列）の和の上位なら、その和と同じ値を書いてください。一つの列（行）の数の上位なら、値の見出しをその列（行）の見出し（例: 「2022年」）にしてください。表${a.number}とは別の数なら、値の見出しに何の数かを書いてください（例: 「外来患者数」）`,
        place: { line: b.line, table: b.number },
      });
    }
  return errors;
}
/**
 * stats55: the sets of lines across whose sums a top k may be of — two lines or more, not all (all: the lines' sums).
 * Every such set up to 10 lines across (1,013 sets), past it the runs of adjacent lines only (a title's 「2021〜2022年」).
 */
function acrossSets(across: readonly number[]): number[][] {
  const n = across.length;
  if (n <= 10) return everySet(across).filter((set) => set.length >= 2 && set.length < n);
  const out: number[][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (j - i + 1 < n) out.push(across.slice(i, j + 1));
  return out;
}
/** The place of a line of table `table` said by its kind and label (a line of means, extremes or ratios set aside). */
function linePlace(table: number, l: { kind: '列' | '行'; label: string; line: number }): Place {
  return { table, line: l.line, ...(l.kind === '列' ? { col: l.label } : { row: l.label }) };
}
/**
 * Every nonempty set of `xs` (2^n − 1), each in the order of `xs`, the sets in the order of their bit masks (1, 2, 3 …:
 * bit k for xs[k]). Shared by `acrossSets` (stats55), `weightsElsewhere` (means48) and `weightsAcrossTwo` (means53).
 */
function everySet<T>(xs: readonly T[]): T[][] {
  return Array.from({ length: (1 << xs.length) - 1 }, (_, m) => xs.filter((_, k) => (m + 1) & (1 << k)));
}
/** stats57: the steps the search of sets of lines across may take (`acrossSearch`), and the sets it may find. */
const ACROSS_WORK = 200_000;
const ACROSS_SETS = 256;
/**
 * stats57: the sets of lines across a top k's values may be the sums of. Up to 10 lines across every set (`acrossSets`);
 * past it (12 months, 16 quarters) a search over the lines across, each taken or not, that keeps only sets whose sums can
 * still be the values — every cell a plain count, so a line's sum only grows: a named row's sum at most its value and
 * still able to reach it; every line outside the top k at most the k-th (bottom k: still able to reach at least it);
 * ranked rows, every line at most the largest (top) or k lines able to stay at most the largest value (bottom). Each set
 * found is checked whole by `topSums` as before. Bounded by `ACROSS_WORK` steps and `ACROSS_SETS` sets: past either
 * `cut` (the runs of adjacent lines added as before), said by `topSums` (`table/top-k-not-searched`).
 */
function acrossSearch(
  a: Table,
  ax: 'rows' | 'cols',
  lines: readonly number[],
  across: readonly number[],
  labels: readonly string[],
  ranked: boolean,
  vs: readonly number[],
  how: 'max' | 'min',
): { sets: number[][]; cut: boolean } {
  const n = across.length;
  if (n <= 10) return { sets: acrossSets(across), cut: false };
  const all = lineSums(a, ax, lines, across);
  if (!all) return { sets: acrossSets(across), cut: false };
  const cell = (p: number, q: number) => countOf(a.cells[all.cellsOf[p]![q]!.row]![all.cellsOf[p]![q]!.col]!);
  const reach = ranked ? [] : labels.map((l) => lines.findIndex((i) => labelKey(linesOf(a, ax)[i]!.label) === labelKey(l)));
  if (reach.some((p) => p < 0)) return { sets: acrossSets(across), cut: false };
  const kth = how === 'max' ? Math.min(...vs) : Math.max(...vs);
  const top = Math.max(...vs);
  const outside = lines.flatMap((_, p) => (reach.includes(p) ? [] : [p]));
  // What each line may still gain from the lines across after q (suffix sums).
  const rest = lines.map((_, p) => {
    const r = new Array<number>(n + 1).fill(0);
    for (let q = n - 1; q >= 0; q--) r[q] = r[q + 1]! + cell(p, q);
    return r;
  });
  const partial = lines.map(() => 0);
  const chosen: number[] = [];
  const sets: number[][] = [];
  let steps = 0;
  let cut = false;
  const viable = (q: number): boolean => {
    if (!ranked) {
      for (const [r, p] of reach.entries()) if (partial[p]! > vs[r]! || partial[p]! + rest[p]![q]! < vs[r]!) return false;
      if (how === 'max') return outside.every((p) => partial[p]! <= kth);
      return outside.every((p) => partial[p]! + rest[p]![q]! >= kth);
    }
    if (how === 'max') return partial.every((x) => x <= top) && partial.filter((x, p) => x + rest[p]![q]! >= kth).length >= vs.length;
    return partial.filter((x) => x <= top).length >= vs.length;
  };
  // Ranked rows at a whole set: each value some line's sum, every other line at most (least) the k-th.
  const rankedFits = (): boolean => {
    const left = [...partial];
    for (const v of vs) {
      const p = left.indexOf(v);
      if (p < 0) return false;
      left.splice(p, 1);
    }
    return left.every((x) => (how === 'max' ? x <= kth : x >= kth));
  };
  const walk = (q: number): void => {
    if (cut) return;
    if (++steps > ACROSS_WORK) {
      cut = true;
      return;
    }
    if (!viable(q)) return;
    if (q === n) {
      if (chosen.length >= 2 && chosen.length < n && (!ranked || rankedFits())) {
        if (sets.length >= ACROSS_SETS) cut = true;
        else sets.push(chosen.map((c) => across[c]!));
      }
      return;
    }
    chosen.push(q);
    for (const p of lines.keys()) partial[p] = partial[p]! + cell(p, q);
    walk(q + 1);
    for (const p of lines.keys()) partial[p] = partial[p]! - cell(p, q);
    chosen.pop();
    walk(q + 1);
  };
  walk(0);
  if (!cut) return { sets, cut };
  const runs = acrossSets(across).filter((r) => !sets.some((s) => s.length === r.length && s.every((x, i) => x === r[i])));
  return { sets: [...sets, ...runs], cut };
}
/** stats52: a value's header that names no measure of its own (「患者数」「件数」「Patients」). */
const TOP_GENERIC = /^(?:患者数|件数|人数|症例数|例数|数|合計|計|総数|n|patients|cases|counts?|total|number)$/i;
/** A label that says its line is a ratio of two others: 「男女比」「性比」「比」「倍」「M/F」「男:女」「ratio」「女性に対する」. */
const RATIO_HINT = /比\s*(?:[(（][^)）]*[)）])?$|倍|\bratio\b|^[^/:：\d]{1,8}\s*[/:：]\s*[^/:：\d]{1,8}$|に対する|対比/i;

/** A table as it stands in the input before it is read: its title line, its note lines and its records. */
interface Block {
  title?: CsvRecord;
  records: CsvRecord[];
  /** Blank records between the block before and this one's first record (sizes55's plain title: exactly one). */
  gap?: number;
}

export interface ReadOptions {
  /** Work the reading of percentage tables may take for the input (shares.ts `PERCENT_READING_WORK`; tests lower it). */
  percentWork?: number;
  /** Pieces of labels the reading of labels run together may try (labels.ts `LABEL_WORK`; tests lower it). */
  labelWork?: number;
  /** The small-count threshold (check.ts: the rules'), for the rests of うち lines read as parts of sums (ofwhich.ts). */
  threshold?: number;
  /**
   * bothpct: the reading of a percentage table every cell of which fits both its row's N and its column's N, where the
   * table does not say which (sizes.ts `readPercentAxis`): check.ts reads the text under each. One axis for every such
   * table, or each table's by its number (both2: several such tables, read under every combination of their readings);
   * a table with none: refused (`percent/two-bases`).
   */
  percentAxis?: 'rows' | 'cols' | ReadonlyMap<number, 'rows' | 'cols'>;
}

/** The reading `ReadOptions.percentAxis` asks of table `table`, if any. */
const askedAxis = (asked: ReadOptions['percentAxis'], table: number) => (typeof asked === 'string' ? asked : asked?.get(table));

/**
 * The input read (`readOnce`); stats59: where a 「範囲（%）」 found no N in its table nor a total before it (`noN`), read
 * again with the first reading's tables at hand, so that its N may be a total a table AFTER it prints (`nElsewhereOf`).
 * Other inputs are read once, as before.
 */
export function readTables(text: string, options: ReadOptions = {}): ReadResult {
  const pass: { later?: readonly Table[]; again?: boolean } = {};
  const first = readOnce(text, options, pass);
  if (!pass.again || first.tables.length === 0) return first;
  return readOnce(text, options, { later: first.tables });
}

function readOnce(text: string, options: ReadOptions, pass: { later?: readonly Table[]; again?: boolean }): ReadResult {
  const out: ReadResult = { tables: [], errors: [], warnings: [] };
  let inputLines: string[] | undefined;
  if (text.length > LIMITS.text) {
    out.errors.push({
      code: 'input/too-large',
      message: `入力が大きすぎます（${fmt(text.length)} 文字。扱えるのは ${fmt(LIMITS.text)} 文字まで）`,
      hint: `公表する表だけを貼り付けてください。1表は ${fmt(LIMITS.cells)} セル（${fmt(LIMITS.rows)} 行、${fmt(LIMITS.cols)} 列）まで、全体で ${fmt(LIMITS.totalCells)} セルまでです`,
      place: { line: 1, table: 0 },
    });
    return out;
  }
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  if (lines > LIMITS.lines) {
    out.errors.push({
      code: 'input/too-large',
      message: `入力の行が多すぎます（${fmt(lines)} 行。扱えるのは ${fmt(LIMITS.lines)} 行まで）`,
      hint: `公表する表だけを貼り付けてください。1表は ${fmt(LIMITS.rows)} 行まで、${fmt(LIMITS.tables)} 表までです`,
      place: { line: 1, table: 0 },
    });
    return out;
  }
  // An HTML text's cells are counted before it is parsed (the parser takes 3 s and 0.2 GB for 100,000 cells, 18 s and
  // 1.2 GB for the 1,240,000 empty cells that 5 MB of 「<td>」 hold): more than the tables may hold, labels and header
  // rows counted (each cell a label at most, and a header row of 201 cells for each of 100 tables), is refused at once.
  if (hasHtmlTable(text)) {
    const tag = longTag(text);
    if (tag !== undefined) {
      out.errors.push({
        code: 'input/too-large',
        message: `${tag.line}行目の HTML のタグ（属性や style を含めて）が長すぎます（${fmt(tag.length)} 文字。扱えるのはタグ 1 つ ${fmt(LIMITS.cellChars)} 文字まで）`,
        hint: '表だけを選んでコピーし、貼り付けてください。表計算ソフトに貼り付けてから、タブ区切りのテキストとしてコピーしても読めます',
        place: { line: tag.line, table: 0 },
      });
      return out;
    }
    let cellTags = 0;
    let rowTags = 0;
    for (const m of text.matchAll(/<t([dhr])[\s>/]/gi)) {
      if (m[1] === 'r' || m[1] === 'R') rowTags++;
      else cellTags++;
    }
    if (cellTags > HTML_CELLS || rowTags > LIMITS.lines) {
      out.errors.push({
        code: 'input/too-large',
        message:
          cellTags > HTML_CELLS
            ? `HTML の表のセルが多すぎます（${fmt(cellTags)} 個。見出しも含めて、扱えるのは全体で ${fmt(HTML_CELLS)} 個まで）`
            : `HTML の表の行が多すぎます（${fmt(rowTags)} 行。扱えるのは全体で ${fmt(LIMITS.lines)} 行まで）`,
        hint: `公表する表だけを選んでコピーし、貼り付けてください。1表は ${fmt(LIMITS.cells)} セル（${fmt(LIMITS.rows)} 行、${fmt(LIMITS.cols)} 列）まで、全体で ${fmt(LIMITS.totalCells)} セルまでです`,
        place: { line: 1, table: 0 },
      });
      return out;
    }
  }
  const read = readRecords(text, undefined, sasCrossLines(text));
  const { records, unclosedQuote } = read;
  const long = unclosedQuote === undefined ? longValue(records) : undefined;
  if (long) {
    out.errors.push({
      code: 'input/too-large',
      message: `${long.line}行目の${long.column}列目の値が長すぎます（${fmt(long.length)} 文字。扱えるのはセル・見出し・タイトルや注の行 1 つにつき ${fmt(LIMITS.cellChars)} 文字まで）`,
      hint: `セルには数と短い見出しだけを書いてください。長い注や説明は ${fmt(LIMITS.cellChars)} 文字以内の行に分けるか、公表する表から外してください`,
      place: { line: long.line, table: 0 },
    });
    return out;
  }
  if (read.htmlTooDeep !== undefined) {
    out.errors.push({
      code: 'input/html-depth',
      message: `HTML の要素の入れ子が深すぎて読めません（${read.htmlTooDeep}行目で ${fmt(HTML_DEPTH)} 段に達します。表の中の表なども数えて、扱えるのは ${fmt(HTML_DEPTH - 1)} 段まで）`,
      hint: '表だけを選んでコピーし、貼り付けてください。表計算ソフトに貼り付けてから、タブ区切りのテキストとしてコピーしても読めます',
      place: { line: read.htmlTooDeep, table: 0 },
    });
    return out;
  }
  if (read.htmlTooWide !== undefined) {
    const { line, column, places } = read.htmlTooWide;
    out.errors.push({
      code: 'input/too-large',
      message:
        places === undefined
          ? `HTML の表の${line}行目の行は、結合したセル（colspan）を数えて ${fmt(column)} 列目に値があり、広すぎて読めません（扱えるのは 1表 ${fmt(LIMITS.cols)} 列まで）`
          : `HTML の表が、結合したセル（rowspan、colspan）を数えると ${line}行目までで ${fmt(places)} か所になり、大きすぎて読めません（扱えるのは 1表 ${fmt(LIMITS.cells)} セル（${fmt(LIMITS.rows)} 行、${fmt(LIMITS.cols)} 列）まで）`,
      hint: `公表する表だけを選んでコピーし、貼り付けてください。結合したセルの列数（colspan）も確かめてください。1表は ${fmt(LIMITS.cells)} セル（${fmt(LIMITS.rows)} 行、${fmt(LIMITS.cols)} 列）までです`,
      place: { line, table: 0 },
    });
    return out;
  }
  if (read.htmlSpanEnds !== undefined) {
    const { line, cell, cols } = read.htmlSpanEnds;
    out.errors.push({
      code: 'layout/merged-header',
      message:
        `HTML の表の${line}行目で、数を含む結合したセル${quote(cell)}（${cols} 列）の後ろに空のセルがあります。` +
        `テキストに直すと空欄は左の結合したセルの続きと読まれ、${quote(cell)}の数（N など）が、ページではかからない列にもかかることになるため読みません（チェッカーの判断）`,
      hint: `空のセルに、その列の上の見出しを書いてください（「対照」など）。N は「A群 (N=60)」のように下の見出しごとに書くこともできます`,
      place: { line, table: 0 },
    });
    return out;
  }
  if (read.htmlHidden !== undefined) {
    const { line, how, sheet, frame } = read.htmlHidden;
    // A frame loading a page outside the file (html14): what it shows is not in the text.
    if (frame !== undefined)
      out.errors.push({
        code: 'input/html-hidden',
        message:
          `HTML の${line}行目の「<${frame.tag}>」は、ファイルの外の${quote(frame.address)}を読み込んで表示します。そこに表や数があっても、その中身はこのファイルになく、チェッカーには見えないため確かめられません。` +
          '埋め込みの中に書かれた代わりの文字は、読み込めなかったときだけ表示されるもので、公表される内容として読みません（チェッカーの判断）。このページを読みません',
        hint: `読み込む先のファイル${quote(frame.address)}もチェッカーで確かめてください。このページは、埋め込みを外すか、公表する表をページ本体に書いてから確かめてください`,
        place: { line, table: 0 },
      });
    // A stylesheet outside the file (html7): what it does to the table is not in the text.
    else if (sheet !== undefined)
      out.errors.push({
        code: 'input/html-hidden',
        message:
          `HTML の${line}行目で、ファイルの外のスタイルシート${quote(sheet)}を読み込んでいます（${how === 'link' ? '「link rel="stylesheet"」' : '「@import」'}）。` +
          'チェッカーはその中身を読めず、それが表の文字を隠したり変えたりしていないか確かめられないため、表を読みません（そのスタイルシートがないものとして読むことはしません）',
        hint: 'スタイルシートの中身をページの「<style>」に書き写すか、読み込みの行を削除してから確かめてください。ブラウザーに表示した表を表計算ソフトに貼り付けて確かめ、タブ区切りのテキストとしてコピーしても読めます',
        place: { line, table: 0 },
      });
    else
      out.errors.push({
        code: 'input/html-hidden',
        message: `HTML の表の${line}行目に、画面に文字としてそのまま表示されない部分があります（「${how}」）。ファイルにある文字と画面の表が違うことがあり、どちらの数を公表するのか決められないため読みません`,
        hint: '隠した行・列・文字、取り消し線の文字、コメントや属性に残した数は、公表する表に含めるなら表示して文字として書き、含めないならファイルから削除してください。選択肢や入力欄は、公表する値を文字として書いてください。表計算ソフトに貼り付けて確かめ、タブ区切りのテキストとしてコピーしても読めます',
        place: { line, table: 0 },
      });
    return out;
  }
  const foreign = foreignTable(text, read);
  if (foreign) {
    out.errors.push(foreign);
    return out;
  }
  if (unclosedQuote !== undefined) {
    out.errors.push({
      code: 'input/quote',
      message: `${unclosedQuote}行目で始まる「"」が閉じていません（そこから後ろがひとつの値になってしまいます）`,
      hint: '値の中の「"」は「""」と二つ重ねるか、引用符で囲まずに書いてください',
      place: { line: unclosedQuote, table: 0 },
    });
    return out;
  }
  // A table in a closed tab read as published (html.ts, html12): said as our reading.
  for (const n of read.htmlNotes ?? []) out.warnings.push({ code: n.code, message: n.message, place: { line: n.line, table: 0 } });
  if (read.separator === ';' && read.sepLine === undefined)
    out.warnings.push({
      code: 'input/separator',
      message:
        '「;」で区切った CSV として読みました（「;」のある行があり、「;」なしに「,」のある行はないため。チェッカーの判断）。' +
        '「,」で区切った CSV なら、「;」を含む見出しや値を「"」で囲んでください',
      place: { line: 1, table: 0 },
    });
  // Lines outside tables are reported one by one up to LINE_REPORTS per kind of finding, then counted: 2 million
  // lines of 「#」 would otherwise make 2 million messages (minutes and gigabytes for a 5 MB input).
  const reported = new Map<string, { shown: number; more: number; line: number; hint?: string; list: 'errors' | 'warnings' }>();
  // The finding is made only where it is shown (`make`): past LINE_REPORTS, its words (a quote of the line each) were
  // most of the time of reading 250,000 lines of notes.
  const lineReport = (list: 'errors' | 'warnings', code: string, line: number, make: () => InputError | Warning) => {
    let seen = reported.get(code);
    if (!seen) reported.set(code, (seen = { shown: 0, more: 0, line: 0, list }));
    if (seen.shown < LINE_REPORTS) {
      const item = make();
      if ('hint' in item && seen.shown === 0) seen.hint = item.hint;
      seen.shown++;
      (out[list] as (InputError | Warning)[]).push(item);
    } else if (seen.more++ === 0) seen.line = line;
  };
  const summariseLines = () => {
    for (const [code, seen] of reported) {
      if (seen.more === 0) continue;
      const message = `${seen.line}行目から後の ${fmt(seen.more)} 行にも同じ指摘があります（${LINE_REPORTS} 件まで示しました）`;
      const place = { line: seen.line, table: 0 };
      if (seen.list === 'errors') out.errors.push({ code, message, hint: seen.hint ?? '', place });
      else out.warnings.push({ code, message, place });
      seen.more = 0;
    }
  };
  // Texts outside the cells stating a share (「半数」「全員」「all but one」), judged once the tables' Ns are read.
  const shareTexts: ShareText[] = [];
  const note = (r: CsvRecord, kind: string, counted = (text: string) => text) => {
    const text = lineText(r);
    // words53: a mark, a space, a number and words (「※ 3 肺炎」) under no table: a note's number or a count, unsaid.
    const mark = markNumber(text);
    if (mark && !mark.glued) {
      lineReport('errors', 'line/count', r.line, () => ({
        code: 'line/count',
        message: `${r.line}行目${quote(text)}は${kind}です。記号の後に空けて書かれた「${mark.n}」は、注の番号とも、後の語${quote(mark.words)}の数とも読め、どちらか決まりません（チェッカーの判断）。数なら確かめられません`,
        hint: MARK_HINT,
        place: { line: r.line, table: 0 },
      }));
      return;
    }
    // words59: a superscript or circled mark opening the note (「¹ 院外発症を含む」「① 中央判定」, as a cell's 「2¹」 names
    // it) is the note's mark, no count: blanked (its place kept) where words, not a number, follow.
    const sup = /^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|[①-⑳])/.exec(text);
    const unmarked =
      sup && !/^\s*[\d０-９⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text.slice(sup[0].length)) ? ' '.repeat(sup[0].length) + text.slice(sup[0].length) : text;
    const t = countText(counted(unmarked));
    const stated = statedDenominator(t);
    const found = cardinals(t);
    const withUnit = found.map((m) => m[0]);
    const explicit = stated !== undefined && !withUnit.some((c) => Number(/[\d,]+/.exec(c)![0].replace(/,/g, '')) === stated);
    // Each count as the line writes it, a range or a rough count whole (「二、三例」「約3例」, words13), its first bound not again.
    const said = found.map((m) => countAsWritten(counted(unmarked), t, m.index, m.index + m[0].length));
    const ranged = found.reduce((rest, m) => {
      const first = RANGE_BEFORE.exec(rest.slice(0, m.index));
      return first ? rest.slice(0, first.index) + ' '.repeat(m.index - first.index) + rest.slice(m.index) : rest;
    }, t);
    const numbers = [...said, ...(explicit ? [`N=${stated}`] : []), ...otherNumbers(ranged)];
    const counts = numbers.length > 0 ? numbers : undefined;
    // Without one, a share it states (「死亡は半数」「all but one」), judged once the tables' Ns are read.
    const shares = counts ? [] : shareWords(t);
    if (shares.length > 0) shareTexts.push({ line: r.line, words: shares, where: `${r.line}行目${quote(text)}（${kind}）` });
    if (counts) {
      // A note with a count (※ 3例は除外) publishes it where no table shows it: it cannot be checked.
      lineReport('errors', 'line/count', r.line, () => ({
        code: 'line/count',
        message: `${r.line}行目${quote(text)}は${kind}ですが、数 ${counts.map((c) => `${quote(c)}`).join('')} が書かれていて、確かめられません`,
        hint: CENSORED_NOTE.test(text)
          ? '注の患者数も公表されます。打ち切りの数は、表の行「打ち切り」として各期間（その始めの時点）の列に書いてください（リスク集合とイベントの差から秘匿したセルが分かるため、表の中で秘匿を決めます）。注のまま読むのは、すぐ上の表の各期間を「0-6か月 3例」（英語なら「0-6 months 3」）の形で一度ずつ書くか、どの期間も同じ数なら「各期間3例」（「3 in each interval」）と一つだけ書き、ほかに数を書かず、どの時点でもリスク集合からイベントとその数を引くと次の時点の数になるときだけです（チェッカーの判断）。そうでなければ注から数を除いてください'
          : '注の患者数も公表されます。表の内訳なら表の行として書き、そうでなければ注から数を除いてください',
        place: { line: r.line, table: 0 },
      }));
      return;
    }
    lineReport('warnings', 'line/not-read', r.line, () => ({
      code: 'line/not-read',
      message: `${r.line}行目${quote(text)}は${kind}のため、表として確かめていません${mark ? `（「${mark.n}」は記号に続けて書かれているため注の番号と読みました。チェッカーの判断）` : ''}`,
      place: { line: r.line, table: 0 },
    }));
  };
  /** Lines outside every table: # lines with no table after them, lines of one cell (each also a note). */
  const loose: CsvRecord[] = [];
  // Blank lines end a table; a # line ends the table above it and titles the next one (a # line with no table
  // after it, or followed by another # line, is a note, and every note is reported).
  const blocks: Block[] = [];
  let current: Block = { records: [] };
  // A listing's page framing and footers (「The SAS System」, 「Frequency Missing = 3」), columns of spaces (listing.ts).
  const listing = readListing(records, options.threshold ?? SMALL_COUNT);
  // life51: a note of the censored per interval under a life table, read as a table of its own where it fits exactly.
  const censoredNote = censoredNotes(listing.records);
  listing.records = censoredNote.records;
  const extremeNote = extremeNotes(listing.records);
  listing.records = extremeNote.records;
  for (const n of [...listing.notes, ...censoredNote.notes])
    out.warnings.push({ code: n.code, message: n.message, place: { line: n.line, table: 0 } });
  for (const e of listing.errors) out.errors.push({ code: e.code, message: e.message, hint: e.hint, place: { line: e.line, table: 0 } });
  const flush = () => {
    if (current.records.length > 0) {
      blocks.push(current);
      current = { records: [] };
    }
  };
  let blanks = 0;
  for (const [k, line] of listing.records.entries()) {
    const joined =
      current.records.length === 0 ? cutTitle(line, listing.records[k + 1], (inputLines ??= text.split(/\r\n|\r|\n/))) : undefined;
    if (joined !== undefined)
      out.warnings.push({
        code: 'layout/title-comma',
        message: `${line.line}行目${quote(joined.length > 80 ? `${joined.slice(0, 80)}…` : joined)}は、CSV として「,」で${trimEnd(line.fields).length}つのセルに分かれますが、「${joined.split(/[,，]/)[0]!.trim()}」で始まる表の題名の中の「,」（読点）と読み、1つの題名として読みました（チェッカーの判断：引用符のない「,」の後に空白があるか、すぐ下の行より短く、どのセルも値ではないため）。題名の数（N=… など）は表の題名の数として確かめます。違う場合は、題名を「"」で囲むか「、」で書いてください`,
        place: { line: line.line, table: 0 },
      });
    const r = joined === undefined ? line : { line: line.line, fields: [joined] };
    if (isBlank(r)) {
      flush();
      blanks++;
      continue;
    }
    // red54: an emphasised line is a title only where no table is open (a bold section row inside one stays a row).
    if (isComment(r) || (current.records.length === 0 && emphasisTitle(r) !== undefined)) {
      flush();
      const values = commentedValues(r);
      if (values.length > 0) {
        // A row of the table put out of it with #: the checker cannot vouch for a line it does not read.
        lineReport('errors', 'line/commented-data', r.line, () => ({
          code: 'line/commented-data',
          message: `${r.line}行目${quote(lineText(r))}は # で始まる行ですが、値 ${values.map((v) => `${quote(v)}`).join('')} があります`,
          hint: '表の行なら先頭の # を外してください。公表しない行なら入力から消してください（# の行の数は確かめられません）',
          place: { line: r.line, table: 0 },
        }));
        continue;
      }
      if (current.title) {
        note(current.title, `${titleKind(current.title)}、すぐ後に表がない行`);
        loose.push(current.title);
      }
      current.title = r;
      blanks = 0;
      continue;
    }
    if (current.records.length === 0) current.gap = blanks;
    blanks = 0;
    current.records.push(r);
  }
  flush();
  if (current.title) {
    note(current.title, `${titleKind(current.title)}、後に表がない行`);
    loose.push(current.title);
  }
  // sizes55: a plain line (no #, no emphasis) alone over one empty line over a table — 「表1 背景（N=380）」 — is its title,
  // as a # line is (its N read as a title's). Before, it was a note stating a count (`line/count`). Only a line of one
  // cell that is no value, opens as no footnote (※, 注, Note: …, `opensAsNote`), writes no count of a line (a number
  // with its unit, 「3例」; a mark, a number and words, `markNumber`), over a table with no title of its own; under
  // another table, only a caption (「表2 …」「Table 2 …」): any other line there stays a note of the table above
  // (attack33's 「Rows are sorted by frequency.」).
  // An HTML page's own 「<title>」 (in its head) is a note of the page, never a table's title (html4).
  const headAt = hasHtmlTable(text) ? text.search(/<\/head\s*>|<body[\s>]/i) : -1;
  const headEnd = headAt < 0 ? 0 : text.slice(0, headAt).split('\n').length;
  for (let k = 0; k + 1 < blocks.length; k++) {
    const [b, t] = [blocks[k]!, blocks[k + 1]!];
    const r = b.records[0]!;
    if (b.title || t.title || b.records.length !== 1 || trimEnd(r.fields).length !== 1 || r.line <= headEnd) continue;
    // One empty line between, counted in records: an HTML page's lines are its source's (SAS's title table at line 37,
    // the empty record its <br> makes, the table at line 53), a text's one apart.
    if (t.records.every((x) => trimEnd(x.fields).length <= 1) || t.gap !== 1) continue;
    if (t.records.length > 1 && trimEnd(t.records[0]!.fields).length === 1 && trimEnd(t.records[1]!.fields).length > 1) continue;
    const text = lineText(r);
    const below = blocks.slice(0, k).some((x) => !x.records.every((y) => trimEnd(y.fields).length <= 1));
    if (below && !CAPTION.test(normalise(text))) continue;
    if (readCell(text).ok || opensAsNote(text) || markNumber(text) || CENSORED_NOTE.test(text) || cardinals(countText(text)).length > 0)
      continue;
    t.title = r;
    blocks.splice(k, 1);
  }
  // Lines of one cell outside any table (a note after an empty line, 「Note: ranked by number of cases.」).
  for (const b of blocks)
    if (b.records.every((r) => trimEnd(r.fields).length <= 1)) loose.push(...(b.title ? [b.title] : []), ...b.records);
  // The notes outside the tables that belong to each table by place (attack33: 「# Rows are sorted by frequency.」 under
  // the table was a note no reading of order saw): those after it up to the next table, and those before the first.
  const tableBlocks = blocks.filter((b) => !b.records.every((r) => trimEnd(r.fields).length <= 1));
  const looseNotes = (block: Block): string[] => {
    const k = tableBlocks.indexOf(block);
    const start = (b: Block) => b.title?.line ?? b.records[0]!.line;
    const from = k === 0 ? -Infinity : block.records.at(-1)!.line;
    const to = k + 1 < tableBlocks.length ? start(tableBlocks[k + 1]!) : Infinity;
    return loose.filter((r) => r.line > from && r.line < to).map(titleText);
  };
  // words60: where the notes under a table end — the next table's first line (its title or header): a cell's mark is
  // matched to a note before it only (`noteOfMark`), never to a later table's.
  const notesEnd = (block: Block): number => {
    const next = tableBlocks[tableBlocks.indexOf(block) + 1];
    return next ? (next.title?.line ?? next.records[0]!.line) : Infinity;
  };

  // formats64: a block right under a table as wide (empty lines between, no title): maybe that table cut by an empty
  // line, its first line a row of counts, not a header (`readTable`'s years).
  const width = (b: Block) => Math.max(...b.records.map((r) => trimEnd(r.fields).length));
  // titles66: under a title (「# 表2 …」 or a caption line) too, where the header read as a row of counts makes a line a
  // sum of the others (its table's 合計 above the cut or below it): a row cut from the table above under a title was
  // read as years, 1950 − 1947 giving a hidden 3 back. A title alone proves no header of years.
  const countsOf = (r: CsvRecord, w: number): number[] | undefined => {
    const f = trimEnd(r.fields);
    if (f.length !== w) return undefined;
    const ns = f.slice(1).map((x) => {
      const c = readCell(x);
      return c.ok && c.value.kind === 'count' ? c.value.n : NaN;
    });
    return ns.some(Number.isNaN) ? undefined : ns;
  };
  const headerSums = (before: Block, block: Block, w: number): boolean => {
    const own = block.records.filter((r) => trimEnd(r.fields).length > 1);
    const head = own[0] && countsOf(own[0], w);
    if (!head) return false;
    const counted = (rs: CsvRecord[]) => rs.map((r) => countsOf(r, w)).filter((x) => x !== undefined);
    const below = counted(own.slice(1));
    const fits = (rows: number[][]) =>
      rows.some((sum, i) => sum.every((v, j) => v === head[j]! + rows.reduce((s, x, k) => (k === i ? s : s + x[j]!), 0)));
    return fits(below) || fits([...counted(before.records), ...below]);
  };
  const cutBelow = (block: Block, titled: boolean): boolean => {
    const before = blocks[blocks.indexOf(block) - 1];
    if (before === undefined || width(before) <= 1 || width(before) !== width(block)) return false;
    return !titled || headerSums(before, block, width(block));
  };
  let number = 0;
  /** Each table's records as the reading of person-time takes them: lines of rates linked across tables (rates.ts). */
  const rateTables: { number: number; records: CsvRecord[]; title?: string; rates: RateReading[] }[] = [];
  // redh64: rate lines joined over their 合計 (formats62), tried over the other tables' lines (`sharesOverOtherLines`).
  const lineShares: LineShare[] = [];
  let cells = 0;
  // means48: each table's lines of person-time set aside (rates.ts `exposures`), for `sumElsewhere`.
  const exposuresOf = new Map<Table, NonNullable<PersonTimeReading['exposures']>>();
  // means49: lines of means whose 合計 fits no weights of their own table (`weightsElsewhere`).
  const unfitMeans: { table: Table; w: SetAsideWeighted; error?: InputError; fitted?: TableRate }[] = [];
  // ext73: lines of means of shares set aside (`shareMeanAside`), tied once every table is read (`shareMeans`).
  const shareMeanPending: { table: Table; means: ShareMean[] }[] = [];
  // words53: the table read in the block just before (a note after an empty line is read against it, `markNoteCounts`).
  let previous: Table | undefined;
  for (const block of blocks) {
    const above = previous;
    previous = undefined;
    if (block.records.every((r) => trimEnd(r.fields).length <= 1)) {
      // Lines of one cell with no table (a footnote after an empty line, ※ 3例は除外): notes, each reported.
      if (block.title) note(block.title, `${titleKind(block.title)}、後に表がない行`);
      // Rows whose columns are spaces (a table copied from a PDF or a terminal): one error, not a note per row.
      const spaced = block.records.filter((r) => {
        const words = normalise(r.fields[0] ?? '').split(' ');
        return words.length >= 2 && readCell(words[words.length - 1]!).ok;
      });
      if (spaced.length >= 2) {
        out.errors.push({
          code: 'input/spaces',
          message: `${spaced[0]!.line}行目からの ${spaced.length} 行は、列が空白で区切られた表の行のようです。列の区切りがタブでもカンマでもないため、1行を1つのセルとしてしか読めず、表として確かめられません`,
          hint: '表計算ソフトからコピーして貼り付けてください（タブ区切り）。PDF からコピーした表は列が空白で区切られるため、表計算ソフトで列に分けてから（「区切り位置」）コピーするか、列の間をタブかカンマにしてください',
          place: { line: spaced[0]!.line, table: 0 },
        });
        continue;
      }
      for (const r of block.records) {
        const value = r.fields[0]!.trim();
        if (readCell(value).ok) {
          lineReport('errors', 'table/stray-value', r.line, () => ({
            code: 'table/stray-value',
            message: `${r.line}行目に値${quote(value)}だけの行があります`,
            hint: '表の一部なら行見出しと一緒に表の中へ書いてください',
            place: { line: r.line, table: 0 },
          }));
        } else {
          // words53: 「※ 3 肺炎」 after an empty line under a table of counts: read against it as a note under it is.
          const mark =
            above?.kind === 'count'
              ? (markNumber(lineText(r)) ??
                numberedNote(lineText(r)) ??
                tightMark(
                  lineText(r),
                  [...above.rows, ...above.cols].map((h) => h.label),
                ))
              : undefined;
          if (mark) markNoteCounts(above!, [{ ...mark, line: r.line, text: lineText(r) }], out, options.threshold ?? SMALL_COUNT, true);
          else
            note(r, '表の外の、1つのセルだけの行', (t) =>
              withoutNumber(above ? withoutNumberedMark(t, numberedMarks(above.cells.flat().map((c) => c.text))) : t),
            );
        }
      }
      continue;
    }
    const lines = [...(block.title ? [block.title] : []), ...block.records];
    let title = block.title ? titleText(block.title) : undefined;
    const rows = block.records;
    let titleLine = block.title?.line;
    // A first line with a single filled cell above a wider line is the title, unless it is a value.
    if (rows.length > 1 && trimEnd(rows[0]!.fields).length === 1 && trimEnd(rows[1]!.fields).length > 1) {
      const lone = rows[0]!;
      if (readCell(lone.fields[0]!).ok) {
        lineReport('errors', 'table/stray-value', lone.line, () => ({
          code: 'table/stray-value',
          message: `${lone.line}行目に値${quote(lone.fields[0]!.trim())}だけの行があります`,
          hint: '表の一部なら行見出しと一緒に表の中へ、表の題名なら文字で書いてください（題名は「# 」で始めても書けます）',
          place: { line: lone.line, table: number + 1 },
        }));
        continue;
      }
      if (title !== undefined) note(block.title!, `${titleKind(block.title!)}、すぐ後に別の題名が続く行`);
      const lead = rows.shift()!;
      title = emphasisTitle(lead) ?? lead.fields[0]!.trim();
      titleLine = lone.line;
    }
    number++;
    if (number > LIMITS.tables) {
      out.errors.push({
        code: 'input/too-many-tables',
        message: `表が多すぎます（${fmt(LIMITS.tables)} 表まで）`,
        hint: '公表する表ごとに分けて確かめてください',
        place: { line: rows[0]!.line, table: number },
      });
      summariseLines();
      return out;
    }
    if (strangeText(lines, number, read.separator, lineReport)) continue;
    const width = rows.reduce((w, r) => Math.max(w, trimEnd(r.fields).length), 0) - 1;
    const size = (rows.length - 1) * width;
    if (rows.length - 1 > LIMITS.rows || width > LIMITS.cols || size > LIMITS.cells) {
      out.errors.push({
        code: 'table/too-large',
        message: `表${number}が大きすぎます（${fmt(rows.length - 1)} 行 × ${fmt(width)} 列。扱えるのは 1表 ${fmt(LIMITS.rows)} 行、${fmt(LIMITS.cols)} 列、${fmt(LIMITS.cells)} セルまで）`,
        hint: '公表する単位の表に分けてください。表と表の間は空行で区切ります',
        place: { line: rows[0]!.line, table: number },
      });
      continue;
    }
    cells += size;
    if (cells > LIMITS.totalCells) {
      out.errors.push({
        code: 'input/too-large',
        message: `表が全体で大きすぎます（${fmt(LIMITS.totalCells)} セルまで）`,
        hint: '一度に確かめる表を減らしてください（同じ見出しを持つ表は一緒に確かめる必要があります）',
        place: { line: rows[0]!.line, table: number },
      });
      summariseLines();
      return out;
    }
    // Table 1s as tools print them (table1.ts): a unit written below the table (gtsummary's 「n (%)」), read as the
    // corner's; the line of Ns as a row (tableone's 「n」) and a total under blocks of rows, read as the columns' Ns.
    const said = (n: Table1Note | PairsNote | ProportionsNote | undefined) =>
      n && out.warnings.push({ code: n.code, message: `表${number}: ${n.message}`, place: { line: n.line, table: number } });
    const refused = (e: Table1Error | StackedError | PivotError | undefined) =>
      e !== undefined && out.errors.push({ code: e.code, message: e.message, hint: e.hint, place: { line: e.line, table: number } }) > 0;
    // Footnote lines under the table (kableExtra's 「Note:」, gtsummary's 「² Fisher's exact test」): notes (footnotes.ts).
    const footnotes = trailingNotes(rows);
    // A note stating only the table's N or its labels' (「※全体 N=98」, attack40), each a sum of the table's plain counts,
    // where the title and the corner state none: read as the title's N would be (checked as one), said as ours.
    // Two notes each saying an N and nothing else (「注：対象患者 70 名」「注：対象患者 75 名」): neither is read (which is
    // the table's is not said), both stay notes with a count.
    const onlyNs = footnotes.notes.flatMap((r) => {
      const n = noteOnlyN(r.fields[0]!);
      return n === undefined ? [] : [{ r, n }];
    });
    const others: CsvRecord[] = [];
    const unread: CsvRecord[] = [];
    // notes50: notes whose N left over splits several ways among the columns without N (footnotes.ts `labelNs`).
    const split = new Map<CsvRecord, { total: number; rest: number; left: number[]; ns: number[][] }>();
    let byNotes = false;
    for (const r of footnotes.notes) {
      if (onlyNs.length > 1 && onlyNs.some((o) => o.r === r)) {
        others.push(r);
        continue;
      }
      const stated = [title ?? '', footnotes.records[0]?.fields[0] ?? ''].some((t) => statedDenominators(t).length > 0);
      const n = stated ? undefined : noteN(lineText(r), footnotes.records);
      // A note naming labels' Ns that are no sums of the table (「※A群 N=28」 over shares, or over counts it leaves
      // patients out of): read as those headers' Ns (「A群 (N=28)」), checked as any header's N, said as ours (notes42).
      const why: { splits?: { total: number; rest: number; left: number[]; ns: number[][] } } = {};
      const named = n === undefined && !stated && onlyNs.length === 0 ? labelNs(lineText(r), footnotes.records, why) : undefined;
      if (!named && why.splits) split.set(r, why.splits);
      if (named) {
        for (const { axis, index, n: count } of named) {
          const at = axis === 'cols' ? 0 : index;
          const fields = [...footnotes.records[at]!.fields];
          const k = axis === 'cols' ? index : 0;
          fields[k] = `${fields[k]} (N=${count})`;
          footnotes.records[at] = { ...footnotes.records[at]!, fields };
        }
        byNotes = true;
        out.warnings.push({
          code: 'layout/note-n',
          message: `表${number}: ${r.line}行目の注${quote(lineText(r))}を、${names(named.map(({ axis, index }) => (axis === 'cols' ? footnotes.records[0]!.fields[index]! : footnotes.records[index]!.fields[0]!)))}の見出しに N を書いたときと同じに読み、確かめました（チェッカーの判断）${named
            .filter((x) => x.derived)
            .map(
              (x) =>
                `。${quote(footnotes.records[0]!.fields[x.index]!.slice(0, -` (N=${x.n})`.length))}の N ${x.n} は注にありませんが、合計の列の N からほかの列の N を引いた数です（式として確かめます）`,
            )
            .join('')}${
            // notes49: two or more derived, the N left split the one way the shares allow.
            named.filter((x) => x.derived).length > 1
              ? '（N のない列が複数あるため、合計の列の N からほかの列の N を引いた数を、どの割合も整数人になり各行が合計の列と合う分け方がひとつしかないことから分けました。チェッカーの判断）'
              : ''
          }`,
          place: { line: r.line, table: number },
        });
        continue;
      }
      if (n === undefined) {
        // notes44: a note of Ns alone the table does not tie (no sum of it, 「※全体 N=98」 over means): a note with a
        // count as before (below), but where the table is refused as statistics, said with that refusal instead.
        if (statesOnlyNs(lineText(r), footnotes.records)) unread.push(r);
        others.push(r);
        continue;
      }
      title = title === undefined ? n : `${title} ${n}`;
      titleLine ??= r.line;
      byNotes = true;
      out.warnings.push({
        code: 'layout/note-n',
        message: `表${number}: ${r.line}行目の注${quote(lineText(r))}を、題名に書かれたときと同じく表（またはその見出し）の N として読み、確かめました（チェッカーの判断）`,
        place: { line: r.line, table: number },
      });
    }
    // A note stating the table's N alone (「注：対象患者 43 名」), a sum of the table or not, under a table whose title and
    // corner state none: read as the title's N (attack41), said as our reading; checked as any title's N is.
    const byNote =
      !byNotes && onlyNs.length === 1 && tableN(title, footnotes.records) === undefined && statedDenominator(title ?? '') === undefined
        ? onlyNs[0]!
        : undefined;
    if (byNote) {
      title = title === undefined ? `N=${byNote.n}` : `${title}（N=${byNote.n}）`;
      out.warnings.push({
        code: 'layout/note-n',
        message: `表${number}: ${byNote.r.line}行目の注${quote(lineText(byNote.r))}を、表全体の N（${byNote.n}）と読みました（チェッカーの判断。表題に「(N=${byNote.n})」と書いたのと同じに確かめます）`,
        place: { line: byNote.r.line, table: number },
      });
    }
    // words53: a mark, then a number, then words (「※ 3 肺炎」「※3 肺炎」): read against the table once it is read.
    const markNotes: MarkNote[] = [];
    let numbered: Set<string> | undefined;
    for (const r of others) {
      if (r === byNote?.r) continue;
      const sp = split.get(r);
      const mark = sp
        ? undefined
        : (markNumber(lineText(r)) ??
          numberedNote(lineText(r)) ??
          tightMark(lineText(r), [
            ...(footnotes.records[0]?.fields.slice(1) ?? []),
            ...footnotes.records.slice(1).map((x) => x.fields[0] ?? ''),
          ]));
      if (mark) {
        markNotes.push({ ...mark, line: r.line, text: lineText(r) });
        continue;
      }
      if (!sp) {
        // words57: a numbered note's number (「Note 1:」「※1」) is no count of it.
        // words60: 「1) …」 under a table whose count carries 「1)」 (「2 1)」): its mark, no count.
        note(r, `表${number}の下の注`, (t) =>
          withoutNumber(withoutMarks(withoutNumberedMark(t, (numbered ??= numberedMarks(cellTexts(rows)))))),
        );
        continue;
      }
      // notes50: the N left splits several ways the shares allow: no one N per column to check (refused, said so).
      const head = footnotes.records[0]!.fields;
      const cols = sp.left.map((j) => head[j]!);
      lineReport('errors', 'line/count', r.line, () => ({
        code: 'line/count',
        message:
          `${r.line}行目${quote(lineText(r))}は表${number}の下の注です。合計の列${quote(head[sp.total]!)}の N からほかの列の N を引いた ${sp.rest} 人を、N のない列${cols.map(quote).join('')}に分ける分け方が複数あり` +
          `（${sp.ns.map((x) => x.join(' と ')).join('、')} など）、どの分け方でもどの割合も整数人になり各行が合計の列と合います。数だけからはどれとも決まらず、これらの列の N が読めないため、注の数を確かめられません（チェッカーの判断）`,
        hint: `${cols.map(quote).join('')}の N も注に「${cols.map((c) => `${normalise(c).trim()} N=…`).join('、')}」と書くか、見出しに「${normalise(cols[0]!).trim()} (N=…)」の形で書いてください`,
        place: { line: r.line, table: 0 },
      }));
    }
    const marks = readFootnoteMarks(footnotes.records);
    said(marks.note);
    // Stacks of a count line 「n」 and its share line 「%」 (SAS PROC TABULATE): one line of 「n (p%)」 each (stacked.ts).
    const pairs = readPairs(marks.records);
    said(pairs.note);
    // Cells printed as stacks of a count and its percentages (SAS, SPSS, Stata): refused once, in words (stacked.ts).
    if (refused(readStacked(pairs.records))) continue;
    // Shares written as proportions with no 「%」 (pandas normalize=True): read as percentages where they add up to 1.
    const proportions = readProportions(pairs.records);
    said(proportions.note);
    // An Excel pivot table's caption line (「データの個数 / 患者ID」「列ラベル」): taken out, said (stacked.ts).
    const pivot = readPivot(proportions.records);
    if (pivot.note)
      out.warnings.push({
        code: pivot.note.code,
        message: `表${number}: ${pivot.note.message}`,
        place: { line: pivot.note.line, table: number },
      });
    if (refused(pivot.error)) continue;
    const unitNote = readUnitNote(pivot.records);
    said(unitNote.note);
    if (refused(unitNote.error)) continue;
    // gtsummary's add_n() column 「N」 (each variable's N on its heading row): taken out where it is whole.
    const variableN = readVariableN(unitNote.records);
    said(variableN.note);
    if (refused(variableN.error)) continue;
    // A total line of 「n (p%)」 written by its share only (「100%」「(100%)」): 「N (100.0%)」, N the sum its shares prove.
    const shareTotal = readShareTotal(variableN.records);
    said(shareTotal.note);
    if (refused(shareTotal.error)) continue;
    // Two header rows or several label columns, as pasted from a spreadsheet: joined into one (layout.ts), said.
    const layout = flattenLayout(shareTotal.records);
    if (layout.joined) {
      const { headerRows, labelColumns, example } = layout.joined;
      const what = [
        ...(headerRows > 1 ? [`${headerRows}行の列見出しを1行に`] : []),
        ...(labelColumns > 1 ? [`${labelColumns}列の行見出しを1列に`] : []),
        ...(layout.joined.pairs > 0 ? ['同じ群の n と % の列を「3 (10.0%)」のように1つの列に'] : []),
      ].join('、');
      out.warnings.push({
        code: 'layout/joined',
        message:
          `表${number}: ${what}つなげて読みました（${example ? `例:${example}。` : ''}空欄の見出しは、結合したセルとして左・上の見出しが続くものと読んでいます。チェッカーの判断）。` +
          '読み方が違う場合は、見出しを1行・1列にして貼り付けてください',
        place: { line: rows[0]!.line, table: number },
      });
    }
    for (const w of layout.numberWords ?? [])
      out.warnings.push({
        code: 'layout/number-word',
        message: `表${number}: ${quote(w.written)}の括弧内の英語の数を、数字で${quote(w.read)}と書いたものとして読みました（チェッカーの判断）`,
        place: { line: w.line, table: number },
      });
    if (layout.mergedHeader) {
      const { line, groups, columns } = layout.mergedHeader;
      out.errors.push({
        code: 'layout/merged-header',
        message:
          `表${number}の見出し${groups.map((g) => `${quote(g)}`).join('')}は、下の行の ${columns} 列のどこにかかるかが分かりません。` +
          `Web ページの表の結合したセルをコピーすると、結合した分の空欄が落ちてこうなります（最後の${quote(groups[groups.length - 1]!)}が残りのすべての列にかかるように見えます）`,
        hint:
          '結合したセルの後ろに、かかる列の数だけ空欄を入れてください（「A群」（空欄）「B群」（空欄）の下に「男性」「女性」「男性」「女性」）。' +
          'ページ（/pubcheck/）には Web ページの表をそのまま貼り付けると、結合したセルを空欄にして読み込みます。HTML のファイルも読めます',
        place: { line, table: number },
      });
      continue;
    }
    if (layout.valueHeader) {
      const { line, values } = layout.valueHeader;
      out.errors.push({
        code: 'header/values',
        message: `表${number}の${line}行目（列見出しの上の行） ${some(
          values.map((v) => quote(v)),
          6,
        )} が数だけで、値のように見えます（上の見出しとして下の見出しにつなげて読むため、この数は確かめられません）`,
        hint: '群の人数（N）なら「A群 (N=40)」のように見出しに書いてください。表の値なら、行見出しを付けて表の中の行に書いてください。数が区分の名前なら「10 mg」「2021年」のように単位や語を付けてください',
        place: { line, table: number },
      });
      continue;
    }
    if (layout.groupNs) {
      for (const g of layout.groupNs)
        out.errors.push({
          code: 'layout/group-n',
          message:
            `表${number}の見出し${quote(g.group)}の N（${g.n}）は、その下の${g.words.map((w) => `${quote(w)}`).join('')}を合わせた群の人数で、` +
            'どの見出しの N でもありません（チェッカーの判断）。各見出しの N として読むと、群の人数から公表した数を引いて秘匿した数が割り出せることや、' +
            '割合を群全体の人数に対するものと誤って読むことを確かめられません',
          hint: `N を「${g.words[0]} (N=…)」のように下の見出しごとに書くか、群の計（「計」）を下の見出しの最後に加えてください（N はその計の N と読みます）`,
          place: { line: rows[0]!.line, table: number },
        });
      continue;
    }
    // Section heading rows of a Table 1 (「性別」 over 「男性」「女性」, no values): read as the name of the rows under
    // them, joined to their labels (headings.ts), said.
    // tableone's 「n」 row is a line of sizes, read by readTable (sizes.ts, `count/sizes`) and kept where it stood.
    // formats55: R's 「Sum」 of row or column shares, set aside first (its decimals are no counts).
    const shareSums = shareSumAside(layout.records);
    const sections = readHeadings(shareSums?.records ?? layout.records);
    if (sections.sections.length > 0) {
      const ss = sections.sections;
      out.warnings.push({
        code: 'layout/section',
        message:
          `表${number}: 値のない行${some(
            ss.map((x) => `${quote(x.label)}（${x.line}行目）`),
            5,
            '',
            '行',
          )}は、すぐ下の見出しをまとめる見出しと読みました（チェッカーの判断）。` +
          '数を持たないため、行の名前には加えず、表の行としても読んでいません',
        place: { line: ss[0]!.line, table: number },
      });
    }
    for (const u of sections.unread)
      out.errors.push({
        code: 'layout/heading-n',
        message: `値のない見出しの行${quote(u.label)}の N を、その下の行の和として読めません（${u.why}）`,
        hint:
          u.hint ??
          '見出しの行から N を外し、N は列見出しに「A群 (N=57)」のように書いてください。値のない患者がいるなら、「不明」の行として下の行に加えてください',
        place: { table: number, line: u.line, row: u.label },
      });
    if (sections.unread.length > 0) continue;
    if (sections.headings.length > 0) {
      const hs = sections.headings;
      const example = `${hs[0]!.name}・${(layout.records.find((r) => r.line === hs[0]!.rows[0])?.fields[0] ?? '').trim()}`;
      out.warnings.push({
        code: 'layout/heading',
        message:
          `表${number}: 値のない行${some(
            hs.map((h) => `${quote(h.label)}（${h.line}行目）`),
            5,
            '',
            '行',
          )}は患者数の行ではなく、その下の行（次の見出し・値のない行・合計・表の終わりまで）をまとめる見出しと読みました（チェッカーの判断）。` +
          `下の行は見出しとつなげた名前（例:${quote(example)}）で読み、1人1行の一つの区分として各群の N と比べます（区分の和が N に足りない分は、公表していない人数として確かめます）。ほかの表とは、この名前か、見出しのない同じ行見出し（表の中でほかの行と同じにならないもの）で結びつけます。` +
          '読み方が違う場合は、見出しの行を除くか、見出しを行見出しの列として「性別」「男性」のように2列に分けて貼り付けてください。1人を複数の行に数える項目（併存疾患など）なら、見出しか題名に「複数回答」と書いてください',
        place: { line: hs[0]!.line, table: number },
      });
      const across = hs.filter((h) => h.across !== undefined);
      if (across.length > 0)
        out.warnings.push({
          code: 'layout/heading-n-across',
          message:
            `表${number}: 見出しの行${some(
              across.map((h) => `${quote(h.label)}（${h.line}行目）の N=${h.across}`),
              5,
              '',
              '行',
            )}は、合計の列がなく、下の行の数を全部の群にわたって足した和に合うため、群をあわせた人数と読みました（チェッカーの判断）。` +
            'その下の行のすべての群のセルの和が N になる、列をまたぐ式として秘匿と監査に使います。群ごとの N なら、見出しの行から N を外し、列見出しに「A群 (N=57)」のように書いてください',
          place: { line: across[0]!.line, table: number },
        });
    }
    // Person-time (「人年」) set aside as an exposure, rates per person-time refused (rates.ts).
    const personTime = readPersonTime(sections.records, number, title);
    rateTables.push({ number, records: sections.records, rates: personTime.rates, ...(title !== undefined && { title }) });
    out.warnings.push(...personTime.warnings);
    if (personTime.errors.length > 0) {
      out.errors.push(...personTime.errors);
      continue;
    }
    // A share beside its count whose base is the row's 患者数 (「イベント数」「発現割合（%）」): one column of 「3 (2.5%)」.
    const shares = joinShares(personTime.records, number, options.threshold);
    out.warnings.push(...shares.warnings);
    lineShares.push(...(shares.lineShares ?? []));
    // rates66: rate lines set aside over their 合計 (hidden where a count of their position is), read as rates.
    personTime.rates.push(...(shares.rates ?? []));
    if (shares.errors) {
      out.errors.push(...shares.errors);
      continue;
    }
    // A row of Ns beside a total of the same counts (or over a blank total column): the headers' Ns (table1.ts).
    const nsRow = readNsBesideTotal(shares.records);
    said(nsRow.note);
    const blankSums = readBlankSums(nsRow.records);
    blankSums.notes.forEach(said);
    const blankTotal = readBlankTotal(blankSums.records);
    said(blankTotal.note);
    const blocksTotal = readBlocksTotal(blankTotal.records);
    said(blocksTotal.note);
    if (refused(blocksTotal.error)) continue;
    // 「n (p%)」 in blocks with no N written: each block's sum, where the percentages are shares of it (table1.ts).
    const blocksN = tableN(title, blocksTotal.records) === undefined ? readBlocksN(blocksTotal.records) : blocksTotal;
    said(blocksN.note);
    // 「n (p%)」 with no N written whose shares each column fits one N alone (cumulative lines): that N (table1.ts).
    const percentN = blocksN.note === undefined && tableN(title, blocksN.records) === undefined ? readPercentN(blocksN.records) : blocksN;
    said(percentN.note);
    // Lines that count part of the line above (「うち重症」): read as its part, with the rest added (ofwhich.ts).
    const parts = readOfWhich(percentN.records, number, tableN(title, percentN.records), options.threshold, title);
    out.warnings.push(...parts.warnings);
    if (parts.errors.length > 0) {
      out.errors.push(...parts.errors);
      continue;
    }
    // 「n/N」 cells with each variable's own N (missing data per row): read as blocks, with the missing as a line of
    // ours (fractions.ts); not beside うち lines (their rests are other lines of ours).
    const fractions = parts.decompositions.length === 0 ? readFractionBlocks(parts.records) : { records: parts.records, blocks: [] };
    // A column of ranks (「順位」 1, 2, 3 …): written before the rows' labels (「1位 A病院」), its order read (order.ts).
    if (fractions.unknownBase !== undefined) {
      // fracn38: 「n/N」 rows each under one N that their cells stay within, where each column's N reads as well.
      const lines = new Set(fractions.unknownBase);
      const rows = parts.records.filter((r) => lines.has(r.line));
      const named = rows
        .slice(0, 3)
        .map(
          (r) =>
            `${quote((r.fields[0] ?? '').trim())}（${r.fields
              .slice(1)
              .map((f) => f.trim())
              .filter((f) => f !== '')
              .join('、')}）`,
        )
        .join('');
      out.errors.push({
        code: 'fraction/unknown-base',
        message:
          `表${number}: 行${named}${rows.length > 3 ? 'など' : ''}の分数「n/N」は、行ごとに同じ分母で、その行の数の和は分母以下です。` +
          '分母は行（その行の群）の人数とも、列の人数とも読め、どちらの患者数か読めません（チェッカーの判断）',
        hint: '分母が群の人数なら群の見出しに「(N=…)」と書き、表に載らない患者を「不明」などの行・列として加えてください',
        place: { line: rows[0]?.line ?? parts.records[0]!.line, table: number },
      });
      continue;
    }
    const ranks = rankColumn(fractions.records);
    if (ranks) {
      fractions.records = ranks.records;
      out.warnings.push({
        code: 'table/rank-column',
        message: `表${number}: 列${quote(ranks.label)}は順位と読み、各行の見出しの前に「1位」のように付けて読みました（チェッカーの判断）。順位は件数ではないため確かめる表から除き、並び順として秘匿と監査に使います`,
        place: { line: ranks.records[0]!.line, table: number },
      });
    }
    // stats52: a range in one cell 「3–45」 under 「範囲」: read as two lines 「最小」「最大」 (tied by extremesAcross).
    const ranges = splitRanges(fractions.records, title, nElsewhereOf(out.tables, pass.later, number));
    if (ranges?.elsewhere && !pass.later) pass.again = true;
    if (ranges?.refuse) {
      // stats55: a range of percentages whose ends are no whole counts of a stated N: refused in words.
      out.errors.push({
        code: 'header/range-percent',
        message:
          `表${number}: ${ranges.kind}${quote(ranges.label)}の「${ranges.example}」のような値は割合の範囲（最小と最大の割合）と読めますが、${ranges.refuse}（チェッカーの判断）。` +
          `割合の端は分母を知る読み手には人数の最小・最大になり、秘匿した数が戻ることがあるため、確かめられないまま公表できません`,
        hint: `各行の割合の分母（N）を同じ行の列「N」に書くか（例: 「年,N,範囲（%）」「2022年,162,4.3–34.0」）、範囲を人数で書いてください（例: 「範囲」「7–55」）。端はそれぞれ N のちょうど一つの人数の割合に丸めの範囲で合う必要があります`,
        place: { line: ranges.line, table: number },
      });
      continue;
    }
    if (ranges?.shares)
      out.warnings.push({
        code: 'header/range-percent',
        message: `表${number}: ${ranges.kind}${quote(ranges.label)}の「${ranges.example}」のような値を、各${ranges.kind === '列' ? '行' : '列'}の N に対する割合の範囲と読み、両端をそれぞれ N のちょうど一つの人数に戻して${ranges.kind}「最小」「最大」の人数として確かめました（チェッカーの判断${ranges.borrowed ? `。N は表${number}に書かれていないため、${ranges.borrowed.join('・')}の数を N としました（チェッカーの推定${ranges.proved ? `。ほかの表が同じ見出しに別の合計を書いていますが、範囲の両端が${ranges.proved.join('・')}の行の最小・最大の割合に合い、ほかの表の行には合わないため、その表の合計としました` : ''}）` : ''}）。公表用の表では割合のまま 1 つの${ranges.kind}に戻し、秘匿する端を X で示します`,
        place: { line: ranges.line, table: number },
      });
    if (ranges?.measure) {
      // stats53: a range of a measure (「3.5–45.2」): its ends are no counts, so no count equation — set aside, read as
      // text (チェッカーの判断). A table of nothing else is not read as counts.
      const [head, ...rest] = ranges.records;
      const none = ranges.kind === '列' ? (head?.fields.length ?? 0) < 2 : rest.length === 0;
      out.warnings.push({
        code: 'header/range-measure',
        message:
          `表${number}: ${ranges.kind}${quote(ranges.label)}の「${ranges.example}」のような値は、小数を含む範囲で、件数ではない測定値の最小と最大と読みました（チェッカーの判断）。` +
          `件数の式にならないため文字として読み、確かめていません${none ? `。表${number}にはほかに件数がないため、件数の表としては読みません` : ''}`,
        place: { line: ranges.line, table: number },
      });
      if (none) continue;
      fractions.records = ranges.records;
    } else if (ranges?.shares) fractions.records = ranges.records;
    else if (ranges) {
      fractions.records = ranges.records;
      out.warnings.push({
        code: 'header/range-split',
        message: `表${number}: ${ranges.kind}${quote(ranges.label)}の「${ranges.example}」のような値を、最小と最大の 2 つの数と読み、${ranges.kind}「最小」「最大」に分けて確かめました（チェッカーの判断）。公表用の表では 1 つの${ranges.kind}${quote(ranges.label)}に戻し、秘匿する端を X で示します`,
        place: { line: ranges.line, table: number },
      });
    }
    // Lines of means of the other lines (「平均」「avg」「1年あたり」): set aside as rates are, hidden with their counts (attack36).
    const meansAside = parts.decompositions.length === 0 && fractions.blocks.length === 0 ? setAsideMeans(fractions.records) : undefined;
    if (meansAside && 'records' in meansAside) fractions.records = meansAside.records;
    // Lines of means of something else (「平均年齢」): weighted means of the groups, set aside alike (means39).
    const weightedAside =
      !meansAside && parts.decompositions.length === 0 && fractions.blocks.length === 0 ? setAsideWeighted(fractions.records) : undefined;
    if (weightedAside) fractions.records = weightedAside.records;
    // ext73: a line of means in a table of shares (a mean of another table's shares): set aside, tied after (`shareMeans`).
    const shareMeanA =
      !meansAside && !weightedAside && parts.decompositions.length === 0 && fractions.blocks.length === 0
        ? shareMeanAside(fractions.records)
        : undefined;
    if (shareMeanA) fractions.records = shareMeanA.records;
    const errorsBefore = out.errors.length;
    const table = readTable(number, fractions.records, out, {
      title,
      titleLine,
      decompositions: parts.decompositions,
      fractionBlocks: fractions.blocks,
      rowSums: variableN.rowSums,
      headingSums: sections.headings.flatMap((h) =>
        h.sums || h.across !== undefined
          ? [{ line: h.line, label: h.label, rows: h.rows, sums: h.sums ?? [], ...(h.across !== undefined && { across: h.across }) }]
          : [],
      ),
      headings: sections.headings.map((h) => h.name),
      percentAxis: options.percentAxis,
      threshold: options.threshold,
      ...(meansAside && 'why' in meansAside && { meanWhy: meansAside.why }),
      ...(markNotes.length > 0 && { markNotes }),
      inputLines: (inputLines ??= text.split(/\r\n|\r|\n/)),
      notesTo: notesEnd(block),
      ...(listing.codedHeaders.has(fractions.records[0]?.line ?? -1) && { codedHeader: true }),
      ...(cutBelow(block, title !== undefined) && { cutBelow: true, ...(title !== undefined && { cutSums: true }) }),
    });
    // notes44: a table of statistics (means, SD) refused with an N read from a note under it (「※N=98」): the N is not
    // checked (no count of the table is), said with the refusal, and how to publish it (an N beside means of the whole
    // and of groups gives the groups' Ns back: N·全体の平均 = Σ 群の人数 × 群の平均).
    const statistic = table ? undefined : out.errors.slice(errorsBefore).find((x) => x.code === 'header/statistic');
    // Its notes of Ns alone, refused as notes with a count (above), are said with the table's refusal instead.
    if (statistic)
      for (const r of unread) {
        const k = out.errors.findIndex((x) => x.code === 'line/count' && x.place?.line === r.line && x.place.table === 0);
        if (k < 0) continue;
        out.errors.splice(k, 1);
        const seen = reported.get('line/count');
        if (seen) seen.shown--;
      }
    if (statistic && (byNotes || byNote || unread.length > 0)) {
      const e = statistic;
      const r = byNote?.r ?? unread[0] ?? footnotes.notes.find((x) => !others.includes(x));
      // (a note read as an N, or a note of Ns alone: the first named)
      if (r) {
        e.message += `。${r.line}行目の注${quote(lineText(r))}の N は、人数のない統計量の表では確かめられないため、この表の N としては確かめていません（チェッカーの判断）`;
        e.hint =
          `${e.hint ?? ''}。N を公表するなら、群の人数を「A群 (N=40)」の形で書いた人数の表として別に確かめてください（全体の N と、全体・群ごとの平均がそろうと、群の人数が割り出せます：N × 全体の平均 = Σ 群の人数 × 群の平均）`.replace(
            /^。/,
            '',
          );
      }
    }
    if (table)
      for (const h of table.rows) {
        const under = sections.headings.find((s) => h.label.startsWith(`${s.name}・`));
        if (under && !h.rest && !h.ns) h.heading = under.name;
      }
    // A total line written by its share only is shown as printed (「100%」), read as its N (sharetotal.ts).
    if (table)
      for (const row of table.cells)
        for (const c of row) {
          const s = shareTotal.shown?.find((x) => x.line === c.line && x.read === c.text);
          if (s) c.text = s.printed;
        }
    // A list said to be in order of its counts (「多い順」): the order read as inequalities (order.ts), or a column of ranks refused.
    if (table) {
      const order = readOrder(
        table,
        [title, ...footnotes.notes.map((r) => r.fields.join(' ')), ...looseNotes(block)],
        options.threshold ?? SMALL_COUNT,
        ranks?.label,
      );
      if (order.warning) out.warnings.push(order.warning);
      if (order.error) {
        out.errors.push(order.error);
        continue;
      }
    }
    // A life table (at risk, events, censored per time point): its steps read as equations (lifetable.ts).
    if (table) {
      const lifeErrors: InputError[] = [];
      const lifeNotes: Warning[] = [];
      const life = readLifeTable(table, options.threshold, [], lifeErrors, lifeNotes);
      if (lifeErrors.length > 0) {
        out.errors.push(...lifeErrors);
        continue;
      }
      if (life) out.warnings.push(life);
      out.warnings.push(...lifeNotes);
    }
    if (table && personTime.rates.length > 0) {
      const rates = tableRates(table, personTime.rates);
      if ('error' in rates) {
        out.errors.push({ ...rates.error, place: { ...rates.error.place!, table: number } });
        continue;
      }
      table.rates = rates.rates;
    }
    if (table && shareSums) {
      if (!tableMeans(table, shareSums.means, out)) continue;
      for (const m of shareSums.means) {
        const unit = m.kind === '列' ? '行' : '列';
        out.warnings.push({
          code: 'layout/extreme',
          message:
            `表${number}: ${m.kind}${quote(m.label)}は、R の addmargins(prop.table()) の「Sum」で、どの${unit}でも${m.kind} ${names(m.others.map((o) => o.label))} の割合（各${m.kind}の件数の和に対する割合）の和に丸めの範囲で一致するため、患者数ではなく割合の和と読み、確かめる表から除きました（チェッカーの判断）。` +
            `割合の和は各${m.kind}の人数で重みづけた件数の式で、その${unit}の件数の和と合わせると秘匿した件数を戻すことがあるため、その${unit}の件数をどれか秘匿するときは割合の和も秘匿します`,
          place: linePlace(number, m),
        });
      }
    }
    if (table && meansAside && 'means' in meansAside) {
      if (!tableMeans(table, meansAside.means, out)) continue;
      for (const m of meansAside.means) {
        const unit = m.kind === '列' ? '行' : '列';
        if (m.extreme) {
          out.warnings.push({
            code: 'layout/extreme',
            message:
              `表${number}: ${m.kind}${quote(m.label)}は、どの${unit}でも${m.kind} ${names(m.others.map((o) => o.label))} の${EXTREME_WORD[m.extreme]}の値に一致するため（合計の${unit}ではその${EXTREME_WORD[m.extreme]}か、この${m.kind}の値の和）、患者数ではなく${EXTREME_WORD[m.extreme]}と読み、確かめる表から除きました（チェッカーの判断）。` +
              `${EXTREME_WORD[m.extreme]}の値はほかの${m.kind}の数から決まり（最大・最小は数の一つ、範囲は二つの差、中央値は一つか二つの平均）、秘匿した数を戻すことがあるため、その${unit}の数をどれか秘匿するときは${EXTREME_WORD[m.extreme]}も秘匿します`,
            place: linePlace(number, m),
          });
          continue;
        }
        if (m.ratio) {
          out.warnings.push({
            code: 'layout/ratio',
            message:
              `表${number}: ${m.kind}${quote(m.label)}は、どの${unit}でも${m.kind}${quote(m.others[0]!.label)}を${m.kind}${quote(m.others[1]!.label)}で割った比に丸めの範囲で一致するため、患者数ではなく比と読み、確かめる表から除きました（チェッカーの判断）。` +
              `比と一方の数から他方の数が（丸めの幅つきで）分かるため、どちらかの数を秘匿する${unit}では、その幅の二つの不等式を加えても秘匿した数が守られる場合だけ比を載せ、それ以外は比も秘匿します`,
            place: linePlace(number, m),
          });
          continue;
        }
        out.warnings.push({
          code: 'layout/mean',
          message:
            `表${number}: ${m.kind}${quote(m.label)}は、どの${unit}でも${m.kind} ${names(m.others.map((o) => o.label))} の平均（${m.others.length} 個の和 ÷ ${m.others.length}）に丸めの範囲で一致するため、患者数ではなく平均と読みました（チェッカーの判断）。` +
            `平均に ${m.others.length} を掛けると和に（丸めの幅つきで）戻るため、平均した数のどれかを秘匿する${unit}では、その幅の式を加えても秘匿した数が守られる場合だけ平均を載せ、それ以外は平均も秘匿します`,
          place: linePlace(number, m),
        });
      }
    }
    if (table && shareMeanA) {
      if (table.kind === 'percent') shareMeanPending.push({ table, means: shareMeanA.means });
      else {
        for (const m of shareMeanA.means)
          out.errors.push({
            code: 'header/statistic',
            message: `${m.kind}${quote(m.label)}は平均・中央値・比などの統計量のようで、患者数として確かめられません`,
            hint: '統計量を人数と並べて公表すると、秘匿した人数が計算で分かることがあります（全体と群ごとの平均から群の人数、オッズ比と公表したセルから秘匿したセル）。統計量を除いた人数の表を確かめ、統計量は別に審査を受けてください',
            place: linePlace(number, m),
          });
        continue;
      }
    }
    if (table && weightedAside) {
      let weighted = tableWeighted(table, weightedAside.weighted, personTime.exposures);
      // The lines read in this table (said below); the others are tried with another table's weights.
      let mine = weightedAside.weighted;
      // means49: a line of means whose 合計 fits no weights of its own table: tried with another table's
      // (`weightsElsewhere`, after every table is read), refused there where none fits. means52: each line of several
      // alone (`tableWeighted` reads each line apart), every one that fits none here tried there, each its own reading.
      if ('error' in weighted && weighted.unfit) {
        const alone = weightedAside.weighted.map((w) => ({ w, r: tableWeighted(table, [w], personTime.exposures) }));
        if (!alone.some(({ r }) => 'error' in r && !r.unfit)) {
          for (const { w, r } of alone) if ('error' in r) unfitMeans.push({ table, w, error: r.error });
          mine = alone.flatMap(({ w, r }) => ('error' in r ? [] : [w]));
          weighted = mine.length > 0 ? tableWeighted(table, mine, personTime.exposures) : { rates: [], byN: [] };
        }
      }
      if ('error' in weighted) {
        out.errors.push(weighted.error);
        continue;
      }
      // means49: a 合計 that fits its own table's weights (by chance, 死亡 all 0) may fit another's too: tried as well
      // (means52: each line of several).
      for (const w of mine) {
        const fitted = weighted.rates.find((x) => x.label === w.label);
        if (fitted && (fitted.weighted?.length ?? 0) > 0) unfitMeans.push({ table, w, fitted });
      }
      table.rates = [...(table.rates ?? []), ...weighted.rates];
      for (const w of mine) {
        if ('error' in weighted) break;
        const unit = w.kind === '列' ? '行' : '列';
        // red46: tied to a line of its sum over the same patients (`sumOverMean`): said after the reading.
        const tied = weighted.rates.find((x) => x.label === w.label)?.cells.some((c) => c.perSum)
          ? `。また、どの${unit}でも、同じ${unit}の和（延べの値）が人数 × この平均に丸めの範囲で合うため、和 ÷ 平均で人数が分かると読み、人数を秘匿する${unit}ではこの平均も秘匿します（その式を加えても秘匿した数が守られる場合は載せます。チェッカーの判断）`
          : '';
        // means48: 「平均 (SD)」 cells read by their mean part, said.
        const sd = w.values.some((v) => plainNumber(v.text) === undefined)
          ? `。括弧内（±の後）の値は標準偏差などのばらつきと読み、平均の部分だけを読みました。ばらつきは人数の式にならないため、平均と一緒に載せるか秘匿します（チェッカーの判断）`
          : '';
        out.warnings.push({
          code: 'layout/mean',
          message:
            (weighted.byN.includes(w.label)
              ? `表${number}: ${w.kind}${quote(w.label)}は人数ではなく、各${unit}の患者の何かの平均と読み、確かめる表から除きました（チェッカーの判断）。合計の${unit}の平均は、その内訳の${unit}の平均を各${unit}の患者数（N）で重みづけた平均に丸めの範囲で合い、人数で重みづけた平均とは読めない（合わない）ため、N で重みづけた平均と読みました。N は載っている数なので人数の式にならず、そのまま載せます${tied || ''}`
              : (weighted.rates.find((x) => x.label === w.label)?.weighted?.length ?? 0) === 0
                ? `表${number}: ${w.kind}${quote(w.label)}は人数ではなく、各${unit}の患者の何かの平均と読み、確かめる表から除きました（チェッカーの判断）。` +
                  (tied
                    ? `合計（全体）の${unit}はありません${tied}`
                    : `合計（全体）の${unit}がないため、群ごとの平均だけでは人数の式にならず、そのまま載せます（同じ平均の全体の値を別に公表すると、群の人数が分かることがあります）`)
                : `表${number}: ${w.kind}${quote(w.label)}は人数ではなく、各${unit}の患者の何かの平均と読み、確かめる表から除きました（チェッカーの判断）。合計の${unit}の平均はその内訳の${unit}の平均を人数で重みづけた平均（Σ 人数 × 平均 = 全体の人数 × 全体の平均、丸めの幅つき）と読み、その二つの不等式を加えても秘匿した数が守られる場合だけ合計の平均を載せ、それ以外は合計の平均を秘匿します${tied || '（群ごとの平均だけでは人数の式になりません）'}`) +
            sd,
          place: linePlace(number, w),
        });
      }
    }
    if (table && (byNotes || byNote)) table.noteN = true;
    if (table && personTime.exposures?.length) exposuresOf.set(table, personTime.exposures);
    // stats53: the range line as written, for the table to publish (report.ts `rangeMerged`).
    const form = ranges && !ranges.measure ? normalise(ranges.example).split(/\d+(?:\.\d+)?/) : [];
    if (table && ranges && form.length === 3)
      table.rangeSplit = {
        axis: ranges.kind === '列' ? 'cols' : 'rows',
        label: ranges.label,
        form: [form[0]!, form[1]!, form[2]!],
        ...(ranges.shares ? { shares: ranges.shares } : {}),
      };
    if (table) out.tables.push(table);
    previous = table;
    const titleShares = table && title !== undefined ? shareWords(title) : [];
    if (table && titleShares.length > 0)
      shareTexts.push({ line: titleLine ?? table.line, words: titleShares, where: `表${number}の題名${quote(title!)}`, table: number });
    // The corner cell, as a title (「死亡は半数」 over the labels).
    const cornerShares = table && table.corner !== '' ? shareWords(table.corner) : [];
    if (table && cornerShares.length > 0)
      shareTexts.push({ line: table.line, words: cornerShares, where: `表${number}の左上のセル${quote(table.corner)}`, table: number });
    // A row's or a column's label stating a share (「死亡（半数）」「うち半数」「死亡 (all)」, words9): of the table's Ns, as a
    // title's. Not a total's label (「全例」「全体」「All」 name the line of all, whose counts are in the cells).
    if (table)
      for (const [axis, headers] of [
        ['行', table.rows],
        ['列', table.cols],
      ] as const)
        headers.forEach((h, i) => {
          if (h.kind === 'total') return;
          const words = shareWords(countText(h.label).replace(DENOMINATOR_TEXT, ' '));
          if (words.length > 0)
            shareTexts.push({
              line: axis === '行' ? (table.cells[i]?.[0]?.line ?? table.line) : table.line,
              words,
              where: `表${number}の${axis}${quote(h.label)}の見出し`,
              table: number,
              own: { table: number, axis: axis === '行' ? 'rows' : 'cols', index: i },
            });
        });
  }
  // red58: a note of left-out patients whose count is another table's line's sum or cells': refused as a count.
  leftOutElsewhere(out);
  const shareFacts: ShareFact[] = [];
  for (const found of sharesOfNs(shareTexts, out.tables, options.threshold ?? SMALL_COUNT, shareFacts))
    lineReport('errors', 'line/share', found.line, found.make);
  if (shareFacts.length > 0) out.shares = shareFacts;
  // A line of 「頻度」「Rate」 read as counts that is the rate of another table's counts: refused (rates.ts).
  out.errors.push(...linkedRates(rateTables).filter((e) => out.tables.some((t) => t.number === e.place?.table)));
  out.errors.push(
    ...sharesOverOtherLines(lineShares, rateTables, options.threshold ?? SMALL_COUNT).filter((e) =>
      out.tables.some((t) => t.number === e.place?.table),
    ),
  );
  // An at-risk line in one table, the events and censored in another over the same time points (lifetable.ts, life37).
  // life44: a table read again once an arm's at-risk line is tied across says what it reads in one warning (in place of its own).
  const reread = new Set<Table>();
  const lifeErrors: InputError[] = [];
  const across = lifeAcross(out.tables, options.threshold, (t) => reread.add(t), lifeErrors);
  out.errors.push(...lifeErrors);
  // life52: a note of one number for every interval (「各期間15例」) read as a table: its cells are one published count,
  // equal in the system (one hidden and another shown would give it back).
  for (const t of out.tables) {
    if (!censoredNote.same.includes(t.line) || t.title !== '注（打ち切り）' || t.rows.length !== 1) continue;
    const cols = t.cols.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
    const equal = cols.slice(1).map((k) => ({
      terms: [
        { row: 0, col: cols[0]!, coef: 1 },
        { row: 0, col: k, coef: -1 },
      ],
      rhs: 0,
    }));
    if (equal.length > 0) t.steps = [...(t.steps ?? []), ...equal];
  }
  for (let w = out.warnings.length - 1; w >= 0; w--) {
    const warning = out.warnings[w]!;
    if (warning.code === 'table/life-table' && [...reread].some((t) => t.number === warning.place?.table)) out.warnings.splice(w, 1);
  }
  out.warnings.push(...across);
  // totals48: a line read both ways that a life table takes (its steps within the table or across) is read so no more
  // (overtotal.ts `dropBoth`).
  for (const t of out.tables) {
    const cells = [
      ...(t.steps ?? []).flatMap((s) => s.terms),
      ...out.tables.flatMap((o) => (o.stepsAcross ?? []).flatMap((s) => s.terms.filter((x) => x.table === t.number))),
    ];
    if (cells.length === 0) continue;
    // life53: a line under a time point's label (「8ヶ月」 over the other points' sum by chance) is kept read both ways:
    // a total and an interval's event point, the hidden cells protected under both (one system holding both).
    const dropped = dropBoth(
      t,
      (axis, line) =>
        !lifePoint((axis === 'rows' ? t.rows : t.cols)[line]!.label) && cells.some((c) => (axis === 'rows' ? c.row : c.col) === line),
    );
    if (dropped.length === 0) continue;
    for (let w = out.warnings.length - 1; w >= 0; w--) {
      const { code, place: p } = out.warnings[w]!;
      if (code === 'total/both-readings' && p?.table === t.number && dropped.includes(p.row ?? p.col ?? '')) out.warnings.splice(w, 1);
    }
  }
  // A maximum or minimum of another table's lines under a word of one (attack37): refused.
  out.errors.push(...extremesAcross(out.tables, out.warnings));
  sumExtremes(out.tables, out.warnings);
  out.errors.push(...topSums(out.tables, out.warnings));
  summariseLines();
  if (out.errors.length === 0) {
    const unread = readCompounds(out.tables, options.labelWork);
    if (unread.length > 0)
      out.warnings.push({
        code: 'labels/not-read',
        place: { line: unread[0]!.table.line, table: unread[0]!.table.number },
        message:
          `${some(
            unread.map((u) => `表${u.table.number}の${quote(clip(u.label, 40))}`),
            5,
            '、',
            '個',
          )}は、${
            unread.some((u) => u.work) ? `見出しが多く長いため読み取りの計算が入力全体の上限（${fmt(LABEL_WORK)} 手）に達したか、` : ''
          }${MAX_COMPOUND_LENGTH} 文字を超えるか ${MAX_COMPOUND_PARTS} 個を超える見出しに切れるため、` +
          `ほかの見出しを続けて書いたもの（「男性A群」＝「男性」「A群」）としては読んでいません。` +
          `ほかの表の同じ群と結びつけて確かめていないため、表どうしを引き算して秘匿した数が割り出せるかは確かめていません（チェッカーの判断）。見出しを短くし、区切り（「男性・A群」）を入れてください`,
      });
  }
  // means48: a mean per patient tied to its sum and 患者数 in another table of the same labels (`sumElsewhere`).
  weightsElsewhere(out.tables, unfitMeans, exposuresOf, out);
  if (out.errors.length === 0) sumElsewhere(out.tables, exposuresOf, out.warnings);
  if (out.errors.length === 0) relationsSeenElsewhere(out.tables, out);
  if (out.errors.length === 0) linkHeadings(out.tables);
  const known = new Set(out.tables.filter(readAsCounts));
  // extremes62, ranks66: an extreme (ranks) of shares each over its own cell's N, tied (before any N is borrowed for it:
  // its cells are of no one N).
  ownNExtremes(out.tables, out.warnings);
  if (out.errors.length === 0) borrowDenominators(out, options.percentAxis);
  if (out.errors.length === 0) sharedDenominators(out);
  // A percentage table whose N was borrowed just now shows relations too (seen4): looked for as the others' were.
  const borrowed = out.tables.filter((t) => readAsCounts(t) && !known.has(t));
  if (out.errors.length === 0 && borrowed.length > 0) relationsSeenElsewhere(out.tables, out, borrowed);
  if (out.errors.length === 0) percentReadings(out, options.percentWork ?? PERCENT_READING_WORK);
  // extremes60: a share's extreme of a count table's line (`shareExtremes`), once the shares' Ns are known.
  if (out.errors.length === 0) shareExtremes(out.tables, out.warnings);
  if (out.errors.length === 0) shareMeans(out.tables, shareMeanPending, out);
  // ranks66: a header of bare ranks 1…k over shares tied by neither (`shareTopK`, `ownNExtremes`): refused as values.
  bareRanksUntied(out.tables, out.errors);
  if (extremeNote.notes.size > 0) noteExtremesUntied(out, extremeNote.notes);
  if (number === 0 && out.errors.length === 0) {
    out.errors.push({
      code: 'input/empty',
      message: '表がありません',
      hint: '1行目に列見出し、1列目に行見出しを置いた表を貼り付けてください',
      place: { line: 1, table: 0 },
    });
  }
  return out;
}

/** A 「小計」 written with no name (「小計」「Subtotal」; a 「計」 in the middle of a list is refused, `header/two-totals`). */
const UNNAMED_SUBTOTAL_LABEL = /^(?:小計|sub-?total)$/i;
/**
 * `seenKey` of an unnamed 小計 (seen4): it names no line of another table, but it is the sum of the run it closes, and
 * a reader matches it to the line that is that run's sum elsewhere (`relationHere`: the same parts, all printed there).
 */
const UNNAMED = '\u0000小計';

/** 小計 written with the name of its line (「心血管疾患・小計」「小計（心血管疾患）」「心血管疾患 小計」): that name. */
const SUBTOTAL_NAMED = [
  /^(?:小計|subtotal)\s*[(（[［]\s*(.+?)\s*[)）\]］]$/i,
  /^(?:小計|subtotal)\s*[・:：\s]\s*(.+)$/i,
  // html9: the name ends where no space stands before the separator, or after its first character (no start inside a
  // run of spaces: the shortest name the lazy group found before ends so too), and spaces split one way
  // (「\s*[・\s]\s*」 is 「\s*・\s*」 or 「\s+」); the same matches as before on 20,000 random strings (html9-regex.test.ts).
  /^(.+?)(?:(?<!\s)|(?<=^.))\s*[(（[［]\s*(?:小計|subtotal)\s*[)）\]］]$/i,
  /^(.+?)(?:(?<!\s)|(?<=^.))(?:\s*・\s*|\s+)(?:小計|subtotal)$/i,
];

/**
 * What a line names when a relation printed in one table is looked for in another: the key that links tables
 * (labels.ts `headerKey`: width, case, units, N, 男 = 男性, labels run together), read through what the line says it
 * is — a うち line the group it names (「うち心筋梗塞」「心筋梗塞（再掲）」: 心筋梗塞, ofwhich.ts `partName`), a 小計
 * written with its line's name that name. '' for a total and a line of ours.
 */
function seenKey(h: Pick<Header, 'kind' | 'label' | 'rest' | 'ns' | 'sizeInLabel' | 'compound' | 'linkedKey'>): string {
  if (h.kind === 'total' || h.rest || h.ns) return '';
  const written = normalise(h.label).trim();
  if (UNNAMED_SUBTOTAL_LABEL.test(written.replace(/\s+/g, ''))) return UNNAMED;
  const part = partName(written, undefined);
  if (part !== undefined && part.trim() !== '' && part !== written) return labelKey(part);
  for (const re of SUBTOTAL_NAMED) {
    const m = re.exec(written);
    if (m && m[1]!.trim() !== '') return labelKey(m[1]!);
  }
  return headerKey(h);
}

/**
 * The lines of one axis of a table a relation is looked for among, each by its `seenKey` ('' for a line not among
 * them): all of them, or the rows under one heading row (a block of a Table 1, `Header.heading`: 「2021年」 over
 * 心筋梗塞 … and 「2022年」 over the same names), named without the heading, so that a relation printed in one block
 * is seen for another.
 */
interface Unit {
  table: Table;
  axis: 'rows' | 'cols';
  block?: string;
  keys: string[];
}

/**
 * Blocks of one table beyond which relations are not looked for block by block (each block is compared with every
 * relation of the input): a Table 1 has a few; past it the table's relations are looked for as a whole only (Limits).
 */
const MAX_BLOCKS = 32;

/**
 * A line's block: a row's heading row's name, or the first of two labels joined (layout.ts: two label columns
 * 「2021年・心筋梗塞」 for rows, two header rows 「2021年」 over 「心筋梗塞」 for columns, seen4).
 */
const blockOf = (h: Header) => (h.kind === 'total' ? undefined : (h.heading ?? /^([^・]+)・./.exec(h.label)?.[1]));

/** The blocks of one axis of a table: names of two lines or more (two blocks at least, else none). */
function blocksOf(table: Table, axis: 'rows' | 'cols' = 'rows'): string[] {
  const size = new Map<string, number>();
  for (const h of axis === 'rows' ? table.rows : table.cols) {
    const b = blockOf(h);
    if (b !== undefined) size.set(b, (size.get(b) ?? 0) + 1);
  }
  const blocks = [...size].flatMap(([b, n]) => (n >= 2 ? [b] : []));
  return blocks.length >= 2 ? blocks : [];
}

/**
 * A table of more blocks than `MAX_BLOCKS`: its relations are compared across the whole table only, said (not
 * dropped in silence, seen3) — naming the table, how many blocks, and what was not compared.
 */
function tooManyBlocks(table: Table, out: ReadResult): void {
  for (const axis of ['rows', 'cols'] as const) {
    const blocks = blocksOf(table, axis);
    if (blocks.length <= MAX_BLOCKS) continue;
    if (out.warnings.some((w) => w.code === 'sum/blocks' && w.place?.table === table.number)) return;
    const kind = axis === 'rows' ? '行' : '列';
    out.warnings.push({
      code: 'sum/blocks',
      place: { line: table.line, table: table.number },
      message:
        `表${table.number}: 見出しごとの${kind}のまとまり（${some(
          blocks.map((b) => quote(clip(b, 20))),
          3,
          '',
          '個',
        )}）が ${fmt(blocks.length)} 個あり、` +
        `上限の ${MAX_BLOCKS} 個を超えるため、一つのまとまりで成り立つ和（小計）をほかのまとまりの同じ見出しの${kind}に当てはめて比べていません。` +
        `和は表全体の${kind}どうし、ほかの表とだけ比べました（チェッカーの判断）。あるまとまりで見える和から、別のまとまりで秘匿した数を引き算で割り出せないかは確かめていません。` +
        `まとまりを ${MAX_BLOCKS} 個以下の表に分けて貼り付けると、まとまりどうしも比べます`,
    });
  }
}

function unitsOf(table: Table): Unit[] {
  const out: Unit[] = [
    { table, axis: 'rows', keys: table.rows.map(seenKey) },
    { table, axis: 'cols', keys: table.cols.map(seenKey) },
  ];
  for (const axis of ['rows', 'cols'] as const) {
    const blocks = blocksOf(table, axis);
    const headers = axis === 'rows' ? table.rows : table.cols;
    if (blocks.length <= MAX_BLOCKS)
      for (const block of blocks)
        out.push({
          table,
          axis,
          block,
          keys: headers.map((h) =>
            blockOf(h) === block ? seenKey({ kind: h.kind, label: h.label.slice(block.length + 1), ...(h.rest && { rest: true }) }) : '',
          ),
        });
  }
  return out;
}

/**
 * A line of one table that is the sum of two lines or more of the same axis in every position, not all 0. In a
 * percentage table (`percent`), on the counts its percentages stand for: `exact` where each is one count of its N.
 */
interface Relation {
  unit: Unit;
  table: Table;
  axis: 'rows' | 'cols';
  sum: number;
  parts: number[];
  percent?: { exact: boolean };
}

/** Nodes the search for a percentage table's relations may visit per unit (`percentRelations`; past it, said). */
export const PERCENT_RELATION_NODES = 20_000;
/** Percentage tables whose relations' search stopped at `PERCENT_RELATION_NODES` (said by `relationSearchCut`). */
const relationSearchStopped = new WeakSet<Table>();

/**
 * A percentage table whose search for relations stopped at its budget: said once (`sum/not-searched`), never left
 * out in silence — the sums not looked for may be ones an attacker sees.
 */
function relationSearchCut(tables: readonly Table[], out: ReadResult): void {
  for (const t of tables) {
    if (!relationSearchStopped.has(t)) continue;
    if (out.warnings.some((w) => w.code === 'sum/not-searched' && w.place?.table === t.number && w.message.includes('割合が表す人数')))
      continue;
    out.warnings.push({
      code: 'sum/not-searched',
      place: { line: t.line, table: t.number },
      message:
        `表${t.number}: 割合が表す人数の和になる行の組（ほかの表に同じ見出しで載る和）を探す上限（${fmt(PERCENT_RELATION_NODES)} 通り）に達したため、` +
        `残りの組は確かめていません（チェッカーの判断）。この表の割合から和の関係を読み取り、ほかの表で秘匿した数を割り出せないかは、その分確かめきれていません。` +
        `割合を一つの N に対する小数 1 桁以上で書くか、件数の表として貼り付けると、探す組が減ります`,
    });
  }
}

/**
 * The relations a percentage table shows among the lines of a unit, on the counts its percentages stand for
 * (shares.ts `countRanges`, its Ns as read so far): a line whose count can be the sum of the counts of two lines or
 * more in every position. Where every percentage of them is one count of its N (35.6%, 13.3% and 22.2% of 90: 32 = 12
 * + 20) the relation is as plain as a count table's; where some admit several counts, it holds for some choice of them
 * — an attacker cannot be sure of it, but may take it for the structure (as the checker reads a sum within rounding in
 * a percentage table, `sum/found`): taken too, said so. `wanted`: the names a sum is looked for under elsewhere.
 */
function percentRelations(unit: Unit, wanted: ReadonlySet<string>): Relation[] {
  const { table, axis, keys } = unit;
  const ranges = table.kind === 'percent' ? countRanges(table) : undefined;
  if (!ranges) return [];
  const line = (m: number[][], i: number) => (axis === 'rows' ? m[i]! : m.map((row) => row[i]!));
  const lo = keys.map((_, i) => line(ranges.lo, i));
  const hi = keys.map((_, i) => line(ranges.hi, i));
  const lines = keys.flatMap((k, i) => (k !== '' && hi[i]!.some((x) => x > 0) ? [i] : []));
  const out: Relation[] = [];
  let nodes = 0;
  for (const h of lines) {
    if (!wanted.has(keys[h]!) && keys[h] !== UNNAMED) continue;
    const others = lines.filter((i) => i !== h);
    const chosen: number[] = [];
    const least = hi[h]!.map(() => 0);
    const most = hi[h]!.map(() => 0);
    const visit = (from: number) => {
      if (nodes++ > PERCENT_RELATION_NODES) {
        relationSearchStopped.add(table);
        return;
      }
      if (chosen.length >= 2 && most.every((x, k) => x >= lo[h]![k]!) && chosen.some((p) => wanted.has(keys[p]!))) {
        const exact = [h, ...chosen].every((i) => lo[i]!.every((x, k) => x === hi[i]![k]!));
        out.push({ unit, table, axis, sum: h, parts: [...chosen], percent: { exact } });
      }
      for (let j = from; j < others.length; j++) {
        const p = others[j]!;
        if (lo[p]!.some((x, k) => least[k]! + x > hi[h]![k]!)) continue;
        chosen.push(p);
        lo[p]!.forEach((x, k) => (least[k]! += x));
        hi[p]!.forEach((x, k) => (most[k]! += x));
        visit(j + 1);
        chosen.pop();
        lo[p]!.forEach((x, k) => (least[k]! -= x));
        hi[p]!.forEach((x, k) => (most[k]! -= x));
      }
    };
    visit(0);
  }
  return out;
}

/** The relations a count table prints among the lines of a unit: its subtotals, its sums, and the sums found by arithmetic. */
function printedRelations(unit: Unit): Relation[] {
  const { table, axis, keys } = unit;
  const vecs = vectors(table, axis);
  const out: Relation[] = [];
  const seen = new Set<string>();
  for (const { sum, parts } of candidateRelations(table, axis)) {
    if (parts.length < 2 || [sum, ...parts].some((i) => keys[i] === '') || !vecs[sum]!.some((x) => x > 0)) continue;
    if (!vecs[sum]!.every((x, k) => x === parts.reduce((acc, p) => acc + vecs[p]![k]!, 0))) continue;
    const id = `${sum}=${[...parts].sort((a, b) => a - b).join('+')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ unit, table, axis, sum, parts: [...parts] });
  }
  return out;
}

/** The うち lines printed under each line (their rests and lines of Ns, lines of ours, left out), in one pass. */
function linesUnder(headers: readonly Header[]): Map<number, number[]> {
  const under = new Map<number, number[]>();
  headers.forEach((h, j) => {
    if (h.parent === null || h.rest || h.ns) return;
    const list = under.get(h.parent);
    if (list) list.push(j);
    else under.set(h.parent, [j]);
  });
  return under;
}

const candidates = new WeakMap<Table, { rows?: { sum: number; parts: number[] }[]; cols?: { sum: number; parts: number[] }[] }>();
/** The sums one axis of a table prints, for every unit of it (found once: the search by arithmetic has its own budget). */
function candidateRelations(table: Table, axis: 'rows' | 'cols'): { sum: number; parts: number[] }[] {
  const known = candidates.get(table)?.[axis];
  if (known) return known;
  const headers = axis === 'rows' ? table.rows : table.cols;
  const found = [
    ...headers.flatMap((h, i) => (h.kind === 'subtotal' ? [{ sum: i, parts: h.children }] : [])),
    ...table.sums.flatMap((x) => (x.axis === axis && x.header !== null ? [{ sum: x.header, parts: x.parts }] : [])),
    ...findSums(table, axis, [], true).flatMap((x) => (x.header !== null ? [{ sum: x.header, parts: x.parts }] : [])),
    // The うち lines of a line, their rests (lines of ours) left out, where they add up to it (32: うち 12, うち 20).
    ...(() => {
      const under = linesUnder(headers);
      return headers.flatMap((_, i) => ((under.get(i)?.length ?? 0) >= 2 ? [{ sum: i, parts: under.get(i)! }] : []));
    })(),
  ];
  candidates.set(table, { ...candidates.get(table), [axis]: found });
  return found;
}

/** The one line of `keys` named `key`, or -1 (none, or several). */
const onlyLine = (keys: readonly string[], key: string) => {
  const i = keys.indexOf(key);
  return i >= 0 && keys.indexOf(key, i + 1) < 0 ? i : -1;
};

/** A relation of another unit over the lines of `unit`: its sum's line here, the parts printed here, how many are not. */
interface RelationHere {
  r: Relation;
  sum: number;
  printed: number[];
  missing: number;
  rKeys: readonly string[];
}

function relationHere(r: Relation, unit: Unit): RelationHere | undefined {
  const { keys } = unit;
  if (r.table === unit.table && (r.unit.block === undefined || unit.block === undefined || r.unit.block === unit.block)) return undefined;
  const rKeys = r.unit.keys;
  if (rKeys[r.sum] === UNNAMED) {
    // An unnamed 小計 there: its parts, every one printed here (one line each); its line here is any line the other does not name that is their sum
    // (`sameRelation`, sum -1).
    const printed = r.parts.map((p) => onlyLine(keys, rKeys[p]!));
    return printed.some((p) => p < 0) ? undefined : { r, sum: -1, printed, missing: 0, rKeys };
  }
  const sum = onlyLine(keys, rKeys[r.sum]!);
  const parts = r.parts.map((p) => onlyLine(keys, rKeys[p]!));
  // A part named here more than once cannot be told; a part the other prints that this table does not: -1.
  if (sum < 0 || parts.some((p, k) => p < 0 && keys.includes(rKeys[r.parts[k]!]!)) || parts.includes(sum)) return undefined;
  const printed = parts.filter((p) => p >= 0);
  if (printed.length === 0) return undefined;
  return { r, sum, printed, missing: parts.length - printed.length, rKeys };
}

/** Whether sum `f` of `unit`'s lines is relation `x`: the same sum, and on the lines both print, the same parts. */
const sameRelation = (x: RelationHere, f: FoundSum, keys: readonly string[]) =>
  x.sum === -1
    ? f.header !== null && !x.rKeys.includes(keys[f.header]!) && sameSet(x.printed, f.parts)
    : x.sum === f.header &&
      x.printed.every((p) => f.parts.includes(p)) &&
      f.parts.every((p) => x.printed.includes(p) || !x.rKeys.includes(keys[p]!));

/**
 * A sum among the lines of a list read as disjoint parts (sums.ts `disjointWhole`: under its N, a total of every line,
 * a tree) is set aside as a chance one — but where another table of the input prints a line of the same name as
 * the sum of lines of the same names (「心血管疾患」 = 「心筋梗塞」 + 「脳卒中」 in the 2022 list), an attacker sees it
 * there and may take it for the structure of this list too: the 2021 list's hidden 心筋梗塞 was 22 − 20 = 2
 * (adversary17). Taken as an equation then, as before the disjoint reading, and said (`sum/seen`, チェッカーの判断).
 * Names are read as tables are linked (`seenKey`). The other table may print parts this one does not (「その他」),
 * and this one parts the other does not: the relation is the same where, on the lines both print, the parts are the
 * same. Where this table does not print some of the other's parts and its line is larger than the sum of those it
 * prints, the structure still gives 心血管疾患 ≥ 心筋梗塞 + 脳卒中 here (the rest unprinted): taken as that
 * inequality (`Table.atLeast`), in every count table; 22 − 20 = 2 bounded the hidden 2 under the threshold before
 * (seen2). A part so taken that the other table prints nested under its sum (indented, under a 小計, a うち line) is
 * read across tables under that sum (`Header.seenUnder`), as the other table's part is.
 */
function relationsSeenElsewhere(tables: readonly Table[], out: ReadResult, only?: readonly Table[]): void {
  const counts = tables.filter((t) => t.kind === 'count');
  // Percentage tables whose percentages stand for counts of an N read so far: their relations are seen too (seen3).
  const percents = tables.filter(readAsCounts);
  if (counts.length === 0) return;
  if (
    counts.length + percents.length < 2 &&
    !counts.some((t) => [...t.rows, ...t.cols].some((h) => h.heading !== undefined || h.label.includes('・')))
  )
    return;
  if (!only) for (const t of counts) tooManyBlocks(t, out);
  const units = new Map(counts.map((t) => [t, unitsOf(t)] as const));
  const wanted = new Set([...units.values()].flatMap((us) => us.flatMap((u) => u.keys)));
  // `only`: the percentage tables whose N was borrowed after the first pass (seen4): their relations alone.
  const relations = [
    ...(only ? [] : counts.flatMap((t) => units.get(t)!.flatMap(printedRelations))),
    ...(only ?? percents).flatMap((t) => unitsOf(t).flatMap((u) => percentRelations(u, wanted))),
  ];
  relationSearchCut(percents, out);
  const same = sameNumbers;
  for (const table of counts) {
    const taken: { axis: 'rows' | 'cols'; sum: FoundSum; other: Relation; also: boolean; unnamed?: boolean }[] = [];
    const bounds: { axis: 'rows' | 'cols'; header: number; parts: number[]; other: Relation }[] = [];
    /** Parts of this table read under the other table's sum line, where that table nests them (`Header.seenUnder`). */
    const nest = (axis: 'rows' | 'cols', parts: readonly number[], r: Relation) => {
      if (r.table === table) return;
      const rHeaders = r.axis === 'rows' ? r.table.rows : r.table.cols;
      if (!r.parts.every((p) => rHeaders[p]!.parent === r.sum)) return;
      const headers = axis === 'rows' ? table.rows : table.cols;
      const under = pathOf(rHeaders, r.sum);
      for (const p of parts) {
        const h = headers[p]!;
        if (h.parent === null || headers[h.parent]!.kind === 'total') h.seenUnder = under;
      }
    };
    for (const unit of units.get(table)!) {
      const { axis, keys } = unit;
      const headers = axis === 'rows' ? table.rows : table.cols;
      const vecs = vectors(table, axis);
      // Relations of the other tables (blocks) over lines of this one: the sum's line here, and the parts printed here.
      const here = relations.flatMap((r) => relationHere(r, unit) ?? []);
      if (here.length === 0) continue;
      const whole = disjointWhole(table, axis);
      if (whole !== undefined) {
        const aside = findSums(table, axis, [], true).filter(
          (f) =>
            f.header !== null &&
            f.header !== whole &&
            [f.header, ...f.parts].every((i) => keys[i] !== '') &&
            !table.sums.some((k) => k.axis === axis && k.header === f.header && same([...k.parts].sort(), [...f.parts].sort())),
        );
        for (const f of aside) {
          // The same relation: the same sum, and on the lines both tables print, the same parts.
          const match = here.find((x) => sameRelation(x, f, keys));
          if (match === undefined) continue;
          const sum: FoundSum = { axis, header: f.header, parts: [...f.parts], how: f.how };
          table.sums.push(sum);
          taken.push({
            axis,
            sum,
            other: match.r,
            also: match.missing > 0 || match.printed.length < f.parts.length,
            ...(match.sum === -1 && { unnamed: true }),
          });
          nest(axis, f.parts, match.r);
        }
      }
      // Parts the other table prints and this one does not: this line is at least the sum of those it prints.
      for (const x of here) {
        if (x.missing === 0) continue;
        const at = vecs[x.sum]!;
        const part = at.map((_, k) => x.printed.reduce((acc, p) => acc + vecs[p]![k]!, 0));
        if (!at.some((v) => v > 0) || at.some((v, k) => v < part[k]!) || at.every((v, k) => v === part[k]!)) continue;
        if (headers[x.sum]!.kind === 'total') continue;
        // Implied by a sum of this table's own (taken above, or found) over those parts and others.
        if (table.sums.some((k) => k.axis === axis && k.header === x.sum && x.printed.every((p) => k.parts.includes(p)))) continue;
        if (headers[x.sum]!.children.length > 0 && x.printed.every((p) => headers[p]!.parent === x.sum)) continue;
        const parts = [...x.printed].sort((a, b) => a - b);
        if ((table.atLeast ?? []).some((b) => b.axis === axis && b.header === x.sum && same(b.parts, parts))) continue;
        (table.atLeast ??= []).push({ axis, header: x.sum, parts });
        bounds.push({ axis, header: x.sum, parts, other: x.r });
        nest(axis, parts, x.r);
      }
    }
    /** Where a relation is printed: another table, or another block of this one (its heading row). */
    const where = (r: Relation) => (r.table === table ? `表${table.number}の見出し${quote(r.unit.block!)}の下` : `表${r.table.number}`);
    const label = (r: Relation) => relationLabel(r);
    if (taken.length > 0) {
      // The note of the sums set aside is said again without these.
      out.warnings = out.warnings.filter((w) => !(w.code === 'sum/disjoint' && w.place?.table === table.number));
      disjointParts(table, out, (line) => ({ line, table: table.number }));
      const [first] = taken;
      const kind = first!.axis === 'rows' ? '行' : '列';
      const headers = first!.axis === 'rows' ? table.rows : table.cols;
      out.warnings.push({
        code: 'sum/seen',
        place: { line: table.line, table: table.number },
        message:
          `表${table.number}: ${kind}${quote(headers[first!.sum.header!]!.label)}が${kind}${names(first!.sum.parts.map((j) => headers[j]!.label))}の和と一致することは、` +
          (first!.unnamed
            ? `${where(first!.other)}で${label(first!.other)}であり、名前のない小計でも、同じ見出しの行の組をまとめた和と読めるので`
            : first!.also
              ? `${where(first!.other)}で${label(first!.other)}であることと、両方にある見出しでは同じ組み合わせなので`
              : `${where(first!.other)}でも同じ見出しの${seenOn(first!.other)}ため`) +
          `、偶然とは読まず、式にしました${taken.length > 1 ? `（ほか ${taken.length - 1} 件）` : ''}（チェッカーの判断）。` +
          `どちらの表も見る人は、その和を表${table.number}の構造と見て、秘匿した数を引き算で割り出せるためです`,
      });
    }
    if (bounds.length > 0) {
      const [first] = bounds;
      const kind = first!.axis === 'rows' ? '行' : '列';
      const headers = first!.axis === 'rows' ? table.rows : table.cols;
      out.warnings.push({
        code: 'sum/seen',
        place: { line: table.line, table: table.number },
        message:
          `表${table.number}: ${where(first!.other)}では${label(first!.other)}です。${first!.other.table === table ? 'そこ' : `表${table.number}`}にない${kind}を除くと、` +
          `表${table.number}の${kind}${quote(headers[first!.header]!.label)}は${kind}${names(first!.parts.map((j) => headers[j]!.label))}の和以上と読めるため、` +
          `その大小の関係も秘匿の判断に入れました${bounds.length > 1 ? `（ほか ${bounds.length - 1} 件）` : ''}（チェッカーの判断）。` +
          `どちらの表も見る人は、秘匿した数の範囲をそこから狭められるためです`,
      });
    }
  }
}

/** A percentage table whose percentages stand for counts of an N read so far (shares.ts `countRanges`). */
const readAsCounts = (t: Table) => t.kind === 'percent' && countRanges(t) !== undefined;

/** A relation in words: 行「心血管疾患」が行「心筋梗塞」「脳卒中」の和, with what it is on where it is a percentage table's. */
function relationLabel(r: Relation): string {
  const kind = r.axis === 'rows' ? '行' : '列';
  const hs = r.axis === 'rows' ? r.table.rows : r.table.cols;
  const on = r.percent ? (r.percent.exact ? '（割合が表す人数で）' : '（割合が表す人数で、四捨五入の範囲で成り立ち得る）') : '';
  return `${kind}${quote(hs[r.sum]!.label)}が${kind}${names(r.parts.map((j) => hs[j]!.label))}の和${on}`;
}

/** What a relation seen elsewhere holds on: 数で成り立つ, or the counts a percentage table's percentages stand for. */
const seenOn = (r: Relation) =>
  r.percent ? (r.percent.exact ? '割合が表す人数で成り立つ' : '割合が表す人数で四捨五入の範囲で成り立ち得る') : '数で成り立つ';

/**
 * A table in HTML (<td>), or lines of cells between pipes that are no Markdown table (no delimiter row 「|---|---|」
 * under the header, or one with another number of cells; Markdown tables are read, csv.ts): read as one cell a line,
 * they would be notes. Said as what they are, with what to write instead.
 */
function foreignTable(text: string, read: Records): InputError | undefined {
  if (read.html) return undefined;
  if (read.pipes) {
    const { line, delimiterCells, headerCells } = read.pipes;
    return {
      code: 'input/format',
      message:
        delimiterCells === undefined
          ? `${line}行目は | で区切った行ですが、次の行に Markdown の表の区切り行（|---|---|）がなく、表として読めません`
          : `${line}行目は Markdown の表の見出し行ですが、次の区切り行（|---|）が ${delimiterCells} 列で、見出しの ${headerCells} 列と合わず、表として読めません`,
      hint: 'Markdown の表なら、見出し行のすぐ次に、見出しと同じ数の「---」を | で区切った行（| --- | --- |）を入れてください。表計算ソフトの表をコピーして貼り付けても読めます（タブ区切り）',
      place: { line, table: 0 },
    };
  }
  const lines = text.split(/\r\n|\r|\n/);
  const html = lines.findIndex((l) => /<\/?(?:table|tr|td|th)\b/i.test(l));
  if (html < 0) return undefined;
  return {
    code: 'input/format',
    message: `${html + 1}行目は HTML の表（<td> など）で、このままでは読めません`,
    hint: 'ブラウザーに表示された表を選んでコピーし、貼り付けてください（タブ区切りになります）。CSV や Markdown の表でも書けます',
    place: { line: html + 1, table: 0 },
  };
}

/**
 * Formulas, spreadsheet error values and HTML in a table's lines (cell.ts `foreignText`), and, in a text separated by
 * semicolons, a comma between digits in a cell (「12,5%」: a decimal comma or a thousands separator, which cannot be
 * told): each refused, naming the line and the cell. True where the table has any (it is not read).
 */
function strangeText(
  lines: readonly CsvRecord[],
  table: number,
  separator: string,
  report: (list: 'errors', code: string, line: number, make: () => InputError) => void,
): boolean {
  let found = false;
  for (const r of lines)
    r.fields.forEach((f, k) => {
      if (f.trim() === '') return;
      // The line is in the place (「表1・2行目: 」 before the message); the message names the column.
      const where = `${k + 1}列目`;
      const foreign = foreignText(f);
      if (foreign) {
        found = true;
        report('errors', foreign.code, r.line, () => ({
          code: foreign.code,
          message: `${where}: ${foreign.message}`,
          hint: foreign.hint,
          place: { line: r.line, table },
        }));
      } else if (separator === ';' && k > 0 && /\d,\d/.test(normalise(f))) {
        found = true;
        report('errors', 'cell/decimal-comma', r.line, () => ({
          code: 'cell/decimal-comma',
          message: `${where}${quote(shown(f))}: 「;」で区切った CSV では、「,」が小数点（12,5 は 12.5）か桁区切り（1,234 は 1234）か分かりません`,
          hint: '患者数は桁区切りの「,」なしで（1234）、割合は小数点を「.」にして（12.5%）書いてください。表計算ソフトの表をコピーして貼り付けても読めます（タブ区切り）',
          place: { line: r.line, table },
        }));
      }
    });
  return found;
}

/** The values in a # line's cells after its first (or in its only cell): what a row put out of the table holds. */
function commentedValues(r: CsvRecord): string[] {
  const fields = trimEnd(r.fields);
  const cells = fields.length > 1 ? fields.slice(1) : [fields[0]!.trim().replace(/^#+\s*/, '')];
  return cells.map((f) => f.trim()).filter((f) => f !== '' && readCell(f).ok);
}

/** 「3 (10.0)」: a count and a number in brackets, no mark (「3例 (10.0)」 with its unit). */
const BRACKETED = /^(\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*(\d+(?:\.\d+)?)\s*\)$/;
const unitless = (f: string) => normalise(f).replace(/^(\d[\d,]*)\s*(?:人|例|名|件)(?=\s*\()/, '$1');

/**
 * Whether the numbers in brackets of a table's cells (「3 (10.0)」, no 「n (%)」 written above them) are each its count's
 * share of a base the table shows: the column's or the row's N (「A (N=30)」), the table's N (title, corner), or the
 * column's or row's sum (with or without its largest cell, a total). Such cells were refused as text, though 「3 (10.0)」
 * under 「A (N=30)」 can be nothing but 3 and its 10.0%, and the oracle (an attacker) reads them so; a mean and its SD
 * (「65 (12.3)」) fits no such base. Every cell must be a count or so bracketed, and one share at least strictly between
 * 0 and 100.
 */
function bracketShares(grid: string[][], cols: readonly Header[], rows: readonly Header[], tableN: number | undefined): boolean {
  type Read = { n: number; p?: number; decimals?: number };
  const read = grid.map((r) =>
    r.map((f): Read | undefined => {
      const m = BRACKETED.exec(unitless(f));
      if (m) return { n: Number(m[1]!.replace(/,/g, '')), p: Number(m[2]), decimals: m[2]!.split('.')[1]?.length ?? 0 };
      const c = readCell(f);
      if (!c.ok || c.value.kind !== 'count' || c.value.denominator !== undefined || c.value.rate !== undefined) return undefined;
      // red54: 「137 (100.0%)」 beside 「77 (56.2)」 (a line of 100s, sigma9's, written with its %): a share as the
      // unmarked ones are, checked against the same bases (red53: refused as text, `cell/text`).
      return c.value.percent === undefined ? { n: c.value.n } : { n: c.value.n, p: c.value.percent, decimals: c.value.decimals ?? 0 };
    }),
  );
  if (read.some((r) => r.some((c) => c === undefined))) return false;
  // Some bracket unmarked (else every share has its %, read as 「n (p%)」 already).
  if (!grid.some((r) => r.some((f) => BRACKETED.test(unitless(f))))) return false;
  const cells = read as Read[][];
  const bracketed = cells.flatMap((r, i) => r.flatMap((c, j) => (c.p === undefined ? [] : [{ ...c, i, j }])));
  if (!bracketed.some((c) => c.p! > 0 && c.p! < 100)) return false;
  const line = (ns: number[]) => {
    const sum = ns.reduce((a, b) => a + b, 0);
    const max = Math.max(...ns);
    return [sum, sum - max, max];
  };
  const colBases = cells[0]!.map((_, j) => line(cells.map((r) => r[j]!.n)));
  const rowBases = cells.map((r) => line(r.map((c) => c.n)));
  const fits = (n: number, p: number, decimals: number, d: number | undefined) => {
    if (d === undefined || d <= 0 || n > d) return false;
    const h = 0.5 * 10 ** -decimals;
    const x = (100 * n) / d;
    return Math.abs(x - p) <= h + 1e-9 || (x - p >= -1e-9 && x - p < 2 * h - 1e-9);
  };
  return bracketed.every(({ n, p, decimals, i, j }) =>
    [cols[j]?.denominator, rows[i]?.denominator, tableN, ...colBases[j]!, ...rowBases[i]!].some((d) => fits(n, p!, decimals!, d)),
  );
}

/**
 * The one N the title and the corner state (「N=100」「全100例」), for the うち lines of a table of bare percentages
 * whose columns state none (ofwhich.ts): undefined where they state none, several, or one after a line's name
 * (「A群 N=40」 over A群 and B群 is A群's).
 */
function tableN(title: string | undefined, records: readonly CsvRecord[]): number | undefined {
  const head = records[0]?.fields ?? [];
  const names = [...head.slice(1), ...records.slice(1).map((r) => r.fields[0] ?? '')]
    .map((l) => countText(l).replace(DENOMINATOR_TEXT, '').replace(/\s+/g, ''))
    .filter((l) => l !== '');
  const found = [title ?? '', head[0] ?? ''].flatMap((text) =>
    statedDenominators(text).map((d) => ({ n: d.n, before: countText(text).slice(0, d.index).replace(/\s+/g, '') })),
  );
  if (found.length === 0 || found.some((f) => f.n !== found[0]!.n)) return undefined;
  if (found.some((f) => names.some((name) => f.before.endsWith(name)))) return undefined;
  return found[0]!.n;
}

/** Words of age in a label, the corner or a title (「年齢」「65歳以上」「Age」「aged」). */
const AGE_WORDS = /年齢|歳|才|\bage[ds]?\b/i;
/** An age band as a label (「40-49」「65+」「≥65」「<18」): a row or column of ages. */
const AGE_BAND = /^(?:\d{1,3}\s*[-–〜~]\s*\d{1,3}|\d{1,3}\s*\+|[≥≤<>]\s*\d{1,3})(?:\s*(?:years?|yrs?))?$/i;
/**
 * Whether a table is of ages (words40): a label, the corner or its title has a word of age, or a label is an age
 * band — where a range after 「Patients:」 names an age group as a row or column does, not their count.
 */
function ofAges(table: Table, texts: { text: string }[]): boolean {
  const labels = [...table.rows, ...table.cols].map((h) => h.label);
  return [...labels, ...texts.map((t) => t.text)].some((l) => AGE_WORDS.test(l)) || labels.some((l) => AGE_BAND.test(l.trim()));
}
/**
 * Whether a range after a unit of patients (「Patients: 18-64」) over a table with no word of age is an age band by the
 * arithmetic (words42, our reading, チェッカーの判断): read as a count C of the table's patients or of one of its lines
 * (sum S), C − S (patients left out of the line) or S − C (the line's patients the count leaves out) would be under
 * the threshold where S lies within the threshold below its upper end or above its lower end; and its lower end
 * under the threshold is a small count itself. Where neither holds for the grand total nor any top-level row or column
 * (all counts), the range says nothing a count could give back: an age band, as over a table of ages. Ends past 120
 * are no ages: a count.
 */
function bandPinsNothing(
  lo: number | undefined,
  hi: number,
  table: Table,
  lineSum: (axis: 'rows' | 'cols', i: number) => number,
  grand: number,
  threshold: number,
  anyLow = false,
): boolean {
  if (lo === undefined || (lo < threshold && !anyLow) || hi > 120 || table.kind !== 'count') return false;
  const sums = [grand, ...topLevel(table.rows).map((i) => lineSum('rows', i)), ...topLevel(table.cols).map((i) => lineSum('cols', i))];
  return sums.every((s) => Number.isFinite(s) && !(s <= hi && hi - s < threshold) && !(s > hi && s - lo < threshold));
}
/**
 * Whether a label or the corner of `table`, or a title or caption over it, says the table counts `noun` (a plural,
 * lower case): 「Number of hospitals」「No. of sites」「Count of clinics」「Hospitals (n)」「n hospitals」 (words40).
 */
function countsNoun(table: Table, texts: { text: string }[], noun: string): boolean {
  // A Japanese noun (「施設」, words42): 「施設数」「施設の数」「施設（n）」.
  const ja = [`${noun}数`, `${noun}の数`, `${noun}(n)`, `${noun}（n）`, `${noun} (n)`];
  if (!/^[a-z]/i.test(noun))
    return [...table.rows, ...table.cols]
      .map((h) => h.label)
      .concat(table.corner, ...texts.map((x) => x.text))
      .some((l) => ja.some((w) => l.toLowerCase().includes(w)));
  const said = [
    `number of ${noun}`,
    `no. of ${noun}`,
    `no of ${noun}`,
    `count of ${noun}`,
    `# of ${noun}`,
    `${noun} (n)`,
    `${noun}（n）`,
    `${noun}, n`,
    `n ${noun}`,
  ];
  return [...table.rows, ...table.cols]
    .map((h) => h.label)
    .concat(table.corner, ...texts.map((x) => x.text))
    .some((l) => {
      // From a word's start: 「seven sites」 says no 「n sites」.
      const low = ` ${l.toLowerCase().replace(/\s+/g, ' ')}`;
      return said.some((w) => low.includes(` ${w}`) || low.includes(`(${w}`) || low.includes(`（${w}`));
    });
}
/**
 * Counts a title or the corner states (N=88, 全88例, 88例中, 男性28例, 12 patients): each is a published sum of the
 * table, since an attacker reads the title too (全88例 over a table whose other cells add up to 85 shows the hidden
 * one is 3). A count equal to the table's grand total is the table's N; one equal to a column's (row's) sum of items
 * is that column's (row's) N; an N written as one (N=, 全…例, …例中) that is no sum is the table's N all the same (the
 * base of its percentages; the difference from the table's total is checked in primary.ts). A count with a unit that
 * is none of these cannot be checked and is an input error; other numbers (a year, 3群) are reported.
 */
function statedCounts(table: Table, title: { text: string; line: number } | undefined, out: ReadResult, threshold: number): void {
  const texts = [...(title ? [title] : []), ...(table.corner !== '' ? [{ text: table.corner, line: table.line }] : [])];
  const count = (c: Cell) => (c.value.kind === 'count' ? c.value.n : undefined);
  const items = topLevel;
  const lineSum = (axis: 'rows' | 'cols', i: number) => {
    const across = items(axis === 'rows' ? table.cols : table.rows);
    return across.reduce((s, k) => s + (count(axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!) ?? NaN), 0);
  };
  const grand = items(table.rows).reduce((s, r) => s + lineSum('rows', r), 0);
  for (const { text, line } of texts) {
    // A comma after a list of lines closing on a number (「Grade 4 and 3, 11 patients」, words48) or after a step
    // (`STEP_COMMA`) ends the list or the step: no range 「3, 11」 of counts (a 「;」 for it, the same length).
    const t =
      table.kind === 'count' && text.length <= TITLE_LISTS
        ? countText(text).replace(/(?<![\d.,])(\d{1,4}),(?=\s)/g, (all: string, x: string, at: number, whole: string) =>
            (/^,\s+\d/.test(whole.slice(at + x.length)) && namedLines(table, whole.slice(0, at + x.length))) ||
            (STEP_COMMA.test(whole.slice(0, at)) && /^,\s+(?:\d+\s+(?!(?:and|or)\b))?\p{L}/u.test(whole.slice(at + x.length)))
              ? `${x};`
              : all,
          )
        : countText(text);
    // Every N the text states (N=40, 対象者 28) with the words before it: 「A群（N=40）、B群（N=60）」 states two.
    const stated = statedDenominators(t);
    const explicit = stated[0]?.n;
    // titles70: an N in words `TAKEN_IN_FORMS` leave (「146 screened」「146 followed up」「(2014 randomised)」), at least the
    // table's sum: the table's N to a reader (below, where no other N is stated), else a count fitting no total.
    const loose =
      table.kind === 'count' ? titleNs(t).filter((m) => m.form === 'verb' && m.n >= grand && !stated.some((s) => s.n === m.n)) : [];
    // notes74: over bare percentages (no sum to be at least; no N stated, none on a line), one verb's N (「(146 screened)」
    // 「(patients followed: 146)」「(146 women died)」) is the shares' base to a reader as 「N=146」 is (below).
    const shareVerbs =
      table.kind === 'percent' && explicit === undefined && ![...table.rows, ...table.cols].some((h) => h.denominator !== undefined)
        ? titleNs(t).filter((m) => m.form === 'verb')
        : [];
    if (shareVerbs.some((m) => m.n !== shareVerbs[0]!.n)) shareVerbs.length = 0;
    const counts: {
      text: string;
      rough: boolean;
      n: number;
      before: string;
      bare?: [number, number];
      bracket?: boolean;
      after?: { axis: 'rows' | 'cols'; i: number };
      end?: number;
    }[] = cardinals(t).map((m) => ({
      text: countAsWritten(text, t, m.index, m.index + m[0].length),
      // Said roughly or as a range (「死亡 3例前後」「死亡 二、三例」): no line's N (words13), a count of it.
      rough:
        (RANGE_BEFORE.test(t.slice(0, m.index)) ||
          ROUGH_BEFORE.test(t.slice(0, m.index)) ||
          ROUGH_AFTER.test(t.slice(m.index + m[0].length))) &&
        /\S/.test(t.slice(0, m.index)),
      n: Number(m[1]!.replace(/,/g, '')),
      before: t.slice(0, m.index),
      end: m.index + m[0].length,
    }));
    // A count of patients or events in other words (「3 deaths」「Deaths: 3」「three deaths」「Seven died」, titles38):
    // no group's N (the deaths themselves, not the patients they are of), checked against the table's sums only.
    // A count's span takes the range it closes (「二、三例」「2、3例」: 「死亡 二」 is its start, no count of its own; words42).
    const spans = [
      ...[...cardinals(t), ...t.matchAll(DENOMINATOR_TEXT), ...t.matchAll(TOTAL_N_TEXT)].map(
        (m) => [m.index - (RANGE_BEFORE.exec(t.slice(0, m.index))?.[0].length ?? 0), m.index + m[0].length] as const,
      ),
      ...[...loose, ...shareVerbs].map((m) => [m.index, m.end] as const),
    ];
    // After a noun of people with no unit's colon (「Patients 18-64」「Women 40-59」, words44): from the threshold up and
    // spanning at least as many ages as it (「40-49」), an age band, not read (a number, as before words44; our reading).
    const nouns: NounCount[] = nounCounts(t).filter(
      (m) =>
        !spans.some(([a, b]) => m.at < b && a < m.end) &&
        !(m.wide && m.lo !== undefined && m.lo >= threshold && m.n - m.lo + 1 >= threshold),
    );
    // 「3 hospitals」 (a plural of `PLURAL_NOT`) counts what the table counts where a label or the corner says it counts
    // them (「Number of hospitals」「Hospitals (n)」, words40): a count as 「3 deaths」 is; else a number, said as ours.
    const listed = [...listedPlurals(t), ...jaListedNames(t)].filter((m) => !spans.some(([a, b]) => m.at < b && a < m.end));
    for (const m of listed) if (countsNoun(table, texts, m.noun)) nouns.push(m);
    const uncounted = listed.filter((m) => !nouns.includes(m));
    const withUnit = new Set(counts.map((c) => c.n));
    counts.unshift(
      ...stated.filter((s) => !withUnit.has(s.n)).map((s) => ({ text: s.text.trim(), n: s.n, before: t.slice(0, s.index), rough: false })),
    );
    // A bare number closing the text or a bracket right after two or more lines' labels joined (「Stroke and fall: 11」
    // 「AEs leading to death or withdrawal 15」, words48): their sum to a reader, read as a count there only (`namedLines`'
    // path below: an equation where it is their sum, refused where it may be their patients counted once).
    if (table.kind === 'count' && t.length <= TITLE_LISTS)
      for (const m of t.matchAll(/(?<![\d.,])\d{1,4}(?![\d.,])/g)) {
        const end = m.index + m[0].length;
        if (spans.some(([a, b]) => m.index < b && a < end) || nouns.some((x) => m.index < x.end && x.at < end)) continue;
        if (!/^\s*(?:$|[)）\]］,，、;；.。])/.test(t.slice(end))) {
          // Or before the labels of a column and a row whose crossing cells add up to it (「6 amputation and falls in
          // Arm C」, words50): their count to a reader.
          if (
            crossCells(table, `${t.slice(0, m.index)} ${t.slice(end)}`, Number(m[0])) ||
            unionCells(table, segmentOf(t, m.index, end), Number(m[0]), lineSum)
          )
            counts.push({ text: m[0], n: Number(m[0]), before: t.slice(0, m.index), rough: false, bare: [m.index, end] });
          // Or before one line's label alone (「有害事象（3 肺炎）」「Outcomes (4 Stroke)」, words52): its count to a
          // reader, read where it is the line's sum or some of its cells' (below), else a number as before.
          else {
            const after = lineAfter(table, t.slice(0, m.index), t.slice(end));
            if (after) counts.push({ text: m[0], n: Number(m[0]), before: t.slice(0, m.index), rough: false, bare: [m.index, end], after });
          }
          continue;
        }
        // Or after a line's label, more words and a colon (「Serious AEs in arm B: 7」, words49): read where it is a sum
        // of that line's cells only (`namedLineCells`).
        const before = t.slice(0, m.index);
        // Or after a label in brackets (「【重篤】12」「[SAE] 12」「<Grade 3>: 4」, words50): a count of what it names to a
        // reader, read where it is some lines' sum (below), else a number as before.
        const closed = /[】\]］)）>＞〉〕][:：]?\s*$/.exec(before);
        const inside = closed
          ? before.slice(Math.max(...[...'【[［(（<＜〈〔'].map((o) => before.lastIndexOf(o, closed.index))) + 1, closed.index)
          : '';
        const bracket = closed !== null && inside.length < closed.index && /\p{L}/u.test(inside);
        if (
          !bracket &&
          !namedLines(table, before) &&
          !(/[:：]\s*$/.test(before) && namedLineCells(table, before, true)) &&
          !unionCells(table, segmentOf(t, m.index, end), Number(m[0]), lineSum)
        )
          continue;
        counts.push({ text: m[0], n: Number(m[0]), before: t.slice(0, m.index), rough: false, bare: [m.index, end], bracket });
      }
    const readBare: [number, number][] = [];
    // A count in words with its unit that no digit stands for (「十数例除外」「a dozen patients」, words11) is no sum of
    // the table: as 「13例除外」 is.
    // Or one a word makes a count of the table's patients (「Adverse events (a few strokes excluded)」「（うち十数件）」,
    // words12), as the digits are in a label (`labelCounts`).
    const unplaced: string[] = wordCounts(t)
      .filter(
        (w) =>
          w.unit ||
          /(?:うち|内|除外|除く|excluding|including|of whom|of which)\s*$/i.test(t.slice(0, w.index)) ||
          /(?:excluded|included|withdr|died|除外|除く|脱落|死亡)/i.test(t.slice(w.index, w.index + 60).split(/[()（）、。,;]/)[0]!),
      )
      .map((w) => w.written);
    // Counts equal to the sum of more sets of lines than `LINE_SUBSETS` (or over more than 16 lines): which, unsaid.
    const many: string[] = [];
    for (const m of nouns) {
      // 「Patients: 18-64」 over a table of ages is an age band (words40, our reading); over any other where, read as a
      // count, it would pin nothing under the threshold (words42: `bandPinsNothing`), an age band too; else a count.
      if (m.people && ofAges(table, texts)) continue;
      // A range after any other noun (「切断 2〜3」「高齢者 65〜74」, words43): the same, a band where it pins nothing.
      // Written onto a Japanese noun (「切断3」「切断2〜3」, words44), or a range after a noun of children (「Children
      // 0-4」): a name or an age as often, whatever its low end; a count only where it would pin a line's sum (our reading).
      const anyLow = m.glued === true || m.young === true;
      if ((m.people || m.band || m.glued) && bandPinsNothing(m.lo ?? m.n, m.n, table, lineSum, grand, threshold, anyLow)) {
        const low = anyLow ? '' : `下端が${threshold}以上で、`;
        out.warnings.push({
          code: 'title/number',
          message: m.glued
            ? `表${table.number}の${text === title?.text ? '題名' : '左上のセル'}${quote(text)}の${quote(writtenOf(text, m.written))}を名前の一部（番号など）と読みました（チェッカーの判断：件数と読んでも、表の合計・各行・各列の合計のどれも${threshold}未満の差で近くにないため、小さい数は分かりません。件数なら表の行として書くか、題名から除いてください）`
            : `表${table.number}の${text === title?.text ? '題名' : '左上のセル'}${quote(text)}の${quote(writtenOf(text, m.written))}を${m.people ? '年齢の区分' : '区分（年齢など）'}と読みました（チェッカーの判断：${m.people ? '人を表す語（その一覧もチェッカーのもの）の後の範囲は年齢のことが多く、' : ''}人数と読んでも、${low}表の合計・各行・各列の合計のどれも上端から${threshold}未満下にも下端から${threshold}未満上にもないため、小さい数は分かりません。年齢なら「aged」「年齢」を添えると確かです。人数の範囲なら題名から除いてください）`,
          place: { line, table: table.number },
        });
        continue;
      }
      const written = writtenOf(text, m.written);
      const rough = m.range === true || ROUGH_BEFORE.test(t.slice(0, m.index)) || ROUGH_AFTER.test(t.slice(m.end));
      if (!rough && table.kind === 'count' && m.n === grand) {
        table.denominator ??= m.n;
        continue;
      }
      // Two lines' patients counted once (「Patients with stroke or fall in arm B: 5」「5 patients with falls or strokes」,
      // words52): refused naming them (`unionCells`), before a line's sum, the crossing cells or a line's sets.
      const union = !rough ? unionCells(table, `${segmentOf(t, m.index, m.end)} ${t.slice(m.index, m.end)}`, m.n, lineSum) : undefined;
      if (union) {
        readUnion(table, union, m.n, text === title?.text ? '題名' : '左上のセル', text, written, line, out);
        continue;
      }
      // A count equal to a line's sum is that line's total to a reader (「3 deaths」 over a line of deaths adding up to
      // 3): the sums are checked as published (check.ts).
      const withSum = !rough && table.kind === 'count' ? headersWithSum(table, m.n, lineSum) : [];
      if (withSum.length > 0) {
        for (const h of withSum) h.denominator = m.n;
        continue;
      }
      // 「A群の転倒 3例」「6 amputations and falls in Arm C」 (words50): a column and a row named, their crossing cells.
      const crossing = !rough && table.kind === 'count' ? crossCells(table, t.slice(0, m.index) + ' ' + t.slice(m.end), m.n) : undefined;
      if (crossing) {
        readCross(table, crossing, m.n, text === title?.text ? '題名' : '左上のセル', written, line, out);
        continue;
      }
      // 「A群の重篤 5例」「11 serious events in Arm A」 (words49): a line named, no line's sum, as in the counts below.
      const cells =
        !rough && table.kind === 'count' ? (cellSumsIn(table, t.slice(0, m.index), m.n) ?? cellSumsIn(table, t, m.n, true)) : undefined;
      if (cells) {
        if (readCellSums(table, cells, m.n, text === title?.text ? '題名' : '左上のセル', written, line, out)) continue;
        many.push(written);
        unplaced.push(written);
        continue;
      }
      if (!rough && table.kind === 'count' && m.n < grand) {
        const u = unnamedLineSums(table, m.n, lineSum);
        if (u.sets.length > 0) {
          readUnnamedSums(table, u.sets, m.n, text === title?.text ? '題名' : '左上のセル', written, line, out);
          continue;
        }
        if (u.many) many.push(written);
      }
      unplaced.push(written);
    }
    for (const c of counts) {
      if (table.kind === 'count' && c.n === grand) {
        table.denominator ??= c.n;
        continue;
      }
      if (c.rough) {
        unplaced.push(c.text);
        continue;
      }
      // 「B群の肺炎・輸血 4例」「肺炎または輸血の患者 9例」 (words52): two lines' patients counted once, refused naming them.
      const at: readonly [number, number] = c.bare ?? [c.before.length, c.before.length];
      const union = c.after
        ? undefined
        : unionCells(table, `${segmentOf(t, at[0], at[1], c.bare !== undefined)} ${c.bare ? '' : c.text}`, c.n, lineSum);
      if (union) {
        if (c.bare) readBare.push(c.bare);
        readUnion(table, union, c.n, text === title?.text ? '題名' : '左上のセル', text, c.text, line, out);
        continue;
      }
      // 「有害事象（3 肺炎）」 (words52): a bare number before one line's label alone, the line's sum (its N, checked as
      // the sums are) or some of its cells' sum (equations, words49's); else a number, as before.
      if (c.after && c.bare) {
        const { axis, i } = c.after;
        const h = (axis === 'rows' ? table.rows : table.cols)[i]!;
        const kind = axis === 'rows' ? '行' : '列';
        if (lineSum(axis, i) === c.n && (h.denominator === undefined || h.denominator === c.n)) {
          h.denominator = c.n;
          readBare.push(c.bare);
          out.warnings.push({
            code: 'title/lines-sum',
            message: `表${table.number}の${text === title?.text ? '題名' : '左上のセル'}の${quote(c.text)}を、直後の${kind}${quote(h.label)}の合計と読み、公表される数として確かめました（チェッカーの推定：数の後に${kind}の名前が書かれ、その合計と一致するため）`,
            place: { line, table: table.number },
          });
          continue;
        }
        const sets = cellSetsOf(table, c.after, c.n);
        if (sets) {
          readBare.push(c.bare);
          if (readCellSums(table, sets, c.n, text === title?.text ? '題名' : '左上のセル', c.text, line, out)) continue;
          many.push(c.text);
          unplaced.push(c.text);
        }
        continue;
      }
      // 「切断と転倒 12例」「切断・転倒 計12例」 (words46): a count after two or more lines' labels joined by と, 及び, ・, 、 or
      // and is their sum to a reader — an equation over those lines' cells (`Table.crossSums`), published where it
      // holds; where it does not (patients with either, counted once; or another count) it cannot be checked. Our
      // reading (the labels written side by side), said as ours.
      // 「A群の転倒 3例」「肺炎と輸血のうちB群 5例」「Falls in arm B: 3」 (words50): a column and a row (or rows) named,
      // the count their crossing cells' sum: that equation, before the lines' sums and a group's N (our reading).
      const crossing =
        table.kind === 'count'
          ? (crossCells(table, c.before, c.n) ?? (c.bare ? crossCells(table, `${c.before} ${t.slice(c.bare[1])}`, c.n) : undefined))
          : undefined;
      if (crossing) {
        if (c.bare) readBare.push(c.bare);
        readCross(table, crossing, c.n, text === title?.text ? '題名' : '左上のセル', c.text, line, out);
        continue;
      }
      const lines = table.kind === 'count' ? namedLines(table, c.before) : undefined;
      if (lines) {
        const where = lines.lines.map((i) => quote((lines.axis === 'rows' ? table.rows : table.cols)[i]!.label)).join('と');
        const kind = lines.axis === 'rows' ? '行' : '列';
        const sums = lines.lines.map((i) => lineSum(lines.axis, i));
        if (sums.reduce((s, x) => s + x, 0) !== c.n) {
          // A bare number that can be no count of their patients (under the largest line's, over their sum) stays a number.
          if (c.bare && !(c.n >= Math.max(...sums) && c.n < sums.reduce((s, x) => s + x, 0))) continue;
          if (c.bare) readBare.push(c.bare);
          unplaced.push(c.text);
          continue;
        }
        if (c.bare) readBare.push(c.bare);
        const across = topLevel(lines.axis === 'rows' ? table.cols : table.rows);
        (table.crossSums ??= []).push(
          lines.axis === 'rows' ? { rows: lines.lines, cols: across, n: c.n, line } : { rows: across, cols: lines.lines, n: c.n, line },
        );
        out.warnings.push({
          code: 'title/lines-sum',
          message: `表${table.number}の${text === title?.text ? '題名' : '左上のセル'}の${quote(c.text)}を、${kind}${where}の合計の和として読み、公表される式として確かめました（チェッカーの判断：見出しの名前が並べて書かれているため）`,
          place: { line, table: table.number },
        });
        continue;
      }
      // 「A群の重篤 5例」「Serious AEs in arm B: 7」 (words49): a count after a line's label and more words, the sum of
      // some of that line's cells (`namedLineCells`): each such set an equation, or refused where there are too many.
      const cells = table.kind === 'count' ? cellSumsIn(table, c.before, c.n, c.bare !== undefined) : undefined;
      if (cells) {
        if (c.bare) readBare.push(c.bare);
        if (readCellSums(table, cells, c.n, text === title?.text ? '題名' : '左上のセル', c.text, line, out)) continue;
        many.push(c.text);
        unplaced.push(c.text);
        continue;
      }
      if (c.bare && c.bracket && c.n < grand) {
        // A bare number after a bracketed label (words50): a line's sum (its N), some lines' sum (equations), refused
        // where more sets add up; else a number, as before.
        const withSum = headersWithSum(table, c.n, lineSum);
        if (withSum.length > 0) {
          alsoSumOfLines(table, c.n, withSum, lineSum, text === title?.text ? '題名' : '左上のセル', c.text, line, out);
          for (const h of withSum) h.denominator = c.n;
          readBare.push(c.bare);
          continue;
        }
        const u = unnamedLineSums(table, c.n, lineSum);
        if (u.sets.length > 0) {
          readUnnamedSums(table, u.sets, c.n, text === title?.text ? '題名' : '左上のセル', c.text, line, out);
          readBare.push(c.bare);
          continue;
        }
        if (u.many) {
          many.push(c.text);
          unplaced.push(c.text);
        }
        continue;
      }
      if (c.bare) continue;
      // 「男性30例・女性40例」「A群 N=40」: the count right after a header's label is that group's N.
      const named = namedHeader(table, c.before);
      if (named) {
        named.denominator = c.n;
        out.warnings.push({
          code: 'title/group-n',
          message: `表${table.number}の${text === title?.text ? '題名' : '左上のセル'}の${quote(c.text)}を、${table.cols.includes(named) ? '列' : '行'}${quote(named.label)}の人数（N）として読み、確かめました（推定：見出しの名前の直後に書かれているため）`,
          place: { line, table: table.number },
        });
        continue;
      }
      // 「A群 N=40」 over a column 「A」: a reader takes 40 for column A's N (40 − 37 patients out of the table), but
      // the label names the group otherwise; which column's N it is cannot be told, so the table is refused.
      // Refused: the count is the N of `h` to a reader (`seems`), but which line's cannot be told.
      const unsure = (h: Header, seems: string, hint: string) => {
        const kind = table.cols.includes(h) ? '列' : '行';
        const where = `${kind}${quote(h.label)}`;
        out.errors.push({
          code: 'title/group-n',
          message: `表${table.number}の${text === title?.text ? '題名' : '左上のセル'}${quote(text)}の${quote(c.text)}は、${where}の${seems}、見出しと書き方が違うため、どの${kind}の人数か決められません（チェッカーの判断）。人数と表の数の差も公表されます`,
          hint: `${where}の人数なら、見出しに${quote(`${h.label} (N=${c.n})`)}の形で書いてください${hint}`,
          place: { line, table: table.number, ...(kind === '列' ? { col: h.label } : { row: h.label }) },
        });
      };
      const alike = lookalikeHeader(table, c.before);
      if (alike && alike.denominator !== c.n) {
        unsure(alike, '人数のようですが', '（題名からは除くか、見出しと同じ書き方にしてください）');
        continue;
      }
      // A count equal to the sum of several lines is each one's sum to a reader (N=40 over two columns of 40 each).
      const withSum = table.kind === 'count' ? headersWithSum(table, c.n, lineSum) : [];
      if (withSum.length > 0) {
        alsoSumOfLines(table, c.n, withSum, lineSum, text === title?.text ? '題名' : '左上のセル', c.text, line, out);
        for (const h of withSum) h.denominator = c.n;
        // Written as the table's N (N=, 全…例): kept for a line read both ways (types.ts `Table.writtenN`).
        if (c.n === explicit) table.writtenN ??= c.n;
        continue;
      }
      // 「A群 N=40」 over a column 「A薬」: the name before the N and a header's share their start, one of them with more
      // words after it; a reader may take 40 for column A薬's N. Which column's N it is cannot be told: refused too.
      const stem = stemHeader(table, c.before);
      if (stem && stem.denominator !== c.n) {
        unsure(
          stem,
          '人数とも読めますが（名前の始まりが同じ）',
          `。表全体の人数なら、表の合計と同じ数にし、群の名前の後ではなく「全${c.n}例」「N=${c.n}」とだけ書いてください`,
        );
        continue;
      }
      // 「第1群 N=40」 over 「実薬」「対照」: a group's N whose name is no header's (nor starts as one). Read as before (the
      // table's N, or a count left to place); check.ts refuses it where a reader who takes it for some line's N finds
      // a small count left out of that line.
      if (table.kind === 'count' && groupName(c.before))
        (table.groupNs ??= []).push({
          text: c.text,
          n: c.n,
          line,
          where: text === title?.text ? 'title' : 'corner',
          whole: text,
          groups: counts.filter((x) => groupName(x.before)).length,
        });
      // 「重篤 12例」「Serious AEs (n=12)」 over a table of events, naming no line and no line's sum (words48): the sum of
      // two or more lines where it is one (`unnamedLineSums`), else as before (the table's N, or refused).
      if (table.kind === 'count' && c.n < grand && c.n !== table.denominator) {
        const u = unnamedLineSums(table, c.n, lineSum);
        if (u.sets.length > 0) {
          readUnnamedSums(table, u.sets, c.n, text === title?.text ? '題名' : '左上のセル', c.text, line, out);
          if (table.denominator === undefined && c.n === explicit) table.denominator = c.n;
          continue;
        }
        // More sets than `LINE_SUBSETS` (words50): an N too is refused — read as the table's N, a reader who takes it
        // for the lines its title names (「Serious AEs (n=7)」) learns their sum, unchecked (many50: 7 of 60 recovered).
        if (u.many) {
          many.push(c.text);
          unplaced.push(c.text);
          continue;
        }
      }
      // titles70: a count of patients over the table's sum, no other N stated (「(146 participants)」「146例を追跡」
      // 「解析対象集団146例」「投与146例」「2014例を登録」): the table's N to a reader (the difference a count of patients
      // published), checked as 「N=146」 is and said as ours (verdict.ts `takenIn`); not who were left out (「146例を除外」).
      if (
        table.kind === 'count' &&
        table.denominator === undefined &&
        explicit === undefined &&
        c.n > grand &&
        !c.bare &&
        PATIENT_COUNT.test(c.text) &&
        !NOT_TAKEN_BEFORE.test(tailCut(c.before)) &&
        c.end !== undefined &&
        !NOT_TAKEN_AFTER.test(t.slice(c.end))
      ) {
        table.denominator = c.n;
        table.nReadFrom = c.text;
        takenN(table, text === title?.text ? '題名' : '左上のセル', c.text, c.n, line, out);
        continue;
      }
      if (table.denominator === undefined && (c.n === explicit || (table.kind === 'percent' && counts.length === 1))) {
        table.denominator = c.n;
        continue;
      }
      if (c.n === table.denominator) continue;
      unplaced.push(c.text);
    }
    // titles70: `loose` (a verb's N over the table's sum) the table's N where none is read yet; another that leaves
    // fewer than the threshold out of the sum or lies so near the N read (「(160 screened, 155 randomised)」: 5 not
    // randomised), a count fitting no total.
    for (const m of loose) {
      // Another far from both stays a number reported (`title/number` below), as before.
      const near = m.n - grand < threshold || (table.denominator !== undefined && Math.abs(m.n - table.denominator) < threshold);
      if (m.n === table.denominator || table.denominator === undefined || near) readBare.push([m.index, m.end]);
      if (table.denominator === undefined) {
        table.denominator = m.n;
        table.nReadFrom = m.text;
        takenN(table, text === title?.text ? '題名' : '左上のセル', m.text, m.n, line, out);
      } else if (m.n !== table.denominator && near) unplaced.push(m.text);
    }
    // notes74: `shareVerbs`' N the bare shares' base where none is read yet (the shares then checked as whole counts of
    // it, `percent/not-whole` where one is not), said as ours. Two verbs' Ns apart: as before (no base, refused).
    const least = shareVerbs.length > 0 && table.denominator === undefined ? leastShareBase(table, shareVerbs[0]!.n) : undefined;
    if (least !== undefined && least !== shareVerbs[0]!.n) {
      // The shares fit a smaller base (their own, the verb's patients more: 「(600 screened)」 over shares of 150
      // randomised), or were not searched: no base read (refused as before, `percent/no-denominator`), said why.
      out.warnings.push({
        code: 'title/taken-n',
        message:
          least < 0
            ? `表${table.number}の${text === title?.text ? '題名' : '左上のセル'}の${quote(shareVerbs[0]!.text)}が割合の分母かを、分母と割合の組を ${SHARE_BASE_WORK.toLocaleString('en')} 通り調べたところで打ち切りました（チェッカーの判断。分母とは読みません。分母なら「(N=${shareVerbs[0]!.n})」と書いてください）`
            : `表${table.number}の${text === title?.text ? '題名' : '左上のセル'}の${quote(shareVerbs[0]!.text)}を割合の分母とは読みませんでした（チェッカーの推定：どの割合もより小さい ${least} 人の整数人になり、割合の分母がこの数とは決まらないため。分母なら「(N=${shareVerbs[0]!.n})」と書いてください）`,
        place: { line, table: table.number },
      });
      shareVerbs.length = 0;
    }
    if (shareVerbs.length > 0) {
      const m = shareVerbs[0]!;
      if (table.denominator === undefined || table.denominator === m.n)
        readBare.push(...shareVerbs.map((v) => [v.index, v.end] as [number, number]));
      else unplaced.push(m.text);
      if (table.denominator === undefined) {
        table.denominator = m.n;
        table.nReadFrom = m.text;
        out.warnings.push({
          code: 'title/taken-n',
          message: `表${table.number}の${text === title?.text ? '題名' : '左上のセル'}の${quote(m.text)}を割合の分母（N=${m.n}）と読み、各割合がその整数人になるかを確かめました（チェッカーの推定：割合の表で、ほかに N が書かれておらず、読む人には割合の分母に見えるため。分母が違うなら「(N=…)」と書いてください）`,
          place: { line, table: table.number },
        });
      }
    }
    if (unplaced.length > 0) {
      // The nouns and names read as counts of patients or events (「3 deaths」「Deaths: 3」), said as our reading.
      const ours = nouns.some((m) => unplaced.includes(writtenOf(text, m.written)))
        ? '。「deaths」「Deaths: 3」のように患者・事象を数える語の数は件数として読みます（チェッカーの判断）'
        : '';
      out.errors.push({
        code: 'title/count',
        message: `表${table.number}の${text === title?.text ? '題名' : '左上のセル'}${quote(text)}の数 ${unplaced.map((u) => `${quote(u)}`).join('')} は、${
          unplaced.every((u) => many.includes(u))
            ? `表のどの行・列の合計とも一致せず、複数の行（列）の組の和とは${LINE_SUBSETS}通りより多く一致するため、どの行（列）の数か決められず確かめられません（チェッカーの判断。`
            : '表のどの合計とも一致しないため確かめられません（'
        }題名の数も公表されます。表に載っていない患者の数が分かることもあります${ours}）`,
        hint: `${
          unplaced.some((u) => many.includes(u))
            ? `${many.map((u) => quote(u)).join('')}がどの行（列）の和かを題名に「切断と転倒 12例」のように名前を並べて書くか、その数を表の行として加えてください。`
            : ''
        }表の患者数なら表の合計と同じ数にしてください。内訳なら表の行か列として書き、それ以外なら題名から除いてください。割合の分母なら「(N=250)」の形で書いてください`,
        place: { line, table: table.number },
      });
      continue;
    }
    const numbers = otherNumbers(
      [...nouns.map((m) => [m.index, m.end] as const), ...readBare].reduce(
        (rest, [a, b]) => rest.slice(0, a) + ' '.repeat(b - a) + rest.slice(b),
        t,
      ),
    );
    if (numbers.length === 0 || text !== title?.text) continue;
    out.warnings.push({
      code: 'title/number',
      message: `表${table.number}の題名${quote(text)}の数（${numbers.join('、')}）は確かめていません。件数なら表の中に書いてください${
        uncounted.length > 0
          ? `（${uncounted.map((m) => quote(writtenOf(text, m.written))).join('')}は患者・事象の数でも、この表が数えるものの数でもないと読みました。チェッカーの判断です：表が数えるものなら、見出しに${quote(/^[a-z]/i.test(uncounted[0]!.noun) ? `Number of ${uncounted[0]!.noun}` : `${uncounted[0]!.noun}数`)}と書くと件数として確かめます）`
          : ''
      }`,
      place: { line, table: table.number },
    });
  }
}

/** Units of measure, steps and bounds a number in a label may carry (「2型」「65歳」「3回以上」「Grade 3」 is no count). */
const MEASURE = String.raw`歳|才|年|か月|ヶ月|カ月|ケ月|月|週|日|時間|分|%|％|mg|g\b|kg|ml|mL|l\b|mmhg|cm|mm|m\b|回|度|期|型|剤|次|種|級|群|号|点|倍|割|錠|本|箇所|以上|以下|未満|超|[/:：~〜\-–]|[a-z]`;
/**
 * A number (digits or English words) after うち / excluding … or before 除外 / excluded …, with no unit of measure after it.
 * A number before 除外 starts at the first digit of its run of digits and commas that no digit or 「.」 stands before
 * (the look-behinds: nothing but commas before it in the run, or digits after a 「.」 then commas): a later start in
 * the run reaches only ends the first one reaches, so the match is the one found before, and a run of 「1,1,1,…」 is
 * walked once, not from each of its digits (1 M characters of it in a label: over a minute; bench/pubcheck-long.ts).
 */
const MARKED_NUMBER = new RegExp(
  String.raw`(?:(?:うち|除外|除く|excluding|including|of\s+whom|of\s+which)[\s:：、,]*(?:\d[\d,]*|${ENGLISH_PHRASE}|[〇一二三四五六七八九十百千壱弐参拾]+(?=\s*(?:症例|例|名|人|件)|[\s)）\]］、,，。:：;；]|$))(?![\d.,]|\s*(?:${MEASURE})))|(?:(?=\d)(?<![\d.])(?<=^|[^\d,]|(?:^|[^\d,]),+|\.\d+,+)\d[\d,]*|${ENGLISH_PHRASE_FIRST})\s*(?:を?除外|を?除く|は除|excluded|died|withdrew|lost)`,
  'i',
);

/**
 * Counts written in a label beside what it names (「死亡（うち3例は転院後）」, 「脱落（3例除外）」, 「入院 うち3名」): they
 * are published with the label, as a title's are, and no sum of the table checks them — a 3 there is a small count
 * in plain view, and one of the row's patients an attacker can take out of it. Refused (`header/count`), naming the
 * label. The label's own N (「A群（28例）」, 「N=28」) is read as the N and is no such count; nor is a count that is
 * part of what the label names (「1人暮らし」, 「2人以上」).
 */
function labelCounts(table: Table, out: ReadResult, threshold: number): void {
  const refuse = (h: Header, axis: 'rows' | 'cols', line: number, count: string) =>
    out.errors.push({
      code: 'header/count',
      message: `表${table.number}の${axis === 'rows' ? '行' : '列'}${quote(h.label)}の見出しにある数${quote(count.trim())}は、表のどのセルでもないため確かめられません（見出しの数も公表されます。閾値未満の数なら、そのまま示していることになります）`,
      hint: '内訳なら表の行（列）として書いてください（秘匿が必要かどうかを確かめます）。群の人数なら「A群 (N=28)」の形で書き、それ以外なら見出しから除いてください',
      place: { line, table: table.number, ...(axis === 'rows' ? { row: h.label } : { col: h.label }) },
    });
  const check = (h: Header, axis: 'rows' | 'cols', line: number) => {
    const text = countText(h.label).replace(DENOMINATOR_TEXT, ' ');
    // 「10例前後」 too (words12: left by COUNT_TEXT, 「3人前」 being none, and passed in a label as a word).
    for (const m of [...text.matchAll(COUNT_TEXT), ...text.matchAll(COUNT_ABOUT)].sort((a, b) => a.index - b.index)) {
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + m[0].length);
      const open = (before.match(/[([]/g) ?? []).length > (before.match(/[)\]]/g) ?? []).length;
      // A count said roughly after a name (「死亡 約3例」「死亡 3例前後」「死亡 3例程度」, words12) is a count of the
      // line, never a group's N; alone (「10例前後」) a category, as 「10例未満」 is (our reading).
      const rough = ROUGH_BEFORE.exec(before);
      const marked =
        /(?:うち|内|除外|除く|含む|含め|以外|excluding|including|of whom)\s*$/i.test(before) ||
        /^\s*(?:を?除|を?含|は|が|excluded|included)/i.test(after) ||
        ((rough !== null || ROUGH_AFTER.test(after)) && /\S/.test(before.slice(0, rough?.index)));
      // A bound under the threshold in brackets after a name (「死亡（3例未満）」「その他（10例未満）」「脱落（十例未満）」,
      // words11): the line's count is known to be small, as 「（3例）」 would say — refused; a bound alone (「10例未満」, a
      // category of facilities by volume) or over the threshold stays a word (our reading).
      const n = Number(m[1]!.replace(/,/g, ''));
      const bound = /^\s*(?:未満|以下)/.exec(after);
      const named = /[^\s([]/.test(before.slice(0, Math.max(before.lastIndexOf('('), before.lastIndexOf('['))));
      if (open && bound && named && (bound[0].includes('未満') ? n <= threshold : n < threshold)) {
        refuse(h, axis, line, countAsWritten(h.label, text, m.index, m.index + m[0].length + bound[0].length));
        return;
      }
      if (!(open || marked) || /^\s*(?:暮らし|以上|以下|未満|超|世帯|目)/.test(after)) continue;
      refuse(h, axis, line, countAsWritten(h.label, text, m.index, m.index + m[0].length));
      return;
    }
    // A bound under the threshold with no unit in brackets after a name (「死亡（10未満）」「Deaths (fewer than 10)」
    // 「(under five)」, words13): as 「死亡（10例未満）」 (words11) — the line's count is known to be small.
    const unitless = UNITLESS_BOUND.exec(text);
    const bounded = unitless && text.slice(0, unitless.index);
    if (
      unitless &&
      bounded &&
      /[^\s([]/.test(bounded) &&
      // A category of a measure is no count (「HbA1c（7未満）」「年齢（10未満）」「Age (under 5)」, our reading): a Japanese
      // bound after a name with no letter or digit and no word of a measure; 「under」「below」「less than」 after a name
      // with no word of a measure; 「fewer than」 (a count's) after any.
      (unitless[3] !== undefined ||
        (unitless[1] !== undefined ? !/[A-Za-z\d]/.test(bounded) && !MEASURE_NAME.test(bounded) : !MEASURE_NAME.test(bounded)))
    ) {
      const word = unitless[1] ?? unitless[3] ?? unitless[4]!;
      const n = /^\d+$/.test(word) ? Number(word) : /桁$/.test(word) ? 10 : (kanjiNumber(word) ?? englishValue(word));
      const under = unitless[1] === undefined || /未満|満た/.test(unitless[2]!);
      if (n !== undefined && (under ? n <= threshold : n < threshold)) {
        refuse(h, axis, line, writtenOf(h.label, unitless[0].slice(1, -1).trim()));
        return;
      }
    }
    // A count in words no digit stands for (「死亡（うち十数例）」「脱落 (a dozen excluded)」「（うちみっつの施設）」,
    // words11): as its digits are, in brackets or beside a word that makes it a count of the label's patients.
    for (const w of wordCounts(text)) {
      const before = text.slice(0, w.index);
      const after = text.slice(w.index + w.written.length);
      const open = (before.match(/[([]/g) ?? []).length > (before.match(/[)\]]/g) ?? []).length;
      const marked =
        /(?:うち|内|除外|除く|含む|含め|以外|excluding|including|of whom|of which)\s*$/i.test(before) ||
        /^\s*(?:を?除|を?含|は|が|excluded|included|withdrew|died)/i.test(after);
      // Closing the label after its name and a space, a colon or a dash (「Deaths: several」「Deaths - a handful」
      // 「死亡 a few」, words12), as 「Deaths three」 is.
      const name = before.trimEnd();
      // With its unit after a name (「死亡 十数例」「死亡 百数十例」, words13), a rough count of the line as 「死亡 約15例」 is.
      const unit = /^\s*(?:症例|例|名|人|件)/.exec(after)?.[0] ?? '';
      const closing =
        after.slice(unit.length).trim() === '' &&
        (name.length < before.length || /[:：\-–—]$/.test(name)) &&
        name.replace(/[:：\-–—]$/, '').trim() !== '';
      if (!(open || marked || closing)) continue;
      refuse(h, axis, line, writtenOf(h.label, `${w.written}${unit}`));
      return;
    }
    // A number with no unit beside a word that makes it a count of the label's patients (「死亡（うち3）」「脱落 (seven
    // excluded)」「3除外」): as above (attack22: read as a word before, the 3 in plain view). Not before a unit of
    // measure or a step (「うち2型」「うち65歳以上」「うち3回以上」).
    // A native numeral as its kanji (「うちふたり」 as 「うち二」, words9).
    const bare = MARKED_NUMBER.exec(nativeAsKanji(text));
    if (bare !== null) refuse(h, axis, line, bare[0]);
  };
  table.rows.forEach((h, i) => check(h, 'rows', table.cells[i]?.[0]?.line ?? table.line));
  table.cols.forEach((h) => check(h, 'cols', table.line));
}

/**
 * The counts with their unit in a text (`COUNT_TEXT`, and 「10例前後」) that are no ordinal (「3例目」「2人目」「3例目以降」: the third
 * case, words11 — refused as a count of 3 before).
 */
function cardinals(t: string): RegExpExecArray[] {
  const found = [...t.matchAll(COUNT_TEXT), ...t.matchAll(COUNT_ABOUT)].sort((a, b) => a.index - b.index);
  // Nor a unit of a rate (「1人あたり」「1症例当たり」: per patient, words12), nor a disease's name (「COVID-19患者」「SARS-CoV-2
  // 患者」: the 19 and the 2 no count, words44).
  return found.filter(
    (m) =>
      !/^\s?(?:番?目|あたり|当たり|当り|につき|ごと|毎)/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 4)) &&
      !(/^19(?!\d)/.test(m[0]) && /\bcovid-$/i.test(t.slice(Math.max(0, m.index - 7), m.index))) &&
      !(/^2(?!\d)/.test(m[0]) && /\bsars-cov-$/i.test(t.slice(Math.max(0, m.index - 10), m.index))),
  );
}
/** notes74: the most (base, share) pairs `leastShareBase` tries (bases 1 … N over every share): past it, no base read (said). */
const SHARE_BASE_WORK = 2_000_000;
/**
 * notes74: the smallest base m (1 … `n`) at which every bare share of `table` is a whole count (rounded or cut, as
 * check.ts `unknownNColumns` fits one): a verb's N `n` is the shares' base to a reader only where it is this (the shares
 * pin it; a smaller one they fit may be their own, the verb's patients more). −1 past `SHARE_BASE_WORK`.
 */
function leastShareBase(table: Table, n: number): number {
  const shares = table.cells.flat().flatMap((c) => (c.value.kind === 'percent' ? [c.value] : []));
  if (n * Math.max(1, shares.length) > SHARE_BASE_WORK) return -1;
  const half = (v: PercentValue) => 0.5 * 10 ** -v.decimals;
  const fits = (v: PercentValue, m: number) => {
    const c = Math.max(0, Math.ceil(((v.percent - half(v)) * m) / 100 - 1e-9));
    return 100 * c <= (v.percent + 2 * half(v)) * m + 1e-9;
  };
  for (let m = 1; m <= n; m++) if (shares.every((v) => fits(v, m))) return m;
  return n;
}
/** titles70: says a title's count of patients over the table's sum read as the table's N (`title/taken-n`), ours. */
function takenN(table: Table, where: string, words: string, n: number, line: number, out: ReadResult): void {
  out.warnings.push({
    code: 'title/taken-n',
    message: `表${table.number}の${where}の${quote(words)}を表の N（${n}）と読み、表の内訳の和との差を確かめました（チェッカーの判断：表の内訳の和以上の患者数で、読む人には表の N に見えるため。表の N なら「N=${n}」と書けばそのまま N として読みます）`,
    place: { line, table: table.number },
  });
}
/** titles70: a count of patients (no events' 件), and words around one that say they were left out (「146例を除外」「評価不能146例」). */
/** Words before and after a count that say it roughly (「約3例」「3例前後」「3例程度」「二、三例」; words12). */
const ROUGH_BEFORE =
  /(?:約|およそ|凡そ|概ね|おおむね|ほぼ|approximately|about|around|roughly|~|〜|(?:\d|[一二三四五六七八九十])[、,，\-–])\s*$/i;
const ROUGH_AFTER = /^\s*(?:前後|程度|ほど|くらい|ぐらい|弱|強|余り|あまり|余)/;
/** A bound with no unit closing a label in brackets (「（10未満）」「（5以下）」「(fewer than 10)」「(under five)」; words13). */
const UNITLESS_BOUND =
  /[([]\s?(?:(\d{1,4}|[〇一二三四五六七八九十]{1,4}|[2二]\s?桁)\s?(未満|以下|に満たない)|fewer\s+than\s+(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)|(?:less\s+than|under|below)\s+(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten))\s?[)\]]$/i;
/** Words of a measure in a label's name (a bound after them is a category: 「年齢（10未満）」「Age (under 5)」; words13). */
const MEASURE_NAME =
  /年齢|歳|値|スコア|点数|濃度|レベル|指数|期間|時間|日数|回数|量|率|程度|サイズ|径|体重|身長|\b(?:age|score|level|value|size|weight|bmi|dose|duration|time|years?|months?|weeks?|days?|hours?|grade|stage)\b/i;
/** A count's first bound before it (「二、三例」「2〜3例」「2-3例」「2から3例」; words13): a range, said whole in messages. */
const RANGE_BEFORE =
  /(?<![\d,.])(?:\d[\d,]*|(?<![〇一二三四五六七八九十百千])[〇一二三四五六七八九十百千]+)\s?(?:[、,，\-–〜~]|から|or|to)\s?$/i;
/**
 * The count at [start, end) of `t` (after `countText`) with the words that say it roughly or as a range around it
 * (「約3例」「3例前後」「二、三例」「2〜3例」), as `written` writes them (words13: quoted 「3例」 before, the reader's range
 * unsaid). `written` is the text `t` was read from.
 */
function countAsWritten(written: string, t: string, start: number, end: number): string {
  const before = t.slice(0, start);
  const first = RANGE_BEFORE.exec(before) ?? ROUGH_BEFORE.exec(before);
  const after = ROUGH_AFTER.exec(t.slice(end));
  if (first || after) return writtenOf(written, t.slice(first ? first.index : start, end + (after?.[0].length ?? 0)).trim());
  // A count written otherwise than read (「三例」「1 0 例」): as written, and as read after it (「三例（3例）」).
  const piece = t.slice(start, end);
  const said = writtenOf(written, piece);
  return said === piece ? piece : `${said}（${piece}）`;
}
/**
 * A piece of `countText(written)` (or of a text it was cut from) as `written` writes it (header.ts `writtenAt`): 「3例」
 * of 「死亡 三例」 is 「三例」. As given where it cannot be found.
 */
function writtenOf(written: string, piece: string): string {
  const at = countText(written).indexOf(piece);
  return at < 0 ? piece : writtenAt(written, at, at + piece.length) || piece;
}
/** A count said roughly with its unit (「10例前後」, words11), which `COUNT_TEXT` leaves (「3人前」 is no count). */
const COUNT_ABOUT = /(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)\s?(?:症例|例|名|人|件)(?=前後)/g;

/**
 * The numbers of a text (after `countText`) that are neither an N, a count with its unit, a table number, a year, a
 * date nor a footnote's number (注1, ※2, *1, 「※ 2）」 at the start): each may be a count the checker cannot place.
 */
function otherNumbers(t: string): string[] {
  const rest = t
    // words53: set apart from its mark before words (「※ 3 肺炎（30日）」), a count as much as a note's number: kept.
    .replace(/^\s*(?:注|※|\*|†|‡)(?:\d{1,2}\s*[):：.．、]?|\s+\d{1,2}\s*(?:[):：.．、]|$))/, '')
    .replace(DENOMINATOR_TEXT, '')
    .replace(TOTAL_N_TEXT, '')
    .replace(COUNT_TEXT, '')
    .replace(/(?:表|table|figure|図|第)\s*\d+(?:[.-]\d+)*/gi, '')
    // An ordinal (「3例目」「2人目」「3番目」「the 3rd patient」: the third case, words11) is no count.
    .replace(/(?<!\d)\d+\s?(?:症例|例|名|人|件|つ)?番?目|(?<![\d.,])\d+(?:st|nd|rd|th)\b/gi, '')
    // A unit of a rate (「1施設あたり」「1人当たり」: per site, words12) is no count.
    .replace(/(?<![\d.,])1\s?(?:症例|例|名|人|件|施設|患者|病院|医療機関)\s?(?:あたり|当たり|当り|につき|ごと|毎)/g, '')
    .replace(
      /(?:令和|平成|昭和|(?<!\s))\s*\d{1,4}\s*年度?|\d{1,2}\s*月|\d{1,2}\s*日|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|fy\s*\d{2,4}/gi,
      '',
    );
  return [...(rest.match(/\d[\d,]*/g) ?? []), ...englishNumbers(rest), ...englishQuantities(rest), ...kanjiNumbers(rest)];
}

/** The small-count threshold where the caller gives none (check.ts gives the rules'; as ofwhich.ts). */
const SMALL_COUNT = 10;

/**
 * Shares written in words outside the cells (a note's 「死亡は半数」, a title's 「全例」, 「all but one」) give a count back
 * from an N the file publishes (a title's or the corner's N, a header's, a total's): 半数 of N=6 is 3, 「all but one」 of
 * any N leaves 1 out. Each is refused (`line/share`), naming the line, where for some N published the count it says,
 * or the rest of N, lies within 1 to under the threshold (an attacker then knows a count under the threshold: as a
 * note's 「3例」 would say); a bound loose enough (「過半数」 of N=100) is left. A note's own share of no N published
 * is judged by the words alone (「all but one」 always leaves 1). The words' reading is ours (header.ts `shareWords`).
 */
function sharesOfNs(
  texts: readonly ShareText[],
  tables: readonly Table[],
  threshold: number,
  facts: ShareFact[] = [],
): { line: number; make: () => InputError }[] {
  const found: { line: number; make: () => InputError }[] = [];
  const nsOf = (t: Table) => {
    const ns = [t.denominator, ...t.cols.map((h) => h.denominator), ...t.rows.map((h) => h.denominator)];
    t.rows.forEach((h, r) =>
      t.cells[r]?.forEach((c, k) => {
        if ((h.kind === 'total' || t.cols[k]?.kind === 'total') && c.value.kind === 'count') ns.push(c.value.n);
      }),
    );
    return ns.filter((n): n is number => n !== undefined && Number.isInteger(n) && n > 0);
  };
  // Under the threshold for sure and not 0 for sure: a hidden count so bounded is known to be small (the oracle's test:
  // a hidden count's most under the threshold), whether or not it may be 0 (「過半数」 of 19 leaves 0–9).
  const small = (lo: number, hi: number) => hi >= 1 && hi <= threshold - 1 && lo <= hi;
  const sorted = (ns: number[]) => [...new Set(ns)].sort((a, b) => a - b);
  const perTable = new Map(tables.map((x) => [x.number, sorted(nsOf(x))]));
  const every = sorted([...perTable.values()].flat());
  for (const t of texts) {
    const all = t.table === undefined ? every : (perTable.get(t.table) ?? []);
    for (const word of t.words) {
      // The share of the group its words name (「A群の半数」「男性の全員」「B群では全例」, words9): that group's N where
      // each line so named publishes one, else every N as before (our reading of whose share it is, チェッカーの判断).
      const scope = t.table === undefined ? tables : tables.filter((x) => x.number === t.table);
      const group = groupNs(word.before, scope);
      // Or the share of a cell its words name (「A群の死亡の半数」: of A群's 死亡), or of a line publishing no N
      // (「死亡の半数」: of one of its counts or their sum, or of an N as before; words11, our reading).
      const cells = group
        ? undefined
        : cellBases(/\bof$/i.test(word.written) ? `${word.before}${word.written}` : word.before, scope, word.after);
      if (word.cellOnly && cells === undefined) continue;
      const ns = group?.ns ?? (cells ? (cells.cell ? cells.ns : sorted([...cells.ns, ...all])) : all);
      const factNs = cells ? (cells.cell ? [] : all) : ns;
      // Ns the words fit (a share of N at most N); 「all but one」 of any N (the largest one: it leaves the same 1).
      const leak = [...ns, ...(ns.length === 0 ? [Number.MAX_SAFE_INTEGER] : [])].find((n) => {
        const [lo, hi] = word.range(n).map((v) => Math.min(n, Math.max(0, v))) as [number, number];
        return small(lo, hi) || small(n - hi, n - lo);
      });
      if (leak === undefined) {
        // Not small, but narrow: kept for check.ts (a hidden complement it gives back; `ShareFact`). A label's share of
        // no N published (「死亡（半数）」 over columns with none) narrows its own line all the same: each of its counts
        // is that share of its column's sum (n 0: of the line's own N, unpublished).
        const [lo100, hi100] = word.range(100);
        if (t.own && ns.length === 0 && lo100 > 0 && hi100 < 100 && hi100 - lo100 < threshold)
          facts.push({
            line: t.line,
            where: t.where,
            written: word.written,
            table: t.own.table,
            lines: [t.own],
            n: 0,
            lo: lo100,
            hi: hi100,
          });
        for (const n of factNs) {
          const [lo, hi] = word.range(n).map((v) => Math.min(n, Math.max(0, v))) as [number, number];
          if (lo > 0 && hi < n && hi - lo < threshold) {
            facts.push({
              line: t.line,
              where: t.where,
              written: word.written,
              ...(t.table !== undefined && { table: t.table }),
              ...(group && { lines: group.lines }),
              n,
              lo,
              hi,
            });
            break;
          }
        }
        continue;
      }
      const [lo, hi] = word.range(leak).map((v) => Math.min(leak, Math.max(0, v))) as [number, number];
      const of = leak === Number.MAX_SAFE_INTEGER ? '' : `N ${fmt(leak)} のうち`;
      const said = (a: number, b: number) => (a === b ? `${fmt(a)}人` : `${fmt(a)}〜${fmt(b)}人`);
      const rest = small(lo, hi) ? '' : `（残りは ${said(leak - hi, leak - lo)}）`;
      found.push({
        line: t.line,
        make: () => ({
          code: 'line/share',
          message:
            `${t.where}の${quote(word.written)}は、${of}${leak === Number.MAX_SAFE_INTEGER && !small(lo, hi) ? `N によらず残りが ${said(leak - hi, leak - lo)}` : `${said(lo, hi)}${leak === Number.MAX_SAFE_INTEGER ? '' : rest}`}と読めます（チェッカーの判断）。` +
            `閾値 ${threshold} 未満の数が分かるため、数字で書いたのと同じく公表できません`,
          hint: '割合の言葉（「半数」「全員」「all but one」など）も N から人数が分かります。表の内訳なら表の行として書いて確かめ、そうでなければ注や題名から除いてください',
          place: { line: t.line, table: t.table ?? 0 },
        }),
      });
      break;
    }
  }
  return found;
}

/** Words after a group's name that make a share its own: 「A群の半数」「男性では全員」「B群のうち半数」「A群は全例」. */
const SHARE_OF = /(?:の\s*うち|の\s*中で?|の|では|は|で|中|のうち)\s*$/;
/** What ends the words before a group's name (punctuation, brackets, a space). */
const NAME_START = /[\s、。，,．.：:;；!！?？・(（「『【[\]）)」』】/／]/;

/**
 * The Ns of the lines (columns or rows of items) whose label the words just before a share name (`SHARE_OF`: 「A群の」
 * before 「半数」): each line's N (its header's, or its cell in the total line). Undefined where the words name none,
 * or a line so named publishes no N (the share is then judged with every N, as before words9).
 */
function groupNs(
  before: string,
  tables: readonly Table[],
): { ns: number[]; lines: { table: number; axis: 'rows' | 'cols'; index: number }[] } | undefined {
  const particle = SHARE_OF.exec(before);
  if (!particle) return undefined;
  const words = before.slice(0, particle.index).split(NAME_START).pop()!;
  const key = (label: string) => plainKey(label).replace(GROUP_WORD, '');
  const name = key(words);
  if (name === '') return undefined;
  const ns: number[] = [];
  const lines: { table: number; axis: 'rows' | 'cols'; index: number }[] = [];
  for (const table of tables)
    for (const axis of ['rows', 'cols'] as const) {
      const headers = axis === 'rows' ? table.rows : table.cols;
      const totals = (axis === 'rows' ? table.cols : table.rows).flatMap((h, k) => (h.kind === 'total' ? [k] : []));
      for (const [i, h] of headers.entries()) {
        if (h.kind === 'total' || key(h.label) !== name) continue;
        const cell = totals
          .map((k) => (axis === 'rows' ? table.cells[i]?.[k] : table.cells[k]?.[i])?.value)
          .find((v) => v?.kind === 'count');
        const n = h.denominator ?? (cell?.kind === 'count' ? cell.n : undefined);
        if (n === undefined || !Number.isInteger(n) || n <= 0) return undefined;
        ns.push(n);
        lines.push({ table: table.number, axis, index: i });
      }
    }
  return ns.length > 0 ? { ns: [...new Set(ns)].sort((a, b) => a - b), lines } : undefined;
}

/**
 * The counts a share's words name as its base where they name no line with an N (`groupNs`, words11): a cell, by its
 * row's and its column's names joined with の in either order (「A群の死亡の半数」: A群's 死亡, `cell`), or a line of
 * items that states no N (「死亡の半数」: each of its published counts and their sum; 「死亡は半数」 is half the patients, a
 * share of N as before). Undefined where they name none.
 * Before, such a share was judged with the Ns only, and half of A群's 死亡 of 12 (6) passed beside A群's N of 100.
 */
function cellBases(before: string, tables: readonly Table[], after = ''): { ns: number[]; cell: boolean } | undefined {
  // Of a line or a cell only after の (「死亡の半数」「死亡のうち半数」); 「死亡は半数」 says half of the patients died.
  const particle = /の(?:うち|中で?)?\s*$/.exec(before);
  // In English, the words after 「half of」 (「half of group A's deaths」「half of the deaths in group A」, words12).
  if (!particle) return /\bof\s*$/i.test(before + ' ') && after !== '' ? namedCell(englishWords(after), tables, true) : undefined;
  const found = namedParts(before.slice(0, particle.index), tables);
  if (found) return found;
  // The names written together or with で, brackets or 例 between them (「A群死亡の半数」「A群で死亡の半数」
  // 「死亡例（A群）の半数」, words12: judged with the Ns only before).
  const stretch = before
    .slice(0, particle.index)
    .split(/[\s、。，,．.：:;；!！?？「」『』【】]/)
    .pop()!;
  return namedCell([plainKey(stretch)], tables, false);
}

/** The words of an English text up to its first clause's end, lower case, for `namedCell`. */
function englishWords(text: string): string[] {
  const clause = text.split(/[,.;:!?]|\b(?:were|was|are|is|had|have|has|did|died|who|which|that)\b/i)[0]!;
  return clause
    .toLowerCase()
    .split(/[^a-z0-9\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u)
    .filter((w) => w !== '' && w !== 's');
}
/** A label's words as `namedCell` compares them: lower case, no N, no word for a group; plural 「s」 off. */
function labelWords(label: string): string[] {
  return countText(label)
    .replace(DENOMINATOR_TEXT, ' ')
    .toLowerCase()
    .split(/[^a-z0-9\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u)
    .filter((w) => w !== '' && !/^(?:group|grp|arm|cohort)$/.test(w))
    .map((w) => w.replace(GROUP_WORD, '').replace(/(?<=[a-z]{3})s$/, ''))
    .filter((w) => w !== '');
}
/**
 * The cell (or line) a stretch of text names by a row's and a column's labels (words12): in English by their words
 * among the text's (`english`: 「group A's deaths」, 「the deaths in group A」); in Japanese by their keys in the one
 * word the stretch is (`words[0]`), what is left being only particles, brackets and words for cases (「A群死亡」
 * 「A群で死亡」「死亡例（A群）」). Our reading of whose share it is.
 */
function namedCell(words: string[], tables: readonly Table[], english: boolean): { ns: number[]; cell: boolean } | undefined {
  const plain = words.map((w) => w.replace(/(?<=[a-z]{3})s$/, ''));
  const count = (c: Cell | undefined) => (c?.value.kind === 'count' ? c.value.n : undefined);
  const filler = /^(?:の|で|では|における|に|中|うち|例|症例|患者|群|[()（）[\]［］])*$/;
  // The longest label of an axis the words hold, and what is left of them.
  const named = (hs: readonly Header[], text: string, rest: string[]) => {
    let best = -1;
    let left = text;
    let size = 0;
    for (const [i, h] of hs.entries()) {
      if (h.kind === 'total') continue;
      if (english) {
        const lw = labelWords(h.label);
        if (lw.length === 0 || !lw.every((w) => rest.includes(w)) || lw.join('').length <= size) continue;
        best = i;
        size = lw.join('').length;
      } else {
        const key = plainKey(countText(h.label).replace(DENOMINATOR_TEXT, '')).replace(GROUP_WORD, '');
        if (key === '' || !text.includes(key) || key.length <= size) continue;
        best = i;
        size = key.length;
        left = text.replace(key, '');
      }
    }
    return { index: best, left };
  };
  const ns: number[] = [];
  let cell = false;
  for (const table of tables) {
    const text = words[0] ?? '';
    const r = named(table.rows, text, plain);
    const c = named(table.cols, r.index >= 0 ? r.left : text, plain);
    const rest = english ? '' : c.index >= 0 ? c.left : r.left;
    if (!english && !filler.test(rest)) continue;
    if (r.index >= 0 && c.index >= 0) {
      const n = count(table.cells[r.index]?.[c.index]);
      if (n !== undefined) {
        ns.push(n);
        cell = true;
      }
    } else if (r.index >= 0 && table.rows[r.index]!.denominator === undefined) {
      const at = (k: number) => count(table.cells[r.index]?.[k]);
      const items = topLevel(table.cols).map(at);
      ns.push(...table.cols.map((_, k) => at(k)).filter((n): n is number => n !== undefined));
      if (items.every((n) => n !== undefined)) ns.push(items.reduce((x, y) => x! + y!, 0)!);
    }
  }
  const found = ns.filter((n) => Number.isInteger(n) && n > 0);
  return found.length > 0 ? { ns: [...new Set(found)].sort((a, b) => a - b), cell } : undefined;
}

/** `cellBases` where the words before の are the labels joined by の (「A群の死亡」「死亡の」). */
function namedParts(words0: string, tables: readonly Table[]): { ns: number[]; cell: boolean } | undefined {
  const words = words0.split(NAME_START).pop()!;
  const key = (label: string) => plainKey(label).replace(GROUP_WORD, '');
  const parts = words
    .split('の')
    .map((p) => key(p.trim()))
    .filter((p) => p !== '');
  const count = (c: Cell | undefined) => (c?.value.kind === 'count' ? c.value.n : undefined);
  const find = (hs: readonly Header[], name: string) => hs.findIndex((h) => h.kind !== 'total' && key(h.label) === name);
  const ns: number[] = [];
  let cell = false;
  for (const table of tables) {
    if (parts.length === 2) {
      for (const [a, b] of [parts, [...parts].reverse()] as [string, string][]) {
        const r = find(table.rows, a);
        const c = find(table.cols, b);
        const n = r >= 0 && c >= 0 ? count(table.cells[r]?.[c]) : undefined;
        if (n !== undefined) {
          ns.push(n);
          cell = true;
        }
      }
    } else if (parts.length === 1) {
      for (const axis of ['rows', 'cols'] as const) {
        const headers = axis === 'rows' ? table.rows : table.cols;
        const across = axis === 'rows' ? table.cols : table.rows;
        const i = find(headers, parts[0]!);
        if (i < 0 || headers[i]!.denominator !== undefined) continue;
        const at = (k: number) => count(axis === 'rows' ? table.cells[i]?.[k] : table.cells[k]?.[i]);
        const items = topLevel(across).map(at);
        ns.push(...across.map((_, k) => at(k)).filter((n): n is number => n !== undefined));
        if (items.every((n) => n !== undefined)) ns.push(items.reduce((x, y) => x! + y!, 0)!);
      }
    }
  }
  const found = ns.filter((n) => Number.isInteger(n) && n > 0);
  return found.length > 0 ? { ns: [...new Set(found)].sort((a, b) => a - b), cell } : undefined;
}

/** The column (or row) without an N whose label a title's text ends with, just before a count: 「男性」 in 「男性30例」. */
function namedHeader(table: Table, before: string): Header | undefined {
  const written = before.replace(TITLE_N_LEAD, '');
  const text = plainKey(written);
  if (text === '') return undefined;
  const last = labelKey(written.split(/[\s・･/／×、，,|｜]+/).pop()!);
  for (const headers of [table.cols, table.rows]) {
    const found = headers.find(
      (h) =>
        h.kind !== 'total' &&
        h.denominator === undefined &&
        plainKey(h.label) !== '' &&
        (text.endsWith(plainKey(h.label)) || last === labelKey(h.label)),
    );
    if (found) return found;
  }
  return undefined;
}

/**
 * A title's count read as a line's sum (「重篤 7例」 over a line 切断 adding up to 7) that is also the sum of two or three
 * other top-level lines of that axis (転倒 5 + 肺炎 2, words46): which lines the count is of, the title does not say.
 * Each such sum is true of the counts, so up to `LINE_SUBSETS` of them are published equations too (`Table.crossSums`:
 * the hidden counts are protected under every reading), said in a warning as the checker's; with more, the warning
 * says they are not checked (the count read as the line's only).
 */
const LINE_SUBSETS = 4;
function alsoSumOfLines(
  table: Table,
  n: number,
  withSum: readonly Header[],
  lineSum: (axis: 'rows' | 'cols', i: number) => number,
  where: string,
  written: string,
  line: number,
  out: ReadResult,
): void {
  for (const axis of ['rows', 'cols'] as const) {
    const headers = axis === 'rows' ? table.rows : table.cols;
    const items = topLevel(headers).filter((i) => headers[i]!.kind !== 'total' && !withSum.includes(headers[i]!));
    if (items.length > 16) continue;
    const found: number[][] = [];
    const walk = (from: number, chosen: number[], sum: number) => {
      if (chosen.length >= 2 && sum === n) found.push([...chosen]);
      if (chosen.length === 3 || sum >= n) return;
      for (let k = from; k < items.length; k++) walk(k + 1, [...chosen, items[k]!], sum + lineSum(axis, items[k]!));
    };
    walk(0, [], 0);
    if (found.length === 0) continue;
    const across = topLevel(axis === 'rows' ? table.cols : table.rows);
    if (found.length <= LINE_SUBSETS)
      for (const lines of found)
        (table.crossSums ??= []).push(axis === 'rows' ? { rows: lines, cols: across, n, line } : { rows: across, cols: lines, n, line });
    const kind = axis === 'rows' ? '行' : '列';
    const sums = found
      .slice(0, LINE_SUBSETS)
      .map((ls) => ls.map((i) => quote(headers[i]!.label)).join('＋'))
      .join('、');
    out.warnings.push({
      code: 'title/lines-sum',
      message: `表${table.number}の${where}の${quote(written)}は、${kind}${sums}${found.length > LINE_SUBSETS ? 'など' : ''}の合計の和とも一致します（チェッカーの推定：どの${kind}の数か題名からは決められません）。${found.length <= LINE_SUBSETS ? 'どの読み方でも隠した数が分からないよう確かめました' : `読み方が${found.length}通りあり、${kind}の合計としてだけ確かめました`}。複数の${kind}の和なら、${kind}の名前を「と」で並べて書いてください`,
      place: { line, table: table.number },
    });
  }
}

/**
 * A word of a step before a number closing a comma (「Week 7, 11 serious events」「Visit 3, 12 patients」「Week 35, SAEs
 * 6」, words48): the comma ends the step — no range 「7, 11」 of counts, no count said roughly (「35, SAEs 6」) — a list
 * of ours, singular (「Weeks 4, 8」 is a list).
 */
const STEP_COMMA = /\b(?:week|visit|cycle|day|month|dose|arm|cohort|level|stage|phase|period|table|figure|fig\.)\s*$/i;
/** A title or corner longer than this is not searched for lists of lines before bare numbers or commas (each a walk). */
const TITLE_LISTS = 400;

/**
 * The one top-level line (not a total) whose label a title names with more words after it (「A群の重篤」「Serious AEs in
 * arm B:」「男性の死亡」, words49): a count after it is of that line's cells to a reader (our reading). The longest label
 * found, written whole (not inside a word of Latin letters or digits); none where two lines' labels are found alike.
 */
function namedLineCells(table: Table, before: string, closing = false): { axis: 'rows' | 'cols'; i: number } | undefined {
  const norm = (x: string) => x.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const written = norm(before);
  let best: { axis: 'rows' | 'cols'; i: number; len: number } | undefined;
  let tie = false;
  for (const axis of ['cols', 'rows'] as const) {
    const headers = axis === 'rows' ? table.rows : table.cols;
    for (const i of topLevel(headers)) {
      const h = headers[i]!;
      const l = norm(h.label);
      if (h.kind === 'total' || l === '' || /^\d+$/.test(l)) continue;
      const at = written.lastIndexOf(l);
      if (at < 0) continue;
      const after = written.slice(at + l.length);
      // Words after the label (a label closing the text is namedHeader's: 「A群 (N=40)」), whole in Latin words.
      if (
        (!closing && !/[\p{L}\p{N}]/u.test(after)) ||
        (closing && !/[\p{L}]/u.test(written.slice(0, at))) ||
        /^[a-z\d]/.test(after) ||
        (at > 0 && /[a-z\d]$/.test(written.slice(0, at)) && /^[a-z\d]/.test(l))
      )
        continue;
      if (best && best.len === l.length) tie = true;
      if (!best || l.length > best.len) [best, tie] = [{ axis, i, len: l.length }, false];
    }
  }
  return best && !tie ? { axis: best.axis, i: best.i } : undefined;
}

/**
 * A count naming a column and one or more rows, or a row and one or more columns (「A群の転倒 3例」「Falls in arm B: 3」
 * 「肺炎と輸血のうちB群 5例」「6 amputations and falls in Arm C」, words50): where the sum of the cells where they cross
 * is the count, that sum is the natural reading — one equation (`Table.crossSums`), said as the checker's. The lines
 * are the top-level ones (no total) whose labels the text holds whole (Latin words whole, a plural 「s」 allowed; a
 * label inside a longer one found is not counted). Undefined where one axis is not named or the cells add up otherwise.
 */
function crossCells(table: Table, text: string, n: number): { rows: number[]; cols: number[] } | undefined {
  const { rows, cols } = linesNamedIn(table, text);
  if (rows.length === 0 || cols.length === 0 || (rows.length > 1 && cols.length > 1)) return undefined;
  let sum = 0;
  for (const r of rows)
    for (const c of cols) {
      const v = table.cells[r]?.[c]?.value;
      if (v?.kind !== 'count') return undefined;
      sum += v.n;
    }
  return sum === n ? { rows, cols } : undefined;
}

/** The top-level lines (no total) whose labels `text` holds whole, per axis (`crossCells`' search; words50/52). */
function linesNamedIn(table: Table, text: string): { rows: number[]; cols: number[] } {
  const norm = (x: string) => x.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const written = norm(text);
  const found = (axis: 'rows' | 'cols') => {
    const headers = axis === 'rows' ? table.rows : table.cols;
    const hits = axisOf(table, axis).flatMap((i) => {
      const l = norm(headers[i]!.label);
      if (l === '' || /^\d+$/.test(l)) return [];
      for (let at = written.indexOf(l); at >= 0; at = written.indexOf(l, at + 1)) {
        const after = written.slice(at + l.length).replace(/^s(?![a-z\d])/, '');
        if (/^[a-z\d]/.test(l.slice(-1)) && /^[a-z\d]/.test(after)) continue;
        if (/^[a-z\d]/.test(l) && at > 0 && /[a-z\d]$/.test(written.slice(0, at))) continue;
        return [{ i, l, at }];
      }
      return [];
    });
    return hits.filter((h) => !hits.some((o) => o !== h && o.l.length > h.l.length && o.l.includes(h.l))).map((h) => h.i);
  };
  return { rows: found('rows'), cols: found('cols') };
}

/**
 * A count naming two or more lines of one axis, and one line of the other or none (「B群の肺炎・輸血 4例」「肺炎または
 * 輸血の患者 9例」「Patients with stroke or fall in arm B: 5」, words52), that is not their (crossing) cells' sum but lies
 * from the largest one's up to below it: the count of their patients counted once (the union) to a reader — at least
 * each line's, at most their sum, which bounds the hidden ones (a union of 5 over cells 3 and 4 hidden: each at most
 * 5, together at least 5). Our reading (チェッカーの推定: the numbers alone do not say it is the union); read before
 * words50's crossing cells (a sum, checked as an equation where it is one) fails, the longer label's line's sets
 * (words49), a line's sum or a group's N. The lines named and their values; undefined where it cannot be the union.
 */
function unionCells(
  table: Table,
  text: string,
  n: number,
  lineSum: (axis: 'rows' | 'cols', i: number) => number,
): { axis: 'rows' | 'cols'; lines: number[]; at?: number; values: number[] } | undefined {
  if (table.kind !== 'count') return undefined;
  const { rows, cols } = linesNamedIn(table, text);
  const axis = rows.length >= 2 && cols.length <= 1 ? 'rows' : cols.length >= 2 && rows.length <= 1 ? 'cols' : undefined;
  if (!axis) return undefined;
  const lines = axis === 'rows' ? rows : cols;
  const at = (axis === 'rows' ? cols : rows)[0];
  const values = lines.map((i) => {
    if (at === undefined) return lineSum(axis, i);
    const v = (axis === 'rows' ? table.cells[i]?.[at] : table.cells[at]?.[i])?.value;
    return v?.kind === 'count' ? v.n : NaN;
  });
  if (values.some((v) => !Number.isFinite(v))) return undefined;
  const sum = values.reduce((s, v) => s + v, 0);
  return n >= Math.max(...values) && n < sum ? { axis, lines, ...(at !== undefined && { at }), values } : undefined;
}

/**
 * The words around a count at [from, to) up to the numbers beside it (「表2 転帰（B群の肺炎・輸血 4例）」: 「 転帰（B群の肺炎・
 * 輸血 」; 「A群の肺炎 2例、輸血 3例」 gives 3 「例、輸血 」 only): the lines `unionCells` looks for are those this count
 * names, not another's. `bare`: the words after it too (a bare number before labels).
 */
function segmentOf(t: string, from: number, to: number, bare = true): string {
  const before = t.slice(0, from);
  const last = before.search(/\d[^\d]*$/);
  const after = bare ? t.slice(to) : '';
  const next = after.search(/\d/);
  return `${last < 0 ? before : before.slice(last + 1)} ${next < 0 ? after : after.slice(0, next)}`;
}

/**
 * The one top-level line (no total) whose label opens `after` (「 肺炎）」「 Stroke」「 肺炎の患者」, words52): a bare
 * number before it is that line's count to a reader. None after a word of a step or a table's number (「表 2 入院」「Week
 * 12 Fall」) or a number written onto a word (「表2 入院」); the longest label, whole in Latin words (a plural 「s」 allowed).
 */
function lineAfter(table: Table, before: string, after: string): { axis: 'rows' | 'cols'; i: number } | undefined {
  if (
    /[\p{L}\d.,]$/u.test(before) ||
    /(?:表|図|第|\b(?:table|figure|fig\.|week|visit|cycle|day|month|dose|arm|cohort|level|stage|phase|period|grade|no\.))\s*$/i.test(before)
  )
    return undefined;
  const norm = (x: string) => x.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  const written = norm(after).trimStart();
  if (written.length === norm(after).length) return undefined;
  let best: { axis: 'rows' | 'cols'; i: number; len: number } | undefined;
  let tie = false;
  for (const axis of ['rows', 'cols'] as const) {
    const headers = axis === 'rows' ? table.rows : table.cols;
    for (const i of axisOf(table, axis)) {
      const l = norm(headers[i]!.label).trim();
      if (l === '' || /^\d/.test(l) || !written.startsWith(l)) continue;
      const rest = written.slice(l.length).replace(/^s(?![a-z\d])/, '');
      if (/[a-z\d]$/.test(l) && /^[a-z\d]/.test(rest)) continue;
      if (best && best.len === l.length) tie = true;
      if (!best || l.length > best.len) [best, tie] = [{ axis, i, len: l.length }, false];
    }
  }
  return best && !tie ? { axis: best.axis, i: best.i } : undefined;
}

/** words53: a note's mark, its number and the words after it (`markNumber`), and the note's line and text. */
interface MarkNote {
  n: number;
  glued: boolean;
  words: string;
  line: number;
  text: string;
  /** words57: the note's own number before its count (「Note 1: 3 patients excluded」「※1 3例を除く」: 1), `numberedNote`. */
  no?: number;
  /** titles75: the glued number before an ordinary word opening with a counter (「※7名古屋市」, `UNIT_WORD`). */
  unitWord?: boolean;
}

/**
 * words57: a numbered note's opening — 「Note 1:」「注1:」「注1）」「注 2」 (a word and a number) or a mark with a number
 * written onto it (「※1」「*1」「†2」), closed or followed by a space — where more follows.
 */
const NUMBERED_OPENING = /^\s*(?:(?:notes?|注記?)\s*(\d{1,3})(?:\s*[:.)]\s*|\s+)|[※*†‡](\d{1,3})(?:[:.)]\s*|\s+))(?=\S)/iu;

/** words57: an opening whose first number follows a space after its word (「Note 3 」「注 3 」), not closed. */
const apartNumber = (opening: string) => {
  const d = opening.search(/\d/);
  return d >= 2 && /\s/.test(opening[d - 1]!);
};
/** words57: a numbered note's text with its opening taken off (「Note 1: Fisher's exact test」: 「Fisher's exact test」). */
const withoutNumber = (text: string) => {
  const t = text.normalize('NFKC');
  const m = NUMBERED_OPENING.exec(t);
  // 「Note 3 sites excluded」「注 3 肺炎」: a number set apart and not closed may be the note's count (words53), kept.
  return m && (/[:.)]\s*$/.test(m[0]) || !apartNumber(m[0])) ? t.slice(m[0].length) : text;
};

/**
 * words57: a numbered note whose words open with one count and its unit and hold no other number (「Note 1: 3 patients
 * excluded」「注 2 6 例を除く」「※1 3例を除外」「*1 2 sites excluded」): the note's number (`no`), the count and the words
 * from its unit on — read as words55's `leftOutNote` reads 「※ 3 例を除く」 (`markNoteCounts`). A mark with its number set
 * apart (「※ 1 3例」) is not one: which number is the note's is unsaid (refused as before).
 */
function numberedNote(text: string): { no: number; n: number; glued: boolean; words: string } | undefined {
  const t = text.normalize('NFKC');
  const open = NUMBERED_OPENING.exec(t);
  if (!open) return undefined;
  const m =
    /^(\d{1,6})\s*((?:例|名|人|件|施設|病院|医療機関|機関|センター|patients?|cases?|subjects?|sites?|centres?|centers?|hospitals?|institutions?|clinics?)(?![a-z])[^\d]*)$/iu.exec(
      t.slice(open[0].length),
    );
  return m ? { no: Number(open[1] ?? open[2]), n: Number(m[1]), glued: false, words: m[2]!.trim() } : undefined;
}

/**
 * words53: a note opening with a mark, a number and words with no digit (「※ 3 肺炎」「※3 肺炎は…」「* 4 Stroke」):
 * `glued` where the number is written onto the mark (the layout of a note's number, 「※1」). None where a bracket, a
 * colon or a stop closes the number (「※1）」「注1:」「*1.」: a note's number) or other numbers follow (a note with
 * counts, read as before).
 */
function markNumber(text: string): { n: number; glued: boolean; words: string; unitWord?: boolean } | undefined {
  // words59: 「Note 6 patients excluded」 as 「注 6 例を除く」 — the word set apart from its number (never glued).
  const m = /^\s*(?:注|※|\*|＊|†|‡|[Nn]otes?(?=\s))(\s*)(\d{1,4})\s+([^\d０-９\s):：.．、）)][^\d０-９]*)$/u.exec(text);
  if (m) return { n: Number(m[2]), glued: m[1] === '', words: m[3]!.trim() };
  // notes74: 「※3例を除外」「注3名は除外」 — a Japanese unit of patients written onto the glued number (`GLUED_JA_COUNT`):
  // glued, its words the unit on (read both ways, `gluedCount`), as 「※3 例を除外」 is.
  const ja = GLUED_JA_COUNT.exec(normalise(text));
  if (ja) return { n: Number(ja[1]), glued: true, words: ja[2]!.trim() };
  // titles75: 「※7名古屋市のデータ」「※1人口は…」 — a unit's character written onto the glued number that opens an ordinary
  // word (`UNIT_WORD`): the note's number to a reader, a count only to one who cuts the word (`unitWordNote`).
  // A year in its words (「※1人口は2020年国勢調査」) is no count; any other number: not this (a note with counts).
  const w = UNIT_WORD_NOTE.exec(normalise(text));
  return w && !/\d/.test(w[2]!.replace(/(?<!\d)(?:19|20)\d\d(?=\s*年)/g, ''))
    ? { n: Number(w[1]), glued: true, words: w[2]!.trim(), unitWord: true }
    : undefined;
}
/**
 * titles75: ordinary words opening with a counter of patients (名 人 例 件), no count of them after a number: place
 * names, 「人口」「人種」「人工」, 「例えば」「例外」 (ours, a list). Written onto a mark's number (「※7名古屋市のデータ」
 * 「注1人口は2020年国勢調査」) the number is the note's (`unitWordNote`); the base refused them as a count 「7名」.
 */
const UNIT_WORD = String.raw`名古屋|名寄|名張|名取|名護|名瀬|名称|名前|名簿|名義|名目|人口|人種|人工|人間|人材|人件費|人事|人権|人格|人体|例えば|例外|例年|例示|件名`;
const UNIT_WORD_NOTE = new RegExp(String.raw`^\s*(?:注|※|\*|＊|†|‡)(\d{1,4})((?:${UNIT_WORD}).*)$`, 'u');

/**
 * notes74: a mark with its number written onto a line's label, no space (「※3がん」「注3肺炎」): the base read it as a
 * note's number silently (「※3がん」 beside がん's hidden 3 given back to a reader who takes it for 3 cancers). Glued (the
 * note's number or that line's count, `markNoteCounts`: refused where it is the line's sum or some of its cells'), only
 * where the words open with one of `labels` (the longest; a Latin one whole). Else undefined (read as before).
 */
function tightMark(text: string, labels: readonly string[]): { n: number; glued: true; words: string } | undefined {
  const t = normalise(text);
  const m = /^(?:注|※|\*|†|‡)(\d{1,4})(?=[^\d\s])(.*)$/u.exec(t);
  if (!m) return undefined;
  const words = m[2]!.toLowerCase();
  const opens = labels.some((l) => {
    const k = normalise(countText(l)).toLowerCase().replace(DENOMINATOR_TEXT, '').trim();
    return k !== '' && !/^\d/.test(k) && words.startsWith(k) && !(/[a-z\d]$/.test(k) && /^[a-z\d]/.test(words.slice(k.length)));
  });
  return opens ? { n: Number(m[1]), glued: true, words: m[2]!.trim() } : undefined;
}

const MARK_HINT =
  '注の番号なら「※1」のように記号に続けて書くか「※1）」と閉じてください。数なら表の行として書くか、注から除いてください（注の数も公表されます）';

/**
 * words53: notes under a table of a mark, a number and words (`markNumber`), read by their layout (チェッカーの判断):
 * a number set apart from its mark and followed by one line's label (「※ 3 肺炎」) is that line's count, as words52
 * reads 「（3 肺炎）」 — its sum (the line's N, checked), or some of its cells' sum (equations), else refused (a count of
 * the line that cannot be checked, or a note's number: unsaid); set apart before no label, refused alike. Written onto
 * the mark (「※3 肺炎」) it is a note's number, said so — refused where it is also the named line's sum or some of its
 * cells' (either reading fits).
 */
function markNoteCounts(table: Table, notes: readonly MarkNote[], out: ReadResult, threshold: number, late = false): void {
  const lineSum = (axis: 'rows' | 'cols', i: number) =>
    topLevel(axis === 'rows' ? table.cols : table.rows).reduce((s, k) => {
      const v = (axis === 'rows' ? table.cells[i]?.[k] : table.cells[k]?.[i])?.value;
      return s + (v?.kind === 'count' ? v.n : NaN);
    }, 0);
  for (const m of notes) {
    if (m.no !== undefined) {
      numberedNoteCount(table, m, out);
      continue;
    }
    const after = table.kind === 'count' ? lineAfter(table, '', ` ${m.words}`) : undefined;
    const h = after && (after.axis === 'rows' ? table.rows : table.cols)[after.i]!;
    const kind = after?.axis === 'rows' ? '行' : '列';
    const sum =
      after !== undefined &&
      h !== undefined &&
      lineSum(after.axis, after.i) === m.n &&
      (h.denominator === undefined || h.denominator === m.n);
    const sets = after && !sum ? cellSetsOf(table, after, m.n) : undefined;
    const place = { line: m.line, table: table.number };
    // titles72: 「※146 participants」「※146 died」 — the glued number with words a title's N is written in (header.ts
    // `titleNs`), over the table's sum by fewer than the threshold: the table's N to a reader as much as a note's number
    // (the patients left out a small count published). Refused naming both readings.
    const grand = table.kind === 'count' ? topLevel(table.rows).reduce((s, i) => s + lineSum('rows', i), 0) : NaN;
    const asN =
      m.glued &&
      !sum &&
      !sets &&
      m.n > grand &&
      m.n - grand < threshold &&
      titleNs(`${m.n} ${m.words}`).some((x) => x.index === 0 && x.n === m.n);
    if (asN) {
      out.errors.push({
        code: 'line/count',
        message: `${m.line}行目${quote(m.text)}は表${table.number}の下の注です。記号に続く「${m.n}」は、注の番号とも、表の患者数（N）とも読め、どちらか決まりません（チェッカーの推定：数の後の語が題名の N の書き方で、数が表の内訳の和 ${grand} より ${m.n - grand} 多いため）。N なら表に載らない ${m.n - grand} 人が公表されます`,
        hint: `${MARK_HINT}。表の N なら表題に「(N=${m.n})」と書き、表に載らない患者を表の行として加えてください`,
        place: { line: m.line, table: table.number },
      });
      continue;
    }
    // titles75: 「※7名古屋市のデータ」 — the note's number where no reading of 「7名」 fits the table (`unitWordNote`).
    if (m.unitWord && !sum && !sets) {
      unitWordNote(table, m, out, grand);
      continue;
    }
    // notes73: 「※3 patients excluded」「注3 例除外」「*3 lost」 — the glued number before a noun of patients or a verb of
    // leaving out (`GLUED_COUNT`): a count of patients to a reader as much as the note's number. Read both ways.
    if (m.glued && !sum && !sets && GLUED_COUNT.test(m.words.normalize('NFKC'))) {
      gluedCount(table, m, out, threshold);
      continue;
    }
    if (m.glued && !sum && !sets) {
      out.warnings.push({
        code: 'line/not-read',
        message: `${m.line}行目${quote(m.text)}は表${table.number}の下の注のため、表として確かめていません（「${m.n}」は記号に続けて書かれているため注の番号と読みました。チェッカーの判断：${after ? `${kind}${quote(h!.label)}の合計でもどのセルの和でもありません` : '後の語は表の行・列の名前ではありません'}）`,
        place,
      });
      continue;
    }
    if (!m.glued && sum) {
      // Read with the table, the line's N (checked as words52's); after it (a note after an empty line), its equation.
      const across = topLevel(after!.axis === 'rows' ? table.cols : table.rows);
      if (!late) h!.denominator = m.n;
      else
        (table.crossSums ??= []).push(
          after!.axis === 'rows'
            ? { rows: [after!.i], cols: across, n: m.n, line: m.line }
            : { rows: across, cols: [after!.i], n: m.n, line: m.line },
        );
      out.warnings.push({
        code: 'title/lines-sum',
        message: `表${table.number}の${m.line}行目の注${quote(m.text)}の「${m.n}」を、直後の${kind}${quote(h!.label)}の合計と読み、公表される数として確かめました（チェッカーの推定：記号と数の間が空き、数の後に${kind}の名前が書かれ、その合計と一致するため）`,
        place,
      });
      continue;
    }
    if (!m.glued && sets && readCellSums(table, sets, m.n, `${m.line}行目の注`, `${m.n}`, m.line, out)) continue;
    const left = !m.glued && !after ? leftOutNote(table, m) : undefined;
    if (left) {
      leftOutRead(out, table, m, left, {
        code: 'line/not-read',
        message: `${m.line}行目${quote(m.text)}は表${table.number}の下の注のため、表として確かめていません（「${m.n}」は${left.what}と読みました。チェッカーの判断：${left.why}${/^\s*notes?\s/i.test(m.text) ? `。注の番号と読んでも表の数にはなりません` : ''}）`,
        place,
      });
      continue;
    }
    const which = after ? `${kind}${quote(h!.label)}` : `後の語${quote(m.words)}`;
    out.errors.push({
      code: 'line/count',
      message: m.glued
        ? `${m.line}行目${quote(m.text)}は表${table.number}の下の注です。記号に続く「${m.n}」は、注の番号とも、${which}の${sum ? '合計' : 'いくつかのセルの和'}（${m.n}）とも読め、どちらか決まりません（チェッカーの判断）。数なら公表される数で、隠した数が分かることがあります`
        : `${m.line}行目${quote(m.text)}は表${table.number}の下の注です。記号の後に空けて書かれた「${m.n}」は、注の番号とも${which}の数とも読め、どちらか決まりません（チェッカーの判断）。${after ? `数なら${which}の合計でもどのセルの和でもなく、` : '数なら'}確かめられません`,
      hint: MARK_HINT,
      place,
    });
  }
}

/**
 * notes73: words after a note's glued number that make it a count of patients to a reader (「※3 patients excluded」
 * 「注3 例除外」「*3 lost to follow-up」「†3 withdrew」): a noun of patients (Japanese ones only before a particle other than
 * 「の」, a stop or a verb of leaving out: not 「人口」「名古屋」「例えば」「患者背景」「例の」) or a verb of leaving out. Not 「※1 2020年のデータ」
 * 「注3 参考値」「*1 p<0.05」 (no noun of patients: a note's number, as before).
 */
const GLUED_COUNT =
  /^(?:(?:patients?|pts\.?|subjects?|participants?|cases?|persons?|people|individuals?)(?![a-z])|(?:症例|患者|例|名|人|件)(?=\s*(?:とも|[をがはも、。,.]|$|除|脱落|中止|死亡|欠測|追跡|転院|撤回|同意|不明))|(?:(?:were|was|had)\s+)?(?:excluded|excluding|withdr[a-z]*|lost|dropped|removed|died|deceased|censored|missing)(?![a-z])|除外|除いた|除く|脱落|中止|死亡|欠測|追跡不能)/iu;
const GLUED_HINT =
  '数なら記号と数の間を空けるかコロンで区切り（「※ 3 例を除く」「注1: 3 例を除く」）、注の番号なら「注1」「※1）」と書いてください（注の数も公表されます）';

/**
 * notes73: a glued note whose words make its number a count of patients too (`GLUED_COUNT`), read both ways (チェッカー
 * の推定): a note of patients left out where words55's `leftOutNote` reads it (no line's sum nor cells' sum, no N) —
 * read, said; else refused (`line/count`) where the count reading publishes a small count or works one back — a line's
 * sum or cells' (`lineOfCount`: a hidden cell, 3), an N stated (the N less the sum), or a count under the threshold;
 * else (at least the threshold, no line's, no N) read as the note's number, both readings said.
 */
function gluedCount(table: Table, m: MarkNote, out: ReadResult, threshold: number): void {
  const place = { line: m.line, table: table.number };
  const left = leftOutNote(table, m);
  if (left) {
    leftOutRead(out, table, m, left, {
      code: 'line/not-read',
      message: `${m.line}行目${quote(m.text)}は表${table.number}の下の注のため、表として確かめていません（記号に続く「${m.n}」は注の番号とも${left.what}とも読めますが、どちらでも表の数にはなりません。チェッカーの推定：${left.why}）`,
      place,
    });
    return;
  }
  const hit = lineOfCount(table, m.n);
  const stated = table.denominator !== undefined || [...table.rows, ...table.cols].some((h) => h.denominator !== undefined);
  const why = hit
    ? `${hit.label}の${hit.sum ? '合計' : 'セル（またはその和）'}と同じ数で、患者の数と読めば隠した数が分かることがあるため`
    : stated
      ? '表に N が書かれていて、患者の数と読めばその N との差が分かることがあるため'
      : m.n < threshold
        ? `後の語${quote(m.words)}が患者の数の書き方で、${threshold} 未満の患者の数が公表されるため`
        : '';
  if (!why) {
    out.warnings.push({
      code: 'line/not-read',
      message: `${m.line}行目${quote(m.text)}は表${table.number}の下の注のため、表として確かめていません（記号に続く「${m.n}」は注の番号とも後の語${quote(m.words)}の数とも読めます。チェッカーの推定：数と読んでも ${threshold} 以上で、どの行・列の合計ともセルの和とも一致せず、表に N も書かれていないため）`,
      place,
    });
    return;
  }
  out.errors.push({
    code: 'line/count',
    message: `${m.line}行目${quote(m.text)}は表${table.number}の下の注です。記号に続く「${m.n}」は、注の番号とも、後の語${quote(m.words)}の患者の数とも読め、どちらか決まりません（チェッカーの推定：${why}）`,
    hint: GLUED_HINT,
    place,
  });
}

/**
 * titles75: a glued note whose number a counter's character follows as the start of an ordinary word (「※7名古屋市の
 * データ」「※1人口は…」, `UNIT_WORD`): the note's number to a reader (the words after it are no patients), a count
 * 「7名」 only to one who cuts the word. Read both ways (the notes74 rule) with no threshold (no count of patients is
 * said): refused (`line/count`) where the count reading fits the table — a line's sum or some of its cells'
 * (`lineOfCount`: a hidden cell worked back), an N stated, its rest (N less the sum) or a line's — else read as the
 * note's number, said (チェッカーの推定).
 */
function unitWordNote(table: Table, m: MarkNote, out: ReadResult, grand: number): void {
  const place = { line: m.line, table: table.number };
  const hit = lineOfCount(table, m.n);
  const lineSum = (axis: 'rows' | 'cols', i: number) =>
    topLevel(axis === 'rows' ? table.cols : table.rows).reduce((s, k) => {
      const v = (axis === 'rows' ? table.cells[i]?.[k] : table.cells[k]?.[i])?.value;
      return s + (v?.kind === 'count' ? v.n : NaN);
    }, 0);
  const fitsN =
    (table.denominator !== undefined && (table.denominator === m.n || table.denominator - grand === m.n)) ||
    (['rows', 'cols'] as const).some((axis) =>
      (axis === 'rows' ? table.rows : table.cols).some(
        (h, i) => h.denominator !== undefined && (h.denominator === m.n || h.denominator - lineSum(axis, i) === m.n),
      ),
    );
  const unit = /^(?:名|人|例|件)/.exec(m.words)?.[0] ?? '';
  const other = table.kind !== 'count';
  if (hit || fitsN || other) {
    out.errors.push({
      code: 'line/count',
      message: `${m.line}行目${quote(m.text)}は表${table.number}の下の注です。記号に続く「${m.n}」は注の番号と読めますが、「${m.n}${unit}」と患者の数にも読め、どちらか決まりません（チェッカーの推定：${
        other
          ? '表が件数の表でなく、その数と照らせないため'
          : hit
            ? `${hit.label}の${hit.sum ? '合計' : 'セル（またはその和）'}と同じ数で、患者の数と読めば隠した数が分かることがあるため`
            : '表に書かれた N、または N と内訳の和との差と同じ数のため'
      }）`,
      hint: `注の番号なら「※${m.n}）」のように閉じるか、番号の後を空けてください（「※${m.n} ${m.words}」）。数なら表の行として書くか、注から除いてください（注の数も公表されます）`,
      place,
    });
    return;
  }
  out.warnings.push({
    code: 'line/not-read',
    message: `${m.line}行目${quote(m.text)}は表${table.number}の下の注のため、表として確かめていません（記号に続く「${m.n}」は、後の${quote(m.words)}がひとつの語で患者の数ではないため、注の番号と読みました。チェッカーの推定：「${m.n}${unit}」と数に読んでも、どの行・列の合計ともセルの和とも一致せず、表の N ともその差とも違うため。注の番号なら「※${m.n}）」と閉じると、そのまま読みます）`,
    place,
  });
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * words57: a numbered note with a count (`numberedNote`: 「Note 1: 3 patients excluded」「※1 3例を除く」) read as words55
 * reads a note of what was left out (`leftOutNote`: the number no line's sum nor any sum of one line's cells, no N
 * stated; places where the table counts none), the number before it the note's (チェッカーの判断); a label carrying
 * the note's mark (「肺炎※1」「肺炎¹」「肺炎（注1）」) named as the line it speaks of. Else refused as a count of the
 * table (`line/count`): a line's sum or cells' (what a reader then takes it for, a hidden count worked back), a count
 * under a stated N, or a count of patients said to be no left-out one — each said why.
 */
function numberedNoteCount(table: Table, m: MarkNote, out: ReadResult): void {
  const place = { line: m.line, table: table.number };
  const opening = NUMBERED_OPENING.exec(m.text.normalize('NFKC'))![0]
    .trim()
    .replace(/[:.)]$/, '');
  const mark = opening.replace(/\s+/g, '').toLowerCase();
  const tied = (['rows', 'cols'] as const).flatMap((axis) =>
    (axis === 'rows' ? table.rows : table.cols).flatMap((h) => {
      const raw = h.label.trim();
      const l = raw.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
      const own =
        l.endsWith(mark) || l.endsWith(`(${mark})`) || raw.endsWith([...String(m.no)].map((d) => SUPERSCRIPT[Number(d)]).join(''));
      return own ? [`${axis === 'rows' ? '行' : '列'}${quote(h.label)}`] : [];
    }),
  );
  const about = tied.length > 0 ? `（${tied.join('、')}に付いた注）` : '';
  const left = leftOutNote(table, m);
  if (left) {
    leftOutRead(out, table, m, left, {
      code: 'line/not-read',
      message: `${m.line}行目${quote(m.text)}は表${table.number}の下の注${m.no}${about}のため、表として確かめていません（「${opening}」の「${m.no}」は注の番号、「${m.n}」は${left.what}と読みました。チェッカーの判断：${left.why}）`,
      place,
    });
    return;
  }
  // Why not: the count a line's sum or some of its cells' (a reader takes it for that line's), an N stated, the words.
  const hit = lineOfCount(table, m.n);
  let why = !hit
    ? ''
    : hit.sum
      ? `${hit.label}の合計と同じ数で、その行・列の数とも読めるため`
      : `${hit.label}のセル（またはその和）と同じ数で、その数とも読めるため`;
  if (!why)
    why =
      table.denominator !== undefined || [...table.rows, ...table.cols].some((h) => h.denominator !== undefined)
        ? '表に N が書かれていて、除いた数がその N の内か外か決まらないため'
        : LEFT_OUT.test(m.words.normalize('NFKC'))
          ? '表の数えるもの（施設など）と同じ単位の数で、表の数とも読めるため'
          : '除いた数とは書かれておらず、表の患者の数（小さい数のこともあります）と読めるため';
  out.errors.push({
    code: 'line/count',
    message: `${m.line}行目${quote(m.text)}は表${table.number}の下の注${m.no}${about}です。「${opening}」の「${m.no}」は注の番号と読みましたが、後の「${m.n}」は表の数として確かめられません（チェッカーの判断：${why}）。注の数も公表され、隠した数が分かることがあります`,
    hint: '表の内訳の数なら表の行（列）として書いてください。除いた患者の数なら「注1: 3例を除く」の形で、表のどの行・列の合計ともセル（の和）とも違う数のときだけ注として読みます（表に N を書いたときは読みません）。そうでなければ注から数を除いてください',
    place,
  });
}

/** words55: a unit of what a note says was left out that no table of patients counts (「※ 1 施設を除く」「* 2 sites excluded」). */
const PLACE_UNIT = /^(?:施設|病院|医療機関|機関|センター|sites?\b|centres?\b|centers?\b|hospitals?\b|institutions?\b|clinics?\b)/i;
/**
 * red56: a table counts places where it names a count of places (「施設数」「医療機関の数」「Number of sites」) or a place
 * (any word of one, not only the note's: 「Facilities」 over 「※ 5 機関を除く」, rows 「病院」「診療所」 under 「数」) and no
 * patients (「患者数」「症例」「patients」): the note's number is then one of what the table counts (7 of 20 red56
 * `exclude` tables read as notes on 7c5e633f, 「施設数」 over 「※ 7 医療機関を除く」 among them).
 */
const PLACE_WORD = String.raw`(?:施設|病院|医療機関|機関|センター|診療所|医院|クリニック|薬局|事業所|拠点)`;
const PLACE_WORDS_JA = new RegExp(PLACE_WORD);
const PLACE_WORDS_EN = /\b(?:sites?|centres?|centers?|hospitals?|institutions?|clinics?|facilit(?:y|ies)|pharmac(?:y|ies))\b/;
const PLACES_COUNTED = new RegExp(
  String.raw`${PLACE_WORD}の?数|か所|箇所|\b(?:number|no\.?|n)\s+of\s+(?:sites|centres|centers|hospitals|institutions|clinics|facilities|pharmacies)\b`,
);
const PATIENT_WORDS = /患者|症例|例数|人数|対象者|\b(?:patients?|cases?|subjects?|participants?)\b/;
/** words55: patients a note says were left out (「※ 3 例を除く」「注 2 例は同意撤回のため除外」「* 3 patients excluded」). */
const PATIENT_UNIT = /^(?:例|名|人|件|patients?\b|cases?\b|subjects?\b)/i;
const LEFT_OUT = /除く|除外|除いた|excluded|excluding|removed/i;
const LEFT_OUT_PATIENTS = '除いた患者の数（表に含まれない数）';

/**
 * words55: the first line of a table of counts (top level, no total) whose sum or some of whose cells' sum is `n`: what
 * a reader may take a note's count for (`leftOutNote`, words57's `numberedNoteCount`; red58: in every other table too,
 * `leftOutElsewhere`).
 */
function lineOfCount(table: Table, n: number): { label: string; sum: boolean } | undefined {
  if (table.kind !== 'count') return undefined;
  for (const axis of ['rows', 'cols'] as const)
    for (const i of axisOf(table, axis)) {
      const across = axisOf(table, axis === 'rows' ? 'cols' : 'rows');
      const sum = across.reduce((s, k) => {
        const v = (axis === 'rows' ? table.cells[i]?.[k] : table.cells[k]?.[i])?.value;
        return s + (v?.kind === 'count' ? v.n : 0);
      }, 0);
      const label = `${axis === 'rows' ? '行' : '列'}${quote((axis === 'rows' ? table.rows : table.cols)[i]!.label)}`;
      if (sum === n) return { label, sum: true };
      if (cellSetsOf(table, { axis, i }, n)) return { label, sum: false };
    }
  return undefined;
}

/** A note read as words55's left-out one (`leftOutNote`) said (`warning`); a count of patients or places (red59: `unit`) kept on its table (`Table.leftOut`). */
function leftOutRead(out: ReadResult, table: Table, m: MarkNote, left: { what: string; unit?: string }, warning: Warning): void {
  out.warnings.push(warning);
  if (left.what !== LEFT_OUT_PATIENTS && left.unit === undefined) return;
  (table.leftOut ??= []).push({ n: m.n, line: m.line, text: m.text, warning, ...(left.unit !== undefined && { unit: left.unit }) });
}
/**
 * red58: a note of left-out patients read under one table (「注1: 8 例を除く（同意撤回）」) whose count is another table's
 * line's sum or some of its cells' sum (表2 「同意撤回」 3 and 5, hidden): a reader who takes the note for those patients
 * works the hidden cells back (3 + 5 = 8: both under 10). Refused as a count (`line/count`, チェッカーの判断), as a count
 * of its own table's lines is.
 */
function leftOutElsewhere(out: ReadResult): void {
  for (const table of out.tables)
    for (const r of table.leftOut ?? []) {
      for (const t of out.tables) {
        if (t === table) continue;
        // red59: a note of left-out places is taken for a line of another table only where that table counts places.
        if (r.unit !== undefined && !countsPlaces(t, r.unit)) continue;
        const hit = lineOfCount(t, r.n);
        if (!hit) continue;
        const w = out.warnings.indexOf(r.warning);
        if (w >= 0) out.warnings.splice(w, 1);
        out.errors.push({
          code: 'line/count',
          message:
            r.unit === undefined
              ? `${r.line}行目${quote(r.text)}は表${table.number}の下の注で、「${r.n}」は除いた患者の数とも読めますが、表${t.number}の${hit.label}の${hit.sum ? '合計' : 'セル（またはその和）'}と同じ数です。注をその患者の数と読む人には、表${t.number}で隠した数が分かることがあります（チェッカーの判断）`
              : `${r.line}行目${quote(r.text)}は表${table.number}の下の注で、「${r.n}」は除いた${r.unit}の数とも読めますが、表${t.number}は施設を数える表で、その${hit.label}の${hit.sum ? '合計' : 'セル（またはその和）'}と同じ数です。注をその${r.unit}の数と読む人には、表${t.number}で隠した数が分かることがあります（チェッカーの判断）`,
          hint:
            r.unit === undefined
              ? '除いた患者が別の表の数と同じなら、その表の行（列）として書くか、注から数を除いてください。ほかの表のどの行・列の合計ともセル（の和）とも違う数のときだけ、注として読みます'
              : '除いた施設が施設を数える別の表の数と同じなら、その表の行（列）として書くか、注から数を除いてください。施設を数えるほかの表のどの行・列の合計ともセル（の和）とも違う数のときだけ、注として読みます',
          place: { line: r.line, table: table.number },
        });
        break;
      }
    }
}

/**
 * words55: a note set apart from its mark, a number and a unit before words of leaving out (「※ 1 施設を除く」) is a
 * note of what was left out, not a line's count, where safe (チェッカーの判断): places (施設, sites …) where no label,
 * title or corner of the table names that unit (a table counting them); patients (例, 名, patients …) where the number
 * is no top-level line's sum nor any sum of one line's cells and the table states no N (the left-out patients are
 * then no part of any sum a reader works with). What it was read as, else undefined (refused as before: ambiguous).
 */
/**
 * words55/red56: whether a table counts places of a note's unit (「施設」「sites」): its title, corner or labels name a
 * count of places, a place of any kind and no patients, or the unit itself (a Latin unit as a word of its own:
 * 「Hospitalization」 names no hospital; a Japanese one anywhere: 「施設数」).
 */
function countsPlaces(table: Table, unit: string): boolean {
  const own = ownWords(table);
  const stem = unit.toLowerCase().replace(/s$/, '');
  const places = PLACES_COUNTED.test(own) || ((PLACE_WORDS_JA.test(own) || PLACE_WORDS_EN.test(own)) && !PATIENT_WORDS.test(own));
  if (places) return true;
  if (!/^[a-z]/.test(stem)) return own.includes(stem);
  // A Latin unit as a word of its own (its stem, or the stem and 「s」): the words are the runs of letters, digits and 「_」.
  const words = new Set(own.split(/[^a-z0-9_]+/));
  return words.has(stem) || words.has(`${stem}s`);
}

/** A table's title, corner and labels as one text (NFKC, lower case): what words55/red56 look for a unit's words in. */
function ownWords(table: Table): string {
  return [table.title ?? '', table.corner, ...table.rows.map((h) => h.label), ...table.cols.map((h) => h.label)]
    .join('\n')
    .normalize('NFKC')
    .toLowerCase();
}

function leftOutNote(table: Table, m: MarkNote): { what: string; why: string; unit?: string } | undefined {
  const words = m.words.normalize('NFKC');
  if (!LEFT_OUT.test(words)) return undefined;
  const unit = PLACE_UNIT.exec(words)?.[0];
  if (unit) {
    const own = ownWords(table);
    return countsPlaces(table, unit)
      ? undefined
      : {
          unit,
          what: `除いた${/^[a-z]/i.test(unit) ? ` ${unit} ` : unit}の数`,
          why: PATIENT_WORDS.test(own)
            ? `表は患者を数えていて（行・列や題名に患者を表す言葉があり）、「${unit}」や施設の数（「施設数」など）を示す言葉がなく、表の数ではないため`
            : `表の行・列や題名に「${unit}」など施設を表す言葉がなく、表の数ではないため`,
        };
  }
  if (!PATIENT_UNIT.test(words) || table.kind !== 'count') return undefined;
  if (table.denominator !== undefined || [...table.rows, ...table.cols].some((h) => h.denominator !== undefined)) return undefined;
  if (lineOfCount(table, m.n)) return undefined;
  return {
    what: LEFT_OUT_PATIENTS,
    why: '除いたと書かれ、どの行・列の合計ともセルの和とも一致せず、表に N も書かれていないため',
  };
}

/**
 * The most rows one union may add (`readUnion`: one per choice of a line at each group, lines^groups). words60: 4,096
 * (256 before: 2 lines over 9–12 groups, 3 over 6–7, 4 over 5–6, 5 over 5 now read; 12 groups of 2 lines beside 6
 * other lines checked in 6.4 s). Past it refused in words (`title/union-not-searched`).
 */
const UNION_ROWS = 4_096;

/**
 * words53: `unionCells`' reading published as the inequalities it is (`Table.unions`, system.ts): at a named group,
 * the count at least each line's cell there and at most their sum; over whole lines, at least, for every choice of
 * one line at each group, the chosen cells' sum (the groups are apart: a patient with both is in one group, so the
 * count is at least the sum over the groups of the larger line's count at each) and at most the lines' sum. Said as
 * the checker's (`title/lines-sum`, チェッカーの推定). Refused as words52 did (`refuseUnion`) where the count is below
 * the sum over the groups of the larger counts (then no union of groups apart: the reading fails) or the choices are
 * more than `UNION_ROWS`.
 */
function readUnion(
  table: Table,
  u: { axis: 'rows' | 'cols'; lines: number[]; at?: number; values: number[] },
  n: number,
  where: string,
  text: string,
  written: string,
  line: number,
  out: ReadResult,
): void {
  const across = u.at !== undefined ? [u.at] : topLevel(u.axis === 'rows' ? table.cols : table.rows);
  const at = (l: number, k: number) => {
    const v = (u.axis === 'rows' ? table.cells[l]?.[k] : table.cells[k]?.[l])?.value;
    return v?.kind === 'count' ? v.n : NaN;
  };
  const least = across.reduce((s, k) => s + Math.max(...u.lines.map((l) => at(l, k))), 0);
  // words55: below the sum of each group's largest the groups are not apart (a patient in two): each whole line's count
  // at most n, n at most their sum — one row per line.
  // A reader may still take the groups for apart (check.ts `unionsApart` asks what that reading shows, by its choices).
  const overlap = !(n >= least) && Number.isFinite(least);
  const many = u.lines.length ** across.length > UNION_ROWS && Number.isFinite(least);
  if (!(n >= least) !== overlap || many) {
    refuseUnion(table, u, where, text, written, line, out, many ? across : undefined);
    return;
  }
  (table.unions ??= []).push({ axis: u.axis, lines: u.lines, across, n, line, ...(overlap && { overlap: true as const }) });
  const [hs, os] = u.axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
  const kind = u.axis === 'rows' ? '行' : '列';
  const other = u.axis === 'rows' ? '列' : '行';
  const names = u.lines.map((i) => quote(hs[i]!.label)).join('と');
  const group = u.at === undefined ? '' : `（${other}${quote(os[u.at]!.label)}）`;
  const sum = u.values.reduce((s, v) => s + v, 0);
  out.warnings.push({
    code: 'title/lines-sum',
    message: overlap
      ? `表${table.number}の${where}${quote(text)}の${quote(written)}を、${kind}${names}のどれかに当たる患者を一度だけ数えた数（重複を除いた数）と読み、各${kind}の合計以上・和 ${sum} 以下という公表される不等式として確かめました（チェッカーの推定：和より小さく、大きい方の ${Math.max(...u.values)} 以上のため。各${other}の大きい方の和 ${least} より小さいため、${other}どうしは重なる（一人の患者が二つの${other}に入る）と読みました。${other}が重ならないなら数が合いません。${other}ごとの重複を除いた数を書くと、${other}ごとに確かめます）`
      : `表${table.number}の${where}${quote(text)}の${quote(written)}を、${kind}${names}${group}のどれかに当たる患者を一度だけ数えた数（重複を除いた数）と読み、各${kind}の数以上・和 ${sum} 以下という公表される不等式として確かめました（チェッカーの推定：和より小さく、大きい方の ${Math.max(...u.values)} 以上のため）`,
    place: { line, table: table.number },
  });
}

/** Refuses `unionCells`' reading naming the lines (`title/count`, チェッカーの推定): the union's bounds are unchecked. */
function refuseUnion(
  table: Table,
  u: { axis: 'rows' | 'cols'; lines: number[]; at?: number; values: number[] },
  where: string,
  text: string,
  written: string,
  line: number,
  out: ReadResult,
  many?: readonly number[],
): void {
  const [hs, os] = u.axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
  const kind = u.axis === 'rows' ? '行' : '列';
  const names = u.lines.map((i) => quote(hs[i]!.label)).join('と');
  const across = u.at === undefined ? '' : `（${u.axis === 'rows' ? '列' : '行'}${quote(os[u.at]!.label)}）`;
  const sum = u.values.reduce((s, v) => s + v, 0);
  if (many) {
    // words57: more choices than `UNION_ROWS` (a line at each group): unread, said in words — the count at each group
    // is read (one group's choices: its lines). words60: its own code (`title/union-not-searched`).
    const other = u.axis === 'rows' ? '列' : '行';
    const or = u.lines.map((i) => normalise(hs[i]!.label)).join('または');
    out.errors.push({
      code: 'title/union-not-searched',
      message: `表${table.number}の${where}${quote(text)}の${quote(written)}は、${kind}${names}の患者を一度だけ数えた数と読めます（チェッカーの推定）。${other}（群）が ${many.length} あり、各群でどの${kind}の患者が多いかの組み合わせが ${u.lines.length}^${many.length} 通りと多すぎて（${UNION_ROWS} 通りまで）、隠した数の範囲が分かるかを確かめられません（チェッカーの判断。題名の数も公表されます）`,
      hint: `群ごとの数にしてください：一つの群の数（「${normalise(os[many[0]!]!.label)}の${or}の患者 ○例」）なら、その群の各${kind}の数以上・和以下として確かめます（群ごとに表を分け、それぞれの題名に書いてください）。和なら ${sum} と書いてください。表の数でないなら題名から除いてください`,
      place: { line, table: table.number },
    });
    return;
  }
  out.errors.push({
    code: 'title/count',
    message: `表${table.number}の${where}${quote(text)}の${quote(written)}は、${kind}${names}${across}の数の和 ${sum} より小さく、大きい方の ${Math.max(...u.values)} 以上のため、両方に当たる患者を一度だけ数えた数（重複を除いた数）と読めます（チェッカーの推定）。その数は各${kind}の数以上・和以下で、隠した数の範囲が分かるのに、表の式にならないため確かめられません（題名の数も公表されます）`,
    hint: `${names}${across}の両方に当たる患者の数を表の行（列）として加えるか、それぞれの数を表のとおりに書いてください。和なら ${sum} と書いてください。表の数でないなら題名から除いてください`,
    place: { line, table: table.number },
  });
}

/** Publishes `crossCells`' reading as an equation and says so (`title/lines-sum`, チェッカーの推定). */
function readCross(
  table: Table,
  cross: { rows: number[]; cols: number[] },
  n: number,
  where: string,
  written: string,
  line: number,
  out: ReadResult,
): void {
  (table.crossSums ??= []).push({ rows: cross.rows, cols: cross.cols, n, line });
  const names = (hs: readonly Header[], is: number[]) => is.map((i) => quote(hs[i]!.label)).join('＋');
  out.warnings.push({
    code: 'title/lines-sum',
    message: `表${table.number}の${where}の${quote(written)}を、行${names(table.rows, cross.rows)}と列${names(table.cols, cross.cols)}が交わる${cross.rows.length * cross.cols.length > 1 ? 'セルの和' : 'セル'}と読み、公表される式として確かめました（チェッカーの推定：行と列の名前が書かれ、その数と一致するため）`,
    place: { line, table: table.number },
  });
}

/**
 * The sets (one cell or more) of the cells of the line `namedLineCells` finds in `before` adding up to `n` (words49):
 * `sets` up to `LINE_SUBSETS`, `many` with more (or more than 16 cells); undefined where no line is named or no set
 * adds up (the count read as before).
 */
function cellSumsIn(
  table: Table,
  before: string,
  n: number,
  closing = false,
): { axis: 'rows' | 'cols'; i: number; sets: number[][]; many: boolean } | undefined {
  const named = namedLineCells(table, before, closing);
  if (!named) return undefined;
  return cellSetsOf(table, named, n);
}
/** The sets of the cells of line `named` adding up to `n` (`cellSumsIn`; words52's number before a label alone too). */
function cellSetsOf(
  table: Table,
  named: { axis: 'rows' | 'cols'; i: number },
  n: number,
): { axis: 'rows' | 'cols'; i: number; sets: number[][]; many: boolean } | undefined {
  const across = axisOf(table, named.axis === 'rows' ? 'cols' : 'rows');
  const value = (k: number) => {
    const c = named.axis === 'rows' ? table.cells[named.i]?.[k] : table.cells[k]?.[named.i];
    return c?.value.kind === 'count' ? c.value.n : 0;
  };
  const items = across.filter((k) => value(k) > 0);
  if (items.length > 16) return { ...named, sets: [], many: true };
  const sets: number[][] = [];
  const walk = (from: number, chosen: number[], sum: number) => {
    if (sets.length > LINE_SUBSETS) return;
    if (chosen.length >= 1 && sum === n) sets.push([...chosen]);
    if (sum >= n) return;
    for (let k = from; k < items.length; k++) walk(k + 1, [...chosen, items[k]!], sum + value(items[k]!));
  };
  walk(0, [], 0);
  if (sets.length === 0) return undefined;
  return sets.length > LINE_SUBSETS ? { ...named, sets: [], many: true } : { ...named, sets, many: false };
}
const axisOf = (table: Table, axis: 'rows' | 'cols') =>
  topLevel(axis === 'rows' ? table.rows : table.cols).filter((k) => (axis === 'rows' ? table.rows : table.cols)[k]!.kind !== 'total');

/** Publishes `cellSumsIn`'s sets as equations and says so (`title/lines-sum`, チェッカーの推定); false where too many. */
function readCellSums(
  table: Table,
  found: { axis: 'rows' | 'cols'; i: number; sets: number[][]; many: boolean },
  n: number,
  where: string,
  written: string,
  line: number,
  out: ReadResult,
): boolean {
  if (found.many) return false;
  const { axis, i, sets } = found;
  const headers = axis === 'rows' ? table.rows : table.cols;
  const others = axis === 'rows' ? table.cols : table.rows;
  for (const set of sets)
    (table.crossSums ??= []).push(axis === 'rows' ? { rows: [i], cols: set, n, line } : { rows: set, cols: [i], n, line });
  const said = sets.map((set) => set.map((k) => quote(others[k]!.label)).join('＋')).join('、');
  out.warnings.push({
    code: 'title/lines-sum',
    message: `表${table.number}の${where}の${quote(written)}を、${axis === 'rows' ? '行' : '列'}${quote(headers[i]!.label)}のうち${said}のセルの和と読み、公表される式として確かめました（チェッカーの推定：${sets.length > 1 ? `${sets.length}通りの読み方のどれでも` : ''}隠した数が分からないよう確かめました）。どのセルの和かを名前で書くと確かです`,
    place: { line, table: table.number },
  });
  return true;
}

/**
 * A title's count that names no line and is no line's sum (「重篤 12例」「Serious AEs: 12」「Serious AEs (n=12)」 over a
 * table of events, words48): where it equals the sum of two or more top-level lines of one axis (no total, not every
 * one of them), a reader who takes it for those lines' sum learns an equation over their cells. Every such set, on
 * either axis, up to `LINE_SUBSETS` of them, is true of the counts: each is published as an equation
 * (`Table.crossSums`), so the hidden counts are protected under every reading (チェッカーの推定: which lines it is of,
 * the title does not say). Returns the sets found (at most `LINE_SUBSETS` + 1: more is `many`), none where an axis has
 * more than 16 lines (not searched: `many`).
 */
function unnamedLineSums(
  table: Table,
  n: number,
  lineSum: (axis: 'rows' | 'cols', i: number) => number,
): { sets: { axis: 'rows' | 'cols'; lines: number[] }[]; many: boolean } {
  const work = UNNAMED_WORK.get(table) ?? { steps: 0, found: new Map<number, ReturnType<typeof unnamedLineSums>>() };
  UNNAMED_WORK.set(table, work);
  const known = work.found.get(n);
  if (known) return known;
  const sets: { axis: 'rows' | 'cols'; lines: number[] }[] = [];
  let many = false;
  for (const axis of ['rows', 'cols'] as const) {
    const headers = axis === 'rows' ? table.rows : table.cols;
    const all = topLevel(headers).filter((i) => headers[i]!.kind !== 'total');
    // A line of no count adds nothing: a set with it is the set without it.
    const items = all.filter((i) => lineSum(axis, i) > 0);
    if (items.length > 16) {
      many = true;
      continue;
    }
    const walk = (from: number, chosen: number[], sum: number) => {
      if (sets.length > LINE_SUBSETS || ++work.steps > UNNAMED_STEPS) return;
      if (chosen.length >= 2 && sum === n && chosen.length < items.length) sets.push({ axis, lines: [...chosen] });
      if (sum >= n) return;
      for (let k = from; k < items.length; k++) walk(k + 1, [...chosen, items[k]!], sum + lineSum(axis, items[k]!));
    };
    walk(0, [], 0);
  }
  if (sets.length > LINE_SUBSETS || work.steps > UNNAMED_STEPS) many = true;
  const result = { sets: many ? [] : sets, many };
  work.found.set(n, result);
  return result;
}
/** `unnamedLineSums`' steps a table may take over all its texts' counts (a long title of many counts): then unproved. */
const UNNAMED_STEPS = 1_000_000;
const UNNAMED_WORK = new WeakMap<Table, { steps: number; found: Map<number, ReturnType<typeof unnamedLineSums>> }>();

/** Publishes `unnamedLineSums`' sets as equations and says so (`title/lines-sum`, チェッカーの推定). */
function readUnnamedSums(
  table: Table,
  sets: readonly { axis: 'rows' | 'cols'; lines: number[] }[],
  n: number,
  where: string,
  written: string,
  line: number,
  out: ReadResult,
): void {
  for (const { axis, lines } of sets) {
    const across = topLevel(axis === 'rows' ? table.cols : table.rows);
    (table.crossSums ??= []).push(axis === 'rows' ? { rows: lines, cols: across, n, line } : { rows: across, cols: lines, n, line });
  }
  const said = sets
    .map(
      ({ axis, lines }) =>
        `${axis === 'rows' ? '行' : '列'}${lines.map((i) => quote((axis === 'rows' ? table.rows : table.cols)[i]!.label)).join('＋')}`,
    )
    .join('、');
  out.warnings.push({
    code: 'title/lines-sum',
    message: `表${table.number}の${where}の${quote(written)}は、どの行・列の数かを言っていませんが、${said}の合計の和と一致します（チェッカーの推定：${sets.length > 1 ? 'どの読み方でも' : 'その和と読んでも'}隠した数が分からないよう、公表される式として確かめました）。${sets.length > 1 ? 'どれかの和なら' : 'その和なら'}、行・列の名前を「と」で並べて書いてください`,
    place: { line, table: table.number },
  });
}

/**
 * Two or more top-level lines of one axis whose labels close `before`, joined by と, 及び, および, 並びに, ・, 、, a comma,
 * a slash, 「&」 or 「and」, with 「計」「合計」「の合計」「合わせて」 before the count allowed (「切断と転倒 」「切断・転倒 計」
 * 「Amputation and fall 」, words46): the lines a count after them is the sum of (read.ts `statedCounts`, our reading).
 * The joiners are a list of ours. The longest label closing the text is taken at each step; the first may follow
 * other words (「有害事象（切断と転倒」).
 */
// On text with its spaces made single (`namedLines`): no run of spaces to backtrack over.
// 「or」「または」「又は」「もしくは」「, &」 too (words48: 「Death or discontinuation」「Stroke, fall, & reoperation」).
const LINES_JOIN = / ?(?:と|及び|および|並びに|ならびに|または|又は|もしくは|・|･|、|，|,|&|＆|\/|／) ?$|,? (?:and|or|&|＆) $/i;
/** A label's plurals as English writes them (「Deaths」「Discontinuations」「Injuries」「Crashes」, words48). */
const pluralsOf = (l: string): string[] =>
  /[a-z]$/.test(l) ? [`${l}s`, `${l}es`, ...(/[^aeiou]y$/.test(l) ? [`${l.slice(0, -1)}ies`] : [])] : [];
function namedLines(table: Table, before: string): { axis: 'rows' | 'cols'; lines: number[] } | undefined {
  const norm = (x: string) => x.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const written = norm(
    before
      .replace(TITLE_N_LEAD, '')
      .replace(/(?:の?合計|計|合わせて|あわせて|併せて)$/, '')
      .replace(TITLE_N_LEAD, ''),
  );
  for (const axis of ['rows', 'cols'] as const) {
    const headers = axis === 'rows' ? table.rows : table.cols;
    const items = topLevel(headers).filter((i) => headers[i]!.kind !== 'total' && norm(headers[i]!.label) !== '');
    const lines: number[] = [];
    let rest = written;
    // Every word joined by a word of joining is a line's label (「重篤・転倒」: 重篤 none, no sum read), two or more.
    let joined = false;
    // A word the labels share written once, before the first (「Grade 3, 4 and 5」 for 「Grade 3」「Grade 4」「Grade 5」,
    // words48): a label's last word alone (digits or a Roman numeral) where the list's first is a whole label with the
    // same words before it.
    const shared: string[] = [];
    let whole = '';
    for (;;) {
      const forms = items
        .filter((i) => !lines.includes(i))
        .flatMap((i) => {
          const l = norm(headers[i]!.label);
          const tail = /^(.+ )(\d+|[ivx]+)$/.exec(l);
          return [...[l, ...pluralsOf(l)].map((f) => ({ i, f, short: '' })), ...(tail ? [{ i, f: tail[2]!, short: tail[1]! }] : [])];
        })
        .filter(({ f, short }) => rest.endsWith(f) && (short === '' || !/[\p{L}\p{N}]/u.test(rest.charAt(rest.length - f.length - 1))))
        .sort((a, b) => (a.short === '' ? 0 : 1) - (b.short === '' ? 0 : 1) || b.f.length - a.f.length);
      const hit = forms[0];
      if (hit === undefined) break;
      lines.push(hit.i);
      if (hit.short !== '') shared.push(hit.short);
      whole = hit.short === '' ? norm(headers[hit.i]!.label) : '';
      rest = rest.slice(0, rest.length - hit.f.length);
      const join = LINES_JOIN.exec(rest);
      // A comma may close words before the list (「転帰、切断と転倒」): no label of a line needed before it.
      joined = join !== null && !/^ ?[、，,] ?$/.test(join[0]);
      if (!join) break;
      rest = rest.slice(0, join.index);
    }
    if (shared.length > 0 && (whole === '' || shared.some((w) => !whole.startsWith(w)))) continue;
    if (lines.length >= 2 && !joined) return { axis, lines: lines.reverse() };
  }
  return undefined;
}

/**
 * What may stand between a group's name and its N in a title or the corner (「A群（N=40）」「A群【N=40】」「A群：N=40」
 * 「A群／N=40」「A群「N=40」」), taken off before the name is compared with the headers.
 */
const TITLE_N_LEAD = new RegExp(
  String.raw`(?<!\s|${OPEN_BRACKET}|[「『:=、,，・/／|｜;；\-‐–—~〜])(?:\s|${OPEN_BRACKET}|[「『:=、,，・/／|｜;；\-‐–—~〜])+$`,
);

/** Every column and row of items without an N whose sum of items is `n`. */
function headersWithSum(table: Table, n: number, lineSum: (axis: 'rows' | 'cols', i: number) => number): Header[] {
  return (['cols', 'rows'] as const).flatMap((axis) =>
    (axis === 'rows' ? table.rows : table.cols).filter(
      (h, k) => h.kind !== 'total' && h.denominator === undefined && lineSum(axis, k) === n,
    ),
  );
}

/** Words after a group's name that leave the group as it is, to a reader: 「A群」 is group A, 「実薬群」 the 実薬 group. */
const GROUP_WORD = /(?:群|組|グループ|group|arm|cohort|コホート)$/i;

/**
 * The column (or row) of items a title's words just before an N seem to name, though not as its label is written
 * (`namedHeader` takes those): the last word and the label are one with a word for a group after either (「A群」 over
 * a column 「A」, 「実薬」 over 「実薬群」), compared as labels.ts compares labels.
 */
function lookalikeHeader(table: Table, before: string): Header | undefined {
  const written = before.replace(TITLE_N_LEAD, '');
  const core = (k: string) => k.replace(GROUP_WORD, '');
  const last = core(labelKey(written.split(/[\s・･/／×、，,|｜]+/).pop()!));
  if (last === '') return undefined;
  for (const headers of [table.cols, table.rows]) {
    const found = headers.find((h) => h.kind !== 'total' && core(headerKey(h)) === last);
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether a title's words just before an N name a group (「第1群」「A群」「実薬グループ」「Group 1」「Arm B」「コホート2」):
 * the N is then some group's, not the whole table's (「対象 N=40」, 「全体 N=88」 are the table's).
 */
function groupName(before: string): boolean {
  const words = before
    .replace(TITLE_N_LEAD, '')
    .split(/[\s・･/／×、，,|｜]+/)
    .filter((w) => w !== '');
  const last = words.at(-1);
  if (last === undefined) return false;
  return (
    GROUP_WORD.test(last) ||
    /^第\s*\d+$/.test(last) ||
    (words.length >= 2 && /^(?:group|arm|cohort|コホート|グループ)$/i.test(words.at(-2)!))
  );
}

/**
 * The column (or row) of items whose name starts as the title's words just before an N do, one of the two having more
 * after it (「A群」 and a column 「A薬」: both start with 「A」 once the word for a group is taken off; 「実薬」 and
 * 「実薬投与」): a reader may take the N for that line's. Not where the start ends inside a word of Latin letters or
 * digits (「A」 and 「AB」, 「1」 and 「10」), nor where the title's name is empty, nor where several lines so start.
 */
function stemHeader(table: Table, before: string): Header | undefined {
  const written = before.replace(TITLE_N_LEAD, '');
  const core = (k: string) => k.replace(GROUP_WORD, '');
  const last = core(labelKey(written.split(/[\s・･/／×、，,|｜]+/).pop()!));
  if (last === '' || last.includes('\u0000')) return undefined;
  const starts = (long: string, short: string) =>
    short !== '' &&
    long.length > short.length &&
    long.startsWith(short) &&
    !(/[a-z\d]$/.test(short) && /^[a-z\d]/.test(long.slice(short.length)));
  const found = [...table.cols, ...table.rows].filter((h) => {
    if (h.kind === 'total' || h.denominator !== undefined) return false;
    const k = core(headerKey(h));
    return !k.includes('\u0000') && (starts(k, last) || starts(last, k));
  });
  // Several (「高血圧 N=80」 over 「高血圧あり」「高血圧なし」): the name is the whole table's, read as its N as before.
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Row headers that are values, not names (read.ts `header/values` for rows): every row label other than a total's
 * reads as a value (a count, 「3人」, a percentage, 「3 (7.5%)」, a fraction) — a column of counts taken for the labels.
 * Numbers that name categories are left as labels: years (1900–2100, as in a header row) and a run of whole numbers
 * rising by 1 from 0 or 1 (a numbering, grades, scores, counts of events: 「1」「2」「3」), the latter two rows or more.
 * Returns the labels so read, or undefined where the column is one of labels. (`numbering` false: the corner cell
 * alone, where a year is a name and any other value is refused; `measure`: the corner names the numbers' measure;
 * `years` false: under a corner that is one more group, where a year is no name either.)
 */
export function rowLabelValues(
  rowRaws: readonly string[],
  numbering = true,
  measure = false,
  years = true,
  unit = false,
  named = false,
): string[] | undefined {
  const labels = rowRaws.map((r) => r.trim()).filter((r) => r !== '' && !isTotalLabel(r));
  if (labels.length === 0) return undefined;
  const values = labels.map((l) => {
    if (!/\d/.test(l.normalize('NFKC'))) return undefined;
    const c = readCell(l, false, true);
    return c.ok ? c.value : undefined;
  });
  if (values.some((v) => v === undefined)) return undefined;
  const counts = values.map((v) =>
    v!.kind === 'count' && v!.percent === undefined && v!.denominator === undefined && v!.rate === undefined ? v!.n : undefined,
  );
  if (counts.every((n) => n !== undefined)) {
    const ns = counts as number[];
    if (years && ns.every((n) => n >= 1900 && n <= 2100)) return undefined;
    if (numbering && ns.length >= 2 && (ns[0] === 0 || ns[0] === 1) && ns.every((n, i) => n === ns[0]! + i)) return undefined;
    // Under a corner naming the measure the numbers are of (「年代」「用量 (mg)」: `MEASURE_CORNER`), whole numbers
    // rising row by row are its categories (age bands 20, 30, 40; doses 5, 10, 20), as 「20歳」「5 mg」 would be.
    if (measure && ns.length >= 2 && ns.every((n, i) => i === 0 || n > ns[i - 1]!)) return undefined;
    // Under a corner stating their unit (「用量 (mg)」), distinct whole numbers in any order are its categories
    // (「30」「20」「40」, reading17): a column of counts has no unit of measure.
    if (unit && ns.length >= 2 && new Set(ns).size === ns.length) return undefined;
  }
  // Pairs of adjacent grades (「1/2」「3/4」: N = n + 1 in every row) under a corner naming them (「Grade」): categories.
  if (
    named &&
    labels.length >= 2 &&
    values.every((v) => v!.kind === 'count' && v!.denominator === v!.n + 1 && v!.percent === undefined && v!.rate === undefined)
  )
    return undefined;
  return labels;
}

/**
 * Whether a stratum's number is at least the sum of the counts under it (「5」 over 3 and 2): it may be the column's N, a
 * line of Ns the empty line cut off, which an attacker reads as one (3 + 2 = 5 with both hidden: each under 10).
 * Strata are codes (「1」「2」), far under their columns' sums (adversary19).
 */
function stratumAtLeastItsColumn(cells: readonly CellReading[], body: readonly CsvRecord[]): boolean {
  return cells.some((c, j) => {
    if (!c.ok || c.value.kind !== 'count') return false;
    const sum = body.reduce((a, r) => {
      const v = readCell(r.fields[j + 1] ?? '');
      return a + (v.ok && v.value.kind === 'count' ? v.value.n : 0);
    }, 0);
    return sum > 0 && c.value.n >= sum;
  });
}

/**
 * tableone's strata (「Stratified by treat」 above, read as the title, over 「0」「1」: reading17): distinct whole numbers
 * under a title naming the variable they are the values of — a row of counts an empty line cut off has no such title.
 */
function strata(title: string | undefined, cells: readonly CellReading[]): boolean {
  if (title === undefined || !/^\s*(?:stratified\s+by\s+\S|\S.*(?:で|により|による)層別)/i.test(title.normalize('NFKC'))) return false;
  const ns = cells.map((c) =>
    c.ok && c.value.kind === 'count' && c.value.percent === undefined && c.value.denominator === undefined ? c.value.n : NaN,
  );
  return ns.length >= 2 && ns.every((n) => !Number.isNaN(n)) && new Set(ns).size === ns.length;
}

/**
 * The corner written as one more of the column headers: the same words around a part of one or two characters that
 * differs (「A群」 beside 「B群」「C群」, 「Group A」 beside 「Group B」, 「薬剤1」 beside 「薬剤2」).
 */
export function groupLike(corner: string, colRaws: readonly string[]): boolean {
  const all = [corner, ...colRaws].map((l) => l.normalize('NFKC').trim());
  if (all.some((l) => l === '') || new Set(all).size !== all.length) return false;
  let prefix = 0;
  while (all.every((l) => prefix < l.length && l[prefix] === all[0]![prefix])) prefix++;
  let suffix = 0;
  while (all.every((l) => suffix < l.length - prefix && l[l.length - 1 - suffix] === all[0]![all[0]!.length - 1 - suffix])) suffix++;
  return prefix + suffix >= 1 && all.every((l) => l.length - prefix - suffix >= 1 && l.length - prefix - suffix <= 2);
}

/** What a table's reading is given besides its lines: read around it (readTables) or on its first reading (readTable). */
interface TableContext {
  /** Why a line found the mean of others is not read as one (`setAsideMeans`), said in its refusal (attack36). */
  meanWhy?: { label: string; text: string };
  title?: string | undefined;
  titleLine?: number | undefined;
  /** A line of group sizes read out of the table on its first reading (sizes.ts), read again without it. */
  given?: SizeLine;
  /** うち lines read as parts of the line above (ofwhich.ts). */
  decompositions?: readonly Decomposition[];
  /** 「n/N」 blocks with each variable's own N (fractions.ts). */
  fractionBlocks?: readonly FractionBlock[];
  /** Sums a heading row states for the rows under it (headings.ts `Heading.sums`), by the rows' lines and the columns' labels. */
  headingSums?: readonly { line: number; label: string; rows: number[]; sums: { col: string; n: number }[]; across?: number }[];
  /** The names of the heading rows (「性別」 over 「男性」「女性」): overtotal.ts reads each block apart (totals17). */
  headings?: readonly string[];
  /** Rows of patients with no value whose sum over the groups a column of Ns states (table1.ts `readVariableN`). */
  rowSums?: readonly { line: number; n: number }[] | undefined;
  /** `ReadOptions.percentAxis`: one axis for every such table, or each table's by its number. */
  percentAxis?: ReadOptions['percentAxis'] | undefined;
  /** `ReadOptions.threshold`: a line over the others' sum by less than it is refused as a total (overtotal.ts). */
  threshold?: number | undefined;
  /** words53: notes under the table of a mark, a number and words (`markNumber`), read against it (`markNoteCounts`). */
  markNotes?: readonly MarkNote[];
  /** words59: the input's lines (a note opening with a cell's mark, `noteOfMark`). */
  inputLines?: readonly string[];
  /** words60: the first line of the next table (its title or header): the notes of this one's marks end before it. */
  notesTo?: number;
  /**
   * formats59: the header is R's print of a two-way table() whose column labels are numbers (factor levels), proved a
   * header by the print's layout (listing.ts `codedHeaders`, said there): not refused as a line of values.
   */
  codedHeader?: boolean;
  /** formats64: the block is right under a table as wide, no title between (`cutBelow`), or a title between and its header a row of that table's sums (titles66): a header of years not proved. */
  cutBelow?: boolean;
  /** titles66: … with a title between, the header a row of that table's sums (said in the refusal). */
  cutSums?: boolean;
}

/**
 * words59: the first line after `from` (1-based lines) that opens with a cell's note mark `key` (「※1 …」「* p < 0.05」
 * 「a) …」「(a) …」「ᵃ …」「注1: …」) and says more: the note the mark names. A mark followed by more of its kind
 * (「**」 for 「*」, 「※12」 for 「※1」, 「ab」 for 「a」) is another's. words60: only before `to`, the next table's first
 * line (its title or header): a later table's note (or its 「# 表2 …」 title, for a 「#」 mark) names none of this one's.
 */
/**
 * words61: why a glued 「21)」 (read as 2, its note 「1) …」 under the table) cannot be the count 21, or undefined: 21 is
 * over a total of its row or column or over its column's or row's N (「A群 (N=15)」); or a total of its line is the sum
 * of its parts with 2 and so not with 21; or every other count of its column carries a numbered mark (「14 1)」 set
 * apart, or glued as it is), at least one set apart. Our reading (チェッカーの判断), said with the cell.
 */
function gluedProved(
  g: { ri: number; ci: number; count: number; whole: number; key: string },
  cells: readonly (readonly Cell[])[],
  rows: readonly Header[],
  cols: readonly Header[],
  glued: readonly { ri: number; ci: number }[],
): string | undefined {
  const at = (r: number, c: number) => {
    const v = cells[r]?.[c]?.value;
    return v?.kind === 'count' ? v.n : undefined;
  };
  for (const [axis, hs, own] of [
    ['列', cols, g.ci],
    ['行', rows, g.ri],
  ] as const) {
    const n = hs[own]!.denominator;
    if (n !== undefined && g.whole > n) return `${g.whole} は${axis}${quote(hs[own]!.label)}の N ${n} を超えるため`;
  }
  // The totals over the cell: a total row in its column, a total column in its row.
  for (const [axis, hs, own, cell] of [
    ['行', rows, g.ri, (t: number, k: number) => at(t, k)],
    ['列', cols, g.ci, (t: number, k: number) => at(k, t)],
  ] as const) {
    const other = axis === '行' ? g.ci : g.ri;
    for (let t = 0; t < hs.length; t++) {
      const h = hs[t]!;
      if (t === own || (h.kind !== 'total' && h.kind !== 'subtotal')) continue;
      const total = cell(t, other);
      if (total === undefined) continue;
      if (g.whole > total) return `${g.whole} は${axis}${quote(h.label)}の ${total} を超えるため`;
      if (!h.children.includes(own)) continue;
      const parts = h.children.map((ch) => cell(ch, other));
      if (parts.some((p) => p === undefined)) continue;
      const sum = parts.reduce<number>((a, b) => a + b!, 0);
      if (sum === total) return `${axis}${quote(h.label)}の ${total} が ${g.count} で内訳の和に合い、${g.whole} では合わないため`;
    }
  }
  // The cell a total itself: its parts add up to 84 of 「841)」, so not to 841.
  for (const [axis, hs, own, cell] of [
    ['行', rows, g.ri, (t: number) => at(t, g.ci)],
    ['列', cols, g.ci, (t: number) => at(g.ri, t)],
  ] as const) {
    const h = hs[own]!;
    if ((h.kind !== 'total' && h.kind !== 'subtotal') || h.children.length === 0) continue;
    const parts = h.children.map((ch) => cell(ch));
    if (parts.every((p) => p !== undefined) && parts.reduce<number>((a, b) => a + b!, 0) === g.count)
      return `${axis}${quote(h.label)}の内訳の和が ${g.count} で、${g.whole} ではないため`;
  }
  const column = cells.flatMap((line, r) => (r === g.ri || !line[g.ci] || rows[r]!.kind !== 'item' ? [] : [{ r, text: line[g.ci]!.text }]));
  const apart = column.filter((c) => markedCell(c.text)?.key === g.key).length;
  if (apart > 0 && column.every((c) => markedCell(c.text)?.key === g.key || glued.some((x) => x.ri === c.r && x.ci === g.ci)))
    return `列${quote(cols[g.ci]!.label)}のほかの件数がどれも注の記号${quote(g.key)}付きのため`;
  return undefined;
}

function noteOfMark(key: string, lines: readonly string[], from: number, to = Infinity): { line: number; text: string } | undefined {
  for (let i = from; i < lines.length && i < from + LIMITS.lines && i + 1 < to; i++) {
    const raw = lines[i]!.trim();
    if (raw.length > 2_000) continue;
    const t = raw.normalize('NFKC').replace(/^\((.{1,4}?)\)/, '$1');
    if (!t.startsWith(key)) continue;
    const next = t.slice(key.length);
    if (next.trim() === '' || /^[\da-z*※†‡§¶#]/i.test(next) || (/^[a-z]$/.test(key) && !/^\s*[):.）：]|^\s+\S/.test(next))) continue;
    return { line: i + 1, text: raw };
  }
  return undefined;
}

function readTable(number: number, records: CsvRecord[], out: ReadResult, context: TableContext): Table | undefined {
  const { title, titleLine, given, decompositions = [], fractionBlocks = [], rowSums = [], headingSums = [], percentAxis } = context;
  const errorsBefore = out.errors.length;
  const header = records[0]!;
  const headerFields = trimEnd(header.fields);
  const place = (line: number, row?: string, col?: string): Place => ({
    table: number,
    line,
    ...(row !== undefined && { row }),
    ...(col !== undefined && { col }),
  });
  const fail = (code: string, message: string, hint: string, p: Place) => out.errors.push({ code, message, hint, place: p });

  if (headerFields.length < 2) {
    fail(
      'table/no-columns',
      '列見出しがありません',
      '1行目に「（行の名前）<タブ>列1<タブ>列2 …」の形で列見出しを書いてください',
      place(header.line),
    );
    return undefined;
  }
  if (records.length < 2) {
    fail('table/no-rows', '見出しの行しかありません', '2行目から、1列目に行見出し、続けて値を書いてください', place(header.line));
    return undefined;
  }
  const colRaws = headerFields.slice(1);
  // 「A (N=1,234)」 in a CSV without quotes is two columns 「A (N=1」「234)」, and a row 「x,1,234」 fills both: a
  // bracket opened in one header and closed in the next is one header cut by the separator.
  const depth = (t: string) => (t.match(OPEN_ANY) ?? []).length - (t.match(CLOSE_ANY) ?? []).length;
  const cut = headerFields.findIndex((f, k) => k + 1 < headerFields.length && depth(f) > 0 && depth(headerFields[k + 1]!) < 0);
  if (cut >= 0) {
    const [a, b] = [headerFields[cut]!.trim(), headerFields[cut + 1]!.trim()];
    fail(
      'header/split',
      `見出し${quote(shown(a))}${quote(shown(b))}は括弧の途中で区切られています（一つの見出しが区切りの「,」で二つに分かれたようです）`,
      `CSV では ${quote(`"${shown(a)},${shown(b)}"`)} のように見出しを「"」で囲むか、括弧の中に「,」を書かないでください（表計算ソフトの表をコピーして貼り付けても読めます）`,
      place(header.line),
    );
    return undefined;
  }
  const numeric = colRaws.map((raw) => readCell(raw, false, false)).filter((c) => c.ok && c.value.kind === 'count');
  // formats64: numbers read as years only where the layout proves a header of years: each 1900–2100, in order (rising
  // or falling, as a header lists years), and not right under a table as wide with no title between (a row of counts
  // 「女性 1947 2003」 that an empty line cut from its table read as years: 1950 − 1947 gave a hidden 3 back). Said.
  const ns = numeric.map((c) => (c.ok && c.value.kind === 'count' ? c.value.n : -1));
  const ordered = ns.length < 2 || ns.every((n, k) => k === 0 || n > ns[k - 1]!) || ns.every((n, k) => k === 0 || n < ns[k - 1]!);
  const years = ns.every((n) => n >= 1900 && n <= 2100);
  // ranks66: bare ranks 1, 2, …, k (k ≥ 2) over shares only (「年,1,2,3」 over 「p%」 cells): maybe a top k's ranks, read
  // on and refused after unless tied as ranks (`bareRanksUntied`); a row of counts cut from a table holds counts.
  const bareRanks =
    ns.length >= 2 &&
    ns.every((n, k) => n === k + 1) &&
    records.slice(1).every((r) => r.fields.slice(1, colRaws.length + 1).every((f) => /^\s*\d+(?:\.\d+)?\s*[%％]\s*$/.test(f)));
  if (
    numeric.length === colRaws.length &&
    !context.codedHeader &&
    !(years && ordered && !context.cutBelow) &&
    !(strata(title, numeric) && !stratumAtLeastItsColumn(numeric, records.slice(1))) &&
    !bareRanks
  ) {
    // A row of counts read as the header: an empty line inside a table starts a new one there, and its counts would
    // go unchecked.
    out.errors.push(valuesHeaderError(number, header.line, colRaws, context.cutSums));
    return undefined;
  }
  if (numeric.length === colRaws.length && numeric.length > 0 && !context.codedHeader && years && ordered && !context.cutBelow)
    out.warnings.push({
      code: 'header/years',
      message: `表${number}の列見出し ${names(colRaws.map((r) => r.trim()))} は数だけですが、どれも 1900〜2100 で順に並ぶため、西暦の年（列の名前）と読みました（チェッカーの判断）。患者数の行なら、行見出しを付けて表の中の行に書いてください`,
      place: { line: header.line, table: number },
    });
  const corner = (headerFields[0] ?? '').trim();
  if (
    statedDenominator(corner) === undefined &&
    [...countText(corner).matchAll(COUNT_TEXT)].length === 0 &&
    rowLabelValues([corner], false) !== undefined
  ) {
    // A value in the corner (「3」 over the row headers) is read as the label column's name: it would go unchecked
    // (a bare 「50」 that is the table's sum gave a hidden 5 back as 50 − 45). An N or a count with its unit (「50例」, `statedCounts`) is read as before.
    fail(
      'header/values',
      `${header.line}行目の左上のセル ${quote(shown(corner))} が数だけで、値のように見えます（行見出しの列の名前として読むため、この数は確かめられません）`,
      '表全体の人数なら「N=… 」、表の番号なら「表…」と書いてください。値なら、行と列の見出しを付けて表の中に書いてください',
      place(header.line),
    );
    return undefined;
  }
  colRaws.forEach((raw, c) => {
    if (raw.trim() === '') fail('header/empty', `${c + 2}列目の列見出しが空です`, '列見出しを書いてください', place(header.line));
  });
  const rowRecords = records.slice(1);
  const rowRaws = rowRecords.map((r) => r.fields[0] ?? '');
  // A numbering under a corner that names one more group like the columns (「A群」 over 1 and 2 beside 「B群」「C群」)
  // is the first group's counts: no numbering is excused there.
  const grouped = groupLike(headerFields[0] ?? '', colRaws);
  // Nor years (「A群」 over 1998 and 2005 beside 「B群」: counts of a large group read as years, unchecked).
  const cornerText = headerFields[0] ?? '';
  // Nor the corner's unit or measure where a column says it too (「入院回数（回）」 beside 「外来受診数（回）」).
  const ownMeasure = !grouped && !cornerLikeColumns(cornerText, colRaws);
  const valueLabels = rowLabelValues(
    rowRaws,
    !grouped,
    ownMeasure && measureCorner(cornerText),
    !grouped,
    ownMeasure && unitCorner(cornerText),
    !grouped && /\p{L}/u.test(cornerText.normalize('NFKC')) && !/\d/.test(cornerText.normalize('NFKC')),
  );
  if (valueLabels !== undefined) {
    // A column of values read as the row headers: a table pasted without its label column (「A群」「B群」 over 3 and
    // 20), whose first column's counts would go unchecked while the rest passed (adversary16).
    const first = rowRecords.find((r) => (r.fields[0] ?? '').trim() !== '')!;
    fail(
      'header/values',
      `${first.line}行目からの行見出し ${names(valueLabels)} が数だけで、値の列のように見えます（1列目は行見出しとして読むため、この数は確かめられません）`,
      '1列目が患者数などの値なら、その前に行見出しの列（「男性」「女性」など）を足してください。数が区分の名前なら「3回」「Grade 3」「2021年」のように単位や語を付けてください（1, 2, 3 … と 1 ずつ増える番号と西暦は、そのまま行見出しとして読みます）',
      place(first.line),
    );
    return undefined;
  }
  rowRecords.forEach((r, i) => {
    if (rowRaws[i]!.trim() === '') {
      fail(
        'header/empty',
        `${r.line}行目の行見出しが空です`,
        i === rowRecords.length - 1 && i > 0
          ? '1列目に行見出しを書いてください。合計の行なら「合計」と書きます（値が上の行の和と一致する行は、見出しが空でも合計と読みますが、この行は一致しません）'
          : '1列目に行見出しを書いてください',
        place(r.line),
      );
    }
  });
  const cols = buildHeaders(colRaws);
  const rows = buildHeaders(rowRaws);
  // うち lines and their rests under their line (ofwhich.ts): the sums their children do not hold.
  const ofWhichSums = [
    ...applyDecompositions(rows.headers, 'rows', decompositions),
    ...applyDecompositions(cols.headers, 'cols', decompositions),
  ];
  for (const e of cols.errors) fail(e.code, e.message, e.hint, place(header.line, undefined, cols.headers[e.index]!.label));
  for (const e of rows.errors) fail(e.code, e.message, e.hint, place(rowRecords[e.index]!.line, rows.headers[e.index]!.label));
  // A column of means beside the counts: the whole's mean between the groups' means shows how the whole divides
  // (n₁ = N·(m₂ − m)/(m₂ − m₁)), and its numbers are no counts a sum of rows holds for.
  const statistics = [
    ...cols.headers.map((h, c) => ({ h, kind: '列', line: header.line, values: rowRecords.map((r) => r.fields[c + 1] ?? '') })),
    ...rows.headers.map((h, i) => ({ h, kind: '行', line: rowRecords[i]!.line, values: rowRecords[i]!.fields.slice(1) })),
  ].filter(
    ({ h, kind, line, values }) =>
      STATISTIC_LABEL.test(normalise(h.label)) ||
      STATISTIC_ACRONYM.test(normalise(h.label)) ||
      (statisticWord(
        h.label,
        (kind === '列' ? cols.headers : rows.headers).map((x) => x.label),
      ) &&
        !(kind === '列'
          ? cvCategory(rowRecords, cols.headers, rows.headers, '列', cols.headers.indexOf(h))
          : cvCategory(rowRecords, rows.headers, cols.headers, '行', rows.headers.indexOf(h)))) ||
      // A line headed 「P」 alone is a line of p values where its values are (0.03, <0.001; a category 「p」 otherwise).
      (/^[Pp]$/.test(normalise(h.label)) &&
        values.some((v) => /^[<≤]?\s*0?\.\d+$/.test(normalise(v))) &&
        values.every((v) => /^(?:[<≤>≥]?\s*(?:0?\.\d+|1(?:\.0+)?)|[-－—]|)$/.test(normalise(v)))) ||
      // tableone's and gtsummary's columns of a test (「p」「test」「p-value」 are statistics, not groups).
      (kind === '列' && TEST_COLUMN.test(normalise(h.label).trim())) ||
      // A row whose every value is a statistic as gtsummary and tableone print it (「45 (38, 52)」「51.4 (11.0)」).
      (kind === '行' && statisticRow(rowRecords.find((r) => r.line === line))),
  );
  /**
   * An SD or SE that pins a count (rates11), said so in the refusal: beside a line of counts, √count in every position
   * within the SD's rounding (a Poisson count's SD: SD² gives the count back); or with a mean of a 0/1 variable (「mean
   * (SD)」 「0.03 (0.18)」, or a line of means just before), √(m(1 − m)) — the mean a share, a count of the N. Words only:
   * the line is refused as any statistic is, naming the arithmetic that makes it a count's (undefined where none fits).
   */
  const lineValues = (kind: string) =>
    kind === '列'
      ? cols.headers.map((h, c) => ({ label: h.label, values: rowRecords.map((r) => normalise(r.fields[c + 1] ?? '').trim()) }))
      : rows.headers.map((h, i) => ({ label: h.label, values: rowRecords[i]!.fields.slice(1).map((v) => normalise(v).trim()) }));
  const half = (v: string) => 0.5 * 10 ** -(v.split('.')[1]?.length ?? 0);
  const NUM = /^\d+(?:\.\d+)?$/;
  const binarySd = (m: string, sd: string) => {
    const [x, s, hm, hs] = [Number(m), Number(sd), half(m), half(sd)];
    if (x < 0 || x > 1) return false;
    // √(p(1 − p)) over the mean's rounding, with N ÷ (N − 1) up to 1.1 (a sample's SD of N ≥ 6).
    const at = [Math.max(0, x - hm), Math.min(1, x + hm), Math.min(Math.max(0.5, x - hm), x + hm)].map((p) => Math.sqrt(p * (1 - p)));
    return s + hs >= Math.min(...at) - 1e-9 && s - hs <= Math.max(...at) * Math.sqrt(1.1) + 1e-9;
  };
  const pinsCount = (h: { label: string }, kind: string, values: string[]): string | undefined => {
    const t = normalise(h.label).trim();
    const lines = lineValues(kind);
    const k = lines.findIndex((l) => l.label === h.label);
    const vs = values.map((v) => normalise(v).trim());
    const w = kind;
    // 「mean (SD)」 cells of a 0/1 variable.
    const pairs = vs.map((v) => /^(\d+(?:\.\d+)?|\.\d+)\s*[(（]\s*(\d+(?:\.\d+)?|\.\d+)\s*[)）]$/.exec(v));
    if (
      /平均|mean|average/i.test(t) &&
      /SD|S\.D\.|標準偏差|SE\b|標準誤差/i.test(t) &&
      pairs.some(Boolean) &&
      vs.every((v, i) => v === '' || pairs[i])
    )
      if (pairs.every((m) => !m || binarySd(m[1]!, m[2]!)))
        return `${w}${quote(h.label)}は 0/1 の変数の平均（割合）とその標準偏差のようです（どの位置でも標準偏差が √(平均 × (1 − 平均)) に丸めの範囲で合います。チェッカーの判断）。0/1 の変数の平均は人数の割合で、N と並べると人数（平均 × N）が分かり、標準偏差も平均から決まるため、人数を秘匿しても公表した値から戻ります`;
    if (!SD_LABEL.test(t) || k < 0) return undefined;
    if (!vs.every((v) => v === '' || NUM.test(v)) || !vs.some((v) => NUM.test(v))) return undefined;
    // A line of means just before (a 0/1 variable's).
    const before = k > 0 ? lines[k - 1]! : undefined;
    if (
      before &&
      /平均|mean|average/i.test(normalise(before.label)) &&
      vs.every((v, i) => v === '' || (NUM.test(before.values[i] ?? '') && binarySd(before.values[i]!, v)))
    )
      return `${w}${quote(before.label)}・${w}${quote(h.label)}は 0/1 の変数の平均（割合）とその標準偏差のようです（どの位置でも標準偏差が √(平均 × (1 − 平均)) に丸めの範囲で合います。チェッカーの判断）。0/1 の変数の平均は人数の割合で、N と並べると人数（平均 × N）が分かり、標準偏差も平均から決まるため、人数を秘匿しても公表した値から戻ります`;
    // Beside a line of counts: √count (a Poisson count's SD or SE) in every position, two at least with a count.
    for (const l of lines) {
      if (l.label === h.label || !l.values.every((v) => v === '' || /^\d+$/.test(v))) continue;
      let fits = 0;
      const ok = vs.every((v, i) => {
        const c = l.values[i] ?? '';
        if (v === '' || c === '') return v === '' || c === '' ? true : false;
        if (Math.abs(Number(v) - Math.sqrt(Number(c))) > half(v) + 1e-9) return false;
        if (Number(c) > 0) fits++;
        return true;
      });
      if (ok && fits >= 2)
        return `${w}${quote(h.label)}は${w}${quote(l.label)}の件数の標準偏差（ポアソン分布の √件数）のようです（どの位置でも √件数に丸めの範囲で合います。チェッカーの判断）。標準偏差の 2 乗が件数になるため、件数を秘匿しても標準偏差から件数が戻ります`;
    }
    return undefined;
  };
  const extremes = extremeLines(rowRecords, cols.headers, rows.headers, header.line);
  const failExtreme = (m: (typeof extremes)[number]) => {
    const unit = m.kind === '列' ? '行' : '列';
    const word = m.how === 'max' ? '最大' : m.how === 'min' ? '最小' : '最大と最小の差（範囲）';
    fail(
      'header/statistic',
      `${m.kind}${quote(m.label)}の値は、どの${unit}でも${m.kind} ${names(m.others)} の${word}の値に一致します（チェッカーの判断）。` +
        `${word}の値は患者数ではなく、どの${m.kind}がその値かが分かると、秘匿したセルが戻ることがあります（ほかの${m.kind}を公表していれば、${word}の値の${m.kind}が秘匿したセルと分かり、合計から隣の小さい数も戻ります）。` +
        `チェッカーは${word}の値を一次の式として読めないため、患者数として確かめられません`,
      `${word}の${m.kind}を除いた人数の表を確かめてください。${word}の値を公表するなら、人数の表とは別に審査を受けてください`,
      m.kind === '列' ? place(m.line, undefined, m.label) : place(m.line, m.label),
    );
  };
  for (const { h, kind, line, values } of statistics) {
    // A range found by arithmetic under a word of one (「範囲」「Range」「幅」): said as the range it is.
    const extreme = extremes.find((m) => m.label === h.label && m.kind === kind);
    if (extreme) {
      failExtreme(extreme);
      continue;
    }
    const pinned = pinsCount(h, kind, values);
    if (pinned !== undefined) {
      fail(
        'header/statistic',
        `${pinned}。チェッカーは標準偏差を件数と一緒に秘匿する形では読まないため、確かめられません`,
        '標準偏差（と 0/1 の変数の平均）を除き、人数と割合を「3 (5.3%)」のように書いた表を確かめてください。標準偏差は、秘匿しない人数の分だけを別に審査を受けて載せてください',
        kind === '列' ? place(line, undefined, h.label) : place(line, h.label),
      );
      continue;
    }
    // stats50: a range written 「3–45」 in one cell under 「範囲」「Range」「レンジ」 (the smallest and the largest of the
    // lines of another table or this one): two numbers in a cell, read as neither. Refused naming what to write: the
    // smallest and the largest in two lines 「最小」「最大」, read as extremes and tied (extremesAcross; stats50-families
    // `rangeCases` 'two': 0 of 43 leaked on seeds 2773–2774).
    if (
      /^(?:範囲|レンジ|range)$/i.test(normalise(h.label).trim()) &&
      values.some((v) => RANGE_CELL.test(normalise(v).trim())) &&
      values.every((v) => v.trim() === '' || RANGE_CELL.test(normalise(v).trim()))
    ) {
      fail(
        'header/statistic',
        `${kind}${quote(h.label)}の値は「3–45」のように 1 つのセルに最小と最大の 2 つの数を書いた範囲のようで（チェッカーの判断）、患者数としても最大・最小としても確かめられません。` +
          `範囲の端はほかの表やこの表の数の最小・最大で、どの施設（行・列）の数かが分かると秘匿したセルが戻ることがあります`,
        `範囲を「最小」「最大」の 2 つの${kind}に分けて書いてください（例: 見出し「最小,最大」、値「3,45」）。チェッカーは最小・最大としてほかの表の数と結んで確かめます`,
        kind === '列' ? place(line, undefined, h.label) : place(line, h.label),
      );
      continue;
    }
    // A share with its confidence interval (「割合 (95% CI)」「% (95%CI)」「Proportion (95% CI)」 over 「5.3% (1.1–14.6)」,
    // rates10): said as a share's interval, which the checker does not read (main: 「統計量のようで」, no word of why).
    const t = normalise(h.label);
    if (SHARE_INTERVAL_LABEL.test(t) && /信頼区間|信用区間|\bCI\b|\bCrI\b|confidence|credible/i.test(t)) {
      fail(
        'header/statistic',
        `${kind}${quote(h.label)}は割合とその信頼区間のようで（見出しが割合と信頼区間を示します。チェッカーの判断）、患者数として確かめられません。` +
          '割合の信頼区間（正確法やスコア法など）は件数と分母 N から決まり、件数が増えると上限も下限も増える値です。件数を秘匿しても区間から件数が戻るか狭い範囲に絞られ、N が表にないときは公表した件数・割合と区間から N が絞られることがあります。' +
          'チェッカーは割合の区間を読まないため、件数と一緒に秘匿することができません',
        '区間を除き、件数と割合を「3 (5.3%)」のように書いた表を確かめてください。区間は、秘匿しない件数の区間だけを別に審査を受けて載せてください',
        kind === '列' ? place(line, undefined, h.label) : place(line, h.label),
      );
      continue;
    }
    fail(
      'header/statistic',
      (statisticWord(
        h.label,
        (kind === '列' ? cols.headers : rows.headers).map((x) => x.label),
      )
        ? `${kind}${quote(h.label)}は最頻値・四分位・パーセンタイル・分散・変動係数・標準誤差・幅（最大−最小）などの統計量のようで（見出しの語から。チェッカーの判断）、患者数として確かめられません。その値がほかの${kind}の秘匿したセルに等しいか、そこから決まることがあります`
        : `${kind}${quote(h.label)}は平均・中央値・比などの統計量のようで、患者数として確かめられません`) +
        (context.meanWhy?.label === h.label ? `。値はほかの${kind}の平均に合いますが、${context.meanWhy.text}（チェッカーの判断）` : ''),
      '統計量を人数と並べて公表すると、秘匿した人数が計算で分かることがあります（全体と群ごとの平均から群の人数、オッズ比と公表したセルから秘匿したセル）。統計量を除いた人数の表を確かめ、統計量は別に審査を受けてください',
      kind === '列' ? place(line, undefined, h.label) : place(line, h.label),
    );
  }
  if (statistics.length > 0) return undefined;
  for (const m of meanLines(rowRecords, cols.headers, rows.headers, header.line)) {
    const unit = m.kind === '列' ? '行' : '列';
    const k = m.others.length;
    fail(
      'header/statistic',
      m.how === 'mean'
        ? `${m.kind}${quote(m.label)}の値は、どの${unit}でも${m.kind} ${names(m.others)} の平均（${k} 個の和 ÷ ${k}）に丸めの範囲で一致します（チェッカーの判断）。平均に個数を掛けると和に戻るため、患者数として確かめられません` +
            (context.meanWhy
              ? `。平均として読み、平均した数と一緒に秘匿する形にもできません: ${context.meanWhy.text}（チェッカーの判断）`
              : '')
        : `${m.kind}${quote(m.label)}の値は、どの${unit}でも${m.kind}${quote(m.others[0]!)}を${m.kind}${quote(m.others[1]!)}で割った比に丸めの範囲で一致します（チェッカーの判断）。比と一方の数から他方の数が分かるため、患者数として確かめられません`,
      m.how === 'mean'
        ? `平均は和（合計）と同じく、秘匿したセルを公表したセルから割り出せます（平均 × ${k} − 公表した値）。平均の${m.kind}を除いた人数の表を確かめてください。平均を公表するなら、見出しを「平均」と書き、人数の表とは別に審査を受けてください`
        : `秘匿した数が、比と公表した数から割り出せます（${quote(m.others[0]!)} ÷ 比 = ${quote(m.others[1]!)}）。比の${m.kind}を除いた人数の表を確かめ、比は別に審査を受けてください`,
      m.kind === '列' ? place(m.line, undefined, m.label) : place(m.line, m.label),
    );
  }
  for (const m of extremes) if (!statistics.some(({ h }) => h.label === m.label)) failExtreme(m);
  // 「GM」「中央」 alone over decimals that are neither the geometric mean nor the median of the other lines (stats39).
  for (const m of centreLines(rowRecords, cols.headers, rows.headers, header.line).undecided) {
    const unit = m.kind === '列' ? '行' : '列';
    fail(
      'header/statistic',
      `${m.kind}${quote(m.label)}には整数でない値があり、患者数ではありません。幾何平均か中央値のようですが、どの${unit}でもほかの${m.kind}の幾何平均・中央値に丸めの範囲で合うわけではないため（チェッカーの判断）、何の値か決められず、確かめられません`,
      `${m.kind}${quote(m.label)}が診療科や地域などの区分なら、人数を整数で書いてください。統計量なら、その${m.kind}を除いた人数の表を確かめ、統計量は別に審査を受けてください`,
      m.kind === '列' ? place(m.line, undefined, m.label) : place(m.line, m.label),
    );
  }
  if (out.errors.length > errorsBefore) return undefined;

  const countAndPercent = (l: string | undefined) => l !== undefined && PERCENT_LABEL.test(normalise(l)) && COUNT_LABEL.test(normalise(l));
  // 「3 (10.0)」 with no 「n (%)」 written anywhere, where every bracket is its count's share of a base the table shows.
  const sharesInBrackets =
    !countAndPercent(headerFields[0]) &&
    !countAndPercent(title) &&
    ![...cols.headers, ...rows.headers].some((h) => countAndPercent(h.label)) &&
    bracketShares(
      rowRecords.map((r) => colRaws.map((_, ci) => r.fields[ci + 1] ?? '')),
      cols.headers,
      rows.headers,
      [headerFields[0], title].map((t) => (t === undefined ? undefined : statedDenominator(t))).find((n) => n !== undefined),
    );
  for (const [kind, hs, list] of [
    ['行', rows.headers, rows.subtotalsRead],
    ['列', cols.headers, cols.subtotalsRead],
  ] as const)
    if (list.length > 0)
      out.warnings.push({
        code: 'header/section-total',
        message:
          `表${number}: ${kind}${list.map((i) => quote(hs[i]!.label)).join('')}を、その前の${kind}の小計として読みました（チェッカーの判断：` +
          `最後の合計の前で、内訳の${kind}のまとまりを閉じているため。小計が内訳の和と合うことは確かめています）。` +
          '読み方が違う場合は「小計」と書いてください',
        place: place(header.line),
      });
  if (sharesInBrackets) {
    const example = rowRecords.flatMap((r) => r.fields.slice(1)).find((f) => BRACKETED.test(unitless(f)))!;
    out.warnings.push({
      code: 'cell/bracket-percent',
      message: `表${number}: ${quote(example.trim())}のような括弧の数を、件数とその割合（%）として読みました（チェッカーの判断：括弧の数がどれも、その件数の、表の示す分母（N・列や行の合計）に対する割合に合うため）`,
      place: place(header.line),
    });
  }
  let unmarkedFractionShare: string | undefined;
  const markedCells: { text: string; mark: string; n: CellValue; note: { line: number; text: string }; why?: string }[] = [];
  const gluedCells: (ReturnType<typeof gluedNumbered>[number] & {
    ri: number;
    ci: number;
    text: string;
    note: { line: number; text: string };
    failed: { message: string; hint?: string | undefined; code: string };
    line: number;
    rowLabel: string;
  })[] = [];
  const cells: Cell[][] = [];
  rowRecords.forEach((r, ri) => {
    const rowLabel = rows.headers[ri]!.label;
    const fields = trimEnd(r.fields);
    if (fields.length - 1 < colRaws.length) {
      fail(
        'row/short',
        `行${quote(rowLabel)}のセルが足りません（列見出しは${colRaws.length}列、この行の値は${Math.max(0, fields.length - 1)}列）`,
        fields.length <= 1
          ? '表の下の注なら、表との間に空行を入れてください（注に患者数を書くと確かめられないため、数は表の中に書きます）。表の行なら値を書いてください'
          : '行ごとに列見出しと同じ数の値を書いてください（0 のときも 0 と書きます）',
        place(r.line, rowLabel),
      );
    } else if (fields.length - 1 > colRaws.length) {
      // 1,234 written in a CSV without quotes splits into 「1」「234」: say so rather than only that the row is long.
      const split = fields.slice(1).findIndex((f, k) => /^\d{1,3}$/.test(f.trim()) && /^\d{3}$/.test(fields[k + 2]?.trim() ?? ''));
      // The first value past the headers that is written (「男性,30,,3」 under 「項目,A群,」: the 3, not the blank before it).
      const extra = fields.findIndex((f, k) => k > colRaws.length && f.trim() !== '');
      fail(
        'row/long',
        `行${quote(rowLabel)}に列見出しのない値${quote(fields[extra]!.trim())}があります（${extra + 1}列目）`,
        split >= 0
          ? `桁区切りのカンマが値を分けているようです（${quote(fields[split + 1]!.trim())}${quote(fields[split + 2]!.trim())}）。CSV では ${quote(`"${fields[split + 1]!.trim()},${fields[split + 2]!.trim()}"`)} のように引用符で囲むか、カンマなしで書いてください`
          : '列見出しを加えるか、余分な値を消してください',
        place(r.line, rowLabel),
      );
    }
    const line: Cell[] = [];
    const bracketPercentOfTable = countAndPercent(headerFields[0]) || countAndPercent(title) || sharesInBrackets;
    colRaws.forEach((_, ci) => {
      const text = fields[ci + 1] ?? '';
      if (ci + 1 >= fields.length && fields.length - 1 < colRaws.length) {
        line.push({ row: ri, col: ci, text, value: { kind: 'count', n: 0 }, line: r.line });
        return;
      }
      // 「n (%)」 over the column, beside the row, in the corner or the title: 「3 (7.5)」 is 3 and its 7.5%.
      // 「(%)」 in a row's label or its heading (tableone's 「stage (%)」「sex = f (%)」): its brackets are shares too.
      const bracketPercent =
        bracketPercentOfTable ||
        countAndPercent(cols.headers[ci]!.label) ||
        countAndPercent(rowLabel) ||
        PERCENT_UNIT.test(normalise(rowLabel));
      let reading = readCell(text, bracketPercent);
      // words59: 「2※1」「3*」「7a」 — a count and a note's mark (cell.ts `markedCell`), never 21: read where a note
      // under the table opens with the mark, said with the note (チェッカーの判断). With no such note a mark is no more
      // than a guess (「3²」「10⁶」 may be powers, 「3*」 a p-value's star or a hidden mark): refused as before, the hint
      // saying how to write the note; a letter so refused in words (`cell/mark`).
      if (!reading.ok && (reading.code === 'cell/text' || reading.code === 'cell/mark')) {
        const marked = markedCell(text, bracketPercent);
        const note = marked && noteOfMark(marked.key, context.inputLines ?? [], r.line, context.notesTo);
        // words61: 「21)」 glued — 2 and the mark 「1)」 where only one split has its note under the table; kept as the
        // count provisionally, proved after the table is read (`gluedProved`) or refused as before.
        const glued = marked
          ? []
          : gluedNumbered(text).flatMap((g) => {
              const n = noteOfMark(g.key, context.inputLines ?? [], r.line, context.notesTo);
              return n ? [{ ...g, note: n }] : [];
            });
        if (!marked && glued.length === 1 && reading.code === 'cell/text') {
          const g = glued[0]!;
          const whole = readCell(String(g.count));
          if (whole.ok) {
            gluedCells.push({ ri, ci, text: text.trim(), ...g, failed: reading, line: r.line, rowLabel });
            reading = whole;
          }
        } else if (marked && note) {
          reading = marked.reading;
          markedCells.push({ text: text.trim(), mark: marked.mark, n: marked.reading.value, note });
        } else if (marked && !marked.letter)
          reading = {
            ...reading,
            hint: `${reading.hint ?? ''}。${quote(marked.mark)}が注の記号なら、表の下に${quote(marked.key)}で始まる注を書いてください（その注があれば、数と注の記号として読みます）`.replace(
              /^。/,
              '',
            ),
          };
        else if (marked)
          reading = {
            ok: false,
            code: 'cell/mark',
            message: `${quote(text.trim())}の${quote(marked.mark)}は、注の記号とも数や名前の一部とも読め、どちらか決まりません（チェッカーの判断：その記号で始まる注が表の下に見つからないため）`,
            hint: `注の記号なら、表の下に「${marked.key}) …」の注を書くか、「※1」のような記号にしてください。注でないなら、件数だけを書いてください`,
          };
      }
      if (!reading.ok) {
        // 「発現割合（%）」 over 2.5: a percentage written without its mark, not a count that is no whole number.
        const unmarked =
          reading.code === 'cell/decimal'
            ? [cols.headers[ci]!, rows.headers[ri]!].find(
                (h) => h.kind !== 'total' && PERCENT_LABEL.test(normalise(h.label)) && !COUNT_LABEL.test(normalise(h.label)),
              )?.label
            : undefined;
        fail(
          unmarked !== undefined ? 'cell/percent-unmarked' : reading.code,
          `行${quote(rowLabel)}・列${quote(cols.headers[ci]!.label)}: ${
            unmarked !== undefined ? `見出し${quote(unmarked)}は割合ですが、値${quote(text.trim())}に % がありません` : reading.message
          }`,
          unmarked !== undefined
            ? '割合なら値に % を付け、件数と一つのセルに「3 (2.5%)」と書いてください（割合だけでは、どの件数のものか分からず確かめられません）。統計量なら人数の表から外してください'
            : reading.hint,
          place(r.line, rowLabel, cols.headers[ci]!.label),
        );
        line.push({ row: ri, col: ci, text, value: { kind: 'count', n: 0 }, line: r.line });
        return;
      }
      const v = reading.value;
      // A total's label with a unit (「計（％）」, header.ts): its counts are checked as the sum of the items (a line that
      // is none is refused, `total/not-sum`); refused here before, though the issue names 計（％） among a total's labels.
      // A line of ours (a complement under 「stage (%)・1」, ofwhich.ts) holds counts only.
      const percentHeader = [cols.headers[ci]!, rows.headers[ri]!].find(
        (h) => h.kind !== 'total' && !h.rest && !h.ns && PERCENT_LABEL.test(normalise(h.label)) && !COUNT_LABEL.test(normalise(h.label)),
      )?.label;
      if (percentHeader !== undefined && v.kind === 'count' && v.percent === undefined && v.denominator === undefined && v.n > 0) {
        // 「割合(%)」 over 10: a percentage written without its mark, read as the count 10 it is not (10% of 30 is 3).
        fail(
          'cell/percent-unmarked',
          `行${quote(rowLabel)}・列${quote(cols.headers[ci]!.label)}: 見出し${quote(percentHeader)}は割合ですが、値${quote(text.trim())}に % がなく、患者数として読めません`,
          '割合なら値に % を付けて「10.0%」と書いてください（件数と割合を並べるなら「3 (10.0%)」のように一つのセルに）。患者数なら見出しから「%」「割合」を外してください',
          place(r.line, rowLabel, cols.headers[ci]!.label),
        );
      }
      // 「3/57 (5.3)」 with no 「n/N (%)」 written (attack28): the bracket read as n/N in percent (cell.ts checks it is),
      // said as ours once per table.
      if (!bracketPercent && v.kind === 'count' && v.rate !== undefined && unmarkedFractionShare === undefined)
        if (FRACTION_SHARE_UNMARKED.test(normalise(text))) unmarkedFractionShare = text.trim();
      line.push({ row: ri, col: ci, text, value: v, line: r.line });
    });
    cells.push(line);
  });
  // words61: a glued 「21)」 read as 2 and 「1)」 only where 21 cannot be the count (`gluedProved`), else refused as before.
  for (const g of gluedCells) {
    const why = gluedProved(g, cells, rows.headers, cols.headers, gluedCells);
    if (why !== undefined) markedCells.push({ text: g.text, mark: g.mark, n: { kind: 'count', n: g.count }, note: g.note, why });
    else
      fail(
        g.failed.code,
        `行${quote(g.rowLabel)}・列${quote(cols.headers[g.ci]!.label)}: ${g.failed.message}`,
        `${g.failed.hint ?? ''}。${quote(g.text)}が件数 ${g.count} と注の記号${quote(g.key)}なら、「${g.count} ${g.key}」と間を空けて書いてください（${g.whole} が件数でありえない表――合計や N を超える、合計が合わない、列のほかのセルがどれも記号付き――なら、くっついたままでも読みます）`.replace(
          /^。/,
          '',
        ),
        place(g.line, g.rowLabel, cols.headers[g.ci]!.label),
      );
  }
  if (markedCells.length > 0) {
    const shownCells = markedCells
      .slice(0, 3)
      .map(
        (c) =>
          `${quote(c.text)}を${c.n.kind === 'count' ? `件数 ${c.n.n} ` : `割合 ${c.n.percent}% `}と注の記号${quote(c.mark)}（${c.note.line}行目の注${quote(clip(c.note.text, 40))}${c.why ? `。くっついた記号は、${c.why}` : ''}）`,
      );
    out.warnings.push({
      code: 'cell/note-mark',
      message: `表${number}: ${shownCells.join('、')}${markedCells.length > 3 ? ` など ${markedCells.length} セル` : ''}と読みました（チェッカーの判断：数の後に注の記号が付いた書き方と読み、記号の数字は件数に含めません）。件数は記号を除いた数として確かめ、隠すセルは記号ごと隠します`,
      place: place(header.line),
    });
  }
  if (unmarkedFractionShare !== undefined)
    out.warnings.push({
      code: 'cell/bracket-percent',
      message: `表${number}: ${quote(unmarkedFractionShare)}のような分数の後の括弧の数を、その分数の割合（%）として読みました（チェッカーの判断：括弧の数がどれも、分数を百分率にした値に丸めの範囲で合うため。合わないセルは止めます）`,
      place: place(header.line),
    });
  if (out.errors.length > errorsBefore) return undefined;
  // A line of group sizes in a percentage table (sizes.ts): read again without it, its sizes as the bases.
  const counted = given ? undefined : countSizeLine(rows.headers, cols.headers, cells);
  // means52: a line of patients with an N under the threshold stays a line of counts of the table (hidden where needed;
  // system.ts nests the other lines in it), not taken out as the rows' Ns, which would publish it.
  const keptSizes = counted?.sizes.some((n) => n !== undefined && n < (context.threshold ?? SMALL_COUNT)) ? counted : undefined;
  const sizes = given ? undefined : (sizeLine(rows.headers, cols.headers, cells) ?? (keptSizes ? undefined : counted));
  if (sizes) {
    // Without the line of sizes, the lines after it move up by one.
    const moved = (i: number, axis: 'rows' | 'cols') => (axis === sizes.axis && i > sizes.index ? i - 1 : i);
    const kept = decompositions.map((d) => ({
      ...d,
      parent: moved(d.parent, d.axis),
      pairs: d.pairs.map(([a, b]) => [moved(a, d.axis), moved(b, d.axis)] as [number, number]),
    }));
    return readTable(number, withoutLine(records, sizes), out, { ...context, given: sizes, decompositions: kept });
  }

  const all = cells.flat();
  const firstPercent = all.find((c) => c.value.kind === 'percent');
  const firstCount = all.find((c) => c.value.kind === 'count');
  const label = (c: Cell) => `行${quote(rows.headers[c.row]!.label)}・列${quote(cols.headers[c.col]!.label)}`;
  if (firstPercent && firstCount) {
    fail(
      'table/mixed',
      `件数と割合が別々のセルにあります（${label(firstCount)}は件数${quote(firstCount.text.trim())}、${label(firstPercent)}は割合${quote(firstPercent.text.trim())}）`,
      'どの割合がどの件数のものか分からないと、秘匿した件数が割合から分かってしまうかを確かめられません。「8 (3.2%)」のように件数と割合を一つのセルに書くか、件数の表と割合の表に分けてください',
      place(firstPercent.line, rows.headers[firstPercent.row]!.label, cols.headers[firstPercent.col]!.label),
    );
    return undefined;
  }
  const table: Table = {
    number,
    ...(title !== undefined && { title }),
    corner,
    rows: rows.headers,
    cols: cols.headers,
    cells,
    sums: [],
    kind: firstPercent ? 'percent' : 'count',
    line: header.line,
    ...(given && { sizeLine: { axis: given.axis, index: given.index, label: given.label, texts: given.texts } }),
    ...(keptSizes && { patientLine: { axis: keptSizes.axis, index: keptSizes.index, label: keptSizes.label } }),
    ...(bareRanks && !context.codedHeader && { bareRankHeader: { line: header.line, labels: colRaws.map((r) => r.trim()) } }),
  };
  if (table.kind === 'count' && fractionBlocks.length > 0) readBlocks(table, fractionBlocks, out);
  if (table.kind === 'percent') {
    for (const reading of [
      given && applySizeLine(table, given),
      readBracketNs(table),
      readTotalN(table),
      readPercentAxis(table, title, askedAxis(percentAxis, number)),
    ])
      sizeReading(reading, table, out, place);
    if (out.errors.length > errorsBefore) return undefined;
  }
  if (table.kind === 'count' && given) countSizes(table, given, out, place, context.threshold ?? SMALL_COUNT);
  if (table.kind === 'count' && keptSizes) {
    const [what, kind] = keptSizes.axis === 'rows' ? ['列', '行'] : ['行', '列'];
    out.warnings.push({
      code: 'count/sizes',
      place: place(keptSizes.line),
      message: `表${number}: ${kind}${quote(keptSizes.label)}の数は内訳の和と一致せず${what}ごとの患者数（N）のようですが、閾値 ${context.threshold ?? SMALL_COUNT} 未満の数があるため N としては読まず、表の件数の${kind}として秘匿の対象にし、ほかの${kind}をその内数として確かめました（チェッカーの判断）`,
    });
  }
  if (out.errors.length > errorsBefore) return undefined;
  if (table.kind === 'count') bracketSizes(table);
  bracketNumbers(table);
  if (table.kind === 'count') wordedSizes(table, context.threshold ?? SMALL_COUNT, out, place);
  statedCounts(
    table,
    title !== undefined ? { text: title, line: titleLine ?? header.line } : undefined,
    out,
    context.threshold ?? SMALL_COUNT,
  );
  if (context.markNotes) markNoteCounts(table, context.markNotes, out, context.threshold ?? SMALL_COUNT);
  // The table's N read (the title's, the corner's, a total row's): percentages fitting it and their lines' Ns alike.
  if (table.kind === 'percent') sizeReading(readTableShare(table, title, context.threshold ?? SMALL_COUNT), table, out, place);
  labelCounts(table, out, context.threshold ?? SMALL_COUNT);
  if (table.kind === 'count') allNotWhole(table, out, place);
  if (table.kind === 'count') unionLine(table, out, place);
  validateTable(table, out, place);
  if (out.errors.length > errorsBefore) return undefined;
  if (table.kind === 'count') {
    const unsearched = { rows: [] as number[], cols: [] as number[] };
    const sumsNow = (): FoundSum[] => {
      unsearched.rows = [];
      unsearched.cols = [];
      return [
        ...findSums(table, 'rows', unsearched.rows),
        ...findSums(table, 'cols', unsearched.cols),
        ...statedSums(table, 'rows'),
        ...statedSums(table, 'cols'),
        ...ofWhichSums,
        ...statedRowSums(table, rowSums),
        ...statedHeadingSums(table, headingSums),
      ];
    };
    table.sums = sumsNow();
    const perColumn = headingSums.filter((x) => x.sums.length > 0);
    const across = headingSums.flatMap((x) => (x.across !== undefined ? [x] : []));
    const crossSums = across.flatMap((x) => crossSumOf(table, x.rows, x.across!, x.line));
    if (crossSums.length > 0) table.crossSums = crossSums;
    if (statedHeadingSums(table, perColumn).length < perColumn.length || crossSums.length < across.length) {
      // The heading's N has no rows or column to hold in (joined or taken out on the way): not read without it.
      const h =
        perColumn.find((x) => statedHeadingSums(table, [x]).length === 0) ??
        across.find((x) => crossSumOf(table, x.rows, x.across!, x.line).length === 0)!;
      fail(
        'layout/heading-n',
        `見出しの行${quote(h.label)}の N を、その下の行の和として確かめられません（チェッカーの判断）`,
        '見出しの行から N を外し、N は列見出しに「A群 (N=57)」のように書いてください',
        place(h.line),
      );
      return undefined;
    }
    if (statedRowSums(table, rowSums).length < rowSums.length) {
      // The column's equation has no row to hold in (a row joined or taken out on the way): not read without it.
      fail(
        'table/variable-n',
        `表${table.number}: 列「N」の数（その項目に値のある患者の数）を、値のない患者の行の和として確かめられません（チェッカーの判断）`,
        '公表する表から列「N」を除いて確かめてください（群の N と区分の件数で足ります）',
        place(table.line),
      );
      return undefined;
    }
    if (fractionNs(table, out, place)) {
      if (out.errors.length > errorsBefore) return undefined;
      table.sums = sumsNow();
    }
    for (const axis of ['rows', 'cols'] as const) {
      const missed = unsearched[axis];
      if (missed.length === 0) continue;
      const [kind, headers] = axis === 'rows' ? (['行', table.rows] as const) : (['列', table.cols] as const);
      out.warnings.push({
        code: 'sum/not-searched',
        place: place(table.line),
        message: `表${table.number}: ${kind}${names(missed.map((i) => headers[i]!.label))}（${missed.length} ${kind}）は、離れた${kind}の組の和かどうかを確かめきれていません（いくつもの${kind}の組の和と偶然一致するか、探索の上限に達したため。チェッカーの判断）。これを小計と知る読み手には、隠したセルが割り出せることがあります。隣り合う${kind}の和、合計、見出しが内訳を示す和は確かめています。小計なら字下げか「小計」で示すと、必ず式として確かめます`,
      });
    }
    sumLabels(table, out, place);
    nearSums(table, out, place);
    if (out.errors.length === errorsBefore) {
      const both: BothReading[] = [];
      // The blocks under heading rows (totals17), as readTables names them after the table is read.
      for (const h of table.rows) {
        const under = (context.headings ?? []).find((name) => h.label.startsWith(`${name}・`));
        if (under !== undefined && !h.rest && !h.ns) h.heading = under;
      }
      out.errors.push(...overTotals(table, context.threshold ?? SMALL_COUNT, place, both));
      const overlaps: OverlapReading[] = [];
      // totals47: a line read both ways for its numbers alone (a Japanese word, `BothReading.weak`) yields to a whole
      // under its lines' sum read as one of several answers (totals45's 「Any AE」 beside an 「A群」 column over the others).
      const weak = both.length > 0 && both.every((b) => b.weak === true);
      out.errors.push(...underTotals(table, context.threshold ?? SMALL_COUNT, place, both.length === 0 || weak ? overlaps : undefined));
      if (weak && overlaps.length > 0) both.splice(0, both.length);
      if (out.errors.length === errorsBefore) {
        out.warnings.push(...readBoth(table, both, context.threshold ?? SMALL_COUNT, place));
        out.warnings.push(...readOverlap(table, overlaps, context.threshold ?? SMALL_COUNT, place));
      }
    }
    reportSums(table, out, place);
    disjointParts(table, out, place);
    checkPercentages(table, out, place);
  }
  return out.errors.length > errorsBefore ? undefined : table;
}

/**
 * A bare number in brackets at the end of a count table's header (「実薬群（120）」, 「A [28]」) that is at least the
 * sum of that column's (row's) items: a reader takes it for the group's N, as 「（120例）」 — 28 over items 3 and 25
 * is their sum, 31 over them leaves 3 out. A smaller number (「薬剤（1）」, a numbering) is no N and stays a label.
 * A bare number after a space (「A群 28」) alike, where no word before it says it is a step or a numbering.
 */
function bracketSizes(table: Table): void {
  for (const axis of ['rows', 'cols'] as const) {
    const [headers, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    const items = across.flatMap((h, k) => (h.parent === null && h.kind === 'item' ? [k] : []));
    // Labels numbered from 1 (or 0), or three or more of one name numbered (「高血圧（1）」「糖尿病（2）」…, 「薬剤（2）」
    // 「薬剤（3）」「薬剤（4）」), are a numbering, even over a row of 0 and 1: none is read as an N. Other numberings
    // (「（2）」…「（6）」, the first row taken out; 「薬剤（3）」「薬剤（4）」) are an N only where the number is its
    // line's sum, as an attacker may read it (3 over a row adding up to 3 shows that sum); numbers that are no
    // numbering (「死亡（3）」「転院（4）」「退院（5）」) are an N where at least the line's sum.
    const all = bracketed(headers);
    const numbered = numbering(all);
    // A number of such a numbering equal to its line's sum (「糖尿病（2）」 over 1 and 1) is read as that sum all the
    // same (`numberingSum`): a reader who takes it for the count works the line's hidden cells back (1 and 1 pinned).
    const fromOne = numbered && (Math.min(...all.map((x) => x.n)) <= 1 || (all.length >= 3 && all.every((x) => x.name === all[0]!.name)));
    headers.forEach((h, i) => {
      const m = SIZE_IN_BRACKETS.exec(normalise(h.label));
      if (h.denominator !== undefined || h.kind === 'total' || !m) return;
      const n = Number(m[1]!.replace(/,/g, ''));
      const sum = items.reduce((x, k) => x + countOf(axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!), 0);
      if ((numbered ? n === sum : n >= sum) && sum > 0) {
        h.denominator = n;
        h.sizeInLabel = true;
        if (fromOne) h.numberingSum = true;
      }
    });
  }
  // A bare number after a space closing a label (「A群 28」 over a column adding up to 25, `spacedNumber`: no word for
  // a step or a numbering before it, and no numbering of the axis) that is at least its line's sum: an N, as in brackets.
  for (const axis of ['rows', 'cols'] as const) {
    const [headers, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    const items = across.flatMap((h, k) => (h.parent === null && h.kind === 'item' ? [k] : []));
    const spaced = headers.flatMap((h, i) => {
      const m =
        h.kind === 'item' && h.denominator === undefined && !SIZE_IN_BRACKETS.test(normalise(h.label))
          ? spacedNumber(h.label, true)
          : undefined;
      return m ? [{ h, i, ...m }] : [];
    });
    // A label that is a count of patients alone (「53例」「53 patients」: `LONE_COUNT`) at least its line's sum: an N
    // too, as an attacker reads it (53 over 13 and 37 shows 3 left out; read as a label before, exit 0, adversary18).
    // One under the sum names a category (「2人」 over a line of 30: households of two) — but not in a table said to
    // count a patient in several items (複数回答), nor where no cell of its line passes it and the lone counts of the
    // axis are no numbering (「1人」「2人」「3人」): there 「12例」 over 10, 11 and 13 is the column's N as 「A群 12例」
    // is, as an attacker reads it (12 − 10 = 2 without 頭痛; read as a label before, exit 0 — adversary19).
    const lone = headers.flatMap((h, i) => {
      const m = h.kind === 'item' && h.denominator === undefined ? LONE_COUNT.exec(countText(h.label)) : null;
      return m ? [{ h, i, n: Number(m[1]!.replace(/,/g, '')), lone: true }] : [];
    });
    const loneNumbering = numbering(lone.map(({ n }, k) => ({ n, name: String(k) })));
    const underSum = (i: number, n: number) =>
      saysSeveralAnswers(table) ||
      (!loneNumbering && items.every((k) => countOf(axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!) <= n));
    if (numbering(spaced)) {
      spaced.length = 0;
    }
    for (const { h, i, n, lone: alone } of [...spaced.map((x) => ({ ...x, lone: false })), ...lone]) {
      const sum = items.reduce((x, k) => x + countOf(axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!), 0);
      if ((n >= sum || (alone && underSum(i, n))) && sum > 0) {
        h.denominator = n;
        h.sizeInLabel = true;
      }
    }
  }
}

/**
 * The items of an axis whose labels end in a bare number in brackets, with the name before it: those read as an N
 * (`sizeInLabel`) too where `withSizes`, as a numbering is judged on all its numbers.
 */
function bracketed(headers: readonly Header[], withSizes = false): { h: Header; n: number; name: string }[] {
  return headers.flatMap((h) => {
    const m =
      h.kind === 'item' && (h.sizeInLabel ? withSizes : h.denominator === undefined)
        ? SIZE_IN_BRACKETS.exec(kanjiInBrackets(normalise(h.label)))
        : null;
    return m ? [{ h, n: Number(m[1]!.replace(/,/g, '')), name: plainKey(normalise(h.label).slice(0, m.index)) }] : [];
  });
}

/**
 * Whether the numbers closing the labels of an axis are a numbering: two or more, all different, and either the same
 * name numbered (「薬剤（1）」「薬剤（4）」), or running without a gap once sorted from 1 (or 0: 「PS 0」「PS 1」), or four
 * or more so running from elsewhere (「（2）」…「（6）」: the first row taken out), or three or more upwards from 1 (or
 * 0) as written (「高血圧（1）」「糖尿病（2）」「腎疾患（4）」: a row taken out). Two or three numbers that do not start at
 * 1 and run (「死亡（3）」「転院（4）」), and two that do not run (「死亡（1）」「生存（3）」), are no numbering: they may be
 * counts.
 */
function numbering(numbered: readonly { n: number; name: string }[]): boolean {
  const ns = numbered.map((x) => x.n);
  const sorted = [...ns].sort((a, b) => a - b);
  return (
    numbered.length >= 2 &&
    sorted.every((n, i) => i === 0 || n > sorted[i - 1]!) &&
    (numbered.every((x) => x.name === numbered[0]!.name) ||
      ((sorted[0]! <= 1 || numbered.length >= 4) && sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1)) ||
      (numbered.length >= 3 && ns[0]! <= 1 && ns.every((n, i) => i === 0 || n > ns[i - 1]!)))
  );
}

/**
 * attack26: an N written in a line's label in words the checker does not read as one (「A (Anzahl 63)」「A (总数63)」
 * 「A (63명)」「A (63 Patienten)」「A (#63)」「A – 63」「A (patients: 63)」): a reader who knows the words takes the number
 * for the group's N all the same — the line's sum, so that a hidden item is its N less the others (63 − 30 − 30 = 3,
 * pinned where the checker hid that item alone), or more than it by a few, the patients the table leaves out. Read by
 * the arithmetic, not the words: a number in the label (not read otherwise, no part of a range, a bound, an age, a
 * decimal or a share, no numbering of the axis) that is at least the line's sum and over it by less than the
 * threshold is the line's N (`denominator`: an equation with its items, and what it leaves out checked as any N's
 * rest), said as ours (`layout/label-n`). A number farther above the sum gives no count under the threshold.
 */
function wordedSizes(table: Table, threshold: number, out: ReadResult, place: (line: number, row?: string, col?: string) => Place): void {
  for (const axis of ['rows', 'cols'] as const) {
    const [kind, headers, across] = axis === 'rows' ? (['行', table.rows, table.cols] as const) : (['列', table.cols, table.rows] as const);
    const items = across.flatMap((h, k) => (h.parent === null && h.kind === 'item' ? [k] : []));
    const found = headers.flatMap((h, i) => {
      if (h.kind !== 'item' || h.denominator !== undefined || h.bracketNumber !== undefined || h.rest || h.ns) return [];
      // A label of a numbered series (「2022年6月」「Stage IIIA」「G3」, system.ts `seriesRange`): its numbers name the
      // line, no reader takes the month for an N (linked37: 「2022年6月」 6 beside a count of 2 was read as one).
      if (seriesRange(h.label)) return [];
      const ns = labelNumbers(normalise(h.label));
      return ns.length > 0 ? [{ h, i, ns }] : [];
    });
    // The numbers of the axis's labels as a numbering (「薬剤 1」「薬剤 2」, 「Grade 3」「Grade 4」): none is an N.
    if (numbering(found.map(({ h, ns }) => ({ n: ns[ns.length - 1]!, name: plainKey(normalise(h.label).replace(/\d[\d,]*/g, '')) }))))
      continue;
    for (const { h, i, ns } of found) {
      const sum = items.reduce((x, k) => x + countOf(axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!), 0);
      const n = [...ns].reverse().find((x) => x >= sum && x - sum < threshold);
      if (n === undefined || sum === 0) continue;
      h.denominator = n;
      out.warnings.push({
        code: 'layout/label-n',
        place: place(table.line),
        message: `表${table.number}: ${kind}${quote(h.label)}の数 ${n} を、その${kind}の患者数（N）と読みました（その${kind}の内訳の和 ${sum}${n > sum ? ` より ${n - sum} 多い` : ' と同じ'}数で、読み手は N と読めるため。チェッカーの判断）。N なら「(N=${n})」と書いてください`,
      });
    }
  }
}

/** A text without the characters of `chars` closing it (walked back once: no pattern tried from each place). */
function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * The whole numbers of a label that may be an N, by where and how the label writes them (labeln38). Only where an N
 * is written: inside the bracket closing the label after a name (「A (Anzahl 63)」「A (63명)」「A (#63)」「A [n 63]」),
 * or closing the label after a dash, a colon or a 「#」 that follows a name (「A – 63」「A: 63」). A number the label
 * itself is made of is a band's or a category's — 「75+」「≥65」「65歳以上」「80 and over」「Grade 3」「10 mg」「2023」
 * 「3剤以上」「1日3回」 — never its line's N (formats35: 「75+」 over a line of 69 was read as N = 75 and its 6 patients
 * flagged as left out). Nor, where it is so written, a decimal, a share, an age or a year of age, an end of a range
 * (「65-74」「65〜74」) or a bound (「<65」「65以上」「≥65」「65+」「65 and over」「over 65」), a step of a scale after its
 * word (「(Grade 3)」「(NYHA 3)」, labels.ts `NUMBERING_WORD`), a number before a unit of measure or of things counted
 * that are no patients (「(10 mg)」「(3剤)」「(2回目)」), or one run on to Latin letters (「CYP2C19」「5mg」).
 */
function labelNumbers(label: string): number[] {
  const ns: number[] = [];
  // The bracket closing the label, with a name before it: its inside is where an N may be written in words.
  const closing = /[)\]]\s*$/.exec(label);
  const open = closing ? Math.max(label.lastIndexOf('(', closing.index), label.lastIndexOf('[', closing.index)) : -1;
  const named = (text: string) => /[^\d\s<>≤≥≦≧=+~〜\-–—−.,%()[\]]/u.test(text);
  const inBracket = open > 0 && named(label.slice(0, open)) && !/[()[\]]/.test(label.slice(open + 1, closing!.index));
  // The last three numbers of the label, each judged by the few characters around it (a label of many numbers is
  // read in time linear in its length).
  for (const m of [...label.matchAll(/\d{1,3}(?:,\d{3})+(?!\d)|\d+/g)].slice(-3)) {
    const end = m.index + m[0].length;
    const before = label.slice(Math.max(0, m.index - 12), m.index);
    const rest = label.slice(end);
    const after = label.slice(end, end + 16).trimStart();
    const bracketed = inBracket && m.index > open && end <= closing!.index;
    // After a separator that follows a name, closing the label (nothing but words after it).
    const separated =
      /^[^\d]*$/.test(rest) &&
      /(?:^|[^\d\s<>≤≥≦≧=+~〜\-–—−])\s{0,3}(?:\s[-–—−]|[:#])\s{0,3}$/.test(before) &&
      named(withoutTrailing(label.slice(0, m.index), '-–—−:# '));
    if (!bracketed && !separated) continue;
    if (/[.,]\d|^[%‰]|^(?:歳|才|か月|ヶ月|カ月|years?\b|yrs?\b|y\.?o\b|以上|以下|未満|超|まで)/i.test(after)) continue;
    if (/[.,]$/.test(before) || /^[-~〜～–—]\s*\d/.test(after) || /\d\s{0,3}[-~〜～–—]\s{0,3}$/.test(before)) continue;
    if (/[<>≤≥＜＞≦≧]=?\s{0,3}$/.test(before)) continue;
    // A bound in words or marks (「65+」「65 and over」「80 or older」「over 65」「under 18」「aged 80」).
    if (/^\+|^(?:and|or)\s(?:over|above|older|more|greater|higher|under|below|younger|less|lower)\b|^plus\b/i.test(after)) continue;
    if (/(?:^|[^a-z])(?:over|under|above|below|aged?|from|to|than|least|most)\s{0,3}$/i.test(before)) continue;
    // A count of things or a step of its own before a bound or an ordinal (「3剤以上」「2回目」「5年未満」).
    if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,3}?(?:以上|以下|未満|超|まで|目)/u.test(after)) continue;
    // A unit of measure, of time or of things counted that are no patients (「(10 mg)」「(3剤)」「(1日3回)」「(20代)」).
    if (
      /^(?:mg|µg|μg|mcg|ng|g|kg|ml|dl|l|mmol|mol|meq|mmhg|cm|mm|m|iu|u|units?|times?|doses?|days?|weeks?|months?|hours?|mins?|minutes?|points?|回|剤|錠|日|週|月|年|時間|分|点|度|代|期|型|級|段階|単位|種類?|個|本|包|枚)(?![\p{L}])/iu.test(
        after,
      )
    )
      continue;
    // A step of a scale after its word (「(Grade 3)」「(NYHA 3)」「(第3)」): not 「n」 alone (「[n 63]」 states an N).
    const word = before.trimEnd();
    if (!/(?:^|[^a-z])n$/i.test(word) && NUMBERING_WORD.test(word.replace(/[:：]$/, ''))) continue;
    // Part of a name or a unit run on in Latin letters (「CYP2C19」「HbA1c」「5mg」).
    if (/[a-z]$/i.test(before) || /^[a-z]/i.test(label.slice(end, end + 1))) continue;
    ns.push(Number(m[0].replace(/,/g, '')));
  }
  return ns;
}

/**
 * Bare numbers in brackets closing labels that `bracketSizes` did not read as an N (「死亡（3）」 over a row of 37, or
 * 「死亡（12）」 over it: at the threshold or over, a reader may take it for a count of some of the line's cells) and
 * that are no numbering (`numbering`): each is kept as `bracketNumber`, a count a reader may take as published in the
 * label (check.ts refuses it). Bare numbers after a space closing labels (「死亡 3」, `spacedNumber`) alike, marked
 * `numberAfterSpace` (check.ts refuses one under the threshold only: 「年齢 65」「BMI 25」 are no counts).
 */
function bracketNumbers(table: Table): void {
  for (const headers of [table.rows, table.cols]) {
    // A numbering is judged on all its numbers, those read as an N too (「肝疾患（5）」 over a row of 5 among 「（2）」…「（8）」).
    if (!numbering(bracketed(headers, true))) for (const { h, n } of bracketed(headers)) h.bracketNumber = n;
    const spaced = headers.flatMap((h) => {
      const m = h.kind === 'item' && h.denominator === undefined && h.bracketNumber === undefined ? spacedNumber(h.label, true) : undefined;
      return m ? [{ h, ...m }] : [];
    });
    if (!numbering(spaced))
      for (const { h, n } of spaced) {
        h.bracketNumber = n;
        h.numberAfterSpace = true;
      }
  }
}

/**
 * Each column's (row's) N from a line of sizes in a count table (`countSizeLine`), reported as our reading. A size
 * under the threshold is refused (means50): it is a count of patients all the same, published beside the table as
 * its line's N (the checker proposes no hiding of an N, only of cells), so the input is refused naming what to write.
 */
function countSizes(
  table: Table,
  line: SizeLine,
  out: ReadResult,
  place: (line: number, row?: string, col?: string) => Place,
  threshold: number,
): void {
  const [headers, what] = line.axis === 'rows' ? [table.cols, '列'] : [table.rows, '行'];
  const kind = line.axis === 'rows' ? '行' : '列';
  const small = line.sizes.flatMap((n, k) => (n !== undefined && n < threshold ? [{ n, h: headers[k]! }] : []));
  if (small.length > 0) {
    out.errors.push({
      code: 'count/sizes-small',
      message: `表${table.number}: ${kind}${quote(line.label)}の数は内訳の和と一致しないため${what}ごとの患者数（N）と読みました（チェッカーの判断）が、${small.map(({ n, h }) => `${what}${quote(h.label)}の ${n}`).join('、')} は閾値 ${threshold} 未満の数です。N として読んだ数は秘匿を提案できず、そのまま公表されます`,
      hint: `${kind}${quote(line.label)}の内訳を漏れなく書いて（例：「死亡」と「生存」、「男性」と「女性」）${quote(line.label)}が内訳の和（合計）になるようにしてください（合計なら秘匿を提案できます）。または${what}をまとめて、どの${what}の患者数も ${threshold} 以上にしてください`,
      place: place(line.line, line.axis === 'rows' ? line.label : small[0]!.h.label, line.axis === 'rows' ? small[0]!.h.label : line.label),
    });
    return;
  }
  line.sizes.forEach((n, k) => {
    const h = headers[k]!;
    if (n === undefined) return;
    if (h.denominator !== undefined && h.denominator !== n) {
      out.errors.push({
        code: 'count/sizes',
        message: `${kind}${quote(line.label)}の数 ${n} と、${what}${quote(h.label)}の見出しの N（${h.denominator}）が違います`,
        hint: `${what}の患者数をどちらか一方に、同じ数で書いてください`,
        place: place(line.line, line.axis === 'rows' ? line.label : h.label, line.axis === 'rows' ? h.label : line.label),
      });
      return;
    }
    h.denominator = n;
  });
  out.warnings.push({
    code: 'count/sizes',
    place: place(line.line),
    message: `表${table.number}: ${kind}${quote(line.label)}の数は内訳の和と一致しないため、${what}ごとの患者数（N）として読み、表に載らない患者も含めて確かめました（推定）`,
  });
}

/** The records of a table without its line of sizes (a row, or a column of every record). */
function withoutLine(records: readonly CsvRecord[], line: SizeLine): CsvRecord[] {
  if (line.axis === 'rows') return records.filter((_, k) => k !== line.index + 1);
  return records.map((r) => ({ ...r, fields: r.fields.filter((_, k) => k !== line.index + 1) }));
}

/** A reading of group sizes written in a percentage table: reported as ours, or an input error. */
function sizeReading(
  reading: SizeReading | undefined,
  table: Table,
  out: ReadResult,
  place: (line: number, row?: string, col?: string) => Place,
): void {
  if (!reading) return;
  if (reading.ok) {
    if (reading.note) out.warnings.push({ code: 'percent/sizes', message: `表${table.number}: ${reading.note}`, place: place(table.line) });
    return;
  }
  out.errors.push({
    code: reading.code ?? 'percent/sizes',
    message: reading.message,
    hint: reading.hint,
    place: place(table.line, reading.row, reading.col),
  });
}

const names = (labels: string[]) => some(labels.map(quote), 5);

/**
 * A label that says its row is a sum: 患者計, 男性計, 合計値, 総数, Total …, once an N is taken off — the word ending
 * the label (「患者総数」「Grand total」「Male subtotal」), or opening it with a unit or a word of what is counted after it
 * (「合計（人）」「総数 例」「Total patients」「Sum n」), or a total in any language (header.ts `isTotalLabel`). Not a
 * category that holds the word (attack27: 「Total cholesterol」「総数不明」「合計点 10点以上」「Subtotal gastrectomy」
 * were refused as sums that do not add up).
 */
const SUM_LABEL =
  /(?:計|合計|総計|総数|小計)(?:値|数|人数|例数|件数|患者数|人|例|件|名|n|%)?[:：]?$|^(?:合計|総計|総数|小計|計)\s*[(（]|(?:^|[^a-z])(?:sub-?\s?)?(?:total|sum)(?:\s*(?:n|no\.?|number|count|patients?|subjects?|cases?|pts\.?|events?|%))?[:：]?$|^(?:sub-?\s?)?(?:total|sum)\s*[(（]/i;
const sumLabel = (label: string) => {
  const bare = normalise(label).replace(DENOMINATOR_TEXT, '').trim();
  return SUM_LABEL.test(withoutLastBracket(bare)) || isTotalLabel(label);
};

/**
 * A label without the bracket closing it (「合計（人）」 → 「合計」): from the first opening bracket after the last closing
 * one before the final 「)」 to the end, as `/[(（][^)）]*[)）]\s*$/` took it; found by index, since that pattern tried
 * each opening bracket of a run (「((((…」) to the end.
 */
export function withoutLastBracket(text: string): string {
  const end = /[)）]\s*$/.exec(text);
  if (!end) return text;
  const before = text.slice(0, end.index);
  const from = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）')) + 1;
  const open = before.slice(from).search(/[(（]/);
  return open < 0 ? text : text.slice(0, from + open).trim();
}

/**
 * A row (column) whose label says it is a sum but that is the sum of no rows (columns): 患者計 28 | 60 | 43 over items
 * adding up to 28 | 60 | 42. A reader takes it for the total all the same and works a hidden item back from the
 * columns where it does add up, so the table is not checked as if it were an item: the input is refused.
 */
function sumLabels(table: Table, out: ReadResult, place: (line: number, row?: string, col?: string) => Place): void {
  for (const axis of ['rows', 'cols'] as const) {
    const [kind, headers, across] = axis === 'rows' ? (['行', table.rows, table.cols] as const) : (['列', table.cols, table.rows] as const);
    headers.forEach((h, i) => {
      if (h.kind !== 'item' || !sumLabel(h.label)) return;
      if (table.sums.some((x) => x.axis === axis && x.header === i)) return;
      const at = (k: number) => (axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!);
      const at0 = at;
      const others = headers.flatMap((g, j) => (j !== i && g.parent === null && g.kind !== 'total' ? [j] : []));
      if (others.length === 0) return;
      const sum = (k: number) => others.reduce((x, j) => x + countOf(axis === 'rows' ? table.cells[j]![k]! : table.cells[k]![j]!), 0);
      // means59: 「All」 read as an item (`allNotWhole`: under the others' sum somewhere, so no total of them) is no
      // total's label to refuse; where it equals their sum by chance a reader may still take it for one there: those
      // positions are held as an equation (not the table's structure).
      // whole68: so is the whole group's line read as the union of the others (`wholeAsUnion`, whole67's `unionLine`:
      // 「全対象者」「患者総数」「Total patients (n)」), at each line or more everywhere and under their sum somewhere.
      if (isBareAll(h.label) || (table.allLine?.axis === axis && table.allLine.index === i && unionOf(table, axis, i))) {
        const at = across.flatMap((_, k) => (countOf(at0(k)) === sum(k) ? [k] : []));
        if (at.length > 0) table.sums.push({ axis, header: i, parts: others, how: 'set', alternative: true, at });
        return;
      }
      // totals40: 「累計」「Running total」 — a total's word, but a running sum's label: read as the running sum it is
      // (of another line, or of every other line's sum: system.ts `runningWholes`), refused in its own words where the
      // arithmetic shows neither.
      if (saysCumulative(h.label)) {
        const line = across.map((_, k) => countOf(at(k)));
        const of = (j: number) => across.map((_, k) => countOf(axis === 'rows' ? table.cells[j]![k]! : table.cells[k]![j]!));
        const positions = across.flatMap((g, k) => (g.kind === 'item' ? [k] : []));
        const whole = across.map((_, k) => sum(k));
        if (runningOver(line, whole, positions) || others.some((j) => runningOver(line, of(j), positions))) return;
        out.errors.push({
          code: 'total/not-sum',
          message: `${kind}${quote(h.label)}は見出しが累計（累積）のようですが、どの${kind}の累計とも、ほかの${kind}の和の累計とも一致しません（チェッカーの判断）。累計と読む人にも合計と読む人にも、隠したセルが割り出せることがあります`,
          hint: `累計なら値を確かめ、最初の時点から順に${kind === '行' ? '左から右へ' : '上から下へ'}足した数にしてください。累計でなければ、見出しから「累計」「計」などを外してください`,
          place: axis === 'rows' ? place(at(0).line, h.label) : place(table.line, undefined, h.label),
        });
        return;
      }
      const off = across.findIndex((_, k) => countOf(at(k)) !== sum(k));
      const where =
        off >= 0
          ? `（${axis === 'rows' ? '列' : '行'}${quote(across[off]!.label)}で ${countOf(at(off))}、ほかの${kind}の和は ${sum(off)}）`
          : '';
      out.errors.push({
        code: 'total/not-sum',
        message: `${kind}${quote(h.label)}は見出しが合計・小計のようですが、どの${kind}の和とも一致しません${where}`,
        hint: `合計・小計なら値を確かめてください（合計の見出しの${kind}は、読み手が足し算で内訳を割り出すのに使います）。合計・小計でなければ、見出しから「計」などを外してください`,
        place: axis === 'rows' ? place(at(0).line, h.label) : place(table.line, undefined, h.label),
      });
    });
  }
}

/**
 * A row (column) with any label that is, in all columns but a few, the sum of every other top-level row, or of a set
 * of rows a reader adds up first (sums.ts `nearbySets`: two or more adjacent rows just after or before it, the rows
 * its label names — 「重度・中等度」 over 重度 and 中等度) — adding up in two columns or more with counts, and in at
 * least as many as it does not (28 | 60 | 46 over items adding up to 28 | 60 | 45): a reader takes it for the total
 * or subtotal with a slip and works a hidden item back from the columns where it adds up (28 − 25 = 3), yet it is no
 * sum the checker can use. Refused, naming the row, the rows it adds up and the columns, as a declared total that
 * does not add up is. No search of every set: sums by chance would refuse tables of small counts.
 */
function nearSums(table: Table, out: ReadResult, place: (line: number, row?: string, col?: string) => Place): void {
  for (const axis of ['rows', 'cols'] as const) {
    const [kind, headers, across] = axis === 'rows' ? (['行', table.rows, table.cols] as const) : (['列', table.cols, table.rows] as const);
    if (across.length < 3) continue;
    const top = headers.flatMap((g, j) => (g.parent === null && g.kind !== 'total' ? [j] : []));
    const vecs = vectors(table, axis);
    const count = (i: number, k: number) => vecs[i]![k]!;
    // A line of ours (a うち line's rest, a complement: ofwhich.ts) is no printed line a reader takes for a sum with a
    // slip, and one near-sum holding it is by chance (疾患4 adding up to 疾患4以外, 疾患5 and 疾患5以外 in two of three
    // columns of a table of several answers).
    const ours = (j: number) => headers[j]!.rest === true || headers[j]!.ns === true;
    // Under a line that is the sum of every other line, or the N they all add up to (sums.ts `disjointWhole`), the
    // lines are disjoint parts: none is read as a sum of others, with a slip or not.
    const whole = disjointWhole(table, axis, vecs);
    for (const i of headers.keys()) {
      if (headers[i]!.kind !== 'item' || ours(i) || table.sums.some((x) => x.axis === axis && x.header === i)) continue;
      if (whole !== undefined && whole !== i) continue;
      const all = headers[i]!.parent === null && top.length >= 3 ? [{ parts: top.filter((j) => j !== i), how: 'total' as const }] : [];
      for (const set of [...all, ...nearbySets(headers, vecs, i)]) {
        if (set.parts.some(ours)) continue;
        const sums = across.map((_, k) => set.parts.reduce((x, j) => x + count(j, k), 0));
        const sum = (k: number) => sums[k]!;
        const off = across.flatMap((_, k) => (count(i, k) !== sum(k) ? [k] : []));
        const adding = across.filter((_, k) => count(i, k) === sum(k) && sum(k) > 0).length;
        // Adds up in as many places as it does not at least: a reader takes it for the sum. A run of rows its label
        // does not name, in more places than not: half the columns of 6×4 tables of counts 0–40 match such a run by
        // chance in 1 table in 80, more than half in 1 in 700 (measured, README).
        const most = set.how === 'run' ? adding > off.length : adding >= off.length;
        if (off.length === 0 || adding < 2 || !most) continue;
        const k = off[0]!;
        const cell = axis === 'rows' ? table.cells[i]![k]! : table.cells[k]![i]!;
        const other = axis === 'rows' ? '列' : '行';
        const whose =
          set.how === 'total' ? `ほかの${kind}の和（合計）` : `${kind}${names(set.parts.map((j) => headers[j]!.label))}の和（小計）`;
        const slips = off
          .map((j) => `${quote(across[j]!.label)}では ${count(i, j)}、${set.how === 'total' ? `ほかの${kind}` : 'それら'}の和は ${sum(j)}`)
          .join('。');
        const what = set.how === 'total' ? '合計' : '小計';
        out.errors.push({
          code: 'total/almost',
          message: `${kind}${quote(headers[i]!.label)}は、${other}${off.map((j) => quote(across[j]!.label)).join('')}を除くすべての${other}で${whose}です（${slips}）`,
          hint: `${what}なら${off.map((j) => `${quote(across[j]!.label)}`).join('')}の値を直してください（${what}と読める${kind}から、秘匿した内訳が引き算で分かります）。${what}でなければ、この${kind}を別の表に分けてください`,
          place: place(
            cell.line,
            axis === 'rows' ? headers[i]!.label : table.rows[k]!.label,
            axis === 'rows' ? table.cols[k]!.label : headers[i]!.label,
          ),
        });
        break;
      }
    }
  }
}

/**
 * The N of a fraction (3/31, or a rate's 3.2 (3/31)) that is no base of its cell — no row, column or table total,
 * no N written — is published all the same: 31 over a column whose items add up to 28 shows 3 patients the table
 * leaves out, and bounds a hidden item (31 − 25). Where every such fraction of a column (or else of a row) states the
 * same N, it is that column's (row's) N, as if written 「A (N=31)」 (primary.ts then finds what it leaves out); one that
 * is no line's N is refused, naming the cell. Returns whether an N was taken into a header.
 */
function fractionNs(table: Table, out: ReadResult, place: (line: number, row?: string, col?: string) => Place): boolean {
  const loose = table.cells.flat().filter((c) => {
    const v = c.value;
    return (
      v.kind === 'count' &&
      v.denominator !== undefined &&
      !bases(table, c.row, c.col).some((b) => b.value === v.denominator) &&
      !(table.fractionBlocks ?? []).some((b) => b.col === c.col && b.n === v.denominator && b.rows.includes(c.row))
    );
  });
  const nOf = (c: Cell) => (c.value.kind === 'count' ? c.value.denominator : undefined);
  const both = bothNs(table, out, place);
  if (loose.length === 0) return both;
  const fractions = (axis: 'rows' | 'cols', i: number) =>
    table.cells.flat().filter((c) => (axis === 'rows' ? c.row : c.col) === i && nOf(c) !== undefined);
  let lifted = both;
  for (const cell of loose) {
    const n = nOf(cell)!;
    if (table.cols[cell.col]!.denominator === n || table.rows[cell.row]!.denominator === n) continue;
    const axis = (['cols', 'rows'] as const).find((a) => {
      const h = (a === 'cols' ? table.cols : table.rows)[a === 'cols' ? cell.col : cell.row]!;
      return (
        h.denominator === undefined && h.kind === 'item' && fractions(a, a === 'cols' ? cell.col : cell.row).every((c) => nOf(c) === n)
      );
    });
    const rowLabel = table.rows[cell.row]!.label;
    const colLabel = table.cols[cell.col]!.label;
    if (axis === undefined) {
      // Adjacent rows printing the same N in the column (「喫煙 30/55」「飲酒 40/55」, denom30): said by their sum.
      let [from, to] = [cell.row, cell.row];
      while (from > 0 && nOf(table.cells[from - 1]![cell.col]!) === n) from--;
      while (to < table.rows.length - 1 && nOf(table.cells[to + 1]![cell.col]!) === n) to++;
      if (to > from) {
        const rows = Array.from({ length: to - from + 1 }, (_, k) => from + k);
        const sum = rows.reduce(
          (a, r) => a + (table.cells[r]![cell.col]!.value.kind === 'count' ? (table.cells[r]![cell.col]!.value as { n: number }).n : 0),
          0,
        );
        const names = rows.map((r) => quote(table.rows[r]!.label)).join('');
        out.errors.push({
          code: 'fraction/unknown-base',
          message:
            `行${quote(rowLabel)}・列${quote(colLabel)}: 分数${quote(cell.text.trim())}の分母 ${n} は、隣り合う行${names}で同じですが、その和 ${sum} が ${n} ` +
            (sum > n
              ? 'を超えます。1人を複数の行に数える（2つの値の項目がいくつか並ぶ）と読めますが、どの行が1つの項目かは読めません（チェッカーの判断）'
              : `${sum < n ? 'に足りません' : 'と同じです'}。ほかの列ではこれらの行の分母が違い（同じ項目の行なら分母は同じです）、どの行が1つの項目か読めません（チェッカーの判断）`),
          hint:
            sum > n
              ? `2つの値の項目なら、項目ごとに「なし」の行も載せて（${quote(`${table.rows[rows[0]!]!.label}なし`)}）項目の行の和を分母にするか、項目ごとに表を分けてください。1つの項目なら分母か数を直してください`
              : '同じ項目の行はどの列でも同じ分母で隣り合わせ、載せない区分は「不明」「その他」の行として加えてください',
          place: place(cell.line, rowLabel, colLabel),
        });
        continue;
      }
      out.errors.push({
        code: 'fraction/unknown-base',
        message: `行${quote(rowLabel)}・列${quote(colLabel)}: 分数${quote(cell.text.trim())}の分母 ${n} が、行・列・表の合計とも、見出しの N とも一致しません（同じ列や行のほかの分数とも分母が違います）`,
        hint: '分母は表に載らない患者（不明・除外など）の数も明かします。分母が列（行）の患者数なら、列見出しに「(N=…)」と書き、表に載らない患者を「不明」などの行として加えてください',
        place: place(cell.line, rowLabel, colLabel),
      });
      continue;
    }
    const header = axis === 'cols' ? table.cols[cell.col]! : table.rows[cell.row]!;
    header.denominator = n;
    lifted = true;
    out.warnings.push({
      code: 'fraction/line-n',
      place: place(cell.line, rowLabel, colLabel),
      message: `表${table.number}: ${axis === 'cols' ? '列' : '行'}${quote(header.label)}の分数の分母 ${n} は、その${axis === 'cols' ? '列' : '行'}の合計と一致しないため、${axis === 'cols' ? '列' : '行'}の患者数（N=${n}）として確かめました（推定）`,
    });
  }
  return lifted;
}

/**
 * denom34: one N in every cell of the table (「男性 17/67 29/67 16/67」「女性 19/67 6/67 39/67」) where every row and
 * every column stays within it: the N may be each column's (fracn38's reading) or each row's (the groups as rows, a
 * split of each row), and no one can tell which. Both at once (as overtotal.ts `readBoth` does for a total line): each
 * line short of N gets N as its own (a line adding up to N has it as its sum already), so what a row leaves out
 * (67 − 62 = 5, told by the row reading) is judged as a column's is, and each line with its rest adds up to N. Said
 * once (チェッカーの判断). False (nothing read) where the table has another N, a line passes N, or no line is short.
 */
function bothNs(table: Table, out: ReadResult, place: (line: number, row?: string, col?: string) => Place): boolean {
  const counts = table.cells.flat().filter((c) => c.value.kind === 'count');
  const n = counts[0]?.value.kind === 'count' ? counts[0].value.denominator : undefined;
  if (n === undefined || table.rows.length < 2 || table.cols.length < 2 || (table.fractionBlocks ?? []).length > 0) return false;
  if (table.cells.flat().some((c) => c.value.kind !== 'count' || c.value.denominator !== n)) return false;
  const sum = (axis: 'rows' | 'cols', i: number) =>
    (axis === 'rows' ? table.cells[i]! : table.cells.map((r) => r[i]!)).reduce((a, c) => a + countOf(c), 0);
  const lines = (['rows', 'cols'] as const).flatMap((axis) => table[axis].map((h, i) => ({ axis, h, i, s: sum(axis, i) })));
  if (lines.some((l) => l.s > n || l.h.kind !== 'item' || (l.h.denominator !== undefined && l.h.denominator !== n))) return false;
  const short = lines.filter((l) => l.s < n && l.h.denominator === undefined);
  if (short.length === 0) return false;
  for (const l of short) l.h.denominator = n;
  const names = (axis: 'rows' | 'cols') =>
    short
      .filter((l) => l.axis === axis)
      .map((l) => quote(l.h.label))
      .join('');
  const [rows, cols] = [names('rows'), names('cols')];
  out.warnings.push({
    code: 'fraction/line-n',
    place: place(table.line),
    message:
      `表${table.number}: 分数の分母がどのセルも ${n} で、どの行・列の和も ${n} 以下のため、分母は列の患者数とも行の患者数とも読めます（どちらかは読めません）。` +
      `どちらの読み方でも分かる数を守るため、${rows === '' ? '' : `行${rows}`}${rows !== '' && cols !== '' ? 'と' : ''}${cols === '' ? '' : `列${cols}`}の患者数を ${n} として確かめました（チェッカーの判断）`,
  });
  return true;
}
/**
 * The blocks fractions.ts read (each variable's rows under its own N per column): their rows found by the lines they
 * are printed on, the line of ours after each marked as such (`rest`: the applicant need not print it), each block's
 * N per column kept for the cells to state (system.ts), and said once (チェッカーの判断).
 */
function readBlocks(table: Table, blocks: readonly FractionBlock[], out: ReadResult): void {
  const lineOf = (r: number) => table.cells[r]![0]!.line;
  const read: { rows: number[]; col: number; n: number }[] = [];
  const missing: string[] = [];
  let largest: number[] | undefined;
  const complements: string[] = [];
  const unprinted: string[] = [];
  const several: string[] = [];
  for (const b of blocks) {
    const ours = (h: Header) => h.label === b.missing || h.label === b.complement;
    const rows = b.lines.map((line) => table.rows.findIndex((h, r) => lineOf(r) === line && !ours(h)));
    if (b.complement !== undefined) {
      const c = table.rows.findIndex((h, r) => h.label === b.complement && lineOf(r) === b.lines[0]);
      if (c >= 0) {
        table.rows[c]!.rest = true;
        const labels = rows.map((r) => quote(table.rows[r]?.label ?? '')).join('');
        rows.push(c);
        (b.several ? several : b.lines.length > 1 ? unprinted : complements).push(`${labels}の残り${quote(b.complement)}`);
      } else rows.push(-1);
    }
    if (rows.some((r) => r < 0) || b.ns.length !== table.cols.length) continue;
    b.ns.forEach((n, col) => read.push({ rows, col, n }));
    if (b.missing === undefined) continue;
    const m = table.rows.findIndex((h, r) => h.label === b.missing && lineOf(r) === b.lines[b.lines.length - 1]);
    if (m >= 0) {
      table.rows[m]!.rest = true;
      missing.push(b.missing);
      largest ??= b.largest;
    }
  }
  if (read.length === 0) return;
  table.fractionBlocks = read;
  const example = blocks[0]!;
  out.warnings.push({
    code: 'fraction/blocks',
    place: { table: table.number, line: example.lines[0]! },
    message:
      `表${table.number}: 分数「n/N」の分母が行ごとに違うため、同じ分母の隣り合う行を1つの項目（値のある患者）とし、その分母をその行の和として確かめました（チェッカーの判断）` +
      (complements.length > 0
        ? `。分母の違う行にはさまれた1行だけの分数は、2つの値の項目（「男性」と「女性」など）の1行と読み、分母からその行を引いた数を表にない行${complements
            .slice(0, 3)
            .join(
              '',
            )}${complements.length > 3 ? ` ほか ${complements.length - 3} 行` : ''}として加えて確かめました（載せる必要はありません。小さい数なら、その1行の分数も秘匿します）`
        : '') +
      (unprinted.length > 0
        ? `。同じ分母の隣り合う行の和が分母に足りない行は、載っていない区分のある1つの項目か、2つの値の項目（「あり」と「なし」など）がいくつか並んだものと読み、どちらと読んでも分かる数として、分母からその行の和を引いた数を表にない行${unprinted
            .slice(0, 3)
            .join(
              '',
            )}${unprinted.length > 3 ? ` ほか ${unprinted.length - 3} 行` : ''}として加えて確かめました（載せる必要はありません。各行の分母との差は、ほかの行とこの行の和です。小さい数なら、その行の分数も秘匿します）`
        : '') +
      (several.length > 0
        ? `。同じ分母の隣り合う行の和が分母を超える行は、1人が複数の行に当てはまる項目（複数回答、または2つの値の項目がいくつか並んだもの）と読み、どちらと読んでも分かる数として、各行の分母からその行を引いた数を表にない行${several
            .slice(0, 3)
            .join(
              '',
            )}${several.length > 3 ? ` ほか ${several.length - 3} 行` : ''}として加えて確かめました（載せる必要はありません。小さい数なら、その行の分数も秘匿します）`
        : '') +
      (missing.length > 0
        ? `。${
            largest === undefined
              ? '列見出しの N との差は値のない患者の数として分かるため'
              : `列見出しに N がなく、分母の違う行のまとまりがあるため、各列で最大の分母（列ごとに ${largest.join('、')}）をその群の人数と読み（チェッカーの判断）、分母どうしの差は一方の項目だけに値のある患者の数として分かるため`
          }、その数を表にない行${missing
            .slice(0, 3)
            .map((l) => quote(l))
            .join('')}${missing.length > 3 ? ` ほか ${missing.length - 3} 行` : ''}として加えて確かめました（載せる必要はありません）`
        : ''),
  });
}

/**
 * Sums a heading row states for the rows under it (「性別 (N=57)」 over one column of values, 「57」 beside 「n (%)」):
 * the rows, found by their lines, add up to it in that column — an equation whatever is hidden (the heading is
 * printed). None where a row or the column is not found or the rows' counts do not add up to it.
 */
function statedHeadingSums(table: Table, headingSums: readonly { rows: number[]; sums: { col: string; n: number }[] }[]): FoundSum[] {
  return headingSums.flatMap(({ rows: lines, sums }) => {
    const rows = lines.map((line) => table.rows.findIndex((h, i) => !h.rest && !h.ns && table.cells[i]![0]!.line === line));
    // The column by its header as written, or with the N a reading wrote into it (「全体」 → 「全体 (N=57)」, table1.ts).
    const bare = (label: string) => countText(label).replace(DENOMINATOR_TEXT, '').trim();
    const cols = sums.map((s) => {
      const k = table.cols.findIndex((h) => h.label.trim() === s.col);
      return k >= 0 ? k : table.cols.findIndex((h) => bare(h.label) === bare(s.col));
    });
    if (rows.some((r) => r < 0) || cols.some((c) => c < 0)) return [];
    if (cols.some((c, k) => rows.reduce((a, r) => a + countOf(table.cells[r]![c]!), 0) !== sums[k]!.n)) return [];
    return [
      {
        axis: 'rows',
        header: null,
        parts: rows,
        stated: table.cols.map((_, c) => (cols.includes(c) ? sums[cols.indexOf(c)]!.n : undefined)),
        how: 'set',
        alternative: true,
        heading: true,
      } satisfies FoundSum,
    ];
  });
}

/**
 * A heading's N over every group (`Table.crossSums`): the rows, found by their lines, over every column of the table
 * (items at the top level, no total among them) add up to it. None where a row is not found, a column is a total or a
 * part, or the counts do not add up to it.
 */
function crossSumOf(table: Table, lines: readonly number[], n: number, line: number): NonNullable<Table['crossSums']> {
  const rows = lines.map((l) => table.rows.findIndex((h, i) => !h.rest && !h.ns && table.cells[i]![0]!.line === l));
  const cols = table.cols.map((_, k) => k);
  if (rows.some((r) => r < 0) || table.cols.some((h) => h.kind !== 'item' || h.parent !== null || h.children.length > 0)) return [];
  if (table.sums.some((s) => s.axis === 'cols' && s.header !== null && !s.alternative)) return [];
  if (rows.reduce((a, r) => a + cols.reduce((b, c) => b + countOf(table.cells[r]![c]!), 0), 0) !== n) return [];
  return [{ rows, cols, n, line }];
}

/**
 * Sums over the columns a table1.ts reading states for a row (gtsummary's add_n() N: the 「不明」 row's sum over the
 * groups is the groups' N less it), found by the line the row is printed on: an equation, not the table's structure.
 */
function statedRowSums(table: Table, rowSums: readonly { line: number; n: number }[]): FoundSum[] {
  const cols = table.cols.flatMap((h, k) => (h.kind === 'item' && h.parent === null ? [k] : []));
  return rowSums.flatMap(({ line, n }) => {
    const r = table.rows.findIndex((h, i) => !h.rest && !h.ns && table.cells[i]![0]!.line === line);
    if (r < 0 || cols.length !== table.cols.length) return [];
    return [
      {
        axis: 'cols',
        header: null,
        parts: cols,
        stated: table.rows.map((_, i) => (i === r ? n : undefined)),
        how: 'set',
        alternative: true,
      },
    ];
  });
}

/** Every sum found by arithmetic is reported: the table is checked with it as an equation. */
function reportSums(table: Table, out: ReadResult, place: (line: number, row?: string, col?: string) => Place): void {
  for (const sum of table.sums) {
    if (sum.alternative) continue;
    const [kind, headers] = sum.axis === 'rows' ? (['行', table.rows] as const) : (['列', table.cols] as const);
    // A sum with a line of ours in it (a うち line's rest, the line of Ns: ofwhich.ts) is an equation all the same,
    // but no advice on how to mark the table's own lines; said by ofwhich.ts's note.
    if ([sum.header, ...sum.parts].some((i) => i !== null && (headers[i]!.rest || headers[i]!.ns))) continue;
    const others = table.sums.filter((x) => x.alternative && x.axis === sum.axis && x.header === sum.header).length;
    const parts = `${kind}${names(sum.parts.map((p) => headers[p]!.label))}`;
    const also = others > 0 ? `。ほかに ${others} 通りの${kind}の組の和とも一致し、どれも式として扱いました` : '';
    if (sum.header === null) {
      const stated = sum.stated!.flatMap((n) => (n === undefined ? [] : [n])).join('、');
      out.warnings.push({
        code: 'sum/stated',
        place: place(table.line),
        message: `表${table.number}: 見出しの N（${stated}）は${parts}の和と一致するため、その和が公表されているものとして確かめました`,
      });
      continue;
    }
    const h = headers[sum.header]!;
    out.warnings.push({
      code: 'sum/found',
      place: sum.axis === 'rows' ? place(table.cells[sum.header]![0]!.line, h.label) : place(table.line, undefined, h.label),
      message: `表${table.number}: ${kind}${quote(h.label)}は${parts}の和と一致するため、${sum.how === 'total' ? '合計' : '小計'}として確かめました（足し算で分かることは秘匿の判断に入れます）${also}。${sum.how === 'total' ? '合計なら見出しを「合計」にすると' : '小計なら字下げか「小計」で示すと'}、この注意は出ません`,
    });
  }
}

/**
 * Where a line is the sum of every other line (sums.ts `wholeLine`: a total, by its label or by arithmetic), the
 * others are disjoint parts of it, and an equality among them — a line equal to a sum of others, two runs adding up
 * alike — is read as a chance one (not taken as an equation: it would count patients twice in the total). Said once
 * per table and direction where such an equality was set aside (`sum/disjoint`, チェッカーの判断), with one example.
 */
function disjointParts(table: Table, out: ReadResult, place: (line: number, row?: string, col?: string) => Place): void {
  for (const axis of ['rows', 'cols'] as const) {
    // A list of percentages (shares.ts `disjointShares`): the lines are disjoint parts of N alike.
    const percent = table.kind === 'percent';
    const whole = percent ? (disjointShares(table, axis) ? 'N' : undefined) : disjointWhole(table, axis);
    if (whole === undefined) continue;
    const [kind, headers, across] = axis === 'rows' ? (['行', table.rows, table.cols] as const) : (['列', table.cols, table.rows] as const);
    const n = percent ? denominatorOf(table, 0, 0) : (across[0]?.denominator ?? table.denominator);
    // A total of the top level over rows indented under their subtotals (sums.ts `treeWhole`).
    const tree = typeof whole === 'number' && !percent && treeWhole(table, axis) === whole && wholeLine(table, axis) === undefined;
    const kept = table.sums.filter((x) => x.axis === axis && x.header !== null);
    const aside = (percent ? percentSumsAside(table, axis) : findSums(table, axis, [], true)).filter(
      (f) => !f.alternative && f.header !== null && f.header !== whole && !kept.some((k) => k.header === f.header),
    );
    const other = axis === 'rows' ? 'cols' : 'rows';
    const otherSums = table.sums.filter((x) => x.axis === other && x.header !== null && !x.alternative);
    const positions = across.flatMap((h, k) =>
      h.parent === null && h.kind !== 'total' && !otherSums.some((x) => x.header === k) ? [k] : [],
    );
    const lines = headers.flatMap((h, i) => (h.parent === null && h.kind === 'item' && i !== whole ? [i] : []));
    const vecs = vectors(table, axis);
    const runs =
      !percent && lines.length >= 4 && positions.length > 0 ? equalRuns(lines.map((i) => positions.map((k) => vecs[i]![k]!))) : [];
    if (aside.length === 0 && runs.length === 0) continue;
    const examples = [
      ...aside
        .slice(0, 1)
        .map((f) => `${kind}${quote(headers[f.header!]!.label)}が${kind}${names(f.parts.map((j) => headers[j]!.label))}の和と一致すること`),
      ...runs
        .slice(0, 1)
        .map((chain) => `${chain.map((run) => quote(run.map((k) => headers[lines[k]!]!.label).join('・'))).join('と')}の和が等しいこと`),
    ];
    const more = aside.length + runs.length - examples.length;
    out.warnings.push({
      code: 'sum/disjoint',
      place: place(table.line),
      message: `表${table.number}: ${whole === 'N' ? `すべての${kind}の和が N（${n}）なので、${kind}は N の重なりのない内訳と読みました` : tree ? `${kind}${quote(headers[whole]!.label)}が字下げで示した内訳の合計なので、${kind}は重なりのない内訳（字下げした${kind}はその上の${kind}の内訳）と読みました` : `${kind}${quote(headers[whole]!.label)}がほかのすべての${kind}の和なので、ほかの${kind}は重なりのない内訳と読みました`}（チェッカーの判断）。${examples.join('、')}${more > 0 ? `など ${aside.length + runs.length} 件の一致` : ''}は偶然と読み、式にしていません（ほかの${kind}の和でもある${kind}や、同じ患者の別の内訳は、${whole === 'N' ? 'N' : '合計'}で二重に数えられるため）。小計や同じ患者の別の内訳なら、字下げか「小計」で示すか、別の表に分けてください`,
    });
  }
}

/**
 * Shares of the patients with a value beside a 「不明」 line of bare counts (attack41): a column of 「n (p%)」 under a
 * header whose N counts the 「不明」 too (「A群 (N=103)」 over 不明 4), each share of N less that count (99) and some of
 * none of N — gtsummary, tableone and SPSS's valid percent print them so. Before, each such cell was refused as no whole
 * count of N (`percent/not-whole`, 「件数、割合、見出しの N のどれかを確かめてください」: none of them was wrong). Now
 * said once per line as what it is, `percent/valid-base`, with the base the shares fit and what they give back (the
 * 「不明」 count: N less the base). Rows and columns alike (a 「不明」 column beside rows of shares); under Table 1's
 * heading rows, the 「不明」 of the cell's own block (「性別・不明」). Our reading, said.
 */
function missingBase(
  table: Table,
  cell: { row: number; col: number },
  n: number,
  axes: readonly ('rows' | 'cols')[] = ['rows', 'cols'],
): { label: string; u: number; base: number; axis: 'rows' | 'cols'; missing: number; lines: number[] | undefined } | undefined {
  for (const axis of axes) {
    const lines = axis === 'rows' ? table.rows : table.cols;
    const at = (k: number) => (axis === 'rows' ? table.cells[k]?.[cell.col] : table.cells[cell.row]?.[k]);
    const self = axis === 'rows' ? cell.row : cell.col;
    for (const [k, line] of lines.entries()) {
      if (k === self || line.kind !== 'item' || !isMissingLabel(line.label) || blockOf(line) !== blockOf(lines[self]!)) continue;
      const v = at(k)?.value;
      if (v?.kind !== 'count' || v.percent !== undefined || v.n <= 0 || v.n >= n) continue;
      const base = n - v.n;
      const shares = lines.flatMap((h, i) => {
        const w = at(i)?.value;
        const mine = i !== k && h.kind === 'item' && blockOf(h) === blockOf(line);
        return mine && w?.kind === 'count' && w.percent !== undefined && w.rate === undefined ? [w] : [];
      });
      if (shares.length === 0 || !shares.every((w) => baseRange(w.n, w.percent!, w.decimals ?? 0, base) !== undefined)) continue;
      // The lines of the base: the block's other lines (lines of ours, a rest or a line of Ns, left out), every one a count, adding up to N less 「不明」 (notes42: the
      // arithmetic proves the base; else the shares stay refused as before).
      const others = lines.flatMap((h, i) => (i !== k && h.kind === 'item' && !h.rest && !h.ns && blockOf(h) === blockOf(line) ? [i] : []));
      const values = others.map((i) => at(i)?.value);
      const proved =
        values.every((w) => w?.kind === 'count' && w.rate === undefined) &&
        values.reduce((s, w) => s + (w?.kind === 'count' ? w.n : 0), 0) === base;
      return { label: line.label, u: v.n, base, axis, missing: k, lines: proved ? others : undefined };
    }
  }
  return undefined;
}

/**
 * A count's percentage must be a share of some base the table shows or states (its row, its column, the grand
 * total, an N): otherwise which count it hides cannot be checked, or the percentage is wrong.
 */
function checkPercentages(table: Table, out: ReadResult, place: (line: number, row?: string, col?: string) => Place): void {
  // A share beside a written N that is no whole count of it (sigma10, writtenn.ts): refused, whatever other base it fits.
  const misfits = new Map(writtenMisfits(table).map((m) => [m.cell, m.ns]));
  // Lines whose shares are of the patients with a value (`missingBase`), said once each.
  const saidMissing = new Set<string>();
  const ofMissing = (
    cell: Cell,
    v: { n: number; percent?: number; decimals?: number },
    n: number,
    axes?: readonly ('rows' | 'cols')[],
    named = `N=${n}`,
  ): boolean => {
    const found = missingBase(table, cell, n, axes);
    if (!found) return false;
    const line = found.axis === 'rows' ? table.cols[cell.col]!.label : table.rows[cell.row]!.label;
    const key = `${found.axis}:${line}:${found.label}`;
    if (saidMissing.has(key)) return true;
    saidMissing.add(key);
    const [kind, across] = found.axis === 'rows' ? ['列', '行'] : ['行', '列'];
    const word = quote(found.label);
    const at = found.axis === 'rows' ? cell.col : cell.row;
    const parts = found.lines;
    if (parts !== undefined) {
      // notes42: the base is proved (every share fits it, the lines of the block other than 「不明」 add up to it, N
      // less 「不明」): read as their sum (table.ts `bases`), so each published share bounds it and, through N's
      // equation, the 「不明」 count. Said as ours.
      (table.validBases ??= []).push({ axis: found.axis, at, lines: parts, missing: found.missing });
      out.warnings.push({
        code: 'percent/valid-base',
        place: place(cell.line, table.rows[cell.row]!.label, table.cols[cell.col]!.label),
        message:
          `表${table.number}: ${kind}${quote(line)}の割合（${across}${quote(found.axis === 'rows' ? table.rows[cell.row]!.label : table.cols[cell.col]!.label)}の ${showPercent(v.percent!, v.decimals ?? 0)} など）は ${named} の整数人に合わず、` +
          `どれも${word}の ${found.u} 人を除いた ${found.base} 人（${word}以外の${across}の和）に対する割合として合うため、その和を分母とする割合と読みました（値のある患者に対する割合。gtsummary・tableone・SPSS の有効パーセント。チェッカーの判断）。` +
          `${found.base} = ${named.replace(/^N=/, '')} − ${word}の数 なので、公表する割合が分母を絞るぶん${word}の数も絞られるものとして、秘匿を確かめました`,
      });
      return true;
    }
    out.errors.push({
      code: 'percent/valid-base',
      place: place(cell.line, table.rows[cell.row]!.label, table.cols[cell.col]!.label),
      message:
        `${kind}${quote(line)}: 割合（${across}${quote(found.axis === 'rows' ? table.rows[cell.row]!.label : table.cols[cell.col]!.label)}の ${showPercent(v.percent!, v.decimals ?? 0)} など）は ${named} の整数人に合いませんが、` +
        `どれも${word}の ${found.u} 人を除いた ${found.base} 人に対する割合として合います（値のある患者に対する割合。gtsummary・tableone・SPSS の有効パーセントの既定。チェッカーの判断）。` +
        `この読み方では、公表する割合から分母 ${found.base} が、${named} との差で${word}の数 ${found.u} が分かります。${named} に対する割合としては表の数の関係を確かめられません`,
      hint:
        `値のある患者に対する割合なら、見出しの N を値のある患者の数にしてください（「(N=${found.base})」。${word}は割合のない件数のまま）。` +
        `${named} に対する割合なら、割合を ${n} 人で計算し直し、${word}にも割合を書いてください`,
    });
    return true;
  };
  for (const cell of table.cells.flat()) {
    const v = cell.value;
    if (v.kind !== 'count' || v.percent === undefined || v.rate !== undefined) continue;
    const decimals = v.decimals ?? 0;
    const ns = misfits.get(cell);
    if (ns && ofMissing(cell, v, ns[0]!.n)) continue;
    if (ns) {
      const { n, where, label, text } = ns[0]!;
      const written =
        where === 'total'
          ? `合計${quote(label ?? '')}の${quote(text ?? '')}`
          : where === 'header'
            ? `見出し${quote(label ?? '')}の N=${n} `
            : `表題か角のセルの N=${n} `;
      out.errors.push({
        code: 'percent/not-whole',
        place: place(cell.line, table.rows[cell.row]!.label, table.cols[cell.col]!.label),
        message:
          `行${quote(table.rows[cell.row]!.label)}・列${quote(table.cols[cell.col]!.label)}: 件数 ${v.n} と割合 ${showPercent(v.percent, decimals)} が、` +
          `${written}と合いません（${v.n}/${n} は ${showPercent((100 * v.n) / n, Math.max(1, decimals))}。ほかの数の割合としては合いますが、` +
          `${where === 'total' ? `${quote(text ?? '')}は、この割合の分母が ${n} だと書いています` : `同じ N の下のほかの割合はどれも ${n} の整数人に合うため、${n} をこの割合の分母と読みました（チェッカーの判断）`}）。` +
          '分母に合わない割合のまま読むと、表の数の関係を確かめられません',
        hint: '件数、割合、N のどれかを確かめてください（割合を別の分母に対して書いたのなら、その分母を (N=…) で書いてください）',
      });
      continue;
    }
    const candidates = bases(table, cell.row, cell.col);
    if (candidates.some((b) => baseRange(v.n, v.percent!, decimals, b.value) !== undefined)) continue;
    const where = `行${quote(table.rows[cell.row]!.label)}・列${quote(table.cols[cell.col]!.label)}`;
    const stated = candidates.filter((b) => b.of === 'stated');
    const p = place(cell.line, table.rows[cell.row]!.label, table.cols[cell.col]!.label);
    if (stated.length > 0) {
      const n = stated[0]!.value;
      if (ofMissing(cell, v, n)) continue;
      out.errors.push({
        code: 'percent/not-whole',
        place: p,
        message: `${where}: 件数 ${v.n} と割合 ${showPercent(v.percent!, decimals)} が N=${n} と合いません（${v.n}/${n} は ${showPercent((100 * v.n) / n, Math.max(1, decimals))}）`,
        hint: '件数、割合、見出しの N のどれかを確かめてください。割合が別の分母に対するものなら、その分母を (N=…) で書いてください',
      });
      continue;
    }
    // With no N stated, shares of the column's (row's) sum less its 「不明」 count (a 合計 line counting it too, or none).
    if (
      candidates.some(
        (b) =>
          (b.of === 'col' || b.of === 'row') &&
          ofMissing(cell, v, b.value, [b.of === 'col' ? 'rows' : 'cols'], `${b.of === 'col' ? '列' : '行'}の合計 ${b.value}`),
      )
    )
      continue;
    const seen = candidates
      .filter((b) => b.value > 0)
      .map((b) => `${{ row: '行の合計', col: '列の合計', table: '総数', stated: 'N' }[b.of]} ${b.value}`);
    out.errors.push({
      code: 'percent/unknown-base',
      place: p,
      message: `${where}: 割合 ${showPercent(v.percent!, decimals)} の分母が分かりません（${seen.join('、')} のどれに対する割合とも合いません）`,
      hint: '割合の分母（その群の患者数）を列か行の見出しに「(N=250)」の形で書いてください。分母が分かれば、秘匿したセルが割合から割り出せないかを確かめられます',
    });
  }
}

/**
 * A hint for 「うち重症」「（再掲）」 rows among the parts of a sum that does not add up: such a row is part of the row
 * above it, not an item of its own, and the convention has no way to say so within one table.
 */
function ofWhich(labels: readonly string[]): string {
  const found = labels.filter((l) => /^[(（]?(?:うち|再掲|内数|of which)/i.test(normalise(l)) || /再掲[)）]?$/.test(normalise(l)));
  if (found.length === 0) return '';
  return `。${names(found)}は上の行の一部（うち数・再掲）のようです。うち数の行は内訳として足されるため、別の表に分けて書いてください`;
}

/** A hint naming rows (columns) that are sums of others without being marked, which would explain a mismatch. */
function unmarked(table: Table, axis: 'rows' | 'cols'): string {
  const found = findSums(table, axis);
  if (found.length === 0) return '';
  const [kind, headers] = axis === 'rows' ? (['行', table.rows] as const) : (['列', table.cols] as const);
  return `。${found.map((f) => `${kind}${quote(headers[f.header!]!.label)}は${kind}${names(f.parts.map((p) => headers[p]!.label))}の和と一致します`).join('。')}。合計なら見出しを「合計」に、小計なら字下げか「小計」で示してください`;
}

/**
 * Where the items of a total, in order, cut into two runs or more of two items or more, each adding up to the total:
 * the ends of the runs (several breakdowns of the same patients under one group); undefined where they do not.
 */
function breakdownCuts(values: number[], total: number): number[] | undefined {
  if (total <= 0) return undefined;
  const cuts: number[] = [];
  let run = 0;
  let start = 0;
  for (let i = 0; i < values.length; i++) {
    run += values[i]!;
    if (run === total && i > start && values[i + 1] !== 0) {
      cuts.push(i + 1);
      run = 0;
      start = i + 1;
    } else if (run > total) return undefined;
  }
  return run === 0 && cuts.length >= 2 ? cuts : undefined;
}
const sameCuts = (a: number[] | undefined, b: number[]) => a !== undefined && a.length === b.length && a.every((x, k) => x === b[k]);

/**
 * means59: a line headed 「All」 alone (header.ts reads it as its axis's total) that is under the sum of the lines beside
 * it at some position cannot be their whole (no count is negative there): it counts a population of its own (「All」
 * admissions beside 「Ward」), read as an item line and said (`header/all-item`, チェッカーの判断). Where it is the sum
 * everywhere it is the total; at least the sum everywhere but not it (a whole with lines left out) it stays the total,
 * refused as any total that is no sum (`total/mismatch`). Other tables tie it as any item line (a part named inside it,
 * 「All, of whom died」, by system.ts `partOfLabel`).
 */
function allNotWhole(table: Table, out: ReadResult, place: (line: number, row?: string, col?: string) => Place): void {
  for (const axis of ['rows', 'cols'] as const) {
    const [headers, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    const bare = headers.findIndex((h) => h.kind === 'total' && isBareAll(h.label));
    // whole68: or a total's word naming the whole group of patients (「全対象者」「全例」「All patients」「総患者数」: overtotal.ts
    // `namesWholeGroup`) that is the union of the lines beside it (`unionOf`): read as whole67 reads 「患者全体数」.
    const group = bare >= 0 ? -1 : headers.findIndex((h, i) => h.kind === 'total' && groupUnion(table, axis, i));
    const t = bare >= 0 ? bare : group;
    const total = headers[t];
    if (!total || total.children.length === 0) continue;
    if (group >= 0) {
      wholeAsUnion(table, axis, group, out, place);
      continue;
    }
    const cell = (i: number, k: number) => (axis === 'rows' ? table.cells[i]?.[k] : table.cells[k]?.[i]);
    const lines = [t, ...total.children];
    const under = across.findIndex((_, k) => {
      const cells = lines.map((i) => cell(i, k));
      if (cells.some((c) => c === undefined || c.value.kind !== 'count')) return false;
      return countOf(cells[0]!) < cells.slice(1).reduce((a, c) => a + countOf(c!), 0);
    });
    if (under < 0) continue;
    const parts = total.children.map((i) => quote(headers[i]!.label)).join('');
    // red60: the lines at most 「All」 at every position (system.ts `nestedWithin` ties them so), said.
    const inside = total.children.filter((i) => {
      const pairs = across.flatMap((_, k) => {
        const [a, b] = [cell(i, k), cell(t, k)];
        return a && b && a.value.kind === 'count' && b.value.kind === 'count' ? [[countOf(a), countOf(b)]] : [];
      });
      return pairs.length >= 2 && pairs.every(([a, b]) => a! <= b!);
    });
    const value = countOf(cell(t, under)!);
    const sum = total.children.reduce((a, i) => a + countOf(cell(i, under)!), 0);
    total.kind = 'item';
    total.children = [];
    // red60: the lines beside 「All」 are still inside it (ICU and Ward sharing patients: All = ICU + Ward − both),
    // as anyone reading 「All」 takes them: system.ts `nestedWithin` ties each at most it where that holds everywhere.
    table.allLine = { axis, index: t, label: total.label };
    const [kind, other] = axis === 'rows' ? ['行', '列'] : ['列', '行'];
    const first = axis === 'rows' ? table.cells[t]?.[0]?.line : undefined;
    out.warnings.push({
      code: 'header/all-item',
      place: place(first ?? table.line, axis === 'rows' ? total.label : undefined, axis === 'cols' ? total.label : undefined),
      message: `表${table.number}: ${kind}${quote(total.label)}は${other}${quote(across[under]!.label)}で ${value} と、${kind}${parts}の和 ${sum} より小さく、それらの合計ではありえないため、合計ではなく一つの項目の${kind}（別の集団の数）として読み、ほかの${kind}と同じく確かめました${inside.length > 0 ? `。${kind}${inside.map((i) => quote(headers[i]!.label)).join('')}はどの${other}でもそれ以下のため、その内数（患者が重なりうる）としても確かめました` : ''}（チェッカーの判断）。合計のつもりなら値を確かめ、項目なら「[項目]All」と書けばこの判断なしに読みます`,
    });
  }
}

/**
 * whole68: whether line `i` of `axis` may be the union of the other item lines (a patient counted in several of them):
 * at every position at least each of them and, somewhere, under their sum (ICU 30, 人工呼吸 12, 全例 35: 42 > 35). A line
 * under one of them somewhere, or at least their sum everywhere, is no union of them (refused as a total that is no
 * sum, as before); nor where a cell is no count or fewer than two positions are printed.
 */
function unionOf(table: Table, axis: 'rows' | 'cols', i: number): boolean {
  const [headers, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
  const others = headers.flatMap((h, j) => (j !== i && h.parent === null && h.kind === 'item' && !h.rest && !h.ns ? [j] : []));
  const positions = across.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
  if (others.length < 2 || positions.length < 2) return false;
  const at = (l: number, k: number) => {
    const c = axis === 'rows' ? table.cells[l]?.[k] : table.cells[k]?.[l];
    return c && c.value.kind === 'count' && c.value.percent === undefined ? countOf(c) : NaN;
  };
  let under = false;
  for (const k of positions) {
    const whole = at(i, k);
    const parts = others.map((j) => at(j, k));
    if (!Number.isFinite(whole) || parts.some((n) => !Number.isFinite(n) || n > whole)) return false;
    if (parts.reduce((a, n) => a + n, 0) > whole) under = true;
  }
  return under;
}

/**
 * whole68: a line under a word the checker reads as a total that names the whole group of patients (header.ts `TOTAL`'s
 * 「全対象者」「全例」「全患者」「総患者数」「All patients」「All subjects」, overtotal.ts `namesWholeGroup`: not the bare
 * 「合計」「Total」「全体」「Overall」, a sum's words, nor a line marked 「[合計]」) and the union of the lines beside it
 * (`unionOf`).
 */
function groupUnion(table: Table, axis: 'rows' | 'cols', i: number): boolean {
  const headers = axis === 'rows' ? table.rows : table.cols;
  const label = headers[i]!.label;
  if (
    table.allLine ||
    lineMark(label) !== undefined ||
    !namesWholeGroup(
      label,
      headers.filter((_, j) => j !== i).map((o) => o.label),
    )
  )
    return false;
  // Only over plain lines (no subtotal, no line indented under another: a union of some levels only is not read).
  if (headers.some((h, j) => j !== i && (h.kind !== 'item' || h.parent !== null))) return false;
  return unionOf(table, axis, i);
}

/**
 * whole68: the whole group's total line that is the union of the lines beside it (`groupUnion`) read as whole67 reads
 * 「患者全体数」 (`unionLine`): an item line counting each patient of them once, each line at most it at every position
 * (system.ts `nestedWithin`), said (`header/union-line`, チェッカーの判断, with how to print it so it is read exactly).
 * On eb81e31d refused as a total that is no sum (`total/mismatch`), though its words say what it counts.
 */
function wholeAsUnion(
  table: Table,
  axis: 'rows' | 'cols',
  t: number,
  out: ReadResult,
  place: (line: number, row?: string, col?: string) => Place,
): void {
  const [headers, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
  const total = headers[t]!;
  const inside = total.children.filter((i) => headers[i]!.kind === 'item');
  total.kind = 'item';
  total.children = [];
  for (const i of inside) if (headers[i]!.parent === t) headers[i]!.parent = null;
  table.allLine = { axis, index: t, label: total.label };
  const [kind, other] = axis === 'rows' ? ['行', '列'] : ['列', '行'];
  const cell = (i: number, k: number) => (axis === 'rows' ? table.cells[i]?.[k] : table.cells[k]?.[i]);
  const under = across.flatMap((h, k) => {
    if (h.kind !== 'item') return [];
    const sum = inside.reduce((a, i) => a + countOf(cell(i, k)!), 0);
    return sum > countOf(cell(t, k)!) ? [`${quote(h.label)}では ${countOf(cell(t, k)!)}、和は ${sum}`] : [];
  });
  const first = axis === 'rows' ? table.cells[t]?.[0]?.line : undefined;
  out.warnings.push({
    code: 'header/union-line',
    place: place(first ?? table.line, axis === 'rows' ? total.label : undefined, axis === 'cols' ? total.label : undefined),
    message:
      `表${table.number}: ${kind}${quote(total.label)}は患者全体を指す語で、${kind}${some(
        inside.map((i) => quote(headers[i]!.label)),
        5,
        '',
      )}の和より小さい${other}があり（${some(under, 3, '。')}）、どの${other}でもそれぞれ以上のため、` +
      `1人を複数の${kind}に数える表の患者全体（重なる患者を一度だけ数えた数）と読み、各${kind}をその内数として確かめました（チェッカーの判断）。` +
      `患者全体ならこのまま確かめます。1人1${kind}の合計のつもりなら値を確かめ、見出しの前に「[合計]」と書くと合計として確かめます`,
  });
}

/** The bare words of a line counting everyone of the lines beside it (「All」 marked an item, 「Any」「Either」). */
const UNION_WORD = /^(?:all|any|either)$/;

/**
 * red60: an item line headed 「All」 marked so (「[項目]All」), 「Any」 or 「Either」 beside other item lines: it counts
 * the patients of each (who may be in two), so each line at most it at every position is tied at most it (system.ts
 * `nestedWithin`, as a reader of the label takes it), said (`header/union-line`, チェッカーの判断). A line over it
 * somewhere counts others: no tie.
 */
function unionLine(table: Table, out: ReadResult, place: (line: number, row?: string, col?: string) => Place): void {
  if (table.allLine || table.patientLine) return;
  for (const axis of ['rows', 'cols'] as const) {
    const [headers, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    // red61: or the whole group alone (「Patients」「患者」「Cases」「症例」: overtotal.ts `namesWholeGroup`), an item
    // where under the others' sum somewhere (ICU and Ward sharing patients), still their population.
    const union = headers.flatMap((h, i) =>
      h.kind === 'item' &&
      (UNION_WORD.test(withoutLineMark(h.label).normalize('NFKC').toLowerCase().trim()) ||
        namesWholeGroup(
          withoutLineMark(h.label),
          headers.filter((_, j) => j !== i).map((o) => o.label),
        ))
        ? [i]
        : [],
    );
    if (union.length !== 1) continue;
    const t = union[0]!;
    const cell = (i: number, k: number) => (axis === 'rows' ? table.cells[i]?.[k] : table.cells[k]?.[i]);
    const inside = headers.flatMap((h, i) => {
      if (i === t || h.kind !== 'item') return [];
      const pairs = across.flatMap((_, k) => {
        const [a, b] = [cell(i, k), cell(t, k)];
        return a && b && a.value.kind === 'count' && b.value.kind === 'count' ? [[countOf(a), countOf(b)]] : [];
      });
      return pairs.length >= 2 && pairs.every(([a, b]) => a! <= b!) ? [i] : [];
    });
    if (inside.length === 0) continue;
    table.allLine = { axis, index: t, label: headers[t]!.label };
    const [kind, other] = axis === 'rows' ? ['行', '列'] : ['列', '行'];
    out.warnings.push({
      code: 'header/union-line',
      place: place(table.line, axis === 'rows' ? headers[t]!.label : undefined, axis === 'cols' ? headers[t]!.label : undefined),
      message: `表${table.number}: ${kind}${quote(headers[t]!.label)}はほかの${kind}の患者すべて（重なりうる）を数える${kind}と読み、${kind}${inside.map((i) => quote(headers[i]!.label)).join('')}はどの${other}でもそれ以下のため、その内数として確かめました（チェッカーの判断）。別の集団の数なら見出しをそれと分かる名前にしてください`,
    });
    return;
  }
}

function validateTable(table: Table, out: ReadResult, place: (line: number, row?: string, col?: string) => Place): void {
  const rowLabel = (r: number) => table.rows[r]!.label;
  const colLabel = (c: number) => table.cols[c]!.label;
  for (const cell of table.cells.flat()) {
    const v = cell.value;
    if (v.kind === 'count' && v.denominator !== undefined && v.n > v.denominator) {
      out.errors.push({
        code: 'cell/over-denominator',
        message: `行${quote(rowLabel(cell.row))}・列${quote(colLabel(cell.col))}: 分子 ${v.n} が分母 ${v.denominator} より大きい`,
        hint: '「分子/分母」の順に書いてください',
        place: place(cell.line, rowLabel(cell.row), colLabel(cell.col)),
      });
    }
    if (v.kind === 'percent' && v.percent > 100) {
      out.warnings.push({
        code: 'cell/over-100',
        message: `行${quote(rowLabel(cell.row))}・列${quote(colLabel(cell.col))}: 割合 ${v.percent}% が100%を超えています`,
        place: place(cell.line, rowLabel(cell.row), colLabel(cell.col)),
      });
    }
  }
  if (table.kind === 'percent') {
    for (const cell of table.cells.flat()) {
      const v = cell.value;
      const n = denominatorOf(table, cell.row, cell.col) ?? table.denominator;
      if (v.kind !== 'percent' || n === undefined) continue;
      const { lo, hi } = countsForPercent(v.percent, v.decimals, n);
      if (lo <= hi) continue;
      const below = Math.floor((v.percent * n) / 100);
      out.errors.push({
        code: 'percent/not-whole',
        place: place(cell.line, rowLabel(cell.row), colLabel(cell.col)),
        message: `行${quote(rowLabel(cell.row))}・列${quote(colLabel(cell.col))}: 割合 ${v.percent}% は N=${n} のどの整数の患者数にもなりません（${below}人なら ${showPercent((100 * below) / n, v.decimals)}、${below + 1}人なら ${showPercent((100 * (below + 1)) / n, v.decimals)}）`,
        hint:
          (100 * Math.ceil((n * v.percent) / 100 - 1e-9)) / n < v.percent + 10 ** -v.decimals - 1e-9
            ? `割合は四捨五入で書いてください（${v.percent}% は切り捨てなら合いますが、切り捨てか四捨五入かで割り出せる人数が変わるため、四捨五入の割合で確かめます）`
            : '割合か見出しの N を確かめてください',
      });
    }
    return;
  }
  // Subgroup rows of two breakdowns or more under one group (「曝露群」 over 男性・女性 and 65歳未満・65歳以上, each adding
  // up to it): one error per group line naming the breakdowns, not a slip per cell (outcome tables, rates.ts' sweep).
  const said = new Set<string>();
  const all = equations(table);
  // An equation's line: its direction, its total's line and its parts' lines (the same for every position along it).
  const key = (e: (typeof all)[number]) => `${e.along}:${e.terms.map((t) => (e.along === 'rows' ? t.row : t.col)).join(',')}`;
  const byLine = new Map<string, (typeof all)[number][]>();
  for (const e of all) {
    const same = byLine.get(key(e));
    if (same) same.push(e);
    else byLine.set(key(e), [e]);
  }
  for (const [lineKey, line] of byLine) {
    // Every position of the line must cut alike, so its first position's cuts are the line's.
    const eq = line[0]!;
    const [total, ...parts] = eq.terms;
    const value = (t: { row: number; col: number }) => countOf(table.cells[t.row]![t.col]!);
    const cuts = breakdownCuts(parts.map(value), value(total!));
    if (!cuts || !line.every((e) => sameCuts(breakdownCuts(e.terms.slice(1).map(value), value(e.terms[0]!)), cuts))) continue;
    said.add(lineKey);
    const name = (t: { row: number; col: number }) => (eq.along === 'rows' ? rowLabel(t.row) : colLabel(t.col));
    const groups = [0, ...cuts.slice(0, -1)].map((from, k) =>
      parts
        .slice(from, cuts[k])
        .map((t) => quote(name(t)))
        .join(''),
    );
    const what = eq.along === 'rows' ? `行${quote(rowLabel(total!.row))}` : `列${quote(colLabel(total!.col))}`;
    const cell = table.cells[total!.row]![total!.col]!;
    out.errors.push({
      code: 'total/mismatch',
      message:
        `${what}の内訳は、${groups.join('と')}の${cuts.length}組がどれも${what}と同じ和になり、同じ患者を${cuts.length}通りに分けた区分のようです（チェッカーの判断）。` +
        `字下げした行は一つの区分の内訳と読むため、和が${what}の${cuts.length}倍になって合いません`,
      hint: `区分ごとに別の表にしてください（例: ${groups[0]}の表と${groups[1]}の表。どちらにも${quote(eq.along === 'rows' ? rowLabel(total!.row) : colLabel(total!.col))}の${eq.along === 'rows' ? '行' : '列'}を書くと、同じ値を共有する表として結びつけ、まとめて確かめます）`,
      place: place(cell.line, rowLabel(cell.row), colLabel(cell.col)),
    });
  }
  for (const eq of all) {
    const [total, ...parts] = eq.terms;
    const sum = parts.reduce((s, t) => s + countOf(table.cells[t.row]![t.col]!), 0);
    const cell = table.cells[total!.row]![total!.col]!;
    if (sum === countOf(cell)) continue;
    if (said.has(key(eq))) continue;
    const partLabels = parts.map((t) => `${quote(eq.along === 'rows' ? rowLabel(t.row) : colLabel(t.col))}`).join('');
    const what = eq.along === 'rows' ? `行${quote(rowLabel(total!.row))}` : `列${quote(colLabel(total!.col))}`;
    out.errors.push({
      code: 'total/mismatch',
      message: `${what}が内訳の和と合いません: 行${quote(rowLabel(cell.row))}・列${quote(colLabel(cell.col))}の値は ${countOf(cell)}、内訳${partLabels}の和は ${sum}`,
      hint: `合計・小計の値か内訳の値を確かめてください。小計の範囲は字下げか「小計」の位置で決まります${unmarked(table, eq.along)}${ofWhich(parts.map((t) => (eq.along === 'rows' ? rowLabel(t.row) : colLabel(t.col))))}${
        // whole68: under the sum and at each part or more: the whole of a table counting a patient in several lines?
        sum > countOf(cell) && parts.every((t) => countOf(table.cells[t.row]![t.col]!) <= countOf(cell))
          ? `。1人を複数の${eq.along === 'rows' ? '行' : '列'}に数える表（内訳に重なる患者がいる）の患者全体なら、見出しを「全患者」「All patients」のように患者全体を指す語にすると、重なる患者を一度だけ数えた数と読んで確かめます`
          : ''
      }`,
      place: place(cell.line, rowLabel(cell.row), colLabel(cell.col)),
    });
  }
}

/**
 * The N of a percentage table that writes none, printed by a count table of the same input: column percentages
 * under 「男」 of a table whose count table shows 男 = 30 are shares of 30, and 10.0% of them is 3 patients. For each
 * axis, each header without N whose label a count table shows as a group's size (a column's or a row's total, or
 * the only count under that label) takes that size as its N, if every percentage of it is a whole count of it. An
 * axis is taken only when it explains every header of it and the other axis has no size printed elsewhere; where both
 * axes are explained, both are taken and which the percentages are of is readPercentAxis's (adversary20: before, the
 * axis whose groups add up to 100% was taken; `percentAxis`, `ReadOptions.percentAxis`, says which reading is asked);
 * each header taken is reported.
 */
function borrowDenominators(out: ReadResult, percentAxis: ReadOptions['percentAxis']): void {
  if (!out.tables.some((t) => t.kind === 'percent' && t.denominator === undefined)) return;
  const sizes = new Map<string, { value: number; table: number }[]>();
  const note = (h: Header, value: number, table: number) => {
    const key = headerKey(h);
    const list = sizes.get(key) ?? [];
    if (!list.some((x) => x.value === value)) list.push({ value, table });
    sizes.set(key, list);
  };
  for (const t of out.tables) {
    if (t.kind !== 'count') continue;
    t.cols.forEach((h, c) => h.kind !== 'total' && note(h, bases(t, 0, c).find((b) => b.of === 'col')!.value, t.number));
    t.rows.forEach((h, r) => h.kind !== 'total' && note(h, bases(t, r, 0).find((b) => b.of === 'row')!.value, t.number));
  }
  for (const t of out.tables) {
    // ranks66: shares read as the extremes of n/N each over its own N (`ownNExtremes`) borrow no one N.
    // ext68: one read so under no word (`unworded`) may still be a share of a borrowed N: borrowed as before (both tied).
    if (t.kind !== 'percent' || t.denominator !== undefined || t.ownNExtremeOf?.some((e) => !e.unworded)) continue;
    const fits = (n: number, cells: readonly Cell[]) => n > 0 && cells.every((cell) => wholeCountOf(n, cell.value));
    const plan = (axis: 'rows' | 'cols') => {
      const headers = axis === 'rows' ? t.rows : t.cols;
      const lines = headers.map((_, i) => lineCells(t.cells, axis, i));
      const taken = headers.map((h, i) => {
        if (h.denominator !== undefined) return undefined;
        const found = sizes.get(headerKey(h)) ?? [];
        return found.length === 1 && fits(found[0]!.value, lines[i]!) ? found[0]! : undefined;
      });
      const complete = headers.every((h, i) => h.denominator !== undefined || taken[i] !== undefined);
      return { headers, taken, complete, any: taken.some((x) => x !== undefined) };
    };
    const cols = plan('cols');
    const rows = plan('rows');
    // Both axes' sizes printed elsewhere, every percentage a whole count of both (adversary20): the axis whose lines
    // add up to 100% decided before (推定), as for Ns stated on both axes before bothpct — column percentages whose
    // rows add up to 100% by chance were taken as row percentages, and the column reading's 6 of 45 published. Now
    // both are taken, and which the percentages are of is readPercentAxis's (the corner or the title, else checked
    // under both readings).
    // notes50: a note's Ns on one axis (「※A群 N=31」: A群 a column's N) and none borrowed there: the other axis is not
    // borrowed (表2's 「40代」 65 taken as the line's N had B群's column shares checked as row shares; a reader taking B群's
    // N as 表2's sum less A群's worked A群's hidden 9 back as 65 − 56); unexplainedPercentages refuses, naming the table.
    const noted = (hs: readonly Header[]) => t.noteN === true && hs.some((h) => h.denominator !== undefined);
    const chosen =
      cols.complete && rows.complete
        ? [rows, cols]
        : cols.complete && !rows.any && !noted(t.rows)
          ? [cols]
          : rows.complete && !cols.any && !noted(t.cols)
            ? [rows]
            : [];
    for (const choice of chosen)
      choice.headers.forEach((h, i) => {
        const from = choice.taken[i];
        if (!from) return;
        h.denominator = from.value;
        h.denominatorFrom = from.table;
        out.warnings.push({
          code: 'percent/borrowed-n',
          place: { line: t.line, table: t.number },
          message: `表${t.number}の${quote(h.label)}の割合には N がないため、表${from.table}の${quote(h.label)}の ${from.value} 人に対する割合として確かめました（推定）。別の数に対する割合なら「(N=…)」を見出しに書いてください`,
        });
      });
    if (chosen.length === 2)
      sizeReading(readPercentAxis(t, t.title, askedAxis(percentAxis, t.number)), t, out, (line) => ({ line, table: t.number }));
    // Shares of the borrowed sizes' sum (attack22: 57.5%, 2.5%, 25.0%, 15.0% beside a count table of 115, 5, 50, 30 were
    // read as shares of its columns' 120 and 80, and the hidden 2.5% was 100 − the others, 5 of 200): as when the
    // sizes are written (sizes.ts `readTableShare`).
    if (chosen.length > 0) sizeReading(readTableShare(t, t.title, SMALL_COUNT), t, out, (line) => ({ line, table: t.number }));
  }
}

/**
 * Every percentage table read as counts (`percentReading`), within one budget of work for the input
 * (`PERCENT_READING_WORK`): each table's searches are bounded, but many integer-percentage lists add up. A table the
 * budget did not reach (or ran out in) has sums that were not all searched: an attacker may use those, so the input
 * is refused naming such tables and what to do (fewer tables at once, counts or one decimal), never passed as
 * protected without them. The sums a reading cannot take (`sum/not-taken`) are said for the first tables one by
 * one and then counted in one line (`NOT_TAKEN_WARNINGS`).
 */
function percentReadings(out: ReadResult, budget: number): void {
  const work: PercentWork = { left: budget };
  const left: Table[] = [];
  for (const t of out.tables) {
    if (t.kind !== 'percent') continue;
    if (work.left <= 0) {
      left.push(t);
      continue;
    }
    percentReading(t, out, work);
    if (work.left <= 0) left.push(t);
  }
  out.warnings = capWarnings(
    out.warnings,
    'sum/not-taken',
    (n, tables) =>
      `ほかに ${fmt(n)} 件（${tableNames(tables)}）、割合の和が四捨五入の範囲で一致しても、ほかの和と同時には成り立たないため和として扱っていない行・列の組があります（チェッカーの判断。${WARNINGS_OF_A_KIND} 件まで一つずつ示しました）。小計なら字下げか「小計」で示すか、割合を小数第1位まで書くと、読み方が一つに決まります`,
  );
  out.warnings = capWarnings(
    out.warnings,
    'sum/found',
    (n, tables) =>
      `ほかに ${fmt(n)} 件（${tableNames(tables)}）、ほかの行・列の和と一致する（割合なら四捨五入の範囲で）ため、小計・合計として確かめた行・列があります（推定。${WARNINGS_OF_A_KIND} 件まで一つずつ示しました）。小計なら字下げか「小計」で示すと、この注意は出ません`,
  );
  if (left.length === 0) return;
  out.errors.push({
    code: 'percent/not-searched',
    place: { line: left[0]!.line, table: left[0]!.number },
    message: `割合だけの表が多く、割合が表す人数の和（小計・合計・100% の内訳）を探す計算が入力全体の上限（${fmt(budget)} 手）に達したため、${tableNames(left.map((t) => t.number))}は探し終えていません（チェッカーの判断）。探していない和から秘匿したセルが割り出せないかを確かめられないため、判定しません`,
    hint: '一度に確かめる表を減らしてください。割合を小数第1位まで書くか、人数を併記すると（「8 (3.2%)」）、人数が一つに決まり、読み方も一つになって計算が少なくなります',
  });
}

/** Findings of one kind said one by one (`capWarnings`); the rest are counted in one more line. */
export const WARNINGS_OF_A_KIND = 20;

/**
 * The warnings of `code` past the first `WARNINGS_OF_A_KIND` taken out and said in one line instead (`summary`: how
 * many, which tables), which carries their number (`count`): 9,444 `sum/not-taken` of 100 lists cannot be read.
 */
export function capWarnings(warnings: readonly Warning[], code: string, summary: (n: number, tables: number[]) => string): Warning[] {
  let seen = 0;
  const kept: Warning[] = [];
  const rest: Warning[] = [];
  for (const w of warnings) (w.code === code && seen++ >= WARNINGS_OF_A_KIND ? rest : kept).push(w);
  if (rest.length === 0) return kept;
  const tables = [...new Set(rest.flatMap((w) => (w.place ? [w.place.table] : [])))].sort((a, b) => a - b);
  const first = rest[0]!;
  return [...kept, { code, ...(first.place && { place: first.place }), count: rest.length, message: summary(rest.length, tables) }];
}

/** Table numbers in words: 表1・表2・表3 (the first ten, then how many more). */
export function tableNames(numbers: readonly number[]): string {
  return `表${some(numbers.map(String), 10, '・表', '表')}`;
}

/**
 * Sums and breakdowns of a percentage table found by arithmetic on the counts its percentages allow (shares.ts):
 * each sum reported as our reading; where they cannot all hold for whole counts together with the table's other
 * equations, the reading is ambiguous and the table is refused, naming the row and how to mark it.
 */
/**
 * A list of percentages read as disjoint parts of its N (shares.ts `disjointShares`): a sum set aside there (on the
 * counts the percentages stand for, `percentSumsAside`) that a count table of the input prints (the relation as
 * `relationsSeenElsewhere` matches it) is taken as an equation, as in a list of counts: 2022's 32 = 12 + 20 printed as
 * counts gave 2021's hidden 心筋梗塞 3.4% of 59 back as 37.3% − 33.9% (22 − 20 = 2) before (seen2). Relations another
 * percentage table shows are taken too (`percentRelations`, seen3).
 */
function percentSeen(table: Table, tables: readonly Table[]): { sum: FoundSum; other: Relation }[] {
  const out: { sum: FoundSum; other: Relation }[] = [];
  const others = tables.filter((t) => t !== table && (t.kind === 'count' || t.kind === 'percent'));
  if (others.length === 0) return out;
  const mine = unitsOf(table);
  const wanted = new Set(mine.flatMap((u) => u.keys));
  const relations = others.flatMap((t) =>
    unitsOf(t).flatMap((u) => (t.kind === 'count' ? printedRelations(u) : percentRelations(u, wanted))),
  );
  if (relations.length === 0) return out;
  for (const unit of mine) {
    const { axis, keys } = unit;
    if (!disjointShares(table, axis)) continue;
    const here = relations.flatMap((r) => relationHere(r, unit) ?? []);
    if (here.length === 0) continue;
    for (const f of percentSumsAside(table, axis)) {
      if (f.header === null || f.alternative || [f.header, ...f.parts].some((i) => keys[i] === '')) continue;
      if ([...table.sums, ...out.map((x) => x.sum)].some((k) => k.axis === axis && k.header === f.header)) continue;
      const match = here.find((x) => sameRelation(x, f, keys));
      if (match) out.push({ sum: { axis, header: f.header, parts: [...f.parts], how: f.how }, other: match.r });
    }
  }
  return out;
}

function percentReading(table: Table, out: ReadResult, work?: PercentWork): void {
  table.sums = percentSums(table, work);
  const seen = percentSeen(table, out.tables);
  relationSearchCut(out.tables, out);
  if (seen.length > 0 || out.tables.some((t) => t !== table)) tooManyBlocks(table, out);
  table.sums.push(...seen.map((x) => x.sum));
  disjointParts(table, out, (line) => ({ line, table: table.number }));
  if (table.sums.length === 0) return;
  const kind = (axis: 'rows' | 'cols') => (axis === 'rows' ? '行' : '列');
  const headersOf = (axis: 'rows' | 'cols') => (axis === 'rows' ? table.rows : table.cols);
  const where = (sum: FoundSum): Place => {
    const h = headersOf(sum.axis)[sum.header!]!;
    return sum.axis === 'rows'
      ? { line: table.cells[sum.header!]![0]!.line, table: table.number, row: h.label }
      : { line: table.line, table: table.number, col: h.label };
  };
  const ranges = countRanges(table);
  if (ranges) {
    const all = new Map(
      table.cells.flat().map((c) => [cellId(table, c.row, c.col), { lo: ranges.lo[c.row]![c.col]!, hi: ranges.hi[c.row]![c.col]! }]),
    );
    const { impossible, conflicting, declared } = shareCounts(table, all, work);
    const totals = [...table.rows, ...table.cols].filter((h) => h.kind !== 'item').map((h) => quote(h.label));
    if (declared && declared.unsure > 0) {
      out.errors.push({
        code: 'total/mismatch',
        message: `表${table.number}: 合計・小計の${totals.slice(0, 3).join('')}の割合が、内訳の割合の和と四捨五入の範囲で合いません（チェッカーの判断）。どの合計が何の和か読めないため、確かめられません`,
        hint: '合計・小計の行（列）がどの行（列）の和かを確かめてください。項目ごとに別の内訳（性別・年齢など）がある表なら、合計の行を除き、N は列見出しに「A群 (N=57)」のように書いてください',
        place: { line: table.line, table: table.number },
      });
      return;
    }
    if (declared && declared.false > 0)
      out.warnings.push({
        code: 'sum/not-taken',
        place: { line: table.line, table: table.number },
        message: `表${table.number}: 合計・小計の${totals.slice(0, 3).join('')}の割合は、内訳の割合の和と四捨五入の範囲で合わないところがあるため（${declared.false} か所）、そこは和として扱っていません（チェッカーの判断。割合から、どの読み手にも和でないと分かります）。合計の行が項目ごとの内訳（性別・年齢など）それぞれの 100% なら、合計の行を除いても同じに確かめます`,
      });
    table.sums = table.sums.filter((s) => !impossible.includes(s) && !conflicting.includes(s));
    if (conflicting.length > 0) table.otherReadings = conflicting;
    const parts = (sum: FoundSum) => `${kind(sum.axis)}${names(sum.parts.map((p) => headersOf(sum.axis)[p]!.label))}`;
    const label = (sum: FoundSum) => headersOf(sum.axis)[sum.header!]!.label;
    const meant = conflicting.find((f) => named(table, f));
    if (meant) {
      out.errors.push({
        code: 'percent/sum-unclear',
        message: `表${table.number}: ${kind(meant.axis)}${quote(label(meant))}の割合は${parts(meant)}の割合の和と四捨五入の範囲で一致します（チェッカーの判断）が、表のほかの割合の和と合わせると、すべてが同時には成り立ちません。どれが小計で、どれが別の項目か読み分けられません`,
        hint: `小計・合計なら、${kind(meant.axis)}${quote(label(meant))}を字下げした内訳の上に置くか見出しに「小計」「合計」と書いてください。別の項目なら見出しを改めるか、割合を小数第1位まで書いてください（人数が一つに決まり、読み分けられます）`,
        place: where(meant),
      });
      return;
    }
    for (const f of conflicting) {
      if (f.header === null) {
        const k = f.stated!.findIndex((x) => x !== undefined);
        const line = kind(f.axis === 'rows' ? 'cols' : 'rows');
        const label = headersOf(f.axis === 'rows' ? 'cols' : 'rows')[k]!.label;
        out.warnings.push({
          code: 'sum/not-taken',
          place:
            f.axis === 'rows'
              ? { line: table.line, table: table.number, col: label }
              : { line: table.cells[k]![0]!.line, table: table.number, row: label },
          message: `表${table.number}: ${line}${quote(label)}の${parts(f)}の割合の和も四捨五入の範囲で 100% になりますが、ほかの内訳と同時には成り立たないため、内訳として扱っていません（チェッカーの判断）。この読み方をとる読み手にも隠したセルが割り出せないかは、その読み方で別に確かめます。割合を小数第1位まで書くと人数が一つに決まり、読み分けられます`,
        });
        continue;
      }
      out.warnings.push({
        code: 'sum/not-taken',
        place: where(f),
        message: `表${table.number}: ${kind(f.axis)}${quote(label(f))}の割合は${parts(f)}の割合の和とも四捨五入の範囲で一致しますが、ほかの和と同時には成り立たないため、和として扱っていません（チェッカーの判断）。この読み方をとる読み手にも隠したセルが割り出せないかは、その読み方で別に確かめます。小計なら字下げか「小計」で示してください。割合を小数第1位まで書くと人数が一つに決まり、読み分けられます`,
      });
    }
  }
  const kept = seen.filter((x) => table.sums.includes(x.sum));
  if (kept.length > 0) {
    const [first] = kept;
    const hs = headersOf(first!.sum.axis);
    out.warnings.push({
      code: 'sum/seen',
      place: { line: table.line, table: table.number },
      message:
        `表${table.number}: ${kind(first!.sum.axis)}${quote(hs[first!.sum.header!]!.label)}の割合が表す人数が${kind(first!.sum.axis)}${names(first!.sum.parts.map((j) => hs[j]!.label))}の人数の和と一致することは、` +
        `表${first!.other.table.number}で${relationLabel(first!.other)}であることと同じ組み合わせなので、` +
        `偶然とは読まず、式にしました${kept.length > 1 ? `（ほか ${kept.length - 1} 件）` : ''}（チェッカーの判断）。どちらの表も見る人は、その和を表${table.number}の構造と見て、秘匿した割合の人数を引き算で割り出せるためです`,
    });
  }
  for (const sum of table.sums) {
    if (sum.alternative || sum.header === null || seen.some((x) => x.sum === sum)) continue;
    const headers = headersOf(sum.axis);
    const others = table.sums.filter((x) => x.alternative && x.axis === sum.axis && x.header === sum.header).length;
    const also = others > 0 ? `。ほかに ${others} 通りの${kind(sum.axis)}の組の和とも一致し、どれも式として扱いました` : '';
    const total = sum.how === 'total';
    out.warnings.push({
      code: 'sum/found',
      place: where(sum),
      message: `表${table.number}: ${kind(sum.axis)}${quote(headers[sum.header]!.label)}の割合が表す人数は、${kind(sum.axis)}${names(sum.parts.map((p) => headers[p]!.label))}の人数の和と四捨五入の範囲で一致するため、${total ? '合計' : '小計'}として確かめました（推定。足し算で分かることは秘匿の判断に入れます）${also}。${total ? '合計なら見出しを「合計」にすると' : '小計なら字下げか「小計」で示すと'}、この注意は出ません`,
    });
  }
}

/**
 * An N one table states for a group (「男性 (N=28)」) is the size of that group in every table of the input: a count
 * table whose column (row) 「男性」 states no N and whose items add up to 28 shows that column's total as published,
 * and 28 less the other items is the hidden one. Such a header takes the N (so its sum is an equation,
 * `sum/stated`), said as our reading.
 */
function sharedDenominators(out: ReadResult): void {
  const stated = new Map<string, Set<number>>();
  for (const t of out.tables)
    for (const h of [...t.rows, ...t.cols])
      if (h.denominator !== undefined && h.denominatorFrom === undefined)
        stated.set(headerKey(h), new Set([...(stated.get(headerKey(h)) ?? []), h.denominator]));
  if (stated.size === 0) return;
  for (const t of out.tables) {
    if (t.kind !== 'count') continue;
    let taken = false;
    const also: FoundSum[] = [];
    for (const [axis, headers] of [
      ['rows', t.rows],
      ['cols', t.cols],
    ] as const) {
      headers.forEach((h, i) => {
        if (h.kind === 'total' || h.denominator !== undefined) return;
        const ns = stated.get(headerKey(h));
        if (!ns) return;
        const base = bases(t, axis === 'rows' ? i : 0, axis === 'cols' ? i : 0).find((b) => b.of === (axis === 'rows' ? 'row' : 'col'))!;
        if (!ns.has(base.value)) {
          // The N is the sum of every item of the line, the sums found among them read as chance (seen4): a reader
          // who takes it so has that equation (2021's 2 + 20 + 22 + 15 = 59, 心血管疾患 22 found as 2 + 20), taken as
          // one more (`alternative`), the reading kept.
          const across = axis === 'rows' ? t.cols : t.rows;
          const items = across.flatMap((g, k) => (g.kind === 'item' && !g.rest && !g.ns ? [k] : []));
          const line = (k: number) => countOf(axis === 'rows' ? t.cells[i]![k]! : t.cells[k]![i]!);
          const all = items.reduce((sum, k) => sum + line(k), 0);
          if (items.length < 2 || !ns.has(all) || across.some((g) => g.kind !== 'item')) return;
          also.push({
            axis: axis === 'rows' ? 'cols' : 'rows',
            header: null,
            parts: items,
            stated: headers.map((_, k) => (k === i ? all : undefined)),
            how: 'set',
            alternative: true,
          });
          out.warnings.push({
            code: 'sum/stated',
            place: { line: t.line, table: t.number },
            message: `表${t.number}の${quote(h.label)}のすべての項目の和 ${all} は、ほかの表の見出しが同じ群の N として示しているため、公表されているものとして確かめました（推定）`,
          });
          return;
        }
        h.denominator = base.value;
        taken = true;
        out.warnings.push({
          code: 'sum/stated',
          place: { line: t.line, table: t.number },
          message: `表${t.number}の${quote(h.label)}の和 ${base.value} は、ほかの表の見出しが同じ群の N として示しているため、公表されているものとして確かめました（推定）`,
        });
      });
    }
    if (taken) t.sums = [...t.sums.filter((x) => x.header !== null), ...statedSums(t, 'rows'), ...statedSums(t, 'cols')];
    t.sums.push(...also);
  }
}

/**
 * Rows read under a heading (「性別・男性」, headings.ts) that another table prints without it (「男性」): linked to that
 * row (`linkedKey`), as the tables printed without heading rows were — an attacker matches 「男性」 in both and
 * subtracts one table from the other. Only where the label without the heading names no other row of its table
 * (「喫煙歴・あり」 beside 「飲酒・あり」 against a lone 「あり」 is left unlinked, and said as look-alikes, labels.ts).
 */
function linkHeadings(tables: readonly Table[]): void {
  const bare = (h: Header) => headerKey({ label: h.label.slice(h.heading!.length + 1).trim() });
  tables.forEach((t, ti) => {
    const under = t.rows.filter((h) => h.heading !== undefined);
    if (under.length === 0) return;
    const others = new Set(tables.flatMap((u, ui) => (ui === ti ? [] : u.rows.map(headerKey))));
    const own = new Map<string, number>();
    for (const h of t.rows) {
      const k = h.heading !== undefined ? bare(h) : headerKey(h);
      own.set(k, (own.get(k) ?? 0) + 1);
    }
    for (const h of under) {
      const k = bare(h);
      if (others.has(k) && own.get(k) === 1) h.linkedKey = k;
    }
  });
}

/**
 * The lines of rates rates.ts read, placed on the table as read (`Table.rates`): each printed rate's row (or column)
 * and the cells of its events and of its base where the base is a line of counts in the table (a line of sizes, or
 * person-time, is published as written and never hidden). Rows are found by the line of their record, columns by
 * their label; a printed rate whose count cannot be found is refused (it would be published unchecked).
 */
function tableRates(table: Table, readings: readonly RateReading[]): { rates: TableRate[] } | { error: InputError } {
  const same = (a: string, b: string) => normalise(a).trim() === normalise(b).trim();
  const rowAt = (line: number) =>
    table.rows.findIndex(
      (h, i) =>
        !h.rest &&
        !h.ns &&
        table.cells[i]?.[0]?.line === line &&
        !table.rows.some((g, k) => k < i && !g.rest && !g.ns && table.cells[k]?.[0]?.line === line),
    );
  const colAt = (label: string) => {
    const found = table.cols.map((h, j) => (!h.rest && !h.ns && same(h.label, label) ? j : -1)).filter((j) => j >= 0);
    return found.length === 1 ? found[0]! : -1;
  };
  const rates: TableRate[] = [];
  for (const r of readings) {
    const lineIndex = (l: { label: string; line: number }) => (r.axis === 'cols' ? colAt(l.label) : rowAt(l.line));
    // A line read as the table's line of sizes (患者数 beside 施設あたり患者数) is published as written, never hidden.
    const sizes = (l: { label: string }) => table.sizeLine?.axis === r.axis && same(table.sizeLine.label, l.label);
    // The rate is hidden with the lines it fits under another base or unit too (`also`).
    const events = [...r.events, ...r.also].filter((e) => !sizes(e)).map(lineIndex);
    const base = r.base.counts && !sizes(r.base) ? lineIndex(r.base) : -1;
    if (r.base.counts && !sizes(r.base) && base < 0)
      return {
        error: {
          code: 'header/rate',
          message: `${r.axis === 'cols' ? '列' : '行'}${quote(r.label)}の率の${r.unit}${quote(r.base.label)}を、読んだ表の中に見つけられませんでした（チェッカーの判断）。率から${r.unit}が分かるため、${r.unit}と一緒に秘匿できない率は確かめられません`,
          hint: '率の列・行を除いた表を確かめてください。公表する数の率だけを、別に審査を受けて載せてください',
          place: { table: table.number, line: r.line, ...(r.axis === 'cols' ? { col: r.label } : { row: r.label }) },
        },
      };
    const cells: TableRate['cells'] = [];
    for (const p of r.positions) {
      if (p.text === '' || /^[-－—]$/.test(p.text)) continue;
      const at = r.axis === 'cols' ? rowAt(p.line) : colAt(p.label);
      const cell = (line: number): [number, number] => (r.axis === 'cols' ? [at, line] : [line, at]);
      if (at < 0 || events.some((e) => e < 0))
        return {
          error: {
            code: 'header/rate',
            message: `${r.axis === 'cols' ? '列' : '行'}${quote(r.label)}の率（${r.axis === 'cols' ? '行' : '列'}${quote(p.label)}）のイベント数を、読んだ表の中に見つけられませんでした（チェッカーの判断）。率からイベント数が分かるため、イベント数と一緒に秘匿できない率は確かめられません`,
            hint: '率の列・行を除いた表（患者数・イベント数・人年）を確かめてください。公表するイベント数の率だけを、別に審査を受けて載せてください',
            place: { table: table.number, line: p.line, ...(r.axis === 'cols' ? { col: r.label } : { row: r.label }) },
          },
        };
      const derived =
        r.interval || r.sd || r.binary ? undefined : derivedCounts(p.text, p.base, { lo: r.scale, hi: r.scaleHi }, r.base.counts);
      cells.push({
        at,
        text: p.text,
        events: events.map(cell),
        ...(base >= 0 && { base: cell(base) }),
        baseText: p.base,
        ...(derived !== undefined && { derived }),
      });
    }
    rates.push({
      axis: r.axis,
      label: r.label,
      scale: r.scale,
      scaleHi: r.scaleHi,
      scaleWords: r.scaleWords,
      unit: r.unit,
      events: r.events.map((e) => e.label),
      also: r.also.map((e) => e.label),
      base: r.base.label,
      ...(r.interval && { interval: true }),
      ...(r.binary && { binary: r.binary }),
      ...(r.sd && { sd: true }),
      ...(r.lineShare && { lineShare: true }),
      ...(!r.scaleWritten && { scaleRead: true }),
      cells,
    });
  }
  return { rates };
}

/**
 * A mean line's label the checker reads as the mean of the other lines where the arithmetic proves it: a word of a
 * mean alone (「平均」「Mean」「avg」「平均（件数）」; after the years it is over, 「2020〜2022年平均」, means37), or no statistic's word at all (「1年あたり」「代表値」, attack31). A
 * mean of something else (「平均年齢」「平均在院日数」) stays refused as a statistic: it is no mean of the lines.
 */
const BARE_MEAN =
  /^[\d〜~\-–－年度・、 ]*(?:平均|平均値|算術平均|mean|average|avg|ave|av)\.?\s*(?:[(（]\s*(?:件数|人数|患者数|例数|症例数|n|件|人|例|名)\s*[)）]|件数|人数|患者数|例数)?$/i;

/** A line of means set aside from the counts (`setAsideMeans`): its texts by the line across (a row's record line, a column's label). */
export interface SetAsideMean {
  kind: '列' | '行';
  label: string;
  line: number;
  /** The lines it is the mean of: a column's label, or a row's label and record line. */
  others: { label: string; line: number }[];
  /** Each printed value: where across (a row's record line for a column of means, a column's label for a row of means). */
  values: { line: number; label: string; text: string }[];
  /** A ratio of its two lines `others` (the first over the second), not a mean (means37). */
  ratio?: true;
  /**
   * The largest, smallest or range of its lines `others` at each position (stats39, `extremesAside`), no mean; values
   * `all` (a spreadsheet's SUM of the line at the other axis's total) stand for every position's counts.
   */
  extreme?: ExtremeHow;
  all?: number[];
}

/**
 * formats55: the 「Sum」 line of R's `addmargins(prop.table(t, 1 | 2))` printed under its counts, as listing.ts writes
 * it (a row 「Sum（行%の和）」 under a table of 「n (p%)」 row shares, a column 「Sum（列%の和）」 beside column shares):
 * at each column (row) the sum of the shares there, Σ n_ij ÷ N_i, a relation on the counts weighted by each line's N
 * that no count table holds. Set aside as a line of extremes is (`extremesAside`): hidden wherever a count it sums over
 * is hidden (report.ts), so the published values follow from published counts only; where none is hidden it is the sum
 * of published shares. Checked at every position against the counts (each printed value within half its last digit);
 * undefined where the line is not there or does not fit (left in the table, refused as a line of decimals).
 */
function shareSumAside(records: readonly CsvRecord[]): { records: CsvRecord[]; means: SetAsideMean[] } | undefined {
  if (records.length < 3) return undefined;
  const head = trimEnd(records[0]!.fields);
  const rowAt = records.findIndex((r, i) => i > 0 && normalise(r.fields[0] ?? '').trim() === normalise(SHARE_SUM_ROW));
  const colAt = head.findIndex((f, j) => j > 0 && normalise(f).trim() === normalise(SHARE_SUM_COL));
  if (rowAt < 0 === colAt < 0) return undefined;
  const count = (f: string | undefined) => {
    const m = /^(\d{1,9}) \(\d{1,3}(?:\.\d{1,12})?%\)$/.exec(normalise(f ?? '').trim());
    return m ? Number(m[1]) : undefined;
  };
  const value = (f: string | undefined) => {
    const t = normalise(f ?? '').trim();
    return /^\d{1,3}(?:\.\d{1,12})?$/.test(t) ? t : undefined;
  };
  // formats57: the counts' own 「Sum」 row and column (R's `addmargins(tab)` printed over the shares), each a line's sum,
  // left in the table as its totals and out of the sums of shares.
  const whole = (f: string | undefined) =>
    count(f) ?? (/^\d{1,9}$/.test(normalise(f ?? '').trim()) ? Number(normalise(f!).trim()) : undefined);
  const isSum = (f: string | undefined) => normalise(f ?? '').trim() === 'Sum';
  const inner = records.slice(1).filter((_, i) => i + 1 !== rowAt);
  const innerCols = head
    .slice(1)
    .map((_, j) => j + 1)
    .filter((j) => j !== colAt);
  const sumAt = inner.length > 1 && isSum(inner.at(-1)!.fields[0]) ? inner.length - 1 : -1;
  const sumCol = innerCols.length > 1 && isSum(head[innerCols.at(-1)!]) ? innerCols.at(-1)! : -1;
  const body = inner.filter((_, i) => i !== sumAt);
  const cols = innerCols.filter((j) => j !== sumCol);
  if (sumAt >= 0 || sumCol >= 0) {
    const v = body.map((r) => cols.map((j) => whole(r.fields[j])));
    if (v.some((r) => r.some((x) => x === undefined))) return undefined;
    const w = v as number[][];
    const tot = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    if (sumCol >= 0 && !body.every((r, i) => whole(r.fields[sumCol]) === tot(w[i]!))) return undefined;
    if (sumAt >= 0 && !cols.every((j, q) => whole(inner[sumAt]!.fields[j]) === tot(w.map((r) => r[q]!)))) return undefined;
  }
  const c = body.map((r) => cols.map((j) => count(r.fields[j])));
  if (c.some((r) => r.some((x) => x === undefined))) return undefined;
  const n = c as number[][];
  const lineN = (i: number, j: number) => (rowAt >= 0 ? n[i]!.reduce((a, b) => a + b, 0) : n.reduce((a, r) => a + r[j]!, 0));
  if (rowAt >= 0) {
    const r = records[rowAt]!;
    const ok = cols.every((j, q) => {
      const x = value(r.fields[j]);
      const sum = n.reduce((a, row, i) => a + (lineN(i, q) > 0 ? row[q]! / lineN(i, q) : 0), 0);
      return x !== undefined && printedNear(x, sum);
    });
    if (!ok) return undefined;
    return {
      records: records.filter((_, i) => i !== rowAt),
      means: [
        {
          kind: '行',
          label: r.fields[0]!.trim(),
          line: r.line,
          others: body.map((b) => ({ label: b.fields[0] ?? '', line: b.line })),
          values: cols.map((j) => ({ line: r.line, label: head[j]!, text: normalise(r.fields[j]!).trim() })),
          extreme: 'sharesum',
        },
      ],
    };
  }
  const ok = body.every((r, i) => {
    const x = value(r.fields[colAt]);
    const sum = cols.reduce((a, _, q) => a + (lineN(i, q) > 0 ? n[i]![q]! / lineN(i, q) : 0), 0);
    return x !== undefined && printedNear(x, sum);
  });
  if (!ok) return undefined;
  return {
    records: records.map((r) => ({ ...r, fields: r.fields.filter((_, j) => j !== colAt) })),
    means: [
      {
        kind: '列',
        label: head[colAt]!.trim(),
        line: records[0]!.line,
        others: cols.map((j) => ({ label: head[j]!, line: records[0]!.line })),
        values: body.map((r) => ({ line: r.line, label: r.fields[0] ?? '', text: normalise(r.fields[colAt]!).trim() })),
        extreme: 'sharesum',
      },
    ],
  };
}

/**
 * Lines of the largest, smallest or range of the other lines of their axis (attack37's `extremeLines`, found by
 * arithmetic) that can be set aside as a mean is (stats39): at every position the line prints a number, every other
 * line prints one and the line is their extreme (range); at a total of the other axis, the extreme (range) of the
 * totals there, or the sum of the line's own values (a spreadsheet's SUM: it stands for every count of the line's
 * positions), or blank. Each such line is hidden wherever any count it is taken over is hidden (report.ts), so the
 * published values follow from published counts only and give back nothing (a maximum is one of the counts, a range a
 * difference of two). A line whose label names another statistic is not set aside (refused as before).
 */
function extremesAside(
  records: readonly CsvRecord[],
  cols: readonly Header[],
  rows: readonly Header[],
  headerLine: number,
): SetAsideMean[] {
  const found: { kind: '列' | '行'; label: string; line: number; others: string[]; how: ExtremeHow }[] = [
    ...extremeLines(records, cols, rows, headerLine),
    ...centreLines(records, cols, rows, headerLine).found,
  ];
  if (found.length === 0) return [];
  const out: SetAsideMean[] = [];
  const labelsOut = new Set(found.map((m) => `${m.kind}:${m.label}`));
  for (const m of found) {
    const t = normalise(m.label).trim();
    const named = STATISTIC_LABEL.test(t) || STATISTIC_ACRONYM.test(t) || statisticWord(m.label, []);
    if (named && !EXTREME_HINT.test(t) && !RANGE_HINT.test(t) && !/^幅/.test(t) && !CENTRE_WORD.test(t)) continue;
    const lines = m.kind === '列' ? cols : rows;
    const across = m.kind === '列' ? rows : cols;
    const valueAt = (i: number, j: number) => plainNumber(m.kind === '列' ? records[j]!.fields[i + 1] : records[i]!.fields[j + 1]);
    const textAt = (i: number, j: number) =>
      normalise((m.kind === '列' ? records[j]!.fields[i + 1] : records[i]!.fields[j + 1]) ?? '').trim();
    const self = lines.findIndex((h) => h.label === m.label);
    if (self < 0 || lines.filter((h) => h.label === m.label).length > 1) continue;
    // The lines it is taken over: the others of its axis that are no total and not set aside themselves.
    const others = lines.flatMap((h, i) => (i !== self && !summaryLine(h) && !labelsOut.has(`${m.kind}:${h.label}`) ? [i] : []));
    // A range of two lines is their difference, as a part is a total less the other part (combo seed 1675: 「B群」 =
    // 「患者全体」 − 「A群」, a small count read as a range and published): read over three lines at least, else refused.
    if (others.length < (m.how === 'range' ? 3 : 2)) continue;
    const fit = (v: { value: number; decimals: number }, vs: number[]) => {
      const target = statisticOf(m.how, vs);
      return target !== undefined && Math.abs(v.value - target) <= 0.5 * 10 ** -v.decimals + 1e-9;
    };
    const whole = m.how !== 'median' && m.how !== 'gmean';
    const values: SetAsideMean['values'] = [];
    const plainAt = across.flatMap((h, j) => (summaryLine(h) ? [] : [j]));
    let ok = true;
    let sumAll: number[] | undefined;
    across.forEach((h, j) => {
      const text = textAt(self, j);
      if (text === '' || /^[-－—]$/.test(text)) return;
      const v = valueAt(self, j);
      const vs = others.map((i) => valueAt(i, j));
      const where =
        m.kind === '列' ? { line: records[j]!.line, label: records[j]!.fields[0] ?? '' } : { line: records[self]!.line, label: h.label };
      if (!v || (whole && v.decimals > 0) || vs.some((x) => !x || x.decimals > 0)) {
        ok = false;
        return;
      }
      // A total of the other axis: the sum of the line's own values (every count of its positions). Taken first where
      // the statistic of the totals fits as well (stats40: 「中央」 a region read as their median by chance, its 合計
      // cell 1 both its own sum and the totals' median — published, it gave back the hidden 中央 count beside the
      // published one): hidden wherever any count of the line's positions is.
      const own = plainAt.map((q) => valueAt(self, q)?.value);
      if (
        summaryLine(h) &&
        own.every((x) => x !== undefined) &&
        Math.abs(v.value - own.reduce((s, x) => s! + x!, 0)!) <= 0.5 * 10 ** -v.decimals * (own.length + 1) + 1e-9
      ) {
        sumAll = [...(sumAll ?? []), values.length];
        values.push({ ...where, text });
        return;
      }
      if (
        fit(
          v,
          vs.map((x) => x!.value),
        )
      ) {
        values.push({ ...where, text });
        return;
      }
      ok = false;
    });
    if (!ok || values.length === 0) continue;
    out.push({
      kind: m.kind,
      label: m.label,
      line: m.line,
      others: others.map((i) => ({ label: lines[i]!.label, line: m.kind === '列' ? headerLine : records[i]!.line })),
      values,
      extreme: m.how,
      ...(sumAll && { all: sumAll }),
    });
  }
  return out;
}

/**
 * Lines of means of the other lines of their axis (attack36): where `meanLines` proves a line the mean of k others
 * within its printed rounding at every position (a column 「平均」 beside 「2020年」…「2023年」, or a row), the line is
 * set aside from the counts as a line of rates is (rates.ts) — no count, published where every count it averages is
 * and hidden where any is (report.ts), so that mean × k gives back no hidden count. Only means on one axis, each over
 * lines no other mean of the table averages, every value a plain number (blanks aside), a label of a bare mean or of
 * no statistic, and no ratio line: anything else is left to readTable's refusal (`header/statistic`) as before.
 */
function setAsideMeans(
  records: CsvRecord[],
  crossing = true,
): { records: CsvRecord[]; means: SetAsideMean[] } | { why: { label: string; text: string } } | undefined {
  if (records.length < 2) return undefined;
  const header = records[0]!;
  const colRaws = trimEnd(header.fields).slice(1);
  const rowRecords = records.slice(1);
  const cols = buildHeaders(colRaws).headers;
  const rows = buildHeaders(rowRecords.map((r) => r.fields[0] ?? '')).headers;
  if (cols.length !== colRaws.length || rows.length !== rowRecords.length) return undefined;
  let found = meanLines(rowRecords, cols, rows, header.line);
  // Lines of extremes and ranges (stats39): set aside with the means where all stand on one axis, none a line of another.
  const apart = (ms: readonly MeanLine[], es: readonly SetAsideMean[]) =>
    es.filter(
      (e) =>
        !ms.some((m) => m.label === e.label || m.others.includes(e.label) || m.kind !== e.kind) &&
        !ms.some((m) => e.others.some((o) => o.label === m.label)),
    );
  const first = extremesAside(rowRecords, cols, rows, header.line);
  let extremes = apart(found, first);
  // Means and extremes in one table (stats40: 「平均」 and 「最多」 beside the years): each is taken over the counts, not
  // over the other. The means found again with the extremes' lines left out, then the extremes with the means' left
  // out — every line of either on one axis, each proved again by its own arithmetic over the counts alone.
  const seen = [...extremeLines(rowRecords, cols, rows, header.line), ...centreLines(rowRecords, cols, rows, header.line).found];
  const crossed = crossing ? crossedMeans(records, seen, found) : undefined;
  if (crossed) return crossed;
  if (seen.length > 0 && new Set(seen.map((e) => e.kind)).size === 1) {
    const without = (kind: '列' | '行', labels: readonly string[]) => {
      const rs = withoutLines(records, kind, labels);
      const { cols: cs, rows: ws } = headersOf(rs);
      return { rs: rs.slice(1), cs, ws };
    };
    const e = without(
      seen[0]!.kind,
      seen.map((x) => x.label),
    );
    const means = meanLines(e.rs, e.cs, e.ws, header.line).filter((m) => m.kind === seen[0]!.kind);
    if (means.length > 0) {
      const m = without(
        seen[0]!.kind,
        means.map((x) => x.label),
      );
      found = means;
      extremes = apart(means, extremesAside(m.rs, m.cs, m.ws, header.line));
    }
  }
  if (found.length === 0 && extremes.length === 0) return undefined;
  if (found.length === 0 || extremes.length > 0) {
    const kinds = new Set(extremes.map((e) => e.kind));
    if (found.length === 0 && kinds.size === 1) {
      const kind = extremes[0]!.kind;
      const labels = (kind === '列' ? cols : rows).map((h) => normalise(h.label).trim());
      if (new Set(labels).size !== labels.length) return undefined;
      const out = new Set(extremes.map((e) => labels.indexOf(normalise(e.label).trim())));
      const kept =
        kind === '列'
          ? records.map((r) => ({ ...r, fields: r.fields.filter((_, k) => k === 0 || !out.has(k - 1)) }))
          : records.filter((_, i) => i === 0 || !out.has(i - 1));
      return { records: kept, means: extremes };
    }
    if (found.length === 0) return undefined;
  }
  // Why a mean found is not read (said in readTable's refusal, `header/statistic`).
  const not = (text: string) => ({ why: { label: found.find((m) => m.how === 'mean')?.label ?? found[0]!.label, text } });
  if (new Set(found.map((m) => m.kind)).size > 1)
    return not('平均が行にも列にもあり、両方が交わるセルは二つの平均を兼ねるため、一方だけを秘匿する形では読めません');
  const kind = found[0]!.kind;
  const labels = (kind === '列' ? cols : rows).map((h) => normalise(h.label).trim());
  // Each label once on its axis (the lines are found again by it), every mean's lines apart from every other mean.
  if (new Set(labels).size !== labels.length) return not('同じ見出しの行・列があり、平均した行・列を見出しで決められません');
  const averaged = found.filter((m) => m.how === 'mean').flatMap((m) => m.others);
  if (new Set(averaged).size !== averaged.length || found.some((m) => found.some((o) => o.others.includes(m.label))))
    return not('一つの行・列が二つの平均に入るため、平均ごとに秘匿する形では読めません');
  for (const m of found) {
    const t = normalise(m.label).trim();
    if (m.how === 'ratio') continue;
    // A mean of something else whose values are the lines' mean at every position (means39): read as that mean, the
    // stricter reading (an attacker may take it so; as a weighted mean with no total it would be no equation at all).
    if ((STATISTIC_LABEL.test(t) || STATISTIC_ACRONYM.test(t)) && !BARE_MEAN.test(t) && !weightedMeanLabel(t))
      return {
        why: {
          label: m.label,
          text: '見出しが件数の平均ではない統計量（年齢や日数の平均など）を示すため、値が行・列の平均に合っても平均としては読みません。その平均は人数と組み合わさる（人数 × 平均の和）ため、秘匿に使える一次の式になりません',
        },
      };
  }
  const index = (label: string) => labels.indexOf(normalise(label).trim());
  const means: SetAsideMean[] = [];
  for (const m of found) {
    const at = index(m.label);
    const values =
      kind === '列'
        ? rowRecords.map((r) => ({ line: r.line, label: r.fields[0] ?? '', text: normalise(r.fields[at + 1] ?? '').trim() }))
        : colRaws.map((label, c) => ({ line: rowRecords[at]!.line, label, text: normalise(rowRecords[at]!.fields[c + 1] ?? '').trim() }));
    // Every printed value a plain number (blanks and dashes aside, none printed there).
    if (!values.every((v) => v.text === '' || /^[-－—]$/.test(v.text) || plainNumber(v.text) !== undefined))
      return not('数だけでない値（記号や括弧つきの値）があり、平均の範囲を決められません');
    means.push({
      kind,
      label: m.label,
      line: m.line,
      others: m.others.map((o) => ({ label: o, line: kind === '列' ? header.line : rowRecords[index(o)]!.line })),
      values: values.filter((v) => plainNumber(v.text) !== undefined),
      ...(m.how === 'ratio' && { ratio: true as const }),
    });
  }
  const out = new Set([...found, ...extremes].map((m) => index(m.label)));
  const kept =
    kind === '列'
      ? records.map((r) => ({ ...r, fields: r.fields.filter((_, k) => k === 0 || !out.has(k - 1)) }))
      : records.filter((_, i) => i === 0 || !out.has(i - 1));
  return { records: kept, means: [...means, ...extremes] };
}

/**
 * Means and extremes on different axes (stats41: a 「平均」 row beside a 「最多」 column): each proved over the counts
 * alone — the means over the table without the extremes' lines (`setAsideMeans` as for means alone: every check of
 * it), the extremes over the table without the means' lines (`extremesAside`) — and both set aside, each hidden with
 * the counts it is taken over. The cells where a mean line crosses an extreme line are a statistic of statistics (the
 * mean of the maxima, or the maximum of the means): read only where every such cell is blank, else undefined (the
 * caller's reading and refusal as before).
 */
function crossedMeans(
  records: CsvRecord[],
  extremesSeen: readonly { kind: '列' | '行'; label: string }[],
  meansSeen: readonly MeanLine[],
): { records: CsvRecord[]; means: SetAsideMean[] } | undefined {
  const header = records[0]!;
  // The extremes as found over the whole table, or (their lines' values whole numbers only where the means' are left
  // out) over the table without the means found.
  let seen = extremesSeen;
  if (seen.length === 0 && meansSeen.length > 0 && new Set(meansSeen.map((m) => m.kind)).size === 1) {
    const rs = withoutLines(
      records,
      meansSeen[0]!.kind,
      meansSeen.map((m) => m.label),
    );
    const { cols: cs, rows: ws } = headersOf(rs);
    if (cs.length !== trimEnd(rs[0]!.fields).length - 1 || ws.length !== rs.length - 1) return undefined;
    seen = [...extremeLines(rs.slice(1), cs, ws, header.line), ...centreLines(rs.slice(1), cs, ws, header.line).found].filter(
      (e) => e.kind !== meansSeen[0]!.kind,
    );
  }
  if (seen.length === 0 || new Set(seen.map((e) => e.kind)).size !== 1) return undefined;
  const kind = seen[0]!.kind;
  const inner = setAsideMeans(
    withoutLines(
      records,
      kind,
      seen.map((e) => e.label),
    ),
    false,
  );
  if (!inner || !('records' in inner) || inner.means.length === 0) return undefined;
  if (inner.means.some((m) => m.kind === kind || m.extreme || m.ratio)) return undefined;
  const other = inner.means[0]!.kind;
  const rest = withoutLines(
    records,
    other,
    inner.means.map((m) => m.label),
  );
  const { cols, rows } = headersOf(rest);
  const extremes = extremesAside(rest.slice(1), cols, rows, header.line).filter((e) => e.kind === kind);
  if (extremes.length !== seen.length || !seen.every((e) => extremes.some((x) => x.label === e.label))) return undefined;
  // Every cell where a mean line crosses an extreme line blank (or a dash).
  const heads = trimEnd(header.fields).map(lineKey);
  for (const m of inner.means)
    for (const e of extremes) {
      const [rowLabel, colLabel] = kind === '列' ? [m.label, e.label] : [e.label, m.label];
      const row = records.slice(1).find((r) => lineKey(r.fields[0] ?? '') === lineKey(rowLabel));
      const c = heads.indexOf(lineKey(colLabel));
      if (!row || c < 1) return undefined;
      const text = lineKey(row.fields[c] ?? '');
      if (text !== '' && !/^[-－—]$/.test(text)) return undefined;
    }
  const kept = withoutLines(
    inner.records,
    kind,
    extremes.map((e) => e.label),
  );
  return { records: kept, means: [...inner.means, ...extremes] };
}

/** A line's label as lines are matched when set aside (NFKC, trimmed). */
const lineKey = (label: string) => normalise(label).trim();

/** `records` (header line first) without its columns (「列」) or rows (「行」) labelled one of `labels` (`lineKey`). */
function withoutLines(records: readonly CsvRecord[], kind: '列' | '行', labels: readonly string[]): CsvRecord[] {
  const drop = new Set(labels.map(lineKey));
  const heads = trimEnd(records[0]!.fields);
  return kind === '列'
    ? records.map((r) => ({ ...r, fields: r.fields.filter((_, c) => c === 0 || !drop.has(lineKey(heads[c] ?? ''))) }))
    : records.filter((r, i) => i === 0 || !drop.has(lineKey(r.fields[0] ?? '')));
}

/** The column and row headers of `records` (header line first, a label column), as `setAsideMeans` reads them. */
function headersOf(records: readonly CsvRecord[]): { cols: Header[]; rows: Header[] } {
  return {
    cols: buildHeaders(trimEnd(records[0]!.fields).slice(1)).headers,
    rows: buildHeaders(records.slice(1).map((r) => r.fields[0] ?? '')).headers,
  };
}

/**
 * A label of a mean of something else than the counts, per patient (means39): 「平均年齢」「平均在院日数」「BMI（平均）」
 * 「Mean age」「Age, mean」 — a word of a mean, not a bare one (`BARE_MEAN`), no other statistic's word, and no count
 * averaged (「平均患者数」「年平均件数」: a mean of counts over time, no weighted mean of the groups).
 */
const MEAN_WORD = /平均|\bmean\b|\baverage\b|\bavg\b/i;
const NOT_WEIGHTED =
  /中央値|標準偏差|標準誤差|分散|四分位|最小|最大|最頻|幾何|信頼区間|比|率|%|±|あたり|当たり|件数|人数|患者数|例数|症例数|[人件名例]\s*$|[/／]|\bsd\b|\bse\b|\bmedian\b|\biqr\b|\bci\b|\bratio\b|\brate\b|\brange\b|\bper\b|\bgeo|\bn\b|\bcount|\bpatients\b|\bcases\b/i;
export const weightedMeanLabel = (label: string): boolean => {
  const t = normalise(label).trim();
  return t.length <= 30 && MEAN_WORD.test(t) && !BARE_MEAN.test(t) && !NOT_WEIGHTED.test(t);
};

/** means48: a mean's label naming its SD after it (「平均年齢（SD）」「Mean LOS (SD)」「平均在院日数 ± SD」「平均 (SD)」). */
const SD_AFTER = /(?:[(（]\s*(?:SD|S\.D\.|標準偏差)\s*[)）]|[±]\s*(?:SD|S\.D\.|標準偏差))\s*$/i;
/**
 * means48: a line of 「平均 (SD)」 cells, a mean of something per patient with its SD (「62.1 (10.2)」「62.1 ± 10.2」):
 * read as a mean of something else (the mean part; the SD is of the patients' values and bounds nothing of the counts
 * the engine uses — our reading), so its label is a weighted mean's with the SD named after it, bare 「平均 (SD)」 too.
 */
export const meanSdLabel = (label: string): boolean => {
  const t = normalise(label).trim();
  if (!SD_AFTER.test(t)) return false;
  const rest = t.replace(SD_AFTER, '').trim();
  return weightedMeanLabel(rest) || /^(?:平均|平均値|mean|average)$/i.test(rest);
};
const MEAN_SD_VALUE = /^\s*([-−]?[\d,]+(?:\.\d+)?)\s*(?:[(（]\s*[\d,]+(?:\.\d+)?\s*[)）]|[±]\s*[\d,]+(?:\.\d+)?)\s*$/;
/**
 * A weighted mean's printed value (means39): a plain number, or the mean part of 「m (SD)」「m ± SD」 (means48, our
 * reading: the SD constrains nothing the engine uses).
 */
export function meanValue(text: string | undefined): { value: number; decimals: number } | undefined {
  const plain = plainNumber(text);
  if (plain) return plain;
  const m = MEAN_SD_VALUE.exec(normalise(text ?? ''));
  return m ? plainNumber(m[1]!.replace('−', '-')) : undefined;
}

/** A line of means of something else set aside from the counts (`setAsideWeighted`, means39). */
export interface SetAsideWeighted {
  kind: '列' | '行';
  label: string;
  line: number;
  /** Each printed value: where across (a row's record line for a column of means, a column's label for a row of means). */
  values: { line: number; label: string; text: string }[];
}

/** means48: the lines of counts up to which `tableWeighted` tries every set of them as a mean's weights; past it, pairs. */
const WEIGHT_SETS_UP_TO = 8;

/**
 * Lines of means of something else (「平均年齢」「平均在院日数」「Mean BMI」, means39), refused before as statistics
 * (`header/statistic`): set aside from the counts as a line of means is, to be read as weighted means by
 * `tableWeighted`. Only where every value is a plain number (blanks aside), every such line on one axis, and no
 * other statistic in the table (left to readTable's refusal as before).
 */
function setAsideWeighted(records: CsvRecord[]): { records: CsvRecord[]; weighted: SetAsideWeighted[] } | undefined {
  if (records.length < 2) return undefined;
  const header = records[0]!;
  const colRaws = trimEnd(header.fields).slice(1);
  const rowRecords = records.slice(1);
  const cols = buildHeaders(colRaws).headers;
  const rows = buildHeaders(rowRecords.map((r) => r.fields[0] ?? '')).headers;
  if (cols.length !== colRaws.length || rows.length !== rowRecords.length) return undefined;
  const statistic = (h: Header, axis: readonly Header[]) =>
    STATISTIC_LABEL.test(normalise(h.label)) ||
    STATISTIC_ACRONYM.test(normalise(h.label)) ||
    statisticWord(
      h.label,
      axis.map((x) => x.label),
    );
  const colMeans = cols.flatMap((h, c) => (weightedMeanLabel(h.label) || meanSdLabel(h.label) ? [c] : []));
  const rowMeans = rows.flatMap((h, i) => (weightedMeanLabel(h.label) || meanSdLabel(h.label) ? [i] : []));
  if (colMeans.length > 0 === rowMeans.length > 0) return undefined;
  const kind = colMeans.length > 0 ? ('列' as const) : ('行' as const);
  const means = kind === '列' ? colMeans : rowMeans;
  const own = kind === '列' ? cols : rows;
  const across = kind === '列' ? rows : cols;
  if (own.length - means.length < 1 || across.length < 1) return undefined;
  // Any other statistic on either axis is left to readTable's refusal as before.
  if (own.some((h, i) => !means.includes(i) && statistic(h, own)) || across.some((h) => statistic(h, across))) return undefined;
  const field = (i: number, j: number) =>
    normalise((kind === '列' ? rowRecords[j]!.fields[i + 1] : rowRecords[i]!.fields[j + 1]) ?? '').trim();
  const out: SetAsideWeighted[] = [];
  for (const i of means) {
    const texts = across.map((_, j) => field(i, j));
    // A value with its SD (「60 (10)」「60 ± 10」) read by its mean part (means48: one number after a mean, its SD or
    // SE, bounds nothing of the counts); with a range (「60 (40–80)」): left to readTable's refusal as before.
    const valueOf = meanValue;
    if (!texts.every((t) => t === '' || /^[-－—]$/.test(t) || valueOf(t) !== undefined)) return undefined;
    // A 0/1 variable's mean with its SD (「死亡 mean (SD)」 0.03 (0.18): a share, its SD giving it back, rates11/12) is
    // left to readTable's refusal: with an SD, read only where some mean is over 1 (no share).
    const withSd = texts.filter((t) => t !== '' && plainNumber(t) === undefined && meanValue(t) !== undefined);
    if (withSd.length > 0 && !texts.some((t) => (meanValue(t)?.value ?? 0) > 1)) return undefined;
    out.push({
      kind,
      label: own[i]!.label,
      line: kind === '列' ? header.line : rowRecords[i]!.line,
      values: across.flatMap((_, j) =>
        valueOf(texts[j]!) === undefined
          ? []
          : [
              {
                line: kind === '列' ? rowRecords[j]!.line : header.line,
                label: kind === '列' ? (rowRecords[j]!.fields[0] ?? '') : colRaws[j]!,
                text: texts[j]!,
              },
            ],
      ),
    });
  }
  const kept =
    kind === '列'
      ? records.map((r) => ({ ...r, fields: r.fields.filter((_, k) => k === 0 || !means.includes(k - 1)) }))
      : records.filter((_, k) => k === 0 || !means.includes(k - 1));
  return { records: kept, weighted: out };
}

/**
 * The means of something else `setAsideWeighted` set aside, read as weighted means (means39, our reading): each
 * relation of the table across (a total line and its parts, labelled or found by arithmetic: `equations`) says the
 * total's mean M is its parts' means m_j weighted by their sizes n_j — the lines of counts at each position (their
 * total line where there is one, else their sum; `group`) — Σ n_j·m_j = N·M within rounding, linear in the counts
 * given the printed intervals: Σ n_j·(m_j − h_j) ≤ N·(M + H) and Σ n_j·(m_j + h_j) ≥ N·(M − H) (check.ts
 * `weightedRows`). A mean at no relation's total is no equation on counts: published. A total's mean has every
 * count of its relations as its events (hidden where any is, unless check.ts `meansShown` shows its rows protect).
 * Refused, saying why, where a count is no whole number, two lines of counts are totals, or the printed counts do
 * not fit a relation's inequalities (the mean is then of other patients than the counts').
 */
function tableWeighted(
  table: Table,
  weighted: readonly SetAsideWeighted[],
  exposures: NonNullable<PersonTimeReading['exposures']> = [],
): { rates: TableRate[]; byN: string[] } | { error: InputError; unfit?: true } {
  const same = (a: string, b: string) => normalise(a).trim() === normalise(b).trim();
  const rates: TableRate[] = [];
  // means46: the lines whose total's mean fits only each line's own N printed (no equation on the counts).
  const byN: string[] = [];
  for (const w of weighted) {
    const axis = w.kind === '列' ? ('cols' as const) : ('rows' as const);
    const own = axis === 'cols' ? table.cols : table.rows;
    const across = axis === 'cols' ? table.rows : table.cols;
    const refuse = (text: string) => ({
      error: {
        code: 'header/statistic',
        message: `${w.kind}${quote(w.label)}は平均・中央値・比などの統計量のようで、患者数として確かめられません。各${w.kind === '列' ? '行' : '列'}の人数で重みづけた平均として読もうとしましたが、${text}（チェッカーの判断）`,
        hint: '全体と群ごとの平均から群の人数が計算で分かることがあります（Σ 人数 × 平均 = 全体の人数 × 全体の平均）。平均を除いた人数の表を確かめ、平均は別に審査を受けてください',
        place: { table: table.number, line: w.line, ...(axis === 'cols' ? { col: w.label } : { row: w.label }) },
      },
    });
    const rowAt = (line: number) => table.rows.findIndex((_, i) => table.cells[i]?.[0]?.line === line);
    const colAt = (label: string) => {
      const found = table.cols.map((h, j) => (same(h.label, label) ? j : -1)).filter((j) => j >= 0);
      return found.length === 1 ? found[0]! : -1;
    };
    const ats = w.values.map((v) => (axis === 'cols' ? rowAt(v.line) : colAt(v.label)));
    if (ats.some((a) => a < 0)) return refuse('その人数を読んだ表の中に見つけられませんでした');
    const ownTotals = own.flatMap((h, l) => (isTotalLabel(h.label) ? [l] : []));
    const count = ([r, c]: [number, number]) => {
      const v = table.cells[r]?.[c]?.value;
      return v?.kind === 'count' && v.percent === undefined && v.rate === undefined ? v.n : undefined;
    };
    const cellOf = (l: number, at: number): [number, number] => (axis === 'cols' ? [at, l] : [l, at]);
    // The relations across: a total line (labelled or found) and its parts.
    const seen = new Set<string>();
    const relations = equations(table)
      .filter((e) => e.along !== axis && e.header !== null)
      .flatMap((e) => {
        const total = e.header!;
        const parts = e.terms.filter((x) => x.coef === 1).map((x) => (axis === 'cols' ? x.row : x.col));
        const key = `${total}:${parts.join(',')}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ total, parts }];
      });
    const printed = (at: number) => {
      const k = ats.indexOf(at);
      return k < 0 ? undefined : meanValue(w.values[k]!.text);
    };
    // means46: the readings of each position's size n_j, tried in turn (our reading): the lines' own N printed
    // (`count/sizes`, the header's `denominator`: constants, no equation on the counts), the counts of the total
    // line or of every line (means39), then each single line of counts (「患者数」 beside its part 「死亡」 and a sum
    // read as counts, 「総投与量（mg）」). A reading has a size at every position; it fits where every relation's total
    // mean is its parts' means weighted by those sizes within rounding. Every reading of counts that fits is protected
    // (check.ts `weightedRows`, one relation each); refused only where none fits.
    // `key` (means48): the reading's lines as bits — each line of counts by its place in `parts`, each line of
    // constants after them — where the reading is a set of them (not a total line's), for pruning rows implied by others.
    type Reading = {
      size: (at: number) => number;
      group?: (at: number) => [number, number][];
      offset?: (at: number) => number;
      key?: number;
    };
    const readings: Reading[] = [];
    const denominators = across.map((h) => h.denominator);
    if (denominators.every((d) => d !== undefined)) readings.push({ size: (at) => denominators[at]! });
    const lineReading = (lines: readonly number[]): Reading | undefined => {
      const cells = across.map((_, at) => lines.map((l) => cellOf(l, at)));
      const ns = cells.map((xs) => xs.map(count));
      if (ns.some((xs) => xs.some((x) => x === undefined))) return undefined;
      return { size: (at) => ns[at]!.reduce((x, y) => x! + y!, 0)!, group: (at) => cells[at]! };
    };
    const parts = own.map((_, l) => l).filter((l) => !(ownTotals.length === 1 && l === ownTotals[0]));
    const keyOf = (lines: readonly number[]) => lines.reduce((a, l) => a | (1 << parts.indexOf(l)), 0);
    const joint = ownTotals.length <= 1 ? lineReading(ownTotals.length === 1 ? ownTotals : own.map((_, l) => l)) : undefined;
    if (joint) readings.push(ownTotals.length === 1 ? joint : { ...joint, key: keyOf(parts) });
    if (own.length > 1)
      for (const l of own.keys()) {
        if (ownTotals.length === 1 && l === ownTotals[0]) continue;
        const one = lineReading([l]);
        if (one) readings.push({ ...one, key: keyOf([l]) });
      }
    // means47: the sums of several lines of counts (「患者数」 + its part 「死亡」, 「死亡」 + a sum read as counts): no
    // mean of those patients by the labels, but an attacker trying every set of lines as the weights finds the ones the
    // 合計's mean fits (our reading: protected as any reading that fits). Every set of two or more lines short of them
    // all (the joint reading above); means48: up to `WEIGHT_SETS_UP_TO` lines (8: 246 sets; means47 stopped at 5, and
    // on 6–8 lines an attacker pinned what pairs left open), the rows a set's are implied by (two fitting sets it splits
    // into) pruned below; past that, pairs.
    const partSets =
      parts.length <= 2
        ? []
        : parts.length <= WEIGHT_SETS_UP_TO
          ? everySet(parts)
          : parts.flatMap((a, k) => parts.slice(k + 1).map((b) => [a, b]));
    for (const set of partSets.filter((x) => x.length >= 2 && x.length < parts.length)) {
      const several = lineReading(set);
      if (several) readings.push({ ...several, key: keyOf(set) });
    }
    // means47: a line of constants printed (the rows' own N, 「患者数」 read as `count/sizes`; a line of person-time set
    // aside, 「延べ入院日数」) added to a reading of counts (N + 「死亡」, 「死亡」 + the days): constants at each position
    // (`offset`), the counts the variables. Every nonempty set of those lines of constants with each reading of counts.
    const constants: ((at: number) => number)[] = [];
    if (denominators.every((d) => d !== undefined)) constants.push((at) => denominators[at]!);
    for (const e of exposures.filter((x) => x.axis === axis)) {
      const values = across.map((_, at) => {
        const v = e.values.find((x) => (axis === 'cols' ? rowAt(x.line) === at : colAt(x.label) === at));
        return v ? plainNumber(normalise(v.text).trim())?.value : undefined;
      });
      if (values.every((v) => v !== undefined)) constants.push((at) => values[at]!);
    }
    const ofCounts = readings.filter((x) => x.group !== undefined);
    // means48: the constants alone (no counts) per set, for pruning only (their rows hold no count).
    const constantSets: Reading[] = [];
    if (constants.length <= 3)
      for (let m = 1; m < 1 << constants.length; m++) {
        const cs = constants.filter((_, k) => m & (1 << k));
        const offset = (at: number) => cs.reduce((a, c) => a + c(at), 0);
        const bits = m * (1 << parts.length);
        constantSets.push({ size: offset, key: bits });
        for (const x of ofCounts)
          readings.push({
            size: (at) => offset(at) + x.size(at),
            group: x.group!,
            offset,
            ...(x.key !== undefined && { key: x.key | bits }),
          });
      }
    if (readings.length === 0)
      return refuse(
        ownTotals.length > 1
          ? '人数の合計の行・列が複数あり、どれが平均の重みか決められません'
          : '人数でないセルがあり、平均の重みを決められません',
      );
    // Whether a reading fits a relation (no mean at its total: it does).
    const fits = (reading: Reading, { total, parts }: { total: number; parts: number[] }) => {
      const M = printed(total);
      if (!M) return true;
      const H = 0.5 * 10 ** -M.decimals;
      const N = reading.size(total);
      let low = 0;
      let high = 0;
      let all = true;
      for (const j of parts) {
        const m = printed(j);
        if (!m) {
          if (reading.size(j) > 0) all = false;
          continue;
        }
        const h = 0.5 * 10 ** -m.decimals;
        low += reading.size(j) * (m.value - h);
        high += reading.size(j) * (m.value + h);
      }
      return !(low > N * (M.value + H) + 1e-6 || (all && high < N * (M.value - H) - 1e-6));
    };
    // A relation the labels declare (a total line over its parts) must fit; one found by arithmetic alone (one line
    // of counts where a group's count is the sum of two others' by chance, 「D群」 = 「A群」 + 「C群」) is the mean's only
    // where the reading fits it (our reading: else no equation of those patients, and not a reason to refuse).
    const declared = (x: { total: number }) => across[x.total]!.kind === 'total' || across[x.total]!.children.length > 0;
    const misfit = (reading: Reading) => relations.find((x) => declared(x) && !fits(reading, x));
    const fitting = readings.filter((x) => misfit(x) === undefined);
    if (fitting.length === 0)
      return {
        unfit: true as const,
        ...refuse(
          `${quote(across[misfit(readings[0]!)!.total]!.label)}の平均が、その内訳の${w.kind === '列' ? '行' : '列'}の平均を人数で重みづけた平均に丸めの範囲で合わず（各${w.kind === '列' ? '行' : '列'}の N、人数の合計、人数の${w.kind === '列' ? '列' : '行'}のどれで重みづけても）、表の人数の平均と読めません`,
        ),
      };
    const counted = fitting.filter((x) => x.group !== undefined);
    // Each cell's `group` (and `sumOverMean`'s first size): the first reading of counts that fits, else the first.
    const first = counted[0] ?? readings.find((x) => x.group !== undefined);
    const group = first?.group ?? ((): [number, number][] => []);
    // means48: a set's rows are the sums of the rows of any two sets it splits into (the sizes add up line by line),
    // so where both halves fit the relation (a half of constants alone: a true inequality with no count), its rows are
    // implied and left out — the same region, fewer rows (so 8 lines stay fast).
    const fitKeys = relations.map(
      (rel) => new Set([...counted, ...constantSets].filter((x) => x.key !== undefined && fits(x, rel)).map((x) => x.key!)),
    );
    const implied = (key: number, r: number) => {
      for (let sub = (key - 1) & key; sub > 0; sub = (sub - 1) & key) if (fitKeys[r]!.has(sub) && fitKeys[r]!.has(key ^ sub)) return true;
      return false;
    };
    const byReading = counted.flatMap((x) =>
      relations
        .filter((rel, r) => fits(x, rel) && !(x.key !== undefined && implied(x.key, r)))
        .map(({ total, parts }) => ({
          total,
          parts,
          groups: across.map((_, at) => x.group!(at)),
          ...(x.offset && { offsets: across.map((_, at) => x.offset!(at)) }),
        })),
    );
    const denominated = counted.length === 0;
    const totals = new Set(byReading.filter((x) => printed(x.total) !== undefined).map((x) => x.total));
    if (denominated && relations.some((x) => printed(x.total) !== undefined && fitting.some((y) => fits(y, x)))) byN.push(w.label);
    const perSum = sumOverMean(table, axis, ats, w, group, exposures);
    rates.push({
      ...statisticLine(axis, w.label, '平均'),
      weighted: byReading,
      cells: w.values.map((v, j) => {
        const at = ats[j]!;
        const of = byReading.filter((x) => x.total === at);
        const events = of.flatMap((x) => [x.total, ...x.parts].flatMap((k) => x.groups[k]!));
        const tie = perSum?.get(at);
        const tied = tie ? [...tie.sizes, ...(tie.sum ? [tie.sum] : [])] : [];
        const all = [...(totals.has(at) ? events : []), ...tied];
        return {
          at,
          text: v.text,
          events: all.filter(([r, c], k) => all.findIndex(([r2, c2]) => r2 === r && c2 === c) === k),
          baseText: '',
          group: group(at),
          ...(totals.has(at) && { total: true as const }),
          ...(tie && { perSum: tie }),
        };
      }),
    });
  }
  return { rates, byN };
}

/**
 * red46: a line of means of something else (「平均入院日数」) beside a line of its sum over the same patients
 * (「延べ入院日数」「Total LOS (days)」): the sum is the mean × the 患者数 within rounding, so the two published give the
 * 患者数 back (15 ÷ 15.0 = 3) — a group's mean is then an equation on the counts after all. The sum is a line of
 * person-time set aside (`exposures`, a printed constant) or another line of counts of the table (a variable), on the
 * mean's axis; the 患者数 the weighted mean's group at each position (`group`) or any one line of counts of that axis.
 * Tied where, at every position where the mean, the sum and the 患者数 are printed (one at least), the sum lies within
 * 患者数 × (mean ± half its last digit) (± half the sum's): the first such pair of sum and 患者数 lines, each position's
 * cells (`TableRate` cell `perSum`). Our reading (チェッカーの判断): an attacker needs no label to divide; a chance fit
 * only hides the mean more often (check.ts `meansShown` publishes it where its rows leave every hidden count protected).
 */
function sumOverMean(
  table: Table,
  axis: 'rows' | 'cols',
  ats: readonly number[],
  w: SetAsideWeighted,
  group: (at: number) => [number, number][],
  exposures: NonNullable<PersonTimeReading['exposures']>,
): Map<number, NonNullable<TableRate['cells'][number]['perSum']>> | undefined {
  const own = axis === 'cols' ? table.cols : table.rows;
  const across = axis === 'cols' ? table.rows : table.cols;
  const cellOf = (l: number, at: number): [number, number] => (axis === 'cols' ? [at, l] : [l, at]);
  const count = ([r, c]: [number, number]) => {
    const v = table.cells[r]?.[c]?.value;
    return v?.kind === 'count' && v.percent === undefined && v.rate === undefined ? v.n : undefined;
  };
  const countLines = own.map((_, l) => l).filter((l) => across.some((_, at) => count(cellOf(l, at)) !== undefined));
  const same = (a: string, b: string) => normalise(a).trim() === normalise(b).trim();
  // Each sum line: its printed value at each position across (undefined where none), and its cell where a count.
  const sums: { value: (at: number) => { value: number; half: number } | undefined; cell?: (at: number) => [number, number] }[] = [
    ...exposures
      .filter((e) => e.axis === axis)
      .map((e) => ({
        value: (at: number) => {
          const found = e.values.find((v) => (axis === 'cols' ? table.cells[at]?.[0]?.line === v.line : same(v.label, across[at]!.label)));
          const n = found && plainNumber(found.text.replace(/,/g, ''));
          return n && { value: n.value, half: 0.5 * 10 ** -n.decimals };
        },
      })),
    ...countLines.map((l) => ({
      value: (at: number) => {
        const n = count(cellOf(l, at));
        return n === undefined ? undefined : { value: n, half: 0 };
      },
      cell: (at: number) => cellOf(l, at),
    })),
  ];
  const sizes: ((at: number) => [number, number][])[] = [group, ...countLines.map((l) => (at: number) => [cellOf(l, at)])];
  const meanAt = (at: number) => {
    const k = ats.indexOf(at);
    const m = k < 0 ? undefined : meanValue(w.values[k]!.text);
    return m && { value: m.value, half: 0.5 * 10 ** -m.decimals };
  };
  for (const sum of sums)
    for (const size of sizes) {
      const out = new Map<number, NonNullable<TableRate['cells'][number]['perSum']>>();
      let fits = true;
      for (const at of ats) {
        const m = meanAt(at);
        const s = sum.value(at);
        const cells = size(at);
        const ns = cells.map(count);
        if (!m || !s || ns.some((n) => n === undefined)) continue;
        const cell = sum.cell?.(at);
        if (cell && cells.some(([r, c]) => r === cell[0] && c === cell[1])) {
          fits = false;
          break;
        }
        const n = ns.reduce((a, b) => a! + b!, 0)!;
        if (n === 0 || s.value + s.half < n * (m.value - m.half) - 1e-9 || s.value - s.half > n * (m.value + m.half) + 1e-9) {
          fits = false;
          break;
        }
        out.set(at, { sizes: cells, ...(cell ? { sum: cell } : { lo: s.value - s.half, hi: s.value + s.half }) });
      }
      if (fits && out.size > 0) return out;
    }
  return undefined;
}

/**
 * means49: a line of means of something else whose 合計 fits no weights of its own table (表2 死亡・平均入院日数 with a
 * 合計: the 合計's mean is 延べ入院日数 ÷ 患者数 of 表1) read with the weights of another table of the same labels across
 * (every label of the mean's table across once there, as many): `tableWeighted` run on that table with the mean placed
 * on its lines (its relations, its lines of counts and of constants as the weights, its sum tied by `sumOverMean`), the
 * reading moved back to the mean's table (`weighted[].table`, each cell's counts in `there`, `perSum.table`). Our reading
 * (チェッカーの判断), said in `layout/mean`: the same labels are the same groups; refused as before where none fits.
 */
function weightsElsewhere(
  tables: readonly Table[],
  unfit: readonly { table: Table; w: SetAsideWeighted; error?: InputError; fitted?: TableRate }[],
  exposuresOf: ReadonlyMap<Table, NonNullable<PersonTimeReading['exposures']>>,
  out: { errors: InputError[]; warnings: Warning[] },
): void {
  const norm = (x: string) => normalise(x).trim();
  for (const { table: T, w, error, fitted } of unfit) {
    const ti = tables.indexOf(T);
    const axisT = w.kind === '列' ? ('cols' as const) : ('rows' as const);
    const acrossT = axisT === 'cols' ? T.rows : T.cols;
    const atT = w.values.map((v) =>
      axisT === 'cols'
        ? T.rows.findIndex((_, i) => T.cells[i]?.[0]?.line === v.line)
        : T.cols.findIndex((h) => norm(h.label) === norm(v.label)),
    );
    let read: { ui: number; rate: TableRate } | undefined;
    if (ti >= 0 && atT.every((a) => a >= 0))
      tables.forEach((U, ui) => {
        if (read || ui === ti) return;
        for (const axis of ['cols', 'rows'] as const) {
          if (read) return;
          const uAcross = axis === 'cols' ? U.rows : U.cols;
          if (uAcross.length !== acrossT.length) continue;
          const posOf = acrossT.map((h) => {
            const found = uAcross.flatMap((x, j) => (norm(x.label) === norm(h.label) ? [j] : []));
            return found.length === 1 ? found[0]! : -1;
          });
          if (posOf.some((p) => p < 0) || new Set(posOf).size !== posOf.length) continue;
          // The two tables side by side (U's lines, then T's, across in U's order): every set of their lines tried.
          const posT = uAcross.map((_, p) => posOf.indexOf(p));
          const nU = axis === 'cols' ? U.cols.length : U.rows.length;
          const merged: Table =
            axis === 'cols'
              ? { ...U, cols: [...U.cols, ...T.cols], cells: U.cells.map((row, i) => [...row, ...T.cells[posT[i]!]!]) }
              : { ...U, rows: [...U.rows, ...T.rows], cells: [...U.cells, ...T.cells.map((row) => posT.map((k) => row[k]!))] };
          const w2: SetAsideWeighted = {
            kind: axis === 'cols' ? '列' : '行',
            label: w.label,
            line: w.line,
            values: w.values.map((v, k) => {
              const p = posOf[atT[k]!]!;
              return {
                line: axis === 'cols' ? (U.cells[p]?.[0]?.line ?? -1) : U.line,
                label: axis === 'cols' ? '' : U.cols[p]!.label,
                text: v.text,
              };
            }),
          };
          const r = tableWeighted(merged, [w2], exposuresOf.get(U) ?? []);
          if ('error' in r || r.rates.length !== 1) continue;
          const back = (p: number) => posOf.indexOf(p);
          // A cell of the merged table: in T (its own lines, across moved back) or in U.
          const inT = ([r0, c0]: [number, number]) => (axis === 'cols' ? c0 >= nU : r0 >= nU);
          const toT = ([r0, c0]: [number, number]): [number, number] => (axis === 'cols' ? [back(r0), c0 - nU] : [r0 - nU, back(c0)]);
          const rate = r.rates[0]!;
          const moved = <X>(xs: readonly X[]) => acrossT.map((_, at) => xs[posOf[at]!]!);
          const perSums = rate.cells.flatMap((c) => (c.perSum ? [[...c.perSum.sizes, ...(c.perSum.sum ? [c.perSum.sum] : [])]] : []));
          if (perSums.some((cells) => cells.some(inT) && !cells.every(inT))) continue;
          read = {
            ui,
            rate: {
              ...rate,
              axis: axisT,
              weighted: (rate.weighted ?? []).map((x) => ({
                total: back(x.total),
                parts: x.parts.map(back),
                ...(x.groups && {
                  groups: moved(x.groups.map((g) => g.map((cell) => (inT(cell) ? toT(cell) : cell)))),
                  tables: moved(x.groups.map((g) => g.map((cell) => (inT(cell) ? ti : ui)))),
                }),
                ...(x.offsets && { offsets: moved(x.offsets) }),
              })),
              cells: rate.cells.map((c) => {
                const { group: _group, perSum, ...rest } = c;
                const there = c.events.filter((e) => !inT(e));
                const mine = perSum && [...perSum.sizes, ...(perSum.sum ? [perSum.sum] : [])].some(inT);
                return {
                  ...rest,
                  at: back(c.at),
                  events: c.events.filter(inT).map(toT),
                  ...(there.length > 0 && { there: { table: ui, events: there } }),
                  ...(perSum &&
                    (mine
                      ? { perSum: { ...perSum, sizes: perSum.sizes.map(toT), ...(perSum.sum && { sum: toT(perSum.sum) }) } }
                      : { perSum: { ...perSum, table: ui } })),
                };
              }),
            },
          };
        }
      });
    // means53: weights that are the sum of a line in each of two other tables (表1 男性 + 表2 女性), means55: or three
    // (+ 表4 不明): read where one set fits; where several do, read with every one's relation (`weightsAcrossTwo`).
    if (!read && error && ti >= 0 && atT.every((a) => a >= 0)) {
      const { fits: two, cut, wide } = weightsAcrossTwo(tables, T, ti, w, atT);
      // A search cut short proves no set of fits the whole: refused, saying so (past ACROSS_TRIES, not silently).
      if (cut) {
        out.errors.push({
          ...error,
          message: `${error.message}。一つ以上の表の行・列の和を重みとする読み方は、${acrossCut(two.length, wide)}ため、すべては試していません（チェッカーの判断）。重みとなる人数の列（行）を平均と同じ表に示すか、平均の見出しにどの患者の平均かを書いてください`,
        });
        continue;
      }
      // means55: several sets fitting are all read (an attacker may take any): the first set's reading with each other
      // set's relation added, the 合計's mean published only where every one of them keeps the hidden counts protected.
      if (two.length >= 1) {
        const rate = two[0]!.rate;
        mergeFits(rate, two.slice(1));
        T.rates = [...(T.rates ?? []), rate];
        out.warnings.push({
          code: 'layout/mean',
          message:
            `表${T.number}: ${w.kind}${quote(w.label)}は人数ではなく、各${w.kind === '列' ? '行' : '列'}の患者の何かの平均と読み、確かめる表から除きました（チェッカーの判断）。` +
            (two.length === 1
              ? `合計の平均は、表${T.number}の人数で重みづけた平均には合いませんが、同じ見出しの${two[0]!.words}の和を人数として重みづけた平均（丸めの幅つき）に合い、そう合う組み合わせはこれ一つのため、その人数の平均と読みました。` +
                `その式を加えても秘匿した数が守られる場合だけ合計の平均を載せ、それ以外は平均も秘匿します（チェッカーの判断）`
              : `合計の平均は、表${T.number}の人数で重みづけた平均には合いませんが、同じ見出しの表の行・列（一つ以上の表、その和）を人数とする組み合わせが ${two.length} 通り合い（${two
                  .slice(0, 3)
                  .map((x) => x.words)
                  .join(
                    '、',
                  )}${two.length > 3 ? 'ほか' : ''}）、どの人数の平均か決められません。読む人はどれも取りうるため、そのすべての式を加えても秘匿した数が守られる場合だけ合計の平均を載せ、それ以外は平均も秘匿します（チェッカーの判断）。` +
                `重みとなる人数の列（行）を平均と同じ表に示すか、平均の見出しにどの患者の平均かを書くと、その一つの式だけで確かめます`),
          place: linePlace(T.number, w),
        });
        continue;
      }
    }
    // means53: a line read (its own table's weights, or one other's) whose 合計 fits weights across two other tables
    // too: each of those readings added as a relation of its own (every one protected: an attacker may take any).
    if ((read || fitted) && ti >= 0 && atT.every((a) => a >= 0)) {
      const rate = fitted ?? read!.rate;
      const { fits, cut, wide, unsearched } = weightsAcrossTwo(tables, T, ti, w, atT);
      // means57: cut short, the 合計's mean hidden with any count an untried set could weigh (never `shown`).
      const at = rate.cells.find((c) => c.total);
      if (cut && at) {
        at.unsearched = true;
        at.thereAlso = [...(at.thereAlso ?? []), ...unsearched];
      }
      if (cut)
        out.warnings.push({
          code: 'means/not-searched',
          message: `表${T.number}: ${w.kind}${quote(w.label)}の合計の平均が、一つ以上の表の行・列の和を人数として重みづけた平均にも合うかは、${acrossCut(fits.length, wide)}ため、すべては試していません。試していない読み方から秘匿した数が割り出せるかは確かめられないため、それらの表で数を秘匿するときは合計の平均も秘匿します（チェッカーの判断）。表を分けるか、平均の見出しにどの患者の平均かを書いてください`,
          place: linePlace(T.number, w),
        });
      mergeFits(rate, fits);
    }
    if (!read) {
      if (error) out.errors.push(error);
      continue;
    }
    if (fitted) {
      // Read in its own table already: the other table's readings added to it, each cell bearing on both.
      const cross = read.rate;
      fitted.weighted = [...(fitted.weighted ?? []), ...(cross.weighted ?? []).filter((x) => x.tables?.some((t) => t.includes(read!.ui)))];
      for (const c of fitted.cells) {
        const d = cross.cells.find((x) => x.at === c.at);
        if (!d) continue;
        c.events = [...c.events, ...d.events.filter(([r, k]) => !c.events.some(([r2, k2]) => r2 === r && k2 === k))];
        if (d.there) c.there = d.there;
        if (d.total) c.total = true;
        if (!c.perSum && d.perSum) c.perSum = d.perSum;
      }
    } else T.rates = [...(T.rates ?? []), read.rate];
    const U = tables[read.ui]!;
    const unit = w.kind === '列' ? '行' : '列';
    out.warnings.push({
      code: 'layout/mean',
      message:
        `表${T.number}: ${w.kind}${quote(w.label)}は人数ではなく、各${unit}の患者の何かの平均と読み、確かめる表から除きました（チェッカーの判断）。` +
        `合計の${unit}の平均は${fitted ? `表${T.number}の人数で重みづけた平均のほか` : `表${T.number}の人数で重みづけた平均には合いませんが`}、同じ見出しの表${U.number}の人数で重みづけた平均（Σ 人数 × 平均 = 全体の人数 × 全体の平均、丸めの幅つき）に合うため、表${U.number}の患者の平均と読みました。` +
        `その式（と表${U.number}の和 ÷ 平均）を加えても表${U.number}で秘匿した数が守られる場合だけ平均を載せ、それ以外は平均も秘匿します（チェッカーの判断）`,
      place: linePlace(T.number, w),
    });
  }
}

/**
 * means53: the readings of a line of means `w` of table T (index `ti`, its values at T's positions across `atT`) whose
 * 合計 fits no weights of one table: weights summed over lines of two other count tables (same labels across, each
 * once), a nonempty set of lines of each (up to `ACROSS_LINES` lines a table, else one), with any set of T's own lines
 * of counts, whose sum at every position weighs the groups' means into the 合計's within rounding (Σ n·(m − h) ≤
 * N·(M + H), Σ n·(m + h) ≥ N·(M − H), N the lines' 合計 cells, else the sum of the parts). Each fit as the rate it reads
 * (one relation; the counts in the first table `there`, the second `thereAlso`, T's own the cell's `events`), with its
 * words. Our reading (チェッカーの判断).
 */
function weightsAcrossTwo(
  tables: readonly Table[],
  T: Table,
  ti: number,
  w: SetAsideWeighted,
  atT: readonly number[],
): {
  fits: { rate: TableRate; words: string }[];
  cut: boolean;
  wide: boolean;
  unsearched: { table: number; events: [number, number][] }[];
} {
  const none = { fits: [], cut: false, wide: false, unsearched: [] };
  const norm = (x: string) => normalise(x).trim();
  const axisT = w.kind === '列' ? ('cols' as const) : ('rows' as const);
  const acrossT = axisT === 'cols' ? T.rows : T.cols;
  const total = acrossT.findIndex((h) => h.kind === 'total');
  if (total < 0 || acrossT.filter((h) => h.kind === 'total').length !== 1) return none;
  const meanAt = new Map(w.values.map((v, k) => [atT[k]!, meanValue(v.text.trim())] as const));
  const M = meanAt.get(total);
  const parts = acrossT.flatMap((h, j) => (h.kind === 'item' ? [j] : []));
  if (!M || parts.length < 2 || parts.some((j) => !meanAt.get(j))) return none;
  // Each count table's lines, per orientation whose positions across carry T's labels (each once): each item line's
  // cell at each of T's positions ([-1, -1] where it has none).
  type Line = { u: number; label: string; kind: string; cells: [number, number][] };
  const linesOf = (U: Table, u: number): Line[][] =>
    (u === ti ? [axisT] : (['cols', 'rows'] as const)).flatMap((axis) => {
      const across = axis === 'cols' ? U.rows : U.cols;
      const own = axis === 'cols' ? U.cols : U.rows;
      const pos = acrossT.map((h) => {
        const found = across.flatMap((x, j) => (norm(x.label) === norm(h.label) ? [j] : []));
        return found.length === 1 ? found[0]! : -1;
      });
      if (parts.some((j) => pos[j]! < 0)) return [];
      const lines = own.flatMap((h, i) =>
        h.kind !== 'item'
          ? []
          : [
              {
                u,
                label: h.label,
                kind: axis === 'cols' ? '列' : '行',
                cells: pos.map((p): [number, number] => (p < 0 ? [-1, -1] : axis === 'cols' ? [p, i] : [i, p])),
              },
            ],
      );
      return lines.length > 0 ? [lines] : [];
    });
  const count = (l: Line, j: number) => {
    const [r, c] = l.cells[j]!;
    const cell = r < 0 ? undefined : tables[l.u]!.cells[r]?.[c];
    return cell && cell.value.kind === 'count' ? cell.value.n : undefined;
  };
  // Every nonempty set of a source's lines (up to ACROSS_LINES lines; means57: past it each line alone and the search
  // said cut short, `wide`: a set of more lines of one table is not tried).
  let wide = false;
  const setsOf = (lines: readonly Line[]): Line[][] => {
    if (lines.length <= ACROSS_LINES) return everySet(lines);
    wide = true;
    return lines.map((l) => [l]);
  };
  // T's own lines first, then each other table's (in each orientation whose labels across are T's).
  const own = T.kind === 'count' ? (linesOf(T, ti)[0] ?? []) : [];
  const sources = [...(own.length > 0 ? [own] : []), ...tables.flatMap((U, u) => (u === ti || U.kind !== 'count' ? [] : linesOf(U, u)))];
  const ownSets: Line[][] = [[], ...(own.length <= ACROSS_LINES ? setsOf(own) : ((wide = true), []))];
  const H = 0.5 * 10 ** -M.decimals;
  const out: { rate: TableRate; words: string }[] = [];
  let tried = 0;
  // means55: one, two or three sources of distinct other tables (表1 男性 + 表2 女性 + 表4 不明), each with any set of
  // T's own lines (none too): a set of T's lines with one other table's is the pair means53 tried first (a source's
  // table once in a combination: `combosOf`).
  const others = sources.flatMap((l, x) => (l[0]!.u === ti ? [] : [x]));
  // means57: and four or more (every size up to the number of other tables, smaller first, each size in order), made
  // one at a time as the search goes (each counted as a try past three: bounded by ACROSS_TRIES as the sets are).
  const nTables = new Set(others.map((x) => sources[x]![0]!.u)).size;
  function* combosOf(size: number, from = 0, acc: number[] = []): Generator<number[]> {
    if (acc.length === size) {
      yield [...acc];
      return;
    }
    for (let i = from; i <= others.length - (size - acc.length); i++) {
      const x = others[i]!;
      if (acc.some((y) => sources[y]![0]!.u === sources[x]![0]!.u)) continue;
      acc.push(x);
      yield* combosOf(size, i + 1, acc);
      acc.pop();
    }
  }
  // Each set of lines summed once (its counts at the parts, at the 合計 where every line has one, and its terms of
  // Σ n·(m ∓ h)): a try adds up one set of each source of a combination and one of T's own (four at most).
  type Sum = { lines: Line[]; parts: number; tot: number | undefined; low: number; high: number };
  const sumOf = (lines: Line[]): Sum | undefined => {
    let [sum, low, high] = [0, 0, 0];
    let tot: number | undefined = 0;
    for (const l of lines) {
      for (const j of parts) {
        const k = count(l, j);
        if (k === undefined) return undefined;
        const m = meanAt.get(j)!;
        const h = 0.5 * 10 ** -m.decimals;
        sum += k;
        low += k * (m.value - h);
        high += k * (m.value + h);
      }
      const k = count(l, total);
      tot = tot === undefined || k === undefined ? undefined : tot + k;
    }
    return { lines, parts: sum, tot, low, high };
  };
  const sumsOf = new Map(others.map((x) => [x, setsOf(sources[x]!).flatMap((ls) => sumOf(ls) ?? [])] as const));
  const ownSums = ownSets.flatMap((ls) => sumOf(ls) ?? []);
  const picked: Sum[] = [];
  // means57: a branch no choice below can fit is not walked (exact: each fit's Σ n·(m − h) − N·(M + H) ≤ 0 and
  // Σ n·(m + h) − N·(M − H) ≥ 0 are sums over the sets chosen, bounded by each source's least and greatest term; N the
  // 合計 cells (T) where every set has them, else the parts (P)).
  const [hi, lo] = [M.value + H, Math.max(0, M.value - H)];
  type Bound = { aP: number; bP: number; aT: number; bT: number };
  const boundOf = (xs: readonly Sum[]): Bound =>
    xs.reduce(
      (b, x) => ({
        aP: Math.min(b.aP, x.low - x.parts * hi),
        bP: Math.max(b.bP, x.high - x.parts * lo),
        aT: x.tot === undefined ? b.aT : Math.min(b.aT, x.low - x.tot * hi),
        bT: x.tot === undefined ? b.bT : Math.max(b.bT, x.high - x.tot * lo),
      }),
      { aP: Infinity, bP: -Infinity, aT: Infinity, bT: -Infinity },
    );
  const boundOfSource = new Map([...sumsOf].map(([x, xs]) => [x, boundOf(xs)] as const));
  const ownBound = boundOf(ownSums);
  let rest: Bound[] = [];
  const plus = (a: Bound, b: Bound): Bound => ({ aP: a.aP + b.aP, bP: a.bP + b.bP, aT: a.aT + b.aT, bT: a.bT + b.bT });
  const open = (i: number, acc: Omit<Sum, 'lines'>): boolean => {
    const r = rest[i]!;
    if (acc.low - acc.parts * hi + r.aP <= 1e-6 && acc.high - acc.parts * lo + r.bP >= -1e-6) return true;
    return acc.tot !== undefined && acc.low - acc.tot * hi + r.aT <= 1e-6 && acc.high - acc.tot * lo + r.bT >= -1e-6;
  };
  // Every choice of a set of lines of each source of a combination (its first set first), with any of T's own; true
  // where the search stopped at ACROSS_TRIES.
  const walk = (combo: readonly number[], i: number, acc: Omit<Sum, 'lines'>): boolean => {
    if (!open(i, acc)) return false;
    if (i < combo.length) {
      for (const x of sumsOf.get(combo[i]!)!) {
        picked.push(x);
        const tot = acc.tot === undefined || x.tot === undefined ? undefined : acc.tot + x.tot;
        const cut = walk(combo, i + 1, { parts: acc.parts + x.parts, tot, low: acc.low + x.low, high: acc.high + x.high });
        picked.pop();
        if (cut) return true;
      }
      return false;
    }
    for (const o of ownSums) {
      if (++tried > ACROSS_TRIES) return true;
      const tot = acc.tot === undefined || o.tot === undefined ? undefined : acc.tot + o.tot;
      const N = tot ?? acc.parts + o.parts;
      if (N === 0) continue;
      const [low, high] = [acc.low + o.low, acc.high + o.high];
      if (low > N * (M.value + H) + 1e-7 || high < N * Math.max(0, M.value - H) - 1e-7) continue;
      fit(
        picked.map((x) => x.lines),
        o.lines,
        tot !== undefined,
      );
      // Past ACROSS_FITS fitting sets the search stops too (their relations are each a pair of rows of the audit).
      if (out.length > ACROSS_FITS) return true;
    }
    return false;
  };
  const fit = (chosen: readonly Line[][], t: readonly Line[], useTotal: boolean) => {
    const set = [...chosen.flat(), ...t];
    const at = (j: number) => (j === total && !useTotal ? parts : [j]);
    const group = (j: number) => at(j).flatMap((p) => set.map((l) => l.cells[p]!));
    const tablesAt = (j: number) => at(j).flatMap(() => set.map((l) => l.u));
    const cellsIn = (ls: readonly Line[]) => ls.flatMap((l) => [...(useTotal ? [l.cells[total]!] : []), ...parts.map((p) => l.cells[p]!)]);
    // T's own counts as the cell's events; each other table's as `there` (the first) and `thereAlso`.
    const mine = set.filter((l) => l.u === ti);
    const elsewhere = chosen.filter((ls) => ls[0]!.u !== ti).map((ls) => ({ table: ls[0]!.u, events: cellsIn(ls) }));
    const rate: TableRate = {
      ...statisticLine(axisT, w.label, '平均'),
      weighted: [
        {
          total,
          parts,
          groups: acrossT.map((_, j) => (j === total || parts.includes(j) ? group(j) : [])),
          tables: acrossT.map((_, j) => (j === total || parts.includes(j) ? tablesAt(j) : [])),
        },
      ],
      cells: w.values.map((v, k) => ({
        at: atT[k]!,
        text: v.text,
        events: atT[k] === total ? cellsIn(mine) : [],
        baseText: '',
        ...(atT[k] === total && {
          total: true as const,
          there: elsewhere[0]!,
          ...(elsewhere.length > 1 && { thereAlso: elsewhere.slice(1) }),
        }),
      })),
    };
    out.push({ rate, words: set.map((l) => `表${tables[l.u]!.number}の${l.kind}${quote(l.label)}`).join('・') });
  };
  // means57: where cut short, every count any untried set could weigh (each source's lines at T's positions, T's own
  // included), for the 合計's mean to be hidden with any of them (check.ts: never published by a proof it has not).
  const unsearched = () =>
    [...new Set(sources.map((l) => l[0]!.u))].map((u) => ({
      table: u,
      events: sources.filter((l) => l[0]!.u === u).flatMap((ls) => ls.flatMap((l) => l.cells.filter(([r]) => r >= 0))),
    }));
  for (let size = 1; size <= nTables; size++)
    for (const combo of combosOf(size)) {
      if (size > 3 && ++tried > ACROSS_TRIES) return { fits: out, cut: true, wide, unsearched: unsearched() };
      rest = [ownBound];
      for (let i = combo.length - 1; i >= 0; i--) rest.unshift(plus(boundOfSource.get(combo[i]!)!, rest[0]!));
      if (walk(combo, 0, { parts: 0, tot: 0, low: 0, high: 0 })) return { fits: out, cut: true, wide, unsearched: unsearched() };
    }
  return { fits: out, cut: wide, wide, unsearched: wide ? unsearched() : [] };
}

/**
 * means53/means55: each further reading of a line of means across tables (`weightsAcrossTwo`) added to `rate`: its
 * relation, its own counts as the 合計 cell's events, its tables' counts as `thereAlso` (every one protected).
 */
function mergeFits(rate: TableRate, fits: readonly { rate: TableRate }[]): void {
  const at = rate.cells.find((c) => c.total);
  for (const { rate: x } of fits) {
    const y = x.cells.find((c) => c.total);
    if (!at || !y) break;
    rate.weighted = [...(rate.weighted ?? []), ...(x.weighted ?? [])];
    at.events = [...at.events, ...y.events.filter(([r, k]) => !at.events.some(([r2, k2]) => r2 === r && k2 === k))];
    at.thereAlso = [...(at.thereAlso ?? []), y.there!, ...(y.thereAlso ?? [])];
  }
}

/**
 * A line of statistics (means, extremes, ratios) as a `TableRate`: no scale, no base; the caller adds its cells and any
 * weights. Written out three times before (setAsideMeans, tableWeighted, weightsAcrossTwo; duplicates --change).
 */
function statisticLine(axis: 'rows' | 'cols', label: string, unit: string, events: string[] = []) {
  return { axis, label, scale: 1, scaleHi: 1, scaleWords: '', unit, events, also: [] as string[], base: '' };
}

/** means57: why `weightsAcrossTwo` stopped short, in words (past ACROSS_FITS, ACROSS_TRIES, or a table's ACROSS_LINES). */
function acrossCut(fits: number, wide: boolean): string {
  if (fits > ACROSS_FITS) return `合う組み合わせが上限（${ACROSS_FITS} 通り）を超えた`;
  if (wide)
    return `${ACROSS_LINES} を超える行・列の表は一つずつしか重みに含めていない（${ACROSS_LINES} 行・列までは、そのあらゆる組み合わせの和を試します）`;
  return `組み合わせが上限（${ACROSS_TRIES.toLocaleString('en-US')} 通り）に達した`;
}

/** means55: the fitting sets of lines `weightsAcrossTwo` reads all together; past it, refused (limit of ours, README). */
const ACROSS_FITS = 256;
/**
 * means53: the lines of a table up to which `weightsAcrossTwo` tries every set of them; past it, each alone and the
 * search said cut short (means57: 4 → 8, was silent).
 */
const ACROSS_LINES = 8;
/**
 * means53: the sets `weightsAcrossTwo` tries per line of means (an input of many tables of the same labels); past it, no
 * more (limit of ours, README). means55: 50,000 → 1,000,000, each try now four additions of sets summed once.
 */
const ACROSS_TRIES = 1_000_000;

/**
 * means48: a line of means of something else (`tableWeighted`) in one table and a line of its sum over the same
 * patients with their 患者数 in another (表1 延べ入院日数 and 患者数 by site, 表2 平均入院日数 by the same sites): the
 * sum ÷ the mean gives the other table's 患者数 back as `sumOverMean` finds within one table. Tied where the other
 * table's lines across carry the same labels (each once) at two or more of the mean's positions and, at every such
 * position printed, the sum lies within a line of its counts × (mean ± half its last digit) (`sumOverMean` on that
 * table): each cell's `perSum` with `table` the other's index, hidden with those counts unless check.ts `meansShown`
 * shows its rows protect. Our reading (チェッカーの判断), said in `layout/mean`: the same labels are the same groups, as
 * linked tables are read.
 */
function sumElsewhere(
  tables: readonly Table[],
  exposuresOf: ReadonlyMap<Table, NonNullable<PersonTimeReading['exposures']>>,
  warnings: Warning[],
): void {
  const norm = (x: string) => normalise(x).trim();
  tables.forEach((T, ti) => {
    for (const rate of T.rates ?? []) {
      if (!rate.weighted || rate.cells.some((c) => c.perSum)) continue;
      const across = rate.axis === 'cols' ? T.rows : T.cols;
      tables.forEach((U, ui) => {
        if (ui === ti || rate.cells.some((c) => c.perSum)) return;
        for (const axis of ['cols', 'rows'] as const) {
          const uAcross = axis === 'cols' ? U.rows : U.cols;
          const posOf = rate.cells.map((c) => {
            const found = uAcross.flatMap((h, j) => (norm(h.label) === norm(across[c.at]!.label) ? [j] : []));
            return found.length === 1 ? found[0]! : -1;
          });
          const shared = rate.cells.flatMap((c, k) => (posOf[k]! >= 0 ? [{ c, at: posOf[k]! }] : []));
          if (shared.length < 2) continue;
          const w: SetAsideWeighted = {
            kind: axis === 'cols' ? '列' : '行',
            label: rate.label,
            line: 0,
            values: shared.map(({ c }) => ({ line: 0, label: '', text: c.text })),
          };
          const tie = sumOverMean(
            U,
            axis,
            shared.map((x) => x.at),
            w,
            () => [],
            exposuresOf.get(U) ?? [],
          );
          if (!tie) continue;
          for (const { c, at } of shared) {
            const t = tie.get(at);
            if (t) c.perSum = { ...t, table: ui };
          }
          warnings.push({
            code: 'layout/mean',
            message: `表${T.number}: ${rate.axis === 'cols' ? '列' : '行'}${quote(rate.label)}の平均は、同じ見出しの表${U.number}の和（延べの値）がどの見出しでも表${U.number}の人数 × この平均に丸めの範囲で合うため、同じ患者の平均と読み、和 ÷ 平均で表${U.number}の人数が分かるとして、表${U.number}で人数を秘匿する見出しではこの平均も秘匿します（その式を加えても秘匿した数が守られる場合は載せます。チェッカーの判断）`,
            place: { table: T.number, line: T.line },
          });
          return;
        }
      });
    }
  });
}

/**
 * The means `setAsideMeans` set aside, placed on the table as read (`Table.rates`, `mean`): each printed mean's row
 * (or column) and the cells of the lines it averages there, added to the table's rates (true). A line not found again
 * is refused (it would be published unchecked): its error added to `out`, nothing to the table (false).
 */
function tableMeans(table: Table, means: readonly SetAsideMean[], out: ReadResult): boolean {
  const same = (a: string, b: string) => normalise(a).trim() === normalise(b).trim();
  const rowAt = (line: number) => table.rows.findIndex((h, i) => !h.rest && !h.ns && table.cells[i]?.[0]?.line === line);
  const colAt = (label: string) => {
    const found = table.cols.map((h, j) => (!h.rest && !h.ns && same(h.label, label) ? j : -1)).filter((j) => j >= 0);
    return found.length === 1 ? found[0]! : -1;
  };
  const rates: TableRate[] = [];
  for (const m of means) {
    const axis = m.kind === '列' ? ('cols' as const) : ('rows' as const);
    const lines = m.others.map((o) => (axis === 'cols' ? colAt(o.label) : rowAt(o.line)));
    const ats = m.values.map((v) => (axis === 'cols' ? rowAt(v.line) : colAt(v.label)));
    if (lines.some((l) => l < 0) || ats.some((a) => a < 0)) {
      out.errors.push({
        code: 'header/statistic',
        message: `${m.kind}${quote(m.label)}は${m.kind} ${names(m.others.map((o) => o.label))} の平均と読みましたが（チェッカーの判断）、平均した${m.kind}を読んだ表の中に見つけられませんでした。平均に個数を掛けると和に戻るため、平均した数と一緒に秘匿できない平均は確かめられません`,
        hint: `平均の${m.kind}を除いた人数の表を確かめてください。平均は、秘匿しない数の分だけを別に審査を受けて載せてください`,
        place: linePlace(table.number, m),
      });
      return false;
    }
    const eventsAt = (at: number) => lines.map((l): [number, number] => (axis === 'cols' ? [at, l] : [l, at]));
    // A spreadsheet's SUM of an extreme line (stats39): every count of the line's other positions.
    const everyEvent = ats.filter((_, j) => !m.all?.includes(j)).flatMap(eventsAt);
    rates.push({
      ...statisticLine(
        axis,
        m.label,
        m.ratio ? '比' : m.extreme ? EXTREME_WORD[m.extreme] : '平均',
        m.others.map((o) => o.label),
      ),
      ...(m.ratio ? { ratio: true as const } : m.extreme ? { extreme: m.extreme } : { mean: m.others.length }),
      cells: m.values.map((v, j) => ({
        at: ats[j]!,
        text: v.text,
        events: m.all?.includes(j) ? everyEvent : eventsAt(ats[j]!),
        baseText: '',
      })),
    });
  }
  table.rates = [...(table.rates ?? []), ...rates];
  return true;
}
