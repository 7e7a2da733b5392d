/**
 * oracle40 (issue #11): tables under more than one header row, as people paste them, for the oracle (oracle.ts) to
 * attack from the text itself (`headerOf`, `blocksOf`): no reading of the checker's written out.
 * - pairs: a group over 「n」「%」 (a merged cell copied out: blanks after it; or the label repeated over both; or over
 *   one column 「n (%)」), the share of the group's count, a 合計
 *   row of 100% or none, the group's N in the upper row (「A群 (N=35)」) or none, an Excel title row and note row or none.
 * - pairs/words: the same otherwise written: 「例数」「割合(%)」, 「N」「(%)」 …, the corner in the lower header row, the
 *   shares of the row's count (a 合計 pair of the rows beside).
 * - span: 「男性」「女性」 each over 「A群」「B群」 (and a 「計」 of its own or none), 「合計」 merged downward (blank under
 *   it) or over 「A群」「B群」 (each group's sum over the sexes) or none, a 合計 row or none, each sex's N in the upper
 *   row (「男性 (N=80)」: the sum over its columns) or none.
 * - span/linked: the span table with totals, and its counts again under one header row (「A群男性」「男性 A群」
 *   「A群・男性」, in another order or not), without totals: one set of counts to an attacker.
 * - span/pairs: three header rows, 「男性」「女性」 over 「A群」「B群」 over 「n」「%」, a 合計 row or none.
 * - csv: CSV (or an Excel copy: tabs) whose header cells are quoted over two lines (「"A群\n(N=35)"」, 「n=35」
 *   「(35例)」 「N＝35」), cells 「5 (14.3)」 or 「5 (14.3%)」, a 合計 column (「"合計\n(N=75)"」) or none.
 * Every table has one count of 1–9 among counts of 12–60. Measured by oracle40-measure.ts.
 */
import { int, lcg, pick } from './helpers.ts';

export type Kind = 'pairs' | 'pairs/words' | 'span' | 'span/linked' | 'span/pairs' | 'csv';
export const KINDS: readonly Kind[] = ['pairs', 'pairs/words', 'span', 'span/linked', 'span/pairs', 'csv'];

export interface Case {
  kind: Kind;
  text: string;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const ITEMS = ['あり', 'なし', '不明'];
const GROUPS = ['A群', 'B群', 'C群'];

/** counts[r][c]: lines × groups, each 12–60, one of them 1–9. */
function counts(next: () => number, rows: number, cols: number): number[][] {
  const m = Array.from({ length: rows }, () => Array.from({ length: cols }, () => int(next, 12, 60)));
  m[int(next, 0, rows - 1)]![int(next, 0, cols - 1)] = int(next, 1, 9);
  return m;
}

const colSums = (m: number[][]) => m[0]!.map((_, j) => sum(m.map((r) => r[j]!)));
const tsv = (lines: readonly (readonly (string | number)[])[]) => lines.map((l) => l.join('\t')).join('\n') + '\n';

export function make(kind: Kind, next: () => number): Case {
  const nr = int(next, 2, 3);
  const rows = ITEMS.slice(0, nr);
  const total = next() < 0.5;
  if (kind === 'pairs') {
    const nc = int(next, 2, 3);
    const m = counts(next, nr, nc);
    const ns = colSums(m);
    const withN = !total || next() < 0.5;
    const mark = next() < 0.5 ? '%' : '';
    const pct = (v: number, n: number) => `${((100 * v) / n).toFixed(1)}${mark}`;
    const width = 1 + 2 * nc;
    const pad = (cells: readonly string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
    const excel = next() < 0.5;
    // The group over its two columns: merged (a blank after it), repeated over both, or one column 「n (%)」.
    const style = int(next, 0, 2);
    const group = (g: string, j: number) => (withN ? `${g} (N=${ns[j]})` : g);
    const pair = (v: string, p: string) => (style === 2 ? [`${v} (${p})`] : [v, p]);
    const lines = [
      ...(excel ? [pad(['表1 患者背景']), pad([])] : []),
      ['区分', ...GROUPS.slice(0, nc).flatMap((g, j) => [[group(g, j), ''], [group(g, j), group(g, j)], [group(g, j)]][style]!)],
      ['', ...GROUPS.slice(0, nc).flatMap(() => (style === 2 ? ['n (%)'] : ['n', '%']))],
      ...m.map((r, i) => [rows[i]!, ...r.flatMap((v, j) => pair(String(v), pct(v, ns[j]!)))]),
      ...(total ? [['合計', ...ns.flatMap((n) => pair(String(n), `100.0${mark}`))]] : []),
      ...(excel ? [pad(['※ 割合は各群の合計に対する割合'])] : []),
    ];
    return { kind, text: tsv(lines) };
  }
  if (kind === 'pairs/words') {
    // pairs otherwise written: the header's words (「例数」「割合(%)」, 「N」「(%)」, 「人数」「%」), the corner in the
    // lower header row or the upper, the shares of the column's count or of the row's (then a 合計 pair of the rows).
    const nc = int(next, 2, 3);
    const m = counts(next, nr, nc);
    const [cw, sw] = pick(next, [
      ['例数', '割合(%)'],
      ['N', '(%)'],
      ['人数', '%'],
      ['n', '割合'],
    ] as const);
    const low = next() < 0.5;
    const byRow = next() < 0.5;
    const body = byRow ? m.map((r) => [...r, sum(r)]) : m;
    const names = [...GROUPS.slice(0, nc), ...(byRow ? ['合計'] : [])];
    const ns = colSums(body);
    const base = (i: number, j: number) => (byRow ? body[i]![nc]! : ns[j]!);
    const lines = [
      [low ? '' : '区分', ...names.flatMap((g) => [g, ''])],
      [low ? '区分' : '', ...names.flatMap(() => [cw, sw])],
      ...body.map((r, i) => [rows[i]!, ...r.flatMap((v, j) => [String(v), ((100 * v) / base(i, j)).toFixed(1)])]),
      ...(total && !byRow ? [['合計', ...ns.flatMap((n) => [String(n), '100.0'])]] : []),
    ];
    return { kind, text: tsv(lines) };
  }
  if (kind === 'span') {
    // Columns: per sex, A群 and B群 (and its 計 where `own`); then 合計 merged downward (`grand` 1), 合計 over A群
    // and B群 (`grand` 2: each group's sum over the sexes), or none.
    const m = counts(next, nr, 4);
    const own = next() < 0.5;
    const grand = int(next, 0, 2);
    const withN = next() < 0.5;
    const bySex = [0, 1].map((s) => m.map((r) => [r[2 * s]!, r[2 * s + 1]!, ...(own ? [r[2 * s]! + r[2 * s + 1]!] : [])]));
    const across = (r: number[]) => (grand === 1 ? [sum(r)] : grand === 2 ? [r[0]! + r[2]!, r[1]! + r[3]!] : []);
    const body = m.map((_, i) => [...bySex[0]![i]!, ...bySex[1]![i]!, ...across(m[i]!)]);
    const span = own ? 3 : 2;
    const sexN = [0, 1].map((s) => sum(m.map((r) => r[2 * s]! + r[2 * s + 1]!)));
    const sexes = ['男性', '女性'].map((x, s) => (withN ? `${x} (N=${sexN[s]})` : x));
    const lines: (string | number)[][] = [
      ['区分', ...sexes.flatMap((x) => [x, ...Array<string>(span - 1).fill('')]), ...[[], ['合計'], ['合計', '']][grand]!],
      ['', ...[0, 1].flatMap(() => ['A群', 'B群', ...(own ? ['計'] : [])]), ...[[], [''], ['A群', 'B群']][grand]!],
      ...body.map((r, i) => [rows[i]!, ...r]),
      ...(total ? [['合計', ...colSums(body)]] : []),
    ];
    return { kind, text: tsv(lines) };
  }
  if (kind === 'span/linked') {
    // The span table with its totals, and the same counts again as one header row (「A群男性」「男性 A群」「A群・男性」,
    // the columns in another order), without totals: the pair must hold against an attacker who sees they are one.
    const m = counts(next, nr, 4);
    const body = m.map((r) => [...r, sum(r)]);
    const first = tsv([
      ['区分', '男性', '', '女性', '', '合計'],
      ['', 'A群', 'B群', 'A群', 'B群', ''],
      ...body.map((r, i) => [rows[i]!, ...r]),
      ['合計', ...colSums(body)],
    ]);
    const name = pick(next, [
      (g: string, x: string) => `${g}${x}`,
      (g: string, x: string) => `${x} ${g}`,
      (g: string, x: string) => `${g}・${x}`,
    ]);
    const order = next() < 0.5 ? [0, 1, 2, 3] : [0, 2, 1, 3];
    const labels = ['男性', '男性', '女性', '女性'].map((x, j) => name(j % 2 === 0 ? 'A群' : 'B群', x));
    const second = tsv([['区分', ...order.map((j) => labels[j]!)], ...m.map((r, i) => [rows[i]!, ...order.map((j) => r[j]!)])]);
    return { kind, text: `${first}\n${second}` };
  }
  if (kind === 'span/pairs') {
    // Three header rows: 男性 and 女性, each over A群 and B群, each over 「n」「%」 (the share of the group's count
    // within its sex), and a 合計 row or none.
    const m = counts(next, nr, 4);
    const ns = colSums(m);
    const mark = next() < 0.5 ? '%' : '';
    const lines: string[][] = [
      ['区分', '男性', '', '', '', '女性', '', '', ''],
      ['', 'A群', '', 'B群', '', 'A群', '', 'B群', ''],
      ['', ...Array.from({ length: 4 }, () => ['n', '%']).flat()],
      ...m.map((r, i) => [rows[i]!, ...r.flatMap((v, j) => [String(v), `${((100 * v) / ns[j]!).toFixed(1)}${mark}`])]),
      ...(total ? [['合計', ...ns.flatMap((n) => [String(n), `100.0${mark}`])]] : []),
    ];
    return { kind, text: tsv(lines) };
  }
  const nc = int(next, 2, 3);
  const m = counts(next, nr, nc);
  const grand = next() < 0.5;
  const body = m.map((r) => [...r, ...(grand ? [sum(r)] : [])]);
  const ns = colSums(body);
  const mark = next() < 0.5 ? '%' : '';
  const names = [...GROUPS.slice(0, nc), ...(grand ? ['合計'] : [])];
  // The N on the cell's second line as people write it; comma-separated, or an Excel copy (tabs, the two-line cells quoted).
  const n = pick(next, [(x: number) => `(N=${x})`, (x: number) => `n=${x}`, (x: number) => `(${x}例)`, (x: number) => `N＝${x}`]);
  const sep = next() < 0.5 ? ',' : '\t';
  const lines = [
    ['区分', ...names.map((g, j) => `"${g}\n${n(ns[j]!)}"`)],
    ...body.map((r, i) => [rows[i]!, ...r.map((v, j) => `${v} (${((100 * v) / ns[j]!).toFixed(1)}${mark})`)]),
  ];
  return { kind, text: lines.map((l) => l.join(sep)).join('\n') + '\n' };
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
