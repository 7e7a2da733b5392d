/**
 * redb60 (seeds 4380–4429): R's prop.table() printed right under a print of counts that is NOT the one its call names
 * (「> round(100 * prop.table(t1, 1), 1)」 under 「> t2」): t1 printed earlier with its margins (addmargins: every
 * line's total published), t2 a table of other patients whose counts are a multiple of t1's, so t1's shares fit t2's by
 * rounding. Read as t2's shares, t1's small counts were given back (share × its published total). `other` the class
 * (t2 printed by name, by print(), or by an unnamed table() call while t1 is printed by name); `own` the innocent look:
 * the same prints, the shares of t2 (the counts right above them). Every printed count and share carries its meaning
 * (formats33-attack.ts): t1's cells c:i:j, its margins r:i / k:j / N, t2's cells d:i:j.
 * `[ROOT=<tree>] npx node test/pubcheck/redb60-measure.ts 100 4380 4381` prints read / refused / leaked / hidden per kind.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Meaning, Token } from './formats33-families.ts';
import { cross, type Joined } from './formats35-families.ts';
import { matrixPrint } from './formats50-families.ts';

const ROWS = [
  ['A', 'B'],
  ['female', 'male'],
  ['Stage I', 'Stage II', 'Stage III'],
  ['young', 'middle', 'old'],
];
const COLS = [
  ['Alive', 'Died'],
  ['yes', 'no', 'unknown'],
  ['Treated', 'Untreated'],
];

export type Kind = 'other' | 'own';

export function rOtherShares(n: number, seed: number, kinds: readonly Kind[] = ['other', 'own']): Joined[] {
  const next = lcg(seed ^ 0x4380);
  const out: Joined[] = [];
  for (let q = 0; q < n; q++) {
    const kind = pick(next, kinds);
    const rows = pick(next, ROWS);
    const cols = pick(next, COLS);
    const I = rows.length;
    const J = cols.length;
    const c = rows.map(() => cols.map(() => int(next, 10, 99)));
    for (let t = int(next, 1, 2); t > 0; t--) c[int(next, 0, I - 1)]![int(next, 0, J - 1)] = int(next, 3, 9);
    const min = Math.min(...c.flat());
    const k = Math.max(2, Math.ceil(10 / min)) + int(next, 0, 1);
    const d = c.map((r) => r.map((x) => k * x));
    const { truth, sums } = cross(c);
    d.forEach((r, i) => r.forEach((x, j) => truth.set(`d:${i}:${j}`, x)));
    const margin = pick(next, [1, 2, 0] as const);
    const style = pick(next, ['round', 'round3', 'times'] as const);
    const second = pick(next, ['name', 'print', 'unnamed'] as const);
    const lines: string[] = [];
    const tokens: Token[] = [];
    const put = (vals: string[][], meaning: (i: number, j: number) => Meaning[], rs: string[], cs: string[]) => {
      const p = matrixPrint('', '', rs, cs, vals);
      const b = lines.length;
      lines.push(...p.lines);
      vals.forEach((r, i) => r.forEach((x, j) => tokens.push({ line: b + p.first + i + 1, text: x, meanings: meaning(i, j) })));
    };
    // t1 with its margins.
    lines.push('> t1 <- table(df1$group, df1$outcome)', '> addmargins(t1)');
    const v1 = [
      ...c.map((r, i) => [...r.map(String), String(truth.get(`r:${i}`))]),
      [...cols.map((_, j) => String(truth.get(`k:${j}`))), String(truth.get('N'))],
    ];
    const m1 = (i: number, j: number): string => (i === I ? (j === J ? 'N' : `k:${j}`) : j === J ? `r:${i}` : `c:${i}:${j}`);
    put(v1, (i, j) => [{ kind: 'count', v: m1(i, j) }], [...rows, 'Sum'], [...cols, 'Sum']);
    // t2, another population, right above the shares.
    if (second === 'unnamed') lines.push('> table(df2$group, df2$outcome)');
    else lines.push('> t2 <- table(df2$group, df2$outcome)', second === 'name' ? '> t2' : '> print(t2)');
    put(
      d.map((r) => r.map(String)),
      (i, j) => [{ kind: 'count', v: `d:${i}:${j}` }],
      rows,
      cols,
    );
    const of = kind === 'other' ? 't1' : second === 'unnamed' ? '' : 't2';
    const src = kind === 'other' ? c : d;
    const tot = (i: number, j: number) => {
      const f = (m: number[][]) =>
        margin === 1
          ? m[i]!.reduce((a, b) => a + b, 0)
          : margin === 2
            ? m.reduce((a, r) => a + r[j]!, 0)
            : m.flat().reduce((a, b) => a + b, 0);
      return f(src);
    };
    const inner =
      of === ''
        ? `prop.table(table(df2$group, df2$outcome)${margin ? `, ${margin}` : ''})`
        : `prop.table(${of}${margin ? `, ${margin}` : ''})`;
    const [call, scale, dec] =
      style === 'round'
        ? [`round(100 * ${inner}, 1)`, 100, 1]
        : style === 'round3'
          ? [`round(${inner}, 3)`, 1, 3]
          : [`100 * ${inner}`, 100, 2];
    lines.push(`> ${call}`);
    const den = (i: number, j: number) => (margin === 1 ? `r:${i}` : margin === 2 ? `k:${j}` : 'N');
    put(
      src.map((r, i) => r.map((x, j) => ((scale * x) / tot(i, j)).toFixed(dec))),
      (i, j) => (kind === 'other' ? [{ kind: 'pct', num: `c:${i}:${j}`, den: den(i, j), dec, scale }] : []),
      rows,
      cols,
    );
    out.push({ family: `${kind}-${second}-${style}-${margin}`, text: lines.join('\n') + '\n', truth, sums, tokens, joined: '' });
  }
  return out;
}
