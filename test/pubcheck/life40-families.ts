/**
 * life40 (issue #11): life tables life38 left unread.
 *
 * - `life/leaving-one`: at risk under no word for it (「人数」「n」「患者数」), and two lines of patients leaving the risk
 *   set in words life38 did not take (「転院」「追跡不能」「中止」「Lost to follow-up」「Withdrawn」), over two time points
 *   (one step).
 * - `life/survival-one`: the same under a title naming a survival analysis (「# 全生存期間」「# Kaplan-Meier曲線」), the
 *   lines taking the fall under no word (「理由1」「区分1」「その他」).
 * - `life/survival-across`: the at-risk line alone in a table so titled, the lines taking its fall (no word) in another
 *   table over the same two time points.
 * - `life/plain-one`: `life/survival-one` with no title and no word at all; `life/plain-across`: `life/survival-across`
 *   so (the first table titled 「# 図1」「# 表1」).
 * Each: one count of the interval small (1–9); judged by the oracle (`steps`, `oneStep`).
 * - `life/alone`: at-risk lines alone (no events or censored anywhere), under no word for at risk (「人数」 under
 *   「# 図1」, or 「A群」「B群」), over three to five time points, one fall small (1–9).
 * - `life/alone-titled`: the same under a title naming a survival analysis.
 * These two print no cell a fall could be hidden in: judged by what the checker says (refused, warned or silent).
 */
import { int, lcg, pick } from './helpers.ts';
import { arm } from './life37-families.ts';

export type Kind =
  | 'life/leaving-one'
  | 'life/survival-one'
  | 'life/survival-across'
  | 'life/plain-one'
  | 'life/plain-across'
  | 'life/alone'
  | 'life/alone-titled';
/** The kinds judged by the oracle (a hidden count recovered or not). */
export const KINDS: readonly Kind[] = [
  'life/leaving-one',
  'life/survival-one',
  'life/survival-across',
  'life/plain-one',
  'life/plain-across',
];
/** The kinds judged by what is said (no cell holds the small fall). */
export const ALONE: readonly Kind[] = ['life/alone', 'life/alone-titled'];

export interface Case {
  kind: Kind;
  text: string;
}

const UNNAMED = ['人数', 'n', '患者数', '例数'];
const LEAVING = ['転院', '追跡不能', '中止', 'Lost to follow-up', 'Withdrawn', '転出', '消息不明', '投与中止'];
const NEUTRAL = [
  ['理由1', '理由2'],
  ['区分1', '区分2'],
  ['その他', 'それ以外'],
  ['a', 'b'],
];
const SURVIVAL_TITLES = ['# 全生存期間', '# 図2 Kaplan-Meier曲線', '# 無増悪生存期間', '# Overall survival', '# 生存時間解析'];

const timesOf = (next: () => number, points: number) => {
  const unit = pick(next, ['か月', 'ヶ月', '週', '日', '年']);
  const step = unit === '年' ? 1 : unit === '日' ? 30 : pick(next, [3, 6, 12]);
  return Array.from({ length: points }, (_, k) => `${k * step}${unit}`);
};

/** A table of `names` lines over `times`: the time points as columns (`cols`) or as rows. */
const table = (head: string[], names: string[], series: number[][], times: string[], cols: boolean) =>
  [
    ...head,
    ...(cols
      ? [['', ...times].join('\t'), ...names.map((n, i) => [n, ...series[i]!].join('\t'))]
      : [['時点', ...names].join('\t'), ...times.map((t, k) => [t, ...series.map((s) => s[k])].join('\t'))]),
  ].join('\n');

/** An at-risk line alone over `points`, falling by 12–60 at each step but one, by 1–9 there. */
const alone = (next: () => number, points: number): number[] => {
  const small = int(next, 0, points - 2);
  const falls = Array.from({ length: points - 1 }, (_, k) => (k === small ? int(next, 1, 9) : int(next, 12, 60)));
  const risk = [falls.reduce((a, b) => a + b, 0) + int(next, 20, 80)];
  for (const f of falls) risk.push(risk.at(-1)! - f);
  return risk;
};

/** One case of `kind` from `next`. */
export function make(kind: Kind, next: () => number): Case {
  const cols = next() < 0.5;
  if (kind === 'life/alone' || kind === 'life/alone-titled') {
    const times = timesOf(next, int(next, 3, 5));
    const arms = next() < 0.5 ? ['A群', 'B群'] : [pick(next, UNNAMED)];
    const head = [kind === 'life/alone' ? pick(next, ['# 図1', '# 表1', '# 図1の下']) : pick(next, SURVIVAL_TITLES)];
    return {
      kind,
      text:
        table(
          head,
          arms,
          arms.map(() => alone(next, times.length)),
          times,
          true,
        ) + '\n',
    };
  }
  const times = timesOf(next, 2);
  const a = arm(next, 2);
  const taking =
    kind === 'life/leaving-one'
      ? (() => {
          const first = pick(next, LEAVING);
          return [
            first,
            pick(
              next,
              LEAVING.filter((w) => w !== first),
            ),
          ];
        })()
      : pick(next, NEUTRAL);
  const risk = pick(next, UNNAMED);
  if (kind === 'life/survival-across' || kind === 'life/plain-across') {
    const title = kind === 'life/plain-across' ? pick(next, ['# 図1', '# 表1', '# 図1の下']) : pick(next, SURVIVAL_TITLES);
    const first = table([title], [risk], [a.risk], times, true);
    const second = table([pick(next, ['# 表2', '# 各期間の内訳'])], taking, [a.events, a.censored], times, cols);
    return { kind, text: `${first}\n\n${second}\n` };
  }
  const head = kind === 'life/survival-one' ? [pick(next, SURVIVAL_TITLES)] : kind === 'life/plain-one' ? [] : pick(next, [[], ['# 表3']]);
  return { kind, text: table(head, [risk, ...taking], [a.risk, a.events, a.censored], times, cols) + '\n' };
}

/** `count` cases of `kind` from `seed`. */
export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
