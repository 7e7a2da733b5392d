/**
 * formats59 (seeds 4170–4219): R's print() of a two-way `table()` whose column labels a split at spaces cannot place —
 * labels holding a space (「Not treated」「Stage 1」「Lost to follow-up」), and factor levels that are numbers (0/1,
 * 1/2/3) printed without margins, whose header line is all numbers. Printed as R prints them (formats50's
 * `matrixPrint`: the row labels' column left-justified, each column right-justified to its widest cell, one space
 * between), with or without the dimnames' names, the command lines, `addmargins()` (spaced labels only: with margins a
 * numeric header has its 「Sum」), and `prop.table(tab, m)` under the counts (spaced labels). Every printed count and
 * share carries its meaning (formats33-attack.ts).
 */
import { int, lcg, pick } from './helpers.ts';
import { cross, type Joined } from './formats35-families.ts';
import { countsTable, dec, denOf, printCounts, printInto, rDecimals, shareTable, tableCall } from './formats50-families.ts';
import { rDigits } from './formats55-families.ts';

const ROWS = [
  ['female', 'male'],
  ['Stage I', 'Stage II', 'Stage III'],
  ['0', '1'],
  ['A', 'B', 'C'],
  ['Day 7', 'Day 14', 'Day 28'],
  ['young', 'middle', 'old'],
];
const SPACED = [
  ['Treated', 'Not treated'],
  ['No event', 'Event'],
  ['Alive', 'Died', 'Lost to follow-up'],
  ['Stage 1', 'Stage 2', 'Stage 3'],
  ['Mild', 'Moderate', 'Severe AE'],
  ['Complete response', 'Partial response', 'No response'],
];
const NUMERIC = [
  ['0', '1'],
  ['1', '2', '3'],
  ['0', '1', '2'],
  ['1', '2', '3', '4'],
];

export type Kind = 'spaced' | 'numeric' | 'spaced-prop';

/** The family: `kinds` the shapes drawn from, each case one print (with its counts for `spaced-prop`). */
export function rLabels(n: number, seed: number, kinds: readonly Kind[] = ['spaced', 'numeric', 'spaced-prop']): Joined[] {
  const next = lcg(seed ^ 0x5959);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const kind = pick(next, kinds);
    const rows = pick(next, ROWS);
    const cols = pick(next, kind === 'numeric' ? NUMERIC : SPACED);
    const I = rows.length;
    const J = cols.length;
    const c = rows.map(() => cols.map(() => int(next, 10, 99)));
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, I - 1)]![int(next, 0, J - 1)] = int(next, 1, 9);
    const { truth, sums } = cross(c);
    const named = next() < 0.5;
    const withCall = next() < 0.6;
    const margins = kind === 'spaced' && next() < 0.4;
    const margin = pick(next, [1, 2, 0] as const);
    const family = `r-${kind}${kind === 'spaced-prop' ? `-${margin}` : ''}${margins ? '-addmargins' : ''}${named ? '-named' : ''}${withCall ? '' : '-nocall'}`;
    if (kind !== 'spaced-prop') {
      const t = countsTable(rows, cols, c, truth, { named, margins, withCall, row: 'group' });
      out.push({ family, text: t.text, truth, sums, tokens: t.tokens, joined: t.joined });
      continue;
    }
    // The counts' print (formats50's `countsTable` without margins), then prop.table()'s under it.
    const [rv, cv] = named ? ['group', 'outcome'] : ['', ''];
    const lines = withCall ? [tableCall(named), '> tab'] : [];
    const lineOf = printCounts(lines, rv, cv, rows, cols, c);
    const den = denOf(margin);
    const ps = c.map((r, i) => r.map((x, j) => x / truth.get(den(i, j))!));
    const ds = cols.map((_, j) => rDecimals(ps.map((r) => r[j]!)));
    const printed = ps.map((r) => r.map((x, j) => x.toFixed(ds[j]!)));
    if (withCall) lines.push(margin === 0 ? '> prop.table(tab)' : `> prop.table(tab, ${margin})`);
    printInto(lines, rv, cv, rows, cols, printed);
    const N = truth.get('N')!;
    const { joined, tokens } = shareTable({ rv, cv, rows, cols, c, truth, den, printed, dec: (p) => dec(p, N), lineOf });
    out.push({ family, text: lines.join('\n') + '\n', truth, sums, tokens, joined });
  }
  return out;
}

/**
 * `rDigitsBetween` (seeds 4180–): formats55's `rDigits` cases that state `options(digits = n)`, its line moved from
 * over the counts to between the two prints (just over `> prop.table(…)`, or over the shares' print where no call is
 * pasted), as a console session runs: no blank line around it.
 */
export function rDigitsBetween(n: number, seed: number): Joined[] {
  return rDigits(4 * n, seed)
    .filter((c) => c.family.includes('-options'))
    .slice(0, n)
    .map((c) => {
      const lines = c.text.trimEnd().split('\n');
      const opt = lines.shift()!;
      const call = lines.findIndex((l) => l.startsWith('> prop.table('));
      // Without calls the shares' print starts where the second print's names line does (each print 2 + rows lines).
      const at = call >= 0 ? call : (lines.length / 2) | 0;
      lines.splice(at, 0, opt);
      return {
        ...c,
        family: c.family.replace('-options', '-between'),
        text: lines.join('\n') + '\n',
        tokens: c.tokens.map((t) => ({ ...t, line: t.line - 1 })),
      };
    });
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] !== 'percent') {
  const { measureFormats } = await import('./formats-measure.ts');
  await measureFormats({
    labels: { cases: (n, s) => rLabels(n, s), n: 100, from: 4170, to: 4170 },
    between: { cases: rDigitsBetween, n: 100, from: 4180, to: 4180 },
  });
}

/** A percentage R printed as the share it is (the decimal point moved two places), as listing.ts reads it. */
const hundredth = (s: string) => {
  const [i, f = ''] = s.split('.');
  const p = i!.padStart(3, '0');
  return `${p[0]}.${p.slice(1)}${f}`;
};

/**
 * `rPercent` (seeds 4190–): R's two-way table() counts and under them the shares × 100 — `round(100 * prop.table(tab,
 * m), k)` (k 0–2, each column printed to the most decimals its rounded values need, R's trailing zeros dropped),
 * `prop.table(tab, m) * 100` or `100 * prop.table(tab, m)` (R's 7 significant digits) — with or without the dimnames'
 * names. Every count carries its meaning and its cell's percentage to the digits the call gives (formats33-attack.ts).
 */
export function rPercent(n: number, seed: number): Joined[] {
  const next = lcg(seed ^ 0x5910);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const rows = pick(next, ROWS);
    const cols = pick(next, [...SPACED, ['alive', 'died'], ['yes', 'no', 'unknown']]);
    const I = rows.length;
    const J = cols.length;
    const c = rows.map(() => cols.map(() => int(next, 10, 99)));
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, I - 1)]![int(next, 0, J - 1)] = int(next, 1, 9);
    const { truth, sums } = cross(c);
    const N = truth.get('N')!;
    const named = next() < 0.5;
    const margin = pick(next, [1, 2, 0] as const);
    const style = pick(next, ['round', 'times', 'lead'] as const);
    const k = int(next, 0, 2);
    const [rv, cv] = named ? ['group', 'outcome'] : ['', ''];
    const lines = [tableCall(named), '> tab'];
    const lineOf = printCounts(lines, rv, cv, rows, cols, c);
    const den = denOf(margin);
    const ps = c.map((r, i) => r.map((x, j) => x / truth.get(den(i, j))!));
    const inner = margin === 0 ? 'prop.table(tab)' : `prop.table(tab, ${margin})`;
    let printed: string[][];
    if (style === 'round') {
      lines.push(`> round(100 * ${inner}, ${k})`);
      const r = ps.map((row) => row.map((x) => Number((100 * x).toFixed(k))));
      const need = (v: number) => (v.toFixed(k).includes('.') ? v.toFixed(k).replace(/0+$/, '').split('.')[1]!.length : 0);
      const ds = cols.map((_, j) => Math.max(...r.map((row) => need(row[j]!))));
      printed = r.map((row) => row.map((v, j) => v.toFixed(ds[j]!)));
    } else {
      lines.push(style === 'times' ? `> ${inner} * 100` : `> 100 * ${inner}`);
      const ds = cols.map((_, j) => Math.max(0, rDecimals(ps.map((row) => row[j]!)) - 2));
      printed = ps.map((row) => row.map((x, j) => (100 * x).toFixed(ds[j]!)));
    }
    printInto(lines, rv, cv, rows, cols, printed);
    // Each share to the digits the call gives: round()'s k + 2 decimals of the share, else the printed one's.
    const shares = printed.map((row) => row.map((p) => (style === 'round' ? `0.${'0'.repeat(k + 2)}` : hundredth(p))));
    const { joined, tokens } = shareTable({ rv, cv, rows, cols, c, truth, den, printed: shares, dec: (p) => dec(p, N), lineOf });
    out.push({
      family: `r-percent-${style}-${margin}${named ? '-named' : ''}`,
      text: lines.join('\n') + '\n',
      truth,
      sums,
      tokens,
      joined,
    });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'percent') {
  const { measureFormats } = await import('./formats-measure.ts');
  process.argv.splice(2, 1);
  await measureFormats({ percent: { cases: rPercent, n: 100, from: 4190, to: 4190 } });
}
