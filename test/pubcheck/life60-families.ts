/**
 * life60 (issue #11): the at-risk line of 表1 falling by one line of each of four or five other tables (five or six
 * tables in all: 「死亡」 in 表2, 「転院」 in 表3, 「追跡不能」 in 表4, 「同意撤回」 in 表5 …), past life59's `threeWay`
 * (two or three other tables). One count under the threshold (1–9) among the lines taking the fall or in a line beside
 * them (「その他」 in 表2, with a 「計」): hidden, its complement hidden beside it, and a reader taking the fall of 表1's
 * line (at risk at t − at risk at t′ = the sum of the other tables' counts of the interval) gets it back unless the
 * checker ties the reading.
 *
 * - `life/five-way`: four other tables; `life/six-way`: five other tables. Lines said events or censored, or (30%)
 *   under no word (「区分A」「理由B」…). Each interval's counts at its start or at its end, the same points in every table.
 *
 * Judged by the oracle (oracle.ts `manyWay`: a line of one table falling by a line of each of four or five others, no
 * label of the lines looked at) — life60-measure.ts. The innocent look-alikes: 表1's line falling by random amounts.
 */
import { pick } from './helpers.ts';
import { drawn } from './life55-families.ts';
import { fallOver } from './life59-families.ts';

export type Kind = 'life/five-way' | 'life/six-way';
export const KINDS: readonly Kind[] = ['life/five-way', 'life/six-way'];
export interface Case {
  kind: Kind;
  text: string;
}
const WORDED = [
  ['死亡', 'Deaths', 'イベント'],
  ['転院', '打ち切り', 'Censored'],
  ['追跡不能', 'Lost to follow-up', '脱落'],
  ['同意撤回', 'Withdrawn', '中止'],
  ['有害事象による中止', 'Adverse events', '転居'],
];
const PLAIN = ['区分', '理由', 'Group ', '分類', 'Category '];
const RISK = ['人数', '患者数', '区分1', 'At risk', 'Number at risk'];

export function make(kind: Kind, next: () => number, innocent = false): Case {
  const parts = kind === 'life/six-way' ? 5 : 4;
  const text = fallOver(next, innocent, {
    risk: RISK,
    parts,
    drop: [40, 120],
    names: (plain) => {
      const base = pick(next, PLAIN); // drawn either way
      return plain ? Array.from({ length: parts }, (_, p) => `${base}${'ABCDE'[p]}`) : WORDED.slice(0, parts).map((w) => pick(next, w));
    },
  });
  return { kind, text };
}

export const { family, innocent } = drawn(make);
