/**
 * attack41 (issue #11): published denominators and linked tables as an applicant pastes them, each a table of 2–3 lines
 * by 2–3 groups with one count small (1–9), the others 12–60.
 * - pct/rounding: shares under 「A群 (N=30)」 headers, bare 「26.7%」 or 「8 (26.7%)」, integer or one or two decimals,
 *   rounded half up, half to even or cut (truncated): read and held, or refused in words where a share is no whole count.
 * - pct/unknown-base: 「n (p%)」 with a 「不明」 line of counts alone, each share of the group's patients with a value
 *   (N less 不明), the header stating N with or without 不明: held, or refused in words.
 * - twice/transposed: the table with its totals, then again transposed as 「n (%)」 of each group's N without totals.
 * - relisted: a count table with totals and a 「（再掲）」 line that is a subset of the line above (「重症（再掲）」).
 * - footnote-n: shares under one column with the N in a note under the table 「注：対象患者 43 名」.
 */
import { int, lcg, pick } from './helpers.ts';

export type Kind = 'pct/rounding' | 'pct/unknown-base' | 'twice/transposed' | 'relisted' | 'footnote-n';
export const KINDS: readonly Kind[] = ['pct/rounding', 'pct/unknown-base', 'twice/transposed', 'relisted', 'footnote-n'];

export interface Case {
  kind: Kind;
  text: string;
  /** The text the oracle attacks where not the checker's reading written out (footnote-n: the N where a reader puts it). */
  attacked?: string;
  /** pct/unknown-base: the header's N counting 「不明」 too, without it, or a 合計 line counting it and no N. */
  form?: 'with' | 'without' | 'total';
  /** How the shares were rounded (pct kinds). */
  rounding?: 'half-up' | 'half-even' | 'cut';
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const tsv = (lines: readonly (readonly (string | number)[])[]) => lines.map((l) => l.join('\t')).join('\n');
const GROUPS = ['A群', 'B群', 'C群'];
const LINES = ['男性', '女性', 'その他'];

/** counts[r][c]: lines × groups, each 12–60, one of them 1–9. */
function counts(next: () => number, rows: number, cols: number): number[][] {
  const m = Array.from({ length: rows }, () => Array.from({ length: cols }, () => int(next, 12, 60)));
  m[int(next, 0, rows - 1)]![int(next, 0, cols - 1)] = int(next, 1, 9);
  return m;
}

/** 100·n/N with `d` decimals under `how` (exact decimal arithmetic on integers). */
export function share(n: number, N: number, d: number, how: 'half-up' | 'half-even' | 'cut'): string {
  const scale = 100 * 10 ** d;
  const q = Math.floor((n * scale) / N);
  const r = n * scale - q * N; // remainder over N
  let v = q;
  if (how === 'half-up' && 2 * r >= N) v++;
  if (how === 'half-even' && (2 * r > N || (2 * r === N && q % 2 === 1))) v++;
  return (v / 10 ** d).toFixed(d);
}

export function make(kind: Kind, next: () => number): Case {
  const nr = int(next, 2, 3);
  const nc = int(next, 2, 3);
  const m = counts(next, nr, nc);
  const rows = LINES.slice(0, nr);
  const groups = GROUPS.slice(0, nc);
  const colN = groups.map((_, j) => sum(m.map((r) => r[j]!)));
  if (kind === 'pct/rounding') {
    const d = pick(next, [0, 1, 1, 2]);
    const rounding = pick(next, ['half-up', 'half-even', 'cut'] as const);
    const bare = next() < 0.5;
    const cell = (n: number, N: number) => (bare ? `${share(n, N, d, rounding)}%` : `${n} (${share(n, N, d, rounding)}%)`);
    const text = tsv([
      ['', ...groups.map((g, j) => `${g} (N=${colN[j]})`)],
      ...m.map((r, i) => [rows[i]!, ...r.map((v, j) => cell(v, colN[j]!))]),
    ]);
    return { kind, text: `${text}\n`, rounding };
  }
  if (kind === 'pct/unknown-base') {
    const unknown = groups.map(() => int(next, 0, 6));
    // The header's N counting 「不明」 too, the N of the patients with a value, or no N with a 合計 line counting 「不明」.
    const form = pick(next, ['with', 'without', 'total'] as const);
    const d = pick(next, [0, 1]);
    const head = groups.map((g, j) => (form === 'total' ? g : `${g} (N=${form === 'with' ? colN[j]! + unknown[j]! : colN[j]})`));
    const text = tsv([
      ['', ...head],
      ...m.map((r, i) => [rows[i]!, ...r.map((v, j) => `${v} (${share(v, colN[j]!, d, 'half-up')}%)`)]),
      ['不明', ...unknown],
      ...(form === 'total' ? [['合計', ...colN.map((n, j) => n + unknown[j]!)]] : []),
    ]);
    return { kind, text: `${text}\n`, rounding: 'half-up', form };
  }
  if (kind === 'twice/transposed') {
    const first = tsv([
      ['# 表1 性別・群別の患者数'],
      ['', ...groups, '合計'],
      ...m.map((r, i) => [rows[i]!, ...r, sum(r)]),
      ['合計', ...colN, sum(colN)],
    ]);
    const d = pick(next, [0, 1]);
    const second = tsv([
      ['# 表2 群別の性別 n (%)'],
      ['', ...rows],
      ...groups.map((g, j) => [`${g} (N=${colN[j]})`, ...m.map((r) => `${r[j]} (${share(r[j]!, colN[j]!, d, 'half-up')}%)`)]),
    ]);
    return { kind, text: `${first}\n\n${second}\n` };
  }
  if (kind === 'relisted') {
    // 入院 / 外来 (/ 在宅) by group, 「重症（再掲）」 under 入院: part of it, one of its counts small.
    const lines = ['入院', '外来', '在宅'].slice(0, nr);
    const sub = m[0]!.map((v) => int(next, 0, v));
    const at = int(next, 0, nc - 1);
    sub[at] = Math.min(m[0]![at]!, int(next, 1, 9));
    const label = pick(next, ['重症（再掲）', '（再掲）重症', 'うち重症', '再掲：重症']);
    const body = m.map((r, i) => [lines[i]!, ...r, sum(r)]);
    body.splice(1, 0, [label, ...sub, sum(sub)]);
    const text = tsv([['', ...groups, '合計'], ...body, ['合計', ...colN, sum(colN)]]);
    return { kind, text: `${text}\n` };
  }
  // footnote-n: one column of shares (or counts, with no total line), N in a note under the table. The oracle attacks the
  // same table with the N where a reader puts it: the corner (shares) or a 合計 line (counts).
  const col = m.map((r) => r[0]!);
  const N = sum(col);
  const d = pick(next, [0, 1]);
  const note = pick(next, [`注：対象患者 ${N} 名`, `注）対象は ${N} 例`, `※対象患者数 ${N}人`, `Note: N = ${N}`, `注：解析対象 ${N}例`]);
  if (next() < 0.5) {
    const body = col.map((v, i) => [rows[i]!, v]);
    return { kind, text: `${tsv([['', '人数'], ...body, [note]])}\n`, attacked: `${tsv([['', '人数'], ...body, ['合計', N]])}\n` };
  }
  const body = col.map((v, i) => [rows[i]!, `${share(v, N, d, 'half-up')}${d === 0 ? '%' : ''}`]);
  const marked = body.map(([l, p]) => [l!, p!.endsWith('%') ? p! : `${p}%`]);
  return { kind, text: `${tsv([['', '割合（%）'], ...body, [note]])}\n`, attacked: `${tsv([[`N=${N}`, '割合'], ...marked])}\n` };
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
