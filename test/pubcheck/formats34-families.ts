/**
 * formats34 (issue #11): more of the tables statistical software exports, seeded, for the classes formats33 left open.
 *
 * `unknownColumn`: an 「Unknown」 (不明・欠測) COLUMN of bare counts beside groups written 「n (p%)」, each share of its
 * row's patients with a known group (the tools' default, as gtsummary's `percent = "row"` or SPSS's valid percent
 * print it), the row's N in a 合計 / Total column or in the row's label (「65歳未満 (N=150)」). Only tables whose every
 * share fits the row's N as well are kept (a share of no whole count of N is refused as such already). `leaks`: the
 * shares bound the row's base so that N − base puts the Unknown count under the threshold (the tool's reading).
 */
import { int, lcg, pick } from './helpers.ts';
import { cross } from './formats35-families.ts';

const LEVELS = [
  ['男性', '女性'],
  ['65歳未満', '65-74歳', '75歳以上'],
  ['Stage I', 'Stage II', 'Stage III', 'Stage IV'],
];
const MISSING = ['Unknown', '不明', '欠測', 'Missing'];
const pct = (n: number, d: number, dec: number) => ((100 * n) / d).toFixed(dec);
const fits = (c: number, base: number, p: string, dec: number) => Math.abs((100 * c) / base - Number(p)) <= 0.5 * 10 ** -dec + 1e-9;

export interface UnknownCase {
  text: string;
  /** The Unknown counts, row by row. */
  ms: number[];
  /** The row whose Unknown is small. */
  row: number;
  leaks: boolean;
}

/** `zero`: the small Unknown is 0 (N less it is N: the tool's reading and the checker's coincide). */
export function unknownColumn(n: number, seed: number, threshold = 10, zero = false): UnknownCase[] {
  const next = lcg(seed);
  const out: UnknownCase[] = [];
  for (let tries = 0; out.length < n && tries < 5000 * n; tries++) {
    const g = int(next, 2, 3);
    const levels = pick(next, LEVELS);
    const counts = levels.map(() => Array.from({ length: g }, () => int(next, 40, 240)));
    const row = int(next, 0, levels.length - 1);
    const ms = levels.map((_, i) => (i === row ? (zero ? (int(next, 1, 9), 0) : int(next, 1, 9)) : int(next, 10, 19)));
    const dec = next() < 0.8 ? 0 : 1;
    const valid = counts.map((r) => r.reduce((a, b) => a + b, 0));
    const ns = valid.map((v, i) => v + ms[i]!);
    const names = ['A群', 'B群', 'C群'].slice(0, g);
    const word = pick(next, MISSING);
    const where = pick(next, ['total', 'label'] as const);
    const total = pick(next, ['合計', 'Total']);
    if (!counts.every((r, i) => r.every((c) => fits(c, ns[i]!, pct(c, valid[i]!, dec), dec)))) continue;
    const lines = [
      ['', ...names, word, ...(where === 'total' ? [total] : [])],
      ...levels.map((l, i) => [
        where === 'label' ? `${l} (N=${ns[i]})` : l,
        ...counts[i]!.map((c) => `${c} (${pct(c, valid[i]!, dec)}%)`),
        String(ms[i]),
        ...(where === 'total' ? [String(ns[i])] : []),
      ]),
    ];
    const h = 0.5 * 10 ** -dec;
    let lo = 1;
    for (const c of counts[row]!) lo = Math.max(lo, Math.ceil((100 * c) / (Number(pct(c, valid[row]!, dec)) + h) - 1e-9));
    out.push({ text: lines.map((l) => l.join('\t')).join('\n') + '\n', ms, row, leaks: !zero && ns[row]! - lo < threshold });
  }
  return out;
}

import type { Case, Meaning, Token } from './formats33-families.ts';

/**
 * `tabulate`: SAS PROC TABULATE's `TABLE sex*(N PCTN), group ALL` as copied, and tables written so by hand: each row
 * a line of counts named 「n」「N」「度数」 in a column of statistics, then a line of their shares named 「%」「PctN」
 * 「ColPctN」「RowPctN」「割合」 with the same label or none; shares of the column, of the row or of the whole, one or two
 * decimals, with or without 「%」, with or without the 「All」「合計」 margins. Every printed number carries its meaning
 * (formats33-attack.ts takes every number the check leaves published).
 */
export function tabulate(n: number, seed: number): (Case & { joined: string })[] {
  const next = lcg(seed);
  const out: (Case & { joined: string })[] = [];
  const ROWS = [
    ['男性', '女性'],
    ['65歳未満', '65-74歳', '75歳以上'],
    ['male', 'female'],
    ['Stage I', 'Stage II', 'Stage III'],
  ];
  const COLS = [
    ['A群', 'B群'],
    ['死亡', '生存'],
    ['軽症', '中等症', '重症'],
  ];
  const STATS: [string, string][] = [
    ['N', 'PctN'],
    ['n', '%'],
    ['度数', '割合'],
    ['n', '(%)'],
    ['N', 'ColPctN'],
    ['N', 'RowPctN'],
  ];
  for (let k = 0; k < n; k++) {
    const rows = pick(next, ROWS);
    const cols = pick(next, COLS);
    const c = rows.map(() => cols.map(() => int(next, 10, 69)));
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![int(next, 0, cols.length - 1)] = int(next, 1, 9);
    const [sn, sp] = pick(next, STATS);
    const base = sp === 'ColPctN' ? 'col' : sp === 'RowPctN' ? 'row' : pick(next, ['col', 'row', 'all'] as const);
    const dec = int(next, 1, 2);
    const mark = next() < 0.5 ? '%' : '';
    const margins = next() < 0.6;
    const sameLabel = next() < 0.3;
    const total = pick(next, ['All', '合計', 'Total']);
    const { truth, sums } = cross(c);
    const lines: string[] = [];
    // The same table written with one line of 「n (p%)」 a row (for the oracle, which reads no stacks).
    const joined: string[] = [];
    const tokens: Token[] = [];
    const put = (cells: (string | [string, Meaning[]])[]) => {
      const line = lines.length + 1;
      lines.push(cells.map((x) => (typeof x === 'string' ? x : (tokens.push({ line, text: x[0], meanings: x[1] }), x[0]))).join('\t'));
    };
    const den = (i: number | 'T', j: number | 'T') =>
      base === 'all' ? 'N' : base === 'col' ? (j === 'T' ? 'N' : `k:${j}`) : i === 'T' ? 'N' : `r:${i}`;
    const v = (i: number | 'T', j: number | 'T') => (i === 'T' ? (j === 'T' ? 'N' : `k:${j}`) : j === 'T' ? `r:${i}` : `c:${i}:${j}`);
    const share = (i: number | 'T', j: number | 'T'): [string, Meaning[]] => {
      const d = den(i, j);
      const num = v(i, j);
      return [
        ((100 * truth.get(num)!) / truth.get(d)!).toFixed(dec) + mark,
        num === d ? [] : [{ kind: 'pct', num, den: d, dec, scale: 100 }],
      ];
    };
    const count = (i: number | 'T', j: number | 'T'): [string, Meaning[]] => [String(truth.get(v(i, j))), [{ kind: 'count', v: v(i, j) }]];
    const js: (number | 'T')[] = [...cols.map((_, j) => j), ...(margins ? ['T' as const] : [])];
    const is: (number | 'T')[] = [...rows.map((_, i) => i), ...(margins ? ['T' as const] : [])];
    put(['', '', ...cols, ...(margins ? [total] : [])]);
    joined.push(['', ...cols, ...(margins ? [total] : [])].join('\t'));
    for (const i of is) {
      const label = i === 'T' ? total : rows[i]!;
      // Each cell's two numbers as one token on the count line, 「n (p%)」: the cell the check reads and hides (the
      // report's cell is both lines; the user hides both).
      const line = lines.length + 1;
      const ns = js.map((j) => count(i, j));
      const ps = js.map((j) => share(i, j));
      lines.push([label, sn, ...ns.map((x) => x[0])].join('\t'), [sameLabel ? label : '', sp, ...ps.map((x) => x[0])].join('\t'));
      joined.push([label, ...ns.map((x, q) => `${x[0]} (${ps[q]![0].replace(/%$/, '')}%)`)].join('\t'));
      ns.forEach((x, q) => tokens.push({ line, text: `${x[0]} (${ps[q]![0].replace(/%$/, '')}%)`, meanings: [...x[1], ...ps[q]![1]] }));
    }
    out.push({ family: `tabulate-${base}`, text: lines.join('\n') + '\n', truth, sums, tokens, joined: joined.join('\n') + '\n' });
  }
  return out;
}

/**
 * `listing`: two-way tables as a console or a listing prints them — R's print() of table() / addmargins() (columns
 * aligned with spaces, the column variable's name above, the row variable's in the corner, labels indented), a
 * tab-separated table under SAS's page title 「The SAS System」 (time, date, page) with its 「Frequency Missing = m」
 * footer and a page line, and pandas' value_counts() with its 「Name: count, dtype: int64」 footer. Every printed
 * number carries its meaning; 「Frequency Missing」's is the count `m`.
 */
export function listing(n: number, seed: number): (Case & { joined: string })[] {
  const next = lcg(seed);
  const out: (Case & { joined: string })[] = [];
  const ROWS = [
    ['male', 'female'],
    ['男性', '女性'],
    ['<65', '65-74', '75+'],
    ['StageI', 'StageII', 'StageIII'],
  ];
  const COLS = [
    ['died', 'alive'],
    ['A群', 'B群'],
    ['mild', 'moderate', 'severe'],
    ['yes', 'no'],
  ];
  for (let q = 0; q < n; q++) {
    const kind = pick(next, ['r-print', 'sas-page', 'pandas-vc'] as const);
    const rows = pick(next, ROWS);
    const cols = kind === 'pandas-vc' ? ['count'] : pick(next, COLS);
    const c = rows.map(() => cols.map(() => int(next, 10, 99)));
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![int(next, 0, cols.length - 1)] = int(next, 1, 9);
    const { truth, sums } = cross(c);
    const m = next() < 0.5 ? int(next, 1, 9) : int(next, 10, 30);
    truth.set('m', m);
    const lines: string[] = [];
    const tokens: Token[] = [];
    const margins = kind !== 'pandas-vc' && next() < 0.5;
    const total = kind === 'r-print' ? 'Sum' : 'Total';
    const vars = (i: number | 'T') => [
      ...cols.map((_, j) => (i === 'T' ? `k:${j}` : `c:${i}:${j}`)),
      ...(margins ? [i === 'T' ? 'N' : `r:${i}`] : []),
    ];
    const heads = [...cols, ...(margins ? [total] : [])];
    const labels: [string, number | 'T'][] = [
      ...rows.map((r, i): [string, number] => [r, i]),
      ...(margins ? [[total, 'T'] as [string, 'T']] : []),
    ];
    // The same numbers as tab-separated tables (for the oracle, which reads no listing).
    const joined = [['', ...heads].join('\t'), ...labels.map(([l, i]) => [l, ...vars(i).map((v) => String(truth.get(v)))].join('\t'))];
    if (kind === 'r-print' || kind === 'pandas-vc') {
      const w = 1 + Math.max(...heads.map((h) => h.length), ...[...truth.values()].map((x) => String(x).length));
      const lw = 2 + Math.max(...labels.map(([l]) => l.length), 5);
      if (kind === 'r-print') {
        lines.push(`${' '.repeat(lw)}outcome`, `${'group'.padEnd(lw)}${heads.map((h) => h.padStart(w)).join('')}`);
      } else lines.push('group');
      for (const [l, i] of labels) {
        const line = lines.length + 1;
        const vs = vars(i);
        lines.push(`${(kind === 'r-print' ? `  ${l}` : l).padEnd(lw)}${vs.map((v) => String(truth.get(v)).padStart(w)).join('')}`);
        vs.forEach((v) => tokens.push({ line, text: String(truth.get(v)), meanings: [{ kind: 'count', v }] }));
      }
      if (kind === 'pandas-vc') lines.push(pick(next, ['Name: count, dtype: int64', 'Name: group, dtype: int64']));
    } else {
      lines.push(
        `The SAS System          ${int(next, 0, 23)}:${String(int(next, 0, 59)).padStart(2, '0')} Thursday, December 3, 2026   ${int(next, 1, 9)}`,
        '',
      );
      lines.push(['group', ...heads].join('\t'));
      for (const [l, i] of labels) {
        const line = lines.length + 1;
        const vs = vars(i);
        lines.push([l, ...vs.map((v) => String(truth.get(v)))].join('\t'));
        vs.forEach((v) => tokens.push({ line, text: String(truth.get(v)), meanings: [{ kind: 'count', v }] }));
      }
      if (next() < 0.5) lines.push('');
      const line = lines.length + 1;
      if (next() < 0.7) {
        lines.push(`Frequency Missing = ${m}`);
        joined.push('', '\t件数', `Frequency Missing\t${m}`);
        tokens.push({ line, text: String(m), meanings: [{ kind: 'count', v: 'm' }] });
      } else {
        lines.push(`Frequency Missing\t${m}`);
        joined.push('', '\t件数', `Frequency Missing\t${m}`);
        tokens.push({ line, text: String(m), meanings: [{ kind: 'count', v: 'm' }] });
      }
      if (next() < 0.5) lines.push('', pick(next, ['Page 1 of 1', '- 1 -']));
    }
    out.push({ family: kind, text: lines.join('\n') + '\n', truth, sums, tokens, joined: joined.join('\n') + '\n' });
  }
  return out;
}

/**
 * `proportions`: pandas' `crosstab(normalize='columns')` and `value_counts(normalize=True)` with each column's N written
 * in its header (「A群 (N=80)」; a third of the tables with none), 4 or 6 decimals, no 「%」. Every printed number
 * carries its meaning (a share of its column's N, scale 1; the header's N a count).
 */
export function proportions(n: number, seed: number): (Case & { hasN: boolean })[] {
  const next = lcg(seed);
  const out: (Case & { hasN: boolean })[] = [];
  const ROWS = [
    ['male', 'female'],
    ['<65', '65-74', '75+'],
    ['StageI', 'StageII', 'StageIII', 'StageIV'],
  ];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const cols =
      next() < 0.4
        ? ['proportion']
        : pick(next, [
            ['A群', 'B群'],
            ['died', 'alive'],
            ['mild', 'moderate', 'severe'],
          ]);
    const c = rows.map(() => cols.map(() => int(next, 10, 99)));
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, rows.length - 1)]![int(next, 0, cols.length - 1)] = int(next, 1, 9);
    const dec = pick(next, [4, 6]);
    const hasN = next() < 2 / 3;
    const truth = new Map<string, number>();
    const sums: [string, string[]][] = [];
    c.forEach((r, i) => r.forEach((x, j) => truth.set(`c:${i}:${j}`, x)));
    cols.forEach(
      (_, j) => (
        truth.set(
          `k:${j}`,
          c.reduce((a, r) => a + r[j]!, 0),
        ),
        sums.push([`k:${j}`, rows.map((_, i) => `c:${i}:${j}`)])
      ),
    );
    const tokens: Token[] = [];
    const lines = [['', ...cols.map((h, j) => (hasN ? `${h} (N=${truth.get(`k:${j}`)})` : h))].join('\t')];
    if (hasN)
      cols.forEach((_, j) => tokens.push({ line: 1, text: String(truth.get(`k:${j}`)), meanings: [{ kind: 'count', v: `k:${j}` }] }));
    rows.forEach((r, i) => {
      const ps = cols.map((_, j) => (c[i]![j]! / truth.get(`k:${j}`)!).toFixed(dec));
      lines.push([r, ...ps].join('\t'));
      // The cell as the check reads it, 「57.70%」: the attacker reads its number at scale 100.
      ps.forEach((p, j) =>
        tokens.push({
          line: i + 2,
          text: `${(100 * Number(p)).toFixed(dec - 2)}%`,
          meanings: [{ kind: 'pct', num: `c:${i}:${j}`, den: `k:${j}`, dec: dec - 2, scale: 100 }],
        }),
      );
    });
    out.push({ family: hasN ? 'proportions-n' : 'proportions', text: lines.join('\n') + '\n', truth, sums, tokens, hasN });
  }
  return out;
}
