/**
 * titles75 (issue #11): Japanese verbs before a bare number and a counter written onto a mark's number before an
 * ordinary word, refused as counts (over-refusal), seeded (seeds 5890–5899).
 *
 * - `verbs` (titlen65-families.ts' generator with these words, 5890–5891): 「（生存146）」「（退院146）」「（追跡完了146）」
 *   「（死亡146）」「（転院：146）」「（治癒例146）」… at the table's total + 1–9 (`over`: never read silently — a reader
 *   takes the number for the table's N, the 4 left out a small count) or at it / 10–40 above (`innocent`: to be read;
 *   the base refused them as a count fitting no total, `title/count`), with look-alikes (「（追跡不能146）」
 *   「（5年生存146）」「（生存146日）」: the base's reading kept — refused or read as before, counted in `innocent` as read or
 *   refused by the base's rule).
 * - `words` (5892–5893): a 2×2 under a note whose mark's number a counter's character follows as an ordinary word's
 *   start (「※7名古屋市のデータ」「注1人口は2020年国勢調査」「※2人工呼吸器を含む」「※3例えば転院」). `over`: the number
 *   is a hidden cell (1–9) or the title's N less the sum — never read silently (a reader who cuts 「7名」 works the cell
 *   back). `innocent`: a number that is no cell, no sum and no N's rest (the base refused them all, `line/count`).
 * - `tomo` (5894–5895): 「※n人とも…」 (all n of them): under the threshold refused (a count said), at 10+ fitting
 *   nothing read, as a glued count is (notes74): `over` a hidden cell, `innocent` 10–40 fitting nothing.
 *
 *   npx node test/pubcheck/titles75-families.ts <verbs|words|tomo> <count> <seed>   (ROOT=<base> for the base)
 */
import { int, lcg, pick } from './helpers.ts';
import type { Case, Words } from './titlen65-families.ts';

export const VERBS75: Words = {
  forms: [
    (n) => `（生存${n}）`,
    (n) => `（退院${n}）`,
    (n) => `（追跡完了${n}）`,
    (n) => `（死亡${n}）`,
    (n) => `（転院：${n}）`,
    (n) => `（治癒例${n}）`,
    (n) => `（同意${n}）`,
    (n) => `（回答者${n}）`,
    (n) => `（追跡可能${n}）`,
    (n) => `（寛解${n}）`,
    (n) => `（診断${n}例）`,
    (n) => `（再入院 ${n}）`,
  ],
  lookalikes: [
    (t) => `（生存${t}日）`,
    () => '（5年生存146）',
    () => '（生存率12%）',
    () => '（死亡：2020年）',
    (t) => `（退院${t}）`,
    (t) => `（生存${t + 12}）`,
  ],
};

const WORDS75: ((n: number) => string)[] = [
  (n) => `※${n}名古屋市のデータ`,
  (n) => `注${n}人口は2020年国勢調査による`,
  (n) => `※${n}人工呼吸器装着例を含む`,
  (n) => `※${n}例えば転院例を含む`,
  (n) => `†${n}名称は略称`,
  (n) => `注${n}人種は自己申告`,
  (n) => `※${n}例外的に施設判定`,
];

/** `words` and `tomo`: a 2×2 of counts 20–60 under a note; `over` its number a cell or the N's rest, `innocent` none. */
export function noteCases75(count: number, seed: number, tomo = false): Case[] {
  const next = lcg(seed ^ (tomo ? 0x746f : 0x7775));
  return Array.from({ length: count }, () => {
    const kind = next() < 0.5 ? ('over' as const) : ('innocent' as const);
    const c = [int(next, 20, 60), int(next, 20, 60), int(next, 20, 60), int(next, 20, 60)];
    const labels = pick(next, [
      ['A群', 'B群'],
      ['心疾患', 'がん'],
    ]);
    let title = '# 表1 背景';
    let n: number;
    if (kind === 'over') {
      n = int(next, 1, 9);
      if (next() < 0.6) c[int(next, 0, 3)] = n;
      else title = `# 表1 背景 (N=${c.reduce((s, x) => s + x, 0) + n})`;
    } else {
      n = tomo ? int(next, 10, 19) : int(next, 1, 9);
      while (c.includes(n) || c.some((x, i) => c.some((y, j) => i < j && x + y === n))) n++;
      if (next() < 0.3) title = `# 表1 背景 (N=${c.reduce((s, x) => s + x, 0) + int(next, 12, 40)})`;
    }
    const note = tomo ? `※${n}人とも${pick(next, ['転院', '除外', '男性', '再入院'])}` : pick(next, WORDS75)(n);
    const text = `${title}\n\t男\t女\n ${labels[0]}\t${c[0]}\t${c[1]}\n ${labels[1]}\t${c[2]}\t${c[3]}\n${note}\n`;
    return { kind, where: 'caption', text, rest: n };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { titleChecker, cases } = await import('./titlen65-families.ts');
  const { tally } = await import('./titles70-families.ts');
  const { run } = await titleChecker();
  const [kind, n, seed] = [process.argv[2] ?? 'verbs', Number(process.argv[3] ?? 50), Number(process.argv[4] ?? 5890)];
  const t = tally(kind === 'verbs' ? cases(n, seed, VERBS75) : noteCases75(n, seed, kind === 'tomo'), run);
  for (const [k, v] of Object.entries(t))
    console.log(
      `${k.padEnd(9)} ${Object.entries(v)
        .map(([a, b]) => `${a} ${b}`)
        .join(' ')}`,
    );
}
