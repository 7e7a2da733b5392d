/**
 * A total line of a table of 「n (p%)」 cells written by its share only (sigma9, issue #11): 「100%」「100.0」「(100%)」
 * in every cell of one row (column shares) or one column (row shares), under 合計, 計, Σ, Total, All or no label, first
 * or last. Such a line says that the shares of each column (row) are of one base and add up to 100%: where the one
 * whole number every share of the column fits (`baseOf`) is the sum of its top-level counts (or, a row over several
 * breakdowns of the same patients, that sum over k), that number is the base and the total line's count (an equation
 * the table carries, as 「57 (100.0%)」 would state it). The cells are read so — 「N (100.0%)」, shown as printed — and
 * the table is read as one with such a total (table1.ts reads its label, blank or 「Σ」, as 合計), said as the
 * checker's reading. Where the shares prove no such base (none or several Ns fit, a base other than the sum, a stated
 * N that is another number), the table is left as written and refused as before.
 */
import { normalise, readCell } from './cell.ts';
import type { CsvRecord } from './csv.ts';
import { headerDenominator, indentOf } from './header.ts';
import { quote } from './quote.ts';
import type { Table1Error, Table1Note } from './table1.ts';

/** 「100%」「100.0%」「100.0」「(100%)」「(100.0)」 (normalised: one space at most): a share of 100 with no count. A bare 「100」 is a count. */
const WHOLE_SHARE = /^(?:100(?:\.0+)? ?%|100\.0+|\( ?100(?:\.0+)?(?: ?%)? ?\))$/;

/** A line that is part of another (うち, 再掲, 内数, of which) or a subtotal: no line of the top level. */
const PART = /うち|再掲|内数|of which|小計|subtotal/i;

interface Pair {
  n: number;
  p: number;
  decimals: number;
  mark: boolean;
}

function pairOf(text: string): Pair | undefined {
  const c = readCell(text, true);
  if (!c.ok || c.value.kind !== 'count' || c.value.percent === undefined || c.value.denominator !== undefined) return undefined;
  const m = /\( ?\d+(?:\.(\d+))?(?: ?(%))? ?\)$/.exec(normalise(text));
  if (!m) return undefined;
  return { n: c.value.n, p: c.value.percent, decimals: m[1]?.length ?? 0, mark: m[2] === '%' };
}

/**
 * The one whole number N every share of a line fits (its count over N within rounding), as any reader of the shares
 * finds it; undefined where none or several fit (integer shares of a large N: the base is then not proven).
 */
function baseOf(pairs: readonly Pair[]): number | undefined {
  let lo = Math.max(1, ...pairs.map((x) => x.n));
  let hi = Infinity;
  for (const x of pairs) {
    const h = 0.5 * 10 ** -x.decimals;
    if (x.n === 0) {
      if (x.p - h > 1e-9) return undefined;
      continue;
    }
    lo = Math.max(lo, Math.ceil((100 * x.n) / (x.p + h) - 1e-9));
    if (x.p - h > 1e-9) hi = Math.min(hi, Math.floor((100 * x.n) / (x.p - h) + 1e-9));
  }
  return lo === hi ? lo : undefined;
}

/**
 * The records with a share-only total line written as 「N (100.0%)」, N each column's (row's) sum, and the note saying
 * so; the records as they were where no such line is, or where the shares do not prove the sums.
 */
export function readShareTotal(records: readonly CsvRecord[]): {
  records: CsvRecord[];
  note?: Table1Note;
  /** A line of 100% whose shares prove no base (none or several Ns fit, or not the sum): refused naming it. */
  error?: Table1Error;
  /** The cells rewritten: their line, the text read and the text as printed (shown as printed in the report). */
  shown?: { line: number; read: string; printed: string }[];
} {
  const same = { records: [...records] };
  if (records.length < 3) return same;
  const width = records[0]!.fields.length;
  if (width < 3) return same;
  const trimmed = records.map((r) => r.fields.map((f) => normalise(f)));
  // The value cells: every row as wide as the header (trailing blanks aside), every cell past the label filled.
  const grid = trimmed.slice(1).map((f) => f.slice(1, width));
  if (trimmed.slice(1).some((f) => f.length < width || f.slice(width).some((x) => x !== ''))) return same;
  if (grid.some((r) => r.some((x) => x === ''))) return same;
  const whole = (x: string) => WHOLE_SHARE.test(x);
  const wholeRows = grid.flatMap((r, i) => (r.every(whole) ? [i] : []));
  const wholeCols = grid[0]!.flatMap((_, j) => (grid.every((r) => whole(r[j]!)) ? [j] : []));
  if (wholeRows.length + wholeCols.length !== 1) return same;
  const byRow = wholeRows.length === 1;
  const at = byRow ? wholeRows[0]! : wholeCols[0]!;
  // Every other cell a count with its share; no other 100% alone.
  const pairs = grid.map((r, i) => r.map((x, j) => ((byRow ? i : j) === at ? undefined : pairOf(x))));
  if (pairs.some((r, i) => r.some((x, j) => (byRow ? i : j) !== at && x === undefined))) return same;
  const lines = byRow
    ? grid[0]!.map((_, j) => grid.map((_, i) => pairs[i]![j]).filter((x) => x !== undefined))
    : pairs.map((r) => r.filter((x) => x !== undefined));
  if (lines.some((l) => l.length < 2)) return same;
  // The base: the one N the line's shares fit (`baseOf`), where it is the line's sum (one breakdown) or — a row of
  // 100% under several breakdowns of the same patients (性別, 年齢 …: a Table 1) — the sum over k, the same k in every
  // column (table1.ts `readBlocksTotal` then reads the blocks, or refuses the total where the rows cut into none).
  // The lines of the top level only: indented lines (a subtotal's items), 小計 and うち / 再掲 lines are parts of
  // lines already counted (a row total over them is the sum of the others as header.ts reads it).
  const labels = byRow ? records.slice(1).map((r) => r.fields[0] ?? '') : records[0]!.fields.slice(1, width);
  const depth = Math.min(...labels.filter((_, k) => k !== at).map(indentOf));
  const top = labels.map((l, k) => k !== at && indentOf(l) === depth && !PART.test(normalise(l)));
  const topPairs = byRow
    ? grid[0]!.map((_, j) => grid.flatMap((_, i) => (top[i] ? [pairs[i]![j]!] : [])))
    : pairs.map((r) => r.flatMap((x, j) => (top[j] ? [x!] : [])));
  const totals = topPairs.map((l) => l.reduce((a, x) => a + x.n, 0));
  const bases = lines.map(baseOf);
  const ks = Array.from({ length: byRow ? Math.floor(topPairs[0]!.length / 2) : 1 }, (_, i) => i + 1).filter((k) =>
    lines.every((_, j) => topPairs[j]!.length >= 2 && bases[j] !== undefined && bases[j]! * k === totals[j]),
  );
  const totalLine = byRow ? records[at + 1]! : records[0]!;
  const totalLabel = ((byRow ? totalLine.fields[0] : totalLine.fields[at + 1]) ?? '').trim();
  const totalWhere = byRow ? `${totalLine.line}行目の行${quote(totalLabel)}` : `列${quote(totalLabel)}`;
  /** The total line's first cell as printed (「100%」), named in the note and in a refusal. */
  const written = grid[byRow ? at : 0]![byRow ? 0 : at]!;
  const lineName = (j: number) =>
    byRow
      ? `列${quote((records[0]!.fields[j + 1] ?? '').trim())}`
      : `${records[j + 1]!.line}行目の行${quote((records[j + 1]!.fields[0] ?? '').trim())}`;
  const refuse = (j: number, why: string) => ({
    records: [...records],
    error: {
      code: 'table/share-total' as const,
      line: totalLine.line,
      message:
        `${totalWhere}の${quote(written)}は割合の分母（合計）のようですが、${lineName(j)}の割合からは${why}（チェッカーの判断）。` +
        'この行の人数が決まらないため、判定しません',
      hint: '合計の人数を「57 (100.0%)」のように書くか、割合が件数とその和に合っているかを確かめてください（割合を小数第1位まで書くと、分母が一つに決まります）',
    },
  });
  if (ks.length !== 1) {
    const j = bases.findIndex((b) => b === undefined);
    if (j >= 0) return refuse(j, '分母が一つに決まりません（どの整数にも合わないか、複数の整数に合います）');
    const k = totals.findIndex((t, i) => t !== bases[i]);
    return refuse(Math.max(0, k), `分母 ${bases[Math.max(0, k)]} が出ますが、件数の和 ${totals[Math.max(0, k)]} と合いません`);
  }
  const sums = bases as number[];
  // An N stated in the line's header that is another number: the shares are of it, not of the sum (refused as before).
  const heads = byRow ? records[0]!.fields.slice(1, width) : records.slice(1).map((r) => r.fields[0] ?? '');
  const other = heads.findIndex((h, k) => headerDenominator(h) !== undefined && headerDenominator(h) !== sums[k]);
  if (other >= 0) return refuse(other, `分母 ${sums[other]} が出ますが、見出しの N=${headerDenominator(heads[other]!)} と違います`);
  const mark = pairs.flat().some((x) => x?.mark);
  const cell = (n: number) => `${n} (100.0${mark ? '%' : ''})`;
  let k = 0;
  const shown: { line: number; read: string; printed: string }[] = [];
  const write = (r: CsvRecord, fields: string[], j: number, n: number) => {
    shown.push({ line: r.line, read: cell(n), printed: fields[j]!.trim() });
    fields[j] = cell(n);
  };
  const out = records.map((r, ri) => {
    if (ri === 0) return { ...r, fields: [...r.fields] };
    const fields = [...r.fields];
    if (byRow && ri - 1 === at) {
      for (let j = 1; j < width; j++) write(r, fields, j, sums[j - 1]!);
    } else if (!byRow) {
      write(r, fields, at + 1, sums[k++]!);
    }
    return { ...r, fields };
  });
  return {
    records: out,
    shown,
    note: {
      code: 'layout/share-total',
      line: totalLine.line,
      message:
        `${totalWhere}の${quote(written)}を、${byRow ? '各列' : '各行'}の割合の分母（合計）と読み、その人数をほかの${byRow ? '行' : '列'}の件数の和${ks[0]! > 1 ? `の ${ks[0]} 分の 1（内訳が ${ks[0]} つあるため）` : ''}（${sums.slice(0, 4).join('、')}${sums.length > 4 ? ' …' : ''}）としました` +
        `（チェッカーの判断：割合がどれも、その件数のこの和に対する割合に四捨五入の範囲で合うため）。秘匿と監査では、この和を合計として使います`,
    },
  };
}
