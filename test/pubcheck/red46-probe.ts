/** red46's probe: each file given, checked under threshold; verdict, codes, hidden cells, oracle on what is published. */
import { readFileSync } from 'node:fs';
import { checkerIn, codesOf, heldOrLeaked } from './helpers.ts';

const { check, highs, bundle } = await checkerIn(process.env.ROOT && `${process.env.ROOT}/src/pubcheck`);
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  let line = f.padEnd(28);
  try {
    const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    if (!r.ok) line += ` REFUSED ${codesOf(r)}`;
    else {
      const hid = r.tables.map((t) => t.status.filter((s) => s !== 'published').length);
      const cells = r.tables.map((t) => `${t.table.rows.length}x${t.table.cols.length}`);
      let v = '';
      try {
        v = heldOrLeaked(highs, r as never, () => text, 'threshold', 10);
      } catch (e) {
        v = `oracle-error ${String(e).slice(0, 60)}`;
      }
      line += ` READ tables ${cells.join(',')} hidden ${hid.join(',')} ${v} warn ${[...new Set(r.warnings.map((w) => w.code))].join('+')}`;
    }
  } catch (e) {
    line += ` CRASH ${String((e as Error).stack).slice(0, 300)}`;
  }
  console.log(line);
}
