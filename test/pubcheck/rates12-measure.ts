/**
 * Measures rates12's family against a tree (rates12-families.ts): `ROOT=<tree> npx node test/pubcheck/rates12-measure.ts
 * <count> <seed>[,<seed>…]` — `ROOT` another worktree (main's), this tree by default. Prints refused, leaked, shown and
 * intervals beside a hidden count per form; then rates11's `sdTables` (seed + 10) refused and leaked per form.
 */
import { checkerOfRoot } from './helpers.ts';
import { sdTables } from './rates11-families.ts';
import { attackCountCi, attackSd, countCiFamily } from './rates12-families.ts';

const [count, seeds] = process.argv.slice(2);
const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const byForm: Record<string, { n: number; refused: number; leaked: number; shown: number; beside: number }> = {};
const all = { n: 0, refused: 0, leaked: 0, shown: 0, beside: 0 };
for (const seed of (seeds ?? '1301').split(',').map(Number))
  for (const t of countCiFamily(Number(count ?? 100), seed)) {
    const r = run(t.text);
    const o = attackCountCi(t, r, bundle);
    for (const f of [(byForm[t.form] ??= { n: 0, refused: 0, leaked: 0, shown: 0, beside: 0 }), all]) {
      f.n++;
      f.refused += o.refused ? 1 : 0;
      f.leaked += o.leaked;
      f.shown += o.shown;
      f.beside += o.beside;
    }
    if (process.env.V && (o.leaked > 0 || o.beside > 0 || (o.refused && process.env.V === '2')))
      console.log(
        o.leaked ? 'LEAK' : o.beside ? 'BESIDE' : 'REFUSED',
        t.form,
        JSON.stringify(t.text),
        r.ok ? '' : r.errors.map((e) => e.code).join(' '),
      );
  }
for (const [k, v] of Object.entries(byForm).sort()) console.log(JSON.stringify(v), k);
console.log('all', JSON.stringify(all));
const sd: Record<string, { n: number; refused: number; leaked: number }> = {};
for (const seed of (seeds ?? '1301').split(',').map(Number))
  for (const t of sdTables(Number(count ?? 100), seed + 10)) {
    const o = attackSd(t, run(t.text), bundle);
    const f = (sd[t.form] ??= { n: 0, refused: 0, leaked: 0 });
    f.n++;
    f.refused += o.refused ? 1 : 0;
    f.leaked += o.leaked;
  }
for (const [k, v] of Object.entries(sd).sort()) console.log('sd', JSON.stringify(v), k);
