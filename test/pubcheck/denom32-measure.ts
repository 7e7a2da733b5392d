/**
 * denom32 (issue #11): the zeros family of denom31 (denom31-families.ts `zeros`) measured on the checker under `ROOT`
 * (this tree unless said): tables that could not be protected (suppression not passed: cells left unprotected whatever
 * was hidden, exit 1), and refusals. `ROOT=/tmp/base-denom32 npx node test/pubcheck/denom32-measure.ts 100 1121`.
 */
import { zeros } from './denom31-families.ts';
import { fixtureBundle, solver } from './helpers.ts';

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
}
process.exit(0);
