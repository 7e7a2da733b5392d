/**
 * sizes55's measure: `ROOT=<tree> npx node test/pubcheck/sizes55-measure.ts <seed> <count>`: per kind, tables read,
 * refused with `percent/line-n`, refused otherwise, leaked (sizes55-families.ts `lineAttack`), hidden cells.
 */
import { checkerOfRoot, codesOf } from './helpers.ts';
import { lineAttack, sizes55Cases } from './sizes55-families.ts';

const [seed, count] = [Number(process.argv[2] ?? 3450), Number(process.argv[3] ?? 100)];
const { check, highs, bundle } = await checkerOfRoot();
for (const kind of ['class', 'innocent', 'loose'] as const) {
  const t = { read: 0, lineN: 0, refused: 0, leaked: 0, hidden: 0 };
  const started = Date.now();
  for (const c of sizes55Cases(count, seed, kind)) {
    const r = check(highs, bundle, c.text, { details: true });
    if (!r.ok) {
      if (codesOf(r).includes('percent/line-n')) t.lineN++;
      else t.refused++;
      continue;
    }
    t.read++;
    const tb = r.tables[0]!;
    const C = tb.table.cols.length;
    const pub = c.cols.map((col) =>
      c.rows.map((row) => {
        const i = tb.table.rows.findIndex((h) => h.label === row);
        const k = tb.table.cols.findIndex((h) => h.label === col);
        return tb.status[i * C + k] === 'published';
      }),
    );
    t.hidden += tb.status.filter((s) => s !== 'published').length;
    if (lineAttack(c, pub).length > 0) t.leaked++;
  }
  console.log(
    `${kind.padEnd(9)} runs ${count} read ${t.read} line-n ${t.lineN} refused ${t.refused} leaked ${t.leaked} hidden ${t.hidden} (${Date.now() - started} ms)`,
  );
}
