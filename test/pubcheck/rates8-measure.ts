/**
 * Measures rates8's families against a tree (rates8-families.ts): `npx node test/pubcheck/rates8-measure.ts
 * '<form>;;<form>' <count> <seed> [src]` — `src` the src/ directory of another tree (an export of main's:
 * `git archive main src | tar -x -C /tmp/main`), this tree's by default. Prints refused, leaked and held per form.
 */
import { fixtureBundle, solver } from './helpers.ts';
import { attackRates7 } from './rates7-families.ts';
import { rates8Tables } from './rates8-families.ts';

const [forms, count, seed, src] = process.argv.slice(2);
const { check } = (await import(`${src ?? '../../src'}/pubcheck/check.ts`)) as typeof import('../../src/pubcheck/check.ts');
const highs = await solver();
const bundle = fixtureBundle();
const byForm: Record<string, { n: number; refused: number; leaked: number; held: number }> = {};
const all = { n: 0, refused: 0, leaked: 0, held: 0 };
for (const t of rates8Tables(forms!.split(';;'), Number(count ?? 100), Number(seed ?? 501))) {
  const r = check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  const o = attackRates7(t, r);
  for (const f of [(byForm[t.form] ??= { n: 0, refused: 0, leaked: 0, held: 0 }), all]) {
    f.n++;
    f.refused += o.refused ? 1 : 0;
    f.leaked += o.leaked;
    f.held += o.held;
  }
  if (process.env.V && (o.leaked > 0 || (o.refused && process.env.V === '2')))
    console.log(
      o.leaked ? 'LEAK' : 'REFUSED',
      t.form,
      JSON.stringify(t.text),
      r.ok ? '' : r.errors.map((e) => `${e.code} ${e.message.slice(0, 80)}`).join(' | '),
    );
}
for (const [k, v] of Object.entries(byForm).sort()) console.log(JSON.stringify(v), k);
console.log('all', JSON.stringify(all));
