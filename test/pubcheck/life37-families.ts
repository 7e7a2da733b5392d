/**
 * life37 (issue #11): three classes of life tables (per time point the patients at risk, the events and the censored
 * of the interval) that attack35 left open or refused.
 *
 * - `life/three`: the at-risk line under a bare 「人数」「n」「患者数」 over exactly three time points (two steps; attack35
 *   read a line not named at risk only over four points or more).
 * - `life/across`: the at-risk line in one table (「Number at risk」 under a figure, one row or one per arm) and the
 *   events and censored in another table of the same input over the same time points.
 * - `life/titled`: a life table whose title or corner names the risk set (「# リスク集合」): attack35 read the title as
 *   saying every line accumulates and refused the events' steps (cumulative.ts).
 *
 * Each case: the text and its kind; one event count of one interval small (1–9). Judged by the independent oracle
 * (oracle.ts with `steps`: any line falling by one or two lines' counts at every step, within a table or across
 * tables over the same time points, whatever the labels).
 */
import { int, lcg, pick } from './helpers.ts';

export type Kind = 'life/three' | 'life/across' | 'life/titled';
export const KINDS: readonly Kind[] = ['life/three', 'life/across', 'life/titled'];

export interface Case {
  kind: Kind;
  text: string;
}

const RISK = ['リスク集合', 'Number at risk', 'No. at risk', 'At risk', 'リスク人数', '観察継続例数'];
const EVENTS = ['イベント', 'Events', '死亡', 'イベント数', 'Deaths'];
const CENSORED = ['打ち切り', 'Censored', '打切り', '打ち切り例'];
const UNNAMED = ['人数', 'n', '患者数'];

/** One arm: at risk, events, censored at `points` time points, one event count small. */
export function arm(next: () => number, points: number): { risk: number[]; events: number[]; censored: number[] } {
  const events = Array.from({ length: points }, () => int(next, 12, 40));
  const censored = Array.from({ length: points }, () => int(next, 10, 30));
  events[int(next, 0, points - 2)] = int(next, 1, 9);
  const risk = Array.from({ length: points }, () => 0);
  // Patients still at risk after the last interval: not a small count (a small one is refused as a rest, total/rest).
  risk[points - 1] = events[points - 1]! + censored[points - 1]! + int(next, 12, 40);
  for (let k = points - 2; k >= 0; k--) risk[k] = risk[k + 1]! + events[k]! + censored[k]!;
  return { risk, events, censored };
}

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

/** One case of `kind` from `next`. */
export function make(kind: Kind, next: () => number): Case {
  const cols = next() < 0.5;
  if (kind === 'life/three') {
    const times = timesOf(next, 3);
    const a = arm(next, 3);
    const names = [pick(next, UNNAMED), pick(next, EVENTS), pick(next, CENSORED)];
    const head = pick(next, [[], ['# 生存時間解析'], ['# 表3 全生存期間'], ['# Kaplan-Meier']]);
    return { kind, text: table(head, names, [a.risk, a.events, a.censored], times, cols) + '\n' };
  }
  if (kind === 'life/titled') {
    const times = timesOf(next, int(next, 3, 6));
    const a = arm(next, times.length);
    const names = [pick(next, [...RISK, ...UNNAMED]), pick(next, EVENTS), pick(next, CENSORED)];
    const head = [pick(next, ['# リスク集合', '# Number at risk', '# リスク集合の推移', '# 表2 Number at risk and events'])];
    return { kind, text: table(head, names, [a.risk, a.events, a.censored], times, cols) + '\n' };
  }
  const times = timesOf(next, int(next, 2, 5));
  const arms = next() < 0.5 ? ['A群', 'B群'] : [''];
  const made = arms.map(() => arm(next, times.length));
  const riskName = pick(next, RISK);
  const first =
    arms.length === 1
      ? table([pick(next, ['# 図1の下', '# Kaplan-Meier曲線の補足', '# 表1'])], [riskName], [made[0]!.risk], times, true)
      : table(
          [`# ${riskName}`],
          arms,
          made.map((m) => m.risk),
          times,
          true,
        );
  const ev = pick(next, EVENTS);
  const ce = pick(next, CENSORED);
  const names = arms.flatMap((g) => [g ? `${g} ${ev}` : ev, g ? `${g} ${ce}` : ce]);
  const series = made.flatMap((m) => [m.events, m.censored]);
  const second = table(
    [pick(next, ['# イベントと打ち切り', '# 表2 Events and censoring', '# 各期間のイベント数'])],
    names,
    series,
    times,
    cols,
  );
  return { kind, text: `${first}\n\n${second}\n` };
}

/** `count` cases of `kind` from `seed`. */
export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
