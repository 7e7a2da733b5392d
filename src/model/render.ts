/**
 * Renders a clause body (the mdast the model keeps) to HTML as of the version being read: terms carry the
 * definition in force for that version, clause references point into that version, rule values are that
 * version's values. Pure: no Astro, no DOM; the output needs no script and no inline style.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import type { ParamValue } from '../../schemas/index.ts';
import { textOf } from './mdx.ts';
import type { ClauseDoc, Model } from './model.ts';
import { definitionAt, valueAt } from './query.ts';
import { routes } from './routes.ts';

export interface RenderOptions {
  /** The site's base URL (`import.meta.env.BASE_URL`). */
  base: string;
  /**
   * Prefix for the ids this rendering creates (term tooltips), so that several bodies can share one page.
   * @example "c-publication.small-counts-"
   */
  idPrefix: string;
  /** Levels to add to headings inside the body, so they sit under the clause's own heading. */
  headingOffset?: number;
}

type JsxNode = Extract<RootContent, { type: 'mdxJsxTextElement' | 'mdxJsxFlowElement' }>;

const BASIS_NOTE = { fact: '', seed: '（第31回議事概要（案）による）', inferred: '（当サイトの推定）' } as const;

/** Render a clause's body as of the clause's own version. */
export function renderClauseBody(model: Model, clause: ClauseDoc, options: Omit<RenderOptions, 'idPrefix'> & { idPrefix?: string }): string {
  return renderBody(model, clause.body, clause.version, { idPrefix: `c-${clause.data.id}-`, ...options });
}

/** Render an mdast body to HTML, resolving terms, clause references and rule values as of `versionId`. */
export function renderBody(model: Model, body: Root, versionId: string, options: RenderOptions): string {
  const link = routes(options.base);
  const offset = options.headingOffset ?? 0;
  let tooltips = 0;

  const attr = (node: JsxNode, name: string): string | undefined => {
    for (const a of node.attributes) {
      if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
    }
    return undefined;
  };
  const el = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
    type: 'element', tagName, properties, children,
  });
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const childrenOr = (state: State, node: JsxNode, fallback: string): ElementContent[] =>
    node.children.length && textOf(node.children).trim() ? state.all(node) : [text(fallback)];

  const term = (state: State, node: JsxNode): ElementContent => {
    const id = attr(node, 'id') ?? '';
    const doc = model.terms.get(id);
    if (!doc) return el('span', { className: ['term', 'term-unknown'] }, childrenOr(state, node, id));
    const def = definitionAt(model, id, versionId);
    const versionLabel = model.versions.get(versionId)?.data.label ?? versionId;
    const tipId = `${options.idPrefix}t${++tooltips}`;
    const tip = def
      ? [
          el('span', { className: ['term-tip-head'] }, [text(`「${doc.data.label}」の定義（${versionLabel}の時点）：`)]),
          text(`${def.text}${BASIS_NOTE[def.basis]}`),
        ]
      : [
          el('span', { className: ['term-tip-head'] }, [text(`「${doc.data.label}」：`)]),
          text(`${versionLabel}の時点の定義は登録されていません。`),
        ];
    return el('span', { className: ['term'] }, [
      el('a', { href: link.term(id), className: ['term-link'], ariaDescribedBy: [tipId] }, childrenOr(state, node, doc.data.label)),
      // Hidden from linear reading (aria-hidden) but still the link's description: a describedby target
      // counts even when hidden. CSS shows it on hover and on keyboard focus.
      el('span', { className: ['term-tip'], id: tipId, ariaHidden: 'true' }, tip),
    ]);
  };

  const clauseRef = (state: State, node: JsxNode): ElementContent => {
    const to = attr(node, 'to') ?? '';
    const target = attr(node, 'version') ?? versionId;
    const clause = model.clauses.get(target)?.get(to);
    if (!clause) return el('span', { className: ['clause-ref', 'clause-ref-missing'] }, childrenOr(state, node, to));
    const label = [clause.data.number, clause.data.heading].filter(Boolean).join(' ');
    const children = childrenOr(state, node, `「${label}」`);
    if (target !== versionId) children.push(text(`（${model.versions.get(target)?.data.label ?? target}）`));
    return el('a', { href: link.clauseInVersion(target, to), className: ['clause-ref'] }, children);
  };

  const ruleValue = (_state: State, node: JsxNode): ElementContent => {
    const ruleId = attr(node, 'rule') ?? '';
    const paramId = attr(node, 'param') ?? '';
    const rule = model.rules.get(ruleId);
    const param = rule?.data.params.find((p) => p.id === paramId);
    if (!rule || !param) return el('span', { className: ['rule-value', 'rule-value-missing'] }, [text(`${ruleId}.${paramId}`)]);
    const entry = valueAt(model, ruleId, paramId, versionId);
    const name = `公表基準「${rule.data.title}」の「${param.label}」（${ruleId} / ${paramId}）`;
    const { shown, title, missing } = describeValue(entry, param.unit);
    return el('a', {
      href: link.rule(ruleId, paramId),
      className: ['rule-value', ...(missing ? ['rule-value-unknown'] : [])],
      title: `${name}: ${title}`,
    }, [text(shown)]);
  };

  const jsx: Handler = (state, node: JsxNode) => {
    switch (node.name) {
      case 'Term': return term(state, node);
      case 'ClauseRef': return clauseRef(state, node);
      case 'RuleValue': return ruleValue(state, node);
      // Anything else was reported by the loader; show its text rather than nothing.
      default: return state.all(node);
    }
  };
  const flowJsx: Handler = (state, node: JsxNode, parent) => {
    const out = jsx(state, node, parent);
    return el('p', {}, Array.isArray(out) ? out : out ? [out] : []);
  };
  const heading: Handler = (state, node: Extract<RootContent, { type: 'heading' }>) =>
    el(`h${Math.min(6, node.depth + offset)}`, {}, state.all(node));

  const hast = toHast(body, {
    handlers: { mdxJsxTextElement: jsx, mdxJsxFlowElement: flowJsx, heading },
  });
  return toHtml(hast);
}

/**
 * A parameter value as a reader sees it: `shown` for running text (the sentence carries the unit),
 * `withUnit` for tables, `title` for the longer note.
 */
export function describeValue(entry: ParamValue | undefined, unit?: string): { shown: string; withUnit: string; title: string; missing: boolean } {
  if (!entry) {
    return { shown: '（この版には定めなし）', withUnit: '定めなし', title: 'この版にはこの値の定めがありません', missing: true };
  }
  if (entry.value === null) {
    return { shown: '不明', withUnit: '不明', title: `この版での値は不明${entry.note ? `（${entry.note}）` : ''}`, missing: true };
  }
  const shown = formatValue(entry.value);
  const withUnit = formatValue(entry.value, unit);
  return { shown, withUnit, title: `この版での値 ${withUnit}${entry.basis ? BASIS_NOTE[entry.basis] : ''}`, missing: false };
}

/** A known parameter value in words: 10人 (with a unit), はい / いいえ, or the text itself. */
export function formatValue(value: number | boolean | string, unit?: string): string {
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  return typeof value === 'number' && unit ? `${value}${unit}` : String(value);
}
