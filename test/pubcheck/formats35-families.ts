/**
 * formats35 (issue #11): the output formats formats34 left open, seeded. Every printed number carries its true meaning
 * (formats33-attack.ts takes every number the check leaves published); `joined` is the same numbers as the checker
 * reads them, as tab-separated tables (for the oracle, which reads no listing).
 *
 * - `x100`: pandas' shares ×100 with no 「%」 (`value_counts(normalize=True) * 100`, `crosstab(normalize='columns' |
 *   'index') * 100`, printed with 6 decimals, or rounded to 1 or 2), each column's N in its header in two tables of three.
 * - `spacedPairs`: 「n (p%)」 cells in columns aligned by spaces (R's print() of a formatted character matrix, left-
 *   aligned; a SAS listing, right-aligned), shares of the column's sum, with or without 「%」, with or without a total.
 * - `stata`: Stata's `tabulate` as text: one-way (Freq. / Percent / Cum., every count ≥ 10 — with one under it the
 *   table is refused, `stataSmallCum`), two-way counts, and two-way with `row`, `col`, `row col` or `cell` lines under
 *   each count, the key box printed or not.
 * - `freqMissing`: a SAS PROC FREQ one-way table (Frequency / Percent) with its 「Frequency Missing = m」 footer, and
 *   the whole N stated in the title (「N = 130」) or a line 「Sample Size = 130」: N = the table's total + m.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Case, Meaning, Token } from './formats33-families.ts';

export type Joined = Case & { joined: string; hasN?: boolean };

// 「75+」 is left out: in a table of 「n (p%)」 the checker reads it as 「N=75」 (header.ts, before formats35 too; the
// report's open point), which is no format of this stop's.
const ROWS = [
  ['male', 'female'],
  ['<65', '65-74', '>=75'],
  ['StageI', 'StageII', 'StageIII'],
];
export const COLS = [
  ['A群', 'B群'],
  ['died', 'alive'],
  ['mild', 'moderate', 'severe'],
];

/**
 * A cross-table's truth: cells c:i:j, row sums r:i, column sums k:j, N; with the sums that always hold (N as the sum
 * of the r:i, and of the k:j unless `nOfCols` is false: formats62's and redd62's tables give N as the r:i's only).
 */
export function cross(c: number[][], nOfCols = true) {
  const truth = new Map<string, number>();
  const sums: [string, string[]][] = [];
  c.forEach((r, i) => r.forEach((x, j) => truth.set(`c:${i}:${j}`, x)));
  const I = c.map((_, i) => i);
  const J = c[0]!.map((_, j) => j);
  for (const i of I)
    (truth.set(
      `r:${i}`,
      c[i]!.reduce((a, b) => a + b, 0),
    ),
      sums.push([`r:${i}`, J.map((j) => `c:${i}:${j}`)]));
  for (const j of J)
    (truth.set(
      `k:${j}`,
      c.reduce((a, r) => a + r[j]!, 0),
    ),
      sums.push([`k:${j}`, I.map((i) => `c:${i}:${j}`)]));
  truth.set(
    'N',
    c.flat().reduce((a, b) => a + b, 0),
  );
  sums.push(['N', I.map((i) => `r:${i}`)]);
  if (nOfCols) sums.push(['N', J.map((j) => `k:${j}`)]);
  return { truth, sums };
}

export function counts(next: () => number, rows: number, cols: number, lo = 10, hi = 99) {
  const c = Array.from({ length: rows }, () => Array.from({ length: cols }, () => int(next, lo, hi)));
  for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows - 1)]![int(next, 0, cols - 1)] = int(next, 1, 9);
  return c;
}

export const pct = (n: number, d: number, dec: number) => ((100 * n) / d).toFixed(dec);

export function x100(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const cols = next() < 0.4 ? ['proportion'] : pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const { truth, sums } = cross(c);
    const by = cols.length === 1 ? 'col' : pick(next, ['col', 'row'] as const);
    const dec = pick(next, [6, 6, 2, 1]);
    const hasN = next() < 2 / 3;
    const den = (i: number, j: number) => (by === 'col' ? `k:${j}` : `r:${i}`);
    const tokens: Token[] = [];
    const head = ['', ...cols.map((h, j) => (hasN && by === 'col' ? `${h} (N=${truth.get(`k:${j}`)})` : h))];
    const lines = [head.join('\t')];
    const joined = [head.join('\t')];
    if (hasN && by === 'col')
      cols.forEach((_, j) => tokens.push({ line: 1, text: String(truth.get(`k:${j}`)), meanings: [{ kind: 'count', v: `k:${j}` }] }));
    rows.forEach((r, i) => {
      const label = hasN && by === 'row' ? `${r} (N=${truth.get(`r:${i}`)})` : r;
      const ps = cols.map((_, j) => pct(c[i]![j]!, truth.get(den(i, j))!, dec));
      lines.push([label, ...ps].join('\t'));
      joined.push([label, ...ps.map((p) => `${p}%`)].join('\t'));
      if (hasN && by === 'row') tokens.push({ line: i + 2, text: String(truth.get(`r:${i}`)), meanings: [{ kind: 'count', v: `r:${i}` }] });
      ps.forEach((p, j) =>
        tokens.push({ line: i + 2, text: `${p}%`, meanings: [{ kind: 'pct', num: `c:${i}:${j}`, den: den(i, j), dec, scale: 100 }] }),
      );
    });
    out.push({ family: `x100-${by}`, text: lines.join('\n') + '\n', truth, sums, tokens, joined: joined.join('\n') + '\n', hasN });
  }
  return out;
}

export function spacedPairs(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const cols = pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const { truth, sums } = cross(c);
    const dec = int(next, 0, 1);
    const mark = next() < 0.6 ? '%' : '';
    const total = next() < 0.5;
    const right = next() < 0.5;
    const labels: [string, number | 'T'][] = [
      ...rows.map((r, i): [string, number] => [r, i]),
      ...(total ? [['Total', 'T'] as [string, 'T']] : []),
    ];
    const cell = (i: number | 'T', j: number): [string, Meaning[]] => {
      const v = i === 'T' ? `k:${j}` : `c:${i}:${j}`;
      const x = truth.get(v)!;
      const d = truth.get(`k:${j}`)!;
      return [
        `${x} (${pct(x, d, dec)}${mark})`,
        [{ kind: 'count', v }, ...(i === 'T' ? [] : [{ kind: 'pct' as const, num: v, den: `k:${j}`, dec, scale: 100 }])],
      ];
    };
    const grid = labels.map(([, i]) => cols.map((_, j) => cell(i, j)));
    const w = 2 + Math.max(...cols.map((h) => h.length), ...grid.flat().map((g) => g[0].length));
    const lw = 2 + Math.max(...labels.map(([l]) => l.length));
    const pad = (s: string) => (right ? s.padStart(w) : s.padEnd(w));
    const lines = [`${' '.repeat(lw)}${cols.map(pad).join('').trimEnd()}`];
    const tokens: Token[] = [];
    grid.forEach((g, r) => {
      lines.push(
        `${labels[r]![0].padEnd(lw)}${g
          .map((x) => pad(x[0]))
          .join('')
          .trimEnd()}`,
      );
      g.forEach((x) => tokens.push({ line: r + 2, text: x[0], meanings: x[1] }));
    });
    const joined = [
      ['', ...cols].join('\t'),
      ...grid.map((g, r) => [labels[r]![0], ...g.map((x) => x[0].replace(/\)$/, mark ? ')' : '%)'))].join('\t')),
    ];
    out.push({
      family: `spaced-${right ? 'right' : 'left'}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined: joined.join('\n') + '\n',
    });
  }
  return out;
}

/** The percentage lines Stata's two-way `tabulate` prints under each count line (`row`, `col`, `cell`). */
export type StataKind = 'row' | 'col' | 'cell';
const KEY: Record<StataKind, string> = { row: 'row percentage', col: 'column percentage', cell: 'cell percentage' };
const WORDS: Record<StataKind, string> = { row: '行%', col: '列%', cell: '全体%' };

/**
 * Stata's two-way `tabulate` text of a cross-table (`cross`'s truth), rows 「sex」 and columns 「outcome」: the key
 * box where `key`, the header, a count line per row with a line of percentages per kind under it, rules; its Total
 * row and column where `totalRow` / `totalCol`. Returns the lines, the tokens (each count as the checker reads it,
 * 「n (p%)」 under a kind) and `joined`: one tab-separated table per kind (the counts alone where none).
 */
export function stataTwoWay(
  rows: string[],
  cols: string[],
  truth: Map<string, number>,
  kinds: StataKind[],
  key: boolean,
  totalRow: boolean,
  totalCol: boolean,
): { lines: string[]; tokens: Token[]; joined: string } {
  const lines: string[] = [];
  const tokens: Token[] = [];
  const lw = 11;
  const L = (label: string) => label.padStart(lw - 1) + ' ';
  if (key) {
    const words = ['frequency', ...kinds.map((k) => KEY[k]!)];
    const wd = 2 + Math.max(...words.map((x) => x.length));
    lines.push(
      `+${'-'.repeat(wd)}+`,
      `| ${'Key'.padEnd(wd - 1)}|`,
      `|${'-'.repeat(wd)}|`,
      ...words.map((x) => `| ${x.padEnd(wd - 1)}|`),
      `+${'-'.repeat(wd)}+`,
      '',
    );
  }
  const rule = '-'.repeat(lw) + '+' + '-'.repeat(11 * cols.length + 1) + (totalCol ? '+' + '-'.repeat(10) : '');
  const heads = [...cols, ...(totalCol ? ['Total'] : [])];
  lines.push(
    `${' '.repeat(lw)}|${'outcome'.padStart(22)}`,
    `${L('sex')}|${cols.map((h) => h.padStart(10)).join(' ')} ${totalCol ? `|${'Total'.padStart(10)}` : ''}`.trimEnd(),
    rule,
  );
  const is: (number | 'T')[] = [...rows.map((_, i) => i), ...(totalRow ? ['T' as const] : [])];
  const js: (number | 'T')[] = [...cols.map((_, j) => j), ...(totalCol ? ['T' as const] : [])];
  const v = (i: number | 'T', j: number | 'T') => (i === 'T' ? (j === 'T' ? 'N' : `k:${j}`) : j === 'T' ? `r:${i}` : `c:${i}:${j}`);
  const den = (kind: StataKind, i: number | 'T', j: number | 'T') => (kind === 'cell' ? 'N' : kind === 'row' ? v(i, 'T') : v('T', j));
  const fmtLine = (label: string, vals: string[]) => {
    const items = vals.slice(0, cols.length).map((x) => x.padStart(10));
    return `${L(label)}|${items.join(' ')} ${totalCol ? `|${vals.at(-1)!.padStart(10)} ` : ''}`;
  };
  const tables = kinds.length === 0 ? [undefined] : kinds;
  const tj: string[][] = tables.map((k) => [`# sex × outcome${k ? `（${WORDS[k]}）` : ''}`, ['sex', ...heads].join('\t')]);
  for (const i of is) {
    const countLine = lines.length + 1;
    const ns = js.map((j) => String(truth.get(v(i, j))));
    lines.push(fmtLine(i === 'T' ? 'Total' : rows[i]!, ns));
    const ps = kinds.map((k) => js.map((j) => pct(truth.get(v(i, j))!, truth.get(den(k, i, j))!, 2)));
    ps.forEach((p) => lines.push(fmtLine('', p)));
    tables.forEach((k, t) => {
      const cells = js.map((_, q2) => (k ? `${ns[q2]} (${ps[t]![q2]}%)` : ns[q2]!));
      tj[t]!.push([i === 'T' ? 'Total' : rows[i]!, ...cells].join('\t'));
      js.forEach((j, q2) => {
        const num = v(i, j);
        const d = k ? den(k, i, j) : num;
        const ms: Meaning[] = [
          { kind: 'count', v: num },
          ...(k && d !== num ? [{ kind: 'pct' as const, num, den: d, dec: 2, scale: 100 }] : []),
        ];
        tokens.push({ line: countLine, text: cells[q2]!, meanings: ms });
      });
    });
    if (i !== is.at(-1) || totalRow) lines.push(rule);
  }
  if (totalRow) lines.pop();
  return { lines, tokens, joined: tj.map((t) => t.join('\n')).join('\n\n') };
}

export function stata(n: number, seed: number, smallCum = false): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const oneWay = smallCum || next() < 0.3;
    const rows = pick(next, ROWS);
    const cols = oneWay ? ['Freq.'] : pick(next, COLS);
    const c = oneWay ? rows.map(() => [int(next, 10, 99)]) : counts(next, rows.length, cols.length);
    if (smallCum) c[int(next, 0, rows.length - 1)]![0] = int(next, 1, 9);
    const { truth, sums } = cross(c);
    const lines: string[] = [];
    const tokens: Token[] = [];
    const joined: string[] = [];
    const lw = 11;
    const L = (label: string) => label.padStart(lw - 1) + ' |';
    if (oneWay) {
      const N = truth.get('N')!;
      const cum = smallCum || next() < 0.7;
      const heads = ['Freq.', 'Percent', ...(cum ? ['Cum.'] : [])];
      const rule = '-'.repeat(lw + 1) + '+' + '-'.repeat(12 * heads.length);
      lines.push(`${L('sex')}${heads.map((h) => h.padStart(12)).join('')}`, rule);
      joined.push(['sex', 'Freq.'].join('\t'));
      let run = 0;
      rows.forEach((r, i) => {
        const x = c[i]![0]!;
        run += x;
        truth.set(`cum:${i}`, run);
        sums.push([`cum:${i}`, rows.slice(0, i + 1).map((_, k) => `c:${k}:0`)]);
        const p = pct(x, N, 2);
        lines.push(`${L(r)}${[String(x), p, ...(cum ? [pct(run, N, 2)] : [])].map((v) => v.padStart(12)).join('')}`);
        joined.push([r, `${x} (${p}%)`].join('\t'));
        tokens.push({
          line: lines.length,
          text: `${x} (${p}%)`,
          meanings: [
            { kind: 'count', v: `c:${i}:0` },
            { kind: 'pct', num: `c:${i}:0`, den: 'N', dec: 2, scale: 100 },
          ],
        });
        if (cum)
          tokens.push({
            line: lines.length,
            text: pct(run, N, 2),
            meanings: [{ kind: 'pct', num: `cum:${i}`, den: 'N', dec: 2, scale: 100 }],
          });
      });
      lines.push(rule, `${L('Total')}${[String(N), '100.00'].map((v) => v.padStart(12)).join('')}`);
      joined.push(['Total', `${N} (100.00%)`].join('\t'));
      tokens.push({ line: lines.length, text: `${N} (100.00%)`, meanings: [{ kind: 'count', v: 'N' }] });
      out.push({
        family: smallCum ? 'stata-oneway-small' : `stata-oneway${cum ? '-cum' : ''}`,
        text: lines.join('\n') + '\n',
        truth,
        sums,
        tokens,
        joined: joined.join('\n') + '\n',
      });
      continue;
    }
    const kinds = pick(next, [[], ['row'], ['col'], ['row', 'col'], ['cell'], ['row', 'col']] as StataKind[][]);
    const key = kinds.length > 0 && next() < 0.6;
    const two = stataTwoWay(rows, cols, truth, kinds, key, true, true);
    out.push({
      family: `stata-${kinds.join('+') || 'counts'}${key ? '-key' : ''}`,
      text: two.lines.join('\n') + '\n',
      truth,
      sums,
      tokens: two.tokens,
      joined: two.joined + '\n',
    });
  }
  return out;
}

/**
 * A SAS 「Frequency Missing = m」 table's missing count (1–9) and whole N (`all` = N + m, with its sum) set in the
 * truth, and where the output states the whole N: in the title or a line 「Sample Size = N」.
 */
export function withMissing(next: () => number, truth: Map<string, number>, sums: [string, string[]][]) {
  const m = int(next, 1, 9);
  const all = truth.get('N')! + m;
  truth.set('m', m);
  truth.set('all', all);
  sums.push(['all', ['N', 'm']]);
  return { m, all, where: pick(next, ['title', 'sample'] as const) };
}

/** The lines under a SAS table with missing values: 「Frequency Missing = m」, and 「Sample Size = N」 where stated so. */
export function missingFooter(
  lines: string[],
  tok: (text: string, v: string) => void,
  truth: Map<string, number>,
  where: 'title' | 'sample',
): void {
  lines.push('', `Frequency Missing = ${truth.get('m')}`);
  tok(String(truth.get('m')), 'm');
  if (where === 'sample') (lines.push(`Sample Size = ${truth.get('all')}`), tok(String(truth.get('all')), 'all'));
}

export function freqMissing(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const c = rows.map(() => [int(next, 10, 99)]);
    const { truth, sums } = cross(c);
    const { m, where } = withMissing(next, truth, sums);
    const total = next() < 0.6;
    const lines: string[] = [];
    const tokens: Token[] = [];
    const tok = (text: string, v: string) => tokens.push({ line: lines.length, text, meanings: [{ kind: 'count', v }] });
    if (next() < 0.5) lines.push('The SAS System', '');
    if (where === 'title') (lines.push(`sex (N=${truth.get('all')})`), tok(String(truth.get('all')), 'all'));
    lines.push('sex\tFrequency');
    rows.forEach((r, i) => (lines.push(`${r}\t${c[i]![0]}`), tok(String(c[i]![0]), `c:${i}:0`)));
    if (total) (lines.push(`Total\t${truth.get('N')}`), tok(String(truth.get('N')), 'N'));
    missingFooter(lines, tok, truth, where);
    // As the checker reads it: the rows 小計（欠測以外）, Frequency Missing and 合計 in the table.
    const joined = [
      ...(where === 'title' ? [`# sex (N=${truth.get('all')})`] : []),
      'sex\tFrequency',
      ...rows.map((r, i) => `${r}\t${c[i]![0]}`),
      `小計（欠測以外）\t${truth.get('N')}`,
      `Frequency Missing\t${m}`,
      `合計\t${truth.get('all')}`,
    ];
    out.push({ family: `freq-missing-${where}`, text: lines.join('\n') + '\n', truth, sums, tokens, joined: joined.join('\n') + '\n' });
  }
  return out;
}
