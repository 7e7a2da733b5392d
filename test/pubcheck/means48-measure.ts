/**
 * means48 cost: hidden counts and hidden mean cells over a family (`node test/pubcheck/means48-measure.ts
 * many|two|sd|n|chance [seed] [count]`, ROOT=<tree> for another tree's checker), refused counted apart.
 * `chance`: red46's chanceCases (平均年齢 beside 延べ入院日数) with 6–8 lines: means48-families `manyCases`'s
 * generator is the family itself (its 平均年齢 is of another quantity: every fit by chance).
 */
import { checkerOfRoot } from './helpers.ts';
import { freeCases, manyCases, nCases, sdCases, twoCases } from './means48-families.ts';

const which = process.argv[2] ?? 'many';
const seed = Number(process.argv[3] ?? { n: 2621, sd: 2622, two: 2623, many: 2624, free: 2625 }[which] ?? 2624);
const count = Number(process.argv[4] ?? 100);
const cases = { n: nCases, sd: sdCases, two: twoCases, many: manyCases, free: freeCases }[which]!(count, seed);
const { check, highs, bundle } = await checkerOfRoot();
const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
const { toReport } = (await import(`${root}/src/pubcheck/report.ts`)) as {
  toReport: (r: unknown, b: unknown, d: Date) => { tables: { rates: { cells: { hidden: boolean }[] }[] }[] };
};
let [refused, counts, means] = [0, 0, 0];
const started = Date.now();
for (const c of cases) {
  const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) {
    refused++;
    continue;
  }
  counts += r.tables.reduce((a: number, t: { status: string[] }) => a + t.status.filter((x) => x !== 'published').length, 0);
  means += toReport(r, bundle, new Date('2026-12-05T00:00:00Z')).tables.reduce(
    (a, t) => a + t.rates.reduce((b, x) => b + x.cells.filter((y) => y.hidden).length, 0),
    0,
  );
}
console.log(
  which,
  seed,
  'runs',
  cases.length,
  'refused',
  refused,
  'hidden counts',
  counts,
  'hidden mean cells',
  means,
  'ms',
  Date.now() - started,
);
