/**
 * life62 (issue #11): the at-risk line of 表1 falling by one line of each of six or seven other tables (seven or eight
 * tables in all), past life60's `threeWay` k ≤ 5 (five or six tables: seven and more were neither searched nor said).
 * One count under the threshold (1–9) among the lines taking the fall or in a line beside them (「その他」 in 表2, with a
 * 「計」): hidden, its complement hidden beside it, and a reader taking the fall of 表1's line (at risk at t − at risk
 * at t′ = the sum of the other tables' counts of the interval) gets it back unless the checker ties the reading.
 *
 * - `life/seven-way`: six other tables; `life/eight-way`: seven. Lines said events or censored, or (30%) under no word
 *   (「区分A」「理由B」…). Each interval's counts at its start or at its end, the same points in every table.
 *
 * Judged by the oracle (oracle.ts `manyWay` 6 and 7, no label of the lines looked at) — life62-measure.ts. The innocent
 * look-alikes: 表1's line falling by random amounts (the same tables otherwise).
 */
import { int, lcg, pick } from './helpers.ts';
import { lifeTable as table } from './life48-families.ts';

export type Kind = 'life/seven-way' | 'life/eight-way';
export const KINDS: readonly Kind[] = ['life/seven-way', 'life/eight-way'];
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
  ['転居', 'Moved', '施設移動'],
  ['プロトコル逸脱', 'Protocol deviation', '不適格'],
];
const PLAIN = ['区分', '理由', 'Group ', '分類', 'Category '];
const RISK = ['人数', '患者数', '区分1', 'At risk', 'Number at risk'];
const OTHER = ['その他', '不明', 'Other'];

export function make(kind: Kind, next: () => number, innocent = false): Case {
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const label = pick(next, RISK);
  const unit = pick(next, [3, 6]);
  const points = pick(next, [3, 3, 4]);
  const steps = points - 1;
  const parts = kind === 'life/eight-way' ? 7 : 6;
  const plain = next() < 0.3;
  const counts = Array.from({ length: parts }, () => Array.from({ length: steps }, () => int(next, 10, 30)));
  const where = int(next, 0, parts); // parts: the line beside (「その他」 in 表2)
  const at = int(next, 0, steps - 1);
  const small = int(next, 1, 9);
  if (where < parts) counts[where]![at] = small;
  const ends = Array.from({ length: points }, () => 0);
  ends[steps] = int(next, 20, 80);
  for (let n = steps - 1; n >= 0; n--) ends[n] = ends[n + 1]! + (innocent ? int(next, 60, 180) : counts.reduce((s, c) => s + c[n]!, 0));
  const times = Array.from({ length: points }, (_, j) => `${j * unit}${style}`);
  const first = table(pick(next, ['# 表1', '# 表1 追跡の状況', '# 図1の下']), [label], [ends], times, next() < 0.5);
  const base = pick(next, PLAIN);
  const names = plain ? counts.map((_, p) => `${base}${'ABCDEFG'[p]}`) : WORDED.slice(0, parts).map((w) => pick(next, w));
  const out = [first];
  counts.forEach((xs, p) => {
    const atEnd = next() < 0.5;
    const cells = times.map((_, j) => (atEnd ? (j === 0 ? 0 : xs[j - 1]!) : j < steps ? xs[j]! : int(next, 10, 30)));
    const lines: [string, number[]][] = [[names[p]!, cells]];
    if (p === 0) {
      const beside = times.map(() => int(next, 10, 30));
      if (where === parts) beside[atEnd ? at + 1 : at] = small;
      lines.push([pick(next, OTHER), beside]);
      if (next() < 0.5) lines.reverse();
      lines.push(['計', times.map((_, k) => lines.reduce((s, [, v]) => s + v[k]!, 0))]);
    }
    out.push(
      table(
        `# 表${p + 2}`,
        lines.map(([n]) => n),
        lines.map(([, v]) => v),
        times,
        next() < 0.5,
      ),
    );
  });
  return { kind, text: out.join('\n\n') + '\n' };
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}

export function innocent(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next, true));
}

/**
 * life62 (a): life61's one column beside an at-risk line of TWO points only (「人数」 at 6か月 and 12か月, 表2 one column
 * 「6か月」 or 「12か月」 holding the interval's counts at its start or end), the two lines taking the fall under no word
 * (「区分A」「理由B」), beside 「その他」 and 「計」; one count small (1–9). `innocent`: 表1 falling by other amounts.
 * Judged by the oracle (oracle.ts `spanSteps`) — life62-measure.ts `judgeOne`.
 */
export function twoPoint(count: number, seed: number, innocent = false): { kind: 'life/two-point-plain'; text: string }[] {
  const next = lcg(seed);
  const PLAIN_A = ['区分A', '理由A', 'Group A', '分類イ'];
  const PLAIN_B = ['区分B', '理由B', 'Group B', '分類ロ'];
  return Array.from({ length: count }, () => {
    const style = pick(next, ['か月', 'ヶ月', ' months']);
    const unit = pick(next, [3, 6]);
    const s = int(next, 0, 2);
    const times = [`${s * unit}${style}`, `${(s + 1) * unit}${style}`];
    const lines: [string, number][] = [
      [pick(next, PLAIN_A), int(next, 10, 30)],
      [pick(next, PLAIN_B), int(next, 10, 30)],
      [pick(next, OTHER), int(next, 10, 30)],
    ];
    lines[int(next, 0, 2)]![1] = int(next, 1, 9);
    const end = int(next, 20, 80);
    const ends = [end + (innocent ? int(next, 15, 70) : lines[0]![1] + lines[1]![1]), end];
    const first = table(pick(next, ['# 表1', '# 表1 追跡の状況', '# 図1の下']), [pick(next, RISK)], [ends], times, next() < 0.5);
    if (next() < 0.5) lines.reverse();
    const all: [string, number][] = [...lines, ['計', lines.reduce((t, [, v]) => t + v, 0)]];
    const second = table(
      pick(next, ['# 表2', '# 表2 各期間の内訳', '# 表2 内訳']),
      all.map(([n]) => n),
      all.map(([, v]) => [v]),
      [times[next() < 0.5 ? 0 : 1]!],
      next() < 0.5,
    );
    return { kind: 'life/two-point-plain' as const, text: `${first}\n\n${second}\n` };
  });
}
