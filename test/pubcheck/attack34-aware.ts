/**
 * attack34: an attacker who knows the checker's suppression (it is deterministic: 「負荷によらず同じ結果」) keeps only the
 * fills of the hidden cells, consistent with the margins, under which the checker would hide the same cells; prints each
 * small count's range by the margins and by that choice. `npx node test/pubcheck/attack34-aware.ts <tables> <seed> [threshold|not-exact]`.
 */
import { check } from '../../src/pubcheck/check.ts';
import { fixtureBundle, solver, lcg, int } from './helpers.ts';
const highs = await solver();
const bundle = fixtureBundle();
const [count, seed, protection] = [
  Number(process.argv[2] ?? 10),
  Number(process.argv[3] ?? 1041),
  (process.argv[4] ?? 'threshold') as 'threshold' | 'not-exact',
];
const next = lcg(seed);
const text = (x: number[][]) => {
  const C = x[0]!.length;
  const rs = x.map((r) => r.reduce((s, v) => s + v, 0));
  const cs = Array.from({ length: C }, (_, j) => x.reduce((s, r) => s + r[j]!, 0));
  return (
    [
      ['', ...Array.from({ length: C }, (_, j) => `G${j + 1}`), '合計'].join('\t'),
      ...x.map((r, i) => [`R${i + 1}`, ...r, rs[i]].join('\t')),
      ['合計', ...cs, rs.reduce((s, v) => s + v, 0)].join('\t'),
    ].join('\n') + '\n'
  );
};
const pattern = (x: number[][]) => {
  const r = check(highs, bundle, text(x), { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return 'refused';
  return r.tables[0]!.status.map((s) => (s === 'published' ? '.' : 'X')).join('');
};
let narrowed = 0,
  pinned = 0,
  under = 0,
  tables = 0;
for (let k = 0; k < count; k++) {
  const R = int(next, 2, 3),
    C = int(next, 2, 3);
  const x = Array.from({ length: R }, () => Array.from({ length: C }, () => int(next, 10, 40)));
  x[int(next, 0, R - 1)]![int(next, 0, C - 1)] = int(next, 1, 9);
  if (next() < 0.3) x[int(next, 0, R - 1)]![int(next, 0, C - 1)] = int(next, 1, 9);
  const p = pattern(x);
  if (p === 'refused') continue;
  tables++;
  const cols = C + 1;
  const hiddenIn = (i: number, j: number) => p[i * cols + j] !== '.';
  const cells: [number, number][] = [];
  for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) if (hiddenIn(i, j)) cells.push([i, j]);
  if (p.slice(R * cols).includes('X') || x.some((_, i) => hiddenIn(i, C))) {
    console.log('margin hidden', p);
    continue;
  }
  // Enumerate fills of the hidden inner cells keeping every row and column sum (margins published).
  const rs = x.map((r) => r.reduce((s, v) => s + v, 0));
  const cs = Array.from({ length: C }, (_, j) => x.reduce((s, r) => s + r[j]!, 0));
  const y = x.map((r) => [...r]);
  const fills: number[][][] = [];
  const go = (k: number) => {
    if (fills.length > 400) return;
    if (k === cells.length) {
      if (y.every((r, i) => r.reduce((s, v) => s + v, 0) === rs[i]) && cs.every((c, j) => y.reduce((s, r) => s + r[j]!, 0) === c))
        fills.push(y.map((r) => [...r]));
      return;
    }
    const [i, j] = cells[k]!;
    for (let v = 0; v <= Math.min(rs[i]!, cs[j]!); v++) {
      y[i]![j] = v;
      go(k + 1);
    }
  };
  go(0);
  const survivors = fills.filter((f) => pattern(f) === p);
  for (const [i, j] of cells) {
    if (x[i]![j]! >= 10) continue;
    const all = fills.map((f) => f[i]![j]!),
      kept = survivors.map((f) => f[i]![j]!);
    const [lo, hi, klo, khi] = [Math.min(...all), Math.max(...all), Math.min(...kept), Math.max(...kept)];
    if (klo > lo || khi < hi) narrowed++;
    if (klo === khi) pinned++;
    if (khi < 10 && hi >= 10) under++;
    console.log(
      JSON.stringify(x),
      `cell ${i},${j}=${x[i]![j]} published-range ${lo}-${hi} aware-range ${klo}-${khi} (fills ${fills.length}, kept ${survivors.length})`,
    );
  }
}
console.log(`tables ${tables}: primary cells narrowed ${narrowed}, pinned ${pinned}, shown under 10 only by the choice ${under}`);
