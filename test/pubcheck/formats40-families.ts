/**
 * formats40 (issue #11): statistics software's text formats38 left refused or unread, seeded (seeds 1941–1950). Every
 * printed number carries its true meaning (formats33-attack.ts takes every number the check leaves published); `joined`
 * is the same numbers as the checker reads them, as tab-separated tables (for the oracle, which reads no listing).
 *
 * - `sasCumOrders`: SAS PROC FREQ's one-way table with its columns in another order than SAS's five, or some of them
 *   (NOPERCENT: 「Frequency」「Cumulative Frequency」 only; 「Percent」 or 「Cumulative Percent」 left out; the columns
 *   moved by hand or by an ODS template), its cells pasted or its listing (「Cumulative」 over the header's words it
 *   belongs to), 3–6 rows, none to two counts under the threshold.
 * - `sasDated`: SAS's listings under its page title with the date's commas (「The SAS System   10:14 Thursday, December
 *   3, 2026」), in a file with no tab (a CSV reading cuts the title at its commas): a one-way table of counts aligned by
 *   spaces, formats36's one-way table with its cumulative columns, or a crosstab aligned by spaces.
 * - `crossThousands`: a two-way table with counts of 1,000 or more printed with thousands commas (「1,234」): SAS's
 *   crosstab aligned by spaces (its Total row and column printed or not) or Stata's two-way `tabulate` (formats36's
 *   `stataNoTotal` shapes), one or two counts under the threshold.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Token } from './formats33-families.ts';
import { COLS, counts, cross, pct, stataTwoWay, type Joined, type StataKind } from './formats35-families.ts';
import { cumTree, LONG, running } from './formats36-families.ts';

const grouped = (x: number) => x.toLocaleString('en-US');
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'March', 'June', 'October', 'December'];
/** SAS's page title as it prints it: the time, the weekday and the date with its commas, the page number. */
const sasTitle = (next: () => number) =>
  `The SAS System${' '.repeat(int(next, 3, 30))}${int(next, 8, 17)}:${String(int(next, 0, 59)).padStart(2, '0')} ${pick(next, DAYS)}, ${pick(next, MONTHS)} ${int(next, 1, 28)}, 2026${' '.repeat(int(next, 1, 6))}${int(next, 1, 9)}`;

type Col = 'F' | 'P' | 'CF' | 'CP';
const NAMES: Record<Col, string> = { F: 'Frequency', P: 'Percent', CF: 'Cumulative Frequency', CP: 'Cumulative Percent' };
const ORDERS: Col[][] = [
  ['F', 'CF', 'P', 'CP'],
  ['F', 'CF'],
  ['F', 'P', 'CF'],
  ['F', 'CF', 'CP'],
  ['CF', 'F', 'CP', 'P'],
  ['F', 'CP', 'CF', 'P'],
];

/** SAS PROC FREQ's one-way table of the counts `c` under `rows` with its columns `cols` in that order. */
function sasCumColumns(rows: string[], c: number[][], cols: Col[], listing: boolean, title?: string): Joined {
  const { truth, sums } = cross(c);
  const lines: string[] = [];
  const tokens: Token[] = [];
  if (title !== undefined) lines.push(title, '');
  const widths = cols.map((k) => (k === 'F' || k === 'P' ? 11 : 13));
  const row = (xs: string[]) =>
    listing
      ? `${xs[0]!.padEnd(12)}${xs
          .slice(1)
          .map((x, j) => x.padStart(widths[j]!))
          .join('')}`
      : xs.join('\t');
  lines.push('The FREQ Procedure', '');
  if (listing) {
    // 「Cumulative」 right-aligned over the word of its column, as SAS prints its two-line header.
    let up = ' '.repeat(12);
    cols.forEach((k, j) => (up += (k === 'CF' || k === 'CP' ? 'Cumulative' : '').padStart(widths[j]!)));
    lines.push(up.trimEnd(), row(['grade', ...cols.map((k) => (k === 'F' || k === 'CF' ? 'Frequency' : 'Percent'))]), '-'.repeat(60));
  } else lines.push(['grade', ...cols.map((k) => NAMES[k])].join('\t'));
  const cum = running(c, truth, sums);
  const withP = cols.includes('P');
  const withCP = cols.includes('CP');
  // Each row's cell as the checker reads it: its count with its share (「Percent」, or the first row's 「Cumulative
  // Percent」, its own share), the running sum with its share.
  const cell = (i: number) => (withP ? cum[i]!.cell : withCP && i === 0 ? `${cum[0]!.x} (${cum[0]!.cp}%)` : String(cum[i]!.x));
  const runCell = (i: number) => (withCP ? cum[i]!.runCell : String(cum[i]!.run));
  rows.forEach((r, i) => {
    const { x, p, cp, run } = cum[i]!;
    const v: Record<Col, string> = { F: String(x), P: p, CF: String(run), CP: cp };
    lines.push(row([r, ...cols.map((k) => v[k])]));
    const own = withP || (withCP && i === 0);
    tokens.push({
      line: lines.length,
      text: cell(i),
      meanings: [
        { kind: 'count', v: `c:${i}:0` },
        ...(own ? [{ kind: 'pct' as const, num: `c:${i}:0`, den: 'N', dec: 2, scale: 100 }] : []),
      ],
    });
    if (i >= 1 && i < rows.length - 1)
      tokens.push({
        line: lines.length,
        text: runCell(i),
        meanings: [
          { kind: 'count', v: `cum:${i}` },
          ...(withCP ? [{ kind: 'pct' as const, num: `cum:${i}`, den: 'N', dec: 2, scale: 100 }] : []),
        ],
      });
    if (i === rows.length - 1) tokens.push({ line: lines.length, text: runCell(i), meanings: [{ kind: 'count', v: 'N' }] });
  });
  const tree = cumTree(
    rows,
    cum.map((x, i) => ({ ...x, cell: cell(i), runCell: runCell(i) })),
    'grade\tFrequency',
    `Total\t${runCell(rows.length - 1)}`,
  );
  return {
    family: `sas-order-${cols.join('-')}-${listing ? 'listing' : 'cells'}`,
    text: lines.join('\n') + '\n',
    truth,
    sums,
    tokens,
    joined: tree.join('\n') + '\n',
  };
}

export function sasCumOrders(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, LONG);
    const c = rows.map(() => [int(next, 10, 99)]);
    for (let t = int(next, 0, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![0] = int(next, 1, 9);
    const cols = pick(next, ORDERS);
    out.push(sasCumColumns(rows, c, cols, next() < 0.5, next() < 0.5 ? 'The SAS System' : undefined));
  }
  return out;
}

/** A crosstab aligned by spaces (SAS's listing, or R's), its counts printed by `count`, the totals as asked. */
function spacedCross(
  c: number[][],
  rows: string[],
  cols: string[],
  totalRow: boolean,
  totalCol: boolean,
  count: (x: number) => string,
  lines: string[],
  tokens: Token[],
  tokText: (x: number) => string,
): string[] {
  const { truth } = cross(c);
  const heads = [...cols, ...(totalCol ? ['Total'] : [])];
  const w = 9;
  const fmt = (label: string, xs: string[]) => `${label.padEnd(10)}${xs.map((x) => x.padStart(w)).join('')}`;
  lines.push(fmt('sex', heads));
  const joined = [['sex', ...heads].join('\t')];
  const is: (number | 'T')[] = [...rows.map((_, i) => i), ...(totalRow ? ['T' as const] : [])];
  const js: (number | 'T')[] = [...cols.map((_, j) => j), ...(totalCol ? ['T' as const] : [])];
  const v = (i: number | 'T', j: number | 'T') => (i === 'T' ? (j === 'T' ? 'N' : `k:${j}`) : j === 'T' ? `r:${i}` : `c:${i}:${j}`);
  for (const i of is) {
    const xs = js.map((j) => truth.get(v(i, j))!);
    lines.push(fmt(i === 'T' ? 'Total' : rows[i]!, xs.map(count)));
    joined.push([i === 'T' ? 'Total' : rows[i]!, ...xs.map(String)].join('\t'));
    js.forEach((j, q) => tokens.push({ line: lines.length, text: tokText(xs[q]!), meanings: [{ kind: 'count', v: v(i, j) }] }));
  }
  return joined;
}

const XROWS = [
  ['male', 'female'],
  ['<65', '65-74', '>=75'],
  ['StageI', 'StageII', 'StageIII'],
];

/** Counts of a crosstab with thousands: most 1,000–9,999, a few 100–999, one or two under the threshold. */
function bigCounts(next: () => number, R: number, C: number) {
  const c = Array.from({ length: R }, () => Array.from({ length: C }, () => (next() < 0.2 ? int(next, 100, 999) : int(next, 1000, 9999))));
  for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, R - 1)]![int(next, 0, C - 1)] = int(next, 1, 9);
  return c;
}

/** Stata's text with its counts of 1,000 or more printed with thousands commas, right ends kept (Stata right-aligns). */
const stataGrouped = (line: string) => line.replace(/ +(\d{4,9})\b/g, (m, d: string) => grouped(Number(d)).padStart(m.length));

const KINDS: StataKind[][] = [[], ['row'], ['col'], ['cell'], ['row', 'col']];

export function crossThousands(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, XROWS);
    const cols = pick(next, COLS);
    const c = bigCounts(next, rows.length, cols.length);
    const { truth, sums } = cross(c);
    const totals = pick(next, ['both', 'both', 'none', 'row', 'col'] as const);
    const totalRow = totals === 'both' || totals === 'row';
    const totalCol = totals === 'both' || totals === 'col';
    if (next() < 0.5) {
      // SAS's crosstab aligned by spaces, no tab: a CSV reading cuts each line at its commas.
      const lines: string[] = [];
      const tokens: Token[] = [];
      if (next() < 0.5) lines.push('The SAS System', '');
      lines.push('Table of sex by outcome', '');
      const joined = spacedCross(c, rows, cols, totalRow, totalCol, grouped, lines, tokens, grouped);
      out.push({
        family: `sas-cross-thousands-${totals}`,
        text: lines.join('\n') + '\n',
        truth,
        sums,
        tokens,
        joined: joined.join('\n') + '\n',
      });
    } else {
      const kinds = totals === 'both' ? pick(next, KINDS) : pick(next, KINDS.slice(0, 4));
      const key = kinds.length > 0 && next() < 0.5;
      const { lines, tokens, joined } = stataTwoWay(rows, cols, truth, kinds, key, totalRow, totalCol);
      out.push({
        family: `stata2-thousands-${totals}`,
        text: lines.map(stataGrouped).join('\n') + '\n',
        truth,
        sums,
        tokens,
        joined: joined + '\n',
      });
    }
  }
  return out;
}

/** SAS listings under its dated page title, in a file with no tab. */
export function sasDated(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const kind = pick(next, ['oneway', 'cum', 'cross'] as const);
    const title = sasTitle(next);
    if (kind === 'cum') {
      const rows = pick(next, LONG);
      const c = rows.map(() => [int(next, 10, 99)]);
      for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![0] = int(next, 1, 9);
      const j = sasCumColumns(rows, c, ['F', 'P', 'CF', 'CP'], true, title);
      out.push({ ...j, family: 'sas-dated-cum' });
      continue;
    }
    const lines: string[] = [title, ''];
    const tokens: Token[] = [];
    if (kind === 'oneway') {
      const rows = pick(next, LONG);
      const c = counts(next, rows.length, 1);
      const { truth, sums } = cross(c);
      lines.push('grade        Frequency');
      const joined = ['grade\tFrequency'];
      rows.forEach((r, i) => {
        lines.push(`${r.padEnd(12)}${String(c[i]![0]).padStart(10)}`);
        joined.push(`${r}\t${c[i]![0]}`);
        tokens.push({ line: lines.length, text: String(c[i]![0]), meanings: [{ kind: 'count', v: `c:${i}:0` }] });
      });
      out.push({ family: 'sas-dated-oneway', text: lines.join('\n') + '\n', truth, sums, tokens, joined: joined.join('\n') + '\n' });
    } else {
      const rows = pick(next, XROWS);
      const cols = pick(next, COLS);
      const c = counts(next, rows.length, cols.length);
      const { truth, sums } = cross(c);
      lines.push('Table of sex by outcome', '');
      const joined = spacedCross(c, rows, cols, true, true, String, lines, tokens, String);
      out.push({ family: 'sas-dated-cross', text: lines.join('\n') + '\n', truth, sums, tokens, joined: joined.join('\n') + '\n' });
    }
  }
  return out;
}

/**
 * Stata's one-way text with 「Freq.」 and 「Cum.」 and no 「Total」 line (formats37's `stataOneWayNoTotal` shape) of the
 * counts `c`: for two truths giving one page (formats40's proof of the oracle's reading).
 */
export function stataCumNoTotal(rows: string[], c: number[]): string {
  const N = c.reduce((a, b) => a + b, 0);
  const L = (label: string) => label.padStart(11) + ' |';
  let run = 0;
  return [
    `${L('grade')}${['Freq.', 'Cum.'].map((h) => h.padStart(12)).join('')}`,
    '-'.repeat(12) + '+' + '-'.repeat(23),
    ...c.map((x, i) => `${L(rows[i]!)}${[String(x), pct((run += x), N, 2)].map((s) => s.padStart(12)).join('')}`),
    '',
  ].join('\n');
}
