/**
 * The words49 families measured against a checkout: `npx node test/pubcheck/words49-measure.ts [src/pubcheck of another
 * checkout or ''] [seeds] [-v]`. Per seed (SIZE each, 200 unless said): column49 refused, passed, passed with a count
 * under 10 the title newly recovers (words49-attack.ts); innocent49 refused and cells not published.
 */
import { checkerIn } from './helpers.ts';
import { column49, innocent49 } from './words49-families.ts';
import { recoversCells, runWith } from './words49-attack.ts';

const k = await checkerIn(process.argv[2] || undefined);
const seeds = (process.argv[3] ?? '2701').split(',').map(Number);
const verbose = process.argv.includes('-v');
const size = Number(process.env.SIZE ?? 200);
for (const seed of seeds) {
  const cs = column49(seed, size);
  let refused = 0;
  let recovered = 0;
  let failed = 0;
  for (const c of cs) {
    const r = runWith(k, c.text);
    if (!r.ok) {
      refused++;
      if (verbose) console.log('refused', c.said, r.errors.map((e) => e.code).join('+'));
      continue;
    }
    if (r.tables[0]!.suppression?.passed === false) {
      failed++;
      continue;
    }
    if (recoversCells(k, c)) {
      recovered++;
      if (verbose) console.log('recovered', c.said);
    }
  }
  console.log(
    `column49 seed ${seed}: refused ${refused}, passed ${cs.length - refused} (protection failed ${failed}), recovered ${recovered}`,
  );
  let iRefused = 0;
  let hidden = 0;
  for (const c of innocent49(seed + 1, size)) {
    const r = runWith(k, c.text);
    if (!r.ok) {
      iRefused++;
      if (verbose) console.log('innocent refused', c.said, r.errors.map((e) => e.code).join('+'));
      continue;
    }
    hidden += r.tables[0]!.status.filter((s) => s !== 'published').length;
  }
  console.log(`innocent49 seed ${seed + 1}: refused ${iRefused}, cells hidden ${hidden}`);
}
