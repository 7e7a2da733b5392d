/**
 * A body (a clause's, a meeting item's, a term definition's) as the plain text a reader sees, with Term,
 * ClauseRef and RuleValue resolved for the version it is read in. The walk gives each line as pieces that
 * remember where they come from, so that the prose lint checks exactly these words at their place in the file.
 */
import type { Root } from 'mdast';
import { clauseRefLabel, jsxAttr as attr, otherVersionNote, ruleValueAt, termLabel } from './component-text.ts';
import type { Position } from './diagnostic.ts';
import type { Model, ClauseDoc } from './model.ts';

/** The parts of an mdast / MDX node this walk reads (text, children, component name and attributes). */
interface Node {
  type: string;
  value?: unknown;
  ordered?: boolean | null;
  children?: Node[];
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } } | undefined;
}

/** A piece of a line: characters of the file, or words the walk shows for a component or adds itself. */
export interface TextPiece {
  text: string;
  /** Where it is in the file; absent for what the walk adds (a hard line break, a table's 「｜」). */
  at?: Position;
  /** The file's own characters on one line: character i is at `at.column + i`. Otherwise all of it stands at `at`. */
  verbatim: boolean;
}

/** One line of a body's plain text: a paragraph, a heading, a list item (after its marker) or a table row. */
export interface TextLine {
  kind: 'paragraph' | 'heading' | 'list-item' | 'table-row';
  /** 「・」 or 「1. 」 before a list item (nested: both markers); "" otherwise. */
  marker: string;
  pieces: TextPiece[];
}

export interface TextOptions {
  /** A meeting's minutes: components add no words of their own (no 「（版）」 after a reference into another version). */
  quote?: boolean;
  /** Show `<RuleValue>` as 〔rule.param〕 instead of its value (default: the value). */
  values?: boolean;
}

/**
 * The body of a clause as plain text: one line per paragraph or list item (list items start with 「・」 or
 * their number), components replaced by what they show. Diffs, search records and the JSON export use it.
 */
export function clauseText(model: Model, clause: ClauseDoc): string {
  return bodyText(model, clause.body, clause.version);
}

/** Any body as plain text, as of `version`: one line per paragraph or list item. */
export function bodyText(model: Model, body: Root, version: string, options: TextOptions = {}): string {
  return bodyLines(model, body, version, options)
    .map((l) => l.marker + lineText(l))
    .join('\n');
}

/**
 * The body's words with each `<RuleValue>` shown as 〔rule.param〕 instead of its value. Two versions of a clause
 * with the same wording and another text differ only in the values their rules give (基準値).
 */
export function clauseWording(model: Model, clause: ClauseDoc): string {
  return bodyText(model, clause.body, clause.version, { values: false });
}

/** The lines of a body's plain text, each as pieces that know their place in the file. */
export function bodyLines(model: Model, body: Root, version: string, options: TextOptions = {}): TextLine[] {
  return lines({ model, version, values: options.values ?? true, quote: options.quote ?? false }, body.children as Node[]);
}

/** The words of a line, without its marker. */
export function lineText(line: TextLine): string {
  return line.pieces.map((p) => p.text).join('');
}

/** What the walk resolves components against: the model, the version read, whether rule values are shown. */
interface Context {
  model: Model;
  version: string;
  values: boolean;
  quote: boolean;
}

function lines(ctx: Context, nodes: readonly Node[]): TextLine[] {
  const out: TextLine[] = [];
  for (const node of nodes) {
    if (node.type === 'list') {
      (node.children ?? []).forEach((item, i) => {
        const marker = node.ordered ? `${i + 1}. ` : '・';
        const [first, ...rest] = lines(ctx, item.children ?? []);
        out.push({ kind: 'list-item', marker: marker + (first?.marker ?? ''), pieces: first?.pieces ?? [] });
        out.push(...rest.map((l) => ({ ...l, kind: 'list-item' as const })));
      });
    } else if (node.type === 'blockquote' || node.type === 'root') {
      out.push(...lines(ctx, node.children ?? []));
    } else if (node.type === 'table') {
      for (const row of node.children ?? []) {
        const pieces = (row.children ?? []).flatMap((cell, i) => [
          ...(i ? [{ text: ' ｜ ', verbatim: false }] : []),
          ...inline(ctx, cell.children ?? []),
        ]);
        out.push({ kind: 'table-row', marker: '', pieces });
      }
    } else if (node.type !== 'thematicBreak') {
      const pieces = trim(inline(ctx, [node]));
      if (pieces.length) out.push({ kind: node.type === 'heading' ? 'heading' : 'paragraph', marker: '', pieces });
    }
  }
  return out;
}

function inline(ctx: Context, nodes: readonly Node[]): TextPiece[] {
  const out: TextPiece[] = [];
  for (const node of nodes) {
    if (node.type === 'break') out.push({ text: '\n', verbatim: false });
    else if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') out.push(...component(ctx, node));
    else if (typeof node.value === 'string' && node.type !== 'yaml' && node.type !== 'html') {
      // Text nodes hold one line each (the loader cuts them at wrapped lines: mdx.ts).
      if (node.value) out.push({ text: node.value, ...at(node), verbatim: !node.value.includes('\n') });
    } else if (node.children) out.push(...inline(ctx, node.children));
  }
  return out;
}

const at = (node: Node): { at?: Position } =>
  node.position ? { at: { line: node.position.start.line, column: node.position.start.column } } : {};

/** What a content component shows: the words the rendered body shows (component-text.ts), without the links. */
function component(ctx: Context, node: Node): TextPiece[] {
  const { model, version } = ctx;
  const own = inline(ctx, node.children ?? []);
  const children = own.some((p) => p.text.trim()) ? own : [];
  const shown = (text: string): TextPiece[] => (text ? [{ text, ...at(node), verbatim: false }] : []);
  switch (node.name) {
    case 'Term':
      return children.length ? children : shown(termLabel(model, attr(node, 'id') ?? ''));
    case 'ClauseRef': {
      const to = attr(node, 'to') ?? '';
      const target = attr(node, 'version') ?? version;
      const label = clauseRefLabel(model, to, target);
      if (label === undefined) return children.length ? children : shown(to);
      return [...(children.length ? children : shown(label)), ...shown(ctx.quote ? '' : otherVersionNote(model, target, version))];
    }
    case 'RuleValue': {
      const rule = attr(node, 'rule') ?? '';
      const param = attr(node, 'param') ?? '';
      if (!ctx.values) return shown(`〔${rule}.${param}〕`);
      return shown(ruleValueAt(model, rule, param, version)?.shown ?? `${rule}.${param}`);
    }
    default:
      return own;
  }
}

/** Leave out white space at both ends of a line, as `String.trim` would. */
function trim(pieces: TextPiece[]): TextPiece[] {
  const out = [...pieces];
  while (out.length) {
    const p = out[0]!;
    const text = p.text.trimStart();
    if (text) {
      const cut = p.text.length - text.length;
      out[0] = { ...p, text, ...(p.at && p.verbatim ? { at: { line: p.at.line, column: p.at.column + cut } } : {}) };
      break;
    }
    out.shift();
  }
  while (out.length) {
    const p = out[out.length - 1]!;
    const text = p.text.trimEnd();
    if (text) {
      out[out.length - 1] = { ...p, text };
      break;
    }
    out.pop();
  }
  return out;
}
