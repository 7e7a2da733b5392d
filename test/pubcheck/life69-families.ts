/**
 * life69 families (issue #11, seeds 5580–5599): past five tables. 表1 「A群」's at-risk line falls by large amounts
 * (600–900 a step) no lines take, beside seven or eight 「参考」 tables of four lines of large counts (100–300): no set of
 * them is cut by life65's bound, so its search over six other tables and more spends `LIFE_WORK`. 表2 「B群」's line
 * falls by one line of each of six other tables (表3–表8, 「死亡」「転院」… or under no word, each beside 「その他」 and
 * 「計」), one count small (1–9): searched after 表1's deep levels, it was cut, said `life/not-searched` and published
 * untied — the oracle (`manyWay` [6]) pinned the small count.
 *
 * - `six`: that input. `innocent`: the same look, 表2 falling by amounts no lines take.
 * - Judged by the oracle (attack35-measure.ts `oracleVerdict`, `manyWay` [6]; no label looked at), redg63's measure.
 *
 * `npx node test/pubcheck/life69-families.ts <count> <seed> [six|innocent]` (`ROOT=<tree>` for another tree).
 */
import { int, lcg, pick } from './helpers.ts';
import { groupTables, measure as measureStarved, OTHER, partTables, referenceTables, threeTimes } from './redg63-families.ts';

export type Kind = 'six' | 'innocent';
export interface Case {
  kind: Kind;
  text: string;
}
const WORDED = ['死亡', '転院', '追跡不能', '転居', '同意撤回', '中止'];

export function make(kind: Kind, next: () => number): Case {
  const k = 6;
  const times = threeTimes(next);
  const risk = pick(next, ['人数', '患者数']);
  const parts = Array.from({ length: k }, () => [int(next, 10, 30), int(next, 10, 30), int(next, 10, 30)]);
  const at = int(next, 0, 1);
  parts[int(next, 0, k - 1)]![at] = int(next, 1, 9);
  const fallB = (j: number) => (kind === 'innocent' ? int(next, 200, 260) : parts.reduce((s, p) => s + p[j]!, 0));
  const { out, plain, base } = groupTables(next, times, risk, fallB, [600, 900]);
  out.push(
    ...partTables(next, times, k, (p) => [
      [plain ? `${base}${'ABCDEF'[p]}` : WORDED[p]!, parts[p]!],
      [pick(next, OTHER), times.map(() => int(next, 10, 30))],
    ]),
    ...referenceTables(next, times, 3 + k),
  );
  return { kind, text: out.join('\n\n') + '\n' };
}

export function family(count: number, seed: number, kind: Kind = 'six'): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}

/** redg63's measure (read / refused / leaked / hidden / readB / cut / seconds), the oracle's `manyWay` [6]. */
export const measure = (cases: readonly Case[]) => measureStarved(cases, () => [6]);

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = family(Number(process.argv[2] ?? 4), Number(process.argv[3] ?? 5580), (process.argv[4] as Kind | undefined) ?? 'six');
  console.log(JSON.stringify(await measure(cases)));
}
