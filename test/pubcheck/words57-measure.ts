/**
 * The words57 families measured against a checkout: `npx node test/pubcheck/words57-measure.ts [src/pubcheck of another
 * checkout or ''] [numbered57|plain57] [seed] [-v]`. By kind: read, refused (codes), protection failed, leaked
 * (words57-attack.ts), cells hidden. SIZE, 200 unless said.
 */
import { checkerIn } from './helpers.ts';
import { numbered57, plain57 } from './words57-families.ts';
import { attack57, outcomeTally } from './words57-attack.ts';

const k = await checkerIn(process.argv[2] || undefined);
const family = process.argv[3] ?? 'numbered57';
const seed = Number(process.argv[4] ?? (family === 'plain57' ? 3770 : 3750));
const verbose = process.argv.includes('-v');
const size = Number(process.env.SIZE ?? 200);
const cases = family === 'plain57' ? plain57(seed, size) : numbered57(seed, size);
const { by, add } = outcomeTally();
for (const c of cases) {
  const a = attack57(k, c);
  add(c.kind, a);
  if (verbose) console.log(c.kind, a.outcome, a.codes, JSON.stringify(c.said), c.tied ? 'tied' : '');
}
for (const [kind, t] of [...by].sort())
  console.log(
    `${family} ${seed} ${kind}: ${t.runs} run, read ${t.read}, refused ${[...t.refused.values()].reduce((a, b) => a + b, 0)} (${[...t.refused].map(([c, n]) => `${c} ${n}`).join(', ')}), protection failed ${t.failed}, leaked ${t.leaked}, hidden ${t.hidden}`,
  );
