/**
 * Turns content into prose for textlint: each clause body and each prose field of the YAML documents becomes a
 * Markdown document in which every character remembers its file, line and column, so findings point at the
 * source. MDX bodies come from the model's own parse (src/model/mdx.ts); components become the text a reader
 * sees (<Term/> its 表記, <RuleValue/> its value, <ClauseRef/> the clause heading).
 */
import { readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import { DOCUMENT_KINDS, type DocumentKind } from '../../schemas/index.ts';
import type { Position } from '../../src/model/diagnostic.ts';
import { sectionVersion } from '../../src/model/bodies.ts';
import type { ClauseDoc, MeetingDoc, Model, TermDoc } from '../../src/model/model.ts';
import { parseContentYaml, type PathKey } from '../../src/model/parse-document.ts';
import { valueAt } from '../../src/model/versions.ts';

/**
 * Whose words a text is, which decides the rules that apply:
 * - `ours`: written for this site (summaries, notes, unknowns): every rule.
 * - `as-printed`: copied from a source as it is printed (minutes, names, affiliations, official wording): only
 *   rules that catch damage (NFD, control or zero-width characters), never rules that would ask to reword it.
 */
export type Voice = 'ours' | 'as-printed';

export interface ProseDocument {
  file: string;
  voice: Voice;
  /** Markdown text handed to textlint. */
  text: string;
  /** Source position of each character of `text` (same length). */
  map: Position[];
}

/** YAML fields that hold prose (the last key of the path; list items count under their list's key). */
export const PROSE_FIELDS = new Set(['label', 'title', 'summary', 'note', 'heading', 'text', 'change', 'unknowns', 'inferred', 'attendeeNotes', 'venue']);
/** Prose fields shown as headings: they carry no 。 and no sentence style. */
const HEADING_FIELDS = new Set(['label', 'title', 'heading', 'venue']);
/** Prose fields shown as list items or annotations: a noun phrase (体言止め) is fine there. */
const LIST_FIELDS = new Set(['unknowns', 'inferred', 'attendeeNotes', 'note']);

/** Which YAML prose fields are printed sources, by document kind (everything else is `ours`). */
function yamlVoice(kind: DocumentKind, path: readonly PathKey[]): Voice {
  const key = lastKey(path);
  if (kind === 'member') return 'as-printed';
  // Meeting records transcribe the minutes (names, items, summaries as the minutes say them); only what we add
  // about the record (`unknowns`) is ours.
  if (kind === 'meeting') return key === 'unknowns' ? 'ours' : 'as-printed';
  return 'ours';
}

function lastKey(path: readonly PathKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

/** Builds one Markdown document with a position for every character. */
export class Builder {
  text = '';
  map: Position[] = [];
  private last: Position = { line: 1, column: 1 };

  /**
   * Append `s`, where character i came from `at(i)`. Line breaks inside are dropped: Japanese lines join.
   * A URL directly followed by Japanese text gets a space after it, or Markdown's autolinks would swallow the
   * text up to the next space (「（https://…）。」 would lose its closing bracket to the link).
   */
  add(s: string, at: (i: number) => Position): void {
    const urlEnds = new Set<number>();
    for (const m of s.matchAll(/(?:https?:\/\/|www\.)[\x21-\x7e]+/g)) urlEnds.add(m.index + m[0].length);
    for (let i = 0; i < s.length; i++) {
      if (urlEnds.has(i)) this.mark(' ');
      if (s[i] === '\n' || s[i] === '\r') continue;
      const p = at(i);
      this.text += s[i];
      this.map.push(p);
      this.last = p;
    }
  }

  /** Append markup that has no source (heading marks, paragraph breaks); it maps to the last real position. */
  mark(s: string): void {
    for (const ch of s) {
      this.text += ch;
      this.map.push(this.last);
    }
  }

  /** A Markdown block: a heading, a paragraph or a list item. Nothing is kept when `fill` adds no text. */
  block(kind: 'heading' | 'paragraph' | 'list', fill: () => void): void {
    const before = this.text.length;
    if (this.text) this.mark('\n\n');
    this.mark(kind === 'heading' ? '# ' : kind === 'list' ? '- ' : '');
    const marked = this.text.length;
    fill();
    if (this.text.length === marked) {
      this.text = this.text.slice(0, before);
      this.map.length = before;
    }
  }
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Prose documents of one clause: its heading and its body. */
export function clauseDocuments(model: Model, clause: ClauseDoc, source = readFileSync(clause.file, 'utf8')): ProseDocument[] {
  const starts = lineStarts(source);
  const voice: Voice = clause.data.provenance === 'official' ? 'as-printed' : 'ours';
  const b = new Builder();
  const headingAt = clause.locate(['heading']);
  const headingOffset = source.indexOf(clause.data.heading, starts[headingAt.line - 1] ?? 0);
  b.block('heading', () => b.add(clause.data.heading, (i) => headingOffset >= 0 ? positionAt(starts, headingOffset + i) : headingAt));
  addBody(b, model, clause.body, clause.version, source, starts);
  return [{ file: clause.file, voice, text: b.text, map: b.map }];
}

/** Prose documents of a meeting's or a term's body: each section's text (its heading is an id, not prose). */
export function sectionedDocuments(model: Model, kind: 'meeting' | 'term', doc: MeetingDoc | TermDoc, source = readFileSync(doc.file, 'utf8')): ProseDocument[] {
  const starts = lineStarts(source);
  const b = new Builder();
  for (const section of doc.sections) addBody(b, model, section.body, sectionVersion(model, doc, section) ?? '', source, starts);
  // Minutes are the minutes' words (as printed); a term's explanation is ours.
  return b.text ? [{ file: doc.file, voice: kind === 'meeting' ? 'as-printed' : 'ours', text: b.text, map: b.map }] : [];
}

function addBody(b: Builder, model: Model, body: Root, version: string, source: string, starts: readonly number[]): void {

  const inline = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      const start = node.position?.start.offset ?? 0;
      const startPos = positionAt(starts, start);
      switch (node.type) {
        case 'text':
        case 'inlineCode': {
          // Locate each line of the value in the source (list indentation and escapes shift raw offsets).
          let cursor = start;
          const end = node.position?.end.offset ?? source.length;
          for (const line of node.value.split('\n')) {
            const found = source.indexOf(line, cursor);
            const base = found >= 0 && found <= end ? found : cursor;
            b.add(line, (i) => positionAt(starts, Math.min(base + i, Math.max(end - 1, start))));
            cursor = base + line.length;
          }
          break;
        }
        case 'mdxJsxTextElement':
        case 'mdxJsxFlowElement': {
          const attr = (name: string) => {
            for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
            return undefined;
          };
          if (node.children.length) inline(node.children as RootContent[]);
          else b.add(shownText(model, version, node.name ?? '', attr), () => startPos);
          break;
        }
        default:
          if ('children' in node) inline(node.children as RootContent[]);
      }
    }
  };
  const blocks = (nodes: readonly RootContent[], inList: boolean): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          b.block('heading', () => inline(node.children));
          break;
        case 'paragraph':
          b.block(inList ? 'list' : 'paragraph', () => inline(node.children));
          break;
        case 'mdxJsxFlowElement':
          b.block(inList ? 'list' : 'paragraph', () => inline([node]));
          break;
        case 'tableCell':
          b.block('heading', () => inline(node.children));
          break;
        case 'code':
        case 'html':
        case 'yaml':
          break;
        case 'list':
          blocks(node.children, true);
          break;
        default:
          if ('children' in node) blocks(node.children as RootContent[], inList);
      }
    }
  };
  blocks(body.children, false);
}

/** What a reader sees for a self-closing component. */
function shownText(model: Model, version: string, name: string, attr: (name: string) => string | undefined): string {
  if (name === 'Term') return model.terms.get(attr('id') ?? '')?.data.label ?? '用語';
  if (name === 'ClauseRef') {
    const target = model.clauses.get(attr('version') ?? version)?.get(attr('to') ?? '');
    return target ? `「${target.data.heading}」` : '「参照先」';
  }
  if (name === 'RuleValue') {
    const v = valueAt(model, attr('rule') ?? '', attr('param') ?? '', version)?.value;
    return v === null || v === undefined ? '不明' : String(v);
  }
  return '';
}

/** Prose documents of one YAML file (one per voice), or of a clause's frontmatter prose besides its heading. */
export function yamlDocuments(kind: DocumentKind, file: string, source: string, lineOffset = 0): ProseDocument[] {
  const parsed = parseContentYaml(DOCUMENT_KINDS[kind].schema, file, source, lineOffset);
  if (!parsed.yaml) return [];
  const builders: Record<Voice, Builder> = { ours: new Builder(), 'as-printed': new Builder() };
  for (const s of parsed.yaml.strings()) {
    const key = lastKey(s.path);
    if (!PROSE_FIELDS.has(key) || !/[\u3040-\u30ff\u3400-\u9fff]/.test(s.value)) continue;
    if (kind === 'clause' && key === 'heading') continue;
    const builder = builders[yamlVoice(kind, s.path)];
    const paragraphs = s.value.split(/\n\s*\n/);
    let offset = 0;
    for (const para of paragraphs) {
      const from = s.value.indexOf(para, offset);
      builder.block(HEADING_FIELDS.has(key) ? 'heading' : LIST_FIELDS.has(key) ? 'list' : 'paragraph', () => builder.add(para, (i) => s.position(from + i)));
      offset = from + para.length;
    }
  }
  return (Object.entries(builders) as [Voice, Builder][])
    .filter(([, b]) => b.text)
    .map(([voice, b]) => ({ file, voice, text: b.text, map: b.map }));
}

/** Every prose document of the model's content, in file order. */
export function proseDocuments(model: Model): ProseDocument[] {
  const docs: ProseDocument[] = [];
  const yamlKinds: [DocumentKind, Iterable<{ file: string }>][] = [
    ['version', model.versions.values()], ['member', model.members.values()],
    ['amendment', model.amendments.values()], ['rule', model.rules.values()],
  ];
  for (const [kind, list] of yamlKinds) for (const doc of list) docs.push(...yamlDocuments(kind, doc.file, readFileSync(doc.file, 'utf8')));
  for (const [kind, list] of [['meeting', model.meetings.values()], ['term', model.terms.values()]] as const) {
    for (const doc of list) {
      const source = readFileSync(doc.file, 'utf8');
      docs.push(...sectionedDocuments(model, kind, doc, source));
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
      if (fm) docs.push(...yamlDocuments(kind, doc.file, fm[1]!, 1));
    }
  }
  for (const clauses of model.clauses.values()) {
    for (const clause of clauses.values()) {
      const source = readFileSync(clause.file, 'utf8');
      docs.push(...clauseDocuments(model, clause, source));
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
      if (fm) docs.push(...yamlDocuments('clause', clause.file, fm[1]!, 1));
    }
  }
  return docs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
