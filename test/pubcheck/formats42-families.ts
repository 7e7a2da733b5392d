/**
 * formats42 (issue #11): SAS PROC FREQ's two-way listing with more statistics in its key, seeded (seeds 2091–2100).
 * Every printed number carries its true meaning (formats33-attack.ts takes every number the check leaves published);
 * `joined` is the same counts and percentages as the checker reads them, as tab-separated tables (for the oracle,
 * which reads no listing).
 *
 * - `sasCrossMoreTable`: SAS's crosstab builder, formats41's (formats41-families.ts `sasCrossTable` is this one
 *   with formats41's statistics) and these:
 * - `sasCrossMore`: formats41's crosstab with the lines EXPECTED, DEVIATION,
 *   CELLCHI2 and TOTPCT add to each stack — 「Expected」「Deviation」「Cell Chi-Square」「Tot Pct」 in the key, in SAS's
 *   order (Frequency, Expected, Deviation, Cell Chi-Square, Tot Pct, Percent, Row Pct, Col Pct), printed as SAS's BEST6.
 *   format prints them (「66.425」「-4.221」「0.0998」「3.8E-6」), nothing in the Total column nor on the Total line
 *   (Tot Pct as Percent there). Expected = row total × column total / N; Deviation = count − Expected; Cell Chi-Square
 *   = Deviation² / Expected: each printed number's meaning is given to the attacker on the cell it is printed at (the
 *   checker hides a cell's whole stack with its count, as formats41 hides a percentage with it).
 */
import { int, lcg, pick } from './helpers.ts';
import type { Meaning, Token } from './formats33-families.ts';
import { COLS, counts, cross, pct, type Joined } from './formats35-families.ts';

export type SasStat = 'count' | 'expected' | 'deviation' | 'chi2' | 'tot' | 'cell' | 'row' | 'col';
type Pct = 'tot' | 'cell' | 'row' | 'col';
type Extra = 'expected' | 'deviation' | 'chi2';
const NAME: Record<SasStat, string> = {
  count: 'Frequency',
  expected: 'Expected',
  deviation: 'Deviation',
  chi2: 'Cell Chi-Square',
  tot: 'Tot Pct',
  cell: 'Percent',
  row: 'Row Pct',
  col: 'Col Pct',
};
const WORDS: Record<Pct, string> = { tot: '全体%', cell: '全体%', row: '行%', col: '列%' };
const isPct = (s: SasStat): s is Pct => s === 'tot' || s === 'cell' || s === 'row' || s === 'col';
const isExtra = (s: SasStat): s is Extra => s === 'expected' || s === 'deviation' || s === 'chi2';

/** The statistics as the options leave them, in SAS's order. */
export const STATS: SasStat[][] = [
  ['count', 'expected', 'chi2', 'cell'],
  ['count', 'expected', 'deviation', 'chi2', 'cell', 'row', 'col'],
  ['count', 'expected'],
  ['count', 'expected', 'deviation'],
  ['count', 'deviation', 'chi2'],
  ['count', 'chi2', 'row', 'col'],
  ['count', 'expected', 'cell', 'row', 'col'],
  ['count', 'tot', 'cell', 'row', 'col'],
];
const XROWS = [
  ['male', 'female'],
  ['<65', '65-74', '>=75'],
  ['StageI', 'StageII', 'StageIII'],
];

/**
 * SAS's BEST6. format: the most digits that fit in 6 characters, trailing zeros dropped; 「E」 notation where a fixed
 * one would show fewer than two digits that are not 0. Returns the text and half a unit of its last digit.
 */
export function best6(x: number): { text: string; h: number } {
  const fixed = (d: number) =>
    x
      .toFixed(d)
      .replace(/(\.\d*?)0+$/, '$1')
      .replace(/\.$/, '');
  for (let d = 5; d >= 0; d--) {
    const t = x.toFixed(d);
    if (t.length > 6) continue;
    const significant = t.replace(/^-?[0.]+/, '').replace(/\./, '').length;
    if (x !== 0 && significant < 2) break;
    return { text: fixed(d) === '-0' ? '0' : fixed(d), h: 0.5 * 10 ** -d };
  }
  if (x === 0) return { text: '0', h: 0.5 };
  const e = Math.floor(Math.log10(Math.abs(x)));
  const room = 6 - (x < 0 ? 1 : 0) - `E${e}`.length;
  const digits = Math.max(0, room - 2);
  const m = (x / 10 ** e)
    .toFixed(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  return { text: `${m}E${e}`, h: 0.5 * 10 ** (e - digits) };
}

/** SAS's two-way listing of the counts `c` with the statistics `stats` (SAS's order, 「Frequency」 first). */
export function sasCrossMoreTable(
  rows: string[],
  cols: string[],
  c: number[][],
  stats: SasStat[],
  options: {
    count?: (x: number) => string;
    names?: 'both' | 'table' | 'vars' | 'none';
    frame?: boolean;
    /** Row labels longer than the key wrapped onto the stack's next lines, as SAS prints them. */
    wrap?: boolean;
    /** 「Sample Size = N」 under it. */
    sample?: boolean;
    /** 「Frequency Missing = m」 under it (formats41). */
    m?: number;
    /** The whole N (the counts' and m's) stated in the title 「Table of sex by outcome (N=145)」 (with `m`, names 'both' or 'table'). */
    stated?: boolean;
    /** formats44: the 「Total」 column (the text after each line's last 「|」), the Total line (with its Percent lines) or both cut, as pasted partially. */
    cut?: 'col' | 'row' | 'both';
    /** formats46: 「Tot Pct」 in the cells only, nothing in the 「Total」 column nor under the Total line. */
    totBare?: boolean;
    /** formats48: a row label wrapped over more lines than the stack, its further lines with empty cells, as SAS prints them. */
    wrapPast?: boolean;
    /** formats48: 「Tot Pct」 a share of `totOf` (an n-way table's whole, variable `totKey`), not of this table's N; its table's counts alone in `joined`. */
    totOf?: number;
    totKey?: string;
  } = {},
): Joined {
  const { truth, sums } = cross(c);
  const count = options.count ?? String;
  const cutCol = options.cut === 'col' || options.cut === 'both';
  const cutRow = options.cut === 'row' || options.cut === 'both';
  const names = options.names ?? 'both';
  const lines: string[] = [];
  const tokens: Token[] = [];
  const stated = options.stated === true && options.m !== undefined && (names === 'both' || names === 'table');
  const all = truth.get('N')! + (options.m ?? 0);
  const tableOf = `Table of sex by outcome${stated ? ` (N=${all})` : ''}`;
  if (options.frame) lines.push('The SAS System', '', 'The FREQ Procedure', '');
  if (names === 'both' || names === 'table') {
    lines.push(tableOf, '');
    if (stated) tokens.push({ line: lines.length - 1, text: String(all), meanings: [{ kind: 'count', v: 'all' }] });
  }
  if (names === 'both' || names === 'vars') lines.push('sex       outcome', '');
  const C = cols.length;
  const kw = Math.max(9, ...stats.map((s) => NAME[s].length), ...(options.wrap ? [] : rows.map((r) => r.length)));
  /** A label's lines: words as many as fit the key's width on each. */
  const wrapped = (label: string): string[] => {
    const out: string[] = [];
    for (const w of label.split(' ')) {
      const lastLine = out.at(-1);
      if (lastLine !== undefined && lastLine.length + 1 + w.length <= kw) out[out.length - 1] = `${lastLine} ${w}`;
      else out.push(w);
    }
    return out;
  };
  const cw = Math.max(8, ...c.flat().map((x) => count(x).length + 1), ...cols.map((h) => h.length));
  stats.forEach((s, q) =>
    lines.push(
      `${NAME[s].padEnd(kw)}|${q === stats.length - 1 ? `${cols.map((h) => h.padEnd(cw)).join('|')}|${cutCol ? '' : 'Total'.padStart(cw)}` : ''}`,
    ),
  );
  const rule = `${'-'.repeat(kw)}${`+${'-'.repeat(cw)}`.repeat(C)}+`;
  lines.push(rule);
  const v = (i: number | 'T', j: number | 'T') => (i === 'T' ? (j === 'T' ? 'N' : `k:${j}`) : j === 'T' ? `r:${i}` : `c:${i}:${j}`);
  const den = (s: Pct, i: number | 'T', j: number | 'T') =>
    s === 'tot' && options.totKey ? options.totKey : s === 'cell' || s === 'tot' ? 'N' : s === 'row' ? v(i, 'T') : v('T', j);
  if (options.totKey && options.totOf !== undefined) truth.set(options.totKey, options.totOf);
  const js: (number | 'T')[] = [...cols.map((_, j) => j), ...(cutCol ? [] : ['T' as const])];
  const pcts = stats.filter(isPct);
  const extras = stats.filter(isExtra);
  // The checker's tables of ours (the shares the key does not print, beside the extra lines), first, 6 decimals.
  const ours: Pct[] =
    extras.length === 0
      ? []
      : (['cell', 'row', 'col'] as const).filter((x) => !stats.includes(x) && !(x === 'cell' && stats.includes('tot') && !options.totBare));
  const tables: (Pct | undefined)[] = [...ours, ...pcts];
  if (tables.length === 0) tables.push(undefined);
  const title = names === 'both' || names === 'table' ? tableOf : names === 'vars' ? 'sex × outcome' : '';
  const rowVar = names === 'none' ? '' : 'sex';
  // The N stated over the last table only (the tables before it titled without it).
  const titleOf = (t: number) => (t === tables.length - 1 ? title : title.replace(/ \(N=\d+\)/, ''));
  const tj: string[][] = tables.map((s, t) => [
    ...(title || t < ours.length ? [`# ${titleOf(t)}${s ? `（${WORDS[s]}${t < ours.length ? ' ours' : ''}）` : ''}`] : []),
    [rowVar, ...cols, ...(cutCol ? [] : ['Total'])].join('\t'),
  ]);
  const N = truth.get('N')!;
  /** The extra statistics at the cell (i, j): printed text and the attacker's meaning. */
  const extra = (s: Extra, i: number, j: number): { text: string; m?: Meaning } => {
    const n = truth.get(v(i, j))!;
    const e = (truth.get(v(i, 'T'))! * truth.get(v('T', j))!) / N;
    const x = s === 'expected' ? e : s === 'deviation' ? n - e : (n - e) ** 2 / e;
    // formats44: a row or column of no patients: Expected and Deviation 0, Cell Chi-Square 「.」 (no number); they say
    // nothing the printed counts of 0 do not (no meaning for the attacker).
    if (e === 0) return { text: s === 'chi2' ? '.' : '0' };
    const b = best6(x);
    return { text: b.text, m: { kind: 'expected', stat: s, v: v(i, j), a: v(i, 'T'), b: v('T', j), den: 'N', x: Number(b.text), h: b.h } };
  };
  const stack = (i: number | 'T') => {
    const countLine = lines.length + 1;
    const ns = js.map((j) => truth.get(v(i, j))!);
    // SAS prints Row Pct / Col Pct and the extra statistics neither in the Total column nor on the Total line.
    const pctOf = (s: Pct, j: number | 'T', dec = 2) =>
      (i !== 'T' || s === 'cell' || s === 'tot') &&
      (j !== 'T' || s === 'cell' || s === 'tot') &&
      !(options.totBare && s === 'tot' && (i === 'T' || j === 'T'))
        ? truth.get(den(s, i, j)) === 0
          ? '.'
          : pct(truth.get(v(i, j))!, truth.get(den(s, i, j))!, dec)
        : '';
    const lineOf = (s: SasStat): string[] =>
      isPct(s) ? js.map((j) => pctOf(s, j)) : js.map((j) => (i === 'T' || j === 'T' ? '' : extra(s as Extra, i, j).text));
    if (i === 'T' && cutRow) return;
    if (i === 'T') {
      lines.push(`${'Total'.padEnd(kw)} ${ns.map((x) => count(x).padStart(cw)).join('')}`);
      for (const s of pcts.filter((p) => (p === 'tot' && !options.totBare) || p === 'cell'))
        lines.push(
          `${' '.repeat(kw + 1)}${lineOf(s)
            .map((x) => x.padStart(cw))
            .join('')}`,
        );
    } else {
      const cellLine = (label: string, xs: string[]) =>
        `${label.padEnd(kw)}|${xs
          .slice(0, C)
          .map((x) => `${x.padStart(cw - 1)} `)
          .join('|')}|${cutCol || xs[C] === '' ? '' : xs[C]!.padStart(cw)}`;
      const parts = options.wrap ? wrapped(rows[i]!) : [rows[i]!];
      lines.push(cellLine(parts[0]!, ns.map(count)));
      for (const [q, s] of stats.slice(1).entries()) lines.push(cellLine(parts[q + 1] ?? '', lineOf(s)));
      if (options.wrapPast)
        for (const p of parts.slice(stats.length))
          lines.push(
            cellLine(
              p,
              js.map(() => ''),
            ),
          );
      lines.push(rule);
    }
    tables.forEach((s, t) => {
      // SAS's 「.」 (a share of a Total of 0) is read as no share: the count alone.
      const p = s ? js.map((j) => (t < ours.length ? pctOf(s, j, 6) : pctOf(s, j))).map((x) => (x === '.' ? '' : x)) : undefined;
      const cells = js.map((_, q) => (p && p[q] ? `${ns[q]} (${p[q]}%)` : String(ns[q])));
      tj[t]!.push([i === 'T' ? 'Total' : rows[i]!, ...cells].join('\t'));
      js.forEach((j, q) => {
        const num = v(i, j);
        const d = s ? den(s, i, j) : num;
        // A table of ours prints nothing: its cells carry the count (the first table) and the extra lines only.
        if (t > 0 && t < ours.length) return;
        const ms: Meaning[] = [
          { kind: 'count', v: num },
          ...(p && p[q] && d !== num && t >= ours.length ? [{ kind: 'pct' as const, num, den: d, dec: 2, scale: 100 }] : []),
          // The extra lines printed at this cell, hidden with it.
          ...(i === 'T' || j === 'T' ? [] : extras.flatMap((e) => extra(e, i, j).m ?? [])),
        ];
        tokens.push({ line: countLine, text: cells[q]!, meanings: ms });
      });
    });
  };
  rows.forEach((_, i) => stack(i));
  stack('T');
  if (options.m !== undefined) {
    truth.set('m', options.m);
    lines.push('', `Frequency Missing = ${count(options.m)}`);
    tokens.push({ line: lines.length, text: String(options.m), meanings: [{ kind: 'count', v: 'm' }] });
  }
  if (stated) {
    // As formats36 links it (listing.ts `linkMissingCross`): the last table's title over a table of ours after it, the
    // rows' totals, m and 「合計」 N + m.
    truth.set('all', all);
    sums.push(['all', ['N', 'm']]);
    const last = tj.at(-1)!;
    const head = last.shift()!;
    last.push('', head, 'sex\tFrequency', ...rows.map((r, i) => `${r}\t${truth.get(`r:${i}`)}`));
    last.push(`Frequency Missing\t${options.m}`, `合計\t${all}`);
  }
  if (options.sample) {
    // As listing.ts reads it: a table of ours after the last, the rows' totals and 「合計」 N on the line of the footer.
    lines.push('', `Sample Size = ${count(N)}`);
    tokens.push({ line: lines.length, text: String(N), meanings: [{ kind: 'count', v: 'N' }] });
    tj.at(-1)!.push('', [rowVar, 'Frequency'].join('\t'), ...rows.map((r, i) => `${r}\t${truth.get(`r:${i}`)}`), `合計\t${N}`);
  }
  // formats48: a Tot Pct of another whole given to the oracle as the counts alone (its base is in no table it reads).
  let joined = tj
    .map((t, q) => (options.totKey && tables[q] === 'tot' ? t.map((l) => l.replace(/ \([\d.]+%\)/g, '')) : t).join('\n'))
    .join('\n\n');
  if (options.m !== undefined && !stated) joined += `\n\n\t件数\nFrequency Missing\t${options.m}`;
  return {
    family: `sas-more-${stats.slice(1).join('-')}`,
    text: lines.join('\n') + '\n',
    truth,
    sums,
    tokens,
    joined: joined + '\n',
  };
}

const grouped = (x: number) => x.toLocaleString('en-US');

export function sasCrossMore(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, XROWS);
    const cols = pick(next, COLS);
    const big = next() < 0.2;
    const c = big
      ? Array.from({ length: rows.length }, () => Array.from({ length: cols.length }, () => int(next, 100, 9999)))
      : counts(next, rows.length, cols.length);
    if (big) for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![int(next, 0, cols.length - 1)] = int(next, 1, 9);
    const stats = pick(next, STATS);
    const j = sasCrossMoreTable(rows, cols, c, stats, {
      count: big ? grouped : String,
      names: pick(next, ['both', 'both', 'table', 'vars', 'none'] as const),
      frame: next() < 0.5,
    });
    out.push({ ...j, family: `${j.family}${big ? '-thousands' : ''}` });
  }
  return out;
}

/**
 * Tables of 2–4 rows and columns, one to three counts under the threshold, with the extra lines and no percentage
 * (EXPECTED / DEVIATION / CELLCHI2 with NOPERCENT NOROW NOCOL): the hardest for the extra lines, where the checker's
 * suppression would otherwise hide a total beside a published count of its line (the Expected there gives it back).
 */
export function sasCrossExtras(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  const kinds: SasStat[][] = [
    ['count', 'expected'],
    ['count', 'expected', 'deviation', 'chi2'],
    ['count', 'deviation'],
    ['count', 'chi2'],
  ];
  for (let q = 0; q < n; q++) {
    const R = int(next, 2, 4);
    const C = int(next, 2, 4);
    const c = Array.from({ length: R }, () => Array.from({ length: C }, () => int(next, 10, 99)));
    for (let t = int(next, 1, 3); t > 0; t--) c[int(next, 0, R - 1)]![int(next, 0, C - 1)] = int(next, 1, 9);
    const rows = Array.from({ length: R }, (_, i) => `group${i + 1}`);
    const cols = Array.from({ length: C }, (_, j) => `grade${j + 1}`);
    out.push(sasCrossMoreTable(rows, cols, c, pick(next, kinds), { names: pick(next, ['both', 'none'] as const) }));
  }
  return out;
}

const LONG = [
  ['Stage I or II', 'Stage III or higher'],
  ['aged under 65', 'aged 65 to 74', 'aged 75 or older'],
  ['never smoked', 'former smoker', 'current smoker'],
];

/**
 * formats42 (b): the crosstab with its row labels longer than the key wrapped onto the stack's next lines, and
 * 「Sample Size = N」 under it or not; statistics of formats41's (two lines a stack at least) and of this family's.
 */
export function sasCrossWrapped(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  const kinds: SasStat[][] = [
    ['count', 'cell', 'row', 'col'],
    ['count', 'row', 'col'],
    ['count', 'cell'],
    ['count', 'col'],
    ['count', 'expected', 'cell'],
  ];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, LONG);
    const cols = pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const stats = pick(next, kinds);
    const sample = next() < 0.5;
    const j = sasCrossMoreTable(rows, cols, c, stats, {
      wrap: true,
      sample,
      names: pick(next, ['both', 'table', 'none'] as const),
      frame: next() < 0.5,
    });
    out.push({ ...j, family: `wrapped-${stats.slice(1).join('-')}${sample ? '-sample' : ''}` });
  }
  return out;
}

/**
 * formats42 (b): a crosstab with a column of no patients (SAS's SPARSE, or a level of a format with no one), its Col
 * Pct 「.」 (a share of a Total of 0); statistics of formats41's.
 */
export function sasCrossZero(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  const kinds: SasStat[][] = [
    ['count', 'cell', 'row', 'col'],
    ['count', 'row', 'col'],
    ['count', 'col'],
  ];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, XROWS);
    const cols = [...pick(next, COLS), 'unknown'];
    const c = counts(next, rows.length, cols.length - 1).map((r) => [...r, 0]);
    const stats = pick(next, kinds);
    out.push({
      ...sasCrossMoreTable(rows, cols, c, stats, { names: pick(next, ['both', 'none'] as const) }),
      family: `zero-${stats.slice(1).join('-')}`,
    });
  }
  return out;
}
