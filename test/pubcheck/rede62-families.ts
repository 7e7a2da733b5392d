/**
 * rede62 (issue #11): life61's one column beside an at-risk line, the column a count over MORE than one of 表1's
 * steps with its point at one end — cumulative from 表1's first point (「12か月」 the events and censored of 0–12か月),
 * or from its point to 表1's last — and two columns or more each cumulative from 表1's first point. 61ba79c8 read
 * only the one step from or to the point (lifetable.ts `lifeSpans` `single`): the fall 0 → 12か月 published with
 * 「打ち切り」 gave back a hidden 「死亡」.
 *
 * - `cum/start`: one column at a point j ≥ 2 of 表1, the counts of 0 → j (printed at the interval's end).
 * - `cum/end`: one column at a point j ≤ last − 2, the counts of j → last (printed at its start).
 * - `cum/many`: two or three columns, each the counts from 0 to its point (a cumulative table), the small count in
 *   the first (表1's first step alone); half with 表1's first point printed too, a column of 0.
 * - `cum/plain`: as `cum/start`, the two lines under no word (「区分A」「理由B」).
 *
 * Lines 「死亡」「打ち切り」, 「その他」 and 「計」, one count 1–9 among them. Judged by the oracle (oracle.ts `spanSteps`
 * and rede62's `spanEnds`, written apart: no label of the lines looked at). Innocent: 表1 falling by other amounts.
 */
import { int, pick } from './helpers.ts';
import { lifeTable as table } from './life48-families.ts';
import { drawn } from './life55-families.ts';
import { CENSORED, EVENTS, OTHER, PLAIN, PLAIN2, RISK } from './life61-families.ts';

export type Kind = 'cum/start' | 'cum/end' | 'cum/many' | 'cum/plain';
export const KINDS: readonly Kind[] = ['cum/start', 'cum/end', 'cum/many', 'cum/plain'];
export interface Case {
  kind: Kind;
  text: string;
}

export function make(kind: Kind, next: () => number, innocent = false): Case {
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const unit = pick(next, [3, 6]);
  const points = kind === 'cum/many' ? pick(next, [4, 5]) : pick(next, [3, 4, 5]);
  const steps = points - 1;
  const ev = Array.from({ length: steps }, () => int(next, 10, 30));
  const cs = Array.from({ length: steps }, () => int(next, 10, 30));
  // cum/many: the small count in 表1's first step (the first column, 0 → its point, is that step alone).
  const where = int(next, 0, 2);
  const small = int(next, 1, 9);
  if (kind === 'cum/many' && where === 0) ev[0] = small;
  if (kind === 'cum/many' && where === 1) cs[0] = small;
  const ends = Array.from({ length: points }, () => 0);
  ends[steps] = int(next, 20, 80);
  for (let n = steps - 1; n >= 0; n--) ends[n] = ends[n + 1]! + (innocent ? int(next, 15, 70) : ev[n]! + cs[n]!);
  const times = Array.from({ length: points }, (_, j) => `${j * unit}${style}`);
  const first = table(pick(next, ['# 表1', '# 表1 追跡の状況', '# 図1の下']), [pick(next, RISK)], [ends], times, next() < 0.5);
  // Each column: [from, to) of 表1's steps and the point it is printed at.
  let spans: { f: number; t: number; at: number }[];
  if (kind === 'cum/end') {
    const j = int(next, 0, steps - 2);
    spans = [{ f: j, t: steps, at: j }];
  } else if (kind === 'cum/many') {
    spans = Array.from({ length: Math.min(3, steps) }, (_, n) => ({ f: 0, t: n + 1, at: n + 1 }));
  } else {
    const j = int(next, 2, steps);
    spans = [{ f: 0, t: j, at: j }];
  }
  const of = (xs: number[], { f, t }: { f: number; t: number }) => xs.slice(f, t).reduce((s, x) => s + x, 0);
  const e = spans.map((sp) => of(ev, sp));
  const c = spans.map((sp) => of(cs, sp));
  const o = spans.map(() => int(next, 10, 30));
  const col = int(next, 0, spans.length - 1);
  if (kind === 'cum/many') {
    if (where === 2) o[0] = small;
  } else if (where === 0) {
    const d = e[col]! - small;
    e[col] = small;
    c[col] = c[col]! + d;
  } else if (where === 1) {
    const d = c[col]! - small;
    c[col] = small;
    e[col] = e[col]! + d;
  } else o[col] = small;
  // cum/many: half print 表1's first point too, a column of 0 (the empty interval 0 → 0).
  if (kind === 'cum/many' && next() < 0.5) {
    spans.unshift({ f: 0, t: 0, at: 0 });
    for (const xs of [e, c, o]) xs.unshift(0);
  }
  const cols = spans.map((s) => times[s.at]!);
  const plain = kind === 'cum/plain';
  const lines: [string, number[]][] = [
    [plain ? pick(next, PLAIN) : pick(next, EVENTS), e],
    [plain ? pick(next, PLAIN2) : pick(next, CENSORED), c],
    [pick(next, OTHER), o],
  ];
  if (next() < 0.5) lines.reverse();
  lines.push(['計', cols.map((_, k) => lines.reduce((s, [, v]) => s + v[k]!, 0))]);
  const second = table(
    pick(next, plain ? ['# 表2', '# 表2 内訳'] : ['# 表2', '# 表2 累積の内訳', '# 打ち切りの内訳']),
    lines.map(([n]) => n),
    lines.map(([, v]) => v),
    cols,
    next() < 0.5,
  );
  return { kind, text: `${first}\n\n${second}\n` };
}

export const { family, innocent } = drawn(make);
