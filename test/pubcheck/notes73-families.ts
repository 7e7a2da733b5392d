/**
 * notes73 (issue #11): a note's count glued to its mark read as the mark's number, seeded (seeds 5770–5779).
 *
 * - `glued` (5770–5771): a 2×2 under a note whose number is written onto its mark and followed by a noun of patients or
 *   a verb of leaving out (「※3 patients excluded」「注3 例除外」「*3 patients lost」「†3 withdrew」「※3 cases」). `over`:
 *   the number is a hidden cell of the table (1–9), or the title's N less the table's sum (1–9) — the base read it as
 *   note 3, silently (a reader who takes it for the count works the hidden cell or the left-out patients back).
 *   `innocent`: the same notes with a number of patients left out that is no cell, no line's sum and no N (read as
 *   left out), and notes with no noun of patients (「※1 2020年のデータ」「注3 参考値」「*2 中央判定」): read.
 *
 *   npx node test/pubcheck/notes73-families.ts glued <count> <seed>   (ROOT=<base> for the base)
 */
import { int, lcg, pick } from './helpers.ts';
import type { Case } from './titlen65-families.ts';

/** Glued notes making their number a count of patients. */
export const GLUED73: ((n: number) => string)[] = [
  (n) => `※${n} patients excluded`,
  (n) => `注${n} 例除外`,
  (n) => `*${n} patients lost`,
  (n) => `†${n} withdrew`,
  (n) => `※${n} cases`,
  (n) => `*${n} lost to follow-up`,
  (n) => `※${n} 名を除外`,
  (n) => `‡${n} subjects excluded`,
];
/** Left-out forms only (read where the count is no cell, no sum, no N). */
const LEFT73: ((n: number) => string)[] = [
  (n) => `※${n} patients excluded`,
  (n) => `注${n} 例除外`,
  (n) => `※${n} 名を除外`,
  (n) => `‡${n} subjects excluded`,
];
const PLAIN73: ((n: number) => string)[] = [
  (n) => `※${n} 2020年のデータ`,
  (n) => `注${n} 参考値`,
  (n) => `*${n} 中央判定`,
  (n) => `※${n} 院外発症を含む`,
];

/**
 * review75: a 2×2 count or share table under `head` (a title 「# …」 or a caption): columns 男 and 女, rows `labels`,
 * `cells` row by row — notes73's, notes74's and base74's tables.
 */
export const twoByTwo = (head: string, labels: readonly string[], cells: readonly (number | string)[]): string =>
  `${head}\n\t男\t女\n ${labels[0]}\t${cells[0]}\t${cells[1]}\n ${labels[1]}\t${cells[2]}\t${cells[3]}\n`;

/** review75: `glued`'s and notes74's `tight` draw — over or innocent (half each), four counts 20–60, a pair of `labelSets`. */
export function drawTwoByTwo(next: () => number, labelSets: readonly (readonly string[])[]) {
  const kind = next() < 0.5 ? ('over' as const) : ('innocent' as const);
  const c = [int(next, 20, 60), int(next, 20, 60), int(next, 20, 60), int(next, 20, 60)];
  return { kind, c, labels: pick(next, labelSets) };
}

/**
 * review75: notes73's and notes74's `glued` — `over` (a hidden cell, or the N less the sum, under a glued count of
 * `glued`) or `innocent`: in `apart` of them a count left out apart (`left`: no cell, no line's sum), else a note of
 * `plain` (no count); `salt` xor'ed into the seed.
 */
export function gluedCases(
  count: number,
  seed: number,
  o: {
    salt: number;
    glued: readonly ((n: number) => string)[];
    left: readonly ((n: number) => string)[];
    plain: readonly ((n: number) => string)[];
    apart: number;
  },
): Case[] {
  const next = lcg(seed ^ o.salt);
  return Array.from({ length: count }, () => {
    const { kind, c, labels } = drawTwoByTwo(next, [
      ['A群', 'B群'],
      ['心疾患', 'がん'],
    ]);
    let title = '# 表1 背景';
    let note: string;
    let rest = 0;
    if (kind === 'over') {
      rest = int(next, 1, 9);
      if (next() < 0.5) c[int(next, 0, 3)] = rest;
      else title = `# 表1 背景 (N=${c.reduce((s, x) => s + x, 0) + rest})`;
      note = pick(next, o.glued)(rest);
    } else if (next() < o.apart) {
      // No cell, no line's sum, no sum of a line's cells: a count of patients left out apart from the table.
      let n = int(next, 1, 9);
      while (c.includes(n)) n = int(next, 1, 9);
      note = pick(next, o.left)(n);
    } else note = pick(next, o.plain)(int(next, 1, 9));
    return { kind, where: 'caption', text: `${twoByTwo(title, labels, c)}${note}\n`, rest };
  });
}

/** `glued`: `over` (a hidden cell or the N less the sum under a glued count) or `innocent` (left out apart, or no count). */
export const gluedCases73 = (count: number, seed: number): Case[] =>
  gluedCases(count, seed, { salt: 0x6e73, glued: GLUED73, left: LEFT73, plain: PLAIN73, apart: 0.5 });

if (import.meta.url === `file://${process.argv[1]}`) {
  const { titleChecker } = await import('./titlen65-families.ts');
  const { tally } = await import('./titles70-families.ts');
  const { run } = await titleChecker();
  const [n, seed] = [Number(process.argv[3] ?? 100), Number(process.argv[4] ?? 5770)];
  const t = tally(gluedCases73(n, seed), run);
  for (const [k, v] of Object.entries(t))
    console.log(`${k.padEnd(9)} runs ${v.runs} read ${v.read} refused ${v.refused} leaked ${v.leaked}`);
}
