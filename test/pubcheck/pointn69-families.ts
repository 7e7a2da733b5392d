/**
 * pointn69 (issue #11, seeds 5600–5619): time points' Ns printed in their headers are published constants.
 *
 * Found by step68: where the points' Ns are written in the headers (「0か月 (N=91)」「12か月 (N=85)」, life66's bare
 * 「0か月 (240)」, 「（n=…）」), the fall between two points (91 − 85 = 6) is published whatever the suppression hides;
 * beside the lines taking it (死亡 6 and 打ち切り 0) the hidden 死亡 came back, and nothing said so.
 *
 * - `across`: 表1 over k points (3–5) with each point's N in its header over an unrelated line (「奏効」), 表2 the
 *   events and censored at 表1's points after the first (each column the interval ending there), one fall or more
 *   under the threshold (死亡 1–9, 打ち切り 0 now and then or small).
 * - `within`: one table, the points' Ns in the headers, the lines 「死亡」「打ち切り」 under them (0 at the first point).
 * - Innocent (`… innocent`): the same look, but either every fall at or over the threshold (the lines taking them:
 *   read and tied as before, none refused) or small falls under lines that take none of them (「奏効」「SD」: unrelated).
 *
 * `leakOf` is the attacker, apart from the engine: each fall of the published headers is the sum of the lines taking it
 * (an equation); solved one unknown at a time, a hidden count under the threshold given back is a leak, and so is a
 * published count under the threshold (not 0). `shown`: a read input whose headers publish a fall under the threshold
 * (a sum of hidden counts shown, which no suppression can hide).
 * `npx node test/pubcheck/pointn69-families.ts <kind> <count> <seed> [innocent]` (`ROOT=<tree>` for another tree).
 */
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';

export type Kind = 'across' | 'within';
export const KINDS: readonly Kind[] = ['across', 'within'];
export interface Eq {
  cells: { t: number; k: number }[];
  rhs: number;
}
export interface Case {
  kind: Kind;
  text: string;
  /** Every cell's true value per table, in the checker's status order (row by row). */
  values: number[][];
  /** Each fall of the headers' Ns: the sum of the cells taking it. */
  eqs: Eq[];
  /** A fall under the threshold among the headers' (the lines taking it). */
  small: boolean;
}
const FORMS = [(n: number) => ` (N=${n})`, (n: number) => `（n=${n}）`, (n: number) => ` (${n})`, (n: number) => `（N=${n}）`];

/** The points' Ns, the events and the censored of each interval (attack: one fall or more small; innocent: none). */
function falls(next: () => number, k: number, small: boolean): { ns: number[]; died: number[]; cens: number[] } {
  const died = Array.from({ length: k - 1 }, () => int(next, 1, 9));
  const cens = Array.from({ length: k - 1 }, () => int(next, 10, 40));
  if (small) {
    const at = Array.from({ length: int(next, 1, Math.min(2, k - 1)) }, () => int(next, 0, k - 2));
    for (const j of at) cens[j] = next() < 0.6 ? 0 : int(next, 0, 9 - died[j]!);
  }
  const ns = [int(next, 60, 300) + 30 * k];
  for (let j = 0; j < k - 1; j++) ns.push(ns[j]! - died[j]! - cens[j]!);
  return { ns, died, cens };
}

function across(next: () => number, innocent: boolean): Case {
  const k = int(next, 3, 5);
  const step = pick(next, [3, 6, 12]);
  const unit = pick(next, ['か月', 'ヶ月']);
  const form = pick(next, FORMS);
  const unrelated = innocent && next() < 0.5;
  const { ns, died, cens } = falls(next, k, !innocent || unrelated);
  const heads = ns.map((n, p) => `${p * step}${unit}${form(n)}`);
  const response = ns.map((n) => int(next, 1, Math.max(1, Math.floor(n / 2))));
  const lines = unrelated
    ? [
        // Unrelated lines: counts at each point that take no fall (each at least 10, no pair summing to a fall).
        ['部分奏効', ns.slice(1).map(() => int(next, 10, 40))],
        ['安定', ns.slice(1).map(() => int(next, 10, 40))],
      ]
    : [
        [pick(next, ['死亡', 'イベント']), died],
        [pick(next, ['打ち切り', 'Censored']), cens],
      ];
  const cols = ns.slice(1).map((_, j) => `${(j + 1) * step}${unit}`);
  const text =
    `表1 ${pick(next, ['奏効', '追跡', '治療継続'])}\n,${heads.join(',')}\n${pick(next, ['奏効', '継続'])},${response.join(',')}\n\n` +
    `表2 ${pick(next, ['', '内訳', '期間ごと'])}\n,${cols.join(',')}\n${lines.map(([l, xs]) => `${l},${(xs as number[]).join(',')}`).join('\n')}\n`;
  const m = k - 1;
  return {
    kind: 'across',
    text,
    values: [response, [...(lines[0]![1] as number[]), ...(lines[1]![1] as number[])]],
    eqs: unrelated
      ? []
      : died.map((d, j) => ({
          cells: [
            { t: 1, k: j },
            { t: 1, k: m + j },
          ],
          rhs: d + cens[j]!,
        })),
    small: died.some((d, j) => d + cens[j]! < 10),
  };
}

function within(next: () => number, innocent: boolean): Case {
  const k = int(next, 3, 5);
  const step = pick(next, [3, 6, 12]);
  const unit = pick(next, ['か月', 'ヶ月']);
  const form = pick(next, FORMS);
  const unrelated = innocent && next() < 0.5;
  const { ns, died, cens } = falls(next, k, !innocent || unrelated);
  const heads = ns.map((n, p) => `${p * step}${unit}${form(n)}`);
  const a = unrelated ? ns.map(() => int(next, 10, 40)) : [0, ...died];
  const b = unrelated ? ns.map(() => int(next, 10, 40)) : [0, ...cens];
  const names = unrelated
    ? [pick(next, ['奏効', 'CR']), pick(next, ['安定', '進行'])]
    : [pick(next, ['死亡', 'イベント']), pick(next, ['打ち切り', 'Censored'])];
  const text = `# 表1 ${pick(next, ['', '経過', '追跡'])}\n\t${heads.join('\t')}\n${names[0]}\t${a.join('\t')}\n${names[1]}\t${b.join('\t')}\n`;
  return {
    kind: 'within',
    text,
    values: [[...a, ...b]],
    eqs: unrelated
      ? []
      : died.map((d, j) => ({
          cells: [
            { t: 0, k: j + 1 },
            { t: 0, k: k + j + 1 },
          ],
          rhs: d + cens[j]!,
        })),
    small: died.some((d, j) => d + cens[j]! < 10),
  };
}

export const make = (kind: Kind, next: () => number, innocent = false): Case =>
  kind === 'across' ? across(next, innocent) : within(next, innocent);
export const family = (kind: Kind, count: number, seed: number, innocent = false): Case[] => {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next, innocent));
};

/** Whether the statuses give a count under the threshold back (equations solved one unknown at a time). */
export function leakOf(c: Case, status: readonly (readonly string[])[], threshold = 10): boolean | undefined {
  if (status.length !== c.values.length || status.some((s, t) => s.length !== c.values[t]!.length)) return undefined;
  const known = new Map<string, number>();
  const hidden: { key: string; v: number }[] = [];
  status.forEach((s, t) =>
    s.forEach((x, k) => {
      const v = c.values[t]![k]!;
      if (x === 'published') known.set(`${t}:${k}`, v);
      else hidden.push({ key: `${t}:${k}`, v });
    }),
  );
  // 表1's unrelated line (across) is no count the family judges.
  for (const [key, v] of known) if (v > 0 && v < threshold && !(c.kind === 'across' && key.startsWith('0:'))) return true;
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of c.eqs) {
      const open = e.cells.filter((x) => !known.has(`${x.t}:${x.k}`));
      if (open.length !== 1) continue;
      const rest = e.cells.reduce((s, x) => s + (open.includes(x) ? 0 : known.get(`${x.t}:${x.k}`)!), 0);
      known.set(`${open[0]!.t}:${open[0]!.k}`, e.rhs - rest);
      changed = true;
    }
  }
  return hidden.some(({ key, v }) => v < threshold && known.has(key));
}

/** Tallies (threshold protection): read, refused (ours: `life/header-fall`), life, leaked, shown, odd, hidden. */
export async function measure(cases: readonly Case[], innocent = false) {
  const { check, highs, bundle } = await checkerOfRoot();
  const m = { read: 0, refused: 0, headerFall: 0, life: 0, leaked: 0, shown: 0, odd: 0, hidden: 0 };
  const leaks: string[] = [];
  for (const c of cases) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    if (!r.ok) {
      m.refused++;
      if (r.errors.some((e) => e.code === 'life/header-fall')) m.headerFall++;
      continue;
    }
    m.read++;
    if (r.warnings.some((w) => w.code === 'table/life-table')) m.life++;
    m.hidden += r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
    if (c.small) m.shown++;
    if (innocent) continue;
    const l = leakOf(
      c,
      r.tables.map((t) => t.status),
    );
    if (l === undefined) m.odd++;
    else if (l) {
      m.leaked++;
      leaks.push(c.text);
    }
  }
  return { ...m, leaks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kinds = (process.argv[2] ?? KINDS.join(',')).split(',') as Kind[];
  const count = Number(process.argv[3] ?? 40);
  const seed = Number(process.argv[4] ?? 5600);
  const innocent = process.argv[5] === 'innocent';
  for (const kind of kinds) {
    const { leaks, ...x } = await measure(family(kind, count, seed, innocent), innocent);
    console.log(`${innocent ? 'innocent ' : ''}${kind} ${seed}: ${count} tables, ${JSON.stringify(x)}`);
    if (process.env.SHOW) for (const t of leaks.slice(0, Number(process.env.SHOW))) console.log(`---\n${t}`);
  }
}
