/**
 * bothpct: how many more cells the union hidden under both readings hides than the fewest any choice needs that the
 * oracle finds protected under BOTH readings at once (protection.ts `percentLeaks` under each: nothing pinned, no
 * count of 1–9 published or hidden with less than 10 possible). The fewest is found by trying every set of cells of
 * the table (2 × 3 tables: 64 sets), so it is exact for the oracle's attack. Tables: bothpct2-inputs.ts `table` (one
 * table of column percentages whose rows add up to 100% by chance, or transposed). `node test/pubcheck/bothpct-excess.ts [tables]`.
 */
import { fixtureBundle, solver } from './helpers.ts';
import { percentLeaks } from './protection.ts';
import { mulberry, table } from './bothpct2-inputs.ts';
import { check } from '../../src/pubcheck/check.ts';
import type { CellStatus } from '../../src/pubcheck/types.ts';

const TABLES = Number(process.argv[2] ?? 40);
const highs = await solver();
const bundle = fixtureBundle();
const random = mulberry(4242);
let tried = 0;
const excess: number[] = [];
const single: number[] = [];
let findings = 0;
while (tried < TABLES) {
  const text = table(random, 0, random() < 0.5 ? 'row' : 'col');
  if (!text) continue;
  tried++;
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold' });
  if (!r.ok) continue;
  const t = r.tables[0]!;
  if (t.suppression?.passed === false || t.primary.headers.length > 0) {
    findings++;
    continue;
  }
  const cells = t.status.length;
  const safe = (hidden: number, readings: readonly ('rows' | 'cols')[] = ['rows', 'cols']) => {
    const status = t.status.map((_, id): CellStatus => ((hidden >> id) & 1 ? 'secondary' : 'published'));
    const s = { ...r, tables: [{ ...t, status }] };
    const n = (reading: 'rows' | 'cols') => (i: number, c: number) =>
      (reading === 'rows' ? t.table.rows[i]! : t.table.cols[c]!).denominator!;
    return readings.every((reading) => percentLeaks(highs, s, text, reading, n(reading)).length === 0);
  };
  const least = (readings?: readonly ('rows' | 'cols')[]) => {
    let fewest = cells;
    for (let h = 0; h < 2 ** cells; h++) {
      const k = h.toString(2).split('1').length - 1;
      if (k < fewest && safe(h, readings)) fewest = k;
    }
    return fewest;
  };
  const got = t.status.filter((s) => s !== 'published').length;
  excess.push(got - least());
  // The same table with its reading said (「行%」「列%」 in the corner): the checker's own excess under one reading,
  // against which the union's is measured.
  for (const reading of ['rows', 'cols'] as const) {
    const one = check(highs, bundle, (reading === 'rows' ? '行%' : '列%') + text, { details: true }, { protection: 'threshold' });
    if (!one.ok || one.tables[0]!.suppression?.passed === false || one.tables[0]!.primary.headers.length > 0) continue;
    single.push(one.tables[0]!.status.filter((s) => s !== 'published').length - least([reading]));
  }
}
const hist = (xs: number[]) => {
  const h: Record<number, number> = {};
  for (const e of xs) h[e] = (h[e] ?? 0) + 1;
  return h;
};
console.log(
  JSON.stringify({ tables: TABLES, findings, measured: excess.length, excessCells: hist(excess), oneReadingExcess: hist(single) }),
);
