/**
 * int53's measure: red53's families (red53-families.ts) checked by the tree in ROOT (default this one): per family, tables
 * read, refused with `percent/line-n`, refused otherwise, and read tables whose count red53's truth attacker pins.
 * `ROOT=<tree> npx node test/pubcheck/int53-measure.ts <from seed> <to seed> [per seed]`.
 */
import { checkerOfRoot, codesOf } from './helpers.ts';
import { publishedOf, red53Cases, truthAttack } from './red53-families.ts';

const [from, to, per] = [Number(process.argv[2] ?? 3200), Number(process.argv[3] ?? 3219), Number(process.argv[4] ?? 40)];
const { check, highs, bundle } = await checkerOfRoot();
const tally = new Map<string, { runs: number; read: number; lineN: number; refused: number; leaked: number; hidden: number }>();
for (let seed = from; seed <= to; seed++) {
  for (const c of red53Cases(per, seed)) {
    const f = c.family.split('/')[0]!;
    const t = tally.get(f) ?? { runs: 0, read: 0, lineN: 0, refused: 0, leaked: 0, hidden: 0 };
    tally.set(f, t);
    t.runs++;
    let r;
    try {
      r = check(highs, bundle, c.text, { details: true });
    } catch {
      t.refused++;
      continue;
    }
    if (!r.ok) {
      if (codesOf(r).includes('percent/line-n')) t.lineN++;
      else t.refused++;
      continue;
    }
    t.read++;
    t.hidden += r.tables.reduce((s, x) => s + x.status.filter((v) => v !== 'published').length, 0);
    if (r.tables.some((x) => x.suppression?.passed === false)) continue;
    if (truthAttack(highs, c, publishedOf(c, r as never).published).length) t.leaked++;
  }
}
for (const [f, t] of [...tally].sort())
  console.log(`${f.padEnd(12)} runs ${t.runs} read ${t.read} line-n ${t.lineN} refused ${t.refused} leaked ${t.leaked} hidden ${t.hidden}`);
