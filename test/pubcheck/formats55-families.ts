/**
 * formats55 (issue #11): R's prints the checker refused before, seeded (seeds 3370–3399). Every printed number carries
 * its true meaning (formats33-attack.ts); `joined` is the tables as the checker reads them (for the oracle).
 *
 * - `rDigits` (seeds 3370–3374): a two-way `table()` then `prop.table(t, 1 | 2)` or `prop.table(t)` printed under
 *   `options(digits = d)`, d 2–6 — each column of shares formatted apart, every share to d significant digits, the
 *   column's decimals the most any of its shares needs (trailing zeros dropped), as R's formatReal does — with the
 *   `options()` line pasted or not, the `prop.table` call pasted or not. The share tokens are the checker's cells
 *   「n (p%)」, p to the decimals the share is known to under the digits a reader takes: d where the options line is
 *   pasted, else the most digits (7, 6 … 1) under which every share of the print fits its counts.
 * - `rStage` (seeds 3375–3379): a two-way `table()` alone, its row labels holding a space and ending in a number or a
 *   numeral (「Stage 1」「Grade 2」「Stage III」「ECOG 0」「Visit 3」), with its name line or not, `addmargins()` or not
 *   (a 「Sum」 row and column), its command line or not.
 * - `rDigitsInnocent` (seeds 3380–3384): the same prints as `rDigits` under R's default 7 digits (no options line): what
 *   the checker read before, read the same (the cost of trying fewer digits).
 */
import { int, lcg, pick } from './helpers.ts';
import { cross, type Joined } from './formats35-families.ts';
import { COLS, ROWS, countsTable, matrixPrint, denOf, printCounts, shareTable, tableCall } from './formats50-families.ts';
import { counts } from './formats53-families.ts';

const STAGES = [
  ['Stage 1', 'Stage 2', 'Stage 3'],
  ['Stage I', 'Stage II', 'Stage III', 'Stage IV'],
  ['Grade 1', 'Grade 2'],
  ['ECOG 0', 'ECOG 1', 'ECOG 2'],
  ['Visit 1', 'Visit 2', 'Visit 3', 'Visit 4'],
  ['NYHA I', 'NYHA II', 'NYHA III'],
];

/** R's formatReal of one column under `options(digits = d)`: the decimals the shares need in common. */
export function decimalsAt(xs: number[], d: number): number {
  let out = 0;
  for (const x of xs) {
    if (x === 0) continue;
    const s = x.toFixed(Math.max(0, d - 1 - Math.floor(Math.log10(x)))).replace(/0+$/, '');
    out = Math.max(out, s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);
  }
  return out;
}
/** The decimals (as a fraction) a printed share is known to under `d` significant digits. */
export const known = (p: string, d: number) => {
  const printed = p.includes('.') ? p.length - p.indexOf('.') - 1 : 0;
  return Number(p) > 0 ? Math.max(printed, d - 1 - Math.floor(Math.log10(Number(p)))) : printed;
};
/** The checker's decimals of a percentage, capped by N as listing.ts `rCap` caps them. */
export const cap = (N: number) => Math.max(3, Math.ceil(2 * Math.log10(Math.max(N, 2))) - 1);
export const decOf = (p: string, N: number, d: number) => Math.max(0, Math.min(known(p, d) - 2, cap(N)));
/** Whether the printed share, held to `d` significant digits, is num/den within half its last known digit. */
const fitsAt = (p: string, num: number, den: number, d: number) =>
  Math.abs((100 * num) / den - Number(p) * 100) <= 0.5 * 10 ** -(known(p, d) - 2) + 1e-9;

/** R's print of a matrix of shares: each column to the decimals R's formatReal gives it under `d` digits (`decimalsAt`). */
export function printedAt(xs: number[][], d: number): string[][] {
  const ds = xs[0]!.map((_, j) =>
    decimalsAt(
      xs.map((r) => r[j]!),
      d,
    ),
  );
  return xs.map((r) => r.map((x, j) => x.toFixed(ds[j]!)));
}

function digitsCase(next: () => number, d: number, innocent: boolean): Joined {
  const rows = pick(next, ROWS);
  const cols = pick(next, COLS);
  const c = counts(next, rows.length, cols.length);
  const { truth, sums } = cross(c);
  const N = truth.get('N')!;
  const margin = pick(next, [1, 2, 0] as const);
  const optionsLine = !innocent && next() < 0.5;
  const withCall = next() < 2 / 3;
  const named = next() < 0.5;
  const [rv, cv] = named ? ['group', 'outcome'] : ['', ''];
  const lines: string[] = [];
  if (optionsLine) lines.push(`> options(digits = ${d})`);
  if (withCall) lines.push(tableCall(named), '> tab');
  const lineOf = printCounts(lines, rv, cv, rows, cols, c);
  const den = denOf(margin);
  const ps = c.map((r, i) => r.map((x, j) => x / truth.get(den(i, j))!));
  const printed = printedAt(ps, d);
  if (withCall) lines.push(margin === 0 ? '> prop.table(tab)' : `> prop.table(tab, ${margin})`);
  lines.push(...matrixPrint(rv, cv, rows, cols, printed).lines);
  // The digits a reader takes: stated, else the most of 7 … 1 under which every share fits its counts.
  const read = optionsLine
    ? d
    : [7, 6, 5, 4, 3, 2, 1].find((s) => c.every((r, i) => r.every((x, j) => fitsAt(printed[i]![j]!, x, truth.get(den(i, j))!, s))))!;
  const WORDS = { 1: '行%', 2: '列%', 0: '全体%' };
  const dec = (p: string) => decOf(p, N, read);
  const { joined, tokens } = shareTable({ rv, cv, words: WORDS[margin], rows, cols, c, truth, den, printed, dec, lineOf });
  return {
    family: `r-digits${innocent ? '7' : d}-${WORDS[margin]}${optionsLine ? '-options' : ''}${withCall ? '' : '-nocall'}`,
    text: lines.join('\n') + '\n',
    truth,
    sums,
    tokens,
    joined,
  };
}

export function rDigits(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x55a1);
  return Array.from({ length: n }, () => digitsCase(next, int(next, 2, 6), false));
}

export function rDigitsInnocent(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x55c3);
  return Array.from({ length: n }, () => digitsCase(next, 7, true));
}

export function rStage(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x55b2);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, STAGES);
    const cols = pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const { truth, sums } = cross(c);
    const named = next() < 0.5;
    const margins = next() < 0.5;
    const withCall = next() < 0.6;
    const { text, tokens, joined } = countsTable(rows, cols, c, truth, { named, margins, withCall });
    out.push({
      family: `r-stage${margins ? '-addmargins' : ''}${named ? '' : '-unnamed'}${withCall ? '' : '-nocall'}`,
      text,
      truth,
      sums,
      tokens,
      joined,
    });
  }
  return out;
}

/** `rAddmUnder`'s truth beside the case: the counts, the margin, the printed shares and the other 「Sum」. */
export interface AddmCase extends Joined {
  c: number[][];
  margin: 1 | 2;
  shares: string[][];
  /** The other 「Sum」 as printed: column sums of row shares (margin 1), row sums of column shares (margin 2). */
  sumLine: string[];
}

/**
 * - `rAddmUnder` (seeds 3385–3389): `addmargins(prop.table(tab, 1 | 2))` under the counts printed by `> tab` (no
 *   margins), with its command lines or not — the print formats53 refused (`layout/r-base`). `sums` is the other 「Sum」
 *   (column sums of row shares, or row sums of column shares) as printed.
 */
export function rAddmUnder(n: number, seed: number): AddmCase[] {
  const next = lcg(seed ^ 0x55d4);
  const out: AddmCase[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const cols = pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const { truth, sums: always } = cross(c);
    const N = truth.get('N')!;
    const margin: 1 | 2 = next() < 0.5 ? 1 : 2;
    const withCall = next() < 0.7;
    const named = next() < 0.5;
    const [rv, cv] = named ? ['group', 'outcome'] : ['', ''];
    const lines: string[] = [];
    if (withCall) lines.push(tableCall(named), '> tab');
    const lineOf = printCounts(lines, rv, cv, rows, cols, c);
    if (withCall) lines.push(`> addmargins(prop.table(tab, ${margin}))`);
    const den = (i: number, j: number) => (margin === 1 ? `r:${i}` : `k:${j}`);
    const sh = c.map((r, i) => r.map((x, j) => x / truth.get(den(i, j))!));
    const full = [...sh.map((r) => [...r, r.reduce((a, x) => a + x, 0)]), [...cols.map((_, j) => sh.reduce((a, r) => a + r[j]!, 0)), 0]];
    full.at(-1)![cols.length] = full.slice(0, -1).reduce((a, r) => a + r.at(-1)!, 0);
    const printed = printedAt(full, 7);
    lines.push(...matrixPrint(rv, cv, [...rows, 'Sum'], [...cols, 'Sum'], printed).lines);
    const shares = printed.slice(0, -1).map((r) => r.slice(0, -1));
    const sumLine = margin === 1 ? printed.at(-1)!.slice(0, -1) : printed.slice(0, -1).map((r) => r.at(-1)!);
    const WORDS = { 1: '行%', 2: '列%' };
    const dec = (p: string) => decOf(p, N, 7);
    const { joined, tokens } = shareTable({ rv, cv, words: WORDS[margin], rows, cols, c, truth, den, printed: shares, dec, lineOf });
    out.push({
      family: `r-addm-under-${WORDS[margin]}${withCall ? '' : '-nocall'}`,
      text: lines.join('\n') + '\n',
      truth,
      sums: always,
      tokens,
      joined,
      c,
      margin,
      shares,
      sumLine,
    });
  }
  return out;
}
