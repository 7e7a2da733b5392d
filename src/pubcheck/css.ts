/**
 * CSS read as a browser tokenizes it (attack23), for html.ts's stylesheet rules: strings, escapes, comments, brackets
 * and parentheses are read before any brace, comma or combinator is taken as structure. Before, a brace or 「/*」
 * inside a string (「@media print{.p{content:"{"}} .h{display:none}」), an escaped brace (「.p\{」), an unquoted url
 * holding a brace, or a comma inside an attribute's value (「[data-z="a,b"] .h」) moved a screen rule into 「@media
 * print」, into a comment, or split its selector in the wrong place, and the rule hiding a cell's digit was not seen
 * (「3<span class="h">0</span>」 shown 3, read 30); a rule's own declarations beside nested rules (CSS nesting) were
 * not read at all.
 */
import { fontMath, foldMath, leastLengths, unresolvedMath } from './cssmath.ts';

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

/** The selector `layerMarked` gives a layer's declaration (a statement's name): no element matches it. */
export const LAYER_MARK = '\u0001layer';

/**
 * html48: a stylesheet's 「@layer」 at-rules made rules `cssRules` keeps in place, for the order of the layers: a
 * statement 「@layer a, b;」 becomes a block per name holding one rule of `LAYER_MARK` (its declaration where it is
 * written), and an anonymous layer 「@layer{…}」 a name of its own (`\u0002` and its place: two anonymous blocks are
 * two layers). `unsure` where a name is not read (escapes, other characters) or a statement is cut off.
 */
export function layerMarked(css: string): { text: string; unsure: boolean } {
  let out = '';
  let from = 0;
  let unsure = false;
  let k = 0;
  walk(css, (i, depth) => {
    if (depth !== 0 || css[i] !== '@' || !/^@layer(?![-\w\\])/i.test(css.slice(i, i + 7))) return undefined;
    // Its prelude's end: the first 「{」「;」「}」 outside strings, escapes, brackets and parentheses.
    let end = -1;
    for (let j = i + 6, d = 0; j < css.length && end < 0;) {
      const ch = css[j]!;
      if (ch === '\\' || ch === '"' || ch === "'" || (ch === '/' && css[j + 1] === '*')) {
        j = pastToken(css, j);
        continue;
      }
      if (ch === '(' || ch === '[') d++;
      else if ((ch === ')' || ch === ']') && d > 0) d--;
      else if (d === 0 && (ch === '{' || ch === ';' || ch === '}')) end = j;
      j++;
    }
    if (end < 0 || css[end] === '}') {
      unsure = true;
      return undefined;
    }
    const names = css
      .slice(i + 6, end)
      .split(',')
      .map((n) => n.trim());
    // Names as written in lower case only (cssRules lowers an at-rule's prelude: 「A」 and 「a」 are two layers).
    const plain = names.every((n) => /^[-a-z0-9_]+(?:\.[-a-z0-9_]+)*$/.test(n) && !/^\d|\.\d/.test(n));
    out += css.slice(from, i);
    // A block declares its layer where it opens (its rules may come later, or none: 「@layer a{}」).
    if (css[end] === '{' && names.length === 1 && names[0] === '') out += `@layer \u0002${k++}{${LAYER_MARK}{--l:1}`;
    else if (css[end] === '{' && names.length === 1 && plain) out += `@layer ${names[0]}{${LAYER_MARK}{--l:1}`;
    else if (css[end] === ';' && plain) out += names.map((n) => `@layer ${n}{${LAYER_MARK}{--l:1}}`).join('');
    else {
      unsure = true;
      out += css.slice(i, end + 1);
    }
    from = end + 1;
    return end + 1;
  });
  return { text: out + css.slice(from), unsure };
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
          // At-rules' preludes lower case; a selector as written (html11: a class in 「:not()」 is matched case-sensitively).
          blocks.push({
            to: close,
            prelude: prelude.startsWith('@') ? prelude.toLowerCase() : prelude,
            parent: b,
            start: i + 1,
            own: '',
            depth: 0,
          });
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
/** The urls a stylesheet (comments gone) imports, in order (「@import url(x.css)」, 「@import "x.css"」). */
export const importedUrls = (plain: string): string[] => [...plain.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '');
const IMPORT = /@import\s+(?:url\(\s*(?:"([^"]*)"|'([^']*)'|(?!\s)((?:[^)\s]|\s+(?![\s)]))*))\s*\)|"([^"]*)"|'([^']*)')([^;]*);?/gi;

export function withImports(css: string, depth = 0): string {
  if (depth > 3 || !/@import/i.test(css)) return css;
  const plain = withoutComments(css);
  let out = plain;
  for (const m of plain.matchAll(IMPORT)) {
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
    // A size computed from the parent's and the root's (「calc(1rem + 2px)」) is read in each element (html.ts `fontPx`).
    if (unresolvedMath(v) && !fontMath(v)) return 'font-size（計算した大きさ）';
    const m = measure(v);
    if (m && /e/i.test(v) && m.unit === 'px' && m.n < 4) return 'font-size（読めない大きさ）';
  }
  for (const v of valuesOf(css, /filter|backdrop-filter/)) {
    const b = /blur\(\s*(?!\s)([^)]*)\)/i.exec(v);
    const m = b ? measure(b[1]!) : undefined;
    if (m && m.n > 1) return 'filter（ぼかし）';
  }
  for (const v of valuesOf(css, /letter-spacing/)) {
    const m = measure(v);
    if (m && m.n < 0 && (['em', 'rem', 'ch', 'ex'].includes(m.unit) ? m.n <= -0.3 : m.n <= -4)) return 'letter-spacing（重なる文字）';
  }
  return undefined;
}

/** A declaration block's declarations, in order: each property lower case, its value trimmed without 「!important」. */
export function declarations(block: string): { property: string; value: string }[] {
  const out: { property: string; value: string }[] = [];
  for (const one of splitTop(block, (ch) => ch === ';' || ch === '{' || ch === '}')) {
    const colon = one.indexOf(':');
    if (colon < 0) continue;
    const property = one.slice(0, colon).trim().toLowerCase();
    if (!/^-?[a-z][-a-z0-9]*$/.test(property) && !property.startsWith('--')) continue;
    out.push({
      property,
      value: foldMath(
        one
          .slice(colon + 1)
          .replace(/!\s*important\s*$/i, '')
          .trim(),
      ),
    });
  }
  return out;
}

/**
 * Properties whose every value leaves a table's text shown as the file has it — each digit drawn, in its order, where
 * the text puts it (html6): a font's weight, style and variants, alignment, borders, padding, wrapping, text
 * transformed by case (digits have none), decoration other than struck (html.ts ALTERING reads that), page breaks, Office's
 * own 「mso-」 properties (no browser draws them). Any property not here, and not read by its value below
 * (`shownOtherwiseBy`), is refused where it styles a table's element: what it does to the text is not proved.
 */
const HARMLESS = new Set([
  'font-weight',
  'font-style',
  'font-stretch',
  'font-kerning',
  'font-synthesis',
  'font-optical-sizing',
  'font-variation-settings',
  'font-language-override',
  'font-smooth',
  '-webkit-font-smoothing',
  '-moz-osx-font-smoothing',
  'text-rendering',
  'text-size-adjust',
  '-webkit-text-size-adjust',
  '-ms-text-size-adjust',
  '-moz-text-size-adjust',
  'text-align',
  'text-align-last',
  'text-justify',
  'text-justify-trim',
  'text-autospace',
  'text-spacing',
  'text-transform',
  'text-emphasis-color',
  'text-emphasis-position',
  'text-underline-offset',
  'text-underline-position',
  'text-decoration-color',
  'text-decoration-style',
  'text-decoration-thickness',
  'text-decoration-skip-ink',
  'text-wrap',
  'text-wrap-mode',
  'text-wrap-style',
  'white-space',
  'white-space-collapse',
  'word-wrap',
  'overflow-wrap',
  'word-break',
  'line-break',
  'hyphens',
  'tab-size',
  'layout-grid',
  'layout-grid-mode',
  'layout-flow',
  'tab-interval',
  'writing-mode',
  'text-orientation',
  'text-combine-upright',
  'border',
  'border-collapse',
  'border-spacing',
  'border-radius',
  'border-image',
  'empty-cells',
  'caption-side',
  'table-layout',
  'padding',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'padding-inline',
  'padding-block',
  'padding-inline-start',
  'padding-inline-end',
  'padding-block-start',
  'padding-block-end',
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'inline-size',
  'block-size',
  'min-inline-size',
  'min-block-size',
  'max-inline-size',
  'max-block-size',
  'box-sizing',
  'cursor',
  'pointer-events',
  'user-select',
  '-webkit-user-select',
  'transition',
  'transition-property',
  'transition-duration',
  'transition-timing-function',
  'transition-delay',
  '-webkit-transition',
  'isolation',
  'will-change',
  'page-break-inside',
  'page-break-before',
  'page-break-after',
  'break-inside',
  'break-before',
  'break-after',
  'orphans',
  'widows',
  'list-style',
  'list-style-type',
  'list-style-position',
  'list-style-image',
  'counter-reset',
  'counter-increment',
  'counter-set',
  'ruby-align',
  'ruby-position',
  'page',
  'size',
  'speak',
  'caret-color',
  'accent-color',
  'appearance',
  'resize',
  'scroll-behavior',
  'overscroll-behavior',
  'scrollbar-width',
  'scrollbar-color',
  'print-color-adjust',
  '-webkit-print-color-adjust',
  'color-adjust',
  'forced-color-adjust',
  'background-repeat',
  'background-position',
  'background-size',
  'background-attachment',
  'background-origin',
  'margin',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'margin-inline',
  'margin-block',
  'margin-inline-start',
  'margin-inline-end',
  'margin-block-start',
  'margin-block-end',
  'top',
  'right',
  'bottom',
  'left',
  'inset',
  'inset-inline',
  'inset-block',
  'inset-inline-start',
  'inset-inline-end',
  'inset-block-start',
  'inset-block-end',
  'clear',
  'outline-color',
  'outline-style',
  'flex',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'gap',
  'row-gap',
  'column-gap',
  'align-items',
  'align-self',
  'align-content',
  'justify-content',
  'justify-items',
  'justify-self',
]);
/** Families of properties harmless whatever their value, as HARMLESS's: borders, padding, a font's variants, page breaks … */
const HARMLESS_FAMILY =
  /^(?:-webkit-(?:tap-highlight-color|user-drag|user-modify|line-break|locale|nbsp-mode|text-decorations-in-effect|border-(?:horizontal|vertical)-spacing|font-feature-settings)$|font-synthesis-|contain-intrinsic-|touch-action$|object-(?:fit|position)$|text-decoration-skip$|hanging-punctuation$|text-spacing-trim$|border-|padding-|font-variant|font-palette|scroll-|overscroll-|transition-|text-underline-|text-emphasis-|text-decoration-(?:color|style|thickness|skip)|page-break-|break-|column-rule|list-style-|counter-|ruby-|background-(?:position|repeat|size|attachment|origin))/;
const harmless = (property: string) => HARMLESS.has(property) || BY_VALUE.has(property) || HARMLESS_FAMILY.test(property);
/**
 * The properties read by their value (`shownOtherwiseBy`, html.ts): harmless as `harmless` says, but only where their
 * value is; HARMLESS's and HARMLESS_FAMILY's are harmless whatever their value.
 */
const BY_VALUE = new Set([
  'visibility',
  'display',
  'font',
  'font-size',
  'line-height',
  'opacity',
  'zoom',
  'text-decoration',
  'text-decoration-line',
  'vertical-align',
  'text-indent',
  'letter-spacing',
  'word-spacing',
  'content',
  'overflow',
  'overflow-x',
  'overflow-y',
  'text-overflow',
  'color',
  '-webkit-text-fill-color',
  '-webkit-text-stroke',
  '-webkit-text-stroke-color',
  '-webkit-text-stroke-width',
  'background',
  'background-color',
  'background-image',
  'font-size-adjust',
  'position',
  'float',
  'direction',
  'unicode-bidi',
  'outline',
  'outline-offset',
  'filter',
  'backdrop-filter',
  'transform',
  'translate',
  'rotate',
  'scale',
  'mix-blend-mode',
  'background-blend-mode',
  'background-clip',
  '-webkit-background-clip',
  'clip',
  'clip-path',
  'mask',
  'mask-image',
  '-webkit-mask',
  '-webkit-mask-image',
  'animation',
  'animation-name',
  'order',
  'flex-direction',
  'flex-flow',
  'column-count',
  'columns',
  'content-visibility',
  'color-scheme',
  'font-family',
  'font-feature-settings',
  'font-variant',
  'font-variant-numeric',
  'font-variant-position',
  'text-shadow',
  'box-shadow',
  '-webkit-box-shadow',
  'outline-width',
  'z-index',
  'contain',
  'text-emphasis',
  'text-emphasis-style',
  'quotes',
]);
/** Whether a declaration may change what a table shows (a property read by its value, or one not known harmless). */
export const notable = (property: string) =>
  !property.startsWith('--') &&
  !property.startsWith('mso-') &&
  (!harmless(property) ||
    BY_VALUE.has(property) ||
    /^(?:margin|top|right|bottom|left|inset|text-underline-offset$|text-decoration-thickness$)/.test(property));

/** A length in CSS pixels, a font's em taken as `em` px (「ch」「ex」 as half of it); undefined where not a length so read. */
export function pixels(text: string, em = 16, rem = 16): number | undefined {
  const m = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)([a-z]*)$/i.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  const per: Record<string, number> = {
    px: 1,
    '': n === 0 ? 1 : NaN,
    pt: 4 / 3,
    pc: 16,
    in: 96,
    cm: 96 / 2.54,
    mm: 96 / 25.4,
    q: 96 / 101.6,
    em,
    // The root's font size (html10: a caller that knows it passes it; 16 before, so 「html{font-size:1px}」 left
    // 「font-size: 1rem」 read as 16px).
    rem,
    ch: em / 2,
    ex: em / 2,
    ic: em,
    lh: em * 1.2,
    vw: NaN,
    vh: NaN,
  };
  const f = per[unit];
  return f === undefined || Number.isNaN(f) ? undefined : n * f;
}

/** CSS's named colours (and the system colours Office writes), as hex. */
const NAMED: Record<string, string> = Object.fromEntries(
  (
    'black000000 silverc0c0c0 gray808080 grey808080 whiteffffff maroon800000 redff0000 purple800080 fuchsiaff00ff green008000 lime00ff00 ' +
    'olive808000 yellowffff00 navy000080 blue0000ff teal008080 aqua00ffff ' +
    'alicebluef0f8ff antiquewhitefaebd7 aquamarine7fffd4 azuref0ffff beigef5f5dc bisqueffe4c4 blanchedalmondffebcd blueviolet8a2be2 ' +
    'browna52a2a burlywooddeb887 cadetblue5f9ea0 chartreuse7fff00 chocolated2691e coralff7f50 cornflowerblue6495ed cornsilkfff8dc ' +
    'crimsondc143c cyan00ffff darkblue00008b darkcyan008b8b darkgoldenrodb8860b darkgraya9a9a9 darkgreya9a9a9 darkgreen006400 ' +
    'darkkhakibdb76b darkmagenta8b008b darkolivegreen556b2f darkorangeff8c00 darkorchid9932cc darkred8b0000 darksalmone9967a ' +
    'darkseagreen8fbc8f darkslateblue483d8b darkslategray2f4f4f darkslategrey2f4f4f darkturquoise00ced1 darkviolet9400d3 ' +
    'deeppinkff1493 deepskyblue00bfff dimgray696969 dimgrey696969 dodgerblue1e90ff firebrickb22222 floralwhitefffaf0 ' +
    'forestgreen228b22 gainsborodcdcdc ghostwhitef8f8ff goldffd700 goldenroddaa520 greenyellowadff2f honeydewf0fff0 hotpinkff69b4 ' +
    'indianredcd5c5c indigo4b0082 ivoryfffff0 khakif0e68c lavendere6e6fa lavenderblushfff0f5 lawngreen7cfc00 ' +
    'lemonchiffonfffacd lightblueadd8e6 lightcoralf08080 lightcyane0ffff lightgoldenrodyellowfafad2 lightgrayd3d3d3 lightgreyd3d3d3 ' +
    'lightgreen90ee90 lightpinkffb6c1 lightsalmonffa07a lightseagreen20b2aa lightskyblue87cefa lightslategray778899 ' +
    'lightslategrey778899 lightsteelblueb0c4de lightyellowffffe0 limegreen32cd32 linenfaf0e6 magentaff00ff mediumaquamarine66cdaa ' +
    'mediumblue0000cd mediumorchidba55d3 mediumpurple9370db mediumseagreen3cb371 mediumslateblue7b68ee mediumspringgreen00fa9a ' +
    'mediumturquoise48d1cc mediumvioletredc71585 midnightblue191970 mintcreamf5fffa mistyroseffe4e1 moccasinffe4b5 ' +
    'navajowhiteffdead oldlacefdf5e6 olivedrab6b8e23 orangeffa500 orangeredff4500 orchidda70d6 palegoldenrodeee8aa ' +
    'palegreen98fb98 paleturquoiseafeeee palevioletreddb7093 papayawhipffefd5 peachpuffffdab9 perucd853f pinkffc0cb plumdda0dd ' +
    'powderblueb0e0e6 rebeccapurple663399 rosybrownbc8f8f royalblue4169e1 saddlebrown8b4513 salmonfa8072 sandybrownf4a460 ' +
    'seagreen2e8b57 seashellfff5ee siennaa0522d skyblue87ceeb slateblue6a5acd slategray708090 slategrey708090 snowfffafa ' +
    'springgreen00ff7f steelblue4682b4 tand2b48c thistled8bfd8 tomatoff6347 turquoise40e0d0 violetee82ee wheatf5deb3 ' +
    'whitesmokef5f5f5 yellowgreen9acd32 windowtext000000 canvastext000000 buttontext000000 fieldtext000000 captiontext000000 ' +
    'infotext000000 menutext000000 graytext808080 windowffffff canvasffffff buttonfacef0f0f0 fieldffffff'
  )
    .split(' ')
    .map((w) => {
      const m = /^([a-z]+?)([0-9a-f]{6})$/.exec(
        w.replace('windowffffff', 'windowffffff').replace('aquaffffff00', 'aqua00ffff').replace('powderblueb0e0e6', 'powderblueb0e0e6'),
      )!;
      return [m[1]!, m[2]!];
    }),
);

/**
 * A colour value as red, green, blue (0–255) and alpha (0–1): hex, the named and system colours, rgb(), hsl() in
 * either syntax; 'transparent' as alpha 0; undefined for 「currentcolor」「inherit」 and the like (the colour above it);
 * null where not so read (color-mix(), light-dark(), relative colours, lab() …: what it shows is not proved).
 */
export function colourOf(value: string): [number, number, number, number] | undefined | null {
  const v = value.trim().toLowerCase();
  if (/^(?:currentcolor|inherit|unset|revert|revert-layer|initial)$/.test(v)) return undefined;
  if (v === 'transparent') return [0, 0, 0, 0];
  const named = NAMED[v];
  if (named) return [parseInt(named.slice(0, 2), 16), parseInt(named.slice(2, 4), 16), parseInt(named.slice(4, 6), 16), 1];
  const hex = /^#([0-9a-f]{3,8})$/.exec(v)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    if (full.length !== 6 && full.length !== 8) return null;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)).concat(full.length === 8 ? parseInt(full.slice(6), 16) / 255 : 1) as [
      number,
      number,
      number,
      number,
    ];
  }
  const fn = /^(rgba?|hsla?)\(([^()]*)\)$/.exec(v);
  if (!fn) return null;
  const [main, alphaText] = fn[2]!.includes('/') ? fn[2]!.split('/') : [fn[2]!.split(',').slice(0, 3).join(' '), fn[2]!.split(',')[3]];
  const parts = main!.split(/[\s,]+/).filter(Boolean);
  if (parts.length !== 3 || parts.some((p) => p === 'none' || p.includes('('))) return null;
  const alpha = alphaText === undefined ? 1 : factorOf(alphaText.trim());
  if (alpha === undefined) return null;
  const a = Math.min(1, Math.max(0, alpha));
  if (fn[1]!.startsWith('rgb')) {
    const c = parts.map((p) => (p.endsWith('%') ? (Number(p.slice(0, -1)) * 255) / 100 : Number(p)));
    return c.some((x) => !Number.isFinite(x))
      ? null
      : ([...c.map((x) => Math.min(255, Math.max(0, x))), a] as [number, number, number, number]);
  }
  const h = (((Number(parts[0]!.replace(/deg$/, '')) % 360) + 360) % 360) / 360;
  const s = Number(parts[1]!.replace(/%$/, '')) / 100;
  const l = Number(parts[2]!.replace(/%$/, '')) / 100;
  if (![h, s, l].every(Number.isFinite)) return null;
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    const u = ((t % 1) + 1) % 1;
    return 255 * (u < 1 / 6 ? p + (q - p) * 6 * u : u < 1 / 2 ? q : u < 2 / 3 ? p + (q - p) * (2 / 3 - u) * 6 : p);
  };
  return [hue(h + 1 / 3), hue(h), hue(h - 1 / 3), a];
}
const factorOf = (text: string) => {
  const m = measure(text);
  return m === undefined ? undefined : m.unit === '%' ? m.n / 100 : m.unit === '' ? m.n : undefined;
};

/** A colour laid over another (its alpha), opaque. */
export const over = (top: readonly number[], below: readonly number[]): [number, number, number, number] => {
  const a = top[3]!;
  return [0, 1, 2].map((i) => top[i]! * a + below[i]! * (1 - a)).concat(1) as [number, number, number, number];
};

/** WCAG's contrast ratio of two opaque colours (1 the same, 21 black on white). */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const lum = (c: readonly number[]) => {
    const [r, g, bl] = [0, 1, 2].map((i) => {
      const s = c[i]! / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/**
 * What a declaration does that may show a table's text otherwise than the file has it, read by its value alone (html6),
 * or undefined where it cannot: a property not known harmless; a transform, filter, clip, mask, blend or animation that
 * is not none; a position taking the element out of its line (absolute, fixed) or moving it by more than half a digit; a
 * float, flex or grid order; text drawn right to left; a negative margin, indent or spacing of more than a fifth of a
 * digit. Colours, overflow and sizes are judged with the element's other declarations (html.ts `shownOtherwise`).
 * `em`, the element's font size in px; `inCell`, whether the element is inside a cell (not the table's own parts).
 */
export function shownOtherwiseBy(property: string, value: string, em: number, inCell: boolean, near = em, rem = 16): string | undefined {
  let v = value.trim().toLowerCase();
  // Lengths are read in the element's font (`em`); how far is too far, in the digits beside it (`near`: a box of a
  // large font may not move or draw further than a digit of the text around it).
  const lim = Math.min(em, near);
  const keyword = /^(?:inherit|initial|unset|revert|revert-layer)$/.test(v);
  if (property.startsWith('--') || property.startsWith('mso-') || keyword) return undefined;
  const small = (x: string, limit: number) => {
    if (/^(?:auto|0)$/.test(x)) return true;
    const px = pixels(x, em, rem);
    return px !== undefined && Math.abs(px) <= limit * lim;
  };
  // html9: a math function not computed (terms of several kinds, var() …) in a property judged by its numbers is not
  // proved (「opacity: calc(var(--a) * 0)」); colours are judged by colourOf, which reads none.
  // html10: terms of several kinds are computed where the element gives them — a font size from its parent's and the
  // root's (read in html.ts `fontPx`), a margin or an indent at its least (em, rem, and 0% to any width).
  if (NUMERIC.test(property) && unresolvedMath(v)) {
    if (property === 'font-size' && fontMath(v)) return undefined;
    const least = /^(?:margin(?:-[a-z-]+)?|text-indent|letter-spacing|word-spacing)$/.test(property)
      ? leastLengths(v, { em, rem })
      : undefined;
    if (least === undefined) return `${property}（計算した値。大きさの分からない項を含む）`;
    v = least;
  }
  if (/^(?:margin|top|right|bottom|left|inset)/.test(property) && !/^margin/.test(property)) return undefined; // read with position
  if (/^margin/.test(property))
    return v.split(/\s+/).every((x) => x === 'auto' || (pixels(x, em, rem) ?? -1) >= -0.2 * lim) ? undefined : `${property}（負の余白）`;
  if (!harmless(property)) return `${property}（表示を変えうる指定）`;
  if (property === 'text-underline-offset') return !/^-/.test(v) || small(v, 0.1) ? undefined : 'text-underline-offset（字に重なる線）';
  if (property === 'text-decoration-thickness') return decorationThin(v, em, lim) ? undefined : 'text-decoration-thickness（字に重なる線）';
  if (!BY_VALUE.has(property)) return undefined;
  switch (property) {
    case 'transform':
      return v === 'none' ||
        ([...v.matchAll(/(?<![a-z0-9])([a-z0-9]+)\(([^()]*)\)/g)].every((f) => smallTransform(f[1]!, f[2]!, em, lim)) &&
          v.replace(/(?<![a-z0-9])[a-z0-9]+\([^()]*\)/g, '').trim() === '')
        ? undefined
        : 'transform';
    case 'translate':
    case 'rotate':
    case 'scale':
      return v === 'none' || smallTransform(property, v, em, lim) ? undefined : property;
    case 'filter':
      return v === 'none' ||
        ([...v.matchAll(/(?<![a-z-])([a-z-]+)\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)].every((f) => lightFilter(f[1]!, f[2]!, em)) &&
          v.replace(/(?<![a-z-])[a-z-]+\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g, '').trim() === '')
        ? undefined
        : 'filter';
    case 'backdrop-filter':
    case 'clip-path':
    case 'mask':
    case 'mask-image':
    case '-webkit-mask':
    case '-webkit-mask-image':
    case 'animation':
    case 'animation-name':
      return v === 'none' ? undefined : property;
    case 'clip':
      return v === 'auto' ? undefined : 'clip';
    case 'mix-blend-mode':
    case 'background-blend-mode':
      return v === 'normal' ? undefined : property;
    case 'background-clip':
    case '-webkit-background-clip':
      return v.includes('text') ? property : undefined;
    case 'position':
      return /^(?:static|relative|sticky)$/.test(v) ? undefined : `position: ${v}`;
    case 'float':
      return v === 'none' || !inCell ? undefined : 'float';
    case 'order':
      return v === '0' ? undefined : 'order';
    case 'flex-direction':
    case 'flex-flow':
      return v.includes('reverse') ? property : undefined;
    case 'column-count':
    case 'columns':
      return v === 'auto' || v === '1' ? undefined : property;
    case 'direction':
      return v === 'ltr' ? undefined : 'direction（右から左）';
    case 'unicode-bidi':
      return /^(?:normal|embed|isolate|plaintext)$/.test(v) ? undefined : 'unicode-bidi';
    case 'display':
      return /^(?:none|inline|block|inline-block|flow-root|contents|table|inline-table|table-[a-z-]+|flow|block flow|inline flow|inline flow-root|run-in)$/.test(
        v,
      ) && v !== 'run-in'
        ? undefined
        : `display: ${v}`;
    case 'text-decoration':
      // A line under, over or through the text as thick as a digit's part covers it (html9: 「underline #fff 2em」
      // with 「text-underline-offset: -1em」 laid a white band over the digits, read as shown).
      return v.split(/\s+/).every((x) => !/\d/.test(x) || decorationThin(x, em, lim)) ? undefined : 'text-decoration（字に重なる線）';
    case 'text-indent':
    case 'letter-spacing':
    case 'word-spacing':
      // Negative, text moves out of its box over what is beside it; a long positive indent puts it far away, letters
      // spaced wide show one number as several (「3    0」).
      return v === 'normal' ||
        v
          .split(/\s+/)
          .every((x) =>
            /^-/.test(x)
              ? small(x, property === 'text-indent' ? 1 : 0.1)
              : property === 'word-spacing' ||
                !/\d/.test(x) ||
                (pixels(x, em) ?? (/%$/.test(x) && Number(x.slice(0, -1)) <= 10 ? 0 : Infinity)) <=
                  (property === 'text-indent' ? 5 : 0.5) * em,
          )
        ? undefined
        : `${property}（離れた位置）`;
    case 'outline':
    case 'outline-width': {
      // An outline is drawn over what is around the element (after the text): wider than a fifth of a digit it may cover one.
      if (/\bnone\b/.test(v) || /^(?:0|thin|medium)$/.test(v)) return undefined;
      const width = v
        .split(/\s+/)
        .map((x) => (x === 'thick' ? 5 : x === 'thin' ? 1 : x === 'medium' ? 3 : pixels(x, em)))
        .find((x) => x !== undefined);
      return width === undefined || width <= Math.max(3, 0.2 * lim) ? undefined : `${property}（周りを覆いうる線）`;
    }
    case 'outline-offset':
      return !/^-/.test(v) || small(v, 0.1) ? undefined : 'outline-offset';
    case 'text-shadow':
    case 'box-shadow':
    case '-webkit-box-shadow':
      // A shadow drawn away from its element may cover the text beside it (a box's shadow is drawn after the text before it).
      return v === 'none' || splitTop(v, (ch) => ch === ',').every((one) => quietShadow(one, em, lim))
        ? undefined
        : `${property}（周りを覆いうる影）`;
    case 'color-scheme':
      return undefined;
    case '-webkit-text-stroke':
    case '-webkit-text-stroke-width': {
      // A stroke is drawn over the glyph's own fill: wide, in another colour, it covers the digit.
      const width = v
        .split(/\s+/)
        .map((x) => (x === 'thin' ? 1 : x === 'medium' ? 3 : x === 'thick' ? 5 : pixels(x, em)))
        .find((x) => x !== undefined);
      return width === undefined || width <= Math.max(1, 0.06 * em) ? undefined : `${property}（字を覆う線）`;
    }
    case 'text-emphasis':
    case 'text-emphasis-style':
    case 'quotes':
      // Marks or quotes written as text (「text-emphasis: '3'」, 「quotes: '3' ''」 on a 「q」) add what the text lacks.
      return /["'][^"']*\d/.test(v) ? `${property}（ページが加える文字）` : undefined;
    case 'z-index':
      // Drawn under the backgrounds of the boxes around it (a cell's white hides it).
      return /^-/.test(v) ? 'z-index（背景の下に描く）' : undefined;
    case 'contain':
      // Size containment lays the box out as empty (its text then overflows a box of no size).
      return /\b(?:size|strict)\b/.test(v) ? 'contain（大きさのない箱）' : undefined;
    case 'font':
    case 'font-family':
      // Fonts of symbols draw digits as pictures (Wingdings' 「0」 is a folder).
      return /wingdings|webdings|marlett|dingbats|mdl2 assets|fluent icons|ornaments|monotype sorts/.test(v)
        ? `font-family（記号の字形）`
        : undefined;
    case 'font-feature-settings':
    case 'font-variant':
    case 'font-variant-numeric':
    case 'font-variant-position':
      // Digits drawn raised, lowered or as a fraction (「sups」, 「frac」): shown as 「3⁰」 or 「½」, read run on.
      return /["'](?:sups|subs|sinf|numr|dnom|frac|afrc|ordn)["']|\b(?:super|sub|diagonal-fractions|stacked-fractions|ordinal)\b/.test(v)
        ? `${property}（上付き・分数の字形）`
        : undefined;
    case 'font-size-adjust': {
      const n = Number(v);
      return v === 'none' || !Number.isFinite(n) || n >= 0.3 ? undefined : 'font-size-adjust';
    }
    default:
      return undefined;
  }
}

/** Properties judged by the numbers in their values (`shownOtherwiseBy`): a math function left in one is not proved. */
const NUMERIC =
  /^(?:opacity|zoom|font|font-size|font-size-adjust|line-height|vertical-align|margin.*|top|right|bottom|left|inset.*|text-indent|letter-spacing|word-spacing|transform|translate|rotate|scale|filter|backdrop-filter|outline|outline-width|outline-offset|text-shadow|box-shadow|-webkit-box-shadow|-webkit-text-stroke|-webkit-text-stroke-width|text-decoration|text-decoration-thickness|text-underline-offset|z-index|order|column-count|columns)$/;

/** Whether a decoration line's thickness (「auto」「from-font」, a length) is at most a fifth of a digit, or 3px. */
function decorationThin(value: string, em: number, lim = em): boolean {
  if (/^(?:auto|from-font)$/.test(value)) return true;
  const pct = /^([\d.]+)%$/.exec(value);
  const px = pct ? (Number(pct[1]) / 100) * em : pixels(value, em);
  return px !== undefined && px <= Math.max(3, 0.2 * lim);
}

/**
 * Whether a transform function (or the scale, translate, rotate property's value) leaves each digit where it is and
 * readable: scaled by 0.5 to 4 (not mirrored), moved by at most half a digit (a quarter of its own box), not turned
 * (skewed under 10 degrees). 「transform: scale(1.2)」 is read; 「rotate(180deg)」, 「scaleX(-1)」, 「translateX(-1em)」, a
 * matrix are not proved.
 */
function smallTransform(name: string, args: string, em: number, lim = em): boolean {
  const parts = args.split(/[\s,]+/).filter(Boolean);
  const n = name.toLowerCase();
  if (n.startsWith('scale'))
    return parts.every((x) => {
      const f = factorOf(x);
      return f !== undefined && f >= 0.5 && f <= 4;
    });
  if (n.startsWith('translate'))
    return parts.every((x) => {
      const pct = /^(-?[\d.]+)%$/.exec(x);
      if (pct) return Math.abs(Number(pct[1])) <= 25;
      const px = x === '0' ? 0 : pixels(x, em);
      return px !== undefined && Math.abs(px) <= 0.5 * lim;
    });
  const angle = (x: string) => {
    const m = /^(-?[\d.]+)(deg|turn|rad|grad)?$/.exec(x);
    if (!m) return undefined;
    const k = { deg: 1, turn: 360, rad: 180 / Math.PI, grad: 0.9 }[m[2] ?? 'deg'] ?? 1;
    return Number(m[1]) * k;
  };
  if (n.startsWith('rotate'))
    return (
      parts.every((x) => {
        const a = angle(x);
        return a === undefined ? /^[xyz]$/.test(x) || /^-?[\d.]+$/.test(x) : Math.abs(a) % 360 === 0;
      }) && parts.some((x) => angle(x) !== undefined)
    );
  if (n.startsWith('skew')) return parts.every((x) => Math.abs(angle(x) ?? 90) < 10);
  return n === 'perspective';
}

/**
 * Whether a filter function leaves text as readable against what is behind it: a blur of at most 1px, a shadow, grey
 * or sepia tones, saturation (light and dark kept), an opacity of half or more. Brightness, contrast, inversion, a hue
 * turned, an SVG filter (url) may draw text as its background: not proved.
 */
function lightFilter(name: string, args: string, em: number): boolean {
  const a = args.trim();
  switch (name) {
    case 'blur':
      return a === '' || (pixels(a, em) ?? 2) <= 1;
    case 'drop-shadow':
    case 'grayscale':
    case 'sepia':
    case 'saturate':
      return true;
    case 'opacity':
      return a === '' || (factorOf(a) ?? 0) >= 0.5;
    default:
      return false;
  }
}

/** Whether one shadow stays within a fifth of a digit of its element, or is inset (drawn inside it, under its text). */
function quietShadow(one: string, em: number, lim = em): boolean {
  const words = splitTop(one.trim(), (ch) => /\s/.test(ch)).filter(Boolean);
  if (words.some((w) => w.toLowerCase() === 'inset')) return true;
  const lengths = words.map((w) => (w === '0' ? 0 : pixels(w, em))).filter((x): x is number => x !== undefined);
  const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
  return Math.max(Math.abs(x), Math.abs(y)) + blur / 2 + Math.max(0, spread) <= Math.max(5, 0.3 * lim);
}

/**
 * One compound of a selector read exactly (html44): a tag (lower case) or 「*」, classes and ids as written, and the
 * alternatives of its 「:not()」, each such a compound without 「:not()」 of its own. html46: attribute selectors
 * (「[data-x]」「[class~=x]」, a value of letters, digits, 「-」「_」「.」, no case flag) and the structural
 * pseudo-classes 「:first-child」「:last-child」「:only-child」「:nth-child(An+B)」「:nth-last-child(An+B)」.
 */
export interface ExactCompound {
  tag?: string;
  classes: string[];
  ids: string[];
  not: ExactCompound[];
  attrs?: { name: string; op: '' | '=' | '~=' | '|=' | '^=' | '$=' | '*='; value: string }[];
  /**
   * Position among the parent's elements: a·k + b for some k ≥ 0 (counted from the last where `last`; html48: among
   * those of its own tag where `type`, 「:nth-of-type()」「:first-of-type」 …).
   */
  nth?: { a: number; b: number; last: boolean; type?: true }[];
  /** html48: 「:is()」「:where()」 — each a list of compounds (no 「:not()」 of their own), one of which must match. */
  any?: ExactCompound[][];
  /** How many pseudo-classes `nth` was read from (「:only-child」 is two conditions, one pseudo-class). */
  pseudos?: number;
}
/** A selector of exact compounds joined by descendant (「 」), child (「>」) or (html46) sibling (「+」「~」) combinators. */
export interface ExactSelector {
  compounds: ExactCompound[];
  /** combinators[i] joins compounds[i] and compounds[i + 1]. */
  combinators: (' ' | '>' | '+' | '~')[];
  specificity: number;
}

const IDENT = String.raw`(?:--|-?[_a-zA-Z])[-\w]*`;
const COMPOUND_TAG = /^(\*|[a-zA-Z][-\w]*)?/;
const COMPOUND_PART = new RegExp(
  String.raw`([.#])(${IDENT})|\[ ?([a-zA-Z_][-\w]*)(?: ?([~|^$*]?=) ?(?:"([-\w.]*)"|'([-\w.]*)'|(${IDENT})))? ?\]|:(first-child|last-child|only-child)|:(nth-child|nth-last-child)\(([-+\w ]*)\)|:(first-of-type|last-of-type|only-of-type)|:(nth-of-type|nth-last-of-type)\(([-+\w ]*)\)`,
  'y',
);

/** 「An+B」「odd」「even」 as a and b, or undefined. */
function anPlusB(text: string): { a: number; b: number } | undefined {
  const t = text.replace(/\s+/g, '').toLowerCase();
  if (t === 'odd') return { a: 2, b: 1 };
  if (t === 'even') return { a: 2, b: 0 };
  const m = /^([+-]?\d*)n(?:([+-])(\d+))?$|^([+-]?\d+)$/.exec(t);
  if (!m) return undefined;
  if (m[4] !== undefined) return { a: 0, b: Number(m[4]) };
  const a = m[1] === '' || m[1] === '+' ? 1 : m[1] === '-' ? -1 : Number(m[1]);
  return { a, b: m[2] === undefined ? 0 : (m[2] === '-' ? -1 : 1) * Number(m[3]) };
}

function plainCompound(text: string): ExactCompound | undefined {
  if (text === '') return undefined;
  const tag = COMPOUND_TAG.exec(text)![1];
  const out: ExactCompound = { ...(tag !== undefined && tag !== '*' ? { tag: tag.toLowerCase() } : {}), classes: [], ids: [], not: [] };
  for (let i = tag?.length ?? 0; i < text.length;) {
    COMPOUND_PART.lastIndex = i;
    const m = COMPOUND_PART.exec(text);
    if (!m) return undefined;
    i = COMPOUND_PART.lastIndex;
    if (m[1] === '.') out.classes.push(m[2]!);
    else if (m[1] === '#') out.ids.push(m[2]!);
    else if (m[3] !== undefined)
      (out.attrs ??= []).push({ name: m[3].toLowerCase(), op: (m[4] ?? '') as '', value: m[5] ?? m[6] ?? m[7] ?? '' });
    else if (m[8] !== undefined) {
      out.pseudos = (out.pseudos ?? 0) + 1;
      if (m[8] !== 'last-child') (out.nth ??= []).push({ a: 0, b: 1, last: false });
      if (m[8] !== 'first-child') (out.nth ??= []).push({ a: 0, b: 1, last: true });
    } else if (m[11] !== undefined) {
      // html48: the same among the elements of its tag.
      out.pseudos = (out.pseudos ?? 0) + 1;
      if (m[11] !== 'last-of-type') (out.nth ??= []).push({ a: 0, b: 1, last: false, type: true });
      if (m[11] !== 'first-of-type') (out.nth ??= []).push({ a: 0, b: 1, last: true, type: true });
    } else if (m[12] !== undefined) {
      const ab = anPlusB(m[13]!);
      if (!ab) return undefined;
      out.pseudos = (out.pseudos ?? 0) + 1;
      (out.nth ??= []).push({ ...ab, last: m[12] === 'nth-last-of-type', type: true });
    } else {
      const ab = anPlusB(m[10]!);
      if (!ab) return undefined;
      out.pseudos = (out.pseudos ?? 0) + 1;
      (out.nth ??= []).push({ ...ab, last: m[9] === 'nth-last-child' });
    }
  }
  return out;
}

/** ids, then classes (attributes, pseudo-classes), then tags, as one number (a compound's own, without its 「:not()」). */
const compoundSpecificity = (c: ExactCompound) =>
  c.ids.length * 10_000 + (c.classes.length + (c.attrs?.length ?? 0) + (c.pseudos ?? 0)) * 100 + (c.tag !== undefined ? 1 : 0);

/**
 * A compound with 「:not(a, b)」 (html48: 「:is(a, b)」「:where(a, b)」) of plain compounds after its own part, or
 * undefined. The specificity of 「:not()」 and 「:is()」 is their most specific argument's, of 「:where()」 0.
 */
function exactCompound(text: string): { c: ExactCompound; specificity: number } | undefined {
  // html48: its functional pseudo-classes read apart wherever they stand (「:where(div).x」), its other parts together.
  const FN = /:(not|is|where)\(([^()]*)\)/iy;
  const lists: { kind: string; list: ExactCompound[] }[] = [];
  let plain = '';
  let alternatives = 0;
  for (let i = 0; i < text.length;) {
    FN.lastIndex = i;
    const m = FN.exec(text);
    if (!m) {
      const next = text.slice(i).search(/:(?:not|is|where)\(/i);
      const run = next < 0 ? text.slice(i) : text.slice(i, i + next);
      if (run === '' || (plain !== '' || lists.length > 0 ? !/^[.#[:]/.test(run) : false)) return undefined;
      plain += run;
      i += run.length;
      continue;
    }
    const list = m[2]!.split(',').map((x) => plainCompound(x.trim()));
    if (list.length === 0 || list.some((x) => x === undefined)) return undefined;
    alternatives += list.length;
    if (alternatives > 64) return undefined;
    lists.push({ kind: m[1]!.toLowerCase(), list: list as ExactCompound[] });
    i = FN.lastIndex;
  }
  const own = plain === '' ? { classes: [], ids: [], not: [] } : plainCompound(plain);
  if (!own) return undefined;
  let specificity = compoundSpecificity(own);
  for (const { kind, list } of lists) {
    if (kind === 'not') own.not.push(...list);
    else (own.any ??= []).push(list);
    if (kind !== 'where') specificity += Math.max(...list.map(compoundSpecificity));
  }
  return { c: own, specificity };
}

/**
 * A selector list read exactly (html44), or undefined where any selector of it is more than compounds of a tag or 「*」,
 * classes, ids and 「:not()」 of such compounds (each without combinators), joined by 「 」 or 「>」: no escape, attribute,
 * other pseudo-class or element, sibling combinator, nesting 「&」. A browser matches each as `exactMatches` does (or
 * less: classes and ids compared as written, as in a page with a doctype) — used only where a rule must be proved to
 * apply (a rule showing what another hides).
 */
export function exactSelectors(selector: string): ExactSelector[] | undefined {
  const out: ExactSelector[] = [];
  for (const one of splitTop(selector, (ch) => ch === ',')) {
    const t = one
      .trim()
      .replace(/\s+/g, ' ')
      .replace(/ ?([>+~]) ?/g, '$1');
    if (t === '' || !/^[-\w.#*>+~: ()[\],="'|^$]+$/.test(t)) return undefined;
    // Split at combinators outside parentheses.
    const parts: string[] = [];
    const combinators: (' ' | '>' | '+' | '~')[] = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < t.length; i++) {
      const ch = t[i]!;
      if (ch === '(' || ch === '[') depth++;
      else if (ch === ')' || ch === ']') depth--;
      else if (depth === 0 && (ch === ' ' || ch === '>' || ch === '+' || ch === '~')) {
        parts.push(t.slice(start, i));
        combinators.push(ch);
        start = i + 1;
      }
    }
    parts.push(t.slice(start));
    if (depth !== 0) return undefined;
    let specificity = 0;
    const compounds: ExactCompound[] = [];
    for (const p of parts) {
      const c = exactCompound(p);
      if (!c) return undefined;
      compounds.push(c.c);
      specificity += c.specificity;
    }
    out.push({ compounds, combinators, specificity });
  }
  return out;
}
