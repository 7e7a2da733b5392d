/**
 * life44 (issue #11): what life42 left open in life tables.
 *
 * - `life/arms-across`: two arms' at-risk lines in one table (「A群」「B群」 under 「# 図1」, no word for at risk), their
 *   events and censored in another over the same two points (「A群a」「A群b」「B群a」「B群b」); the small count in the
 *   smaller arm A (B's at-risk line larger at both points).
 * - `life/arms-split`: arm A's life table (「A群」 and its two lines) and B's at-risk line in one table, B's two lines in
 *   another; B larger at both points, the small count in A (A is no table's largest line).
 * - `life/arms-crossed`: each table one arm's at-risk line and the other arm's lines (「A群」 beside B's two lines in one
 *   table, 「B群」 beside A's in the other over the same two points).
 * - `life/years-one`, `life/years-across`: life42's `later-one` and `later-across` over two calendar years (「2023年」
 *   「2024年」) in place of follow-up time points.
 * Each: one count of the interval small (1–9), hidden by the checker; judged by the oracle (`steps`, `oneStep`) and by a
 * reader who knows the arms (life44-measure.ts `armLeaks`).
 * - `life/end-over`: a life table over two points (「人数」 and two lines under no word, from 「0か月」) whose lines at
 *   the last point sum to more than the at-risk there (the events of an interval from the last point more than those at
 *   risk at it: impossible as a life table read with the events printed at the interval's start). Judged by what is
 *   said: `table/life-table` said as a life table (`life`), said as no possible life table (`arith`), or not said.
 * - `life/beside-rising`: an at-risk line under no word (「人数」) from 「0か月」 over three to five points, one fall small
 *   (1–9), beside one line under no word (「区分2」「その他」) that rises and is larger at the last point: those who left
 *   the risk set so far (the at-risk line's first count less it: the sum constant) or the events so far (part of
 *   each fall). Judged by what is said (`line/maybe-at-risk`, or a refusal).
 */
import { int, lcg, pick } from './helpers.ts';
import { arm } from './life37-families.ts';

export type Kind =
  | 'life/arms-across'
  | 'life/arms-split'
  | 'life/arms-crossed'
  | 'life/years-one'
  | 'life/years-across'
  | 'life/end-over'
  | 'life/beside-rising';
/** The kinds judged by the oracle and the arm reader (a hidden count recovered or not). */
export const KINDS: readonly Kind[] = ['life/arms-across', 'life/arms-split', 'life/arms-crossed', 'life/years-one', 'life/years-across'];
/** The kinds judged by what is said. */
export const SAID: readonly Kind[] = ['life/end-over', 'life/beside-rising'];

export interface Case {
  kind: Kind;
  text: string;
}

const UNNAMED = ['人数', 'n', '患者数', '例数'];
const NEUTRAL = [
  ['理由1', '理由2'],
  ['区分1', '区分2'],
  ['その他', 'それ以外'],
  ['a', 'b'],
];
const ARM_NEUTRAL = [
  ['その他', 'それ以外'],
  ['a', 'b'],
  ['甲', '乙'],
];
/** Two calendar years, as written. */
export const YEARS: readonly (readonly [string, string])[] = [
  ['2023年', '2024年'],
  ['2021年', '2022年'],
  ['2019年', '2020年'],
  ['2023', '2024'],
];
const START: readonly (readonly [string, string])[] = [
  ['0か月', '6か月'],
  ['0週', '12週'],
  ['0日', '30日'],
];

/** A table of `names` lines over `times`: the time points as columns (`cols`) or as rows. */
const table = (head: string[], names: string[], series: number[][], times: readonly string[], cols: boolean) =>
  [
    ...head,
    ...(cols
      ? [['', ...times].join('\t'), ...names.map((n, i) => [n, ...series[i]!].join('\t'))]
      : [['時点', ...names].join('\t'), ...times.map((t, k) => [t, ...series.map((s) => s[k])].join('\t'))]),
  ].join('\n');

/** Two arms over two points: A with a small count at the first point, B with none and its at-risk line above A's. */
const arms = (next: () => number) => {
  const a = arm(next, 2);
  const b = arm(next, 2);
  b.events[0] = int(next, 12, 40);
  const lift = Math.max(0, ...a.risk.map((v, k) => v - b.risk[k]!)) + int(next, 1, 30);
  const bRisk = b.risk.map((v, k) => (k === 0 ? v + lift + b.events[0]! - (b.risk[0]! - b.risk[1]! - b.censored[0]!) : v + lift));
  return { a, b: { ...b, risk: bRisk } };
};

/** One case of `kind` from `next`. */
export function make(kind: Kind, next: () => number): Case {
  const cols = next() < 0.5;
  const head = () => [pick(next, ['# 図1', '# 表1', '# 図1の下'])];
  const head2 = () => [pick(next, ['# 表2', '# 各期間の内訳'])];
  if (kind === 'life/beside-rising') {
    const unit = pick(next, ['か月', 'ヶ月', '週']);
    const step = pick(next, [3, 6, 12]);
    const points = int(next, 3, 5);
    const times = Array.from({ length: points }, (_, k) => `${k * step}${unit}`);
    const small = int(next, 0, points - 2);
    const falls = Array.from({ length: points - 1 }, (_, k) => (k === small ? int(next, 1, 9) : int(next, 30, 60)));
    const risk = [falls.reduce((a, b) => a + b, 0) + int(next, 12, 20)];
    for (const f of falls) risk.push(risk.at(-1)! - f);
    let sum = 0;
    const left = next() < 0.5;
    const rising = [0, ...falls.map((f) => (sum += left ? f : Math.ceil(f * 0.8)))];
    const name = pick(next, ['区分2', 'その他', 'b', '区分B']);
    return { kind, text: table(head(), [pick(next, UNNAMED), name], [risk, rising], times, cols) + '\n' };
  }
  const taking = pick(next, kind.startsWith('life/arms') ? ARM_NEUTRAL : NEUTRAL);
  if (kind === 'life/arms-crossed') {
    const a = arm(next, 2);
    const b = arm(next, 2);
    b.events[0] = int(next, 12, 40);
    b.risk[0] = b.risk[1]! + b.events[0]! + b.censored[0]!;
    const times = pick(next, START);
    const [ax, ay, bx, by] = [`A群${taking[0]}`, `A群${taking[1]}`, `B群${taking[0]}`, `B群${taking[1]}`];
    const first = table(head(), ['A群', bx, by], [a.risk, b.events, b.censored], times, cols);
    const second = table(head2(), ['B群', ax, ay], [b.risk, a.events, a.censored], times, next() < 0.5);
    return { kind, text: `${first}\n\n${second}\n` };
  }
  if (kind === 'life/arms-across' || kind === 'life/arms-split') {
    const times = pick(next, START);
    const { a, b } = arms(next);
    const [ax, ay, bx, by] = [`A群${taking[0]}`, `A群${taking[1]}`, `B群${taking[0]}`, `B群${taking[1]}`];
    if (kind === 'life/arms-across') {
      const first = table(head(), ['A群', 'B群'], [a.risk, b.risk], times, cols);
      const second = table(head2(), [ax, ay, bx, by], [a.events, a.censored, b.events, b.censored], times, next() < 0.5);
      return { kind, text: `${first}\n\n${second}\n` };
    }
    const first = table(head(), ['A群', ax, ay, 'B群'], [a.risk, a.events, a.censored, b.risk], times, cols);
    const second = table(head2(), [bx, by], [b.events, b.censored], times, next() < 0.5);
    return { kind, text: `${first}\n\n${second}\n` };
  }
  if (kind === 'life/end-over') {
    const times = pick(next, START);
    const a = arm(next, 2);
    // The lines at the last point: more than at risk there (a fall of the interval from it larger than its risk set).
    const over = a.risk[1]! + int(next, 1, 30);
    a.events[1] = Math.ceil(over / 2);
    a.censored[1] = over - a.events[1];
    return { kind, text: table(head(), [pick(next, UNNAMED), ...taking], [a.risk, a.events, a.censored], times, cols) + '\n' };
  }
  const risk = pick(next, UNNAMED);
  const times = pick(next, YEARS);
  const a = arm(next, 2);
  if (kind === 'life/years-across') {
    const first = table(head(), [risk], [a.risk], times, true);
    const second = table(head2(), taking, [a.events, a.censored], times, cols);
    return { kind, text: `${first}\n\n${second}\n` };
  }
  return { kind, text: table([], [risk, ...taking], [a.risk, a.events, a.censored], times, cols) + '\n' };
}

/** `count` cases of `kind` from `seed`. */
export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
