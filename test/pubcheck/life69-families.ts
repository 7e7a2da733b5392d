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
import { lifeTable as table } from './life48-families.ts';
import { measure as measureStarved } from './redg63-families.ts';

export type Kind = 'six' | 'innocent';
export interface Case {
  kind: Kind;
  text: string;
}
const WORDED = ['死亡', '転院', '追跡不能', '転居', '同意撤回', '中止'];
const PLAIN = ['区分', '理由', '分類'];

export function make(kind: Kind, next: () => number): Case {
  const k = 6;
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const unit = pick(next, [3, 6]);
  const times = [0, 1, 2].map((j) => `${j * unit}${style}`);
  const risk = pick(next, ['人数', '患者数']);
  const parts = Array.from({ length: k }, () => [int(next, 10, 30), int(next, 10, 30), int(next, 10, 30)]);
  const at = int(next, 0, 1);
  parts[int(next, 0, k - 1)]![at] = int(next, 1, 9);
  const fallB = (j: number) => (kind === 'innocent' ? int(next, 200, 260) : parts.reduce((s, p) => s + p[j]!, 0));
  const endB = int(next, 20, 80);
  const b1 = endB + fallB(1);
  const b = [b1 + fallB(0), b1, endB];
  const endA = int(next, 20, 80);
  const a1 = endA + int(next, 600, 900);
  const a = [a1 + int(next, 600, 900), a1, endA];
  const out = [table('# 表1 A群', [risk], [a], times, next() < 0.5), table('# 表2 B群', [risk], [b], times, next() < 0.5)];
  const plain = next() < 0.3;
  const base = pick(next, PLAIN);
  parts.forEach((xs, p) => {
    const lines: [string, number[]][] = [
      [plain ? `${base}${'ABCDEF'[p]}` : WORDED[p]!, xs],
      [pick(next, ['その他', '不明', 'Other']), times.map(() => int(next, 10, 30))],
    ];
    if (next() < 0.5) lines.reverse();
    lines.push(['計', times.map((_, j) => lines[0]![1][j]! + lines[1]![1][j]!)]);
    out.push(
      table(
        `# 表${p + 3} B群の内訳${p + 1}`,
        lines.map(([n]) => n),
        lines.map(([, v]) => v),
        times,
        next() < 0.5,
      ),
    );
  });
  const tables = int(next, 7, 8);
  for (let d = 0; d < tables; d++) {
    const series = [0, 1, 2, 3].map(() => times.map(() => int(next, 100, 300)));
    out.push(
      table(
        `# 表${d + 3 + k} 参考${d + 1}`,
        series.map((_, q) => `項目${d + 1}${'abcd'[q]}`),
        series,
        times,
        next() < 0.5,
      ),
    );
  }
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
