/**
 * life71 (issue #11, found by review70 on redg63-families.ts 10 × 5687): a line under no word with no small cell
 * falling by lines of other tables, beside a reading that hides their cells as complements. 表2 「B群」 falls by one line
 * of each of 表3–表5 (one count small: 表2's reading ties them, complements hidden in 表3–表5); a 「参考」 line (counts
 * 100–300) falls over two steps exactly by lines of those tables. The checker left such a fit untied (no word, no small
 * cell: life38's rule); the oracle reads it (a reader does), pins the complements and, through 表2's fall, the small count.
 *
 * - `two`: the 「参考」 line falls by one line of each of two of 表3–表5 (redg63 5687's case 1: 表12 「項目7a」 32, 41 =
 *   表4 「不明」 15, 14 + 表5 「追跡不能」 17, 27); `three`: one line of each of 表3–表5; `one`: one line or two lines' sum
 *   of one of them.
 * - `innocent`: 表2 falling by no lines (nothing tied to it), the 「参考」 line as in `two`; `plain`: redg63's innocent
 *   (no planted fit).
 * - Judged by the oracle (redg63-families.ts `measure`: `oneStep`, `threeWay`, `fourWay`; no label looked at).
 *
 * `npx node test/pubcheck/life71-families.ts <kind> <count> <seed>` (seeds 5690–5699; `ROOT=<tree>`).
 */
import { int, pick } from './helpers.ts';
import { lifeTable as table } from './life48-families.ts';
import { casesOf, measure, partTable, seriesTables, starvedText } from './redg63-families.ts';

export type Kind = 'two' | 'three' | 'one' | 'innocent' | 'plain';
export interface Case {
  kind: Kind;
  text: string;
}

/** One input: 表1 A群, 表2 B群 over 表3–表5 (one count small), 「参考」 tables, one 「参考」 line falling by 表3–表5's lines. */
export function make(next: () => number, kind: Kind): Case {
  if (kind === 'plain') return { kind, text: starvedText(next, 3, true) };
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const unit = pick(next, [3, 6]);
  const times = [0, 1, 2].map((j) => `${j * unit}${style}`);
  const risk = pick(next, ['人数', '患者数', 'At risk']);
  const parts = [0, 1, 2].map(() => [int(next, 10, 30), int(next, 10, 30), int(next, 10, 30)]);
  const others = [0, 1, 2].map(() => [int(next, 10, 30), int(next, 10, 30), int(next, 10, 30)]);
  const small = int(next, 1, 9);
  const where = int(next, 0, 2);
  const at = int(next, 0, 1);
  if (next() < 0.5) parts[where]![at] = small;
  else others[where]![at] = small;
  const fallB = (j: number) => (kind === 'innocent' ? int(next, 60, 180) : parts.reduce((s, p) => s + p[j]!, 0));
  const endB = int(next, 20, 80);
  const b1 = endB + fallB(1);
  const b = [b1 + fallB(0), b1, endB];
  const endA = int(next, 20, 80);
  const a1 = endA + int(next, 60, 180);
  const a = [a1 + int(next, 60, 180), a1, endA];
  const out = [table('# 表1 A群', [risk], [a], times, next() < 0.5), table('# 表2 B群', [risk], [b], times, next() < 0.5)];
  parts.forEach((xs, p) =>
    out.push(
      partTable(next, p, times, [
        [pick(next, PART_WORDS[p]!), xs],
        [pick(next, ['その他', '不明']), others[p]!],
      ]),
    ),
  );
  // The planted fit: lines of 表3–表5 (either line of each), at each step's start.
  const line = (p: number) => (next() < 0.5 ? parts[p]! : others[p]!);
  const tablesOf =
    kind === 'three'
      ? [0, 1, 2]
      : kind === 'one'
        ? [int(next, 0, 2)]
        : pick(next, [
            [0, 1],
            [0, 2],
            [1, 2],
          ]);
  const taken = tablesOf.flatMap((p) => (kind === 'one' && next() < 0.5 ? [parts[p]!, others[p]!] : [line(p)]));
  const fall = (j: number) => taken.reduce((s, xs) => s + xs[j]!, 0);
  const last = int(next, 100, 200);
  const planted = [last + fall(1) + fall(0), last + fall(1), last];
  const tables = int(next, 7, 8);
  const into = int(next, 0, tables - 1);
  const row = int(next, 0, 3);
  out.push(
    ...seriesTables(next, tables, times, (d) => {
      const series = [0, 1, 2, 3].map(() => times.map(() => int(next, 100, 300)));
      if (d === into) series[row] = planted;
      return series;
    }),
  );
  return { kind, text: out.join('\n\n') + '\n' };
}

export function cases(kind: Kind, count: number, seed: number): Case[] {
  return casesOf(make, kind, count, seed);
}

/** The worded lines of 表3–表5 (B群's parts): one of each pair picked (life71's, life72's). */
export const PART_WORDS = [
  ['死亡', 'イベント'],
  ['転院', '打ち切り'],
  ['追跡不能', '脱落'],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = (process.argv[2] ?? 'two') as Kind;
  console.log(kind, JSON.stringify(await measure(cases(kind, Number(process.argv[3] ?? 10), Number(process.argv[4] ?? 5690)))));
}
