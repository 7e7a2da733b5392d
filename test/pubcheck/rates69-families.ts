/**
 * rates69 (issue #11, seeds 5560–5579): formats62's rate line 「死亡率（%）」 beside its count lines with NO 合計 line
 * (the 合計 only implied as the lines' sum), the rate fitting both the lines' sum and the sum less a small line
 * (「追跡不能」「評価不能」) at every position. rates66 read such a rate (set aside, hidden wherever a count of its
 * position is) only WITH a 合計 line; without one the table was refused (`percent/missing-base`), an innocent
 * refused. Kinds (redd62's `rateTable` outcomes and redh64's `drawRates` draws, printed without the 合計 line):
 * `subgroup` (redd62's outcomes, the rate over the sum less the last line), `many` (redh64's 12–15 lines between),
 * `draw` (redh64's `drawRates`: 死亡, 生存 and a small 追跡不能, the rate over 死亡 + 生存). `innocent*`: the same
 * look whose rate IS over the lines' sum (and fits the sum less the small line by chance): it must be read.
 * Judged by formats33-attack.ts (every printed number with its true meaning: the rate a share of `b:i`).
 *
 *   npx node test/pubcheck/rates69-families.ts subgroup|innocent|many|innocentMany|draw|innocentDraw [count] [first seed] [last seed]
 *
 * Seeds: subgroup 5560, innocent 5561, many 5562, innocentMany 5563, draw 5564, innocentDraw 5565 (tests: 5566–5571).
 */
import { int, lcg, pick } from './helpers.ts';
import { cross, type Joined } from './formats35-families.ts';
import type { Meaning, Token } from './formats33-families.ts';
import { GROUPS, OUTCOMES, type RateTableOptions } from './redd62-families.ts';
import { drawRates, LEFT, MIDDLE } from './redh64-families.ts';

export type Kind = 'subgroup' | 'many' | 'draw';

/**
 * One table: counts `c` of groups by outcomes (the first the event, the last the small line), NO 合計 column, a 合計
 * line across where `totalAcross`, and the rate of the event over the lines' sum less the last line (over the sum
 * where `innocent`), `dec` decimals, turned where `byRows`. Undefined where the rate does not fit both the sum and
 * the sum less the last line at every position (the class: what rates66 read only with a 合計 line).
 */
export function noTotalTable(o: RateTableOptions): Omit<Joined, 'family'> | undefined {
  const { groups, outcomes, rateLabel, c, byRows, totalAcross, dec, mark, innocent } = o;
  const I = groups.length;
  const J = outcomes.length;
  const u = J - 1;
  const r = c.map((row) => row.reduce((a, b) => a + b, 0));
  const k = outcomes.map((_, j) => c.reduce((a, row) => a + row[j]!, 0));
  const N = r.reduce((a, b) => a + b, 0);
  const countsOf = (i: number) => (i < I ? c[i]! : k);
  const totalOf = (i: number) => (i < I ? r[i]! : N);
  const lessOf = (i: number) => totalOf(i) - countsOf(i)[u]!;
  const baseOf = (i: number) => (innocent ? totalOf(i) : lessOf(i));
  const lineLabels = [...groups, ...(totalAcross ? ['合計'] : [])];
  const p = (i: number) => ((100 * countsOf(i)[0]!) / baseOf(i)).toFixed(dec);
  const fits = (i: number, b: number) => Math.abs(Number(p(i)) - (100 * countsOf(i)[0]!) / b) <= 0.5 * 10 ** -dec + 1e-9;
  if (!lineLabels.every((_, i) => fits(i, totalOf(i)) && fits(i, lessOf(i)))) return undefined;
  const cv = (i: number, j: number) => (i < I ? `c:${i}:${j}` : `k:${j}`);
  const tv = (i: number) => (i < I ? `r:${i}` : 'N');
  const bv = (i: number) => (innocent ? tv(i) : i < I ? `b:${i}` : 'B');
  const head = ['', ...outcomes, rateLabel];
  const joinedHead = ['', ...outcomes];
  const row = (i: number, join: boolean) => [
    lineLabels[i]!,
    ...outcomes.map((_, j) => (join && j === 0 ? `${countsOf(i)[j]} (${p(i)}%)` : String(countsOf(i)[j]!))),
    ...(join ? [] : [`${p(i)}${mark ? '%' : ''}`]),
  ];
  const meanings = (i: number, x: number): Meaning[] => [
    { kind: 'count', v: cv(i, x) },
    ...(x === 0 ? [{ kind: 'pct' as const, num: cv(i, 0), den: bv(i), dec, scale: 100 }] : []),
  ];
  const grid = (join: boolean) => {
    const all = [join ? joinedHead : head, ...lineLabels.map((_, i) => row(i, join))];
    return byRows ? all[0]!.map((_, x) => all.map((rw) => rw[x]!)) : all;
  };
  const title = `表1 転帰（${groups.join('・')}）`;
  const lines = (g: string[][]) => [title, ...g.map((rw) => rw.join('\t'))].join('\n') + '\n';
  const joinedGrid = grid(true);
  const tokens: Token[] = [];
  for (let i = 0; i < lineLabels.length; i++)
    for (let x = 0; x < J; x++) {
      const [y, xx] = byRows ? [x, i] : [i, x];
      tokens.push({ line: y + 3, text: joinedGrid[y + 1]![xx + 1]!, meanings: meanings(i, x) });
    }
  const { truth, sums } = cross(c, false);
  if (!innocent) {
    const known = outcomes.map((_, j) => j).filter((j) => j !== u);
    c.forEach((_, i) => sums.push([`b:${i}`, known.map((j) => `c:${i}:${j}`)]));
    sums.push(['B', known.map((j) => `k:${j}`)]);
    c.forEach((_, i) => truth.set(`b:${i}`, lessOf(i)));
    truth.set('B', N - k[u]!);
  }
  return { text: lines(grid(false)), joined: lines(joinedGrid), truth, sums, tokens };
}

/**
 * One drawn table of `noTotalTable` (rows or columns, a 合計 line across or not, drawn from `next`) named by `kind`,
 * the layout and the decimals; undefined where the rate does not fit (rates69's `noTotal`, rates70's `wideShares`).
 */
export function drawNoTotal(next: () => number, o: Omit<RateTableOptions, 'byRows' | 'totalAcross'>, kind: string): Joined | undefined {
  const byRows = next() < 0.4;
  const totalAcross = next() < 0.5;
  const table = noTotalTable({ ...o, byRows, totalAcross });
  if (!table) return undefined;
  const family = `${o.innocent ? 'innocent-' : ''}${kind}-${byRows ? 'row' : 'col'}${totalAcross ? '-across' : ''}-d${o.dec}`;
  return { family, ...table };
}

/** The class (`innocent`: the look-alike whose rate is over the lines' sum), of one kind. */
export function noTotal(n: number, seed: number, kind: Kind, innocent = false): Joined[] {
  const next = lcg(seed ^ (kind === 'subgroup' ? 0x6969 : kind === 'many' ? 0x696a : 0x696b));
  const out: Joined[] = [];
  while (out.length < n) {
    let groups: readonly string[];
    let outcomes: readonly string[];
    let rateLabel = '死亡率（%）';
    let c: number[][];
    let dec: number;
    let mark: boolean;
    if (kind === 'draw') {
      const d = drawRates(next, GROUPS);
      ({ groups, dec, mark } = d);
      outcomes = ['死亡', '生存', pick(next, LEFT)];
      c = d.c.map((row, i) => [...row, d.x[i]!]);
    } else {
      groups = pick(next, GROUPS);
      if (kind === 'subgroup') [outcomes, rateLabel] = pick(next, OUTCOMES);
      else outcomes = ['死亡', ...MIDDLE.slice(0, int(next, 12, 15)), pick(next, LEFT)];
      dec = next() < 0.7 ? 0 : 1;
      mark = next() < 0.4;
      const J = outcomes.length;
      c = groups.map(() =>
        outcomes.map((_, j) =>
          j === J - 1 ? int(next, 1, 9) : kind === 'many' ? (j === 0 ? int(next, 40, 200) : int(next, 10, 40)) : int(next, 20, 150),
        ),
      );
    }
    const table = drawNoTotal(next, { groups, outcomes, rateLabel, c, dec, mark, innocent }, kind);
    if (table) out.push(table);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { measureFormats } = await import('./formats-measure.ts');
  await measureFormats({
    subgroup: { cases: (n, s) => noTotal(n, s, 'subgroup'), n: 100, from: 5560, to: 5560 },
    innocent: { cases: (n, s) => noTotal(n, s, 'subgroup', true), n: 100, from: 5561, to: 5561 },
    many: { cases: (n, s) => noTotal(n, s, 'many'), n: 100, from: 5562, to: 5562 },
    innocentMany: { cases: (n, s) => noTotal(n, s, 'many', true), n: 100, from: 5563, to: 5563 },
    draw: { cases: (n, s) => noTotal(n, s, 'draw'), n: 100, from: 5564, to: 5564 },
    innocentDraw: { cases: (n, s) => noTotal(n, s, 'draw', true), n: 100, from: 5565, to: 5565 },
  });
}
