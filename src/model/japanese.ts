/** Where a line break in wrapped prose is no space: between two Japanese characters. */

/** A character after or before which a line break must not become a space (Japanese text). */
export const WIDE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\uff01-\uff60ー]/u;

/**
 * What a line break in wrapped prose stands for, given the characters around it: nothing between two
 * Japanese characters (authors wrap long Japanese lines anywhere), a space otherwise (as in English).
 */
export function lineJoint(before: string, after: string): string {
  return WIDE.test(before) && WIDE.test(after) ? '' : ' ';
}
