/**
 * Parses an MDX content file (YAML frontmatter + MDX body: a clause, a meeting, a term) once, for everyone:
 * the checker reads its references, the site renders its tree. Content is data: only the components below
 * are allowed, no imports, no expressions.
 */
import type { Heading, Nodes, Parent, Root, RootContent, Text, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { positionAt, type Diagnostic, type Position } from './diagnostic.ts';
import { leadingDate, leadingMonthDay } from './dates.ts';
import { lineJoint, NUMERAL, numeralValue } from './japanese.ts';
import { LIMITS } from './limits.ts';

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
  | MeetingMention
  /** A Markdown link (or link definition) to a page of this site, written from its root: /terms/utilization/. */
  | { kind: 'link'; url: string; pos: Position };

/**
 * 「第N回」 in a text, with the date the text gives it right after (第31回（2026年2月17日）), if any. `P` is where:
 * a position in a file, or (for YAML strings, located only when a rule reports one) an index in the string.
 */
export interface MeetingMention<P = Position> {
  kind: 'meeting-mention';
  number: number;
  text: string;
  pos: P;
  /** The date written in brackets after the mention: as a partial date, as written, and where. */
  date?: { date: string; text: string; pos: P };
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

/** What joins a date written before a mention to it: 2026年2月17日の第31回, …に開催された第31回, …開催の第31回. */
const DATE_THEN_MENTION = /^[ \t\u3000]*(?:に開催された|開催の|の)[ \t\u3000]*$/;

/** A date (with its year) that ends just before character `index` of `text`, joined to it by 「の」 or 「開催の」. */
function dateBefore(text: string, index: number): { date: string; start: number; end: number } | undefined {
  for (let start = Math.max(0, index - 30); start < index; start++) {
    const found = leadingDate(text.slice(start, index));
    if (found && found.date.length === 10 && DATE_THEN_MENTION.test(text.slice(start + found.length, index))) {
      return { date: found.date, start, end: start + found.length };
    }
  }
  return undefined;
}

/** Find 「第N回」 mentions in a text that starts at `pos` (with the date in brackets after one, when there is). */
export function meetingMentions<P = Position>(text: string, at: (index: number) => P): MeetingMention<P>[] {
  const out: MeetingMention<P>[] = [];
  for (const m of text.matchAll(MEETING_MENTION)) {
    const number = numeralValue(m[1]!);
    if (number === undefined || number === 0) continue;
    const mention: MeetingMention<P> = { kind: 'meeting-mention', number, text: m[0], pos: at(m.index) };
    const after = m.index + m[0].length;
    const lead = BEFORE_DATE.exec(text.slice(after));
    const rest = lead ? text.slice(after + lead[0].length) : '';
    const written = lead ? (leadingDate(rest) ?? leadingMonthDay(rest)) : undefined;
    if (lead && written) {
      const start = after + lead[0].length;
      mention.date = { date: written.date, text: text.slice(start, start + written.length), pos: at(start) };
    } else {
      // The date written before the mention: 令和8年2月17日の第31回, 2026年2月17日に開催された第31回.
      const before = dateBefore(text, m.index);
      if (before) mention.date = { date: before.date, text: text.slice(before.start, before.end), pos: at(before.start) };
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
  const unreadable = (d: Omit<Diagnostic, 'file' | 'severity'>): ParsedMdx => ({
    unreadable: true,
    body: { type: 'root', children: [] },
    refs: [],
    diagnostics: [{ file, severity: 'error', ...d }],
  });
  // A frontmatter left open would be read as Markdown, and its YAML as JSX and expressions: say what it is.
  if (/^---[ \t]*\r?\n/.test(text) && !/\n---[ \t]*(?:\r?\n|$)/.test(text)) {
    return unreadable({
      line: 1,
      column: 1,
      rule: 'syntax/yaml',
      message: 'YAML cannot be read: the frontmatter opened on line 1 is not closed; expected a line --- after it',
      hint: 'end the frontmatter with a line holding only ---, before the body',
    });
  }
  let body: Root;
  try {
    body = processor.parse(text) as Root;
  } catch (error) {
    return unreadable(mdxError(text, error));
  }
  const tooDeep = deeperThan(body, LIMITS.depth);
  if (tooDeep) {
    return unreadable({
      ...tooDeep,
      rule: 'file/limit',
      message: `the body is nested more than ${LIMITS.depth} levels deep here; expected quotes, lists, emphasis and components nested a few levels`,
      hint: 'flatten the nesting: a reader needs few levels, and the site renders each one',
    });
  }

  let frontmatter: ParsedMdx['frontmatter'];
  const first = body.children[0];
  if (first?.type === 'yaml') {
    frontmatter = { text: (first as Yaml).value, line: first.position?.start.line ?? 1 };
    body.children.shift();
  }
  joinSoftBreaks(body, text);

  const refs: Reference[] = [];
  const posOf = (node: { position?: { start: { line: number; column: number } } | undefined }): Position => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  eachNode(body, (node) => {
    switch (node.type) {
      case 'link':
      case 'definition': {
        const problem = urlProblem(node.url);
        if (problem) diagnostics.push({ file, ...posOf(node), severity: 'error', rule: 'link/url', ...problem });
        else if (node.url.startsWith('/')) refs.push({ kind: 'link', url: node.url, pos: posOf(node) });
        return;
      }
      case 'image':
      case 'imageReference':
        diagnostics.push({
          file,
          ...posOf(node),
          severity: 'error',
          rule: 'link/url',
          message: `the image 「${node.alt ?? ''}」 is not allowed in a body; expected text (a page of this site loads nothing from elsewhere)`,
          hint: 'describe what the image shows in words, or link to the page that has it: [title](https://…)',
        });
        return;
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        diagnostics.push({
          file,
          ...posOf(node),
          severity: 'error',
          rule: 'syntax/mdx',
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
              file,
              ...posOf(node),
              severity: 'error',
              rule: 'syntax/mdx',
              message: `Unexpected attribute expression on <${name}>; expected plain quoted values`,
              hint: `write <${name} ${a.type === 'mdxJsxAttribute' ? a.name : '…'}="value">`,
            });
          }
        }
        const allowed = (CONTENT_COMPONENTS as Record<string, readonly string[]>)[name];
        if (!allowed) {
          const html = /^[a-z]/.test(name) || name === '';
          diagnostics.push({
            file,
            ...posOf(node),
            severity: 'error',
            rule: 'syntax/mdx',
            message: html
              ? `<${name}> is raw HTML; expected Markdown and the content components ${Object.keys(CONTENT_COMPONENTS).join(', ')}`
              : `<${name}> is not a content component; expected one of ${Object.keys(CONTENT_COMPONENTS).join(', ')}`,
            hint: html
              ? 'write it in Markdown (**strong**, lists, > quotes, [text](https://…)); the site renders every body itself, and a body holds no HTML'
              : 'use Markdown for formatting and the content components for references',
          });
          return;
        }
        for (const key of Object.keys(attrs)) {
          if (!allowed.includes(key)) {
            diagnostics.push({
              file,
              ...posOf(node),
              severity: 'error',
              rule: 'syntax/mdx',
              message: `<${name}> has no attribute 「${key}」; expected ${allowed.join(', ')}`,
              hint: 'remove the attribute or check its spelling',
            });
          }
        }
        const need = (key: string): string => {
          const v = attrs[key];
          if (v === undefined && !(name === 'ClauseRef' && key === 'version')) {
            diagnostics.push({
              file,
              ...posOf(node),
              severity: 'error',
              rule: 'syntax/mdx',
              message: `<${name}> is missing its 「${key}」 attribute`,
              hint: `write <${name} ${key}="…">`,
            });
          }
          return v ?? '';
        };
        if (options.quote && (name === 'RuleValue' || !textOf(node.children).trim())) {
          diagnostics.push({
            file,
            ...posOf(node),
            severity: 'error',
            rule: 'syntax/mdx',
            message: `<${name}${name === 'RuleValue' ? '' : '/'}> would add words to the minutes; expected the minutes' own words, which <Term> and <ClauseRef> may only wrap`,
            hint:
              name === 'RuleValue'
                ? 'write the value as the minutes print it'
                : `wrap the words the minutes print: <${name} ${name === 'Term' ? 'id' : 'to'}="…">words</${name}>`,
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

/** Every node of a tree in document order (pre-order), without recursion: the loader's one walk over each body. */
function eachNode(root: Root, f: (node: Nodes) => void): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    f(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
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
        if (k < lines.length - 1)
          value += lineJoint(piece ? lastChar(piece) : lastChar(lines.slice(0, k).join('')) || before, lines[k + 1]!.charAt(0) || after);
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
      else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'mdxJsxFlowElement')
        walk(node.children as RootContent[]);
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

/**
 * A micromark/MDX error, placed where a person must fix it: an unclosed tag where it opens (the parser notices
 * at the end of the paragraph), an unclosed attribute value or expression at its quote or brace; an HTML
 * comment or an autolink said as what they are.
 */
function mdxError(text: string, error: unknown): Omit<Diagnostic, 'file' | 'severity'> {
  const e = error as {
    line?: number;
    column?: number;
    place?: { line?: number; column?: number; offset?: number; start?: { line: number; column: number; offset?: number } };
    reason?: string;
    message?: string;
  };
  const reason = e.reason ?? e.message ?? String(error);
  const offset = e.place?.offset ?? e.place?.start?.offset;
  let at: Position = {
    line: e.line ?? e.place?.line ?? e.place?.start?.line ?? 1,
    column: e.column ?? e.place?.column ?? e.place?.start?.column ?? 1,
  };
  const opened = /closing tag for `<[^`]*>` \((\d+):(\d+)-/.exec(reason);
  if (opened) at = { line: Number(opened[1]), column: Number(opened[2]) };
  else if (offset !== undefined && /in attribute value, expected a corresponding closing quote/.test(reason)) {
    const quote = Math.max(text.lastIndexOf('="', offset), text.lastIndexOf("='", offset));
    if (quote >= 0) at = positionAt(text, quote + 1);
  } else if (offset !== undefined && /expected a corresponding closing brace/.test(reason)) {
    const brace = text.lastIndexOf('{', offset);
    if (brace >= 0) at = positionAt(text, brace);
  }
  if (/to create a comment in MDX/.test(reason)) {
    return {
      ...at,
      rule: 'syntax/mdx',
      message: 'MDX cannot be read: an HTML comment <!-- … --> is not allowed in content; expected text',
      hint: 'remove the comment: a note for readers belongs in the text, one for authors in unknowns or inferred',
    };
  }
  if (/to create a link in MDX/.test(reason)) {
    return {
      ...at,
      rule: 'syntax/mdx',
      message: 'MDX cannot be read: <https://…> is not a link in MDX; expected [text](https://…)',
      hint: 'write the link as [text](https://…)',
    };
  }
  return {
    ...at,
    rule: 'syntax/mdx',
    message: `MDX cannot be read: ${reason.split('\n')[0]}`,
    hint: 'check that every <Component …> is closed and that "<" or "{" in prose is written as &lt; or &#123;',
  };
}

/** The first node nested deeper than `limit` (the root is level 0), found without recursion, or undefined. */
function deeperThan(root: Root, limit: number): Position | undefined {
  const stack: [{ children?: unknown[]; position?: { start: Position } | undefined }, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    for (const child of node.children ?? []) stack.push([child as never, depth + 1]);
  }
  return undefined;
}

/**
 * What is wrong with a link's address in a body, or undefined: a page on the web (https, http), an e-mail
 * address (mailto), or a page of this site written from its root (/guideline/…; whether it exists is the rule
 * link/page's question). The address is read as a browser reads it (WHATWG URL).
 */
export function urlProblem(url: string): { message: string; hint: string } | undefined {
  const shown = `「${url.length > 60 ? url.slice(0, 60) + '…' : url}」`;
  if (url.startsWith('/') && !url.startsWith('//')) return undefined;
  if (url.startsWith('#') || url === '') {
    return {
      message: `${shown} links within the page; expected a page of this site from its root or an https:// address (a body is shown on several pages)`,
      hint: 'write the page\'s path from the root, such as /guideline/r2026/#c-purpose, or use <ClauseRef to="…"/>',
    };
  }
  const parsed = URL.parse(url);
  if (!parsed || url.startsWith('//')) {
    return {
      message: `${shown} is not an address a body may link to; expected https://…, mailto:… or a page of this site from its root (/…)`,
      hint: 'write the full address (https://…), or the path of a page of this site from the root, such as /terms/utilization/',
    };
  }
  if (parsed.protocol === 'https:' || parsed.protocol === 'http:') {
    if (!parsed.hostname)
      return { message: `${shown} has no host; expected https://host/…`, hint: 'write the full address, such as https://www.pmda.go.jp/' };
    // user:pass@ before the host hides where a link goes (https://www.pmda.go.jp@example.org/ is example.org).
    return parsed.username || parsed.password || /^https?:\/\/[^/?#]*@/i.test(url)
      ? {
          message: `${shown} carries a user name or password before its host; expected the public page's address`,
          hint: 'remove the part before @ (user:pass@)',
        }
      : undefined;
  }
  if (parsed.protocol === 'mailto:') {
    return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(parsed.pathname))
      ? undefined
      : { message: `${shown} is not an e-mail address; expected mailto:name@example.jp`, hint: 'write mailto: and one address' };
  }
  return {
    message: `${shown} uses ${parsed.protocol}, which a page must not link to; expected https:, http: or mailto:`,
    hint: 'link only to web pages (https://…) or e-mail addresses (mailto:…)',
  };
}
