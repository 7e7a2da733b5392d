/** Japanese text: where a line break in wrapped prose is no space (between two Japanese characters), and numerals. */

/** A character after or before which a line break must not become a space (Japanese text). */
const WIDE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\uff01-\uff60ー]/u;

/**
 * What a line break in wrapped prose stands for, given the characters around it: nothing between two
 * Japanese characters (authors wrap long Japanese lines anywhere), a space otherwise (as in English).
 */
export function lineJoint(before: string, after: string): string {
  return WIDE.test(before) && WIDE.test(after) ? '' : ' ';
}

/** Digits as Japanese text writes them: half-width, full-width (１０) or kanji (十, 三十二, 一〇). */
export const NUMERAL = '[0-9０-９]+|[〇一二三四五六七八九十百千]+';

const KANJI_DIGIT: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Full-width digits and their decimal point as ASCII; the text keeps its length (indexes stay valid). */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * The value of a numeral written as NUMERAL matches: 31, ３１, 三十一, 三一 (digit by digit), 百二十; undefined
 * for a run of kanji that is no numeral (十十, 二三十).
 */
export function numeralValue(s: string): number | undefined {
  if (/^[0-9０-９]+$/.test(s)) return Number(halfWidthDigits(s));
  if (!/^[〇一二三四五六七八九十百千]+$/.test(s)) return undefined;
  if (!/[十百千]/.test(s)) return Number([...s].map((c) => KANJI_DIGIT[c]).join(''));
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const c of s) {
    const unit = KANJI_UNIT[c];
    if (unit === undefined) {
      if (digit !== undefined) return undefined;
      digit = KANJI_DIGIT[c]!;
    } else {
      if (unit >= lastUnit || digit === 0) return undefined;
      total += (digit ?? 1) * unit;
      lastUnit = unit;
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}
