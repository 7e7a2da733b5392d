/**
 * attack40 (issue #11): kinds of pasted tables the older families did not make, each as an applicant or an attacker
 * would paste it. Every case is a count table of 2–3 lines by 2–3 groups, one count small (1–9).
 * - unit/cells: counts written 「12例」「12名」「12人」「12 例」 (a unit per table or per column), with totals;
 * - fullwidth/digits: counts, totals and labels written in full-width characters 「１２」「Ａ群」, with totals;
 * - footnote/total: the table without totals (plain counts or 「n (%)」 cells), its total given only in a note below it (「※全体 N=98」, 「※対象は計98例」,
 *   「注）A群 N=28、B群 N=70」): refused as a note with a number, or held against the total row written out;
 * - pct/bases: 「n (%)」 cells where the groups' shares and the 合計 column's are of different bases (the groups' of
 *   their N, the 合計's of everyone; or the groups' of the row's total), rounded half up or half to even, whole or one
 *   decimal;
 * - split/pct: the count table with totals and its percentages again in a second table under 「Ａ群 (N=28)」, the labels'
 *   width and spaces varied (「Ａ群」「A 群」「A　群」);
 * - transpose/totals: the table and its transpose, both with totals, the second's labels full-width;
 * - margins/split: the counts twice, once with the 合計 column first and no total line, once with the total line
 *   first and no 合計 column, the second's labels written otherwise (「Ａ群」「A 群」, 「男」);
 * - marks/cells: a count written 「△3」「▲3」「(3)」「NE」「ND」「N/A」「n/a」 beside totals: refused in words, never read.
 * Measured by attack40-measure.ts: refused, held or leaked per kind and protection (the oracle attacks `attacked`, the
 * same tables in plain digits and labels, where given; else the checker's reading written out).
 */
import { int, lcg, pick } from './helpers.ts';

export type Kind =
  'unit/cells' | 'fullwidth/digits' | 'footnote/total' | 'pct/bases' | 'split/pct' | 'transpose/totals' | 'marks/cells' | 'margins/split';
export const KINDS: readonly Kind[] = [
  'unit/cells',
  'fullwidth/digits',
  'footnote/total',
  'pct/bases',
  'split/pct',
  'transpose/totals',
  'marks/cells',
  'margins/split',
];

export interface Case {
  kind: Kind;
  /** The text the checker is given. */
  text: string;
  /** The text the oracle attacks where it is not the checker's reading written out. */
  attacked?: string;
  expect: 'held' | 'refused';
}

const GROUPS = ['A群', 'B群', 'C群'];
const ROWS = ['男性', '女性', '不明'];
const UNITS = ['例', '名', '人', ' 例', '人 '];
const MARKS = ['△3', '▲3', '(3)', '（3）', 'NE', 'ND', 'N/A', 'n/a', 'NC'];

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const tsv = (lines: readonly (readonly string[])[]) => lines.map((l) => l.join('\t')).join('\n');
/** Full-width digits, letters, commas and points. */
export const wide = (s: string) => s.replace(/[0-9A-Za-z,.()%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

function counts(next: () => number, rows: number, cols: number): number[][] {
  const m = Array.from({ length: rows }, () => Array.from({ length: cols }, () => int(next, 12, 60)));
  m[int(next, 0, rows - 1)]![int(next, 0, cols - 1)] = int(next, 1, 9);
  return m;
}

const transposed = (m: number[][]) => m[0]!.map((_, j) => m.map((r) => r[j]!));

function withTotals(
  corner: string,
  rows: readonly string[],
  cols: readonly string[],
  m: number[][],
  cell: (v: number, j: number) => string = String,
) {
  const total = cols.length;
  const lines = [[corner, ...cols, '合計']];
  m.forEach((r, i) => lines.push([rows[i]!, ...r.map(cell), cell(sum(r), total)]));
  const colSums = cols.map((_, j) => sum(m.map((r) => r[j]!)));
  lines.push(['合計', ...colSums.map(cell), cell(sum(colSums), total)]);
  return lines;
}

const bare = (corner: string, rows: readonly string[], cols: readonly string[], m: number[][]) => [
  [corner, ...cols],
  ...m.map((r, i) => [rows[i]!, ...r.map(String)]),
];

/** p rounded to `d` decimals, half up or half to even (on the exact fraction v / n). */
export function share(v: number, n: number, d: number, even: boolean): string {
  const scale = 10 ** d;
  const x = (100 * v * scale) / n;
  const f = Math.floor(x);
  const diff = 100 * v * scale - f * n; // x − f = diff / n exactly
  let r = f;
  if (2 * diff > n) r = f + 1;
  else if (2 * diff === n) r = even ? (f % 2 === 0 ? f : f + 1) : f + 1;
  return (r / scale).toFixed(d);
}

export function make(kind: Kind, next: () => number): Case {
  const nr = int(next, 2, 3);
  const nc = int(next, 2, 3);
  const m = counts(next, nr, nc);
  const rows = ROWS.slice(0, nr);
  const cols = GROUPS.slice(0, nc);
  const plain = tsv(withTotals('区分', rows, cols, m)) + '\n';
  if (kind === 'unit/cells') {
    const perColumn = next() < 0.5;
    const units = Array.from({ length: nc + 1 }, () => pick(next, UNITS));
    const unit = units[0]!;
    const text = tsv(withTotals('区分', rows, cols, m, (v, j) => `${v}${perColumn ? units[j] : unit}`)) + '\n';
    return { kind, text, attacked: plain, expect: 'held' };
  }
  if (kind === 'fullwidth/digits') {
    const big = next() < 0.3;
    const mm = big ? m.map((r) => r.map((v) => (v < 10 ? v : v * 100 + int(next, 0, 99)))) : m;
    const cell = (v: number) => wide(big ? v.toLocaleString('en-US') : String(v));
    const text = tsv(withTotals('区分', rows, cols.map(wide), mm, cell)) + '\n';
    return { kind, text, attacked: tsv(withTotals('区分', rows, cols, mm)) + '\n', expect: 'held' };
  }
  if (kind === 'footnote/total') {
    const colSums = cols.map((_, j) => sum(m.map((r) => r[j]!)));
    const all = sum(colSums);
    const notes = [
      `※全体 N=${all}`,
      `※対象は計${all}例`,
      `注）合計${all}名`,
      `※${cols.map((c, j) => `${c} N=${colSums[j]}`).join('、')}`,
      `(全体 n = ${all})`,
    ];
    const k = int(next, 0, notes.length - 1);
    // half of them 「n (%)」 cells, each count's share of its column
    const pct = next() < 0.5;
    const body = (total: boolean) => {
      const lines = bare(pct ? '区分 n (%)' : '区分', rows, cols, m);
      if (pct) m.forEach((r, i) => r.forEach((v, j) => (lines[i + 1]![j + 1] = `${v} (${share(v, colSums[j]!, 1, false)})`)));
      if (total) lines.push(['合計', ...colSums.map((n) => (pct ? `${n} (100.0)` : String(n)))]);
      return tsv(lines);
    };
    const text = `${body(false)}\n${notes[k]}\n`;
    // the note's N as an attacker reads it: the table's in its title, or each group's as a total line
    const attacked = k === 3 ? `${body(true)}\n` : `# 全体 N=${all}\n${body(false)}\n`;
    return { kind, text, attacked, expect: 'refused' };
  }
  if (kind === 'pct/bases') {
    const d = int(next, 0, 1);
    const even = next() < 0.5;
    const rowBase = next() < 0.5;
    const colSums = cols.map((_, j) => sum(m.map((r) => r[j]!)));
    const all = sum(colSums);
    const head = ['区分 n (%)', ...cols.map((c, j) => (rowBase ? c : `${c} (N=${colSums[j]})`)), `合計 (N=${all})`];
    const lines = [head];
    m.forEach((r, i) => {
      const t = sum(r);
      lines.push([
        rows[i]!,
        ...r.map((v, j) => `${v} (${share(v, rowBase ? t : colSums[j]!, d, even)})`),
        `${t} (${share(t, all, d, even)})`,
      ]);
    });
    return { kind, text: tsv(lines) + '\n', expect: 'held' };
  }
  if (kind === 'split/pct') {
    const colSums = cols.map((_, j) => sum(m.map((r) => r[j]!)));
    const d = int(next, 0, 1);
    const label = (c: string) => pick(next, [wide(c.slice(0, 1)) + c.slice(1), `${c[0]} ${c.slice(1)}`, `${c[0]}\u3000${c.slice(1)}`, c]);
    const second = tsv([
      ['区分', ...cols.map((c, j) => `${label(c)} (N=${colSums[j]})`)],
      ...m.map((r, i) => [rows[i]!, ...r.map((v, j) => `${share(v, colSums[j]!, d, false)}%`)]),
    ]);
    return { kind, text: `${plain}\n${second}\n`, expect: 'held' };
  }
  if (kind === 'transpose/totals') {
    const second = tsv(withTotals('区分', cols.map(wide), rows, transposed(m)));
    const attacked = tsv(withTotals('区分', cols, rows, transposed(m)));
    return { kind, text: `${plain}\n${second}\n`, attacked: `${plain}\n${attacked}\n`, expect: 'held' };
  }
  if (kind === 'margins/split') {
    const colSums = cols.map((_, j) => sum(m.map((r) => r[j]!)));
    const first = tsv([['区分', '合計', ...cols], ...m.map((r, i) => [rows[i]!, String(sum(r)), ...r.map(String)])]);
    const names = cols.map((c) => pick(next, [wide(c.slice(0, 1)) + c.slice(1), `${c[0]} ${c.slice(1)}`, c]));
    const short = rows.map((r) => (r === '男性' ? '男' : r === '女性' ? '女' : r));
    const second = (labels: readonly string[], rowLabels: readonly string[]) =>
      tsv([['区分', ...labels], ['合計', ...colSums.map(String)], ...m.map((r, i) => [rowLabels[i]!, ...r.map(String)])]);
    return { kind, text: `${first}\n\n${second(names, short)}\n`, attacked: `${first}\n\n${second(cols, rows)}\n`, expect: 'held' };
  }
  // marks/cells
  const lines = withTotals('区分', rows, cols, m);
  lines[int(next, 1, nr)]![int(next, 1, nc)] = pick(next, MARKS);
  return { kind, text: tsv(lines) + '\n', expect: 'refused' };
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
