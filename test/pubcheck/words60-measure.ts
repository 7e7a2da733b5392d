/**
 * The words60 families measured against a checkout: `npx node test/pubcheck/words60-measure.ts [src/pubcheck of another
 * checkout or ''] [later60|numbered60] [seed]`. By kind: read, refused (codes), protection failed, leaked (words59-attack.ts on the
 * first table), cells hidden. SIZE, 200 unless said.
 */
import { checkerIn } from './helpers.ts';
import { outcomeTally } from './words57-attack.ts';
import { attack59 } from './words59-attack.ts';
import type { Case59 } from './words59-families.ts';
import { later60, numbered60 } from './words60-families.ts';

const k = await checkerIn(process.argv[2] || undefined);
const family = process.argv[3] || 'later60';
const seed = Number(process.argv[4] ?? (family === 'numbered60' ? 4490 : 4480));
const size = Number(process.env.SIZE ?? 200);
const { by, add } = outcomeTally();
for (const c of (family === 'numbered60' ? numbered60 : later60)(seed, size)) {
  const a = attack59(k, c as unknown as Case59);
  add(c.kind, a);
}
for (const [kind, t] of by)
  console.log(
    `${family} ${seed} ${kind.padEnd(8)} runs ${t.runs} read ${t.read} refused ${[...t.refused].map(([c, n]) => `${c}:${n}`).join(' ') || 0} failed ${t.failed} leaked ${t.leaked} hidden ${t.hidden}`,
  );
