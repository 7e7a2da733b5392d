/** red53's probe: each file given, checked; verdict, hidden cells, oracle (oracle.ts) on what is published. */
import { readFileSync } from 'node:fs';
import { checkerOfRoot, codesOf, heldOrLeaked } from './helpers.ts';

const { check, highs, bundle } = await checkerOfRoot();
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  let line = f.padEnd(24);
  try {
    const r = check(highs, bundle, text, { details: true });
    if (!r.ok) line += ` REFUSED ${codesOf(r)}`;
    else {
      const hid = r.tables.map((t) => t.status.filter((s) => s !== 'published').length);
      let v = '';
      try {
        v = heldOrLeaked(highs, r as never, () => text, 'threshold', 10);
      } catch (e) {
        v = `oracle-error ${String(e).slice(0, 80)}`;
      }
      line += ` READ hidden ${hid.join(',')} oracle ${v}`;
    }
  } catch (e) {
    line += ` CRASH ${String((e as Error).message).slice(0, 120)}`;
  }
  console.log(line);
}
