/**
 * The one way the checker's sentences quote what the user wrote (a label, a title, a cell's text): 「…」. Every
 * message, hint and note quotes through `quote`, so that no sentence shows an empty quote 「」 (an empty label is
 * said as （空欄）), a quote the user's own brackets unbalance (「」 inside become 『』), half of a character (a lone
 * surrogate, from text cut elsewhere, is dropped) or a control character (shown as its picture, `visible`); `clip`
 * cuts long text between characters, never inside one.
 */

/** A lone half of a surrogate pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Control characters (C0, DEL, C1) and the marks that reorder text (bidirectional overrides and isolates). */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The user's text made safe to show: a line break or tab inside a cell (a quoted CSV cell) as a space, another
 * control character as its picture (ESC → ␛, so a label cannot move the terminal's cursor or colour the report), a
 * mark that reorders text dropped (it could make a label read as another), halves of characters dropped. Every
 * rendering of the report shows the user's text through this.
 */
export function visible(text: string | number): string {
  return String(text)
    .replace(LONE_SURROGATE, '')
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(CONTROL, (c) => {
      const code = c.charCodeAt(0);
      return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : code < 0xa0 ? '\uFFFD' : '';
    });
}

/** The user's text as the sentences show it: `visible`, and brackets of quotes made 『』. */
export function quoted(text: string | number): string {
  return visible(text).replace(/「/g, '『').replace(/」/g, '』');
}

/**
 * Most characters a quote shows: a line read as a note may be a million characters long (a 4 MB line was quoted
 * whole, in the message and in the JSON); past this the quote is cut, and its length said after it.
 */
export const QUOTE_MAX = 100;

/** 「text」, or （空欄） for text with nothing to show; past `QUOTE_MAX` characters cut, 「…」（n 文字）. */
export function quote(text: string | number): string {
  const raw = String(text);
  if (raw.trim() === '') return '（空欄）';
  // Only as much of a long text as is shown goes through `visible` (a 4 MB line in full took its regular expressions).
  const long = raw.length > 4 * QUOTE_MAX;
  const s = quoted(long ? raw.slice(0, 4 * QUOTE_MAX) : raw);
  if (s.trim() === '') return '（空欄）';
  const length = long ? characters(raw) : characters(s);
  return length <= QUOTE_MAX && !long ? `「${s}」` : `「${clip(s, QUOTE_MAX)}」（${length.toLocaleString('en-US')} 文字）`;
}

/** Characters (code points, not UTF-16 units) of a text, counted without an array of them. */
function characters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}

/** The first `max` of a list joined by `sep`, then 「ほか n」 and the unit for the rest: 「表1・表2 ほか3表」. */
export function some(items: readonly string[], max: number, sep = '', unit = ''): string {
  return `${items.slice(0, max).join(sep)}${items.length > max ? ` ほか${items.length - max}${unit}` : ''}`;
}

/** At most `max` characters (code points), with 「…」 where cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
