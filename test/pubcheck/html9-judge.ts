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
