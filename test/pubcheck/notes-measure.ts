/**
 * One measurement of a notes family (notes44/46/49-families.ts) through the checker of `ROOT` (this tree unless said),
 * for notes44/46/49-measure.ts: `<count> <seed,…> [kind,…]` on the command line; per kind and protection, refused (each
 * code; `means`: and whether the refusal names the note), read and held, or leaked (the oracle given every N where a
 * reader puts it, or `smallShown`).
 */
import { checkerOfRoot, codesOf, heldOrLeaked } from './helpers.ts';
import { type Case, smallShown } from './notes44-families.ts';
import { THRESHOLD, type Ok } from './protection.ts';

export async function measureNotes<K extends string>(
  kinds: readonly K[],
  family: (kind: K, count: number, seed: number) => Omit<Case, 'kind'>[],
  firstSeed: number,
): Promise<void> {
  const { check, highs, bundle } = await checkerOfRoot();
  const count = Number(process.argv[2] ?? 10);
  const seeds = (process.argv[3] ?? String(firstSeed)).split(',').map(Number);
  const asked = process.argv[4]?.split(',');
  for (const kind of asked ? kinds.filter((k) => asked.includes(k)) : kinds)
    for (const protection of ['threshold', 'not-exact'] as const) {
      const tally = new Map<string, number>();
      const up = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
      for (const seed of seeds)
        for (const c of family(kind, count, seed)) {
          const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
          if (!r.ok) {
            const names = kind === 'means' && r.errors.some((e) => e.message.includes('の注「')) ? ' (names the note)' : '';
            up(`refused ${codesOf(r)}${names}`);
            continue;
          }
          const ok = r as Ok;
          const oracle = heldOrLeaked(highs, ok, () => c.attacked, protection, THRESHOLD);
          up(oracle === 'leaked' || smallShown(ok, c, THRESHOLD).length > 0 ? 'leaked' : 'held');
        }
      console.log(`${kind}\t${protection}\t${[...tally].map(([k, v]) => `${k} ${v}`).join('\t')}`);
    }
}
