/**
 * redg63 (issue #11, red team of life62/life63's search bounded by `LIFE_WORK`): two at-risk lines in one input, the
 * budget shared. 表1 「A群」's line falls by amounts no line takes, beside seven or eight tables of four lines of large
 * counts (「参考」, 100–300): its search over six other tables and more spends `LIFE_WORK`. 表2 「B群」's line falls by one
 * line of each of 表3–表5 (「死亡」「転院」「追跡不能」 or under no word, each beside 「その他」 and 「計」), one count of them
 * small (1–9). 51da46af searched the lines one after another: 表1's k ≥ 6 search spent the bound, 表2's fall over three
 * tables was never tried, `life/not-searched` was said and every cell but the small one and its complement published —
 * the oracle (oracle.ts `fourWay`) pinned the small count through 表2's fall.
 *
 * - `starved`: that input. `innocent`: the same look, 表2 falling by amounts no three lines take.
 * - Judged by the oracle (attack35-measure.ts `oracleVerdict`, `oneStep`, `threeWay`, `fourWay`; no label looked at).
 *
 * `npx node test/pubcheck/redg63-families.ts <count> <seed> [innocent]` (seeds 4930–4959; `ROOT=<tree>`).
 */
import { oracleVerdict } from './attack35-measure.ts';
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import { lifeTable as table } from './life48-families.ts';

export interface Case {
  kind: 'starved' | 'innocent';
  text: string;
}
const WORDED = [
  ['死亡', 'Deaths', 'イベント'],
  ['転院', '打ち切り', 'Censored'],
  ['追跡不能', 'Lost to follow-up', '脱落'],
  // life65's fourth and fifth tables
  ['転居', 'Moved', '施設移動'],
  ['同意撤回', 'Withdrawn', '中止'],
];
const PLAIN = ['区分', '理由', '分類'];

/**
 * One input (redg63's, life65's with `k` 4–5): 表1 A群 and 表2 B群's at-risk lines, 表2 falling by one line of each of
 * the `k` tables 表3… (one count of them small), then seven or eight 「参考」 tables. `innocent`: 表2 falling by amounts
 * no lines take (60–180, and `shift` more).
 */
export function starvedText(next: () => number, k = 3, innocent = false, shift = 0): string {
  const times = threeTimes(next);
  const risk = pick(next, ['人数', '患者数', 'At risk']);
  const parts = Array.from({ length: k }, () => [int(next, 10, 30), int(next, 10, 30), int(next, 10, 30)]);
  const where = int(next, 0, k); // k: the 「その他」 beside 表3's line
  const at = int(next, 0, 1);
  const small = int(next, 1, 9);
  if (where < k) parts[where]![at] = small;
  const fallB = (j: number) => (innocent ? int(next, 60, 180) + shift : parts.reduce((s, p) => s + p[j]!, 0));
  const { out, plain, base } = groupTables(next, times, risk, fallB, [60, 180]);
  out.push(
    ...partTables(next, times, k, (p) => {
      const name = plain ? `${base}${'ABCDE'[p]}` : pick(next, WORDED[p]!);
      const other = times.map(() => int(next, 10, 30));
      if (where === k && p === 0) other[at] = small;
      return [
        [name, parts[p]!],
        [pick(next, OTHER), other],
      ];
    }),
    ...referenceTables(next, times, 3 + k),
  );
  return out.join('\n\n') + '\n';
}

/** review70: the three times of redg63's (life65's, life69's) at-risk lines, 0 and 3 or 6 a step, in a unit drawn. */
export function threeTimes(next: () => number): string[] {
  const style = pick(next, ['か月', 'ヶ月', ' months']);
  const unit = pick(next, [3, 6]);
  return [0, 1, 2].map((j) => `${j * unit}${style}`);
}

/**
 * review70: 表1 A群 (falling by `fallA` amounts a step) and 表2 B群 (falling by `fallB(j)` at the step `j`), each over
 * the line `risk`; then whether 表3…'s parts are under no word (`plain`) and the word they are under then (`base`).
 */
export function groupTables(
  next: () => number,
  times: readonly string[],
  risk: string,
  fallB: (j: number) => number,
  fallA: readonly [number, number],
): { out: string[]; plain: boolean; base: string } {
  const endB = int(next, 20, 80);
  const b1 = endB + fallB(1);
  const b = [b1 + fallB(0), b1, endB];
  const endA = int(next, 20, 80);
  const a1 = endA + int(next, ...fallA);
  const a = [a1 + int(next, ...fallA), a1, endA];
  const out = [table('# 表1 A群', [risk], [a], times, next() < 0.5), table('# 表2 B群', [risk], [b], times, next() < 0.5)];
  const plain = next() < 0.3;
  return { out, plain, base: pick(next, PLAIN) };
}

/** The words beside each part of 表3… (redg63's, life69's). */
export const OTHER = ['その他', '不明', 'Other'];

/** review73: 表(p+3) 「B群の内訳(p+1)」 of its `named` lines, turned now and then, reversed half the time, under their 「計」. */
export function partTable(next: () => number, p: number, times: readonly string[], named: [string, number[]][]): string {
  if (next() < 0.5) named.reverse();
  named.push(['計', times.map((_, j) => named.reduce((s, [, xs]) => s + xs[j]!, 0))]);
  return table(
    `# 表${p + 3} B群の内訳${p + 1}`,
    named.map(([n]) => n),
    named.map(([, v]) => v),
    times,
    next() < 0.5,
  );
}

/**
 * review70: 表3…, `count` tables of two lines (`lines(p)`: the part 表2 falls by and the line beside it), turned now
 * and then, under their 「計」 (redg63's, life65's, life69's).
 */
export function partTables(
  next: () => number,
  times: readonly string[],
  count: number,
  lines: (p: number) => [string, number[]][],
): string[] {
  return Array.from({ length: count }, (_, p) => partTable(next, p, times, lines(p)));
}

/** review73: `count` 「参考」 tables 表`first`… of four lines over `times`, table d's lines `seriesOf(d)` (life71's, life72's). */
export function seriesTables(
  next: () => number,
  count: number,
  times: readonly string[],
  seriesOf: (d: number) => number[][],
  first = 6,
): string[] {
  return Array.from({ length: count }, (_, d) => {
    const series = seriesOf(d);
    return table(
      `# 表${d + first} 参考${d + 1}`,
      series.map((_, q) => `項目${d + 1}${'abcd'[q]}`),
      series,
      times,
      next() < 0.5,
    );
  });
}

/** review70: seven or eight 「参考」 tables 表`first`… of four lines of large counts (100–300): what spends `LIFE_WORK`. */
export function referenceTables(next: () => number, times: readonly string[], first: number): string[] {
  return seriesTables(next, int(next, 7, 8), times, () => [0, 1, 2, 3].map(() => times.map(() => int(next, 100, 300))), first);
}

/** review73: `count` inputs of `make`'s `kind`, one lcg from `seed` (life71's, life72's). */
export function casesOf<K, C>(make: (next: () => number, kind: K) => C, kind: K, count: number, seed: number): C[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(next, kind));
}

export const make = (next: () => number, innocent = false): Case => ({
  kind: innocent ? 'innocent' : 'starved',
  text: starvedText(next, 3, innocent),
});

export function starved(count: number, seed: number, innocent = false): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(next, innocent));
}

/**
 * read / refused / leaked (the oracle) / hidden / 表2 read as a life table / `life/not-searched` said, and seconds;
 * `ways` (life65): the oracle's `manyWay` a case.
 */
export async function measure<C extends { text: string }>(cases: readonly C[], ways?: (c: C) => readonly number[]) {
  const { check, highs, bundle } = await checkerOfRoot();
  const m = { runs: 0, read: 0, refused: 0, leaked: 0, hidden: 0, readB: 0, cut: 0, seconds: 0 };
  for (const c of cases) {
    const t0 = Date.now();
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    m.seconds += (Date.now() - t0) / 1000;
    m.runs++;
    if (!r.ok) {
      m.refused++;
      continue;
    }
    m.read++;
    m.hidden += r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
    if (r.warnings.some((w) => w.code === 'table/life-table' && w.message.startsWith('表2の'))) m.readB++;
    if (r.warnings.some((w) => w.code === 'life/not-searched')) m.cut++;
    const more = { oneStep: true, threeWay: true, fourWay: true, ...(ways ? { manyWay: ways(c) } : {}) };
    if (oracleVerdict(highs, r, c.text, 'threshold', more) === 'leaked') m.leaked++;
  }
  m.seconds = Math.round(m.seconds);
  return m;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = starved(Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 4930), process.argv[4] === 'innocent');
  console.log(JSON.stringify(await measure(cases)));
}
