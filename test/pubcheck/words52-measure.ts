/**
 * The words52 families measured against a checkout: `npx node test/pubcheck/words52-measure.ts [src/pubcheck of another
 * checkout or ''] [seed] [-v]`. union52 (seed; words52's attacker), before52 (seed + 1; words49's): refused, passed
 * (protection failed), passed with a count under 10 the title newly recovers; innocent52 (seed + 2) refused and cells
 * hidden. SIZE each, 200 unless said.
 */
import { checkerIn } from './helpers.ts';
import { before52, innocent52, union52 } from './words52-families.ts';
import { recoversCells } from './words49-attack.ts';
import { recoversUnion, runWith } from './words52-attack.ts';

const k = await checkerIn(process.argv[2] || undefined);
const seed = Number(process.argv[3] ?? '3051');
const verbose = process.argv.includes('-v');
const size = Number(process.env.SIZE ?? 200);
const only = process.env.ONLY;
const families = [
  ['union52', seed, () => union52(seed, size).map((c) => [c, () => recoversUnion(k, c)] as const)],
  ['before52', seed + 1, () => before52(seed + 1, size).map((c) => [c, () => recoversCells(k, c)] as const)],
] as const;
for (const [name, s, cases] of families) {
  if (only && only !== name) continue;
  let refused = 0;
  let recovered = 0;
  let failed = 0;
  const codes = new Map<string, number>();
  const cs = cases();
  for (const [c, recovers] of cs) {
    const r = runWith(k, c.text);
    if (!r.ok) {
      refused++;
      const code = [...new Set(r.errors.map((e) => e.code))].sort().join('+');
      codes.set(code, (codes.get(code) ?? 0) + 1);
      if (verbose) console.log('refused', c.said, code);
      continue;
    }
    if (r.tables[0]!.suppression?.passed === false) {
      failed++;
      if (verbose) console.log('failed', c.said);
      continue;
    }
    if (recovers()) {
      recovered++;
      if (verbose) console.log('recovered', c.said);
    } else if (verbose) console.log('passed', c.said);
  }
  console.log(
    `${name} seed ${s}: refused ${refused} (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}), passed ${cs.length - refused} (protection failed ${failed}), recovered ${recovered}`,
  );
}
if (!only || only === 'innocent52') {
  let refused = 0;
  let hidden = 0;
  for (const c of innocent52(seed + 2, size)) {
    const r = runWith(k, c.text);
    if (!r.ok) {
      refused++;
      if (verbose) console.log('innocent refused', c.said, r.errors.map((e) => e.code).join('+'));
      continue;
    }
    hidden += r.tables[0]!.status.filter((s) => s !== 'published').length;
  }
  console.log(`innocent52 seed ${seed + 2}: refused ${refused}, cells hidden ${hidden}`);
}
