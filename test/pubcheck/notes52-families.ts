/**
 * notes52 (issue #11): notes of N beside four or more columns of shares over few lines, where one set of weights fits a
 * column as a sum of others (check.ts `weightsFit`) though no whole counts make it one (`wholeSumFits`), and true sums.
 * - `two-lines`: notes50's `four-cols` over two or three lines (4–5 groups, counts 12–60, one count 1–9 in a group
 *   the note names, shares rounded half up, half even or cut, integer or one decimal), none a sum of others.
 * - `two-lines-sum`: the same with a column that is the sum of two others (「E群」, no label saying so), the small count
 *   in one of them, the note naming some Ns (the attack: 8 of 40 leaked to the oracle in notes50 with no sum test).
 * `attacked`: the page with every true N in its header (the oracle); `counts` the true counts by column.
 */
import { int, lcg, pick } from './helpers.ts';
import { share } from './attack41-families.ts';
import type { Case as Case44 } from './notes44-families.ts';

export type Kind = 'two-lines' | 'two-lines-sum';
export const KINDS: readonly Kind[] = ['two-lines', 'two-lines-sum'];

export type Case = Omit<Case44, 'kind'> & { kind: Kind };

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const tsv = (lines: readonly (readonly (string | number)[])[]) => lines.map((l) => l.join('\t')).join('\n');

export function make(kind: Kind, next: () => number): Case {
  const nr = int(next, 2, 3);
  const ng = kind === 'two-lines' ? int(next, 4, 5) : 4;
  const m = Array.from({ length: nr }, () => Array.from({ length: ng }, () => int(next, 12, 60)));
  const lines = ['40歳未満', '40代', '50代'].slice(0, nr);
  const d = pick(next, [0, 1, 1]);
  const how = pick(next, ['half-up', 'half-up', 'half-even', 'cut'] as const);
  const mark = pick(next, ['※', '注：', '* ']);
  const pc = (v: number, n: number) => `${share(v, n, d, how)}%`;
  let full: number[][];
  let groups = ['A群', 'B群', 'C群', 'D群', 'E群'].slice(0, kind === 'two-lines' ? ng : 5);
  let named: number[];
  if (kind === 'two-lines') {
    const k = int(next, 1, ng - 1);
    named = groups.map((_, j) => j).slice(0, k);
    m[int(next, 0, nr - 1)]![int(next, 0, k - 1)] = int(next, 1, 9);
    full = m;
  } else {
    const [a, b] = pick(next, [
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 3],
    ]);
    m[int(next, 0, nr - 1)]![pick(next, [a!, b!])] = int(next, 1, 9);
    full = m.map((r) => [...r, r[a!]! + r[b!]!]);
    named = pick(next, [[a!], [b!], [a!, 4], [a!, b!], [0, 1, 2, 3].filter((j) => j !== a)]);
    groups = groups.slice(0, 5);
  }
  const colN = groups.map((_, j) => sum(full.map((r) => r[j]!)));
  const body = full.map((r, i) => [lines[i]!, ...r.map((v, j) => pc(v, colN[j]!))]);
  const note = `${mark}${named.map((j) => pick(next, [`${groups[j]} N=${colN[j]}`, `${groups[j]} ${colN[j]} 名`])).join('、')}`;
  return {
    kind,
    text: `${tsv([['', ...groups], ...body, [note]])}\n`,
    attacked: `${tsv([['', ...groups.map((g, j) => `${g} (N=${colN[j]})`)], ...body])}\n`,
    counts: full,
  };
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
