/**
 * The words48 families measured against a checkout: `npx node test/pubcheck/words48-measure.ts [src/pubcheck of another
 * checkout or ''] [seeds] [-v]`. Per seed and family (200 each): refused, passed, and (unnamed48, english48) passed
 * with a count under 10 the title newly recovers (words48-attack.ts); innocent48: refused for its title, refused, and
 * cells not published. `BEHIND=1`: behind48 only.
 */
import { checkerIn } from './helpers.ts';
import { behind48, english48, innocent48, unnamed48 } from './words48-families.ts';
import { coincides, recoversSubset, runWith } from './words48-attack.ts';

const k = await checkerIn(process.argv[2] || undefined);
const seeds = (process.argv[3] ?? '2601').split(',').map(Number);
const verbose = process.argv.includes('-v');
const size = Number(process.env.SIZE ?? 200);
for (const seed of seeds) {
  const out: string[] = [];
  for (const [name, fam] of [
    ...(process.env.BEHIND
      ? ([['behind48', behind48(seed, size)]] as const)
      : ([
          ['unnamed48', unnamed48(seed, size)],
          ['english48', english48(seed + 1, size)],
        ] as const)),
  ] as const) {
    let refused = 0;
    let leaked = 0;
    let over = 0;
    const codes = new Map<string, number>();
    for (const c of fam) {
      const r = runWith(k, c.text);
      if (!r.ok) {
        refused++;
        for (const e of new Set(r.errors.map((e) => e.code))) codes.set(e, (codes.get(e) ?? 0) + 1);
        continue;
      }
      if (recoversSubset(k, c)) {
        leaked++;
        if (coincides(c)) over++;
        if (verbose) console.log(`  leak ${name}: ${c.said}`);
      }
    }
    out.push(
      `${name} refused ${refused} [${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}] passed ${fam.length - refused} leaked ${leaked} (${over} by lines equal cell by cell)`,
    );
  }
  if (process.env.BEHIND) {
    console.log(`seed ${seed}: ${out.join('; ')}`);
    continue;
  }
  let refused = 0;
  let titled = 0;
  let hidden = 0;
  for (const c of innocent48(seed + 2, size)) {
    const r = runWith(k, c.text, 0.05);
    if (!r.ok) {
      refused++;
      if (r.errors.some((e) => e.code.startsWith('title/'))) {
        titled++;
        if (verbose) console.log(`  innocent refused: ${c.said} ${r.errors.map((e) => e.code).join(',')}`);
      }
      continue;
    }
    hidden += r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
  }
  out.push(`innocent48 refused ${refused} (title ${titled}) hidden ${hidden}`);
  console.log(`seed ${seed}: ${out.join('; ')}`);
}
