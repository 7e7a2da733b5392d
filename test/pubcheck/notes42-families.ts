/**
 * notes42 (issue #11): shares of the patients with a value beside a 「不明」 count (gtsummary's and SPSS's valid percent),
 * as the tools print them: groups' 「n (p%)」 (integer or one decimal, rounded half up) over the patients with a value,
 * a 「不明」/「Unknown」 line of bare counts, and the group's N counting 「不明」 too — in the header (「A群 (N=103)」,
 * gtsummary's 「A群, N = 103」, an 「Overall」 column beside the groups, a Table 1 heading 「性別」 over the lines), or in a
 * 合計 line under them. Every share fits N less 「不明」 and at least one fits no whole count of N (the arithmetic proves
 * the base; cases where every share fits N as well are drawn again). `baseAttack` is an attacker of its own that knows
 * the tools' reading: each published share bounds its column's base (the sum of the lines other than 「不明」), each N
 * (or 合計) is that base plus 「不明」, an Overall column the groups' sum.
 */
import type { Highs } from 'highs';
import type { Ok } from './protection.ts';
import { int, lcg, pick } from './helpers.ts';
import { share } from './attack41-families.ts';

export type Form = 'header' | 'gtsummary' | 'overall' | 'heading' | 'total';
export const FORMS: readonly Form[] = ['header', 'gtsummary', 'overall', 'heading', 'total'];

export interface Case {
  form: Form;
  text: string;
  /** counts[i][j]: the lines with a value (i) by column (groups, then Overall where printed). */
  counts: number[][];
  /** The 「不明」 count per column. */
  unknown: number[];
  /** Per column: the N (with 「不明」). */
  n: number[];
  decimals: number;
  /** Whether the last column is the groups' sum (Overall). */
  overall: boolean;
  /** Whether a 合計 line (the N) is the table's last line. */
  total: boolean;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const tsv = (lines: readonly (readonly (string | number)[])[]) => lines.map((l) => l.join('\t')).join('\n');

/** Whether every share of `counts` (of `base`) also fits a whole count of `n` (then the base is not proved). */
function fitsN(counts: readonly number[], base: number, n: number, d: number): boolean {
  return counts.every((v) => {
    const p = Number(share(v, base, d, 'half-up'));
    const h = 0.5 * 10 ** -d;
    return Math.ceil(((p - h) * n) / 100 - 1e-9) <= Math.floor(((p + h) * n) / 100 + 1e-9);
  });
}

export function make(form: Form, next: () => number): Case {
  for (;;) {
    const nr = int(next, 2, 3);
    const ng = int(next, 2, 3);
    const d = pick(next, [0, 1, 1]);
    const m = Array.from({ length: nr }, () => Array.from({ length: ng }, () => int(next, 12, 60)));
    if (next() < 0.5) m[int(next, 0, nr - 1)]![int(next, 0, ng - 1)] = int(next, 1, 9);
    const unknown = Array.from({ length: ng }, () => int(next, 0, 6));
    unknown[int(next, 0, ng - 1)] = int(next, 1, 6);
    const overall = form === 'overall' || (form === 'gtsummary' && next() < 0.5);
    const counts = m.map((r) => (overall ? [...r, sum(r)] : [...r]));
    const u = overall ? [...unknown, sum(unknown)] : unknown;
    const cols = counts[0]!.length;
    const base = Array.from({ length: cols }, (_, j) => sum(counts.map((r) => r[j]!)));
    const n = base.map((b, j) => b + u[j]!);
    // The base proved: in some column with 「不明」, some share fits no whole count of N.
    if (
      base.every(
        (b, j) =>
          u[j] === 0 ||
          fitsN(
            counts.map((r) => r[j]!),
            b,
            n[j]!,
            d,
          ),
      )
    )
      continue;
    const groups = ['A群', 'B群', 'C群'].slice(0, ng);
    const names = overall ? [...groups, form === 'gtsummary' ? 'Overall' : '全体'] : groups;
    const lines = ['男性', '女性', 'その他'].slice(0, nr);
    const missing = form === 'gtsummary' ? 'Unknown' : pick(next, ['不明', '欠測']);
    const head = names.map((g, j) => (form === 'total' ? g : form === 'gtsummary' ? `${g}, N = ${n[j]}` : `${g} (N=${n[j]})`));
    const indent = form === 'heading' || form === 'gtsummary' ? '　' : '';
    const cell = (v: number, j: number) => `${v} (${share(v, base[j]!, d, 'half-up')}%)`;
    const text = tsv([
      [form === 'gtsummary' ? 'Characteristic' : '', ...head],
      ...(indent ? [['性別', ...names.map(() => '')]] : []),
      ...counts.map((r, i) => [`${indent}${lines[i]}`, ...r.map(cell)]),
      [`${indent}${missing}`, ...u],
      ...(form === 'total' ? [['合計', ...n]] : []),
    ]);
    return { form, text: `${text}\n`, counts, unknown: u, n, decimals: d, overall, total: form === 'total' };
  }
}

export function family(form: Form, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(form, next));
}

/**
 * The attacker who knows the base equation: per column, the base b = Σ lines with a value, each published 「n (p%)」
 * (p − h)·b ≤ 100·n ≤ (p + h)·b (h half its last digit), N = b + 不明 (the header's N, or a published 合計 cell), an
 * Overall column the groups' sum in every line; published counts fixed. The smallest and largest whole value of each
 * hidden count (HiGHS MIP); returns the leaks: a hidden count pinned, or (threshold) one under 10 shown under 10.
 */
export function baseAttack(highs: Highs, r: Ok, c: Case, protection: 'threshold' | 'not-exact'): string[] {
  const t = r.tables[0]!;
  const C = t.table.cols.length;
  const nr = c.counts.length;
  const rows = nr + 1 + (c.total ? 1 : 0);
  if (t.table.rows.length !== rows || C !== c.n.length) throw new Error(`unexpected reading of\n${c.text}`);
  const shown = (i: number, j: number) => t.status[i * C + j] === 'published';
  const value = (i: number, j: number) => (i < nr ? c.counts[i]![j]! : i === nr ? c.unknown[j]! : c.n[j]!);
  const x = (i: number, j: number) => `x${i}_${j}`;
  const cons: string[] = [];
  const add = (s: string) => cons.push(` c${cons.length}: ${s}`);
  const h = 0.5 * 10 ** -c.decimals;
  for (let j = 0; j < C; j++) {
    const lines = Array.from({ length: nr }, (_, i) => x(i, j));
    for (let i = 0; i < rows; i++) if (shown(i, j)) add(`${x(i, j)} = ${value(i, j)}`);
    // The N: the header's (always printed), or the 合計 line (a cell of the table: fixed above where published).
    if (c.total) add(`${[...lines, x(nr, j)].join(' + ')} - ${x(nr + 1, j)} = 0`);
    else add(`${[...lines, x(nr, j)].join(' + ')} = ${c.n[j]}`);
    for (let i = 0; i < nr; i++) {
      if (!shown(i, j)) continue;
      const v = c.counts[i]![j]!;
      const p = Number(
        share(
          v,
          c.counts.reduce((s, l) => s + l[j]!, 0),
          c.decimals,
          'half-up',
        ),
      );
      const terms = (k: number) => lines.map((w) => `${k.toFixed(6)} ${w}`).join(' + ');
      if (p - h > 0) add(`${terms(p - h)} <= ${100 * v}`);
      add(`${terms(p + h)} >= ${100 * v}`);
    }
  }
  if (c.overall) for (let i = 0; i < rows; i++) add(`${Array.from({ length: C - 1 }, (_, j) => x(i, j)).join(' + ')} - ${x(i, C - 1)} = 0`);
  const vars = Array.from({ length: rows }, (_, i) => Array.from({ length: C }, (_, j) => x(i, j))).flat();
  const solve = (sense: 'Maximize' | 'Minimize', v: string): number => {
    const lp = `${sense}\n obj: ${v}\nSubject To\n${cons.join('\n')}\nBounds\n${vars.map((w) => ` 0 <= ${w} <= 100000`).join('\n')}\nGeneral\n ${vars.join(' ')}\nEnd\n`;
    const s = highs.solve(lp, {});
    if (s.Status !== 'Optimal') throw new Error(`attacker: ${s.Status} on\n${c.text}`);
    return Math.round(s.ObjectiveValue);
  };
  const leaks: string[] = [];
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < C; j++) {
      if (shown(i, j)) continue;
      const v = value(i, j);
      const hi = solve('Maximize', x(i, j));
      const lo = solve('Minimize', x(i, j));
      if (hi === lo) leaks.push(`${t.table.rows[i]!.label}・${t.table.cols[j]!.label} pinned to ${v}`);
      else if (protection === 'threshold' && v < 10 && hi < 10)
        leaks.push(`${t.table.rows[i]!.label}・${t.table.cols[j]!.label} (${v}) ≤ ${hi}`);
    }
  return leaks;
}

/**
 * notes42 (b): a table's N given under it where attack40/41 left it refused. `percent-whole`: one column of bare shares
 * and a note 「※全体 N=98」 (a word of the whole, no label's); `percent-groups`: shares of 2–3 groups, each group's N named
 * in one note 「※A群 N=28、B群 N=70」 (or 「注：A群 28 名、B群 70 名」); `unmarked`: counts of 2–3 groups, the last line
 * stating their sum with no note mark (「全体 N=98」「(全体 n = 98)」「対象患者 98 名」). One count small (1–9).
 * `attacked`: the same table with the N where a reader puts it (the corner, the headers), for the oracle.
 */
export type NoteKind = 'percent-whole' | 'percent-groups' | 'unmarked';
export const NOTE_KINDS: readonly NoteKind[] = ['percent-whole', 'percent-groups', 'unmarked'];

export function noteCase(kind: NoteKind, next: () => number): { kind: NoteKind; text: string; attacked: string } {
  const nr = int(next, 2, 3);
  const ng = kind === 'percent-whole' ? 1 : int(next, 2, 3);
  const m = Array.from({ length: nr }, () => Array.from({ length: ng }, () => int(next, 12, 60)));
  m[int(next, 0, nr - 1)]![int(next, 0, ng - 1)] = int(next, 1, 9);
  const lines = ['男性', '女性', 'その他'].slice(0, nr);
  const groups = ['A群', 'B群', 'C群'].slice(0, ng);
  const colN = groups.map((_, j) => sum(m.map((r) => r[j]!)));
  const d = pick(next, [0, 1]);
  const pct = (v: number, n: number) => `${share(v, n, d, 'half-up')}%`;
  if (kind === 'percent-whole') {
    const N = colN[0]!;
    const note = pick(next, [`※全体 N=${N}`, `※全体 n = ${N}`, `注：全体 N=${N}`, `* 全症例 N=${N}`, `※対象 N=${N}`]);
    const body = m.map((r, i) => [lines[i]!, pct(r[0]!, N)]);
    return { kind, text: `${tsv([['', '割合'], ...body, [note]])}\n`, attacked: `${tsv([[`N=${N}`, '割合'], ...body])}\n` };
  }
  if (kind === 'percent-groups') {
    const unit = next() < 0.5;
    const note = `${pick(next, ['※', '注：', '* '])}${groups.map((g, j) => (unit ? `${g} ${colN[j]} 名` : `${g} N=${colN[j]}`)).join('、')}`;
    const body = m.map((r, i) => [lines[i]!, ...r.map((v, j) => pct(v, colN[j]!))]);
    return {
      kind,
      text: `${tsv([['', ...groups], ...body, [note]])}\n`,
      attacked: `${tsv([['', ...groups.map((g, j) => `${g} (N=${colN[j]})`)], ...body])}\n`,
    };
  }
  const N = sum(colN);
  const note = pick(next, [`全体 N=${N}`, `(全体 n = ${N})`, `対象患者 ${N} 名`, `全症例 ${N} 例`]);
  const body = m.map((r, i) => [lines[i]!, ...r]);
  return {
    kind,
    text: `${tsv([['', ...groups], ...body, [note]])}\n`,
    attacked: `${tsv([[`N=${N}`, ...groups], ...body])}\n`,
  };
}

export function noteFamily(kind: NoteKind, count: number, seed: number) {
  const next = lcg(seed);
  return Array.from({ length: count }, () => noteCase(kind, next));
}
