/**
 * life46 (issue #11): what life44 left open in life tables. Each case one count of an interval small (1–9).
 *
 * - `life/crossed-neither`: two arms crossed over two tables (「A群」 beside B's two lines, 「B群」 beside A's) where
 *   neither at-risk line is the largest of its own table (B's events of the first interval more than A at risk then, A's
 *   events of the second more than B at risk then: the arms' risk sets cross). Judged by the arm reader
 *   (life44-measure.ts `armLeaks`) and the oracle.
 * - `life/years-gap`, `life/years-half`, `life/years-fiscal`: life44's `years-one` over years not one after another
 *   (「2021年」「2023年」, 「2021年」「2023年」「2024年」), half-years (「2023年上期」「2023年下期」「2023H2」), fiscal
 *   years (「2023年度」「FY2023」). Judged by the oracle (it reads a step over labels with a digit) and the step reader.
 * - `life/offset`: the at-risk line from 「3か月」 in one table, the events and censored from 「0か月」 in another (each
 *   interval's printed at its start: one step off). Judged by the step reader (`stepLeaks`).
 * - `life/censored-apart`: the at-risk line and 「イベント」 in one table, 「打ち切り」 in another. Judged by the step reader.
 */
import { int, lcg, pick } from './helpers.ts';
import { arm } from './life37-families.ts';

export type Kind =
  'life/crossed-neither' | 'life/years-gap' | 'life/years-half' | 'life/years-fiscal' | 'life/offset' | 'life/censored-apart';
export const KINDS: readonly Kind[] = [
  'life/crossed-neither',
  'life/years-gap',
  'life/years-half',
  'life/years-fiscal',
  'life/offset',
  'life/censored-apart',
];
export interface Case {
  kind: Kind;
  text: string;
  /** The at-risk line's label and the two lines taking its fall (the step reader's). */
  risk: string;
  parts: [string, string];
}
/** Calendar points not one after another, as written. */
export const GAPS: readonly (readonly string[])[] = [
  ['2021年', '2023年'],
  ['2019年', '2022年'],
  ['2021年', '2023年', '2024年'],
  ['2018', '2020', '2021'],
];
export const HALVES: readonly (readonly string[])[] = [
  ['2023年上期', '2023年下期'],
  ['2023年前半', '2023年後半'],
  ['2023H1', '2023H2', '2024H1'],
  ['2022年下半期', '2023年上半期'],
];
export const FISCAL: readonly (readonly string[])[] = [
  ['2023年度', '2024年度'],
  ['FY2022', 'FY2023'],
  ['2021年度', '2023年度', '2024年度'],
];
const UNNAMED = ['人数', 'n', '患者数', '例数'];
const NEUTRAL = [
  ['理由1', '理由2'],
  ['区分1', '区分2'],
  ['その他', 'それ以外'],
  ['a', 'b'],
];
const table = (head: string[], names: string[], series: number[][], times: readonly string[], cols: boolean) =>
  [
    ...head,
    ...(cols
      ? [['', ...times].join('\t'), ...names.map((n, i) => [n, ...series[i]!].join('\t'))]
      : [['時点', ...names].join('\t'), ...times.map((t, k) => [t, ...series.map((s) => s[k])].join('\t'))]),
  ].join('\n');

export function make(kind: Kind, next: () => number): Case {
  const cols = next() < 0.5;
  const head = () => [pick(next, ['# 図1', '# 表1', '# 図1の下'])];
  const head2 = () => [pick(next, ['# 表2', '# 各期間の内訳'])];
  if (kind === 'life/crossed-neither') {
    const t = pick(next, ['a', 'b', 'その他', '甲']);
    const u = t === 'a' ? 'b' : t === 'その他' ? 'それ以外' : t === '甲' ? '乙' : 'c';
    const ra0 = int(next, 120, 160);
    const eA0 = int(next, 1, 9);
    const cA0 = int(next, 10, 30);
    const ra1 = ra0 - eA0 - cA0;
    const rb1 = int(next, 25, 40);
    const eA1 = rb1 + int(next, 1, 10);
    const cA1 = int(next, 10, 20);
    const eB0 = ra0 + int(next, 1, 20);
    const cB0 = int(next, 10, 30);
    const rb0 = rb1 + eB0 + cB0;
    const [eB1, cB1] = [int(next, 10, 12), int(next, 10, 12)];
    const times = pick(next, [
      ['0か月', '6か月'],
      ['0週', '12週'],
      ['0日', '30日'],
    ]);
    const first = table(
      head(),
      ['A群', `B群${t}`, `B群${u}`],
      [
        [ra0, ra1],
        [eB0, eB1],
        [cB0, cB1],
      ],
      times,
      cols,
    );
    const second = table(
      head2(),
      ['B群', `A群${t}`, `A群${u}`],
      [
        [rb0, rb1],
        [eA0, eA1],
        [cA0, cA1],
      ],
      times,
      next() < 0.5,
    );
    return { kind, text: `${first}\n\n${second}\n`, risk: 'A群', parts: [`A群${t}`, `A群${u}`] };
  }
  if (kind === 'life/years-gap' || kind === 'life/years-half' || kind === 'life/years-fiscal') {
    const times = pick(next, kind === 'life/years-gap' ? GAPS : kind === 'life/years-half' ? HALVES : FISCAL);
    const a = arm(next, times.length);
    const risk = pick(next, UNNAMED);
    const taking = pick(next, NEUTRAL);
    return {
      kind,
      text: table([], [risk, ...taking], [a.risk, a.events, a.censored], times, cols) + '\n',
      risk,
      parts: [taking[0]!, taking[1]!],
    };
  }
  const points = int(next, 2, 4);
  const step = pick(next, [3, 6]);
  const unit = pick(next, ['か月', 'ヶ月']);
  const a = arm(next, points);
  if (kind === 'life/offset') {
    const risk = pick(next, ['人数', 'A群', 'リスク集合', 'n']);
    const taking = pick(next, [['イベント', '打ち切り'], ['死亡', '打ち切り'], ...NEUTRAL]);
    // At risk from step (「3か月」), the interval from each point's events printed at the point before it.
    const at = Array.from({ length: points }, (_, k) => `${(k + 1) * step}${unit}`);
    const ev = Array.from({ length: points }, (_, k) => `${k * step}${unit}`);
    const events = [a.events.at(-1)!, ...a.events.slice(0, -1)];
    const censored = [a.censored.at(-1)!, ...a.censored.slice(0, -1)];
    const first = table(head(), [risk], [a.risk], at, true);
    const second = table(head2(), taking, [events, censored], ev, cols);
    return { kind, text: `${first}\n\n${second}\n`, risk, parts: [taking[0]!, taking[1]!] };
  }
  const risk = pick(next, ['リスク集合', 'Number at risk', 'A群', '観察継続例数']);
  const [ev, cs] = [pick(next, ['イベント', '死亡', 'Events']), pick(next, ['打ち切り', 'Censored', '追跡不能'])];
  const times = Array.from({ length: points }, (_, k) => `${k * step}${unit}`);
  const first = table(head(), [risk, ev], [a.risk, a.events], times, cols);
  const second = table(head2(), [cs], [a.censored], times, next() < 0.5);
  return { kind, text: `${first}\n\n${second}\n`, risk, parts: [ev, cs] };
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
