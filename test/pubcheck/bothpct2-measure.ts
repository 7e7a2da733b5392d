/**
 * both2: inputs of 2–3 percentage tables each with an N on both axes whose every percentage is a whole count of both
 * its row's N and its column's N (either reading fits), printed as row or column percentages (integer), checked and
 * then attacked by the oracle under EVERY combination of the tables' readings (oracle.ts `percentOf` per table):
 * refused (input error), finding (no suppression passes / a header finding), leaked (under some combination a hidden
 * count pinned, or a count of 1–9 published or hidden with less than 10 possible), held; the cells the inputs that
 * held hide in all (`hiddenCells`). LINKED=1: the tables share
 * their column headers (the same groups and Ns, 「A群 (N=45)」), the later ones column percentages of them.
 * `node test/pubcheck/bothpct2-measure.ts` (SRC=<dir with src/pubcheck> to run another version's engine, TABLES).
 */
import loadHighs from 'highs';
import { fixtureBundle } from './helpers.ts';
import { combinedPercentLeaks } from './protection.ts';
import { input, mulberry } from './bothpct2-inputs.ts';

const SRC = process.env.SRC ?? new URL('../..', import.meta.url).pathname;
const { check } = (await import(`${SRC}/src/pubcheck/check.ts`)) as typeof import('../../src/pubcheck/check.ts');
const TABLES = Number(process.env.TABLES ?? 60);
const LINKED = process.env.LINKED === '1';
const highs = await loadHighs();
const bundle = fixtureBundle();

type Outcome = 'refused' | 'finding' | 'leaked' | 'held';
/** Cells hidden in all over the inputs that held (both3: the joint search against the union of rounds, SRC=before). */
let hiddenCells = 0;
/** Per input, the combinations of readings under which no counts fit the oracle's equations (interval checks only). */
const tallyInfeasible: number[] = [];
function judge(text: string, k: number): { outcome: Outcome; code?: string; why?: string } {
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  if (!r.ok) return { outcome: 'refused', code: r.errors.map((e) => e.code).join(',') };
  if (r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) return { outcome: 'finding' };
  const infeasible: string[] = [];
  const leaks = combinedPercentLeaks(highs, r, text, [...Array(k).keys()], infeasible);
  if (infeasible.length > 0) tallyInfeasible.push(infeasible.length);
  if (leaks.length > 0) return { outcome: 'leaked', why: leaks.slice(0, 3).join('; ') };
  const hidden = r.tables.reduce((a, t) => a + t.status.filter((s) => s !== 'published').length, 0);
  hiddenCells += hidden;
  const said = r.warnings.filter((w) => w.code === 'percent/both-readings').length === k;
  return { outcome: 'held', code: `${said ? 'both-readings said' : 'NOT said'}, ${hidden > 0 ? 'some hidden' : 'none hidden'}` };
}

{
  const tally: Record<string, number> = {};
  const codes: Record<string, number> = {};
  const examples: string[] = [];
  for (const k of [2, 3]) {
    const random = mulberry(7100 + k + (LINKED ? 50 : 0));
    for (let n = 0; n < TABLES / 2; n++) {
      const text = input(random, k, LINKED);
      const { outcome, code, why } = judge(text, k);
      tally[`${k}:${outcome}`] = (tally[`${k}:${outcome}`] ?? 0) + 1;
      if (code) codes[code] = (codes[code] ?? 0) + 1;
      if (outcome === 'leaked' && examples.length < 3) examples.push(`${why}\n${text}`);
    }
  }
  console.log(
    JSON.stringify(
      {
        tally,
        codes,
        hiddenCells,
        infeasible: { inputs: tallyInfeasible.length, combinations: tallyInfeasible.reduce((a, b) => a + b, 0) },
      },
      null,
      1,
    ),
  );
  for (const e of examples) console.log(e);
}
