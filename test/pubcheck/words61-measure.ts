/**
 * The words61 families measured against a checkout: `npx node test/pubcheck/words60-measure.ts [src/pubcheck of another
 * checkout or ''] [glued61|plainGlued61] [seed]`. By kind: read, refused (codes), protection failed, leaked (words59-attack.ts on the
 * first table), cells hidden. SIZE, 200 unless said.
 */
import { checkerIn } from './helpers.ts';
import { attack59 } from './words59-attack.ts';
import type { Case59 } from './words59-families.ts';
import { glued61, plainGlued61 } from './words61-families.ts';

const k = await checkerIn(process.argv[2] || undefined);
const family = process.argv[3] || 'glued61';
const seed = Number(process.argv[4] ?? (family === 'plainGlued61' ? 4740 : 4730));
const size = Number(process.env.SIZE ?? 200);
const by = new Map<string, { runs: number; read: number; refused: Map<string, number>; failed: number; leaked: number; hidden: number }>();
for (const c of (family === 'plainGlued61' ? plainGlued61 : glued61)(seed, size)) {
  const a = attack59(k, c as unknown as Case59);
  let t = by.get(c.kind);
  if (!t) by.set(c.kind, (t = { runs: 0, read: 0, refused: new Map(), failed: 0, leaked: 0, hidden: 0 }));
  t.runs++;
  t.hidden += a.hidden;
  if (a.outcome === 'refused') t.refused.set(a.codes, (t.refused.get(a.codes) ?? 0) + 1);
  else t.read++;
  if (a.outcome === 'failed') t.failed++;
  if (a.outcome === 'leaked') t.leaked++;
}
for (const [kind, t] of by)
  console.log(
    `${family} ${seed} ${kind.padEnd(8)} runs ${t.runs} read ${t.read} refused ${[...t.refused].map(([c, n]) => `${c}:${n}`).join(' ') || 0} failed ${t.failed} leaked ${t.leaked} hidden ${t.hidden}`,
  );
