/**
 * notes50: measures notes50-families.ts through the checker of `ROOT` (this tree unless said): per kind and protection,
 * refused (each code; `means`: and whether the refusal names the note), read and held, or leaked (the oracle given
 * every N where a reader puts it, or `smallShown`). `npx node test/pubcheck/notes50-measure.ts <count> <seed,…> [kind,…]`.
 */
import { family, KINDS } from './notes50-families.ts';
import { measureNotes } from './notes-measure.ts';

await measureNotes(KINDS, family, 2891);
process.exit(0);
