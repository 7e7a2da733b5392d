/**
 * Whether a reading of an html9 attack page (html9-families.ts) leaks: its attacked cell read (not refused in words)
 * as other than the number a reader is shown, or a note's count a reader reads passed without `line/count`.
 */
import type { ReadResult } from '../../src/pubcheck/read.ts';
import type { Page } from './html9-families.ts';

/** Refusals that name the cell or the element (what hides it, its mark, its text). */
const REFUSING = /^(?:input\/html-hidden|input\/markup|cell\/mark|cell\/text)$/;

export function leaked(r: ReadResult, p: Page): boolean {
  if (p.noteCount) return !r.errors.some((e) => e.code === 'line/count');
  if (r.errors.some((e) => REFUSING.test(e.code))) return false;
  const t = r.tables[0];
  // The table refused for another reason (a total over unprinted patients by chance …): nothing of it is read.
  if (!t && r.errors.length > 0) return false;
  const read = t?.cells[p.at[0]]?.[p.at[1]]?.text;
  return p.shown === undefined || read !== p.shown;
}

/**
 * The tally html10-measure.ts and html11-measure.ts print for their families on a tree's `readTables`: attack pages
 * (`attackSeeds`, inclusive) read otherwise than a reader sees them (leaked) or refused, per attack; realistic pages
 * (`realSeeds`) refused, per feature.
 */
export function printPageTally(
  readTables: (html: string) => ReadResult,
  families: {
    attackPage: (seed: number) => Page & { attack: string };
    realPage: (seed: number) => { html: string; feature: string };
  },
  attackSeeds: readonly [number, number],
  realSeeds: readonly [number, number],
): void {
  const by = new Map<string, { n: number; leaked: number; refused: number }>();
  for (let seed = attackSeeds[0]; seed <= attackSeeds[1]; seed++) {
    const p = families.attackPage(seed);
    const r = readTables(p.html);
    const s = by.get(p.attack) ?? { n: 0, leaked: 0, refused: 0 };
    s.n++;
    if (leaked(r, p)) s.leaked++;
    else if (r.errors.length > 0) s.refused++;
    by.set(p.attack, s);
  }
  for (const [a, s] of by) console.log(`attack ${a}: ${s.leaked} leaked, ${s.refused} refused of ${s.n}`);
  const real = new Map<string, { n: number; refused: number }>();
  for (let seed = realSeeds[0]; seed <= realSeeds[1]; seed++) {
    const p = families.realPage(seed);
    const s = real.get(p.feature) ?? { n: 0, refused: 0 };
    s.n++;
    if (readTables(p.html).errors.length > 0) s.refused++;
    real.set(p.feature, s);
  }
  for (const [f, s] of real) console.log(`real ${f}: ${s.refused} refused of ${s.n}`);
}
