/**
 * The words50 families measured against a checkout: `npx node test/pubcheck/words50-measure.ts [src/pubcheck of another
 * checkout or ''] [seed] [-v]`. cross50 (seed), bracket50 (seed + 1), many50 (seed + 2): refused, passed (protection
 * failed), passed with a count under 10 the title newly recovers (words49's and words48's attackers); innocent50 (seed
 * + 3) refused and cells hidden. SIZE each, 200 unless said.
 */
import { checkerIn } from './helpers.ts';
import { bracket50, cross50, innocent50, many50 } from './words50-families.ts';
import { recoversCells } from './words49-attack.ts';
import { recoversSubset, runWith } from './words48-attack.ts';

const k = await checkerIn(process.argv[2] || undefined);
const seed = Number(process.argv[3] ?? '2801');
const verbose = process.argv.includes('-v');
const size = Number(process.env.SIZE ?? 200);
const only = process.env.ONLY;
const families = [
  ['cross50', seed, () => cross50(seed, size).map((c) => [c, () => recoversCells(k, c)] as const)],
  ['bracket50', seed + 1, () => bracket50(seed + 1, size).map((c) => [c, () => recoversSubset(k, c)] as const)],
  ['many50', seed + 2, () => many50(seed + 2, size).map((c) => [c, () => recoversSubset(k, c)] as const)],
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
      continue;
    }
    if (recovers()) {
      recovered++;
      if (verbose) console.log('recovered', c.said);
    }
  }
  console.log(
    `${name} seed ${s}: refused ${refused} (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}), passed ${cs.length - refused} (protection failed ${failed}), recovered ${recovered}`,
  );
}
if (!only || only === 'innocent50') {
  let refused = 0;
  let hidden = 0;
  for (const c of innocent50(seed + 3, size)) {
    const r = runWith(k, c.text);
    if (!r.ok) {
      refused++;
      if (verbose) console.log('innocent refused', c.said, r.errors.map((e) => e.code).join('+'));
      continue;
    }
    hidden += r.tables[0]!.status.filter((s) => s !== 'published').length;
  }
  console.log(`innocent50 seed ${seed + 3}: refused ${refused}, cells hidden ${hidden}`);
}
