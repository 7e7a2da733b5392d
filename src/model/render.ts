/**
 * Renders a body the model keeps as mdast — a clause's, a meeting item's, a term definition's — to HTML as of
 * the version being read: terms carry the definition in force for that version, clause references point into
 * that version, rule values are that version's values. Pure: no Astro, no DOM; the output needs no script and
 * no inline style.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { definitionSections, itemVersion } from './bodies.ts';
import { clauseRefLabel, definitionWords, jsxAttr as attr, otherVersionNote, ruleValueAt, termLabel } from './component-text.ts';
import { textOf } from './mdx.ts';
import type { ClauseDoc, MeetingDoc, Model, TermDoc } from './model.ts';
import { routes } from './routes.ts';
import { definitionAt, versionLabel } from './versions.ts';

export interface BodyRenderOptions {
  /** The site's base URL (`import.meta.env.BASE_URL`). */
  base: string;
  /**
   * Prefix for the ids this rendering creates (term descriptions), so that several bodies can share one page.
   * @example "c-publication.small-counts-"
   */
  idPrefix: string;
  /** Levels to add to headings inside the body, so they sit under the clause's own heading. */
  headingOffset?: number;
  /** The body transcribes a source (a meeting's minutes): components add no words (no 「（版）」 note). */
  quote?: boolean;
}

type JsxNode = Extract<RootContent, { type: 'mdxJsxTextElement' | 'mdxJsxFlowElement' }>;

/** Render a clause's body as of the clause's own version. */
export function renderClauseBody(
  model: Model,
  clause: ClauseDoc,
  options: Omit<BodyRenderOptions, 'idPrefix'> & { idPrefix?: string },
): string {
  return renderBody(model, clause.body, clause.version, { idPrefix: `c-${clause.data.id}-`, ...options });
}

/** Render the text of a meeting's item (its section of the body), read as of the version the item concerns. */
export function renderMeetingItem(model: Model, meeting: MeetingDoc, itemId: string, options: { base: string }): string {
  const section = meeting.sections.find((s) => s.depth > 0 && s.key === itemId);
  const version = itemVersion(model, meeting.data, itemId);
  if (!section || !version) return '';
  return renderBody(model, section.body, version, { ...options, idPrefix: `i-${itemId}-`, quote: true });
}

/**
 * Render a term's definition (`part: 'text'`) or what it changed (`'change'`; empty when the body says
 * nothing) as of the definition's own version. `idPrefix` keeps tooltip ids apart when a page shows a
 * definition twice.
 */
export function renderDefinition(model: Model, term: TermDoc, since: string, part: 'text' | 'change', options: BodyRenderOptions): string {
  const section = definitionSections(term.sections, since)[part];
  return section ? renderBody(model, section.body, since, options) : '';
}

/** Render an mdast body to HTML, resolving terms, clause references and rule values as of `versionId`. */
export function renderBody(model: Model, body: Root, versionId: string, options: BodyRenderOptions): string {
  const link = routes(options.base);
  const offset = options.headingOffset ?? 0;

  const el = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
    type: 'element',
    tagName,
    properties,
    children,
  });
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const childrenOr = (state: State, node: JsxNode, fallback: string): ElementContent[] =>
    node.children.length && textOf(node.children).trim() ? state.all(node) : [text(fallback)];

  // One description per term and body, outside every paragraph (see the note on term links below).
  const descriptions = new Map<string, Element>();
  const term = (state: State, node: JsxNode): ElementContent => {
    const id = attr(node, 'id') ?? '';
    const doc = model.terms.get(id);
    if (!doc) return el('span', { className: ['term', 'term-unknown'] }, childrenOr(state, node, termLabel(model, id)));
    const def = definitionAt(model, id, versionId);
    const version = versionLabel(model, versionId);
    const tipId = `${options.idPrefix}def-${id}`;
    const [head, words] = def
      ? // A definition whose new wording is not out says so, and gives what was approved as such.
        [`「${doc.data.label}」の定義（${version}の時点）：`, definitionWords(def)]
      : [`「${doc.data.label}」：`, `${version}の時点の定義は登録されていません。`];
    if (!descriptions.has(id)) descriptions.set(id, el('span', { id: tipId }, [text(`${head}${words}`)]));
    // The definition is not in the text flow, so that copying a paragraph gives the clause's words only and
    // search indexes no definition: the link names a description outside the paragraph (aria-describedby) and
    // carries the same words in data-tip, which CSS shows on hover and keyboard focus as generated content.
    return el(
      'a',
      { href: link.term(id), className: ['term-link'], ariaDescribedBy: [tipId], dataTip: `${head}\n${words}` },
      childrenOr(state, node, termLabel(model, id)),
    );
  };

  const clauseRef = (state: State, node: JsxNode): ElementContent => {
    const to = attr(node, 'to') ?? '';
    const target = attr(node, 'version') ?? versionId;
    const label = clauseRefLabel(model, to, target);
    if (label === undefined) return el('span', { className: ['clause-ref', 'clause-ref-missing'] }, childrenOr(state, node, to));
    const children = childrenOr(state, node, label);
    const note = options.quote ? '' : otherVersionNote(model, target, versionId);
    if (note) children.push(text(note));
    return el('a', { href: link.clauseInVersion(target, to), className: ['clause-ref'] }, children);
  };

  const ruleValue = (_state: State, node: JsxNode): ElementContent => {
    const ruleId = attr(node, 'rule') ?? '';
    const paramId = attr(node, 'param') ?? '';
    const rule = model.rules.get(ruleId);
    const param = rule?.data.params.find((p) => p.id === paramId);
    const value = ruleValueAt(model, ruleId, paramId, versionId);
    if (!rule || !param || !value) return el('span', { className: ['rule-value', 'rule-value-missing'] }, [text(`${ruleId}.${paramId}`)]);
    const name = `公表基準「${rule.data.title}」の「${param.label}」（${ruleId} / ${paramId}）`;
    const { shown, title, missing } = value;
    return el(
      'a',
      {
        href: link.rule(ruleId, paramId),
        className: ['rule-value', ...(missing ? ['rule-value-unknown'] : [])],
        title: `${name}: ${title}`,
      },
      [text(shown)],
    );
  };

  const jsx: Handler = (state, node: JsxNode) => {
    switch (node.name) {
      case 'Term':
        return term(state, node);
      case 'ClauseRef':
        return clauseRef(state, node);
      case 'RuleValue':
        return ruleValue(state, node);
      // Anything else was reported by the loader; show its text rather than nothing.
      default:
        return state.all(node);
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
  if (descriptions.size && hast.type === 'root') {
    // Hidden (a description may be hidden and still describe), and not indexed for search.
    hast.children.push(el('div', { className: ['term-defs'], hidden: true, dataPagefindIgnore: 'all' }, [...descriptions.values()]));
  }
  return toHtml(hast);
}
