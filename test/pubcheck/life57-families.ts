/**
 * life57 (issue #11): the at-risk line in 表1, the events in 表2 and the censored in 表3 (life55's `threeWay`), where
 * more than one pair of 表2's and 表3's lines takes the fall, or where 表2's and 表3's time points are not 表1's. One
 * count under the threshold (1–9) among the lines over the points (a 「その他」 under 「計」 in 表2, or an event or a
 * censored count itself): hidden, its complement hidden beside it, and a reader taking the fall of 表1's line (at risk
 * at t − at risk at t′ = events + censored of the interval) gets it back unless the checker ties the reading.
 *
 * - `life/three-pairs`: the same points in the three tables; 表2 two lines said events (「イベント」「増悪」), 表3 two
 *   said censored (「打ち切り」「追跡不能」), the second pair differing from the first by d per interval the other way
 *   (增悪 = イベント + d, 追跡不能 = 打ち切り − d): both pairs take the fall, the small count in either.
 *   4ebba5ca ties the first pair that fits only.
 * - `life/three-subset`: 表2 and 表3 at some of 表1's points — coarser (表1 at 0/3/6/9/12か月, 表2 and 表3 at
 *   0/6/12か月 or 6/12か月) or one point fewer (表1 at four points, 表2 and 表3 at the first three or the last three).
 * - `life/three-shifted`: 表2 at the intervals' ends one point past 表1's last (表1 0/6/12, 表2 6/12/18か月: its 18か月
 *   the interval after 表1's points, another count), 表3 likewise or at the intervals' starts over 表1's points.
 *
 * Each interval's counts at its start or at its end; a column of 表2 or 表3 whose interval lies past 表1's points holds
 * other counts (10–30). The at-risk line's label under no word (「人数」「患者数」「区分1」) or named (「At risk」).
 * Judged by the oracle (oracle.ts `threeWay`, no label of the lines looked at) — life57-measure.ts.
 */
import { int, pick } from './helpers.ts';
import { lifeTable } from './life48-families.ts';
import { drawn, OTHER } from './life55-families.ts';

export type Kind = 'life/three-pairs' | 'life/three-subset' | 'life/three-shifted';
export const KINDS: readonly Kind[] = ['life/three-pairs', 'life/three-subset', 'life/three-shifted'];
export interface Case {
  kind: Kind;
  text: string;
}
const EVENTS = ['イベント', '死亡', 'Events'];
const EVENTS2 = ['増悪', '再発', 'Progression'];
const CENSORED = ['打ち切り', 'Censored', '打切り'];
const CENSORED2 = ['追跡不能', '脱落', 'Lost to follow-up'];
/** The at-risk line's labels (life57–59). */
export const RISK = ['人数', '患者数', '区分1', '人数', '患者数', 'At risk', 'Number at risk'];

/** A table of events or censored: its points (indices into the time grid) and, per point, the interval it holds. */
interface Side {
  points: number[];
  /** Per point: the index of 表1's interval (its step) whose counts it holds, or -1 (past 表1's points). */
  holds: number[];
}

/**
 * The innocent look-alikes (`innocent`): the same three tables, 表1's line falling by random amounts (15–70 a step),
 * not by 表2's and 表3's lines (an exact fit only by chance).
 */
export function make(kind: Kind, next: () => number, innocent = false): Case {
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const label = pick(next, RISK);
  const [ev, cs, other] = [pick(next, EVENTS), pick(next, CENSORED), pick(next, OTHER)];
  const [ev2, cs2] = [pick(next, EVENTS2), pick(next, CENSORED2)];
  const end = next() < 0.5;
  // The grid of time points (multiples of `unit`), 表1's among them, each step of 表1 an interval.
  const unit = pick(next, [3, 6]);
  let riskAt: number[];
  let b: Side;
  let c: Side;
  const own = (pts: number[], at: number[], atEnd: boolean): Side => ({
    points: pts,
    holds: pts.map((p) => {
      const i = at.indexOf(p);
      if (atEnd) return i > 0 ? i - 1 : i === 0 ? -2 : -1;
      return i >= 0 && i < at.length - 1 ? i : -1;
    }),
  });
  if (kind === 'life/three-pairs') {
    riskAt = Array.from({ length: pick(next, [3, 3, 4]) }, (_, j) => j * 2);
    b = own(riskAt, riskAt, end);
    c = own(riskAt, riskAt, end);
  } else if (kind === 'life/three-subset') {
    if (next() < 0.5) {
      // Coarser: 表1 at every point 0..4, 表2 and 表3 at 0/2/4 (intervals 0–2, 2–4 of the grid).
      riskAt = [0, 1, 2, 3, 4];
      const pts = end
        ? pick(next, [
            [0, 2, 4],
            [2, 4],
          ])
        : [0, 2, 4];
      const coarse = [0, 2, 4];
      b = own(pts, coarse, end);
      c = own(pts, coarse, end);
    } else {
      // One point fewer: 表1 at four points, 表2 and 表3 at the first three (start) or the last three (end).
      riskAt = [0, 2, 4, 6];
      const pts = end ? [2, 4, 6] : [0, 2, 4];
      b = own(pts, riskAt, end);
      c = own(pts, riskAt, end);
    }
  } else {
    riskAt = Array.from({ length: pick(next, [3, 4]) }, (_, j) => j * 2);
    // 表2 at the intervals' ends, one point past 表1's last; 表3 likewise or at the starts over 表1's points.
    const past = [...riskAt.slice(1), riskAt.at(-1)! + 2];
    b = own(past, riskAt, true);
    c = next() < 0.5 ? own(past, riskAt, true) : own(riskAt, riskAt, false);
  }
  // The intervals: for the coarse grid its two, else 表1's steps.
  const coarse = kind === 'life/three-subset' && riskAt.length === 5;
  const steps = coarse ? 2 : riskAt.length - 1;
  const evs = Array.from({ length: steps }, () => int(next, 10, 30));
  const css = Array.from({ length: steps }, () => int(next, 10, 30));
  const d = Array.from({ length: steps }, () => int(next, 1, 8));
  // The small count: in 「その他」 (under 「計」 in 表2) or an event or censored count itself (of either pair).
  const where = pick(next, kind === 'life/three-pairs' ? ['other', 'ev', 'cs', 'ev2', 'cs2'] : ['other', 'other', 'ev', 'cs']);
  const at = int(next, 0, steps - 1);
  const small = int(next, 1, 9);
  // d keeps the second pair's counts at least 1 (増悪 ≥ イベント, 追跡不能 = 打ち切り − d ≥ 1).
  d.forEach((x, n) => (d[n] = Math.min(x, css[n]! - 1)));
  if (where === 'ev') evs[at] = small;
  if (where === 'cs') {
    css[at] = small;
    d[at] = int(next, 0, small - 1);
  }
  if (where === 'ev2') {
    d[at] = int(next, 0, small - 1);
    evs[at] = small - d[at]!;
  }
  if (where === 'cs2') d[at] = css[at]! - small;
  // 表1's line: its last point 20–80, each interval's fall its events and censored (the coarse grid's points between
  // any value between its ends).
  const ends = Array.from({ length: steps + 1 }, () => 0);
  ends[steps] = int(next, 20, 80);
  for (let n = steps - 1; n >= 0; n--) ends[n] = ends[n + 1]! + (innocent ? int(next, 15, 70) : evs[n]! + css[n]!);
  const risk = coarse ? [ends[0]!, int(next, ends[1]!, ends[0]!), ends[1]!, int(next, ends[2]!, ends[1]!), ends[2]!] : ends;
  const cell = (xs: number[], side: Side) => side.holds.map((h) => (h >= 0 ? xs[h]! : h === -2 ? 0 : int(next, 10, 30)));
  const label1 = (p: number) => `${p * unit}${style}`;
  const oth = b.points.map(() => int(next, 10, 30));
  if (where === 'other') oth[b.holds.indexOf(at) >= 0 ? b.holds.indexOf(at) : 0] = small;
  const ev1 = cell(evs, b);
  const lines2: [string, number[]][] = [[ev, ev1]];
  const lines3: [string, number[]][] = [[cs, cell(css, c)]];
  if (kind === 'life/three-pairs') {
    // The second pair: 増悪 = イベント + d, 追跡不能 = 打ち切り − d (the columns past the points other counts).
    const ev2s = evs.map((x, n) => x + d[n]!);
    const cs2s = css.map((x, n) => x - d[n]!);
    lines2.push([ev2, cell(ev2s, b)]);
    lines3.push([cs2, cell(cs2s, c)]);
    if (next() < 0.5) lines2.reverse();
    if (next() < 0.5) lines3.reverse();
  }
  lines2.push([other, oth]);
  lines2.push(['計', b.points.map((_, k) => lines2.reduce((s, [, xs]) => s + xs[k]!, 0))]);
  const first = lifeTable(pick(next, ['# 表1', '# 表1 追跡の状況', '# 図1の下']), [label], [risk], riskAt.map(label1), next() < 0.5);
  const second = lifeTable(
    pick(next, ['# 表2', '# 表2 イベント']),
    lines2.map(([n]) => n),
    lines2.map(([, xs]) => xs),
    b.points.map(label1),
    next() < 0.5,
  );
  const third = lifeTable(
    pick(next, ['# 表3', '# 表3 打ち切り']),
    lines3.map(([n]) => n),
    lines3.map(([, xs]) => xs),
    c.points.map(label1),
    next() < 0.5,
  );
  return { kind, text: `${first}\n\n${second}\n\n${third}\n` };
}

export const { family, innocent } = drawn(make);
