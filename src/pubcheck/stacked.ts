/**
 * Cross-tabulations as statistical software prints them, each cell a stack of lines (formats33, issue #11): SAS PROC
 * FREQ (Frequency / Percent / Row Pct / Col Pct), SPSS CROSSTABS (度数 / 「性別 の %」 / 総和の %, Count / % within
 * sex / % of Total), Stata `tabulate a b, row col` (the count line, then lines of percentages with no label). Before,
 * such tables were refused cell by cell for what they are not (「行見出しが空です → 1列目に行見出しを書いてください」,
 * 「患者数のはずのセルに文字」, 「整数でない数」), with hints that lead nowhere. The percentage lines name no base the
 * checker can read (which count's share, of the row, the column or the whole), so each stack is refused once, in words,
 * naming its lines and saying how to paste the table (the count lines alone; shares as 「n (p%)」 or a table of their
 * own with its N). Measured on formats33-families.ts: SAS, SPSS and Stata stacks (60 tables, seed 861) were all refused
 * with those errors on d5da2f3, now all with this one.
 */
import { normalise, printedDecimals } from './cell.ts';
import { trimEnd, type CsvRecord } from './csv.ts';
import { quote } from './quote.ts';

export interface StackedError {
  code: 'table/stacked-statistics';
  line: number;
  message: string;
  hint: string;
}

/**
 * A statistic's name as the tools print it on its line of a stack. 「… の %」: the text before 「の」 is one line then
 * at most a line break and spaces (as `.+\s*の` was, but with one way to split a run of spaces: it was quadratic).
 */
const STATISTIC =
  /^(?:frequency|percent|row pct|col pct|count|expected count|% within .+|% of total|度数|期待度数|.+(?:[\n\r\u2028\u2029]\s*)?の\s*%|総和の\s*%|行\s*%|列\s*%|全体の\s*%)$/i;
/**
 * The corner SAS prints over the stack's names, run together on one line. Spaces between the names are one run taken
 * whole (the look-ahead asks for a space or a line break in it): 「frequency」 and 16,000 spaces took 0.28 s, now 0.1 ms.
 */
const SAS_CORNER = /frequency(?:\s*[/|]\s*|(?=\s*?[\n ])\s+)percent|row pct(?:\s*[/|]\s*|(?=\s*?[\n ])\s+)col pct/i;
/** A number with decimals and no unit (a percentage printed as the tools print it). */
const DECIMAL = /^-?\d+\.\d+$/;

export function readStacked(records: readonly CsvRecord[]): StackedError | undefined {
  if (records.length < 3) return undefined;
  const text = (f: string | undefined) => normalise(f ?? '').trim();
  const values = (r: CsvRecord, from: number) => trimEnd(r.fields).slice(from).map(text);
  // 1. Lines named by a statistic (in one of the first three fields), two names at least.
  const named = new Map<string, number[]>();
  // Each statistic's name as first written.
  const written = new Map<string, string>();
  for (const r of records.slice(1)) {
    for (const f of r.fields.slice(0, 3)) {
      const t = text(f);
      if (STATISTIC.test(t)) {
        // 「% within 性別」 and 「性別 の %」 are one statistic whatever the variable; 「総和の %」 is another.
        const key = /^(?:総和|全体)の/.test(t)
          ? t
          : t.toLowerCase().replace(/^% within .+|(?<![^\n\r\u2028\u2029]).+(?:[\n\r\u2028\u2029]\s*)?の\s*%$/, '% within');
        named.set(key, [...(named.get(key) ?? []), r.line]);
        if (!written.has(key)) written.set(key, t);
        break;
      }
    }
  }
  const corner = SAS_CORNER.test(text(records[0]!.fields[0]));
  // 2. Lines with no label whose values are all decimals, each after a labelled line (Stata, SAS without names).
  const unlabelled: number[] = [];
  let after = 0;
  for (const [k, r] of records.entries()) {
    if (k === 0) continue;
    const label = text(r.fields[0]);
    const vals = values(r, 1).filter((v) => v !== '');
    if (label !== '') {
      after = r.line;
      continue;
    }
    if (after > 0 && vals.length >= 2 && vals.every((v) => DECIMAL.test(v))) unlabelled.push(r.line);
  }
  const stackOf = (lines: number[]) => [...new Set(lines)].sort((a, b) => a - b);
  let lines: number[] | undefined;
  let names: string[] = [];
  if (named.size >= 2) {
    lines = stackOf([...named.values()].flat());
    names = [...named.keys()].map((k) => written.get(k) ?? k);
  } else if (unlabelled.length >= 2 || (corner && unlabelled.length >= 1)) lines = stackOf(unlabelled);
  if (lines === undefined) return undefined;
  const shown = `${lines.slice(0, 6).join('・')}行目${lines.length > 6 ? `ほか ${lines.length - 6} 行` : ''}`;
  return {
    code: 'table/stacked-statistics',
    line: lines[0]!,
    message:
      `表の各セルが、件数の行の下に割合の行を重ねた形（SAS の PROC FREQ、SPSS のクロス集計表、Stata の tabulate の出力）に見えます` +
      `（${names.length > 0 ? `${names.map((n) => quote(n)).join('・')} の行、` : '見出しのない小数の行、'}${shown}）。` +
      '重ねた行の割合は、どの件数の、行・列・全体のどれに対する割合かを見出しから読めないため、秘匿した件数が割合から分かるかを確かめられません',
    hint:
      '件数の行（Frequency・度数・Count）だけを残した表にして貼り付けてください（割合の行を除き、行見出しを各行に書きます）。' +
      '割合も公表するなら、「3 (6.3%)」のように件数と一つのセルに書くか、行%・列%ごとに別の表にして、その分母を見出しに「男性 (N=48)」の形で書いてください',
  };
}

/** Excel's pivot table: the value field's caption over the column labels (「データの個数 / 患者ID」「列ラベル」). */
const PIVOT_COUNT = /^(?:(?:データの個数|個数)\s*[/／:：]\s*\S.*|count\s+of\s+\S.*)$/i;
const PIVOT_OTHER =
  /^(?:(?:合計|平均|最大|最小|積|標準偏差|分散)\s*[/／:：]\s*\S.*|(?:sum|average|max|min|product|stddev|var)\s+of\s+\S.*)$/i;
const COLUMN_LABELS = /^(?:列ラベル|column labels)$/i;

export interface PivotNote {
  code: 'layout/pivot';
  line: number;
  message: string;
}
export interface PivotError {
  code: 'table/pivot-values';
  line: number;
  message: string;
  hint: string;
}

/**
 * An Excel pivot table copied whole: its first line holds the value field's caption (「データの個数 / 患者ID」) and
 * 「列ラベル」, nothing else and no number; the next line 「行ラベル」 and the column labels. Before, the caption line was
 * read as the header and the table refused cell by cell (「患者数のはずのセルに文字「死亡」」). A caption counting
 * records (データの個数, Count of) is taken out as the table's caption, said as ours (the cells are counts of the field's
 * records: patients where the field is one per patient); a caption of sums or averages (合計 / 費用) is refused in
 * words: its cells are no counts of patients.
 */
export function readPivot(records: readonly CsvRecord[]): { records: CsvRecord[]; note?: PivotNote; error?: PivotError } {
  const same = { records: [...records] };
  const head = records[0];
  if (head === undefined || records.length < 3) return same;
  const filled = trimEnd(head.fields)
    .map((f) => normalise(f).trim())
    .filter((f) => f !== '');
  if (filled.length < 1 || filled.length > 2 || filled.some((f) => /\d/.test(f))) return same;
  const caption = filled[0]!;
  if (filled.length === 2 && !COLUMN_LABELS.test(filled[1]!)) return same;
  const rowLabels = /^(?:行ラベル|row labels)$/i.test(normalise(records[1]!.fields[0] ?? '').trim());
  if (!rowLabels && filled.length === 1) return same;
  if (PIVOT_OTHER.test(caption))
    return {
      ...same,
      error: {
        code: 'table/pivot-values',
        line: head.line,
        message: `${head.line}行目${quote(caption)}は、ピボットテーブルの値が件数でなく合計や平均であることを示します（チェッカーの判断）。患者数として確かめられません`,
        hint: 'ピボットテーブルの値フィールドを「データの個数」（患者ID など1人1件の項目）にして、患者数の表を貼り付けてください',
      },
    };
  if (!PIVOT_COUNT.test(caption)) return same;
  return {
    records: records.slice(1),
    note: {
      code: 'layout/pivot',
      line: head.line,
      message: `${head.line}行目${quote(caption)}${filled.length === 2 ? `・${quote(filled[1]!)}` : ''}はピボットテーブルの値の名前と読み、表の見出しから外しました。値は${quote(caption.replace(/^.*?[/／:：]\s*/, ''))}の件数（1人1件なら患者数）と読んでいます（チェッカーの判断）`,
    },
  };
}

/** The count line's statistic in a stack of two (SAS PROC TABULATE 「N」, 「n」, 度数, 例数, 人数, Count). */
const PAIR_COUNT = /^(?:n|度数|例数|人数|count|frequency)$/i;
/** The share line's statistic under it (PROC TABULATE 「PctN」「ColPctN」「RowPctN」, 「%」「(%)」「割合」「Percent」). */
const PAIR_SHARE = /^(?:%|[(（]%[)）]|割合|割合\s*[(（]%[)）]|percent|pct|pctn|colpctn|rowpctn|reppctn|pagepctn)$/i;
const PAIR_N = /^\d+$/;
const PAIR_P = /^\d+(?:\.\d+)?%?$/;

export interface PairsNote {
  code: 'layout/stacked-pairs';
  line: number;
  message: string;
}

/**
 * Stacks of two lines per row (formats34, issue #11): SAS PROC TABULATE's `TABLE sex*(N PCTN), group`, and tables
 * written so by hand — a line of counts named 「n」「N」「度数」 in a column of statistics, then a line of their shares
 * named 「%」「PctN」「割合」 with the same label or none. Before, the share lines were refused cell by cell (「見出し
 * 「男性・%」は割合ですが、値「60.0」に % がありません」, 「整数でない数」, `table/mixed`). Where EVERY line under the header
 * is one of such pairs (the same cells filled, whole counts over numbers with or without 「%」), each pair is read as
 * one line of 「n (p%)」 cells and the statistics' column taken out, said as ours; the shares are then read as any
 * 「n (p%)」 is — each a whole count of a base the table shows, or refused as such. Anything else is left as it was.
 */
export function readPairs(records: readonly CsvRecord[]): { records: CsvRecord[]; note?: PairsNote } {
  const same = { records: [...records] };
  if (records.length < 3) return same;
  const text = (f: string | undefined) => normalise(f ?? '').trim();
  // The statistics' column: the first of the first three fields that names a count on the first line under the header.
  const first = records[1]!;
  const at = first.fields.slice(0, 3).findIndex((f) => PAIR_COUNT.test(text(f)));
  if (at < 0) return same;
  const out: CsvRecord[] = [{ ...records[0]!, fields: records[0]!.fields.filter((_, k) => k !== at) }];
  const lines: number[] = [];
  for (let k = 1; k < records.length; k += 2) {
    const a = records[k]!;
    const b = records[k + 1];
    if (b === undefined || !PAIR_COUNT.test(text(a.fields[at])) || !PAIR_SHARE.test(text(b.fields[at]))) return same;
    // The share line's labels: blank, or the count line's.
    for (let f = 0; f < at; f++) if (text(b.fields[f]) !== '' && text(b.fields[f]) !== text(a.fields[f])) return same;
    const width = Math.max(trimEnd(a.fields).length, trimEnd(b.fields).length);
    const fields = a.fields.slice(0, at);
    let filled = 0;
    for (let f = at + 1; f < width; f++) {
      const n = text(a.fields[f]);
      const p = text(b.fields[f]);
      if (n === '' && p === '') {
        fields.push('');
        continue;
      }
      if (!PAIR_N.test(n) || !PAIR_P.test(p)) return same;
      fields.push(`${n} (${p.endsWith('%') ? p : `${p}%`})`);
      filled++;
    }
    if (filled === 0) return same;
    out.push({ ...a, fields });
    lines.push(a.line);
  }
  const name = (r: CsvRecord) => text(r.fields[at]);
  return {
    records: out,
    note: {
      code: 'layout/stacked-pairs',
      line: lines[0]!,
      message:
        `${lines.length} 組の行（${lines.slice(0, 6).join('・')}行目${lines.length > 6 ? 'ほか' : ''}）は、${quote(name(records[1]!))}の行とその下の${quote(name(records[2]!))}の行が組になった形（SAS の PROC TABULATE など）と読み、` +
        '組ごとに「件数 (割合%)」の1行として読みました（チェッカーの判断）。割合は、表の示す分母に対する件数の割合として確かめます。秘匿するセルは、件数の行と割合の行の両方で隠してください',
    },
  };
}

/** A proportion as pandas prints it (`normalize=True`): 0.577, .577, 0.062500, 1.0, 0, 1. */
const PROPORTION = /^(?:0?\.\d{1,9}|[01]\.\d{1,9}|[01])$/;
/** A percentage ×100 as pandas prints a float column (`normalize=True` times 100): 57.692308, 60.0, 100.0, 0.0. */
const PERCENT_X100 = /^\d{1,3}\.\d{1,9}$/;

export interface ProportionsNote {
  code: 'layout/proportions';
  line: number;
  message: string;
}

/**
 * Shares written as proportions with no 「%」 (formats34, issue #11): pandas' `value_counts(normalize=True)` and
 * `crosstab(normalize=…)`, R's prop.table(). Before, each cell was refused as a number that is no whole count
 * (`cell/decimal`, 「割合は「3.2%」…の形で」). Where every value cell of the table is a number from 0 to 1, one at least
 * with two decimals or more, and a column, a row or the whole table adds up to 1 within the rounding of its cells (they
 * are shares of one base), each is read as its percentage with two decimals fewer (0.5770 → 57.70%), said as ours;
 * the percentages are then read as any bare percentage is (their N from the headers, the title or the corner, else
 * refused as shares with no N, `percent/no-denominator`). Anything else is left as it was.
 */
export function readProportions(records: readonly CsvRecord[]): { records: CsvRecord[]; note?: ProportionsNote } {
  const same = { records: [...records] };
  if (records.length < 2) return same;
  const text = (f: string | undefined) => normalise(f ?? '').trim();
  const rows = records.slice(1).map((r) => trimEnd(r.fields).slice(1).map(text));
  const all = rows.flat().filter((v) => v !== '');
  // Proportions (0 to 1, one with two decimals or more), or percentages ×100 with no 「%」 (formats35: pandas'
  // `value_counts(normalize=True) * 100`, every value with its decimals, 0 to 100).
  const unit =
    all.length >= 2 && all.every((v) => PROPORTION.test(v) && Number(v) <= 1) && all.some((v) => printedDecimals(v) >= 2)
      ? 1
      : all.length >= 2 && all.every((v) => PERCENT_X100.test(v) && Number(v) <= 100)
        ? 100
        : 0;
  if (unit === 0) return same;
  const ones = (vs: string[]) => {
    const xs = vs.filter((v) => v !== '');
    if (xs.length < 2) return false;
    const h = xs.reduce((a, v) => a + 0.5 * 10 ** -printedDecimals(v), 0) + 1e-9;
    return Math.abs(xs.reduce((a, v) => a + Number(v), 0) - unit) <= h;
  };
  const width = Math.max(...rows.map((r) => r.length));
  const cols = Array.from({ length: width }, (_, j) => rows.map((r) => r[j] ?? ''));
  // Each line whole, or without its last cell (a margin 「All」 of 1.0 or of the line's sum); the table whole, or
  // without its last row and column.
  const candidates = [all, rows.slice(0, -1).flatMap((r) => r.slice(0, -1)), ...[...rows, ...cols].flatMap((l) => [l, l.slice(0, -1)])];
  if (!candidates.some(ones)) return same;
  const out = records.map((r, k) =>
    k === 0
      ? r
      : {
          ...r,
          fields: r.fields.map((f, j) => {
            const v = text(f);
            if (j === 0 || v === '') return f;
            return unit === 1 ? `${(100 * Number(v)).toFixed(Math.max(0, printedDecimals(v) - 2))}%` : `${v}%`;
          }),
        },
  );
  return {
    records: out,
    note: {
      code: 'layout/proportions',
      line: records[1]!.line,
      message:
        unit === 100
          ? '表の値は、% のない 0〜100 の小数で、列・行または表全体の和が 100 になるため、百分率から % を除いて書いたもの（pandas の normalize=True の 100 倍など）と読み、' +
            'それぞれ百分率として読みました（57.7 → 57.7%。件数とは読みません。チェッカーの判断）。割合の分母（N）は見出し・題名・左上のセルから読みます'
          : '表の値は、0〜1 の数で、列・行または表全体の和が 1 になるため、割合を小数で書いたもの（pandas の normalize=True、R の prop.table() など）と読み、' +
            'それぞれ百分率として読みました（0.577 → 57.7%。チェッカーの判断）。割合の分母（N）は見出し・題名・左上のセルから読みます',
    },
  };
}
