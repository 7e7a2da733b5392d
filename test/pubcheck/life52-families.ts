/**
 * life52 (issue #11): what life50/51 left open in life tables. Each case one count of an interval small (1–9, life37's
 * `arm`).
 *
 * - `life/note-each`: the censored in a note naming one number for every interval (「※ 打ち切り例は各期間15例」
 *   「Censored: 15 in each interval」), the at-risk line and the events in the table: the fall less the note's count
 *   gives a hidden event back.
 * - `life/note-english`: the note in English (「Censored: 0-6 months 12, 6-12 months 20」), the table's points in
 *   English or Japanese.
 * - `life/start-unnamed`: a line under no word (「人数」「全体」「患者数」) over three points (two steps), each
 *   interval's events and censored printed at its end, counts at 「0か月」 too (before follow-up starts).
 * - `life/within-two`: at risk at 0/6/12か月 in one table, the events and censored in another at two points inside
 *   one interval (「2か月」「4か月」 of 0–6か月): the interval's fall the sum of four cells.
 *
 * Judged by life52-measure.ts.
 */
import { int, lcg, pick } from './helpers.ts';
import { arm } from './life37-families.ts';
import { lifeTable, type Fall } from './life48-families.ts';

export type Kind = 'life/note-each' | 'life/note-english' | 'life/start-unnamed' | 'life/within-two';
export const KINDS: readonly Kind[] = ['life/note-each', 'life/note-english', 'life/start-unnamed', 'life/within-two'];
export interface Case {
  kind: Kind;
  text: string;
  falls: Fall[];
  /** The censored of each interval given in a note (published as text): the events' line and its positions. */
  note?: { events: string; risk: string; at: number[]; censored: number[]; word: string };
  /** life/within-two: per interval the at-risk cells at its ends and the cells (label, position) taking its fall. */
  spans?: { risk: [string, number, number]; parts: [string, number][] }[];
}
const EVENTS = ['イベント', '死亡', 'Events', '増悪'];
const CENSORED = ['打ち切り', 'Censored', '追跡不能', '脱落'];
const RISK = ['リスク集合', 'Number at risk', 'リスク人数', 'At risk'];
const UNNAMED = ['人数', '全体', '患者数', '症例数', 'N'];

export function make(kind: Kind, next: () => number): Case {
  const unit = pick(next, ['か月', 'ヶ月']);
  const [ev, cs] = [pick(next, EVENTS), pick(next, CENSORED)];
  const head1 = pick(next, ['# 表1', '# 図1の下']);
  const head2 = pick(next, ['# 表2', '# 各期間の内訳']);
  const cols = next() < 0.5;
  if (kind === 'life/note-each' || kind === 'life/note-english') {
    const points = int(next, 3, 4);
    const step = pick(next, [3, 6, 12]);
    const a = arm(next, points);
    const english = kind === 'life/note-english';
    const each = kind === 'life/note-each' ? int(next, 10, 30) : 0;
    // One number for every interval: the at-risk line built again from it.
    if (each) {
      for (let k = 0; k < points - 1; k++) a.censored[k] = each;
      for (let k = points - 2; k >= 0; k--) a.risk[k] = a.risk[k + 1]! + a.events[k]! + a.censored[k]!;
    }
    const enUnit = pick(next, [' months', ' month', 'm']);
    const times = Array.from({ length: points }, (_, k) => `${k * step}${english && next() < 0.5 ? enUnit : unit}`);
    const risk = english ? pick(next, ['Number at risk', 'At risk', 'No. at risk']) : pick(next, RISK);
    const events = english ? pick(next, ['Events', 'Deaths']) : ev;
    const first = lifeTable(head1, [risk, events], [a.risk, a.events], times, cols);
    const u = english ? pick(next, [' months', ' mo']) : unit;
    const spans = times.slice(0, -1).map((_, n) => `${n * step}-${(n + 1) * step}${u}`);
    const note = english
      ? pick(next, [
          `Censored: ${spans.map((s, n) => `${s} ${a.censored[n]}`).join(', ')}`,
          `* Censored: ${spans.map((s, n) => `${s}: ${a.censored[n]}`).join('; ')}`,
          `Note: censored ${spans.map((s, n) => `${s} ${a.censored[n]} patients`).join(', ')}`,
        ])
      : pick(next, [
          `※ 打ち切り例は各期間${each}例`,
          `注：打ち切りは各期間${each}例`,
          `※ 打ち切り: 各期間 ${each}例`,
          `Censored: ${each} in each interval`,
          `* Censored: ${each} per interval`,
        ]);
    const blank = next() < 0.5 ? '\n' : '';
    return {
      kind,
      text: `${first}\n${blank}${note}\n`,
      falls: [],
      note: {
        events,
        risk,
        at: times.slice(0, -1).map((_, n) => n),
        censored: a.censored.slice(0, -1),
        word: /censor/i.test(note) ? 'Censored' : '打ち切り',
      },
    };
  }
  if (kind === 'life/within-two') {
    const coarse = int(next, 2, 3);
    const step = pick(next, [6, 12]);
    const a = arm(next, coarse + 1);
    const times = Array.from({ length: coarse + 1 }, (_, k) => `${k * step}${unit}`);
    const risk = pick(next, [...RISK, '人数']);
    const first = lifeTable(head1, [risk], [a.risk], times, cols);
    // Per interval one or two points strictly inside it; at least one interval with two (the interval's counts split).
    const two = int(next, 0, coarse - 1);
    const mids: string[] = [];
    const evs: number[] = [];
    const css: number[] = [];
    const spans: NonNullable<Case['spans']> = [];
    for (let n = 0; n < coarse; n++) {
      const k = n === two || next() < 0.3 ? 2 : 1;
      const offs = k === 2 ? [int(next, 1, step / 2 - 1), int(next, step / 2, step - 1)] : [int(next, 1, step - 1)];
      const parts: [string, number][] = [];
      // The interval's events and censored split between its points (a small one kept small where it was).
      const [e1, c1] = k === 2 ? [int(next, 0, a.events[n]!), int(next, 0, a.censored[n]!)] : [a.events[n]!, a.censored[n]!];
      const split =
        k === 2
          ? [
              [e1, c1],
              [a.events[n]! - e1, a.censored[n]! - c1],
            ]
          : [[e1, c1]];
      offs.forEach((o, j) => {
        mids.push(`${n * step + o}${unit}`);
        evs.push(split[j]![0]!);
        css.push(split[j]![1]!);
        parts.push([ev, mids.length - 1], [cs, mids.length - 1]);
      });
      spans.push({ risk: [risk, n, n + 1], parts });
    }
    const second = lifeTable(head2, [ev, cs], [evs, css], mids, next() < 0.5);
    return { kind, text: `${first}\n\n${second}\n`, falls: [], spans };
  }
  // life/start-unnamed: a line under no word over three points, each interval's counts at its end, 「0か月」 counts too.
  const points = 3;
  const step = pick(next, [3, 6, 12]);
  const a = arm(next, points);
  const times = Array.from({ length: points }, (_, k) => `${k * step}${unit}`);
  const risk = pick(next, UNNAMED);
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
