/**
 * notes50 (issue #11): notes of N beside four or more columns of shares, none a sum of others (notes49's
 * `mayBeColumnSum` weighs each line alone for three or more columns), and a sum among them as the attack.
 * - `four-cols`: bare shares of 4–5 groups over 2–5 lines (integer or one decimal, rounded half up), a note naming the
 *   N of 1 … ng − 1 groups (「※A群 N=30、B群 N=41」); counts drawn at random, none a sum of others; one count small
 *   (1–9) in a named group.
 * - `sum-three`: 低用量, 中用量, 高用量, 実薬計 (their sum) and プラセボ, the note naming 低用量's and プラセボ's N (the
 *   attack: a sum of three columns).
 * - `sum-two-of-four`: A群–D群 and 「A+B」 (A群 + B群, no label saying so: 「E群」), the note naming some groups' N.
 * - `shared-sum`: notes44's `partial` (A群 and B群, 「※A群 N=…」, the small count in A群) beside a second table of
 *   counts over the same lines whose every line adds up to A群's and B群's counts (死亡 + 生存: the whole population):
 *   a line read across tables gives B群's counts and N back, and A群's hidden count as a difference.
 * `attacked`: the page with every true N in its header (the oracle); `counts` the true counts by column.
 */
import { int, lcg, pick } from './helpers.ts';
import { share } from './attack41-families.ts';
import type { Case as Case44 } from './notes44-families.ts';

export type Kind = 'four-cols' | 'sum-three' | 'sum-two-of-four' | 'shared-sum';
export const KINDS: readonly Kind[] = ['four-cols', 'sum-three', 'sum-two-of-four', 'shared-sum'];

export type Case = Omit<Case44, 'kind'> & { kind: Kind };

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const tsv = (lines: readonly (readonly (string | number)[])[]) => lines.map((l) => l.join('\t')).join('\n');

export function make(kind: Kind, next: () => number): Case {
  const nr = int(next, 2, 5);
  const ng = kind === 'four-cols' ? int(next, 4, 5) : 4;
  const m = Array.from({ length: nr }, () => Array.from({ length: ng }, () => int(next, 12, 60)));
  const lines = ['40歳未満', '40代', '50代', '60代', '70歳以上'].slice(0, nr);
  const d = pick(next, [0, 1, 1]);
  const mark = pick(next, ['※', '注：', '* ']);
  const pc = (v: number, n: number) => `${share(v, n, d, 'half-up')}%`;
  if (kind === 'shared-sum') {
    const k = m.map((r) => r.slice(0, 2));
    k[int(next, 0, nr - 1)]![0] = int(next, 1, 9);
    const groups = ['A群', 'B群'];
    const colN = groups.map((_, j) => sum(k.map((r) => r[j]!)));
    const body = k.map((r, i) => [lines[i]!, ...r.map((v, j) => pc(v, colN[j]!))]);
    const other = tsv([
      ['', '死亡', '生存'],
      ...k.map((r, i) => {
        const died = int(next, 0, r[0]! + r[1]!);
        return [lines[i]!, died, r[0]! + r[1]! - died];
      }),
    ]);
    return {
      kind,
      text: `表1\n${tsv([['', ...groups], ...body, [`${mark}A群 N=${colN[0]}`]])}\n\n表2\n${other}\n`,
      attacked: `表1\n${tsv([['', ...groups.map((g, j) => `${g} (N=${colN[j]})`)], ...body])}\n\n表2\n${other}\n`,
      counts: k,
    };
  }
  let full: number[][];
  let groups: string[];
  let named: number[];
  if (kind === 'four-cols') {
    groups = ['A群', 'B群', 'C群', 'D群', 'E群'].slice(0, ng);
    const k = int(next, 1, ng - 1);
    named = groups.map((_, j) => j).slice(0, k);
    m[int(next, 0, nr - 1)]![int(next, 0, k - 1)] = int(next, 1, 9);
    full = m;
  } else if (kind === 'sum-three') {
    m[int(next, 0, nr - 1)]![0] = int(next, 1, 9);
    full = m.map((r) => [r[0]!, r[1]!, r[2]!, r[0]! + r[1]! + r[2]!, r[3]!]);
    groups = ['低用量', '中用量', '高用量', '実薬計', 'プラセボ'];
    named = [0, 4];
  } else {
    m[int(next, 0, nr - 1)]![int(next, 0, 1)] = int(next, 1, 9);
    full = m.map((r) => [r[0]!, r[1]!, r[2]!, r[3]!, r[0]! + r[1]!]);
    groups = ['A群', 'B群', 'C群', 'D群', 'E群'];
    named = pick(next, [[0], [0, 2], [0, 4], [1, 3], [0, 2, 3]]);
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
