/**
 * life50 (issue #11): what life48 left open in life tables. Each case one count of an interval small (1–9, life37's
 * `arm`).
 *
 * - `life/note-censored`: the at-risk line and the events in a table, the censored only in a note's text below it
 *   (「※ 打ち切り: 0-6か月 3例、6-12か月 2例」「打ち切り例は各期間15例」, after a blank line or not): the fall less
 *   the note's censored gives a hidden event back.
 * - `life/between`: the at-risk line at 0/6/12か月 (or 0/12/24…) in one table, the events and censored in another at
 *   points between them (「4か月」「10か月」: each within one interval).
 * - `life/rising`: a line named at risk (「リスク集合」「Number at risk」) rising at one step (a copying slip): no life
 *   table, an input error, not a silent reading.
 * - `life/start`: the events and censored printed at each interval's end, the first column 「0か月」 holding counts
 *   (before follow-up starts): an input error.
 *
 * Judged by life50-measure.ts (the step reader `spanLeaks` of life48 and the oracle; a note's counts as published).
 */
import { int, lcg, pick } from './helpers.ts';
import { arm } from './life37-families.ts';
import { lifeTable, type Fall } from './life48-families.ts';

export type Kind = 'life/note-censored' | 'life/between' | 'life/rising' | 'life/start';
export const KINDS: readonly Kind[] = ['life/note-censored', 'life/between', 'life/rising', 'life/start'];
export interface Case {
  kind: Kind;
  text: string;
  falls: Fall[];
  /** The censored of each interval given in a note (published as text): the events' line and its positions. */
  note?: { events: string; risk: string; at: number[]; censored: number[] };
}
const EVENTS = ['イベント', '死亡', 'Events', '増悪'];
const CENSORED = ['打ち切り', 'Censored', '追跡不能', '脱落'];
const RISK = ['リスク集合', 'Number at risk', 'リスク人数', 'At risk'];

export function make(kind: Kind, next: () => number): Case {
  const unit = pick(next, ['か月', 'ヶ月']);
  const [ev, cs] = [pick(next, EVENTS), pick(next, CENSORED)];
  const head1 = pick(next, ['# 表1', '# 図1の下']);
  const head2 = pick(next, ['# 表2', '# 各期間の内訳']);
  const cols = next() < 0.5;
  const parts = (n: number): Fall['parts'] => [
    [ev, n],
    [cs, n],
  ];
  if (kind === 'life/note-censored') {
    const points = int(next, 3, 4);
    const step = pick(next, [3, 6, 12]);
    const a = arm(next, points);
    const times = Array.from({ length: points }, (_, k) => `${k * step}${unit}`);
    const risk = pick(next, RISK);
    const first = lifeTable(head1, [risk, ev], [a.risk, a.events], times, cols);
    const spans = times.slice(0, -1).map((_, n) => `${n * step}-${(n + 1) * step}${unit}`);
    const same = a.censored.slice(0, -1).every((x) => x === a.censored[0]);
    const note = pick(next, [
      `※ 打ち切り: ${spans.map((s, n) => `${s} ${a.censored[n]}例`).join('、')}`,
      `注：打ち切り例は${spans.map((s, n) => `${s}で${a.censored[n]}例`).join('、')}`,
      ...(same ? [`※ 打ち切り例は各期間${a.censored[0]}例`] : []),
    ]);
    const blank = next() < 0.5 ? '\n' : '';
    return {
      kind,
      text: `${first}\n${blank}${note}\n`,
      falls: [],
      note: { events: ev, risk, at: times.slice(0, -1).map((_, n) => n), censored: a.censored.slice(0, -1) },
    };
  }
  if (kind === 'life/between') {
    const coarse = int(next, 2, 3);
    const step = pick(next, [6, 12]);
    const a = arm(next, coarse + 1);
    const times = Array.from({ length: coarse + 1 }, (_, k) => `${k * step}${unit}`);
    const risk = pick(next, [...RISK, '人数']);
    const first = lifeTable(head1, [risk], [a.risk], times, cols);
    // Each interval's events and censored printed at a point strictly inside it (「4か月」 of 0–6か月).
    const off = int(next, 1, step - 1);
    const mids = Array.from({ length: coarse }, (_, n) => `${n * step + off}${unit}`);
    const second = lifeTable(head2, [ev, cs], [a.events.slice(0, coarse), a.censored.slice(0, coarse)], mids, next() < 0.5);
    const falls = Array.from({ length: coarse }, (_, n) => ({
      from: a.risk[n]!,
      to: a.risk[n + 1]!,
      risk: [risk, n, n + 1] as [string, number, number],
      parts: parts(n),
    }));
    return { kind, text: `${first}\n\n${second}\n`, falls };
  }
  const points = int(next, 3, 4);
  const step = pick(next, [3, 6, 12]);
  const a = arm(next, points);
  const times = Array.from({ length: points }, (_, k) => `${k * step}${unit}`);
  const risk = pick(next, RISK);
  if (kind === 'life/rising') {
    // One at-risk count copied too large (a digit slipped): above the one before it.
    const k = int(next, 1, points - 1);
    const shown = [...a.risk];
    shown[k] = shown[k - 1]! + int(next, 1, 20);
    const text = `${lifeTable(head1, [risk, ev, cs], [shown, a.events, a.censored], times, cols)}\n`;
    return { kind, text, falls: [] };
  }
  // life/start: each interval's counts at its end; the first column (0か月) holding counts too.
  const ends = [int(next, 1, 9), ...a.events.slice(0, -1)];
  const cens = [int(next, 1, 9), ...a.censored.slice(0, -1)];
  const text = `${lifeTable(head1, [risk, ev, cs], [a.risk, ends, cens], times, cols)}\n`;
  const falls = Array.from({ length: points - 1 }, (_, n) => ({
    from: a.risk[n]!,
    to: a.risk[n + 1]!,
    risk: [risk, n, n + 1] as [string, number, number],
    parts: [
      [ev, n + 1],
      [cs, n + 1],
    ] as Fall['parts'],
  }));
  return { kind, text, falls };
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
