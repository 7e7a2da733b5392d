/**
 * The one way the checker's sentences quote what the user wrote (a label, a title, a cell's text): 「…」. Every
 * message, hint and note quotes through `quote`, so that no sentence shows an empty quote 「」 (an empty label is
 * said as （空欄）), a quote the user's own brackets unbalance (「」 inside become 『』), or half of a character (a
 * lone surrogate, from text cut elsewhere, is dropped); `clip` cuts long text between characters, never inside one.
 */

/** A lone half of a surrogate pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The user's text as the sentences show it: brackets of quotes made 『』, halves of characters dropped. */
export function quoted(text: string | number): string {
  return String(text).replace(LONE_SURROGATE, '').replace(/「/g, '『').replace(/」/g, '』');
}

/** 「text」, or （空欄） for text with nothing to show. */
export function quote(text: string | number): string {
  const s = quoted(text);
  return s.trim() === '' ? '（空欄）' : `「${s}」`;
}

/** At most `max` characters (code points), with 「…」 where cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
