/**
 * red58 (issue #11): red team on formats57's `signif(prop.table(tab, m), n)` reading (listing.ts `rPrecision`,
 * `pctDecimals`). The base held every share under such a call to exactly n significant digits, whatever R printed: a
 * print whose shares carry more digits than the call says (the call pasted is not the one printed, or the text was
 * edited) was protected as if its shares were coarse, and a reader who reads every printed digit pins a line's N (or
 * the whole) from one published share and a hidden count as N less the published ones.
 *
 * - `signifLie` (seeds 3900–3909): a two-way `table()` print of counts 100–999 with one or two under 10, then
 *   `signif(prop.table(tab, m), n)` (n 2–3, m 1, 2 or none) over shares R printed under its 7 digits (unrounded). The
 *   tokens carry the digits printed (capped as the checker caps them, listing.ts `rCap`).
 * - `signifTrue` (seeds 3920–3929, innocent): the same look, the shares truly signif()ed and printed as R prints them
 *   (a column padded with zeros): n significant digits known.
 */
import { int, lcg, pick } from './helpers.ts';
import { cross, type Joined } from './formats35-families.ts';
import { matrixPrint } from './formats50-families.ts';
import { COLS, ROWS, denOf, printCounts, shareTable, tableCall } from './formats50-families.ts';
import { cap, printedAt } from './formats55-families.ts';

const printedOf = (p: string) => (p.includes('.') ? p.length - p.indexOf('.') - 1 : 0);

function signifCase(next: () => number, lie: boolean): Joined {
  const rows = pick(next, ROWS);
  const cols = pick(next, COLS);
  const c = rows.map(() => cols.map(() => int(next, 100, 999)));
  for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![int(next, 0, cols.length - 1)] = int(next, 1, 9);
  const { truth, sums } = cross(c);
  const N = truth.get('N')!;
  const margin = pick(next, [1, 2, 0] as const);
  const d = int(next, 2, 3);
  const named = next() < 0.5;
  const [rv, cv] = named ? ['group', 'outcome'] : ['', ''];
  const lines = [tableCall(named), '> tab'];
  const lineOf = printCounts(lines, rv, cv, rows, cols, c);
  const den = denOf(margin);
  const ps = c.map((r, i) => r.map((x, j) => x / truth.get(den(i, j))!));
  const vs = ps.map((r) => r.map((x) => (lie ? x : Number(x.toPrecision(d)))));
  const printed = printedAt(vs, 7);
  const inner = margin === 0 ? 'prop.table(tab)' : `prop.table(tab, ${margin})`;
  lines.push(`> signif(${inner}, ${d})`);
  lines.push(...matrixPrint(rv, cv, rows, cols, printed).lines);
  // What a reader knows: every printed digit (lie), or n significant digits (true).
  const known = (p: string) => (lie ? printedOf(p) : d - 1 - Math.floor(Math.log10(Number(p))));
  const dec = (p: string) => Math.max(0, Math.min(known(p) - 2, cap(N)));
  const WORDS = { 1: '行%', 2: '列%', 0: '全体%' };
  const { joined, tokens } = shareTable({ rv, cv, words: WORDS[margin], rows, cols, c, truth, den, printed, dec, lineOf });
  return {
    family: `r-signif${d}-${lie ? 'lie' : 'true'}-${WORDS[margin]}`,
    text: lines.join('\n') + '\n',
    truth,
    sums,
    tokens,
    joined,
  };
}

export const signifLie = (n: number, seed: number): Joined[] => {
  const next = lcg(seed ^ 0x58a1);
  return Array.from({ length: n }, () => signifCase(next, true));
};
export const signifTrue = (n: number, seed: number): Joined[] => {
  const next = lcg(seed ^ 0x58b2);
  return Array.from({ length: n }, () => signifCase(next, false));
};
