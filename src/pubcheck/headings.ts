/**
 * Section heading rows of a Table 1 (patient characteristics), as papers print them: a label row whose value cells
 * are all blank, a dash, or the unit of the rows under it (「n (%)」), naming the variable of the rows below —
 *
 *     性別
 *     男性	30	35
 *     女性	27	28
 *     年齢
 *     65歳未満	20	30
 *
 * also 「【性別】」, 「性別, n (%)」, the rows under it indented or not. Such a row holds no count: it is read (by the
 * checker's judgement) as the name of the block of rows under it — up to the next heading, a row with no values, a
 * total or the end — and each of those rows is read with the heading joined in front of its label, as a label
 * column of its own would be (「性別・男性」, layout.ts): rests.ts reads such a group as one variable's breakdown of
 * each group's N (a block short of N by 1 to the threshold is a blocking finding; one adding up to N an equation,
 * sums.ts), and labels.ts links it across tables by that name.
 *
 * A heading over headings (「患者背景」 over 「性別」 over its rows, up to three deep) is the name of a section: taken out,
 * joined to no label (it holds no count and names no breakdown), and said (read.ts). Rows indented under a heading end
 * at the first row no deeper than the heading (tableone: 「stage (%)」 over its levels, then 「sex = f (%)」).
 *
 * A heading stating its rows' N (refuse4): in its label (「性別 (N=57)」) over one column of values or over groups and one
 * total column (the total's), or as a count in a cell beside 「n (%)」 in the others (「性別」「57」「n (%)」: that column's),
 * is read where its rows add up to that N there (`Heading.sums`, an equation read.ts adds), else refused in words
 * (`UnreadHeading`, `layout/heading-n`). Not read, and refused as before (`row/short`, the row's values missing): a
 * heading with a number in a value cell and no 「n (%)」 beside it; a total's label; and one over rows that are not one
 * level of plain items — rows indented unevenly, うち / 再掲 lines, 小計 — whose reading under a heading is not settled.
 */
import { normalise, readCell } from './cell.ts';
import { quote } from './quote.ts';
import { trimEnd, type CsvRecord } from './csv.ts';
import { DENOMINATOR_TEXT, countText, headerDenominator, indentOf, isTotalLabel } from './header.ts';

/** A heading read: its line, the label as written, the name joined to its rows, and the rows' lines. */
export interface Heading {
  line: number;
  label: string;
  name: string;
  rows: number[];
  /**
   * The block's sum the heading states per column (by the column's header as written): its label's N where the table
   * has one column of values or one total column (「性別 (N=57)」), or a count in its cells beside 「n (%)」 — each the
   * sum of the rows under it in that column (read.ts holds the rows to it, an equation).
   */
  sums?: { col: string; n: number }[];
  /**
   * The block's sum over every group the heading states (attack25): its label's N over several groups and no total
   * column, where the rows' counts over all the groups add up to it (「性別 (N=110)」 over A群 57 and B群 53) — an
   * equation across the columns (read.ts `Table.crossSums`).
   */
  across?: number;
}

/** A heading that states an N the checker cannot place or that its rows do not add up to: refused in words (read.ts). */
export interface UnreadHeading {
  line: number;
  label: string;
  why: string;
  /** How to write it, where the rows' sums tell (refuse6: the N over several groups and no 合計). */
  hint?: string;
}

/** A heading over headings (「患者背景」 over 「性別」): a section's name, no count, joined to no label. */
export interface Section {
  line: number;
  label: string;
}

const blank = (s: string | undefined) => (s ?? '').trim() === '';
/** A dash for 「no value here」 in a heading row (「-」「—」「－」). */
const DASH = /^[-‐‑‒–—―−ー－]$/;
/** Words for a category (a missing one, a 「no」) that a row of dashes (zeros) may stand under, never a heading. */
const ZERO_WORD = /^(不明|欠測|未測定|未記載|無回答|その他|該当なし|なし|無し?|いいえ|非該当|unknown|missing|other|none|no|n\/?a)$/i;
/** The unit of the rows under a heading, written in its cells: 「n (%)」「n」「%」「人数」「例数 (%)」. */
const UNIT = /^(?:n|%|n\s*[(（]\s*%\s*[)）]|[(（]\s*%\s*[)）]|[(（]\s*n\s*[)）]|人数|例数|患者数|症例数|件数)(?:\s*[(（]\s*%\s*[)）])?$/i;
/** Lines that count part of the line above (ofwhich.ts) or close the lines before them. */
const PART = /^(?:うち|内\s|再掲)|[(（[［]\s*(?:再掲|うち数|内数)|^(?:小計|subtotal)/i;

/** A value cell of a heading row: blank, a dash or a unit, never a number. */
const emptyCell = (s: string) => {
  const t = normalise(s).trim();
  return t === '' || DASH.test(t) || UNIT.test(t);
};
/** A cell holding something (a count, a percentage, a hidden mark): a row of values. */
const valued = (s: string) => !emptyCell(s);

/** The heading's name as joined to its rows: 「【性別】」 → 「性別」, a trailing colon taken off; a unit kept. */
function nameOf(label: string, cells: readonly string[]): string {
  let name = label
    .trim()
    .replace(/^[【［[〔〈《■□●○◆◇▼▽・*＊]+\s*/, '')
    .replace(/(?<!\s)\s*[】］\]〕〉》]\s*/, ' ')
    .replace(/(?<![\s:：,，、])[\s:：,，、]+$/, '')
    .trim();
  // The unit written in the cells (「n (%)」) goes with the name, so the rows keep it (read.ts reads 「3 (10.0)」 under it).
  const unit = cells.map((c) => normalise(c).trim()).find((c) => UNIT.test(c) && c.includes('%'));
  if (unit !== undefined && !name.includes('%')) name = `${name} ${unit}`;
  return name.replace(/・/g, ' ');
}

/** 「30 (52.6)」 or 「30 (52.6%)」: its n, its bracket and the bracket's decimals. */
const N_SHARE = /^(\d+)\s*[(（]\s*(\d+(?:\.(\d+))?)\s*(?:%\s*)?[)）]$/;

/**
 * Whether the rows under a heading are 「n (p)」 cells (some at least, the others counts or blank) whose every p is n's
 * share of the rows' sum in its column, within half a unit of its last digit: the brackets are shares of the block.
 */
function bracketShares(rows: readonly CsvRecord[], width: number): boolean {
  let seen = 0;
  for (let k = 0; k < width; k++) {
    const cells = rows.map((x) => normalise(x.fields[k + 1] ?? '').trim());
    const parsed = cells.map((t) => N_SHARE.exec(t));
    const counts = cells.map((t, i) => (parsed[i] ? Number(parsed[i]![1]) : /^\d+$/.test(t) ? Number(t) : undefined));
    if (counts.some((n) => n === undefined)) return false;
    const sum = counts.reduce((a: number, n) => a + n!, 0);
    for (const m of parsed) {
      if (!m) continue;
      seen++;
      const h = 0.5 * 10 ** -(m[3]?.length ?? 0);
      if (sum === 0 || Math.abs((100 * Number(m[1])) / sum - Number(m[2])) > h + 1e-9) return false;
    }
  }
  return seen > 0;
}

/**
 * The sum of a block's counts over every column (a count, or the n of 「30 (52.6)」 whose bracket is that n's share of
 * the block's sum in its column): undefined where a cell is anything else (a hidden mark, a blank, a mean).
 */
function acrossSums(rows: readonly CsvRecord[], width: number): number | undefined {
  let sum = 0;
  for (const x of rows)
    for (let k = 0; k < width; k++) {
      const t = normalise(x.fields[k + 1] ?? '').trim();
      const m = N_SHARE.exec(t);
      if (m) sum += Number(m[1]);
      else if (/^\d+$/.test(t)) sum += Number(t);
      else return undefined;
    }
  return sum;
}

/**
 * The records with each heading row taken out and its name joined in front of the labels of the rows under it; the
 * headings read. `records[0]` is the header row.
 */
export function readHeadings(records: readonly CsvRecord[]): {
  records: CsvRecord[];
  headings: Heading[];
  sections: Section[];
  unread: UnreadHeading[];
} {
  const body = records.slice(1);
  const head = (records[0]?.fields ?? []).slice(1).map((f) => f.trim());
  const unread: UnreadHeading[] = [];
  /** A count alone in a heading's cell (「57」): the block's N there, where another cell is a unit (「n (%)」). */
  const countIn = (s: string) =>
    /^\d{1,3}(?:,\d{3})*$|^\d+$/.test(normalise(s).trim()) ? Number(normalise(s).trim().replace(/,/g, '')) : undefined;
  const withCounts = (fields: readonly string[]) =>
    fields.some((f) => countIn(f) !== undefined) &&
    fields.some((f) => UNIT.test(normalise(f).trim())) &&
    fields.every((f) => emptyCell(f) || countIn(f) !== undefined);
  // Each row's answer kept (html9): `section` and `heads` ask about a row and the rows after it again and again.
  const headingAt = new Map<number, boolean>();
  const isHeading = (i: number) => {
    let known = headingAt.get(i);
    if (known === undefined) headingAt.set(i, (known = isHeadingNow(i)));
    return known;
  };
  const isHeadingNow = (i: number) => {
    const r = body[i];
    if (r === undefined) return false;
    const label = r.fields[0] ?? '';
    if (blank(label) || isTotalLabel(label) || PART.test(label.trim())) return false;
    // The label a word, not a value (a row of a value and blanks is something else).
    if (readCell(label).ok) return false;
    // A count beside 「n (%)」 in its cells (the block's N there) only under a label that states none.
    if (!r.fields.slice(1).every(emptyCell) && (headerDenominator(label) !== undefined || !withCounts(r.fields.slice(1)))) return false;
    // A row of dashes under a category's word (「不明」「なし」 — 0 written as 「-」) is a row of zeros.
    return !(dashes(i) && ZERO_WORD.test(normalise(label).trim()));
  };
  const dashes = (i: number) => body[i]!.fields.slice(1).some((f) => DASH.test(normalise(f).trim()));
  const heads = (i: number) => isHeading(i) && hasValues(i + 1);
  const hasValues = (i: number) => {
    const r = body[i];
    return r !== undefined && !blank(r.fields[0]) && trimEnd(r.fields).slice(1).some(valued);
  };
  // A heading over headings (「患者背景」 over 「性別」 over its rows), up to three deep: the name of a section.
  const section = (i: number, depth = 0): boolean =>
    depth < 3 && isHeading(i) && !hasValues(i + 1) && (heads(i + 1) || section(i + 1, depth + 1));
  const headings: Heading[] = [];
  const sections: Section[] = [];
  const out: CsvRecord[] = [records[0]!];
  for (let i = 0; i < body.length; i++) {
    const r = body[i]!;
    if (section(i)) {
      sections.push({ line: r.line, label: (r.fields[0] ?? '').trim() });
      continue;
    }
    if (!heads(i)) {
      out.push(r);
      continue;
    }
    // The rows under it: up to the next row with no values (a heading or not), a total, or the end.
    let j = i + 1;
    // A row of dashes that heads no rows is a row of zeros, in the block.
    while (
      j < body.length &&
      (hasValues(j) || (dashes(j) && !blank(body[j]!.fields[0]) && !heads(j))) &&
      !isTotalLabel(body[j]!.fields[0] ?? '') &&
      // The next heading, where its cells hold a count beside 「n (%)」 (it has values).
      !heads(j)
    )
      j++;
    // Rows indented under the heading end where a row is no deeper than the heading (tableone: 「stage (%)」 over its
    // levels indented, then 「sex = f (%)」 at the heading's depth, a row of its own).
    const own = indentOf(r.fields[0] ?? '');
    const first = indentOf(body[i + 1]!.fields[0] ?? '');
    if (first > own) {
      const end = body.slice(i + 1, j).findIndex((x) => indentOf(x.fields[0] ?? '') <= own);
      if (end > 0) j = i + 1 + end;
    }
    const rows = body.slice(i + 1, j);
    const indents = rows.map((x) => indentOf(x.fields[0] ?? ''));
    if (indents.some((d) => d !== indents[0]) || rows.some((x) => PART.test((x.fields[0] ?? '').trim()))) {
      // Not one level of plain items: left as written (the heading row is refused for its missing values).
      out.push(r);
      continue;
    }
    const label = (r.fields[0] ?? '').trim();
    const labelN = headerDenominator(label);
    // The sums the heading states: its label's N in the one column of values or the one total column; its cells' counts.
    const totals = head.flatMap((h, k) => (isTotalLabel(h) ? [k] : []));
    const at = labelN === undefined ? [] : head.length === 1 ? [0] : totals.length === 1 ? totals : [];
    const sums =
      labelN !== undefined
        ? at.map((k) => ({ col: head[k]!, k, n: labelN }))
        : r.fields.slice(1).flatMap((f, k) => (countIn(f) === undefined || k >= head.length ? [] : [{ col: head[k]!, k, n: countIn(f)! }]));
    // The N over several groups and no 合計, where the block's counts over every group add up to it (each row's cells
    // all counts or 「n (p)」, the brackets shares of the block's sum in their column): the N is their sum over the
    // groups (チェッカーの判断), an equation across the columns (attack25; refused with the columns' Ns before).
    const acrossN =
      labelN !== undefined && at.length === 0 && totals.length === 0 && head.length > 1 && acrossSums(rows, head.length) === labelN
        ? labelN
        : undefined;
    if (labelN !== undefined && at.length === 0 && acrossN === undefined) {
      // The block's sum in each column (counts, or the n of 「30 (52.6)」): where they add up to the N, the N is their
      // sum over the groups — an equation across columns the checker does not hold; the words then say what to write.
      const blockSums = head.map((_, k) =>
        rows.reduce<number | undefined>((a, x) => {
          const m = /^(\d+)(?:\s*[(（][^()（）]*[)）])?$/.exec(normalise(x.fields[k + 1] ?? '').trim());
          return a === undefined || m === null ? undefined : a + Number(m[1]);
        }, 0),
      );
      const known = blockSums.every((n) => n !== undefined) ? (blockSums as number[]) : undefined;
      const over = known && known.reduce((a, n) => a + n, 0) === labelN && totals.length === 0;
      unread.push({
        line: r.line,
        label,
        why:
          `N=${labelN} がどの列の人数か分かりません（値の列が${head.length}列あり、合計の列が${totals.length === 0 ? 'ありません' : '2列以上あります'}）` +
          (over
            ? `。下の行の和は${head.map((h, k) => `${quote(h)} ${known[k]}`).join('、')}で、その計が N=${labelN} に合うため、N は群をあわせた人数のようです（チェッカーの判断）。このチェッカーは、列をまたぐ和を確かめる式を持たないため読みません`
            : ''),
        ...(over
          ? {
              hint:
                `見出しの行から N を外し、群ごとの N を列見出しに${head.map((h, k) => quote(`${h} (N=${known[k]})`)).join('')}と書いてください` +
                `（または合計の列「合計 (N=${labelN})」を加えてください）。値のない患者がいるなら、「不明」の行として下の行に加えてください`,
            }
          : {}),
      });
      out.push(r);
      continue;
    }
    // A row's count in a column: its cell's, or the n of 「30 (52.6)」 under a heading saying 「n (%)」 — or under a
    // heading stating its N (「性別 (N=57)」, refuse5) where every such cell's bracket is its n's share of the block's sum
    // in its column within rounding (52.6 = 30 of 57): the unit then goes with the name (「性別 n (%)」), as 「性別, n (%)」's.
    const stated = labelN !== undefined && bracketShares(rows, head.length);
    if (acrossN !== undefined && !stated && rows.some((x) => x.fields.slice(1).some((f) => N_SHARE.test(normalise(f).trim())))) {
      unread.push({
        line: r.line,
        label,
        why: `N=${labelN} は下の行の群をあわせた和に合いますが、括弧の割合が各列の和に対する割合になっていません（チェッカーの判断）`,
        hint: `見出しの行から N を外し、群ごとの N を列見出しに「A群 (N=57)」のように書いてください`,
      });
      out.push(r);
      continue;
    }
    const shares = stated || r.fields.slice(1).some((f) => UNIT.test(normalise(f).trim()) && f.includes('%'));
    const countAt = (x: CsvRecord, k: number) => {
      const c = readCell(x.fields[k + 1] ?? '');
      if (c.ok && c.value.kind === 'count') return c.value.n;
      const m = shares ? /^(\d+)\s*[(（]\s*\d+(?:\.\d+)?\s*[)）]$/.exec(normalise(x.fields[k + 1] ?? '').trim()) : null;
      return m ? Number(m[1]) : undefined;
    };
    const short = sums.find(({ k, n }) => {
      const counts = rows.map((x) => countAt(x, k));
      return counts.some((c) => c === undefined) || counts.reduce((a: number, c) => a + c!, 0) !== n;
    });
    // One count in a heading's cells (「性別」「110」「n (%)」) over several groups and no 合計 that is not its column's
    // sum but the block's over every group: the N over the groups, as in the label (attack25).
    const cellAcross =
      short !== undefined &&
      labelN === undefined &&
      sums.length === 1 &&
      totals.length === 0 &&
      head.length > 1 &&
      acrossSums(rows, head.length) === short.n &&
      (!rows.some((x) => x.fields.slice(1).some((f) => N_SHARE.test(normalise(f).trim()))) || bracketShares(rows, head.length))
        ? short.n
        : undefined;
    if (short !== undefined && cellAcross === undefined) {
      unread.push({
        line: r.line,
        label,
        why: `列${quote(short.col)}の N=${short.n} が、下の行の数の和と一致しません（または下の行に数でないセルがあります）`,
      });
      out.push(r);
      continue;
    }
    const name = nameOf(
      labelN === undefined ? label : countText(label).replace(DENOMINATOR_TEXT, '').trim(),
      labelN === undefined ? r.fields.slice(1) : stated ? ['n (%)'] : [],
    );
    headings.push({
      line: r.line,
      label,
      name,
      rows: rows.map((x) => x.line),
      ...(sums.length > 0 && cellAcross === undefined && { sums: sums.map(({ col, n }) => ({ col, n })) }),
      ...((acrossN ?? cellAcross) !== undefined && { across: (acrossN ?? cellAcross)! }),
    });
    for (const x of rows) out.push({ ...x, fields: [`${name}・${(x.fields[0] ?? '').trim()}`, ...x.fields.slice(1)] });
    i = j - 1;
  }
  // Sections over no heading read (a heading left as written under them): the table as written.
  if (sections.length > 0 && headings.length === 0) return { records: [...records], headings, sections: [], unread };
  return { records: out, headings, sections, unread };
}
