/**
 * attack35 (issue #11): life tables — the table printed under a Kaplan–Meier curve: per time point the patients at
 * risk, the events and the censored of the interval after it. A reader computes at-risk(t) − at-risk(t+1) = events +
 * censored, so a hidden small event count comes back from three published numbers (120 − 102 − 15 = 3). No line of
 * the table is a sum of others (the relation is a step along the at-risk line), so int 6c7cd4b hid the count alone.
 *
 * Each case: the text and its kind. The judge is the independent oracle (oracle.ts with `steps`: every line falling
 * by one or two other lines' counts at every step, whatever the labels).
 */
import { int, lcg, pick } from './helpers.ts';

export type Kind = 'life/rows' | 'life/cols' | 'life/groups' | 'life/unnamed';
/** Kinds whose at-risk line is named so (read by the checker since attack35). */
export const KINDS: readonly Kind[] = ['life/rows', 'life/cols', 'life/groups'];
/** An at-risk line under a bare 「人数」「n」 (no word says it is at risk): left open, measured only. */
export const OPEN_KINDS: readonly Kind[] = ['life/unnamed'];

export interface Case {
  kind: Kind;
  text: string;
}

const RISK = ['リスク集合', 'Number at risk', 'No. at risk', 'At risk', 'リスク人数', 'n at risk', '観察継続例数'];
const EVENTS = ['イベント', 'Events', '死亡', 'イベント数', 'Deaths'];
const CENSORED = ['打ち切り', 'Censored', '打切り', '打ち切り例'];
const UNNAMED = ['人数', 'n', '患者数'];

/** One arm: at risk, events, censored at `points` time points, one event count small. */
function arm(next: () => number, points: number): { risk: number[]; events: number[]; censored: number[] } {
  const events = Array.from({ length: points }, () => int(next, 12, 40));
  const censored = Array.from({ length: points }, () => int(next, 10, 30));
  events[int(next, 0, points - 2)] = int(next, 1, 9);
  const risk = Array.from({ length: points }, () => 0);
  // Patients still at risk after the last interval: not a small count (a small one is refused as a rest, total/rest).
  risk[points - 1] = events[points - 1]! + censored[points - 1]! + int(next, 12, 40);
  for (let k = points - 2; k >= 0; k--) risk[k] = risk[k + 1]! + events[k]! + censored[k]!;
  return { risk, events, censored };
}

/** One case of `kind` from `next`. */
export function make(kind: Kind, next: () => number): Case {
  const points = int(next, 3, 6);
  const unit = pick(next, ['か月', 'ヶ月', '週', '日', '年']);
  const step = unit === '年' ? 1 : unit === '日' ? 30 : pick(next, [3, 6, 12]);
  const times = Array.from({ length: points }, (_, k) => `${k * step}${unit}`);
  const names = [kind === 'life/unnamed' ? pick(next, UNNAMED) : pick(next, RISK), pick(next, EVENTS), pick(next, CENSORED)];
  const title = pick(next, ['', '# 生存時間解析', '# 表3 全生存期間', '# Kaplan-Meier']);
  const head = title === '' ? [] : [title];
  if (kind === 'life/groups') {
    const groups = ['A群', 'B群'];
    const arms = groups.map(() => arm(next, points));
    const lines = [
      ['時点', ...groups.flatMap((g) => names.map((n) => `${g} ${n}`))].join('\t'),
      ...times.map((t, k) => [t, ...arms.flatMap((a) => [a.risk[k], a.events[k], a.censored[k]])].join('\t')),
    ];
    return { kind, text: [...head, ...lines].join('\n') + '\n' };
  }
  const a = arm(next, points);
  const series = [a.risk, a.events, a.censored];
  if (kind === 'life/cols') {
    const lines = [['', ...times].join('\t'), ...names.map((n, i) => [n, ...series[i]!].join('\t'))];
    return { kind, text: [...head, ...lines].join('\n') + '\n' };
  }
  const lines = [['時点', ...names].join('\t'), ...times.map((t, k) => [t, ...series.map((s) => s[k])].join('\t'))];
  return { kind, text: [...head, ...lines].join('\n') + '\n' };
}

/** `count` cases of `kind` from `seed`. */
export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}

/**
 * attack35: one table at two time points, each said to be cumulative (「2023年末までの累計」「2024年末までの累計」), one
 * cell growing by a small step (the patients who came in between: a count no cell prints). `cumulative/plain`: the
 * same two tables titled by their years only (no word for accumulating: counts per year, nothing to refuse).
 */
export type StepKind = 'cumulative/years' | 'cumulative/plain';
export function twoPoints(kind: StepKind, next: () => number): string {
  const rows = ['男性', '女性', '不明'].slice(0, int(next, 2, 3));
  const cols = ['A群', 'B群', 'C群'].slice(0, int(next, 2, 3));
  const year = int(next, 2019, 2023);
  const first = rows.map(() => cols.map(() => int(next, 12, 60)));
  const steps = rows.map(() => cols.map(() => int(next, 12, 40)));
  steps[int(next, 0, rows.length - 1)]![int(next, 0, cols.length - 1)] = int(next, 1, 9);
  const second = first.map((r, i) => r.map((x, j) => x + steps[i]![j]!));
  const title = (y: number) =>
    kind === 'cumulative/plain'
      ? pick(next, [`# ${y}年`, `# ${y}年度`])
      : pick(next, [`# ${y}年末までの累計`, `# 累計患者数（${y}年）`, `# Cumulative, ${y}`, `# ${y}年度 累積`]);
  const table = (y: number, counts: number[][]) =>
    [title(y), ['', ...cols].join('\t'), ...rows.map((r, i) => [r, ...counts[i]!].join('\t'))].join('\n');
  return `${table(year, first)}\n\n${table(year + 1, second)}\n`;
}
