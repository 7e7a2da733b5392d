/**
 * A body (a clause's, a meeting item's, a term definition's) as the plain text a reader sees, with Term,
 * ClauseRef and RuleValue resolved for the version it is read in.
 */
import type { Root } from 'mdast';
import { clauseRefLabel, jsxAttr as attr, otherVersionNote, ruleValueAt, termLabel } from './component-text.ts';
import type { Model, ClauseDoc } from './model.ts';

/** The parts of an mdast / MDX node this walk reads (text, children, component name and attributes). */
interface Node {
  type: string;
  value?: unknown;
  ordered?: boolean | null;
  children?: Node[];
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/**
 * The body of a clause as plain text: one line per paragraph or list item (list items start with 「・」 or
 * their number), components replaced by what they show. Diffs, search records and the JSON export use it.
 */
export function clauseText(model: Model, clause: ClauseDoc): string {
  return bodyText(model, clause.body, clause.version);
}

/**
 * Any body as plain text, as of `version`: one line per paragraph or list item. With `quote` (a meeting's
 * minutes) components add no words of their own (no 「（版）」 after a reference into another version).
 */
export function bodyText(model: Model, body: Root, version: string, options: { quote?: boolean } = {}): string {
  return blocks({ model, version, values: true, quote: options.quote ?? false }, body.children as Node[]).join('\n');
}

/**
 * The body's words with each `<RuleValue>` shown as 〔rule.param〕 instead of its value. Two versions of a clause
 * with the same wording and another text differ only in the values their rules give (基準値).
 */
export function clauseWording(model: Model, clause: ClauseDoc): string {
  return blocks({ model, version: clause.version, values: false, quote: false }, clause.body.children as Node[]).join('\n');
}

/** What the walk resolves components against: the model, the clause's version, and whether rule values are shown. */
interface Context {
  model: Model;
  version: string;
  values: boolean;
  quote: boolean;
}

function blocks(ctx: Context, nodes: readonly Node[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type === 'list') {
      (node.children ?? []).forEach((item, i) => {
        const marker = node.ordered ? `${i + 1}. ` : '・';
        const lines = blocks(ctx, item.children ?? []);
        out.push(marker + (lines[0] ?? ''), ...lines.slice(1));
      });
    } else if (node.type === 'blockquote' || node.type === 'root') {
      out.push(...blocks(ctx, node.children ?? []));
    } else if (node.type === 'table') {
      for (const row of node.children ?? []) out.push((row.children ?? []).map((cell) => inline(ctx, cell.children ?? [])).join(' ｜ '));
    } else if (node.type === 'thematicBreak') {
      continue;
    } else {
      const text = inline(ctx, [node]).trim();
      if (text) out.push(text);
    }
  }
  return out;
}

function inline(ctx: Context, nodes: readonly Node[]): string {
  let s = '';
  for (const node of nodes) {
    if (node.type === 'break') s += '\n';
    else if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') s += component(ctx, node);
    else if (typeof node.value === 'string' && node.type !== 'yaml' && node.type !== 'html') s += node.value;
    else if (node.children) s += inline(ctx, node.children);
  }
  return s;
}

/** What a content component shows: the words the rendered body shows (component-text.ts), without the links. */
function component(ctx: Context, node: Node): string {
  const { model, version } = ctx;
  const own = inline(ctx, node.children ?? []);
  const children = own.trim() ? own : '';
  switch (node.name) {
    case 'Term':
      return children || termLabel(model, attr(node, 'id') ?? '');
    case 'ClauseRef': {
      const to = attr(node, 'to') ?? '';
      const target = attr(node, 'version') ?? version;
      const label = clauseRefLabel(model, to, target);
      if (label === undefined) return children || to;
      return (children || label) + (ctx.quote ? '' : otherVersionNote(model, target, version));
    }
    case 'RuleValue': {
      const rule = attr(node, 'rule') ?? '';
      const param = attr(node, 'param') ?? '';
      if (!ctx.values) return `〔${rule}.${param}〕`;
      return ruleValueAt(model, rule, param, version)?.shown ?? `${rule}.${param}`;
    }
    default:
      return own;
  }
}
