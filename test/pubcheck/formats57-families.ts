/**
 * formats57 (issue #11): R's `addmargins(prop.table(tab, 1 | 2))` under the counts printed with their own margins
 * (`addmargins(tab)`: a 「Sum」 row and column of counts), seeded (seeds 3850–3899). Every printed number carries its
 * true meaning (formats33-families.ts); `joined` is the tables as the checker reads them (for the oracle).
 *
 * - `rAddmOver` (seeds 3850–3854): the counts with their 「Sum」 row and column, then the shares of each row (column)
 *   with their 「Sum」 (1s) and the other 「Sum」 (sums of shares), under R's 7 digits or `options(digits = 4 | 5)`
 *   pasted, with the command lines or not — what formats55 read under counts printed without margins and refused here.
 * - `rAddmOverInnocent` (seeds 3855–3859): the same counts with `addmargins(prop.table(tab))` (shares of the whole) under
 *   them — formats52's reading, which formats57 must leave as it was.
 * - `rDigitsCalls` (seeds 3860–3864): a two-way `table()` print then its shares under a call that sets their digits
 *   other than `options()`: `print(prop.table(tab, m), digits = d)` (d 2–6 significant digits), `signif(prop.table(tab,
 *   m), d)` (d 2–5, printed under R's 7), `round(prop.table(tab, m), k)` (k 2–4 decimals, R dropping a column's
 *   trailing zeros); m 1, 2 or none. The checker's cells 「n (p%)」 hold p to what a reader knows from the call.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Token } from './formats33-families.ts';
import { cross } from './formats35-families.ts';
import { matrixPrint } from './formats50-families.ts';
import { COLS, ROWS, denOf, printCounts, printInto, shareTable, tableCall } from './formats50-families.ts';
import { counts } from './formats53-families.ts';
import { cap, decOf, known, printedAt, type AddmCase } from './formats55-families.ts';
import type { Joined } from './formats35-families.ts';

export interface AddmOverCase extends AddmCase {
  /** The digits R printed under (7 unless `options(digits = d)` is pasted). */
  digits: number;
}

function overCase(next: () => number, innocent: boolean): AddmOverCase {
  const rows = pick(next, ROWS);
  const cols = pick(next, COLS);
  const c = counts(next, rows.length, cols.length);
  const I = rows.length;
  const J = cols.length;
  const { truth, sums: always } = cross(c);
  const N = truth.get('N')!;
  const margin: 1 | 2 = next() < 0.5 ? 1 : 2;
  const withCall = next() < 0.7;
  const named = next() < 0.5;
  const d = !innocent && next() < 0.25 ? pick(next, [4, 5]) : 7;
  const [rv, cv] = named ? ['group', 'outcome'] : ['', ''];
  const lines: string[] = [];
  if (d !== 7) lines.push(`> options(digits = ${d})`);
  if (withCall) lines.push(tableCall(named), '> addmargins(tab)');
  const rowT = c.map((r) => r.reduce((a, b) => a + b, 0));
  const colT = cols.map((_, j) => c.reduce((a, r) => a + r[j]!, 0));
  const lineOf = printInto(
    lines,
    rv,
    cv,
    [...rows, 'Sum'],
    [...cols, 'Sum'],
    [...c.map((r, i) => [...r.map(String), String(rowT[i])]), [...colT.map(String), String(N)]],
  );
  if (withCall) lines.push(innocent ? '> addmargins(prop.table(tab))' : `> addmargins(prop.table(tab, ${margin}))`);
  const den = (i: number, j: number) => (innocent ? 'N' : margin === 1 ? `r:${i}` : `k:${j}`);
  const sh = c.map((r, i) => r.map((x, j) => x / truth.get(den(i, j))!));
  const full = [...sh.map((r) => [...r, r.reduce((a, x) => a + x, 0)]), [...cols.map((_, j) => sh.reduce((a, r) => a + r[j]!, 0)), 0]];
  full.at(-1)![J] = full.slice(0, -1).reduce((a, r) => a + r.at(-1)!, 0);
  const printed = printedAt(full, d);
  lines.push(...matrixPrint(rv, cv, [...rows, 'Sum'], [...cols, 'Sum'], printed).lines);
  const shares = printed.slice(0, -1).map((r) => r.slice(0, -1));
  const sumLine = margin === 1 ? printed.at(-1)!.slice(0, -1) : printed.slice(0, -1).map((r) => r.at(-1)!);
  const tokens: Token[] = [];
  const WORDS = { 1: '行%', 2: '列%' };
  const pct = (x: number, base: string, p: string) => `${x} (${((100 * x) / truth.get(base)!).toFixed(decOf(p, N, d))}%)`;
  const joined = [`# ${rv ? `${rv} × ${cv}` : 'R の表'}（${innocent ? '全体%' : WORDS[margin]}）`, ['', ...cols, 'Sum'].join('\t')];
  const tok = (line: number, text: string, v: string, base?: string, p?: string) =>
    tokens.push({
      line,
      text,
      meanings: [{ kind: 'count', v }, ...(base ? [{ kind: 'pct' as const, num: v, den: base, dec: decOf(p!, N, d), scale: 100 }] : [])],
    });
  rows.forEach((r, i) => {
    const cells = c[i]!.map((x, j) => pct(x, den(i, j), shares[i]![j]!));
    cells.forEach((cell, j) => tok(lineOf(i), cell, `c:${i}:${j}`, den(i, j), shares[i]![j]!));
    // The line's own total: 「N_i (100%)」 beside row shares (its 「Sum」 1), of N under shares of the whole, else plain.
    const tot = innocent ? pct(rowT[i]!, 'N', printed[i]![J]!) : margin === 1 ? pct(rowT[i]!, `r:${i}`, printed[i]![J]!) : String(rowT[i]);
    tok(lineOf(i), tot, `r:${i}`, innocent ? 'N' : margin === 1 ? `r:${i}` : undefined, printed[i]![J]!);
    joined.push([r, ...cells, tot].join('\t'));
  });
  const colCells = colT.map((x, j) =>
    innocent ? pct(x, 'N', printed[I]![j]!) : margin === 2 ? pct(x, `k:${j}`, printed[I]![j]!) : String(x),
  );
  colCells.forEach((cell, j) => tok(lineOf(I), cell, `k:${j}`, innocent ? 'N' : margin === 2 ? `k:${j}` : undefined, printed[I]![j]!));
  const corner = innocent ? pct(N, 'N', printed[I]![J]!) : String(N);
  tok(lineOf(I), corner, 'N', innocent ? 'N' : undefined, printed[I]![J]!);
  joined.push(['Sum', ...colCells, corner].join('\t'));
  return {
    family: `r-addm-over-${innocent ? '全体%' : WORDS[margin]}${d !== 7 ? `-digits${d}` : ''}${withCall ? '' : '-nocall'}`,
    text: lines.join('\n') + '\n',
    truth,
    sums: always,
    tokens,
    joined: joined.join('\n') + '\n',
    c,
    margin,
    shares,
    sumLine,
    digits: d,
  };
}

export function rAddmOver(n: number, seed: number): AddmOverCase[] {
  const next = lcg(seed ^ 0x57a0);
  return Array.from({ length: n }, () => overCase(next, false));
}

export function rAddmOverInnocent(n: number, seed: number): AddmOverCase[] {
  const next = lcg(seed ^ 0x57a1);
  return Array.from({ length: n }, () => overCase(next, true));
}

/** The decimals of a printed share a reader knows under the call: `round` k, else `sig` significant digits. */
const knownBy = (p: string, how: 'print' | 'signif' | 'round', d: number) =>
  how === 'round'
    ? Math.max(p.includes('.') ? p.length - p.indexOf('.') - 1 : 0, d)
    : how === 'signif' && Number(p) > 0
      ? d - 1 - Math.floor(Math.log10(Number(p)))
      : known(p, d);

export function rDigitsCalls(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x57c2);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const cols = pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const { truth, sums } = cross(c);
    const N = truth.get('N')!;
    const margin = pick(next, [1, 2, 0] as const);
    const how = pick(next, ['print', 'signif', 'round'] as const);
    const d = how === 'print' ? int(next, 2, 6) : how === 'signif' ? int(next, 2, 5) : int(next, 2, 4);
    const named = next() < 0.5;
    const [rv, cv] = named ? ['group', 'outcome'] : ['', ''];
    const lines = [tableCall(named), '> tab'];
    const lineOf = printCounts(lines, rv, cv, rows, cols, c);
    const den = denOf(margin);
    const ps = c.map((r, i) => r.map((x, j) => x / truth.get(den(i, j))!));
    const vs = ps.map((r) => r.map((x) => (how === 'signif' ? Number(x.toPrecision(d)) : how === 'round' ? Number(x.toFixed(d)) : x)));
    const printed = printedAt(vs, how === 'print' ? d : 7);
    const inner = margin === 0 ? 'prop.table(tab)' : `prop.table(tab, ${margin})`;
    lines.push(how === 'print' ? `> print(${inner}, digits = ${d})` : `> ${how}(${inner}, ${d})`);
    lines.push(...matrixPrint(rv, cv, rows, cols, printed).lines);
    const dec = (p: string) => Math.max(0, Math.min(knownBy(p, how, d) - 2, cap(N)));
    const WORDS = { 1: '行%', 2: '列%', 0: '全体%' };
    const { joined, tokens } = shareTable({ rv, cv, words: WORDS[margin], rows, cols, c, truth, den, printed, dec, lineOf });
    out.push({
      family: `r-${how}${d}-${WORDS[margin]}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined,
    });
  }
  return out;
}
