/**
 * Parses an MDX content file (YAML frontmatter + MDX body: a clause, a meeting, a term) once, for everyone:
 * the checker reads its references, the site renders its tree. Content is data: only the components below
 * are allowed, no imports, no expressions.
 */
import type { Heading, Parent, Root, RootContent, Text, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Diagnostic, Position } from './diagnostic.ts';
import { leadingDate } from './dates.ts';
import { lineJoint, NUMERAL, numeralValue } from './japanese.ts';

/** The components a content author may use, and their attributes. */
const CONTENT_COMPONENTS = {
  /** `<Term id="utilization">利活用</Term>` or `<Term id="utilization"/>`: a use of a defined term. */
  Term: ['id'],
  /** `<ClauseRef to="publication.small-counts"/>` (optionally `version="r2021-02"`): a cross-reference. */
  ClauseRef: ['to', 'version'],
  /** `<RuleValue rule="small-counts" param="threshold"/>`: a rule parameter's value for this version. */
  RuleValue: ['rule', 'param'],
} as const;

export type Reference =
  | { kind: 'term'; id: string; text: string; pos: Position }
  | { kind: 'clause'; id: string; version?: string; pos: Position }
  | { kind: 'rule-value'; rule: string; param: string; pos: Position }
  | MeetingMention;

/** 「第N回」 in a text, with the date the text gives it right after (第31回（2026年2月17日）), if any. */
export interface MeetingMention {
  kind: 'meeting-mention';
  number: number;
  text: string;
  pos: Position;
  /** The date written in brackets after the mention: as a partial date, as written, and where. */
  date?: { date: string; text: string; pos: Position };
}

export interface ParsedMdx {
  /** Set when the file is not MDX at all (its one diagnostic says why); nothing else was read. */
  unreadable?: true;
  frontmatter?: { text: string; line: number };
  body: Root;
  refs: Reference[];
  diagnostics: Diagnostic[];
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** 「第31回」「第 31 回」「第３１回」「第三十一回」 — a mention of a meeting by number. */
export const MEETING_MENTION = new RegExp(`第\\s*(${NUMERAL})\\s*回`, 'g');

/**
 * What may stand between a mention and the date in brackets after it: nothing, or the meeting's name
 * (第31回（2026年2月17日）, 第31回 MID-NETの利活用に関する有識者会議（2026年2月17日開催）).
 */
const BEFORE_DATE = /^(?:[^\n（()）。、「」『』]{0,40}?会議)?[ \t\u3000]*[（(][ \t\u3000]*/;

/** Find 「第N回」 mentions in a text that starts at `pos` (with the date in brackets after one, when there is). */
export function meetingMentions(text: string, at: (index: number) => Position): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const m of text.matchAll(MEETING_MENTION)) {
    const number = numeralValue(m[1]!);
    if (number === undefined || number === 0) continue;
    const mention: MeetingMention = { kind: 'meeting-mention', number, text: m[0], pos: at(m.index) };
    const after = m.index + m[0].length;
    const lead = BEFORE_DATE.exec(text.slice(after));
    const written = lead ? leadingDate(text.slice(after + lead[0].length)) : undefined;
    if (lead && written) {
      const start = after + lead[0].length;
      mention.date = { date: written.date, text: text.slice(start, start + written.length), pos: at(start) };
    }
    out.push(mention);
  }
  return out;
}

export interface MdxOptions {
  /**
   * The body transcribes a source's words (a meeting's minutes): components may mark words but add none —
   * no `<RuleValue>`, no self-closing `<Term/>` or `<ClauseRef/>` (they would show words the source has not).
   */
  quote?: boolean;
}

export function parseMdx(file: string, text: string, options: MdxOptions = {}): ParsedMdx {
  const diagnostics: Diagnostic[] = [];
  let body: Root;
  try {
    body = processor.parse(text) as Root;
  } catch (error) {
    const e = error as { line?: number; column?: number; place?: { line?: number; column?: number }; reason?: string; message: string };
    diagnostics.push({
      file, line: e.line ?? e.place?.line ?? 1, column: e.column ?? e.place?.column ?? 1, severity: 'error', rule: 'syntax/mdx',
      message: `MDX cannot be read: ${e.reason ?? e.message}`,
      hint: 'check that every <Component …> is closed and that "<" or "{" in prose is written as &lt; or &#123;',
    });
    return { unreadable: true, body: { type: 'root', children: [] }, refs: [], diagnostics };
  }

  let frontmatter: ParsedMdx['frontmatter'];
  const first = body.children[0];
  if (first?.type === 'yaml') {
    frontmatter = { text: (first as Yaml).value, line: (first.position?.start.line ?? 1) };
    body.children.shift();
  }
  joinSoftBreaks(body, text);

  const refs: Reference[] = [];
  const posOf = (node: { position?: { start: { line: number; column: number } } | undefined }): Position => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  visit(body, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        diagnostics.push({
          file, ...posOf(node), severity: 'error', rule: 'syntax/mdx',
          message: 'Unexpected JavaScript in content; expected text and the components Term, ClauseRef, RuleValue',
          hint: 'content is data: remove the import/export or {expression}; write a literal "{" as &#123;',
        });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const attrs: Record<string, string> = {};
        for (const a of node.attributes) {
          if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') attrs[a.name] = a.value;
          else {
            diagnostics.push({
              file, ...posOf(node), severity: 'error', rule: 'syntax/mdx',
              message: `Unexpected attribute expression on <${name}>; expected plain quoted values`,
              hint: `write <${name} ${a.type === 'mdxJsxAttribute' ? a.name : '…'}="value">`,
            });
          }
        }
        const allowed = (CONTENT_COMPONENTS as Record<string, readonly string[]>)[name];
        if (!allowed) {
          diagnostics.push({
            file, ...posOf(node), severity: 'error', rule: 'syntax/mdx',
            message: `<${name}> is not a content component; expected one of ${Object.keys(CONTENT_COMPONENTS).join(', ')}`,
            hint: 'use Markdown for formatting and the content components for references',
          });
          return;
        }
        for (const key of Object.keys(attrs)) {
          if (!allowed.includes(key)) {
            diagnostics.push({
              file, ...posOf(node), severity: 'error', rule: 'syntax/mdx',
              message: `<${name}> has no attribute 「${key}」; expected ${allowed.join(', ')}`,
              hint: 'remove the attribute or check its spelling',
            });
          }
        }
        const need = (key: string): string => {
          const v = attrs[key];
          if (v === undefined && !(name === 'ClauseRef' && key === 'version')) {
            diagnostics.push({
              file, ...posOf(node), severity: 'error', rule: 'syntax/mdx',
              message: `<${name}> is missing its 「${key}」 attribute`,
              hint: `write <${name} ${key}="…">`,
            });
          }
          return v ?? '';
        };
        if (options.quote && (name === 'RuleValue' || !textOf(node.children).trim())) {
          diagnostics.push({
            file, ...posOf(node), severity: 'error', rule: 'syntax/mdx',
            message: `<${name}${name === 'RuleValue' ? '' : '/'}> would add words to the minutes; expected the minutes' own words, which <Term> and <ClauseRef> may only wrap`,
            hint: name === 'RuleValue' ? 'write the value as the minutes print it' : `wrap the words the minutes print: <${name} ${name === 'Term' ? 'id' : 'to'}="…">words</${name}>`,
          });
        }
        if (name === 'Term') {
          refs.push({ kind: 'term', id: need('id'), text: textOf(node.children), pos: posOf(node) });
        } else if (name === 'ClauseRef') {
          const version = attrs['version'];
          refs.push({ kind: 'clause', id: need('to'), ...(version ? { version } : {}), pos: posOf(node) });
        } else {
          refs.push({ kind: 'rule-value', rule: need('rule'), param: need('param'), pos: posOf(node) });
        }
        return;
      }
      case 'text':
        refs.push(...meetingMentions(node.value, textPosition(node)));
        return;
      default:
        return;
    }
  });
  return { ...(frontmatter ? { frontmatter } : {}), body, refs, diagnostics };
}

/**
 * A soft line break (a line wrapped inside a paragraph) is no character of the text: it joins the lines with
 * nothing between Japanese characters and with a space otherwise (japanese.ts). Every text node is cut at
 * its line breaks, so that each piece keeps the line and column it has in the file; the page, the plain
 * text and the prose lint then read the same words.
 */
function joinSoftBreaks(tree: Root, source: string): void {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  /** The column where the text of a continuation line starts (after the indentation Markdown strips). */
  const firstColumn = (line: number) => {
    const start = lineStarts[line - 1] ?? 0;
    let i = start;
    while (source[i] === ' ' || source[i] === '\t') i++;
    return i - start + 1;
  };
  const visitParent = (parent: Parent) => {
    const children = parent.children as RootContent[];
    const out: RootContent[] = [];
    children.forEach((node, index) => {
      if (node.type !== 'text' || !node.value.includes('\n')) {
        if ('children' in node) visitParent(node as Parent);
        out.push(node);
        return;
      }
      const before = index > 0 ? lastChar(textOf([children[index - 1]!])) : '';
      const after = index + 1 < children.length ? textOf([children[index + 1]!]).charAt(0) : '';
      const lines = node.value.split('\n');
      const start = node.position?.start;
      lines.forEach((piece, k) => {
        let value = piece;
        if (k < lines.length - 1) value += lineJoint(piece ? lastChar(piece) : lastChar(lines.slice(0, k).join('')) || before, lines[k + 1]!.charAt(0) || after);
        if (!value) return;
        const line = (start?.line ?? 1) + k;
        const column = k === 0 ? (start?.column ?? 1) : firstColumn(line);
        const offset = (lineStarts[line - 1] ?? 0) + column - 1;
        const position = { start: { line, column, offset }, end: { line, column: column + piece.length, offset: offset + piece.length } };
        out.push({ type: 'text', value, ...(start ? { position } : {}) } as Text);
      });
    });
    parent.children = out as typeof parent.children;
  };
  visitParent(tree);
}

const lastChar = (s: string) => (s ? [...s].pop()! : '');

/**
 * The position of a character of a text node, by its index in `node.value`. Exact for prose; a text that
 * Markdown unescaped (`&lt;`) shifts the columns after the escape on that line.
 */
export function textPosition(node: Text): (index: number) => Position {
  const line = node.position?.start.line ?? 1;
  const column = node.position?.start.column ?? 1;
  const lineStarts = [0];
  for (let i = 0; i < node.value.length; i++) if (node.value[i] === '\n') lineStarts.push(i + 1);
  return (index) => {
    let l = 0;
    while (l + 1 < lineStarts.length && lineStarts[l + 1]! <= index) l++;
    return { line: line + l, column: l === 0 ? column + index : index - lineStarts[l]! + 1 };
  };
}

/** The text nodes of a tree, in document order (a plain loop: the rules call it on every body). */
export function textNodes(tree: Root): Text[] {
  const out: Text[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') out.push(node);
      else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return out;
}

/** The headings of a body: only block containers are walked (a heading never sits inside a paragraph). */
export function headingsOf(tree: Root): Heading[] {
  const out: Heading[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') out.push(node);
      else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'mdxJsxFlowElement') walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return out;
}

/** Whether a text shows nothing: only whitespace, including U+3000 and the zero-width spaces `trim()` leaves. */
export function isBlank(text: string): boolean {
  return /^[\s\u200b-\u200d\u2060\ufeff]*$/u.test(text);
}

/** Plain text of inline children (what a reader sees). */
export function textOf(children: readonly RootContent[] | readonly { type: string }[]): string {
  let s = '';
  for (const c of children as RootContent[]) {
    if ('value' in c && typeof c.value === 'string' && c.type !== 'yaml') s += c.value;
    else if ('children' in c) s += textOf(c.children as RootContent[]);
  }
  return s;
}
