/**
 * formats41 (issue #11): SAS PROC FREQ's two-way listing, seeded (seeds 1971–1980). Every printed number carries its
 * true meaning (formats33-attack.ts takes every number the check leaves published); `joined` is the same numbers as
 * the checker reads them, as tab-separated tables (for the oracle, which reads no listing).
 *
 * - `sasCross`: a crosstab as SAS prints it to its listing — the key in the corner (「Frequency|」「Percent  |」
 *   「Row Pct  |」「Col Pct  |」, or fewer under NOPERCENT / NOROW / NOCOL), the header after the key's last 「|」, each
 *   row a stack of one line a statistic between 「|」, rules of 「-」 and 「+」, the Total line with no 「|」 and its
 *   Percent line; its counts bare or with thousands commas (FORMAT=COMMA., in a file with no tab: a CSV reading cuts
 *   the lines at them), 「Table of sex by outcome」 and the names line above it or not, 「Frequency Missing = m」 under it
 *   or not; one or two counts under the threshold.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Meaning, Token } from './formats33-families.ts';
import { COLS, counts, cross, pct, type Joined } from './formats35-families.ts';

export type SasStat = 'count' | 'cell' | 'row' | 'col';
const NAME: Record<SasStat, string> = { count: 'Frequency', cell: 'Percent', row: 'Row Pct', col: 'Col Pct' };
const WORDS: Record<Exclude<SasStat, 'count'>, string> = { cell: '全体%', row: '行%', col: '列%' };
/** The statistics as the options leave them, in SAS's order. */
export const STATS: SasStat[][] = [
  ['count', 'cell', 'row', 'col'],
  ['count', 'row', 'col'],
  ['count', 'cell'],
  ['count'],
  ['count', 'col'],
  ['count', 'cell', 'row'],
];
const XROWS = [
  ['male', 'female'],
  ['<65', '65-74', '>=75'],
  ['StageI', 'StageII', 'StageIII'],
];

/**
 * SAS's two-way listing of the counts `c` with the statistics `stats`; `count` prints a count (bare, or with commas);
 * `names` the lines 「Table of sex by outcome」 and 「sex  outcome」 above the key; `m` a 「Frequency Missing」 under it.
 */
export function sasCrossTable(
  rows: string[],
  cols: string[],
  c: number[][],
  stats: SasStat[],
  options: {
    count?: (x: number) => string;
    names?: 'both' | 'table' | 'vars' | 'none';
    m?: number;
    frame?: boolean;
    /** The whole N (the counts' and m's) stated in the title 「Table of sex by outcome (N=145)」 (with `m`, names 'both' or 'table'). */
    stated?: boolean;
  } = {},
): Joined {
  const { truth, sums } = cross(c);
  const count = options.count ?? String;
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
  const cw = Math.max(8, ...c.flat().map((x) => count(x).length + 1), ...cols.map((h) => h.length));
  stats.forEach((s, q) =>
    lines.push(
      `${NAME[s].padEnd(9)}|${q === stats.length - 1 ? `${cols.map((h) => h.padEnd(cw)).join('|')}|${'Total'.padStart(cw)}` : ''}`,
    ),
  );
  const rule = `${'-'.repeat(9)}${`+${'-'.repeat(cw)}`.repeat(C)}+`;
  lines.push(rule);
  const v = (i: number | 'T', j: number | 'T') => (i === 'T' ? (j === 'T' ? 'N' : `k:${j}`) : j === 'T' ? `r:${i}` : `c:${i}:${j}`);
  const den = (s: SasStat, i: number | 'T', j: number | 'T') => (s === 'cell' ? 'N' : s === 'row' ? v(i, 'T') : v('T', j));
  const js: (number | 'T')[] = [...cols.map((_, j) => j), 'T'];
  const pcts = stats.filter((s): s is Exclude<SasStat, 'count'> => s !== 'count');
  const tables = pcts.length === 0 ? [undefined] : pcts;
  const title = names === 'both' || names === 'table' ? tableOf : names === 'vars' ? 'sex × outcome' : '';
  const rowVar = names === 'none' ? '' : 'sex';
  // The N stated over the last table only (the tables before it titled without it).
  const tj: string[][] = tables.map((s, t) => [
    ...(title ? [`# ${t === tables.length - 1 ? title : title.replace(/ \(N=\d+\)/, '')}${s ? `（${WORDS[s]}）` : ''}`] : []),
    [rowVar, ...cols, 'Total'].join('\t'),
  ]);
  /** The stack of row i (or the Total line): its count line's number, each table's cells and their tokens. */
  const stack = (i: number | 'T') => {
    const countLine = lines.length + 1;
    const ns = js.map((j) => truth.get(v(i, j))!);
    // SAS prints no Row Pct / Col Pct in the Total column nor on the Total line.
    const shown = (s: SasStat) => i !== 'T' || s === 'cell';
    const ps = pcts.map((s) =>
      js.map((j) => (shown(s) && (j !== 'T' || s === 'cell') ? pct(truth.get(v(i, j))!, truth.get(den(s, i, j))!, 2) : '')),
    );
    if (i === 'T') {
      lines.push(`${'Total'.padEnd(9)} ${ns.map((x) => count(x).padStart(cw)).join('')}`);
      if (pcts.includes('cell')) lines.push(`${' '.repeat(10)}${ps[pcts.indexOf('cell')]!.map((x) => x.padStart(cw)).join('')}`);
    } else {
      const cellLine = (label: string, xs: string[]) =>
        `${label.padEnd(9)}|${xs
          .slice(0, C)
          .map((x) => `${x.padStart(cw - 1)} `)
          .join('|')}|${xs[C] === '' ? '' : xs[C]!.padStart(cw)}`;
      lines.push(cellLine(rows[i]!, ns.map(count)));
      ps.forEach((p) => lines.push(cellLine('', p)));
      lines.push(rule);
    }
    tables.forEach((s, t) => {
      const p = s && (i !== 'T' || s === 'cell') ? ps[t] : undefined;
      const cells = js.map((_, q) => (p && p[q] ? `${ns[q]} (${p[q]}%)` : String(ns[q])));
      tj[t]!.push([i === 'T' ? 'Total' : rows[i]!, ...cells].join('\t'));
      js.forEach((j, q) => {
        const num = v(i, j);
        const d = s ? den(s, i, j) : num;
        const ms: Meaning[] = [
          { kind: 'count', v: num },
          ...(p && p[q] && d !== num ? [{ kind: 'pct' as const, num, den: d, dec: 2, scale: 100 }] : []),
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
  let joined = tj.map((t) => t.join('\n')).join('\n\n');
  if (options.m !== undefined && !stated) joined += `\n\n\t件数\nFrequency Missing\t${options.m}`;
  return {
    family: `sas-cross-${stats.length === 1 ? 'counts' : stats.slice(1).join('-')}`,
    text: lines.join('\n') + '\n',
    truth,
    sums,
    tokens,
    joined: joined + '\n',
  };
}

const grouped = (x: number) => x.toLocaleString('en-US');

export function sasCross(n: number, seed: number): Joined[] {
  const next = lcg(seed);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, XROWS);
    const cols = pick(next, COLS);
    const big = next() < 0.3;
    const c = big
      ? Array.from({ length: rows.length }, () => Array.from({ length: cols.length }, () => int(next, 100, 9999)))
      : counts(next, rows.length, cols.length);
    if (big) for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![int(next, 0, cols.length - 1)] = int(next, 1, 9);
    const stats = pick(next, STATS);
    const j = sasCrossTable(rows, cols, c, stats, {
      count: big ? grouped : String,
      names: pick(next, ['both', 'both', 'table', 'vars', 'none'] as const),
      frame: next() < 0.5,
      ...(next() < 0.5 ? { m: next() < 0.5 ? int(next, 1, 9) : int(next, 10, 40), stated: next() < 0.5 } : {}),
    });
    out.push({ ...j, family: `${j.family}${big ? '-thousands' : ''}` });
  }
  return out;
}
