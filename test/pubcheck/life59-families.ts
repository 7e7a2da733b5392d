/**
 * life59 (issue #11): life tables across tables past life57 — the at-risk line in 表1 and its fall split over other
 * tables in ways life57's `threeWay` did not read. One count under the threshold (1–9) among the lines over the
 * points (a line beside the lines taking the fall, or one of those lines itself): hidden, its complement hidden beside
 * it, and a reader taking the fall of 表1's line (at risk at t − at risk at t′ = the counts of the interval in the
 * other tables) gets it back unless the checker ties the reading.
 *
 * - `life/three-unworded`: 表2 and 表3 each one line taking the fall under no word of events or censoring
 *   (「区分A」「理由A」「Group A」「その他の理由」), beside other lines and a 「計」 in 表2; the same points in the three.
 * - `life/four-way`: the fall taken by one line of each of three tables (「死亡」 in 表2, 「転院」 in 表3, 「追跡不能」
 *   in 表4; or lines under no word), the same points.
 *
 * Each interval's counts at its start or at its end. The at-risk line's label under no word (「人数」「患者数」「区分1」)
 * or named (「At risk」). Judged by the oracle (oracle.ts `threeWay` and `fourWay`, no label of the lines looked at) —
 * life59-measure.ts. The innocent look-alikes: 表1's line falling by random amounts (15–70 a step).
 */
import { int, pick } from './helpers.ts';
import { lifeTable } from './life48-families.ts';
import { drawn, OTHER } from './life55-families.ts';
import { RISK } from './life57-families.ts';

export type Kind = 'life/three-unworded' | 'life/four-way';
export const KINDS: readonly Kind[] = ['life/three-unworded', 'life/four-way'];
export interface Case {
  kind: Kind;
  text: string;
}
const PLAIN = ['区分A', '理由A', 'Group A', 'その他の理由', '分類イ', 'Category A'];
const PLAIN2 = ['区分B', '理由B', 'Group B', '分類ロ', 'Category B'];
const WORDED = [
  ['死亡', 'Deaths', 'イベント'],
  ['転院', '打ち切り', 'Censored'],
  ['追跡不能', 'Lost to follow-up', '脱落'],
];

/**
 * The at-risk line of 表1 falling by one line of each of `parts` other tables (life59's and life60's tables): `plain`
 * (lines under no word) drawn at 30% where not given, each part's counts 10–30 a step, one small (1–9) in a part or in
 * the line beside in 表2, the innocent fall `drop` a step; `names` the lines taking the fall, and in 表2 where plain one
 * more line named by `besidePlain` (life59).
 */
export function fallOver(
  next: () => number,
  innocent: boolean,
  o: {
    risk: readonly string[];
    parts: number;
    plain?: boolean;
    drop: [number, number];
    names: (plain: boolean) => string[];
    besidePlain?: readonly string[];
  },
): string {
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const label = pick(next, o.risk);
  const unit = pick(next, [3, 6]);
  const points = pick(next, [3, 3, 4]);
  const steps = points - 1;
  const parts = o.parts;
  const plain = o.plain || next() < 0.3;
  // Each part: its counts per interval (10–30); the small count in a part or in a line beside (in 表2).
  const counts = Array.from({ length: parts }, () => Array.from({ length: steps }, () => int(next, 10, 30)));
  const where = int(next, 0, parts); // parts: the line beside (「その他」 in 表2)
  const at = int(next, 0, steps - 1);
  const small = int(next, 1, 9);
  if (where < parts) counts[where]![at] = small;
  const ends = Array.from({ length: points }, () => 0);
  ends[steps] = int(next, 20, 80);
  for (let n = steps - 1; n >= 0; n--) ends[n] = ends[n + 1]! + (innocent ? int(next, ...o.drop) : counts.reduce((s, c) => s + c[n]!, 0));
  const times = Array.from({ length: points }, (_, j) => `${j * unit}${style}`);
  const first = lifeTable(pick(next, ['# 表1', '# 表1 追跡の状況', '# 図1の下']), [label], [ends], times, next() < 0.5);
  const names = o.names(plain);
  const out = [first];
  counts.forEach((xs, p) => {
    const atEnd = next() < 0.5;
    // Per printed point the interval it holds: at its start (0..steps-1, the last point another count) or its end.
    const cells = times.map((_, j) => (atEnd ? (j === 0 ? 0 : xs[j - 1]!) : j < steps ? xs[j]! : int(next, 10, 30)));
    const lines: [string, number[]][] = [[names[p]!, cells]];
    if (p === 0) {
      const beside = times.map(() => int(next, 10, 30));
      if (where === parts) beside[atEnd ? at + 1 : at] = small;
      lines.push([pick(next, OTHER), beside]);
      if (plain && o.besidePlain) lines.push([pick(next, o.besidePlain) + '群', times.map(() => int(next, 10, 30))]);
      if (next() < 0.5) lines.reverse();
      lines.push(['計', times.map((_, k) => lines.reduce((s, [, v]) => s + v[k]!, 0))]);
    }
    out.push(
      lifeTable(
        `# 表${p + 2}`,
        lines.map(([n]) => n),
        lines.map(([, v]) => v),
        times,
        next() < 0.5,
      ),
    );
  });
  return out.join('\n\n') + '\n';
}

export function make(kind: Kind, next: () => number, innocent = false): Case {
  const text = fallOver(next, innocent, {
    risk: RISK,
    parts: kind === 'life/four-way' ? 3 : 2,
    plain: kind === 'life/three-unworded',
    drop: [15, 70],
    names: (plain) =>
      plain
        ? [pick(next, PLAIN), pick(next, PLAIN2), pick(next, ['区分C', '理由C', 'Group C', '分類ハ'])]
        : WORDED.map((w) => pick(next, w)),
    besidePlain: PLAIN2,
  });
  return { kind, text };
}

export const { family, innocent } = drawn(make);
