/**
 * life64 (issue #11): another table's columns finer than the at-risk line's steps, or cumulative from a point the
 * at-risk line does not print. 51da46af read neither (lifetable.ts `lifeSpans`: b's points all a's, all strictly
 * inside a's intervals, or one point): a step of 表1 published as the sum of 表2's columns gave a hidden count back.
 *
 * - `mid/start`: 表2 at 表1's points and points between them (「0か月」「3か月」「6か月」「9か月」 beside 0/6/12か月), each
 *   column the counts from its point to 表2's next (its last to 表1's next point).
 * - `mid/end`: the same printed at each interval's end (「3か月」「6か月」「9か月」「12か月」: from the point before).
 * - `mid/span`: the columns written as intervals (「0-3か月」「3-6か月」「6-12か月」).
 * - `cum/unprinted`: 表1 from 「6か月」 on (0か月 not printed), 表2 at 表1's points, each column cumulative from 0か月:
 *   the difference of two neighbouring columns the fall between their points.
 * - `cum/plain`: as `cum/unprinted`, the two lines under no word (「区分A」「区分B」).
 *
 * Lines 「死亡」「打ち切り」, 「その他」 and 「計」, one count 1–9 among the intervals' counts. Judged by the oracle
 * (oracle.ts `spanSteps` with life64's `spanFiner`, written apart: no label of the lines looked at). Innocent: 表1
 * falling by other amounts.
 */
import { int, pick } from './helpers.ts';
import { lifeTable as table } from './life48-families.ts';
import { drawn } from './life55-families.ts';
import { CENSORED, EVENTS, OTHER, PLAIN, PLAIN2, RISK } from './life61-families.ts';

export type Kind = 'mid/start' | 'mid/end' | 'mid/span' | 'cum/unprinted' | 'cum/plain';
export const KINDS: readonly Kind[] = ['mid/start', 'mid/end', 'mid/span', 'cum/unprinted', 'cum/plain'];
export interface Case {
  kind: Kind;
  text: string;
}

export function make(kind: Kind, next: () => number, innocent = false): Case {
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const unit = pick(next, [6, 12]);
  const steps = pick(next, [2, 3]);
  const cum = kind.startsWith('cum/');
  // 表1's points: from 0 (mid) or from one unit on (cum: 0 not printed, 表2 counted from it).
  const a0 = cum ? 1 : 0;
  const aAt = Array.from({ length: steps + 1 }, (_, j) => (a0 + j) * unit);
  // The sub-intervals: 表1's steps, some halved (one at least); cum: 表1's steps with [0, first] before them.
  const subs: [number, number][] = [];
  if (cum) {
    subs.push([0, aAt[0]!]);
    for (let i = 0; i < steps; i++) subs.push([aAt[i]!, aAt[i + 1]!]);
  } else {
    const halve = Array.from({ length: steps }, () => next() < 0.5);
    if (!halve.some((h) => h)) halve[int(next, 0, steps - 1)] = true;
    for (let i = 0; i < steps; i++) {
      const [x, y] = [aAt[i]!, aAt[i + 1]!];
      if (halve[i]) subs.push([x, x + unit / 2], [x + unit / 2, y]);
      else subs.push([x, y]);
    }
  }
  const ev = subs.map(() => int(next, 10, 30));
  const cs = subs.map(() => int(next, 10, 30));
  const ot = subs.map(() => int(next, 10, 30));
  const small = int(next, 1, 9);
  const where = int(next, 0, 2);
  // cum: the small count in the interval before 表1's first point (表2's first column, the only small cell printed).
  const at = cum ? 0 : int(next, 0, subs.length - 1);
  [ev, cs, ot][where]![at] = small;
  // 表1: at risk at its points, each step the counts of its sub-intervals (innocent: other amounts).
  const inside = (i: number) => subs.flatMap(([x, y], s) => (x >= aAt[i]! && y <= aAt[i + 1]! ? [s] : []));
  const ends = Array.from({ length: steps + 1 }, () => 0);
  ends[steps] = int(next, 20, 80);
  for (let i = steps - 1; i >= 0; i--)
    ends[i] = ends[i + 1]! + (innocent ? int(next, 25, 90) : inside(i).reduce((s, k) => s + ev[k]! + cs[k]!, 0));
  const label = (x: number) => `${x}${style}`;
  const first = table(pick(next, ['# 表1', '# 表1 追跡の状況', '# 図1の下']), [pick(next, RISK)], [ends], aAt.map(label), next() < 0.5);
  let cols: string[];
  let e: number[];
  let c: number[];
  let o: number[];
  if (cum) {
    // Cumulative from 0: 表2's column at 表1's point j the counts of 0 → it.
    const upTo = (xs: number[], j: number) => xs.slice(0, j + 1).reduce((s, x) => s + x, 0);
    cols = aAt.map(label);
    [e, c, o] = [ev, cs, ot].map((xs) => aAt.map((_, j) => upTo(xs, j))) as [number[], number[], number[]];
  } else {
    cols =
      kind === 'mid/span'
        ? subs.map(([x, y]) => `${x}-${y}${style}`)
        : kind === 'mid/end'
          ? subs.map(([, y]) => label(y))
          : subs.map(([x]) => label(x));
    [e, c, o] = [ev, cs, ot];
  }
  const plain = kind === 'cum/plain';
  const lines: [string, number[]][] = [
    [plain ? pick(next, PLAIN) : pick(next, EVENTS), e],
    [plain ? pick(next, PLAIN2) : pick(next, CENSORED), c],
    [pick(next, OTHER), o],
  ];
  if (next() < 0.5) lines.reverse();
  lines.push(['計', cols.map((_, k) => lines.reduce((s, [, v]) => s + v[k]!, 0))]);
  const second = table(
    pick(next, cum ? ['# 表2', '# 表2 内訳', '# 表2 0か月からの内訳'] : ['# 表2', '# 表2 内訳', '# 打ち切りの内訳']),
    lines.map(([n]) => n),
    lines.map(([, v]) => v),
    cols,
    next() < 0.5,
  );
  return { kind, text: `${first}\n\n${second}\n` };
}

export const { family, innocent } = drawn(make);
