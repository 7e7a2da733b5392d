/**
 * CSS read as a browser tokenizes it (attack23), for html.ts's stylesheet rules: strings, escapes, comments, brackets
 * and parentheses are read before any brace, comma or combinator is taken as structure. Before, a brace or 「/*」
 * inside a string (「@media print{.p{content:"{"}} .h{display:none}」), an escaped brace (「.p\{」), an unquoted url
 * holding a brace, or a comma inside an attribute's value (「[data-z="a,b"] .h」) moved a screen rule into 「@media
 * print」, into a comment, or split its selector in the wrong place, and the rule hiding a cell's digit was not seen
 * (「3<span class="h">0</span>」 shown 3, read 30); a rule's own declarations beside nested rules (CSS nesting) were
 * not read at all.
 */

/** The index just past what starts at `i` and is read whole: an escape, a string, a comment; else i + 1. */
function pastToken(css: string, i: number): number {
  const ch = css[i];
  if (ch === '\\') {
    const hex = /^[0-9a-fA-F]{1,6}[ \t\n\r\f]?/.exec(css.slice(i + 1, i + 8));
    return i + 1 + (hex ? hex[0].length : 1);
  }
  if (ch === '"' || ch === "'") {
    for (let j = i + 1; j < css.length; j++) {
      if (css[j] === '\\') j++;
      else if (css[j] === ch || css[j] === '\n') return j + 1;
    }
    return css.length;
  }
  if (ch === '/' && css[i + 1] === '*') {
    const end = css.indexOf('*/', i + 2);
    return end < 0 ? css.length : end + 2;
  }
  return i + 1;
}

/** Whether `url(` opens an unquoted url at `i` (its text, braces and all, runs to 「)」). */
const unquotedUrl = (css: string, i: number) =>
  (css[i] === 'u' || css[i] === 'U') && /^url\(\s*(?!["'])/i.test(css.slice(i, i + 8)) && !/[-\w\\]/.test(css[i - 1] ?? '');

/** CSS with its comments gone (not 「/*」 inside a string), and the 「<!--」「-->」 old pages wrap a stylesheet in. */
export function withoutComments(css: string): string {
  let out = '';
  for (let i = 0; i < css.length;) {
    const next = pastToken(css, i);
    if (!(css[i] === '/' && css[i + 1] === '*')) out += css.slice(i, next);
    else out += ' ';
    i = next;
  }
  return out.replace(/<!--|-->/g, ' ');
}

/**
 * Walks `css` calling `at(i, depth)` for each character outside strings, escapes, comments and unquoted urls, with the
 * depth of brackets and parentheses it is in (0 at the top); `at` returns the index to go on from, or undefined.
 */
function walk(css: string, at: (i: number, depth: number) => number | undefined): void {
  let depth = 0;
  for (let i = 0; i < css.length;) {
    const ch = css[i]!;
    if (ch === '\\' || ch === '"' || ch === "'" || (ch === '/' && css[i + 1] === '*')) {
      i = pastToken(css, i);
      continue;
    }
    if (unquotedUrl(css, i)) {
      const close = css.indexOf(')', i);
      i = close < 0 ? css.length : close + 1;
      continue;
    }
    const next = at(i, depth);
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    i = next ?? i + 1;
  }
}

/** `text` split where `sep(ch)` holds at the top level (outside strings, escapes, brackets and parentheses). */
export function splitTop(text: string, sep: (ch: string) => boolean): string[] {
  const out: string[] = [];
  let start = 0;
  walk(text, (i, depth) => {
    if (depth === 0 && sep(text[i]!)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
    return undefined;
  });
  out.push(text.slice(start));
  return out;
}

/**
 * The rules of a stylesheet's text (comments already gone): each with its selector, its own declarations (not those of
 * rules nested in it) and the at-rules and rules it is inside, innermost last (「@media print」). Declarations written
 * straight inside an at-rule nested in a style rule (「.h{@media screen{display:none}}」) are that style rule's.
 *
 * One walk over the text (`walk`): it finds the characters that make structure and each 「{」's 「}」 (braces counted
 * inside brackets too; one left open runs to the end); the blocks are then read from those with a stack of their own,
 * not by a call per block. Before (perf8), each block was walked again from its 「{」 to find its end, once per block
 * it was nested in (2,000 nested blocks: 0.26 s, quadratic), and read by a call of its own, so that 8,000 nested
 * blocks (「a{a{a{…」, 16 KB) threw 「Maximum call stack size exceeded」 out of the reader.
 */
export function cssRules(css: string): { selector: string; body: string; within: string[] }[] {
  const out: { selector: string; body: string; within: string[] }[] = [];
  const marks: number[] = [];
  const closeOf = new Map<number, number>();
  const open: number[] = [];
  walk(css, (i) => {
    const ch = css[i]!;
    if (ch === '{' || ch === '}' || ch === ';' || ch === '(' || ch === '[' || ch === ')' || ch === ']') marks.push(i);
    if (ch === '{') open.push(i);
    else if (ch === '}' && open.length > 0) closeOf.set(open.pop()!, i);
    return undefined;
  });
  /**
   * A block being read: where it ends, its prelude and the block it is in (its list of those is made only for a rule
   * with declarations: a copy per block took memory as the square of the depth), where its text not yet taken starts,
   * its own declarations, its bracket depth.
   */
  interface Block {
    to: number;
    prelude?: string;
    parent?: Block;
    start: number;
    own: string;
    depth: number;
  }
  const blocks: Block[] = [{ to: css.length, start: 0, own: '', depth: 0 }];
  const withinOf = (b: Block) => {
    const list: string[] = [];
    for (let at: Block | undefined = b; at?.prelude !== undefined; at = at.parent) list.push(at.prelude);
    return list.reverse();
  };
  let m = 0;
  while (blocks.length > 0) {
    const b = blocks[blocks.length - 1]!;
    if (m < marks.length && marks[m]! < b.to) {
      const i = marks[m++]!;
      const ch = css[i];
      if (b.depth === 0) {
        if (ch === ';') {
          b.own += css.slice(b.start, i + 1);
          b.start = i + 1;
        } else if (ch === '{') {
          const prelude = css.slice(b.start, i).trim();
          const close = Math.min(closeOf.get(i) ?? css.length, b.to);
          b.start = close + 1;
          blocks.push({ to: close, prelude: prelude.toLowerCase(), parent: b, start: i + 1, own: '', depth: 0 });
          continue;
        } else if (ch === '}') b.start = i + 1;
      }
      if (ch === '(' || ch === '[') b.depth++;
      else if ((ch === ')' || ch === ']') && b.depth > 0) b.depth--;
      continue;
    }
    blocks.pop();
    b.own += css.slice(b.start, b.to);
    if (b.own.trim() !== '') {
      const within = withinOf(b);
      const style = [...within].reverse().find((w) => !w.startsWith('@'));
      const at = within.lastIndexOf(style ?? '');
      if (style !== undefined) out.push({ selector: style, body: b.own, within: within.filter((_, k) => k !== at) });
    }
    // The block's parent goes on past its 「}」.
    while (m < marks.length && marks[m]! <= b.to) m++;
  }
  return out;
}

/** CSS escapes written out (「\\68 」 is 「h」, 「\\{」 is 「{」). */
export const unescapeCss = (text: string) =>
  text.replace(/\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|([\s\S]))/g, (_, hex: string | undefined, ch: string | undefined) =>
    hex !== undefined ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd) : ch!,
  );

/** The index just past the 「]」 closing the bracket opened at `open` (strings and escapes read whole), or the end. */
export function bracketEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length;) {
    if (text[i] === ']') return i + 1;
    i = pastToken(text, i);
  }
  return text.length;
}

/**
 * A selector's last compound (the element it styles), the combinator before it (「 」 a descendant, 「>」「+」「~」) and
 * the compound before that: combinators read only at the top level (not in 「:nth-child(2n+1)」, 「[title="a b"]」, an
 * escape's space).
 */
export function lastCompounds(selector: string): { self: string; combinator?: string; before?: string } {
  const text = selector.trim();
  const marks = new Set<number>();
  walk(text, (i, depth) => {
    if (depth === 0 && /[\s>+~]/.test(text[i]!)) marks.add(i);
    return undefined;
  });
  const parts: string[] = [];
  const seps: string[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && !marks.has(j)) j++;
    parts.push(text.slice(i, j));
    let sep = '';
    while (j < text.length && marks.has(j)) sep += text[j++];
    if (j < text.length) seps.push(sep.trim() || ' ');
    i = j;
  }
  const self = parts.pop() ?? '';
  const combinator = seps.pop();
  const before = parts.pop();
  return { self, ...(combinator !== undefined ? { combinator } : {}), ...(before !== undefined ? { before } : {}) };
}

/** The text of a 「data:」 url (「data:text/css,.h{display:none}」, base64 or percent-encoded), or undefined. */
export function dataUrlText(url: string): string | undefined {
  const m = /^\s*data:([^,]*?),([\s\S]*)$/i.exec(url);
  if (!m) return undefined;
  try {
    if (/;\s*base64\s*$/i.test(m[1]!)) {
      const bytes = Uint8Array.from(atob(m[2]!.replace(/\s+/g, '')), (ch) => ch.charCodeAt(0));
      return new TextDecoder().decode(bytes);
    }
    return decodeURIComponent(m[2]!);
  } catch {
    return m[2]!;
  }
}

/**
 * A stylesheet with the stylesheets it imports from 「data:」 urls written in (attack23: 「@import url(data:text/css,
 * .h{display:none})」 hides as a rule of its own does; it was not read), each inside 「@media」 where the import names
 * media; imports of files outside the page are not in it (README Limits). `depth` bounds imports within imports.
 */
export function withImports(css: string, depth = 0): string {
  if (depth > 3 || !/@import/i.test(css)) return css;
  const plain = withoutComments(css);
  let out = plain;
  for (const m of plain.matchAll(/@import\s+(?:url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)|"([^"]*)"|'([^']*)')([^;]*);?/gi)) {
    const text = dataUrlText(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '');
    if (text === undefined) continue;
    const media = m[6]!.trim();
    const inner = withImports(text, depth + 1);
    out += `\n${media === '' ? inner : `@media ${media}{${inner}}`}`;
  }
  return out;
}

const NUM = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
/** Each value of a property in a declaration block (the last wins in CSS; any of them is looked at here). */
const valuesOf = (css: string, property: RegExp) =>
  [...css.matchAll(new RegExp(String.raw`(?:^|[;{\s])(?:${property.source})\s*:\s*([^;}]*)`, 'gi'))].map((m) => m[1]!.trim());
/** A number with its unit (「50em」「5%」「1e-9px」), or undefined. */
function measure(text: string): { n: number; unit: string } | undefined {
  const m = new RegExp(String.raw`^(${NUM})([a-z%]*)$`, 'i').exec(text.trim());
  return m ? { n: Number(m[1]), unit: m[2]!.toLowerCase() } : undefined;
}
/** A factor (「0.05」「5%」) as a number. */
const factor = (text: string) => {
  const m = measure(text);
  return m === undefined ? undefined : m.unit === '%' ? m.n / 100 : m.unit === '' ? m.n : undefined;
};
/** A length far enough to put text off the page: 999px or more, 50 of a font's or the window's units, 100% … */
const farOff = (text: string) => {
  const m = measure(text);
  if (!m) return false;
  const a = Math.abs(m.n);
  return ['px', 'pt', 'pc', 'mm', 'cm', 'in', 'q', ''].includes(m.unit)
    ? a >= 999 || (m.unit !== 'px' && m.unit !== '' && a >= 200)
    : a >= 50;
};

/**
 * Declarations that leave text unseen as the patterns of html.ts do not say them (attack23), read by their numbers:
 * a colour whose alpha is under 0.1 in any notation (「rgb(0 0 0 / 0)」「hsl(… / 5%)」「oklch(… / 0)」「rgba(0,0,0,0.01)」),
 * an opacity or zoom under 0.1 written any way (「1%」「1e-9」), a scale under 0.1 (the 「scale」 property, scaleX(0.01),
 * a matrix of zeros), text moved off the page (「translate: -9999px」「text-indent: -99em」「left: -99vw」), a font size
 * computed (「calc(0px)」) or under 4px written with an exponent, a blur of more than 1px, letters overlapping
 * (「letter-spacing: -1em」). Before, each left 「3<span style="…">0</span>」 read 30.
 */
export function unseenByNumbers(css: string): string | undefined {
  for (const v of valuesOf(css, /(?:-webkit-text-fill-)?color|-webkit-text-stroke-color/)) {
    const m = /^[a-z-]+\(([^)]*)\)/i.exec(v);
    if (!m) continue;
    const args = m[1]!.includes('/') ? [m[1]!.split('/').pop()!] : m[1]!.split(',').slice(3);
    const alpha = args.length === 1 ? factor(args[0]!) : undefined;
    if (alpha !== undefined && alpha < 0.1) return 'color（ほぼ透明）';
  }
  for (const v of valuesOf(css, /opacity|zoom/)) {
    const f = factor(v);
    if (f !== undefined && f < 0.1) return 'opacity/zoom（ほぼ見えない）';
  }
  for (const v of valuesOf(css, /scale/)) if (v.split(/\s+/).some((x) => (factor(x) ?? 1) < 0.1 && (factor(x) ?? 1) > -0.1)) return 'scale';
  for (const v of valuesOf(css, /transform/)) {
    for (const f of v.matchAll(/(scale(?:3d|x|y|z)?|matrix(?:3d)?|translate(?:3d|x|y|z)?)\(([^)]*)\)/gi)) {
      const args = f[2]!.split(/[\s,]+/).filter(Boolean);
      const kind = f[1]!.toLowerCase();
      if (kind.startsWith('scale') && args.some((x) => Math.abs(factor(x) ?? 1) < 0.1)) return 'transform';
      if (kind === 'matrix' && args.length >= 4 && Math.abs(Number(args[0]) * Number(args[3]) - Number(args[1]) * Number(args[2])) < 0.01)
        return 'transform';
      if (kind.startsWith('translate') && args.some(farOff)) return '位置';
    }
  }
  for (const v of valuesOf(
    css,
    /translate|left|right|top|bottom|text-indent|margin(?:-left|-right|-top|-bottom|-inline-start|-block-start)?|inset(?:-[a-z-]+)?/,
  ))
    if (v.split(/\s+/).some((x) => /^-/.test(x) && farOff(x))) return '位置';
  for (const v of valuesOf(css, /font-size/)) {
    if (/\b(?:calc|min|max|clamp)\(/i.test(v)) return 'font-size（計算した大きさ）';
    const m = measure(v);
    if (m && /e/i.test(v) && m.unit === 'px' && m.n < 4) return 'font-size（読めない大きさ）';
  }
  for (const v of valuesOf(css, /filter|backdrop-filter/)) {
    const b = /blur\(\s*([^)]*)\)/i.exec(v);
    const m = b ? measure(b[1]!) : undefined;
    if (m && m.n > 1) return 'filter（ぼかし）';
  }
  for (const v of valuesOf(css, /letter-spacing/)) {
    const m = measure(v);
    if (m && m.n < 0 && (['em', 'rem', 'ch', 'ex'].includes(m.unit) ? m.n <= -0.3 : m.n <= -4)) return 'letter-spacing（重なる文字）';
  }
  return undefined;
}
