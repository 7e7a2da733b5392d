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
 * - formats36: Stata's two-way text with its Total row or column cut; a one-way table's running sums (Stata's 「Cum.」
 *   beside a count under the threshold, SAS's pasted 「Cumulative Frequency」「Cumulative Percent」) as lines of ours, a
 *   tree by indentation (`runningTree`); 「Frequency Missing = m」 under a crosstab linked to the stated N
 *   (`linkMissingCross`).
 * - formats38: SAS's counts of 1,000 or more with its thousands commas (「1,234」), in its one-way table (listing lines
 *   a CSV reading cut at those commas, joined back; pasted cells) and its 「Frequency Missing = 1,234」: read without the
 *   commas, only where every comma is inside grouped digits (`GROUPED`, taken whole).
 * - formats40: SAS's one-way columns in any order, each named by its header (`sasColumns`; NOPERCENT's two too); SAS's
 *   page title with its date's commas, cut at them by a CSV reading, joined back and taken out; Stata's words with a
 *   comma outside grouped digits left as words (no count).
 * - formats41: SAS PROC FREQ's two-way listing of 「|」 cells, its key in the corner (`readSasCross`): the Frequency
 *   lines the count table, each other line checked against the base its key names, one table of 「n (p%)」 each.
 * - formats42: its key's 「Expected」「Deviation」「Cell Chi-Square」「Tot Pct」 lines checked at every cell, hidden with
 *   the count, the shares not printed added as tables of ours; row labels wrapped over the stack; 「.」 for a share of
 *   a Total of 0; 「Sample Size = N」 under it (`linkSampleCross`).
 * - formats48: Stata's and R's command lines pasted with the output taken out, each said (`commandLines`), Stata's
 *   by-group 「-> site = A」 as the title of its table; SAS's labels wrapped past the stack; an n-way table's 「Tot Pct」
 *   checked as a share of the whole n-way table, as SAS documents it (`nwayWholes`).
 */
import { normalise, printedDecimals, printedNear } from './cell.ts';
import { trimEnd, type CsvRecord } from './csv.ts';
import { quote } from './quote.ts';

export interface ListingNote {
  code:
    | 'layout/listing-page'
    | 'layout/frequency-missing'
    | 'layout/spaces'
    | 'layout/stata'
    | 'layout/cumulative'
    | 'layout/sas-cross'
    | 'layout/spss'
    | 'layout/command'
    | 'layout/r-table';
  line: number;
  message: string;
}

/** SAS's page title line: 「The SAS System」, then what SAS prints after it on that line (a time, a date, a page). */
const SAS_TITLE = /^the sas system(?: [\w:,./ ]*)?$/i;
const SAS_OPENS = /^the sas system/i;
/** A page number alone. */
const PAGE = /^(?:page ?\d+(?: ?(?:of|\/) ?\d+)?|- ?\d+ ?-|\d+ ?ページ|\d+ ?頁)$/i;
/** pandas' Series footer. */
const DTYPE = /^(?:name: \S+,? )?(?:length: \d+,? )?dtype: [a-z]+\d*$/i;
/** SAS PROC FREQ's footer of the patients with a missing value. */
const FREQ_MISSING = /^(frequency missing|missing frequency|欠測数|欠損値の数) ?[=:：]? ?(\d{1,9})$/i;
const COUNT = /^\d{1,9}$/;
/** The footer with its count of 1,000 or more as SAS prints it, 「Frequency Missing = 1,234」 (formats38). */
const FREQ_MISSING_GROUPED = /^(frequency missing|missing frequency) ?= ?(\d{1,3}(?:,\d{3}){1,2})$/i;
/**
 * One printed value of a column aligned with spaces: a whole count, or a count and its share in brackets, 「30 (57.7%)」
 * 「30 (57.7)」 (formats35: R's print() of a formatted table, a SAS listing), taken as one word though it holds a space.
 */
const WORD = /(?:\d{1,3}(?:,\d{3})+|\d{1,9}) ?\(\d{1,3}(?:\.\d{1,9})?%?\)|\S+/g;
const VALUE = /^(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?: ?\(\d{1,3}(?:\.\d{1,9})?%?\))?$/;
const words = (t: string) => [...t.matchAll(WORD)].map((m) => m[0]);
/** A line of rules only (SAS listing, R's ftable): 「-----」「=====」「------+------」. */
const RULE = /^[-=─━+ ]+$/;

const text = (r: CsvRecord) => normalise(trimEnd(r.fields).join(' '));

/** The framing and footers taken out or read, and columns of spaces split. */
export function readListing(
  input: readonly CsvRecord[],
  threshold = 10,
): { records: CsvRecord[]; notes: ListingNote[]; errors: ListingError[]; codedHeaders: Set<number> } {
  // Stata's tabulate (formats35), first: its lines hold 「|」 and rules that no other reading takes.
  // SAS PROC FREQ's two-way listing (formats41), before: its rules are Stata's too.
  // Stata's and R's command lines pasted with their output (formats48), first: each line taken out, said.
  const commands = commandLines(input);
  // R's print() of a one-way table() and of prop.table() (formats50), under its command line where pasted.
  const rt = readRTables(commands.records, commands.calls, threshold);
  const cross = readSasCross(rt.records, threshold);
  const stata = readStata(cross.records, threshold, commands.stata, input);
  const sas = readSasCumulative(stata.records);
  const spss = readSpss(sas.records);
  // titles66: a title over SAS's or SPSS's code put back over each table read from its output.
  const coded = titleOverCode(spss.records, commands.code, input, threshold, commands.stated);
  const records = coded.records;
  const notes: ListingNote[] = [
    ...commands.notes,
    ...rt.notes,
    ...cross.notes,
    ...stata.notes,
    ...sas.notes,
    ...spss.notes,
    ...coded.notes,
  ];
  const out: CsvRecord[] = [];
  let skip = new Set<number>();
  for (const [k, r] of records.entries()) {
    if (skip.has(k)) continue;
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
    // SAS's title with its date's commas (「10:14 Thursday, December 3, 2026」) is cut at them by a CSV reading
    // (formats40): its fields joined back by the commas they were cut at.
    // The line joined back only where its first cell opens as SAS's title (a long label is not normalised again whole).
    const title =
      filled === 1
        ? SAS_TITLE.test(t)
        : filled <= 4 && SAS_OPENS.test(normalise(r.fields[0]!.slice(0, 40))) && SAS_TITLE.test(normalise(trimEnd(r.fields).join(',')));
    if ((filled === 1 && PAGE.test(t)) || title || ((filled === 1 || filled === 2) && DTYPE.test(t))) {
      notes.push({
        code: 'layout/listing-page',
        line: r.line,
        message: `${r.line}行目${quote(title && filled > 1 ? normalise(trimEnd(r.fields).join(',')) : t)}は、統計ソフトの出力のページ見出し・ページ番号・型の表示と読み、表から外しました。その数は患者数ではありません（チェッカーの判断）`,
      });
      continue;
    }
    // A CSV reading cuts 「Frequency Missing = 1,234」 at its comma (formats38): its fields joined back, the count without it.
    const grouped = filled >= 2 && filled <= 3 && atEnd ? FREQ_MISSING_GROUPED.exec(normalise(trimEnd(r.fields).join(','))) : null;
    const plain = one ? FREQ_MISSING.exec(t) : null;
    const missing = plain ?? (grouped && [grouped[0], grouped[1]!, grouped[2]!.replace(/,/g, '')]);
    const said = plain || !grouped ? t : grouped[0];
    if (missing) {
      // The whole N stated (the table's title 「(N=130)」, or SAS's 「Sample Size = 130」 under the footer): the table's
      // total and this count are its parts (formats35).
      const linked =
        linkMissing(out, records, k, Number(missing[2]), missing[1]!, r.line) ??
        linkMissingCross(out, records, k, Number(missing[2]), missing[1]!, r.line);
      if (linked) {
        notes.push(linked.note);
        skip = linked.skip;
        continue;
      }
      notes.push({
        code: 'layout/frequency-missing',
        line: r.line,
        message:
          `${r.line}行目${quote(said)}は、SAS の PROC FREQ が表の外に書く、値のない患者の数と読み、1行の表（${quote(missing[1]!)} ${missing[2]} 人）として確かめました。` +
          'この数も公表される患者数です（チェッカーの判断）',
      });
      out.push(
        { line: r.line, fields: [''] },
        { line: r.line, fields: ['', '件数'] },
        { line: r.line, fields: [missing[1]!, missing[2]!] },
      );
      continue;
    }
    // 「Sample Size = N」 alone under SAS's crosstab (formats42), N its total: a table of ours linked to it.
    const size = one && /^sample size/i.test(t) ? SAMPLE_SIZE.exec(t) : null;
    const sized = size ? linkSampleCross(out, Number(size[1]), r.line) : undefined;
    if (sized) {
      notes.push(sized);
      continue;
    }
    out.push(r);
  }
  return {
    ...spaced(out, notes),
    errors: [...commands.errors, ...rt.errors, ...cross.errors, ...stata.errors, ...spss.errors],
    codedHeaders: rt.codedHeaders,
  };
}

/**
 * A line over a table's output (its command or code between) as its title (formats64, titles66): text with no 「|」,
 * no command, no value and no note, with no number under the threshold but its caption's number and a year (read.ts
 * publishes a title's N as written). Its words without a 「# 」, or none.
 */
function titleWords(text: string, threshold: number): string | undefined {
  if (text.length > 200 || text.includes('|') || STATA_COMMAND.test(text) || STATA_BY.test(text)) return undefined;
  const body = text.replace(/^#\s*/, '');
  if (body === '' || /^[-+]?[\d.,]+%?$/.test(body) || /^(?:※|\*|†|‡|注|notes?\b|\(?[a-z]\))/i.test(body)) return undefined;
  const rest = normalise(body)
    .replace(/^(?:付?表|図表|table|tab\.)\s*[a-z]?\d+(?:[-.]\d+)*/i, '')
    .replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, '');
  if ((rest.match(/\d+/g) ?? []).some((d) => Number(d) < threshold)) return undefined;
  return body;
}

/**
 * titles66: the title over SAS's or SPSS's code (「表2 性別と転帰（N=306）」 then 「proc freq …; tables sex*outcome;
 * run;」 or 「CROSSTABS /TABLES=…」 and the output): with the code taken out it was a loose line over empty lines, refused
 * where it held its N (`line/count`). Put back as the title of each table read from the output under it (up to the
 * next code or a 「# 」 line of the input), said, as formats64 does over Stata's command (`readStata`'s `titleAbove`).
 */
function titleOverCode(
  records: CsvRecord[],
  code: ReadonlyMap<number, number[]>,
  input: readonly CsvRecord[],
  threshold: number,
  stated: ReadonlyMap<number, string> = new Map(),
): { records: CsvRecord[]; notes: ListingNote[] } {
  const notes: ListingNote[] = [];
  const written = new Map(input.map((r) => [r.line, trimEnd(r.fields).join(',').trim()]));
  for (const [l, t] of stated) written.set(l, t);
  const line = (r: CsvRecord) => trimEnd(r.fields).join(',').trim();
  let out = [...records];
  for (const [over, lines] of code) {
    if (over <= 0) continue;
    const q = out.findIndex((r) => r.line === over && line(r) !== '');
    if (q < 0 || line(out[q]!) !== written.get(over)) continue;
    // titles70: a title statement's text is the title SAS or SPSS prints (its numbers judged as a title's, read.ts).
    const title = titleWords(line(out[q]!), stated.has(over) ? 0 : threshold);
    if (title === undefined) continue;
    const others = new Set([...code].flatMap(([o, ls]) => (o === over ? [] : [Math.abs(o), ...ls])));
    let end = q + 1;
    while (
      end < out.length &&
      !others.has(out[end]!.line) &&
      !(/^#/.test(line(out[end]!)) && line(out[end]!) === written.get(out[end]!.line) && !lines.includes(out[end]!.line))
    )
      end++;
    const region = out.slice(q + 1, end);
    const titled: CsvRecord[] = [];
    let tables = 0;
    for (let i = 0; i < region.length; i++) {
      const r = region[i]!;
      const first = i === 0 || line(region[i - 1]!) === '';
      if (line(r) === '' || !first) {
        titled.push(r);
        continue;
      }
      const one = trimEnd(r.fields).length === 1;
      const next = region[i + 1];
      // The output's own title first where it states its N (「Table of sex by outcome (N=275)」, SAS's N with its
      // 「Frequency Missing」: `linkMissing` reads the first N), the title over the code after it in brackets.
      const joined = (ours: string) => (TITLE_N.test(ours) ? `# ${ours}（${title}）` : `# ${title}：${ours}`);
      if (one && /^# /.test(r.fields[0] ?? '')) (titled.push({ ...r, fields: [joined(r.fields[0]!.slice(2))] }), tables++);
      else if (one && next && trimEnd(next.fields).length > 1) (titled.push({ ...r, fields: [joined(line(r))] }), tables++);
      else if (one) titled.push(r);
      else (titled.push({ line: r.line, fields: [`# ${title}`] }, r), tables++);
    }
    if (tables === 0) continue;
    out = [...out.slice(0, q), { line: over, fields: [''] }, ...titled, ...out.slice(end)];
    notes.push({
      code: 'layout/command',
      line: over,
      message: `${over}行目${quote(title.length > 80 ? `${title.slice(0, 80)}…` : title)}は、すぐ下の統計ソフトのコード（SAS のプログラム、SPSS のシンタックス）とその出力の上に書かれた一行で、出力から読んだ表（${tables}つ）の題名として読みました。題名の数（N=… など）は表の題名の数として確かめます（チェッカーの判断）。違う場合は、題名とコードの間を空行二つで分けてください`,
    });
  }
  return { records: out, notes };
}

/**
 * Stata's command line (「. tabulate sex outcome, row col」, 「. by site, sort: tabulate …」, its continuation 「> …」,
 * the prompt 「.」 alone at the end), R's (「> table(df$sex, df$outcome)」「> tab <- …」, its continuation 「+ …」, the
 * prompt 「>」 alone at the end) and Stata's rule over a by-group's 「-> site = A」 (formats48): pasted with the output,
 * no counts. Taken out (blank lines in their place), each said (`layout/command`), never dropped silently. Only at the
 * top of a block (the first line, after a blank line or another such line), Stata's a command word after 「. 」 (not
 * 「. x = 5」), R's a name called or assigned with 「<-」 (「> 180」「> moderate」 are row labels, left as they are); never a
 * line that says a count (「n = 5」「3例」「5 patients」: `SAYS_COUNT`); the prompt alone only as the last line, under a
 * command line taken. The 「-> site = A」 line itself is read by `readStata`, as the title of the table under it.
 */
const STATA_COMMAND = /^\. (?:by(?:sort)? [^:]{1,200}: ?)?[a-z_][a-z0-9_]{0,31}(?:$|[ ,:])/i;
const R_COMMAND = /^> (?:[a-z._][\w.]{0,63}(?:\$[\w.]+)? ?(?:\(|<-)|library\(|print\()/i;
/** A line that says a count (「n = 5」「5 patients」「3例」): never taken as a command, left to the other readings. */
const SAYS_COUNT = /\bn ?=|\d ?(?:人|例|名|件|patients?\b|cases?\b|subjects?\b)/i;
const STATA_BY = /^-> \S.{0,200}$/;
/**
 * titles66: SAS's program (「proc freq data=a;」 to 「run;」/「quit;」, one line or many) and SPSS's syntax (「CROSSTABS
 * /TABLES=sex BY outcome /CELLS=COUNT.」, its continuations to the line ending in 「.」) pasted over their output: no
 * counts. Each line a statement (a word first, or SPSS's 「/」), with no 「|」, no comment (「/*」, 「* …;」: a comment may
 * say a count) and no count (`SAYS_COUNT`); a CSV reading cuts SAS's lines at 「;」 (its fields joined by 「,」 here).
 */
const SAS_PROC = /^proc [a-z][a-z0-9_]{0,31}\b/i;
const SAS_END = /(?:^|[;,] ?)(?:run|quit) ?;?$/i;
const SPSS_COMMAND = /^(?:crosstabs|frequencies|descriptives|means|ctables|examine)\b/i;
const STATEMENT = /^(?:[a-z_][\w.]{0,31}(?:$|[ =;,/(*])|\/ ?[a-z])/i;
const codeLine = (t: string) => !t.includes('|') && !/\/\*|^\*|[;,] ?\*/.test(t) && !SAYS_COUNT.test(t);
/**
 * titles68: SAS's program as it is pasted — global statements over its steps (「title "表2 …（N=146）";」「title1 '…';」
 * 「footnote …;」「options …;」「ods …;」「libname …;」), 「data …; … run;」 steps, comments with no digit (「/* 度数 *\/」
 * 「* crosstab;」), several steps one after another, and a step no 「run;」/「quit;」 closes before an empty line (SAS runs
 * it at the next step or the end). A comment with a digit may say a count: never taken. A title statement's text is the
 * title SAS prints over the output: read as the title over it (`titleOverCode`), its N checked.
 */
const SAS_STEP = /^(?:proc [a-z][a-z0-9_]{0,31}\b|data [a-z_][\w.]{0,40}(?:$|[ ;,(]))/i;
// titles70: a macro's definition, its end and a call (「%macro xt(ds);」「%mend xt;」「%xt(a);」) too.
const SAS_GLOBAL = /^(?:(?:title\d{0,2}|footnote\d{0,2}|options|ods|libname|filename|%let|%macro|%mend)\b|%[a-z_]\w{0,31} ?[(;,])/i;
const SAS_TITLE_STATEMENT = /^title\d{0,2}\s*(["'])(.*)\1\s*[;,]?$/i;
/**
 * titles70: digits in a comment that count nothing — a date or a year (「2024-03-01」「2024/3/1」「2024」), a time
 * (「10:30」), a version's, a step's or a table's number (「version 2」「v1.2」「step 3」「表2」「No. 4」), a name's
 * (「adsl2」「t_01」). A comment with any other digit may say a count (「3 excluded」): never taken. Ours, a list.
 */
const CODE_DIGITS =
  /(?<![\d.])(?:19|20)\d\d(?:[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?(?![\d.])|(?<![\d.])\d{1,2}:\d{2}(?![\d.])|(?<![a-z])(?:version|ver\.?|v|step|table|tab\.?|figure|fig\.?|no\.?|#|表|図|第)\s*\d+(?:\.\d+)*|(?<!\w)[a-z_]+\d\w*/gi;
const codeDigitsOnly = (t: string) => !/\d/.test(t.replace(CODE_DIGITS, ''));
const sasComment = (t: string) => codeDigitsOnly(t) && /^(?:\/\*.*\*\/|\*[^;/]*[;,]?)$/.test(t);
/** titles70: SAS's data lines after 「datalines;」「cards;」 (「datalines4;」「cards4;」 to 「;;;;」). */
const SAS_DATA_START = /^(?:datalines|cards|lines|parmcards)(4?) ?[;,]?$/i;
/** titles70: SPSS's 「TITLE '…'.」「SUBTITLE '…'.」 over its syntax: the title it prints over the output. */
const SPSS_TITLE = /^(?:sub)?title\s*(["'])(.*)\1\s*\.$/i;
/** The lines of SAS's program opening at `k`, its title statements' text, or none (titles66, titles68). */
function sasAt(
  lines: readonly string[],
  k: number,
): { end: number; what: string; title?: string; data?: { from: number; to: number; digits: boolean }[] } | undefined {
  const first = lines[k]!.trim();
  if (!SAS_STEP.test(first) && !SAS_GLOBAL.test(first) && !sasComment(first)) return undefined;
  const titles: string[] = [];
  const data: { from: number; to: number; digits: boolean }[] = [];
  let end = -1;
  let proc = false;
  let shaped = false;
  for (let j = k; j < lines.length && j - k < SAS_LINES; j++) {
    const x = lines[j]!.trim();
    if (x === '') break;
    // titles70: a data step's data lines (「datalines;」 to the line 「;」): the program's data, no output.
    const start = SAS_DATA_START.exec(x);
    if (start && end >= k) {
      // Its closing 「;」 (「;;;;」), or an empty line where a CSV reading cut at 「;」 left none, a step or 「run;」 under it.
      const close = start[1] === '4' ? /^[;,]{4}$/ : /^[;,]$/;
      const closes = (i: number) =>
        close.test(lines[i]!.trim()) ||
        (lines[i]!.trim() === '' && i + 1 < lines.length && (SAS_END.test(lines[i + 1]!.trim()) || SAS_STEP.test(lines[i + 1]!.trim())));
      let to = j + 1;
      while (to < lines.length && to - k < SAS_LINES && !closes(to)) to++;
      if (to >= lines.length || to - k >= SAS_LINES || to === j + 1) break;
      data.push({ from: j + 1, to: to - 1, digits: lines.slice(j + 1, to).some((l) => /\d/.test(l)) });
      end = to;
      j = to;
      shaped = true;
      continue;
    }
    // After a step's 「run;」 only another step, a global statement or a comment: else the output under it.
    if (end >= k && SAS_END.test(lines[end]!.trim()) && !SAS_STEP.test(x) && !SAS_GLOBAL.test(x) && !sasComment(x)) break;
    const title = SAS_TITLE_STATEMENT.exec(x);
    // A comment with no digit inside a statement's line (「proc freq data=a; /* 度数 *\/」) is no part of it (titles70:
    // nor one whose digits count nothing, `CODE_DIGITS`).
    const bare = x.replace(/\/\*[^*]*\*\//g, (c) => (codeDigitsOnly(c) ? '' : c)).trim();
    if (title) titles.push(title[2]!.trim());
    else if (!sasComment(x)) {
      if (!STATEMENT.test(bare.replace(/^%/, '')) || !codeLine(bare)) break;
      if (/^footnote/i.test(x) && /\d/.test(x)) break;
    }
    if (SAS_PROC.test(x)) proc = true;
    if (/data ?=|[;,]/.test(x)) shaped = true;
    end = j;
  }
  if (end < k || !proc) return undefined;
  const closed = SAS_END.test(lines[end]!.trim());
  // Unclosed: only where an empty line (or the end) follows and its lines are statements (「data=」 or 「;」 in them).
  if (!closed && !(shaped && (end + 1 >= lines.length || lines[end + 1]!.trim() === ''))) return undefined;
  const title = titles.join(' ').trim();
  return { end, what: 'SAS のプログラムの行', ...(title === '' ? {} : { title }), ...(data.length > 0 ? { data } : {}) };
}
/** The most lines of one pasted SAS program walked (titles68). */
const SAS_LINES = 60;
/** The lines of SAS's or SPSS's code opening at `k` (their number), or none. */
function codeAt(
  lines: readonly string[],
  k: number,
): { end: number; what: string; title?: string; data?: { from: number; to: number; digits: boolean }[] } | undefined {
  const t = lines[k]!.trim();
  if (SAS_STEP.test(t) || SAS_GLOBAL.test(t) || sasComment(t)) {
    const sas = sasAt(lines, k);
    if (sas || !SPSS_TITLE.test(t)) return sas;
  }
  // titles70: SPSS's 「TITLE '…'.」 (and 「SUBTITLE '…'.」) lines right over its syntax: their text the title over the output.
  if (SPSS_TITLE.test(t)) {
    const titles: string[] = [];
    let j = k;
    for (; j < lines.length && j - k < 4 && SPSS_TITLE.test(lines[j]!.trim()); j++)
      titles.push(SPSS_TITLE.exec(lines[j]!.trim())![2]!.trim());
    const syntax = j < lines.length && !SPSS_TITLE.test(lines[j]!.trim()) ? codeAt(lines, j) : undefined;
    if (!syntax || syntax.what !== SPSS_WHAT) return undefined;
    return { end: syntax.end, what: SPSS_WHAT, title: titles.filter((x) => x !== '').join(' ') };
  }
  const spss = SPSS_COMMAND.exec(t);
  // SPSS's command word as syntax only before its 「/」 or 「VARIABLES=」「TABLES=」 (or alone over a 「/」 line): a
  // caption 「Frequencies of adverse events.」 is no syntax.
  const syntax = spss && /^(?: ?\/| (?:variables|tables) ?=|$)/i.test(t.slice(spss[0].length));
  if (!syntax || !codeLine(t)) return undefined;
  if (t.length === spss![0].length && !/^\//.test(lines[k + 1]?.trim() ?? '')) return undefined;
  let end = k;
  while (!/\.$/.test(lines[end]!.trim()) && end + 1 < lines.length && end - k < 30) {
    const x = lines[end + 1]!.trim();
    if (x === '' || !STATEMENT.test(x) || !codeLine(x) || SPSS_COMMAND.test(x)) break;
    end++;
  }
  // Only a command closed by its 「.」.
  if (!/\.$/.test(lines[end]!.trim())) return undefined;
  return { end, what: SPSS_WHAT };
}
const SPSS_WHAT = 'SPSS のシンタックスの行';
function commandLines(input: readonly CsvRecord[]): {
  records: CsvRecord[];
  notes: ListingNote[];
  calls: Map<number, string>;
  stata: { commands: Set<number>; titled: Set<number> };
  code: Map<number, number[]>;
  stated: Map<number, string>;
  errors: ListingError[];
} {
  const raw = (r: CsvRecord) => trimEnd(r.fields).join(',').trim();
  const records = [...input];
  const notes: ListingNote[] = [];
  // formats64: the lines (by line number) taken as Stata's commands, and a line of text at the top of its block right
  // over one (「表2 性別と転帰（N=306）」 then 「. tabulate sex outcome」): its title candidate, put back by readStata.
  const stata = { commands: new Set<number>(), titled: new Set<number>() };
  // R's calls taken (formats50), with their continuations, at the index of their last line.
  const calls = new Map<number, string>();
  // titles66: SAS's and SPSS's code taken, by the line of the title over it (or 0 where none): the lines taken.
  const code = new Map<number, number[]>();
  // titles68: the text of SAS's title statements, by the line it is written on in place of the program's first.
  const stated = new Map<number, string>();
  const errors: ListingError[] = [];
  const texts = input.map(raw);
  let codeTo = -1;
  let callAt = -1;
  let after: 'stata' | 'r' | undefined;
  let top = true;
  const lastText = (() => {
    for (let k = input.length - 1; k >= 0; k--) if (raw(input[k]!) !== '') return k;
    return -1;
  })();
  const take = (k: number, t: string, what: string) => {
    records[k] = { line: input[k]!.line, fields: [''] };
    notes.push({
      code: 'layout/command',
      line: input[k]!.line,
      message: `${input[k]!.line}行目${quote(t.length > 80 ? `${t.slice(0, 80)}…` : t)}は、${what}と読み、表から外しました。${/\d/.test(t) ? 'その数は患者数ではありません' : ''}（チェッカーの判断）`,
    });
  };
  for (const [k, r] of input.entries()) {
    const t = raw(r);
    // The lines of a step of SAS's or SPSS's code, taken with its first.
    if (k <= codeTo) continue;
    if (t === '') {
      top = true;
      after = undefined;
      continue;
    }
    const step = top ? codeAt(texts, k) : undefined;
    if (step) {
      // titles66: a line of text over it at the top of its block (a title), put back by `titleOverCode`.
      const over =
        k > 0 && texts[k - 1] !== '' && (k === 1 || texts[k - 2] === '') && !code.has(input[k - 1]!.line) ? input[k - 1]!.line : 0;
      if (step.title !== undefined) {
        // titles68: SAS's title statement: its text the title over the output (on the program's first line), the
        // other lines taken; a line over the program left as it is.
        const from = input[k]!.line;
        records[k] = { line: from, fields: [step.title] };
        stated.set(from, step.title);
        code.set(
          from,
          Array.from({ length: step.end - k }, (_, i) => input[k + 1 + i]!.line),
        );
        for (let i = k + 1; i <= step.end; i++) records[i] = { line: input[i]!.line, fields: [''] };
        const [soft, statement] = step.what === SPSS_WHAT ? ['SPSS', 'TITLE コマンド'] : ['SAS', 'title 文'];
        notes.push({
          code: 'layout/command',
          line: from,
          message: `${from}〜${input[step.end]!.line}行目は ${soft} の${soft === 'SAS' ? 'プログラム' : 'シンタックス'}の行と読み、表から外しました。その ${statement}の文字列${quote(step.title.length > 80 ? `${step.title.slice(0, 80)}…` : step.title)}は ${soft} が出力の上に書く題名と読み、出力から読んだ表の題名として確かめます（チェッカーの判断）。違う場合は、${statement}を除いて貼り付けてください`,
        });
      } else {
        code.set(
          over === 0 ? -input[k]!.line : over,
          Array.from({ length: step.end - k + 1 }, (_, i) => input[k + i]!.line),
        );
        for (let i = k; i <= step.end; i++)
          if (!step.data?.some((d) => d.from <= i && i <= d.to) && texts[i] !== '') take(i, texts[i]!, step.what);
          else records[i] = { line: input[i]!.line, fields: [''] };
      }
      // titles70: the data lines of a data step (「datalines;」 to 「;」), taken with the program and said; where they
      // hold a digit, refused in words (the data's counts are published with the output).
      for (const d of step.data ?? []) {
        const [a, b] = [input[d.from]!.line, input[d.to]!.line];
        if (d.digits)
          errors.push({
            code: 'layout/sas-data',
            line: a,
            message: `${a}〜${b}行目を SAS のプログラムのデータの行（datalines・cards の後）と読みました（チェッカーの判断）。データの数も出力の表と一緒に公表され、表で秘匿するセルの数がそこから分かることがあるため、確かめられません`,
            hint: 'データの行（datalines; の後から ; まで）を除いて、プログラムと出力だけを貼り付けてください',
          });
        else
          notes.push({
            code: 'layout/command',
            line: a,
            message: `${a}〜${b}行目は SAS のプログラムのデータの行（datalines・cards の後）と読み、表から外しました。数は書かれていません（チェッカーの判断）`,
          });
      }
      codeTo = step.end;
      top = true;
      after = undefined;
      continue;
    }
    if (top && k + 1 < input.length && !stataCommand(t) && !t.includes('|') && codeAt(texts, k + 1)) {
      // titles66: a title over SAS's or SPSS's code: its code still at the top.
      continue;
    }
    if (after === 'stata' && /^> /.test(t)) {
      take(k, t, 'Stata のコマンドの続きの行');
      stata.commands.add(input[k]!.line);
    } else if (after === 'r' && /^\+ /.test(t)) {
      take(k, t, 'R のコマンドの続きの行');
      calls.set(k, `${calls.get(callAt) ?? ''} ${t.slice(2)}`);
      calls.delete(callAt);
      callAt = k;
    } else if (top && !t.includes('|') && !STATA_COMMAND.test(t) && k + 1 < input.length && stataCommand(raw(input[k + 1]!))) {
      // formats64: a line over Stata's command at the top of its block (a title, its N or not): the command under it
      // is still at the top; the line left as it is, a title candidate for readStata.
      stata.titled.add(input[k]!.line);
      after = undefined;
      continue;
    } else if (SAYS_COUNT.test(t)) {
      top = false;
      after = undefined;
      continue;
    } else if (top && stataCommand(t)) {
      take(k, t, 'Stata に打ち込んだコマンドの行');
      stata.commands.add(input[k]!.line);
      after = 'stata';
      continue;
    } else if (top && R_COMMAND.test(t)) {
      take(k, t, 'R に打ち込んだコマンドの行');
      calls.set(k, t.slice(2));
      callAt = k;
      after = 'r';
      continue;
    } else if (k === lastText && notes.length > 0 && (t === '.' || t === '>')) take(k, t, '統計ソフトのプロンプトだけの行');
    else if (top && /^-{20,}$/.test(t) && k + 1 < input.length && STATA_BY.test(raw(input[k + 1]!)))
      take(k, t, 'Stata の by の組の区切り線');
    else {
      top = false;
      after = undefined;
      continue;
    }
    // A continuation keeps its command's kind; a line taken leaves the next at the top of its block.
  }
  return { records, notes, calls, stata, code, stated, errors };
}
const stataCommand = (t: string) => STATA_COMMAND.test(t) && !t.includes('|') && !/^\. \w+ ?=/.test(t) && !SAYS_COUNT.test(t);

/**
 * Rows and their running sums as a tree by indentation, parents first (formats36): 「累積（A〜Y）」 over 「累積（A〜X）」
 * … over the first two rows, each running sum's next row after it — each running sum from the 2nd row to the one before
 * last a line of ours (`run`, its count and share), the sum of the one before it and its row. The first row's running
 * sum is the row, the last's the total: no line.
 */
function runningTree(rows: readonly { label: string; line: number; cell: string; run: string }[]): CsvRecord[] {
  const out: CsvRecord[] = [];
  const last = rows.length - 2;
  const pad = (d: number) => '  '.repeat(d);
  for (let i = last; i >= 1; i--)
    out.push({ line: rows[i]!.line, fields: [pad(last - i) + `累積（${rows[0]!.label}〜${rows[i]!.label}）`, rows[i]!.run] });
  rows.forEach((r, i) => out.push({ line: r.line, fields: [pad(Math.max(0, last - Math.max(i, 1) + 1)) + r.label, r.cell] }));
  return out;
}

/** SAS PROC FREQ's one-way columns by their headers (formats40: in any order, 「Frequency」 and 「Cumulative Frequency」 among them). */
type SasCol = 'F' | 'P' | 'CF' | 'CP';
const SAS_CUM_NAME: Record<string, SasCol> = {
  frequency: 'F',
  percent: 'P',
  'cumulative frequency': 'CF',
  'cumulative percent': 'CP',
};
const SAS_CUM_WORDS: Record<SasCol, string> = {
  F: 'Frequency',
  P: 'Percent',
  CF: 'Cumulative Frequency',
  CP: 'Cumulative Percent',
};
/** The columns named, each once, 「Frequency」 and 「Cumulative Frequency」 among them; else undefined. */
const sasColumns = (names: readonly string[]): SasCol[] | undefined => {
  const cols = names.map((h) => SAS_CUM_NAME[h.toLowerCase().replace(/\s+/g, ' ')]);
  if (cols.some((c) => c === undefined) || new Set(cols).size !== cols.length) return undefined;
  return cols.includes('F') && cols.includes('CF') ? (cols as SasCol[]) : undefined;
};
const DECIMAL = /^\d{1,3}(?:\.\d{1,9})?$/;
/** Whether a printed share `p` (no 「%」) is 100·num/den within its rounding (its decimals as printed). */
const shareFits = (p: string, num: number, den: number) => den > 0 && printedNear(p, (100 * num) / den);
/**
 * Whether a printed share `p` is 100·num/den cut (truncated) to its decimals: p ≤ x < p + one unit of its last digit
 * (formats46, named in a refusal only).
 */
const shareCut = (p: string, num: number, den: number) => {
  const x = den > 0 ? (100 * num) / den : NaN;
  return x >= Number(p) - 1e-9 && x < Number(p) + 10 ** -printedDecimals(p) - 1e-9;
};
/** A count of 1,000 or more as SAS prints it, with its thousands commas (「1,234」「12,345」, formats38), taken whole. */
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
/** A count, bare or with SAS's thousands commas, without them; undefined if neither. */
const countOf = (s: string): string | undefined =>
  COUNT.test(s) ? s : GROUPED.test(s) && s.length <= 11 ? s.replace(/,/g, '') : undefined;

/**
 * SAS PROC FREQ's one-way table as its cells are pasted (its HTML output into a spreadsheet: 「Frequency」「Percent」
 * 「Cumulative Frequency」「Cumulative Percent」, formats36) or as its listing prints it: where the counts' running sums
 * are the printed cumulative counts and every percentage (no 「%」) is its count's share of the whole within its
 * rounding, read as one column of 「n (p%)」 under a tree of the running sums (`runningTree`, lines of ours) and a
 * 「Total」 of ours, the last running sum as printed. Before, refused (its percentages have no 「%」,
 * `cell/percent-unmarked`). Else left as it was. formats40: its columns in any order, each named by its header, or
 * some of them (NOPERCENT's 「Frequency」「Cumulative Frequency」; without 「Percent」 the first row's 「Cumulative
 * Percent」 is its own share, as Stata's 「Cum.」 is, formats37).
 */
function readSasCumulative(records: readonly CsvRecord[]): { records: CsvRecord[]; notes: ListingNote[] } {
  const out: CsvRecord[] = [];
  const notes: ListingNote[] = [];
  let k = 0;
  const cells = (r: CsvRecord) => trimEnd(r.fields).map((f) => normalise(f));
  const wordsOf = (r: CsvRecord) => text(r).split(/\s+/);
  /**
   * A listing line's words. A CSV file's reading cuts a line holding 「1,234」 at its commas (formats38): its fields
   * joined back by the commas they were cut at, kept only where every comma is inside a count's grouped digits.
   */
  const listingWords = (r: CsvRecord): string[] | undefined => {
    const f = trimEnd(r.fields);
    if (f.length === 1) return wordsOf(r);
    const w = normalise(f.join(',')).split(/\s+/);
    return w.every((x) => !x.includes(',') || GROUPED.test(x)) ? w : undefined;
  };
  /** A listing line's words with where each ends on the line (its characters). */
  const spans = (r: CsvRecord) =>
    [...trimEnd(r.fields).join(',').matchAll(/\S+/g)].map((m) => ({ w: m[0], from: m.index, to: m.index + m[0].length }));
  /**
   * The table at `k`: its cells pasted (its columns named by the header's cells), or SAS's listing (「Cumulative」 over
   * the header's words of the columns it belongs to, each over one word: its span within that word's column).
   */
  const parse = (
    k: number,
  ): { label: string; cols: SasCol[]; headLine: number; rows: { r: CsvRecord; c: string[] }[]; end: number } | undefined => {
    const head = cells(records[k]!);
    const pasted = head.length >= 3 && head.length <= 5 ? sasColumns(head.slice(1)) : undefined;
    if (pasted) {
      let end = k + 1;
      while (end < records.length && cells(records[end]!).length === head.length) end++;
      // A cell 「1,234」 (formats38) read as its count.
      const bare = (c: string[]) => c.map((x, j) => (j > 0 && (pasted[j - 1] === 'F' || pasted[j - 1] === 'CF') ? (countOf(x) ?? x) : x));
      return {
        label: head[0]!,
        cols: pasted,
        headLine: records[k]!.line,
        rows: records.slice(k + 1, end).map((r) => ({ r, c: bare(cells(r)) })),
        end,
      };
    }
    if (head.length !== 1 || !/^cumulative(?:\s+cumulative)?$/i.test(text(records[k]!)) || k + 1 >= records.length) return undefined;
    if (trimEnd(records[k + 1]!.fields).length !== 1) return undefined;
    const low = spans(records[k + 1]!);
    const up = spans(records[k]!);
    if (low.length < 3 || low.length > 5) return undefined;
    // Each 「Cumulative」 over the word of the header (after its label) whose end is nearest its own, within 3
    // characters (SAS right-aligns both), each word under one at most; where they stand elsewhere, SAS's five columns
    // in its order as before (「Cumulative」 twice over 「Frequency Percent Frequency Percent」).
    const plain = ['frequency', 'percent', 'frequency', 'percent'];
    const sasOrder = up.length === 2 && low.length === 5 && low.slice(1).every((l, j) => l.w.toLowerCase() === plain[j]);
    const near = (u: { to: number }) => {
      const d = low.map((l, j) => (j === 0 ? Infinity : Math.abs(l.to - u.to)));
      const j = d.indexOf(Math.min(...d));
      return d[j]! <= 3 ? j : -1;
    };
    const aligned = up.map(near);
    const over = aligned.every((j) => j >= 0) && new Set(aligned).size === aligned.length ? aligned : sasOrder ? [3, 4] : undefined;
    if (!over) return undefined;
    const cols = sasColumns(low.slice(1).map((l, j) => (over.includes(j + 1) ? `cumulative ${l.w}` : l.w)));
    if (!cols) return undefined;
    const m = cols.length;
    let end = k + 2;
    if (end < records.length && RULE.test(text(records[end]!))) end++;
    const rows: { r: CsvRecord; c: string[] }[] = [];
    for (; end < records.length; end++) {
      const x = listingWords(records[end]!);
      if (!x || x.length < m + 1) break;
      const vs = x.slice(-m).map((v, j) => (cols[j] === 'F' || cols[j] === 'CF' ? countOf(v) : DECIMAL.test(v) ? v : undefined));
      if (vs.some((v) => v === undefined)) break;
      rows.push({ r: records[end]!, c: [x.slice(0, -m).join(' '), ...(vs as string[])] });
    }
    return { label: low[0]!.w, cols, headLine: records[k + 1]!.line, rows, end };
  };
  while (k < records.length) {
    const parsed = parse(k);
    if (!parsed) {
      out.push(records[k++]!);
      continue;
    }
    const { label, cols, rows, end } = parsed;
    const at = (c: string[], col: SasCol): string | undefined => {
      const j = cols.indexOf(col);
      return j < 0 ? undefined : c[j + 1];
    };
    const ok =
      rows.length >= 2 &&
      rows.every(({ c }) => c[0] !== '' && cols.every((col, j) => (col === 'F' || col === 'CF' ? COUNT : DECIMAL).test(c[j + 1]!)));
    const N = ok ? rows.reduce((a, { c }) => a + Number(at(c, 'F')), 0) : 0;
    const fits = (n: number, p: string | undefined) => p === undefined || shareFits(p, n, N);
    let run = 0;
    const read =
      ok &&
      N > 0 &&
      rows.every(({ c }) => {
        run += Number(at(c, 'F'));
        return Number(at(c, 'CF')) === run && fits(Number(at(c, 'F')), at(c, 'P')) && fits(run, at(c, 'CP'));
      });
    if (!read) {
      out.push(records[k++]!);
      continue;
    }
    const withP = cols.includes('P');
    const withCP = cols.includes('CP');
    // A row's count with its share: 「Percent」's, or the first row's 「Cumulative Percent」 (its running sum is its count).
    const cell = (c: string[], i: number) =>
      withP ? `${at(c, 'F')} (${at(c, 'P')}%)` : withCP && i === 0 ? `${at(c, 'F')} (${at(c, 'CP')}%)` : at(c, 'F')!;
    const runCell = (c: string[]) => (withCP ? `${at(c, 'CF')} (${at(c, 'CP')}%)` : at(c, 'CF')!);
    const lastRow = rows.at(-1)!;
    out.push(
      { line: parsed.headLine, fields: [label, 'Frequency'] },
      ...runningTree(rows.map(({ r, c }, i) => ({ label: c[0]!, line: r.line, cell: cell(c, i), run: runCell(c) }))),
      { line: lastRow.r.line, fields: ['Total', runCell(lastRow.c)] },
    );
    const order = cols.length !== 4 || cols.some((c, j) => c !== (['F', 'P', 'CF', 'CP'] as const)[j]);
    notes.push({
      code: 'layout/cumulative',
      line: records[k]!.line,
      message:
        `${records[k]!.line}〜${lastRow.r.line}行目は、SAS の PROC FREQ の度数表（${cols.map((h) => quote(SAS_CUM_WORDS[h])).join('')}${order ? '、列は見出しの名前で読みました' : ''}）と読みました。` +
        `累積度数が度数の和と${withP || withCP ? '、割合が総数 ' + N + ' に対する割合と' : ''}合うため、度数${withP ? 'と割合を「件数 (割合%)」' : ''}として、2行目から最後の前の行までの累積度数${withCP ? 'と累積割合' : ''}を、1行目からその行までの件数の和の行（${quote(`累積（${rows[0]!.c[0]}〜${rows[1]!.c[0]}）`)}など、字下げの木）として、最後の行の累積度数を「Total」として読み、一緒に確かめます。` +
        `1行目の累積度数${withCP ? '・累積割合' : ''}はその行の度数${withP || withCP ? '・割合' : ''}と同じで、一緒に隠します。「累積（…）」の行を秘匿するときは、その行の累積度数${withCP ? 'と累積割合' : ''}を隠してください（チェッカーの判断）`,
    });
    k = end;
  }
  return { records: out, notes };
}

/** SAS's statement of the whole N under its tables: 「Sample Size = 130」「Number of Observations = 130」「N = 130」. */
const SAMPLE_SIZE = /^(?:sample size|number of observations(?: read| used)?|n) ?[=:：]? ?(\d{1,9})$/i;
/** An N stated in a title: 「sex (N=130)」「N = 130」. */
const TITLE_N = /\bn ?[=＝:：] ?(\d{1,9})\b/i;

/** The table just above the records so far: the records after the last blank one (blank ones between skipped). */
function tableAbove(out: readonly CsvRecord[]): { start: number; end: number; block: CsvRecord[] } {
  let end = out.length;
  while (end > 0 && text(out[end - 1]!) === '') end--;
  let start = end;
  while (start > 0 && text(out[start - 1]!) !== '') start--;
  return { start, end, block: out.slice(start, end) };
}

/**
 * The table just above (`tableAbove`) as 「Frequency Missing」's readers take it (`linkMissing`, `linkMissingCross`): a
 * title where its first line is one cell, then its header (its cells) and its rows.
 */
function headedAbove(out: readonly CsvRecord[]) {
  const { start, end, block } = tableAbove(out);
  const titled = block.length > 0 && trimEnd(block[0]!.fields).length === 1;
  const head = titled ? 1 : 0;
  const header = head < block.length ? trimEnd(block[head]!.fields) : [];
  return { start, end, block, titled, head, header, rows: block.slice(head + 1) };
}

/** The whole N a SAS output states for the table above record k: the next line 「Sample Size = 130」, or its `title`'s. */
function statedN(
  records: readonly CsvRecord[],
  k: number,
  title: CsvRecord | undefined,
): { after: RegExpExecArray | null; stated: number } {
  const after = k + 1 < records.length ? SAMPLE_SIZE.exec(text(records[k + 1]!)) : null;
  return { after, stated: after ? Number(after[1]) : title ? Number(TITLE_N.exec(text(title))?.[1] ?? NaN) : NaN };
}

/** How a 「Frequency Missing = m」 was read, the start of its note: the missing count, and the N it adds up to with the total. */
const missingRead = (line: number, name: string, m: number, total: number, nLine: number | undefined, stated: number, rest = 0): string =>
  `${line}行目${quote(`${name} = ${m}`)}は、SAS の PROC FREQ が表の外に書く、値のない患者の数と読み、上の表の合計 ${total} とこの数の和が、` +
  `${nLine !== undefined ? `${nLine}行目` : '表の題名'}の N = ${stated} ${rest > 0 ? `より ${rest} 少ないことから、その差を表に載らない患者の数（チェッカーの推定。題名の N が別の集団の数なら、題名から外してください）とし、` : 'であることから、'}`;
/**
 * titles68: the whole N stated above the table's total and its 「Frequency Missing」 m: the difference a count of
 * patients the output does not show, a line of ours (a reader subtracts it: 164 − 142 − 18 = 4), checked with them
 * (before, linked only where N = total + m, else the N checked against the table's total alone: 22 left, none small).
 */
const REST_LABEL = '表に載らない患者（題名の N との差）';

/**
 * review72: the part the two links of 「Frequency Missing」 (`linkMissing`, `linkMissingCross`) share, over the table's
 * `total` (`block` the table, `titled` where its first line is a title): the stated N (undefined where it is less than
 * the total plus m); `finish` puts the table as read and our lines after it (m, the patients N leaves over, 「合計」 N)
 * in place and says them (the note's start and its list of those lines, worded by each link).
 */
function missingLink(
  records: readonly CsvRecord[],
  k: number,
  m: number,
  name: string,
  line: number,
  total: number,
  block: readonly CsvRecord[],
  titled: boolean,
) {
  const { after, stated } = statedN(records, k, titled ? block[0] : undefined);
  if (!(stated >= total + m)) return undefined;
  const rest = stated - total - m;
  const nLine = after ? records[k + 1]!.line : undefined;
  const lines: CsvRecord[] = [
    { line, fields: [name, String(m)] },
    ...(rest > 0 ? [{ line, fields: [REST_LABEL, String(rest)] }] : []),
    { line: after ? records[k + 1]!.line : block[0]!.line, fields: ['合計', String(stated)] },
  ];
  const read = missingRead(line, name, m, total, nLine, stated, rest);
  const said = `${quote(name)} ${m}${rest > 0 ? `・${quote(REST_LABEL)} ${rest}` : ''}・「合計」${stated}`;
  return {
    after,
    /** Puts `records` and our lines in place of `out`'s `start`–`end`; the note is `message` of the start and the list. */
    finish(
      out: CsvRecord[],
      start: number,
      end: number,
      records: readonly CsvRecord[],
      message: (read: string, said: string) => string,
    ): { note: ListingNote; skip: Set<number> } {
      out.splice(start, end - start, ...records, ...lines);
      return { skip: new Set(after ? [k + 1] : []), note: { code: 'layout/frequency-missing', line, message: message(read, said) } };
    },
  };
}

/**
 * 「Frequency Missing = m」 under a one-way table of counts whose whole N the output states (formats35): the table's
 * title 「sex (N=130)」, or 「Sample Size = 130」 on the next line. Where N is the table's total (its 「Total」 row, or the
 * sum of its rows) plus m, the table is read with three lines more: its total as 「小計（欠測以外）」, 「Frequency Missing」
 * m and 「合計」 N — the equation N = total + m in the table, so a hidden m is not given back by N less the total
 * (before, the count was a table of its own and the stated N a finding of its own). Else undefined: read as before.
 * `out` (the records so far) is changed in place.
 */
function linkMissing(
  out: CsvRecord[],
  records: readonly CsvRecord[],
  k: number,
  m: number,
  name: string,
  line: number,
): { note: ListingNote; skip: Set<number> } | undefined {
  const { start, end, block, titled, head, header, rows } = headedAbove(out);
  if (block.length < 3) return undefined;
  if (header.length !== 2 || rows.length < 2) return undefined;
  if (!rows.every((r) => trimEnd(r.fields).length === 2 && COUNT.test(normalise(r.fields[1]!)))) return undefined;
  const last = rows.at(-1)!;
  const totalRow = /^(?:total|合計|計)$/i.test(normalise(last.fields[0]!));
  const items = totalRow ? rows.slice(0, -1) : rows;
  const sum = items.reduce((a, r) => a + Number(normalise(r.fields[1]!)), 0);
  const total = totalRow ? Number(normalise(last.fields[1]!)) : sum;
  if (total !== sum) return undefined;
  const link = missingLink(records, k, m, name, line, total, block, titled);
  if (!link) return undefined;
  // The total as a 小計 of the rows above it (the checker then also searches any set of the rows that adds up to
  // another, as an attacker may take one: 「<65」 35 = 「>=75」 30 + m 5).
  return link.finish(
    out,
    start,
    end,
    [...block.slice(0, head + 1), ...items, { line: totalRow ? last.line : line, fields: ['小計（欠測以外）', String(total)] }],
    (read, said) => `${read}表の行（「小計（欠測以外）」${total}・${said}）として一緒に確かめました（チェッカーの判断）`,
  );
}

const TOTAL_WORD = /^(?:total|合計|計)$/i;

/**
 * The two-way table of counts just above (SAS PROC FREQ's crosstab: a 「Total」 column last and a 「Total」 row last,
 * each Total the sum of its counts; its cells bare or 「n (p%)」 as formats41 reads its listing, the count before the
 * share), with its rows' totals as lines 「label, Total」 and its whole total; else undefined. Shared by the links of
 * 「Frequency Missing」 (formats36) and 「Sample Size」 (formats42) under it.
 */
function crossAbove(out: readonly CsvRecord[]) {
  const above = headedAbove(out);
  const { block, header, rows } = above;
  if (block.length < 4) return undefined;
  const w = header.length;
  if (w < 4 || rows.length < 3 || !TOTAL_WORD.test(normalise(header[w - 1]!))) return undefined;
  const countIn = (f: string) => /^(\d{1,9})(?: \(\d{1,3}(?:\.\d{1,9})?%\))?$/.exec(normalise(f))?.[1];
  if (!rows.every((r) => trimEnd(r.fields).length === w && r.fields.slice(1, w).every((f) => countIn(f) !== undefined))) return undefined;
  const last = rows.at(-1)!;
  if (!TOTAL_WORD.test(normalise(last.fields[0]!))) return undefined;
  const items = rows.slice(0, -1);
  const v = (r: CsvRecord, j: number) => Number(countIn(r.fields[j]!));
  const cols = [...Array(w - 2).keys()].map((j) => j + 1);
  if (!rows.every((r) => v(r, w - 1) === cols.reduce((a, j) => a + v(r, j), 0))) return undefined;
  if (![...cols, w - 1].every((j) => v(last, j) === items.reduce((a, r) => a + v(r, j), 0))) return undefined;
  const rowTotals: CsvRecord[] = items.map((r) => ({ line: r.line, fields: [r.fields[0]!, String(v(r, w - 1))] }));
  return { ...above, rowTotals, total: v(last, w - 1) };
}

/**
 * 「Frequency Missing = m」 under a two-way table of counts (SAS PROC FREQ's crosstab, its 「Total」 row and column; its
 * cells 「n (p%)」 as its two-way listing is read, formats41: the count before the share)
 * whose whole N the output states, the title's 「(N=145)」 or 「Sample Size = 145」 (formats36): where N is the table's
 * total plus m (every row's and column's Total their sums), the table is read as printed and, after it, a table of
 * ours: its rows' totals (its 「Total」 column, the same counts under the same labels, so one count in both), the
 * missing count m and 「合計」 N — the equation N = the rows' totals + m, so a hidden m is not given back by N less the
 * table's total. The title that states N goes over that table (its N is that table's total). Else undefined (before,
 * the count was a table of its own and the stated N refused as a short row or judged over the table's total).
 */
function linkMissingCross(
  out: CsvRecord[],
  records: readonly CsvRecord[],
  k: number,
  m: number,
  name: string,
  line: number,
): { note: ListingNote; skip: Set<number> } | undefined {
  const cross = crossAbove(out);
  if (!cross) return undefined;
  const { start, end, block, titled, head, header, rowTotals, total } = cross;
  const link = missingLink(records, k, m, name, line, total, block, titled);
  if (!link) return undefined;
  const fromTitle = !link.after;
  return link.finish(
    out,
    start,
    end,
    [
      ...(titled && !fromTitle ? [block[0]!] : []),
      ...block.slice(head),
      { line, fields: [''] },
      ...(fromTitle ? [block[0]!] : []),
      { line: block[head]!.line, fields: [header[0]!, 'Frequency'] },
      ...rowTotals,
    ],
    (read, said) =>
      `${read}上の表の各行の合計（${quote(header.at(-1)!)}の列）・${said} の表（チェッカーの読み方で加えた表）として、上の表と一緒に確かめました（チェッカーの判断）`,
  );
}

/**
 * 「Sample Size = N」 under a two-way table of counts with its 「Total」 row and column (SAS PROC FREQ's crosstab, its
 * cells bare or 「n (p%)」 as formats41 reads its listing), N its total (formats42): read as a table of ours after it,
 * its rows' totals (the same counts under the same labels as its 「Total」 column) and 「合計」 N on the line of
 * 「Sample Size」, so N is published only where the table leaves it published. Else undefined (before, refused as a
 * line with a number, `line/count`).
 */
function linkSampleCross(out: CsvRecord[], stated: number, line: number): ListingNote | undefined {
  const cross = crossAbove(out);
  if (!cross || cross.total !== stated) return undefined;
  const { end, block, head, header, rowTotals } = cross;
  out.splice(end, 0, { line, fields: [''] }, { line: block[head]!.line, fields: [header[0]!, 'Frequency'] }, ...rowTotals, {
    line,
    fields: ['合計', String(stated)],
  });
  return {
    code: 'layout/frequency-missing',
    line,
    message:
      `${line}行目${quote(`Sample Size = ${stated}`)}は、SAS の PROC FREQ が表の下に書く患者の数と読み、上の表の合計 ${stated} と同じであることから、` +
      `上の表の各行の合計（${quote(header.at(-1)!)}の列）・「合計」${stated} の表（チェッカーの読み方で加えた表）として、上の表と一緒に確かめました（チェッカーの判断）`,
  };
}

/** Runs of one-field lines whose columns are spaces, split where the layout leaves one reading. */
function spaced(input: CsvRecord[], notes: ListingNote[]): { records: CsvRecord[]; notes: ListingNote[] } {
  // A CSV reading cuts a line at SAS's thousands commas (「1,234」, formats38): every such line joined back by them,
  // only where every comma is inside grouped digits; else the text is a table of cells, left as it was.
  const rejoined = input.map((r) => {
    const f = trimEnd(r.fields);
    if (f.length <= 1) return r;
    const line = f.join(',');
    return line.split(/\s+/).every((x) => !x.includes(',') || /^\d{1,3}(?:,\d{3})+$/.test(x))
      ? { line: r.line, fields: [line] }
      : undefined;
  });
  if (rejoined.some((r) => r === undefined)) return { records: input, notes };
  const records = rejoined as CsvRecord[];
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
    } else out.push(...input.slice(k, end));
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
  // the columns a terminal gives them (a wide character two): 「Grade 1」 of a label read as a count would not. Or, for
  // 「n (p%)」 cells as R prints a character matrix, each column starts at one place (left-aligned, formats35).
  const edges = (r: CsvRecord, wide: boolean, end: boolean) => {
    const line = trimEnd(r.fields).join(' ');
    const cols: number[] = [];
    let w = 0;
    let prev = 0;
    for (const m of line.matchAll(WORD)) {
      const e = end ? m.index + m[0].length : m.index;
      w += width(line.slice(prev, e), wide);
      prev = e;
      cols.push(w);
    }
    return cols.slice(cols.length - k);
  };
  const aligned = (wide: boolean, end = true) => {
    const at = edges(block[first]!, wide, end);
    return block.slice(first + 1).every((r) => edges(r, wide, end).every((e, q) => e === at[q]));
  };
  const pairs = lines.slice(first).some((w) => w.slice(w.length - k).some((v) => !COUNT.test(v)));
  if (!aligned(false) && !aligned(true) && !(pairs && (aligned(false, false) || aligned(true, false)))) return undefined;
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

/** A Stata rule line: 「-----------+----------------------+----------」. */
const STATA_RULE = /^-+\+[-+]*$/;
/** The statistics Stata's key names, in the order it prints them under each count. */
const KEY_WORDS: Record<string, 'count' | 'row' | 'col' | 'cell'> = {
  frequency: 'count',
  'row percentage': 'row',
  'column percentage': 'col',
  'cell percentage': 'cell',
};
const STATA_COUNT = /^\d{1,9}$/;
const STATA_PCT = /^\d{1,3}\.\d{1,9}$/;

export interface ListingError {
  code: 'layout/stata-base' | 'layout/sas-base' | 'layout/spss-missing' | 'layout/r-base' | 'layout/r-table' | 'layout/sas-data';
  line: number;
  message: string;
  hint: string;
}

interface StataLine {
  r: CsvRecord;
  label: string;
  values: string[];
}

/**
 * Stata's `tabulate` as text (formats35): one-way (「Freq.」「Percent」「Cum.」) and two-way (counts, and with `row`,
 * `col`, `cell` a line of percentages under each count, named by the key box above the table or by Stata's order),
 * with 「|」 between the label and the values and 「-----+-----」 rules. Each percentage line's base (the row's total, the
 * column's, the whole) is decided by the arithmetic of every stack — the one base every percentage of the line is
 * of within its rounding — and agrees with the key where one is printed; else the text is left as it was (refused).
 * Read as one table of 「n (p%)」 per percentage line (tables sharing their labels and counts, so protected together:
 * the same cells hidden in each), or of counts. A one-way table's 「Cum.」 column is checked against its counts'
 * running sums; it gives back any count hidden (the step between two neighbours), so beside a count under the
 * threshold each running share is a line of ours (formats36; with or without 「Percent」 since formats37, the first
 * row's Cum. its own share).
 */
export function readStata(
  records: readonly CsvRecord[],
  threshold: number,
  commands: { commands: ReadonlySet<number>; titled: ReadonlySet<number> } = { commands: new Set(), titled: new Set() },
  input: readonly CsvRecord[] = records,
): { records: CsvRecord[]; notes: ListingNote[]; errors: ListingError[] } {
  const notes: ListingNote[] = [];
  const errors: ListingError[] = [];
  const out: CsvRecord[] = [];
  const raw = (r: CsvRecord) => trimEnd(r.fields).join(',').trimEnd();
  const blank = (r: CsvRecord) => raw(r).trim() === '';
  const written = new Map(input.map((r) => [r.line, raw(r).trim()]));
  const keyLines = new Set<number>();
  // formats64: a title written over the table's command line (「表2 性別と転帰（N=306）」 then 「. tabulate sex outcome」
  // and its output; or a caption over one empty line over them). With the command taken out it was a loose line over
  // empty lines: refused where it held a number (`line/count`), else the table read untitled (before, a title directly
  // over the command kept the command from being taken: `table/no-rows`). The line over the lines taken for this
  // table (its command lines, its key box, Stata's empty line after the command), in a block of its own, text with no
  // 「|」, no value and no note, with no number under the threshold but its caption's number and a year (read.ts
  // publishes a title's N as written), is put back as the title of each table read from the output, said.
  const titleAbove = (): { q: number; text: string; command: boolean } | undefined => {
    let q = out.length - 1;
    let took = false;
    let gap = 0;
    for (; q >= 0; q--) {
      const x = out[q]!;
      if (!blank(x)) break;
      if (commands.commands.has(x.line)) {
        if (gap > 0) return undefined;
        took = true;
      } else if (keyLines.has(x.line)) {
        if (took) return undefined;
      } else if ((written.get(x.line) ?? '') !== '') return undefined;
      else if (took && gap++ > 0) return undefined;
    }
    // With no command pasted, only directly over the output (or its key box).
    const under = out.slice(q + 1);
    const direct =
      !took &&
      (under.length === 0 || (keyLines.has(under[0]!.line) && under.every((y) => keyLines.has(y.line) || written.get(y.line) === '')));
    if (q < 0 || !(took || direct) || (q > 0 && !blank(out[q - 1]!))) return undefined;
    const x = out[q]!;
    const text = raw(x).trim();
    if (took && gap === 0 && !commands.titled.has(x.line)) return undefined;
    if (gap > 0 && out.slice(0, q).some((y) => !blank(y)) && !CAPTION.test(normalise(text))) return undefined;
    const body = titleWords(text, threshold);
    return body === undefined ? undefined : { q, text: body, command: took };
  };
  let key: ('count' | 'row' | 'col' | 'cell' | undefined)[] | undefined;
  let group: { text: string; line: number } | undefined;
  let k = 0;
  while (k < records.length) {
    const r = records[k]!;
    const t = raw(r).trim();
    // The key box (its lines as the reader gives them: 「| Key |」 may come as a Markdown row, 「Key」).
    if (/^\+-+\+$/.test(t)) {
      let end = k + 1;
      while (end < records.length && end <= k + 8 && !/^\+-+\+$/.test(raw(records[end]!).trim())) end++;
      const inside = records
        .slice(k + 1, end)
        .map((x) => raw(x).trim().replace(/^\|/, '').replace(/\|$/, '').trim().toLowerCase())
        .filter((w) => w !== '' && !/^-+$/.test(w));
      if (end < records.length && inside[0] === 'key') {
        key = inside.slice(1).map((w) => KEY_WORDS[w]);
        for (const x of records.slice(k, end + 1)) (out.push({ line: x.line, fields: [''] }), keyLines.add(x.line));
        k = end + 1;
        continue;
      }
    }
    // Stata's by-group line over its table (「-> site = A」, formats48): the group added to the title of the table under
    // it (the next one read), said; left as it was where no table follows.
    if (STATA_BY.test(t) && !t.includes('|')) {
      let next = k + 1;
      while (next < records.length && blank(records[next]!)) next++;
      if (next < records.length && (raw(records[next]!).includes('|') || /^\+-+\+$/.test(raw(records[next]!).trim()))) {
        group = { text: normalise(t.slice(3)), line: r.line };
        out.push({ line: r.line, fields: [''] });
        k++;
        continue;
      }
    }
    if (blank(r) || !t.includes('|')) {
      out.push(r);
      k++;
      continue;
    }
    let end = k;
    while (
      end < records.length &&
      !blank(records[end]!) &&
      (raw(records[end]!).includes('|') || STATA_RULE.test(raw(records[end]!).trim()))
    )
      end++;
    const block = records.slice(k, end);
    const read = block.some((x) => STATA_RULE.test(raw(x).trim())) ? stataTable(block, key, threshold) : undefined;
    if (read === undefined) {
      out.push(...block);
      k = end;
      continue;
    }
    if ('error' in read) errors.push(read.error);
    else if (group) {
      const g = group;
      out.push(
        ...read.records.map((x) =>
          /^# /.test(x.fields[0] ?? '') && x.fields.length === 1 ? { ...x, fields: [`${x.fields[0]}（${g.text}）`] } : x,
        ),
      );
      notes.push({
        ...read.note,
        message: `${read.note.message}。${g.line}行目${quote(`-> ${g.text}`)}は Stata の by の組の見出しと読み、表の題に加えました（チェッカーの判断）`,
      });
    } else {
      const over = titleAbove();
      if (over) {
        const at = out[over.q]!.line;
        out[over.q] = { line: at, fields: [''] };
        const ours = read.records.some((x) => /^# /.test(x.fields[0] ?? '') && x.fields.length === 1);
        out.push(
          ...(ours ? [] : [{ line: at, fields: [`# ${over.text}`] }]),
          ...read.records.map((x) =>
            /^# /.test(x.fields[0] ?? '') && x.fields.length === 1 ? { ...x, fields: [`# ${over.text}：${x.fields[0]!.slice(2)}`] } : x,
          ),
        );
        notes.push({
          ...read.note,
          message: `${read.note.message}。${at}行目${quote(over.text.length > 80 ? `${over.text.slice(0, 80)}…` : over.text)}は、すぐ下の Stata の${over.command ? 'コマンドの行と' : ''}出力の上に書かれた一行（その間は空行なし、または空行一つ）で、この表の題名として読みました。題名の数（N=… など）は表の題名の数として確かめます（チェッカーの判断）。違う場合は、題名と出力の間を空行二つで分けてください`,
        });
      } else {
        out.push(...read.records);
        notes.push(read.note);
      }
    }
    group = undefined;
    key = undefined;
    k = end;
  }
  return { records: out, notes, errors };
}

function stataTable(
  block: CsvRecord[],
  key: ('count' | 'row' | 'col' | 'cell' | undefined)[] | undefined,
  threshold: number,
): { records: CsvRecord[]; note: ListingNote } | { error: ListingError } | undefined {
  const lines: StataLine[] = [];
  const heads: { r: CsvRecord; segs: string[] }[] = [];
  for (const r of block) {
    const s = trimEnd(r.fields).join(',');
    if (STATA_RULE.test(s.trim())) continue;
    const segs = s.split('|');
    const label = normalise(segs[0]!);
    const values = segs
      .slice(1)
      .join(' ')
      .split(/\s+/)
      .filter((v) => v !== '')
      // Stata's thousands commas (「1,234」) taken out; a comma elsewhere (「12,50」, a decimal comma) leaves the word
      // as it is, no count (formats40: before, every comma was taken out, 「12,50」 read as 1250).
      .map((v) => (GROUPED.test(v) ? v.replace(/,/g, '') : v));
    if (values.length === 0 && label === '') continue;
    if (values.length > 0 && values.every((v) => STATA_COUNT.test(v) || STATA_PCT.test(v))) lines.push({ r, label, values });
    else if (lines.length === 0) heads.push({ r, segs });
    else return undefined;
  }
  if (lines.length < 2 || heads.length < 1 || heads.length > 2) return undefined;
  const head = heads[heads.length - 1]!;
  const rowVar = normalise(head.segs[0]!);
  const width = lines[0]!.values.length;
  // Every line as wide as the first (a one-way table's Total line has no 「Cum.」).
  if (!lines.every((l, i) => l.values.length === width || (i === lines.length - 1 && l.values.length === width - 1))) return undefined;
  // The header's labels: cut at the ends of the first line's values (Stata right-aligns both), or its words.
  const first = trimEnd(lines[0]!.r.fields).join(',');
  const ends: number[] = [];
  for (const m of first.matchAll(/[^\s|]+/g)) if (m.index > first.indexOf('|')) ends.push(m.index + m[0].length);
  const headText = trimEnd(head.r.fields).join(',');
  const bar = headText.indexOf('|');
  let labels: string[] = [];
  if (ends.length === width && bar >= 0) {
    let from = bar + 1;
    for (const e of ends) {
      labels.push(normalise(headText.slice(from, e).replace(/\|/g, ' ')));
      from = e;
    }
  }
  // The header's words where they are as many as the values (labels wider than their column are not aligned).
  const headWords = head.segs
    .slice(1)
    .join(' ')
    .split(/\s+/)
    .filter((v) => v !== '');
  if (headWords.length === width) labels = headWords.map(normalise);
  if (labels.length !== width || labels.some((l) => l === '')) {
    labels = head.segs
      .slice(1)
      .join(' ')
      .split(/\s+/)
      .filter((v) => v !== '');
    if (labels.length !== width) return undefined;
  }
  const oneWay = /^freq\.?$/i.test(labels[0]!);
  if (oneWay) return stataOneWay(block, lines, rowVar, labels, threshold);
  if (lines.at(-1)!.values.length !== width) return undefined;
  // Two-way: stacks of a count line (labelled) then lines of percentages with no label.
  const stacks: { count: StataLine; pcts: StataLine[] }[] = [];
  for (const l of lines) {
    if (l.label !== '') {
      if (!l.values.every((v) => STATA_COUNT.test(v))) return undefined;
      stacks.push({ count: l, pcts: [] });
    } else {
      if (stacks.length === 0 || !l.values.every((v) => STATA_PCT.test(v))) return undefined;
      stacks.at(-1)!.pcts.push(l);
    }
  }
  const depth = stacks[0]!.pcts.length;
  // The 「Total」 row and column, each printed or not (formats36: cut by hand, or a table written without them — the
  // bases are then the sums of the counts printed, which is what each share is of).
  const totalRow = /^total$/i.test(stacks.at(-1)!.count.label);
  const totalCol = /^total$/i.test(labels.at(-1)!);
  // Every stack as deep as the first; the Total line's may have no percentages (printed so by hand or cut).
  if (stacks.length < 2 || !stacks.every((s, i) => s.pcts.length === depth || (totalRow && i === stacks.length - 1 && s.pcts.length === 0)))
    return undefined;
  const items = totalRow ? stacks.slice(0, -1) : stacks;
  const itemCols = totalCol ? width - 1 : width;
  if (items.length < 2 || itemCols < 2 || items.some((s) => /^total$/i.test(s.count.label))) return undefined;
  const n = (s: { count: StataLine }, j: number) => Number(s.count.values[j]);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const cols = [...Array(width).keys()];
  // The row's total at any column j (a Total column's cell is the whole row's), the column's, and the whole.
  const rowTotal = (i: number) => (totalCol ? n(stacks[i]!, width - 1) : sum(cols.map((j) => n(stacks[i]!, j))));
  const colTotal = (j: number) => (totalRow ? n(stacks.at(-1)!, j) : sum(items.map((s) => n(s, j))));
  const N = totalCol ? colTotal(width - 1) : sum(cols.map(colTotal));
  const base = { row: (i: number) => rowTotal(i), col: (_: number, j: number) => colTotal(j), cell: () => N };
  // Each percentage line's base by arithmetic, every stack's, within its rounding.
  const kinds: ('row' | 'col' | 'cell')[] = [];
  const named = key?.filter((w) => w !== 'count');
  if (named && (named.length !== depth || named.some((w) => w === undefined) || key![0] !== 'count')) return undefined;
  for (let q = 0; q < depth; q++) {
    const fits = (['row', 'col', 'cell'] as const).filter((b) =>
      stacks.every((s, i) =>
        (s.pcts[q]?.values ?? []).every((p, j) => {
          return shareFits(p, n(s, j), base[b](i, j));
        }),
      ),
    );
    const kind = named
      ? fits.includes(named[q] as 'row')
        ? (named[q] as 'row' | 'col' | 'cell')
        : undefined
      : fits.length === 1
        ? fits[0]
        : undefined;
    if (kind === undefined) {
      const WORDS = { row: '行の合計', col: '列の合計', cell: '総数' };
      const line = stacks[0]!.pcts[q]!.r.line;
      return {
        error: {
          code: 'layout/stata-base',
          line,
          message:
            `${block[0]!.line}〜${block.at(-1)!.line}行目は Stata の tabulate の出力と読みましたが（チェッカーの判断）、件数の下の ${q + 1} 行目の割合（${line}行目ほか）が何に対する割合か決められません` +
            (named
              ? `（Key は${quote(({ row: 'row percentage', col: 'column percentage', cell: 'cell percentage' } as Record<string, string>)[key![q + 1] ?? ''] ?? '')}の割合としますが、割合はそれと丸めの範囲で合いません）`
              : fits.length === 0
                ? '（行の合計・列の合計・総数のどれに対しても、すべてのセルで丸めの範囲で合いません）'
                : `（${fits.map((f) => WORDS[f]).join('と')}のどちらにも合い、Key がありません）`),
          hint: 'Stata の出力を Key の枠ごと貼り付けるか、件数の行だけにして貼り付けてください（割合は「3 (6.3%)」の形で件数と一つのセルに書けます）',
        },
      };
    }
    kinds.push(kind);
  }
  const colVar = heads.length === 2 ? normalise(heads[0]!.segs.slice(1).join(' ')) : '';
  const name = `${rowVar}${colVar ? ` × ${colVar}` : ''}`;
  const WORDS = { row: '行%', col: '列%', cell: '全体%' };
  const out: CsvRecord[] = [];
  const tables = depth === 0 ? [undefined] : kinds.map((_, q) => q);
  for (const q of tables) {
    if (out.length > 0) out.push({ line: block[0]!.line, fields: [''] });
    out.push({ line: head.r.line, fields: [`# ${name}${q === undefined ? '' : `（${WORDS[kinds[q]!]}）`}`] });
    out.push({ line: head.r.line, fields: [rowVar, ...labels] });
    for (const s of stacks)
      out.push({
        line: s.count.r.line,
        fields: [s.count.label, ...s.count.values.map((v, j) => (q === undefined || !s.pcts[q] ? v : `${v} (${s.pcts[q]!.values[j]}%)`))],
      });
  }
  return {
    records: out,
    note: {
      code: 'layout/stata',
      line: block[0]!.line,
      message:
        `${block[0]!.line}〜${block.at(-1)!.line}行目は、Stata の tabulate の出力（「|」と「-----+-----」の罫線）と読みました` +
        (depth === 0
          ? '（件数の表として。チェッカーの判断）'
          : `。件数の下の割合の行は、${kinds.map((x) => WORDS[x]).join('・')}（各行の割合が、その件数の${kinds.map((x) => ({ row: '行の合計', col: '列の合計', cell: '総数' })[x]).join('・')}に対する割合と、すべてのセルで丸めの範囲で合うことから。チェッカーの判断）として、割合ごとに「件数 (割合%)」の表に分けて読み、同じ件数の表として一緒に確かめます。` +
            '秘匿するセルは、件数とその下の割合をすべて隠してください'),
    },
  };
}

function stataOneWay(
  block: CsvRecord[],
  lines: StataLine[],
  rowVar: string,
  labels: string[],
  threshold: number,
): { records: CsvRecord[]; note: ListingNote } | { error: ListingError } | undefined {
  const at = (w: RegExp) => labels.findIndex((l) => w.test(l));
  const pct = at(/^percent$/i);
  const cum = at(/^cum\.?$/i);
  if (labels.length !== 1 + (pct >= 0 ? 1 : 0) + (cum >= 0 ? 1 : 0)) return undefined;
  // The 「Total」 line printed (no 「Cum.」 on it), or not (formats37: cut by hand):
  // then the whole is the sum of the counts printed, which is what every share is of (checked below), and no line of
  // ours is added for it (its count is printed nowhere).
  const hasTotal = /^total$/i.test(lines.at(-1)!.label);
  if (
    (hasTotal && lines.at(-1)!.values.length !== labels.length - (cum >= 0 ? 1 : 0)) ||
    !lines.slice(0, hasTotal ? -1 : undefined).every((l) => l.values.length === labels.length)
  )
    return undefined;
  const total = hasTotal ? lines.at(-1)! : undefined;
  const items = hasTotal ? lines.slice(0, -1) : lines;
  if (items.length < 2 || items.some((l) => /^total$/i.test(l.label))) return undefined;
  const counts = lines.map((l) => Number(l.values[0]));
  if (!lines.every((l) => STATA_COUNT.test(l.values[0]!))) return undefined;
  const sum = counts.slice(0, items.length).reduce((a, b) => a + b, 0);
  const N = hasTotal ? counts.at(-1)! : sum;
  if (N <= 0 || sum !== N) return undefined;
  const fits = (c: number, p: string | undefined) => p !== undefined && STATA_PCT.test(p) && shareFits(p, c, N);
  if (pct >= 0 && !lines.every((l, i) => fits(counts[i]!, l.values[pct]))) return undefined;
  // 「Cum.」: the running share of the counts (checked). Where a count is under the threshold (formats36) each running
  // sum is read as a line of ours, 「累積（A〜C）」 the sum of the rows A to C, a tree by indentation (each running sum
  // over the one before it and the next row), its cell 「sum (Cum.%)」: an equation of the table, so a running share is
  // hidden where it would give a hidden count back, as a share is with its count. The first row's 「Cum.」 is its own
  // share (hidden with its count), the last's 100 (the total's). Before, refused (`layout/stata-cumulative`).
  let tree = false;
  if (cum >= 0) {
    let run = 0;
    if (!items.every((l, i) => fits((run += counts[i]!), l.values[cum]))) return undefined;
    const small = items.find((_, i) => counts[i]! < threshold);
    tree = small !== undefined && items.length >= 3;
  }
  // Without 「Percent」 (formats37) the first row's 「Cum.」 is its share all the same (its running sum is its count): its
  // cell 「n (Cum.%)」, hidden with it; the other rows' counts bare, each running share on its line of ours.
  const cell = (l: StataLine, i?: number) =>
    pct >= 0 ? `${l.values[0]} (${l.values[pct]}%)` : cum >= 0 && i === 0 ? `${l.values[0]} (${l.values[cum]}%)` : l.values[0]!;
  const rows: CsvRecord[] = [];
  if (tree) {
    let running = 0;
    rows.push(
      ...runningTree(
        items.map((l, i) => ({ label: l.label, line: l.r.line, cell: cell(l, i), run: `${(running += counts[i]!)} (${l.values[cum]}%)` })),
      ),
      ...(total ? [{ line: total.r.line, fields: [total.label, cell(total)] }] : []),
    );
  } else rows.push(...lines.map((l, i) => ({ line: l.r.line, fields: [l.label, cell(l, i)] })));
  const out: CsvRecord[] = [{ line: block[0]!.line, fields: [rowVar, labels[0]!] }, ...rows];
  return {
    records: out,
    note: {
      code: 'layout/stata',
      line: block[0]!.line,
      message:
        `${block[0]!.line}〜${block.at(-1)!.line}行目は、Stata の tabulate の出力（「|」と「-----+-----」の罫線）と読み、` +
        `${pct >= 0 ? '「Freq.」と「Percent」を「件数 (割合%)」として' : '「Freq.」を件数として'}読みました（チェッカーの判断）` +
        (total || (pct < 0 && cum < 0)
          ? ''
          : `。${quote('Total')}の行がないため、${pct >= 0 ? quote('Percent') : quote('Cum.')}は件数の和 ${N} に対する割合と読みました（すべての値が丸めの範囲で合うことから。チェッカーの判断）`) +
        (cum < 0
          ? ''
          : tree
            ? `。${quote('Cum.')}の列は件数の累積の割合と合うため、2行目から最後の前の行までの各行の${quote('Cum.')}を、1行目からその行までの件数の和の行（${quote(`累積（${items[0]!.label}〜${items[1]!.label}）`)}など、字下げの木。和は件数から）とその割合として読み、表の式として一緒に確かめます。` +
              `1行目の${quote('Cum.')}はその行の割合と同じで、件数と一緒に隠します。「累積（…）」の行を秘匿するときは、その行の${quote('Cum.')}の値を隠してください（チェッカーの判断）`
            : items.some((_, i) => counts[i]! < threshold)
              ? `。${quote('Cum.')}の列は件数の累積の割合と合い、1行目の割合と 100 のほかに示す値がありません。1行目の${quote('Cum.')}は件数と一緒に隠してください（チェッカーの判断）`
              : `。${quote('Cum.')}の列は件数の累積の割合と合い、閾値未満の件数がないため、件数の示すこと以上を示しません`),
    },
  };
}

/**
 * The statistics SAS PROC FREQ's key (the crosstab's top-left corner) names, one stacked line each, in its order;
 * formats42: EXPECTED, DEVIATION, CELLCHI2 and TOTPCT's lines too (`SasExtra`: values of the margins and the count,
 * no percentages).
 */
type SasStat = 'count' | 'cell' | 'row' | 'col' | 'tot' | SasExtra;
type SasExtra = 'expected' | 'deviation' | 'chi2';
const SAS_KEY: Record<string, SasStat> = {
  frequency: 'count',
  percent: 'cell',
  'row pct': 'row',
  'col pct': 'col',
  'tot pct': 'tot',
  'total pct': 'tot',
  expected: 'expected',
  deviation: 'deviation',
  'cell chi-square': 'chi2',
};
const isSasExtra = (s: SasStat): s is SasExtra => s === 'expected' || s === 'deviation' || s === 'chi2';
/** A line of SAS's key: 「Frequency|」「Row Pct  |」, the last one with the header after its 「|」. */
const SAS_KEY_LINE = /^ *(frequency|percent|row pct|col pct|tot pct|total pct|expected|deviation|cell chi-square) *\|(.*)$/i;
/** A value of SAS's BEST format (Expected, Deviation, Cell Chi-Square): 「66.425」「-4.221」「3.8E-6」. */
const SAS_BEST = /^-?\d{1,9}(?:\.\d{1,9})?(?:E-?\d{1,3})?$/i;
/** Half a unit of a BEST value's last printed digit. */
const bestHalf = (x: string): number => {
  const [m, e] = x.toUpperCase().split('E');
  const dot = m!.indexOf('.');
  return 0.5 * 10 ** (Number(e ?? 0) - (dot < 0 ? 0 : m!.length - dot - 1));
};
/** A SAS crosstab's rule: 「---------+--------+--------+」. */
const SAS_RULE = /^ *-+(?:\+-+)+\+? *$/;
const SAS_PCT = /^\d{1,3}\.\d{1,9}$/;

interface SasCross {
  /** The key's statistics, 「Frequency」 first; `keyFrom` its first line's index. */
  stats: SasStat[];
  keyFrom: number;
  /** The header line's index (the key's last), the column labels (the 「Total」 column's not among them). */
  headAt: number;
  labels: string[];
  /** Each row: its label, its lines' indices and values (the count line first; 'Total' column last, '' where none). */
  rows: { label: string; at: number[]; values: string[][] }[];
  /** The Total line (and its 「Tot Pct」「Percent」 lines, as the key orders them): indices and values; none where cut (formats44). */
  total?: { at: number[]; values: string[][] };
  /** formats44: the 「Total」 column printed (else cut: nothing after each line's last 「|」). */
  totalCol: boolean;
  /** formats46: 「Tot Pct」 printed in the cells only, nothing in the 「Total」 column nor under the Total line. */
  totBare: boolean;
  /** One past the table's last line. */
  end: number;
}

/**
 * SAS PROC FREQ's two-way listing at line `k` of `raw` (each line's text): its key in the corner (「Frequency|」
 * 「Percent  |」「Row Pct  |」「Col Pct  |」, some of them, 「Frequency」 first), the header after the key's last 「|」
 * (the column labels between 「|」, 「Total」 last), a rule, each row a stack of one line a statistic between 「|」
 * (the label on its count line; 「Row Pct」「Col Pct」 with nothing in the Total column), rules, and the Total line
 * with no 「|」 (its 「Percent」 line under it). Undefined where any line is otherwise (left to the other readings).
 */
function parseSasCross(raw: readonly string[], k: number): SasCross | undefined {
  const stats: SasStat[] = [];
  let at = k;
  let header = '';
  while (at < raw.length) {
    const m = SAS_KEY_LINE.exec(raw[at]!);
    if (!m) break;
    stats.push(SAS_KEY[m[1]!.toLowerCase().replace(/ +/g, ' ')]!);
    header = m[2]!;
    at++;
    if (header.trim() !== '') break;
  }
  if (stats[0] !== 'count' || new Set(stats).size !== stats.length || header.trim() === '') return undefined;
  const headAt = at - 1;
  const segs = header.split('|').map((x) => normalise(x));
  const labels = segs.slice(0, -1);
  // formats44: the 「Total」 column may be cut (pasted partially): nothing after the header's last 「|」.
  const totalCol = /^total$/i.test(segs.at(-1)!);
  if (labels.length < 2 || labels.some((l) => l === '') || (!totalCol && segs.at(-1) !== '')) return undefined;
  const C = labels.length;
  if (at >= raw.length || !SAS_RULE.test(raw[at]!)) return undefined;
  at++;
  const rows: SasCross['rows'] = [];
  /** A stacked line's values: the C cells between 「|」 and the Total column's after the last. */
  const cellsOf = (line: string) => {
    const s = line.split('|').map((x) => normalise(x));
    return s.length === C + 2 ? s.slice(1) : undefined;
  };
  const fitsStat = (v: string[], stat: SasStat) =>
    !totalCol && v[C] !== ''
      ? false
      : stat === 'count'
        ? v.slice(0, totalCol ? C + 1 : C).every((x) => countOf(x) !== undefined)
        : isSasExtra(stat)
          ? // formats44: 「.」 or nothing where a row's or column's Total is 0 (checked to be so below).
            v.slice(0, C).every((x) => SAS_BEST.test(x) || x === '.' || x === '') && v[C] === ''
          : // 「.」: SAS's share of a row's or column's Total of 0 (formats42), checked to be one below.
            v.slice(0, C).every((x) => SAS_PCT.test(x) || x === '.') &&
            (stat === 'cell' || stat === 'tot' ? !totalCol || SAS_PCT.test(v[C]!) || (stat === 'tot' && v[C] === '') : v[C] === '');
  // formats44: the Total line may be cut: the stacks end at a line with no 「|」 (blank, other text or the end).
  while (at < raw.length && !/^ *total /i.test(raw[at]!) && raw[at]!.includes('|')) {
    const first = raw[at]!;
    const bar = first.indexOf('|');
    let label = bar < 0 ? '' : normalise(first.slice(0, bar));
    if (label === '') return undefined;
    const values: string[][] = [];
    const idx: number[] = [];
    for (const [q, stat] of stats.entries()) {
      const line = raw[at + q];
      if (line === undefined) return undefined;
      // A label longer than the key's width wraps onto the stack's next lines (formats42): read whole, joined by a space.
      const more = q > 0 ? normalise(line.slice(0, Math.max(0, line.indexOf('|')))) : '';
      if (more !== '') label = `${label} ${more}`;
      const v = cellsOf(line);
      if (!v || !fitsStat(v, stat)) return undefined;
      values.push(stat === 'count' ? v.map((x) => (x === '' ? '' : countOf(x)!)) : v);
      idx.push(at + q);
    }
    at += stats.length;
    // formats48: a label wrapped over more lines than the stack goes on under it, on lines with every cell empty (as
    // SAS prints it): read into the label, those lines said as the label's.
    for (let extra = 0; at < raw.length && !SAS_RULE.test(raw[at]!); extra++) {
      const line = raw[at]!;
      const more = normalise(line.slice(0, Math.max(0, line.indexOf('|'))));
      const v = cellsOf(line);
      if (extra >= 4 || more === '' || !v || v.some((x) => x !== '')) return undefined;
      label = `${label} ${more}`;
      at++;
    }
    rows.push({ label, at: idx, values });
    if (at >= raw.length || !SAS_RULE.test(raw[at]!)) return undefined;
    at++;
  }
  if (rows.length < 2) return undefined;
  // formats46: 「Tot Pct」 with nothing in the 「Total」 column, on every row or none.
  const qt = stats.indexOf('tot');
  const bare = qt < 0 || !totalCol ? [] : rows.map((r) => r.values[qt]![C] === '');
  if (bare.includes(true) && bare.includes(false)) return undefined;
  let totBare = bare.includes(true);
  if (at >= raw.length || !/^ *total /i.test(raw[at]!)) return { stats, keyFrom: k, headAt, labels, rows, totalCol, totBare, end: at };
  const W = totalCol ? C + 1 : C;
  const totalWords = normalise(raw[at]!).split(' ').slice(1);
  if (raw[at]!.includes('|') || totalWords.length !== W || totalWords.some((x) => countOf(x) === undefined)) return undefined;
  // Under it a line of percentages of the whole for each of 「Tot Pct」「Percent」 the key names, in its order (formats46:
  // 「Tot Pct」 none where the Total column has none; with the Total column cut, none where its line is not there).
  const under = (bareTot: boolean) => {
    const got: SasCross['total'] = { at: [at], values: [totalWords.map((x) => countOf(x)!)] };
    let q = at + 1;
    for (const _ of stats.filter((s) => s === 'cell' || (s === 'tot' && !bareTot))) {
      const p = q < raw.length ? normalise(raw[q]!).split(' ') : [];
      if (p.length !== W || !p.every((x) => SAS_PCT.test(x))) return undefined;
      got.at.push(q);
      got.values.push(p);
      q++;
    }
    return { got, q };
  };
  let read = under(totBare);
  if (!read && qt >= 0 && !totalCol && !totBare) {
    totBare = true;
    read = under(true);
  }
  if (!read) return undefined;
  return { stats, keyFrom: k, headAt, labels, rows, total: read.got, totalCol, totBare, end: read.q };
}

/** The lines (1-based) of every SAS PROC FREQ two-way listing in `text` (`parseSasCross`): read by listing.ts, no Markdown rows. */
export function sasCrossLines(text: string): Set<number> {
  const out = new Set<number>();
  if (!/frequency *\|/i.test(text)) return out;
  const raw = text.split(/\r\n|\r|\n/);
  for (let k = 0; k < raw.length; k++) {
    if (!/^ *frequency *\|/i.test(raw[k]!)) continue;
    const t = parseSasCross(raw, k);
    if (!t) continue;
    for (let q = k; q < t.end; q++) out.add(q + 1);
    k = t.end - 1;
  }
  return out;
}

/** formats42: the decimals of the shares of ours that stand for the extra lines (enough to pin a total of 100,000). */
const SAS_OURS = 6;
/** formats42: the extra lines' names and what each is of the counts. */
const SAS_EXTRA: Record<SasExtra, { name: string; of: string }> = {
  expected: { name: 'Expected', of: '期待度数（行の合計×列の合計÷総数）' },
  deviation: { name: 'Deviation', of: '偏差（件数−期待度数）' },
  chi2: { name: 'Cell Chi-Square', of: 'セルのカイ二乗（偏差の2乗÷期待度数）' },
};
const SAS_WORDS: Record<Exclude<SasStat, 'count' | SasExtra>, { name: string; pct: string; base: string }> = {
  tot: { name: 'Tot Pct', pct: '全体%', base: '総数' },
  cell: { name: 'Percent', pct: '全体%', base: '総数' },
  row: { name: 'Row Pct', pct: '行%', base: '行の合計' },
  col: { name: 'Col Pct', pct: '列%', base: '列の合計' },
};

/**
 * SAS PROC FREQ's two-way listing (formats41, `parseSasCross`): the 「Frequency」 lines are the table of counts with
 * its 「Total」 row and column, read where every Total is the sum of its counts; each other line of the stack is the
 * statistic the key names at its place, checked against its base (「Percent」 the whole N, 「Row Pct」 the row's Total,
 * 「Col Pct」 the column's) within its rounding at every cell — one that does not fit is refused naming its line
 * (`layout/sas-base`). Read as one table of 「n (p%)」 per percentage line (tables sharing their labels and counts,
 * so the same cells are hidden in each: a hidden count's percentages are hidden with it), or the counts alone
 * (NOPERCENT NOROW NOCOL). The line 「sex  outcome」 of the variables' names and 「Table of sex by outcome」 above
 * the key are read as the names. Before, refused (`input/format`: its 「|」 lines read as Markdown rows).
 */
/**
 * formats48: the strata of one n-way table (「Table 1 of sex by outcome」 over 「Controlling for site=A」, 「Table 2 …」…,
 * numbered from 1 in order, each a crosstab whose counts add up), by the index of each one's key: the whole n-way
 * table's N (every stratum's N, summed) and the strata's count. SAS documents 「Tot Pct」 (TOTPCT) of an n-way table as
 * a share of that whole, 「Percent」 as a share of the stratum (README, SAS/Stata).
 */
/**
 * formats51: where a stratum's 「Tot Pct」 fits no whole of the strata pasted, the whole each printed Tot Pct gives
 * back (count ÷ share, within its rounding), over every stratum of the name: its range of integers [lo, hi], the
 * strata's numbers and the sum of their Ns, so the refusal names the stratum that seems not pasted (チェッカーの推定).
 */
type NwayGap = { lo: number; hi: number; printed: number[]; sum: number };
/**
 * sas52: the strata not pasted read where every printed Tot Pct pins the whole to one integer W: their total D =
 * W − the printed strata's sum, one line of ours (its cells unknown) after the last stratum printed (`at`), named by
 * the numbers absent (`label`), チェッカーの推定.
 */
type NwayMissing = { D: number; label: string; at: number; printed: number[]; sum: number };
type NwayOf = { whole: number; strata: number; gap?: NwayGap; missing?: NwayMissing; numbering?: number[] };

function nwayWholes(raw: readonly string[]): Map<number, NwayOf> {
  const found: { k: number; name: string; title: string; d: number; N: number; lo: number; hi: number }[] = [];
  const plain = (x: string) => normalise(x);
  for (let k = 0; k < raw.length; k++) {
    if (!/^ *frequency *\|/i.test(raw[k]!)) continue;
    const t = parseSasCross(raw, k);
    if (!t) continue;
    const C = t.labels.length;
    const rows = t.rows.map((r) => r.values[0]!.slice(0, C).map(Number));
    const N = rows.flat().reduce((a, b) => a + b, 0);
    if (!(N > 0) || (t.total && t.totalCol && Number(t.total.values[0]![C]) !== N)) continue;
    let back = k - 1;
    const skip = () => {
      while (back >= 0 && plain(raw[back]!) === '') back--;
    };
    skip();
    if (back >= 0 && /^([^\d\s]\S*) ([^\d\s]\S*)$/.test(plain(raw[back]!)) && !/^table /i.test(plain(raw[back]!))) {
      back--;
      skip();
    }
    if (back < 1 || !/^controlling for .+$/i.test(plain(raw[back]!))) continue;
    const m = /^table (\d{1,4}) of (.+ by .+)$/i.exec(plain(raw[back - 1]!));
    if (!m) continue;
    // The whole each Tot Pct gives back: count c of share p (± half its last digit) is of c / (p ± h) · 100.
    let lo = N;
    let hi = Infinity;
    const q = t.stats.indexOf('tot');
    if (q > 0)
      for (const r of t.rows)
        for (let j = 0; j < C; j++) {
          const c = Number(r.values[0]![j]);
          const p = r.values[q]?.[j] ?? '';
          if (!(c > 0) || !/^\d+(\.\d+)?$/.test(p)) continue;
          const h = 0.5 * 10 ** -(p.split('.')[1]?.length ?? 0);
          lo = Math.max(lo, Math.ceil((100 * c) / (Number(p) + h) - 1e-9));
          if (Number(p) > h) hi = Math.min(hi, Math.floor((100 * c) / (Number(p) - h) + 1e-9));
        }
    found.push({ k, name: m[2]!.toLowerCase(), title: m[2]!, d: Number(m[1]), N, lo, hi });
  }
  const out = new Map<number, NwayOf>();
  let a = 0;
  while (a < found.length) {
    let b = a + 1;
    while (b < found.length && found[b]!.name === found[a]!.name && found[b]!.d === found[b - 1]!.d + 1) b++;
    const group = found.slice(a, b);
    if (group[0]!.d === 1 && group.length >= 2) {
      const whole = group.reduce((x, g) => x + g.N, 0);
      for (const g of group) out.set(g.k, { whole, strata: group.length });
    }
    a = b;
  }
  for (const name of new Set(found.map((f) => f.name))) {
    const same = found.filter((g) => g.name === name);
    const lo = Math.max(...same.map((g) => g.lo));
    const hi = Math.min(...same.map((g) => g.hi));
    const sum = same.reduce((x, g) => x + g.N, 0);
    const printed = same.map((g) => g.d);
    const ds = [...new Set(printed)].sort((x, y) => x - y);
    if (lo > sum && lo <= hi) {
      const gap = { lo, hi, printed, sum };
      // sas52: the whole pinned to one integer by every printed share, the strata numbered once each: the strata
      // not pasted read as one line of ours, their total the difference (チェッカーの推定).
      const absent = [...Array(ds.at(-1)!).keys()].map((i) => i + 1).filter((d) => !ds.includes(d));
      const title = same[0]!.title;
      const missing =
        lo === hi && ds.length === same.length
          ? {
              D: lo - sum,
              label: `${absent.length ? absent.map((d) => `Table ${d}`).join('・') : `Table ${ds.at(-1)! + 1} 以降`} of ${title}`,
              at: same.at(-1)!.k,
              printed,
              sum,
            }
          : undefined;
      for (const g of same)
        out.set(g.k, missing ? { whole: lo, strata: same.length, missing } : { ...out.get(g.k), whole: sum, strata: same.length, gap });
      continue;
    }
    // sas52: strata numbered otherwise than 1..S in order (a number skipped, or out of order) whose every Tot Pct
    // fits their sum, read as the whole where that sum is the one integer the shares allow or the numbers are 1..S
    // (nothing skipped), each number once; the numbering said.
    const inGroups = same.every((g) => out.get(g.k)?.whole !== undefined);
    const onePerNumber = ds.length === same.length;
    const allNumbers = ds[0] === 1 && ds.at(-1) === same.length;
    if (!inGroups && same.length >= 2 && onePerNumber && lo <= sum && sum <= hi && (lo === hi || allNumbers))
      for (const g of same) out.set(g.k, { whole: sum, strata: same.length, numbering: printed });
  }
  return out;
}

function readSasCross(
  records: readonly CsvRecord[],
  threshold: number,
): { records: CsvRecord[]; notes: ListingNote[]; errors: ListingError[] } {
  const raw = records.map((r) => trimEnd(r.fields).join(','));
  const out: CsvRecord[] = [];
  const notes: ListingNote[] = [];
  const errors: ListingError[] = [];
  const wholes = nwayWholes(raw);
  let k = 0;
  while (k < records.length) {
    const t = /^ *frequency *\|/i.test(raw[k]!) ? parseSasCross(raw, k) : undefined;
    if (!t) {
      out.push(records[k++]!);
      continue;
    }
    const C = t.labels.length;
    const n = (v: string[], j: number) => Number(v[j]);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const cols = [...Array(C).keys()];
    // formats44: a Total cut (pasted partially) is the sum of the counts printed, what each share is of; kept out of
    // the tables read (not printed), the arithmetic below reading it as if printed.
    const counts = t.rows.map((r) =>
      t.totalCol ? r.values[0]! : [...r.values[0]!.slice(0, C), String(sum(cols.map((j) => n(r.values[0]!, j))))],
    );
    for (const [i, r] of t.rows.entries()) r.values[0] = counts[i]!;
    const printedTot = t.total?.values[0];
    const colSums = cols.map((j) => String(sum(counts.map((v) => n(v, j)))));
    const tot = printedTot
      ? t.totalCol
        ? printedTot
        : [...printedTot, String(sum(printedTot.map(Number)))]
      : [...colSums, String(sum(colSums.map(Number)))];
    const totalLines = t.total?.values ?? [];
    const Js = t.totalCol ? [...cols, C] : cols;
    const N = n(tot, C);
    // formats48: an n-way table's 「Tot Pct」 is of the whole n-way table (every stratum's N), as SAS documents it.
    const nwayOf = t.stats.includes('tot') ? wholes.get(k) : undefined;
    // sas52: the strata not pasted read (the whole pinned by every share) count as strata of the whole.
    const nway = nwayOf && (nwayOf.strata >= 2 || nwayOf.missing) && !nwayOf.gap ? nwayOf : undefined;
    const lost = nway?.missing;
    const shown = lost
      ? [...new Set(lost.printed)]
          .sort((a, b) => a - b)
          .map((d) => `Table ${d}`)
          .join('・')
      : '';
    const W = nway?.whole ?? N;
    const proved =
      counts.every((v) => n(v, C) === sum(cols.map((j) => n(v, j)))) &&
      cols.every((j) => n(tot, j) === sum(counts.map((v) => n(v, j)))) &&
      N === sum(cols.map((j) => n(tot, j))) &&
      N > 0;
    if (!proved) {
      out.push(records[k++]!);
      continue;
    }
    const from = records[k]!.line;
    const to = records[t.end - 1]!.line;
    // sas52: the strata not pasted whose total, given back by the Tot Pcts, is under the threshold: that count is
    // published by the shares whatever is hidden here (チェッカーの推定), refused saying so.
    if (lost && lost.D < threshold) {
      errors.push({
        code: 'layout/sas-base',
        line: from,
        message: `${from}〜${to}行目は SAS の PROC FREQ の多元表の層と読みましたが（チェッカーの判断）、各セルの件数と${quote('Tot Pct')}から逆算した多元表全体の総数は、すべての${quote('Tot Pct')}が丸めの範囲で合う一つの整数 ${W} に定まり、貼られた層（${shown}）の総数の和 ${lost.sum} との差 ${lost.D} が貼られていない層（${lost.label}）の総数と読めます（チェッカーの推定）。この数は閾値 ${threshold} 未満で、${quote('Tot Pct')}を公表するとこの層の患者数 ${lost.D} が分かるため、表として読みません`,
        hint: `${quote('Tot Pct')}の行を除いて（TOTPCT を付けずに出力して）貼り付けてください。すべての層を貼っても、${quote('Tot Pct')}から多元表全体の総数が分かれば、この層の総数は他の層から逆算できます`,
      });
      for (let q = k; q < t.end; q++) out.push({ line: records[q]!.line, fields: [''] });
      k = t.end;
      continue;
    }
    const cut = [...(t.totalCol ? [] : ['列']), ...(t.total ? [] : ['行'])];
    // Each percentage line checked against its base at every cell (and the Total line's 「Percent」).
    /** formats42: an extra line's value at the cell (the row's stack r, column j) from the counts and their totals. */
    const extraOf = (stat: SasExtra, r: (typeof t.rows)[number], j: number) => {
      const e = (n(r.values[0]!, C) * n(tot, j)) / N;
      const d = n(r.values[0]!, j) - e;
      return stat === 'expected' ? e : stat === 'deviation' ? d : (d * d) / e;
    };
    // The Total line's percentages of the whole, one line each of 「Tot Pct」「Percent」 in the key's order.
    const wholeLines = t.stats.filter((s) => s === 'cell' || (s === 'tot' && !t.totBare));
    const misfit = t.stats.findIndex((stat, q) => {
      if (stat === 'count') return false;
      if (isSasExtra(stat))
        return !t.rows.every((r) =>
          cols.every((j) => {
            const x = r.values[q]![j]!;
            // formats44: a row or column of none (its Total 0): Expected and Deviation 0 (or 「.」, nothing), Cell
            // Chi-Square no number (「.」 or nothing); elsewhere a number that fits.
            if (n(r.values[0]!, C) === 0 || n(tot, j) === 0) return x === '.' || x === '' || (stat !== 'chi2' && Number(x) === 0);
            return SAS_BEST.test(x) && Math.abs(extraOf(stat, r, j) - Number(x)) <= bestHalf(x) * (1 + 1e-9) + 1e-9;
          }),
        );
      const whole = stat === 'cell' || stat === 'tot';
      const rowsFit = t.rows.every((r) =>
        [...cols, ...(whole && t.totalCol && !(stat === 'tot' && t.totBare) ? [C] : [])].every((j) => {
          const base = stat === 'tot' ? W : whole ? N : stat === 'row' ? n(r.values[0]!, C) : n(tot, j);
          return r.values[q]![j] === '.' ? base === 0 : shareFits(r.values[q]![j]!, n(r.values[0]!, j), base);
        }),
      );
      return (
        !rowsFit ||
        (whole &&
          t.total !== undefined &&
          wholeLines.includes(stat) &&
          !Js.every((j) => shareFits(totalLines[1 + wholeLines.indexOf(stat)]![j]!, n(tot, j), stat === 'tot' ? W : N)))
      );
    });
    if (misfit >= 0) {
      const stat = t.stats[misfit] as Exclude<SasStat, 'count'>;
      const at = records[t.rows[0]!.at[misfit]!]!.line;
      const said = isSasExtra(stat)
        ? `左上の見出しが${quote(SAS_EXTRA[stat].name)}とする各セルの${misfit + 1}行目（${at}行目ほか）の値が、件数とその行・列の合計から計算した${SAS_EXTRA[stat].of}と丸めの範囲で合いません。何の値か決められないため、表として読みません`
        : `左上の見出しが${quote(SAS_WORDS[stat].name)}とする各セルの${misfit + 1}行目（${at}行目ほか）の割合が、件数の${stat === 'tot' && nway ? `多元表全体の総数（${lost ? `Tot Pct から逆算した ${W}。チェッカーの推定` : `${nway.strata}つの層の総数の和 ${W}。SAS の説明による`}）` : SAS_WORDS[stat].base}に対する割合と丸めの範囲で合いません。何の割合か決められないため、表として読みません`;
      const gap = stat === 'tot' ? nwayOf?.gap : undefined;
      const printed = gap ? [...new Set(gap.printed)].sort((a, b) => a - b) : [];
      const absent = printed.length ? [...Array(printed.at(-1)!).keys()].map((i) => i + 1).filter((d) => !printed.includes(d)) : [];
      const more = `${gap ? gap.lo - gap.sum : 0}${gap && gap.hi > gap.lo ? `〜${gap.hi === Infinity ? '' : gap.hi - gap.sum}` : ''}`;
      const gapSaid = gap
        ? `。${quote('Tot Pct')}は多元表全体の総数に対する割合ですが、各セルの件数と${quote('Tot Pct')}から逆算した全体の総数は ${gap.lo}${gap.hi > gap.lo ? `〜${gap.hi === Infinity ? '' : gap.hi}` : ''} で、貼られた層（${printed.map((d) => `Table ${d}`).join('・')}）の総数の和 ${gap.sum} より ${more} 多く、貼られていない層があるようです（チェッカーの推定）：${absent.length ? absent.map((d) => `Table ${d}`).join('・') : `Table ${printed.at(-1)! + 1} 以降`}`
        : '';
      errors.push({
        code: 'layout/sas-base',
        line: at,
        message: `${from}〜${to}行目は SAS の PROC FREQ の2元表の出力と読みましたが（チェッカーの判断）、${said}${gapSaid}`,
        hint: gap
          ? `多元表のすべての層（${absent.length ? absent.map((d) => `Table ${d}`).join('・') : `Table ${printed.at(-1)! + 1} 以降`}の「Table … of …」「Controlling for …」の行から表の終わりまで）を出力のとおり貼り付けるか、Frequency の行だけの表にして貼り付けてください`
          : 'SAS の出力をそのまま貼り付けるか、Frequency の行だけの表にして貼り付けてください（割合は「3 (6.3%)」の形で件数と一つのセルに書けます）',
      });
      for (let q = k; q < t.end; q++) out.push({ line: records[q]!.line, fields: [''] });
      k = t.end;
      continue;
    }
    // The names: the line 「sex  outcome」 and the title 「Table of sex by outcome」 just above the key (blank lines
    // between), taken out of the records so far.
    let rowVar = '';
    let title = '';
    let back = out.length - 1;
    const skipBlank = () => {
      while (back >= 0 && text(out[back]!) === '') back--;
    };
    skipBlank();
    // Two names, neither starting with a digit (a line 「Table 1」 over the key is no names line: left as it was).
    const names = back >= 0 ? /^([^\d\s]\S*) ([^\d\s]\S*)$/.exec(text(out[back]!)) : null;
    if (names && !/^table of /i.test(text(out[back]!))) {
      rowVar = names[1]!;
      title = `${names[1]} × ${names[2]}`;
      out[back] = { line: out[back]!.line, fields: [''] };
      back--;
      skipBlank();
    }
    // formats44: an n-way table's stratum, 「Table 1 of sex by outcome」 over 「Controlling for site=A」: each stratum read
    // as its own table (SAS prints no table of their sums), titled with its stratum.
    let stratum = '';
    const control = back >= 1 ? /^controlling for (.+)$/i.exec(text(out[back]!)) : null;
    const tableOf = back >= 0 ? /^table (?:\d{1,4} )?of (.+) by (.+)$/i.exec(text(out[control ? back - 1 : back]!)) : null;
    if (tableOf && (control !== null) === /^table \d/i.test(text(out[control ? back - 1 : back]!))) {
      if (control) {
        out[back] = { line: out[back]!.line, fields: [''] };
        back--;
      }
      title = `${text(out[back]!)}${control ? `（${control[1]}）` : ''}`;
      if (control) stratum = control[1]!;
      rowVar ||= tableOf[1]!;
      out[back] = { line: out[back]!.line, fields: [''] };
    }
    const pcts = t.stats.flatMap((s, q) => (s === 'count' || isSasExtra(s) ? [] : [{ s, q }]));
    const extras = t.stats.filter(isSasExtra);
    const headLine = records[t.headAt]!.line;
    // formats42: beside 「Expected」「Deviation」「Cell Chi-Square」 (each gives the product of its cell's row and column
    // totals over N back from a published count), the shares of the whole, the row and the column the key does not print
    // are tables of ours (6 decimals, `SAS_OURS`): each published count pins its row's and column's totals and N to the
    // engine, a stronger reader than those lines, so a total hidden beside a published count of its line is never relied
    // on (without them, 4 of formats42-families.ts `sasCrossExtras` 200 gave a small count back so to formats33-attack.ts).
    const ours =
      extras.length === 0
        ? []
        : (['cell', 'row', 'col'] as const).filter((s) => !t.stats.includes(s) && !(s === 'cell' && t.stats.includes('tot') && !t.totBare));
    const ourShare = (s: 'cell' | 'row' | 'col', i: number | 'T', j: number): string | undefined => {
      const v = i === 'T' ? tot : t.rows[i]!.values[0]!;
      if ((i === 'T' || j === C) && s !== 'cell') return undefined;
      const base = s === 'cell' ? N : s === 'row' ? n(v, C) : n(tot, j);
      // A share of a Total of 0 is none (formats44): the count alone.
      return base === 0 ? undefined : ((100 * n(v, j)) / base).toFixed(SAS_OURS);
    };
    const tables: ({ s: Exclude<SasStat, 'count' | SasExtra>; q: number; ours?: boolean } | undefined)[] = [
      ...ours.map((s) => ({ s, q: -1, ours: true })),
      ...pcts,
    ];
    if (tables.length === 0) tables.push(undefined);
    // An N the title states (「Table of sex by outcome (N=145)」) is said once, over the last table (the one a
    // 「Frequency Missing」 under it is linked to, `linkMissingCross`); the tables before it are titled without it.
    const untitledN = title.replace(/ ?[(（]\s*n ?[=＝:：] ?\d{1,9}\s*[)）]/i, '');
    for (const [q, p] of tables.entries()) {
      out.push({ line: headLine, fields: [''] });
      const named = q === tables.length - 1 ? title : untitledN;
      const what = p?.ours
        ? `（${SAS_WORDS[p.s].pct}、${extras.map((s) => SAS_EXTRA[s].name).join('・')}の行が示すもの。チェッカーの計算）`
        : p?.s === 'tot' && nway
          ? `（Tot Pct：多元表全体 N=${W} に対する割合${lost ? '。N はチェッカーの推定' : ''}）`
          : p
            ? `（${SAS_WORDS[p.s].pct}）`
            : '';
      if (named || p?.ours) out.push({ line: headLine, fields: [`# ${named}${what}`] });
      out.push({ line: headLine, fields: [rowVar, ...t.labels, ...(t.totalCol ? ['Total'] : [])] });
      // A share 「.」 (of a Total of 0) is no share: the count alone.
      const cell = (v: string[], ps: string[] | undefined, j: number) => (ps && ps[j] && ps[j] !== '.' ? `${v[j]} (${ps[j]}%)` : v[j]!);
      for (const r of t.rows)
        out.push({
          line: records[r.at[0]!]!.line,
          fields: [
            r.label,
            ...Js.map((j) =>
              p?.ours
                ? cell(
                    r.values[0]!,
                    [...cols, C].map((x) => ourShare(p.s as 'cell' | 'row' | 'col', t.rows.indexOf(r), x) ?? ''),
                    j,
                  )
                : cell(r.values[0]!, p && r.values[p.q], j),
            ),
          ],
        });
      if (t.total)
        out.push({
          line: records[t.total.at[0]!]!.line,
          fields: [
            'Total',
            ...Js.map((j) =>
              p?.ours
                ? cell(
                    tot,
                    [...cols, C].map((x) => ourShare(p.s as 'cell' | 'row' | 'col', 'T', x) ?? ''),
                    j,
                  )
                : cell(tot, p && wholeLines.includes(p.s) ? totalLines[1 + wholeLines.indexOf(p.s)] : undefined, j),
            ),
          ],
        });
    }
    out.push({ line: to, fields: [''] });
    notes.push({
      code: 'layout/sas-cross',
      line: from,
      message:
        `${from}〜${to}行目は、SAS の PROC FREQ の2元表の出力（左上の${t.stats.map((s) => quote(s === 'count' ? 'Frequency' : isSasExtra(s) ? SAS_EXTRA[s].name : SAS_WORDS[s].name)).join('')}、「|」の罫線）と読み、` +
        `各セルの${quote('Frequency')}の行を件数の表として読みました（${
          cut.length === 0
            ? '行と列の「Total」は件数の和と合うことを確かめました'
            : `「Total」の${cut.join('と')}がないため（一部だけ貼り付けたものと読みました）、その${cut.join('と')}の合計は出力された件数の和として割合などを確かめ、表には加えていません${cut.length < 2 ? `。${t.totalCol ? '列' : '行'}の「Total」は件数の和と合うことを確かめました` : ''}`
        }。チェッカーの判断）` +
        (pcts.length === 0
          ? ''
          : `。その下の${pcts.map((p) => quote(SAS_WORDS[p.s].name)).join('')}の行は、${pcts.map((p) => SAS_WORDS[p.s].base).join('・')}に対する割合と、すべてのセルで丸めの範囲で合うため、` +
            `割合ごとに「件数 (割合%)」の表に分けて読み、同じ件数の表として一緒に確かめます。${t.totBare ? `${quote('Tot Pct')}は「Total」の列・行に値がないため、各セルの割合だけを総数 ${N} に対する割合として確かめ、「Total」の件数は割合なしで読みました。` : ''}秘匿するセルは、件数とその下の割合をすべて隠してください（チェッカーの判断）`) +
        (extras.length === 0
          ? ''
          : `。${extras.map((s) => quote(SAS_EXTRA[s].name)).join('')}の行は、すべてのセルで${extras.map((s) => SAS_EXTRA[s].of).join('・')}と丸めの範囲で合うため、その値と読み、表には入れず、そのセルの件数と一緒に確かめます。` +
            (counts.some((v) => n(v, C) === 0) || cols.some((j) => n(tot, j) === 0)
              ? '合計が0の行・列のセルでは、期待度数と偏差は0、セルのカイ二乗は値なし（「.」または空）と読みました。'
              : '') +
            `${extras.some((s) => s !== 'expected') ? '偏差とセルのカイ二乗は件数を示し、' : ''}期待度数は行と列の合計を示すため、秘匿するセルではその下のこれらの行の値もすべて隠してください` +
            (ours.length === 0
              ? ''
              : `。公表する件数からその行と列の合計・総数が分かるものとして確かめるため、出力にない${ours.map((s) => SAS_WORDS[s].pct).join('・')}を、チェッカーが計算した表（小数${SAS_OURS}桁。出力の値ではなく、公表するものでもありません）として加えました`) +
            '（チェッカーの判断）') +
        (stratum
          ? `。上の${quote('Controlling for')}の行から、多元表の層（${stratum}）の表と読み、題に層を加えました（SAS は層の和の表を出力しないため、層ごとに別の表として確かめます。チェッカーの判断）`
          : '') +
        (nway
          ? lost
            ? `。${quote('Tot Pct')}は、SAS の説明のとおり多元表全体の総数に対する割合で、各セルの件数と${quote('Tot Pct')}から逆算した全体の総数は、すべての${quote('Tot Pct')}が丸めの範囲で合う一つの整数 ${W} に定まります。貼られた層（${shown}）の総数の和 ${lost.sum} との差 ${lost.D} を貼られていない層（${lost.label}）の総数と読み、その層をセルの件数の分からない1行（総数 ${lost.D}）の表として加えました（チェッカーの推定）。この層の総数は${quote('Tot Pct')}から分かる、公表される患者数として確かめます`
            : `。${quote('Tot Pct')}は、SAS の説明のとおり多元表全体（${nway.strata}つの層）の総数 ${W} に対する割合（${quote('Percent')}はこの層の総数に対する割合）として、すべてのセルで丸めの範囲で合うことを確かめました` +
              (nway.numbering
                ? `。層の番号（${nway.numbering.map((d) => `Table ${d}`).join('・')}）は1から順に並んでいませんが、すべての${quote('Tot Pct')}がこれらの層の総数の和 ${W} に合うため、貼られた層で多元表全体と読みました（チェッカーの判断）`
                : '')
          : ''),
    });
    // sas52: the strata not pasted, one line of ours after the last stratum printed: its cells unknown, its total
    // the difference (チェッカーの推定), a count the Tot Pcts publish.
    if (lost && lost.at === k)
      out.push(
        { line: to, fields: [''] },
        { line: to, fields: [`# ${lost.label}（貼られていない層。総数は Tot Pct から逆算したチェッカーの推定）`] },
        { line: to, fields: ['', '件数'] },
        { line: to, fields: [`${lost.label}（総数）`, String(lost.D)] },
      );
    k = t.end;
  }
  return { records: out, notes, errors };
}

/** SPSS FREQUENCIES' columns, Japanese and English (spss43). */
const SPSS_COLS = [
  ['度数', 'パーセント', '有効パーセント', '累積パーセント'],
  ['frequency', 'percent', 'valid percent', 'cumulative percent'],
];
const SPSS_VALID = /^(?:有効|valid)$/i;
const SPSS_MISSING = /^(?:欠損値?|missing)$/i;
const SPSS_TOTAL = /^(?:合計|total)$/i;
const SPSS_NUMBER = /^\d{1,9}(?:\.\d{1,9})?$/;
/** The labels of the lines of ours of a table with missing rows (spss44). */
const SPSS_WORDS = {
  ja: { valid: '有効（合計）', missTotal: '欠損値（合計）', missing: (l: string) => `欠損値（${l}）`, total: '合計' },
  en: { valid: 'Valid (Total)', missTotal: 'Missing (Total)', missing: (l: string) => `Missing (${l})`, total: 'Total' },
};

/**
 * SPSS FREQUENCIES' table (spss43), its cells pasted (「」「」「度数」「パーセント」「有効パーセント」「累積パーセント」, English
 * 「Frequency」「Percent」「Valid Percent」「Cumulative Percent」) or its text (the four names on one line, the values
 * aligned by spaces): rows 「有効」 (Valid) categories, their 「合計」, then, where values are missing, 「欠損値」
 * (Missing) rows and a last 「合計」. With no missing row the valid percent is each count's share of the whole, as
 * 「パーセント」 is: where every percentage fits its count and base within its rounding, the valid 「合計」 is the
 * categories' sum and every 「累積パーセント」 the running sum's share, read as 「n (有効パーセント%)」 under formats36's tree of
 * running sums (`runningTree`, lines of ours), the last as 「合計」. With missing rows (spss44) the valid and cumulative
 * shares are of N less the missing: where every share fits its base, read as two tables of the same counts under one
 * line of ours 「有効（合計）」 over the same tree, so linked — the whole's (パーセント; the missing rows, 合計 N) and the
 * valid's (有効パーセント, 累積パーセント); where the counts add up but a column's shares fit no such base, refused once in
 * words naming it (`layout/spss-missing`). Else left as it was.
 */
/** Lines one step further in, under a line of ours above them (spss44). */
const indent = (rs: readonly CsvRecord[]): CsvRecord[] => rs.map((r) => ({ ...r, fields: ['  ' + r.fields[0]!, ...r.fields.slice(1)] }));

function readSpss(records: readonly CsvRecord[]): { records: CsvRecord[]; notes: ListingNote[]; errors: ListingError[] } {
  const out: CsvRecord[] = [];
  const notes: ListingNote[] = [];
  const errors: ListingError[] = [];
  const cells = (r: CsvRecord) => trimEnd(r.fields).map((f) => normalise(f));
  /** The language of the header at `k` and whether pasted, or undefined. */
  const header = (r: CsvRecord): { ja: boolean; pasted: boolean; pct: boolean } | undefined => {
    const c = cells(r);
    for (const [q, all] of SPSS_COLS.entries())
      for (const pct of [true, false]) {
        // formats46: the パーセント (Percent) column taken out (度数 / 有効パーセント / 累積パーセント).
        const names = pct ? all : all.filter((_, j) => j !== 1);
        if (
          c.length === names.length + 2 &&
          c[0] === '' &&
          c[1] === '' &&
          c.slice(2).every((x, j) => x.toLowerCase().replace(/\s+/g, ' ') === names[j])
        )
          return { ja: q === 0, pasted: true, pct };
        if (c.length === 1 && text(r).toLowerCase() === names.join(' ')) return { ja: q === 0, pasted: false, pct };
      }
    return undefined;
  };
  type Row = { r: CsvRecord; sec: string; label: string; nums: string[] };
  const row = (r: CsvRecord, pasted: boolean, width: number): Row | undefined => {
    if (pasted) {
      const c = cells(r);
      if (c.length < 3 || c.length > width + 2) return undefined;
      const nums = c.slice(2);
      // Cells left empty at the end of a line only (SPSS leaves the shares it does not print empty).
      return nums.every((x) => SPSS_NUMBER.test(x)) ? { r, sec: c[0]!, label: c[1]!, nums } : undefined;
    }
    if (trimEnd(r.fields).length !== 1) return undefined;
    const raw = r.fields[0]!;
    const w = text(r).split(' ');
    let j = w.length;
    while (j > 0 && w.length - j < width && SPSS_NUMBER.test(w[j - 1]!)) j--;
    const opens = !/^\s/.test(raw);
    // spss44: a line of numbers alone, indented, is a missing value's code with its two (「          98     1    0.3」;
    // without パーセント its one, 「          98     1」).
    if (j === w.length || (j === 0 && (opens || w.length !== width - 1))) return undefined;
    const nums = w.slice(j);
    const words = w.slice(0, j);
    return { r, sec: opens ? words[0]! : '', label: (opens ? words.slice(1) : words).join(' '), nums };
  };
  let k = 0;
  while (k < records.length) {
    const head = header(records[k]!);
    if (!head) {
      out.push(records[k++]!);
      continue;
    }
    const rows: Row[] = [];
    let end = k + 1;
    if (!head.pasted && end < records.length && RULE.test(text(records[end]!))) end++;
    for (; end < records.length; end++) {
      const x = row(records[end]!, head.pasted, head.pct ? 4 : 3);
      if (!x) break;
      rows.push(x);
    }
    const read = spssRows(rows, head.pct);
    if (!read) {
      out.push(records[k++]!);
      continue;
    }
    const first = records[k]!.line;
    const last = rows.at(-1)!.r.line;
    const names = SPSS_COLS[head.ja ? 0 : 1]!;
    const named = (j: number) => quote(head.ja ? names[j]! : SPSS_COLS[1]![j]!.replace(/\b\w/g, (m) => m.toUpperCase()));
    const cols = head.pct ? [0, 1, 2, 3] : [0, 2, 3];
    if ('misfit' in read) {
      const { V, N, missing, misfit, cut } = read;
      const base = (j: number) => (j === 1 ? `全体 ${N} 人` : `有効な ${V} 人`);
      // formats46: a column whose every share is its base's cut (truncated), not rounded, said so (our reading).
      const cutWords =
        cut.length > 0
          ? `。${cut.map(named).join('・')}は、どれも四捨五入ではなく切り捨てた値としてなら合います（チェッカーの推定）。切り捨てた割合は丸めた割合の範囲と違い、このチェッカーでは確かめられないため、SPSS の出力（四捨五入した値）をそのまま貼ってください`
          : '';
      errors.push({
        code: 'layout/spss-missing',
        line: first,
        message:
          `${first}〜${last}行目は SPSS の度数分布表（${cols.map(named).join('')}${missing > 0 ? `、欠損値 ${missing} 人` : ''}）と読みました。度数は合計と合いますが、` +
          `${misfit.map((j) => `${named(j)}の一部が${base(j)}に対する${j === 3 ? '累積の' : ''}割合と丸めの範囲で合わない`).join('、')}ため、その分母を確かめられず、読みません${cutWords}（チェッカーの判断）`,
        hint: head.pct
          ? `${named(0)}と${named(1)}を「件数 (割合%)」として貼ってください（欠損値の行は件数と割合、最後の合計は件数のみ）。` +
            `${named(2)}を載せるなら、有効な患者だけの表（度数と${named(2)}を「件数 (割合%)」、合計 ${V}）として別に貼ってください。出力を書き写したときは、値を確かめてください`
          : `有効な患者だけの表として、${named(0)}と${named(2)}を「件数 (割合%)」、合計 ${V} で貼ってください${missing > 0 ? `（欠損値の行は件数のみ、最後の合計 ${N} も件数のみ）` : ''}。${named(3)}を載せるなら、その値が1行目からその行までの度数の和の ${V} 人に対する割合であることを確かめてください。出力を書き写したときは、値を確かめてください`,
      });
      k = end;
      continue;
    }
    const { cats, V, missing, N, totalLine } = read;
    if (missing > 0) {
      const w = head.ja ? SPSS_WORDS.ja : SPSS_WORDS.en;
      const word = head.ja ? '度数' : 'Frequency';
      // The whole's table (度数 with パーセント, of N): the valid 合計 over the categories, the missing rows (under their
      // 合計 where printed), 合計 N; the valid's table (有効パーセント, 累積パーセント, of the valid 合計) as the table
      // with no missing row reads it, its 合計 under the valid 合計's label, one count in both.
      const many = read.miss.length > 1;
      // formats46: without パーセント the whole's table is of counts alone (nothing printed of N but the counts).
      const share = (n: number, p: string) => (head.pct ? `${n} (${p}%)` : `${n}`);
      out.push(
        { line: records[k]!.line, fields: ['', word] },
        { line: totalLine, fields: [w.valid, share(V, read.validShare)] },
        ...indent(
          runningTree(
            cats.map((c) => ({
              label: c.label,
              line: c.r.line,
              cell: share(Number(c.nums[0]), c.nums[1]!),
              run: share(c.run, ((100 * c.run) / N).toFixed(1)),
            })),
          ),
        ),
        ...(many && read.missTotal ? [{ line: read.missTotal.line, fields: [w.missTotal, share(missing, read.missTotal.share)] }] : []),
        ...read.miss.map((x) => ({ line: x.line, fields: [(many ? '  ' : '') + w.missing(x.label), share(x.n, x.share)] })),
        { line: read.lastLine, fields: [w.total, share(N, '100.0')] },
        { line: records[k]!.line, fields: [''] },
        { line: records[k]!.line, fields: ['', word] },
        { line: totalLine, fields: [w.valid, `${V} (100.0%)`] },
        ...indent(
          runningTree(
            cats.map((c) => ({ label: c.label, line: c.r.line, cell: `${c.nums[0]} (${c.nums[2]}%)`, run: `${c.run} (${c.nums[3]}%)` })),
          ),
        ),
      );
      notes.push({
        code: 'layout/spss',
        line: first,
        message:
          (head.pct
            ? `${first}〜${last}行目は、SPSS の度数分布表（${[0, 1, 2, 3].map(named).join('')}）と読みました。欠損値 ${missing} 人があり、` +
              `有効の合計 ${V} が各行の度数の和、最後の合計 ${N} が有効の合計と欠損値の和で、${named(1)}がどれも全体 ${N} に対する割合、${named(2)}が有効な ${V} 人に対する割合、${named(3)}が1行目からその行までの度数の和の ${V} 人に対する割合と合うため、` +
              `二つの表として読み、一緒に確かめます。全体の表は度数と${named(1)}を「件数 (割合%)」として、${quote(w.valid)}（${V}）の下に各行（「累積（…）」の行の割合は全体 ${N} に対してチェッカーが計算したもので、出力の値ではありません）、欠損値の行、合計 ${N} を置きます。`
            : `${first}〜${last}行目は、${named(1)}の列を除いた SPSS の度数分布表（${cols.map(named).join('')}）と読みました。欠損値 ${missing} 人があり、` +
              `有効の合計 ${V} が各行の度数の和、最後の合計 ${N} が有効の合計と欠損値の和で、${named(2)}がどれも有効な ${V} 人に対する割合、${named(3)}が1行目からその行までの度数の和の ${V} 人に対する割合と合うため、` +
              `二つの表として読み、一緒に確かめます。全体の表は度数だけで、${quote(w.valid)}（${V}）の下に各行（「累積（…）」の行はチェッカーが足した件数で、出力の値ではありません）、欠損値の行、合計 ${N} を置きます。`) +
          `有効な患者の表は度数と${named(2)}を「件数 (割合%)」として、2行目から最後の前の行までの${named(3)}を、1行目からその行までの件数の和の行（${quote(`累積（${cats[0]!.label}〜${cats[1]!.label}）`)}など、字下げの木）として読み、その木の上に${quote(w.valid)}を置きます（全体の表と同じ件数として一緒に確かめます）。` +
          `1行目の${named(3)}はその行の${named(2)}と同じで、一緒に隠します。行を秘匿するときは、その行の${head.pct ? `${named(1)}・` : '度数・'}${named(2)}を隠し、「累積（…）」の行を秘匿するときは、その行の${named(3)}を隠してください。` +
          `欠損値が少ないと、その数は合計 ${N} と有効の合計 ${V} の差で分かり${head.pct ? `、${named(1)}と${named(2)}がその二つを示す` : ''}ため、多くのセルを秘匿することになります。欠損値の数を載せないときは、欠損値の行・最後の合計${head.pct ? `・${named(1)}の列` : ''}を除き、有効な患者だけの表（${named(0)}と${named(2)}を「件数 (割合%)」、合計 ${V}）として貼ってください（チェッカーの判断）`,
      });
      k = end;
      continue;
    }
    const word = head.ja ? '度数' : 'Frequency';
    out.push(
      { line: records[k]!.line, fields: ['', word] },
      ...runningTree(
        cats.map((c) => ({ label: c.label, line: c.r.line, cell: `${c.nums[0]} (${c.nums[2]}%)`, run: `${c.run} (${c.nums[3]}%)` })),
      ),
      { line: totalLine, fields: [head.ja ? '合計' : 'Total', `${V} (100.0%)`] },
    );
    notes.push({
      code: 'layout/spss',
      line: first,
      message:
        `${first}〜${last}行目は、${head.pct ? '' : `${named(1)}の列を除いた`}SPSS の度数分布表（${cols.map(named).join('')}）と読みました。欠損値の行がなく、` +
        `有効の合計 ${V} が各行の度数の和で、${head.pct ? `${named(1)}と` : ''}${named(2)}がどれも総数 ${V} に対する割合、${named(3)}が1行目からその行までの度数の和の割合と合うため、` +
        `度数と${named(2)}を「件数 (割合%)」として、2行目から最後の前の行までの${named(3)}を、1行目からその行までの件数の和の行（${quote(`累積（${cats[0]!.label}〜${cats[1]!.label}）`)}など、字下げの木）として読み、一緒に確かめます。` +
        `${head.pct ? `${named(1)}はこの表では${named(2)}と同じ割合です。` : ''}1行目の${named(3)}はその行の割合と同じで、一緒に隠します。「累積（…）」の行を秘匿するときは、その行の${named(3)}を隠してください（チェッカーの判断）`,
    });
    k = end;
  }
  return { records: out, notes, errors };
}

/**
 * SPSS FREQUENCIES' rows checked by their arithmetic: the valid categories (four values each), their 「合計」 (three:
 * its count the categories' sum, 100 valid percent), the missing rows (two each, a 「合計」 of them where it is their
 * sum) and the last 「合計」 (two: the valid 合計 plus the missing); each 「パーセント」 the count's share of the whole,
 * each 「有効パーセント」 of the valid, each 「累積パーセント」 the running sum's share of the valid. Else undefined.
 */
function spssRows(
  rows: readonly { r: CsvRecord; sec: string; label: string; nums: string[] }[],
  pct = true,
):
  | {
      cats: { r: CsvRecord; label: string; nums: string[]; run: number }[];
      V: number;
      missing: number;
      N: number;
      totalLine: number;
      validShare: string;
      miss: { line: number; label: string; n: number; share: string }[];
      missTotal: { line: number; share: string } | undefined;
      lastLine: number;
    }
  | { misfit: number[]; cut: number[]; V: number; N: number; missing: number }
  | undefined {
  // formats46: without パーセント every line has one value fewer; its place is left empty ('') and not checked.
  const width = pct ? 4 : 3;
  const full = (nums: string[]) => (pct ? nums : [nums[0]!, '', ...nums.slice(1)]);
  const fitsP = (p: string, num: number, den: number) => !pct || shareFits(p, num, den);
  let i = 0;
  const cats: { r: CsvRecord; label: string; nums: string[]; run: number }[] = [];
  let run = 0;
  while (i < rows.length && rows[i]!.nums.length === width && (i === 0 ? SPSS_VALID.test(rows[i]!.sec) : rows[i]!.sec === '')) {
    const x = rows[i]!;
    if (x.label === '' || SPSS_TOTAL.test(x.label) || !COUNT.test(x.nums[0]!)) return undefined;
    run += Number(x.nums[0]);
    cats.push({ r: x.r, label: x.label, nums: full(x.nums), run });
    i++;
  }
  const vt0 = rows[i];
  if (
    cats.length < 2 ||
    !vt0 ||
    vt0.sec !== '' ||
    !SPSS_TOTAL.test(vt0.label) ||
    vt0.nums.length !== width - 1 ||
    Number(vt0.nums[0]) !== run
  )
    return undefined;
  const vt = { ...vt0, nums: full(vt0.nums) };
  const V = run;
  i++;
  const miss: number[] = [];
  let missTotal: number | undefined;
  // A missing value's code as its label in the text (「Missing   99   20   6.9」): its words are all numbers there.
  rows = rows.map((x, j) =>
    j >= i && x.label === '' && x.nums.length === width - 1 && COUNT.test(x.nums[0]!) && !SPSS_TOTAL.test(x.sec)
      ? { ...x, label: x.nums[0]!, nums: x.nums.slice(1) }
      : x,
  );
  while (
    i < rows.length &&
    rows[i]!.nums.length === width - 2 &&
    rows[i]!.label !== '' &&
    (miss.length === 0 ? SPSS_MISSING.test(rows[i]!.sec) : rows[i]!.sec === '')
  ) {
    const x = rows[i]!;
    if (!COUNT.test(x.nums[0]!)) return undefined;
    if (SPSS_TOTAL.test(x.label)) {
      if (miss.length < 2 || missTotal !== undefined || Number(x.nums[0]) !== miss.reduce((a, b) => a + b, 0)) return undefined;
      missTotal = Number(x.nums[0]);
    } else if (missTotal === undefined) miss.push(Number(x.nums[0]));
    else return undefined;
    i++;
  }
  const m = miss.reduce((a, b) => a + b, 0);
  let N = V;
  if (miss.length > 0) {
    const t = rows[i];
    if (!t || !SPSS_TOTAL.test(t.sec) || t.label !== '' || t.nums.length !== width - 2 || Number(t.nums[0]) !== V + m) return undefined;
    N = V + m;
    i++;
  }
  if (i !== rows.length || V <= 0) return undefined;
  rows = rows.map((x, j) => (j > cats.length ? { ...x, nums: full(x.nums) } : x));
  const fits = cats.every(
    (c) => fitsP(c.nums[1]!, Number(c.nums[0]), N) && shareFits(c.nums[2]!, Number(c.nums[0]), V) && shareFits(c.nums[3]!, c.run, V),
  );
  const totals = fitsP(vt.nums[1]!, V, N) && shareFits(vt.nums[2]!, V, V);
  const missFit = rows.slice(cats.length + 1, i - (miss.length > 0 ? 1 : 0)).every((x) => fitsP(x.nums[1]!, Number(x.nums[0]), N));
  const last = miss.length > 0 ? rows[i - 1]! : undefined;
  if (!fits || !totals || !missFit || (last && !fitsP(last.nums[1]!, N, N))) {
    // spss44: every count adds up but some percentages fit no base the table proves: the columns that do not, for the
    // refusal in words (with missing rows only; with none, left as it was, as spss43 did; formats46: without パーセント,
    // with none too). formats46: those whose every share fits its base cut (truncated) rather than rounded, named so.
    const whole =
      cats.every((c) => fitsP(c.nums[1]!, Number(c.nums[0]), N)) &&
      fitsP(vt.nums[1]!, V, N) &&
      missFit &&
      (!last || fitsP(last.nums[1]!, N, N));
    const valid = cats.every((c) => shareFits(c.nums[2]!, Number(c.nums[0]), V)) && shareFits(vt.nums[2]!, V, V);
    const cum = cats.every((c) => shareFits(c.nums[3]!, c.run, V));
    const misfit = [whole ? [] : [1], valid ? [] : [2], cum ? [] : [3]].flat();
    const cutWhole =
      cats.every((c) => shareCut(c.nums[1]!, Number(c.nums[0]), N)) &&
      shareCut(vt.nums[1]!, V, N) &&
      rows.slice(cats.length + 1, i - (miss.length > 0 ? 1 : 0)).every((x) => shareCut(x.nums[1]!, Number(x.nums[0]), N));
    const cutOf = (j: number) =>
      j === 1
        ? cutWhole
        : j === 2
          ? cats.every((c) => shareCut(c.nums[2]!, Number(c.nums[0]), V))
          : cats.every((c) => shareCut(c.nums[3]!, c.run, V));
    const cut = misfit.filter(cutOf);
    // With no missing row and パーセント printed, left as it was (spss43) unless cutting explains every column.
    if (miss.length === 0 && pct && (misfit.length === 0 || cut.length < misfit.length)) return undefined;
    return { misfit, cut, V, N, missing: m };
  }
  const missRows = rows.slice(cats.length + 1, i - (miss.length > 0 ? 1 : 0));
  const mt = missRows.find((x) => SPSS_TOTAL.test(x.label));
  return {
    cats,
    V,
    missing: m,
    N,
    totalLine: vt.r.line,
    validShare: vt.nums[1]!,
    miss: missRows.filter((x) => x !== mt).map((x) => ({ line: x.r.line, label: x.label, n: Number(x.nums[0]), share: x.nums[1]! })),
    missTotal: mt ? { line: mt.r.line, share: mt.nums[1]! } : undefined,
    lastLine: last ? last.r.line : vt.r.line,
  };
}

/**
 * R's print() of a table (formats50): a one-way `table(x)` — its variable's name on a line of its own (none for
 * `table(df$x)`), then a line of labels over a line of counts, each column right-aligned to one common width, wrapped
 * over further pairs of lines where wide — and `prop.table()` / `proportions()` of a one-way or two-way table (the same
 * layout, proportions without 「%」, 7 significant digits unless rounded). Read: a one-way table of counts as a table
 * 「件数」; proportions under the counts they are of (the same labels, printed just above, command lines between) as
 * one table of 「n (p%)」 per print, its base (行・列・総数) the call's margin where its command line is pasted
 * (`prop.table(t, 1)` the row's, `2` the column's, none the whole), else the one base every share fits within its
 * rounding (チェッカーの判断), refused naming the print where none fits or, with no call, more than one
 * (`layout/r-base`); proportions with no counts over them read as a table of shares (then as any, formats34). A share
 * printed with fewer than R's 7 digits and not under `round()` / `signif()` is exact to 7 digits (R drops only zeros):
 * held so, not to its printed digits. Anything else is left as it was.
 */
const R_COUNT = /^\d{1,9}$/;
const R_PROP = /^(?:0(?:\.\d{1,12})?|1(?:\.0{1,12})?)$/;
const R_BARE_CALL = /^> [a-z.][\w.]{0,63}$/i;
const R_SLICE = /^, , (.{1,200})$/;
/** A table's caption (read.ts CAPTION): 「表2 …」「Table 2 …」. */
const CAPTION = /^(?:付?表|図表|table|tab\.)\s*[a-z]?\d/i;
const R_NUMBER = /^\d{1,9}(?:\.\d{1,12})?$/;
/**
 * formats55: the 「Sum」 line of `addmargins(prop.table(t, 1 | 2))` under its counts, as written for read.ts (its
 * `shareSumAside` sets it aside, hidden wherever a count it sums over is hidden): a row of column sums of row shares, or
 * a column of row sums of column shares.
 */
export const SHARE_SUM_ROW = 'Sum（行%の和）';
export const SHARE_SUM_COL = 'Sum（列%の和）';
/** formats55: R's `options(digits = n)` (1–22 significant digits in the prints after it). */
const R_DIGITS = /\boptions\s*\(.*?\bdigits\s*=\s*(\d{1,2})L?\s*[,)]/;
/** formats55: the significant digits tried, most first, where no `options(digits = n)` is pasted (R's default 7 first). */
const R_SIGS = [7, 6, 5, 4, 3, 2, 1];
/**
 * formats55: the significant digits a print of shares is read under, most first: its printed digits only (0) where the
 * command rounds them (round(), signif(), format(), sprintf()), else the pasted `options(digits = n)`, else `R_SIGS`.
 */
const rSigs = (call: string | undefined, stated: number | undefined): number[] =>
  call && /\b(?:round|signif|format|sprintf)\s*\(/.test(call) ? [0] : stated !== undefined ? [stated] : R_SIGS;
/**
 * formats55: the print read under the first of `sigs` where `readAt` finds its base (`kind`), else as under the first
 * (`stop`: the first only). Shared by the prints of one table and of strata.
 */
function firstRead<K>(
  sigs: readonly number[],
  readAt: (sig: number) => { fits: K[]; kind: K | undefined },
  stop = false,
): { sig: number; fits: K[]; kind: K | undefined } {
  let read = { sig: sigs[0]!, ...readAt(sigs[0]!) };
  for (const s2 of sigs.slice(1)) {
    if (read.kind !== undefined || stop) break;
    const r2 = readAt(s2);
    if (r2.kind !== undefined) read = { sig: s2, ...r2 };
  }
  return read;
}
type RBase = 'row' | 'col' | 'cell';
interface RPrint {
  start: number;
  end: number;
  kind: 'count' | 'prop';
  oneWay: boolean;
  name: string;
  rowVar: string;
  cols: string[];
  rows: { label: string; line: number; values: string[] }[];
  call?: string | undefined;
  taken?: number[] | undefined;
  /** formats52: the stratum line 「, , site = A」 over a slice of a 3-way (or more) table, its line's index and pairs. */
  slice?: { idx: number; pairs: [string, string][] } | undefined;
  /** formats52: an `ftable()` print, its row variables' names and its column variable's. */
  flat?: { rowVars: string[]; colVar: string; colVars: number } | undefined;
}

const tokens = (s: string) => [...s.matchAll(/\S+/g)].map((m) => ({ t: m[0], end: m.index + m[0].length, at: m.index }));
/**
 * formats59: a call printing shares × 100 (「round(100 * prop.table(tab, 1), 1)」「prop.table(tab) * 100」), whitespace
 * taken out.
 */
const TIMES100 = /(?:^|[(,])100\*(?:prop\.table|proportions)\(|(?:prop\.table|proportions)\((?:[^()]|\([^()]*\))*\)\*100(?![\d.])/;
const times100 = (call: string | undefined) => call !== undefined && TIMES100.test(call.replace(/\s+/g, ''));
/** formats59: a percentage R printed (0–100, its digits) as the share it is, the decimal point moved two places. */
const hundredth = (s: string): string => {
  const m = /^(\d{1,3})(?:\.(\d{1,10}))?$/.exec(s);
  if (!m || Number(s) > 100) return s;
  const i = m[1]!.padStart(3, '0');
  return `${i[0]}.${i.slice(1)}${m[2] ?? ''}`;
};
const valueTokens = (s: string, pct: boolean) => (pct ? tokens(s).map((x) => ({ ...x, t: hundredth(x.t) })) : tokens(s));

function rOneWay(lines: string[], recs: CsvRecord[], pct = false): Omit<RPrint, 'start' | 'end'> | undefined {
  let body = lines;
  let name = '';
  if (body.length % 2 === 1) {
    if (!/^\S+$/.test(body[0]!.trim())) return undefined;
    name = body[0]!.trim();
    body = body.slice(1);
  }
  if (body.length < 2) return undefined;
  const off = lines.length - body.length;
  const cols: string[] = [];
  const values: { v: string; line: number }[] = [];
  let step: number | undefined;
  let kind: 'count' | 'prop' | undefined;
  for (let p = 0; p < body.length; p += 2) {
    const L = body[p]!.trimEnd();
    const V = valueTokens(body[p + 1]!, pct);
    if (V.length === 0) return undefined;
    const k = V.every((x) => R_COUNT.test(x.t)) ? 'count' : V.every((x) => R_PROP.test(x.t)) ? 'prop' : undefined;
    if (k === undefined || (kind !== undefined && k !== kind)) return undefined;
    kind = k;
    // One common width: every column ends one step after the one before it (R pads each to it, one space between).
    const w = V[0]!.end;
    if (step !== undefined && w + 1 !== step) return undefined;
    step = w + 1;
    if (!V.every((x, j) => x.end === w + j * (w + 1))) return undefined;
    if (L.length > V.at(-1)!.end) return undefined;
    for (const [j, x] of V.entries()) {
      const label = L.slice(j === 0 ? 0 : V[j - 1]!.end, x.end).trim();
      if (label === '') return undefined;
      cols.push(label);
      values.push({ v: x.t, line: recs[off + p + 1]!.line });
    }
  }
  if (cols.length < 2 || new Set(cols).size !== cols.length) return undefined;
  return {
    kind: kind!,
    oneWay: true,
    name,
    rowVar: name,
    cols,
    rows: values.map((x, j) => ({ label: cols[j]!, line: x.line, values: [x.v] })),
  };
}

function rTwoWay(lines: string[], recs: CsvRecord[], pct = false): Omit<RPrint, 'start' | 'end'> | undefined {
  let k = 0;
  let name = '';
  if (/^\s+\S+$/.test(lines[0]!.trimEnd()) && lines.length >= 4) {
    name = lines[0]!.trim();
    k = 1;
  }
  const head = lines[k]!.trimEnd();
  const data = lines.slice(k + 1);
  if (data.length < 2) return undefined;
  const H = tokens(head);
  const rowVar = /^\S/.test(head) ? H[0]!.t : '';
  const words = rowVar ? H.slice(1) : H;
  // formats59: a column label holding a space (「Not treated」「Stage 1」) is two words a split at spaces cannot place.
  // R right-aligns each label over its column's values, one space between columns, so a column ends where a header
  // word ends and every data line has a number ending there too; the words between two such ends are one label (the
  // words of a label end inside its column, left of its values' end: no number ends there).
  const ends = data.map(
    (l) =>
      new Set(
        tokens(l)
          .filter((x) => R_NUMBER.test(x.t))
          .map((x) => x.end),
      ),
  );
  const labels: { t: string; end: number }[] = [];
  let from = rowVar ? H[0]!.end : 0;
  for (const w of words)
    if (ends.every((e) => e.has(w.end))) {
      labels.push({ t: head.slice(from, w.end).trim(), end: w.end });
      from = w.end;
    }
  if (words.length === 0 || labels.at(-1)?.end !== words.at(-1)!.end) return undefined;
  const m = labels.length;
  if (m < 2) return undefined;
  let kind: 'count' | 'prop' | undefined;
  const rows: RPrint['rows'] = [];
  for (const [i, l] of data.entries()) {
    const T = valueTokens(l, pct);
    if (T.length <= m || !/^ {2}\S/.test(l)) return undefined;
    const V = T.slice(T.length - m);
    const label = l.slice(0, V[0]!.at).trim();
    // formats52: addmargins' last 「Sum」 row and column say nothing of the kind (a sum of row shares passes 1).
    const W = label === 'Sum' && i === data.length - 1 ? [] : V.filter((_, j) => !(j === m - 1 && labels[j]!.t === 'Sum'));
    if (!V.every((x) => R_NUMBER.test(x.t))) return undefined;
    if (W.length > 0) {
      const k2 = W.every((x) => R_COUNT.test(x.t)) ? 'count' : W.every((x) => R_PROP.test(x.t)) ? 'prop' : undefined;
      if (k2 === undefined || (kind !== undefined && k2 !== kind)) return undefined;
      kind = k2;
    }
    // R right-aligns the column labels and the values: every column ends at one place.
    if (!V.every((x, j) => x.end === labels[j]!.end)) return undefined;
    rows.push({ label, line: recs[k + 1 + i]!.line, values: V.map((x) => x.t) });
  }
  if (kind === undefined || (kind === 'count' && !rows.every((r) => r.values.every((v) => R_COUNT.test(v))))) return undefined;
  if (new Set(rows.map((r) => r.label)).size !== rows.length || rows.some((r) => r.label === '')) return undefined;
  return { kind: kind!, oneWay: false, name, rowVar, cols: labels.map((x) => x.t), rows };
}

/**
 * formats52: R's print of an `ftable()` with one column variable (print.ftable → write.ftable: its label cells
 * left-justified, its counts right-justified, one space between; stats' read.ftable page, `justify = c("left",
 * "right")`): a line of the column variable's name over its levels, a line of the row variables' names (blank, or cut
 * when pasted, where they have none), then a line per combination of the row variables' levels, each level written
 * only where it changes. Read where every line keeps that layout and the combinations are every one in order (the
 * levels' product, the last varying fastest): one table of counts, its rows 「female / alive」. Else undefined.
 * formats53: `h` column variables (`ftable(t, row.vars = 1:2)` of a 4-way table): a line each, its name in the last
 * label column, its levels right-justified over the data columns (format.ftable puts them in the data's columns),
 * each written at its block's first column only, the last variable's at every column; the columns' combinations
 * checked as the rows' are, every one once in order, each upper level written exactly at its block's first column:
 * one table, its columns 「A / yes」 (our reading of the layout, said).
 */
function rFtable(lines: string[], recs: CsvRecord[], h = 1): Omit<RPrint, 'start' | 'end'> | undefined {
  if (lines.length < h + 3 || /^\s/.test(lines[h + 1]!)) return undefined;
  const H = tokens(lines[h - 1]!);
  const D = lines.slice(h + 1).map(tokens);
  let m = 0;
  while (
    m < H.length &&
    D.every((T) => T.length > m + 1 && T[T.length - 1 - m]!.end === H[H.length - 1 - m]!.end && R_COUNT.test(T[T.length - 1 - m]!.t))
  )
    m++;
  if (m < 2 || H.length - m > 1) return undefined;
  const colVar = H.length - m === 1 ? H[0]!.t : '';
  const firstValue = Math.min(...D.map((T) => T[T.length - m]!.at));
  if (colVar && H[0]!.end >= firstValue) return undefined;
  // formats53: the upper column variables' lines: a name at the last one's name's place (or none, unnamed), each
  // level inside one data column, ending at its end.
  const ends = H.slice(H.length - m).map((x) => x.end);
  const upper: { name: string; at: (string | undefined)[] }[] = [];
  for (let u = 0; u < h - 1; u++) {
    const U = tokens(lines[u]!);
    const nm = colVar ? U[0] : undefined;
    if (colVar && (!nm || nm.at !== H[0]!.at || nm.end >= firstValue)) return undefined;
    const at: (string | undefined)[] = ends.map(() => undefined);
    for (const x of U.slice(colVar ? 1 : 0)) {
      const j = ends.indexOf(x.end);
      if (j < 0 || x.at <= (j === 0 ? (colVar ? H[0]!.end : -1) : ends[j - 1]!)) return undefined;
      at[j] = x.t;
    }
    if (at[0] === undefined) return undefined;
    upper.push({ name: nm?.t ?? '', at });
  }
  const names = tokens(lines[h]!);
  // Named dimnames name both the row variables and the column variable; unnamed, neither.
  if (names.length > 0 !== (colVar !== '')) return undefined;
  const starts = (names.length > 0 ? names : D[0]!.slice(0, D[0]!.length - m)).map((x) => x.at);
  if (starts[0] !== 0 || (colVar && starts.at(-1)! >= H[0]!.at) || names.some((x) => x.end >= firstValue)) return undefined;
  const R = starts.length;
  // The last row variable's column ends before the column variable's (named) or the counts.
  const limit = colVar ? H[0]!.at - 1 : firstValue;
  const colEnd = (q: number) => (q + 1 < R ? starts[q + 1]! - 1 : limit);
  const cur: string[] = [];
  const combos: string[][] = [];
  for (const [i, T] of D.entries()) {
    const line = lines[h + 1 + i]!;
    // Each label inside one column, each column's text from its start (left-justified).
    const inColumn = (x: { at: number; end: number }) => {
      const q = starts.findLastIndex((a) => a <= x.at);
      return q >= 0 && x.end <= colEnd(q);
    };
    if (!T.slice(0, T.length - m).every(inColumn)) return undefined;
    const parts = starts.map((a, q) => line.slice(a, colEnd(q)).trim());
    if (parts.some((x, q) => x !== '' && line[starts[q]!] === ' ')) return undefined;
    const q0 = parts.findIndex((x) => x !== '');
    if (q0 < 0 || (i === 0 && q0 !== 0) || parts.slice(q0).some((x) => x === '')) return undefined;
    for (let q = q0; q < R; q++) cur[q] = parts[q]!;
    combos.push([...cur]);
  }
  // Every combination once, in order: the levels' product, each row the mixed-radix place of its index.
  const inOrder = (cs: string[][]) => {
    const levels = cs[0]!.map((_, q) => [...new Set(cs.map((c) => c[q]!))]);
    const radix = (q: number) => levels.slice(q + 1).reduce((a, l) => a * l.length, 1);
    return (
      cs.length === levels.reduce((a, l) => a * l.length, 1) &&
      cs.every((c, r) => c.every((x, q) => x === levels[q]![Math.floor(r / radix(q)) % levels[q]!.length]))
    );
  };
  if (!inOrder(combos)) return undefined;
  // formats53: the columns' combinations likewise, each upper level written at its block's first column only.
  const colCombos: string[][] = [];
  const last = H.slice(H.length - m).map((x) => x.t);
  const curCol: string[] = [];
  for (let j = 0; j < m; j++) {
    upper.forEach((u, q) => {
      if (u.at[j] !== undefined) curCol[q] = u.at[j]!;
    });
    colCombos.push([...curCol.slice(0, h - 1), last[j]!]);
  }
  if (h > 1) {
    if (!inOrder(colCombos)) return undefined;
    const counts = colCombos[0]!.map((_, q) => new Set(colCombos.map((c) => c[q]!)).size);
    const block = (q: number) => counts.slice(q + 1).reduce((a, b) => a * b, 1);
    if (!upper.every((u, q) => u.at.every((x, j) => (x !== undefined) === (j % block(q) === 0)))) return undefined;
  }
  const rowVars = names.length > 0 ? names.map((x) => x.t) : starts.map(() => '');
  const colVars = [...upper.map((u) => u.name), colVar];
  return {
    kind: 'count',
    oneWay: false,
    name: colVars.join(' / ').replace(/^[ /]+$/, ''),
    rowVar: rowVars.join(' / '),
    cols: colCombos.map((c) => c.join(' / ')),
    rows: D.map((T, i) => ({ label: combos[i]!.join(' / '), line: recs[h + 1 + i]!.line, values: T.slice(T.length - m).map((x) => x.t) })),
    flat: { rowVars, colVar: colVar ? colVars.join(' × ') : '', colVars: h },
  };
}

/**
 * formats57: what a call's `prop.table(…)` / `proportions(…)` holds between its own parentheses (balanced, so a call
 * wrapping it, `round(prop.table(tab, 1), 3)`, `print(prop.table(tab, 1), digits = 3)`, is not read as its margin),
 * spaces out; undefined where no such call or its parentheses do not close.
 */
function propArgs(call: string | undefined): string | undefined {
  const m = call && /\b(?:prop\.table|proportions)\s*\(/.exec(call);
  if (!m) return undefined;
  let depth = 1;
  for (let i = m.index + m[0].length; i < call.length; i++) {
    if (call[i] === '(') depth++;
    else if (call[i] === ')' && --depth === 0) return call.slice(m.index + m[0].length, i).replace(/\s+/g, '');
  }
  return undefined;
}

/**
 * redb60: the R object a call prints or takes the shares of — 「tab」「print(tab)」「addmargins(tab)」「(tab <- table(…))」
 * for a print of counts, 「prop.table(tab, 1)」「round(100 * prop.table(tab, 1), 1)」 for shares; undefined where the call
 * names none (「table(df$a, df$b)」, 「prop.table(table(…))」).
 */
function rObject(call: string | undefined, shares: boolean): string | undefined {
  if (call === undefined) return undefined;
  const c = call.replace(/\s+/g, '');
  const name = '([A-Za-z.][\\w.]*)';
  const m = shares
    ? new RegExp(`^${name}(?:,|$)`).exec(propArgs(call) ?? '')
    : (new RegExp(`^(?:(?:print|addmargins)\\()?${name}(?:[,)].*)?$`).exec(c) ?? new RegExp(`^\\(${name}(?:<-|=)`).exec(c));
  return m && !/^(?:table|xtabs|ftable|prop\.table|proportions)$/.test(m[1]!) ? m[1] : undefined;
}

/** The base a call names: `prop.table(t, 1)` the row's, `2` the column's, none the whole; undefined if no such call. */
function callBase(call: string | undefined): RBase | undefined {
  const args = propArgs(call);
  if (args === undefined) return undefined;
  const margin = /,(?:margin=)?(?:c\()?([12])L?\)?$/.exec(args);
  return margin ? (margin[1] === '1' ? 'row' : 'col') : 'cell';
}

/**
 * formats57: the digits a reader holds R's printed shares to, from the call and the `options(digits = n)` in force
 * (`stated`): `round(prop.table(…), k)` k decimals (as -k: R drops a column's trailing zeros, the value is still to k
 * decimals) where printed under 7 digits or more; `signif(…, n)` n significant digits exactly (as 100 + n, where the
 * options' digits are no fewer), `print(…, digits = n)` at least n; any other round/signif/format/sprintf the printed digits only (0);
 * else the options' digits, else R's 7 then fewer (the most that read, チェッカーの推定). `said`: the call's words.
 */
function rPrecision(call: string | undefined, stated: number | undefined): { sigs: number[]; said?: string } {
  // formats59: shares × 100 (「round(100 * prop.table(tab, 1), 1)」): read as the call without the product, round's k
  // decimals of a percentage k + 2 of the share, said.
  const pct = times100(call);
  const c = (call ?? '')
    .replace(/\s+/g, '')
    .replace(/(^|[(,])100\*(?=(?:prop\.table|proportions)\()/, '$1')
    .replace(/((?:prop\.table|proportions)\((?:[^()]|\([^()]*\))*\))\*100(?![\d.])/, '$1');
  const said100 = pct ? `コマンド${quote(call!.trim())}の表示は割合の 100 倍（百分率）で、100 で割った割合として読み、` : '';
  const head = /^(round|signif|print)\((?:prop\.table|proportions)\(/.exec(c);
  const args = propArgs(call);
  if (head && args !== undefined) {
    const rest = c.slice(head[0].length + args.length + 1);
    const n = head[1] === 'print' ? /^,digits=(\d{1,2})L?\)$/.exec(rest) : /^,(?:digits=)?(\d{1,2})L?\)$/.exec(rest);
    const k = n ? Number(n[1]) + (pct && head[1] === 'round' ? 2 : 0) : undefined;
    if (k !== undefined && head[1] === 'round' && k <= 12 && (stated ?? 7) >= 7)
      return {
        sigs: [-k],
        said: `${said100}コマンド${quote(call!.trim())}から、割合は小数 ${k} 桁に丸めた値（R は列の末尾の 0 を省きます）として`,
      };
    if (k !== undefined && k >= 1 && k <= 22 && (head[1] === 'print' || (stated ?? 7) >= k))
      return {
        sigs: [head[1] === 'signif' ? 100 + k : k],
        said:
          `${said100}コマンド${quote(call!.trim())}から、R は割合を有効数字 ${k} 桁で表示し、短いものは末尾の 0 を省いたものとして` +
          (head[1] === 'signif' ? `（有効数字 ${k} 桁より先に 0 以外の数字が表示された割合は、表示された桁まで読めるものとして）` : ''),
      };
  }
  return { sigs: rSigs(call, stated), ...(pct && { said: said100.replace(/読み、$/, '読みました') }) };
}

/**
 * A proportion as a percentage string: its decimals as printed less two; where not rounded (`sig` > 0), R's `sig`
 * significant digits held (7 by default, `options(digits = n)` else — formats55; 「0.5」 is 0.5000000, R drops only
 * trailing zeros): at least sig − 1 − ⌊log10 p⌋ decimals. `sig` 0 (or false): the printed digits only; true: 7.
 */
function pctDecimals(p: string, sig: boolean | number): number {
  const d = sig === true ? 7 : sig === false ? 0 : sig;
  const printed = printedDecimals(p);
  const x = Number(p);
  // formats57: -k, `round(…, k)`: k decimals known whatever R printed; 100 + n, `signif(…, n)`: n significant digits
  // exactly (R pads a column's shorter values with zeros, no digits of the share).
  if (d < 0) return Math.max(0, Math.max(printed, -d) - 2);
  if (d > 100) {
    const known = x > 0 ? d - 101 - Math.floor(Math.log10(x)) : printed;
    // red58: a share printed with a digit other than 0 past the n significant ones signif(…, n) leaves is no such value
    // (the call pasted is not the one printed): a reader holds it to every digit printed, as the checker then does.
    const past = /e/i.test(p) ? '' : (p.split('.')[1] ?? '').slice(Math.max(0, known));
    return Math.max(0, (/[1-9]/.test(past) ? Math.max(printed, known) : known) - 2);
  }
  return Math.max(0, (d > 0 && x > 0 ? Math.max(printed, d - 1 - Math.floor(Math.log10(x))) : printed) - 2);
}
const asPct = (p: string, exact: boolean | number) => (Number(p) * 100).toFixed(pctDecimals(p, exact));
/**
 * The cell's share once it fits: the count's share of its base to the decimals known, at most `rCap(N)` of them —
 * written from the counts (what R divided), not the printed share rounded again (a rounding of a rounding is off by
 * more than half its last digit).
 */
const cellPct = (p: string, exact: boolean | number, num: number, den: number, N: number) =>
  ((100 * num) / den).toFixed(Math.min(pctDecimals(p, exact), rCap(N)));
/**
 * The decimals of a percentage of N held at most (HiGHS fails on 7 of them, status 8): an interval of width 10^-d %
 * pins the same whole counts as R's exact share where d > 2·log10 N − 2 — a count from its base (width below 100/N %)
 * and from another share's count (c·10^-d·N/100 below 1 for every c ≤ N). チェッカーの判断, argued not measured.
 */
const rCap = (N: number) => Math.max(3, Math.ceil(2 * Math.log10(Math.max(N, 2))) - 1);

/**
 * formats53: the shares of `addmargins(prop.table(t, 1|2))` alone: 'row' where the call says 1 or, with no call, every
 * row's 「Sum」 is 1 (and not every column's), 'col' likewise; undefined else (of the whole, or no such print).
 */
function sumShares(p: RPrint): 'row' | 'col' | undefined {
  const one = (v: string) => Number(v) === 1;
  const body = p.rows.slice(0, -1);
  const rowsOne = body.every((r) => one(r.values.at(-1)!));
  const colsOne = p.rows.at(-1)!.values.slice(0, -1).every(one);
  const named = callBase(p.call);
  if (named === 'row' || (named === undefined && rowsOne && !colsOne)) return rowsOne ? 'row' : undefined;
  if (named === 'col' || (named === undefined && colsOne && !rowsOne)) return colsOne ? 'col' : undefined;
  return undefined;
}

/** Places tried as the start of a second R print run together with a first (a print's own one-name lines are few). */
const R_SPLITS = 16;

function readRTables(
  input: readonly CsvRecord[],
  calls: ReadonlyMap<number, string>,
  threshold = 10,
): { records: CsvRecord[]; notes: ListingNote[]; errors: ListingError[]; codedHeaders: Set<number> } {
  const raw = (r: CsvRecord) => trimEnd(r.fields).join(',');
  // formats55: the `options(digits = n)` in force at each line (a command line taken by `commandLines` or not).
  const digitsAt: (number | undefined)[] = [];
  for (let q = 0, cur: number | undefined; q < input.length; q++) {
    const t = raw(input[q]!).trim();
    const m = R_DIGITS.exec(calls.get(q) ?? (/^> /.test(t) ? t : ''));
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 22) cur = Number(m[1]);
    digitsAt.push(cur);
  }
  const prints: RPrint[] = [];
  // formats59: 「> 100 * prop.table(tab, 1)」 opens with a number, no name: a call where the product is of prop.table().
  const isCall = (t: string) => R_COMMAND.test(t) || R_BARE_CALL.test(t) || /^> 100 ?\* ?(?:prop\.table|proportions)\(/.test(t);
  // R's command lines not taken by `commandLines` (a console pasted whole has no blank line over them): each with its
  // continuations 「+ …」, the call of the print under it, taken where that print is read.
  let pending: { idx: number[]; text: string } | undefined;
  // formats52: a stratum line 「, , site = A」 (「, ,  = A」 unnamed, 「, , site = A, year = 2021」) over the print of
  // its slice; one whose print is not read is refused naming it.
  let slice: RPrint['slice'];
  const unreadSlices: number[] = [];
  let k = 0;
  while (k < input.length) {
    const t = raw(input[k]!).trim();
    if (t === '') {
      k++;
      continue;
    }
    const sl = R_SLICE.exec(raw(input[k]!));
    if (sl) {
      if (slice) unreadSlices.push(slice.idx);
      const pairs = sl[1]!.split(/, (?=\S* = )/).map((x) => /^(\S*) = (.+)$/.exec(x));
      if (pairs.every((x) => x !== null)) slice = { idx: k, pairs: pairs.map((x) => [x[1]!, x[2]!.trim()]) };
      else unreadSlices.push(k);
      k++;
      continue;
    }
    if (isCall(t)) {
      const idx = [k];
      let call = t.slice(2);
      for (k++; k < input.length && /^\+ /.test(raw(input[k]!).trim()); k++) {
        idx.push(k);
        call += ` ${raw(input[k]!).trim().slice(2)}`;
      }
      // formats59: a command line no print follows (「> options(digits = 3)」 between two prints) is taken with the
      // next call's lines (each said); the call of the print is the last.
      pending = { idx: [...(pending?.idx ?? []), ...idx], text: call };
      continue;
    }
    let end = k;
    while (end < input.length && raw(input[end]!).trim() !== '' && !(end > k && isCall(raw(input[end]!).trim()))) end++;
    const recs = input.slice(k, end);
    const lines = recs.map(raw);
    // One print, or two run together (their command lines cut out): the second from a line of one name on.
    // formats59: shares printed × 100 (the call over the print says so) read as the shares they are.
    let above = pending?.text;
    for (let b = k - 1; above === undefined && b >= 0 && raw(input[b]!).trim() === ''; b--) above = calls.get(b);
    const pct = times100(above);
    const one = (a: number, b: number) =>
      rOneWay(lines.slice(a, b), recs.slice(a, b), pct && a === 0) ??
      rTwoWay(lines.slice(a, b), recs.slice(a, b), pct && a === 0) ??
      rFtable(lines.slice(a, b), recs.slice(a, b)) ??
      rFtable(lines.slice(a, b), recs.slice(a, b), 2) ??
      rFtable(lines.slice(a, b), recs.slice(a, b), 3);
    let read = lines.some((l) => l.includes('|') || l.includes('\t')) ? undefined : one(0, lines.length);
    // formats52: an unnamed ftable's names line is spaces only, cut when pasted: its header alone over one blank line
    // (formats53: its 1–3 lines, one a column variable).
    if (!read && end - k <= 3 && end + 1 < input.length && raw(input[end]!).trim() === '' && raw(input[end + 1]!).trim() !== '') {
      let e2 = end + 1;
      while (e2 < input.length && raw(input[e2]!).trim() !== '' && !isCall(raw(input[e2]!).trim())) e2++;
      const fr = [...input.slice(k, end + 1), ...input.slice(end + 1, e2)];
      const f = rFtable(fr.map(raw), fr, end - k);
      if (f) {
        prints.push({ ...f, start: k, end: e2, call: pending?.text, taken: pending?.idx });
        pending = undefined;
        k = e2;
        continue;
      }
    }
    // Where the second print starts: a line of one name; at most `R_SPLITS` of them tried (each try reads the lines
    // before it: a long block of one-word lines would be read again for each, quadratic in the input).
    let tries = 0;
    if (!read && !lines.some((l) => l.includes('|') || l.includes('\t')))
      for (let at = 2; at < lines.length - 1 && tries < R_SPLITS; at++) {
        if (!/^\s*\S+$/.test(lines[at]!) || R_COUNT.test(lines[at]!.trim()) || R_PROP.test(lines[at]!.trim())) continue;
        tries++;
        const a = one(0, at);
        const b = a && one(at, lines.length);
        if (a && b) {
          prints.push({ ...a, start: k, end: k + at, call: pending?.text, taken: pending?.idx });
          prints.push({ ...b, start: k + at, end });
          break;
        }
      }
    if (read) {
      let call = pending?.text;
      if (call === undefined)
        for (let b = k - 1; b >= 0 && (raw(input[b]!).trim() === '' || b === slice?.idx); b--)
          if (calls.has(b)) {
            call = calls.get(b);
            break;
          }
      // A one-way print needs its name, a call, or a label that is no number (two lines of numbers are no table).
      if (!(read.oneWay && read.name === '' && call === undefined && read.cols.every((c) => /^[\d.]+$/.test(c))))
        prints.push({ ...read, start: k, end, call, taken: pending?.idx, slice: read.oneWay || read.flat ? undefined : slice });
    }
    if (slice && prints.at(-1)?.slice !== slice) unreadSlices.push(slice.idx);
    slice = undefined;
    pending = undefined;
    k = end;
  }
  const errors: ListingError[] = unreadSlices.map((q) => ({
    code: 'layout/r-table',
    line: input[q]!.line,
    message: `${input[q]!.line}行目${quote(raw(input[q]!).trim().slice(0, 80))}は、R の3元以上の表（table() の出力）の層の見出しと読みましたが（チェッカーの判断）、その下に R の二元表の出力（列の見出しの行と、行の見出しと件数の行）が読めません`,
    hint: 'R の出力を、各層の見出し「, , …」とその下の表ごと、空白を変えずに貼り付けてください。層ごとの表を表計算ソフトからタブ区切りで貼り付けても読めます',
  }));
  const codedHeaders = new Set<number>();
  if (prints.length === 0) return { records: [...input], notes: [], errors, codedHeaders };
  const out = [...input];
  const notes: ListingNote[] = [];
  // formats59: a two-way print whose column labels are all numbers (factor levels 0/1, 1/2/3 printed without
  // margins) has a header read.ts refuses as a line of values (`header/values`: a row of counts an empty line cut off).
  // R's print proves it a header where its layout is R's whole — the header line has no row label where every data
  // line has one, indented two spaces (rTwoWay) — and one of: the dimnames' names printed (the column variable's line
  // or the row variable's word at the header's start), the command line pasted over it, or the levels a numbering
  // from 0 or 1 rising by 1; each level distinct and under its column's sum of counts (so it is no line of the
  // columns' Ns, adversary19). Its header line kept for read.ts (`codedHeaders`), said.
  const codedCols = (c: RPrint, counts: RPrint): boolean => {
    if (c.oneWay || !c.cols.every((x) => R_COUNT.test(x))) return false;
    const ns = c.cols.map(Number);
    if (new Set(ns).size !== ns.length) return false;
    const colSum = (j: number) => counts.rows.reduce((a, r) => a + (r.label === 'Sum' ? 0 : Number(r.values[j])), 0);
    if (ns.some((x, j) => !(x < colSum(j)))) return false;
    const numbering = (ns[0] === 0 || ns[0] === 1) && ns.every((x, i) => x === ns[0]! + i);
    return c.name !== '' || c.rowVar !== '' || c.call !== undefined || numbering;
  };
  // formats59: column labels holding a space, cut at the columns' right ends (rTwoWay), said.
  const spacedSaid = (c: RPrint): string => {
    const sp = c.oneWay ? [] : c.cols.filter((x) => /\s/.test(x));
    return sp.length === 0
      ? ''
      : `列の見出し${sp.map((x) => quote(x)).join('')}は空白を含みますが、R は各列を件数の列の右端にそろえて書くため、右端で区切って一つの見出しと読みました（空白で区切ると列の数が件数と合いません）。`;
  };
  const coded = (c: RPrint, counts: RPrint, line: number): string => {
    if (!codedCols(c, counts)) return '';
    codedHeaders.add(line);
    return `列の見出し${c.cols.map((x) => quote(x)).join('')}は数だけですが、R の二元表の出力の列の見出しの行（行の見出しがなく、各列の件数の上に右ぞろえ）にあり、件数の行ではなく列の変数の値（区分の名前）と読みました。`;
  };
  const blank = (from: number, to: number) => {
    for (let q = from; q < to; q++) out[q] = { line: input[q]!.line, fields: [''] };
  };
  const place = (at: number, to: number, recs: CsvRecord[]) => {
    blank(at, to);
    out[at] = { line: input[at]!.line, fields: ['\u0000r', JSON.stringify(recs)] };
  };
  const span = (p: RPrint) => `${input[p.start]!.line}〜${input[p.end - 1]!.line}行目`;
  const sameShape = (a: RPrint, b: RPrint) =>
    a.oneWay === b.oneWay &&
    a.cols.join('\u0001') === b.cols.join('\u0001') &&
    a.rows.map((r) => r.label).join('\u0001') === b.rows.map((r) => r.label).join('\u0001');
  const WORDS = { row: '行%', col: '列%', cell: '全体%' };
  // A print's 「Sum」 row and column (addmargins) cut off: one-way its last label, two-way its last row and column.
  const sumOf = (x: RPrint): RPrint | undefined =>
    x.cols.at(-1) !== 'Sum'
      ? undefined
      : x.oneWay
        ? { ...x, cols: x.cols.slice(0, -1), rows: x.rows.slice(0, -1) }
        : x.rows.at(-1)?.label === 'Sum' && x.rows.length > 2
          ? { ...x, cols: x.cols.slice(0, -1), rows: x.rows.slice(0, -1).map((r) => ({ ...r, values: r.values.slice(0, -1) })) }
          : undefined;
  const BASES = { row: '行の合計', col: '列の合計', cell: '総数' };
  // formats57: a two-way print of counts with its 「Sum」 row and column, each the sum of its line (the corner N).
  const countSumsHold = (x: RPrint) => {
    const v = x.rows.map((r) => r.values.map(Number));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return (
      !x.oneWay &&
      x.cols.at(-1) === 'Sum' &&
      x.rows.at(-1)?.label === 'Sum' &&
      v.every((r) => r.every((y) => Number.isInteger(y))) &&
      v.slice(0, -1).every((r) => r.at(-1) === sum(r.slice(0, -1))) &&
      v[0]!.every((_, j) => v.at(-1)![j] === sum(v.slice(0, -1).map((r) => r[j]!)))
    );
  };
  let counts: RPrint | undefined;
  let usedCounts = false;
  const flushCounts = () => {
    // A one-way table of counts no proportions were read under: a table 「件数」.
    if (counts && !usedCounts && counts.oneWay) {
      place(counts.start, counts.end, [
        { line: input[counts.start]!.line, fields: [counts.name, '件数'] },
        ...counts.rows.map((r) => ({ line: r.line, fields: [r.label, r.values[0]!] })),
      ]);
      takeCall(counts);
      notes.push({
        code: 'layout/r-table',
        line: input[counts.start]!.line,
        message: `${span(counts)}は、R の table() の一元表の出力（見出しの行と件数の行）と読み、${counts.rows.length} 行の件数の表として読みました（チェッカーの判断）`,
      });
    }
    // formats55: a two-way table of counts no proportions were read under: placed as read (its labels may hold spaces
    // and numbers, 「Stage 1」, that a split at spaces cannot place), its column variable's name as its title.
    if (counts && !usedCounts && !counts.oneWay) {
      const c = counts;
      place(c.start, c.end, [
        ...(c.name ? [{ line: input[c.start]!.line, fields: [`# ${c.name}`] }] : []),
        { line: input[c.start]!.line, fields: [c.rowVar, ...c.cols] },
        ...c.rows.map((r) => ({ line: r.line, fields: [r.label, ...r.values] })),
      ]);
      takeCall(c);
      notes.push({
        code: 'layout/r-table',
        line: input[c.start]!.line,
        message: `${span(c)}は、R の table() の二元表の出力（列の見出しの行と、行の見出しと件数の行。各列は右ぞろえ）と読み、${c.rows.length} 行 ${c.cols.length} 列の件数の表として読みました。行の見出しは、右ぞろえの件数の列より左の文字すべて（「${c.rows[0]!.label}」など）です${((x) => (x ? `。${x}` : ''))(spacedSaid(c) + coded(c, c, input[c.start]!.line))}（チェッカーの判断）`,
      });
    }
    counts = undefined;
    usedCounts = false;
  };
  // The call's lines taken out, each said (as `commandLines` says its own).
  // redb60: the call over a print (its own pasted line, else the command line over the blank lines above it), and the
  // objects the prints of counts are printed from.
  const callOf = (x: RPrint): string | undefined => {
    let c = x.call;
    for (let b = x.start - 1; c === undefined && b >= 0 && raw(input[b]!).trim() === ''; b--) c = calls.get(b);
    return c;
  };
  const countNames = new Set(prints.filter((x) => x.kind === 'count').flatMap((x) => rObject(callOf(x), false) ?? []));
  // The object shares `p` are of, where it is not that of the counts `over` them (named otherwise, or over counts of no
  // name another print's object), else undefined.
  const otherObject = (p: RPrint, over: RPrint): { propOf: string; overOf: string | undefined } | undefined => {
    const propOf = rObject(callOf(p), true);
    const overOf = rObject(callOf(over), false);
    return propOf !== undefined && (overOf !== undefined ? overOf !== propOf : countNames.has(propOf)) ? { propOf, overOf } : undefined;
  };
  const takeCall = (p: RPrint) => {
    for (const q of p.taken ?? []) {
      const t = raw(input[q]!).trim();
      out[q] = { line: input[q]!.line, fields: [''] };
      notes.push({
        code: 'layout/command',
        line: input[q]!.line,
        message: `${input[q]!.line}行目${quote(t.length > 80 ? `${t.slice(0, 80)}…` : t)}は、R に打ち込んだ${/^\+ /.test(t) ? 'コマンドの続きの行' : 'コマンドの行'}と読み、表から外しました。${/\d/.test(t) ? 'その数は患者数ではありません' : ''}（チェッカーの判断）`,
      });
    }
  };
  const stratum = (p: RPrint) => p.slice!.pairs.map(([a, b]) => (a ? `${a}=${b}` : b)).join('、');
  // formats53: `prop.table()` of a 3-way (or more) table printed under its counts, stratum by stratum: each slice of
  // shares paired with the counts' slice of the same stratum and shape (every stratum of the counts, once), its base
  // the call's margin (none: the whole N over every stratum; 3: the stratum's; c(1, 3) the row's within it; c(2, 3)
  // the column's), else the one base every share fits within its rounding; the counts' slices read as 「n (p%)」.
  type SliceBase = 'whole' | 'stratum' | 'row' | 'col';
  const SLICE_WORDS: Record<SliceBase, string> = { whole: '全体%', stratum: '層の全体%', row: '層の行%', col: '層の列%' };
  const paired = new Map<
    number,
    { kind: SliceBase; W: number; of: RPrint; exact: number; said?: string | undefined; named: boolean; group: number[] }
  >();
  const consumed = new Set<number>();
  const sliceErrors = new Map<number, string>();
  const skey = (x: RPrint) => x.slice!.pairs.map(([a, b]) => `${a}=${b}`).join('\u0001');
  for (let q = 0; q < prints.length;) {
    const p = prints[q]!;
    if (!p.slice || p.kind !== 'prop') {
      q++;
      continue;
    }
    let e = q;
    while (e < prints.length && prints[e]!.slice && prints[e]!.kind === 'prop' && (e === q || !prints[e]!.call)) e++;
    const group = prints.slice(q, e);
    // The counts' slices: the run of count slices just before (the same strata, in any order, each once).
    let b = q;
    while (b > 0 && prints[b - 1]!.slice && prints[b - 1]!.kind === 'count') b--;
    const cs = prints.slice(b, q);
    const byKey = new Map(cs.map((x, i) => [skey(x), b + i]));
    const match = group.map((g) => byKey.get(skey(g)));
    const sameShape = (a: RPrint, c: RPrint) =>
      a.cols.join('\u0001') === c.cols.join('\u0001') &&
      a.rows.map((r) => r.label).join('\u0001') === c.rows.map((r) => r.label).join('\u0001');
    if (
      cs.length === 0 ||
      match.some((m) => m === undefined) ||
      new Set(match).size !== cs.length ||
      !group.every((g, i) => sameShape(g, prints[match[i]!]!))
    ) {
      q = e;
      continue;
    }
    // redb60: shares whose call names another object than the counts' slices over them: not theirs (as two-way).
    const other = otherObject(group[0]!, cs[0]!);
    if (other) {
      const { propOf, overOf } = other;
      const said = `コマンドの割合は「${propOf}」の割合で、その件数の表${overOf !== undefined ? `（「${overOf}」）` : ''}のものではありません。丸めの範囲で合っても、ほかの表（「${propOf}」）の割合を、その件数と照らさずに公表することになります`;
      group.forEach((_, gi) => sliceErrors.set(q + gi, said));
      q = e;
      continue;
    }
    const call = group[0]!.call;
    const margin = propArgs(call);
    const arg = margin !== undefined ? /,(?:margin=)?(c\([\d,L]+\)|\d+L?)$/.exec(margin) : null;
    const strata = cs[0]!.slice!.pairs.length;
    const named: SliceBase | 'other' | undefined =
      margin === undefined
        ? undefined
        : !arg
          ? 'whole'
          : ((
              {
                [`${strata + 2}`]: 'stratum',
                [`c(1,${strata + 2})`]: 'row',
                [`c(2,${strata + 2})`]: 'col',
              } as Record<string, SliceBase>
            )[arg[1]!.replace(/L/g, '')] ?? 'other');
    const num = (x: RPrint, i: number, j: number) => Number(x.rows[i]!.values[j]);
    const total = (x: RPrint) => x.rows.reduce((a, r) => a + r.values.reduce((c, v) => c + Number(v), 0), 0);
    const W = cs.reduce((a, x) => a + total(x), 0);
    const base = (kind: SliceBase, x: RPrint, i: number, j: number) =>
      kind === 'whole'
        ? W
        : kind === 'stratum'
          ? total(x)
          : kind === 'row'
            ? x.rows[i]!.values.reduce((c, v) => c + Number(v), 0)
            : x.rows.reduce((c, r) => c + Number(r.values[j]), 0);
    const readAt = (sig: number) => {
      const fits = (['whole', 'stratum', 'row', 'col'] as const).filter(
        (k) =>
          (strata === 1 || k === 'whole') &&
          group.every((g, gi) => {
            const x = prints[match[gi]!]!;
            return g.rows.every((r, i) => r.values.every((v, j) => shareFits(asPct(v, sig), num(x, i, j), base(k, x, i, j))));
          }),
      );
      const kind =
        named === 'other' ? undefined : named ? (fits.includes(named) ? named : undefined) : fits.length === 1 ? fits[0] : undefined;
      return { fits, kind };
    };
    // formats55: R's digits as for a two-way print (`options(digits = n)` pasted, else 7, else the most that read).
    // formats57: round(…, k), signif(…, n), print(…, digits = n) around the call (`rPrecision`).
    const prec = rPrecision(call, digitsAt[group[0]!.start]);
    const { sig, fits, kind } = firstRead(prec.sigs, readAt, named === 'other');
    if (kind === undefined) {
      sliceErrors.set(
        q,
        named === 'other'
          ? `コマンド${quote(call!)}の margin は層をまたぐ合計で、層ごとの表の中では確かめられません`
          : named
            ? `コマンド${quote(call!)}の割合は${SLICE_WORDS[named]}ですが、すべてのセルで丸めの範囲で合いません`
            : fits.length === 0
              ? '層をまたぐ全体の総数・層の総数・層の中の行の合計・列の合計のどれに対しても、すべてのセルで丸めの範囲で合いません'
              : `${fits.map((f) => SLICE_WORDS[f]).join('と')}のどちらにも合い、コマンドの行がありません`,
      );
      q = e;
      continue;
    }
    group.forEach((g, gi) => {
      paired.set(match[gi]!, { kind, W, of: g, exact: sig, said: prec.said, named: named !== undefined, group: match.map((m) => m!) });
      consumed.add(q + gi);
    });
    q = e;
  }
  for (const [q, p] of prints.entries()) {
    if (p.flat || p.slice) {
      // formats52: an ftable, or a slice of a 3-way table: counts, each read as a table of its own; a slice of
      // proportions refused (of the slice or of the whole, not checked here).
      flushCounts();
      takeCall(p);
      if (p.slice) out[p.slice.idx] = { line: input[p.slice.idx]!.line, fields: [''] };
      // formats53: a slice of shares paired with its counts' slice: read there.
      if (p.kind === 'prop' && consumed.has(q)) {
        blank(p.start, p.end);
        continue;
      }
      if (p.kind === 'prop') {
        errors.push({
          code: 'layout/r-base',
          line: input[p.start]!.line,
          message: `${span(p)}は、R の3元以上の表の層（${stratum(p)}）の割合（prop.table() の出力、「%」なし）と読みましたが（チェッカーの判断）、${
            sliceErrors.has(q)
              ? `その上の同じ層の件数の表に対して、${sliceErrors.get(q)}`
              : '同じ層・同じ見出しの件数の表がその上にすべての層そろっていないため、何に対する割合かを確かめられません'
          }`,
          hint: '各層の件数の表（table() の出力）をそのまま貼り付けてください。割合も示すときは、層ごとに「3 (6.3%)」の形で件数と一つのセルに書いて貼り付けてください',
        });
        blank(p.start, p.end);
        continue;
      }
      const pair = paired.get(q);
      // formats53: shares of the whole N: every stratum one table (rows 「site=A / female」) under N = W, so that
      // their sum is known to the checker as it is to a reader; the strata after the first placed there.
      if (pair?.kind === 'whole' && q !== pair.group[0]) {
        blank(p.start, p.end);
        takeCall(pair.of);
        continue;
      }
      const strataN = p.slice ? p.slice.pairs.length + 2 : 0;
      const title =
        (p.flat
          ? p.flat.colVar
            ? [...p.flat.rowVars, p.flat.colVar].join(' × ')
            : 'R の ftable'
          : `${p.rowVar && p.name ? `${p.rowVar} × ${p.name}` : 'R の表'}（${stratum(p)}）`) +
        (!pair
          ? ''
          : pair.kind === 'whole'
            ? `（全体%：${strataN}元表全体 N=${pair.W} に対する割合）`
            : `（${WORDS[pair.kind === 'stratum' ? 'cell' : pair.kind]}）`);
      const rowSum = (i: number) => p.rows[i]!.values.reduce((a, v) => a + Number(v), 0);
      const colSum = (j: number) => p.rows.reduce((a, r) => a + Number(r.values[j]), 0);
      const own = p.rows.reduce((a, _, i) => a + rowSum(i), 0);
      const den = (i: number, j: number) =>
        !pair ? 1 : pair.kind === 'whole' ? pair.W : pair.kind === 'stratum' ? own : pair.kind === 'row' ? rowSum(i) : colSum(j);
      const whole = pair?.kind === 'whole' ? pair.group.map((g) => prints[g]!) : undefined;
      place(p.start, p.end, [
        {
          line: input[p.start]!.line,
          fields: [
            `# ${whole ? `${p.rowVar && p.name ? `${p.rowVar} × ${p.name} × ${p.slice!.pairs.map(([a]) => a).join(' × ')}` : 'R の表'}（全体%：${strataN}元表全体 N=${pair!.W} に対する割合）` : title}`,
          ],
        },
        { line: input[p.start]!.line, fields: [p.rowVar, ...p.cols] },
        ...(whole
          ? whole.flatMap((x) => {
              const sh = paired.get(prints.indexOf(x))!.of;
              return x.rows.map((r, i) => ({
                line: r.line,
                fields: [
                  `${stratum(x)}・${r.label}`,
                  ...r.values.map((v, j) => `${v} (${cellPct(sh.rows[i]!.values[j]!, pair!.exact, Number(v), pair!.W, pair!.W)}%)`),
                ],
              }));
            })
          : []),
        ...(whole ? [] : p.rows).map((r, i) => ({
          line: r.line,
          fields: [
            r.label,
            ...r.values.map((v, j) =>
              pair
                ? `${v} (${cellPct(pair.of.rows[i]!.values[j]!, pair.exact, Number(v), den(i, j), pair.kind === 'whole' ? pair.W : own)}%)`
                : v,
            ),
          ],
        })),
      ]);
      if (pair) {
        const of = pair.of;
        takeCall(of);
        notes.push({
          code: 'layout/r-table',
          line: input[of.slice!.idx]!.line,
          message:
            `${span(of)}は、R の3元以上の表の prop.table() の出力の層（${stratum(of)}）と読み、割合（「%」なし）を${span(p)}の同じ層の件数の` +
            (pair.kind === 'whole'
              ? `、すべての層を合わせた総数 ${pair.W} に対する割合`
              : pair.kind === 'stratum'
                ? 'この層の総数に対する割合'
                : `この層の中の${pair.kind === 'row' ? '行' : '列'}の合計に対する割合`) +
            `として、「件数 (割合%)」の表に読みました（${pair.named ? 'コマンドの margin と、' : ''}割合がすべての層のすべてのセルで丸めの範囲で合う${pair.named ? 'こと' : 'のがその一つだけであること'}から` +
            (pair.said
              ? `。${pair.said}`
              : pair.exact > 0 && pair.exact !== 7
                ? digitsAt[pair.of.start] !== undefined
                  ? `。コマンド「options(digits = ${pair.exact})」から、割合は有効数字 ${pair.exact} 桁で表示されたものとして`
                  : `。割合は R の既定の 7 桁では合わず、有効数字 ${pair.exact} 桁（options(digits = ${pair.exact})）で表示したものとして合うため、そう読みました（チェッカーの推定）`
                : '') +
            '。チェッカーの判断）。秘匿するセルは、件数とその割合をすべて隠してください',
        });
      }
      notes.push({
        code: 'layout/r-table',
        line: input[p.slice ? p.slice.idx : p.start]!.line,
        message: p.flat
          ? `${span(p)}は、R の ftable() の出力（行の変数 ${p.flat.rowVars.length} つの水準の組み合わせごとの行、列の変数 ${p.flat.colVars} つ${p.flat.colVars > 1 ? 'の水準の組み合わせごとの列' : ''}）と読み、${p.rows.length} 行${p.flat.colVars > 1 ? ` ${p.cols.length} 列` : ''}の件数の表（行の見出し「${p.rows[0]!.label}」${p.flat.colVars > 1 ? `、列の見出し「${p.cols[0]!}」` : ''}など）として読みました。各${p.flat.colVars > 1 ? '行・各列' : '行'}の水準は変わる${p.flat.colVars > 1 ? '所' : '行'}にだけ書かれ、組み合わせがすべて順に並ぶことを確かめています（チェッカーの判断）`
          : `${input[p.slice!.idx]!.line}行目${quote(raw(input[p.slice!.idx]!).trim())}と${span(p)}は、R の3元以上の表（table() の出力）の一つの層（${stratum(p)}）と読み、その層の件数の表として読みました。層の合計の表は R の出力にないため、各層を別の表として確かめます（チェッカーの判断）`,
      });
      continue;
    }
    const adjacent =
      q > 0 &&
      prints[q - 1]!.end <= p.start &&
      input.slice(prints[q - 1]!.end, p.start).every((r, d) => raw(r).trim() === '' || (p.taken ?? []).includes(prints[q - 1]!.end + d));
    if (p.kind === 'count') {
      flushCounts();
      counts = p;
      continue;
    }
    // formats52: `addmargins(prop.table(…))`: its 「Sum」 row and column (one-way, its 「Sum」) set apart, the shares
    // under them matched to the counts (printed with or without their own 「Sum」).
    const margins = sumOf(p);
    const pc = margins ?? p;
    const cc = counts && (sameShape(counts, pc) ? counts : sumOf(counts));
    const over = cc && sameShape(cc, pc) && (adjacent || (usedCounts && prints[q - 1]!.kind === 'prop')) ? cc : undefined;
    const decimals = Math.max(...p.rows.flatMap((r) => r.values.map(printedDecimals)));
    takeCall(p);
    // redb60: shares whose call names another object than the counts over them (「prop.table(t1, 1)」 printed under
    // 「> t2」, or under a print of no name where t1 is another print's) are not of those counts, however well they fit
    // by rounding: paired with them, the shares of t1 were published unchecked against t1's counts (given back by its
    // published totals). Refused in words, naming both.
    const other = over && otherObject(p, over);
    if (over && other) {
      const { propOf, overOf } = other;
      flushCounts();
      errors.push({
        code: 'layout/r-base',
        line: input[p.start]!.line,
        message:
          `${span(p)}は R の prop.table() の出力（割合）と読みましたが（チェッカーの判断）、そのコマンドの割合は「${propOf}」の割合で、上の件数の表（${span(over)}${overOf !== undefined ? `、「${overOf}」` : ''}）のものではありません。` +
          `丸めの範囲で合っても、ほかの表（「${propOf}」）の割合を、その件数と照らさずに公表することになるため、確かめられません`,
        hint: `prop.table(${propOf}, …) の出力は、「${propOf}」の件数の表（table() の出力）のすぐ下に、コマンドの行ごと貼り付けてください（割合は「3 (6.3%)」の形で件数と一つのセルに書けます）`,
      });
      blank(p.start, p.end);
      continue;
    }
    if (!over) {
      flushCounts();
      // formats53: `addmargins(prop.table(t, 1|2))` with no counts over it: its 「Sum」 column (row) all 1, each row's
      // (column's) shares of a count not printed, its other 「Sum」 a sum of shares (of nothing). Refused in words: no
      // N, and R's 7 digits give each line's counts back as a fraction of its N (what a share table of unknown N is
      // refused for, formats34's `percent/no-denominator`).
      const lineShares = margins && !p.oneWay ? sumShares(p) : undefined;
      if (lineShares) {
        errors.push({
          code: 'layout/r-base',
          line: input[p.start]!.line,
          message:
            `${span(p)}は R の addmargins(prop.table(…, ${lineShares === 'row' ? 1 : 2})) の出力（「%」のない${WORDS[lineShares]}と「Sum」の行・列）と読みましたが（チェッカーの判断）、` +
            `その上に件数の表がなく、各${lineShares === 'row' ? '行' : '列'}の分母（N）がありません。R の割合は 7 桁で表示され、各${lineShares === 'row' ? '行' : '列'}の件数の比（N が分かれば件数そのもの）を示すため、分母が分からないまま閾値未満の患者数を示していないかを判定できません。` +
            `「Sum」の${lineShares === 'row' ? '行' : '列'}は割合の和で、何に対する割合でもありません`,
          hint: '件数の表（table() の出力）と、addmargins() を付けない prop.table() の出力を、コマンドの行ごと一緒に貼り付けてください（割合は「3 (6.3%)」の形で件数と一つのセルに書けます）',
        });
        blank(p.start, p.end);
        continue;
      }
      // Proportions with no counts over them: a table of shares, read as any (formats34's `readProportions`).
      place(p.start, p.end, [
        ...(p.name && !p.oneWay ? [{ line: input[p.start]!.line, fields: [`# ${p.name}`] }] : []),
        { line: input[p.start]!.line, fields: p.oneWay ? [p.name, '割合'] : [p.rowVar, ...p.cols] },
        ...p.rows.map((r) => ({ line: r.line, fields: [r.label, ...r.values] })),
      ]);
      notes.push({
        code: 'layout/r-table',
        line: input[p.start]!.line,
        message: `${span(p)}は、R の prop.table() の出力（「%」のない割合）と読みました。その上に同じ見出しの件数の表がないため、割合だけの表として読みます（チェッカーの判断）`,
      });
      continue;
    }
    const usedBefore = usedCounts;
    usedCounts = true;
    const n = (i: number, j: number) => Number(over.rows[i]!.values[j]);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const I = over.rows.length;
    const J = over.rows[0]!.values.length;
    const rowT = (i: number) => sum([...Array(J).keys()].map((j) => n(i, j)));
    const colT = (j: number) => sum([...Array(I).keys()].map((i) => n(i, j)));
    const N = sum([...Array(I).keys()].map(rowT));
    const base = { row: (i: number) => rowT(i), col: (_: number, j: number) => colT(j), cell: () => N };
    // The 「Sum」 shares: of the whole, each row's and column's total (and 1); a 「Sum」 of row or column shares is no
    // share of anything here, refused.
    const sumCol = margins && !p.oneWay ? p.rows.slice(0, -1).map((r) => r.values.at(-1)!) : [];
    const sumRow = margins ? (p.oneWay ? [] : p.rows.at(-1)!.values.slice(0, -1)) : [];
    const corner = margins ? (p.oneWay ? p.rows.at(-1)!.values[0]! : p.rows.at(-1)!.values.at(-1)!) : '';
    const named = callBase(p.call);
    const readAt = (sig: number) => {
      const fits = (['row', 'col', 'cell'] as const).filter(
        (b) =>
          !(p.oneWay && b !== 'cell') &&
          pc.rows.every((r, i) => r.values.every((v, j) => shareFits(asPct(v, sig), n(i, j), base[b](i, j)))),
      );
      const marginsFit =
        !margins ||
        (sumCol.every((v, i) => shareFits(asPct(v, sig), rowT(i), N)) &&
          sumRow.every((v, j) => shareFits(asPct(v, sig), colT(j), N)) &&
          shareFits(asPct(corner, sig), N, N));
      const kind: RBase | undefined = margins
        ? fits.includes('cell') && (named ?? 'cell') === 'cell' && marginsFit
          ? 'cell'
          : undefined
        : named
          ? fits.includes(named)
            ? named
            : undefined
          : fits.length === 1
            ? fits[0]
            : undefined;
      return { fits, kind };
    };
    // formats55: R's digits — `options(digits = n)` pasted above, else R's 7, else the most digits (6 … 1) under which
    // the shares are read (チェッカーの推定: a reader holds each share to at least as many digits as R printed it to).
    // formats57: round(…, k), signif(…, n), print(…, digits = n) around the call (`rPrecision`).
    const stated = digitsAt[p.start];
    const prec = rPrecision(p.call, stated);
    const sigs = prec.sigs;
    const { sig, fits, kind } = firstRead(sigs, readAt);
    // formats55: row (column) shares with their 「Sum」 under the counts printed without margins: each share of its
    // line's count, the 「Sum」 of 1s and the corner (the number of lines) checked, the other 「Sum」 a line of sums of
    // shares written for read.ts (`SHARE_SUM_ROW`, `SHARE_SUM_COL`), set aside there and hidden with the counts it sums.
    // formats57: the counts printed with their own 「Sum」 row and column (`addmargins(tab)`) read likewise where each of
    // their 「Sum」 values is the sum of its line (the lines' Ns then published: a total column and row of counts).
    const withSums = counts !== undefined && counts !== over && countSumsHold(counts);
    const lineShares = kind === undefined && margins && !p.oneWay && (counts === over || withSums) ? (named ?? sumShares(p)) : undefined;
    if (lineShares === 'row' || lineShares === 'col') {
      const ones = lineShares === 'row' ? sumCol : sumRow;
      const sums = lineShares === 'row' ? sumRow : sumCol;
      const lines = lineShares === 'row' ? I : J;
      const at = sigs.find((s2) => readAt(s2).fits.includes(lineShares));
      if (at !== undefined && ones.every((v) => printedNear(v, 1)) && printedNear(corner, lines) && sums.every((v) => R_NUMBER.test(v))) {
        const title = `${over.rowVar || p.rowVar}${over.name || p.name ? ` × ${over.name || p.name}` : ''}` || 'R の表';
        // formats57: with the counts' 「Sum」 printed, each line's total its count and its 「Sum」 share (1: 100%), the other
        // axis's totals plain counts (their shares' 「Sum」 is the line of sums of shares), N in the corner.
        const whole = (x: number, one: string) => `${x} (${cellPct(one, at, x, x, N)}%)`;
        const recs: CsvRecord[] = [
          { line: input[p.start]!.line, fields: [`# ${title}（${WORDS[lineShares]}）`] },
          {
            line: input[p.start]!.line,
            fields: [over.rowVar, ...over.cols, ...(withSums ? ['Sum'] : []), ...(lineShares === 'col' ? [SHARE_SUM_COL] : [])],
          },
          ...over.rows.map((r, i) => ({
            line: r.line,
            fields: [
              r.label,
              ...r.values.map((v, j) => `${v} (${cellPct(pc.rows[i]!.values[j]!, at, n(i, j), base[lineShares](i, j), N)}%)`),
              ...(withSums ? [lineShares === 'row' ? whole(rowT(i), sumCol[i]!) : String(rowT(i))] : []),
              ...(lineShares === 'col' ? [sumCol[i]!] : []),
            ],
          })),
          ...(withSums
            ? [
                {
                  line: counts!.rows.at(-1)!.line,
                  fields: [
                    'Sum',
                    ...over.cols.map((_, j) => (lineShares === 'col' ? whole(colT(j), sumRow[j]!) : String(colT(j)))),
                    String(N),
                    ...(lineShares === 'col' ? [''] : []),
                  ],
                },
              ]
            : []),
          ...(lineShares === 'row' ? [{ line: p.rows.at(-1)!.line, fields: [SHARE_SUM_ROW, ...sumRow] }] : []),
        ];
        if (!usedBefore) takeCall(over);
        blank(over.start, over.end);
        place(p.start, p.end, recs);
        const w = lineShares === 'row' ? '行' : '列';
        const o = lineShares === 'row' ? '列' : '行';
        notes.push({
          code: 'layout/r-table',
          line: input[p.start]!.line,
          message:
            `${span(over)}と${span(p)}は、R の table() と addmargins(prop.table(…, ${lineShares === 'row' ? 1 : 2})) の出力と読み、割合（「%」なし）を${span(over)}の件数の${BASES[lineShares]}に対する割合（${WORDS[lineShares]}）として「件数 (割合%)」の表に読みました。` +
            `「Sum」の${o}（すべて 1）は各${w}の割合の和、右下はその数（${lines}）です。もう一方の「Sum」の${w}は各${o}の割合の和（各${w}の人数で重みづけた件数の和）で、その${o}の件数をどれか秘匿するときは一緒に秘匿します` +
            (withSums
              ? `。${span(over)}の「Sum」の行と列は、それぞれ合計と確かめたうえで各行・各列の件数の合計、右下を総数（${N}）として読みました`
              : '') +
            `（${named ? `コマンド${quote(p.call!)}の margin と、` : '「Sum」がすべて 1 であることと、'}割合がすべてのセルで丸めの範囲で合うことから` +
            (prec.said
              ? `。${prec.said}`
              : at !== 7 && at > 0
                ? `。割合は有効数字 ${at} 桁で表示したものとして${stated !== undefined ? '' : '（チェッカーの推定）'}`
                : '') +
            '。チェッカーの判断）。秘匿するセルは、件数とその割合をすべて隠してください',
        });
        continue;
      }
    }
    if (kind === undefined && margins) {
      // formats53: with no call, the 「Sum」 of 1s tells row or column shares.
      const of = named ?? (p.oneWay ? undefined : sumShares(p));
      errors.push({
        code: 'layout/r-base',
        line: input[p.start]!.line,
        message:
          `${span(p)}は R の addmargins(prop.table(…)) の出力（「%」のない割合と「Sum」の行・列）と読みましたが（チェッカーの判断）、` +
          (of && of !== 'cell'
            ? `${named ? `コマンド${quote(p.call!)}の` : '「Sum」がすべて 1 の'}割合は${BASES[of]}に対するもので、その${named ? '' : 'もう一方の'}「Sum」は割合の和（何に対する割合でもない数）のため、読みません`
            : `その上の件数の表（${span(over)}）の総数に対する割合と「Sum」が、すべてのセルで丸めの範囲で合いません`),
        hint: 'addmargins() を付けずに prop.table() の出力を、件数の表（table() または addmargins(table()) の出力）と一緒に貼り付けてください（割合は「3 (6.3%)」の形で件数と一つのセルに書けます）',
      });
      blank(p.start, p.end);
      continue;
    }
    if (kind === undefined) {
      errors.push({
        code: 'layout/r-base',
        line: input[p.start]!.line,
        message:
          `${span(p)}は R の prop.table() の出力（「%」のない割合）と読みましたが（チェッカーの判断）、その上の件数の表（${span(over)}）の何に対する割合か決められません` +
          (named
            ? `（コマンド${quote(p.call!)}は${BASES[named]}に対する割合ですが、割合はそれと丸めの範囲で合いません）`
            : fits.length === 0
              ? `（${p.oneWay ? '総数' : '行の合計・列の合計・総数のどれ'}に対しても、すべてのセルで丸めの範囲で合いません）`
              : `（${fits.map((f) => BASES[f]).join('と')}のどちらにも合い、コマンドの行がありません）`),
        hint: 'prop.table() を打ち込んだコマンドの行ごと貼り付けるか、件数の表だけを貼り付けてください（割合は「3 (6.3%)」の形で件数と一つのセルに書けます）',
      });
      blank(p.start, p.end);
      continue;
    }
    const title = `${over.rowVar || p.rowVar}${over.name || p.name ? ` × ${over.name || p.name}` : ''}` || 'R の表';
    const share = (v: string, num: number) => `${num} (${cellPct(v, sig, num, N, N)}%)`;
    // The 「Sum」 row's line: the counts' own 「Sum」 where printed, else the proportions'.
    const sumLine = (counts !== over ? counts! : p).rows.at(-1)!.line;
    const recs: CsvRecord[] = [
      ...(p.oneWay ? [] : [{ line: input[p.start]!.line, fields: [`# ${title}（${WORDS[kind]}）`] }]),
      { line: input[p.start]!.line, fields: p.oneWay ? [over.name, '件数'] : [over.rowVar, ...over.cols, ...(margins ? ['Sum'] : [])] },
      ...over.rows.map((r, i) => ({
        line: r.line,
        fields: [
          r.label,
          ...r.values.map((v, j) => `${v} (${cellPct(pc.rows[i]!.values[j]!, sig, n(i, j), base[kind](i, j), N)}%)`),
          ...(margins && !p.oneWay ? [share(sumCol[i]!, rowT(i))] : []),
        ],
      })),
      ...(margins
        ? [
            {
              line: sumLine,
              fields: ['Sum', ...sumRow.map((v, j) => share(v, colT(j))), share(corner, N)],
            },
          ]
        : []),
    ];
    if (!usedBefore) takeCall(over);
    blank(over.start, over.end);
    place(p.start, p.end, recs);
    notes.push({
      code: 'layout/r-table',
      line: input[p.start]!.line,
      message:
        `${span(over)}と${span(p)}は、R の table() と ${margins ? 'addmargins(prop.table())' : 'prop.table()'} の出力と読み、割合（「%」なし）を${span(over)}の件数の${BASES[kind]}に対する割合（${WORDS[kind]}）として、「件数 (割合%)」の表に読みました（` +
        (margins
          ? '「Sum」の行と列は各行・各列の件数の和とその割合、右下は総数として読み、割合が総数に対して丸めの範囲で合うことを確かめています。'
          : '') +
        (named
          ? `コマンド${quote(p.call!)}の margin と、割合がすべてのセルで丸めの範囲で合うことから`
          : 'すべてのセルで丸めの範囲で合うのがその一つだけであることから') +
        (prec.said ? `。${prec.said}` : '') +
        (!prec.said && sig === 7 && decimals < 7 ? '。R は割合を 7 桁で表示し、短いものは末尾の 0 を省いたものとして' : '') +
        (!prec.said && sig > 0 && sig !== 7
          ? stated !== undefined
            ? `。コマンド「options(digits = ${sig})」から、R は割合を有効数字 ${sig} 桁で表示し、短いものは末尾の 0 を省いたものとして`
            : `。割合は R の既定の 7 桁では合わず、有効数字 ${sig} 桁（options(digits = ${sig})）で表示したものとして合うため、そう読みました（チェッカーの推定）。短いものは末尾の 0 を省いたものとして`
          : '') +
        `。${spacedSaid(over)}${margins ? '' : coded(over, over, input[p.start]!.line)}チェッカーの判断）。秘匿するセルは、件数とその割合をすべて隠してください`,
    });
  }
  flushCounts();
  // formats63: a title written over the print's command lines (「表1 性別と転帰（n = 142）」 then 「> tab」 and its
  // print): the command lines taken out left it alone over an empty line, a loose line (refused where it holds a
  // number, `line/count`, else unchecked). The line over the lines this reading took for the table (its calls, its
  // prints, R's line of spaces), with no empty line between and none of its own block above it, one cell that is no
  // value, no call and no note, is the table's title as printed (its N read as a title's), said.
  const titleOver = (at: number): { q: number; gap: number } | undefined => {
    let q = at - 1;
    // The kind of the last line walked over that had text: a command line (taken by this reading or by
    // `commandLines`, then empty here) or a line of a print; an empty line over a command line is a gap.
    let last: 'cmd' | 'print' = 'print';
    let took = false;
    let gap = 0;
    for (; q >= 0; q--) {
      const t = input[q]!.fields.join('');
      const cmd = calls.has(q) || (t.trim() !== '' && out[q]!.fields.join('') === '' && (isCall(t.trim()) || /^\+ /.test(t.trim())));
      // R's empty or spaced lines inside a print (an unnamed one-way table's empty name line, the dimnames' spaces)
      // are its layout; one empty line over the command lines is allowed, as read.ts allows it over a table (sizes55).
      if (t.trim() === '' && !cmd) {
        if (last === 'cmd' && t === '' && gap++ > 0) return undefined;
        continue;
      }
      if (!cmd && !(t.trim() !== '' && out[q]!.fields.join('') === '')) break;
      if (gap > 0) return undefined;
      last = cmd ? 'cmd' : 'print';
      took ||= cmd;
    }
    if (last !== 'cmd') return undefined;
    if (q < 0 || !took || out[q] !== input[q] || (q > 0 && raw(input[q - 1]!).trim() !== '')) return undefined;
    const fields = trimEnd(input[q]!.fields);
    const t = fields[0]!.trim();
    if (fields.length !== 1 || t.length > 200 || isCall(t) || /^\+ /.test(t) || R_SLICE.test(t)) return undefined;
    // Over an empty line and under other lines, only a caption (「表2 …」「Table 2 …」), as read.ts takes a plain title.
    if (gap > 0 && input.slice(0, q).some((x) => x.fields.join('').trim() !== '') && !CAPTION.test(normalise(t))) return undefined;
    const body = t.replace(/^#\s*/, '');
    if (body === '' || /^[-+]?[\d.,]+%?$/.test(body) || /^(?:※|\*|†|‡|注|notes?\b|\(?[a-z]\))/i.test(body)) return undefined;
    // A number under the threshold in it (its caption's number and a year aside): left a loose line, refused as before
    // — read.ts publishes a title's N as written (「(n = 9)」 over 8 and 1: the whole population under the threshold).
    const rest = normalise(body)
      .replace(/^(?:付?表|図表|table|tab\.)\s*[a-z]?\d+(?:[-.]\d+)*/i, '')
      .replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, '');
    if ((rest.match(/\d+/g) ?? []).some((x) => Number(x) < threshold)) return undefined;
    return { q, gap };
  };
  // The records placed: each marker expanded to its table, with a blank line over it.
  const titled = new Map<number, { q: number; gap: number }>();
  for (const [at, r] of out.entries())
    if (r.fields[0] === '\u0000r') {
      const o = titleOver(at);
      if (o !== undefined) titled.set(at, o);
    }
  for (const [at, { q, gap }] of titled) {
    const t = raw(input[q]!).trim();
    const recs = JSON.parse(out[at]!.fields[1]!) as CsvRecord[];
    // A title of ours saying what the reading proved (a stratum, the N of a 3-way table's shares) is kept, unread.
    if (/^# .*=/.test(recs[0]!.fields[0] ?? '')) continue;
    // Put back over the table as written (directly over its header, or over one empty line), our # line left out:
    // read.ts takes it as the title or not by its own rules for a line over a table (its N a title's; a count of a
    // line refused, `title/group-n`; over an empty line, sizes55's: no count of a line, no note).
    const own = { line: input[q]!.line, fields: [...input[q]!.fields] };
    const rest = /^# /.test(recs[0]!.fields[0] ?? '') && recs[0]!.fields.length === 1 ? recs.slice(1) : recs;
    out[at] = {
      line: out[at]!.line,
      fields: ['\u0000r', JSON.stringify([own, ...(gap > 0 ? [{ line: input[q]!.line, fields: [''] }] : []), ...rest])],
    };
    out[q] = { line: input[q]!.line, fields: [''] };
    notes.push({
      code: 'layout/r-table',
      line: input[q]!.line,
      message: `${input[q]!.line}行目${quote(t.length > 80 ? `${t.slice(0, 80)}…` : t)}は、すぐ下の R のコマンドの行と出力（${input[at]!.line}行目から）の上に書かれた一行（その間は空行なし、または空行一つ）で、コマンドの行を外した後もその表の上の一行（表題の候補）として読みました。表題の数（N=… など）は表の題名の数として確かめます（チェッカーの判断）`,
    });
  }
  const records: CsvRecord[] = [];
  for (const r of out) {
    if (r.fields[0] === '\u0000r') {
      if (records.length > 0 && text(records.at(-1)!) !== '') records.push({ line: r.line, fields: [''] });
      records.push(...(JSON.parse(r.fields[1]!) as CsvRecord[]));
    } else records.push(r);
  }
  return { records, notes, errors, codedHeaders };
}
