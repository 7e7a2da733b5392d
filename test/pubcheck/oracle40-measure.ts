/**
 * oracle40: measures oracle40-families.ts through the checker of `ROOT` (this tree unless said: `ROOT=/tmp/base npx
 * node …` for the base): per kind and protection, how many cases were refused, held against the oracle (which reads
 * the pasted text itself, its header rows too) or leaked, and how many the oracle read otherwise than the checker
 * (`apart`: another number of lines or columns — then not attacked, and counted).
 * `npx node test/pubcheck/oracle40-measure.ts <count> <seed,seed…> [kind,kind…]`.
 */
import type { Protection } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, heldOrLeaked } from './helpers.ts';
import { attack, parse } from './oracle.ts';
import { family, KINDS, type Case, type Kind } from './oracle40-families.ts';
import { THRESHOLD, type Ok } from './protection.ts';

const { check, highs, bundle } = await checkerOfRoot();

export type Judged = 'refused' | 'held' | 'leaked' | 'apart';

/** One case under `protection`: the oracle attacks the text as pasted, the checker's hidden cells hidden. */
export function judged(c: Case, protection: Protection): Judged {
  const r = check(highs, bundle, c.text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return 'refused';
  const ok = r as Ok;
  if (ok.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) return 'held';
  const read = parse(c.text);
  if (
    read.length !== ok.tables.length ||
    read.some((t, ti) => t.rows.length !== ok.tables[ti]!.table.rows.length || t.cols.length !== ok.tables[ti]!.table.cols.length)
  )
    return 'apart';
  return heldOrLeaked(highs, ok, () => c.text, protection, THRESHOLD);
}

/** The oracle's teeth: cases whose smallest count it pins with nothing else hidden (the published text attacked). */
export function bites(c: Case): boolean {
  const read = parse(c.text)[0]!;
  let at = '';
  read.cells.forEach((row, r) => row.forEach((x, col) => (x.n !== undefined && x.n > 0 && x.n < THRESHOLD ? (at = `0:${r}:${col}`) : 0)));
  const range = attack(highs, c.text, new Set([at]), { zeroExempt: true }).get(at)!;
  return range.hi === range.lo;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10);
  const seeds = (process.argv[3] ?? '1961').split(',').map(Number);
  const kinds = process.argv[4] ? (process.argv[4].split(',') as Kind[]) : KINDS;
  for (const kind of kinds) {
    for (const protection of ['threshold', 'not-exact'] as const) {
      const tally = { refused: 0, held: 0, leaked: 0, apart: 0 };
      for (const seed of seeds)
        for (const c of family(kind, count, seed)) {
          const j = judged(c, protection);
          tally[j]++;
          if (j === 'leaked' || j === 'apart') console.error(`${kind} ${protection} ${j}\n${c.text}`);
        }
      console.log(`${kind}\t${protection}\trefused ${tally.refused}\theld ${tally.held}\tleaked ${tally.leaked}\tapart ${tally.apart}`);
    }
    let b = 0;
    let n = 0;
    for (const seed of seeds) for (const c of family(kind, count, seed)) (n++, bites(c) && b++);
    console.log(`${kind}\tbites ${b} of ${n}`);
  }
  process.exit(0);
}
