/**
 * Footnote lines under a table as R's kableExtra, gt, gtsummary and flextable print them, pasted with the table (no
 * empty line between): 「Note:」 on one line and its text on the next, 「¹ n (%)」「² Fisher's exact test」, 「a Fisher's
 * exact test」, 「Abbreviations: CI, confidence interval」. Before (refuse6), each was a row of the table with no values
 * (`row/short`). Now the table's last lines of one cell, from the first that opens as a footnote does, are read as
 * notes: each is checked as any note is (a count in it refused, `line/count`) and said (`line/not-read`). A unit note
 * among them (「n (%)」: table1.ts `readUnitNote`) is left as the table's last line, where it is read as the cells' unit.
 * A note that states only the table's N (「※全体 N=98」「注：A群 N=28、B群 N=70」, attack40) is read as the title's N
 * would be (`noteN`), where the title states none: refused before as a note with a count (`line/count`); a note that states the N and nothing else
 * (`noteOnlyN`, attack41) likewise, the N then checked as a title's N whether or not it is a sum of the table.
 */
import type { CsvRecord } from './csv.ts';
import { gluedNumbered, markedCell, normalise } from './cell.ts';
import { countText, isTotalLabel, statedDenominators, titleNs } from './header.ts';
import { isUnitNote } from './table1.ts';
import { trimEnd } from './csv.ts';

/**
 * How a footnote opens: a word (Note:, 注:, 注）, Abbreviations:, Source:), a mark (※ * † ‡ § ¶), superscript digits or
 * letters, or a letter as gt and flextable mark one (「a Fisher's exact test」「a) …」「(a) …」) before words.
 */
const NOTE_START = new RegExp(
  String.raw`^(?:(?:notes?|注記?|備考|出典|データ出典|sources?|abbreviations?|略語|略号)\s*(?:[:：.]|$)|注\d*[)）]` +
    // words57: a numbered note (「Note 1: …」「注1: …」「注 2 …」).
    String.raw`|(?:notes?|注記?)\s*\d{1,3}(?:\s*[:：.．]|\s+\S)` +
    // notes74: 「注2院外発症を含む」 — 注 with its number written onto words (as 「※2院外発症を含む」 opens one).
    String.raw`|注\d{1,3}(?=[^\d\s.,．，:：)）%％])` +
    String.raw`|[※*＊†‡§¶]` +
    String.raw`|[⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉ]+\s*\S)`,
  'iu',
);
/**
 * notes74: a mark with a count of patients written onto it and a Japanese unit after with no space (「※3例を除外」
 * 「注3名は除外」「†3例脱落」), NFKC: the unit only before a particle other than 「の」, a stop or a verb of leaving out
 * (read.ts `GLUED_COUNT`'s Japanese nouns; titles75: 「※3人とも」 too; not 「注1人口は…」「※1名古屋市…」「※3例目以降」, read.ts
 * `UNIT_WORD`'s). Groups: the number, the words
 * from the unit on. A note (`trailingNotes`; 「注3名は除外」 was a table's row, `row/short`), read both ways (read.ts
 * `markNumber`).
 */
export const GLUED_JA_COUNT =
  /^\s*(?:注|※|\*|＊|†|‡)(\d{1,4})((?:症例|患者|例|名|人|件)(?=\s*(?:とも|[をがはも、。,.]|$|除|脱落|中止|死亡|欠測|追跡|転院|撤回|同意|不明))[^\d]*)$/u;

/** A lowercase letter as a mark (gt, flextable): 「a Fisher's exact test」「a) …」「(a) …」; not 「B 型」, a row's label. */
const LETTER_MARK = /^(?:\(?[a-h]\)|[a-h])\s+\p{L}{2}/u;

/** Superscript digits marking a footnote: at the line's start or after 「;」「,」 before words (「¹ n (%); ² Fisher's」). */
const MARKS = /(?:^|(?=[⁰¹²³⁴⁵⁶⁷⁸⁹])(?<=[;；,、]\s*))[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?=\s*\p{L})/gu;

/** A footnote's text with its superscript marks taken off (NFKC would make them digits, read as counts). */
export const withoutMarks = (text: string) => text.replace(MARKS, '');

/** A mark and a number with nothing after (「* 12」「※3」): a count or a note's number, not told apart; left a row. */
const BARE_NUMBER = /^\s*(?:注|※|\*|＊|†|‡|§|¶)\s*\d[\d,.]*\s*(?:[):：.．、]\s*)?$/;

/**
 * A note that states the table's N and nothing else (attack41): 「注：対象患者 43 名」「注）対象は 43 例」「※対象患者数 43人」
 * 「Note: N = 43」. Each opening (注, ※, *, Note) and a word for the patients counted, then the one number with its unit.
 * Before, such a note was refused as a count no table shows (`line/count`), and a table of shares under it with it.
 */
const NOTE_N =
  /^(?:注記?|※|\*|notes?)[:：)）.]?(?:(?:解析)?対象(?:患者|者|症例)?数?|患者数|症例数|n)(?:は|[:：=])?(\d{1,3}(?:,\d{3})+|\d+)(?:名|例|人|patients)?(?:です)?[.。]?$/i;

/** The N a footnote states as its whole text (`NOTE_N`), or undefined (attack41; attack40's sums are `noteN`). */
export function noteOnlyN(text: string): number | undefined {
  const m = NOTE_N.exec(normalise(withoutMarks(text)).replace(/\s+/g, ''));
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/,/g, ''));
  return n > 0 ? n : undefined;
}

/** Whether a line opens as a footnote does (`NOTE_START`, a letter mark): sizes55, a plain line over a table no title. */
export const opensAsNote = (text: string) => [text, normalise(text)].some((t) => NOTE_START.test(t.trim()) || LETTER_MARK.test(t.trim()));

/**
 * words60: the numbered marks (「1)」) set apart after counts in `cells` (「2 1)」, cell.ts `markedCell`): a line under
 * the table opening with one of them then words (「1) 入院後の発症」) is that mark's note, its number no count.
 */
export function numberedMarks(cells: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const c of cells) {
    if (c.length > 40 || !/\d[)）]\s*$/.test(c)) continue;
    const m = markedCell(c);
    if (m && /^\d{1,2}\)$/.test(m.key)) keys.add(m.key);
    // words61: 「21)」 glued: 「1)」 (or 「21)」 of 「121)」) may be its mark (read.ts decides, else refused).
    for (const g of gluedNumbered(c)) keys.add(g.key);
  }
  return keys;
}
/** words60: the texts of a block's cells (its records past the header, past the label column). */
export const cellTexts = (records: readonly CsvRecord[]) => records.slice(1).flatMap((r) => r.fields.slice(1));
/** words60: the numbered mark of `keys` opening `text` then words (「1) 入院後の発症」), or undefined. */
export function openingNumberedMark(text: string, keys: ReadonlySet<string>): string | undefined {
  if (keys.size === 0) return undefined;
  const m = /^\s*(\d{1,2}\))\s+(?=[^\s\d])/.exec(text.normalize('NFKC'));
  return m && keys.has(m[1]!) ? m[0] : undefined;
}
/** words60: `text` with its opening numbered mark of `keys` blanked (its place kept), else as it is. */
export function withoutNumberedMark(text: string, keys: ReadonlySet<string>): string {
  const open = openingNumberedMark(text, keys);
  return open === undefined ? text : ' '.repeat(open.length) + text.normalize('NFKC').slice(open.length);
}

const oneCell = (r: CsvRecord) => trimEnd(r.fields).length === 1 && (r.fields[0] ?? '').trim() !== '';

/**
 * The table's records with its footnote lines taken off (a unit note among them kept last, one only), and the notes.
 * Only lines of one cell at the table's end, from the first that opens as a footnote; at least a header and a row stay.
 */
export function trailingNotes(records: readonly CsvRecord[]): { records: CsvRecord[]; notes: CsvRecord[] } {
  let end = records.length;
  while (end > 2 && oneCell(records[end - 1]!)) end--;
  // words60: 「1) …」 opens a note where a count of the table carries 「1)」 (「2 1)」).
  const keys = numberedMarks(cellTexts(records));
  const opens = (text: string) =>
    [text, normalise(text)].some((t) => NOTE_START.test(t.trim()) || LETTER_MARK.test(t.trim())) ||
    openingNumberedMark(text, keys) !== undefined ||
    GLUED_JA_COUNT.test(normalise(text));
  let first = records.findIndex((r, i) => i >= end && opens(r.fields[0]!));
  // notes42: the table's last line, one cell with no note mark, stating only an N the arithmetic proves (the sum of the
  // table's counts, `noteN`: 「全体 N=98」「(全体 n = 98)」; since notes44 a line's sum too, 「全体 N=100」 of A群's
  // 100, read as that line's N whatever its word says, チェッカーの判断): a note.
  const last = records.length - 1;
  if (first < 0 && last >= Math.max(end, 2) && noteN(records[last]!.fields[0]!, records.slice(0, last), false) !== undefined) first = last;
  if (first < 0) return { records: [...records], notes: [] };
  // A line of a mark and a number alone among them: the lines stay the table's rows (refused, `row/short`).
  if (records.slice(first).some((r) => BARE_NUMBER.test(normalise(r.fields[0]!)))) return { records: [...records], notes: [] };
  const tail = records.slice(first);
  const unit = tail.findIndex((r) => isUnitNote(withoutMarks(r.fields[0]!)));
  const notes = tail.filter((_, i) => i !== unit);
  const unitLine = unit < 0 ? [] : [{ ...tail[unit]!, fields: [withoutMarks(tail[unit]!.fields[0]!)] }];
  return { records: [...records.slice(0, first), ...unitLine], notes };
}

/** Words a note stating the table's N may hold besides the N and the table's labels (「※全体 N=98」「対象 n = 98」). */
const N_WORDS = /^(?:全体|対象者?|全症例|症例数?|患者数?|合計|総計|総数|計|は|の|で|overall|all|total)+$/iu;
/** A count with a unit (「98例」「98名」「98人」), read as the title reads it (a sum of the table, else refused). */
const UNIT_COUNT = /(?<![\d,])\d[\d,]*\s*(?:例|名|人)(?!\p{L})/gu;

/**
 * The text of a footnote that states only Ns (`statedDenominators`: 「N=98」「全98例」, or 「合計98名」) of the table or of
 * its labels (「※全体 N=98」「注：A群 N=28、B群 N=70」), its mark taken off; read as the title's N (attack40). Only
 * where every cell is a count (plain or 「n (%)」) and every number the note states is the table's sum, a column's or a row's (the
 * arithmetic proves whose N it is). Undefined where it says anything else (「※3例は除外」「除外 N=3」 stay notes with a
 * count, refused), a word is no label of the table, or a number is no such sum (`wholeOnly`: no sum of the whole table).
 */
export function noteN(text: string, records: readonly CsvRecord[], wholeOnly = false): string | undefined {
  const parsed = nNote(text, records);
  if (!parsed) return undefined;
  const { note, ns, counts, words } = parsed;
  const sums = plainSums(records);
  const grand = sums && [...sums][0];
  if (sums) return [...ns.map((n) => n.n), ...counts].every((n) => (wholeOnly ? n === grand : sums.has(n))) ? note : undefined;
  if (wholeOnly) return undefined;
  // notes42: over bare percentages, one N of the whole (「※全体 N=98」, no label's): read as the title's N as a note
  // saying the N alone is (`noteOnlyN`), each share then checked as a whole count of it.
  const whole = words.every((w) => N_WORDS.test(w) || isTotalLabel(w));
  return whole && ns.length + counts.length === 1 && barePercentages(records) ? note : undefined;
}

/**
 * notes44: whether a footnote states Ns of the table or its labels and nothing else (`noteN`'s words), sums or not:
 * over a table of statistics it is refused with the table, said once (read.ts), not as a note with a count.
 */
export const statesOnlyNs = (text: string, records: readonly CsvRecord[]) => nNote(text, records) !== undefined;

function nNote(text: string, records: readonly CsvRecord[]) {
  const note = withoutMarks(text)
    .trim()
    .replace(/^(?:(?:notes?|注記?)\s*\d*\s*[:：.)）]?|[※*＊†‡§¶])\s*/iu, '');
  const t = countText(note);
  // titles72: in every form a title's N is read in (「Note: 142 participants」「※142 screened」: header.ts `titleNs`).
  const ns = titleNs(note);
  let rest = t;
  for (const n of [...ns].reverse()) rest = rest.slice(0, n.index) + ' ' + rest.slice(n.index + n.text.length);
  const counts = [...rest.matchAll(UNIT_COUNT)].map((m) => Number(m[0].replace(/[^\d]/g, '')));
  rest = rest.replace(UNIT_COUNT, ' ');
  if (ns.length + counts.length === 0 || /\d/.test(rest)) return undefined;
  const head = records[0]?.fields ?? [];
  const labels = [...head, ...records.slice(1).map((r) => r.fields[0] ?? '')];
  const known = new Set(labels.map((l) => countText(l).replace(/\s+/g, '')));
  const words = rest.split(/[\s、,，;；:：()（）。.]+/u).filter((w) => w !== '');
  if (!words.every((w) => N_WORDS.test(w) || isTotalLabel(w) || known.has(w))) return undefined;
  return { note, ns, counts, words };
}

/** Whether every cell of the table's body is a bare percentage (「60.2%」), its first column the labels. */
function barePercentages(records: readonly CsvRecord[]): boolean {
  const cells = records.slice(1).flatMap((r) => r.fields.slice(1));
  return cells.length > 0 && cells.every((c) => /^\d{1,3}(?:\.\d{1,4})?\s*%$/.test(normalise(c).trim()));
}

/** A part of a note naming one label's N: 「A群 N=28」「A群 (n = 28)」「A群 28 名」 (the N taken off before, `labelNs`). */
const PART_SEPARATORS = /[、,，;；]/u;

/**
 * The Ns a note states of the table's own labels and nothing else (notes42: 「※A群 N=28」「注：A群 28 名、B群 70 名」),
 * where they are no sums of the table (those are `noteN`'s): each label a column's header stating no N of its own, named once. Read as that header's N (「A群 (N=28)」), checked as one; undefined where the note says
 * anything else, names a row (a count of a cell, 「※男性 3例」) or an N below the column's counts.
 */
export function labelNs(
  text: string,
  records: readonly CsvRecord[],
  why?: { splits?: { total: number; rest: number; left: number[]; ns: number[][] } },
): { axis: 'cols' | 'rows'; index: number; n: number; derived?: true }[] | undefined {
  const note = withoutMarks(text)
    .trim()
    .replace(/^(?:(?:notes?|注記?)\s*\d*\s*[:：.)）]?|[※*＊†‡§¶])\s*/iu, '');
  if (note === withoutMarks(text).trim()) return undefined;
  const head = records[0]?.fields ?? [];
  const key = (l: string) => countText(l).replace(/\s+/g, '');
  const out: { axis: 'cols' | 'rows'; index: number; n: number; derived?: true }[] = [];
  for (const part of countText(note).split(PART_SEPARATORS)) {
    const ns = statedDenominators(part);
    const counts = [...part.matchAll(UNIT_COUNT)];
    if (ns.length + counts.length !== 1) return undefined;
    const found = ns[0] ?? { n: Number(counts[0]![0].replace(/[^\d]/g, '')), index: counts[0]!.index, text: counts[0]![0] };
    const label = key(part.slice(0, found.index) + part.slice(found.index + found.text.length)).replace(/[(（]\s*[)）]$|[:：はの]$/u, '');
    if (label === '' || found.n <= 0) return undefined;
    // A group's column only (a row's label beside a count, 「※男性 3例」, may count a cell: stays a note with a count).
    const cols = head.flatMap((h, j) => (j > 0 && key(h) === label ? [j] : []));
    const rows = records.flatMap((r, i) => (i > 0 && key(r.fields[0] ?? '') === label ? [i] : []));
    if (cols.length !== 1 || rows.length > 0) return undefined;
    const index = cols[0]!;
    const own = head[index]!;
    if (statedDenominators(own).length > 0 || out.some((o) => o.index === index)) return undefined;
    // Below the column's counts it is no N of the group (「※A群 3例」 beside 3 and 25): a count, stays a note.
    const column = records.slice(1).map((r) => /^(\d{1,9})(?:\s*[(（][^()（）]*[)）])?$/.exec(normalise(r.fields[index] ?? '').trim()));
    if (column.every((m) => m !== null) && column.reduce((a, m) => a + Number(m![1]), 0) > found.n) return undefined;
    out.push({ axis: 'cols', index, n: found.n });
  }
  // notes46: a total column's N (「※A群 N=28、全体 N=98」) gives the one group column left without N its N outright
  // (N − the others'; an equation, not unknown): read as that header's N too, `derived`. With two or more left without
  // N, or none positive, the note stays a note with a count (as before notes46).
  const totals = out.filter((o) => isTotalLabel(head[o.index]!.trim()));
  if (totals.length === 0) return out.length > 0 ? out : undefined;
  if (totals.length > 1) return undefined;
  const groups = head.flatMap((h, j) => (j > 0 && !isTotalLabel(h.trim()) ? [j] : []));
  const nOf = (j: number) => out.find((o) => o.index === j)?.n ?? statedDenominators(head[j]!)[0]?.n;
  const left = groups.filter((j) => nOf(j) === undefined);
  if (left.length > 1) {
    // notes49: two or more left, their Ns' sum is 全体's less the others': read only where the shares allow one split.
    const found = splits(records, groups, left, nOf, totals[0]!);
    // notes50: two splits or more are said with the refusal (which the reader cannot tell apart: not read).
    if (found && found.length > 1 && why)
      why.splits = { total: totals[0]!.index, rest: totals[0]!.n - groups.reduce((a, j) => a + (nOf(j) ?? 0), 0), left, ns: found };
    const split = found?.length === 1 ? found[0] : undefined;
    if (!split) return undefined;
    left.forEach((j, k) => out.push({ axis: 'cols', index: j, n: split[k]!, derived: true }));
    return out;
  }
  if (left.length === 1) {
    const n = totals[0]!.n - groups.reduce((a, j) => a + (nOf(j) ?? 0), 0);
    if (n <= 0) return undefined;
    out.push({ axis: 'cols', index: left[0]!, n, derived: true });
  }
  return out;
}

/**
 * notes49: the splits of a total column's N over the group columns left without N (`left`) that the table allows (the
 * first two found; read only where there is one), or undefined where a cell is neither a bare share nor a plain count or
 * the search gave up. A split is
 * allowed where each left column's shares are whole counts of its N (rounded or cut: p − h ≤ 100c/N ≤ p + 2h) and in
 * every line the groups' counts can add up to a count the total's share stands for at its N. With one split the Ns
 * are equations of what is published, as a stated N is (チェッカーの判断: a reader given the note finds them alike).
 */
function splits(
  records: readonly CsvRecord[],
  groups: readonly number[],
  left: readonly number[],
  nOf: (j: number) => number | undefined,
  total: { index: number; n: number },
): number[][] | undefined {
  const rows = records.slice(1).filter((r) => !isTotalLabel((r.fields[0] ?? '').trim()));
  const cell = (r: CsvRecord, j: number) => {
    const t = normalise(r.fields[j] ?? '').trim();
    const p = /^(\d{1,3}(?:\.(\d{1,4}))?)\s*%$/.exec(t);
    if (p) return { share: Number(p[1]), h: 0.5 * 10 ** -(p[2]?.length ?? 0) };
    const c = /^(\d{1,9})$/.exec(t);
    return c ? { count: Number(c[1]) } : undefined;
  };
  // The counts a cell can stand for at N, an interval [lo, hi] (empty: lo > hi).
  const counts = (v: ReturnType<typeof cell>, n: number): [number, number] => {
    if (v === undefined) return [1, 0];
    if ('count' in v) return v.count! <= n ? [v.count!, v.count!] : [1, 0];
    const lo = Math.max(0, Math.ceil(((v.share! - v.h!) * n) / 100 - 1e-9));
    const hi = Math.min(n, Math.floor(((v.share! + 2 * v.h!) * n) / 100 + 1e-9));
    return [lo, hi];
  };
  const m = rows.map((r) => new Map([...groups, total.index].map((j) => [j, cell(r, j)])));
  if (m.length === 0 || m.some((line) => [...line.values()].some((v) => v === undefined))) return undefined;
  const rest = total.n - groups.reduce((a, j) => a + (nOf(j) ?? 0), 0);
  if (rest < left.length || rest > 20000) return undefined;
  const fits = (j: number, n: number) =>
    m.every((line) => {
      const [lo, hi] = counts(line.get(j), n);
      return lo <= hi;
    });
  const candidates = left.map((j) => Array.from({ length: rest }, (_, k) => k + 1).filter((n) => fits(j, n)));
  const found: number[][] = [];
  let work = 0;
  const walk = (k: number, chosen: number[], sum: number): boolean => {
    if (++work > 1e6 || found.length > 1) return false;
    if (k === left.length - 1) {
      const n = rest - sum;
      if (!candidates[k]!.includes(n)) return true;
      const ns = [...chosen, n];
      const nOfAll = (j: number) => nOf(j) ?? ns[left.indexOf(j)]!;
      const ok = m.every((line) => {
        let [lo, hi] = [0, 0];
        for (const j of groups) {
          const [a, b] = counts(line.get(j), nOfAll(j));
          [lo, hi] = [lo + a, hi + b];
        }
        const [a, b] = counts(line.get(total.index), total.n);
        return Math.max(lo, a) <= Math.min(hi, b);
      });
      if (ok) found.push(ns);
      return true;
    }
    for (const n of candidates[k]!) if (sum + n < rest && !walk(k + 1, [...chosen, n], sum + n)) return false;
    return true;
  };
  if (!walk(0, [], 0) && found.length < 2) return undefined;
  return found;
}

/**
 * The table's sum and its columns' and rows' (lines labelled as totals left out), where every cell is a plain count or
 * a count with its share in brackets (「3 (10.7%)」).
 */
function plainSums(records: readonly CsvRecord[]): Set<number> | undefined {
  const head = records[0]?.fields ?? [];
  const cols = head.map((_, j) => j).filter((j) => j > 0 && !isTotalLabel(head[j]!.trim()));
  const rows = records.slice(1).filter((r) => !isTotalLabel((r.fields[0] ?? '').trim()));
  const m: number[][] = [];
  for (const r of rows) {
    const line: number[] = [];
    for (const j of cols) {
      const v = /^(\d{1,9})(?:\s*[(（][^()（）]*[)）])?$/.exec(normalise(r.fields[j] ?? '').trim());
      if (!v) return undefined;
      line.push(Number(v[1]));
    }
    m.push(line);
  }
  if (m.length === 0 || cols.length === 0) return undefined;
  const add = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  return new Set([add(m.map(add)), ...m.map(add), ...cols.map((_, k) => add(m.map((l) => l[k]!)))]);
}
