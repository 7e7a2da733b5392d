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
 * - `life/alone-beside`: an at-risk line under no word (「人数」「A群」) from 「0か月」 over three to five points, one fall
 *   small (1–9), no events or censored lines, beside one to three other lines: another arm at risk, a line of patients
 *   among those at risk (「うち65歳以上」), the events so far (「累積イベント」「累積打ち切り」). Judged by what the checker
 *   says (life40's `line/maybe-at-risk`, or a refusal).
 */
import { int, lcg, pick } from './helpers.ts';
import { arm } from './life37-families.ts';

export type Kind = 'life/later-one' | 'life/later-across' | 'life/two-arms' | 'life/alone-beside';
/** The kinds judged by the oracle (a hidden count recovered or not). */
export const KINDS: readonly Kind[] = ['life/later-one', 'life/later-across', 'life/two-arms'];
/** The kinds judged by what is said (no cell holds the small fall): refused, warned or silent. */
export const ALONE: readonly Kind[] = ['life/alone-beside'];

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

/** An at-risk line over `points`, falling by 12–60 at each step but one, by 1–9 there (life40-families' `alone`). */
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
  if (kind === 'life/alone-beside') {
    const unit = pick(next, ['か月', 'ヶ月', '週']);
    const step = pick(next, [3, 6, 12]);
    const times = Array.from({ length: int(next, 3, 5) }, (_, k) => `${k * step}${unit}`);
    const risk = alone(next, times.length);
    const beside = (what: string): [string, number[]] => {
      if (what === 'arm') return ['B群', alone(next, times.length)];
      if (what === 'among') {
        const p = int(next, 3, 7) / 10;
        return [pick(next, ['うち65歳以上', 'うち男性', '高用量']), risk.map((r) => Math.floor(r * p))];
      }
      // The events (or censored) so far: a part of each fall, summed from the start.
      let sum = 0;
      return [what, [0, ...risk.slice(1).map((r, k) => (sum += Math.ceil((risk[k]! - r) / 2)))]];
    };
    const kinds = Array.from({ length: int(next, 1, 3) }, () => pick(next, ['arm', 'among', '累積イベント', '累積打ち切り']));
    const others = [...new Set(kinds)].map(beside);
    const head = [pick(next, ['# 図1', '# 表1', '# 図1の下'])];
    const name = others.some(([n]) => n === 'B群') ? 'A群' : pick(next, UNNAMED);
    return {
      kind,
      text: table(head, [name, ...others.map(([n]) => n)], [risk, ...others.map(([, v]) => v)], times, cols) + '\n',
    };
  }
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
