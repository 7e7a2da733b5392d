/**
 * attack35: how often ordinary count tables change under `lifeTables` (no word for at risk: a line falling by one or
 * two other lines at every step, four positions or more). Prints, for `count` random tables (4–6 rows × 3–5
 * columns, counts 0–60) from `seed`, how many were refused and each table's hidden cells, one line per table, to
 * compare two trees: `npx node test/pubcheck/attack35-chance.ts 1000 1161 > out`.
 */
import { check } from '../../src/pubcheck/check.ts';
import { fixtureBundle, int, lcg, solver } from './helpers.ts';

const highs = await solver();
const bundle = fixtureBundle();
const count = Number(process.argv[2] ?? 100);
const next = lcg(Number(process.argv[3] ?? 1161));
for (let n = 0; n < count; n++) {
  const rows = int(next, 4, 6);
  const cols = int(next, 3, 5);
  const text = [
    ['', ...Array.from({ length: cols }, (_, j) => `項目${j + 1}`)].join('\t'),
    ...Array.from({ length: rows }, (_, i) => [`区分${i + 1}`, ...Array.from({ length: cols }, () => int(next, 0, 60))].join('\t')),
  ].join('\n');
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  console.log(r.ok ? r.tables.map((t) => t.status.map((s) => (s === 'published' ? '.' : s[0])).join('')).join('|') : 'refused');
}
