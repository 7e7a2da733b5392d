/**
 * formats50 (issue #11): R's print() of `table()` and `prop.table()` pasted, seeded (seeds 2861–2870). Every printed
 * number carries its true meaning (formats33-attack.ts): a count, or a count with its proportion (the cell 「n (p%)」 the
 * checker reads, on the count's line; the proportion held to R's 7 significant digits, as the checker holds it);
 * `joined` is the tables as the checker reads them (for the oracle, which reads no listing).
 *
 * - `rOneWay` (seeds 2861–2865): a one-way `table()` as R prints it — its name line (`table(stage)`, `with(df, …)`) or
 *   an empty one (`table(df$stage)`), labels over counts at one common width, wrapped at 80 columns — under its command
 *   line or not, and half of them followed by `prop.table()` of it (its call pasted, or the table printed by name
 *   「> tab」 then 「> prop.table(tab)」).
 * - `rProp` (seeds 2866–2870): a two-way `table()` then `prop.table(t, 1)`, `prop.table(t, 2)` or `prop.table(t)`
 *   under their command lines, or (a third) the prints pasted without them.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Token } from './formats33-families.ts';
import { cross, type Joined } from './formats35-families.ts';

const ONE = [
  ['I', 'II', 'III', 'IV'],
  ['female', 'male'],
  ['<40', '40-49', '50-59', '60-69', '70-79', '>=80'],
  ['none', 'mild', 'moderate', 'severe'],
  ['Hokkaido', 'Tohoku', 'Kanto', 'Chubu', 'Kinki', 'Chugoku', 'Shikoku', 'Kyushu', 'Okinawa', 'Overseas', 'Unknown'],
  ['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'A09', 'A10', 'A11', 'A12', 'A13', 'A14', 'A15', 'A16'],
];
/** The labels of R's two-way prints (rows, then columns): formats50's, drawn from by formats52–57 and red58 too. */
export const ROWS = [
  ['female', 'male'],
  ['<65', '65-74', '>=75'],
  ['none', 'mild', 'severe'],
];
export const COLS = [
  ['alive', 'died'],
  ['yes', 'no'],
  ['CR', 'PR', 'NC', 'PD'],
];

/** R's 7 significant digits of each proportion, with the decimals the values need in common (trailing zeros dropped). */
export function rDecimals(xs: number[]): number {
  let d = 0;
  for (const x of xs) {
    if (x === 0) continue;
    const sig = Math.max(0, 6 - Math.floor(Math.log10(x)));
    const s = x.toFixed(sig).replace(/0+$/, '');
    d = Math.max(d, s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);
  }
  return d;
}
/** The decimals a printed proportion is known to: as printed, or R's 7 significant digits where more (formats50). */
const known = (p: string) => {
  const printed = p.includes('.') ? p.length - p.indexOf('.') - 1 : 0;
  return Number(p) > 0 ? Math.max(printed, 6 - Math.floor(Math.log10(Number(p)))) : printed;
};
/** The checker's percentage of a printed proportion, its decimals capped by N as the checker caps them (listing.ts `rCap`). */
const cap = (N: number) => Math.max(3, Math.ceil(2 * Math.log10(Math.max(N, 2))) - 1);
export const dec = (p: string, N: number) => Math.max(0, Math.min(known(p) - 2, cap(N)));
export const asPct = (p: string, N: number, num: number, den: number) => ((100 * num) / den).toFixed(dec(p, N));

/** R's print of a named vector: one common width, right-aligned, wrapped at 80 columns. */
export function namedVector(labels: string[], values: string[]): string[][] {
  const w = Math.max(...labels.map((l) => l.length), ...values.map((v) => v.length));
  const per = Math.max(1, Math.floor(80 / (w + 1)));
  const pairs: string[][] = [];
  for (let a = 0; a < labels.length; a += per)
    pairs.push([
      labels
        .slice(a, a + per)
        .map((l) => l.padStart(w))
        .join(' ') + ' ',
      values
        .slice(a, a + per)
        .map((v) => v.padStart(w))
        .join(' ') + ' ',
    ]);
  return pairs;
}

export function rOneWay(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x50a1);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const labels = pick(next, ONE);
    const c = labels.map(() => int(next, 10, 120));
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, c.length - 1)] = int(next, 1, 9);
    const { truth, sums } = cross(c.map((x) => [x]));
    const N = truth.get('N')!;
    const style = pick(next, ['dollar', 'name', 'with', 'none'] as const);
    const prop = next() < 0.5;
    const byName = prop && style !== 'none' && next() < 0.4;
    const name = style === 'dollar' ? '' : 'stage';
    const call = style === 'dollar' ? 'table(df$stage)' : style === 'name' ? 'table(stage)' : 'with(df, table(stage))';
    const lines: string[] = [];
    const tokens: Token[] = [];
    if (byName) lines.push(`> tab <- ${call}`, '> tab');
    else if (style !== 'none') lines.push(`> ${call}`);
    lines.push(name);
    const countLine: number[] = [];
    for (const [l, v] of namedVector(labels, c.map(String))) {
      lines.push(l!, v!);
      const per = v!.trim().split(/\s+/).length;
      for (let k = 0; k < per; k++) countLine.push(lines.length);
    }
    const joined: string[] = [];
    if (!prop) {
      c.forEach((x, i) => tokens.push({ line: countLine[i]!, text: String(x), meanings: [{ kind: 'count', v: `c:${i}:0` }] }));
      joined.push(`${name}\t件数`, ...labels.map((l, i) => `${l}\t${c[i]}`));
    } else {
      const ps = c.map((x) => x / N);
      const d = rDecimals(ps);
      const printed = ps.map((x) => x.toFixed(d));
      if (style !== 'none') lines.push(byName ? '> prop.table(tab)' : `> prop.table(${call})`);
      lines.push(name);
      for (const [l, v] of namedVector(labels, printed)) lines.push(l!, v!);
      const cells = c.map((x, i) => `${x} (${asPct(printed[i]!, N, x, N)}%)`);
      c.forEach((_, i) =>
        tokens.push({
          line: countLine[i]!,
          text: cells[i]!,
          meanings: [
            { kind: 'count', v: `c:${i}:0` },
            { kind: 'pct', num: `c:${i}:0`, den: 'N', dec: dec(printed[i]!, N), scale: 100 },
          ],
        }),
      );
      joined.push(`${name}\t件数`, ...labels.map((l, i) => `${l}\t${cells[i]}`));
    }
    out.push({
      family: `r-oneway-${prop ? 'prop' : 'counts'}${labels.length > 8 ? '-wide' : ''}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined: joined.join('\n') + '\n',
    });
  }
  return out;
}

/** R's print of a two-way table (column-wise widths), its dimnames' names `rv` (rows) and `cv` (columns). */
export function matrixPrint(rv: string, cv: string, rows: string[], cols: string[], vals: string[][]): { lines: string[]; first: number } {
  const lw = Math.max(rv.length, ...rows.map((r) => r.length + 2));
  const cw = cols.map((h, j) => Math.max(h.length, ...vals.map((r) => r[j]!.length)));
  const lines = [`${' '.repeat(lw)} ${cv}`.trimEnd() === '' ? ' '.repeat(lw) : `${' '.repeat(lw)} ${cv}`];
  lines.push(`${rv.padEnd(lw)}${cols.map((h, j) => ' ' + h.padStart(cw[j]!)).join('')}`);
  for (const [i, r] of rows.entries()) lines.push(`${`  ${r}`.padEnd(lw)}${vals[i]!.map((v, j) => ' ' + v.padStart(cw[j]!)).join('')}`);
  return { lines, first: 2 };
}

export function rProp(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x50b2);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const cols = pick(next, COLS);
    const c = rows.map(() => cols.map(() => int(next, 10, 99)));
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![int(next, 0, cols.length - 1)] = int(next, 1, 9);
    const { truth, sums } = cross(c);
    const margin = pick(next, [1, 2, 0] as const);
    const withCalls = next() < 2 / 3;
    const named = next() < 0.5;
    const [rv, cv] = named ? ['group', 'outcome'] : ['', ''];
    const lines: string[] = [];
    if (withCalls) lines.push(tableCall(named), '> tab');
    const lineOf = printCounts(lines, rv, cv, rows, cols, c);
    const den = denOf(margin);
    const ps = c.map((r, i) => r.map((x, j) => x / truth.get(den(i, j))!));
    // R formats each column of a matrix apart: its decimals the column's.
    const ds = cols.map((_, j) => rDecimals(ps.map((r) => r[j]!)));
    const printed = ps.map((r) => r.map((x, j) => x.toFixed(ds[j]!)));
    if (withCalls) lines.push(margin === 0 ? '> prop.table(tab)' : `> prop.table(tab, ${margin})`);
    lines.push(...matrixPrint(rv, cv, rows, cols, printed).lines);
    const WORDS = { 1: '行%', 2: '列%', 0: '全体%' };
    const pd = (p: string) => dec(p, truth.get('N')!);
    const { joined, tokens } = shareTable({ rv, cv, words: WORDS[margin], rows, cols, c, truth, den, printed, dec: pd, lineOf });
    out.push({
      family: `r-prop-${WORDS[margin]}${withCalls ? '' : '-nocall'}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined,
    });
  }
  return out;
}

/** The command line of a two-way `table()` of `row` by outcome, its arguments named or not. */
export const tableCall = (named: boolean, row = 'group') =>
  `> tab <- table(${named ? `${row} = df$${row}, outcome = df$outcome` : `df$${row}, df$outcome`})`;

/** `matrixPrint`'s lines added to `lines`; the line (1-based) of each row of values. */
export function printInto(lines: string[], ...args: Parameters<typeof matrixPrint>): (i: number) => number {
  const p = matrixPrint(...args);
  const b = lines.length;
  lines.push(...p.lines);
  return (i) => b + p.first + i + 1;
}

/** A two-way table's counts printed (`printInto`). */
export const printCounts = (lines: string[], rv: string, cv: string, rows: string[], cols: string[], c: number[][]) =>
  printInto(
    lines,
    rv,
    cv,
    rows,
    cols,
    c.map((r) => r.map(String)),
  );
/** The N a share of a cell is of: its row's (`prop.table(tab, 1)`), its column's (2) or the whole's (none: 0). */
export const denOf =
  (margin: 0 | 1 | 2) =>
  (i: number, j: number): string =>
    margin === 1 ? `r:${i}` : margin === 2 ? `k:${j}` : 'N';

/**
 * The print's shares as the checker's table: the title (the variables' names, or 「R の表」, and `words`: 「行%」 …; none
 * where `words` is not given: formats59's), the
 * columns, and each count 「n (p%)」 with p to `dec` of its printed share (`printed`), a token a cell (line `lineOf(i)`).
 */
export function shareTable(o: {
  rv: string;
  cv: string;
  words?: string;
  rows: string[];
  cols: string[];
  c: number[][];
  truth: Map<string, number>;
  den: (i: number, j: number) => string;
  printed: string[][];
  dec: (p: string) => number;
  lineOf: (i: number) => number;
}): { joined: string; tokens: Token[] } {
  const tokens: Token[] = [];
  const joined = [
    ...(o.words === undefined ? [] : [`# ${o.rv ? `${o.rv} × ${o.cv}` : 'R の表'}（${o.words}）`]),
    ['', ...o.cols].join('\t'),
  ];
  o.rows.forEach((r, i) => {
    const cells = o.c[i]!.map((x, j) => `${x} (${((100 * x) / o.truth.get(o.den(i, j))!).toFixed(o.dec(o.printed[i]![j]!))}%)`);
    joined.push([r, ...cells].join('\t'));
    cells.forEach((cell, j) =>
      tokens.push({
        line: o.lineOf(i),
        text: cell,
        meanings: [
          { kind: 'count', v: `c:${i}:${j}` },
          { kind: 'pct', num: `c:${i}:${j}`, den: o.den(i, j), dec: o.dec(o.printed[i]![j]!), scale: 100 },
        ],
      }),
    );
  });
  return { joined: joined.join('\n') + '\n', tokens };
}

/**
 * A two-way `table()` of counts alone (`rStage`, red57's `rCoded`, formats59's `rLabels`: `row` the row variable's
 * name, 「stage」 unless given): its command lines or not, `addmargins()` or not (a 「Sum」 row and column), the
 * variables' names or not; every printed count a token.
 */
export function countsTable(
  rows: string[],
  cols: string[],
  c: number[][],
  truth: Map<string, number>,
  o: { named: boolean; margins: boolean; withCall: boolean; row?: string },
): { text: string; tokens: Token[]; joined: string } {
  const { named, margins, withCall, row = 'stage' } = o;
  const [rv, cv] = named ? [row, 'outcome'] : ['', ''];
  const lines: string[] = [];
  if (withCall) {
    lines.push(tableCall(named, row));
    lines.push(margins ? '> addmargins(tab)' : '> tab');
  }
  const I = rows.length;
  const J = cols.length;
  const vals = [...c.map((r, i) => [...r.map(String), ...(margins ? [String(truth.get(`r:${i}`))] : [])])];
  if (margins) vals.push([...cols.map((_, j) => String(truth.get(`k:${j}`))), String(truth.get('N'))]);
  const lineOf = printInto(lines, rv, cv, margins ? [...rows, 'Sum'] : rows, margins ? [...cols, 'Sum'] : cols, vals);
  const tokens: Token[] = [];
  const meaning = (i: number, j: number): string => (i === I ? (j === J ? 'N' : `k:${j}`) : j === J ? `r:${i}` : `c:${i}:${j}`);
  vals.forEach((r, i) => r.forEach((x, j) => tokens.push({ line: lineOf(i), text: x, meanings: [{ kind: 'count', v: meaning(i, j) }] })));
  const joined = [
    ...(named ? ['# outcome'] : []),
    [rv, ...cols, ...(margins ? ['Sum'] : [])].join('\t'),
    ...vals.map((r, i) => [i === I ? 'Sum' : rows[i]!, ...r].join('\t')),
  ];
  return { text: lines.join('\n') + '\n', tokens, joined: joined.join('\n') + '\n' };
}
