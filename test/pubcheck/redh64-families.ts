/**
 * redh64 (issue #11, seeds 5050–5079): formats62's rate line 「死亡率（%）」 beside MORE THAN 12 count lines whose true
 * N is the line's 合計 less some of them (redd62's class: 「追跡不能」 left out of the base), the lines left out past the
 * 12th. redd62's `leftOut` (rates.ts `joinLineShares`) tried the sets of the first 12 other lines only
 * (`rest.slice(0, 12)`), so a table of 14–17 lines whose left-out line is the last was read as formats62 reads it
 * and the rate published with its count: over its true base it bounds the small line (N' = 合計 − that line, from the
 * count and the rate). Kinds: `last` (the small line last, 14–17 lines), `two` (the small line and a large line past
 * the 12th both left out). `innocent`: the same look whose rate IS over the 合計 (formats62's class): it must stay read
 * about as often as on the base. Judged by formats33-attack.ts (every printed number with its true meaning: the rate
 * a share of `b:i`, the lines but those left out).
 *
 *   npx node test/pubcheck/redh64-families.ts many|innocent|two|innocentTwo [count] [first seed] [last seed]
 *
 * Seeds: many 5050, innocent 5051, two 5052, innocentTwo 5053 (tests: 5054–5057).
 */
import { int, lcg, pick } from './helpers.ts';
import type { Joined } from './formats35-families.ts';
import type { Token } from './formats33-families.ts';
import { rateTable } from './redd62-families.ts';

const GROUPS = [
  ['A群', 'B群'],
  ['男性', '女性'],
  ['65歳未満', '65-74歳', '75歳以上'],
];
/** Outcome lines past the event: each a count of 10 or more (rates69's too). */
export const MIDDLE = [
  '生存',
  '転院',
  '転科',
  '自宅退院',
  '施設入所',
  '療養病床',
  '他院紹介',
  '外来継続',
  '訪問診療',
  '在宅療養',
  '回復期転院',
  '介護施設',
  '救命救急',
  '緩和ケア',
  '社会復帰',
];
/** The small line the rate leaves out (rates69's too). */
export const LEFT = ['追跡不能', '評価不能', '同意撤回'];

/** `manyLines`: the class (the rate over 合計 less lines past the 12th). `innocent`: the rate over the 合計. */
export function manyLines(
  n: number,
  seed: number,
  innocent = false,
  two = false,
  wide: false | 'wide' | 'combine' | 'twelve' = false,
): Joined[] {
  const next = lcg(seed ^ (wide === 'combine' ? 0x6466 : wide === 'twelve' ? 0x6467 : wide ? 0x6465 : 0x6464));
  const out: Joined[] = [];
  while (out.length < n) {
    const groups = wide === 'combine' ? pick(next, GROUPS.slice(0, 2)) : pick(next, GROUPS);
    const middle = MIDDLE.slice(0, wide === 'twelve' ? int(next, 8, 11) : wide ? int(next, 1, 2) : int(next, 12, 15));
    const outcomes = ['死亡', ...middle, pick(next, LEFT)];
    const rateLabel = '死亡率（%）';
    const byRows = next() < 0.4;
    const totalAcross = next() < 0.5 || wide === 'combine';
    const dec = (wide && wide !== 'twelve') || next() >= 0.7 ? 1 : 0;
    const mark = next() < 0.4;
    const J = outcomes.length;
    const u = J - 1; // the small line the rate leaves out
    const v = J - 2; // with `two`, a large line past the 12th left out too
    const c = groups.map((_g, i) =>
      outcomes.map((_, j) =>
        j === u
          ? wide === 'combine' && i === 1
            ? int(next, 5, 30)
            : int(next, 1, 9)
          : wide === 'combine'
            ? j === 0
              ? int(next, 20, 80)
              : int(next, 400, 1500)
            : wide === 'wide'
              ? int(next, 200, 3000)
              : j === 0
                ? int(next, 40, 200)
                : int(next, 10, 40),
      ),
    );
    const left = (j: number) => j === u || (two && j === v);
    const table = rateTable({ groups, outcomes, rateLabel, c, byRows, totalAcross, dec, mark, innocent, left });
    if (!table) continue;
    const family = `${innocent ? 'innocent' : two ? 'two' : wide || 'many'}-${byRows ? 'row' : 'col'}${totalAcross ? '-across' : ''}-d${dec}`;
    out.push({ family, ...table });
  }
  return out;
}

export const innocentMany = (n: number, seed: number) => manyLines(n, seed, true);
export const twoLeftOut = (n: number, seed: number) => manyLines(n, seed, false, true);
export const innocentTwo = (n: number, seed: number) => manyLines(n, seed, true, true);
/** (d) `wide`: 3–4 lines of hundreds to thousands, the rate to one decimal (several bases fit each rate). */
export const wideBases = (n: number, seed: number, innocent = false) => manyLines(n, seed, innocent, false, 'wide');
/** `twelve`: the same look with at most 12 other lines (what redd62 searched whole): the innocent measure fair to the base. */
export const twelveLines = (n: number, seed: number, innocent = false) => manyLines(n, seed, innocent, false, 'twelve');
/** (f) `combine`: two groups and the 合計 across, the rate to one decimal over hundreds: each position's bound on the line left out wide, their sum narrow. */
export const combineBases = (n: number, seed: number, innocent = false) => manyLines(n, seed, innocent, false, 'combine');

/**
 * One case's draws of a rate over a line of another table (`crossBase`, rates66's `crossSum`): the groups (one of
 * `among`), the rate's decimals (0 or 1) and 「%」 or not, 死亡 and 生存 per group (20–150), their 合計 r, the left out
 * x (1–9) and the true base g = r + x.
 */
export function drawRates(next: () => number, among: readonly (readonly string[])[]) {
  const groups = pick(next, among);
  const dec = next() < 0.7 ? 0 : 1;
  const mark = next() < 0.4;
  const c = groups.map(() => [int(next, 20, 150), int(next, 20, 150)]);
  const x = groups.map(() => int(next, 1, 9));
  const r = c.map((row) => row[0]! + row[1]!);
  const g = r.map((v, i) => v + x[i]!);
  return { groups, dec, mark, c, x, r, g };
}

/**
 * 表1 of a rate over a line of another table (`crossBase`, rates66's `crossSum`): per group 死亡 c[i][0], 生存 c[i][1],
 * 合計 r[i] and 「死亡率（%）」, c[i][0] over g[i] (over r[i] where `innocent`, 「%」 after it where `mark`); undefined
 * where the rate does not fit the 合計 too at every group. `tokens(i)`: group i's printed numbers (line 3 + i);
 * `truth(…, i)`: group i's c, r, g, x and the sums r = c0 + c1, g = r + x.
 */
export function rateOverOther(o: {
  groups: readonly string[];
  c: number[][];
  r: number[];
  g: number[];
  x: number[];
  dec: number;
  mark: boolean;
  innocent: boolean;
}) {
  const { groups, c, r, g, x, dec, mark, innocent } = o;
  const p = (i: number) => ((100 * c[i]![0]!) / (innocent ? r[i]! : g[i]!)).toFixed(dec);
  const fitsTotal = groups.every((_, i) => Math.abs(Number(p(i)) - (100 * c[i]![0]!) / r[i]!) <= 0.5 * 10 ** -dec + 1e-9);
  if (!fitsTotal) return undefined;
  return {
    lines: [
      '表1 転帰',
      ['', '死亡', '生存', '合計', '死亡率（%）'].join('\t'),
      ...groups.map((gr, i) => [gr, c[i]![0], c[i]![1], r[i], `${p(i)}${mark ? '%' : ''}`].join('\t')),
    ],
    tokens: (i: number): Token[] => [
      {
        line: 3 + i,
        text: `${c[i]![0]} (${p(i)}%)`,
        meanings: [
          { kind: 'count', v: `c:${i}:0` },
          { kind: 'pct', num: `c:${i}:0`, den: innocent ? `r:${i}` : `g:${i}`, dec, scale: 100 },
        ],
      },
      { line: 3 + i, text: String(c[i]![1]), meanings: [{ kind: 'count', v: `c:${i}:1` }] },
      { line: 3 + i, text: String(r[i]), meanings: [{ kind: 'count', v: `r:${i}` }] },
    ],
    truth: (truth: Map<string, number>, sums: [string, string[]][], i: number) => {
      truth.set(`c:${i}:0`, c[i]![0]!);
      truth.set(`c:${i}:1`, c[i]![1]!);
      truth.set(`r:${i}`, r[i]!);
      truth.set(`g:${i}`, g[i]!);
      truth.set(`x:${i}`, x[i]!);
      sums.push([`r:${i}`, [`c:${i}:0`, `c:${i}:1`]], [`g:${i}`, [`r:${i}`, `x:${i}`]]);
    },
  };
}

/**
 * (a) `crossBase`: the rate's true base a line of ANOTHER table under the same group labels — 表2 「登録」 (= 合計 + 除外,
 * 除外 1–9) beside 表1's 死亡・生存・合計 and 「死亡率（%）」 — fitting 表1's 合計 too at every group (so formats62 reads
 * it over the 合計). The checker hides 表2's 除外 and 登録; over its true base the rate bounds 登録 and so 除外. On
 * db0a70d1 read and leaked; now refused (rates.ts `sharesOverOtherLines`). `innocent`: the rate over the 合計, the same
 * 表2 (refused only where the rate fits 登録 too: the reader cannot tell). Every third case prints 表2 turned (`flip`).
 */
export function crossBase(n: number, seed: number, innocent = false): Joined[] {
  const next = lcg(seed ^ 0x6468);
  const out: Joined[] = [];
  while (out.length < n) {
    const d = drawRates(next, GROUPS);
    const { groups, dec, x, r, g } = d;
    const I = groups.length;
    const t1 = rateOverOther({ ...d, innocent });
    if (!t1) continue;
    // Every third case prints 表2 with its groups across as columns (登録 a row).
    const flip = out.length % 3 === 2;
    const t2 = flip
      ? ['表2 解析対象', ['', ...groups].join('\t'), ['登録', ...g].join('\t'), ['除外', ...x].join('\t'), ['解析対象', ...r].join('\t')]
      : ['表2 解析対象', ['', '登録', '除外', '解析対象'].join('\t'), ...groups.map((gr, i) => [gr, g[i], x[i], r[i]].join('\t'))];
    const text = [...t1.lines, '', ...t2].join('\n') + '\n';
    const tokens: Token[] = [];
    groups.forEach((_, i) => {
      tokens.push(...t1.tokens(i));
      const y = (j: number) => (flip ? 6 + I + j : 6 + I + i);
      tokens.push({ line: y(0), text: String(g[i]), meanings: [{ kind: 'count', v: `g:${i}` }] });
      tokens.push({ line: y(1), text: String(x[i]), meanings: [{ kind: 'count', v: `x:${i}` }] });
      tokens.push({ line: y(2), text: String(r[i]), meanings: [{ kind: 'count', v: `r:${i}` }] });
    });
    const truth = new Map<string, number>();
    const sums: [string, string[]][] = [];
    groups.forEach((_, i) => t1.truth(truth, sums, i));
    out.push({ family: `${innocent ? 'innocent' : 'cross'}${flip ? '-flip' : ''}-d${dec}`, text, joined: text, truth, sums, tokens });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { measureFormats } = await import('./formats-measure.ts');
  await measureFormats({
    many: { cases: (n, s) => manyLines(n, s), n: 100, from: 5050, to: 5050 },
    innocent: { cases: innocentMany, n: 100, from: 5051, to: 5051 },
    two: { cases: twoLeftOut, n: 100, from: 5052, to: 5052 },
    innocentTwo: { cases: innocentTwo, n: 100, from: 5053, to: 5053 },
    wide: { cases: (n, s) => wideBases(n, s), n: 100, from: 5058, to: 5058 },
    innocentWide: { cases: (n, s) => wideBases(n, s, true), n: 100, from: 5059, to: 5059 },
    twelve: { cases: (n, s) => twelveLines(n, s), n: 100, from: 5062, to: 5062 },
    innocentTwelve: { cases: (n, s) => twelveLines(n, s, true), n: 100, from: 5063, to: 5063 },
    cross: { cases: (n, s) => crossBase(n, s), n: 100, from: 5064, to: 5064 },
    innocentCross: { cases: (n, s) => crossBase(n, s, true), n: 100, from: 5065, to: 5065 },
    combine: { cases: (n, s) => combineBases(n, s), n: 100, from: 5060, to: 5060 },
    innocentCombine: { cases: (n, s) => combineBases(n, s, true), n: 100, from: 5061, to: 5061 },
  });
}
