/** A clause body as the plain text a reader sees, with Term, ClauseRef and RuleValue resolved for its version. */
import type { Model, ClauseDoc } from './model.ts';
import { valueAt } from './query.ts';

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
  return blocks({ model, version: clause.version, values: true }, clause.body.children as Node[]).join('\n');
}

/**
 * The body's words with each `<RuleValue>` shown as 〔rule.param〕 instead of its value. Two versions of a clause
 * with the same wording and another text differ only in the values their rules give (基準値).
 */
export function clauseWording(model: Model, clause: ClauseDoc): string {
  return blocks({ model, version: clause.version, values: false }, clause.body.children as Node[]).join('\n');
}

/** What the walk resolves components against: the model, the clause's version, and whether rule values are shown. */
interface Context {
  model: Model;
  version: string;
  values: boolean;
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

function attr(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

/** What a content component shows, the same words the site renders. */
function component(ctx: Context, node: Node): string {
  const { model, version } = ctx;
  const children = inline(ctx, node.children ?? []);
  switch (node.name) {
    case 'Term':
      return children || (model.terms.get(attr(node, 'id') ?? '')?.data.label ?? attr(node, 'id') ?? '');
    case 'ClauseRef': {
      const to = attr(node, 'to') ?? '';
      const target = model.clauses.get(attr(node, 'version') ?? version)?.get(to);
      if (!target) return children || `「${to}」`;
      return `${target.data.number ?? ''}「${target.data.heading}」`;
    }
    case 'RuleValue': {
      const rule = attr(node, 'rule') ?? '';
      const paramId = attr(node, 'param') ?? '';
      if (!ctx.values) return `〔${rule}.${paramId}〕`;
      const param = model.rules.get(rule)?.data.params.find((p) => p.id === paramId);
      return formatParamValue(valueAt(model, rule, paramId, version)?.value ?? null, param?.unit);
    }
    default:
      return children;
  }
}

/** A rule parameter's value in words: 10, 10人, はい/いいえ, or 「（未確認）」 when the sources do not give it. */
export function formatParamValue(value: string | number | boolean | null, unit?: string): string {
  if (value === null) return '（未確認）';
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  return `${value}${unit ?? ''}`;
}
