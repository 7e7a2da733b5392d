/** The shapes the publication checker passes between its steps: tables, cells, findings and the result. */
import type { Purpose } from '../../schemas/publication-rule.ts';

/** What the applicant says about the publication (公表の条件). */
export interface CheckContext {
  /** 利活用の目的; undefined when not given (then no route rule can match). */
  purpose?: Purpose;
  /** Whether the table shows patient background or outcome details (患者背景・アウトカムの詳細). */
  details: boolean;
  /** 公表先 as the applicant wrote it (論文, 学会発表, …); recorded in the report, no rule reads it yet. */
  venue?: string;
}

/** Where something is in the input text, for messages. */
export interface Place {
  /** 1-based line of the input (a table may start after other tables). */
  line: number;
  /** Row label as written (trimmed), when the place is a row or a cell. */
  row?: string;
  /** Column label as written (trimmed), when the place is a column or a cell. */
  col?: string;
  /** 1-based table number in the input. */
  table: number;
}

/** A problem with the input: the checker cannot judge the table until it is fixed (CLI exit 2). */
export interface InputError {
  code: string;
  message: string;
  /** How to fix it. */
  hint: string;
  /** Absent for problems with the options (an unknown version) rather than the text. */
  place?: Place;
}

/** Something worth reading that does not stop the check. */
export interface Warning {
  code: string;
  message: string;
  place?: Place;
  /** Where one line stands for many findings of its code past those said one by one: how many (sum/not-taken …). */
  count?: number;
}

/**
 * A header's role in its dimension.
 * - `total`: 合計/Total — the sum of the top-level items
 * - `subtotal`: the sum of its children (an indented group, or a 小計 closing a group)
 * - `item`: a category that sums nothing
 */
export type HeaderKind = 'total' | 'subtotal' | 'item';

export interface Header {
  /** The label as written, without the indentation. */
  label: string;
  kind: HeaderKind;
  /** Indentation depth (0 at the left margin). */
  depth: number;
  /** Index of the header this one is summed into, or null (top level, or the total itself). */
  parent: number | null;
  /** Indices of the headers that sum to this one (total and subtotal only). */
  children: number[];
  /**
   * Where a sum of this line's table is taken because another table prints it with its parts nested under it
   * (read.ts `relationsSeenElsewhere`: 「　脳卒中」 indented under 「心血管疾患」 there, unmarked here): the path of that
   * other table's sum line (system.ts `pathOf`), under which this part is read across tables, as the other table's part is.
   */
  seenUnder?: string[];
  /** Denominator declared in the label, as in 「投与群 (N=250)」, or taken from another table (`denominatorFrom`). */
  denominator?: number;
  /**
   * In a percentage table, the number of the count table whose count under the same label is this header's
   * denominator (no N written here, the group's size printed there).
   */
  denominatorFrom?: number;
  /**
   * The label ends in the N it declares as a bare number in brackets (「A群（28）」) or after a space (「A群 28」), read as the N by `bracketSizes`
   * in read.ts): across tables it names the group 「A群」, as 「A群 (N=28)」 does (labels.ts `headerKey`).
   */
  sizeInLabel?: true;
  /**
   * Our reading of a label run together from labels the input prints on their own (「A群男性」 = 「A群」 + 「男性」,
   * labels.ts `readCompounds`): its parts, each read as labels.ts reads a word; across tables the group is those
   * parts in any order (`headerKey`).
   */
  compound?: string[];
  /**
   * Our reading of a header that another table of the input prints under another name with the same numbers (labels.ts
   * `linkByNumbers`: 表1's column sums 28, 60 under 「A群」「B群」, 表2's under 「Group A」「Group B」): across tables
   * it names that group (`headerKey`), so that the tables are protected together.
   */
  linkedKey?: string;
  /**
   * The name of the heading row printed over this row (headings.ts: 「性別」 over 「男性」, read as 「性別・男性」). Where
   * another table prints the row without the heading (「男性」) and no other row of this table is so named, the row is
   * linked to it (`linkedKey`, read.ts), as the same table printed without heading rows would be.
   */
  heading?: string;
  /**
   * A bare number in brackets closing the label that is neither its group's N (below its line's sum) nor one of a
   * numbering of the labels beside it (「薬剤（1）」「薬剤（2）」): 「死亡（3）」 may be a count a reader takes as
   * published; check.ts refuses it (read.ts `bracketNumbers`). Also a bare number after a space closing the label
   * (「死亡 3」, `numberAfterSpace`) that no word before it marks as a step or a numbering (「Grade 3」「第 3」).
   */
  bracketNumber?: number;
  /** `bracketNumber` is written after a space (「死亡 3」), not in brackets: refused under the threshold only. */
  numberAfterSpace?: true;
  /** A line of ours (ofwhich.ts): the line above less a うち line, or a column's N less a line, at every position. */
  rest?: true;
  /**
   * totals16: the index of the line whose rest this line of ours is (overtotal.ts `readBoth`: a line read as a total
   * and as an item at once). Not among the items a stated N of the table counts (table.ts `bases`, sums.ts `grandSum`,
   * rests.ts: those read the line as an item); what the N leaves out of the line read as a total is checked apart
   * (primary.ts).
   */
  bothRest?: number;
  /**
   * totals48: the index of the line whose reading as a whole of several answers this line of ours belongs to
   * (overtotal.ts `readOverlap`: the others' sum, the overlap). Like `bothRest`, a reading of this table alone.
   */
  overlapOf?: number;
  /**
   * A line of ours (ofwhich.ts): the columns' Ns, put in a table of several answers per patient; the lines under it
   * that are no `rest` are the table's own.
   */
  ns?: true;
  /**
   * The number of a numbering from 1 closing the label (「糖尿病（2）」 among 「高血圧（1）」「腎疾患（3）」) is its line's
   * sum: read as the line's N all the same (`denominator`, `sizeInLabel`), as a reader who takes it for a count
   * does; check.ts refuses one under the threshold (read.ts `bracketSizes`).
   */
  numberingSum?: true;
}

/** A cell that holds a patient count, possibly with a percentage, a rate or its denominator. */
export interface CountValue {
  kind: 'count';
  n: number;
  /** The percentage written next to the count, as in 「8 (3.2%)」. */
  percent?: number;
  /** Digits after the decimal point of `percent` as written. */
  decimals?: number;
  /** The rate written before the count, as in 「3.2 (8/250)」. */
  rate?: number;
  /** The denominator, as in 「8/250」. It is a patient count too. */
  denominator?: number;
}

/** A cell that holds only a percentage (「3.2%」): the count it reveals depends on its denominator. */
export interface PercentValue {
  kind: 'percent';
  percent: number;
  /** Digits after the decimal point, which bound the count the percentage can stand for. */
  decimals: number;
}

export type CellValue = CountValue | PercentValue;

export interface Cell {
  row: number;
  col: number;
  /** The text as written. */
  text: string;
  value: CellValue;
  line: number;
}

/** A sum found by arithmetic (sums.ts): header `header` (or a stated N, when `header` is null) equals the sum of `parts`. */
export interface FoundSum {
  axis: 'rows' | 'cols';
  /** The row (axis `rows`) or column that is the sum; null for a stated N. */
  header: number | null;
  parts: number[];
  /** The stated N per position across the other axis (undefined where none is stated), when `header` is null. */
  stated?: (number | undefined)[];
  /** `total`: the sum of every other top-level header; `run`: of adjacent headers; `set`: of some headers. */
  how: 'total' | 'run' | 'set';
  /**
   * Another set of rows the same row (or N) is also the sum of (11 = 1 + 10 twice over when two rows hold 1): an
   * equation all the same, as an attacker may take any of them, but not the table's structure (which rows are
   * top-level, what a percentage's base is).
   */
  alternative?: true;
  /**
   * totals42: the positions across where the equation holds (a row and a column read both ways at each other's items
   * only, overtotal.ts `crossedPair`); undefined: every position.
   */
  at?: number[];
  /**
   * A heading row's stated N (「性別 (N=57)」, headings.ts): its rows are a block whose sum in each column is a base
   * the shares of its rows may be of (table.ts `bases`).
   */
  heading?: true;
}

/** A line of rates of a table (`Table.rates`). */
export interface TableRate {
  axis: 'rows' | 'cols';
  label: string;
  scale: number;
  /** The upper end of `scale` where a conversion of units of time makes it a range; `scale` otherwise. */
  scaleHi: number;
  /** The unit as a message writes it (rates.ts `Scale`): 「1,000」「1,000 × 365〜365.25」. */
  scaleWords: string;
  /** What the rate is per, for messages: 「人年」「患者数」. */
  unit: string;
  /** Labels of the lines of events and of the base. */
  events: string[];
  /** Labels of lines the rate fits under another base or unit too (rates.ts `also`): hidden with them as well. */
  also: string[];
  base: string;
  /** A share's confidence interval (or a limit of it) read as a function of its count and N (rates.ts, rates11), no rate. */
  interval?: boolean;
  /** A count's SD or SE read as a Poisson count's, √count (rates.ts, rates12), no rate: hidden with its count. */
  sd?: boolean;
  /**
   * A line of means of `mean` lines of counts (read.ts `setAsideMeans`, attack36): each printed value is the mean of the
   * lines `events` at its position within its rounding, so published where every one of those counts is, else hidden.
   */
  mean?: number;
  /**
   * A line of ratios of two lines of counts (read.ts `setAsideMeans`, means37): each printed value is `events[0]` ÷
   * `events[1]` at its position within its rounding, so published where both counts are, else hidden.
   */
  ratio?: true;
  /**
   * A line of means of something else than the counts (「平均年齢」「平均在院日数」「Mean BMI」, read.ts
   * `setAsideWeighted`, means39): the total's mean M is the groups' means m_j weighted by their sizes n_j (counts of
   * the table, each cell's `group`), Σ n_j·m_j = N·M within rounding, for each relation across (a total line and its
   * parts, by index across). A group's mean alone is no equation on the counts (published); a total's (`total`) is
   * hidden where a count of its relations is, unless their inequalities leave every hidden count protected (check.ts
   * `meansShown`; our reading). means46: each relation under one reading of the sizes (`groups`, by position across,
   * else each cell's `group`): a relation per reading that fits (several where several do: every one protected).
   */
  weighted?: {
    total: number;
    parts: number[];
    groups?: [number, number][][];
    offsets?: number[];
    /** means49 (read.ts `weightsElsewhere`): the index (in the tables read) of the table of each cell of `groups`. */
    tables?: number[][];
  }[];
  /**
   * A line of the largest, smallest, range, median or geometric mean of the lines `events` at each position (read.ts
   * `extremesAside`, stats39): published where every count it is taken over is, else hidden (a maximum is one of them,
   * a range a difference of two, a median one or the mean of two).
   */
  extreme?: 'max' | 'min' | 'range' | 'median' | 'gmean' | 'sharesum';
  /** A 0/1 variable's mean (a share of N), its SD, or both in one cell (rates.ts, stats39/40), no rate: hidden with its count or its N. */
  binary?: 'mean' | 'sd' | 'meansd';
  /**
   * rates70 (rates.ts `RateReading.lineShare`): a share line over the 合計 `base` (or, none, over the lines' sum) that fits
   * that base less other count lines too; `events` its count line first, then every other count line. Published beside
   * a hidden count only where check.ts `meansShown`, `lineShareRows` proves it (the cell's `shown`).
   */
  lineShare?: true;
  /**
   * rates72: the rate's unit was read from the numbers (no unit written: rates.ts `RateReading.scaleWritten` false), so
   * check.ts `rateRows` takes every power of ten of it a reader may try as a reading too.
   */
  scaleRead?: true;
  /** Each printed rate: `at` the row (axis `cols`) or column (axis `rows`) of the table; the cells it is derived from. */
  cells: {
    at: number;
    text: string;
    events: [number, number][];
    base?: [number, number];
    baseText: string;
    /**
     * The counts the rate and its printed base give back under the unit read (rates.ts `derivedCounts`): the checker's
     * reading (`DERIVED_COUNT`), said so wherever shown; absent where either is no number.
     */
    derived?: [number, number];
    /**
     * A mean (`mean`) published though a count it averages is hidden: its rounding interval, a row of the system,
     * still leaves every hidden count protected (check.ts `meansShown`, means37; our reading).
     */
    shown?: true;
    /** A weighted mean's (`weighted`) group size at this position: the counts whose sum it is. */
    group?: [number, number][];
    /** A weighted mean's value at the total's position (M), the one tied to the counts. */
    total?: true;
    /**
     * means49 (read.ts `weightsElsewhere`): the counts the mean bears on in another table (its weights, its sum's
     * 患者数), `events` there; `hidden` set by check.ts where one is hidden and the mean not shown.
     */
    there?: { table: number; events: [number, number][]; hidden?: string[] };
    /**
     * means53 (read.ts `weightsAcrossTwo`): weights in two other tables: the counts in each table more than `there`'s
     * (the second table of a pair; each table of the further readings that fit too), as `there`.
     */
    thereAlso?: { table: number; events: [number, number][]; hidden?: string[] }[];
    /**
     * means57 (read.ts `weightsAcrossTwo` cut short): `thereAlso` holds every count an untried set of lines could weigh;
     * check.ts `meansShown` never publishes the mean by its rows (they lack the untried readings).
     */
    unsearched?: true;
    /**
     * red46 (read.ts `sumOverMean`): a weighted mean beside a line of its sum over the same patients — the sum (a cell
     * `sum`, or a printed constant within `lo`–`hi`) is the counts `sizes` × the mean within rounding: hidden with them
     * unless check.ts `meansShown` shows its rows protect.
     */
    perSum?: {
      sizes: [number, number][];
      sum?: [number, number];
      lo?: number;
      hi?: number;
      /** means48 (read.ts `sumElsewhere`): the index (in the tables read) of another table holding `sizes` and `sum`. */
      table?: number;
      /** means48: set by check.ts where a count of `sizes` in that other table is hidden (the mean hidden with it). */
      hiddenThere?: string[];
    };
  }[];
}

/** A parsed table: headers, cells and the sums that hold between them. */
export interface Table {
  /** 1-based number in the input. */
  number: number;
  /** The line starting with # above the table, if any. */
  title?: string;
  /** The top-left header cell (the name of the row dimension), often empty. */
  corner: string;
  /** N stated for the whole table, in the title or the corner cell (「対象患者 (N=250)」). */
  denominator?: number;
  /**
   * notes44: some N of the table was read from a note under it (read.ts, footnotes.ts `noteN`/`labelNs`): a column of bare
   * shares left without N beside it (「※A群 N=30」 over A群 and B群) is weighed by check.ts `unknownNColumns`.
   */
  noteN?: boolean;
  /**
   * totals41: an N the title or the corner writes as the table's (「N=172」「全172例」) that read.ts `statedCounts` placed
   * on a line whose printed sum it is (`headersWithSum`: column 「A群」 27 + 38 + 20 + 87 = 172, 「Semua」 87 among them
   * as an item). A reader who takes a line read both ways for the total has no such sum and takes the N for the table's
   * (primary.ts `leftOutOfBoth`: N less that line, or the common cell, is left out).
   */
  writtenN?: number;
  /**
   * titles70: the words the table's N was read from where only its being at least the table's sum makes it one (read.ts
   * `statedCounts`: 「146 screened」「(146 participants)」「146例を追跡」): verdict.ts says that reading as ours.
   */
  nReadFrom?: string;
  /**
   * Sums the labels do not declare, found by arithmetic (sums.ts): rows or columns that are totals or subtotals
   * whatever they are called, and stated N that are sums of rows or columns. Each is an equation of the table.
   */
  sums: FoundSum[];
  /**
   * A line at least the sum of some lines of the same axis, in every position (read.ts `relationsSeenElsewhere`): another
   * table prints it as the sum of those lines and of others this table does not print (「その他」): an attacker who
   * takes that structure for this table reads 心血管疾患 ≥ 心筋梗塞 + 脳卒中 here.
   */
  atLeast?: { axis: 'rows' | 'cols'; header: number; parts: number[] }[];
  /**
   * stats43: a line of this table that is, at every position, the largest (smallest) of the counts of a line of table
   * `of` (read.ts `extremesAcross`, under a word of an extreme or, stats44, none; every cell printed; a 「-」 that is
   * no extreme left out): at each position `self` equals the
   * count `reach` of `over` (the one it is) and is at least (at most) every other one — rows of the system (system.ts),
   * so the extreme is a count of this table tied to the other's, hidden where it would give one back (our reading).
   */
  extremeOf?: {
    of: number;
    how: 'max' | 'min';
    cells: { self: { row: number; col: number }; over: { row: number; col: number }[]; reach: number }[];
    /** stats44: under no word of an extreme (the line read as counts and as the extreme at once). */
    unworded?: true;
  }[];
  /**
   * ranks66: a line of this (percentage) table that is, at every position, the largest (smallest; with `above`, the r-th)
   * n/N of a line of count table `of` whose cells are each over their own N (read.ts `ownNExtremes`): at each position
   * `self` is the count of `over[reach]` (the cell it is), and while published each other cell's n is at most (least)
   * the count the share allows of that cell's N `n`, the cells `above` (ranked before it) at least (most) — system.ts.
   */
  ownNExtremeOf?: {
    of: number;
    how: 'max' | 'min';
    cells: { self: { row: number; col: number }; over: { row: number; col: number; n: number }[]; reach: number; above: number[] }[];
    /** ext68: under no word of an extreme or rank (read so where the shares fit at every position; a borrowed N kept). */
    unworded?: true;
  }[];
  /**
   * ranks66: a header of bare numbers 1, 2, …, k over shares only (「年,1,2,3」), read as the ranks of a top k where
   * read.ts ties them to a count table (`shareTopK`, or refused in words as ranks of own-N shares, `ownNExtremes`); else
   * refused after as a header of values (`header/values`, as before): its line and labels.
   */
  bareRankHeader?: { line: number; labels: string[] };
  /**
   * stats53: a line 「範囲」 of ranges in one cell (「3–45」) read as two lines 「最小」「最大」 (read.ts `splitRanges`):
   * its label and how a value was written around its two numbers (「」「–」「」, 「(」「, 」「)」), so that the table to
   * publish shows it again as one line (report.ts `rangeMerged`).
   */
  rangeSplit?: {
    axis: 'rows' | 'cols';
    label: string;
    form: [string, string, string];
    /** stats55: 「範囲（%）」 read as counts of each line's N: the two ends as printed, by the line's label. */
    shares?: Record<string, [string, string]>;
  };
  /**
   * stats48: the largest (smallest) of another table's lines' sums, said by a word (「最多施設」「最も多い」「Top」): this
   * table's one line `self` (its one value) is the sum of the line `lines[reach]` of table `of`, and at least (most)
   * the sum of each other line there. An equation and inequalities of the system (system.ts), true of the counts.
   */
  sumExtremeOf?: {
    of: number;
    how: 'max' | 'min';
    self: { row: number; col: number };
    lines: { row: number; col: number }[][];
    reach: number;
  }[];
  /**
   * Lines said to be in order of their counts (order.ts, attack31: 「多い順」 in the title): `lines` of `axis`, in the
   * line `at` across, each at least (`descending`) or at most the next. Inequalities of the system (system.ts), true
   * of the counts.
   */
  order?: { axis: 'rows' | 'cols'; at: number; lines: number[]; descending: boolean }[];
  /**
   * A life table's steps (lifetable.ts, attack35): Σ coef·cell = rhs per interval (at-risk(t) − at-risk(t+1) −
   * events − censored = 0; an at-risk N taken out of the table on the right). Equations of the system, true of the counts.
   */
  steps?: { terms: { row: number; col: number; coef: number }[]; rhs: number }[];
  /**
   * The lines a life table's steps take as the events and censored of each interval (lifetable.ts, life37): not
   * cumulative lines, whatever the title says (a title 「リスク集合」 names the table, cumulative.ts).
   */
  lifeParts?: { axis: 'rows' | 'cols'; lines: number[] }[];
  /**
   * Life-table steps across tables (lifetable.ts `lifeAcross`, life37): the at-risk line in this table, the events
   * and censored in another table (by its `number`) over the same time points. Equations of the system, true of the
   * counts; the tables are protected together (system.ts).
   */
  stepsAcross?: { terms: { table: number; row: number; col: number; coef: number }[]; rhs: number }[];
  /**
   * A percentage table's sums and breakdowns found by arithmetic that can hold alone but not with those taken
   * (shares.ts `shareCounts`, reported as `sum/not-taken`): other readings an attacker may take for the table's
   * structure, each audited as one (system.ts `alternativeSystems`, check.ts).
   */
  otherReadings?: FoundSum[];
  /**
   * A line of group sizes printed in the table (「N」 over percentages, sizes.ts) and read as the headers' Ns: taken out
   * of the cells, published as written; `index` is where it stood among its axis's lines.
   */
  sizeLine?: { axis: 'rows' | 'cols'; index: number; label: string; texts: string[] };
  /**
   * means52: a line of patients (sizes.ts `countSizeLine`) with an N under the threshold, kept as a line of counts of
   * the table (not its rows' Ns): system.ts states each other item line's count at most its count at each position.
   */
  patientLine?: { axis: 'rows' | 'cols'; index: number; label: string };
  /**
   * red60: a line headed 「All」 read as an item (read.ts `allNotWhole`: under its lines' sum somewhere, their parts may
   * share patients): system.ts states each other item line of its axis at most it at each position, as `patientLine`.
   */
  allLine?: { axis: 'rows' | 'cols'; index: number; label: string };
  /**
   * Ns a title or the corner writes after a group's name that names no header of the table (「第1群 N=40」 over
   * 「実薬」「対照」, read.ts `statedCounts`), with how many Ns after group names the text writes (`groups`): a reader
   * may take each for any line's N; check.ts refuses one of a list of two or more that would leave a small count out
   * of a line (`title/group-n`).
   */
  groupNs?: { text: string; n: number; line: number; where: 'title' | 'corner'; whole: string; groups: number }[];
  /**
   * Lines of rates printed in the table (rates.ts `readRate`: 発現率（/1,000人年） beside イベント数 and 人年), set aside from
   * the counts: each rate is its events' count × `scale` ÷ its base within rounding, so it is published as written
   * where its count (and its base, where the base is a line of counts) is, and hidden where either is (report.ts).
   */
  rates?: TableRate[];
  rows: Header[];
  cols: Header[];
  /** cells[r][c]. */
  cells: Cell[][];
  /**
   * Blocks of rows whose 「n/N」 cells share one N per column (a variable's patients with a value, fractions.ts): each
   * published cell of the block states that the block's cells in its column add up to `n`.
   */
  fractionBlocks?: { rows: number[]; col: number; n: number }[];
  /**
   * A heading row's N over several groups and no total column (「性別 (N=110)」 over A群 and B群, headings.ts
   * `Heading.across`): the block's cells in every column `cols` add up to `n` — an equation across the columns
   * (table.ts `crossEquations`), and each column's block sum a base its shares may be of.
   */
  crossSums?: { rows: number[]; cols: number[]; n: number; line: number }[];
  /**
   * words53: a title's count of two or more lines' patients counted once (read.ts `unionCells`: 「B群の肺炎または透析導入の
   * 患者 4例」): in the positions `across` of the other axis (one named group, or all of them), `n` is at least each
   * line's count there (per position: at least the sum over the positions of any one line's count at each, the groups
   * being apart) and at most their sum — inequalities of the system (system.ts), true of the counts (チェッカーの推定).
   * `overlap` (words55): the count is below the sum over the groups of the largest line at each, so the groups are not
   * apart (a patient in two of them): at least each whole line's count (each line's sum) and at most their sum.
   */
  unions?: { axis: 'rows' | 'cols'; lines: number[]; across: number[]; n: number; line: number; overlap?: true }[];
  /**
   * notes58: notes of left-out patients read under the table (read.ts `leftOutNote`: 「注1: 8 例を除く（同意撤回）」), each
   * with the warning that says so: checked against every other table once all are read (read.ts `leftOutElsewhere`),
   * the warning then taken back and the note refused as a count where its count is another table's line's sum or cells'.
   */
  leftOut?: { n: number; line: number; text: string; warning: Warning; unit?: string }[];
  /**
   * Shares of the patients with a value (notes42, read.ts `missingBase`: gtsummary's and SPSS's valid percent): in line
   * `at` of the other axis (a column for `axis` 'rows'), every share of the lines `lines` fits their sum, the N less the
   * 「不明」 line `missing` (and not the N). That sum is a base of those shares (table.ts `bases`): each published share
   * bounds it, and with the N's equation (the 「不明」 line counted in it) it bounds the 「不明」 count.
   */
  validBases?: { axis: 'rows' | 'cols'; at: number; lines: number[]; missing: number }[];
  /** `count`: every cell carries a count; `percent`: every cell is a bare percentage. */
  kind: 'count' | 'percent';
  /**
   * `rows`: a percentage table whose rows and columns both state an N, its percentages shares of the rows' N (row
   * percentages: every cell a whole count of its row's N and not of its column's, sizes.ts `readPercentAxis`); the
   * columns' N is then an equation on the counts, as the rows' is for column percentages. Unset: the columns' N first.
   */
  percentOf?: 'rows';
  /**
   * bothpct: every percentage is a whole count of both its row's N and its column's N and the table does not say which
   * (no 「行%」「列%」): read under the reading check.ts asked for (`ReadOptions.percentAxis`), and checked under both.
   */
  percentBoth?: boolean;
  /** The line of the header row. */
  line: number;
}

/**
 * One additivity constraint of a table: Σ coef·x = 0 over cells given as [row, col].
 * A total or subtotal has coefficient -1, its parts +1.
 */
export interface Equation {
  terms: { row: number; col: number; coef: 1 | -1 }[];
  /** Σ coef·x = rhs; 0 for sums within the table, N for a stated N. */
  rhs: number;
  /** The dimension the sum runs along and the line it holds in, for messages. */
  along: 'rows' | 'cols';
  /** The total or subtotal header this equation defines; null for a stated N. */
  header: number | null;
  /** The row (for `along: 'cols'`) or column (for `along: 'rows'`) the sum holds in. */
  at: number;
}

/** Why a cell must not be published as is. */
export interface PrimaryFinding {
  rule: string;
  /** What revealed a small count: the count itself, its denominator, or a percentage with a known denominator. */
  via: 'count' | 'denominator' | 'percent' | 'complement';
  message: string;
  /** The N a complement is of (`via` `complement`: N less the cell). */
  n?: number;
  /**
   * A table read both as row and as column percentages (check.ts `underBothReadings`): the reading this finding is of,
   * said in its message (a cell small under the other reading is hidden under both).
   */
  reading?: 'rows' | 'cols';
}

/**
 * Protection required of every suppressed cell by the audit (named, documented, tested).
 * - `not-exact`: no suppressed cell can be pinned to a single value
 * - `threshold`: as `not-exact`, and no primary cell can be shown to be under the threshold: its
 *   largest value consistent with the published cells reaches the threshold
 */
export type Protection = 'not-exact' | 'threshold';

/** The range of values of a suppressed cell consistent with everything published (the attacker's LP). */
export interface Interval {
  /** Smallest integer value the cell can take (the LP minimum, rounded up). */
  lo: number;
  /** Largest integer value the cell can take (the LP maximum, rounded down); null when unbounded. */
  hi: number | null;
}

export type CellStatus = 'published' | 'primary' | 'secondary';

/**
 * A stated N that shows a count under a threshold: the N itself (a header's `(N=…)`), or, in a count table, what the
 * N counts beyond the cells under it (`rest`: N=31 over a column whose items add up to 28 shows 3 patients that the
 * table leaves out). `axis` `table` is the table's own N (title or corner; `index` −1, `label` the title).
 */
export interface HeaderFinding {
  rule: string;
  axis: 'row' | 'col' | 'table';
  index: number;
  label: string;
  denominator: number;
  /** N less the sum of the counts it is the N of, when that difference is the small count. */
  rest?: number;
  /**
   * In a table of bare percentages (adversary18): the range of that rest, N less the counts the line's percentages
   * stand for within rounding (24.5% and 69.8% of N=53: 13 and 37, 3 left out); `rest` is its least.
   */
  shares?: { lo: number; hi: number };
  /**
   * Where the rest is what N leaves out of one block of the line's items only (rests.ts: Table 1's 性別 block, 男性 30
   * and 女性 24 under N=57), read by the checker's judgement: the block's labels, how it was read, and the rest's
   * range (one number in a count table; `rest` is its least).
   */
  block?: { labels: string[]; how: 'group' | 'words' | 'run' | 'line'; lo: number; hi: number };
  /**
   * totals16: the label of a line read both as a total and as an item (overtotal.ts `readBoth`), where the rest is N
   * less that line read as the total (primary.ts `leftOutOfBoth`).
   */
  both?: string;
  /** totals16: with `both` a row, the column read both ways too; the rest is N less their common cell (both totals). */
  bothCol?: string;
}

/** 一次秘匿 of one table. */
export interface PrimaryResult {
  /** cell id (row × number of columns + col) → why it may not be published. */
  findings: Map<number, PrimaryFinding[]>;
  /** Cells a rule would flag if it applied; it does not apply to this publication, so they stay published. */
  notApplied: Map<number, PrimaryFinding[]>;
  /** Stated N that are, or leave, a count under a threshold (see HeaderFinding). */
  headers: HeaderFinding[];
  /** Zeros left published because the rule exempts 0 (counted once per cell). */
  exemptZeros: number;
}

/** The audit of one suppressed cell. */
export interface CellAudit {
  id: number;
  value: number;
  interval: Interval;
  exact: boolean;
  protected: boolean;
}

/** The proposed suppression of one table and its audit. */
export interface Suppression {
  /** Every suppressed cell id (primary and secondary). */
  suppressed: Set<number>;
  secondary: Set<number>;
  /** Rounds of audit-and-extend it took. */
  rounds: number;
  audit: CellAudit[];
  /** Every suppressed cell meets the requirement. */
  passed: boolean;
  /**
   * `exact`: the least information lost that meets the requirement (proved by HiGHS' MIP solver); `heuristic`: a
   * proposal that meets it, found by protection flows or by the MIP within its time limit.
   */
  method: 'exact' | 'heuristic';
  /** Cells and value hidden in the whole input against the least possible (absent when the search did not run). */
  least?: LeastLoss;
  /**
   * Not passed with every count of the input hidden either (secondary.ts `escalate`, zeros34): the count is pinned by
   * published structure (an N printed in a header equal to a sum of lines, the tables' sums), not by any cell left shown.
   */
  structural?: true;
}

/** What the search knows of the two minima: the best choice found of each, and a lower bound proved. */
export interface Minima {
  cells: number;
  cellsBound: number;
  value: number;
  valueBound: number;
  /**
   * A lower bound proved on the least ratio max(cells ÷ fewest, value ÷ least) any choice has to the true minima
   * (the least-ratio search's bound), where that search ran and was not finished.
   */
  leastRatioBound?: number;
}

/**
 * How much a proposal loses against the two minima (the least-loss search, exact.ts): per input, as the tables of
 * one input are protected together.
 */
export interface LeastLoss {
  /** Hidden cells (a count shown twice hides two) and their value. */
  cells: number;
  value: number;
  minima: Minima;
  /** max(cells ÷ fewest cells, value ÷ least value) over the minima found (a zero least value counts as 1). */
  ratio: number;
  /** The same over the minima's proved lower bounds: the most the ratio to the true minima can be. */
  ratioBound: number;
  /** Proved: no choice has a smaller `ratio` (both minima proved, on a network). */
  proved: boolean;
}

/** One table checked: its cells' status, the primary findings and the proposal with its audit. */
export interface TableResult {
  table: Table;
  /** Status per cell id (row × columns + col). */
  status: CellStatus[];
  primary: PrimaryResult;
  /** The proposal and its audit, for count tables with cells to suppress. */
  suppression?: Suppression;
}
