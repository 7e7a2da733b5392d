/**
 * life53 (issue #11): a time point of the events' table that is, by chance, over the sum of the other points in every
 * column by a few (overtotal.ts reads such a line both as a total and as an item) and an interval's event point of a
 * life table at once. At risk in 表1, the events and censored in 表2; one count of an interval small (1–9).
 *
 * - `life/total-within`: 表2's points inside the at-risk intervals (「2か月」「4か月」「8か月」 of 0/6/12/18か月, two
 *   in one interval at least: `withinGroups`), one point alone in its interval over the others' sum by 0–9 events.
 * - `life/total-between`: each point of 表2 alone in its interval (「4か月」「10か月」「16か月」, `within`), one of them
 *   over the others' sum.
 * - `life/total-same`: 表2 over the at-risk points themselves (each interval's counts at its start, `lifeAcross`), one
 *   point over the others' sum.
 *
 * `spans` as life52-families.ts (the at-risk cells at an interval's ends and the cells taking its fall); `total` the
 * point read as a total by chance (its label and the others'), for a reader of the total reading. Judged by
 * life53-measure.ts.
 */
import { int, lcg, pick } from './helpers.ts';
import { lifeTable } from './life48-families.ts';
import type { Case as Case52 } from './life52-families.ts';

export type Kind = 'life/total-within' | 'life/total-between' | 'life/total-same';
export const KINDS: readonly Kind[] = ['life/total-within', 'life/total-between', 'life/total-same'];
export interface Case extends Case52 {
  /** The point over the others' sum: its index among 表2's points and the lines (events, censored). */
  total: { at: number; lines: [string, string] };
}
const EVENTS = ['イベント', '死亡', 'Events', '増悪'];
const CENSORED = ['打ち切り', 'Censored', '追跡不能', '脱落'];
const RISK = ['リスク集合', 'Number at risk', 'リスク人数', 'At risk', '人数'];

export function make(kind: Kind, next: () => number): Case {
  const unit = pick(next, ['か月', 'ヶ月']);
  const [ev, cs] = [pick(next, EVENTS), pick(next, CENSORED)];
  const head1 = pick(next, ['# 表1', '# 図1の下']);
  const head2 = pick(next, ['# 表2', '# 各期間の内訳']);
  const coarse = 3;
  const step = pick(next, [6, 12]);
  const risk = pick(next, RISK);
  // Per interval the offsets of 表2's points in it (from its start): `same` at the start itself.
  const totalIn = int(next, 0, coarse - 1);
  const two =
    kind === 'life/total-within'
      ? pick(
          next,
          [0, 1, 2].filter((n) => n !== totalIn),
        )
      : -1;
  const offsets: number[][] = Array.from({ length: coarse }, (_, n) =>
    kind === 'life/total-same' ? [0] : n === two ? [int(next, 1, step / 2 - 1), int(next, step / 2, step - 1)] : [int(next, 1, step - 1)],
  );
  const points = offsets.flatMap((o, n) => o.map((x) => n * step + x));
  const at = points.findIndex((p) => p >= totalIn * step && p < (totalIn + 1) * step);
  // The others' counts (one small event count), the chance total over their sum by 0–9 (events) and 0–15 (censored).
  const evs = points.map(() => int(next, 8, 25));
  const css = points.map(() => int(next, 3, 15));
  const small = pick(
    next,
    points.map((_, j) => j).filter((j) => j !== at),
  );
  evs[small] = int(next, 1, 9);
  const sum = (xs: number[]) => xs.reduce((s, x, j) => s + (j === at ? 0 : x), 0);
  evs[at] = sum(evs) + int(next, 0, 9);
  css[at] = sum(css) + int(next, 0, 15);
  const times = Array.from({ length: coarse + 1 }, (_, k) => `${k * step}${unit}`);
  const risks = Array.from({ length: coarse + 1 }, () => 0);
  risks[coarse] = int(next, 20, 80);
  const inInterval = (n: number) => points.flatMap((p, j) => (p >= n * step && p < (n + 1) * step ? [j] : []));
  for (let n = coarse - 1; n >= 0; n--) risks[n] = risks[n + 1]! + inInterval(n).reduce((s, j) => s + evs[j]! + css[j]!, 0);
  const labels = points.map((p) => `${p}${unit}`);
  const first = lifeTable(head1, [risk], [risks], times, next() < 0.5);
  const second = lifeTable(head2, [ev, cs], [evs, css], labels, next() < 0.5);
  const spans: NonNullable<Case['spans']> = Array.from({ length: coarse }, (_, n) => ({
    risk: [risk, n, n + 1] as [string, number, number],
    parts: inInterval(n).flatMap((j) => [
      [ev, j],
      [cs, j],
    ]) as [string, number][],
  }));
  return { kind: kind as never, text: `${first}\n\n${second}\n`, falls: [], spans, total: { at, lines: [ev, cs] } };
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}

/**
 * life53 class 2 (seeds 3130–3139): a line under no word for at risk (「人数」「患者数」, read as each point's N, or
 * 「区分1」) over three points (two steps), the events and censored of each interval at its end with counts at 「0か月」
 * too (before follow-up: `start`) or at its start, none of them small; a third line 「その他」 with a small count and a
 * 「計」 line of the three: the small count's complement hidden among the events or censored, which the fall gives back.
 */
export type Kind2 = 'life/before-start' | 'life/at-start';
export const KINDS2: readonly Kind2[] = ['life/before-start', 'life/at-start'];
export function make2(kind: Kind2, next: () => number): { kind: Kind2; text: string } {
  const unit = pick(next, ['か月', 'ヶ月']);
  const [ev, cs] = [pick(next, EVENTS), pick(next, CENSORED)];
  const step = pick(next, [3, 6, 12]);
  const times = [0, 1, 2].map((k) => `${k * step}${unit}`);
  const evs = times.map(() => int(next, 10, 30));
  const css = times.map(() => int(next, 10, 30));
  const other = times.map(() => int(next, 10, 30));
  other[int(next, 0, 2)] = int(next, 1, 9);
  const risk = [0, 0, int(next, 20, 80)];
  const end = kind === 'life/before-start';
  // At the end: the interval n's counts at point n+1 (those at 「0か月」 before follow-up); at the start: at point n.
  for (let n = 1; n >= 0; n--) risk[n] = risk[n + 1]! + evs[end ? n + 1 : n]! + css[end ? n + 1 : n]!;
  const label = pick(next, ['人数', '患者数', '区分1']);
  const total = times.map((_, k) => evs[k]! + css[k]! + other[k]!);
  const names = [label, ev, cs, 'その他', '計'];
  const series = [risk, evs, css, other, total];
  const cols = next() < 0.5;
  const text = [
    pick(next, ['# 表1', '# 追跡の内訳']),
    ...(cols
      ? [['', ...times].join('\t'), ...names.map((n, i) => [n, ...series[i]!].join('\t'))]
      : [['時点', ...names].join('\t'), ...times.map((t, k) => [t, ...series.map((s) => s[k])].join('\t'))]),
  ].join('\n');
  return { kind, text: `${text}\n` };
}
export function family2(kind: Kind2, count: number, seed: number): { kind: Kind2; text: string }[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make2(kind, next));
}
