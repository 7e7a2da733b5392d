/**
 * Tables written in HTML — a report saved as a web page, or a table copied from one (the clipboard's HTML, which
 * keeps merged cells that its plain text loses): read into records as a spreadsheet would copy them. A cell merged
 * across columns (colspan) or rows (rowspan) holds its text in its first place and leaves the others blank, which is
 * how two header rows of groups (「A群」 over 「男性」「女性」) and label columns are written in TSV (layout.ts reads them
 * so). The caption, or a heading or paragraph just before a table, is its title; other text outside tables is kept
 * as lines of one cell (notes, each reported by read.ts: none is dropped). Parsed by parse5 (the HTML standard's parser),
 * so that entities, omitted end tags and attributes are read as a browser reads them, and read from parse5's own tree
 * (converting it to hast first, as hast-util-from-html does, was a third of the time of a large page, and its
 * garbage more).
 */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';
import { formulaHoldsNoOtherNumber } from './formula.ts';
import { quote } from './quote.ts';
import { readScript, runsAsScript, withoutJsComments } from './scriptwalk.ts';
import { foldMath, foldMathWith, unresolvedMath } from './cssmath.ts';
import {
  bracketEnd,
  colourOf,
  contrast,
  cssRules,
  dataUrlText,
  declarations,
  exactSelectors,
  type ExactCompound,
  type ExactSelector,
  importedUrls,
  notable,
  over,
  pixels,
  shownOtherwiseBy,
  lastCompounds,
  splitTop,
  unescapeCss,
  unseenByNumbers,
  withImports,
  withoutComments,
  layerMarked,
  LAYER_MARK,
} from './css.ts';

type P5Document = DefaultTreeAdapterMap['document'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];
type P5Element = DefaultTreeAdapterMap['element'];
type P5Child = DefaultTreeAdapterMap['childNode'];

/** A line of cells and the line of the text where it starts (csv.ts reads these as its records). */
export interface HtmlRecord {
  fields: string[];
  line: number;
}

/** A reading of ours said beside the tables (html12: a table in a closed tab read as published, `layout/closed-tab`). */
export interface HtmlNote {
  code: 'layout/closed-tab';
  line: number;
  message: string;
}
/** The notes of the records `htmlRecords` returned. */
const NOTES = new WeakMap<readonly HtmlRecord[], HtmlNote[]>();
export const htmlNotes = (records: readonly HtmlRecord[]): HtmlNote[] => NOTES.get(records) ?? [];

/** Whether `text` holds an HTML table (read as HTML, not as TSV or CSV). */
export const hasHtmlTable = (text: string) => /<table[\s>]/i.test(text);

/** Elements whose text is a line of its own outside tables. */
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'pre',
  'blockquote',
  'figcaption',
  'caption',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figure',
  'ul',
  'ol',
  'dl',
  'body',
]);
/** A run of HTML's white space (space, tab, line ends): one space as shown; no-break spaces are none of it. */
const HTML_SPACE = /[ \t\n\f\r]+/g;
/**
 * Elements whose text is not shown. Not 「noscript」: a reader whose browser runs no scripts sees it (a table in it was
 * dropped unsaid), and parsed with scripting off its content is elements, read as any others.
 */
const HIDDEN = new Set(['script', 'style', 'template', 'head', 'title', 'meta', 'link']);

/**
 * Most elements nested in one another that a text may hold (a saved page nests 20 to 60; a table in a cell of a table
 * in a cell … 50 times is 200). The parser's tree is read by recursion (the walks here; hast-util-from-parse5 too,
 * which read it before), which a deeper text would take past the call stack of the browser or of Node (1,000 nested
 * tables ended in 「Maximum call stack size exceeded」): a deeper text is refused in words (`HtmlTooDeep`, read.ts `input/html-depth`),
 * the same in every environment, as its depth is counted, not its stack.
 */
export const HTML_DEPTH = 200;

/** An HTML text whose elements are nested deeper than `HTML_DEPTH`: refused, naming the line where it is so deep. */
export class HtmlTooDeep extends Error {
  /** The line of the first element at the limit's depth. */
  readonly line: number;
  constructor(line: number) {
    super(`HTML nested deeper than ${HTML_DEPTH} elements from line ${line}`);
    this.line = line;
  }
}

/**
 * The first line at which the parser's tree nests elements `HTML_DEPTH` deep, or undefined: walked with a stack of
 * its own (no recursion), before the walks that recurse — the elements the parser adds (html, body, tbody) and those
 * it leaves open included, so the depth is the parser's whatever the tags as written (misnested, end tags left out).
 */
function tooDeep(document: P5Document): number | undefined {
  // Each node with its depth and the line of its start tag, or of the nearest element above it with one (the elements
  // the parser adds, tbody, have none).
  // Three stacks side by side (a tuple for each of 150,000 nodes was garbage of its own).
  const nodes: P5Parent[] = [document];
  const depths = [0];
  const lines = [1];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()! + 1;
    const line = lines.pop()!;
    for (const child of node.childNodes) {
      if (!('childNodes' in child)) continue;
      const at = child.sourceCodeLocation?.startLine ?? line;
      if (depth >= HTML_DEPTH) return at;
      nodes.push(child);
      depths.push(depth);
      lines.push(at);
    }
    if ('content' in node && node.content) {
      if (depth >= HTML_DEPTH) return line;
      nodes.push(node.content);
      depths.push(depth);
      lines.push(line);
    }
  }
  return undefined;
}

/**
 * A row whose cells, spans counted, put text past `ROW_PLACES`: refused in words (read.ts `input/too-large`) rather
 * than written out — 60 rows of 1,000 cells of colspan="1000" (a 1.4 MB page, within the count of cells) made 60
 * million places: 41 s and 2.1 GB before.
 */
export class HtmlTooWide extends Error {
  /**
   * The line of the row, and the column (spans counted, from 1) of its first text past the limit; or, where the
   * table's spans would fill more than `TABLE_PLACES` places, the line of the row where they would and `places`.
   */
  readonly line: number;
  readonly column: number;
  readonly places: number | undefined;
  constructor(line: number, column: number, places?: number) {
    super(`HTML table row at line ${line} has text in column ${column}`);
    this.line = line;
    this.column = column;
    this.places = places;
  }
}

/**
 * A table holding text the page does not show, or shows otherwise than as text: an element hidden by its own
 * attributes (`hidden`, 「style="display:none"」 and the like) or by a rule of the page's own stylesheet naming it, or a
 * form control (a 「select」's options are all in the file, one shown; an 「input」's value is shown but is no text).
 * Read as the file has it, a cell shown as 「3」 beside a hidden 「0」 was read as 30 (its 3 published unchecked), and a
 * hidden cell moves the cells after it to other columns: refused in words (read.ts `input/html-hidden`), naming the line
 * and what hides it. Text outside tables is read whether shown or not (it is in the published file either way).
 */
/**
 * A merged cell holding a number (「投与群 (N=110)」, colspan="2") followed in its row by an empty cell of its own (an
 * empty header over the column after: kableExtra's 「" " = 1」): written out as text, the empty cell continues the
 * merged one (layout.ts reads blanks after a word as its span), and the number — an N over A群 and B群 — would be read
 * over the column after too (the table's N over プラセボ as well: on main the sum A + B = 110 was not taken and a
 * hidden 3 and 3 were left at most 6 each). Refused in words (read.ts `layout/merged-header`).
 */
export class HtmlSpanEnds extends Error {
  readonly line: number;
  readonly cell: string;
  readonly cols: number;
  constructor(line: number, cell: string, cols: number) {
    super(`HTML merged cell ending before an empty cell at line ${line}`);
    this.line = line;
    this.cell = cell;
    this.cols = cols;
  }
}

export class HtmlHidden extends Error {
  readonly line: number;
  /** What hides it, in Japanese for the message (「style="display:none"」, 「hidden 属性」, 「選択肢（select）」 …). */
  readonly how: string;
  /**
   * A stylesheet outside the file that the page loads (「<link rel="stylesheet" href="style.css">」, 「@import
   * url(style.css)」), its address: the checker cannot read it, so what the page shows is not known (html7).
   */
  readonly sheet: string | undefined;
  /**
   * A frame of the page loading an address outside the file (「<iframe src="t1.html">」, an object's 「data」, an
   * embed's 「src」), its tag and address: what it shows is not in the file, so the checker cannot check it (html14).
   */
  readonly frame: { tag: string; address: string } | undefined;
  constructor(line: number, how: string, sheet?: string, frame?: { tag: string; address: string }) {
    super(`HTML table text not shown as text at line ${line}`);
    this.line = line;
    this.how = how;
    this.sheet = sheet;
    this.frame = frame;
  }
}

/**
 * Whether a text holds a frame's tag (「<iframe」「<frame」「<object」「<embed」「<portal」「<fencedframe」): read as HTML
 * though it holds no table, so that a frame loading a table from outside the file is said (html14).
 */
export const hasHtmlFrame = (text: string) => /<(?:i?frame|object|embed|portal|fencedframe)[\s>/]/i.test(text);

/** Declarations that leave an element's text unseen (any of them, in a style attribute or a stylesheet's rule). */
const HIDING =
  /(?:^|[;{\s])(display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden|font-size\s*:\s*(?:0+(?:\.0*)?|\.0+)[a-z%]*|opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)%?)\s*(?:!\s*important\s*)?(?=;|}|$)/i;
/** What `ALTERING` says of text raised or lowered by CSS (not on a table's own elements: `isTablePart`, cells). */
const VERTICAL = 'vertical-align（上付き・下付き）';
/**
 * Other declarations that hide text or show it otherwise than the file has it (adversary21): the 「sr-only」 and
 * 「visually-hidden」 classes of page frameworks (a clip, a box of no size), a font of size 0 in the shorthand, a
 * transparent colour, a scale of 0, text moved off the page, text struck through, digits shown in reverse order
 * (bidi-override), and text the page adds (content, as of ::before).
 */
const ALTERING: readonly [RegExp, string][] = [
  [/(?:^|[;{\s])clip\s*:\s*rect\(/i, 'clip'],
  [/(?:^|[;{\s])clip-path\s*:\s*(?!none\b)[^;}\s]/i, 'clip-path'],
  [/(?:^|[;{\s])font\s*:\s*(?:[^;}]*\s)?(?:0+(?:\.0*)?|\.0+)[a-z%]*\s*(?:\/|\s)/i, 'font'],
  [
    /(?:^|[;{\s])(?:-webkit-text-fill-)?color\s*:\s*(?:transparent|rgba\([^)]*[,/]\s*0*(?:\.0*)?\s*\)|hsla\([^)]*[,/]\s*0*(?:\.0*)?\s*\)|#[0-9a-f]{6}00\b|#[0-9a-f]{3}0\b)/i,
    'color',
  ],
  [/(?:^|[;{\s])transform\s*:[^;}]*scale[xy]?\(\s*(?:0+(?:\.0*)?|\.0+)\s*[,)]/i, 'transform'],
  [
    /(?:^|[;{\s])(?:max-)?(?:width|height)\s*:\s*(?:0+(?:\.0*)?|\.0+|1px)[a-z%]*\s*(?:!\s*important\s*)?(?=;|}|$)(?=[\s\S]*overflow\s*:\s*(?:hidden|clip))|overflow\s*:\s*(?:hidden|clip)(?=[\s\S]*(?:^|[;{\s])(?:max-)?(?:width|height)\s*:\s*(?:0+(?:\.0*)?|\.0+|1px)[a-z%]*\s*(?:!\s*important\s*)?(?:;|}|$))/i,
    'width/height',
  ],
  [/(?:^|[;{\s])(?:left|right|top|bottom|text-indent|margin(?:-left|-top)?)\s*:\s*-\d{3,}/i, '位置'],
  [/(?:^|[;{\s])text-decoration(?:-line)?\s*:[^;}]*line-through/i, 'text-decoration（取り消し線）'],
  [/(?:^|[;{\s])unicode-bidi\s*:\s*bidi-override/i, 'unicode-bidi'],
  [/(?:^|[;{\s])content\s*:\s*(?!none\b|normal\b|(?:""|'')\s*(?:[;}!]|$))[^;}\s]/i, 'content（ページが加える文字）'],
  // attack22: a font too small to read but not 0 (「font-size:1px」, 0.1em, 20%), text all but transparent
  // (「opacity:0.01」, 「filter:opacity(0)」): 「3<span style="font-size:1px">0</span>」 is shown 3 and was read 30.
  [
    /(?:^|[;{\s])font-size\s*:\s*(?:(?:[0-3](?:\.\d*)?|\.\d+)px|(?:[0-2](?:\.\d*)?|\.\d+)pt|0*\.[0-2]\d*(?:r?em|ex|ch|vw|vh)|(?:[0-2]?\d(?:\.\d*)?|\.\d+)%)\s*(?:!\s*important\s*)?(?=;|}|$)/i,
    'font-size（読めない大きさ）',
  ],
  [/(?:^|[;{\s])font\s*:\s*(?:[^;}]*\s)?(?:[0-3](?:\.\d*)?|\.\d+)px\s*(?:\/|\s)/i, 'font（読めない大きさ）'],
  [
    /(?:^|[;{\s])(?:opacity\s*:\s*0*\.0\d*|filter\s*:[^;}]*opacity\(\s*(?:0*(?:\.0\d*)?|0*\.0\d*|[0-9](?:\.\d*)?%)\s*\))/i,
    'opacity（ほぼ透明）',
  ],
  // Text raised or lowered by CSS as 「sup」「sub」 raise it (「3<span style="vertical-align:super">1</span>」 is shown 3¹
  // and was read 31): not on a table's cells, where it places the cell's content (hiddenHow).
  [/(?:^|[;{\s])vertical-align\s*:\s*(?!baseline\b|middle\b|inherit\b|initial\b|unset\b|revert\b)[^;}\s]/i, VERTICAL],
];

/**
 * CSS as the browser reads it: comments gone (「display:/＊＊/none」 is display:none, and the 「<!--」 「-->」 old pages
 * wrap a stylesheet in) and escapes written out
 * (「displa\\79:none」 is display:none).
 */
const plainCss = (css: string) => foldMath(unescapeCss(withoutComments(css)));

/** What a font the page supplies is called in messages. */
const SUPPLIED_FONT = 'font-family（ページが定める字形）';

/** Each page's custom properties, by its rules (read once with them, `hidingRules`). */
const VARS = new WeakMap<readonly HidingRule[], PageCss>();

/** The values a page gives each custom property (「--x: 0」), in its stylesheets and style attributes, lower case. */
type CustomProperties = ReadonlyMap<string, readonly string[]>;
/**
 * What a page's stylesheets define that its declarations may use: custom properties' values, and the families of
 * fonts it supplies itself (「@font-face」 with a 「src: url(…)」), whose glyphs may draw any digit as another or as none.
 */
interface PageCss {
  /** None where the declarations' var() are written out already (`withVars`). */
  vars?: CustomProperties;
  fonts: ReadonlySet<string>;
}

/** The families of the fonts a stylesheet supplies (an 「@font-face」 whose src names a url), lower case. */
function suppliedFonts(css: string): string[] {
  return (
    [...withoutComments(css).matchAll(/@font-face\s*\{([^}]*)\}/gi)]
      // A font by url, or one installed under another name (「src: local(Wingdings)」, html6).
      .filter((m) => /(?:^|[;\s])src\s*:[^;]*(?:url|local)\(/i.test(m[1]!))
      .flatMap((m) => /(?:^|[;\s])font-family\s*:\s*([^;]*)/i.exec(m[1]!)?.[1] ?? [])
      .map((f) => unescapeCss(f).replace(/["']/g, '').trim().toLowerCase())
  );
}

/** Custom properties' definitions in a declaration block, added to `into`. */
function addCustomProperties(css: string, into: Map<string, string[]>): void {
  for (const m of plainCss(css).matchAll(/(?:^|[;{\s])(--[-\w]+)\s*:\s*([^;}]*)/g)) {
    const name = m[1]!.toLowerCase();
    const list = into.get(name) ?? [];
    if (list.length < 20) list.push(m[2]!.trim());
    into.set(name, list);
  }
}

/**
 * A declaration block with each 「var(--x, fallback)」 written as each value the page gives --x and as its fallback
 * (the first 20 combinations; nested var() inside values left as they are).
 */
function withVars(css: string, vars: CustomProperties): string[] {
  let out = [css];
  for (const m of css.matchAll(/var\(\s*(--[-\w]+)\s*(?:,([^()]*(?:\([^()]*\)[^()]*)*))?\)/gi)) {
    const values = [...(vars.get(m[1]!.toLowerCase()) ?? []), ...(m[2] !== undefined ? [m[2].trim()] : [])];
    if (values.length === 0) continue;
    out = out.flatMap((c) => values.map((v) => c.replace(m[0], v))).slice(0, 20);
  }
  return out;
}

/**
 * What a declaration block (a style attribute's or a rule's) does that hides text or alters it, or undefined;
 * `text`, whether it matters only where the element holds text (it hides no cell, as display:none does, nor adds text).
 */
function hidingDeclaration(css: string, page?: PageCss): { how: string; text: boolean; hides: boolean } | undefined {
  const plain = plainCss(css);
  const vars = page?.vars;
  // A font the page supplies itself draws its digits as its glyphs say (attack23: 「3<span style="font-family:X">0
  // </span>」 with X's 0 drawn as nothing is shown 3).
  if (page && page.fonts.size > 0)
    for (const m of plain.matchAll(/(?:^|[;{\s])font(?:-family)?\s*:\s*([^;}]*)/gi))
      if ([...page.fonts].some((x) => m[1]!.replace(/["']/g, '').toLowerCase().includes(x)))
        return { how: SUPPLIED_FONT, text: true, hides: false };
  // A value given by a custom property (「font-size: var(--x)」) is read with each value the page gives the property,
  // and its fallback (attack23): 「--x: 0」 anywhere makes it hide.
  if (vars && /\bvar\(/i.test(plain))
    for (const one of withVars(plain, vars)) {
      const found = hidingDeclaration(one, { fonts: page!.fonts });
      if (found) return found;
    }
  const hiding = HIDING.exec(plain);
  if (hiding) return { how: hiding[1]!.replace(/\s+/g, ''), text: false, hides: true };
  const how = ALTERING.find(([re]) => re.test(plain))?.[1] ?? unseenByNumbers(plain);
  return how === undefined ? undefined : { how, text: !how.startsWith('content'), hides: !ALTERS.has(how) };
}

/** What a style attribute's text hides or alters (hidingDeclaration), read once for each text on a page. */
const INLINE = new WeakMap<readonly HidingRule[], Map<string, ReturnType<typeof hidingDeclaration> | null>>();
function inlineHiding(style: string, rules: readonly HidingRule[]): ReturnType<typeof hidingDeclaration> {
  let known = INLINE.get(rules);
  if (!known) INLINE.set(rules, (known = new Map()));
  const had = known.get(style);
  if (had !== undefined) return had ?? undefined;
  const found = hidingDeclaration(style, VARS.get(rules));
  if (known.size < 50_000) known.set(style, found ?? null);
  return found;
}

/** Declarations of `ALTERING` that show text otherwise (struck, reversed) or add text, rather than hide it. */
const ALTERS = new Set(['text-decoration（取り消し線）', 'unicode-bidi', 'content（ページが加える文字）']);

/** Elements that show a value other than as their text (a select shows one option; an input, its value attribute). */
const CONTROLS: Record<string, string> = {
  select: '選択肢（select）',
  datalist: '選択肢（datalist）',
  input: '入力欄（input）',
  textarea: '入力欄（textarea）',
};

/**
 * One compound selector (「td.c2」「span[hidden]」「#x9」): what an element must be to match it, lower case. Pseudo-classes
 * and their arguments are left out (「td:not(.x)」 is taken as any td: a rule may match more elements than it does, never
 * fewer); 「*」 and a compound of pseudo-classes alone require nothing.
 */
interface Compound {
  tag?: string;
  classes: string[];
  ids: string[];
  /** Attributes it requires: present, or with this value where written 「[name=value]」. */
  attrs: { name: string; value?: string }[];
  /** 「:root」 (or 「:root」 among its pseudo-classes): only the page's root element (html11). */
  root?: true;
  /** 「:host」 (「:host(…)」, 「:host-context(…)」): the shadow root's host alone, in its own stylesheet (html11). */
  host?: true;
  /** 「:host(…)」's argument where it is one compound without pseudo-classes (「:host([hidden])」): the host must match it. */
  hostOf?: Compound;
  /** 「::slotted(…)」: a host's child shown in its shadow's slot, in the shadow's own stylesheet (its argument not read). */
  slotted?: true;
  /**
   * 「::part(a b)」: an element of the shadow tree of a host matching the rest of the compound whose 「part」 attribute
   * names each of these (html12; it matched the host itself before, hiding all it shows).
   */
  part?: string[];
  /**
   * 「:not(…)」 of plain compounds (tags, classes, ids; classes and ids as written, matched case-sensitively as a page
   * with a doctype matches them — a page without is matched so too, where it would match less): an element matching
   * one of them does not match (html11).
   */
  not?: { tag?: string; classes: string[]; ids: string[] }[];
}

/** A rule of the page's stylesheets that hides what it names, read once: its selector, and what it names. */
interface HidingRule {
  selector: string;
  /** A hiding rule's font size, where it gives one (html10: the root's, what 1rem is, `rootPx`). */
  fontSize?: string;
  /** The declaration that hides or alters text (「display:none」, 「content（ページが加える文字）」 …). */
  how: string;
  /** Whether it matters only where the element holds text (hidingDeclaration). */
  text: boolean;
  /** Whether it hides (display, visibility …) rather than alters (content, bidi, line-through). */
  hides: boolean;
  /**
   * For each selector of the list: the compound of the element it styles (its last) and, where a descendant or child
   * combinator comes before it, the compound just before (an ancestor must match it; the compounds further left, and
   * those before a sibling combinator, are not required: matched more, never less).
   */
  subjects: { self: Compound; ancestor?: Compound; child: boolean }[];
  /** Its declarations (for the rules `shownOtherwise` reads: STYLING). */
  body?: string;
  /** Whether it styles a box the page adds (「::before」「::after」), not the element's own. */
  generated?: boolean;
  /**
   * Colours of a rule that applies only while the reader acts (「:hover」「:focus」「:target」: `actionOnly`),
   * kept apart (html7): the page is judged without them, and with them each cell's digits must stay seen or vanish
   * together (`colourStates`).
   */
  action?: true;
  /** A rule only for readers of one colour scheme (「@media (prefers-color-scheme: dark)」), each scheme judged alone. */
  scheme?: 'dark' | 'light';
  /** The host of the shadow root whose own stylesheet holds the rule: it styles that shadow tree alone (html11). */
  scope?: P5Element;
  /**
   * Where it hides by 「display」: what else of its declarations hides (html12: a closed tab's 「display:none」 is lifted,
   * not its 「visibility:hidden」 beside it, which stays when the tab is opened).
   */
  rest?: string;
  /**
   * html42: where it hides by 「display」 without 「!important」 (none in its declarations): an element's own style
   * attribute giving a 「display」 that shows (「style="display:block"」) wins over it, as over every plain declaration
   * of a stylesheet (`shownInline`).
   */
  plainDisplay?: true;
  /** The at-rules it is in (whether it applies always in its scheme, or in every one: `overriddenBy`, `overriddenPlain`). */
  within?: readonly string[];
  /** html44: a hiding rule's declarations and at-rules, for the cascade that may show what it hides (`liftedByCascade`). */
  cascade?: { body: string; within: readonly string[] };
}

/**
 * A compound selector read (its text as written: escapes are read here, so that 「.md\\:hidden」 is the class
 * 「md:hidden」): pseudo-classes and their arguments left out (nothing they hold is required).
 */
function compound(text: string): Compound {
  const out: Compound = { classes: [], ids: [], attrs: [] };
  let i = 0;
  const ident = () => {
    let name = '';
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '\\') {
        const m = /^\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|([\s\S]))/.exec(text.slice(i));
        if (!m) break;
        name += m[1] !== undefined ? String.fromCodePoint(Math.min(parseInt(m[1], 16), 0x10ffff) || 0xfffd) : m[2]!;
        i += m[0].length;
      } else if (/[-\w]/.test(ch) || ch.charCodeAt(0) >= 0x80) {
        name += ch;
        i++;
      } else break;
    }
    return name.toLowerCase();
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '.') {
      i++;
      out.classes.push(ident());
    } else if (ch === '#') {
      i++;
      out.ids.push(ident());
    } else if (ch === '[') {
      // Its end and value read as CSS (a 「]」 or an escape inside the quotes is the value's: 「[class="\\68"]」 is 「h」).
      const end = bracketEnd(text, i);
      const inner = text.slice(i + 1, text[end - 1] === ']' ? end - 1 : end);
      i = end;
      const m =
        /^\s*((?:[^\s~|^$*=\\]|\\[\s\S])+)\s*(?:(=|[~|^$*]=)\s*(?:"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'|(\S*?))\s*(?:\s[a-z])?\s*)?$/.exec(
          inner,
        );
      if (m)
        out.attrs.push({
          name: unescapeCss(m[1]!).toLowerCase(),
          ...(m[2] === '=' ? { value: unescapeCss(m[3] ?? m[4] ?? m[5] ?? '').toLowerCase() } : {}),
        });
    } else if (ch === ':') {
      // A pseudo-class or element and its arguments, nested brackets counted.
      const pseudo = text[i + 1] !== ':';
      i += pseudo ? 1 : 2;
      // 「:root」 requires the root element (html11: it matched every element, so 「:root{font-size:62.5%}」 read as
      // each element's 62.5% of its parent's); other pseudo-classes require nothing (matched more, never less).
      const name = ident();
      if (name === 'root' && pseudo && text[i] !== '(') out.root = true;
      if (pseudo && /^host(?:-context)?$/.test(name)) out.host = true;
      if (!pseudo && name === 'slotted') out.slotted = true;
      const open = i;
      if (text[i] === '(')
        for (let depth = 0; i < text.length; i++) {
          if (text[i] === '(') depth++;
          else if (text[i] === ')' && --depth === 0) {
            i++;
            break;
          }
        }
      if (!pseudo && name === 'part')
        out.part = unescapeCss(text.slice(open + 1, Math.max(open + 1, i - 1)))
          .toLowerCase()
          .split(/[\t\n\f\r ]+/)
          .filter(Boolean);
      // 「:not(.show)」 read exactly where its argument is plain (html11: 「.fade:not(.show){opacity:0}」 matched every
      // 「.fade」, the shown one too); any other argument requires nothing (matched more).
      const inner = text.slice(open + 1, i - 1);
      if (name === 'host' && pseudo && text[open] === '(' && text[i - 1] === ')' && /^[^():\s>+~,]+$/.test(inner.trim()))
        out.hostOf = compound(inner.trim());
      if (name === 'not' && pseudo && text[open] === '(' && text[i - 1] === ')' && /^\s*[-\w.#]+(?:\s*,\s*[-\w.#]+)*\s*$/.test(inner))
        out.not = [
          ...(out.not ?? []),
          ...inner.split(',').map((x) => {
            const parts = x.trim().match(/[.#]?[^.#]+/g) ?? [];
            const tag = parts.find((t) => !/^[.#]/.test(t));
            return {
              ...(tag !== undefined ? { tag: tag.toLowerCase() } : {}),
              classes: parts.filter((t) => t.startsWith('.')).map((t) => t.slice(1)),
              ids: parts.filter((t) => t.startsWith('#')).map((t) => t.slice(1)),
            };
          }),
        ];
    } else if (/[-\w\\]/.test(ch) || ch.charCodeAt(0) >= 0x80) {
      const name = ident();
      if (out.tag === undefined && out.classes.length === 0 && out.ids.length === 0) out.tag = name;
      else if (name === '') i++;
    } else i++;
  }
  if (out.tag === undefined) delete out.tag;
  return out;
}

/** An element's classes, lower case (read once for the rules that name classes). */
const CLASSES = new WeakMap<P5Element, ReadonlySet<string>>();
function classesOf(e: P5Element): ReadonlySet<string> {
  let classes = CLASSES.get(e);
  if (!classes) {
    classes = new Set(
      (attribute(e, 'class') ?? '')
        .toLowerCase()
        .split(/[\t\n\f\r ]+/)
        .filter(Boolean),
    );
    CLASSES.set(e, classes);
  }
  return classes;
}

/** Whether `e` may match `c` (its tag, every class, id and attribute it requires; classes and ids in any case). */
function matches(e: P5Element, c: Compound): boolean {
  if (c.tag !== undefined && c.tag !== e.tagName) return false;
  if (c.root && parentElement(e) !== undefined) return false;
  if (c.not && c.not.some((x) => notMatched(e, x))) return false;
  if (c.classes.length > 0) {
    const classes = classesOf(e);
    if (!c.classes.every((x) => classes.has(x))) return false;
  }
  if (c.ids.length > 0) {
    const id = attribute(e, 'id')?.toLowerCase();
    if (!c.ids.every((x) => x === id)) return false;
  }
  return c.attrs.every((a) => {
    const v = e.attrs.find((x) => x.name === a.name)?.value;
    return v !== undefined && (a.value === undefined || v.toLowerCase() === a.value);
  });
}

/** Whether `e` matches a plain compound of 「:not()」, its classes and id as written (case-sensitive). */
function notMatched(e: P5Element, x: { tag?: string; classes: string[]; ids: string[] }): boolean {
  if (x.tag !== undefined && x.tag !== '*' && x.tag !== e.tagName) return false;
  const classes = (attribute(e, 'class') ?? '').split(/[\t\n\f\r ]+/);
  return x.classes.every((c) => classes.includes(c)) && x.ids.every((i) => attribute(e, 'id') === i);
}

/** Whether an at-rule applies only to print (「@media print」, 「@media print and (…)」; not 「@media screen, print」). */
const printOnly = (within: readonly string[]) => within.some((w) => /^@media\s+(?:only\s+)?print\b(?![^{]*,)/.test(w));

/**
 * Whether an at-rule's prelude (lower case) is a media query list true on every screen (html46: 「@media screen」「all」;
 * html48: 「not print」 and what follows it, a condition true at any size — 「(min-width:0)」 and the like — after
 * 「screen」「all」 or alone; one query of the list so is enough). Any other condition (a width, a colour scheme, hover)
 * depends on the reader's device: not proved (a rule in it showing a box is not weighed; one hiding may apply).
 */
const screenMedia = (w: string) => {
  if (!/^@media\s/.test(w)) return false;
  const always = String.raw`\(\s*min-(?:width|height|device-width|device-height)\s*:\s*0(?:\.0*)?(?:px|em|rem)?\s*\)`;
  const query = new RegExp(String.raw`^(?:not\s+print\b[^,]*|(?:(?:only\s+)?(?:screen|all)|${always})(?:\s+and\s+${always})*)$`);
  return splitTop(w.slice(7), (ch) => ch === ',').some((q) => query.test(q.trim()));
};

/**
 * Whether a 「link」 loads a stylesheet: 「rel="stylesheet"」 (an 「alternate stylesheet」 too: a reader may choose it),
 * or a stylesheet preloaded for a script to apply (「rel="preload" as="style"」, loadCSS's pattern).
 */
const loadsStyle = (e: P5Element) => {
  const rel = attribute(e, 'rel') ?? '';
  return /\bstylesheet\b/i.test(rel) || (/\bpreload\b/i.test(rel) && /^\s*style\s*$/i.test(attribute(e, 'as') ?? ''));
};

/**
 * The address of the first stylesheet outside the page that a stylesheet imports (「@import url(style.css)」,
 * 「@import "x.css" print」), or undefined; imports held in 「data:」 urls are read (css.ts `withImports`), and those
 * they import in turn looked at alike.
 */
function outsideImport(css: string, depth = 0): string | undefined {
  if (depth > 3 || !/@import/i.test(css)) return undefined;
  for (const url of importedUrls(withoutComments(css))) {
    const text = dataUrlText(url);
    if (text === undefined) {
      if (url.trim() !== '') return url.trim();
    } else {
      const inner = outsideImport(text, depth + 1);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

/** The rules of a page's stylesheets (its 「style」 elements) that hide what they name. */
function hidingRules(document: P5Document): HidingRule[] {
  const css: string[] = [];
  const scoped: { text: string; host: P5Element }[] = [];
  const vars = new Map<string, string[]>();
  let inlineLightDark = false;
  let inlineDark = false;
  const stack: P5Parent[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      const style = attribute(child, 'style');
      if (style?.includes('--')) addCustomProperties(style, vars);
      if (style !== undefined && /light-dark\(/i.test(style)) inlineLightDark = true;
      if (style !== undefined && (/color-scheme/i.test(style) || style.includes('\\')) && namesDark(plainCss(style))) inlineDark = true;
      if (
        child.tagName === 'meta' &&
        /^color-scheme$/i.test(attribute(child, 'name')?.trim() ?? '') &&
        /\bdark\b/i.test(attribute(child, 'content') ?? '')
      )
        inlineDark = true;
      if (child.tagName === 'style') {
        const text = child.childNodes.map((t) => (isText(t) ? t.value : '')).join('');
        const outside = outsideImport(text);
        if (outside !== undefined) throw new HtmlHidden(line(child, 1), '@import', outside);
        // A shadow root's own stylesheet (html11): its rules style its tree alone (`ruleMatches`).
        const host = SCOPE.get(child);
        if (host) scoped.push({ text: withImports(text), host });
        else css.push(withImports(text));
      }
      // A stylesheet the page holds in a 「data:」 url is read as its own (attack23); one in a file outside the page is
      // not in the text: refused in words, naming it (html7; read before as if the page had no such sheet).
      else if (child.tagName === 'link' && loadsStyle(child)) {
        const href = attribute(child, 'href') ?? '';
        const text = dataUrlText(href);
        const media = attribute(child, 'media')?.trim() ?? '';
        if (text === undefined) {
          if (href.trim() !== '') throw new HtmlHidden(line(child, 1), 'link', href.trim());
        } else {
          const outside = outsideImport(text);
          if (outside !== undefined) throw new HtmlHidden(line(child, 1), '@import', outside);
          css.push(media === '' || media === 'all' ? withImports(text) : `@media ${media}{${withImports(text)}}`);
        }
      } else stack.push(child);
    }
  }
  const rules: HidingRule[] = [];
  // Read as CSS (css.ts): comments dropped, strings and escapes read whole; escapes left for the selectors (read in
  // `compound`) and read in the declarations (plainCss).
  const fonts = new Set(suppliedFonts([...css, ...scoped.map((x) => x.text)].join('\n')));
  const page: PageCss = { vars, fonts };
  const all: { selector: string; body: string; within: string[]; scope?: P5Element }[] = [
    ...cssRules(withoutComments(css.join('\n'))),
    ...scoped.flatMap(({ text, host }) => cssRules(withoutComments(text)).map((r) => ({ ...r, scope: host }))),
  ];
  // The custom properties' values of the style attributes alone, and each rule's definitions with its scheme (html7:
  // each colour scheme takes the values its own rules give).
  const inlineVars = new Map([...vars].map(([k, v]) => [k, [...v]]));
  const defining: { selector: string; body: string; scheme?: 'dark' | 'light' | undefined; exact: boolean }[] = [];
  for (const { selector, body, within } of all)
    if (body.includes('--')) {
      addCustomProperties(body, vars);
      defining.push({ selector, body, scheme: schemeOf(within), exact: within.length <= 1 });
    }
  SCHEME_VARS.set(page, { inline: inlineVars, defining });
  const styling: HidingRule[] = [];
  const states = { action: false, schemes: false };
  for (const { selector, body: whole, within, scope } of all) {
    const scheme = schemeOf(within);
    const scoping = scope ? { scope } : {};
    if (scheme) states.schemes = true;
    // A rule for a reader's action alone (「tr:hover{background:#036;color:#fff}」): its colours judged apart (html7).
    const action = actionOnly(selector);
    let body = whole;
    if (action) {
      const parts = splitTop(whole, (ch) => ch === ';');
      const dim = (part: string) =>
        DIM.test(
          plainCss(part.slice(0, Math.max(0, part.indexOf(':'))))
            .trim()
            .toLowerCase(),
        );
      const dims = parts.filter(dim).join(';');
      body = parts.filter((part) => !dim(part)).join(';');
      if (dims.trim() !== '' && !printOnly(within)) {
        states.action = true;
        styling.push({ ...restyling(selector, dims), action: true, ...(scheme ? { scheme } : {}), ...scoping });
      }
    }
    const hiding = hidingDeclaration(body, page);
    // Every rule with a declaration that may change what is shown (css.ts `notable`), for `shownOtherwise` (html6);
    // not those for print alone (the screen shows the page as the file has it there).
    if (hiding === undefined && !printOnly(within) && declarations(plainCss(body)).some(readHere))
      styling.push({
        ...restyling(selector, body),
        ...(/::?(?:before|after)\b/i.test(selector) ? { generated: true } : {}),
        ...(scheme ? { scheme } : {}),
        within,
        ...scoping,
      });
    if (hiding === undefined) continue;
    // A rule hiding by 「display」 styles what a closed tab shows when opened (html12): its other declarations too.
    if (/^display/.test(hiding.how) && !printOnly(within) && declarations(plainCss(withoutDisplay(body))).some(readHere))
      styling.push({
        ...restyling(selector, withoutDisplay(body)),
        ...(scheme ? { scheme } : {}),
        within,
        ...scoping,
      });
    // A rule for print alone that hides (display:none, a size of 0 …) leaves the screen's text as it is, and a print
    // shows no more than the screen: read as the screen shows it. One that adds or alters text in print is refused.
    if (printOnly(within) && hiding.hides) continue;
    const fontSize = declarations(plainCss(body))
      .filter((d) => d.property === 'font-size')
      .pop()?.value;
    const rest = /^display/.test(hiding.how) ? hidingDeclaration(withoutDisplay(body), page) : undefined;
    rules.push({
      selector,
      ...hiding,
      subjects: subjectsOf(selector),
      ...(fontSize !== undefined ? { fontSize } : {}),
      ...scoping,
      ...(rest ? { rest: rest.how } : {}),
      ...(/^display/.test(hiding.how) && !rest && !/!\s*important/i.test(plainCss(body)) ? { plainDisplay: true as const } : {}),
      ...(scope === undefined ? { cascade: { body, within } } : {}),
    });
  }
  VARS.set(rules, page);
  CASCADE.set(rules, cascadeRules(document));
  // Rules that show an element while a reader has opened it (「.panel:target{display:block}」, 「#t2:checked ~ .panel
  // {display:block}」): a closed tab's panel (html12, `openable`).
  const shows = all.filter(({ body }) =>
    declarations(plainCss(body)).some((d) => d.property === 'display' && !/^\s*none\b/i.test(d.value)),
  );
  REVEALS.set(
    rules,
    shows
      .filter(({ selector }) => /:(?:target|checked)\b/i.test(selector))
      .map(({ selector, body, scope }) => ({ ...restyling(selector, body), ...(scope ? { scope } : {}) })),
  );
  // And those that show it always, after a rule hiding it (Bootstrap's 「.tab-content>.active{display:block}」): the
  // open tab, not said as closed (`layout/closed-tab`).
  SHOWS.set(
    rules,
    shows
      .filter(({ selector, within }) => within.length === 0 && exactSelector(selector))
      .map(({ selector, body, scope }) => ({ ...restyling(selector, body), ...(scope ? { scope } : {}) })),
  );
  STYLING.set(rules, styling);
  // 「light-dark(#000, #fff)」 anywhere (html9): each scheme takes its own colour, so every element is judged in each.
  // A browser takes light-dark()'s dark colour only where the element's 「color-scheme」 allows dark (html10): a page
  // that names no dark scheme (no 「color-scheme: light dark」/「dark」 in a rule, a style attribute or its meta) shows
  // the light colour alone in every scheme, and is read so (`LIGHT_ONLY`); on html9 the dark one was judged too.
  const darkNamed = inlineDark || css.some((t) => namesDark(plainCss(t)));
  if (!darkNamed) LIGHT_ONLY.add(rules);
  const lightDarkUsed = (css.some((t) => /light-dark\(/i.test(t)) || inlineLightDark) && darkNamed;
  if (lightDarkUsed) states.schemes = true;
  if (states.action || states.schemes) {
    STATES.set(rules, {
      ...states,
      ...(defining.some((d) => d.scheme !== undefined) || lightDarkUsed ? { vars: true } : {}),
    });
    STATE_RULES.set(
      rules,
      styling.filter((r) => r.action || r.scheme),
    );
  }
  return rules;
}

/**
 * Whether an element's colours may differ from one state to another (`colourStates`): a rule of an action or of a
 * scheme may style it or an element around it, or the page gives a custom property per scheme (whose var() may be
 * anywhere). Elsewhere every state sees what all rules together give (most elements of a page: judged once).
 */
function touched(e: P5Element, rules: readonly HidingRule[]): boolean {
  const states = STATES.get(rules);
  if (!states) return false;
  if (states.vars) return true;
  const cache = byElement(TOUCHED, rules);
  const known = cache.get(e);
  if (known !== undefined) return known;
  const parent = parentElement(e);
  const out = (parent !== undefined && touched(parent, rules)) || ownState(e, rules);
  cache.set(e, out);
  return out;
}

/** Whether a rule of an action or a scheme may style `e` itself (not only an element around it). */
function ownState(e: P5Element, rules: readonly HidingRule[]): boolean {
  const cache = byElement(OWN_STATE, rules);
  let out = cache.get(e);
  if (out === undefined) {
    out = candidates(STATE_RULES.get(rules) ?? [], e).some((r) => ruleMatches(r, e));
    cache.set(e, out);
  }
  return out;
}
const OWN_STATE = new WeakMap<readonly HidingRule[], WeakMap<P5Element, boolean>>();
/** Each state's rules (`variant`), the page's rules they were made from. */
const VARIANT_OF = new WeakMap<readonly HidingRule[], readonly HidingRule[]>();
const TOUCHED = new WeakMap<readonly HidingRule[], WeakMap<P5Element, boolean>>();
/** Each page's rules of an action or a scheme (`touched`). */
const STATE_RULES = new WeakMap<readonly HidingRule[], readonly HidingRule[]>();

/** Declarations of a reader's action that only colour (kept apart: `HidingRule.action`). */
const DIM = /^(?:color|-webkit-text-fill-color|background|background-color|background-image|opacity)$/;

/** Pages with rules for a reader's action or for one colour scheme, by their rules (`hidingRules`). */
const STATES = new WeakMap<readonly HidingRule[], { action: boolean; schemes: boolean; vars?: boolean }>();

/**
 * Whether a selector list styles only while a reader acts: each selector names, outside any brackets or parentheses
 * (「:not(:hover)」 applies otherwise), a pointer, focus or target state (an element's, whole).
 */
function actionOnly(selector: string): boolean {
  return splitTop(selector, (ch) => ch === ',').every((one) => {
    let top = '';
    let depth = 0;
    for (const ch of one) {
      if (ch === '(' || ch === '[') depth++;
      else if ((ch === ')' || ch === ']') && depth > 0) depth--;
      else if (depth === 0) top += ch;
    }
    // Not 「::selection」: a reader selects any part of a number (its 0 alone), so its colours are judged as always on;
    // nor a part or a box the page adds (「td:hover::first-letter」 colours one digit, 「::after」 a box that may cover
    // others): a selector with a pseudo-element is judged as always on.
    if (/::|:(?:before|after|first-letter|first-line)(?![-\w])/i.test(top)) return false;
    return /:(?:hover|active|focus|focus-within|focus-visible|target|target-within|-moz-focusring)(?![-\w])/i.test(top);
  });
}

/**
 * The colour scheme a rule is for alone, by the 「@media」 it is in: 「(prefers-color-scheme: dark)」 (with 「screen
 * and」 at most) dark, 「(prefers-color-scheme: light)」 or 「not all and (prefers-color-scheme: dark)」 light; any other
 * list or condition, none (judged in both).
 */
function schemeOf(within: readonly string[]): 'dark' | 'light' | undefined {
  for (const w of within) {
    const t = w.replace(/\s+/g, ' ').trim().toLowerCase();
    if (!t.startsWith('@media ') || t.includes(',')) continue;
    const q = t.slice(7).replace(/ ?: ?/g, ':').replace(/\( /g, '(').replace(/ \)/g, ')');
    const one = /^(?:(?:only )?screen and )?\(prefers-color-scheme:(dark|light)\)$/.exec(q);
    if (one) return one[1] as 'dark' | 'light';
    const not = /^not (?:all|screen) and \(prefers-color-scheme:(dark|light)\)$/.exec(q);
    if (not) return not[1] === 'dark' ? 'light' : 'dark';
  }
  return undefined;
}

/** A page's rules as one state sees them (one scheme, with or without a reader's action), by the page's rules. */
const VARIANTS = new WeakMap<readonly HidingRule[], Map<string, HidingRule[]>>();
function variant(rules: readonly HidingRule[], scheme: 'dark' | 'light' | undefined, action: boolean): HidingRule[] {
  let known = VARIANTS.get(rules);
  if (!known) VARIANTS.set(rules, (known = new Map()));
  const key = `${scheme ?? ''}|${action}`;
  let out = known.get(key);
  if (!out) {
    out = [...rules];
    const styling = (STYLING.get(rules) ?? []).filter(
      (r) => (action || !r.action) && (scheme === undefined || r.scheme === undefined || r.scheme === scheme),
    );
    STYLING.set(out, styling);
    const page = VARS.get(rules);
    if (page) VARS.set(out, scheme === undefined || !page.vars ? page : { ...page, vars: schemeVars(page, page.vars, scheme) });
    if (DARK_META.has(rules)) DARK_META.add(out);
    if (LIGHT_ONLY.has(rules)) LIGHT_ONLY.add(out);
    if (scheme !== undefined) SCHEME_VARIANT.add(out);
    if (scheme !== undefined) VARIANT_SCHEME.set(out, scheme);
    VARIANT_OF.set(out, rules);
    known.set(key, out);
  }
  return out;
}

/**
 * Where the colours of all states together (every colour given tried, html6) leave `e`'s digits unseen, each state
 * alone (html7): for each colour scheme the page writes rules for, the page as shown without a reader's action must
 * show them; with the action's colours (「tr:hover」, 「::selection」) they may vanish only with every digit of their
 * cell, each drawn in one colour on one background (a part of a number hidden under the pointer shows another number).
 * What is wrong, or undefined where each state shows the cell whole.
 */
function colourStates(e: P5Element, rules: readonly HidingRule[], seen: string | undefined): string | undefined {
  const states = STATES.get(rules);
  if (!states) return seen;
  for (const scheme of states.schemes ? (['light', 'dark'] as const) : [undefined]) {
    const said = scheme === 'dark' ? '、暗い配色（prefers-color-scheme: dark）で' : scheme === 'light' ? '、明るい配色で' : '';
    const calm = variant(rules, scheme, false);
    const still = colourSeen(e, calm);
    if (still) return withSource(`${still}${said}`, e, calm);
    if (!states.action) continue;
    const acted = variant(rules, scheme, true);
    const under = colourSeen(e, acted);
    if (!under) continue;
    const whole = under === 'color（背景と見分けられない色）' && vanishesWhole(e, acted);
    if (!whole) return withSource(`${under}${said}（:hover などの操作のあいだ、セルの数字の一部だけが見えなくなりうる）`, e, acted);
  }
  return undefined;
}

/**
 * Whether every digit of `e`'s cell is drawn as the cell's own text is, in every state of a reader's action
 * (`colourStates`): no element in the cell has colours, a background or an opacity of its own (each takes the cell's,
 * whichever state the cell and the elements around it are in), no rule of an action styles one (focused or pointed at
 * alone it would change without the cell), and no background behind the cell is an image or a gradient (which may
 * differ from one digit to the next).
 */
function vanishesWhole(e: P5Element, rules: readonly HidingRule[]): boolean {
  let cell: P5Element | undefined = e;
  while (cell && !/^(?:td|th|caption)$/.test(cell.tagName)) cell = parentElement(cell);
  if (!cell) return false;
  const chain = coloursOf(cell, rules);
  const acting = (STYLING.get(rules) ?? []).filter((r) => r.action);
  const inside: P5Element[] = cell.childNodes.filter(isElement);
  while (inside.length > 0) {
    const x = inside.pop()!;
    if (candidates(acting, x).some((r) => ruleMatches(r, x))) return false;
    if (coloursOf(x, rules) !== chain) return false;
    for (const c of x.childNodes) if (isElement(c)) inside.push(c);
  }
  for (let p: P5Element | undefined = cell; p; p = parentElement(p)) {
    if (attribute(p, 'background') !== undefined) return false;
    if (
      declared(p, rules).some(
        (d) =>
          /^background/.test(d.property) &&
          /\b(?:url|image|element|cross-fade|paint|(?:repeating-)?(?:linear|radial|conic)-gradient)\(/i.test(d.value),
      )
    )
      return false;
  }
  return true;
}

/**
 * The rule of the page's stylesheets that gives what `how` says of `e` (html7), added to it: the nearest rule matching
 * `e` or an element around it with a declaration of the property named (colours: the text's colour and the background,
 * an image or a value not read first), so that the user can find it. `how` as it is where none is found (a style
 * attribute, the element's line said).
 */
function withSource(how: string, e: P5Element, rules: readonly HidingRule[]): string {
  const styling = STYLING.get(rules) ?? [];
  if (styling.length === 0) return how;
  const colour = how.startsWith('color');
  const named = /^(?:表の外の要素の |表を囲む要素の )?position: /.test(how)
    ? 'position'
    : /^(?:表の外の要素の |表を囲む要素の )?([-a-z]+)/.exec(how)?.[1];
  if (!colour && named === undefined) return how;
  const wanted = (property: string) =>
    colour
      ? DIM.test(property)
      : property === named ||
        property.startsWith(`${named}-`) ||
        named!.startsWith(`${property}-`) ||
        (named === 'font-size' && property === 'font');
  const found: string[] = [];
  const unread = how.includes('判定できない');
  for (let p: P5Element | undefined = e; p && found.length === 0; p = parentElement(p)) {
    const matched = candidates(styling, p).filter((r) => ruleMatches(r, p!));
    for (const r of matched.reverse()) {
      const d = blockDeclarations(r.body ?? '', rules).find(
        (x) =>
          wanted(x.property) &&
          (!unread || (!/^(?:color|opacity)$/.test(x.property) && !/^(?:none|transparent)$/i.test(x.value.trim()) && !colourOf(x.value))),
      );
      if (d) {
        found.push(
          `ページのスタイルシートの「${r.selector.length > 40 ? `${r.selector.slice(0, 40)}…` : r.selector}」の ${d.property}: ${d.value.length > 40 ? `${d.value.slice(0, 40)}…` : d.value}`,
        );
        break;
      }
    }
  }
  return found.length === 0 ? how : `${how}。${found.join('、')}`;
}

/**
 * The element each selector of a list styles is its last compound's (「td > b」 styles b, not every cell); the list split
 * and the combinators read at the top level only (not inside a string, brackets or parentheses).
 */
const subjectsOf = (selector: string): HidingRule['subjects'] =>
  splitTop(selector, (ch) => ch === ',').map((one) => {
    const { self, combinator, before } = lastCompounds(one);
    return combinator === undefined || combinator === '+' || combinator === '~' || before === undefined || before === ''
      ? { self: compound(self), child: false }
      : { self: compound(self), ancestor: compound(before), child: combinator === '>' };
  });

/** A rule that hides nothing but may change what is shown (its declarations `body`, read by `shownOtherwise`). */
const restyling = (selector: string, body: string): HidingRule => ({
  selector,
  how: '',
  text: true,
  hides: false,
  subjects: subjectsOf(selector),
  body,
});

/** Each page's rules with a declaration that may change what is shown (`hidingRules`), by its hiding rules. */
const STYLING = new WeakMap<readonly HidingRule[], readonly HidingRule[]>();

/** Whether a rule may style `e`: one of its selectors' last compound matches it, and the compound before an ancestor. */
function ruleMatches(rule: HidingRule, e: P5Element): boolean {
  const scope = rule.scope;
  // A compound of 「:host」 is the host of the rule's shadow root (none outside one); others an element of its tree.
  const fits = (x: P5Element, c: Compound) =>
    c.host ? x === scope && scope !== undefined && (c.hostOf === undefined || matches(x, c.hostOf)) : matches(x, c);
  return rule.subjects.some(({ self, ancestor, child }) => {
    // 「::slotted(…)」: any of the host's children shown in the shadow (matched more: its argument not read).
    if (scope !== undefined && self.slotted && !self.host) return SCOPE.get(e) !== scope && within(e, scope);
    // 「::part(…)」: an element of a host's shadow tree (of one nested in it too, matched more: 「exportparts」 not
    // read) naming the parts; the host, in the rule's own tree, matches the rest of the compound and the ancestors.
    let subject = e;
    if (self.part) {
      const own = SCOPE.get(e);
      let host = own;
      while (host !== undefined && SCOPE.get(host) !== scope) host = SCOPE.get(host);
      const parts = attribute(e, 'part')
        ?.toLowerCase()
        .split(/[\t\n\f\r ]+/);
      if (host === undefined || parts === undefined || (own === host && !self.part.every((x) => parts.includes(x)))) return false;
      const { part: _, ...rest } = self;
      if (!fits(host, rest)) return false;
      subject = host;
    }
    // A rule styles the elements of its own tree alone (html12: the page's rules reached into shadow trees, and a
    // shadow's tree is styled by its own stylesheet only; what is inherited crosses, by the elements around).
    else if (!self.host && SCOPE.get(e) !== scope) return false;
    else if (!fits(e, self)) return false;
    if (!ancestor) return true;
    // Ancestors in the subject's own tree (a slotted element's are the host's, not the slot's), or the shadow's host
    // for 「:host」.
    const tree = SCOPE.get(subject);
    for (let p = parentElement(subject); p; p = parentElement(p)) {
      const hostOf = ancestor.host && p === scope;
      if (!hostOf && SCOPE.get(p) !== tree) continue;
      if (fits(p, ancestor)) return true;
      if (child) return false;
    }
    return false;
  });
}

/** Whether `e` is inside `host`. */
function within(e: P5Element, host: P5Element): boolean {
  for (let p = parentElement(e); p; p = parentElement(p)) if (p === host) return true;
  return false;
}

/** A page's rules by what their selectors' last compounds require first (an id, a class, a tag), or nothing. */
interface RuleIndex {
  byKey: Map<string, number[]>;
  any: number[];
}
const INDEXES = new WeakMap<readonly HidingRule[], RuleIndex>();

/**
 * The rules that may style `e`, in the stylesheets' order: those whose selector's last compound requires its id, one of
 * its classes or its tag, and those requiring none of these (a page's 60 rules against each of 100,000 elements took
 * seconds).
 */
function candidates(rules: readonly HidingRule[], e: P5Element): HidingRule[] {
  let index = INDEXES.get(rules);
  if (!index) {
    index = { byKey: new Map(), any: [] };
    for (const [i, r] of rules.entries())
      for (const { self } of r.subjects) {
        const key = self.part
          ? '[part'
          : self.ids[0] !== undefined
            ? `#${self.ids[0]}`
            : self.classes[0] !== undefined
              ? `.${self.classes[0]}`
              : (self.tag ?? (self.attrs[0] !== undefined ? `[${self.attrs[0].name}` : undefined));
        if (key === undefined) index.any.push(i);
        else index.byKey.set(key, [...(index.byKey.get(key) ?? []), i]);
      }
    INDEXES.set(rules, index);
  }
  let found: number[] | undefined;
  const add = (key: string) => {
    const some = index.byKey.get(key);
    if (some) (found ??= []).push(...some);
  };
  add(e.tagName);
  for (const { name, value } of e.attrs) {
    add(`[${name}`);
    if (name === 'id') add(`#${value.toLowerCase()}`);
  }
  if (attribute(e, 'class') !== undefined) for (const c of classesOf(e)) add(`.${c}`);
  if (!found) return index.any.map((i) => rules[i]!);
  return [...new Set([...index.any, ...found])].sort((a, b) => a - b).map((i) => rules[i]!);
}

/** What hides an element or shows it otherwise than as text (`how`, for the message), and whether it only hides it. */
interface Hiding {
  how: string;
  /** Hidden (display, visibility, the 「hidden」 attribute, a size of 0 …), its text unseen: not altered or added to. */
  hides: boolean;
}

/**
 * What hides `e` or shows it otherwise than as text, or undefined: its attributes, or a hiding rule of the page's
 * stylesheets that may style it. `at`, the cell it is in (its row and column in the table, from 0) for attributes that
 * say where a cell is.
 */
function hiddenHow(e: P5Element, rules: readonly HidingRule[], at?: Place): Hiding | { text: string } | undefined {
  const control = CONTROLS[e.tagName];
  if (control) return { how: control, hides: false };
  // A declarative shadow root left a template (`flattenShadows`): its own stylesheet, a host it cannot attach to, or a
  // second root of one host, said so (html10).
  if (e.tagName === 'template' && attribute(e, 'shadowrootmode') !== undefined)
    return {
      how: styled(templateContent(e))
        ? 'シャドウルート（template shadowrootmode）の中のスタイルシート（チェッカーはその適用を読みません）'
        : 'シャドウルートにならないテンプレート（template shadowrootmode。td などには付かず、表示されません）',
      hides: false,
    };
  const other = NOT_TEXT[e.tagName];
  if (other && !(e.tagName === 'dialog' && attribute(e, 'open') !== undefined)) return { how: other, hides: false };
  if (e.tagName === 'rt' && /\d/.test(textOf(e).normalize('NFKC'))) return { how: 'ルビ（rt）の数字', hides: false };
  // attack23: a ruby's brackets (rp) are not shown where ruby is; a picture or formula (svg, math) holds text not laid
  // out as the cell's (a title, a description, metadata, defs, an annotation, text its attributes hide); a popover is
  // hidden until opened. 「<ruby>3<rp>0</rp></ruby>」「3<svg><desc>0</desc></svg>」「3<span popover>0</span>」 read 30.
  if (e.tagName === 'rp' && /\d/.test(allText(e))) return { how: 'ルビの括弧（rp）の数字', hides: false };
  if ((e.tagName === 'svg' || e.tagName === 'math') && /\d/.test(allText(e)))
    return { how: `${e.tagName === 'svg' ? '図（svg）' : '数式（math）'}の数字`, hides: false };
  // html14: a table that is itself the container a reader or a script opens (「<table class="collapse">」): what
  // opening lifts (its 「hidden」, 「popover」, a 「display:none」) is judged by `hiddenAround` with those around it.
  const lifted = OPENED_TABLES.has(e);
  if (attribute(e, 'popover') !== undefined && !lifted) return { how: 'popover 属性', hides: true };
  if (e.tagName === 'script' && e.childNodes.some((t) => isText(t) && /\d/.test(t.value)))
    return { how: 'スクリプト（script）の数字', hides: false };
  const style = attribute(e, 'style');
  if (!lifted && hiddenByAttribute(e, style, rules)) return { how: 'hidden 属性', hides: true };
  const holdsText = () => textOf(e) !== '';
  const given = style !== undefined ? inlineHiding(style, rules) : undefined;
  const inline = lifted && given && /^display/.test(given.how) && style !== undefined ? inlineHiding(withoutDisplay(style), rules) : given;
  // Raised by CSS, text whose digits are all in 「sup」「sub」 already is read as shown (gt's footnote marks: a span
  // raised over 「<sup>1</sup>」, read 「¹」); a plain digit raised so is refused, as it would be read run on.
  // On a table's own elements vertical-align places the content and raises no text.
  const placed = (how: string) => how === VERTICAL && (e.tagName === 'td' || e.tagName === 'th' || isTablePart(e) || !plainDigit(e));
  // html44: a 「display:none」 (visibility, opacity) of the style attribute a rule's 「!important」 outweighs hides nothing.
  if (
    inline &&
    !placed(inline.how) &&
    (!inline.text || holdsText()) &&
    // html48: a 「font-size」 too (「style="font-size:0"」 under a rule's 「font-size:14px !important」 is shown).
    !(
      inline.hides &&
      !lifted &&
      /^(?:display|visibility|opacity|content-visibility|font-size)/.test(inline.how) &&
      !inlineHides(e, style, rules)
    )
  )
    return { how: `style="${inline.how}"`, hides: inline.hides };
  const said = attributeWithNumber(e, at);
  if (said && 'how' in said) return said;
  // A value read with its held digits (`said` a text) only where no rule of the page hides the element either.
  let holds: boolean | undefined;
  const rule =
    rules.length === 0
      ? undefined
      : candidates(rules, e).find(
          (r) =>
            !placed(r.how) &&
            !(lifted && /^(?:display|content-visibility|opacity|transform)/.test(r.how) && !r.generated) &&
            !(r.plainDisplay && !r.generated && shownInline(style)) &&
            ruleMatches(r, e) &&
            (!r.text || (holds ??= holdsText())) &&
            !liftedByCascade(r, e, rules),
        );
  if (!rule) {
    const otherwise = shownOtherwise(e, rules, at);
    return otherwise === undefined
      ? said
      : { how: otherwise.includes('ページのスタイルシート') ? otherwise : withSource(otherwise, e, rules), hides: false };
  }
  // html48: where what is shown depends on the reader's device (a condition of 「@media」 other than one true on every
  // screen, on the hiding rule or on a rule that would show the element), the refusal says so (チェッカーの判断).
  const media = rule.cascade?.within.find((w) => /^@media\b/.test(w) && !screenMedia(w)) ?? deviceShower(e, rules);
  const device =
    media === undefined
      ? ''
      : `。「${media.length > 40 ? `${media.slice(0, 40)}…` : media}」の中の指定があり、表示されるかは画面の幅や配色の設定など読む人の端末によります（チェッカーの判断）`;
  return {
    how: `${rule.scope ? 'シャドウルートのスタイルシート' : 'ページのスタイルシート'}の「${rule.selector.length > 40 ? `${rule.selector.slice(0, 40)}…` : rule.selector}」（${rule.how}。表示しない・変える指定${device}）`,
    hides: rule.hides,
  };
}

/** html48: the 「@media」 prelude of a rule that may show `e` on some devices only (a condition not true on every screen). */
function deviceShower(e: P5Element, rules: readonly HidingRule[]): string | undefined {
  const cascade = CASCADE.get(VARIANT_OF.get(rules) ?? rules);
  for (const r of candidates(cascade?.loose ?? [], e)) {
    const c = LOOSE_OF.get(r)!;
    const media = c.within.find((w) => /^@media\b/.test(w) && !screenMedia(w) && !printOnly([w]));
    if (media !== undefined && [...c.values].some(([p, v]) => showing(p, v.value)) && ruleMatches(r, e)) return media;
  }
  return undefined;
}

/**
 * Whether an element's style attribute gives it a 「display」 that shows it (html42): its last 「display」 declaration
 * a keyword other than 「none」 and than those taking another's value (「inherit」「revert」「revert-layer」), no
 * 「var()」. It wins over a stylesheet's 「display:none」 without 「!important」 and over the 「hidden」 attribute
 * (「.pane{display:none}」 with 「<div class="pane" style="display:block">」 is shown; base refused it as hidden).
 */
function shownInline(style: string | undefined): boolean {
  if (style === undefined || !/display/i.test(style)) return false;
  const all = declarations(plainCss(style));
  const value = all
    .filter((d) => d.property === 'display')
    .pop()
    ?.value.trim()
    .toLowerCase();
  // html44: a box that lays out its text (`showing`: not 「table-column」), and no 「all」 (「all: revert」 gives 「hidden」
  // back the browser's 「display:none」).
  return value !== undefined && showing('display', value) && !all.some((d) => d.property === 'all');
}

/**
 * Whether `e`'s 「hidden」 attribute hides it (html42): it hides by the browser's own 「display:none」, which its style
 * attribute's 「display」 overrides (`shownInline`) — not 「hidden="until-found"」, which hides otherwise.
 */
function hiddenByAttribute(e: P5Element, style = attribute(e, 'style'), rules?: readonly HidingRule[]): boolean {
  const hidden = attribute(e, 'hidden');
  // html44: a rule of the page the cascade proves showing (「#x{display:block}」) outweighs it too.
  return (
    hidden !== undefined &&
    (hidden.trim().toLowerCase() === 'until-found' || (!shownInline(style) && !(rules !== undefined && cascadeShows(e, 'display', rules))))
  );
}

/**
 * html44: the cascade of the properties that hide or show a box (display, visibility, opacity, content-visibility), as a
 * browser weighs it — importance, then an element's style attribute over the stylesheets, then specificity, then the
 * order of the page's stylesheets (`CascadeRule`, `cascadeShows`). On html42 a later or more specific rule showing what
 * a rule hides (「.a{display:none}」 then 「#x{display:block}」) was not weighed: the element refused as hidden.
 */
const CASCADED = /^(?:display|visibility|opacity|content-visibility|font-size)$/;
/** A rule of the page's stylesheets giving a property of `CASCADED`, in the stylesheets' order (`cascadeRules`). */
interface CascadeRule {
  /** The rule for `ruleMatches` (its subjects, matched more, never less). */
  loose: HidingRule;
  /** Its selectors read exactly, where the rule is proved to apply wherever they match (`exactSelectors`). */
  exact?: ExactSelector[];
  /** Its most specific selector's specificity at most (Infinity where not read: it may override anything). */
  high: number;
  /** Its place among the page's declarations (the stylesheets in the document's order, then the rule's own). */
  order: number;
  /** Whether it may be ordered otherwise than by specificity and place (a layer, a scope, a nesting): never outweighed. */
  unordered: boolean;
  /** html46: its layer's place among the page's named layers (1 the first); undefined outside any layer. */
  layer?: number;
  /** Each property's winning declaration in the rule (its last 「!important」 one, else its last). */
  values: Map<string, { value: string; important: boolean; at: number }>;
  /** html48: the at-rules it is inside (for the words of a refusal). */
  within: readonly string[];
}
const CASCADE = new WeakMap<readonly HidingRule[], { list: CascadeRule[]; loose: HidingRule[]; layers: number }>();

/** A block's declarations of `CASCADED` properties: each property's last 「!important」 one, else its last. */
function cascadedValues(block: string): Map<string, { value: string; important: boolean; at: number }> {
  const out = new Map<string, { value: string; important: boolean; at: number }>();
  const plain = plainCss(block);
  if (!/display|visibility|opacity|all|font/i.test(plain)) return out;
  splitTop(plain, (ch) => ch === ';' || ch === '{' || ch === '}').forEach((one, at) => {
    const colon = one.indexOf(':');
    if (colon < 0) return;
    const property = one.slice(0, colon).trim().toLowerCase();
    // 「all」 sets each of them (「all: revert」 gives 「hidden」 back the browser's 「display:none」).
    // html46: 「font」 sets 「font-size」 too (its value the whole shorthand: weighed, never read as showing).
    if (!CASCADED.test(property) && property !== 'all' && property !== 'font') return;
    const raw = one.slice(colon + 1);
    const important = /!\s*important\s*$/i.test(raw);
    const value = raw
      .replace(/!\s*important\s*$/i, '')
      .trim()
      .toLowerCase();
    const names =
      property === 'all'
        ? ['display', 'visibility', 'opacity', 'content-visibility', 'font-size']
        : property === 'font'
          ? ['font-size']
          : [property];
    for (const name of names) {
      const had = out.get(name);
      if (had?.important && !important) continue;
      out.set(name, { value, important, at });
    }
  });
  return out;
}

/**
 * The page's rules giving a property of `CASCADED`, in the document's order of its stylesheets (html44; `hidingRules`
 * reads them in another order). A rule is read exactly (`exact`) only in a 「style」 element applied to every screen (no
 * 「media」, 「type」 other than CSS, 「title」 — a titled sheet may be an alternate one — nor 「@import」, whose rules come
 * first though written in after), outside any at-rule, its selectors `exactSelectors` reads.
 */
function cascadeRules(document: P5Document): { list: CascadeRule[]; loose: HidingRule[]; layers: number } {
  const sheets: { text: string; sure: boolean; cond?: true }[] = [];
  const visit = (node: P5Parent) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'style') {
        if (SCOPE.get(child)) continue;
        const text = child.childNodes.map((t) => (isText(t) ? t.value : '')).join('');
        const type = attribute(child, 'type')?.trim().toLowerCase();
        const sure =
          attribute(child, 'media') === undefined &&
          attribute(child, 'title') === undefined &&
          (type === undefined || type === '' || type === 'text/css') &&
          !/@import/i.test(text);
        // html48: a sheet that may not apply on screen (its 「media」, 「title」, another 「type」) declares its layers
        // under that condition (`cond`: one declared first there leaves the order unread).
        sheets.push({ text: withImports(text), sure, ...(sure || /@import/i.test(text) ? {} : { cond: true }) });
      } else if (child.tagName === 'link' && loadsStyle(child)) {
        const text = dataUrlText(attribute(child, 'href') ?? '');
        const media = attribute(child, 'media')?.trim() ?? '';
        if (text !== undefined)
          sheets.push({ text: media === '' || media === 'all' ? withImports(text) : `@media ${media}{${withImports(text)}}`, sure: false });
      } else visit(child);
    }
  };
  visit(document);
  const out: CascadeRule[] = [];
  let n = 0;
  // html46: named layers ranked by where each is first written. html48: the statements ordering them (「@layer a, b;」),
  // anonymous layers (each a layer of its own) and layers inside layers (「@layer a{@layer b{…}}」, 「@layer a.b」) too,
  // as CSS Cascade 5 orders them: each layer after the layers inside it, siblings by where first declared (`layerMarked`
  // makes each declaration a rule in place). A layer first declared inside a condition that may not hold on screen
  // (「@media (min-width:…)」, 「@supports」), a name not read, an import into a layer or layers more than 32 deep leave
  // the order unread (layered rules unordered: outweighing all); inside 「@media print」 none is declared on screen (as
  // Chromium orders them).
  const marked = sheets.map(({ text, sure, cond }) => {
    const m = layerMarked(withoutComments(text));
    return { rules: cssRules(m.text), sure, cond, unsure: m.unsure || importsIntoLayer(text) };
  });
  let unsure = marked.some((m) => m.unsure);
  const pathOf = (within: readonly string[]) =>
    within.filter((w) => /^@layer\b/.test(w)).flatMap((w) => w.replace(/^@layer\s*/, '').split('.'));
  const onScreen = (within: readonly string[]) => within.every((w) => /^@layer\b/.test(w) || screenMedia(w));
  const children = new Map<string, string[]>();
  for (const { rules, cond } of marked)
    for (const { within } of rules) {
      if (printOnly(within)) continue;
      const path = pathOf(within);
      if (path.length > 32) unsure = true;
      for (let k = 1; k <= Math.min(path.length, 32); k++) {
        const [parent, key] = [path.slice(0, k - 1).join('.'), path.slice(0, k).join('.')];
        const list = children.get(parent) ?? [];
        if (list.includes(key)) continue;
        if (cond || !onScreen(within)) unsure = true;
        list.push(key);
        children.set(parent, list);
      }
    }
  const layers = new Map<string, number>();
  // Ranks in post-order (a stack of our own: no call per depth).
  const stack: { key: string; at: number }[] = [{ key: '', at: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = children.get(top.key)?.[top.at++];
    if (next !== undefined) stack.push({ key: next, at: 0 });
    else {
      stack.pop();
      if (top.key !== '') layers.set(top.key, layers.size + 1);
    }
  }
  for (const { rules, sure } of marked)
    for (const { selector, body, within } of rules) {
      if (selector === LAYER_MARK) continue;
      n++;
      if (printOnly(within)) continue;
      const values = cascadedValues(body);
      if (values.size === 0) continue;
      const path = pathOf(within);
      const layer = !unsure && path.length > 0 ? layers.get(path.join('.')) : undefined;
      // html46: a rule in 「@media screen」「@media all」 (no condition) applies on screen, where the published page is
      // read (チェッカーの判断; 「@media print」's are left out above: they do not apply on screen), one in a layer is
      // weighed by the layer's rank. html48: media queries true on any screen too (`screenMedia`).
      const plainWithin = within.every((w) => screenMedia(w) || (layer !== undefined && /^@layer\b/i.test(w)));
      const exact = sure && plainWithin ? exactSelectors(selector) : undefined;
      const unordered = within.some((w) => !/^@(?:media|supports|container)\b/.test(w) && !(layer !== undefined && /^@layer\b/i.test(w)));
      const high = exact ? Math.max(...exact.map((x) => x.specificity)) : notSpecificity(selector);
      const c: CascadeRule = {
        loose: restyling(selector, body),
        ...(exact ? { exact } : {}),
        high,
        order: n * 1000,
        unordered,
        ...(layer !== undefined ? { layer } : {}),
        values,
        within,
      };
      LOOSE_OF.set(c.loose, c);
      out.push(c);
    }
  return { list: out, loose: out.map((c) => c.loose), layers: layers.size };
}

/** html48: whether a stylesheet imports into a layer (「@import url(a.css) layer(x);」), each statement read once. */
const importsIntoLayer = (text: string) =>
  text.split(';').some((part) => {
    const at = part.search(/@import/i);
    return at >= 0 && /\blayer\b/i.test(part.slice(at));
  });

/** A selector list's specificity at most: its exact reading's, or `specificity`'s bound where none (Infinity with parentheses). */
const notSpecificity = (selector: string) => {
  const exact = exactSelectors(selector);
  return exact ? Math.max(...exact.map((x) => x.specificity)) : specificity(selector, 'high');
};

/** Whether `e` matches an exact compound: its tag, its classes and id as written; none of its 「:not()」 in any case. */
function exactCompoundMatches(e: P5Element, c: ExactCompound, inNot = false): boolean {
  if (c.tag !== undefined && c.tag !== e.tagName) return false;
  const classes = (attribute(e, 'class') ?? '').split(/[\t\n\f\r ]+/);
  const id = attribute(e, 'id');
  // Inside 「:not()」 matched in any case (a page without a doctype matches classes so): the 「:not()」 then holds less.
  const same = (a: string, b: string | undefined) => (inNot ? a.toLowerCase() === b?.toLowerCase() : a === b);
  if (!c.classes.every((x) => classes.some((y) => same(x, y)))) return false;
  if (!c.ids.every((x) => same(x, id))) return false;
  // html46: attributes — a value compared as written (a browser compares some case-insensitively: it then matches more,
  // never less); inside 「:not()」 names and values in any case (matched more there, so the 「:not()」 holds less).
  for (const a of c.attrs ?? []) {
    const held = e.attrs.find((x) => (inNot ? x.name.toLowerCase() === a.name : x.name === a.name));
    if (!held) return false;
    const [v, w] = inNot ? [held.value.toLowerCase(), a.value.toLowerCase()] : [held.value, a.value];
    const ok =
      a.op === '' ||
      (a.op === '=' && v === w) ||
      (a.op === '~=' && w !== '' && v.split(/[\t\n\f\r ]+/).includes(w)) ||
      (a.op === '|=' && (v === w || v.startsWith(`${w}-`))) ||
      (a.op === '^=' && w !== '' && v.startsWith(w)) ||
      (a.op === '$=' && w !== '' && v.endsWith(w)) ||
      (a.op === '*=' && w !== '' && v.includes(w));
    if (!ok) return false;
  }
  // html46: the structural pseudo-classes, by the element's place among its parent's elements (the file's tree).
  if (c.nth && c.nth.length > 0) {
    const all = siblingElements(e);
    const ofType = all.filter((x) => x.tagName === e.tagName);
    for (const { a, b, last, type } of c.nth) {
      // html48: 「…-of-type」 among the elements of its tag.
      const siblings = type ? ofType : all;
      const at = siblings.indexOf(e);
      const k = last ? siblings.length - at : at + 1;
      if (a === 0 ? k !== b : (k - b) / a < 0 || (k - b) % a !== 0) return false;
    }
  }
  // html48: 「:is()」「:where()」: one of each list.
  if (c.any?.some((list) => !list.some((x) => exactCompoundMatches(e, x, inNot)))) return false;
  return !c.not.some((x) => exactCompoundMatches(e, x, true));
}

/** The elements under `e`'s parent, `e` among them (itself alone where it has none). */
const siblingElements = (e: P5Element): P5Element[] =>
  e.parentNode ? (e.parentNode.childNodes.filter((n) => isElement(n)) as P5Element[]) : [e];

/** Whether `e` matches an exact selector (its compounds right to left, through parents and ancestors). */
function exactMatches(e: P5Element, s: ExactSelector, i = s.compounds.length - 1, known = new Map<P5Element, Set<number>>()): boolean {
  // Each element and compound tried once (「.b .b .b …」 over nested 「.b」 would otherwise be tried in every combination).
  const tried = known.get(e);
  if (tried?.has(i)) return false;
  if (tried) tried.add(i);
  else known.set(e, new Set([i]));
  // The page's own tree alone (a selector does not reach through a shadow tree the page's element is shown in).
  if (SCOPE.get(e) !== undefined || !exactCompoundMatches(e, s.compounds[i]!)) return false;
  if (i === 0) return true;
  if (s.combinators[i - 1] === '>') {
    const p = parentElement(e);
    return p !== undefined && exactMatches(p, s, i - 1, known);
  }
  // html46: 「+」 the element just before, 「~」 any before it, under the same parent.
  if (s.combinators[i - 1] === '+' || s.combinators[i - 1] === '~') {
    const siblings = siblingElements(e);
    const at = siblings.indexOf(e);
    if (s.combinators[i - 1] === '+') return at > 0 && exactMatches(siblings[at - 1]!, s, i - 1, known);
    return siblings.slice(0, Math.max(0, at)).some((x) => exactMatches(x, s, i - 1, known));
  }
  for (let p = parentElement(e); p; p = parentElement(p)) if (exactMatches(p, s, i - 1, known)) return true;
  return false;
}

/** Whether a value of a `CASCADED` property shows the box (a keyword that takes no other's value, no var()). */
function showing(property: string, value: string): boolean {
  if (/var\(|\b(?:inherit|initial|unset|revert|revert-layer)\b/.test(value)) return false;
  switch (property) {
    case 'display':
      // Boxes that lay out their text (not 「table-column」, which draws none, nor 「run-in」 …).
      return /^(?:block|inline|inline-block|flow-root|list-item|flex|inline-flex|grid|inline-grid|table|inline-table|table-cell|table-row|table-row-group|table-header-group|table-footer-group|table-caption|contents|(?:block|inline) flow(?:-root)?)$/.test(
        value.replace(/\s+/g, ' '),
      );
    case 'visibility':
      return value === 'visible';
    case 'content-visibility':
      return value === 'visible' || value === 'auto';
    case 'opacity': {
      const m = /^(\d+(?:\.\d*)?|\.\d+)(%?)$/.exec(value);
      return m !== null && Number(m[1]) / (m[2] ? 100 : 1) >= 0.1;
    }
    case 'font-size': {
      // html46: an absolute size a digit is read at (6 px or more; no em, %, rem: relative to a size that may be 0).
      if (/^(?:x-small|small|medium|large|x-large|xx-large|xxx-large)$/.test(value)) return true;
      const m = /^(\d+(?:\.\d*)?|\.\d+)(px|pt)$/.exec(value);
      return m !== null && Number(m[1]) * (m[2] === 'pt' ? 4 / 3 : 1) >= 6;
    }
    default:
      return false;
  }
}

/** Precedence as the cascade weighs it: importance, a style attribute, specificity, order (compared in this order). */
type Weight = [number, number, number, number, number];
const heavier = (a: Weight, b: Weight) => {
  for (let i = 0; i < 5; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/**
 * Whether the cascade proves `e`'s `property` shown (html44): the declaration that wins is one proved to apply (its
 * style attribute's, or a rule read exactly that matches it exactly) with a value that shows, and outweighs every
 * other rule that may apply (matched more, never less; weighed by its most specific selector at most; one in a layer,
 * a scope or a nested rule outweighs all). The browser's own 「display:none」 of 「hidden」 is outweighed by any.
 */
function cascadeShows(e: P5Element, property: string, rules: readonly HidingRule[]): boolean {
  const won = cascadeWinner(e, property, rules);
  if (!won) return false;
  // html48: a font size relative to the parent's (em, %) or the root's (rem) shows where that size is proved.
  if (property === 'font-size' && !showing(property, won.value)) {
    const px = relativePx(e, won.value, rules);
    return px !== undefined && px >= 6;
  }
  return showing(property, won.value);
}

/**
 * The value of `e`'s `property` the cascade proves (html44's weighing; html48 a function of its own): the winning
 * declaration is proved to apply and outweighs every other that may; null where no declaration may apply (the property
 * inherits or takes its initial value); undefined where not proved.
 */
function cascadeWinner(e: P5Element, property: string, rules: readonly HidingRule[]): { value: string } | null | undefined {
  if (SCOPE.get(e) !== undefined) return undefined;
  const cascade = CASCADE.get(VARIANT_OF.get(rules) ?? rules);
  const loose = cascade?.loose ?? [];
  // html46: layers — normal declarations: unlayered over every layer, a later layer over an earlier; important ones the
  // other way round (CSS Cascade 5), after the style attribute.
  const L = cascade?.layers ?? 0;
  const rank = (c: CascadeRule, important: boolean) =>
    important ? (c.layer === undefined ? 0 : L + 1 - c.layer) : c.layer === undefined ? L + 1 : c.layer;
  let proved: { weight: Weight; value: string } | undefined;
  let unproved: Weight | undefined;
  const style = attribute(e, 'style');
  if (style !== undefined) {
    const own = cascadedValues(style).get(property);
    if (own) proved = { weight: [own.important ? 1 : 0, 1, 0, 0, 0], value: own.value };
  }
  for (const r of candidates(loose, e)) {
    const c = LOOSE_OF.get(r)!;
    const d = c.values.get(property);
    if (!d) continue;
    const exact = c.exact?.filter((x) => exactMatches(e, x));
    if (exact && exact.length > 0) {
      const weight: Weight = [d.important ? 1 : 0, 0, rank(c, d.important), Math.max(...exact.map((x) => x.specificity)), c.order + d.at];
      if (!proved || heavier(weight, proved.weight)) proved = { weight, value: d.value };
    } else if (ruleMatches(c.loose, e)) {
      const weight: Weight = c.unordered ? [Infinity, 0, 0, 0, 0] : [d.important ? 1 : 0, 0, rank(c, d.important), c.high, c.order + d.at];
      if (!unproved || heavier(weight, unproved)) unproved = weight;
    }
  }
  if (proved === undefined) return unproved === undefined ? null : undefined;
  return unproved === undefined || heavier(proved.weight, unproved) ? { value: proved.value } : undefined;
}

/**
 * html48: the size in px of a relative font size (「1em」「80%」「0.9rem」) on `e`, from its parent's size (the root's
 * for rem) where the cascade proves it (`provedFontPx`), else undefined. A page in quirks mode is not read so (its
 * tables do not inherit the size around them).
 */
function relativePx(e: P5Element, value: string, rules: readonly HidingRule[]): number | undefined {
  const m = /^(\d+(?:\.\d*)?|\.\d+)(em|rem|%)$/.exec(value.trim());
  if (!m || !noQuirks(e)) return undefined;
  let top = e;
  for (let p = parentElement(top); p; p = parentElement(p)) top = p;
  const parent = parentElement(e);
  const base = m[2] === 'rem' ? (top === e ? 16 : provedFontPx(top, rules)) : parent ? provedFontPx(parent, rules) : 16;
  return base === undefined ? undefined : (Number(m[1]) * base) / (m[2] === '%' ? 100 : 1);
}

/** Whether `e`'s document is in no-quirks mode (a doctype of today's). */
function noQuirks(e: P5Element): boolean {
  let n: P5Parent | undefined = e;
  while (n && 'parentNode' in n && n.parentNode) n = n.parentNode as P5Parent;
  return (n as { mode?: string } | undefined)?.mode === 'no-quirks';
}

/**
 * html48: an element's font size in px the cascade proves, or undefined: the proved winner's absolute size, or a
 * relative one of the proved size it is relative to; where no rule nor style attribute may give one, the parent's
 * (the browser's 16 px at the root) — 「small」「sub」「sup」 a size smaller, a 「font size」 attribute not read. Walked
 * up with a stack of its own, each element once.
 */
function provedFontPx(e: P5Element, rules: readonly HidingRule[]): number | undefined {
  if (PROVED_PX.has(e)) return PROVED_PX.get(e);
  const chain: P5Element[] = [];
  for (let x: P5Element | undefined = e; x && !PROVED_PX.has(x); x = parentElement(x)) chain.push(x);
  for (let i = chain.length - 1; i >= 0; i--) {
    const x = chain[i]!;
    const parent = parentElement(x);
    const inherited = parent ? PROVED_PX.get(parent) : 16;
    const won = x.tagName === 'font' && attribute(x, 'size') !== undefined ? undefined : cascadeWinner(x, 'font-size', rules);
    let px: number | undefined;
    if (won === null) px = inherited === undefined ? undefined : inherited * (SIZED[x.tagName] ?? 1);
    else if (won !== undefined) {
      const v = won.value.trim();
      const abs = /^(\d+(?:\.\d*)?|\.\d+)(px|pt)$/.exec(v);
      px =
        (Object.hasOwn(KEYWORD_SIZES, v) ? KEYWORD_SIZES[v] : undefined) ??
        (abs ? Number(abs[1]) * (abs[2] === 'pt' ? 4 / 3 : 1) : /^0+(?:\.0*)?$/.test(v) ? 0 : relativePx(x, v, rules));
    }
    PROVED_PX.set(x, px);
  }
  return PROVED_PX.get(e);
}
const PROVED_PX = new WeakMap<P5Element, number | undefined>();
const LOOSE_OF = new WeakMap<HidingRule, CascadeRule>();

/**
 * Whether a rule of the page hiding `e` is outweighed by the cascade (html44): each of its declarations of `CASCADED`
 * properties is (`cascadeShows`), and what is left of it hides nothing — nor, beside a 「display」 one (whose other
 * declarations are judged as a plain rule's), gives anything `shownOtherwise` reads. Not a rule of a shadow tree's,
 * a nested rule, one in a layer or a scope, nor one of a box the page adds.
 */
function liftedByCascade(r: HidingRule, e: P5Element, rules: readonly HidingRule[]): boolean {
  if (!r.cascade || r.generated || r.scope) return false;
  if (r.cascade.within.some((w) => !/^@(?:media|supports|container|layer)\b/.test(w))) return false;
  const values = cascadedValues(r.cascade.body);
  if (values.size === 0) return false;
  const rest = declarations(plainCss(r.cascade.body)).filter((d) => !CASCADED.test(d.property));
  const restText = rest.map((d) => `${d.property}:${d.value}`).join(';');
  if (hidingDeclaration(restText, VARS.get(VARIANT_OF.get(rules) ?? rules)) !== undefined) return false;
  if (!values.has('display') && rest.some(readHere)) return false;
  // html46: a size the rule gives itself that shows (「.x{display:none;font-size:12px}」) needs no proving.
  return [...values].every(([p, v]) => (p === 'font-size' && showing(p, v.value)) || cascadeShows(e, p, rules));
}

/**
 * Whether an element's style attribute hides it where the cascade does not outweigh it (html44: 「style="display:none"」
 * under a rule's 「#x{display:block !important}」 is shown): what hides in it, without the `CASCADED` properties the
 * cascade proves shown.
 */
function inlineHides(e: P5Element, style: string | undefined, rules: readonly HidingRule[]): boolean {
  if (style === undefined) return false;
  const page = VARS.get(VARIANT_OF.get(rules) ?? rules);
  if (!hidingDeclaration(style, page)?.hides) return false;
  const kept = declarations(plainCss(style)).filter((d) => !(CASCADED.test(d.property) && cascadeShows(e, d.property, rules)));
  return hidingDeclaration(kept.map((d) => `${d.property}:${d.value}`).join(';'), page)?.hides === true;
}

/** A declaration; `action`, of a rule for a reader's action (`HidingRule.action`: it may not apply). */
type Declaration = { property: string; value: string; action?: true };
/** Declarations `shownOtherwise` reads: those that may change what is shown, and the sizes it judges them with. */
const readHere = (d: Declaration) =>
  notable(d.property) ||
  /^(?:font-size|font|(?:max-|min-)?(?:width|height|inline-size|block-size)|white-space|table-layout|list-style(?:-type)?|padding(?:-top|-bottom|-block|-left|-right|-inline)?|border(?:-top|-bottom|-block)?(?:-width)?)$/.test(
    d.property,
  );
/** Each element's declarations that may change what is shown: its style attribute's and its rules' (STYLING), var() written out. */
const DECLARED = new WeakMap<readonly HidingRule[], WeakMap<P5Element, Declaration[]>>();
/** A cache of each element's, kept for each page's rules (a state's rules see other declarations: html7 `variant`). */
function byElement<T>(caches: WeakMap<readonly HidingRule[], WeakMap<P5Element, T>>, rules: readonly HidingRule[]): WeakMap<P5Element, T> {
  let out = caches.get(rules);
  if (!out) caches.set(rules, (out = new WeakMap()));
  return out;
}
const NONE_RULES: readonly HidingRule[] = [];
/** A declaration block's declarations that `shownOtherwise` reads, by the block's text, for each page (read once each). */
const READ_BLOCKS = new WeakMap<readonly HidingRule[], Map<string, Declaration[]>>();
function blockDeclarations(block: string, rules: readonly HidingRule[]): Declaration[] {
  let known = READ_BLOCKS.get(rules);
  if (!known) READ_BLOCKS.set(rules, (known = new Map()));
  let out = known.get(block);
  if (!out) {
    const vars = VARS.get(rules)?.vars;
    const plain = plainCss(block);
    const scheme = LIGHT_ONLY.has(rules) ? 'light' : VARIANT_SCHEME.get(rules);
    out = (vars && /\bvar\(/i.test(plain) ? withVars(plain, vars) : [plain])
      .map((one) => (scheme ? lightDark(one, scheme) : one))
      .flatMap(declarations)
      .filter(readHere);
    if (known.size < 50_000) known.set(block, out);
  }
  return out;
}
const NONE: Declaration[] = [];
function declared(e: P5Element, rules: readonly HidingRule[]): Declaration[] {
  const style = attribute(e, 'style');
  const styling = STYLING.get(rules) ?? NONE_RULES;
  // Most elements of a plain page: nothing to read, nothing kept.
  if (style === undefined && styling.length === 0) return NONE;
  const cache = byElement(DECLARED, rules);
  let out = cache.get(e);
  if (out) return out;
  // In a state's rules, an element no rule of an action or a scheme styles has the declarations of all rules together
  // (where no custom property differs by scheme).
  const page = VARIANT_OF.get(rules);
  if (page && !STATES.get(page)?.vars && !ownState(e, page)) {
    out = declared(e, page);
    cache.set(e, out);
    return out;
  }
  out = style !== undefined ? blockDeclarations(style, rules) : NONE;
  if (styling.length > 0) {
    const matched = candidates(styling, e).filter((r) => ruleMatches(r, e));
    if (matched.length > 0) {
      // Elements styled alike share one list (and what `shownOtherwise` finds in it).
      let shared = SHARED.get(rules);
      if (!shared) SHARED.set(rules, (shared = { ids: new Map(), lists: new Map() }));
      const ids = shared.ids;
      const key = `${style ?? ''}\u0000${matched.map((r) => ids.get(r) ?? (ids.set(r, ids.size), ids.size - 1)).join(',')}`;
      let list = shared.lists.get(key);
      if (!list) {
        const scheme = SCHEME_VARIANT.has(rules);
        list = [
          ...out,
          ...matched.flatMap((r, i) => {
            const own = blockDeclarations(r.body ?? '', rules);
            if (r.action) return own.map((d) => ({ ...d, action: true as const }));
            return own.filter(
              (d) =>
                !(scheme && !r.scheme && overriddenBy(r, d, matched.slice(i + 1), rules)) &&
                !overriddenPlain(r, d, matched.slice(i + 1), rules),
            );
          }),
        ];
        if (shared.lists.size < 50_000) shared.lists.set(key, list);
      }
      out = list;
    }
  }
  cache.set(e, out);
  return out;
}
/** The custom properties of a page's style attributes and its rules' definitions, with their schemes (`hidingRules`). */
const SCHEME_VARS = new WeakMap<
  PageCss,
  { inline: Map<string, string[]>; defining: { selector: string; body: string; scheme?: 'dark' | 'light' | undefined; exact: boolean }[] }
>();

/**
 * The values a page gives each custom property in one colour scheme (html7): those of its style attributes, and of its
 * rules for no scheme or this one, where a rule of this scheme alone after a plain one gives the same property with
 * the same selector (「:root{--bg:#fff}」 then, for dark, 「:root{--bg:#222}」) the plain value not taken.
 */
function schemeVars(page: PageCss, all: CustomProperties, scheme: 'dark' | 'light'): CustomProperties {
  const known = SCHEME_VARS.get(page);
  if (!known) return all;
  const into = new Map([...known.inline].map(([k, v]) => [k, [...v]]));
  const rules = known.defining.filter((d) => d.scheme === undefined || d.scheme === scheme);
  rules.forEach((d, i) => {
    const own = new Map<string, string[]>();
    addCustomProperties(d.body, own);
    if (d.scheme === undefined && !/!\s*important/i.test(d.body)) {
      for (const later of rules.slice(i + 1)) {
        // The same selector list (the same elements): a custom property is inherited, so a rule for other elements
        // overrides it there alone.
        if (
          later.scheme === undefined ||
          !later.exact ||
          later.selector.replace(/\s+/g, ' ').trim().toLowerCase() !== d.selector.replace(/\s+/g, ' ').trim().toLowerCase()
        )
          continue;
        const theirs = new Map<string, string[]>();
        addCustomProperties(later.body, theirs);
        for (const name of theirs.keys()) own.delete(name);
      }
    }
    for (const [name, values] of own) {
      const list = into.get(name) ?? [];
      for (const v of values) if (list.length < 20) list.push(v);
      into.set(name, list);
    }
  });
  return into;
}

/** A page's rules as one colour scheme sees them (`variant`): a rule of the scheme overrides the plain rules before it. */
const SCHEME_VARIANT = new WeakSet<readonly HidingRule[]>();
/** The scheme of each scheme's rules (`variant`), for 「light-dark()」 (`lightDark`). */
const VARIANT_SCHEME = new WeakMap<readonly HidingRule[], 'dark' | 'light'>();
/** Pages that name no dark scheme anywhere (`hidingRules`): light-dark() gives its light colour in every scheme. */
const LIGHT_ONLY = new WeakSet<readonly HidingRule[]>();
/** 「color-scheme」 declarations and their values (`namesDark`). */
const DARK_SCHEME = /color-scheme\s*:\s*([^;}]*)/gi;
/**
 * Whether CSS (comments dropped, escapes read) gives 「color-scheme」 a value that may allow dark: any but 「normal」,
 * 「light」, 「only light」 and the keywords that take another's (a var() may hold 「light dark」: taken as allowing it).
 */
function namesDark(css: string): boolean {
  if (!/color-scheme/i.test(css)) return false;
  for (const m of css.matchAll(DARK_SCHEME)) {
    const v = m[1]!
      .replace(/!\s*important\s*$/i, '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ');
    if (!/^(?:normal|light|only light|light only|initial|unset|inherit|revert|revert-layer)?$/.test(v)) return true;
  }
  return false;
}

/**
 * CSS text with each 「light-dark(a, b)」 written as the scheme takes it (html9): a in the light scheme, b in the dark.
 * Each scheme is judged alone (`colourStates`), so both colours are tried, each with its own scheme's others; on main
 * any 「light-dark()」 was refused as a colour not read. (A page not opting into dark, 「color-scheme: normal」, shows
 * a alone: judging b too refuses more than a browser hides, never less.)
 */
function lightDark(css: string, scheme: 'dark' | 'light'): string {
  let out = css;
  for (let guard = 0; guard < 20; guard++) {
    const m = /light-dark\(/i.exec(out);
    if (!m) break;
    const open = m.index + m[0].length;
    let depth = 1;
    let end = open;
    for (; end < out.length && depth > 0; end++) depth += out[end] === '(' ? 1 : out[end] === ')' ? -1 : 0;
    if (depth > 0) break;
    end--;
    const parts = splitTop(out.slice(open, end), (ch) => ch === ',');
    if (parts.length !== 2) break;
    out = out.slice(0, m.index) + parts[scheme === 'light' ? 0 : 1]!.trim() + out.slice(end + 1);
  }
  return out;
}

/**
 * Whether a colour a plain rule gives is overridden for the elements both match (html9): a later rule for every scheme
 * and state, matched exactly (`exactly`, in no at-rule), at least as specific, gives the same property, and the first is
 * not 「!important」. On main every colour the plain rules gave was tried (「body{color:#222}」 then
 * 「body{color:var(--fg)}」: #222 judged though never shown, and refused where it was the background's).
 */
function overriddenPlain(rule: HidingRule, d: Declaration, later: readonly HidingRule[], rules: readonly HidingRule[]): boolean {
  if (!/^(?:color|-webkit-text-fill-color|background-color|background)$/.test(d.property)) return false;
  if (rule.action || /!\s*important/i.test(rule.body ?? '')) return false;
  const mine = specificity(rule.selector, 'high');
  return later.some(
    (r) =>
      r.scheme === undefined &&
      !r.action &&
      !r.generated &&
      (r.within ?? []).length === 0 &&
      exactSelector(r.selector) &&
      specificity(r.selector, 'low') >= mine &&
      blockDeclarations(r.body ?? '', rules).some((x) =>
        d.property === 'background'
          ? x.property === 'background'
          : x.property === d.property || (x.property === 'background' && d.property === 'background-color'),
      ),
  );
}

/**
 * Whether a declaration of a plain rule is overridden, in one colour scheme, by a rule of that scheme after it (html7:
 * 「body{background:#fff;color:#222}」 and, for dark, 「body{background:#121212;color:#eee}」 are not taken together):
 * the same property (or 「background」 over its parts), a selector at least as specific, and no 「!important」 in the
 * plain rule. Specificity is counted low for the later rule and high for the earlier (any selector with parentheses
 * taken as overriding nothing and overridden by nothing): kept where not proved.
 */
function overriddenBy(rule: HidingRule, d: Declaration, later: readonly HidingRule[], rules: readonly HidingRule[]): boolean {
  if (/!\s*important/i.test(rule.body ?? '')) return false;
  const mine = specificity(rule.selector, 'high');
  return later.some(
    (r) =>
      r.scheme !== undefined &&
      !r.action &&
      exactly(r) &&
      specificity(r.selector, 'low') >= mine &&
      blockDeclarations(r.body ?? '', rules).some(
        (x) => x.property === d.property || (x.property === 'background' && d.property.startsWith('background-')),
      ),
  );
}

/**
 * Whether a scheme's rule is matched here exactly as a browser matches it, so that it may override another for the
 * elements `ruleMatches` gives it (a rule matched more widely than it applies would take a colour from elements it
 * does not style): in its scheme's 「@media」 alone (no width, layer or support condition), each selector of its list
 * a compound or two joined by a space or 「>」, of tags, classes, ids and 「*」 (no pseudo-class, attribute or escape).
 */
const exactly = (r: HidingRule) => (r.within ?? []).length === 1 && exactSelector(r.selector);
/** A selector list of compounds of tags, classes, ids and 「*」, one or two each joined by a space or 「>」 (`exactly`). */
const exactSelector = (selector: string) =>
  splitTop(selector, (ch) => ch === ',').every((one) => {
    const t = one.replace(/\s+/g, ' ').trim();
    const parts = t.replace(/>/g, ' ').split(' ').filter(Boolean);
    return /^[-\w.#*> ]+$/.test(t) && parts.length >= 1 && parts.length <= 2;
  });

/** A selector list's specificity as one number (ids, then classes, attributes and pseudo-classes, then tags), its least or most. */
function specificity(selector: string, bound: 'low' | 'high'): number {
  const each = splitTop(selector, (ch) => ch === ',').map((one) => {
    if (/[()\\]/.test(one)) return bound === 'high' ? Infinity : -Infinity;
    const plain = one.replace(/\[[^\][]*\]/g, '.a');
    const ids = (plain.match(/#/g) ?? []).length;
    const classes = (plain.match(/\.|(?<!:):(?!:)/g) ?? []).length;
    const tags = (plain.match(/(?:^|[\s>+~])[a-z][-a-z0-9]*|::/gi) ?? []).length;
    return ids * 10_000 + classes * 100 + tags;
  });
  return bound === 'high' ? Math.max(...each) : Math.min(...each);
}

/** Each page's lists of declarations by the style text and the rules that give them (`declared`). */
const SHARED = new WeakMap<readonly HidingRule[], { ids: Map<HidingRule, number>; lists: Map<string, Declaration[]> }>();
/** What `movedOrAltered` found in a list of declarations, by the font size and whether in a cell. */
const BY_VALUE_FOUND = new WeakMap<readonly Declaration[], Map<string, string | null>>();

/** What a list of declarations does, read by value alone (css.ts `shownOtherwiseBy`, and offsets of a positioned box). */
function movedOrAltered(decls: readonly Declaration[], em: number, inCell: boolean, near: number, rem = 16): string | undefined {
  let known = BY_VALUE_FOUND.get(decls);
  if (!known) BY_VALUE_FOUND.set(decls, (known = new Map()));
  const key = `${em}|${inCell}|${near}|${rem}`;
  const had = known.get(key);
  if (had !== undefined) return had ?? undefined;
  let found: string | undefined;
  const position = decls.filter((d) => d.property === 'position').map((d) => d.value.toLowerCase());
  search: for (const { property, value } of decls) {
    found = shownOtherwiseBy(property, value, em, inCell, near, rem);
    if (found) break;
    // An offset moves only a positioned element: by more than half a digit it may put a digit over another.
    if (/^(?:top|right|bottom|left|inset)/.test(property) && position.some((p) => p !== 'static'))
      for (const x of value.split(/\s+/)) {
        const px = pixels(x, em);
        if (x !== 'auto' && !(px !== undefined && Math.abs(px) <= 0.5 * Math.min(em, near))) {
          found = `${property}（位置をずらす指定）`;
          break search;
        }
      }
  }
  known.set(key, found ?? null);
  return found;
}

const parentElement = (e: P5Element): P5Element | undefined =>
  e.parentNode && 'tagName' in e.parentNode ? (e.parentNode as P5Element) : undefined;

/** An element's font size in px as its declarations and its ancestors' say (16 where none is read). */
const FONT_PX = new WeakMap<P5Element, number>();
function fontPx(e: P5Element, rules: readonly HidingRule[]): number {
  const known = FONT_PX.get(e);
  if (known !== undefined) return known;
  const parent = parentElement(e);
  const inherited = parent ? fontPx(parent, rules) : 16;
  const decls = declared(e, rules);
  // Elements that set a size of their own by default (「small」「sub」「sup」 a size smaller, 「big」 larger, 「font size」).
  const own = SIZED[e.tagName];
  const size = e.tagName === 'font' ? attribute(e, 'size') : undefined;
  if (decls.length === 0 && own === undefined && size === undefined) return inherited;
  let px = inherited * (own ?? 1);
  if (size !== undefined) {
    const m = /^\s*([-+]?)(\d+)/.exec(size);
    if (m) {
      const n = Math.min(7, Math.max(1, m[1] === '' ? Number(m[2]) : 3 + Number(`${m[1]}${m[2]}`)));
      px = [10, 13, 16, 18, 24, 32, 48][n - 1]!;
    }
  }
  for (const { property, value } of decls) {
    const v =
      property === 'font-size'
        ? value
        : property === 'font'
          ? /(?:^|\s)([\d.]+[a-z%]+|xx-small|x-small|small|medium|large|x-large|xx-large|smaller|larger)(?:\/|\s|$)/i.exec(value)?.[1]
          : undefined;
    if (v === undefined) continue;
    const w = v.trim().toLowerCase();
    const pct = /^([\d.]+)%$/.exec(w);
    const keyword = KEYWORD_SIZES[w];
    const read =
      keyword !== undefined
        ? keyword
        : w === 'smaller'
          ? inherited / 1.2
          : w === 'larger'
            ? inherited * 1.2
            : pct
              ? (inherited * Number(pct[1])) / 100
              : unresolvedMath(w)
                ? pixels(foldMathWith(w, { em: inherited, rem: rootPx(e, rules), percent: inherited }), inherited, rootPx(e, rules))
                : pixels(w, inherited, /rem/.test(w) ? rootPx(e, rules) : 16);
    if (read !== undefined && Number.isFinite(read)) px = read;
  }
  FONT_PX.set(e, px);
  return px;
}
/** The root element's font size (what 1rem is), for `fontPx` and `movedOrAltered` (html10). */
function rootPx(e: P5Element, rules: readonly HidingRule[]): number {
  let top = e;
  for (let p = parentElement(top); p; p = parentElement(p)) top = p;
  if (top === e) return 16;
  let px = fontPx(top, rules);
  // A rule giving the root a size that hides (「html{font-size:1px}」) is not among the declarations `fontPx` reads: its
  // size is taken too, the least of them (a rem is then at its smallest: fonts in rem judged at their smallest).
  for (const r of candidates(VARIANT_OF.get(rules) ?? rules, top))
    if (r.fontSize !== undefined && ruleMatches(r, top)) {
      const v = pixels(r.fontSize, 16);
      if (v !== undefined && v < px) px = v;
    }
  return px;
}
const SIZED: Record<string, number> = { small: 1 / 1.2, sub: 1 / 1.2, sup: 1 / 1.2, big: 1.2 };
const KEYWORD_SIZES: Record<string, number> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
};

/**
 * How much an element's text is drawn larger or smaller than its font size says, by zoom and scale transforms on it
 * and the elements around it (each one allowed alone — 「scale(0.5)」 — may shrink it to nothing nested: html6).
 */
function drawnScale(e: P5Element, rules: readonly HidingRule[]): number {
  let f = 1;
  const factor = (x: string) => (/%$/.test(x) ? Number(x.slice(0, -1)) / 100 : Number(x));
  const least = (xs: string[]) => Math.min(1, ...xs.map((x) => Math.abs(factor(x))).filter(Number.isFinite));
  for (let p: P5Element | undefined = e; p; p = parentElement(p))
    for (const { property, value } of declared(p, rules)) {
      const v = value.trim().toLowerCase();
      if (property === 'zoom' && Number.isFinite(factor(v))) f *= factor(v) || 1;
      if (property === 'scale') f *= least(v.split(/\s+/));
      if (property === 'transform') for (const m of v.matchAll(/scale(?:x|y|3d)?\(([^)]*)\)/g)) f *= least(m[1]!.split(/[\s,]+/));
    }
  return f;
}

/** Whether an element's own text (not its children's) holds a digit. */
const ownDigit = (e: P5Element) => e.childNodes.some((n) => isText(n) && /\d/.test(n.value.normalize('NFKC')));

/** The colours an element's declarations give a property list (null where one is not read), or undefined where none. */
function colours(e: P5Element, rules: readonly HidingRule[], properties: RegExp): (number[] | null)[] | undefined {
  const out: (number[] | null)[] = [];
  // HTML's own colours (html6): 「<font color>」, 「<body text>」, 「bgcolor」 on any element; a value CSS does not read
  // as a colour is read as the legacy rules read it only where it is hex digits (「ffffff」), else not proved.
  const legacy = (v: string) => {
    const c = colourOf(v);
    if (c !== undefined && c !== null) return c;
    return /^\s*[0-9a-f]{3}(?:[0-9a-f]{3})?\s*$/i.test(v) ? colourOf(`#${v.trim()}`)! : null;
  };
  const text = properties.test('color');
  const attr = text ? (e.tagName === 'font' ? 'color' : e.tagName === 'body' ? 'text' : undefined) : 'bgcolor';
  const held = attr && attribute(e, attr);
  if (held !== undefined && held.trim() !== '') out.push(legacy(held));
  // HTML's own background image (「<body background="bg.gif">」, Word's page background; 「<td background>」): not read
  // (html7; read as none before, so an image of the text's colour hid it unsaid).
  if (!text && (attribute(e, 'background') ?? '').trim() !== '') out.push(null);
  for (const { property, value } of declared(e, rules)) {
    if (!properties.test(property)) continue;
    if (property === 'background' || property === 'background-image') {
      // The shorthand's colour, where it names one; a gradient's every stop (pandas Styler.bar's 「linear-gradient(90deg,
      // #d65f5f 50%, transparent 50%)」: the text may lie on any of them); an image (a url) is not read.
      const gradients = [...value.matchAll(/(?:repeating-)?(?:linear|radial|conic)-gradient\(/gi)];
      if (/\b(?:url|image|element|cross-fade|paint)\(/i.test(value)) out.push(null);
      else if (gradients.length > 0) {
        for (const g of gradients) {
          const open = g.index! + g[0].length;
          let depth = 1;
          let end = open;
          while (end < value.length && depth > 0) {
            if (value[end] === '(') depth++;
            else if (value[end] === ')') depth--;
            end++;
          }
          for (const part of splitTop(value.slice(open, end - 1), (ch) => ch === ','))
            for (const w of splitTop(part.trim(), (ch) => /\s/.test(ch)).filter(Boolean)) {
              const c = colourOf(w);
              if (c !== undefined && c !== null) out.push(c);
              else if (/\(/.test(w) || /^currentcolor$/i.test(w)) out.push(null);
            }
        }
        const rest = value.replace(/(?:repeating-)?(?:linear|radial|conic)-gradient\((?:[^()]|\([^()]*\))*\)/gi, ' ');
        const found = splitTop(rest, (ch) => /\s/.test(ch))
          .filter(Boolean)
          .map((w) => colourOf(w))
          .find((c) => c !== null && c !== undefined);
        if (found) out.push(found);
      } else if (property === 'background-image') {
        if (!/^none$/i.test(value.trim())) out.push(null);
      } else {
        const words = splitTop(value, (ch) => /\s/.test(ch)).filter(Boolean);
        const found = words.map((w) => colourOf(w)).find((c) => c !== null && c !== undefined);
        if (found) out.push(found);
        else if (words.some((w) => colourOf(w) === undefined && /^currentcolor$/i.test(w))) out.push(null);
      }
    } else {
      const c = colourOf(value);
      if (c !== undefined) out.push(c);
      // 「currentColor」 as a background is the text's colour (html6): not read.
      else if (/^background/.test(property) && /currentcolor/i.test(value)) out.push(null);
    }
  }
  return out.length === 0 ? undefined : out;
}

/** White as a page's canvas is by default, black its text. */
const WHITE = [255, 255, 255, 1];
const BLACK = [0, 0, 0, 1];
/** Pages whose meta says they may be shown dark (「<meta name="color-scheme" content="dark">」), by their rules. */
const DARK_META = new WeakSet<readonly HidingRule[]>();

/**
 * What shows an element of a table otherwise than the file has it by its declarations, judged as a browser would lay it
 * out (html6), or undefined: any declaration not proved harmless (css.ts `shownOtherwiseBy`); text whose colour, its
 * opacities laid over its background, is too close to that background to be seen (contrast under 1.5, as 「color:#fff」,
 * 「hsl(0 0% 100%)」, 「ivory」 on white) or not read (「color-mix()」); a box that clips its text (overflow hidden in a
 * width or height too small for it, or one not known); text drawn right to left (dir="rtl"). Before, each left
 * 「3<span …>0</span>」, shown 3, read 30 (or a covering box shown over a digit read).
 */
function shownOtherwise(e: P5Element, rules: readonly HidingRule[], at: Place | undefined): string | undefined {
  const decls = declared(e, rules);
  const cellOrPart = e.tagName === 'td' || e.tagName === 'th' || isTablePart(e);
  const em = decls.length > 0 ? fontPx(e, rules) : 16;
  const digits = () => /\d/.test(textOf(e).normalize('NFKC'));
  // 「<font face="Wingdings">」: HTML's own font, read as font-family is (html6).
  const face = e.tagName === 'font' ? attribute(e, 'face') : undefined;
  if (face !== undefined) {
    const how = shownOtherwiseBy('font-family', face, 16, !cellOrPart);
    if (how) return `face 属性の ${how}`;
  }
  const dir = attribute(e, 'dir')?.trim().toLowerCase();
  // Right to left, a cell's one number keeps its order (html7: `oneNumber`).
  const one = (e.tagName === 'td' || e.tagName === 'th' || !cellOrPart) && oneNumber(e, rules);
  if (
    (dir === 'rtl' || dir === 'auto') &&
    digits() &&
    !one &&
    (dir === 'rtl' || /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(textOf(e)))
  )
    return `dir="${dir}"（右から左）`;
  if (decls.length > 0) {
    const parent = parentElement(e);
    const how = movedOrAltered(
      one ? decls.filter((d) => d.property !== 'direction') : decls,
      em,
      !cellOrPart,
      parent ? fontPx(parent, rules) : em,
      decls.some((d) => unresolvedMath(d.value) || /rem\b/.test(d.value)) ? rootPx(e, rules) : 16,
    );
    if (how) return how;
  }
  if (ownDigit(e)) {
    const seen = colourSeen(e, rules);
    // Judged in each state alone where the page has rules for a reader's action or a colour scheme (html7).
    const shown = STATES.has(rules) && touched(e, rules) ? colourStates(e, rules, seen) : seen;
    if (shown) return shown;
    // Its digits drawn under 4px, however the size is reached (nested 「small」, 「font-size: 50%」 within 50%, zoom, scale).
    if (fontPx(e, rules) * drawnScale(e, rules) < 4) return 'font-size（読めない大きさ）';
  }
  // A list's item in a cell shows a marker before its text: a number (「<ol start="3">」, 「list-style-type: '3'」) the
  // text does not hold, read without it (html6). Bullets (disc, circle, square) and none are read.
  if (e.tagName === 'li' && !cellOrPart) {
    const parent = parentElement(e);
    const styles = [...decls, ...(parent ? declared(parent, rules) : [])]
      .filter((d) => d.property === 'list-style-type' || d.property === 'list-style')
      .map((d) => d.value.trim().toLowerCase());
    const bullet = (v: string) =>
      /^(?:none|disc|circle|square|disclosure-open|disclosure-closed)\b/.test(v) || /(?:^|\s)none(?:\s|$)/.test(v);
    const marker = styles.length > 0 ? !styles.every(bullet) : parent?.tagName === 'ol';
    if (marker) return 'リストの番号（li）';
  }
  // An inline box's background is drawn after the text before it: taller than its line (padding, a border, a larger
  // font), it may cover the line above or the row above (html6).
  if (!cellOrPart && !BLOCKS.has(e.tagName) && !decls.some((d) => d.property === 'display' && !/^inline$/i.test(d.value.trim()))) {
    const paints = decls.some(
      (d) =>
        (/^background(?:-color|-image)?$/.test(d.property) && !/^(?:none|transparent|initial|inherit|unset)$/i.test(d.value.trim())) ||
        /^border/.test(d.property),
    );
    if (paints) {
      const parent = parentElement(e);
      const base = parent ? fontPx(parent, rules) : 16;
      const tall = decls.some(({ property, value }) => {
        if (
          !/^(?:padding|padding-top|padding-bottom|padding-block|border|border-top|border-bottom|border-width|border-top-width|border-bottom-width|border-block)$/.test(
            property,
          )
        )
          return false;
        return value.split(/\s+/).some((x) => {
          const px = x === 'thick' ? 5 : pixels(x, em);
          return px !== undefined && px > Math.max(4, 0.3 * em);
        });
      });
      if (tall || em > 1.5 * base) return 'background（行を越えて覆いうる背景）';
    }
  }
  // 「contain: paint」 (or content, strict) clips as overflow: hidden does.
  const clipping = decls.some(
    (d) =>
      (/^overflow(?:-x|-y)?$/.test(d.property) && !/^(?:visible|inherit|initial|unset|revert)$/i.test(d.value)) ||
      (d.property === 'contain' && /paint|content|strict/i.test(d.value)),
  );
  if (clipping && digits()) {
    const fits = fitsIn(e, rules, decls, em, at);
    if (fits !== true) return fits;
  }
  return undefined;
}

/**
 * Whether a cell (or an element in one) holds one number alone, its digits in plain text: 「30」「1,234」「0.5」「30%」,
 * no sign, space or letter, and inside it no element but unstyled inline ones (html7). Drawn right to left
 * (「direction: rtl」, 「dir="rtl"」), such a text keeps its order by the Unicode bidirectional algorithm: its digits are
 * European numbers (level 2 in a right-to-left paragraph, drawn left to right), a 「,」 or 「.」 between two digits is
 * one of them (rule W4), a 「%」 after them too (W5); a sign before, a space, a letter or an isolated or inline-block
 * part would be a neutral and move (「-3」 shown 「3-」, 「1 234」 shown 「234 1」): not read so.
 */
function oneNumber(e: P5Element, rules: readonly HidingRule[]): boolean {
  if (!/^[0-9]+(?:[.,][0-9]+)*%?$/.test(textOf(e).normalize('NFKC').trim())) return false;
  const stack = e.childNodes.filter(isElement);
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (!/^(?:span|b|strong|i|em|font|u)$/.test(x.tagName) || attribute(x, 'dir') !== undefined || declared(x, rules).length > 0)
      return false;
    for (const c of x.childNodes) if (isElement(c)) stack.push(c);
  }
  return true;
}

/** Whether the text's colour is seen on its background (`shownOtherwise`); what is wrong with it, or undefined. */
/**
 * What colours an element's text is drawn in and over, as its declarations and its ancestors' give them: the nearest
 * text colours (undefined: the page's default), the product of the opacities, the backgrounds from the nearest down
 * to the first opaque one, and whether a dark scheme is named. Read once for each element from its parent's.
 */
interface Colours {
  text: (number[] | null)[] | undefined;
  opacity: number;
  layers: (number[] | null)[][];
  dark: boolean;
  /** The page's default text colour tried as well as `text` (a reader's action's colour that may not apply: html7). */
  inkToo?: boolean;
  /**
   * A dark scheme named by an element other than the root (「.x{color-scheme:dark}」): its default text light over the
   * page's canvas, which the root's scheme gives (html9: both canvases tried in each scheme).
   */
  darkInside?: boolean;
}
const PLAIN_COLOURS: Colours = { text: undefined, opacity: 1, layers: [], dark: false };
const COLOURS = new WeakMap<readonly HidingRule[], WeakMap<P5Element, Colours>>();
function coloursOf(e: P5Element, rules: readonly HidingRule[]): Colours {
  const cache = byElement(COLOURS, rules);
  const known = cache.get(e);
  if (known) return known;
  const out = ownColours(e, rules);
  // A table's columns paint their backgrounds over the table's and under its rows' and cells' (CSS 2 §17.5.1): each
  // colour of a 「col」 or 「colgroup」 is tried under every cell of the table, and none (a cell outside the column),
  // html9 — on main they were not read, so 「<col style="background:#000">」 hid a column of black digits unsaid.
  if (e.tagName === 'table') {
    const under = columnBackgrounds(e, rules);
    if (under.length > 0) {
      const withColumns: Colours = { ...out, layers: [[...under, [0, 0, 0, 0]], ...out.layers] };
      cache.set(e, withColumns);
      return withColumns;
    }
  }
  return out;
}

/** The backgrounds a table's 「colgroup」 and 「col」 elements give (their declarations, 「bgcolor」, 「background」). */
function columnBackgrounds(table: P5Element, rules: readonly HidingRule[]): (number[] | null)[] {
  const out: (number[] | null)[] = [];
  const visit = (e: P5Element) => {
    for (const c of e.childNodes) {
      if (!isElement(c) || (c.tagName !== 'colgroup' && c.tagName !== 'col')) continue;
      out.push(...(colours(c, rules, /^background(?:-color|-image)?$/) ?? []));
      if (c.tagName === 'colgroup') visit(c);
    }
  };
  visit(table);
  return out;
}

function ownColours(e: P5Element, rules: readonly HidingRule[]): Colours {
  const cache = byElement(COLOURS, rules);
  const parent = parentElement(e);
  const base = parent ? coloursOf(parent, rules) : PLAIN_COLOURS;
  const decls = declared(e, rules);
  let out = base;
  // An element with no colour of its own has its parent's (not kept: most elements of a page).
  if (!(
    decls.length > 0 ||
    attribute(e, 'bgcolor') !== undefined ||
    attribute(e, 'background') !== undefined ||
    (e.tagName === 'font' && attribute(e, 'color') !== undefined) ||
    e.tagName === 'body'
  ))
    return base;
  {
    let opacity = base.opacity;
    for (const { property, value } of decls)
      if (property === 'opacity') {
        const v = value.trim();
        const f = /%$/.test(v) ? Number(v.slice(0, -1)) / 100 : Number(v);
        if (Number.isFinite(f)) opacity *= Math.min(1, Math.max(0, f));
      }
    const own = colours(e, rules, /^(?:color|-webkit-text-fill-color)$/);
    // A colour of a reader's action alone may not apply (html7): the colour it would take otherwise is tried too, the
    // parent's (or the page's default), and a background of the action alone may be none (the one below shows).
    const normal = (p: RegExp, attr: boolean) => attr || decls.some((d) => !d.action && p.test(d.property));
    const textProps = /^(?:color|-webkit-text-fill-color)$/;
    const bgProps = /^background(?:-color|-image)?$/;
    const actedText =
      own !== undefined &&
      !normal(
        textProps,
        (e.tagName === 'font' && attribute(e, 'color') !== undefined) || (e.tagName === 'body' && attribute(e, 'text') !== undefined),
      );
    const text = own === undefined ? base.text : actedText ? [...own, ...(base.text ?? [])] : own;
    const inkToo = own === undefined ? base.inkToo : actedText ? (base.text ? base.inkToo : true) : false;
    const bg = colours(e, rules, bgProps);
    const actedBg = !!bg && decls.some((d) => d.action && bgProps.test(d.property));
    const bgAll =
      bg && actedBg && !normal(bgProps, attribute(e, 'bgcolor') !== undefined || attribute(e, 'background') !== undefined)
        ? [...bg, [0, 0, 0, 0]]
        : bg;
    const layers = bgAll ? (bgAll.every((c) => c !== null && c[3] === 1) && !actedBg ? [bgAll] : [bgAll, ...base.layers]) : base.layers;
    const named = decls.some((d) => d.property === 'color-scheme' && /dark/i.test(d.value));
    const dark = base.dark || named;
    const darkInside = base.darkInside || (named && e.tagName !== 'html');
    out =
      text === base.text &&
      opacity === base.opacity &&
      layers === base.layers &&
      dark === base.dark &&
      inkToo === base.inkToo &&
      darkInside === base.darkInside
        ? base
        : { text, opacity, layers, dark, ...(inkToo ? { inkToo } : {}), ...(darkInside ? { darkInside } : {}) };
  }
  cache.set(e, out);
  return out;
}

/** What `colourSeen` found for each set of colours (many cells share their parent's). */
const SEEN = {
  any: new WeakMap<Colours, string | null>(),
  light: new WeakMap<Colours, string | null>(),
  dark: new WeakMap<Colours, string | null>(),
};

/** Whether the text's colour is seen on its background (`shownOtherwise`); what is wrong with it, or undefined. */
function colourSeen(e: P5Element, rules: readonly HidingRule[]): string | undefined {
  const chain = coloursOf(e, rules);
  const darkPage = DARK_META.has(rules);
  if (chain === PLAIN_COLOURS && !darkPage) return undefined;
  const scheme = VARIANT_SCHEME.get(rules);
  const seen = SEEN[scheme ?? 'any'];
  const had = seen.get(chain);
  if (had !== undefined) return had ?? undefined;
  const found = judgeColours(chain, darkPage, scheme);
  seen.set(chain, found ?? null);
  return found;
}

function judgeColours(
  { text, opacity, layers, dark, inkToo, darkInside }: Colours,
  darkPage: boolean,
  scheme?: 'light' | 'dark',
): string | undefined {
  const all = [...(text ?? []), ...layers.flat()];
  if (all.some((c) => c === null)) return 'color/background（判定できない色）';
  // The page's default text and canvas: black on white, and white on black where the page may be shown dark
  // (「color-scheme: dark」, or its meta). Judged in one scheme (html9), the light one's alone, or the dark one's where
  // the page may be shown dark (else a browser keeps black on white there too).
  const schemes =
    dark || darkPage
      ? scheme === 'light' && !darkInside
        ? [[BLACK, WHITE]]
        : scheme === 'dark' && !darkInside
          ? [[WHITE, BLACK]]
          : [
              [BLACK, WHITE],
              [WHITE, BLACK],
            ]
      : [[BLACK, WHITE]];
  for (const [ink, canvas] of schemes) {
    // Each colour given is tried (the cascade may take any): the nearest background over those below it, over the canvas.
    const backs: number[][] = [];
    const stack = (i: number, below: number[]): void => {
      if (i < 0) {
        backs.push(below);
        return;
      }
      for (const c of layers[i]!.slice(0, 4)) stack(i - 1, over(c!, below));
    };
    stack(layers.length - 1, canvas!);
    for (const bg of backs)
      for (const c of (text ? [...text.slice(0, 4), ...(inkToo ? [ink!] : [])] : [ink!]).slice(0, 5)) {
        const shown = over([c![0]!, c![1]!, c![2]!, c![3]! * opacity], bg);
        if (contrast(shown, bg) < 1.5) return 'color（背景と見分けられない色）';
      }
  }
  return undefined;
}

/**
 * Whether an element that clips what overflows it (overflow not visible) holds its text whole (`shownOtherwise`):
 * true, or what may clip it. Its widths and heights are read; a cell without one in a table laid out automatically is
 * as wide as its longest word (not clipped), one in a table of fixed layout as wide as its column says; an element in a
 * cell without one is as wide as its text. A digit is taken as 0.6 of the font's size wide (the widest digits of common
 * fonts), other letters as wide as the size (CJK), and a line as 0.8 of it high.
 */
function fitsIn(e: P5Element, rules: readonly HidingRule[], decls: Declaration[], em: number, at: Place | undefined): true | string {
  const cell = e.tagName === 'td' || e.tagName === 'th';
  const how = 'overflow（はみ出す文字を隠す枠）';
  const display = decls.filter((d) => d.property === 'display').map((d) => d.value.toLowerCase());
  // overflow applies to blocks (a span is inline unless its display says otherwise).
  const block =
    cell || /^(?:div|p|li|dd|dt|pre|blockquote|figure|section|article|header|footer|main|aside|nav|h[1-6]|caption|table)$/.test(e.tagName);
  if (!block && !display.some((d) => d !== 'inline' && d !== 'contents')) return true;
  const text = textOf(e).normalize('NFKC');
  const nowrap = decls.some((d) => d.property === 'white-space' && /nowrap|pre/i.test(d.value));
  const width = (t: string) => [...t].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? (/\s/.test(ch) ? 0.3 : 0.6) : 1) * em, 0);
  // What else takes the box's width: a positive indent, and its padding (inside a width that includes it).
  const taken = decls
    .filter((d) => d.property === 'text-indent' || /^padding(?:-left|-right|-inline)?$/.test(d.property))
    .reduce((sum, d) => {
      const parts = d.value.trim().split(/\s+/);
      const sides =
        d.property === 'padding'
          ? [parts[1] ?? parts[0]!, parts[3] ?? parts[1] ?? parts[0]!]
          : d.property === 'padding-inline'
            ? [parts[0]!, parts[1] ?? parts[0]!]
            : [parts[0]!];
      return sum + sides.reduce((a, x) => a + Math.max(0, pixels(x, em) ?? 0), 0);
    }, 0);
  const need = (nowrap ? width(text) : Math.max(0, ...text.split(/\s+/).map(width))) + taken;
  const limits: number[] = [];
  for (const { property, value } of decls) {
    if (!/^(?:width|max-width|inline-size|max-inline-size)$/.test(property)) continue;
    const v = value.trim().toLowerCase();
    if (/^(?:auto|none|max-content|fit-content|inherit|initial|unset)$/.test(v)) continue;
    const pct = /^([\d.]+)%$/.exec(v);
    // A percentage of a cell sized to its text (a table laid out automatically): 100% or more holds it.
    if (pct && Number(pct[1]) >= 100 && !fixedLayout(e, rules)) continue;
    const px = pixels(v, em);
    if (px === undefined) return how;
    limits.push(px);
  }
  if (cell) {
    if (limits.length === 0 && fixedLayout(e, rules)) {
      const col = columnWidth(e, rules, at);
      if (col === undefined) return how;
      limits.push(col);
    }
  }
  if (limits.some((w) => w < need)) return how;
  // Its height: a cell's is at least its text's; another box's as its height and line-height say.
  const lines: number[] = [];
  for (const { property, value } of decls) {
    const v = value.trim().toLowerCase();
    if (!cell && /^(?:height|max-height|block-size|max-block-size)$/.test(property) && !/^(?:auto|none|inherit|initial|unset)$/.test(v)) {
      const px = pixels(v, em);
      if (px === undefined) return how;
      lines.push(px);
    }
    if (property === 'line-height' && !/^(?:normal|inherit|initial|unset)$/.test(v)) {
      const n = Number(v);
      const px = Number.isFinite(n) ? n * em : /%$/.test(v) ? (Number(v.slice(0, -1)) / 100) * em : pixels(v, em);
      if (px === undefined) return how;
      if (!decls.some((d) => /^(?:height|min-height)$/.test(d.property) && (pixels(d.value, em) ?? 0) >= 0.8 * em)) lines.push(px);
    }
  }
  return lines.some((h) => h < 0.8 * em) ? how : true;
}

/** Declarations on an element around a table that show every cell in it otherwise (inherited, or drawn over the whole). */
const AROUND =
  /^(?:transform|translate|rotate|scale|filter|backdrop-filter|mix-blend-mode|clip-path|mask|mask-image|-webkit-mask|-webkit-mask-image|direction|unicode-bidi|font|font-family|font-feature-settings|font-variant|font-variant-numeric|font-variant-position|letter-spacing|text-indent|animation|animation-name)$/;

/**
 * What on an element around a table (its ancestors, to the page's root) shows the table's cells otherwise (html6), with
 * the element's line: a transform, filter, mask, blend, bidi, a symbol font or glyphs, spacing inherited by every cell;
 * a box that clips the table (overflow hidden in a width or height said, or a scrolling box under 100px); 「dir="rtl"」.
 * Moving the whole table (position, margins, float) shows each cell as it is and is read. Before, 「<div
 * style="transform:scaleX(-1)">」 around a table was read as the table.
 */
function aroundTable(table: P5Element, rules: readonly HidingRule[]): { line: number | undefined; how: string } | undefined {
  // html14: a table that is itself a container a reader opens is judged as one around it (its own hiding lifted).
  const entrance = { x: 0, y: 0 };
  for (let p = OPENED_TABLES.has(table) ? table : parentElement(table); p; p = parentElement(p)) {
    const where = p.sourceCodeLocation?.startLine;
    const decls = declared(p, rules);
    const em = fontPx(p, rules);
    for (const d of decls)
      if (AROUND.test(d.property)) {
        if (entranceShift(p, d, em, rules, entrance)) continue;
        const how = shownOtherwiseBy(d.property, d.value, em, false);
        if (how) return { line: where, how: withSource(`表を囲む要素の ${how}`, p, rules) };
      }
    if (attribute(p, 'dir')?.trim().toLowerCase() === 'rtl') return { line: where, how: '表を囲む要素の dir="rtl"（右から左）' };
    const face = p.tagName === 'font' ? attribute(p, 'face') : undefined;
    const symbol = face !== undefined ? shownOtherwiseBy('font-family', face, em, false) : undefined;
    if (symbol) return { line: where, how: `表を囲む要素の face 属性の ${symbol}` };
    const flow = decls.filter((d) => /^overflow(?:-x|-y)?$/.test(d.property)).map((d) => d.value.trim().toLowerCase());
    if (flow.some((v) => !/^(?:visible|inherit|initial|unset|revert)$/.test(v))) {
      const hides = flow.some((v) => /hidden|clip/.test(v));
      const sized = decls
        .filter((d) => /^(?:max-)?(?:width|height|inline-size|block-size)$/.test(d.property))
        .map((d) => d.value.trim().toLowerCase());
      const small = sized.some((v) => {
        if (/^(?:auto|none|max-content|fit-content|inherit|initial|unset)$/.test(v) || /%$/.test(v)) return false;
        const px = pixels(v, em);
        return px === undefined || hides || px < 100;
      });
      if (small) return { line: where, how: withSource('表を囲む要素の overflow（表を切り取る枠）', p, rules) };
    }
  }
  return undefined;
}

/**
 * Whether a transform on an element around a table only slides an opened dialog in (html15, our reading): Bootstrap's
 * 「.modal.fade .modal-dialog{transform:translate(0,-50px)}」 animates the dialog's entrance, moving the whole dialog
 * (every cell alike, in its order) by a few tens of pixels. Read where the element is, or is inside, a dialog, a modal
 * or a popover a shown control or a script opens, and the declaration is translations alone whose sum over the table's
 * ancestors stays within 100px on each axis (`total`, added to). A scale, a turn, a mirror, a percentage, a larger
 * move are judged as before (`shownOtherwiseBy`).
 */
function entranceShift(p: P5Element, d: Declaration, em: number, rules: readonly HidingRule[], total: { x: number; y: number }): boolean {
  const value = d.value.trim().toLowerCase();
  let moves: { x: number; y: number }[] = [];
  const px = (x: string) => (x === '0' ? 0 : /%$/.test(x) ? undefined : pixels(x, em));
  if (d.property === 'translate') {
    const [x, y] = value.split(/\s+/).map(px);
    if (x === undefined || (value.split(/\s+/).length > 1 && y === undefined)) return false;
    moves = [{ x, y: y ?? 0 }];
  } else if (d.property === 'transform') {
    if (!/^(?:translate(?:x|y|3d)?\([^()]*\)\s*)+$/.test(value)) return false;
    for (const f of value.matchAll(/(translate(?:x|y|3d)?)\(([^()]*)\)/g)) {
      const args = f[2]!
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(px);
      if (args.some((a) => a === undefined) || args.length === 0) return false;
      const [a, b] = args as number[];
      moves.push(f[1] === 'translatex' ? { x: a!, y: 0 } : f[1] === 'translatey' ? { x: 0, y: a! } : { x: a!, y: b ?? 0 });
    }
  } else return false;
  const x = total.x + moves.reduce((s, m) => s + m.x, 0);
  const y = total.y + moves.reduce((s, m) => s + m.y, 0);
  if (Math.abs(x) > 100 || Math.abs(y) > 100) return false;
  let opened = false;
  for (let q: P5Element | undefined = p; q && !opened; q = parentElement(q)) {
    const how = openable(q, rules);
    opened =
      how === 'dialog' ||
      how === 'modal' ||
      how === 'popover' ||
      (how === 'script' && (q.tagName === 'dialog' || attribute(q, 'popover') !== undefined));
  }
  if (!opened) return false;
  total.x = x;
  total.y = y;
  return true;
}

/** Whether an element's declarations draw anything of a box (a background, a border, a shadow, an outline). */
const boxPaint = (decls: readonly Declaration[]) =>
  decls.some(
    ({ property, value }) =>
      (/^(?:background(?:-color|-image)?|box-shadow|-webkit-box-shadow|outline|outline-style|border(?:-top|-bottom|-left|-right)?(?:-style)?|border-image)$/.test(
        property,
      ) &&
        !/^(?:none|transparent|0|hidden|initial|inherit|unset)$/i.test(value.trim())) ||
      (property === 'content' && /["']\s*[^\s"'][^"']*["']|\b(?:url|attr|counter|counters)\(/i.test(value)),
  );

/**
 * A box outside the page's tables, or one the page adds to any element (「::after」), that may be drawn over a table's
 * cell (html6): taken out of its place (position absolute or fixed), or moved from it (an offset, a transform, a
 * negative margin of more than a fifth of a digit), and drawing something (text, a background, a border, a shadow, an
 * image). Where it lands is a matter of layout the checker does not do: refused, naming the element's line. Before, 「<div
 * style="position:absolute;left:60px;top:30px;width:12px;height:20px;background:white">」 after a table hid the digit
 * under it, read. A box that draws nothing, one hidden (display:none, 「visibility:hidden」, opacity under 0.1) and one
 * clipped to nothing (Bootstrap's 「sr-only」: 「clip: rect(0,0,0,0)」) are read.
 */
function coveringBox(document: P5Document, rules: readonly HidingRule[]): { line: number | undefined; how: string } | undefined {
  const styling = STYLING.get(rules) ?? [];
  const moved = (decls: readonly Declaration[], em: number): string | undefined => {
    const position = decls.filter((d) => d.property === 'position').map((d) => d.value.trim().toLowerCase());
    if (position.some((p) => p === 'absolute' || p === 'fixed'))
      return `position: ${position.find((p) => p === 'absolute' || p === 'fixed')}`;
    for (const { property, value } of decls) {
      if (/^(?:margin|transform|translate|rotate|scale)/.test(property) && shownOtherwiseBy(property, value, em, true)) return property;
      if (/^(?:top|right|bottom|left|inset)/.test(property) && position.some((p) => p !== 'static'))
        for (const x of value.split(/\s+/)) {
          const px = pixels(x, em);
          if (x !== 'auto' && !(px !== undefined && Math.abs(px) <= 0.5 * em)) return property;
        }
    }
    return undefined;
  };
  const nothing = (decls: readonly Declaration[]) =>
    decls.some(
      ({ property, value }) =>
        (property === 'clip' && /rect\(\s*0[a-z]*\s*(?:,\s*)?0[a-z]*\s*(?:,\s*)?0[a-z]*\s*(?:,\s*)?0[a-z]*\s*\)/i.test(value)) ||
        (property === 'opacity' && Number(value.trim().replace(/%$/, '')) / (/%$/.test(value.trim()) ? 100 : 1) < 0.1) ||
        (property === 'display' && /^none$/i.test(value.trim())) ||
        (property === 'visibility' && /^(?:hidden|collapse)$/i.test(value.trim())),
    );
  const draws = (e: P5Element, decls: readonly Declaration[]): boolean => {
    if (boxPaint(decls)) return true;
    if (/^(?:img|svg|canvas|video|iframe|object|embed|input|button|select|textarea|picture|math)$/.test(e.tagName)) return true;
    return e.childNodes.some((c) => (isText(c) ? c.value.trim() !== '' : isElement(c) && draws(c, declared(c, rules))));
  };
  const stack: P5Element[] = document.childNodes.filter(isElement);
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.tagName === 'table' || e.tagName === 'head' || HIDDEN.has(e.tagName) || e.tagName === 'template') continue;
    const where = e.sourceCodeLocation?.startLine;
    const em = fontPx(e, rules);
    // Boxes the page adds to it, with their own declarations.
    if (styling.length > 0)
      for (const r of candidates(styling, e))
        if (r.generated && ruleMatches(r, e)) {
          const decls = blockDeclarations(r.body ?? '', rules);
          const how = moved(decls, em);
          if (how && boxPaint(decls) && !nothing(decls))
            return { line: where, how: `ページが加える箱（${r.selector.slice(0, 30)}）の ${how}（表に重なりうる）` };
        }
    const own = declared(e, rules);
    // html42: a 「display」 its style attribute shows it by wins over a rule's 「display:none」 and over 「hidden」 (a
    // rule's 「!important」 not told apart here: such a box is judged, more refused, never less).
    const style = attribute(e, 'style');
    const hidden =
      hiddenByAttribute(e, style, rules) ||
      nothing(
        (shownInline(style) ? own.filter((d) => d.property !== 'display') : own).filter(
          (d) => !(CASCADED.test(d.property) && cascadeShows(e, d.property, rules)),
        ),
      ) ||
      inlineHides(e, style, rules);
    if (hidden) continue;
    // An element holding a table moves it with itself: only one holding none is judged as a box of its own.
    if (!holdsTable(e)) {
      const how = moved(own, em);
      if (how && draws(e, own)) return { line: where, how: withSource(`表の外の要素の ${how}（表に重なりうる）`, e, rules) };
      continue;
    }
    for (const c of e.childNodes) if (isElement(c)) stack.push(c);
  }
  return undefined;
}

/** Whether an element holds a table at any depth. */
function holdsTable(e: P5Element): boolean {
  const stack: P5Element[] = [e];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.tagName === 'table') return true;
    for (const c of n.childNodes) if (isElement(c)) stack.push(c);
  }
  return false;
}

/** The table an element is in, or undefined. */
function tableOf(e: P5Element): P5Element | undefined {
  for (let p: P5Element | undefined = e; p; p = parentElement(p)) if (p.tagName === 'table') return p;
  return undefined;
}

/** Whether an element's table is laid out by its columns' widths (table-layout: fixed), not by its text. */
function fixedLayout(e: P5Element, rules: readonly HidingRule[]): boolean {
  const table = tableOf(e);
  return !!table && declared(table, rules).some((d) => d.property === 'table-layout' && /fixed/i.test(d.value));
}

/** A cell's width in a table of fixed layout, from its columns (col) or the first row's cells, in px; undefined where not said. */
function columnWidth(cell: P5Element, rules: readonly HidingRule[], at: Place | undefined): number | undefined {
  const table = tableOf(cell);
  if (!table || !at) return undefined;
  const em = fontPx(cell, rules);
  const widthOf = (e: P5Element) => {
    const d = declared(e, rules)
      .filter((x) => x.property === 'width')
      .pop();
    const attr = attribute(e, 'width');
    return d ? pixels(d.value, em) : attr !== undefined && /^\s*\d+(?:\.\d+)?\s*$/.test(attr) ? Number(attr) : undefined;
  };
  const own = widthOf(cell);
  const cols: (number | undefined)[] = [];
  for (const c of table.childNodes) {
    if (!isElement(c)) continue;
    const list = c.tagName === 'col' ? [c] : c.tagName === 'colgroup' ? c.childNodes.filter(isElement) : [];
    for (const col of list) for (let k = 0; k < span(attribute(col, 'span'), MAX_SPAN.col); k++) cols.push(widthOf(col));
  }
  const n = span(attribute(cell, 'colspan'), MAX_SPAN.col);
  const mine = cols.slice(at.col, at.col + n);
  if (mine.length === n && mine.every((w) => w !== undefined)) return mine.reduce((a, b) => a! + b!, 0);
  return own;
}

/**
 * Elements of a table whose text is not shown as it is in the file, or that show what is not text (adversary21):
 * refused in a table as hidden text is. Struck-through text is shown but read run on with the rest (「<del>3</del>30」
 * was 330); a closed 「details」 shows its summary only (「3」 of 「30」); 「noscript」 is shown only where scripts are off
 * (it was read as shown); a template, a closed dialog, the fallback text of a canvas, a video, an iframe … are not
 * shown; an image shows what its text is not; 「bdo」 shows digits in reverse.
 */
const NOT_TEXT: Record<string, string> = {
  del: '取り消し線（del）',
  s: '取り消し線（s）',
  strike: '取り消し線（strike）',
  details: '折りたたみ（details）',
  noscript: 'スクリプトが無効なときだけ表示（noscript）',
  template: 'テンプレート（template）',
  dialog: '閉じたダイアログ（dialog）',
  canvas: '描画領域（canvas）',
  video: '動画（video）',
  audio: '音声（audio）',
  iframe: '埋め込み（iframe）',
  object: '埋め込み（object）',
  embed: '埋め込み（embed）',
  noembed: '埋め込み（noembed）',
  noframes: '埋め込み（noframes）',
  img: '画像（img）',
  picture: '画像（picture）',
  progress: 'バー（progress）',
  meter: 'バー（meter）',
  option: '選択肢（option）',
  bdo: '文字の向きの指定（bdo）',
  marquee: '流れる文字（marquee）',
};

/**
 * Attributes whose text some readers are shown in place of, or beside, the element's: a tooltip (title), what a screen
 * reader says (aria-label …), an image's alt. One holding a digit is refused, as text not shown as the cell is.
 */
const SAID_ATTRIBUTES = new Set([
  'title',
  'alt',
  'abbr',
  'summary',
  'label',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-valuenow',
  'aria-roledescription',
]);

/**
 * An attribute of `e` that holds a number the file publishes beside the cell, in words, or undefined (adversary21): a
 * tooltip's or a screen reader's text holding a digit, or any other attribute whose value is a number other than the
 * one the cell shows (a sortable table's 「data-sort="3"」 behind a cell of 「X」). Spreadsheets' copies keep each
 * cell's value: Excel's 「x:num」 and Google Sheets' 「data-sheets-value」, taken where it is the number shown (a
 * percentage's over 100), refused where it holds more (the unrounded share); their formulas' cell references are no
 * numbers of the table.
 */
function attributeWithNumber(e: P5Element, at?: Place): Hiding | { text: string } | undefined {
  let text: string | undefined;
  const shownText = () => (text ??= textOf(e));
  const refused = (name: string, value: string): Hiding => ({
    how: `属性 ${name}="${value.length > 20 ? `${value.slice(0, 20)}…` : value}"`,
    hides: false,
  });
  let held: string | undefined;
  for (const { name, value } of e.attrs) {
    const plain = value.normalize('NFKC');
    if (!/\d/.test(plain) || name === 'style' || name === 'class' || name === 'id') continue;
    if (SAID_ATTRIBUTES.has(name)) return refused(name, value);
    if (name === 'x:num' || name === 'sdval' || name === 'data-sheets-value') {
      const n = name === 'data-sheets-value' ? sheetsNumber(value, shownText()) : value.trim() === '' ? undefined : Number(value);
      if (n === null || (n !== undefined && !Number.isFinite(n))) return refused(name, value);
      if (n === undefined || sameNumber(String(n), shownText())) continue;
      // More digits than shown (the unrounded share behind 「52.6%」): read as the file holds it, to 12 digits, where it
      // rounds to what is shown — the file publishes the share to those digits, and the counts it gives back are
      // checked as such (a small count's share hidden with it). Refused where it is another number.
      const precise = unrounded(n, shownText());
      if (precise === undefined) return refused(name, value);
      held = precise;
    } else if (name === 'x:fmla' || name === 'data-sheets-formula') {
      // Checked once the table's cells are known (`formulaConstants`): its numbers are no numbers of the table
      // where they scale or round (「*100」, 「ROUND(…,1)」) or where the one left is given back by the cells shown.
      continue;
    } else if (name.startsWith('data-sheets-') || name === 'sdnum') continue;
    else if (
      /^\s*[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%\s*)?$/.test(plain) &&
      (e.tagName === 'td' || e.tagName === 'th' || !isTablePart(e)) &&
      !sameNumber(plain, shownText()) &&
      !/^(?:colspan|rowspan|span|width|height|border|cellpadding|cellspacing|size|start|value|tabindex|x:num)$/.test(name) &&
      !structural(e, name, Number(plain), at)
    )
      return refused(name, value);
  }
  return held === undefined ? undefined : { text: held };
}

/** Where a cell is in its table: its row (from 0, header rows counted), its column (from 0), the table's header rows. */
interface Place {
  row: number;
  col: number;
  head: number;
}

/**
 * An attribute that says where a cell is or how deep it is indented, holding just that (not a number of the table):
 * a row's or column's place (「data-row="2"」「aria-colindex="3"」: its position, from 0 or 1, among all rows or the body's),
 * kableExtra's 「indentlevel="1"」 beside the 「padding-left: 2em」 it writes with it.
 */
function structural(e: P5Element, name: string, n: number, at: Place | undefined): boolean {
  if (name === 'indentlevel') {
    const pad = /padding-left\s*:\s*(\d+(?:\.\d+)?)em/i.exec(attribute(e, 'style') ?? '')?.[1];
    return pad !== undefined && Number(pad) === 2 * n;
  }
  if (!at) return false;
  const kind = /^(?:data-|aria-)(row|col|column)(?:-?(?:index|idx|num|number|no))?$/.exec(name)?.[1];
  if (kind === undefined) return false;
  const place = kind === 'row' ? [at.row, at.row - at.head] : [at.col];
  return place.some((p) => p >= 0 && (n === p || n === p + 1));
}

const isTablePart = (e: P5Element) => /^(?:table|caption|colgroup|col|thead|tbody|tfoot|tr)$/.test(e.tagName);

/** Google Sheets' 「data-sheets-value」 (JSON: 「3」 a number, 「2」 a text): its number, undefined where none, null where unread. */
function sheetsNumber(value: string, shown = ''): number | undefined | null {
  try {
    const parsed: unknown = JSON.parse(value);
    const fields = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    const n = fields['3'];
    // A text (「2」) holding a digit other than the text shown: another number in the file.
    const text = fields['2'];
    if (typeof text === 'string' && /\d/.test(text.normalize('NFKC')) && text.normalize('NFKC').trim() !== shown.normalize('NFKC').trim())
      return null;
    return n === undefined ? undefined : typeof n === 'number' ? n : null;
  } catch {
    return null;
  }
}

/** A shown number alone (「49.1」「1,234」「49.1%」「49.1 %」), its parts. */
const SHOWN_NUMBER = /^(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?(\s*%)?$/;

/**
 * The number a cell holds with more digits than it shows, written to 12 significant digits with the shown text's mark
 * (「52.6315789474%」 for 0.526315789473684 shown as 「52.6%」), or undefined where the cell shows no number alone or
 * the value held is not what it shows rounded.
 */
function unrounded(value: number, text: string): string | undefined {
  const m = SHOWN_NUMBER.exec(text.normalize('NFKC').trim());
  if (!m) return undefined;
  const shown = Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`);
  const decimals = (m[2]?.length ?? 1) - 1;
  const v = m[3] ? value * 100 : value;
  if (Math.abs(v - shown) > 0.5 * 10 ** -decimals * (1 + 1e-9)) return undefined;
  const digits = Math.min(15, Math.max(decimals, 12 - Math.floor(Math.log10(Math.max(Math.abs(v), 1e-12))) - 1));
  let out = v.toFixed(digits);
  if (out.includes('.')) out = out.replace(/(?<!0)0+$/, '').replace(/\.$/, '');
  const [, frac = ''] = out.split('.');
  if (frac.length < decimals) out = v.toFixed(decimals);
  return `${out}${m[3] ?? ''}`;
}

/** Whether a value kept beside a cell is the number the cell shows (a percentage's over 100), to no more digits. */
function sameNumber(value: string, text: string): boolean {
  if (value.trim() === '') return true;
  const shownNumber = /^-?\d[\d,]*(?:\.\d+)?/.exec(text.normalize('NFKC').trim())?.[0]?.replace(/,/g, '');
  if (shownNumber === undefined) return false;
  const x = Number(value);
  const v = Number(shownNumber);
  return x === v || (/%\s*$/.test(text.normalize('NFKC')) && Math.abs(x * 100 - v) < 1e-9 * Math.max(1, Math.abs(v)));
}

/** Most cells a table may span to (a colspan or rowspan past it is taken at it, as browsers cap them). */
const MAX_SPAN = { col: 1_000, row: 65_534 };
/** Rows a merged cell's blanks are written in: more than a table may hold (read.ts `LIMITS.rows`, 2,000, and headers). */
const SPAN_ROWS = 4_000;
/**
 * Places of a row written out: more than a table may hold (read.ts `LIMITS.cols`, 200, and its label columns). Blanks
 * past it (a header's colspan="1000" at the row's end) are dropped, as read.ts drops a row's trailing blanks; text past
 * it is refused (`HtmlTooWide`).
 */
const ROW_PLACES = 4_000;
/**
 * Places a table's rows and spans may fill (a table read.ts may read holds 2,000 rows of 200 values, its labels and
 * header rows: under half a million): 4 rows of 1,000 cells of rowspan="0" over 4,000 empty rows filled 16 million
 * places (19 s and 680 MB before). Past it the table is refused (`HtmlTooWide` with `places`).
 */
const TABLE_PLACES = 1_000_000;

const isElement = (n: P5Child): n is P5Element => 'tagName' in n;
const isText = (n: P5Child): n is DefaultTreeAdapterMap['textNode'] => n.nodeName === '#text';

/**
 * The text an element shows: its text nodes in order, <br> as a space, runs of HTML white space (space, tab, line
 * ends) as one space, trimmed of it. No-break spaces and U+3000 stay: at a cell's start they are an indentation
 * (read.ts), as in a spreadsheet's copy. `shown` is called on each element whose text is taken (in a table: refuses
 * what the page does not show as text).
 */
/**
 * What a table's element shows, checked (`htmlRecords`): undefined where its text is read as it is; 'drop' where it is
 * hidden and holds nothing (no text, no number: a hidden empty row, Excel's phonetic guide), read as absent; a text
 * where it holds its number with more digits than it shows (read so). Throws `HtmlHidden` where refused; with `drop`
 * false (a cell, a column, a table's part) a hidden element is refused even where empty.
 */
type Shown = ((e: P5Element, drop?: boolean) => 'drop' | { text: string } | undefined) & {
  /** html40: whether the element is laid out as a block (its text on lines of its own), read as a line break. */
  block?: (e: P5Element) => boolean;
};

/** Whether an element holds a digit outside 「sup」 and 「sub」 (where it is read raised or lowered, as shown). */
function plainDigit(e: P5Element): boolean {
  return e.childNodes.some((n) =>
    isText(n) ? /\d/.test(n.value.normalize('NFKC')) : isElement(n) && n.tagName !== 'sup' && n.tagName !== 'sub' && plainDigit(n),
  );
}

function textOf(node: P5Parent, shown?: Shown): string {
  let out = '';
  const walk = (n: P5Child) => {
    if (isText(n)) out += n.value;
    else if (isComment(n)) {
      // Outside tables a comment holding a number is read with the text around it (it is in the published file); in
      // a table it is refused (tableRecords, `commentWithNumber`).
      if (!shown && numberComment(n)) out += ` ${n.data} `;
    } else if (isElement(n)) {
      if (HIDDEN.has(n.tagName)) {
        // In a table a template, or a script holding a number, is refused (hiddenHow); outside tables a template's
        // content is read as the file has it.
        if (shown && (n.tagName === 'template' || n.tagName === 'script')) shown(n);
        else if (!shown && n.tagName === 'template') templateContent(n).forEach(walk);
        return;
      }
      const seen = shown?.(n, n.tagName !== 'td' && n.tagName !== 'th' && !isTablePart(n));
      if (seen === 'drop') return;
      if (seen !== undefined) {
        // Its parts are checked as any (a hidden one refused), its text read as it holds it.
        textOf(n, shown);
        out += seen.text;
        return;
      }
      // Outside tables, an image's text (alt) and a control's value holding a number are read with the text around
      // them (in the published file, shown in the image's place or as the value: dropped unsaid before).
      if (!shown && (n.tagName === 'img' || n.tagName === 'area' || n.tagName === 'input')) {
        const said = attribute(n, n.tagName === 'input' ? 'value' : 'alt');
        if (said && /\d/.test(said.normalize('NFKC'))) out += ` ${said} `;
      }
      // html40: a block in a cell (「3<p>0</p>」「<div>3</div><div>0</div>」, a span of 「display:block」) starts and ends a
      // line, as 「<br>」 does: shown 「3」 over 「0」, read 「3 0」 (read 30 on main).
      const block = shown?.block?.(n) === true;
      if (block) out += ' ';
      if (n.tagName === 'br') out += ' ';
      else if (n.tagName === 'sup' || n.tagName === 'sub') {
        // Digits raised or lowered as they are shown (「3<sup>1</sup>」 is 「3¹」, a mark: cell.ts; read run on, 31):
        // 「10<sup>6</sup>」 is 10⁶ (rates.ts reads it as a million).
        const before = out;
        out = '';
        n.childNodes.forEach(walk);
        out = before + [...out].map((ch) => (n.tagName === 'sup' ? SUPER : SUB)[ch] ?? ch).join('');
      } else n.childNodes.forEach(walk);
      if (block) out += ' ';
    }
  };
  node.childNodes.forEach(walk);
  return out.replace(HTML_SPACE, ' ').replace(/^ | $/g, '');
}

/**
 * Whether an element in a cell is laid out as a block (html40): a block's tag (`BLOCKS`) or a 「display」 of its own,
 * from its style or a rule, whose outer type is a block or a table's part (block, flow-root, flex, grid, list-item,
 * table …). Its text starts and ends a line of the cell.
 */
function laidAsBlock(e: P5Element, rules: readonly HidingRule[]): boolean {
  if (e.tagName === 'td' || e.tagName === 'th' || isTablePart(e)) return false;
  // Any such declaration (which one wins is not weighed: a space more, the cell refused as text, never run on).
  const display = declared(e, rules)
    .filter((d) => d.property === 'display')
    .map((d) => d.value.trim().toLowerCase());
  if (display.length === 0) return BLOCKS.has(e.tagName);
  return display.some(
    (v) =>
      /^(?:block|flow-root|flex|grid|list-item|table|table-[a-z-]+|flow|block\s.*|.*\blist-item\b.*|-webkit-box|-webkit-flex|-moz-box|-ms-flexbox|-ms-grid)$/.test(
        v,
      ) ||
      // html41: 「revert」 gives the tag's own (a div's block), 「inherit」 its parent's (a cell's table-cell: a table of its
      // own in the cell, on its own lines). Both were read inline: 「3<div style="display:revert">0</div>」 read 30.
      (/^revert(?:-layer)?$/.test(v) && BLOCKS.has(e.tagName)) ||
      (v === 'inherit' && parentElement(e) !== undefined && inheritsBlock(parentElement(e)!, rules)),
  );
}

/** Whether an element's display, inherited by a child (「display:inherit」), lays the child out as a block (html41). */
function inheritsBlock(p: P5Element, rules: readonly HidingRule[]): boolean {
  return p.tagName === 'td' || p.tagName === 'th' || isTablePart(p) || laidAsBlock(p, rules);
}

const RAISED = '0123456789+-=()';
const SUPER: Record<string, string> = {
  ...Object.fromEntries([...RAISED].map((c, i) => [c, '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾'[i]!])),
  // Letters raised as footnotes' marks (「Total<sup>a</sup>」 is 「Totalᵃ」, a total with a mark, not a word 「Totala」:
  // attack27, header.ts `undecorated`); NFKC reads them back as the letters. No raised q in Unicode.
  ...Object.fromEntries([...'abcdefghijklmnoprstuvwxyz'].map((c, i) => [c, [...'ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ'][i]!])),
};
const SUB: Record<string, string> = Object.fromEntries([...RAISED].map((c, i) => [c, '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎'[i]!]));

type P5Comment = DefaultTreeAdapterMap['commentNode'];
const isComment = (n: P5Child): n is P5Comment => n.nodeName === '#comment';
/** A comment holding a digit; not Office's conditional comments (「[if gte mso 9]」, 「[endif]」). */
const numberComment = (n: P5Comment) => /\d/.test(n.data.normalize('NFKC')) && !/^\s*\[(?:if\b|endif\b)|\[endif\]\s*$/i.test(n.data);
/**
 * Whether an element holds a block, a table or a line break at any depth: a table inside an element of no block's
 * (Google Sheets' copy wraps its table in 「google-sheets-html-origin」, a page in 「form」 or 「font」) was read as the
 * text of its wrapper, one line of its cells run together (refused as a note's counts, `line/count`; adversary21).
 */
function holdsBlock(node: P5Element): boolean {
  const stack: P5Child[] = [...node.childNodes];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (!isElement(c) || HIDDEN.has(c.tagName)) continue;
    if (BLOCKS.has(c.tagName) || c.tagName === 'table' || c.tagName === 'br') return true;
    for (const d of c.childNodes) stack.push(d);
  }
  return false;
}

/** Elements a declarative shadow root attaches to (DOM 「attachShadow」's valid hosts, and custom elements). */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/**
 * Declarative shadow roots (「<template shadowrootmode="open">」) read as a browser renders them (html10; refused as a
 * template before): the host shows its shadow's content, each 「slot」 holding the host's children assigned to it (by
 * their 「slot」 attribute, the others to the slot without a name; its own content where none is), and none of the
 * host's other children. Children assigned to no slot are not shown: kept in a template of their own (refused in a
 * table where they hold text, as a template is). A shadow holding a stylesheet (its rules are its own, the page's do
 * not reach into it) is left a template: refused in a table, as before. Only the first such template of a valid host
 * attaches (the others stay templates), as the HTML parser does.
 */
/** Each element of a shadow tree (its stylesheets too), by its host (html11; a host's children shown in a slot keep theirs). */
const SCOPE = new WeakMap<P5Element, P5Element>();

function flattenShadows(document: P5Document): void {
  const stack: P5Parent[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const host = isElement(node as P5Child) ? (node as P5Element) : undefined;
    const shadow =
      host && (SHADOW_HOSTS.has(host.tagName) || host.tagName.includes('-'))
        ? host.childNodes.find(
            (c): c is P5Element =>
              isElement(c) && c.tagName === 'template' && /^(?:open|closed)$/i.test(attribute(c, 'shadowrootmode')?.trim() ?? ''),
          )
        : undefined;
    if (host && shadow && !loadsSheet(templateContent(shadow))) {
      const light = host.childNodes.filter((c) => c !== shadow);
      const named = new Map<string, P5Child[]>();
      for (const c of light) {
        const name = isElement(c) ? (attribute(c, 'slot') ?? '') : '';
        named.set(name, [...(named.get(name) ?? []), c]);
      }
      const content = templateContent(shadow);
      const filled = new Set<string>();
      const fill = (parent: P5Parent) => {
        for (const c of parent.childNodes) {
          if (!isElement(c)) continue;
          SCOPE.set(c, host);
          if (c.tagName === 'slot') {
            const name = attribute(c, 'name') ?? '';
            const assigned = filled.has(name) ? undefined : named.get(name);
            filled.add(name);
            if (assigned && assigned.length > 0) {
              c.childNodes = assigned;
              for (const a of assigned) a.parentNode = c;
              named.delete(name);
              continue;
            }
          }
          if (c.tagName !== 'template') fill(c);
        }
      };
      const holder = { childNodes: content } as unknown as P5Parent;
      fill(holder);
      const unshown = [...named.values()].flat();
      host.childNodes = [...content];
      for (const c of host.childNodes) c.parentNode = host;
      if (unshown.length > 0) {
        const kept = defaultTreeAdapter.createElement('template', shadow.namespaceURI, []);
        const fragment = defaultTreeAdapter.createDocumentFragment();
        (kept as unknown as { content: P5Parent }).content = fragment;
        if (shadow.sourceCodeLocation) kept.sourceCodeLocation = shadow.sourceCodeLocation;
        fragment.childNodes = unshown;
        for (const c of unshown) c.parentNode = fragment;
        kept.parentNode = host;
        host.childNodes.push(kept);
      }
    }
    for (const c of node.childNodes) if (isElement(c)) stack.push(c);
  }
}

/** Whether nodes hold a 「link」 that loads a stylesheet, at any depth (a shadow root's: left a template, html11). */
function loadsSheet(nodes: readonly P5Child[]): boolean {
  const stack = [...nodes];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.tagName === 'link' && loadsStyle(n)) return true;
    stack.push(...n.childNodes, ...templateContent(n));
  }
  return false;
}

/** Whether nodes hold a stylesheet (「style」, or 「link」 that loads one), at any depth. */
function styled(nodes: readonly P5Child[]): boolean {
  const stack = [...nodes];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.tagName === 'style' || (n.tagName === 'link' && loadsStyle(n))) return true;
    stack.push(...n.childNodes, ...templateContent(n));
  }
  return false;
}

/** A template's content (parse5 keeps it in a fragment of its own). */
const templateContent = (e: P5Element): P5Child[] => ('content' in e && e.content ? (e.content as P5Parent).childNodes : []);

/** The first comment holding a number in a table (「<td>X<!-- 3 --></td>」: the hidden count left in the file), or undefined. */
function commentWithNumber(table: P5Element): P5Comment | undefined {
  const stack: P5Parent[] = [table];
  while (stack.length > 0) {
    for (const child of stack.pop()!.childNodes) {
      if (isComment(child) && numberComment(child)) return child;
      if ('childNodes' in child) stack.push(child);
    }
  }
  return undefined;
}

/** An attribute's value as written, or undefined. */
const attribute = (e: P5Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

/**
 * A span attribute as browsers read it (the rules for parsing non-negative integers: white space, then digits, the
 * rest ignored — 「1e3」 is 1, 「0x10」 is 0): a whole number from 1 (0 and junk are 1), capped.
 */
function span(value: string | undefined, max: number): number {
  const n = nonNegative(value);
  return n !== undefined && n >= 1 ? Math.min(n, max) : 1;
}
/** The HTML standard's rules for parsing non-negative integers: ASCII white space, an optional 「+」, digits. */
function nonNegative(value: string | undefined): number | undefined {
  const digits = /^[\t\n\f\r ]*\+?(\d+)/.exec(value ?? '')?.[1];
  return digits === undefined ? undefined : Number(digits);
}

const line = (n: P5Child, fallback: number) => n.sourceCodeLocation?.startLine ?? fallback;

/** The rows of a table in the order shown: the first header group's rows, the body rows, then the first footer group's. */
function tableRows(table: P5Element, shown: Shown, dropped: Set<P5Element>): { rows: P5Element[]; head: number } {
  const head: P5Element[] = [];
  const body: P5Element[] = [];
  const foot: P5Element[] = [];
  let headSeen = false;
  let footSeen = false;
  shown(table, false);
  // A row hidden that holds nothing (Excel writes one of column widths, 「display:none」, after each table) is read as
  // absent: its places are kept while the grid is filled, then its record dropped.
  const rowChecked = (tr: P5Element) => {
    if (partShown(tr, [tr], shown) === 'drop') dropped.add(tr);
  };
  let column = 0;
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot')
      partShown(
        child,
        child.childNodes.filter((r): r is P5Element => isElement(r) && r.tagName === 'tr'),
        shown,
      );
    if (child.tagName === 'tr') rowChecked(child);
    // A column hidden by its 「col」 or 「colgroup」 (visibility:collapse) is hidden text too.
    if (child.tagName === 'colgroup' || child.tagName === 'col') {
      const cols = child.tagName === 'col' ? [] : child.childNodes.filter((c): c is P5Element => isElement(c) && c.tagName === 'col');
      const width = (c: P5Element) => span(attribute(c, 'span'), 1000);
      const all = child.tagName === 'col' || cols.length === 0 ? width(child) : cols.reduce((n, c) => n + width(c), 0);
      columnShown(table, child, column, all, shown);
      let at = column;
      for (const col of child.childNodes)
        if (isElement(col)) {
          columnShown(table, col, at, width(col), shown);
          if (col.tagName === 'col') at += width(col);
        }
      column += all;
    }
    if (child.tagName === 'tr') body.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      // The first header group is drawn first and the first footer group last; a second of either is drawn where it
      // stands, as a body's rows (CSS 2 §17.2). html9: every footer was read last, so a second 「tfoot」 between bodies
      // holding 「うち重症」 under 「入院」 was read as part of the 合計 at the end, not of the line a reader sees above it.
      const first =
        child.tagName === 'thead'
          ? headSeen
            ? false
            : (headSeen = true)
          : child.tagName === 'tfoot'
            ? footSeen
              ? false
              : (footSeen = true)
            : false;
      const to = !first ? body : child.tagName === 'thead' ? head : foot;
      // One by one: spread as arguments, 100,000 rows would pass the call stack.
      for (const row of child.childNodes)
        if (isElement(row) && row.tagName === 'tr') {
          rowChecked(row);
          to.push(row);
        }
    }
  }
  return { rows: [...head, ...body, ...foot], head: head.length };
}

/** A hiding that leaves a table's rows or columns out of the screen (not one that alters their text). */
const LEAVES_OUT = /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility|hidden 属性/;

/** The policy said for rows or columns a page leaves unshown (html12): as for a whole table, their numbers are in the file. */
const UNSHOWN_PART =
  '表示されない部分の数もファイルにあり、ページのソースから読めます。表全体が表示されない表と同じく、チェッカーはこの表を読みません（公表する行・列なら表示し、しないならファイルから削除してください）';

/**
 * `shown` on a row group or a row that holds `rows`, its refusal naming the rows (html12: a hidden 「tbody」 of two, or a
 * hidden 「tr」 holding numbers, was refused naming the line alone). The policy is the whole table's (`hiddenAround`):
 * the rows a reader is not shown are in the file, so the table is refused in words, not read as the rows shown.
 */
function partShown(part: P5Element, rows: readonly P5Element[], shown: Shown): ReturnType<Shown> {
  try {
    return part.tagName === 'tr' ? shown(part) : shown(part, false);
  } catch (e) {
    if (!(e instanceof HtmlHidden) || e.sheet !== undefined || !LEAVES_OUT.test(e.how) || rows.length === 0) throw e;
    const labels = rows.map((r) => {
      const first = r.childNodes.find((c): c is P5Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
      return first ? quote(textOf(first).slice(0, 40)) : '（空欄）';
    });
    const where = (r: P5Element) => r.sourceCodeLocation?.startLine;
    const lines = [...new Set(rows.map(where).filter((x) => x !== undefined))];
    throw new HtmlHidden(
      e.line,
      `<${part.tagName}>の${e.how}：表の行 ${labels.slice(0, 8).join('')}${labels.length > 8 ? ` ほか${labels.length - 8}行` : ''}（${lines.length > 0 ? `${lines.slice(0, 3).join('、')}行目` : ''}）が画面に表示されません。${UNSHOWN_PART}`,
    );
  }
}

/** `shown` on a 「col」 or 「colgroup」 over `count` columns from `from` (0-based), its refusal naming the columns' headers. */
function columnShown(table: P5Element, col: P5Element, from: number, count: number, shown: Shown): void {
  try {
    shown(col, false);
  } catch (e) {
    if (!(e instanceof HtmlHidden) || e.sheet !== undefined || !/collapse|hidden 属性|display\s*:\s*none/.test(e.how)) throw e;
    // The first row's cells over those columns (spans counted): their headers.
    const first = table.childNodes
      .flatMap((c) => (isElement(c) && /^(?:thead|tbody|tfoot)$/.test(c.tagName) ? c.childNodes : [c]))
      .find((c): c is P5Element => isElement(c) && c.tagName === 'tr');
    const names: string[] = [];
    let at = 0;
    for (const cell of first?.childNodes ?? []) {
      if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      const cols = span(attribute(cell, 'colspan'), 1000);
      if (at + cols > from && at < from + count) names.push(quote(textOf(cell).slice(0, 40)));
      at += cols;
    }
    const numbers = Array.from({ length: Math.min(count, 8) }, (_, i) => `${from + i + 1}列目`).join('、');
    throw new HtmlHidden(
      e.line,
      `<${col.tagName}>の${e.how}：表の列 ${names.slice(0, 8).join('')}（${numbers}）が画面に表示されません。${UNSHOWN_PART}`,
    );
  }
}

/**
 * The records of one table: each row a record of its cells, a merged cell's text in its first place and blanks in
 * the places it spans (the grid of the HTML table model: a cell goes to the first place its row leaves free).
 */
function tableRecords(table: P5Element, fallback: number, shown: Shown, at: { place?: Place | undefined }): HtmlRecord[] {
  const dropped = new Set<P5Element>();
  const { rows, head } = tableRows(table, shown, dropped);
  const grid: (string | undefined)[][] = rows.map(() => []);
  const formulas: { formula: string; name: string; row: number; col: number; result: number | undefined; line: number }[] = [];
  let places = 0;
  rows.forEach((tr, r) => {
    let c = 0;
    // A merged cell holding a number (「投与群 (N=110)」 over two columns) followed by an empty cell of its own: written
    // out, the empty cell continues the merged one (blanks after a word continue its span, layout.ts), so the N would
    // be read over a column the page does not put under it (attack23).
    let spanned: { text: string; cols: number } | undefined;
    for (const cell of tr.childNodes) {
      if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      while (c < ROW_PLACES && grid[r]![c] !== undefined) c++;
      const cols = span(attribute(cell, 'colspan'), MAX_SPAN.col);
      // rowspan="0" spans to the end of its section in the standard; taken as the rest of the table here.
      const rowSpan = attribute(cell, 'rowspan');
      const rowsSpanned = nonNegative(rowSpan) === 0 ? rows.length - r : span(rowSpan, MAX_SPAN.row);
      // A row read as absent must leave no cell spanning into the rows shown (their cells would move).
      if (dropped.has(tr) && rowsSpanned > 1)
        throw new HtmlHidden(line(tr, fallback), `${attribute(tr, 'style') ? 'style' : 'hidden'} の行の rowspan`);
      at.place = { row: r, col: c, head };
      const seen = shown(cell, false);
      const text = seen === undefined || seen === 'drop' ? textOf(cell, shown) : (textOf(cell, shown), seen.text);
      for (const f of formulasIn(cell)) formulas.push({ ...f, row: r, col: c, line: line(cell, line(tr, fallback)) });
      at.place = undefined;
      if (c >= ROW_PLACES && text !== '') throw new HtmlTooWide(line(tr, fallback), c + 1);
      // Spans fill the rows read.ts may read; past them a table is refused as too large whatever its blanks (a
      // rowspan="0" over a million rows and 1,000 columns would fill a billion places).
      const down = Math.min(rowsSpanned, rows.length - r, Math.max(1, SPAN_ROWS - r));
      const across = Math.max(0, Math.min(cols, ROW_PLACES - c));
      places += down * across;
      if (places > TABLE_PLACES) throw new HtmlTooWide(line(tr, fallback), c + 1, places);
      for (let dr = 0; dr < down; dr++) for (let dc = 0; dc < across; dc++) grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? text : '';
      if (spanned && text.trim() === '') throw new HtmlSpanEnds(line(cell, line(tr, fallback)), spanned.text, spanned.cols);
      spanned = cols >= 2 && /\d/.test(text.normalize('NFKC')) ? { text: text.trim(), cols } : undefined;
      c += cols;
    }
  });
  const valueAt = (row: number, col: number) => {
    // A reference past the table's cells (another part of the sheet) is not known: refused where it counts.
    const place = grid[row]?.[col];
    if (place === undefined) return undefined;
    const text = place.normalize('NFKC').trim();
    if (text === '') return 0;
    const m = SHOWN_NUMBER.exec(text);
    return m ? Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`) / (m[3] ? 100 : 1) : undefined;
  };
  for (const f of formulas)
    if (!formulaHoldsNoOtherNumber(f.formula, f.name === 'x:fmla' ? 'a1' : 'r1c1', f, f.result ?? valueAt(f.row, f.col), valueAt))
      throw new HtmlHidden(f.line, `属性 ${f.name}="${f.formula.length > 20 ? `${f.formula.slice(0, 20)}…` : f.formula}"`);
  return rows.flatMap((tr, r) => {
    if (dropped.has(tr)) return [];
    const places = grid[r]!;
    const fields: string[] = [];
    for (let c = 0; c < places.length; c++) fields.push(places[c] ?? '');
    return [{ fields, line: line(tr, fallback) }];
  });
}

/** The formulas kept in a cell (「x:fmla」, 「data-sheets-formula」), each with the value the cell holds beside it. */
function formulasIn(cell: P5Element): { formula: string; name: string; result: number | undefined }[] {
  const out: { formula: string; name: string; result: number | undefined }[] = [];
  const stack: P5Element[] = [cell];
  while (stack.length > 0) {
    const e = stack.pop()!;
    for (const { name, value } of e.attrs)
      if (name === 'x:fmla' || name === 'data-sheets-formula') {
        const num = attribute(e, 'x:num');
        const sheets = attribute(e, 'data-sheets-value');
        const held = num !== undefined && num.trim() !== '' ? Number(num) : sheets !== undefined ? sheetsNumber(sheets) : undefined;
        out.push({ formula: value, name, result: typeof held === 'number' && Number.isFinite(held) ? held : undefined });
      }
    for (const c of e.childNodes) if (isElement(c)) stack.push(c);
  }
  return out;
}

/** Attributes an element hidden and holding nothing may have: none of them a number of the table. */
const LAYOUT_ATTRIBUTES = new Set([
  'style',
  'class',
  'id',
  'width',
  'height',
  'lang',
  'dir',
  'align',
  'valign',
  'hidden',
  'colspan',
  'rowspan',
]);

/**
 * Whether a hidden element holds nothing a reader could be shown: no text but spaces, no comment holding a number,
 * no control, image or other element shown otherwise than as text, and no attribute with a digit but those of layout
 * (Excel's row of widths: 「<td width=72 style='width:54pt'></td>」).
 */
function holdsNothing(e: P5Element, rules: readonly HidingRule[]): boolean {
  const stack: P5Child[] = [e];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) {
      if (!/^[\s\u00a0\u3000]*$/.test(n.value)) return false;
    } else if (isComment(n)) {
      if (numberComment(n)) return false;
    } else if (isElement(n)) {
      if (CONTROLS[n.tagName] || NOT_TEXT[n.tagName] || n.tagName === 'template' || n.tagName === 'script') return false;
      if (n.attrs.some(({ name, value }) => /\d/.test(value.normalize('NFKC')) && !LAYOUT_ATTRIBUTES.has(name))) return false;
      // Text a rule adds (「::before { content: "3"; visibility: visible }」) may be shown whatever hides the element.
      if (rules.some((r) => !r.hides && ruleMatches(r, n))) return false;
      for (const c of n.childNodes) stack.push(c);
    }
  }
  return true;
}

/** Every text an element holds, shown or not, normalised (NFKC). */
function allText(e: P5Element): string {
  return e.childNodes
    .map((c) => (isText(c) ? c.value : isElement(c) ? allText(c) : ''))
    .join('')
    .normalize('NFKC');
}

/**
 * Tags around a table that leave all of it unshown (a closed 「details」 or 「dialog」, fallback content …). Not
 * 「noscript」: a reader whose browser runs no scripts is shown the table in it, so it is published and read (inputs3),
 * as `HIDDEN` says.
 */
const UNSHOWN_AROUND = /^(?:object|embed|video|audio|canvas|progress|meter|noembed|noframes|select|option)$/;

/** Declarations without those of 「display」 (html12: what else hides a closed tab's panel, `HidingRule.rest`). */
const withoutDisplay = (body: string) =>
  declarations(plainCss(body))
    .filter((d) => d.property !== 'display')
    .map((d) => `${d.property}:${d.value}`)
    .join(';');

/** Each page's rules that show an element a reader opens (「:target」, 「:checked」), by its hiding rules (html12). */
const REVEALS = new WeakMap<readonly HidingRule[], readonly HidingRule[]>();
/** Each page's plain rules that show an element (display other than none), by its hiding rules (html12). */
const SHOWS = new WeakMap<readonly HidingRule[], readonly HidingRule[]>();

/**
 * Whether a plain rule showing `p` leaves out another panel beside it (Bootstrap's 「.tab-content>.active{display:
 * block}」 on the open tab): the open tab, not said as closed (only for `layout/closed-tab`'s words: read either way).
 */
function shownAgain(p: P5Element, rules: readonly HidingRule[]): boolean {
  return (SHOWS.get(rules) ?? []).some((x) => ruleMatches(x, p) && panelsBeside(p).some((q) => !ruleMatches(x, q)));
}

/** What a page's controls open (html12): ids named by tabs, ids linked to from the page, and whether it has check boxes. */
interface Controls {
  /** Ids a tab names (「role="tab" aria-controls」, 「data-bs-toggle="tab" href / data-bs-target」) and the tabs' own ids. */
  tabs: Map<string, P5Element[]>;
  tabIds: Map<string, P5Element[]>;
  /** Ids a link goes to (「<a href="#x">」: opened as 「:target」). */
  linked: Map<string, P5Element[]>;
  /** Whether the page has a radio button or a check box (opening a panel through 「:checked」). */
  checks: boolean;
  /**
   * Ids other controls open, with the controls (html13): a collapse or an accordion (Bootstrap's 「data-bs-toggle=
   * "collapse"」 with 「data-bs-target」 or 「href」, an 「aria-expanded」 button's 「aria-controls」), a dialog or a popover a
   * button opens (「commandfor」 with 「show-modal」「show-popover」「toggle-popover」, 「popovertarget」).
   */
  opens: Map<string, P5Element[]>;
  /**
   * What a page's scripts open (html14): ids a handler attribute names (「onclick="…getElementById('d').showModal()"」),
   * with the handlers' elements; elements a handler reaches from its own (「this.nextElementSibling」); ids and classes
   * a 「<script>」 names (「getElementById('d')」「querySelector('#d')」「'.faq-body'」), no control known.
   */
  handled: Map<string, P5Element[]>;
  reached: Map<P5Element, P5Element[]>;
  scriptIds: Set<string>;
  scriptClasses: Set<string>;
  /** html15: classes a handler names, and the starts of ids a handler or a script builds (「'sec-' + k」「`sec-${k}`」). */
  handledClasses: Map<string, P5Element[]>;
  handledPrefixes: Map<string, P5Element[]>;
  scriptPrefixes: Set<string>;
  /** html40: elements a 「<script>」 opens by walking from elements it finds (scriptwalk.ts `walkedOpen`). */
  scriptWalked: Set<P5Element>;
}
const CONTROLS_OF = new WeakMap<readonly HidingRule[], Controls>();

/** The page's controls that open tabs (`Controls`), read once. */
function pageControls(document: P5Document): Controls {
  const out: Controls = {
    tabs: new Map(),
    tabIds: new Map(),
    linked: new Map(),
    checks: false,
    opens: new Map(),
    handled: new Map(),
    reached: new Map(),
    scriptIds: new Set(),
    scriptClasses: new Set(),
    handledClasses: new Map(),
    handledPrefixes: new Map(),
    scriptPrefixes: new Set(),
    scriptWalked: new Set(),
  };
  const add = (into: Map<string, P5Element[]>, id: string | undefined, c: P5Element) => {
    if (id === undefined || id === '') return;
    const list = into.get(id) ?? [];
    list.push(c);
    into.set(id, list);
  };
  const opens = (id: string | undefined, c: P5Element) => add(out.opens, id, c);
  const target = (v: string | undefined) => (v !== undefined && v.trim().startsWith('#') ? v.trim().slice(1) : undefined);
  const stack: P5Parent[] = [document];
  // html40: what an inert 「template」 holds (not a declarative shadow root) is not in the page: its handlers and scripts
  // run nowhere (on main they opened containers).
  const inert = new Set<P5Parent>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const c of node.childNodes) {
      if (!isElement(c)) continue;
      if (inert.has(node)) inert.add(c);
      const role = (attribute(c, 'role') ?? '').toLowerCase().split(/\s+/);
      const toggle = (attribute(c, 'data-bs-toggle') ?? attribute(c, 'data-toggle') ?? '').trim().toLowerCase();
      if (role.includes('tab') || /^(?:tab|pill|list)$/.test(toggle)) {
        for (const id of (attribute(c, 'aria-controls') ?? '').split(/\s+/)) add(out.tabs, id, c);
        for (const v of [attribute(c, 'href'), attribute(c, 'data-bs-target'), attribute(c, 'data-target')]) add(out.tabs, target(v), c);
        add(out.tabIds, attribute(c, 'id'), c);
      }
      if (c.tagName === 'a') add(out.linked, target(attribute(c, 'href')), c);
      if (/^(?:collapse|modal|offcanvas)$/.test(toggle))
        for (const v of [attribute(c, 'href'), attribute(c, 'data-bs-target'), attribute(c, 'data-target')]) opens(target(v), c);
      if (toggle === 'collapse' || attribute(c, 'aria-expanded') !== undefined)
        for (const id of (attribute(c, 'aria-controls') ?? '').split(/\s+/)) opens(id, c);
      if (/^(?:button|input)$/.test(c.tagName)) {
        opens(attribute(c, 'popovertarget')?.trim(), c);
        if (/^(?:show-modal|show-popover|toggle-popover)$/i.test(attribute(c, 'command')?.trim() ?? ''))
          opens(attribute(c, 'commandfor')?.trim(), c);
      }
      if (c.tagName === 'input' && /^(?:radio|checkbox)$/i.test(attribute(c, 'type')?.trim() ?? '')) out.checks = true;
      // html14: a handler attribute (onclick …) naming an id, or reaching an element from its own.
      for (const { name, value: text } of c.attrs) {
        if (!/^on[a-z]/i.test(name) || inert.has(c)) continue;
        const value = withoutJsComments(text);
        // html41: a handler the strict reader understands whole opens what its walks open, no quoted name more.
        const reading = readScript(value, document, c);
        const named = reading.understood ? { ids: [], classes: [], prefixes: [] } : namedIds(value);
        for (const id of named.ids) add(out.handled, id, c);
        // html15: a class a handler reaches by walking (「this.closest('.card').querySelector('.body')」), and an id built
        // from a constant (「getElementById('sec-' + k)」).
        for (const x of named.classes) add(out.handledClasses, x, c);
        for (const x of named.prefixes) add(out.handledPrefixes, x, c);
        // html40: a walk from its own element or from what it finds, ending in an action that opens (scriptwalk.ts).
        for (const e of [...reachedFrom(c, value), ...reading.opened]) {
          const list = out.reached.get(e) ?? [];
          list.push(c);
          out.reached.set(e, list);
        }
      }
      // html40: a script that runs (no data block, not in a template), its comments left out.
      if (c.tagName === 'script' && runsAsScript(attribute(c, 'type')) && !inert.has(c)) {
        const code = withoutJsComments(c.childNodes.map((t) => (isText(t) ? t.value : '')).join(''));
        // html41: a script the strict reader understands whole (`readScript`) opens what its walks open; html14's loose
        // reading (any quoted name of a container opens it) is kept for the others, said as our reading.
        const reading = readScript(code, document);
        if (!reading.understood) {
          const named = namedIds(code);
          named.ids.forEach((x) => out.scriptIds.add(x));
          named.classes.forEach((x) => out.scriptClasses.add(x));
          named.prefixes.forEach((x) => out.scriptPrefixes.add(x));
        }
        reading.opened.forEach((e) => out.scriptWalked.add(e));
      }
      stack.push(c);
      if (c.tagName === 'template') {
        const content = { childNodes: templateContent(c) } as P5Parent;
        if (inert.has(c) || attribute(c, 'shadowrootmode') === undefined) inert.add(content);
        stack.push(content);
      }
    }
  }
  return out;
}

/**
 * The ids and classes a script's text or a handler names (html14): each quoted string (of one line, at most 200
 * characters) that is one word (「getElementById('d')」) or a selector's 「#d」 and 「.x」 parts (「querySelector('#d
 * .x')」), and the words 「getElementsByClassName」 names. What it does with them is not read (a script is not run).
 */
function namedIds(text: string): { ids: Set<string>; classes: Set<string>; prefixes: Set<string> } {
  const ids = new Set<string>();
  const classes = new Set<string>();
  const prefixes = new Set<string>();
  for (const m of text.matchAll(/'([^'\n\\]{1,200})'|"([^"\n\\]{1,200})"|`([^`\n\\]{1,200})`/g)) {
    const literal = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (/^[\w-]+$/.test(literal)) ids.add(literal);
    // html15: an id built from this constant and a number (「'#sec-' + k」「`sec-${k}`」): its start, of 2 characters or more.
    const start = /^#?([A-Za-z][\w-]+)$/.exec(literal);
    if (start && /^\s{0,20}\+/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 22))) prefixes.add(start[1]!);
    const templ = m[3] !== undefined ? /^#?([A-Za-z][\w-]+)\$\{/.exec(literal) : null;
    if (templ) prefixes.add(templ[1]!);
    for (const x of literal.matchAll(/([#.])([\w-]+)/g)) (x[1] === '#' ? ids : classes).add(x[2]!);
  }
  for (const m of text.matchAll(/getElementsByClassName\(\s*['"]([\w -]{1,200})['"]/g))
    for (const x of m[1]!.split(/\s+/)) if (x !== '') classes.add(x);
  return { ids, classes, prefixes };
}

/** The elements a handler of `c` reaches from its own (「this.nextElementSibling」「this.parentElement.nextElementSibling」 …). */
function reachedFrom(c: P5Element, handler: string): P5Element[] {
  const out: P5Element[] = [];
  for (const m of handler.matchAll(
    /\bthis((?:\s*\.\s*(?:parentElement|parentNode|nextElementSibling|previousElementSibling|firstElementChild|lastElementChild|closest\(\s*(?:'[^'\n]{1,100}'|"[^"\n]{1,100}")\s*\)))+)/g,
  )) {
    let e: P5Element | undefined = c;
    for (const step of m[1]!
      .split(/\.(?=\s*(?:parent|next|previous|first|last|closest))/)
      .map((x) => x.trim())
      .filter((x) => x !== '')) {
      if (!e) break;
      // html15: 「closest('.card')」「closest('#d')」「closest('section')」 — the nearest such element around it (a simple selector).
      const near = /^closest\(\s*['"]\s*([.#]?)([\w-]+)\s*['"]\s*\)$/.exec(step);
      if (step.startsWith('closest')) {
        let q: P5Element | undefined = e;
        while (
          q &&
          near &&
          !(near[1] === '.'
            ? classesOf(q).has(near[2]!)
            : near[1] === '#'
              ? attribute(q, 'id') === near[2]
              : q.tagName === near[2]!.toLowerCase())
        )
          q = parentElement(q);
        e = near ? q : undefined;
        continue;
      }
      const siblings: P5Element[] = (e.parentNode?.childNodes ?? []).filter(isElement);
      const kids: P5Element[] = e.childNodes.filter(isElement);
      e =
        step === 'parentElement' || step === 'parentNode'
          ? parentElement(e)
          : step === 'nextElementSibling'
            ? siblings[siblings.indexOf(e) + 1]
            : step === 'previousElementSibling'
              ? siblings[siblings.indexOf(e) - 1]
              : step === 'firstElementChild'
                ? kids[0]
                : kids[kids.length - 1];
    }
    if (e && e !== c) out.push(e);
  }
  return out;
}

/**
 * Whether `p` is a tab's panel a reader can open (html12, our reading): a panel a tab names (ARIA tabs, Bootstrap's
 * 「data-bs-toggle="tab"」), a 「tabpanel」 labelled by a tab, one a link of the page opens through a 「:target」 rule, or
 * one a 「:checked」 rule shows beside a radio button or a check box. Its 「hidden」 attribute or 「display:none」 closes
 * it until opened; what it holds is shown content, read as published (its numbers are in the page either way).
 */
function openable(p: P5Element, rules: readonly HidingRule[]): Openable | undefined {
  if (OPENING.has(p)) return undefined;
  OPENING.add(p);
  try {
    return openableNow(p, rules);
  } finally {
    OPENING.delete(p);
  }
}

/**
 * Whether an element around `p` is one a shown control inside it reaches by walking (html15: 「this.closest('.card')
 * .classList.toggle('open')」 — the card's state rule opens its body): read as opened by the control, as a handler
 * reaching `p` itself is (html14).
 */
function reachedAround(p: P5Element, controls: Controls, rules: readonly HidingRule[]): boolean {
  for (let a = parentElement(p); a; a = parentElement(a))
    for (const c of controls.reached.get(a) ?? []) {
      let inside = false;
      for (let q = parentElement(c); q && !inside; q = parentElement(q)) inside = q === a;
      if (inside && shownControl(c, rules)) return true;
    }
  return false;
}

/**
 * Whether an id is one a script or a shown control's handler builds from a constant and a number (html15): the id is
 * a start it names followed by digits only (「sec-3」 from 「'sec-' + k」).
 */
function builtId(id: string, controls: Controls, rules: readonly HidingRule[]): boolean {
  const m = /^(.*?)(\d{1,6})$/.exec(id);
  if (!m || m[1] === '') return false;
  const start = m[1]!;
  return controls.scriptPrefixes.has(start) || (controls.handledPrefixes.get(start) ?? []).some((h) => shownControl(h, rules));
}

/** `openable`, `p` being asked (`OPENING`). */
function openableNow(p: P5Element, rules: readonly HidingRule[]): Openable | undefined {
  const controls = CONTROLS_OF.get(rules);
  if (!controls) return undefined;
  const id = attribute(p, 'id');
  // html13: what else a reader opens — a closed 「details」 by its summary, content of 「hidden="until-found"」 by the
  // browser's find in page (or a link to it), a collapse, an accordion, a dialog or a popover by a control naming it.
  // The control must be one a reader is shown (`shownControl`); a details whose summary is hidden is opened by none.
  if (p.tagName === 'details') {
    const summary = p.childNodes.find((c): c is P5Element => isElement(c) && c.tagName === 'summary');
    return summary === undefined || shownControl(summary, rules, p) ? 'details' : undefined;
  }
  if ((attribute(p, 'hidden') ?? '').trim().toLowerCase() === 'until-found') return 'until-found';
  const openers = id !== undefined ? (controls.opens.get(id) ?? []).filter((c) => shownControl(c, rules)) : [];
  if (openers.length > 0) {
    if (p.tagName === 'dialog') return 'dialog';
    if (attribute(p, 'popover') !== undefined) return 'popover';
    // html14: Bootstrap's modal and offcanvas (「data-bs-toggle="modal"」 with 「data-bs-target」), opened as a collapse is.
    const toggle = (c: P5Element) => (attribute(c, 'data-bs-toggle') ?? attribute(c, 'data-toggle') ?? '').trim().toLowerCase();
    return openers.some((c) => /^(?:modal|offcanvas)$/.test(toggle(c))) ? 'modal' : 'collapse';
  }
  // html14: a container a script of the page opens — a handler of a shown element naming its id or reaching it
  // (「onclick="this.nextElementSibling.hidden=false"」), or a 「<script>」 naming its id or one of its classes. Its
  // numbers are in the page's source and the page shows them when the script runs: read as published (our reading).
  const byScript = () => walkedTo(p, controls, rules) || namedBy(p, controls, rules);
  if (attribute(p, 'popover') !== undefined || p.tagName === 'dialog') return byScript() ? 'script' : undefined;
  // A tab, a tab labelling the panel or a link must be shown too (html13: html12 read a panel whose tab was hidden).
  const shown = (list: P5Element[] | undefined) => (list ?? []).some((c) => shownControl(c, rules));
  if (id !== undefined && shown(controls.tabs.get(id))) return 'tab';
  const role = (attribute(p, 'role') ?? '').toLowerCase().split(/\s+/);
  if (role.includes('tabpanel') && (attribute(p, 'aria-labelledby') ?? '').split(/\s+/).some((x) => shown(controls.tabIds.get(x))))
    return 'tab';
  const reveals = REVEALS.get(rules) ?? [];
  if (
    reveals.some(
      (r) =>
        ((/:target\b/i.test(r.selector) && id !== undefined && shown(controls.linked.get(id))) ||
          (/:checked\b/i.test(r.selector) && controls.checks)) &&
        ruleMatches(r, p),
    )
  )
    return 'tab';
  return byScript() ? 'script' : undefined;
}

/** Whether a script's or a shown control's handler's walk opens `p` (html40, the strict reading). */
function walkedTo(p: P5Element, controls: Controls, rules: readonly HidingRule[]): boolean {
  return (
    (controls.reached.get(p) ?? []).some((c) => shownControl(c, rules)) || reachedAround(p, controls, rules) || controls.scriptWalked.has(p)
  );
}

/**
 * Whether a script or a shown control's handler names `p`'s id or one of its classes (html14's loose reading): kept
 * for scripts the strict reader does not understand whole (html41, `readScript`); what they do with it is not read.
 */
function namedBy(p: P5Element, controls: Controls, rules: readonly HidingRule[]): boolean {
  const id = attribute(p, 'id');
  return (
    (id !== undefined && (controls.handled.get(id) ?? []).some((c) => shownControl(c, rules))) ||
    (id !== undefined && controls.scriptIds.has(id)) ||
    (id !== undefined && builtId(id, controls, rules)) ||
    [...classesOf(p)].some(
      (c) => !GENERIC_CLASSES.has(c.toLowerCase()) && (controls.handledClasses.get(c) ?? []).some((h) => shownControl(h, rules)),
    ) ||
    [...classesOf(p)].some((c) => controls.scriptClasses.has(c) && !GENERIC_CLASSES.has(c.toLowerCase()))
  );
}

/** Said where a container is read as opened by html14's loose reading alone (html41). */
const GUESSED =
  '。ただし、ページのスクリプトが何をするかはチェッカーが読み切れず、この要素の id や class をスクリプトが名指しすることから、開くものとして読みました。開かないなら、表をファイルから削除してください';

/**
 * Classes a script names that say a state, not a container (「classList.toggle('hidden')」「'.show'」): no class of the
 * container opened (html14).
 */
const GENERIC_CLASSES = new Set([
  'hidden',
  'show',
  'active',
  'open',
  'collapse',
  'collapsed',
  'd-none',
  'is-open',
  'visible',
  'fade',
  'in',
]);

/**
 * Whether a 「:checked」 rule showing the panel `p` applies as the page is loaded (html13): its selector matched with
 * its combinators (descendant, child, 「+」, 「~」) and 「:checked」 requiring the element's 「checked」 attribute — the
 * panel of the radio button checked is open, the others closed until a reader checks theirs. html12 said every such
 * panel closed. A selector with 「:checked」 inside another pseudo-class (「:not(:checked)」) is not read so (closed).
 */
function checkedNow(p: P5Element, rules: readonly HidingRule[]): boolean {
  return (REVEALS.get(rules) ?? []).some(
    (r) =>
      /:checked\b/i.test(r.selector) &&
      splitTop(r.selector, (ch) => ch === ',').some((one) => {
        const chain = selectorChain(one);
        return chain !== undefined && chainMatches(p, chain, chain.compounds.length - 1);
      }),
  );
}

/** A selector's compounds (its text, read by `compound`; whether it requires 「:checked」) and the combinators between. */
interface Chain {
  compounds: { c: Compound; checked: boolean }[];
  combinators: string[];
}

/** A selector read as a `Chain`, or undefined where 「:checked」 is not at a compound's top level. */
function selectorChain(selector: string): Chain | undefined {
  const parts: string[] = [];
  const combinators: string[] = [];
  let current = '';
  let depth = 0;
  let pending: string | undefined;
  for (const ch of selector.trim()) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth === 0 && /[\s>+~]/.test(ch)) {
      if (current !== '') {
        parts.push(current);
        current = '';
        pending = ' ';
      }
      if (ch !== ' ' && !/\s/.test(ch)) pending = ch;
      continue;
    }
    if (pending !== undefined && parts.length > 0 && current === '') {
      combinators.push(pending);
      pending = undefined;
    }
    current += ch;
  }
  if (current !== '') parts.push(current);
  if (parts.length !== combinators.length + 1) return undefined;
  const compounds = parts.map((t) => {
    // 「:checked」 of the compound itself, not inside parentheses.
    let top = '';
    let d = 0;
    for (const ch of t) {
      if (ch === '(') d++;
      else if (ch === ')' && d > 0) d--;
      else if (d === 0) top += ch;
    }
    return { c: compound(t), checked: /:checked\b/i.test(top), inner: /:checked\b/i.test(t) && !/:checked\b/i.test(top) };
  });
  if (compounds.some((x) => x.inner)) return undefined;
  return { compounds: compounds.map(({ c, checked }) => ({ c, checked })), combinators };
}

/** Whether `e` matches the chain's compound `i` and, through the combinators, those before it. */
function chainMatches(e: P5Element, chain: Chain, i: number): boolean {
  const { c, checked } = chain.compounds[i]!;
  if (!matches(e, c) || (checked && attribute(e, 'checked') === undefined)) return false;
  if (i === 0) return true;
  const comb = chain.combinators[i - 1]!;
  if (comb === '>' || comb === ' ') {
    for (let q = parentElement(e); q; q = parentElement(q)) {
      if (chainMatches(q, chain, i - 1)) return true;
      if (comb === '>') return false;
    }
    return false;
  }
  const siblings = (e.parentNode?.childNodes ?? []).filter(isElement);
  for (let k = siblings.indexOf(e) - 1; k >= 0; k--) {
    if (chainMatches(siblings[k]!, chain, i - 1)) return true;
    if (comb === '+') return false;
  }
  return false;
}

/** What a reader opens (`openable`): a tab's panel, a closed details, a collapse or accordion, a dialog, a popover, content found in page. */
type Openable = 'tab' | 'details' | 'until-found' | 'collapse' | 'dialog' | 'popover' | 'modal' | 'script';

/** How `layout/closed-tab` names each (html13). */
const OPENABLE_WORDS: Record<Openable, string> = {
  tab: 'タブ',
  details: '折りたたみ（details）',
  'until-found': 'ページ内検索で開く部分（hidden="until-found"）',
  collapse: '折りたたみ（collapse・アコーディオン）',
  dialog: 'ボタンで開くダイアログ（dialog）',
  popover: 'ボタンで開くポップオーバー（popover）',
  modal: 'ボタンで開くダイアログ（Bootstrap の modal・offcanvas）',
  script: 'ページのスクリプトが開く部分（onclick などのハンドラーや script が名指しする要素）',
};

/**
 * Whether a control that opens something is shown to a reader (html13): neither it nor an element around it (up to
 * `upTo`, the details it opens) has the 「hidden」 attribute, a style or a rule of the page hiding it (display,
 * visibility, opacity, a size of 0 …). A control inside a closed tab or collapse counts as hidden: more refused, never
 * less.
 */
function shownControl(c: P5Element, rules: readonly HidingRule[], upTo?: P5Element): boolean {
  for (let q: P5Element | undefined = c; q && q !== upTo; q = parentElement(q)) {
    // A control inside a container a reader opens first (a tab bar in a closed tab's panel, nested tabs) is reached so;
    // one inside the container it opens is not (`OPENING`: the container asked about is taken as closed for good).
    if (q !== c && openable(q, rules) !== undefined) continue;
    if (hiddenByAttribute(q) || attribute(q, 'popover') !== undefined) return false;
    if ((q.tagName === 'details' || q.tagName === 'dialog') && q !== c && attribute(q, 'open') === undefined) return false;
    const style = attribute(q, 'style');
    if (style !== undefined && inlineHiding(style, rules)?.hides) return false;
    if (candidates(rules, q).some((r) => r.hides && !r.generated && ruleMatches(r, q))) return false;
  }
  return true;
}
/** Tables that are themselves a container a reader or a script opens (html14): their own hiding judged by `hiddenAround`. */
const OPENED_TABLES = new WeakSet<P5Element>();
/** Containers whose openness is being asked (`shownControl`): a control inside one does not open it. */
const OPENING = new Set<P5Element>();

/**
 * Whether a rule hiding the tab panel `p` leaves out another panel beside it (its sibling with 「role="tabpanel"」 or
 * sharing one of its classes) by a 「:not()」 alone: a state of the tabs (closed, not open), not a hiding of every panel
 * (html12).
 */
function closedState(r: HidingRule, p: P5Element): boolean {
  // The open panel is left out by the rule's 「:not()」 alone (its state, 「:not(.show)」), not by being another kind of
  // element: an ARIA tab opened by its 「hidden」 attribute keeps a class's rule when opened.
  const plain: HidingRule = {
    ...r,
    subjects: r.subjects.map(({ self, ...x }) => {
      const { not: _, ...rest } = self;
      return { ...x, self: rest };
    }),
  };
  return panelsBeside(p).some((q) => !ruleMatches(r, q) && ruleMatches(plain, q));
}

/**
 * Whether a rule hides a Bootstrap collapse or modal by its state alone (html14): its subject leaves out the class
 * 「show」 (「.fade:not(.show){opacity:0}」), which Bootstrap's script adds when a reader opens it — lifted as a closed
 * tab's state is (`closedState`), where no panel beside shows the state.
 */
function shownState(r: HidingRule, open: Openable | undefined): boolean {
  return (
    (open === 'collapse' || open === 'modal') && r.subjects.every(({ self }) => (self.not ?? []).some((n) => n.classes.includes('show')))
  );
}

/** The other panels beside a tab panel `p`: its siblings of its tag with 「role="tabpanel"」 or one of its classes. */
function panelsBeside(p: P5Element): P5Element[] {
  const classes = classesOf(p);
  const panel = (q: P5Element) =>
    (attribute(q, 'role') ?? '').toLowerCase().split(/\s+/).includes('tabpanel') || [...classesOf(q)].some((c) => classes.has(c));
  return (p.parentNode?.childNodes ?? []).filter((q): q is P5Element => isElement(q) && q !== p && q.tagName === p.tagName && panel(q));
}

/**
 * What on an element around `table` (its ancestors up to the root) hides the table or alters its text, judged as an
 * element in a cell is (html11): the 「hidden」 attribute, 「popover」, a closed 「details」 or 「dialog」, fallback
 * content (「object」 …; not 「noscript」, shown where scripts are off), a struck or reversed tag, a style attribute's or a rule's hiding declaration
 * (display, visibility, opacity, a font of size 0 or too small, a transparent colour, a scale of 0, a clip, text moved
 * off the page, line-through). Before, 「html{display:none}」, 「body{opacity:0}」, 「<div style="display:none">」 and
 * 「body{font-size:0}」 (inherited by every cell) were read as the table. A table no reader is shown is not read (the
 * checker's reading: the page publishes no such table, and its numbers are in the file); one whose cells some
 * descendant shows again (「visibility:visible」, a font size of its own) is refused too — which cells a reader sees is
 * not read. A font size judged by what reaches the table (「.row{font-size:0}.col{font-size:14px}」 around it: read).
 * Boxes a rule adds (「::before」「::after」) are outside the table (`coveringBox` judges them).
 */
function hiddenAround(
  table: P5Element,
  rules: readonly HidingRule[],
  opened: P5Element[] = [],
): { line: number | undefined; how: string } | undefined {
  const tablePx = fontPx(table, rules);
  const sized = (how: string) => /^font/.test(how);
  // A font size of its own, readable and not relative to the hiding one's (px, pt, rem, a keyword), given between `p`
  // and the table, the table's included: what the table inherits no longer comes from `p`.
  const relative = /%|\b(?:em|ex|ch|smaller|larger|inherit|unset|revert)\b|\d(?:em|ex|ch)\b/i;
  const resized = (p: P5Element) => {
    for (let q: P5Element | undefined = table; q && q !== p; q = parentElement(q)) {
      if (
        declared(q, rules).some((d) => (d.property === 'font-size' || d.property === 'font') && !relative.test(d.value)) &&
        fontPx(q, rules) >= 4
      )
        return true;
      // A rule that is among the hiding ones for another declaration (「.col{vertical-align:top;font-size:14px}」).
      for (const r of candidates(rules, q))
        if (r.fontSize !== undefined && !relative.test(r.fontSize) && ruleMatches(r, q)) {
          const px = KEYWORD_SIZES[r.fontSize.trim().toLowerCase()] ?? pixels(r.fontSize, 16, rootPx(q, rules));
          if (px !== undefined && px >= 4) return true;
        }
    }
    return false;
  };
  // html14: a table that is itself a container a reader opens is judged as one around it (its own hiding lifted).
  for (let p = OPENED_TABLES.has(table) ? table : parentElement(table); p; p = parentElement(p)) {
    const where = p.sourceCodeLocation?.startLine;
    const name = `表を囲む要素（<${p.tagName}>${where !== undefined ? `、${where}行目` : ''}）`;
    const whole = (how: string) =>
      `${name}の${how}：表全体が画面に表示されません。表示されない表は公表されないため、チェッカーはこの表を読みません（公表する表なら表示し、しないならファイルから削除してください）`;
    const part = (how: string) =>
      `${name}の${how}：表の文字が画面に表示されない・変わることがあります（中で表示し直すセルがあっても、どのセルが見えるかは読みません）`;
    // A closed tab a reader can open (html12): its 「hidden」 attribute and 「display:none」 are not the page's hiding.
    const open = openable(p, rules);
    // What opening lifts: a tab's or a collapse's 「display:none」 (its script shows it by a class, its 「hidden」 or its
    // style); a details, a dialog, a popover or until-found content opened keeps a 「display:none」 of its own (html13).
    // html14: a modal, and a container a script opens (it may set 「hidden」, the style or a class), alike.
    const lifts = open === 'tab' || open === 'collapse' || open === 'modal' || open === 'script' ? open : undefined;
    const style = attribute(p, 'style');
    if (hiddenByAttribute(p, style, rules) && !open) return { line: where, how: whole('hidden 属性') };
    const closed = () => {
      // A panel a checked radio button shows is open (html13): not said as closed.
      if (open === 'tab' && checkedNow(p, rules)) return;
      if (!opened.includes(p)) opened.push(p);
    };
    if (open && hiddenByAttribute(p, style, rules)) closed();
    // A popover, a closed details or dialog a reader opens (html13): read as a closed tab is.
    if (attribute(p, 'popover') !== undefined) {
      if (!open) return { line: where, how: whole('popover 属性') };
      closed();
    }
    if ((p.tagName === 'details' || p.tagName === 'dialog') && attribute(p, 'open') === undefined) {
      if (!open) return { line: where, how: whole(NOT_TEXT[p.tagName]!) };
      closed();
    }
    if (UNSHOWN_AROUND.test(p.tagName)) return { line: where, how: whole(NOT_TEXT[p.tagName] ?? p.tagName) };
    if (/^(?:del|s|strike|bdo|marquee)$/.test(p.tagName)) return { line: where, how: part(NOT_TEXT[p.tagName]!) };
    const judge = (how: string) => {
      if (how === VERTICAL || how === SUPPLIED_FONT || (sized(how) && resized(p))) return undefined;
      if (lifts && /^display/.test(how)) {
        if (!shownAgain(p, rules)) closed();
        return undefined;
      }
      return /^(?:display|content-visibility|opacity|transform|clip|width|位置)/.test(how) ? whole(how) : part(how);
    };
    const given = style !== undefined ? inlineHiding(style, rules) : undefined;
    // html44: a style attribute's hiding a rule's 「!important」 outweighs (`inlineHides`) hides nothing.
    const inline =
      given?.hides && /^(?:display|visibility|opacity|content-visibility|font-size)/.test(given.how) && !inlineHides(p, style, rules)
        ? undefined
        : given;
    // A closed tab's 「display:none」 lifted, what else its style hides is judged (html12).
    const besides =
      lifts && inline && /^display/.test(inline.how) && style !== undefined ? inlineHiding(withoutDisplay(style), rules) : undefined;
    const fromStyle = (inline && judge(inline.how)) ?? (besides && judge(besides.how));
    if (fromStyle) return { line: where, how: fromStyle };
    if (rules.length > 0)
      for (const r of candidates(rules, p)) {
        if (r.generated || /::?(?:before|after|marker)\b/i.test(r.selector) || !ruleMatches(r, p)) continue;
        // html42: a 「display:none」 its own style attribute's 「display」 overrides (`shownInline`) hides nothing.
        if (r.plainDisplay && shownInline(style)) continue;
        // html44: one the cascade outweighs (「.a{display:none}」 then 「#x{display:block}」) hides nothing.
        if (liftedByCascade(r, p, rules)) continue;
        // A closed tab's state (Bootstrap's 「.fade:not(.show){opacity:0}」): a rule that leaves out another panel of
        // the same tabs, the one a reader has open, closes this one until opened (html12); only a hiding nothing in the
        // panel can undo (display, opacity, a scale) — a closed panel's visibility or font size shown again on some
        // digits shows them while it is closed (refused as before).
        if (lifts && /^(?:display|content-visibility|opacity|transform)/.test(r.how) && (closedState(r, p) || shownState(r, open))) {
          closed();
          continue;
        }
        if (lifts && /^display/.test(r.how)) {
          if (!shownAgain(p, rules)) closed();
          // What else the rule hides stays when the tab is opened (「.p{display:none;visibility:hidden}」).
          const rest = r.rest !== undefined ? judge(r.rest) : undefined;
          if (rest) return { line: where, how: rest.replace(r.rest!, `ページのスタイルシートの「${r.selector.slice(0, 40)}」の${r.rest}`) };
          continue;
        }
        const said = judge(r.how);
        if (said)
          return {
            line: where,
            how: said.replace(
              r.how,
              `ページのスタイルシートの「${r.selector.length > 40 ? `${r.selector.slice(0, 40)}…` : r.selector}」の${r.how}`,
            ),
          };
      }
  }
  if (tablePx < 4)
    return {
      line: table.sourceCodeLocation?.startLine,
      how: `表を囲む要素の font-size（表の文字が ${tablePx.toFixed(1)}px、読めない大きさ）`,
    };
  return undefined;
}

/** What sets a font the page supplies on an element around `table` (its style or a rule matching it), or undefined. */
function suppliedFontAround(table: P5Element, rules: readonly HidingRule[]): string | undefined {
  const page = VARS.get(rules);
  if (!page || page.fonts.size === 0) return undefined;
  for (let p = table.parentNode; p && 'tagName' in p; p = p.parentNode) {
    const e = p as P5Element;
    const style = attribute(e, 'style');
    if (style !== undefined && hidingDeclaration(style, page)?.how === SUPPLIED_FONT) return `style="${SUPPLIED_FONT}"`;
    const rule = candidates(rules, e).find((r) => r.how === SUPPLIED_FONT && ruleMatches(r, e));
    if (rule) return `ページのスタイルシートの「${rule.selector.slice(0, 40)}」（${SUPPLIED_FONT}）`;
  }
  return undefined;
}

/** Whether an element holds a phonetic guide (「rt」) anywhere in it. */
function holdsRt(e: P5Element): boolean {
  return e.childNodes.some((c) => isElement(c) && (c.tagName === 'rt' || holdsRt(c)));
}

/**
 * Whether a hidden element is Excel's phonetic guide (Japanese Excel writes 「<ruby>男性<span style='display:none'><rt
 * class=font6>ダンセイ</rt></span></ruby>」 in each cell typed with the input method): a ruby's text (rt), or an
 * element of a ruby holding rt alone, in kana alone — no digit, kanji or letter, so no number the checker reads
 * (a reading in kana, 「サンジュウ」, is read as no number shown either) — over a base of Japanese words holding no digit
 * (attack23: over 「-」 or 「3」 a guide is no reading, and 「サンジュウ」 there is a number the page hides).
 */
function phoneticGuide(e: P5Element, rules: readonly HidingRule[]): boolean {
  const parent = e.parentNode && 'tagName' in e.parentNode ? (e.parentNode as P5Element) : undefined;
  if (parent?.tagName !== 'ruby') return false;
  const guides = e.tagName === 'rt' ? [e] : e.childNodes.filter(isElement);
  if (guides.length === 0 || guides.some((g) => g.tagName !== 'rt')) return false;
  if (e.tagName !== 'rt' && e.childNodes.some((c) => (isText(c) && c.value.trim() !== '') || (isComment(c) && numberComment(c))))
    return false;
  // A guide is a reading of Japanese words (attack23): over text holding none (「-」「X」「<10」) or holding a digit it is
  // no reading but kana the page hides — 「サンジュウ」 behind a cell shown 「-」 was read as the dash.
  const base = parent.childNodes
    .map((c) => (isText(c) ? c.value : isElement(c) && c.tagName !== 'rt' && c.tagName !== 'rp' && !holdsRt(c) ? textOf(c) : ''))
    .join('')
    .normalize('NFKC');
  if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(base) || /\d/.test(base)) return false;
  return guides.every(
    (g) =>
      g.attrs.every(({ name }) => name === 'class' || name === 'style' || name === 'lang') &&
      !rules.some((r) => !r.hides && ruleMatches(r, g)) &&
      g.childNodes.every((c) => isText(c) || (isElement(c) && c.tagName === 'ruby' && textOf(c) === '')) &&
      /^[\p{Script=Hiragana}\p{Script=Katakana}ー・ \t\n\r\u00a0\u3000]*$/u.test(textOf(g)),
  );
}

/**
 * parse5's tree with each node's first line as its only location: the line is all the records name, and the whole
 * location the parser gives (start and end, of the tag and of each attribute), kept for the 150,000 nodes of a page
 * of 30,000 rows, was most of the garbage of reading it.
 */
const LINES_ONLY: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  setNodeSourceCodeLocation(node, location) {
    node.sourceCodeLocation = location && ({ startLine: location.startLine } as typeof location);
  },
  updateNodeSourceCodeLocation() {},
};

/**
 * The records of an HTML text: each table's rows (after its title: its caption as a 「#」 line, or the heading or
 * paragraph just before it as a line of one cell), text outside tables as lines of one cell, and an empty record
 * after each table and each piece of text that no table follows, so that each table is read on its own.
 */
export function htmlRecords(text: string): HtmlRecord[] {
  // Parsed as hast-util-from-html parses (parse5, locations kept, scripting off), then its depth checked before the
  // walks, which recurse.
  const document = parse(text, { sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter: LINES_ONLY });
  flattenShadows(document);
  const deep = tooDeep(document);
  if (deep !== undefined) throw new HtmlTooDeep(deep);
  const rules = hidingRules(document);
  CONTROLS_OF.set(rules, pageControls(document));
  // A page embedded in the file (「iframe srcdoc」, a 「data:」 address of an iframe, object or embed) is shown to a
  // reader, its own tables and notes too, and the checker does not read it (html13: 「<iframe srcdoc="<table>…3…">」
  // beside the page's table passed, its small count unsaid): refused naming it where its text holds a digit.
  // A frame loading an address outside the file (html14): what it shows — a table, a note's count — is not in the
  // file and the checker cannot see it; its fallback text, shown only where the frame fails, is not what the page
  // publishes (our reading). Refused naming the frame and its address, so that the file it loads is checked too.
  const outside = firstOutsideFrame(document, rules);
  if (outside) throw new HtmlHidden(outside.line, `<${outside.tag}>`, undefined, { tag: outside.tag, address: outside.address });
  const embedded = firstEmbedded(document);
  if (embedded)
    throw new HtmlHidden(
      embedded.sourceCodeLocation?.startLine ?? 1,
      `${NOT_TEXT[embedded.tagName] ?? embedded.tagName}の中のページ（${attribute(embedded, 'srcdoc') !== undefined ? 'srcdoc' : /^\s*javascript:/i.test(attribute(embedded, 'src') ?? '') ? 'javascript:' : 'data:'}）の数字。読む人には表示されますが、チェッカーは埋め込みの中を読みません。公表する表や数はページ本体に書いてください`,
    );
  /** Refuses an element of a table that the page does not show as text (`HtmlHidden`), naming its line or the table's. */
  const where: { place?: Place | undefined } = {};
  const shownIn = (fallback: number): Shown =>
    Object.assign(
      (e: P5Element, drop = true) => {
        const how = hiddenHow(e, rules, where.place);
        if (how === undefined || 'text' in how) return how;
        if (drop && how.hides && (holdsNothing(e, rules) || phoneticGuide(e, rules))) return 'drop';
        throw new HtmlHidden(line(e, fallback), how.how);
      },
      { block: (e: P5Element) => laidAsBlock(e, rules) },
    );
  const out: HtmlRecord[] = [];
  const notes: HtmlNote[] = [];
  NOTES.set(out, notes);
  /** A box outside the tables that may be drawn over one (`coveringBox`), found at the first table; null where none. */
  let covering: { line: number | undefined; how: string } | null | undefined;
  if (
    [...text.matchAll(/<meta\b[^>]*>/gi)].some(
      (m) => /name\s*=\s*["']?color-scheme/i.test(m[0]) && /content\s*=\s*["'][^"']*dark/i.test(m[0]),
    )
  ) {
    DARK_META.add(rules);
    LIGHT_ONLY.delete(rules);
  }
  /** A piece of text waiting: the title of a table that follows at once, else a note. */
  let pending: HtmlRecord | undefined;
  const flush = () => {
    if (!pending) return;
    out.push(pending, { fields: [''], line: pending.line });
    pending = undefined;
  };
  /** Text outside tables: a line of one cell, held until what follows says whether it is a table's title. */
  const hold = (t: string, at: number) => {
    if (t === '') return;
    flush();
    pending = { fields: [t], line: at };
  };
  const visit = (node: P5Child, parentLine: number): void => {
    if (isText(node)) return hold(node.value.replace(HTML_SPACE, ' ').trim(), line(node, parentLine));
    // A comment holding a number is a note (in the published file, as hidden text outside tables is): dropped unsaid before.
    if (isComment(node) && numberComment(node)) return hold(node.data.replace(HTML_SPACE, ' ').trim(), line(node, parentLine));
    if (!isElement(node)) return;
    const at = line(node, parentLine);
    // The page's title (the browser's tab, and the name a saved file or a search shows): published with the page, a
    // note of its own where it holds a number (a count in it is refused as any note's), never a table's title.
    if (node.tagName === 'head') {
      const title = node.childNodes.find((c): c is P5Element => isElement(c) && c.tagName === 'title');
      const text = title && textOf(title);
      // Without a digit it can say no count: not reported (a saved page's 「結果」 would be a note in every report).
      if (text && /\d/.test(text.normalize('NFKC'))) {
        flush();
        out.push({ fields: [text], line: line(title, at) }, { fields: [''], line: line(title, at) });
      }
      return;
    }
    // A template's content is in the file though not shown: read (a table in it was dropped unsaid before).
    if (node.tagName === 'template') return templateContent(node).forEach((c) => visit(c, at));
    if (HIDDEN.has(node.tagName)) return;
    if (node.tagName === 'table') {
      const caption = node.childNodes.find((c): c is P5Element => isElement(c) && c.tagName === 'caption');
      const shown = shownIn(at);
      const comment = commentWithNumber(node);
      if (comment) throw new HtmlHidden(line(comment, at), 'コメント（<!-- -->）の数字');
      // A font the page supplies, set on an element around the table (「body{font-family:X}」), draws the table's
      // digits as its glyphs say, whatever the cells' own styles (attack23): refused as on a cell.
      const font = suppliedFontAround(node, rules);
      if (font) throw new HtmlHidden(line(node, at), font);
      if (covering === undefined) covering = coveringBox(document, rules) ?? null;
      const opened: P5Element[] = [];
      if (openable(node, rules) !== undefined) OPENED_TABLES.add(node);
      const around = hiddenAround(node, rules, opened) ?? aroundTable(node, rules) ?? covering ?? undefined;
      if (around) throw new HtmlHidden(around.line ?? line(node, at), around.how);
      // A closed tab a reader can open (html12): read as published, said as our reading.
      for (const p of opened.slice(0, 1)) {
        const id = attribute(p, 'id');
        const where = p.sourceCodeLocation?.startLine;
        const kind = openable(p, rules) ?? 'tab';
        const words = OPENABLE_WORDS[kind];
        // html41: opened by a script only as html14's loose reading has it (a name of it in a script not read whole).
        const controls = CONTROLS_OF.get(rules);
        const guessed = kind === 'script' && controls !== undefined && !walkedTo(p, controls, rules);
        notes.push({
          code: 'layout/closed-tab',
          line: line(node, at),
          message: `${line(node, at)}行目の表は${p === node ? 'それ自体が' : ''}閉じた${words}（<${p.tagName}${id !== undefined ? ` id=${quote(id)}` : ''}>${where !== undefined ? `、${where}行目` : ''}）${p === node ? 'で' : 'の中にあり'}、${kind === 'tab' ? 'タブ' : '読む人が'}開くまで画面に表示されないことがあります。読む人が${kind === 'until-found' ? '検索して' : ''}開けば表示され、その数はページにもあるため、公表する表として読みました${guessed ? GUESSED : ''}（チェッカーの判断）`,
        });
      }
      if (caption) shown(caption, false);
      const title = caption && textOf(caption, shown);
      if (title) {
        flush();
        out.push({ fields: [`# ${title}`], line: line(caption, at) });
      } else if (pending) {
        out.push(pending);
        pending = undefined;
      }
      for (const record of tableRecords(node, at, shown, where)) out.push(record);
      out.push({ fields: [''], line: at });
      return;
    }
    const holdsBlocks = holdsBlock(node);
    // A block or an inline element holding no blocks, tables or line breaks: its text as one line; otherwise each child
    // on its own.
    if (!holdsBlocks && node.tagName !== 'html') return hold(textOf(node), at);
    for (const child of node.childNodes) {
      if (isElement(child) && child.tagName === 'br') flush();
      else visit(child, at);
    }
  };
  for (const child of document.childNodes) visit(child, 1);
  flush();
  return out;
}

/**
 * The text a reader is shown of a page embedded in the file (html13): an 「iframe」's (or 「frame」's) 「srcdoc」, or a
 * 「data:」 address of text, HTML or SVG in an iframe's or embed's 「src」 or an object's 「data」 — its tags left out.
 */
function embeddedText(e: P5Element): string | undefined {
  if (!/^(?:iframe|frame|object|embed)$/.test(e.tagName)) return undefined;
  const srcdoc = e.tagName === 'iframe' || e.tagName === 'frame' ? attribute(e, 'srcdoc') : undefined;
  const url = srcdoc === undefined ? attribute(e, e.tagName === 'object' ? 'data' : 'src') : undefined;
  // html14: a 「javascript:」 address makes the frame's page from the script's text, in the file.
  if (url !== undefined && /^\s*javascript:/i.test(url)) return url;
  if (url !== undefined && !/^\s*data:\s*(?:text\/|image\/svg\+xml|application\/(?:xhtml\+)?xml|[;,])/i.test(url)) return undefined;
  const text = srcdoc ?? (url !== undefined ? dataUrlText(url) : undefined);
  return text?.replace(/<[^<>]*>/g, ' ');
}

/** The first element of `document` embedding a page whose text holds a digit (`embeddedText`), or undefined. */
function firstEmbedded(document: P5Document): P5Element | undefined {
  const stack: P5Parent[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const c of node.childNodes) {
      if (!isElement(c)) continue;
      const text = embeddedText(c);
      if (text !== undefined && /\d/.test(text.normalize('NFKC'))) return c;
      stack.push(c);
      if (c.tagName === 'template') stack.push({ childNodes: templateContent(c) } as P5Parent);
    }
  }
  return undefined;
}

/** Types and file endings of an image, a video or a sound: shown as an 「img」 or a 「video」 is, not a page (html14). */
const MEDIA_TYPE = /^\s*(?:image\/(?!svg)|video\/|audio\/)/i;
const MEDIA_FILE = /\.(?:png|jpe?g|gif|webp|avif|bmp|ico|tiff?|mp4|m4v|webm|ogv|ogg|mov|mp3|m4a|wav|flac|aac)(?:[?#]|$)/i;

/**
 * The first frame of `document` loading an address outside the file (html14): an 「iframe」's or 「frame」's 「src」
 * (without 「srcdoc」, which it shows instead), an 「object」's 「data」 (or its 「param」 named src, movie, url, data or
 * filename), an 「embed」's, 「portal」's or 「fencedframe」's 「src」 — not empty, not 「about:」 or 「#…」 (nothing
 * loaded), not 「data:」 (in the file: `firstEmbedded`), not an image, video or sound by its type or its file ending (as an
 * 「img」 or a 「video」 is not read). A frame no reader is shown (its 「hidden」 attribute, a style of 「display:none」 or
 * 「visibility:hidden」, a width or height of 0: a tracking frame) shows nothing and is left.
 */
function firstOutsideFrame(document: P5Document, rules: readonly HidingRule[]): { tag: string; address: string; line: number } | undefined {
  const stack: P5Parent[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const c of node.childNodes) {
      if (!isElement(c)) continue;
      stack.push(c);
      if (c.tagName === 'template') stack.push({ childNodes: templateContent(c) } as P5Parent);
      if (!/^(?:iframe|frame|object|embed|portal|fencedframe)$/.test(c.tagName)) continue;
      if ((c.tagName === 'iframe' || c.tagName === 'frame') && attribute(c, 'srcdoc') !== undefined) continue;
      let address = attribute(c, c.tagName === 'object' ? 'data' : 'src');
      if (address === undefined && c.tagName === 'object')
        for (const q of c.childNodes)
          if (isElement(q) && q.tagName === 'param' && /^(?:src|movie|url|data|filename)$/i.test(attribute(q, 'name')?.trim() ?? ''))
            address ??= attribute(q, 'value');
      const a = (address ?? '').trim();
      if (a === '' || /^(?:about:|#|data:|javascript:)/i.test(a)) continue;
      if (MEDIA_TYPE.test(attribute(c, 'type') ?? '') || MEDIA_FILE.test(a)) continue;
      const style = attribute(c, 'style');
      const hiding = style !== undefined ? inlineHiding(style, rules) : undefined;
      if (
        hiddenByAttribute(c, style, rules) ||
        (hiding?.hides && /^(?:display|visibility)/.test(hiding.how) && inlineHides(c, style, rules)) ||
        /^0+(?:\.0*)?(?:px)?$/.test((attribute(c, 'width') ?? '').trim()) ||
        /^0+(?:\.0*)?(?:px)?$/.test((attribute(c, 'height') ?? '').trim())
      )
        continue;
      return { tag: c.tagName, address: a.length > 80 ? `${a.slice(0, 80)}…` : a, line: c.sourceCodeLocation?.startLine ?? 1 };
    }
  }
  return undefined;
}

/** A field as TSV writes it: quoted where it holds a tab, a line end or a quote at its start. */
const tsvField = (f: string) => (/[\t\n\r]|^"/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);

/**
 * An HTML text's tables as TSV (the page's paste: the clipboard's HTML keeps merged cells that its plain text loses),
 * or undefined where it holds no table.
 */
export function htmlToText(html: string): string | undefined {
  if (!hasHtmlTable(html)) return undefined;
  let records: HtmlRecord[];
  try {
    records = htmlRecords(html);
  } catch (e) {
    // Too deep or too wide to read: the text is left as it is, and the check refuses it in words (read.ts).
    if (e instanceof HtmlTooDeep || e instanceof HtmlTooWide || e instanceof HtmlHidden) return undefined;
    throw e;
  }
  const lines = records.map((r) =>
    r.fields
      .map(tsvField)
      .join('\t')
      .replace(/(?<!\t)\t+$/, ''),
  );
  // One empty line between blocks, none at the start or the end.
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|(?<!\n)\n+$/g, '')}\n`;
}
