/**
 * life61 (issue #11): the at-risk line of 表1 over several points and the falls of its intervals printed in another
 * table at fewer points, past `lifeAcross` (the same points or one step off) and life48's `lifeSpans` (b's own spacing).
 * One count under the threshold (1–9) among 表2's lines: hidden, its complement hidden beside it, and a reader taking
 * the fall of 表1's line over the interval (at risk at t − at risk at t′ = events + censored of the interval) gets it
 * back unless the checker ties the reading.
 *
 * - `life/one-column`: 表2 one column, a time point of 表1 (「6か月」): the interval from it to 表1's next point (counts
 *   at the start) or from 表1's point before (at the end). Lines 「死亡」「打ち切り」 (words of events or censoring),
 *   「その他」 and 「計」.
 * - `life/two-off`: 表1 over five points, 表2 over every second one (0, 2u, 4u): each of 表2's intervals spans two of
 *   表1's steps; counts at the start or at the end.
 * - `life/one-plain`: as `life/one-column`, the two lines under no word (「区分A」「理由B」), title naming no censoring.
 *
 * Judged by the oracle (oracle.ts `spanSteps`, written apart: no label of the lines looked at) — life61-measure.ts. The
 * innocent look-alikes: the same tables with 表1 falling by other amounts (no interval fits).
 */
import { int, pick } from './helpers.ts';
import { lifeTable as table } from './life48-families.ts';
import { drawn } from './life55-families.ts';

export type Kind = 'life/one-column' | 'life/two-off' | 'life/one-plain';
export const KINDS: readonly Kind[] = ['life/one-column', 'life/two-off', 'life/one-plain'];
export interface Case {
  kind: Kind;
  text: string;
}
/** The lines' words (events, censored, at risk, other, and under no word), shared by rede62, life64 and life66 (review68). */
export const EVENTS = ['死亡', 'イベント', 'Deaths', '増悪'];
export const CENSORED = ['打ち切り', 'Censored', '追跡不能', '脱落'];
export const RISK = ['人数', '患者数', 'At risk', 'Number at risk'];
export const OTHER = ['その他', '不明', 'Other'];
export const PLAIN = ['区分A', '理由A', 'Group A', '分類イ'];
export const PLAIN2 = ['区分B', '理由B', 'Group B', '分類ロ'];

export function make(kind: Kind, next: () => number, innocent = false): Case {
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const unit = pick(next, [3, 6]);
  const points = kind === 'life/two-off' ? 5 : pick(next, [3, 4, 5]);
  const steps = points - 1;
  // Per step of 表1 its events and censored (10–30, one small where drawn).
  const ev = Array.from({ length: steps }, () => int(next, 10, 30));
  const cs = Array.from({ length: steps }, () => int(next, 10, 30));
  const ends = Array.from({ length: points }, () => 0);
  ends[steps] = int(next, 20, 80);
  for (let n = steps - 1; n >= 0; n--) ends[n] = ends[n + 1]! + (innocent ? int(next, 15, 70) : ev[n]! + cs[n]!);
  const times = Array.from({ length: points }, (_, j) => `${j * unit}${style}`);
  const first = table(pick(next, ['# 表1', '# 表1 追跡の状況', '# 図1の下']), [pick(next, RISK)], [ends], times, next() < 0.5);
  const atEnd = next() < 0.5;
  // 表2's columns: each an interval [from, to) of 表1's steps, printed at its start or its end.
  const spans: [number, number][] =
    kind !== 'life/two-off'
      ? [
          (() => {
            const s = int(next, 0, steps - 1);
            return [s, s + 1] as [number, number];
          })(),
        ]
      : [
          [0, 2],
          [2, 4],
        ];
  const of = (xs: number[], [f, t]: [number, number]) => xs.slice(f, t).reduce((s, x) => s + x, 0);
  const e = spans.map((sp) => of(ev, sp));
  const c = spans.map((sp) => of(cs, sp));
  const o = spans.map(() => int(next, 10, 30));
  const where = int(next, 0, 2);
  const col = int(next, 0, spans.length - 1);
  const small = int(next, 1, 9);
  // The small count: 死亡, 打ち切り (表1's fall follows) or その他.
  if (where === 0) {
    const d = e[col]! - small;
    e[col] = small;
    c[col] = c[col]! + d;
  } else if (where === 1) {
    const d = c[col]! - small;
    c[col] = small;
    e[col] = e[col]! + d;
  } else o[col] = small;
  const labels = spans.map(([f, t]) => times[atEnd ? t : f]!);
  // two-off printed over its three points (0, 2u, 4u): the column outside the spans another count.
  const cols = kind === 'life/two-off' ? (atEnd ? [times[0]!, ...labels] : [...labels, times[4]!]) : labels;
  const pad = (xs: number[]) => (kind === 'life/two-off' ? (atEnd ? [0, ...xs] : [...xs, int(next, 10, 30)]) : xs);
  const lines: [string, number[]][] = [
    [kind === 'life/one-plain' ? pick(next, PLAIN) : pick(next, EVENTS), pad(e)],
    [kind === 'life/one-plain' ? pick(next, PLAIN2) : pick(next, CENSORED), pad(c)],
    [pick(next, OTHER), pad(o)],
  ];
  if (next() < 0.5) lines.reverse();
  lines.push(['計', cols.map((_, k) => lines.reduce((s, [, v]) => s + v[k]!, 0))]);
  const second = table(
    pick(
      next,
      kind === 'life/one-plain' ? ['# 表2', '# 表2 各期間の内訳', '# 表2 内訳'] : ['# 表2', '# 表2 各期間の内訳', '# 打ち切りの内訳'],
    ),
    lines.map(([n]) => n),
    lines.map(([, v]) => v),
    cols,
    next() < 0.5,
  );
  return { kind, text: `${first}\n\n${second}\n` };
}

export const { family, innocent } = drawn(make);
