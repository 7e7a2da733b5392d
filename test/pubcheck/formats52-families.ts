/**
 * formats52 (issue #11): more of R's printed tables, seeded (seeds 2971–2990). Every printed number carries its true
 * meaning (formats33-attack.ts); `joined` is the tables as the checker reads them (for the oracle).
 *
 * - `rThree` (seeds 2971–2975): a 3-way `table()` printed by R — each stratum 「, , site = A」 (「, ,  = A」 when the
 *   dimnames have no names; a 4-way table's 「, , site = A, year = 2021」) over a two-way print of its counts — under
 *   its command line or not.
 * - `rFtable` (seeds 2976–2980): `ftable()` of a 3-way table (two row variables, one column variable) or of a two-way
 *   table, as print.ftable writes it: labels left-justified, counts right-justified, one space between, each row
 *   variable's level only where it changes; the names line blank (or left out) when the dimnames have no names.
 * - `rAddm` (seeds 2981–2985): a `table()` then `addmargins(prop.table(tab))` (one-way or two-way), the proportions of
 *   the whole with their 「Sum」 row and column.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Meaning, Token } from './formats33-families.ts';
import { cross, type Joined } from './formats35-families.ts';
import { COLS, ROWS, asPct, dec, matrixPrint, namedVector, rDecimals } from './formats50-families.ts';

const STRATA = [
  ['A', 'B'],
  ['A', 'B', 'C'],
  ['Tokyo', 'Osaka', 'Nagoya'],
];

/** Counts of a stratum: 10–99, one or two under 10. */
function stratum(next: () => number, I: number, J: number): number[][] {
  const c = Array.from({ length: I }, () => Array.from({ length: J }, () => int(next, 10, 99)));
  for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, I - 1)]![int(next, 0, J - 1)] = int(next, 1, 9);
  return c;
}

/** Strata's truths under one prefix each (`s0:c:0:1`), their own margins as sums (none printed). */
function strataTruth(cs: number[][][]) {
  const truth = new Map<string, number>();
  const sums: [string, string[]][] = [];
  cs.forEach((c, s) => {
    const x = cross(c);
    for (const [k, v] of x.truth) truth.set(`s${s}:${k}`, v);
    for (const [k, ps] of x.sums) sums.push([`s${s}:${k}`, ps.map((p) => `s${s}:${p}`)]);
  });
  return { truth, sums };
}

export function rThree(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x52a1);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const cols = pick(next, COLS);
    const named = next() < 0.6;
    const four = next() < 0.2;
    const sites = pick(next, STRATA);
    const years = four ? ['2021', '2022'] : [''];
    const strata = years.flatMap((y) => sites.map((s) => ({ s, y })));
    const cs = strata.map(() => stratum(next, rows.length, cols.length));
    const { truth, sums } = strataTruth(cs);
    const [rv, cv, sv, yv] = named ? ['sex', 'outcome', 'site', 'year'] : ['', '', '', ''];
    const lines: string[] = [];
    if (next() < 0.7)
      lines.push(
        named
          ? `> table(sex = df$sex, outcome = df$outcome, site = df$site${four ? ', year = df$year' : ''})`
          : `> table(df$sex, df$outcome, df$site${four ? ', df$year' : ''})`,
      );
    const tokens: Token[] = [];
    const joined: string[] = [];
    strata.forEach((st, s) => {
      lines.push(`, , ${sv} = ${st.s}${four ? `, ${yv} = ${st.y}` : ''}`, '');
      const p = matrixPrint(
        rv,
        cv,
        rows,
        cols,
        cs[s]!.map((r) => r.map(String)),
      );
      const base = lines.length;
      lines.push(...p.lines, '');
      const label = named ? `site=${st.s}${four ? `、year=${st.y}` : ''}` : `${st.s}${four ? `、${st.y}` : ''}`;
      joined.push(`# ${named ? `${rv} × ${cv}` : 'R の表'}（${label}）`, ['', ...cols].join('\t'));
      rows.forEach((r, i) => {
        joined.push([r, ...cs[s]![i]!.map(String)].join('\t'));
        cs[s]![i]!.forEach((x, j) =>
          tokens.push({ line: base + p.first + i + 1, text: String(x), meanings: [{ kind: 'count', v: `s${s}:c:${i}:${j}` }] }),
        );
      });
      joined.push('');
    });
    out.push({
      family: `r-three${named ? '' : '-unnamed'}${four ? '-four' : ''}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined: joined.join('\n'),
    });
  }
  return out;
}

/** print.ftable's lines: labels left-justified, data right-justified, one space between (write.ftable). */
export function ftablePrint(rowVars: string[], colVar: string, levels: string[][], cols: string[], vals: string[][]): string[] {
  const R = levels.length;
  const leaves = vals.length;
  const radix = (q: number) => levels.slice(q + 1).reduce((a, l) => a * l.length, 1);
  const labs: string[][] = [
    [...rowVars.map(() => ''), colVar],
    [...rowVars, ''],
  ];
  for (let r = 0; r < leaves; r++)
    labs.push([...levels.map((l, q) => (r % radix(q) === 0 ? l[Math.floor(r / radix(q)) % l.length]! : '')), '']);
  const data: string[][] = [cols, cols.map(() => ''), ...vals];
  const lw = [...Array(R + 1).keys()].map((c) => Math.max(...labs.map((l) => l[c]!.length)));
  const dw = cols.map((_, c) => Math.max(...data.map((d) => d[c]!.length)));
  return labs.map((l, r) => [...l.map((x, c) => x.padEnd(lw[c]!)), ...data[r]!.map((x, c) => x.padStart(dw[c]!))].join(' '));
}

export function rFtable(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x52b2);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const three = next() < 0.7;
    const named = next() < 0.7;
    const levels = three ? [pick(next, ROWS), pick(next, COLS)] : [pick(next, ROWS)];
    const cols = three ? pick(next, STRATA) : pick(next, COLS);
    const leaves = levels.reduce((a, l) => a * l.length, 1);
    const c = stratum(next, leaves, cols.length);
    const { truth, sums } = cross(c);
    const rowVars = named ? (three ? ['sex', 'outcome'] : ['sex']) : levels.map(() => '');
    const colVar = named ? (three ? 'site' : 'outcome') : '';
    const lines: string[] = [];
    if (next() < 0.7)
      lines.push(
        named
          ? `> ftable(table(sex = df$sex, ${three ? 'outcome = df$outcome, site = df$site' : 'outcome = df$outcome'}))`
          : `> ftable(table(df$sex, df$outcome${three ? ', df$site' : ''}))`,
      );
    const printed = ftablePrint(
      rowVars,
      colVar,
      levels,
      cols,
      c.map((r) => r.map(String)),
    );
    // Pasted, a line of spaces comes through empty or not at all.
    if (!named && next() < 0.5) printed[1] = '';
    const base = lines.length;
    lines.push(...printed);
    const tokens: Token[] = [];
    const radix = (k: number) => levels.slice(k + 1).reduce((a, l) => a * l.length, 1);
    const label = (r: number) => levels.map((l, k) => l[Math.floor(r / radix(k)) % l.length]!).join(' / ');
    const joined = [`# ${named ? [...rowVars, colVar].join(' × ') : 'R の ftable'}`, [rowVars.join(' / '), ...cols].join('\t')];
    c.forEach((r, i) => {
      joined.push([label(i), ...r.map(String)].join('\t'));
      r.forEach((x, j) => tokens.push({ line: base + 2 + i + 1, text: String(x), meanings: [{ kind: 'count', v: `c:${i}:${j}` }] }));
    });
    out.push({
      family: `r-ftable${three ? '-three' : '-two'}${named ? '' : '-unnamed'}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined: joined.join('\n') + '\n',
    });
  }
  return out;
}

export function rAddm(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x52c3);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const one = next() < 0.3;
    const rows = one ? ['x'] : pick(next, ROWS);
    const cols = pick(next, one ? [...COLS, ['I', 'II', 'III', 'IV']] : COLS);
    const c = stratum(next, rows.length, cols.length);
    const { truth, sums } = cross(c);
    const N = truth.get('N')!;
    const lines: string[] = [];
    const tokens: Token[] = [];
    const named = next() < 0.5;
    const [rv, cv] = named ? ['group', 'outcome'] : ['', ''];
    lines.push(
      one ? '> tab <- table(df$stage)' : `> tab <- table(${named ? 'group = df$group, outcome = df$outcome' : 'df$group, df$outcome'})`,
    );
    lines.push('> tab');
    const countLine: number[][] = [];
    // A one-way table prints its name line first: empty for `table(df$stage)`.
    if (one) {
      lines.push('');
      for (const [l, v] of namedVector(cols, c[0]!.map(String))) {
        lines.push(l!, v!);
        countLine.push(
          v!
            .trim()
            .split(/\s+/)
            .map(() => lines.length),
        );
      }
    } else {
      const p = matrixPrint(
        rv,
        cv,
        rows,
        cols,
        c.map((r) => r.map(String)),
      );
      const b = lines.length;
      lines.push(...p.lines);
      rows.forEach((_, i) => countLine.push(cols.map(() => b + p.first + i + 1)));
    }
    lines.push('> addmargins(prop.table(tab))');
    const joined: string[] = [];
    const pct = (p: string, num: number) => `${num} (${asPct(p, N, num, N)}%)`;
    const push = (line: number, text: string, num: string, share: string) =>
      tokens.push({
        line,
        text,
        meanings: [{ kind: 'count', v: num }, { kind: 'pct', num, den: 'N', dec: dec(share, N), scale: 100 } as Meaning],
      });
    if (one) {
      const xs = [...c[0]!.map((x) => x / N), 1];
      const d = rDecimals(xs);
      const printed = xs.map((x) => x.toFixed(d));
      const pairs = namedVector([...cols, 'Sum'], printed);
      const at: number[] = [];
      lines.push('');
      for (const [l, v] of pairs) {
        lines.push(l!, v!);
        v!
          .trim()
          .split(/\s+/)
          .forEach(() => at.push(lines.length));
      }
      const flat = countLine.flat();
      joined.push('\t件数');
      c[0]!.forEach((x, j) => {
        const t = pct(printed[j]!, x);
        joined.push(`${cols[j]}\t${t}`);
        push(flat[j]!, t, `c:0:${j}`, printed[j]!);
      });
      const t = pct(printed.at(-1)!, N);
      joined.push(`Sum\t${t}`);
      push(at.at(-1)!, t, 'N', printed.at(-1)!);
    } else {
      const rowT = c.map((r) => r.reduce((a, b) => a + b, 0));
      const colT = cols.map((_, j) => c.reduce((a, r) => a + r[j]!, 0));
      const full = [...c.map((r, i) => [...r, rowT[i]!]), [...colT, N]];
      const ps = full.map((r) => r.map((x) => x / N));
      const ds = ps[0]!.map((_, j) => rDecimals(ps.map((r) => r[j]!)));
      const printed = ps.map((r) => r.map((x, j) => x.toFixed(ds[j]!)));
      const p = matrixPrint(rv, cv, [...rows, 'Sum'], [...cols, 'Sum'], printed);
      const b = lines.length;
      lines.push(...p.lines);
      const key = (i: number, j: number) =>
        i < rows.length && j < cols.length ? `c:${i}:${j}` : i < rows.length ? `r:${i}` : j < cols.length ? `k:${j}` : 'N';
      joined.push(`# ${named ? `${rv} × ${cv}` : 'R の表'}（全体%）`, ['', ...cols, 'Sum'].join('\t'));
      full.forEach((r, i) => {
        const texts = r.map((x, j) => pct(printed[i]![j]!, x));
        joined.push([i < rows.length ? rows[i] : 'Sum', ...texts].join('\t'));
        texts.forEach((t, j) => push(i < rows.length ? countLine[i]![0]! : b + p.first + i + 1, t, key(i, j), printed[i]![j]!));
      });
    }
    out.push({
      family: `r-addm-${one ? 'one' : 'two'}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined: joined.join('\n') + '\n',
    });
  }
  return out;
}
