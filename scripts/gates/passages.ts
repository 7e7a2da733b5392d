/**
 * Turns content into prose for textlint: each body (clause, meeting item, term definition) and each prose field
 * of the documents' YAML becomes a Markdown document in which every character remembers its file, line and
 * column, so findings point at the source. Nothing is parsed again: bodies are the words the site shows, from
 * the walk that makes their plain text (src/model/clause-text.ts, components as component-text.ts shows them),
 * and YAML texts are the loader's validated strings at the positions the loader recorded.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { DocumentKind } from '../../schemas/index.ts';
import { sectionVersion } from '../../src/model/bodies.ts';
import { bodyLines, type TextLine } from '../../src/model/clause-text.ts';
import type { Position } from '../../src/model/diagnostic.ts';
import { allDocs, type ClauseDoc, type Doc, type MeetingDoc, type Model, type TermDoc } from '../../src/model/model.ts';
import { sourceIndex, type PathKey } from '../../src/model/parse-document.ts';

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
export const PROSE_FIELDS = new Set([
  'label',
  'title',
  'summary',
  'note',
  'heading',
  'text',
  'change',
  'unknowns',
  'inferred',
  'attendeeNotes',
  'venue',
]);
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

/** How each kind of line is handed to textlint: headings and table rows carry no sentence style. */
const BLOCK: Record<TextLine['kind'], 'heading' | 'paragraph' | 'list'> = {
  paragraph: 'paragraph',
  heading: 'heading',
  'list-item': 'list',
  'table-row': 'heading',
};

/** Append a body's lines as the site shows them, each character at its place in the file. */
function addBody(b: Builder, model: Model, body: Root, version: string, quote: boolean): void {
  for (const line of bodyLines(model, body, version, { quote })) {
    b.block(BLOCK[line.kind], () => {
      for (const p of line.pieces) {
        const at = p.at;
        if (!at) b.mark(p.text);
        else b.add(p.text, p.verbatim ? (i) => ({ line: at.line, column: at.column + i }) : () => at);
      }
    });
  }
}

/** Prose documents of one clause: its heading and its body, in the voice of its provenance. */
export function clauseDocuments(model: Model, clause: ClauseDoc, source = readFileSync(clause.file, 'utf8')): ProseDocument[] {
  const voice: Voice = clause.data.provenance === 'official' ? 'as-printed' : 'ours';
  const b = new Builder();
  const heading = stringsOf(clause, source).find((s) => s.path.length === 1 && s.path[0] === 'heading');
  if (heading) b.block('heading', () => b.add(heading.value, heading.position));
  addBody(b, model, clause.body, clause.version, false);
  return [{ file: clause.file, voice, text: b.text, map: b.map }];
}

/** Prose documents of a meeting's or a term's body: each section's text (its heading is an id, not prose). */
export function sectionedDocuments(model: Model, kind: 'meeting' | 'term', doc: MeetingDoc | TermDoc): ProseDocument[] {
  const b = new Builder();
  for (const section of doc.sections) addBody(b, model, section.body, sectionVersion(model, doc, section) ?? '', kind === 'meeting');
  // Minutes are the minutes' words (as printed); a term's explanation is ours.
  return b.text ? [{ file: doc.file, voice: kind === 'meeting' ? 'as-printed' : 'ours', text: b.text, map: b.map }] : [];
}

/** A text of a document's YAML, as the loader validated it, and where each of its characters is in the file. */
interface YamlString {
  path: PathKey[];
  value: string;
  position: (index: number) => Position;
}

/**
 * The texts of a document's YAML (an MDX file's frontmatter) from the loader's data, located where the loader
 * found them; texts the file does not hold (defaults, the texts a meeting or a term reads from its body) are
 * left out.
 */
function stringsOf(doc: Doc<unknown>, source: string): YamlString[] {
  const starts = lineStarts(source);
  const out: YamlString[] = [];
  const walk = (value: unknown, path: PathKey[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    else if (typeof value === 'string') {
      const start = doc.locateValue(path);
      if (!start) return;
      const offset = (starts[start.line - 1] ?? 0) + start.column - 1;
      // The scalar's source: quotes, block indicators, indentation and wrapped lines make it longer than the value.
      const text = source.slice(offset, offset + 2 * value.length + 64);
      out.push({ path, value, position: (i) => positionAt(starts, offset + sourceIndex(text, value, i)) });
    }
  };
  walk(doc.data, []);
  return out;
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

/** Prose documents of one document's YAML texts (one per voice); a clause's heading goes with its body. */
export function yamlDocuments(kind: DocumentKind, doc: Doc<unknown>, source = readFileSync(doc.file, 'utf8')): ProseDocument[] {
  const builders: Record<Voice, Builder> = { ours: new Builder(), 'as-printed': new Builder() };
  for (const s of stringsOf(doc, source)) {
    const key = lastKey(s.path);
    if (!PROSE_FIELDS.has(key) || !/[\u3040-\u30ff\u3400-\u9fff]/.test(s.value)) continue;
    if (kind === 'clause' && key === 'heading') continue;
    const builder = builders[yamlVoice(kind, s.path)];
    const paragraphs = s.value.split(/\n\s*\n/);
    let offset = 0;
    for (const para of paragraphs) {
      const from = s.value.indexOf(para, offset);
      builder.block(HEADING_FIELDS.has(key) ? 'heading' : LIST_FIELDS.has(key) ? 'list' : 'paragraph', () =>
        builder.add(para, (i) => s.position(from + i)),
      );
      offset = from + para.length;
    }
  }
  return (Object.entries(builders) as [Voice, Builder][])
    .filter(([, b]) => b.text)
    .map(([voice, b]) => ({ file: doc.file, voice, text: b.text, map: b.map }));
}

/** Every prose document of the model's content, in file order. */
export function proseDocuments(model: Model): ProseDocument[] {
  const docs: ProseDocument[] = [];
  for (const { kind, doc } of allDocs(model)) {
    const source = readFileSync(doc.file, 'utf8');
    if (kind === 'clause') docs.push(...clauseDocuments(model, doc as ClauseDoc, source));
    if (kind === 'meeting' || kind === 'term') docs.push(...sectionedDocuments(model, kind, doc as MeetingDoc | TermDoc));
    docs.push(...yamlDocuments(kind, doc, source));
  }
  return docs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
