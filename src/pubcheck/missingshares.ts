/**
 * Shares beside a row of patients with no value (formats33, issue #11). gtsummary, tableone and SPSS's 「有効パーセント」
 * print a variable's 「Unknown」「不明」「欠測」 row as a bare count and the other rows' shares of the patients WITH a
 * value (the group's N less that row) — the tools' default. Where those shares fit that smaller base as well as the
 * group's N (integer percentages rarely tell 148 from 150), an attacker who takes the tool's reading bounds the base
 * from the printed shares, and the missing count with it: 「A群, N = 150」 over 54 (36%) and 61 (41%) puts the base
 * between 148 and 150, so 「Unknown」 is at most 2 — however the check hid it and the cells beside it. Before, such
 * tables passed with the missing count hidden but shown under the threshold this way (2 of 20 random gtsummary
 * tables of seed 863; the others are refused as shares of no whole count of N).
 *
 * The rule, per table of counts with shares: a row whose label (its last part after 「・」) names the missing, all its
 * cells bare counts, among rows of its block (the same heading) written 「n (p%)」; for each column where its count is
 * under the threshold (0 aside), the bases every share of the block's other rows in that column fits are taken (whole
 * numbers within each share's rounding); where the group's N less the count is one of them (the tool's reading holds)
 * and the group's N less the smallest of them is under the threshold, the table is refused in words naming the row's
 * line, the column and the bounds. Zero counts are left to the checker's reading (said in the README's limits).
 */
import { normalise, roundedBases } from './cell.ts';
import { quote } from './quote.ts';
import type { Cell, InputError, Table } from './types.ts';

/** A row of patients with no value (the tools' words, forcats' 「(Missing)」, R's 「<NA>」, SPSS's system-missing row). */
const MISSING = /^[(（<［[]?(?:不明|欠測|欠測値|欠損|欠損値|システム欠損値|未測定|未記載|無回答|unknown|missing|n\/?a|na)[)）>］\]]?$/i;

const lastPart = (label: string) => {
  const at = label.lastIndexOf('・');
  return (at >= 0 ? label.slice(at + 1) : label).trim();
};
/** A line of patients with no value by its label's last part (「不明」「Unknown」「性別・欠測」). */
export const isMissingLabel = (label: string) => MISSING.test(normalise(lastPart(label)));
const blockOf = (label: string) => {
  const at = label.lastIndexOf('・');
  return at > 0 ? label.slice(0, at).trim() : '';
};

/**
 * The whole-number bases from 1 to `most` every (count, share) fits (cell.ts `roundedBases`, the half unit widened by
 * 1e-9): [least, greatest] or undefined. A share not above its half unit (「0%」) bounds nothing and is passed over.
 */
export function basesFitting(cells: readonly { n: number; p: number; d: number }[], most: number): [number, number] | undefined {
  let lo = 1;
  let hi = most;
  for (const { n, p, d } of cells) {
    const r = roundedBases(n, p, d, 1e-9, 0);
    if (r.hi === Infinity) continue;
    lo = Math.max(lo, r.lo);
    hi = Math.min(hi, r.hi);
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** One line of the table (a row or a column) seen along an axis: its label, kind, stated N and its cells in order. */
interface Line {
  label: string;
  kind: string;
  denominator?: number;
}
interface View {
  lines: readonly Line[];
  across: readonly Line[];
  cell: (line: number, at: number) => Cell | undefined;
  /** 「行」 for rows, 「列」 for columns: how the message names the line and the one across. */
  name: string;
  other: string;
}

/**
 * A line of patients with no value along `view`: rows of 「Unknown」 under rows of 「n (p%)」 (the shares of each column),
 * or a column 「Unknown」 beside columns of 「n (p%)」 (the shares of each row, formats34: of its patients with a known
 * group, as gtsummary's `percent = "row"` and SPSS's valid percent print them), judged alike.
 */
function judge(table: Table, view: View, threshold: number, errors: InputError[]) {
  for (const [i, line] of view.lines.entries()) {
    if (line.kind !== 'item' || !MISSING.test(normalise(lastPart(line.label)))) continue;
    const cells = view.across.map((_, j) => view.cell(i, j));
    if (cells.length === 0 || cells.some((c) => c === undefined || c.value.kind !== 'count' || c.value.percent !== undefined)) continue;
    const block = blockOf(line.label);
    const others = view.lines.map((h, k) => ({ h, k })).filter(({ h, k }) => k !== i && h.kind === 'item' && blockOf(h.label) === block);
    for (const [j, cell] of cells.entries()) {
      if (cell?.value.kind !== 'count') continue;
      const m = cell.value.n;
      if (m <= 0 || m >= threshold) continue;
      // The shares proved of the patients with a value (notes42, `Table.validBases`): that base is in the system, so the
      // suppression protects the count against it; not refused here.
      const axis = view.name === '行' ? 'rows' : 'cols';
      if (table.validBases?.some((b) => b.axis === axis && b.missing === i && b.at === j)) continue;
      const shares = others.flatMap(({ k }) => {
        const v = view.cell(k, j)?.value;
        return v?.kind === 'count' && v.percent !== undefined ? [{ n: v.n, p: v.percent, d: v.decimals ?? 0 }] : [];
      });
      if (shares.length === 0) continue;
      const across = view.across[j]!;
      const sum = others.reduce((a, { k }) => {
        const v = view.cell(k, j)?.value;
        return a + (v?.kind === 'count' ? v.n : 0);
      }, m);
      const n = across.denominator ?? sum;
      const fit = basesFitting(shares, n);
      if (fit === undefined || n - m < fit[0] || n - m > fit[1] || n - fit[0] >= threshold) continue;
      const [row, col] = view.name === '行' ? [line.label, across.label] : [across.label, line.label];
      const word = quote(lastPart(line.label));
      errors.push({
        code: 'percent/missing-base',
        message:
          `行${quote(row)}・列${quote(col)}: 割合のない件数 ${m}（値のない患者）の${view.name === '行' ? '上の行' : '横の列'}の割合は、` +
          `N=${n} に対するものとも、${word}を除いた ${n - m} 人に対するもの（gtsummary・tableone・SPSS の有効パーセントの既定）とも読めます。` +
          `後の読み方をとると、公表する割合から分母が ${fit[0]}〜${fit[1]} と分かり、${word}の数が ${n - fit[1] < 0 ? 0 : n - fit[1]}〜${n - fit[0]}（閾値 ${threshold} 未満）と分かります（チェッカーの判断）`,
        hint:
          `割合が N=${n} に対するものなら、${word}の${view.name}にも割合を書いてください（「${m} (${((100 * m) / n).toFixed(1)}%)」）。` +
          `値のある患者に対するもの（${word}を除く）なら、公表する割合から${word}の数が分かるため、その項目の割合を除いた件数で確かめるか、${word}を閾値以上の区分とまとめてください`,
        place: { line: cell.line, table: table.number, row, col },
      });
      break;
    }
  }
}

export function sharesBesideMissing(tables: readonly Table[], threshold: number): InputError[] {
  const errors: InputError[] = [];
  for (const table of tables) {
    if (table.kind !== 'count') continue;
    judge(
      table,
      { lines: table.rows, across: table.cols, cell: (i, j) => table.cells[i]?.[j], name: '行', other: '列' },
      threshold,
      errors,
    );
    judge(
      table,
      { lines: table.cols, across: table.rows, cell: (j, i) => table.cells[i]?.[j], name: '列', other: '行' },
      threshold,
      errors,
    );
  }
  return errors;
}
