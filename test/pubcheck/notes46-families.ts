/**
 * notes46 (issue #11): a column of shares with no N beside others with one (notes44 `unknownNColumns`), where the table
 * has a total line, a total column or sits among other tables — all refused on the base (1f4a42b).
 * - `total-row`: notes44's `partial` (bare shares of 2–3 groups, 「※A群 N=30」 naming some groups; one count small, in a
 *   named group) with a last line 「合計 100.0%」; `total-row-small`: the small count in a group the note does not name.
 * - `total-col`: the groups and a 「全体」 column, the note naming 全体's N and every group's but one (「※A群 N=28、全体
 *   N=98」): the one left gets its N outright (全体 less the others), one count small anywhere.
 * - `other-table`: `partial` beside a second table of counts whose labels share none of the first's.
 * `attacked`: the same page with every group's true N in its header, for the oracle; `counts` the true counts by column,
 * for notes44's `smallShown`.
 */
import { int, lcg, pick } from './helpers.ts';
import { share } from './attack41-families.ts';
import type { Case as Case44 } from './notes44-families.ts';

export type Kind = 'total-row' | 'total-row-small' | 'total-col' | 'other-table';
export const KINDS: readonly Kind[] = ['total-row', 'total-row-small', 'total-col', 'other-table'];

export type Case = Omit<Case44, 'kind'> & { kind: Kind };

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const tsv = (lines: readonly (readonly (string | number)[])[]) => lines.map((l) => l.join('\t')).join('\n');

export function make(kind: Kind, next: () => number): Case {
  const nr = int(next, 2, 3);
  const ng = int(next, 2, 3);
  const m = Array.from({ length: nr }, () => Array.from({ length: ng }, () => int(next, 12, 60)));
  const named = kind === 'total-col' ? ng - 1 : int(next, 1, ng - 1);
  const smallCol =
    kind === 'total-row-small' ? int(next, named, ng - 1) : kind === 'total-col' ? int(next, 0, ng - 1) : int(next, 0, named - 1);
  m[int(next, 0, nr - 1)]![smallCol] = int(next, 1, 9);
  const lines = ['男性', '女性', 'その他'].slice(0, nr);
  const groups = ['A群', 'B群', 'C群'].slice(0, ng);
  const colN = groups.map((_, j) => sum(m.map((r) => r[j]!)));
  const d = pick(next, [0, 1, 1]);
  const mark = pick(next, ['※', '注：', '* ']);
  const ns = groups.slice(0, named).map((g, j) => pick(next, [`${g} N=${colN[j]}`, `${g} ${colN[j]} 名`]));
  if (kind === 'total-col') {
    const N = sum(colN);
    const body = m.map((r, i) => [
      lines[i]!,
      ...r.map((v, j) => `${share(v, colN[j]!, d, 'half-up')}%`),
      `${share(sum(r), N, d, 'half-up')}%`,
    ]);
    const whole = pick(next, ['全体', '合計']);
    return {
      kind,
      text: `${tsv([['', ...groups, whole], ...body, [`${mark}${[...ns, `${whole} N=${N}`].join('、')}`]])}\n`,
      attacked: `${tsv([['', ...groups.map((g, j) => `${g} (N=${colN[j]})`), `${whole} (N=${N})`], ...body])}\n`,
      counts: m,
    };
  }
  const body = m.map((r, i) => [lines[i]!, ...r.map((v, j) => `${share(v, colN[j]!, d, 'half-up')}%`)]);
  const withN = groups.map((g, j) => `${g} (N=${colN[j]})`);
  const note = [`${mark}${ns.join('、')}`];
  if (kind !== 'other-table') {
    const total = [pick(next, ['合計', '計', 'Total']), ...groups.map(() => (d === 0 ? '100%' : '100.0%'))];
    return {
      kind,
      text: `${tsv([['', ...groups], ...body, total, note])}\n`,
      attacked: `${tsv([['', ...withN], ...body, total])}\n`,
      counts: m,
    };
  }
  const other = tsv([
    ['', '死亡', '生存'],
    ['入院', int(next, 12, 60), int(next, 12, 60)],
    ['外来', int(next, 12, 60), int(next, 12, 60)],
  ]);
  return {
    kind,
    text: `表1\n${tsv([['', ...groups], ...body, note])}\n\n表2\n${other}\n`,
    attacked: `表1\n${tsv([['', ...withN], ...body])}\n\n表2\n${other}\n`,
    counts: m,
  };
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
