/**
 * formats53 (issue #11): more of R's printed tables, seeded (seeds 3180–3199). Every printed number carries its true
 * meaning (formats33-attack.ts); `joined` is the tables as the checker reads them (for the oracle).
 *
 * - `rFtable2` (seeds 3180–3184): `ftable()` with two column variables (`ftable(tab, row.vars = 1:2)`, or 1 row
 *   variable and 2 column ones), as R's format.ftable writes it (method "non.compact"): a line per column variable —
 *   its name in the last label column, its levels over the data columns, each written at its block's first column
 *   only (the last variable's at every column), right-justified like the data; the row variables' names line; a line
 *   per combination of the row variables' levels, each written only where it changes; labels left-justified, the
 *   counts formatted as one matrix (one width) then each column right-justified, one space between.
 * - `rAddmShares` (seeds 3185–3189): `addmargins(prop.table(tab, 1))` or `(tab, 2)` — row or column shares, their
 *   「Sum」 column (row) all 1, the other 「Sum」 a sum of shares — under the counts (`> tab`) or alone, with its command
 *   line or not (alone with no call, told by its 「Sum」 of 1s).
 * - `rThreeProp` (seeds 3190–3194): a 3-way `table()` printed stratum by stratum (「, , site = A」), then
 *   `prop.table(tab)` (of the whole N, every stratum), `prop.table(tab, 3)` (the stratum's), `c(1, 3)` or `c(2, 3)`
 *   (row or column within it), printed alike, with its command lines or none. `joined` is one table of every stratum's
 *   rows under the whole N (what the oracle is given: W the sum of every cell), `rows` the strata's row counts.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Token } from './formats33-families.ts';
import { cross, type Joined } from './formats35-families.ts';
import { COLS, ROWS, asPct, dec, matrixPrint, rDecimals } from './formats50-families.ts';

const STRATA = [
  ['A', 'B'],
  ['A', 'B', 'C'],
  ['Tokyo', 'Osaka', 'Nagoya'],
  ['2021', '2022'],
];

/** Counts: 10–99 (some 100–999), one or two under 10 (formats55's and formats57's too). */
export function counts(next: () => number, I: number, J: number): number[][] {
  const wide = next() < 0.2;
  const c = Array.from({ length: I }, () => Array.from({ length: J }, () => int(next, 10, wide && next() < 0.3 ? 999 : 99)));
  for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, I - 1)]![int(next, 0, J - 1)] = int(next, 1, 9);
  return c;
}

/** makeLabels of format.ftable: a level at each block's first place only. */
function makeLabels(levels: string[][]): string[][] {
  const total = levels.reduce((a, l) => a * l.length, 1);
  const radix = (q: number) => levels.slice(q + 1).reduce((a, l) => a * l.length, 1);
  return Array.from({ length: total }, (_, r) => levels.map((l, q) => (r % radix(q) === 0 ? l[Math.floor(r / radix(q)) % l.length]! : '')));
}

/** format.ftable (non.compact) then write.ftable: the printed lines. */
export function ftableLines(rowVars: string[], colVars: string[], rowLv: string[][], colLv: string[][], c: number[][]): string[] {
  const R = rowVars.length;
  const H = colVars.length;
  const rl = makeLabels(rowLv);
  const cl = makeLabels(colLv); // per column, its H labels
  // LABS: H lines of blanks + the column variables' names, the names line, the rows' labels.
  const LABS: string[][] = [...colVars.map((v) => [...rowVars.map(() => ''), v]), [...rowVars, ''], ...rl.map((l) => [...l, ''])];
  const w = Math.max(...c.flat().map((x) => String(x).length));
  const DATA: string[][] = [
    ...colVars.map((_, h) => cl.map((l) => l[h]!)),
    cl.map(() => ''),
    ...c.map((r) => r.map((x) => String(x).padStart(w))),
  ];
  const lw = [...Array(R + 1).keys()].map((q) => Math.max(...LABS.map((l) => l[q]!.length)));
  const dw = cl.map((_, j) => Math.max(...DATA.map((d) => d[j]!.length)));
  void H;
  return LABS.map((l, r) => [...l.map((x, q) => x.padEnd(lw[q]!)), ...DATA[r]!.map((x, j) => x.padStart(dw[j]!))].join(' '));
}

export function rFtable2(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x53a1);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const twoRows = next() < 0.6;
    const named = next() < 0.7;
    const rowLv = twoRows ? [pick(next, ROWS), pick(next, COLS.slice(0, 2))] : [pick(next, ROWS)];
    const colLv = [pick(next, STRATA), pick(next, COLS)];
    const I = rowLv.reduce((a, l) => a * l.length, 1);
    const J = colLv.reduce((a, l) => a * l.length, 1);
    const c = counts(next, I, J);
    const { truth, sums } = cross(c);
    const rowVars = named ? (twoRows ? ['sex', 'outcome'] : ['sex']) : rowLv.map(() => '');
    const colVars = named ? ['site', 'response'] : ['', ''];
    const lines: string[] = [];
    if (next() < 0.7)
      lines.push(
        named
          ? `> ftable(table(sex = df$sex, ${twoRows ? 'outcome = df$outcome, ' : ''}site = df$site, response = df$response), row.vars = ${twoRows ? '1:2' : '1'})`
          : `> ftable(tab, row.vars = ${twoRows ? '1:2' : '1'})`,
      );
    const printed = ftableLines(rowVars, colVars, rowLv, colLv, c);
    // Pasted, a line of spaces comes through empty.
    if (!named && next() < 0.5) printed[2] = '';
    const base = lines.length;
    lines.push(...printed);
    const tokens: Token[] = [];
    const lab = (lv: string[][], r: number) => {
      const radix = (k: number) => lv.slice(k + 1).reduce((a, l) => a * l.length, 1);
      return lv.map((l, k) => l[Math.floor(r / radix(k)) % l.length]!).join(' / ');
    };
    const title = named ? [...rowVars, ...colVars].join(' × ') : 'R の ftable';
    const joined = [`# ${title}`, [rowVars.join(' / '), ...c[0]!.map((_, j) => lab(colLv, j))].join('\t')];
    c.forEach((r, i) => {
      joined.push([lab(rowLv, i), ...r.map(String)].join('\t'));
      r.forEach((x, j) => tokens.push({ line: base + 3 + i + 1, text: String(x), meanings: [{ kind: 'count', v: `c:${i}:${j}` }] }));
    });
    out.push({
      family: `r-ftable2${twoRows ? '-two-rows' : '-one-row'}${named ? '' : '-unnamed'}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined: joined.join('\n') + '\n',
    });
  }
  return out;
}

export function rAddmShares(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x53b2);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const cols = pick(next, COLS);
    const c = counts(next, rows.length, cols.length);
    const { truth, sums } = cross(c);
    const margin = next() < 0.5 ? 1 : 2;
    const over = next() < 0.5;
    const withCall = next() < 0.7;
    const named = next() < 0.5;
    const [rv, cv] = named ? ['group', 'outcome'] : ['', ''];
    const lines: string[] = [];
    const tokens: Token[] = [];
    if (over) {
      if (withCall) lines.push(`> tab <- table(${named ? 'group = df$group, outcome = df$outcome' : 'df$group, df$outcome'})`, '> tab');
      const p = matrixPrint(
        rv,
        cv,
        rows,
        cols,
        c.map((r) => r.map(String)),
      );
      const b = lines.length;
      lines.push(...p.lines);
      c.forEach((r, i) =>
        r.forEach((x, j) => tokens.push({ line: b + p.first + i + 1, text: String(x), meanings: [{ kind: 'count', v: `c:${i}:${j}` }] })),
      );
    }
    if (withCall) lines.push(`> addmargins(prop.table(tab, ${margin}))`);
    const rowT = c.map((r) => r.reduce((a, b) => a + b, 0));
    const colT = cols.map((_, j) => c.reduce((a, r) => a + r[j]!, 0));
    const sh = c.map((r, i) => r.map((x, j) => x / (margin === 1 ? rowT[i]! : colT[j]!)));
    const full = [...sh.map((r) => [...r, r.reduce((a, b) => a + b, 0)]), [...cols.map((_, j) => sh.reduce((a, r) => a + r[j]!, 0)), 0]];
    full.at(-1)![cols.length] = full.slice(0, -1).reduce((a, r) => a + r.at(-1)!, 0);
    const ds = full[0]!.map((_, j) => rDecimals(full.map((r) => r[j]!)));
    const printed = full.map((r) => r.map((x, j) => x.toFixed(ds[j]!)));
    const p = matrixPrint(rv, cv, [...rows, 'Sum'], [...cols, 'Sum'], printed);
    const b = lines.length;
    lines.push(...p.lines);
    sh.forEach((r, i) =>
      r.forEach((_, j) =>
        tokens.push({
          line: b + p.first + i + 1,
          text: printed[i]![j]!,
          meanings: [{ kind: 'pct', num: `c:${i}:${j}`, den: margin === 1 ? `r:${i}` : `k:${j}`, dec: 6, scale: 1 }],
        }),
      ),
    );
    out.push({
      family: `r-addm-share-${margin === 1 ? 'row' : 'col'}${over ? '-under-counts' : '-alone'}${withCall ? '' : '-no-call'}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined: '',
    });
  }
  return out;
}

export function rThreeProp(n: number, seed: number, tweak?: (q: number, cs: number[][][]) => void): (Joined & { I: number })[] {
  const next = lcg(seed ^ 0x53c3);
  const out: (Joined & { I: number })[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const cols = pick(next, COLS);
    const sites = pick(next, STRATA.slice(0, 3));
    const named = next() < 0.6;
    const withCall = next() < 0.7;
    const margin = pick(next, ['', '', ', 3', ', c(1, 3)', ', c(2, 3)'] as const);
    const cs = sites.map(() => counts(next, rows.length, cols.length));
    // Another truth of the same case (a test's second truth): counts changed after every draw.
    tweak?.(q, cs);
    const truth = new Map<string, number>();
    cs.forEach((c, s) => c.forEach((r, i) => r.forEach((x, j) => truth.set(`s${s}:c:${i}:${j}`, x))));
    const W = cs.flat(2).reduce((a, b) => a + b, 0);
    truth.set('W', W);
    const [rv, cv, sv] = named ? ['sex', 'outcome', 'site'] : ['', '', ''];
    const lines: string[] = [];
    const tokens: Token[] = [];
    if (withCall)
      lines.push(
        named ? '> tab <- table(sex = df$sex, outcome = df$outcome, site = df$site)' : '> tab <- table(df$sex, df$outcome, df$site)',
        '> tab',
      );
    const sums: [string, string[]][] = [['W', cs.flatMap((c, s) => c.flatMap((r, i) => r.map((_, j) => `s${s}:c:${i}:${j}`)))]];
    const denKey = (s: number, i: number, j: number) =>
      margin === '' ? 'W' : margin === ', 3' ? `s${s}:N` : margin === ', c(1, 3)' ? `s${s}:r:${i}` : `s${s}:k:${j}`;
    cs.forEach((c, s) => {
      const all: string[] = [];
      c.forEach((r, i) => {
        truth.set(
          `s${s}:r:${i}`,
          r.reduce((a, b) => a + b, 0),
        );
        sums.push([`s${s}:r:${i}`, r.map((_, j) => `s${s}:c:${i}:${j}`)]);
        r.forEach((_, j) => all.push(`s${s}:c:${i}:${j}`));
      });
      cols.forEach((_, j) => {
        truth.set(
          `s${s}:k:${j}`,
          c.reduce((a, r) => a + r[j]!, 0),
        );
        sums.push([`s${s}:k:${j}`, c.map((_, i) => `s${s}:c:${i}:${j}`)]);
      });
      truth.set(
        `s${s}:N`,
        c.flat().reduce((a, b) => a + b, 0),
      );
      sums.push([`s${s}:N`, all]);
    });
    const shares = cs.map((c) => {
      const N = c.flat().reduce((a, b) => a + b, 0);
      const den = (i: number, j: number) =>
        margin === ''
          ? W
          : margin === ', 3'
            ? N
            : margin === ', c(1, 3)'
              ? c[i]!.reduce((a, b) => a + b, 0)
              : c.reduce((a, r) => a + r[j]!, 0);
      const sh = c.map((r, i) => r.map((x, j) => x / den(i, j)));
      const ds = cols.map((_, j) => rDecimals(sh.map((r) => r[j]!)));
      const printed = sh.map((r) => r.map((x, j) => x.toFixed(ds[j]!)));
      const Ncap = margin === '' ? W : N;
      const text = c.map((r, i) => r.map((x, j) => `${x} (${asPct(printed[i]![j]!, Ncap, x, den(i, j))}%)`));
      const decs = c.map((r, i) => r.map((_, j) => dec(printed[i]![j]!, Ncap)));
      return { printed, text, decs };
    });
    sites.forEach((st, s) => {
      lines.push(`, , ${sv} = ${st}`, '');
      const p = matrixPrint(
        rv,
        cv,
        rows,
        cols,
        cs[s]!.map((r) => r.map(String)),
      );
      const b = lines.length;
      lines.push(...p.lines, '');
      cs[s]!.forEach((r, i) =>
        r.forEach((_, j) =>
          tokens.push({
            line: b + p.first + i + 1,
            text: shares[s]!.text[i]![j]!,
            meanings: [
              { kind: 'count', v: `s${s}:c:${i}:${j}` },
              { kind: 'pct', num: `s${s}:c:${i}:${j}`, den: denKey(s, i, j), dec: shares[s]!.decs[i]![j]!, scale: 100 },
            ],
          }),
        ),
      );
    });
    if (withCall) lines.push(`> prop.table(tab${margin})`);
    sites.forEach((st, s) => {
      lines.push(`, , ${sv} = ${st}`, '');
      const p = matrixPrint(rv, cv, rows, cols, shares[s]!.printed);
      lines.push(...p.lines, '');
    });
    // The checker's reading: of the whole, one table of every stratum's rows under N = W; else a table a stratum.
    const joined: string[] = [];
    if (margin === '') {
      joined.push(`# R の表 (N=${W})`, ['', ...cols].join('\t'));
      sites.forEach((st, s) => cs[s]!.forEach((_, i) => joined.push([`${st}・${rows[i]}`, ...shares[s]!.text[i]!].join('\t'))));
    } else
      sites.forEach((st, s) => {
        joined.push(`# R の表（${st}）`, ['', ...cols].join('\t'));
        cs[s]!.forEach((_, i) => joined.push([rows[i], ...shares[s]!.text[i]!].join('\t')));
        joined.push('');
      });
    out.push({
      family: `r-three-prop${margin.replace(/[ ,()]/g, '') || '-whole'}${withCall ? '' : '-no-call'}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined: joined.join('\n') + '\n',
      I: rows.length,
    });
  }
  return out;
}
