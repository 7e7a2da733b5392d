/**
 * notes42: measures notes42-families.ts through the checker of `ROOT` (this tree unless said): per form and protection,
 * refused (each code), read and held, or leaked (the oracle on the checker's reading, or `baseAttack` with the base
 * equation). `npx node test/pubcheck/notes42-measure.ts <count> <seed,…> [form,…]`.
 */
import { checkerOfRoot, codesOf, heldOrLeaked } from './helpers.ts';
import { baseAttack, family, FORMS, noteFamily, NOTE_KINDS, type NoteKind } from './notes42-families.ts';
import { THRESHOLD, written, type Ok } from './protection.ts';

const { check, highs, bundle } = await checkerOfRoot();
const count = Number(process.argv[2] ?? 10);
const seeds = (process.argv[3] ?? '2101').split(',').map(Number);
const asked = process.argv[4]?.split(',');
const forms = asked ? FORMS.filter((f) => asked.includes(f)) : FORMS;
const notes = asked ? NOTE_KINDS.filter((k) => asked.includes(k)) : NOTE_KINDS;
for (const form of forms)
  for (const protection of ['threshold', 'not-exact'] as const) {
    const tally = new Map<string, number>();
    const up = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
    for (const seed of seeds)
      for (const c of family(form, count, seed)) {
        const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
        if (!r.ok) {
          up(`refused ${codesOf(r)}`);
          continue;
        }
        const ok = r as Ok;
        const oracle = heldOrLeaked(highs, ok, () => written(ok), protection, THRESHOLD);
        const base = baseAttack(highs, ok, c, protection);
        up(oracle === 'leaked' || base.length > 0 ? 'leaked' : 'held');
      }
    console.log(`${form}\t${protection}\t${[...tally].map(([k, v]) => `${k} ${v}`).join('\t')}`);
  }
for (const kind of notes as NoteKind[])
  for (const protection of ['threshold', 'not-exact'] as const) {
    const tally = new Map<string, number>();
    const up = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
    for (const seed of seeds)
      for (const c of noteFamily(kind, count, seed)) {
        const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
        if (!r.ok) up(`refused ${codesOf(r)}`);
        else up(heldOrLeaked(highs, r as Ok, () => c.attacked, protection, THRESHOLD));
      }
    console.log(`${kind}\t${protection}\t${[...tally].map(([k, v]) => `${k} ${v}`).join('\t')}`);
  }
process.exit(0);
