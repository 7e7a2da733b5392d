/**
 * wide60 measured against a checkout: `npx node test/pubcheck/words60-wide.ts [src/pubcheck of another checkout or '']
 * [seed]`. By kind: read, refused (codes), protection failed, leaked (words53-attack.ts `recoversUnion53`), cells hidden,
 * seconds. SIZE, 100 unless said.
 */
import { checkerIn } from './helpers.ts';
import { recoversUnion53, runWith } from './words53-attack.ts';
import { wide60 } from './words60-families.ts';

const k = await checkerIn(process.argv[2] || undefined);
const seed = Number(process.argv[3] ?? 4500);
const size = Number(process.env.SIZE ?? 100);
const by = new Map<
  string,
  { runs: number; read: number; refused: Map<string, number>; failed: number; leaked: number; hidden: number; ms: number }
>();
for (const c of wide60(seed, size)) {
  const t0 = Date.now();
  const r = runWith(k, c.text);
  const ms = Date.now() - t0;
  let t = by.get(c.kind);
  if (!t) by.set(c.kind, (t = { runs: 0, read: 0, refused: new Map(), failed: 0, leaked: 0, hidden: 0, ms: 0 }));
  t.runs++;
  t.ms += ms;
  if (!r.ok) {
    const codes = [...new Set(r.errors.map((e) => e.code))].sort().join('+');
    t.refused.set(codes, (t.refused.get(codes) ?? 0) + 1);
    continue;
  }
  t.read++;
  t.hidden += r.tables[0]!.status.filter((s) => s !== 'published').length;
  if (r.tables[0]!.suppression?.passed === false) t.failed++;
  else if (recoversUnion53(k, c)) t.leaked++;
}
for (const [kind, t] of by)
  console.log(
    `wide60 ${seed} ${kind.padEnd(4)} runs ${t.runs} read ${t.read} refused ${[...t.refused].map(([c, n]) => `${c}:${n}`).join(' ') || 0} failed ${t.failed} leaked ${t.leaked} hidden ${t.hidden} seconds ${(t.ms / 1000).toFixed(1)}`,
  );
