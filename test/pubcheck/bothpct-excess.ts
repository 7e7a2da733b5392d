/**
 * bothpct: how many more cells the union hidden under both readings hides than the fewest any choice needs that the
 * oracle finds protected under BOTH readings at once (protection.ts `percentLeaks` under each: nothing pinned, no
 * count of 1–9 published or hidden with less than 10 possible). The fewest is found by trying every set of cells of
 * the table (2 × 3 tables: 64 sets), so it is exact for the oracle's attack. Tables: bothpct2-inputs.ts `table` (one
 * table of column percentages whose rows add up to 100% by chance, or transposed). `node test/pubcheck/bothpct-excess.ts [tables]`.
 *
 * both3: `node test/pubcheck/bothpct-excess.ts [inputs] [k] [linked]` with k = 2 or 3: inputs of k such tables
 * (bothpct2-inputs.ts `input`, LINKED with `linked` = 1), attacked under every combination of their readings
 * (protection.ts `combinedPercentLeaks`); every set of cells is too many there, so the sets tried are those holding
 * every cell the checker hides as primary (small under some reading), from the fewest up: the fewest among them.
 */
import { fixtureBundle, solver } from './helpers.ts';
import { combinedPercentLeaks, percentLeaks } from './protection.ts';
import { input, mulberry, table } from './bothpct2-inputs.ts';
import { check } from '../../src/pubcheck/check.ts';
import type { CellStatus } from '../../src/pubcheck/types.ts';

const TABLES = Number(process.argv[2] ?? 40);
const K = Number(process.argv[3] ?? 1);
const LINKED = process.argv[4] === '1';
const highs = await solver();
const bundle = fixtureBundle();
const random = mulberry(K === 1 ? 4242 : 4242 + K + (LINKED ? 50 : 0));
let tried = 0;
const excess: number[] = [];
const single: number[] = [];
let findings = 0;
const hiddenOf = (statuses: readonly CellStatus[][]) => statuses.reduce((a, s) => a + s.filter((x) => x !== 'published').length, 0);

/**
 * Sets of `n` cells (bit masks) holding `must` (`from` cells), by how many they hold, up to `below` − 1: the size of the
 * first that is `safe`, else `below`.
 */
function fewest(n: number, must: number, from: number, below: number, safe: (hidden: number) => boolean): number {
  const free = [...Array(n).keys()].filter((i) => !((must >> i) & 1));
  for (let size = from; size < below; size++) {
    let found = false;
    const visit = (at: number, left: number, mask: number): void => {
      if (found) return;
      if (left === 0) {
        found = safe(mask);
        return;
      }
      for (let i = at; i <= free.length - left; i++) visit(i + 1, left - 1, mask | (1 << free[i]!));
    };
    visit(0, size - from, must);
    if (found) return size;
  }
  return below;
}

while (tried < TABLES) {
  const text = K === 1 ? table(random, 0, random() < 0.5 ? 'row' : 'col') : input(random, K, LINKED);
  if (!text) continue;
  tried++;
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold' });
  if (!r.ok) continue;
  if (r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) {
    findings++;
    continue;
  }
  // Cells of every table in one bit mask, table after table.
  const offsets = r.tables.map((_, t) => r.tables.slice(0, t).reduce((a, x) => a + x.status.length, 0));
  const cells = offsets.at(-1)! + r.tables.at(-1)!.status.length;
  const withHidden = (hidden: number) => ({
    ...r,
    tables: r.tables.map((t, ti) => ({
      ...t,
      status: t.status.map((_, id): CellStatus => ((hidden >> (offsets[ti]! + id)) & 1 ? 'secondary' : 'published')),
    })),
  });
  const got = hiddenOf(r.tables.map((t) => t.status));
  if (K === 1) {
    const t = r.tables[0]!;
    const safe = (hidden: number, readings: readonly ('rows' | 'cols')[] = ['rows', 'cols']) => {
      const n = (reading: 'rows' | 'cols') => (i: number, c: number) =>
        (reading === 'rows' ? t.table.rows[i]! : t.table.cols[c]!).denominator!;
      return readings.every((reading) => percentLeaks(highs, withHidden(hidden), text, reading, n(reading)).length === 0);
    };
    const least = (readings?: readonly ('rows' | 'cols')[]) => fewest(cells, 0, 0, cells, (h) => safe(h, readings));
    excess.push(got - least());
    // The same table with its reading said (「行%」「列%」 in the corner): the checker's own excess under one reading,
    // against which the union's is measured.
    for (const reading of ['rows', 'cols'] as const) {
      const one = check(highs, bundle, (reading === 'rows' ? '行%' : '列%') + text, { details: true }, { protection: 'threshold' });
      if (!one.ok || one.tables[0]!.suppression?.passed === false || one.tables[0]!.primary.headers.length > 0) continue;
      single.push(hiddenOf([one.tables[0]!.status]) - least([reading]));
    }
    continue;
  }
  let must = 0;
  r.tables.forEach((t, ti) => t.status.forEach((s, id) => s === 'primary' && (must |= 1 << (offsets[ti]! + id))));
  const from = hiddenOf(r.tables.map((t) => t.status.filter((s) => s === 'primary')));
  const safe = (hidden: number) => combinedPercentLeaks(highs, withHidden(hidden), text, [...Array(K).keys()], []).length === 0;
  excess.push(got - fewest(cells, must, from, got, safe));
}
const hist = (xs: number[]) => {
  const h: Record<number, number> = {};
  for (const e of xs) h[e] = (h[e] ?? 0) + 1;
  return h;
};
console.log(
  JSON.stringify({
    inputs: TABLES,
    tablesEach: K,
    linked: LINKED,
    findings,
    measured: excess.length,
    excessCells: hist(excess),
    ...(K === 1 && { oneReadingExcess: hist(single) }),
  }),
);
