/**
 * life55 (issue #11): across tables, a small count's complement among the lines taking an at-risk line's fall, no cell
 * of the steps small. At risk in 表1 (one line under no word for it, or named), over the same time points in 表2 the
 * events and the censored of each interval (none under the threshold), a third line 「その他」 with one small count
 * (1–9) and a 「計」 line of the three: the small count is hidden, its complement hidden among the events or censored
 * beside it, and a reader taking the fall of 表1's line (表1 at t − 表1 at t′ = events + censored) gets it back
 * (within one table read since life53, `smallIn`; across tables not on 4ebba5ca).
 *
 * - `life/across-beside`: three or four points (「0か月」「6か月」「12か月」, 「0 months」…, 「1年」「2年」「3年」,
 *   「1年目」「2年目」「3年目」), each interval's counts at its start or at its end.
 * - `life/across-one`: two points (one step), the lines taking the fall said events or censored (life38's words).
 * - `life/across-three`: as `life/across-beside`, the censored in a third table 表3 (「イベント」「その他」「計」 in 表2).
 * - `life/across-spans`: 表2 over intervals 「0-6か月」「6-12か月」 beside at risk at 0/6/12か月 or 0/3/6/12か月 (`lifeSpans`).
 *
 * The at-risk line's label under no word (「人数」「患者数」「区分1」「n」) or in English (「At risk」「Number at risk」,
 * tied on the base already). Judged by the oracle (attack35-measure.ts `oracleVerdict`, steps across tables of the
 * same labels, one step too) — life55-measure.ts.
 */
import { int, lcg, pick } from './helpers.ts';
import { lifeTable } from './life48-families.ts';

export type Kind = 'life/across-beside' | 'life/across-one' | 'life/across-spans' | 'life/across-three';
export const KINDS: readonly Kind[] = ['life/across-beside', 'life/across-one', 'life/across-spans', 'life/across-three'];
export interface Case {
  kind: Kind;
  text: string;
  /** For the class reader (life55-measure.ts): the at-risk line, per column of 表2 the at-risk points (indices) of its interval, 表2's lines. */
  reader: { risk: string; intervals: ([number, number] | undefined)[]; events: string; censored: string; other: string };
}
const EVENTS = ['イベント', '死亡', 'Events', '増悪'];
const CENSORED = ['打ち切り', 'Censored', '追跡不能', '脱落', '打切り'];
const RISK = ['人数', '患者数', '区分1', 'n', '人数', '患者数', 'At risk', 'Number at risk'];
/** The line beside the fall's lines in 表2 (life55–59). */
export const OTHER = ['その他', '不明', 'Other'];

/** Time points: k of them, as written. */
function points(next: () => number, k: number): string[] {
  const style = pick(next, ['か月', 'ヶ月', ' months', '年', '年目']);
  if (style === '年') return Array.from({ length: k }, (_, j) => `${j + 1}年`);
  if (style === '年目') return Array.from({ length: k }, (_, j) => `${j + 1}年目`);
  const step = pick(next, [3, 6, 12]);
  return Array.from({ length: k }, (_, j) => `${j * step}${style}`);
}

/**
 * The innocent look-alikes (`innocent`): the same two tables, 表1's line falling by random amounts (15–70 a step),
 * not by 表2's lines (an exact fit only by chance). Where one fits by chance it is read as the class is (the numbers
 * cannot tell): the cost.
 */
export function make(kind: Kind, next: () => number, innocent = false): Case {
  const [ev, cs, other] = [pick(next, EVENTS), pick(next, CENSORED), pick(next, OTHER)];
  const label = pick(next, RISK);
  const head1 = pick(next, ['# 表1', '# 表1 追跡の状況', '# 図1の下']);
  const head2 = pick(next, ['# 表2', '# 表2 各期間の内訳', '# 表2 転帰']);
  const [c1, c2] = [next() < 0.5, next() < 0.5];
  if (kind === 'life/across-spans') {
    const unit = pick(next, ['か月', 'ヶ月']);
    const step = pick(next, [3, 6]);
    const riskTimes = step === 3 ? [0, 3, 6, 9, 12] : [0, 6, 12];
    const spans = [
      [0, 6],
      [6, 12],
    ];
    const evs = spans.map(() => int(next, 10, 30));
    const css = spans.map(() => int(next, 10, 30));
    const oth = spans.map(() => int(next, 10, 30));
    oth[int(next, 0, 1)] = int(next, 1, 9);
    const at12 = int(next, 20, 80);
    let at6 = at12 + evs[1]! + css[1]!;
    let at0 = at6 + evs[0]! + css[0]!;
    if (innocent) {
      at6 = at12 + int(next, 15, 70);
      at0 = at6 + int(next, 15, 70);
    }
    // Points between: any values between their ends, falling.
    const risk = riskTimes.map((t) =>
      t === 0 ? at0 : t === 6 ? at6 : t === 12 ? at12 : t === 3 ? int(next, at6, at0) : int(next, at12, at6),
    );
    const first = lifeTable(
      head1,
      [label],
      [risk],
      riskTimes.map((t) => `${t}${unit}`),
      c1,
    );
    const labels = spans.map(([a, b]) => `${a}-${b}${unit}`);
    const second = lifeTable(head2, [ev, cs, other, '計'], [evs, css, oth, spans.map((_, j) => evs[j]! + css[j]! + oth[j]!)], labels, c2);
    const ix = (t: number) => riskTimes.indexOf(t);
    const intervals = spans.map(([a, b]) => [ix(a!), ix(b!)] as [number, number]);
    return { kind, text: `${first}\n\n${second}\n`, reader: { risk: label, intervals, events: ev, censored: cs, other } };
  }
  const k = kind === 'life/across-one' ? 2 : pick(next, [3, 3, 4]);
  const times = points(next, k);
  const evs = times.map(() => int(next, 10, 30));
  const css = times.map(() => int(next, 10, 30));
  const oth = times.map(() => int(next, 10, 30));
  oth[int(next, 0, k - 1)] = int(next, 1, 9);
  const end = next() < 0.5;
  if (end) {
    // Each interval's counts at its end: nothing before follow-up (0 at the first point where it is its start).
    evs[0] = 0;
    css[0] = 0;
  }
  const risk = times.map(() => 0);
  risk[k - 1] = int(next, 20, 80);
  for (let n = k - 2; n >= 0; n--) risk[n] = risk[n + 1]! + (innocent ? int(next, 15, 70) : evs[end ? n + 1 : n]! + css[end ? n + 1 : n]!);
  const first = lifeTable(head1, [label], [risk], times, c1);
  const intervals = times.map(
    (_, j) => (end ? (j > 0 ? [j - 1, j] : undefined) : j + 1 < k ? [j, j + 1] : undefined) as [number, number] | undefined,
  );
  if (kind === 'life/across-three') {
    const second = lifeTable(head2, [ev, other, '計'], [evs, oth, times.map((_, j) => evs[j]! + oth[j]!)], times, c2);
    const third = lifeTable(pick(next, ['# 表3', '# 表3 打ち切り']), [cs], [css], times, next() < 0.5);
    return { kind, text: `${first}\n\n${second}\n\n${third}\n`, reader: { risk: label, intervals, events: ev, censored: cs, other } };
  }
  const second = lifeTable(head2, [ev, cs, other, '計'], [evs, css, oth, times.map((_, j) => evs[j]! + css[j]! + oth[j]!)], times, c2);
  return { kind, text: `${first}\n\n${second}\n`, reader: { risk: label, intervals, events: ev, censored: cs, other } };
}

/**
 * A family's cases (`family`) and its look-alikes' (`innocent`: `make`'s third argument), `count` of a kind drawn in
 * turn from one seed. Shared by life55–59's families.
 */
export function drawn<K, C>(make: (kind: K, next: () => number, innocent?: boolean) => C) {
  const draw =
    (innocent: boolean) =>
    (kind: K, count: number, seed: number): C[] => {
      const next = lcg(seed);
      return Array.from({ length: count }, () => (innocent ? make(kind, next, true) : make(kind, next)));
    };
  return { family: draw(false), innocent: draw(true) };
}

export const { family, innocent } = drawn(make);
