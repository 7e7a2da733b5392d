/**
 * attack38 (issue #11): kinds of pasted tables the older families did not make, each as an applicant or an attacker
 * would paste it. Every case is a count table of 2–3 lines by 2–3 groups with totals, one count small (1–9).
 * - marker/given-back: a count the applicant already suppressed (「<10」「≤5」「-」「*」「X」「秘匿」「10未満」…) beside
 *   totals that give it back: must be refused in words (never read as blank or 0).
 * - era/linked: lines of 令和 years (令和4年度) with totals, and the same counts again without totals, the years written
 *   otherwise (2022年度, FY2022, R4年度, 令和４年度), the second table transposed or not: the pair must hold against an
 *   attacker who knows the years are the same (the oracle attacks the text with the first table's labels: `attacked`).
 * - transpose/split: the table and its transpose without totals, the labels' width and words varied (Ａ群, 男): the same.
 * - excel/merged: an Excel copy: a title row and a blank row padded with tabs, a group over 「n」「%」 (merged cell left
 *   blank), a note row 「※ …」 padded with tabs: the oracle attacks the checker's reading written out.
 * - text/quoted: CSV with quoted labels holding commas and counts with thousands separators, or a Markdown table with
 *   escaped pipes in its labels: the same.
 * Measured by attack38-measure.ts: refused, held or leaked per kind and protection.
 */
import { int, lcg, pick } from './helpers.ts';

export type Kind = 'marker/given-back' | 'era/linked' | 'transpose/split' | 'excel/merged' | 'text/quoted';
export const KINDS: readonly Kind[] = ['marker/given-back', 'era/linked', 'transpose/split', 'excel/merged', 'text/quoted'];

export interface Case {
  kind: Kind;
  /** The text the checker is given. */
  text: string;
  /** The text the oracle attacks where it is not the checker's reading written out (the same tables, labels made one). */
  attacked?: string;
  /** Read by the checker as written (the oracle then attacks `written(r)`), or refused (marker/given-back). */
  expect: 'held' | 'refused';
}

const MARKERS = ['<10', '＜10', '< 10', '≤5', '10未満', '-', '－', '—', '*', '**', 'X', 'x', '秘匿', 'NA', '…'];
const ERAS: readonly ((y: number) => [string, string])[] = [
  (y) => [`令和${y}年度`, `${2018 + y}年度`],
  (y) => [`令和${y}年度`, `FY${2018 + y}`],
  (y) => [`令和${y}年度`, `R${y}年度`],
  (y) => [`令和${y}年度`, `令和${String.fromCharCode(0xff10 + y)}年度`],
];
const GROUPS: readonly (readonly [string, string])[] = [
  ['A群', 'Ａ群'],
  ['B群', 'Ｂ群'],
  ['C群', 'Ｃ群'],
];
const SEXES: readonly (readonly [string, string])[] = [
  ['男性', '男'],
  ['女性', '女'],
];

/** counts[r][c]: lines × groups, each 12–60, one of them 1–9. */
function counts(next: () => number, rows: number, cols: number): number[][] {
  const m = Array.from({ length: rows }, () => Array.from({ length: cols }, () => int(next, 12, 60)));
  m[int(next, 0, rows - 1)]![int(next, 0, cols - 1)] = int(next, 1, 9);
  return m;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The table with its totals as lines of cells (corner, columns, 合計 last), `cell` writing each count. */
function withTotals(corner: string, rows: readonly string[], cols: readonly string[], m: number[][], cell: (v: number) => string = String) {
  const lines = [[corner, ...cols, '合計']];
  m.forEach((r, i) => lines.push([rows[i]!, ...r.map(cell), cell(sum(r))]));
  const colSums = cols.map((_, j) => sum(m.map((r) => r[j]!)));
  lines.push(['合計', ...colSums.map(cell), cell(sum(colSums))]);
  return lines;
}

const tsv = (lines: readonly (readonly string[])[]) => lines.map((l) => l.join('\t')).join('\n');

/** The table without totals, transposed where `transpose`. */
function bare(corner: string, rows: readonly string[], cols: readonly string[], m: number[][], transpose: boolean) {
  if (!transpose) return [[corner, ...cols], ...m.map((r, i) => [rows[i]!, ...r.map(String)])];
  return [[corner, ...rows], ...cols.map((c, j) => [c, ...m.map((r) => String(r[j]))])];
}

export function make(kind: Kind, next: () => number): Case {
  const nr = int(next, 2, 3);
  const nc = int(next, 2, 3);
  const m = counts(next, nr, nc);
  const groups = GROUPS.slice(0, nc);
  if (kind === 'marker/given-back') {
    const rows = ['あり', 'なし', '不明'].slice(0, nr);
    const lines = withTotals(
      '区分',
      rows,
      groups.map((g) => g[0]),
      m,
    );
    const [i, j] = [int(next, 0, nr - 1), int(next, 0, nc - 1)];
    lines[i + 1]![j + 1] = pick(next, MARKERS);
    return { kind, text: tsv(lines) + '\n', expect: 'refused' };
  }
  if (kind === 'era/linked') {
    const era = pick(next, ERAS);
    const start = int(next, 1, 3);
    const years = Array.from({ length: nr }, (_, k) => era(start + k));
    const cols = groups.map((g) => g[0]);
    const first = tsv([
      ['# 年度別の患者数'],
      ...withTotals(
        '年度',
        years.map((y) => y[0]),
        cols,
        m,
      ),
    ]);
    const transpose = next() < 0.5;
    const second = (k: 0 | 1) =>
      tsv([
        ['# 年度別の患者数（再掲）'],
        ...bare(
          '年度',
          years.map((y) => y[k]),
          cols,
          m,
          transpose,
        ),
      ]);
    return { kind, text: `${first}\n\n${second(1)}\n`, attacked: `${first}\n\n${second(0)}\n`, expect: 'held' };
  }
  if (kind === 'transpose/split') {
    const rows = SEXES.slice(0, Math.min(nr, 2));
    const mm = m.slice(0, rows.length);
    if (!mm.some((r) => r.some((v) => v < 10))) mm[0]![0] = int(next, 1, 9);
    const first = tsv(
      withTotals(
        '性別',
        rows.map((s) => s[0]),
        groups.map((g) => g[0]),
        mm,
      ),
    );
    const second = (k: 0 | 1) =>
      tsv(
        bare(
          '群',
          rows.map((s) => s[k]),
          groups.map((g) => g[k]),
          mm,
          true,
        ),
      );
    return { kind, text: `${first}\n\n${second(1)}\n`, attacked: `${first}\n\n${second(0)}\n`, expect: 'held' };
  }
  if (kind === 'excel/merged') {
    const rows = ['あり', 'なし', '不明'].slice(0, nr);
    const width = 1 + 2 * nc;
    const pad = (cells: readonly string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
    const colSums = groups.map((_, j) => sum(m.map((r) => r[j]!)));
    const mark = next() < 0.5 ? '%' : '';
    const pct = (v: number, n: number) => `${((100 * v) / n).toFixed(1)}${mark}`;
    const lines = [
      pad(['表1 患者背景']),
      pad([]),
      ['区分', ...groups.flatMap((g) => [g[0], ''])],
      ['', ...groups.flatMap(() => ['n', '%'])],
      ...m.map((r, i) => [rows[i]!, ...r.flatMap((v, j) => [String(v), pct(v, colSums[j]!)])]),
      ['合計', ...colSums.flatMap((n) => [String(n), `100.0${mark}`])],
      pad(['※ 割合は各群の合計に対する割合']),
    ];
    return { kind, text: tsv(lines) + '\n', expect: 'held' };
  }
  // text/quoted
  const rows = ['入院, 外来', '在宅, 施設', 'その他, 不明'].slice(0, nr);
  const big = m.map((r) => r.map((v) => (v < 10 ? v : v * 100 + int(next, 0, 99))));
  if (next() < 0.5) {
    const q = (s: string) => `"${s}"`;
    const cell = (v: number) => (v >= 1000 ? q(v.toLocaleString('en-US')) : String(v));
    const lines = withTotals(
      '区分',
      rows,
      groups.map((g) => g[0]),
      big,
      cell,
    ).map((l, i) => l.map((s, j) => (j === 0 && i > 0 && s.includes(',') ? q(s) : s)));
    return { kind, text: lines.map((l) => l.join(',')).join('\n') + '\n', expect: 'held' };
  }
  const lines = withTotals(
    '区分',
    rows.map((r) => r.replace(', ', '\\|')),
    groups.map((g) => g[0]),
    big,
  );
  const md = lines.map((l) => `| ${l.join(' | ')} |`);
  md.splice(1, 0, `|${l0(lines[0]!.length)}`);
  return { kind, text: md.join('\n') + '\n', expect: 'held' };
}

const l0 = (n: number) => Array<string>(n).fill('---|').join('');

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
