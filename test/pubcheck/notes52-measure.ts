/**
 * notes52: measures notes52-families.ts through the checker of `ROOT` (this tree unless said): per kind and protection,
 * refused (each code), read and held, or leaked (the oracle given every N, or `smallShown`).
 * `npx node test/pubcheck/notes52-measure.ts <count> <seed,…> [kind,…]`.
 */
import { family, KINDS } from './notes52-families.ts';
import { measureNotes } from './notes-measure.ts';

await measureNotes(KINDS, family, 2957);
process.exit(0);
