/**
 * life38 (issue #11): life tables whose at-risk line has no word for it (「人数」「n」「患者数」 bare, or only the arm's
 * name), which life37 checked as plain counts.
 *
 * - `life/across-bare`: the at-risk line in one table (no word for at risk in its label, title or corner: 「人数」 under
 *   「# 図1の下」, or one row per arm 「A群」「B群」 under 「# 表1」) and the events and censored in another over the same
 *   three to five time points (life37 tied only a named at-risk line across tables).
 * - `life/one-step`: one table of at risk (「人数」「n」「患者数」), events and censored over two time points (one step;
 *   read only where the at-risk line was named).
 * - `life/across-one`: the two tables of `life/across-bare` over two time points.
 *
 * Each case: the text and its kind; one event count of the first interval small (1–9). Judged by the independent
 * oracle (oracle.ts with `steps`, and `oneStep` for the single step: any line falling by one or two lines' counts,
 * within a table or across tables over the same time points, whatever the labels).
 */
import { int, lcg, pick } from './helpers.ts';
import { arm } from './life37-families.ts';

export type Kind = 'life/across-bare' | 'life/one-step' | 'life/across-one';
export const KINDS: readonly Kind[] = ['life/across-bare', 'life/one-step', 'life/across-one'];

export interface Case {
  kind: Kind;
  text: string;
}

const EVENTS = ['イベント', 'Events', '死亡', 'イベント数', 'Deaths'];
const CENSORED = ['打ち切り', 'Censored', '打切り', '打ち切り例'];
const UNNAMED = ['人数', 'n', '患者数', 'N', '例数'];

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

/** Two tables: the at-risk lines under no word for at risk, the events and censored over the same `points`. */
const across = (next: () => number, points: number): string => {
  const times = timesOf(next, points);
  const arms = next() < 0.5 ? ['A群', 'B群'] : [''];
  const made = arms.map(() => arm(next, points));
  const head = [pick(next, ['# 図1の下', '# Kaplan-Meier曲線の補足', '# 表1', '# 全生存期間'])];
  const first =
    arms.length === 1
      ? table(head, [pick(next, UNNAMED)], [made[0]!.risk], times, true)
      : table(
          head,
          arms,
          made.map((m) => m.risk),
          times,
          true,
        );
  const ev = pick(next, EVENTS);
  const ce = pick(next, CENSORED);
  const names = arms.flatMap((g) => [g ? `${g} ${ev}` : ev, g ? `${g} ${ce}` : ce]);
  const second = table(
    [pick(next, ['# イベントと打ち切り', '# 表2 Events and censoring', '# 各期間のイベント数'])],
    names,
    made.flatMap((m) => [m.events, m.censored]),
    times,
    next() < 0.5,
  );
  return `${first}\n\n${second}\n`;
};

/** One case of `kind` from `next`. */
export function make(kind: Kind, next: () => number): Case {
  if (kind === 'life/one-step') {
    const times = timesOf(next, 2);
    const a = arm(next, 2);
    const names = [pick(next, UNNAMED), pick(next, EVENTS), pick(next, CENSORED)];
    const head = pick(next, [[], ['# 生存時間解析'], ['# 表3 全生存期間'], ['# Kaplan-Meier']]);
    return { kind, text: table(head, names, [a.risk, a.events, a.censored], times, next() < 0.5) + '\n' };
  }
  return { kind, text: across(next, kind === 'life/across-one' ? 2 : int(next, 3, 5)) };
}

/** `count` cases of `kind` from `seed`. */
export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
