/**
 * Tables written in HTML — a report saved as a web page, or a table copied from one (the clipboard's HTML, which
 * keeps merged cells that its plain text loses): read into records as a spreadsheet would copy them. A cell merged
 * across columns (colspan) or rows (rowspan) holds its text in its first place and leaves the others blank, which is
 * how two header rows of groups (「A群」 over 「男性」「女性」) and label columns are written in TSV (layout.ts reads them
 * so). The caption, or a heading or paragraph just before a table, is its title; other text outside tables is kept
 * as lines of one cell (notes, each reported by read.ts: none is dropped). Parsed by hast-util-from-html (parse5, the
 * HTML standard's parser), so that entities, omitted end tags and attributes are read as a browser reads them.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A line of cells and the line of the text where it starts (csv.ts reads these as its records). */
export interface HtmlRecord {
  fields: string[];
  line: number;
}

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
/** Elements whose text is not shown. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link']);

/** Most cells a table may span to (a colspan or rowspan past it is taken at it, as browsers cap them). */
const MAX_SPAN = { col: 1_000, row: 65_534 };

/**
 * The text an element shows: its text nodes in order, <br> as a space, runs of HTML white space (space, tab, line
 * ends) as one space, trimmed of it. No-break spaces and U+3000 stay: at a cell's start they are an indentation
 * (read.ts), as in a spreadsheet's copy.
 */
function textOf(node: Element | Root): string {
  let out = '';
  const walk = (n: ElementContent | RootContent | Root) => {
    if (n.type === 'text') out += n.value;
    else if (n.type === 'element') {
      if (HIDDEN.has(n.tagName)) return;
      if (n.tagName === 'br') out += ' ';
      else n.children.forEach(walk);
    } else if (n.type === 'root') n.children.forEach(walk);
  };
  walk(node);
  return out.replace(HTML_SPACE, ' ').replace(/^ | $/g, '');
}

/** A span attribute as browsers read it: a whole number from 1 (0 and junk are 1), capped. */
function span(value: unknown, max: number): number {
  const n = typeof value === 'number' ? value : parseInt(String(value ?? ''), 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), max) : 1;
}

const line = (n: { position?: { start: { line: number } } | undefined }, fallback: number) => n.position?.start.line ?? fallback;

/** The rows of a table in the order shown: the header rows, the body rows, then the footer rows. */
function tableRows(table: Element): Element[] {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') body.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      const rows = child.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'tr');
      (child.tagName === 'thead' ? head : child.tagName === 'tfoot' ? foot : body).push(...rows);
    }
  }
  return [...head, ...body, ...foot];
}

/**
 * The records of one table: each row a record of its cells, a merged cell's text in its first place and blanks in
 * the places it spans (the grid of the HTML table model: a cell goes to the first place its row leaves free).
 */
function tableRecords(table: Element, fallback: number): HtmlRecord[] {
  const rows = tableRows(table);
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let c = 0;
    for (const cell of tr.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      while (grid[r]![c] !== undefined) c++;
      const cols = span(cell.properties.colSpan, MAX_SPAN.col);
      // rowspan="0" spans to the end of its section in the standard; taken as the rest of the table here.
      const rowsSpanned =
        cell.properties.rowSpan === 0 || cell.properties.rowSpan === '0' ? rows.length - r : span(cell.properties.rowSpan, MAX_SPAN.row);
      const text = textOf(cell);
      for (let dr = 0; dr < rowsSpanned && r + dr < rows.length; dr++)
        for (let dc = 0; dc < cols; dc++) grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? text : '';
      c += cols;
    }
  });
  return rows.map((tr, r) => ({ fields: Array.from(grid[r]!, (f) => f ?? ''), line: line(tr, fallback) }));
}

/**
 * The records of an HTML text: each table's rows (after its title: its caption as a 「#」 line, or the heading or
 * paragraph just before it as a line of one cell), text outside tables as lines of one cell, and an empty record
 * after each table and each piece of text that no table follows, so that each table is read on its own.
 */
export function htmlRecords(text: string): HtmlRecord[] {
  const tree = fromHtml(text);
  const out: HtmlRecord[] = [];
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
  const visit = (node: ElementContent | RootContent, parentLine: number): void => {
    if (node.type === 'text') return hold(node.value.replace(HTML_SPACE, ' ').trim(), line(node, parentLine));
    if (node.type !== 'element' || HIDDEN.has(node.tagName)) return;
    const at = line(node, parentLine);
    if (node.tagName === 'table') {
      const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
      const title = caption && textOf(caption);
      if (title) {
        flush();
        out.push({ fields: [`# ${title}`], line: line(caption, at) });
      } else if (pending) {
        out.push(pending);
        pending = undefined;
      }
      out.push(...tableRecords(node, at), { fields: [''], line: at });
      return;
    }
    const holdsBlocks = node.children.some(
      (c) => c.type === 'element' && (BLOCKS.has(c.tagName) || c.tagName === 'table' || c.tagName === 'br'),
    );
    // A block or an inline element holding no blocks, tables or line breaks: its text as one line; otherwise each child
    // on its own.
    if (!holdsBlocks && node.tagName !== 'html') return hold(textOf(node), at);
    for (const child of node.children) {
      if (child.type === 'element' && child.tagName === 'br') flush();
      else visit(child, at);
    }
  };
  for (const child of tree.children) visit(child, 1);
  flush();
  return out;
}

/** A field as TSV writes it: quoted where it holds a tab, a line end or a quote at its start. */
const tsvField = (f: string) => (/[\t\n\r]|^"/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);

/**
 * An HTML text's tables as TSV (the page's paste: the clipboard's HTML keeps merged cells that its plain text loses),
 * or undefined where it holds no table.
 */
export function htmlToText(html: string): string | undefined {
  if (!hasHtmlTable(html)) return undefined;
  const records = htmlRecords(html);
  const lines = records.map((r) => r.fields.map(tsvField).join('\t').replace(/\t+$/, ''));
  // One empty line between blocks, none at the start or the end.
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')}\n`;
}
