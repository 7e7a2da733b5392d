/**
 * life42 (issue #11): one step (two time points) under no word at all that life40 left unread.
 *
 * - `life/later-one`: at risk under no word for it (「人数」「n」「患者数」「例数」), two lines under no word (「区分1」
 *   「区分2」…) taking its fall, over two time points that are no start of follow-up (「3か月」「6か月」, 「12週」「24週」,
 *   「1年」「2年」, 「30日」「60日」): the at-risk line the largest at both points.
 * - `life/later-across`: the at-risk line alone in one table (「# 図1」), the lines taking its fall in another over the
 *   same two points.
 * - `life/two-arms`: two arms in one table from 「0か月」 (「A群」 and its two lines, 「B群」 and its two), the arm
 *   holding the small count not the largest line (the other arm's at-risk line is larger at both points).
 * Each: one count of the interval small (1–9), hidden by the checker; judged by the oracle (`steps`, `oneStep`) and by
 * a reader of the published cells only (life42-guess.ts).
 */
import { int, lcg, pick } from './helpers.ts';
import { arm } from './life37-families.ts';

export type Kind = 'life/later-one' | 'life/later-across' | 'life/two-arms';
export const KINDS: readonly Kind[] = ['life/later-one', 'life/later-across', 'life/two-arms'];

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
/** Two time points after follow-up's start, as written. */
export const LATER: readonly (readonly [string, string])[] = [
  ['3か月', '6か月'],
  ['6ヶ月', '12ヶ月'],
  ['12か月', '24か月'],
  ['12週', '24週'],
  ['1年', '2年'],
  ['30日', '60日'],
];

/** A table of `names` lines over `times`: the time points as columns (`cols`) or as rows. */
const table = (head: string[], names: string[], series: number[][], times: readonly string[], cols: boolean) =>
  [
    ...head,
    ...(cols
      ? [['', ...times].join('\t'), ...names.map((n, i) => [n, ...series[i]!].join('\t'))]
      : [['時点', ...names].join('\t'), ...times.map((t, k) => [t, ...series.map((s) => s[k])].join('\t'))]),
  ].join('\n');

/** One case of `kind` from `next`. */
export function make(kind: Kind, next: () => number): Case {
  const cols = next() < 0.5;
  // Two arms' lines under the arm's name (「A群その他」): no digit after it (「A群理由1」 is refused as a count in a header).
  const taking = pick(next, kind === 'life/two-arms' ? ARM_NEUTRAL : NEUTRAL);
  const risk = pick(next, UNNAMED);
  if (kind === 'life/two-arms') {
    const times = pick(next, [
      ['0か月', '6か月'],
      ['0週', '12週'],
      ['0日', '30日'],
    ]);
    const a = arm(next, 2);
    // The other arm: no small count, its at-risk line above the first's at both points (by the same amount: its fall kept).
    const b = arm(next, 2);
    b.events[0] = int(next, 12, 40);
    const lift = Math.max(0, ...a.risk.map((v, k) => v - b.risk[k]!)) + int(next, 1, 30);
    const bRisk = b.risk.map((v, k) => (k === 0 ? v + lift + b.events[0]! - (b.risk[0]! - b.risk[1]! - b.censored[0]!) : v + lift));
    const names = ['A群', `A群${taking[0]}`, `A群${taking[1]}`, 'B群', `B群${taking[0]}`, `B群${taking[1]}`];
    const series = [a.risk, a.events, a.censored, bRisk, b.events, b.censored];
    return { kind, text: table([], names, series, times, cols) + '\n' };
  }
  const times = pick(next, LATER);
  const a = arm(next, 2);
  if (kind === 'life/later-across') {
    const first = table([pick(next, ['# 図1', '# 表1', '# 図1の下'])], [risk], [a.risk], times, true);
    const second = table([pick(next, ['# 表2', '# 各期間の内訳'])], taking, [a.events, a.censored], times, cols);
    return { kind, text: `${first}\n\n${second}\n` };
  }
  return { kind, text: table([], [risk, ...taking], [a.risk, a.events, a.censored], times, cols) + '\n' };
}

/** `count` cases of `kind` from `seed`. */
export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
