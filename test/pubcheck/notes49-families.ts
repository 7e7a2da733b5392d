/**
 * notes49 (issue #11): notes of N left open by notes46, each refused on the base (6dedcc1).
 * - `total-col-two`: three groups and a 「全体」 column, the note naming 全体's N and one group's (「※A群 N=28、全体
 *   N=98」): two groups left without N, their Ns' sum an equation (全体 less A群), the split read from their shares.
 * - `sum-col`: 低用量, 高用量, 実薬計 (their sum) and プラセボ, the note naming 低用量's and プラセボ's N.
 * - `shared-label`: notes44's `partial` (「※A群 N=28」 over A群 and B群) beside a table of counts sharing its lines.
 * One count small anywhere in the first table. `attacked`: the page with every true N in its header (the oracle);
 * `counts` the true counts by column of table 1 (notes44's `smallShown`).
 */
import { int, lcg, pick } from './helpers.ts';
import { share } from './attack41-families.ts';
import type { Case as Case44 } from './notes44-families.ts';

export type Kind = 'total-col-two' | 'sum-col' | 'shared-label';
export const KINDS: readonly Kind[] = ['total-col-two', 'sum-col', 'shared-label'];

export type Case = Omit<Case44, 'kind'> & { kind: Kind };

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const tsv = (lines: readonly (readonly (string | number)[])[]) => lines.map((l) => l.join('\t')).join('\n');

export function make(kind: Kind, next: () => number): Case {
  const nr = int(next, 2, 3);
  const ng = kind === 'shared-label' ? 2 : 3;
  const m = Array.from({ length: nr }, () => Array.from({ length: ng }, () => int(next, 12, 60)));
  m[int(next, 0, nr - 1)]![int(next, 0, ng - 1)] = int(next, 1, 9);
  const lines = ['男性', '女性', 'その他'].slice(0, nr);
  const d = pick(next, [0, 1, 1]);
  const mark = pick(next, ['※', '注：', '* ']);
  const pc = (v: number, n: number) => `${share(v, n, d, 'half-up')}%`;
  if (kind === 'shared-label') {
    const groups = ['A群', 'B群'];
    const colN = groups.map((_, j) => sum(m.map((r) => r[j]!)));
    const body = m.map((r, i) => [lines[i]!, ...r.map((v, j) => pc(v, colN[j]!))]);
    const other = tsv([['', '死亡', '生存'], ...lines.map((l) => [l, int(next, 12, 60), int(next, 12, 60)])]);
    return {
      kind,
      text: `表1\n${tsv([['', ...groups], ...body, [`${mark}A群 N=${colN[0]}`]])}\n\n表2\n${other}\n`,
      attacked: `表1\n${tsv([['', ...groups.map((g, j) => `${g} (N=${colN[j]})`)], ...body])}\n\n表2\n${other}\n`,
      counts: m,
    };
  }
  if (kind === 'sum-col') {
    // Columns 低用量, 高用量, 実薬計 (= 低用量 + 高用量), プラセボ.
    const full = m.map((r) => [r[0]!, r[1]!, r[0]! + r[1]!, r[2]!]);
    const groups = ['低用量', '高用量', '実薬計', 'プラセボ'];
    const colN = groups.map((_, j) => sum(full.map((r) => r[j]!)));
    const body = full.map((r, i) => [lines[i]!, ...r.map((v, j) => pc(v, colN[j]!))]);
    const note = `${mark}低用量 N=${colN[0]}、プラセボ N=${colN[3]}`;
    return {
      kind,
      text: `${tsv([['', ...groups], ...body, [note]])}\n`,
      attacked: `${tsv([['', ...groups.map((g, j) => `${g} (N=${colN[j]})`)], ...body])}\n`,
      counts: full,
    };
  }
  const groups = ['A群', 'B群', 'C群'];
  const colN = groups.map((_, j) => sum(m.map((r) => r[j]!)));
  const N = sum(colN);
  const whole = pick(next, ['全体', '合計']);
  const body = m.map((r, i) => [lines[i]!, ...r.map((v, j) => pc(v, colN[j]!)), pc(sum(r), N)]);
  return {
    kind,
    text: `${tsv([['', ...groups, whole], ...body, [`${mark}A群 N=${colN[0]}、${whole} N=${N}`]])}\n`,
    attacked: `${tsv([['', ...groups.map((g, j) => `${g} (N=${colN[j]})`), `${whole} (N=${N})`], ...body])}\n`,
    counts: m,
  };
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
