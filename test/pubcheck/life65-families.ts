/**
 * life65 (issue #11, a line's search starved past `SHALLOW`): two at-risk lines in one input, `LIFE_WORK` shared (as
 * redg63). 表1 「A群」's line falls by amounts no line takes, beside seven or eight tables of four lines of large counts
 * (「参考」, 100–300): its search over six other tables and more spends `LIFE_WORK`. 表2 「B群」's line falls by one line
 * of each of `k` other tables (表3…, 「死亡」「転院」「追跡不能」「転居」「同意撤回」 or under no word, each beside 「その他」 and
 * 「計」), one count of them small (1–9). redg63 searched every line's levels up to `SHALLOW` (three other tables) first,
 * then each line's deeper levels line after line: 表1's k ≥ 6 search spent the bound before 表2's fall over four or five
 * tables was tried, `life/not-searched` was said and every cell but the small one and its complement published.
 *
 * - `four`: 表2 falls over four tables (k 4). `five`: over five (k 5). `innocent`: the same look (four tables), 表2
 *   falling by amounts no lines take.
 * - Judged by the oracle (attack35-measure.ts `oracleVerdict`, `oneStep`, `threeWay`, `fourWay`, `manyWay` [4, 5]; no
 *   label looked at).
 *
 * `npx node test/pubcheck/life65-families.ts <count> <seed> [four|five|innocent]` (seeds 5170–5199; `ROOT=<tree>`).
 */
import { lcg } from './helpers.ts';
import { measure as measureStarved, starvedText } from './redg63-families.ts';

export type Kind = 'four' | 'five' | 'innocent';
export interface Case {
  kind: Kind;
  text: string;
}
export const make = (kind: Kind, next: () => number): Case => ({
  kind,
  text: starvedText(next, kind === 'five' ? 5 : 4, kind === 'innocent', 7),
});

export function family(count: number, seed: number, kinds: readonly Kind[] = ['four', 'five']): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, (_, n) => make(kinds[n % kinds.length]!, next));
}

/** redg63's measure, the oracle's `manyWay` [5] on `five`, else [4]. */
export const measure = (cases: readonly Case[]) => measureStarved(cases, (c) => (c.kind === 'five' ? [5] : [4]));

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = process.argv[4] as Kind | undefined;
  const cases = family(Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 5170), kind ? [kind] : undefined);
  console.log(JSON.stringify(await measure(cases)));
}
