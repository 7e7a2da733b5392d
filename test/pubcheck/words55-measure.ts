/**
 * The words55 families measured against a checkout: `npx node test/pubcheck/words55-measure.ts [src/pubcheck of another
 * checkout or ''] [family] [seed] [-v]`. union55 (refused by code, passed, protection failed, recovered by words55's MIP
 * under the overlap reading and the false groups-apart one, cells hidden); exclude55 (by kind: refused, read as a note,
 * read as a count, passed, protection failed; cells hidden). SIZE each, 200 unless said.
 */
import { checkerIn } from './helpers.ts';
import { exclude55, union55 } from './words55-families.ts';
import { recovers55 } from './words55-attack.ts';
import { runWith } from './words53-attack.ts';

const k = await checkerIn(process.argv[2] || undefined);
const family = process.argv[3] ?? 'union55';
const seed = Number(process.argv[4] ?? '3310');
const verbose = process.argv.includes('-v');
const size = Number(process.env.SIZE ?? 200);
const codes = (r: ReturnType<typeof runWith>) => (r.ok ? '' : [...new Set(r.errors.map((e) => e.code))].sort().join('+'));
const tally = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
const hiddenIn = (r: ReturnType<typeof runWith>) =>
  r.ok ? r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0) : 0;

if (family === 'union55') {
  let [refused, failed, overlap, apart, hidden] = [0, 0, 0, 0, 0];
  const why = new Map<string, number>();
  for (const c of union55(seed, size)) {
    const r = runWith(k, c.text);
    if (!r.ok) {
      refused++;
      tally(why, codes(r));
      if (verbose) console.log('refused', c.said, codes(r));
      continue;
    }
    hidden += hiddenIn(r);
    if (r.tables[0]!.suppression?.passed === false) {
      failed++;
      continue;
    }
    const by = recovers55(k, c);
    if (by.includes('overlap')) overlap++;
    if (by.includes('apart')) apart++;
    if (verbose && by.length > 0) console.log('recovered', by.join('+'), c.said);
  }
  console.log(
    `union55 seed ${seed}: refused ${refused} (${[...why].map(([c, n]) => `${c} ${n}`).join(', ')}), passed ${size - refused} (protection failed ${failed}), recovered: overlap ${overlap}, apart ${apart}; hidden ${hidden}`,
  );
} else {
  const out = new Map<string, number>();
  let hidden = 0;
  for (const c of exclude55(seed, size)) {
    const r = runWith(k, c.text);
    hidden += hiddenIn(r);
    const note = r.warnings.some((w) => w.code === 'line/not-read');
    const count = r.warnings.some((w) => w.code === 'title/lines-sum');
    const outcome = !r.ok
      ? `refused ${codes(r)}`
      : `${note ? 'note' : count ? 'count' : 'unread'}${r.tables[0]!.suppression?.passed === false ? ', protection failed' : ''}`;
    tally(out, `${c.kind}: ${outcome}`);
    if (verbose) console.log(c.kind, JSON.stringify(c.said), outcome);
  }
  console.log(
    `exclude55 seed ${seed}: ${[...out]
      .sort()
      .map(([o, n]) => `${o} ${n}`)
      .join('; ')}; hidden ${hidden}`,
  );
}
