/**
 * formats62 (seeds 4790–4819): a rate line 「死亡率（%）」 beside the counts of the same line and no line of patients —
 * the rate's N the line's 合計 (a total column or row) or, with none printed, the sum of the line's counts. Groups as
 * rows and outcomes as columns (the rate a column) or transposed (the rate a row); a 合計 line across or not; the rate
 * named after its event (「死亡率（%）」「再発率（%）」, anywhere after the counts) or generic (「割合（%）」 just after its
 * count); 0–2 decimals, with or without 「%」 on the values. Every printed number carries its meaning; `joined` is the
 * same table with each rate written in its count's cell (「6 (5.0%)」), as the checker reads it (rates.ts
 * `joinLineShares`), for the oracle; the tokens are written the same way for formats33-attack.ts (a rate is published
 * exactly when its count is). `innocentRates`: the same look whose rate is of another N (a population not printed):
 * must stay refused, never joined by chance.
 */
import { int, lcg, pick } from './helpers.ts';
import { cross, type Joined } from './formats35-families.ts';
import type { Meaning, Token } from './formats33-families.ts';

const GROUPS = [
  ['A群', 'B群'],
  ['男性', '女性'],
  ['65歳未満', '65-74歳', '75歳以上'],
  ['Stage I', 'Stage II', 'Stage III', 'Stage IV'],
];
/** Outcomes and the index of the event the rate is of, with its named rate label. */
const OUTCOMES: [string[], number, string][] = [
  [['死亡', '生存'], 0, '死亡率（%）'],
  [['生存', '死亡', '転院'], 1, '死亡率（%）'],
  [['再発', '無再発'], 0, '再発率（%）'],
  [['生存', '死亡'], 0, '生存率（%）'],
  [['Died', 'Alive'], 0, 'Mortality (%)'],
];

/**
 * `rateBeside`: the class. `other` (innocentRates): the rate is of an N larger than the line's (patients not printed),
 * so it fits the printed lines by no rule — the checker must not read it.
 */
export function rateBeside(n: number, seed: number, other = false): Joined[] {
  const next = lcg(seed ^ 0x6200);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const groups = pick(next, GROUPS);
    const [outcomes, ev, named] = pick(next, OUTCOMES);
    const generic = next() < 0.3;
    const byRows = next() < 0.3; // the rate a row (groups as columns)
    const totalLine = next() < 0.6;
    const totalAcross = next() < 0.5;
    const dec = int(next, 0, 2);
    const mark = next() < 0.4;
    const I = groups.length;
    const J = outcomes.length;
    const c = groups.map(() => outcomes.map(() => int(next, 10, 99)));
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, I - 1)]![int(next, 0, J - 1)] = int(next, 1, 9);
    const r = c.map((row) => row.reduce((a, b) => a + b, 0));
    const k = outcomes.map((_, j) => c.reduce((a, row) => a + row[j]!, 0));
    const N = r.reduce((a, b) => a + b, 0);
    // The rate's base: the line's total, or (other) the line's total and patients not printed.
    const extra = groups.map(() => (other ? int(next, 5, 40) : 0));
    const fmt = (num: number, den: number) => `${((100 * num) / den).toFixed(dec)}${mark ? '%' : ''}`;
    // Lines of the table as outcome-major: each group line's cells.
    const lineLabels = [...groups, ...(totalAcross ? ['合計'] : [])];
    const countsOf = (i: number) => (i < I ? c[i]! : k);
    const totalOf = (i: number) => (i < I ? r[i]! : N);
    const baseOf = (i: number) => (i < I ? r[i]! + extra[i]! : N + extra.reduce((a, b) => a + b, 0));
    const cv = (i: number, j: number) => (i < I ? `c:${i}:${j}` : `k:${j}`);
    const tv = (i: number) => (i < I ? `r:${i}` : 'N');
    // Columns (outcome-wise): counts, then total, then rate (named: at the end; generic: just after its count).
    const rateLabel = generic ? '割合（%）' : named;
    type Col = {
      label: string;
      cell: (i: number) => string;
      meanings: (i: number) => Meaning[];
      kind: 'count' | 'rate' | 'total';
      j?: number;
    };
    const cols: Col[] = [];
    const rateCol: Col = {
      label: rateLabel,
      kind: 'rate',
      cell: (i) => fmt(countsOf(i)[ev]!, baseOf(i)),
      meanings: (i) => (other ? [] : [{ kind: 'pct', num: cv(i, ev), den: tv(i), dec, scale: 100 }]),
    };
    outcomes.forEach((o, j) => {
      cols.push({ label: o, kind: 'count', j, cell: (i) => String(countsOf(i)[j]!), meanings: (i) => [{ kind: 'count', v: cv(i, j) }] });
      if (generic && j === ev) cols.push(rateCol);
    });
    if (totalLine)
      cols.push({ label: '合計', kind: 'total', cell: (i) => String(totalOf(i)), meanings: (i) => [{ kind: 'count', v: tv(i) }] });
    if (!generic) cols.push(rateCol);
    // The grid as printed (groups × cols), then transposed where the rate is a row.
    const grid = (joinRate: boolean) => {
      const shown = cols.filter((col) => !(joinRate && col.kind === 'rate'));
      const head = ['', ...shown.map((col) => col.label)];
      const body = lineLabels.map((g, i) => [
        g,
        ...shown.map((col) =>
          joinRate && col.kind === 'count' && col.j === ev
            ? `${col.cell(i)} (${((100 * countsOf(i)[ev]!) / baseOf(i)).toFixed(dec)}%)`
            : col.cell(i),
        ),
      ]);
      const all = [head, ...body];
      return byRows ? head.map((_, x) => all.map((row) => row[x]!)) : all;
    };
    const meaningGrid = (joinRate: boolean) => {
      const shown = cols.filter((col) => !(joinRate && col.kind === 'rate'));
      const body = lineLabels.map((_, i) =>
        shown.map((col) =>
          joinRate && col.kind === 'count' && col.j === ev ? [...col.meanings(i), ...rateCol.meanings(i)] : col.meanings(i),
        ),
      );
      return byRows ? shown.map((_, x) => body.map((row) => row[x]!)) : body;
    };
    const title = `表1 転帰（${groups.join('・')}）`;
    const lines = (g: string[][]) => [title, ...g.map((row) => row.join('\t'))].join('\n') + '\n';
    const printed = grid(false);
    const joinedGrid = grid(true);
    // Tokens as the checker reads the table (the rate in its count's cell): line = title 1, header 2, body 3…
    const tokens: Token[] = [];
    // The line each joined row was printed on: a rate row between the counts moves the later rows down by one.
    const shownCols = cols.filter((col) => col.kind !== 'rate');
    const lineOf = (y: number) => (byRows ? cols.indexOf(shownCols[y]!) : y) + 3;
    meaningGrid(true).forEach((row, y) =>
      row.forEach((meanings, x) => tokens.push({ line: lineOf(y), text: joinedGrid[y + 1]![x + 1]!, meanings })),
    );
    const { truth, sums } = cross(c, false);
    const family = `${other ? 'other' : 'rate'}-${byRows ? 'row' : 'col'}${totalLine ? '-total' : '-sum'}`;
    out.push({ family, text: lines(printed), joined: lines(joinedGrid), truth, sums, tokens });
  }
  return out;
}

export const innocentRates = (n: number, seed: number) => rateBeside(n, seed, true);

if (import.meta.url === `file://${process.argv[1]}`) {
  const { measureFormats } = await import('./formats-measure.ts');
  await measureFormats({
    rate: { cases: (n, s) => rateBeside(n, s), n: 100, from: 4790, to: 4791 },
    other: { cases: innocentRates, n: 100, from: 4800, to: 4800 },
  });
}
