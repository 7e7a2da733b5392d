/**
 * life73 (issue #11, life72's open item): over one step (two time points), a line of a table titled at risk falling by
 * one line of each of three other tables (表3–表5), lines under no word (「その他」「不明」), one count of 表3–表5 small.
 * life72 tied one step over two other tables only (`oneStep`); over three the fall was untied and, where the title says
 * at risk, the oracle (`fourWay`: one step where the table is said at risk) takes it.
 *
 * - `step3`: 表6 「リスク集合（参考）」's line falls by the 「その他」/「不明」 line of each of 表3–表5 (the small one's
 *   among them), beside 表2 B群 falling by their worded lines. `step3Innocent`: the same look, 表6's line falling by
 *   nothing planted.
 * - Judged by the oracle (redg63-families.ts `measure`: `oneStep`, `threeWay`, `fourWay`; no label looked at).
 *
 * `npx node test/pubcheck/life73-families.ts <kind> <count> <seed>` (seeds 5790–5799; `ROOT=<tree>`).
 */
import { int, pick } from './helpers.ts';
import { lifeTable as table } from './life48-families.ts';
import { PART_WORDS } from './life71-families.ts';
import { casesOf, measure, partTable, seriesTables } from './redg63-families.ts';

export type Kind = 'step3' | 'step3Innocent';
export interface Case {
  kind: Kind;
  text: string;
}

export function make(next: () => number, kind: Kind): Case {
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const unit = pick(next, [3, 6]);
  const times = [0, 1].map((j) => `${j * unit}${style}`);
  const draw = () => times.map(() => int(next, 10, 30));
  const risk = pick(next, ['人数', '患者数', 'At risk']);
  // Each part table: its worded line (表2's fall) and a line under no word; one count of the latter small.
  const parts = [0, 1, 2].map(() => [draw(), draw()]);
  const where = int(next, 0, 2);
  parts[where]![1]![int(next, 0, 1)] = int(next, 1, 9);
  const endB = int(next, 20, 80);
  const b = [endB + parts.reduce((s, p) => s + p[0]![0]!, 0), endB];
  const a = [int(next, 200, 300), int(next, 20, 80)];
  const out = [table('# 表1 A群', [risk], [a], times, next() < 0.5), table('# 表2 B群', [risk], [b], times, next() < 0.5)];
  parts.forEach((lines, p) =>
    out.push(
      partTable(next, p, times, [
        [pick(next, PART_WORDS[p]!), lines[0]!],
        [pick(next, ['その他', '不明']), lines[1]!],
      ]),
    ),
  );
  // 表6: titled at risk, its line the largest (100–300), falling over the step by the three lines under no word
  // (at the step's start or end, each table its own) — or, innocent, by what it draws.
  const end = int(next, 100, 200);
  const ends = parts.map(() => 0);
  const fall = kind === 'step3' ? parts.reduce((s, p, n) => s + p[1]![ends[n]!]!, 0) : int(next, 30, 90);
  const planted = [end + fall, end];
  const others = [1, 2, 3].map(() => times.map(() => int(next, 100, 300)));
  const lines = [planted, ...others];
  const at = int(next, 0, 3);
  [lines[0], lines[at]] = [lines[at]!, lines[0]!];
  out.push(
    table(
      `# 表6 ${pick(next, ['リスク集合（参考）', '参考：リスク集合', 'Number at risk（参考）'])}`,
      ['項目a', '項目b', '項目c', '項目d'],
      lines,
      times,
      next() < 0.5,
    ),
  );
  out.push(...seriesTables(next, int(next, 2, 4), times, () => [0, 1, 2, 3].map(() => times.map(() => int(next, 100, 300))), 7));
  return { kind, text: out.join('\n\n') + '\n' };
}

export function cases(kind: Kind, count: number, seed: number): Case[] {
  return casesOf(make, kind, count, seed);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = (process.argv[2] ?? 'step3') as Kind;
  console.log(kind, JSON.stringify(await measure(cases(kind, Number(process.argv[3] ?? 10), Number(process.argv[4] ?? 5791)))));
}
