/**
 * Measures rates10's families against a tree (rates10-families.ts): `npx node test/pubcheck/rates10-measure.ts <count>
 * <seed> [src]` — `src` the src/ directory of another tree (an export of main's: `git archive main src schemas | tar -x
 * -C /tmp/main`), this tree's by default. Prints refused, leaked and held per form, and the category tables' refusals.
 */
import { checkerIn } from './helpers.ts';
import {
  attackLone,
  attackShareCi,
  categoryTables,
  loneTables,
  rangeCategoryTables,
  shareCiTables,
  withOtherShare,
} from './rates10-families.ts';

const [count, seed, src] = process.argv.slice(2);
const { check, highs, bundle } = await checkerIn(src && `${src}/pubcheck`);
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const byForm: Record<string, { n: number; refused: number; leaked: number; held: number }> = {};
const all = { n: 0, refused: 0, leaked: 0, held: 0 };
for (const t of loneTables(Number(count ?? 200), Number(seed ?? 741))) {
  const r = run(t.text);
  const o = attackLone(t, r);
  for (const f of [(byForm[t.form] ??= { n: 0, refused: 0, leaked: 0, held: 0 }), all]) {
    f.n++;
    f.refused += o.refused ? 1 : 0;
    f.leaked += o.leaked;
    f.held += o.held;
  }
  if (process.env.V && (o.leaked > 0 || (o.refused && process.env.V === '2')))
    console.log(o.leaked ? 'LEAK' : 'REFUSED', t.form, JSON.stringify(t.text), r.ok ? '' : r.errors.map((e) => e.code).join(' '));
}
for (const [k, v] of Object.entries(byForm).sort()) console.log(JSON.stringify(v), k);
console.log('lone', JSON.stringify(all));
let refused = 0;
const cats = categoryTables(Number(count ?? 200), Number(seed ?? 741) + 1);
for (const t of cats) if (!run(t.text).ok) refused++;
console.log('categories', JSON.stringify({ n: cats.length, refused }));
const share = { n: 0, refused: 0, precise: 0, leaked: 0 };
for (const t of shareCiTables(Number(count ?? 200), Number(seed ?? 741) + 2)) {
  const o = attackShareCi(t, run(t.text));
  share.n++;
  share.refused += o.refused ? 1 : 0;
  share.precise += o.precise ? 1 : 0;
  share.leaked += o.leaked;
  if (process.env.V === '3' && !o.precise) console.log(t.form, JSON.stringify(t.text));
}
console.log('share intervals', JSON.stringify(share));
const pair = { n: 0, refused: 0, leaked: 0, held: 0 };
for (const t of loneTables(Number(count ?? 200), Number(seed ?? 741) + 3, undefined, true)) {
  const o = attackLone(t, run(t.text));
  pair.n++;
  pair.refused += o.refused ? 1 : 0;
  pair.leaked += o.leaked;
  pair.held += o.held;
  if (process.env.V === '4' && o.leaked > 0) console.log(JSON.stringify(t.text));
}
console.log('limits apart', JSON.stringify(pair));
let ranges = 0;
const rangeTables = rangeCategoryTables(Number(count ?? 200), Number(seed ?? 741) + 4);
for (const t of rangeTables) if (!run(t.text).ok) ranges++;
console.log('range categories', JSON.stringify({ n: rangeTables.length, refused: ranges }));
const other = { n: 0, refused: 0, leaked: 0, held: 0 };
for (const t of withOtherShare(loneTables(Number(count ?? 200), Number(seed ?? 741) + 5), Number(seed ?? 741) + 5)) {
  const o = attackLone(t, run(t.text));
  other.n++;
  other.refused += o.refused ? 1 : 0;
  other.leaked += o.leaked;
  other.held += o.held;
}
console.log('beside another share', JSON.stringify(other));
