/**
 * denom32 (issue #11): the zeros family of denom31 (denom31-families.ts `zeros`) measured on the checker under `ROOT`
 * (this tree unless said): tables that could not be protected (suppression not passed: cells left unprotected whatever
 * was hidden, exit 1), and refusals. `ROOT=/tmp/base-denom32 npx node test/pubcheck/denom32-measure.ts 100 1121`.
 */
import { over, overLeaks, zeros, type OverCase } from './denom31-families.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { missingRepeated } from './denom32-measure-lib.ts';

const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
const { check } = await import(`${root}/src/pubcheck/check.ts`);
const highs = await solver();
const bundle = fixtureBundle();
const n = Number(process.argv[2] ?? 100);
const seeds = (process.argv[3] ?? '1121').split(',').map(Number);
for (const seed of seeds) {
  let read = 0;
  let unprotected = 0;
  for (const c of zeros(n, seed)) {
    const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0 });
    if (!r.ok) continue;
    read++;
    if (r.tables.some((x: { suppression?: { passed: boolean } }) => x.suppression?.passed === false)) unprotected++;
  }
  console.log(`zeros seed ${seed}: runs ${n} read ${read} refused ${n - read} unprotected ${unprotected}`);
  // over: reports where the same patients with no value (N − N_row) are two lines of ours or more.
  let oread = 0;
  let repeated = 0;
  let leaked = 0;
  let ounprotected = 0;
  for (const c of over(n, seed)) {
    const r = check(highs, bundle, c.text, { details: true }, { mipSeconds: 0 });
    if (!r.ok) continue;
    oread++;
    if (r.tables.some((x: { suppression?: { passed: boolean } }) => x.suppression?.passed === false)) ounprotected++;
    if (overLeaks(r, c as OverCase) > 0) leaked++;
    if (missingRepeated(r)) repeated++;
  }
  console.log(`over seed ${seed}: runs ${n} read ${oread} repeated 値なし ${repeated} leaked ${leaked} unprotected ${ounprotected}`);
}
process.exit(0);
