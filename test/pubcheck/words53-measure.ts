/**
 * The words53 families measured against a checkout: `npx node test/pubcheck/words53-measure.ts [src/pubcheck of another
 * checkout or ''] [family] [seed] [-v]`. Families: union52 (words52's, both attackers: words52's oracle given the
 * union split, and words53's MIP), union53 (words53's MIP), mark53 (refused, read, passed with the number unread,
 * protection failed), innocent53 (refused, cells hidden). SIZE each, 200 unless said.
 */
import { checkerIn } from './helpers.ts';
import { union52 } from './words52-families.ts';
import { recoversUnion } from './words52-attack.ts';
import { innocent53, mark53, union53 } from './words53-families.ts';
import { recoversUnion53, runWith } from './words53-attack.ts';

const k = await checkerIn(process.argv[2] || undefined);
const family = process.argv[3] ?? 'union53';
const seed = Number(process.argv[4] ?? '3100');
const verbose = process.argv.includes('-v');
const size = Number(process.env.SIZE ?? 200);
const codes = (r: ReturnType<typeof runWith>) => (r.ok ? '' : [...new Set(r.errors.map((e) => e.code))].sort().join('+'));
const tally = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

if (family === 'union52' || family === 'union53') {
  const cases = family === 'union52' ? union52(seed, size).map((c) => ({ ...c, pair: [...c.pair] })) : union53(seed, size);
  let refused = 0;
  let failed = 0;
  let mip = 0;
  let oracle = 0;
  const why = new Map<string, number>();
  for (const c of cases) {
    const r = runWith(k, c.text);
    if (!r.ok) {
      refused++;
      tally(why, codes(r));
      if (verbose) console.log('refused', c.said, codes(r));
      continue;
    }
    if (r.tables[0]!.suppression?.passed === false) {
      failed++;
      continue;
    }
    const byMip = recoversUnion53(k, c);
    const byOracle = family === 'union52' && recoversUnion(k, c as Parameters<typeof recoversUnion>[1]);
    if (byMip) mip++;
    if (byOracle) oracle++;
    if (verbose && (byMip || byOracle)) console.log('recovered', byMip ? 'mip' : '', byOracle ? 'oracle' : '', c.said);
  }
  console.log(
    `${family} seed ${seed}: refused ${refused} (${[...why].map(([c, n]) => `${c} ${n}`).join(', ')}), passed ${cases.length - refused} (protection failed ${failed}), recovered: words53 MIP ${mip}${family === 'union52' ? `, words52 oracle ${oracle}` : ''}`,
  );
} else if (family === 'mark53') {
  const out = new Map<string, number>();
  for (const c of mark53(seed, size)) {
    const r = runWith(k, c.text);
    const read = r.warnings.some((w) => w.code === 'title/lines-sum');
    const outcome = !r.ok
      ? `refused ${codes(r)}`
      : `${read ? 'read' : 'unread'}${r.tables[0]!.suppression?.passed === false ? ', protection failed' : ''}`;
    tally(out, `${c.kind}${c.glued ? ' glued' : ''}: ${outcome}`);
    if (verbose) console.log(c.kind, c.glued ? 'glued' : '', JSON.stringify(c.said), outcome);
  }
  console.log(
    `mark53 seed ${seed}: ${[...out]
      .sort()
      .map(([x, n]) => `${x} ${n}`)
      .join('; ')}`,
  );
} else {
  let refused = 0;
  let hidden = 0;
  const why = new Map<string, number>();
  for (const c of innocent53(seed, size)) {
    const r = runWith(k, c.text);
    if (!r.ok) {
      refused++;
      tally(why, codes(r));
      if (verbose) console.log('refused', JSON.stringify(c.said), codes(r));
      continue;
    }
    hidden += r.tables[0]!.status.filter((s) => s !== 'published').length;
  }
  console.log(`innocent53 seed ${seed}: refused ${refused} (${[...why].map(([c, n]) => `${c} ${n}`).join(', ')}), cells hidden ${hidden}`);
}
