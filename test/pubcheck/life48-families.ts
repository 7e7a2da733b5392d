/**
 * life48 (issue #11): what life46 left open in life tables across tables. Each case one count of an interval small
 * (1–9, life37's `arm`).
 *
 * - `life/n-apart`: the at-risk counts read as each point's N (「人数」「患者数」 beside 「イベント」: header.ts takes them
 *   out as the points' N), 「打ち切り」 in another table over the same points.
 * - `life/n-offset`: the same, the censored printed at each interval's end (one step off: 「6か月」 for 0–6か月).
 * - `life/span-points`: the at-risk line at 0/3/6/12か月 (or 0/2/4/6/8/12…) in one table, the events and censored
 *   in another at the coarser points (0/6/12か月: each interval's printed at its start, or at its end) — more than one
 *   step off.
 * - `life/span-labels`: the same, the other table's columns intervals as written (「0-6か月」「6〜12ヶ月」).
 *
 * Judged by the step reader (life48-measure.ts `spanLeaks`: the at-risk counts at an interval's two points published,
 * one of the two lines of the interval published, the other hidden and small: the fall less the one gives it back)
 * and the oracle.
 */
import { int, lcg, pick } from './helpers.ts';
import { arm } from './life37-families.ts';

export type Kind = 'life/n-apart' | 'life/n-offset' | 'life/span-points' | 'life/span-labels';
export const KINDS: readonly Kind[] = ['life/n-apart', 'life/n-offset', 'life/span-points', 'life/span-labels'];
/** One interval as a reader takes it: the at-risk counts at its ends, and the two lines' cells (label, position). */
export interface Fall {
  from: number;
  to: number;
  /** The at-risk line's cells at the two ends (label, position), where it is a line (an N is published as such). */
  risk?: [string, number, number];
  parts: [[string, number], [string, number]];
}
export interface Case {
  kind: Kind;
  text: string;
  falls: Fall[];
}
/**
 * A life table's lines as the families print them: `head` (its title line), then the time points across (`cols`: a
 * line a row, its label first) or down (「時点」 over the lines' labels, a point a row). Shared by life48–59's families.
 */
export const lifeTable = (head: string, names: string[], series: number[][], times: readonly string[], cols: boolean) =>
  [
    head,
    ...(cols
      ? [['', ...times].join('\t'), ...names.map((n, i) => [n, ...series[i]!].join('\t'))]
      : [['時点', ...names].join('\t'), ...times.map((t, k) => [t, ...series.map((s) => s[k])].join('\t'))]),
  ].join('\n');
const EVENTS = ['イベント', '死亡', 'Events', '増悪'];
const CENSORED = ['打ち切り', 'Censored', '追跡不能', '脱落'];

export function make(kind: Kind, next: () => number): Case {
  const unit = pick(next, ['か月', 'ヶ月']);
  const [ev, cs] = [pick(next, EVENTS), pick(next, CENSORED)];
  const head1 = pick(next, ['# 表1', '# 図1の下']);
  const head2 = pick(next, ['# 表2', '# 打ち切りの内訳', '# 各期間の内訳']);
  if (kind === 'life/n-apart' || kind === 'life/n-offset') {
    const points = int(next, 2, 4);
    const step = pick(next, [3, 6, 12]);
    const a = arm(next, points);
    const times = Array.from({ length: points }, (_, k) => `${k * step}${unit}`);
    const risk = pick(next, ['人数', '患者数', '例数']);
    // 「人数」 as the points' N needs the table's other lines under it: the events beside it.
    const first = lifeTable(head1, [risk, ev], [a.risk, a.events], times, next() < 0.5);
    const off = kind === 'life/n-offset';
    const later = Array.from({ length: points }, (_, k) => `${(k + 1) * step}${unit}`);
    const second = lifeTable(head2, [cs], [a.censored], off ? later : times, next() < 0.5);
    const falls = Array.from({ length: points - 1 }, (_, n) => ({
      from: a.risk[n]!,
      to: a.risk[n + 1]!,
      parts: [
        [ev, n],
        [cs, n],
      ] as Fall['parts'],
    }));
    return { kind, text: `${first}\n\n${second}\n`, falls };
  }
  // The coarse points (the events' table) and the at-risk points between them (every coarse point one of them).
  const coarse = int(next, 2, 3);
  const step = pick(next, [6, 12]);
  // life37's arm with 30–45 censored an interval: every fall between the at-risk points 10 or more (a small step of
  // the at-risk line alone is refused, cumulative.ts: not this family's question).
  const a = arm(next, coarse + 1);
  for (let n = coarse; n >= 0; n--) {
    a.censored[n] = a.censored[n]! + 20;
    for (let k = 0; k <= n; k++) a.risk[k] = a.risk[k]! + 20;
  }
  const per = pick(next, [2, 3]);
  const fine: string[] = [];
  const atRisk: number[] = [];
  const index: number[] = [];
  for (let n = 0; n <= coarse; n++) {
    index.push(fine.length);
    fine.push(`${n * step}${unit}`);
    atRisk.push(a.risk[n]!);
    if (n === coarse) break;
    // Points between: the count falling from this coarse point to the next (not a step any table prints).
    const lost = a.risk[n]! - a.risk[n + 1]!;
    let left = a.risk[n]!;
    for (let k = 1; k < per; k++) {
      left -= int(next, 10, Math.floor(lost / per));
      fine.push(`${n * step + (k * step) / per}${unit}`);
      atRisk.push(left);
    }
  }
  const riskName = pick(next, ['人数', 'リスク集合', 'Number at risk', 'A群']);
  const first = lifeTable(head1, [riskName], [atRisk], fine, next() < 0.5);
  const atEnd = kind === 'life/span-points' && next() < 0.5;
  const spans = Array.from({ length: coarse }, (_, n) => {
    const [x, y] = [n * step, (n + 1) * step];
    return pick(next, [`${x}-${y}${unit}`, `${x}〜${y}${unit}`, `${x}–${y}${unit}`, `${x}${unit}-${y}${unit}`]);
  });
  const points = Array.from({ length: coarse }, (_, n) => `${(atEnd ? n + 1 : n) * step}${unit}`);
  const labels = kind === 'life/span-labels' ? spans : points;
  const second = lifeTable(head2, [ev, cs], [a.events.slice(0, coarse), a.censored.slice(0, coarse)], labels, next() < 0.5);
  const falls = Array.from({ length: coarse }, (_, n) => ({
    from: a.risk[n]!,
    to: a.risk[n + 1]!,
    risk: [riskName, index[n]!, index[n + 1]!] as [string, number, number],
    parts: [
      [ev, n],
      [cs, n],
    ] as Fall['parts'],
  }));
  return { kind, text: `${first}\n\n${second}\n`, falls };
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
