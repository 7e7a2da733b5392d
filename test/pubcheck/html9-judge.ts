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

type Families = {
  attackPage: (seed: number) => Page & { attack: string };
  realPage: (seed: number) => { html: string; feature: string };
};
type Seeds = readonly [number, number];

/** Attack pages (`seeds`, inclusive) per attack: read otherwise than a reader sees them (leaked), refused. */
function attackTally(readTables: (html: string) => ReadResult, families: Families, seeds: Seeds) {
  const by = new Map<string, { n: number; leaked: number; refused: number }>();
  for (let seed = seeds[0]; seed <= seeds[1]; seed++) {
    const p = families.attackPage(seed);
    const r = readTables(p.html);
    const s = by.get(p.attack) ?? { n: 0, leaked: 0, refused: 0 };
    s.n++;
    if (leaked(r, p)) s.leaked++;
    else if (r.errors.length > 0) s.refused++;
    by.set(p.attack, s);
  }
  return by;
}

/** Realistic pages (`seeds`, inclusive) per feature: refused for hiding (`input/html-hidden`), refused at all. */
function realTally(readTables: (html: string) => ReadResult, families: Families, seeds: Seeds) {
  const real = new Map<string, { n: number; hiding: number; refused: number }>();
  for (let seed = seeds[0]; seed <= seeds[1]; seed++) {
    const p = families.realPage(seed);
    const r = readTables(p.html);
    const s = real.get(p.feature) ?? { n: 0, hiding: 0, refused: 0 };
    s.n++;
    if (r.errors.some((e) => e.code === 'input/html-hidden')) s.hiding++;
    if (r.errors.length > 0) s.refused++;
    real.set(p.feature, s);
  }
  return real;
}

/**
 * The tally html10-measure.ts and html11-measure.ts print for their families on a tree's `readTables`: attack pages
 * (`attackSeeds`, inclusive) read otherwise than a reader sees them (leaked) or refused, per attack; realistic pages
 * (`realSeeds`) refused, per feature.
 */
export function printPageTally(readTables: (html: string) => ReadResult, families: Families, attackSeeds: Seeds, realSeeds: Seeds): void {
  for (const [a, s] of attackTally(readTables, families, attackSeeds))
    console.log(`attack ${a}: ${s.leaked} leaked, ${s.refused} refused of ${s.n}`);
  for (const [f, s] of realTally(readTables, families, realSeeds)) console.log(`real ${f}: ${s.refused} refused of ${s.n}`);
}

/**
 * The tally html42/44/46/48-measure.ts print: realistic pages (`realSeeds`) refused for hiding and at all, per feature
 * and in total; attack pages (`attackSeeds`) leaked or refused, per attack and leaked in total.
 */
export function printPageTotals(readTables: (html: string) => ReadResult, families: Families, realSeeds: Seeds, attackSeeds: Seeds): void {
  let total = [0, 0];
  for (const [f, s] of realTally(readTables, families, realSeeds)) {
    console.log(`real ${f}: ${s.hiding} refused as hidden, ${s.refused} refused, of ${s.n}`);
    total = [total[0]! + s.refused, total[1]! + s.n];
  }
  console.log(`real total: ${total[0]} refused of ${total[1]}`);
  total = [0, 0];
  for (const [a, s] of attackTally(readTables, families, attackSeeds)) {
    console.log(`attack ${a}: ${s.leaked} leaked, ${s.refused} refused of ${s.n}`);
    total = [total[0]! + s.leaked, total[1]! + s.n];
  }
  console.log(`attack total: ${total[0]} leaked of ${total[1]}`);
}
