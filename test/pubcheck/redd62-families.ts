/**
 * redd62 (seeds 4830–4859): formats62's rate line 「死亡率（%）」 beside the counts of its line whose real N is NOT the
 * line's 合計 but a subgroup of it — the 合計 less a line of patients not judged (「追跡不能」「評価不能」「転院」; 「不明」 is
 * missingshares.ts' and refused there) — and which fits the 合計 by chance
 * at every position (the rounding wide enough for both). Read as over the 合計 (rates.ts `joinLineShares`), the rate
 * is published with its count; over its real N it bounds the hidden line (N' = 合計 − that line, from the count and
 * the rate), under the threshold. Every printed number carries its true meaning (formats33-attack.ts reads them: the
 * rate a share of `b:i`, the sum of the lines but that one). `innocent`: the same look whose rate IS over the 合計 (the
 * class formats62 reads): it must stay read.
 */
import { int, lcg, pick } from './helpers.ts';
import { cross, type Joined } from './formats35-families.ts';
import type { Meaning, Token } from './formats33-families.ts';

/** The groups a table's lines are drawn from (rates69's too). */
export const GROUPS = [
  ['A群', 'B群'],
  ['男性', '女性'],
  ['65歳未満', '65-74歳', '75歳以上'],
  ['Stage I', 'Stage II', 'Stage III', 'Stage IV'],
];
/** The outcome lines (the first the event, the last the line the rate leaves out) and the rate's label (rates69's too). */
export const OUTCOMES: [string[], string][] = [
  [['死亡', '生存', '追跡不能'], '死亡率（%）'],
  [['奏効', '非奏効', '評価不能'], '奏効率（%）'],
  [['再発', '無再発', '転院'], '再発率（%）'],
  [['死亡', '生存', '転院', '追跡不能'], '死亡率（%）'],
];

/** `subgroupRates`: the class (the rate over 合計 less its last line). `innocent`: the rate over the 合計. */
export function subgroupRates(n: number, seed: number, innocent = false): Joined[] {
  const next = lcg(seed ^ 0x6262);
  const out: Joined[] = [];
  while (out.length < n) {
    const groups = pick(next, GROUPS);
    const [outcomes, rateLabel] = pick(next, OUTCOMES);
    const byRows = next() < 0.4;
    const totalAcross = next() < 0.5;
    const dec = next() < 0.7 ? 0 : 1;
    const mark = next() < 0.4;
    const u = outcomes.length - 1; // the line the rate leaves out
    const c = groups.map(() => outcomes.map((_, j) => (j === u ? int(next, 1, 9) : int(next, 20, 150))));
    const table = rateTable({ groups, outcomes, rateLabel, c, byRows, totalAcross, dec, mark, innocent, left: (j) => j === u });
    if (!table) continue;
    const family = `${innocent ? 'innocent' : 'subgroup'}-${byRows ? 'row' : 'col'}${totalAcross ? '-across' : ''}-d${dec}`;
    out.push({ family, ...table });
  }
  return out;
}

export const innocentSubgroup = (n: number, seed: number) => subgroupRates(n, seed, true);

/** review70: what a rate table is drawn from (`rateTable`'s, rates69's `noTotalTable`'s). */
export interface RateTableOptions {
  groups: readonly string[];
  outcomes: readonly string[];
  rateLabel: string;
  c: number[][];
  byRows: boolean;
  totalAcross: boolean;
  dec: number;
  mark: boolean;
  innocent: boolean;
}

/**
 * One table of `subgroupRates` (and redh64's `manyLines`): the counts `c` of groups by outcomes (the first the event),
 * a 合計 column, a 合計 line across where `totalAcross`, and 「死亡率（%）」 (`rateLabel`) of the event over the 合計 less
 * the lines `left` (over the 合計 where `innocent`), `dec` decimals, 「%」 on the values where `mark`, turned where
 * `byRows`; with each printed number's true meaning (the rate a share of `b:i`, the lines but those left out).
 * Undefined where the rate does not fit the 合計 too at every position (the class only where the checker can read so).
 */
export function rateTable(o: RateTableOptions & { left: (j: number) => boolean }): Omit<Joined, 'family'> | undefined {
  const { groups, outcomes, rateLabel, c, byRows, totalAcross, dec, mark, innocent, left } = o;
  const I = groups.length;
  const J = outcomes.length;
  const r = c.map((row) => row.reduce((a, b) => a + b, 0));
  const k = outcomes.map((_, j) => c.reduce((a, row) => a + row[j]!, 0));
  const N = r.reduce((a, b) => a + b, 0);
  const countsOf = (i: number) => (i < I ? c[i]! : k);
  const totalOf = (i: number) => (i < I ? r[i]! : N);
  const leftOf = (i: number) => outcomes.reduce((a, _, j) => a + (left(j) ? countsOf(i)[j]! : 0), 0);
  const baseOf = (i: number) => (innocent ? totalOf(i) : totalOf(i) - leftOf(i));
  const lineLabels = [...groups, ...(totalAcross ? ['合計'] : [])];
  const p = (i: number) => ((100 * countsOf(i)[0]!) / baseOf(i)).toFixed(dec);
  // The class only where the rate fits the 合計 too at every position (the chance the checker reads).
  const fitsTotal = lineLabels.every((_, i) => Math.abs(Number(p(i)) - (100 * countsOf(i)[0]!) / totalOf(i)) <= 0.5 * 10 ** -dec + 1e-9);
  if (!fitsTotal) return undefined;
  const cv = (i: number, j: number) => (i < I ? `c:${i}:${j}` : `k:${j}`);
  const tv = (i: number) => (i < I ? `r:${i}` : 'N');
  const bv = (i: number) => (innocent ? tv(i) : i < I ? `b:${i}` : 'B');
  const head = ['', ...outcomes, '合計', rateLabel];
  const joinedHead = ['', ...outcomes, '合計'];
  const row = (i: number, join: boolean) => [
    lineLabels[i]!,
    ...outcomes.map((_, j) => (join && j === 0 ? `${countsOf(i)[j]} (${p(i)}%)` : String(countsOf(i)[j]!))),
    String(totalOf(i)),
    ...(join ? [] : [`${p(i)}${mark ? '%' : ''}`]),
  ];
  const meanings = (i: number, x: number): Meaning[] =>
    x < J
      ? [{ kind: 'count', v: cv(i, x) }, ...(x === 0 ? [{ kind: 'pct' as const, num: cv(i, 0), den: bv(i), dec, scale: 100 }] : [])]
      : [{ kind: 'count', v: tv(i) }];
  // Joined cells: line numbers as printed (the rate row, when a row, is the last: no line moves).
  const { text, joined, tokens } = printed({ groups, lineLabels, J, byRows, head, joinedHead, row, meanings, lineOf: (y) => y + 3 });
  const { truth, sums } = cross(c, false);
  if (!innocent) {
    const known = outcomes.map((_, j) => j).filter((j) => !left(j));
    c.forEach((_, i) => sums.push([`b:${i}`, known.map((j) => `c:${i}:${j}`)]));
    sums.push(['B', known.map((j) => `k:${j}`)]);
    c.forEach((_, i) => truth.set(`b:${i}`, r[i]! - leftOf(i)));
    truth.set('B', N - leftOf(I));
  }
  return { text, joined, truth, sums, tokens };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { measureFormats } = await import('./formats-measure.ts');
  await measureFormats({
    subgroup: { cases: (n, s) => subgroupRates(n, s), n: 100, from: 4830, to: 4830 },
    innocent: { cases: innocentSubgroup, n: 100, from: 4831, to: 4831 },
    misplaced: { cases: (n, s) => misplacedShares(n, s), n: 100, from: 4840, to: 4840 },
    innocentMisplaced: { cases: (n, s) => misplacedShares(n, s, true), n: 100, from: 4841, to: 4841 },
  });
}

/**
 * `misplacedShares`: a generic 「割合（%）」 printed just after a count line it is NOT the share of (formats62 takes the
 * line before) — its true count another line of the table (「死亡」 beside 「生存」 and 「転院」), its N the line's
 * 合計 — fitting the line before by chance at every position (a large 合計, shares to the whole per cent). Read as the
 * line before's, the share is published where that count is, and bounds the other line's hidden count with the
 * table's sums. `innocent`: the share IS of the line before (formats62's class): it must stay read.
 */
export function misplacedShares(n: number, seed: number, innocent = false): Joined[] {
  const next = lcg(seed ^ 0x6263);
  const out: Joined[] = [];
  const LINES: [string[], number, number][] = [
    // labels, the line the share is printed after, the line it is of
    [['生存', '死亡', '転院'], 1, 2],
    [['軽快', '不変', '悪化'], 0, 2],
    [['有効', '無効', '中止'], 1, 2],
    [['A', 'B', 'C', 'D'], 2, 3],
  ];
  while (out.length < n) {
    const groups = pick(next, GROUPS);
    const [outcomes, after, trueOf] = pick(next, LINES);
    const of = innocent ? after : trueOf;
    const byRows = next() < 0.4;
    const totalAcross = next() < 0.5;
    const I = groups.length;
    const J = outcomes.length;
    const c = groups.map(() => outcomes.map((_, j) => (j === after || j === trueOf ? int(next, 1, 30) : int(next, 200, 900))));
    const r = c.map((row) => row.reduce((a, b) => a + b, 0));
    const k = outcomes.map((_, j) => c.reduce((a, row) => a + row[j]!, 0));
    const N = r.reduce((a, b) => a + b, 0);
    const countsOf = (i: number) => (i < I ? c[i]! : k);
    const totalOf = (i: number) => (i < I ? r[i]! : N);
    const lineLabels = [...groups, ...(totalAcross ? ['合計'] : [])];
    const p = (i: number) => ((100 * countsOf(i)[of]!) / totalOf(i)).toFixed(0);
    const fits = lineLabels.every((_, i) => Math.abs(Number(p(i)) - (100 * countsOf(i)[after]!) / totalOf(i)) <= 0.5 + 1e-9);
    if (!fits || !c.some((row) => row[of]! > 0 && row[of]! < 10)) continue;
    const cv = (i: number, j: number) => (i < I ? `c:${i}:${j}` : `k:${j}`);
    const tv = (i: number) => (i < I ? `r:${i}` : 'N');
    const head = ['', ...outcomes.flatMap((o, j) => (j === after ? [o, '割合（%）'] : [o])), '合計'];
    const joinedHead = ['', ...outcomes, '合計'];
    const row = (i: number, join: boolean) => [
      lineLabels[i]!,
      ...outcomes.flatMap((_, j) =>
        j !== after ? [String(countsOf(i)[j]!)] : join ? [`${countsOf(i)[j]} (${p(i)}%)`] : [String(countsOf(i)[j]!), p(i)],
      ),
      String(totalOf(i)),
    ];
    const meanings = (i: number, x: number): Meaning[] =>
      x < J
        ? [
            { kind: 'count', v: cv(i, x) },
            ...(x === after ? [{ kind: 'pct' as const, num: cv(i, of), den: tv(i), dec: 0, scale: 100 }] : []),
          ]
        : [{ kind: 'count', v: tv(i) }];
    // Line numbers as printed: a share row (byRows) after `after` moves the later rows down by one.
    const lineOf = (y: number, x: number) => (byRows ? y + 3 + (x > after ? 1 : 0) : y + 3);
    const { text, joined, tokens } = printed({ groups, lineLabels, J, byRows, head, joinedHead, row, meanings, lineOf });
    const { truth, sums } = cross(c, false);
    const family = `${innocent ? 'innocent' : 'misplaced'}-${byRows ? 'row' : 'col'}${totalAcross ? '-across' : ''}`;
    out.push({ family, text, joined, truth, sums, tokens });
  }
  return out;
}

/**
 * A table of `rateTable` or `misplacedShares` as printed under 「表1 転帰（…）」 (`head` and a `row` a line, turned where
 * `byRows`), the same with each rate joined in its count's cell (`joinedHead`, `row(i, true)`), and the joined cells'
 * tokens (`meanings`; printed on line `lineOf(y, x)`).
 */
function printed(o: {
  groups: readonly string[];
  lineLabels: readonly string[];
  J: number;
  byRows: boolean;
  head: string[];
  joinedHead: string[];
  row: (i: number, join: boolean) => string[];
  meanings: (i: number, x: number) => Meaning[];
  lineOf: (y: number, x: number) => number;
}): { text: string; joined: string; tokens: Token[] } {
  const grid = (join: boolean) => {
    const all = [join ? o.joinedHead : o.head, ...o.lineLabels.map((_, i) => o.row(i, join))];
    return o.byRows ? all[0]!.map((_, x) => all.map((rw) => rw[x]!)) : all;
  };
  const title = `表1 転帰（${o.groups.join('・')}）`;
  const lines = (g: string[][]) => [title, ...g.map((rw) => rw.join('\t'))].join('\n') + '\n';
  const joinedGrid = grid(true);
  const tokens: Token[] = [];
  for (let i = 0; i < o.lineLabels.length; i++)
    for (let x = 0; x <= o.J; x++) {
      const [y, xx] = o.byRows ? [x, i] : [i, x];
      tokens.push({ line: o.lineOf(y, x), text: joinedGrid[y + 1]![xx + 1]!, meanings: o.meanings(i, x) });
    }
  return { text: lines(grid(false)), joined: lines(joinedGrid), tokens };
}
