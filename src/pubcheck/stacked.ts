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
import { normalise } from './cell.ts';
import { trimEnd, type CsvRecord } from './csv.ts';
import { quote } from './quote.ts';

export interface StackedError {
  code: 'table/stacked-statistics';
  line: number;
  message: string;
  hint: string;
}

/** A statistic's name as the tools print it on its line of a stack. */
const STATISTIC =
  /^(?:frequency|percent|row pct|col pct|count|expected count|% within .+|% of total|度数|期待度数|.+\s*の\s*%|総和の\s*%|行\s*%|列\s*%|全体の\s*%)$/i;
/** The corner SAS prints over the stack's names, run together on one line. */
const SAS_CORNER = /frequency\s*[/|\n ]\s*percent|row pct\s*[/|\n ]\s*col pct/i;
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
        const key = /^(?:総和|全体)の/.test(t) ? t : t.toLowerCase().replace(/^% within .+|.+\s*の\s*%$/, '% within');
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
