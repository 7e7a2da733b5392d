/**
 * life72 (issue #11, life71's chance ties where they stopped): a line under no word with no small cell falling by lines
 * of other tables, beside a reading that hides their cells as complements (表2 「B群」 falling by one line of each of
 * 表3–表5, one count of them small). life71 tied such a fit only over two steps or more, and only where no table of
 * its lines has more than 8 lines (`PLAIN_LINES`): over one step, or through a table past 8 lines, it was untied and the
 * oracle (a reader) pinned the complements through it, and through 表2's fall the small count.
 *
 * - `step`: two time points (one step); a 「参考」 line (100–300, the largest) falls by one line of each of two of
 *   表3–表5. `stepInnocent`: the same look, 表2 falling by no lines, no 「参考」 line
 *   planted (chance fits only).
 * - `wide`: three time points; the small count's table (表3–表5) has 10 lines; one 「参考」 line per line of it falls by
 *   that line plus a line of another part table (three 「参考」 tables: with seven, `LIFE_WORK` runs out, life69 refuses). `wideInnocent`: 表2 falling by no lines, no 「参考」 line planted.
 * - Judged by the oracle (redg63-families.ts `measure`: `oneStep`, `threeWay`, `fourWay`; no label looked at).
 *
 * `npx node test/pubcheck/life72-families.ts <kind> <count> <seed>` (seeds 5715–5729; `ROOT=<tree>`).
 */
import { int, pick } from './helpers.ts';
import { lifeTable as table } from './life48-families.ts';
import { PART_WORDS } from './life71-families.ts';
import { casesOf, measure, partTable, seriesTables } from './redg63-families.ts';

export type Kind = 'step' | 'stepInnocent' | 'wide' | 'wideInnocent';
export interface Case {
  kind: Kind;
  text: string;
}

/** One input: 表1 A群, 表2 B群 over 表3–表5 (one count small), then 「参考」 tables with the planted fits. */
export function make(next: () => number, kind: Kind): Case {
  const one = kind === 'step' || kind === 'stepInnocent';
  const wide = kind === 'wide' || kind === 'wideInnocent';
  const innocent = kind === 'stepInnocent' || kind === 'wideInnocent';
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const unit = pick(next, [3, 6]);
  const times = (one ? [0, 1] : [0, 1, 2]).map((j) => `${j * unit}${style}`);
  const draw = () => times.map(() => int(next, 10, 30));
  const risk = pick(next, ['人数', '患者数', 'At risk']);
  // Each part table: its worded line (表2's fall), then one (or, in the wide table, nine) lines beside it.
  const where = int(next, 0, 2);
  const parts = [0, 1, 2].map((p) => [draw(), ...Array.from({ length: wide && p === where ? 9 : 1 }, draw)]);
  const at = int(next, 0, times.length - 1);
  parts[where]![int(next, 0, parts[where]!.length - 1)]![at] = int(next, 1, 9);
  const fallB = (j: number) => (innocent ? int(next, 60, 180) : parts.reduce((s, p) => s + p[0]![j]!, 0));
  const endB = int(next, 20, 80);
  const b = [endB];
  for (let j = times.length - 2; j >= 0; j--) b.unshift(b[0]! + fallB(j));
  const a = [int(next, 20, 80)];
  for (let j = times.length - 2; j >= 0; j--) a.unshift(a[0]! + int(next, 60, 180));
  const out = [table('# 表1 A群', [risk], [a], times, next() < 0.5), table('# 表2 B群', [risk], [b], times, next() < 0.5)];
  parts.forEach((lines, p) =>
    out.push(
      partTable(
        next,
        p,
        times,
        lines.map((xs, q) => [q === 0 ? pick(next, PART_WORDS[p]!) : lines.length > 2 ? `理由${q}` : pick(next, ['その他', '不明']), xs]),
      ),
    ),
  );
  // The planted fits: each a line of 表3–表5 plus a line of another of them, at each step's start.
  const planted: number[][] = [];
  const plant = (taken: number[][]) => {
    const last = int(next, 100, 200);
    const line = [last];
    for (let j = times.length - 2; j >= 0; j--) line.unshift(line[0]! + taken.reduce((s, xs) => s + xs[j]!, 0));
    planted.push(line);
  };
  const partner = (p: number) => {
    const q = pick(
      next,
      [0, 1, 2].filter((x) => x !== p),
    );
    return pick(next, parts[q]!);
  };
  if (kind === 'step') {
    const [p, q] = pick(next, [
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    plant([pick(next, parts[p!]!), pick(next, parts[q!]!)]);
  } else if (kind === 'wide') for (const xs of parts[where]!) plant([xs, partner(where)]);
  // Over one step seven or eight 「参考」 tables (redg63's); the wide inputs three (past them `LIFE_WORK` runs out and
  // life69 refuses), four lines planted a table at most.
  const tables = wide ? 3 : int(next, 7, 8);
  const per = wide ? 4 : 2;
  const slots = Array.from({ length: tables }, (_, d) => [0, 1, 2, 3].map((q) => [d, q] as const)).flat();
  const into = new Map<string, number[]>();
  planted.forEach((line, n) => {
    const free = slots.filter(([d, q]) => q < per && !into.has(`${d},${q}`));
    const [d, q] = free[(n * 7 + int(next, 0, free.length - 1)) % free.length]!;
    into.set(`${d},${q}`, line);
  });
  out.push(
    ...seriesTables(next, tables, times, (d) => [0, 1, 2, 3].map((q) => into.get(`${d},${q}`) ?? times.map(() => int(next, 100, 300)))),
  );
  return { kind, text: out.join('\n\n') + '\n' };
}

export function cases(kind: Kind, count: number, seed: number): Case[] {
  return casesOf(make, kind, count, seed);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = (process.argv[2] ?? 'step') as Kind;
  console.log(kind, JSON.stringify(await measure(cases(kind, Number(process.argv[3] ?? 10), Number(process.argv[4] ?? 5715)))));
}
