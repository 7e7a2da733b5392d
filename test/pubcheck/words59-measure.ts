/**
 * The words59 families measured against a checkout: `npx node test/pubcheck/words59-measure.ts [src/pubcheck of another
 * checkout or ''] [marked59|plain59|column59|apart59] [seed] [-v]`. By kind: read, refused (codes), protection failed, leaked
 * (words59-attack.ts), cells hidden. SIZE, 200 unless said.
 */
import { checkerIn } from './helpers.ts';
import { apart59, column59, marked59, plain59 } from './words59-families.ts';
import { attack57, outcomeTally } from './words57-attack.ts';
import type { Case57 } from './words57-families.ts';
import type { Case59 } from './words59-families.ts';
import { attack59 } from './words59-attack.ts';

const k = await checkerIn(process.argv[2] || undefined);
const family = process.argv[3] ?? 'marked59';
const seed = Number(process.argv[4] ?? (family === 'plain59' ? 4130 : family === 'column59' ? 4140 : family === 'apart59' ? 4150 : 4120));
const verbose = process.argv.includes('-v');
const size = Number(process.env.SIZE ?? 200);
const cases =
  family === 'apart59'
    ? apart59(seed, size)
    : family === 'plain59'
      ? plain59(seed, size)
      : family === 'column59'
        ? column59(seed, size)
        : marked59(seed, size);
const { by, add } = outcomeTally();
for (const c of cases) {
  const a: { outcome: string; hidden: number; codes: string; why?: string } =
    family === 'apart59' ? attack57(k, c as unknown as Case57) : attack59(k, c as Case59);
  add(c.kind, a);
  if (verbose && (a.outcome === 'leaked' || a.outcome === 'failed')) console.log(a.outcome, a.why ?? '', JSON.stringify(c.text));
}
for (const [kind, t] of by)
  console.log(
    `${family} ${seed} ${kind.padEnd(7)} runs ${t.runs} read ${t.read} refused ${[...t.refused].map(([c, n]) => `${c}:${n}`).join(' ') || 0} failed ${t.failed} leaked ${t.leaked} hidden ${t.hidden}`,
  );
