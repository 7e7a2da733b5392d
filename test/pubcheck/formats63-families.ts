/**
 * formats63 (issue #11): R's prints pasted under a title written over their command lines (「表2 性別と転帰（2021年）」
 * then 「> tab」 and its print). The command lines taken out left the title alone over an empty line: a loose line,
 * refused where it holds a number (`line/count`: a year, the N 「(n = 142)」), else left unchecked. Seeded (seeds
 * 5020–5049): formats50's `rOneWay` and `rProp`, formats52's `rAddm` (`addmargins(prop.table(tab))`) and formats59's
 * `rLabels` (numeric and spaced levels), each under a title line — directly over its first command line, or over one
 * empty line (a caption) — of four kinds: a caption, a caption with a year, a caption with the true N (a token meaning
 * N for formats33-attack.ts), the N with the year. Every printed number keeps its meaning (line numbers moved by the
 * lines put over them); `joined` carries the title as a # line for the oracle.
 *
 * `innocentTitles` (the same prints, the title parted from the command line by two empty lines or written under the
 * print as a note with no number): the titles not this reading's; what they cost is measured apart.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Joined } from './formats35-families.ts';
import { rOneWay, rProp } from './formats50-families.ts';
import { rAddm } from './formats52-families.ts';
import { rLabels } from './formats59-families.ts';

const CAPTIONS = ['表{k} 性別と転帰', 'Table {k}: outcome by group', '表{k}　治療群別の転帰', '付表{k} 病期別の患者数'];

/** The R prints of older families that open with a command line (the class: a title over the command). */
function prints(n: number, seed: number): Joined[] {
  const fams = [rOneWay(n, seed), rProp(n, seed), rAddm(n, seed), rLabels(n, seed, ['numeric', 'spaced', 'spaced-prop'])];
  // Taken in turn, one of each family, so that the first n hold all four.
  return Array.from({ length: n }, (_, q) => fams.map((f) => f[q]!))
    .flat()
    .filter((c) => /^> /.test(c.text));
}

function titleOf(next: () => number, N: number): { text: string; n: boolean } {
  const k = int(next, 1, 9);
  const base = pick(next, CAPTIONS).replace('{k}', String(k));
  // An N under the threshold stated in a title is published as written by read.ts over any table (a TSV table too, on
  // the base): another class, left out of this family (the reading here leaves such a title a loose line).
  const drawn = pick(next, ['plain', 'year', 'n', 'n-year'] as const);
  const kind = N < 10 && drawn.startsWith('n') ? 'plain' : drawn;
  const year = `${int(next, 2015, 2024)}年`;
  const nText = pick(next, [`(n = ${N})`, `（N=${N}）`, `（${N}例）`]);
  return {
    text:
      kind === 'plain' ? base : kind === 'year' ? `${base}（${year}）` : kind === 'n' ? `${base} ${nText}` : `${base}（${year}） ${nText}`,
    n: kind === 'n' || kind === 'n-year',
  };
}

const shift = (c: Joined, by: number, over: string[], family: string, nToken?: { line: number; N: number }): Joined => ({
  ...c,
  family,
  text: [...over, c.text].join('\n'),
  tokens: [
    ...(nToken ? [{ line: nToken.line, text: String(nToken.N), meanings: [{ kind: 'count' as const, v: 'N' }] }] : []),
    ...c.tokens.map((t) => ({ ...t, line: t.line + by })),
  ],
  joined: `# ${over[0]}\n${c.joined}`,
});

/** The class: a title directly over the first command line, or (a caption) over one empty line over it. */
export function titledPrints(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x6363);
  return prints(n, seed)
    .slice(0, n)
    .map((c) => {
      const N = c.truth.get('N')!;
      const t = titleOf(next, N);
      const gap = next() < 0.3;
      const over = gap ? [t.text, ''] : [t.text];
      return shift(c, over.length, over, `${c.family}-title${gap ? '-gap' : ''}${t.n ? '-n' : ''}`, t.n ? { line: 1, N } : undefined);
    });
}

/**
 * Innocent: the same prints with a title of no number parted from the command by two empty lines (no title of this
 * reading: a loose line, as before), or a note of no number under the print.
 */
export function innocentTitles(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x6364);
  return prints(n, seed)
    .slice(0, n)
    .map((c) => {
      const base = pick(next, CAPTIONS).replace('{k}', String(int(next, 1, 9)));
      return next() < 0.5
        ? shift(c, 3, [base, '', ''], `${c.family}-parted`)
        : { ...c, family: `${c.family}-note`, text: `${c.text}\n注: 欠測を除く`, joined: c.joined };
    });
}
