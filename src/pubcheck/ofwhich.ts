/**
 * Lines that count part of the line above them (「入院」 then 「うち重症」, 「全体」 then 「うち男性」, 「重症（再掲）」): the
 * うち line is no item of its own, and the difference of the two (patients hospitalised but not severe) is a count of
 * patients the table publishes without a cell — 入院 20, うち重症 18 shows 2 by subtraction. Read as an item, such a
 * table passed with that 2 shown; beside a 合計 it was refused as a total that does not add up.
 *
 * A うち line under its parent is rewritten, before the table is read, as the parent's first part, indented under it,
 * with the rest (「入院のうち重症以外」, parent − うち at every position) added as its second part: the parent becomes a
 * subtotal of the two, and the rest is checked, suppressed and audited as any cell is (a rest under the threshold is
 * a primary cell). The rest line is ours: the report says so, and it need not be printed (what it holds follows from
 * the two lines printed, so printing it or not changes nothing an attacker knows where both are published; where
 * either is hidden, so is the rest, or the audit shows what the two leave open). Columns alike (「全体」「うち男性」).
 *
 * The parent is the nearest line before the うち line that is not one itself. An attacker may read it as part of the
 * sum of that line and the lines just before it (「重度」「中等度」「うち入院」): the rest of each such sum that is under
 * the threshold somewhere is a line of ours too (重度 + 中等度 − 入院 = 重度 + the rest of 中等度); a うち line larger than
 * its parent but not than such a sum is refused naming the lines. Several うち lines under one line
 * (「うち重篤」「うち死亡」, which may overlap) each get their rest: the line is the sum of each うち line and its rest,
 * the first pair as its children, the others as sums of their own (`applyDecompositions`, read.ts); under a total the
 * total stays the sum of the items and is, besides, the sum of each うち line and its rest. Refused in words: a うち
 * line under a 小計 (whose parts are the lines before it), or with no line above, a うち count larger than its
 * parent's, and うち lines in a table of bare percentages unless each percentage is one count of its column's N
 * stated in the header, or the one N of the title and the corner (33.0% and うち 30.0% of N = 100 show 3: then read as
 * counts, the rest its percentage of N; otherwise the rest's percentage is a line no count of N may stand for).
 * 「（再掲）」 lines are うち lines where they may be parts (no larger than the line above anywhere, naming no lines); a
 * larger one, or one naming lines (「（再掲）重度・中等度」), lists again a sum of lines, read as written.
 *
 * A table of several answers per patient whose columns state their N (`severalAnswers`: a Table 1 of
 * characteristics, 高血圧 38 of N = 40) is read alike, with a line of the Ns put first and each row as a うち line of
 * it: each row's complement (「高血圧以外」, 2) is a line of ours, protected as any count.
 */
import { countsForPercent, normalise, readCell } from './cell.ts';
import { trimEnd, type CsvRecord } from './csv.ts';
import { buildHeaders, DENOMINATOR_TEXT, headerDenominator, indentOf, setDepths } from './header.ts';
import { MULTIPLE_ANSWERS } from './table.ts';
import type { CellValue, FoundSum, Header, InputError, PercentValue, Warning } from './types.ts';
import { quote } from './quote.ts';
import { isSizeName } from './sizes.ts';
import { plainCount, withNs } from './table1.ts';

/** A label saying its line is part of the line above: 「うち重症」「（うち）重症」「再掲：重症」「重症（再掲）」「of which severe」. */
const PREFIX =
  /^[(（[［]?\s*(?:うち(?!わけ)|内数(?=[\s、,:：)）\]］])|再掲(?=[\s、,:：)）\]］])|of\s+which\b)\s*[)）\]］]?\s*[、,:：]?\s*(.*?)\s*[)）\]］]?$/i;
/** 「重症（再掲）」: the name before the bracket, ended where no space stands before it or after its first character (html9). */
const SUFFIX = /^(.+?)(?:(?<!\s)|(?<=^.))\s*[(（[［]\s*(?:再掲|うち数|内数)\s*[)）\]］]$/;
/** 再掲 (listed again): a part of the line above, or a sum of lines above printed again. */
const REPEATED = /再掲/;
/** 「A群（うち男性）」 under 「A群」: the part in brackets names the subset of the line above. */
const BRACKETED = /^(.+?)\s*[(（[［]\s*(?:の)?うち\s*(.+?)\s*[)）\]］]$/;

/** What a うち label names (「重症」 of 「うち重症」), or undefined where the label is no うち label. */
export function partName(label: string, parent: string | undefined): string | undefined {
  const t = normalise(label);
  const suffix = SUFFIX.exec(t);
  if (suffix) return suffix[1]!;
  const prefix = PREFIX.exec(t);
  if (prefix) return prefix[1]!.trim() === '' ? t : prefix[1]!;
  const bracketed = BRACKETED.exec(t);
  if (bracketed && parent !== undefined && normalise(bracketed[1]!) === normalise(parent)) return bracketed[2]!;
  // Two label columns joined (layout.ts): 「入院・うち重症」 under 「入院」.
  const joined = parent === undefined ? '' : `${normalise(parent)}・`;
  if (joined !== '・' && joined !== '' && t.startsWith(joined)) return partName(t.slice(joined.length), undefined);
  // Two header rows joined: 「入院・うち重症」 under 「入院・全体」 (the group's word, then its own).
  const group = parent === undefined ? -1 : normalise(parent).lastIndexOf('・');
  if (group > 0 && t.startsWith(normalise(parent!).slice(0, group + 1))) return partName(t.slice(group + 1), undefined);
  return undefined;
}

/**
 * A うち group of two header rows joined (layout.ts): 「うち重症・A群」 is part of 「入院・A群」, the nearest line before
 * it of the same word after the group, not of the line just before it (「入院・B群」). Its line, and the part's name
 * without that word (「重症」); undefined where the label is none such.
 */
function groupPart(labels: readonly string[], i: number): { parent: number; name: string } | undefined {
  const t = normalise(labels[i]!);
  const dot = t.indexOf('・');
  if (dot <= 0) return undefined;
  const name = partName(t.slice(0, dot), undefined);
  if (name === undefined) return undefined;
  const word = t.slice(dot);
  for (let q = i - 1; q >= 1; q--) {
    if (partName(labels[q]!, undefined) !== undefined) continue;
    if (normalise(labels[q]!).endsWith(word) && normalise(labels[q]!) !== word) return { parent: q, name };
  }
  return undefined;
}

const bare = (label: string) => normalise(label).replace(DENOMINATOR_TEXT, '').trim();
/** A cell's value, 「3 (7.5)」 read as a count and its percentage where nothing else reads (the header decides later). */
const readValue = (text: string) => {
  const reading = readCell(text);
  return reading.ok ? reading : readCell(text, true);
};
/** The records as a grid of `width` fields a line (blank where a line is short). */
const gridOf = (records: readonly CsvRecord[], width: number): Grid => ({
  cells: records.map((r) => Array.from({ length: width }, (_, i) => r.fields[i] ?? '')),
  lines: records.map((r) => r.line),
});
const names = (xs: readonly string[]) => xs.map((x) => `${quote(x)}`).join('');
/** The name of a line that has うち lines: its label, or what it names where it is a うち line itself (「重症」). */
function parentName(labels: readonly string[], p: number): string {
  for (let q = p - 1; q >= 1; q--) {
    if (partName(labels[q]!, undefined) !== undefined) continue;
    return partName(labels[p]!, labels[q]!) ?? bare(labels[p]!);
  }
  return partName(labels[p]!, undefined) ?? bare(labels[p]!);
}

export interface OfWhich {
  records: CsvRecord[];
  /** Each line with うち lines, for read.ts to set under it (`applyDecompositions`). */
  decompositions: Decomposition[];
  warnings: Warning[];
  errors: InputError[];
}

interface Grid {
  /** grid[0] is the header line (corner first); grid[i][0] the label of line i. */
  cells: string[][];
  /** The input line of each grid line (for rows), or of the header (for columns). */
  lines: number[];
}

/**
 * Rewrites the うち rows, then the うち columns, of one table's records (header row first, labels in the first column).
 */
export function readOfWhich(input: readonly CsvRecord[], table: number, tableN?: number, small = SMALL, title = ''): OfWhich {
  let records = input;
  const out: OfWhich = { records: [...records], decompositions: [], warnings: [], errors: [] };
  if (records.length < 2) return out;
  const complements = severalAnswers(records);
  if (complements && 'refuse' in complements) {
    // 高血圧 38 with 「　重症」「　軽症」 indented under it, of N = 40: 40 − 38 = 2 without hypertension is shown, and the
    // parts of an indented line beside the N's complements are not read; a うち column without its N leaves the line
    // of Ns without a value there (README limits).
    const { label, line, row } = complements.refuse;
    out.errors.push({
      code: 'table/several-answers',
      message:
        `表${table}: 列の N より行の和が大きいため、1人を複数の行に数える表（複数回答）のようですが（チェッカーの判断）、` +
        (row
          ? `字下げした行${quote(label.trim())}があり、N との差（その項目のない患者の数）と内訳とを一緒に確かめられないため、判定しません`
          : `うち数の列${quote(label.trim())}に N がなく、N との差（その項目のない患者の数）をその列で確かめられないため、判定しません`),
      hint: row
        ? '内訳の行は「うち重症」のように「うち」を付けて書くか、内訳を別の表に分けて貼り付けてください'
        : `列の見出しに${quote(`${label.trim()} (N=…)`)}のように N を書いてください`,
      place: { table, line, ...(row ? { row: label.trim() } : { col: label.trim() }) },
    });
    return out;
  }
  let grid: Grid;
  if (complements) {
    // The rows as parts of the line of Ns; the うち columns (「うち男性 (N=32)」) then as any.
    grid = rewrite(complements, 'rows', table, out, true);
  } else {
    // Most tables have none: looked for before anything is copied.
    const found = (labels: string[]) => labels.some((l, i) => i > 0 && partName(l, i > 1 ? labels[i - 1] : undefined) !== undefined);
    if (!found(records.map((r) => r.fields[0] ?? '')) && !found(trimEnd(records[0]!.fields))) {
      const marked = markedComplements(records, table, title, tableN, out);
      if (marked) out.records = marked.cells.map((fields, r) => ({ fields, line: marked.lines[r]! }));
      return out;
    }
    const percent = records.slice(1).some((r) =>
      r.fields.slice(1).some((f) => {
        const c = readCell(f);
        return c.ok && c.value.kind === 'percent';
      }),
    );
    if (percent) {
      // 33.0% of 重症 and 30.0% of うち死亡 show 3 of N = 100 severe who did not die: a count no cell holds. Where every
      // column states its N and each percentage is one count of it (one decimal, N up to 1,000), the rows are read as
      // in a count table, the rest a percentage of N (its count exact); other tables of percentages cannot carry the
      // rest as a line (it stands for a count only within rounding) and are refused.
      // 「（再掲）」 is read alike where it can be part of the line above (no larger in any column, naming no other
      // lines): 入院 33.0% and 「重症（再掲）」 30.0% of N = 100 showed 3 as well. One larger somewhere, or naming lines
      // (「（再掲）重度・中等度」), lists again a sum of rows: left to shares.ts (found by arithmetic).
      // The N is each column's header's, or the one N the title or the corner states (`tableN`, read.ts).
      // The Ns in a row of their own (「症例数」「N」 over the percentages, first or last): taken into the headers.
      const sizes = sizeRow(records);
      if (sizes) {
        records = sizes.records;
        out.records = [...records];
        out.warnings.push({
          code: 'percent/sizes',
          message: `表${table}: 行${quote(sizes.label)}の数（${sizes.ns.join('、')}）を、列ごとの割合の分母（N）として読み、確かめました（推定）`,
          place: { table, line: sizes.line, row: sizes.label },
        });
      }
      const head = trimEnd(records[0]!.fields);
      const rowNs = records.slice(1).some((r) => headerDenominator(r.fields[0] ?? '') !== undefined);
      const ns = head.slice(1).map((label) => headerDenominator(label) ?? (rowNs ? undefined : tableN));
      const columnsOfWhich = head.slice(1).some(
        (l, i) =>
          partName(l, i > 0 ? head[i] : undefined) !== undefined &&
          (!REPEATED.test(normalise(l)) ||
            repeatedPart(
              head.slice(1),
              i,
              records.slice(1).map((r) => r.fields.slice(1)),
              true,
            )),
      );
      if (!columnsOfWhich && ns.length > 0 && ns.every((n) => n !== undefined && n > 0)) {
        const rows = rewrite(gridOf(records, head.length), 'rows', table, out, false, [0, ...(ns as number[])], small);
        out.records = rows.cells.map((fields, r) => ({ fields, line: rows.lines[r]! }));
        return out;
      }
      const lines = [
        ...records.slice(1).map((r) => ({ label: r.fields[0] ?? '', line: r.line, kind: '行' })),
        ...trimEnd(records[0]!.fields)
          .slice(1)
          .map((label) => ({ label, line: records[0]!.line, kind: '列' })),
      ];
      const rowLabels = records.slice(1).map((r) => r.fields[0] ?? '');
      const rowCells = records.slice(1).map((r) => r.fields.slice(1));
      const colLabels = head.slice(1);
      const first = lines.find((l, k) => {
        if (partName(l.label, undefined) === undefined) return false;
        if (!REPEATED.test(normalise(l.label))) return true;
        // 「（再掲）」 that may be part of the line above: its rest is no line the table can hold, as for うち.
        return k < rowLabels.length
          ? repeatedPart(rowLabels, k, rowCells, false)
          : repeatedPart(colLabels, k - rowLabels.length, rowCells, true);
      });
      if (first)
        out.errors.push({
          code: 'table/of-which',
          message:
            `${first.kind}${quote(first.label.trim())}は${first.kind === '行' ? '上の行' : '左の列'}の一部（うち数）のようです（チェッカーの判断）。割合だけの表では、` +
            `${first.kind === '行' ? '上の行' : '左の列'}との差（うち数に入らない患者の数）がいくつの患者数に当たるかを確かめられないため、判定しません`,
          hint: '人数を「8 (3.2%)」の形で書いてください（うち数とその残りを人数で確かめ、秘匿を提案します）',
          place: { table, line: first.line, ...(first.kind === '行' ? { row: first.label.trim() } : { col: first.label.trim() }) },
        });
      return out;
    }
    const width = records.reduce((w, r) => Math.max(w, trimEnd(r.fields).length), 0);
    grid = rewrite(gridOf(records, width), 'rows', table, out, false, undefined, small);
  }
  const transposed: Grid = {
    cells: grid.cells[0]!.map((_, c) => grid.cells.map((row) => row[c]!)),
    lines: grid.cells[0]!.map(() => grid.lines[0]!),
  };
  const back = rewrite(transposed, 'cols', table, out, false, undefined, small);
  if (back === transposed && grid.cells.length === records.length) return out;
  const cells = back.cells[0]!.map((_, r) => back.cells.map((col) => col[r]!));
  out.records = cells.map((fields, r) => ({ fields, line: grid.lines[r]! }));
  return out;
}

/**
 * The one row of a table of bare percentages whose label names a size (「症例数」「N」, sizes.ts `isSizeName`) and whose
 * every cell is a plain count, a count for every column: the records with those counts as the headers' Ns (「実薬群
 * (N=137)」) and without the row; undefined where there is none, two, or a header states another N.
 */
function sizeRow(records: readonly CsvRecord[]): { records: CsvRecord[]; ns: number[]; label: string; line: number } | undefined {
  const head = records[0]!;
  const width = trimEnd(head.fields).length - 1;
  const plainCounts = (r: CsvRecord) => Array.from({ length: width }, (_, k) => plainCount(r.fields[k + 1] ?? ''));
  const found = records.slice(1).filter((r) => isSizeName(r.fields[0] ?? '') && plainCounts(r).every((n) => n !== undefined && n > 0));
  // Not under a blank column header: read after it, a blank beside 「A群」 is A群's second column (a merged cell), and its
  // N (the groups' sum, 172 beside 39) made no total — the groups' hidden 入院 and うち重症 came back from that column
  // (combo seed 9 on the fixed lcg: 117 − 33 − 67 = 17, 82 − 31 − 41 = 10, the rest 7 shown). Refused as before
  // (`table/of-which`; without the うち line, `header/empty`).
  if (width < 1 || found.length !== 1 || head.fields.slice(1, width + 1).some((h) => h.trim() === '')) return undefined;
  const row = found[0]!;
  const ns = plainCounts(row) as number[];
  if (head.fields.slice(1, width + 1).some((h, k) => headerDenominator(h) !== undefined && headerDenominator(h) !== ns[k]))
    return undefined;
  return {
    records: [withNs(head, ns), ...records.slice(1).filter((r) => r !== row)],
    ns,
    label: (row.fields[0] ?? '').trim(),
    line: row.line,
  };
}

/** Separators of the lines a 「（再掲）」 label names (「重度・中等度」「重度＋中等度」「重度、中等度」). */
const NAMES = /[・+＋、,／/]|及び|および/;

/**
 * Whether 「（再掲）」 line `i` (index among `labels`, rows or — `cols` — columns of `cells`) may be part of the line
 * before it: it names no other line (「（再掲）重度・中等度」 names 重度 and 中等度: a sum of lines printed again), and its
 * percentage is no larger than that line's in any position (a larger one is a sum of lines, as in count tables).
 */
function repeatedPart(labels: readonly string[], i: number, cells: readonly string[][], cols: boolean): boolean {
  const parent = labels.slice(0, i).findLastIndex((l) => partName(l, undefined) === undefined);
  if (parent < 0) return false;
  if (namesLines(labels, i)) return false;
  const at = (line: number, k: number) => (cols ? cells[k]?.[line] : cells[line]?.[k]) ?? '';
  const width = cols ? cells.length : Math.max(...cells.map((r) => r.length));
  for (let k = 0; k < width; k++) {
    const [a, b] = [readCell(at(parent, k)), readCell(at(i, k))];
    if (!a.ok || !b.ok || a.value.kind !== 'percent' || b.value.kind !== 'percent') continue;
    if (b.value.percent > a.value.percent + 10 ** -Math.min(a.value.decimals, b.value.decimals)) return false;
  }
  return true;
}

/** Whether 「（再掲）」 label `i` names several lines, one of them a line of `labels` (「重度・中等度」 over 重度). */
function namesLines(labels: readonly string[], i: number): boolean {
  const name = partName(labels[i]!, undefined);
  if (name === undefined) return false;
  const words = normalise(name)
    .split(NAMES)
    .map((w) => w.trim())
    .filter((w) => w !== '');
  const known = new Set(labels.map((l) => bare(l)));
  return words.length > 1 && words.some((w) => known.has(w));
}

/** The one count a cell stands for: a count's, or a percentage's of N where its rounding allows one count only. */
function oneCount(value: CellValue, n: number | undefined): number | undefined {
  if (value.kind === 'count') return n === undefined ? value.n : undefined;
  if (n === undefined) return undefined;
  const { lo, hi } = countsForPercent(value.percent, value.decimals, n);
  return lo === hi ? lo : undefined;
}

/** `count` of `n` as a percentage with `decimals` digits, rounded half up (in whole numbers: no float ties). */
function percentText(count: number, n: number, decimals: number): string {
  const scale = 10 ** decimals;
  const units = Math.floor((2 * count * 100 * scale + n) / (2 * n));
  return `${(units / scale).toFixed(decimals)}%`;
}

/** The small-count threshold where the caller gives none (check.ts gives the rules'). */
const SMALL = 10;
/** Lines a うち line may be read as part of the sum of (「重度」「中等度」「うち入院」: two), at most. */
const RUN = 6;

/** The label of the line of Ns put in a table of several answers per patient (a total: the N of each column). */
export const N_LINE = '全体（見出しの N）';

/**
 * A count table whose columns state their N (「A群 (N=40)」) and whose rows add up past it in some column (高血圧 38 and
 * 糖尿病 20 of N = 40): one patient is counted in several rows (a table of patient background, 複数回答), and each
 * row's N less its count (40 − 38 = 2 without hypertension) is a count of patients no cell holds. Returned with a line
 * of the Ns put first, each row to be read as a うち line of it; undefined for any other table (totals, indentation,
 * うち lines, cells other than counts, a column without N: read as before).
 */
function severalAnswers(records: readonly CsvRecord[]): Grid | { refuse: { label: string; line: number; row: boolean } } | undefined {
  if (records.length < 3) return undefined;
  const head = trimEnd(records[0]!.fields);
  const cols = head.slice(1);
  const rows = records.slice(1);
  const labels = rows.map((r) => r.fields[0] ?? '');
  // うち lines (「高血圧」 then 「うち重症」) are parts of the line above: left out of the sums, read under their line.
  const ofWhich = labels.map((l, i) => i > 0 && partName(l, labels[i - 1]) !== undefined);
  if (labels.some((l) => l.trim() === '') || partName(labels[0]!, undefined) !== undefined) return undefined;
  const indented = rows.findIndex((_, i) => !ofWhich[i] && indentOf(labels[i]!) > 0);
  const top = labels.filter((_, i) => !ofWhich[i]);
  if (buildHeaders(top).headers.some((h) => h.kind !== 'item' && (indented < 0 || h.kind !== 'subtotal'))) return undefined;
  // A total column (合計) is the sum of the others, its N theirs (written or not): 合計 (N=90) over A (N=40) and B (N=50).
  // うち columns (「A群 (N=40)」 then 「うち男性 (N=32)」) are parts of the column before: their N no part of the total's.
  const colOfWhich = cols.map((l, c) => c > 0 && partName(l, cols[c - 1]) !== undefined);
  const kinds = buildHeaders(cols.filter((_, c) => !colOfWhich[c])).headers.map((h) => h.kind);
  if (kinds.some((k) => k === 'subtotal') || kinds.every((k) => k === 'total')) return undefined;
  let k = 0;
  const kindOf = cols.map((_, c) => (colOfWhich[c] ? 'part' : kinds[k++]!));
  const stated = cols.map((label) => headerDenominator(label));
  const total = kindOf.indexOf('total');
  const itemNs = stated.filter((_, c) => kindOf[c] === 'item');
  if (itemNs.some((n) => n === undefined)) return undefined;
  const unstated = cols.findIndex((_, c) => colOfWhich[c] && stated[c] === undefined);
  const whole = (itemNs as number[]).reduce((a, b) => a + b, 0);
  if (total >= 0 && stated[total] !== undefined && stated[total] !== whole) return undefined;
  const ns = stated.map((n, c) => (c === total ? whole : n));
  const sums = cols.map(() => 0);
  for (const [i, r] of rows.entries()) {
    if (trimEnd(r.fields).length !== head.length) return undefined;
    for (let c = 0; c < cols.length; c++) {
      const text = r.fields[c + 1]!;
      const cell = readValue(text);
      // A count over its column's N is no part of it (read as before: the N is said not to fit).
      if (!cell.ok || cell.value.kind !== 'count' || cell.value.denominator !== undefined) return undefined;
      if (c === unstated) continue;
      if (cell.value.n > ns[c]!) return undefined;
      if (!ofWhich[i] && indentOf(labels[i]!) === 0) sums[c]! += cell.value.n;
    }
  }
  if (!sums.some((sum, c) => sum > ns[c]!)) return undefined;
  // One line of the N in every column (「患者全体 163 (100.0%)」, a total under a word no total's) over lines adding up to
  // N exactly in every column: the whole and its breakdown, not several answers (left to the sums found, as without
  // the Ns; before, refused as several answers beside an indented line).
  const counts = rows.map((r) =>
    cols.map((_, c) => (c === unstated ? undefined : (readValue(r.fields[c + 1]!) as { value: { n: number } }).value.n)),
  );
  const wholes = rows.flatMap((_, i) =>
    !ofWhich[i] && indentOf(labels[i]!) === 0 && counts[i]!.every((n, c) => n === undefined || n === ns[c]) ? [i] : [],
  );
  if (wholes.length === 1 && sums.every((sum, c) => c === unstated || sum === 2 * ns[c]!)) return undefined;
  if (indented >= 0) return { refuse: { label: labels[indented]!, line: rows[indented]!.line, row: true } };
  if (unstated >= 0) return { refuse: { label: cols[unstated]!, line: records[0]!.line, row: false } };
  return {
    cells: [head, [N_LINE, ...ns.map(String)], ...rows.map((r) => trimEnd(r.fields))],
    lines: [records[0]!.line, records[0]!.line, ...rows.map((r) => r.line)],
  };
}

/**
 * A table said to be of several answers per patient (複数回答 in the title or the corner) whose lines add up past the
 * N of a column, with each column's N in its header or the one N of the title and the corner (「併存疾患（複数回答）
 * N=40」 over 高血圧 38 and 糖尿病 35): each row's complement, N less its count (2 without hypertension), is a count of
 * patients no cell holds — and each count is at most N, which an attacker knows: with 合計 93 and 脂質異常症 20
 * published, 高血圧 and 糖尿病 hidden add up to 73, so each is 33 to 40, its complement 0 to 7. Before, such cells were
 * hidden for their complement (primary.ts `complements`) and audited on their own range (0 to 73). Now each row's
 * complement is a line of ours (「高血圧以外」, N − 38, under its row), the row and it a breakdown of the Ns (a sum
 * with `stated`, `Decomposition.stated`), checked, suppressed and audited as any count. Counts, or bare percentages
 * each one count of N (otherwise read as before); rows of items and totals only (no うち lines, no subtotals); a
 * count over its N, or a column without N, leaves the table as before.
 */
function markedComplements(
  records: readonly CsvRecord[],
  table: number,
  title: string,
  tableN: number | undefined,
  out: OfWhich,
): Grid | undefined {
  const head = trimEnd(records[0]!.fields);
  if (records.length < 3 || !MULTIPLE_ANSWERS.test(`${title} ${head[0] ?? ''}`)) return undefined;
  const rows = records.slice(1);
  const labels = rows.map((r) => r.fields[0] ?? '');
  if (labels.some((l) => l.trim() === '' || indentOf(l) > 0)) return undefined;
  const kinds = buildHeaders(labels).headers.map((h) => h.kind);
  if (kinds.some((k) => k !== 'item' && k !== 'total') || !kinds.includes('item')) return undefined;
  const rowNs = labels.some((l) => headerDenominator(l) !== undefined);
  const ns = head.slice(1).map((label) => headerDenominator(label) ?? (rowNs ? undefined : tableN));
  if (ns.length === 0 || ns.some((n) => n === undefined || n <= 0)) return undefined;
  const counts: number[][] = [];
  const decimals: number[][] = [];
  for (const [i, r] of rows.entries()) {
    if (trimEnd(r.fields).length !== head.length) return undefined;
    const line: number[] = [];
    const places: number[] = [];
    for (let c = 1; c < head.length; c++) {
      const cell = readValue(r.fields[c]!);
      if (!cell.ok || (cell.value.kind === 'count' && cell.value.denominator !== undefined)) return undefined;
      const n = oneCount(cell.value, cell.value.kind === 'percent' ? ns[c - 1] : undefined);
      // A total of answers may pass N; an item over it is no part of it (read as before: the N is said not to fit).
      if (n === undefined || (kinds[i] === 'item' && n > ns[c - 1]!)) return undefined;
      line.push(n);
      places.push(cell.value.kind === 'percent' ? cell.value.decimals : -1);
    }
    counts.push(line);
    decimals.push(places);
  }
  const items = counts.filter((_, i) => kinds[i] === 'item');
  if (!ns.some((n, c) => items.reduce((s, line) => s + line[c]!, 0) > n!)) return undefined;
  const cells: string[][] = [head];
  const lines: number[] = [records[0]!.line];
  const pairs: [number, number][] = [];
  rows.forEach((r, i) => {
    cells.push(trimEnd(r.fields));
    lines.push(r.line);
    if (kinds[i] !== 'item') return;
    const rest = counts[i]!.map((x, c) => {
      const d = decimals[i]![c]!;
      return d < 0 ? String(ns[c]! - x) : percentText(ns[c]! - x, ns[c]!, d);
    });
    cells.push([`  ${bare(labels[i]!)}以外`, ...rest]);
    lines.push(r.line);
    pairs.push([cells.length - 3, cells.length - 2]);
  });
  out.decompositions.push({ axis: 'rows', parent: -1, pairs, runs: [], stated: ns as number[] });
  const given = [...new Set(ns)].join('、');
  out.warnings.push({
    code: 'layout/complement',
    message:
      `表${table}: 題名か左上のセルに「複数回答」とあり、行の和が N（${given}）より大きいため、1人を複数の行に数える表と読みました（推定）。` +
      `各行の N との差（${names(pairs.slice(0, 3).map(([, rest]) => bare(cells[rest + 1]![0]!)))}${pairs.length > 3 ? ` ほか ${pairs.length - 3} 行` : ''}）は、N と公表した数から引き算で分かる患者数で、` +
      `どのセルも N を超えないことも分かるため、行として加えて確かめました（チェッカーの判断）。公表する表に、加えた行を載せる必要はありません`,
    place: { table, line: rows[0]!.line, row: labels[0]!.trim() },
  });
  return { cells, lines };
}

function rewrite(
  grid: Grid,
  axis: 'rows' | 'cols',
  table: number,
  out: OfWhich,
  ns = false,
  /** A table of bare percentages: each column's N (index 1 on), which makes each percentage one count. */
  percentNs?: number[],
  small = SMALL,
): Grid {
  const kind = axis === 'rows' ? '行' : '列';
  const labels = grid.cells.map((l) => l[0]!);
  const headers = buildHeaders(labels.slice(1)).headers;
  const place = (i: number) => ({
    table,
    line: grid.lines[i]!,
    ...(axis === 'rows' ? { row: labels[i]!.trim() } : { col: labels[i]!.trim() }),
  });
  // Each うち line with its parent: the nearest line above that is none, or a うち line above written less deep
  // (「　うち重症」 then 「　　うち死亡」: of the severe, those who died).
  // In a table of several answers (`ns`), line 1 is the line of Ns, and each line that is no うち line is its part.
  const parts = new Map<number, number[]>();
  let parent: number | undefined;
  const open: { index: number; indent: number }[] = [];
  for (let i = 1; i < labels.length; i++) {
    const found = ns && i === 1 ? undefined : partName(labels[i]!, parent === undefined ? undefined : labels[parent]!);
    // 「（再掲）重度・中等度」 names the lines it adds up: a sum printed again, read as written (sums.ts, shares.ts).
    const name = found !== undefined && REPEATED.test(normalise(labels[i]!)) && namesLines(labels, i) ? undefined : found;
    if (name === undefined) {
      if (ns && i > 1) parts.set(1, [...(parts.get(1) ?? []), i]);
      parent = i;
      open.length = 0;
      continue;
    }
    const grouped = groupPart(labels, i);
    if (grouped !== undefined) {
      parts.set(grouped.parent, [...(parts.get(grouped.parent) ?? []), i]);
      continue;
    }
    const indent = indentOf(labels[i]!);
    while (open.length > 0 && open[open.length - 1]!.indent >= indent) open.pop();
    const nested = open[open.length - 1]?.index;
    open.push({ index: i, indent });
    if (nested !== undefined) {
      parts.set(nested, [...(parts.get(nested) ?? []), i]);
      continue;
    }
    if (parent === undefined) {
      out.errors.push({
        code: 'table/of-which',
        message: `${kind}${quote(labels[i]!.trim())}は${axis === 'rows' ? '上の行' : '左の列'}の一部（うち数・再掲）のようですが、その${axis === 'rows' ? '上に行' : '左に列'}がありません（チェッカーの判断）`,
        hint: `うち数なら、その元になる${kind}の直後に置いてください。独立した項目なら見出しから「うち」「再掲」を外してください`,
        place: place(i),
      });
      continue;
    }
    parts.set(parent, [...(parts.get(parent) ?? []), i]);
  }
  if (parts.size === 0) return grid;
  const partLines = new Set([...parts.values()].flat());
  // The one count of each cell of line `q` (undefined where one is none).
  const countsOf = (q: number) => {
    const counts: number[] = [];
    for (let c = 1; c < grid.cells[0]!.length; c++) {
      const r = readValue(grid.cells[q]![c]!);
      const n = r.ok ? oneCount(r.value, percentNs?.[c]) : undefined;
      if (n === undefined) return undefined;
      counts.push(n);
    }
    return counts;
  };
  // The lines just before line `p` that a うち line under it may also be read as part of the sum of (「重度」 before
  // 「中等度」 then 「うち入院」): items as deep as `p`, nearest first, past its own うち lines, up to a total or
  // subtotal, a line of another depth or `RUN` lines.
  const runBefore = (p: number) => {
    const found: number[] = [];
    // In a table of several answers the lines overlap anyway, and none is read so.
    if (ns || partLines.has(p) || headers[p - 1]!.kind !== 'item') return found;
    for (let q = p - 1; q >= 1 && found.length < RUN - 1; q--) {
      if (partLines.has(q)) continue;
      if (headers[q - 1]!.kind !== 'item' || indentOf(labels[q]!) !== indentOf(labels[p]!)) break;
      found.push(q);
    }
    return found;
  };
  const inserted = new Map<number, { label: string; values: string[] }[]>();
  const runs = new Map<number, number[]>();
  const groups: { parent: number; subs: number[] }[] = [];
  for (const [p, subs] of parts) {
    const name = labels[p]!.trim();
    const refuse = (message: string, hint: string) => out.errors.push({ code: 'table/of-which', message, hint, place: place(subs[0]!) });
    const h = headers[p - 1]!;
    if (/^(?:小計|subtotal)/i.test(bare(name))) {
      refuse(
        `${kind}${subs.map((s) => `${quote(labels[s]!.trim())}`).join('')}は小計の${kind}${quote(name)}の一部（うち数・再掲）のようです（チェッカーの判断）。小計がどの${kind}の和かとうち数とを同じ見出しで表せないため、判定しません`,
        `小計の見出しを「重症計」のような名前にするか、うち数の${kind}を、${quote(name)}の${kind}とその${kind}だけの別の表に分けて貼り付けてください（同じ見出しの表は一緒に確かめます）`,
      );
      continue;
    }
    const rests: { s: number; label: string; values: string[]; more: { label: string; values: string[] }[] }[] = [];
    let skip = false;
    for (const s of subs) {
      const values: string[] = [];
      const restCounts: number[] = [];
      const decimals: number[] = [];
      for (let c = 1; c < grid.cells[0]!.length && !skip; c++) {
        const [a, b] = [grid.cells[p]![c]!, grid.cells[s]![c]!];
        const [ra, rb] = [readValue(a), readValue(b)];
        // A cell that fails to read, or a percentage among counts (a count table has none): the table is refused
        // where its cells are read, with its own message.
        const [na, nb] = [ra.ok ? oneCount(ra.value, percentNs?.[c]) : undefined, rb.ok ? oneCount(rb.value, percentNs?.[c]) : undefined];
        if (na === undefined || nb === undefined) {
          // 「（再掲）」 over the line above in some position (its least count over the line's most) lists again a
          // sum of lines: read as written (shares.ts).
          const range = (r: typeof ra) =>
            r.ok && r.value.kind === 'percent' && percentNs?.[c] !== undefined
              ? countsForPercent(r.value.percent, r.value.decimals, percentNs[c]!)
              : undefined;
          const [qa, qb] = [range(ra), range(rb)];
          if (qa && qb && qb.lo > qa.hi && REPEATED.test(normalise(labels[s]!))) {
            skip = true;
            break;
          }
          if (percentNs && ra.ok && rb.ok)
            refuse(
              `${kind}${quote(labels[s]!.trim())}は${kind}${quote(name)}の一部（うち数）のようです（チェッカーの判断）。${quote(grid.cells[0]![c]!.trim())}の割合が N=${percentNs[c]} の一つの人数に決まらないため、残り（うち数に入らない患者の数）を確かめられず、判定しません`,
              '割合を小数第1位まで書くか（N が 1,000 以下のとき人数が一つに決まります）、人数を「8 (3.2%)」の形で書いてください',
            );
          skip = true;
          break;
        }
        const rest = na - nb;
        // 「（再掲）重度・中等度」 may list again the sum of rows above, not a part of the line above: read as written
        // (sums.ts finds the sum by arithmetic).
        if (rest < 0 && REPEATED.test(normalise(labels[s]!))) {
          skip = true;
          break;
        }
        if (rest < 0) {
          // Part of the sum of the lines just before it (「重度」「中等度」 then 「うち入院」 over 中等度): which lines, and
          // whether they all are, cannot be told — the rest of each sum would be a count. Said with the lines whose sum
          // is the least that holds it, and how to write it.
          const sub = countsOf(s);
          let acc = countsOf(p);
          const run = [p];
          for (const q of runBefore(p)) {
            const more = countsOf(q);
            if (!acc || !sub || !more || sub.every((x, k) => x <= acc![k]!)) break;
            acc = acc.map((x, k) => x + more[k]!);
            run.unshift(q);
          }
          const holds = acc && sub && run.length > 1 && sub.every((x, k) => x <= acc![k]!);
          const named = run.map((q) => bare(labels[q]!));
          refuse(
            `${kind}${quote(labels[s]!.trim())}は${kind}${quote(name)}の一部（うち数・再掲）と読みましたが（チェッカーの判断）、${quote(grid.cells[0]![c]!.trim())}で ${b.trim()} と、元の ${a.trim()} より多くなっています` +
              (holds ? `。${names(named)}を合わせた数の一部とも読めますが、どの${kind}を合わせた数か決められないため、判定しません` : ''),
            holds
              ? `${names(named)}を合わせた数の一部なら、その和の${kind}（${quote(named.join('・'))}）と${quote(labels[s]!.trim())}の${kind}を別の表に分けて貼り付けてください（同じ見出しの表は一緒に確かめ、残りも確かめます）。うち数でなければ、見出しから「うち」を外してください`
              : `値を確かめてください。いくつかの${kind}を合わせた数の一部なら、その合計の${kind}をすぐ前に置いてください。うち数でなければ、見出しから「うち」を外してください`,
          );
          skip = true;
          break;
        }
        values.push(percentNs ? percentText(rest, percentNs[c]!, (ra as { value: PercentValue }).value.decimals) : String(rest));
        restCounts.push(rest);
        decimals.push(percentNs ? (ra as { value: PercentValue }).value.decimals : 0);
      }
      if (skip) break;
      // Under a total the rest is named by the part alone: 「合計のうち重症以外」 would read as a total of its own.
      // The N a うち line states is left out of its name (「うち男性 (N=42)」 names 男性), and where both lines state
      // one, the rest states theirs: 全体 (N=50) and うち男性 (N=42) show 8 patients not men, an N as any.
      const part = groupPart(labels, s)?.name ?? partName(bare(labels[s]!), bare(name)) ?? bare(labels[s]!);
      const whole = parentName(labels, p);
      const [np, nsub] = [headerDenominator(labels[p]!), headerDenominator(labels[s]!)];
      const n = np !== undefined && nsub !== undefined && np >= nsub ? ` (N=${np - nsub})` : '';
      // Read as part of the sum of the lines just before it too (「重度」「中等度」「うち入院」: of the severe and the
      // moderate, 重度 + 中等度 − 入院 = 重度 + the rest), which an attacker may take: each such rest under the threshold
      // somewhere is a line of ours as well (`runs`), the sum of the line before it and the shorter rest. At the
      // threshold or over everywhere it holds no small count, nor do the longer ones.
      const more: { label: string; values: string[] }[] = [];
      let acc = restCounts;
      const named = [whole];
      for (const q of runBefore(p)) {
        const line = countsOf(q);
        if (!line || !acc.some((x) => x < small)) break;
        acc = acc.map((x, k) => x + line[k]!);
        named.unshift(bare(labels[q]!));
        if (!acc.some((x) => x < small)) break;
        runs.set(s, [...(runs.get(s) ?? []), q]);
        more.push({
          label: `${named.join('・')}のうち${part}以外`,
          values: acc.map((x, k) => (percentNs ? percentText(x, percentNs[k + 1]!, decimals[k]!) : String(x))),
        });
      }
      rests.push({ s, label: (h.kind === 'total' ? `${part}以外` : `${whole}のうち${part}以外`) + n, values, more });
    }
    if (skip) continue;
    for (const r of rests) inserted.set(r.s, [{ label: r.label, values: r.values }, ...r.more]);
    groups.push({ parent: p, subs });
    if (ns && p === 1) {
      const given = grid.cells[p]!.slice(1).join('、');
      out.warnings.push({
        code: 'layout/complement',
        message:
          `表${table}: 列の N（${given}）より行の和が大きいため、1人を複数の行に数える表（複数回答・患者背景の各項目）と読みました（推定）。` +
          `各行の N との差（${names(rests.slice(0, 3).map((r) => r.label))}${rests.length > 3 ? ` ほか ${rests.length - 3} 行` : ''}）は、N と公表した数から引き算で分かる患者数のため、` +
          `行として加え、N を行${quote(name)}として置いて確かめました（チェッカーの判断）。公表する表に、加えた行を載せる必要はありません`,
        place: place(subs[0]!),
      });
      continue;
    }
    out.warnings.push({
      code: 'layout/of-which',
      message:
        `表${table}: ${kind}${names(subs.map((s) => labels[s]!.trim()))}を${kind}${quote(name)}の一部（うち数・再掲）と読み` +
        (subs.length > 1 ? '（互いに重なることがあるものとして、それぞれ別に）' : '') +
        `、残りの${kind}${names(rests.map((r) => r.label))}（${quote(name)}から引いた数）を加えて確かめました（チェッカーの判断）。` +
        (rests.some((r) => r.more.length > 0)
          ? `すぐ前の${kind}と合わせた数の一部とも読めるため、その残り${names(rests.flatMap((r) => r.more.map((m) => m.label)))}も閾値未満の数として加えました（チェッカーの判断）。`
          : '') +
        `残りは表にないセルですが、2つの${kind}から引き算で分かる患者数です。公表する表に、この${kind}を載せる必要はありません`,
      place: place(subs[0]!),
    });
  }
  if (inserted.size === 0) return grid;
  const cells: string[][] = [];
  const lines: number[] = [];
  const at = new Map<number, number>();
  const restAt = new Map<number, number>();
  const parentOf = new Map(groups.flatMap(({ parent, subs }) => subs.map((s) => [s, parent] as const)));
  // A うち line's rest follows its own うち lines and theirs: each line of the rewritten table indented under its parent.
  const indents = new Map<number, number>();
  const within = (owner: number, i: number) => {
    for (let p = parentOf.get(i); p !== undefined; p = parentOf.get(p)) if (p === owner) return true;
    return false;
  };
  const pending: number[] = [];
  const flush = (before?: number) => {
    while (pending.length > 0 && (before === undefined || !within(pending[pending.length - 1]!, before))) {
      const owner = pending.pop()!;
      restAt.set(owner, cells.length);
      for (const { label, values } of inserted.get(owner)!) {
        cells.push([' '.repeat(indents.get(owner)!) + label, ...values]);
        lines.push(grid.lines[owner]!);
      }
    }
  };
  grid.cells.forEach((line, i) => {
    flush(i);
    at.set(i, cells.length);
    if (!inserted.has(i)) {
      indents.set(i, indentOf(labels[i]!));
      cells.push(line);
      lines.push(grid.lines[i]!);
      return;
    }
    const indent = indents.get(parentOf.get(i)!)! + 2;
    indents.set(i, indent);
    cells.push([' '.repeat(indent) + line[0]!.trim(), ...line.slice(1)]);
    lines.push(grid.lines[i]!);
    pending.push(i);
  });
  flush();
  // Indices of headers (the label line is not one).
  for (const { parent, subs } of groups)
    out.decompositions.push({
      axis,
      parent: at.get(parent)! - 1,
      pairs: subs.map((s) => [at.get(s)! - 1, restAt.get(s)! - 1] as [number, number]),
      // Each rest of a sum of lines: the line before the sum's first and the shorter rest (the first is the rest's).
      runs: subs.flatMap((s) =>
        (runs.get(s) ?? []).map((q, k) => ({
          rest: restAt.get(s)! + k,
          parts: [at.get(q)! - 1, restAt.get(s)! + k - 1] as [number, number],
        })),
      ),
      ...(ns && parent === 1 && { ns: true as const }),
    });
  return { cells, lines };
}

/**
 * A line and its うち lines with their rests (header indices after the rewrite): the line is the sum of each うち line
 * and its rest. The first pair are its children (it is their subtotal); each other pair, which may overlap the first,
 * is a sum of its own (`FoundSum`, an alternative); under a total with items every pair is, the total staying the sum
 * of the items.
 */
export interface Decomposition {
  axis: 'rows' | 'cols';
  parent: number;
  pairs: [number, number][];
  /**
   * The rests of the sums of lines just before the parent that each うち line may be part of too (「重度」「中等度」
   * 「うち入院」: 重度・中等度のうち入院以外), each the sum of a line and the shorter rest; lines of ours as the rests are.
   */
  runs: { rest: number; parts: [number, number] }[];
  /** The parent is the line of the columns' Ns put in a table of several answers per patient (`severalAnswers`). */
  ns?: true;
  /**
   * No line is the parent (`parent` −1): each pair, a row and its complement, is a breakdown of these Ns, one per
   * column (`markedComplements`: 複数回答 with the N in the title or the headers).
   */
  stated?: number[];
}

/**
 * Puts the うち lines and their rests under their line in `headers` as built from the indentation (which makes every
 * pair children of one line, or of the item before a total), and gives the sums that the children do not hold.
 */
export function applyDecompositions(headers: Header[], axis: 'rows' | 'cols', decompositions: readonly Decomposition[]): FoundSum[] {
  const sums: FoundSum[] = [];
  for (const d of decompositions) {
    if (d.axis !== axis) continue;
    if (d.stated) {
      // Each row and its complement: the complement no part of any line (a 合計 stays the sum of the rows).
      const rests = new Set(d.pairs.map(([, rest]) => rest));
      for (const h of headers) h.children = h.children.filter((c) => !rests.has(c));
      for (const [row, rest] of d.pairs) {
        headers[rest]!.parent = row;
        headers[rest]!.rest = true;
        sums.push({ axis, header: null, parts: [row, rest], stated: [...d.stated], how: 'set', alternative: true });
      }
      continue;
    }
    const parts = new Set([...d.pairs.flat(), ...d.runs.map((r) => r.rest)]);
    for (const h of headers) h.children = h.children.filter((c) => !parts.has(c));
    for (const p of parts) headers[p]!.parent = d.parent;
    for (const [, rest] of d.pairs) headers[rest]!.rest = true;
    for (const run of d.runs) {
      headers[run.rest]!.rest = true;
      sums.push({ axis, header: run.rest, parts: [...run.parts], how: 'set', alternative: true });
    }
    const parent = headers[d.parent]!;
    if (d.ns) parent.ns = true;
    const rest = parent.children.length === 0 ? d.pairs.slice(1) : d.pairs;
    if (parent.children.length === 0) parent.children = [...d.pairs[0]!];
    for (const pair of rest) sums.push({ axis, header: d.parent, parts: [...pair], how: 'set', alternative: true });
  }
  if (sums.length === 0 && !decompositions.some((d) => d.axis === axis)) return sums;
  for (const h of headers) {
    if (h.kind === 'subtotal' && h.children.length === 0) h.kind = 'item';
    if (h.kind === 'item' && h.children.length > 0) h.kind = 'subtotal';
  }
  setDepths(headers);
  return sums;
}
