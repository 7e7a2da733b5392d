/**
 * The formats44 family measured against a tree: `ROOT=<a checkout> npx node test/pubcheck/formats44-measure.ts
 * [n a seed] [first seed] [last seed]` (this tree unless ROOT is given). Per family: read (leaked: a count under the
 * threshold given back to formats33-attack.ts over every printed number), refused and the codes.
 */
import { checkerOfRoot, familyTally } from './helpers.ts';
import { sasCrossCut, sasCrossStrata, sasCrossZeroExtras } from './formats44-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 10);
const from = Number(args[1] ?? 2301);
const to = Number(args[2] ?? 2310);
const tally = familyTally({ width: 40, leaks: true });
const opts = [{ details: true }, { mipSeconds: 0.3 }] as const;
for (let seed = from; seed <= to; seed++)
  for (const c of sasCrossCut(n, seed)) {
    const r = check(highs, bundle, c.text, ...opts);
    const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
    tally.add(`${c.family}${open ? '-open' : ''}`, r, r.ok && !open && leaks(r, c).length > 0);
  }
for (let seed = 2311; seed <= 2319; seed++)
  for (const c of sasCrossZeroExtras(n, seed)) {
    const r = check(highs, bundle, c.text, ...opts);
    const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
    tally.add(`${c.family}${open ? '-open' : ''}`, r, r.ok && !open && leaks(r, c).length > 0);
  }
for (let seed = 2301; seed <= 2305; seed++)
  for (const c of sasCrossStrata(n, seed)) {
    const r = check(highs, bundle, c.text, ...opts);
    const open = r.ok && r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0);
    // Titled: every table of the check named with its stratum (「site=A」).
    const titled = r.ok && r.tables.every((t) => /site=[A-D]/.test(JSON.stringify(t.table).slice(0, 2000)));
    tally.add(`${c.family}${open ? '-open' : ''}${r.ok && !titled ? '-untitled' : ''}`, r, r.ok && !open && leaks(r, c).length > 0);
  }
tally.print();
