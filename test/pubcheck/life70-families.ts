/**
 * life70 families (issue #11, seeds 5645–5659): a small fall of the points' Ns printed in the headers (pointn69) where
 * the lines taking it stand among many others (9–12 lines: past life59's `PLAIN_LINES`, where readLifeTable reads the
 * sets of three lines or more by `fallSets` and over one step by `guess`, life67/life68).
 *
 * - `within`: one table, each point's N in its header (「0か月 (N=91)」「（n=…）」「(240)」), the lines taking the falls
 *   (「死亡」「打ち切り」「転院」 or 「区分A」「区分B」「区分C」, two to four, at each step's start: the last point 0) among
 *   others (「入院」「外来」…: 10–60 at every point), over two to five points, one fall or two under the threshold.
 * - `across`: 表1 the points' Ns in its headers over an unrelated line (「奏効」), 表2 the lines at 表1's points after the
 *   first (each column the interval ending there) among the others.
 * - Innocent (`… innocent`): the same look, every fall of the Ns at or over the threshold (the lines taking it, one of
 *   them small, read and tied).
 *
 * Judged by pointn69's `leakOf` (each fall of the headers' Ns the sum of the lines taking it, solved one unknown at a
 * time; a published count under the threshold a leak too); `shown`: a read input whose headers publish a fall under
 * the threshold (a sum of counts under it shown, which no suppression hides: pointn69 refuses it, `life/header-fall`).
 * `npx node test/pubcheck/life70-families.ts <kind,…> <count> <seed> [innocent]` (`ROOT=<tree>` for another tree).
 */
import { int, lcg, pick } from './helpers.ts';
import { type Case, type Eq, measure } from './pointn69-families.ts';
import { LEAVE, PLAIN } from './red66-families.ts';

export type Kind = 'within' | 'across';
export const KINDS: readonly Kind[] = ['within', 'across'];
const OTHER = ['入院', '外来', '男性', '女性', '65歳以上', '65歳未満', '喫煙', '非喫煙', '糖尿病', '高血圧', '腎障害', '肝障害'];
const FORMS = [(n: number) => ` (N=${n})`, (n: number) => `（n=${n}）`, (n: number) => ` (${n})`, (n: number) => `（N=${n}）`];

/** One case: L lines taking k − 1 falls (attack: one or two under the threshold; innocent: none) among N lines. */
function make(kind: Kind, next: () => number, innocent: boolean): Case {
  const k = int(next, 2, 5);
  const L = int(next, 2, 4);
  const N = int(next, 9, 12);
  const names = (next() < 0.5 ? PLAIN : LEAVE).slice(0, L);
  const extra = [...OTHER].sort(() => next() - 0.5).slice(0, N - L);
  // Each step's counts of the L lines: one small (1–9) in every step; a step's fall under the threshold where chosen.
  const parts = Array.from({ length: k - 1 }, () => Array.from({ length: L }, () => int(next, 5, 25)));
  parts.forEach((p) => (p[int(next, 0, L - 1)] = int(next, 1, 9)));
  if (!innocent)
    for (const j of new Set(Array.from({ length: int(next, 1, Math.min(2, k - 1)) }, () => int(next, 0, k - 2)))) {
      // A fall under the threshold: the L lines 0–2 each, one of them at least 1.
      parts[j] = Array.from({ length: L }, () => int(next, 0, 2));
      parts[j]![int(next, 0, L - 1)] = int(next, 1, 2);
    }
  else for (const p of parts) while (p.reduce((a, b) => a + b, 0) < 10) p[int(next, 0, L - 1)]! += int(next, 1, 5);
  const ns = [int(next, 700, 900)];
  for (let j = 0; j < k - 1; j++) ns.push(ns[j]! - parts[j]!.reduce((a, b) => a + b, 0));
  const step = pick(next, [3, 6, 12]);
  const unit = pick(next, ['か月', 'ヶ月']);
  const form = pick(next, FORMS);
  const heads = ns.map((n, p) => `${p * step}${unit}${form(n)}`);
  const order = Array.from({ length: N }, (_, q) => q).sort(() => next() - 0.5);
  const nameOf = (q: number) => (q < L ? names[q]! : extra[q - L]!);
  const small = parts.some((p) => p.reduce((a, b) => a + b, 0) < 10);
  if (kind === 'within') {
    // Counts at each step's start (the last point 0); the others 10–60 at every point.
    const other = Array.from({ length: N - L }, () => Array.from({ length: k }, () => int(next, 10, 60)));
    const row = (q: number) => Array.from({ length: k }, (_, p) => (q < L ? (p < k - 1 ? parts[p]![q]! : 0) : other[q - L]![p]!));
    const text = `# 表1 ${pick(next, ['', '経過', '追跡'])}\n\t${heads.join('\t')}\n${order.map((q) => `${nameOf(q)}\t${row(q).join('\t')}`).join('\n')}\n`;
    const eqs: Eq[] = parts.map((p, j) => ({
      cells: order.flatMap((q, y) => (q < L ? [{ t: 0, k: y * k + j }] : [])),
      rhs: p.reduce((a, b) => a + b, 0),
    }));
    return { kind: 'within', text, values: [order.flatMap((q) => row(q))], eqs, small };
  }
  // across: 表2's columns at 表1's points after the first (the interval ending there).
  const W = k - 1;
  const other = Array.from({ length: N - L }, () => Array.from({ length: W }, () => int(next, 10, 60)));
  const row = (q: number) => Array.from({ length: W }, (_, j) => (q < L ? parts[j]![q]! : other[q - L]![j]!));
  const response = ns.map((n) => int(next, 1, Math.max(1, Math.floor(n / 2))));
  const cols = ns.slice(1).map((_, j) => `${(j + 1) * step}${unit}`);
  const text =
    `表1 ${pick(next, ['奏効', '追跡', '治療継続'])}\n,${heads.join(',')}\n${pick(next, ['奏効', '継続'])},${response.join(',')}\n\n` +
    `表2 ${pick(next, ['', '内訳', '期間ごと'])}\n,${cols.join(',')}\n${order.map((q) => `${nameOf(q)},${row(q).join(',')}`).join('\n')}\n`;
  const eqs: Eq[] = parts.map((p, j) => ({
    cells: order.flatMap((q, y) => (q < L ? [{ t: 1, k: y * W + j }] : [])),
    rhs: p.reduce((a, b) => a + b, 0),
  }));
  // 表1's unrelated line is no count the family judges (pointn69's `leakOf` skips 表1 for `across`).
  return { kind: 'across', text, values: [response, order.flatMap((q) => row(q))], eqs, small };
}

export const family = (kind: Kind, count: number, seed: number, innocent = false): Case[] => {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next, innocent));
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const kinds = (process.argv[2] ?? KINDS.join(',')).split(',') as Kind[];
  const count = Number(process.argv[3] ?? 40);
  const seed = Number(process.argv[4] ?? 5645);
  const innocent = process.argv[5] === 'innocent';
  for (const kind of kinds) {
    const { leaks, ...x } = await measure(family(kind, count, seed, innocent), innocent);
    console.log(`${innocent ? 'innocent ' : ''}${kind} ${seed}: ${count} tables, ${JSON.stringify(x)}`);
    if (process.env.SHOW) for (const t of leaks.slice(0, Number(process.env.SHOW))) console.log(`---\n${t}`);
  }
}
