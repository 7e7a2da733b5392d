/**
 * formats36 (issue #11): statistics software's text formats35 left refused or unlinked, seeded (seeds 1721–1740).
 * Every printed number carries its true meaning (formats33-attack.ts takes every number the check leaves published);
 * `joined` is the same numbers as the checker reads them, as tab-separated tables (for the oracle, which reads no
 * listing).
 *
 * - `stataNoTotal`: Stata's two-way `tabulate` text with its 「Total」 row, column or both cut (by hand, or a table
 *   written without them), counts only or with `row`, `col`, `cell` lines in any combination (Stata's order), the key
 *   box printed or not; and with both totals, two or three lines of percentages (`row col cell`).
 * - `stataCum`: Stata's one-way `tabulate` (Freq. / Percent / Cum.) of 3–6 rows with one or two counts under the
 *   threshold.
 * - `freqMissingCross`: a SAS PROC FREQ crosstab of counts (NOPERCENT NOROW NOCOL, pasted from its HTML output as
 *   tab-separated cells) with its 「Frequency Missing = m」 footer and the whole N stated in the title (「(N=145)」) or
 *   a line 「Sample Size = 145」: N = the table's total + m.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Token } from './formats33-families.ts';
import { COLS, counts, cross, missingFooter, pct, stataTwoWay, withMissing, type Joined, type StataKind } from './formats35-families.ts';

const ROWS = [
  ['male', 'female'],
  ['<65', '65-74', '>=75'],
  ['StageI', 'StageII', 'StageIII'],
  ['mild', 'moderate', 'severe', 'fatal'],
];
export const LONG = [
  ['g1', 'g2', 'g3'],
  ['<40', '40-49', '50-59', '60-69', '70-79', '>=80'],
  ['StageI', 'StageII', 'StageIII', 'StageIV'],
  ['none', 'mild', 'moderate', 'severe', 'fatal'],
];

type Kind = StataKind;
const KINDS: Kind[][] = [[], ['row'], ['col'], ['cell'], ['row', 'col'], ['row', 'cell'], ['col', 'cell'], ['row', 'col', 'cell']];

/** Stata's two-way text; `totals` which of its Total row and column are printed. */
export function stataNoTotal(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const cols = pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const { truth, sums } = cross(c);
    const totals = pick(next, ['none', 'none', 'row', 'col', 'both'] as const);
    const kinds = totals === 'both' ? pick(next, KINDS.slice(4)) : pick(next, KINDS);
    const totalRow = totals === 'both' || totals === 'row';
    const totalCol = totals === 'both' || totals === 'col';
    const key = kinds.length > 0 && next() < 0.5;
    const { lines, tokens, joined } = stataTwoWay(rows, cols, truth, kinds, key, totalRow, totalCol);
    out.push({
      family: `stata2-${totals === 'both' ? 'totals' : `no-${{ none: 'totals', row: 'total-col', col: 'total-row' }[totals]}`}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined: joined + '\n',
    });
  }
  return out;
}

/**
 * A one-way table's running sums (Stata's Cum., SAS's Cumulative Frequency): per row its count x, share p, running
 * count and share (run, cp), 「x (p%)」 and 「run (cp%)」 as the checker reads them, and the count's token on a line;
 * each running sum set in the truth (`cum:i`) with the sum that makes it.
 */
export function running(c: number[][], truth: Map<string, number>, sums: [string, string[]][]) {
  const N = truth.get('N')!;
  let run = 0;
  return c.map(([x], i) => {
    run += x!;
    truth.set(`cum:${i}`, run);
    sums.push([`cum:${i}`, c.slice(0, i + 1).map((_, k) => `c:${k}:0`)]);
    const p = pct(x!, N, 2);
    const cp = pct(run, N, 2);
    const cell = `${x} (${p}%)`;
    const token = (line: number): Token => ({
      line,
      text: cell,
      meanings: [
        { kind: 'count', v: `c:${i}:0` },
        { kind: 'pct', num: `c:${i}:0`, den: 'N', dec: 2, scale: 100 },
      ],
    });
    return { x: x!, run, p, cp, cell, runCell: `${run} (${cp}%)`, token };
  });
}

/** The running sums as the checker reads them: a tree by indentation, parents first, under `head`, `total` last. */
export function cumTree(rows: string[], cum: ReturnType<typeof running>, head: string, total: string): string[] {
  const last = rows.length - 2;
  const pad = (d: number) => '  '.repeat(d);
  const joined = [head];
  for (let i = last; i >= 1; i--) joined.push(`${pad(last - i)}累積（${rows[0]}〜${rows[i]}）\t${cum[i]!.runCell}`);
  rows.forEach((r, i) => joined.push(`${pad(Math.max(0, last - Math.max(i, 1) + 1))}${r}\t${cum[i]!.cell}`));
  joined.push(total);
  return joined;
}

/** Stata's one-way text with 「Cum.」 and one or two counts under the threshold. */
export function stataCum(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, LONG);
    const c = rows.map(() => [int(next, 10, 99)]);
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![0] = int(next, 1, 9);
    const { truth, sums } = cross(c);
    const N = truth.get('N')!;
    const lines: string[] = [];
    const tokens: Token[] = [];
    const lw = 12;
    const L = (label: string) => label.padStart(lw - 1) + ' |';
    const rule = '-'.repeat(lw) + '+' + '-'.repeat(35);
    lines.push(`${L('grade')}${['Freq.', 'Percent', 'Cum.'].map((h) => h.padStart(12)).join('')}`, rule);
    const cum = running(c, truth, sums);
    rows.forEach((r, i) => {
      const { x, p, cp } = cum[i]!;
      lines.push(`${L(r)}${[String(x), p, cp].map((s) => s.padStart(12)).join('')}`);
      tokens.push(cum[i]!.token(lines.length));
      // The running share as printed (no running count is): as the checker reads it, 「run (Cum.%)」 on the row's line.
      if (i >= 1 && i < rows.length - 1)
        tokens.push({
          line: lines.length,
          text: cum[i]!.runCell,
          meanings: [{ kind: 'pct', num: `cum:${i}`, den: 'N', dec: 2, scale: 100 }],
        });
    });
    lines.push(rule, `${L('Total')}${[String(N), '100.00'].map((s) => s.padStart(12)).join('')}`);
    tokens.push({ line: lines.length, text: `${N} (100.00%)`, meanings: [{ kind: 'count', v: 'N' }] });
    // As the checker reads it: the running sums as a tree by indentation, parents first.
    const joined = cumTree(rows, cum, 'grade\tFreq.', `Total\t${N} (100.00%)`);
    out.push({ family: `stata-cum-${rows.length}`, text: lines.join('\n') + '\n', truth, sums, tokens, joined: joined.join('\n') + '\n' });
  }
  return out;
}

/** SAS PROC FREQ's crosstab of counts with 「Frequency Missing = m」 and the whole N stated. */
export function freqMissingCross(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const cols = pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const { truth, sums } = cross(c);
    const { m, all, where } = withMissing(next, truth, sums);
    const lines: string[] = [];
    const tokens: Token[] = [];
    const tok = (text: string, v: string) => tokens.push({ line: lines.length, text, meanings: [{ kind: 'count', v }] });
    if (next() < 0.5) lines.push('The SAS System', '');
    const title = `Table of sex by outcome${where === 'title' ? ` (N=${all})` : ''}`;
    lines.push(title);
    if (where === 'title') tok(String(all), 'all');
    const table = [['sex', ...cols, 'Total'].join('\t')];
    lines.push(table[0]!);
    rows.forEach((r, i) => {
      const line = [r, ...c[i]!.map(String), String(truth.get(`r:${i}`))].join('\t');
      lines.push(line);
      table.push(line);
      c[i]!.forEach((x, j) => tok(String(x), `c:${i}:${j}`));
      tok(String(truth.get(`r:${i}`)), `r:${i}`);
    });
    const totalLine = ['Total', ...cols.map((_, j) => String(truth.get(`k:${j}`))), String(truth.get('N'))].join('\t');
    lines.push(totalLine);
    table.push(totalLine);
    cols.forEach((_, j) => tok(String(truth.get(`k:${j}`)), `k:${j}`));
    tok(String(truth.get('N')), 'N');
    missingFooter(lines, tok, truth, where);
    // As the checker reads it: the crosstab, then its rows' totals, the missing count and N (the title over that).
    const joined = [
      ...(where === 'sample' ? [`# ${title}`] : []),
      ...table,
      '',
      ...(where === 'title' ? [`# ${title}`] : []),
      'sex\tFrequency',
      ...rows.map((r, i) => `${r}\t${truth.get(`r:${i}`)}`),
      `Frequency Missing\t${m}`,
      `合計\t${all}`,
    ];
    out.push({
      family: `freq-missing-cross-${where}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined: joined.join('\n') + '\n',
    });
  }
  return out;
}

/**
 * SAS PROC FREQ's one-way table pasted from its HTML output (tab-separated cells: Frequency, Percent, Cumulative
 * Frequency, Cumulative Percent; no 「%」) or as its listing prints it (「Cumulative」 over the last two words of the
 * header, columns aligned by spaces, a rule), 3–6 rows, none to two counts under the threshold.
 */
export function sasCum(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, LONG);
    const c = rows.map(() => [int(next, 10, 99)]);
    for (let t = int(next, 0, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![0] = int(next, 1, 9);
    out.push(sasCumTable(next, rows, c, { listing: 0.5, family: 'sas-cum' }));
  }
  return out;
}

/**
 * One SAS PROC FREQ one-way table of the counts `c` under `rows` (`sasCum`; formats38's `sasCumThousands` with
 * `count` printing SAS's thousands commas): 「The SAS System」 over it half the time, its listing with the chance
 * `listing` (else its cells pasted), the tokens of every printed number and `joined`, the table as the checker reads it.
 */
export function sasCumTable(
  next: () => number,
  rows: string[],
  c: number[][],
  { listing: pListing, family, count = String }: { listing: number; family: string; count?: (x: number) => string },
): Joined {
  const { truth, sums } = cross(c);
  const lines: string[] = [];
  const tokens: Token[] = [];
  if (next() < 0.5) lines.push('The SAS System', '');
  // Its listing (the header over two lines, columns aligned by spaces) or its cells pasted (tab-separated).
  const listing = next() < pListing;
  const row = (xs: string[]) =>
    listing
      ? `${xs[0]!.padEnd(12)}${xs
          .slice(1)
          .map((x, j) => x.padStart([9, 12, 14, 13][j]!))
          .join('')}`
      : xs.join('\t');
  lines.push('The FREQ Procedure', '');
  if (listing)
    lines.push(`${' '.repeat(37)}Cumulative   Cumulative`, row(['grade', 'Frequency', 'Percent', 'Frequency', 'Percent']), '-'.repeat(60));
  else lines.push('grade\tFrequency\tPercent\tCumulative Frequency\tCumulative Percent');
  const cum = running(c, truth, sums);
  const runs = cum.map((x) => x.runCell);
  rows.forEach((r, i) => {
    const { x, p, cp, run } = cum[i]!;
    lines.push(row([r, count(x), String(p), count(run), String(cp)]));
    tokens.push(cum[i]!.token(lines.length));
    if (i >= 1 && i < rows.length - 1)
      tokens.push({
        line: lines.length,
        text: runs[i]!,
        meanings: [
          { kind: 'count', v: `cum:${i}` },
          { kind: 'pct', num: `cum:${i}`, den: 'N', dec: 2, scale: 100 },
        ],
      });
    if (i === rows.length - 1) tokens.push({ line: lines.length, text: runs[i]!, meanings: [{ kind: 'count', v: 'N' }] });
  });
  const joined = cumTree(rows, cum, 'grade\tFrequency', `Total\t${runs.at(-1)}`);
  return {
    family: `${family}-${listing ? 'listing' : 'cells'}`,
    text: lines.join('\n') + '\n',
    truth,
    sums,
    tokens,
    joined: joined.join('\n') + '\n',
  };
}
