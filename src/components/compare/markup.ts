/**
 * The 新旧対照表 markup, written once: a small element tree that the pages serialise to HTML at build time and the
 * /compare/ picker turns into DOM nodes in the browser, so both show exactly the same table.
 *
 * Marking of changes (see README「新旧対照表の表示」): changed words are <ins> in the 改正後 column and <del> in the
 * 改正前 column, both underlined (傍線, the convention of Japanese 新旧対照表, which survives black-and-white print)
 * and tinted on screen. Inside each mark a visually hidden 「〔追加：」…「〕」 or 「〔削除：」…「〕」 tells screen
 * readers (which do not announce ins/del by default) where a change starts and ends. Row status is always text.
 */
import { clauseTitle } from '../../model/clause-title.ts';
import {
  isChangedRow,
  ROW_CHANGE_LABEL,
  rowChange,
  rowLabel,
  type Carried,
  type ComparableClause,
  type CompareRow,
  type Comparison,
} from '../../model/comparison.ts';
import { sideOf, type DiffPart } from '../../model/diff.ts';
import { escapeHtml } from '../../model/escape.ts';
import { clauseAnchor, routes } from '../../model/routes.ts';

/** An element (tag, attributes, children) or a text. Attributes with `undefined` or `false` are left out. */
export type HNode = string | HElement;
export interface HElement {
  tag: string;
  attrs: Record<string, string | boolean | undefined>;
  children: HNode[];
}

export function h(tag: string, attrs: HElement['attrs'] = {}, ...children: (HNode | HNode[] | null | undefined | false)[]): HElement {
  const flat: HNode[] = [];
  for (const c of children) {
    if (Array.isArray(c)) flat.push(...c);
    else if (c !== null && c !== undefined && c !== false && c !== '') flat.push(c);
  }
  return { tag, attrs, children: flat };
}

/** Elements that have no end tag in HTML. */
const VOID = new Set(['br', 'col', 'hr', 'img', 'input', 'wbr']);

/** Serialise to HTML (build time). */
export function markupToHtml(node: HNode | HNode[]): string {
  if (Array.isArray(node)) return node.map(markupToHtml).join('');
  if (typeof node === 'string') return escapeHtml(node);
  let attrs = '';
  for (const [k, v] of Object.entries(node.attrs)) {
    if (v === undefined || v === false) continue;
    attrs += v === true ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`;
  }
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(markupToHtml).join('')}</${node.tag}>`;
}

/** Build DOM nodes (browser). Text always goes in as text nodes, never as HTML. */
export function markupToDom(node: HNode, doc: Document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const el = doc.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of node.children) el.appendChild(markupToDom(c, doc));
  return el;
}

export interface CompareViewOptions {
  /** import.meta.env.BASE_URL, ending in "/". */
  base: string;
}

const PROVENANCE_NOTE: Record<ComparableClause['provenance'], string | null> = {
  summary: null,
  official: '公式の文言',
  // Said at the top of the cell instead (see PENDING_LABEL).
  pending: null,
};

/**
 * The label at the top of a cell whose words are our summary of an approved policy (provenance `pending`): they are
 * not the text of the version, and they are shown without 傍線.
 */
const PENDING_LABEL = {
  new: '改定案の文言は未公表です。以下は、了承された改定方針を当サイトが要約したもので、改正後の文言ではありません。',
  old: '当時は文言が未公表でした。以下は、了承された改定方針を当サイトが要約したものです。',
} as const;

/** The note at the top of the 改正後 cell of a clause shown as in the older version by assumption. */
const CARRIED_NOTE: Record<Carried, string> = {
  policy: '了承された改定方針は、この条項に触れていません。改正前の版の内容のまま表示しています（改定されないとは限りません）。',
  unrecorded: 'この版でこの条項が変わったかは、公開資料で確認できていません。改正前の版の内容のまま表示しています。',
};

/** Text of one column: equal parts as they are, the column's own changes marked. */
function marked(parts: readonly DiffPart[], side: 'old' | 'new'): HNode[] {
  return sideOf(parts, side).map((p) => {
    if (p.kind === 'equal') return p.text;
    const [tag, word] = p.kind === 'insert' ? ['ins', '追加'] : ['del', '削除'];
    return h(
      tag,
      { class: 'diff' },
      h('span', { class: 'visually-hidden' }, `〔${word}：`),
      p.text,
      h('span', { class: 'visually-hidden' }, '〕'),
    );
  });
}

/** Body parts split into lines (paragraphs / list items), each a <p>. */
function bodyLines(parts: readonly DiffPart[], side: 'old' | 'new'): HElement[] {
  const lines: DiffPart[][] = [[]];
  for (const p of sideOf(parts, side)) {
    p.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines[lines.length - 1]!.push({ kind: p.kind, text: piece });
    });
  }
  return lines.filter((l) => l.length).map((l) => h('p', {}, marked(l, side)));
}

/** A text as it stands, one <p> per line, nothing marked (for words that are not a published text). */
function plainLines(text: string): HElement[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => h('p', {}, line));
}

/** Our readings in a clause, labelled 推定 in the cell (closed by default: the clause page lists them in full). */
function inferredNotes(clause: ComparableClause): HElement | null {
  if (clause.inferred.length === 0) return null;
  return h(
    'details',
    { class: 'inferred' },
    h('summary', {}, `［推定］当サイトの推定を含みます（${clause.inferred.length}件）`),
    h(
      'ul',
      {},
      clause.inferred.map((n) => h('li', {}, n)),
    ),
  );
}

/**
 * One column's cell of a row. `label` names the column (改正後（版）); on a narrow screen, where each row becomes
 * a block, CSS shows it above the cell's text.
 */
function cell(row: CompareRow, side: 'old' | 'new', byId: Map<string, CompareRow>, label: string): HElement {
  const clause = row[side];
  const cls = side === 'new' ? 'col-new' : 'col-old';
  if (!clause) {
    if (side === 'old') return h('td', { class: cls, 'data-label': label }, h('p', { class: 'absent' }, '（新設）'));
    const into = row.mergedInto ? byId.get(row.mergedInto)?.new : undefined;
    return h(
      'td',
      { class: cls, 'data-label': label },
      h('p', { class: 'absent' }, into ? '（統合）' : '（削除）'),
      into && h('p', {}, '統合先：', h('a', { href: `#${clauseAnchor(row.mergedInto!)}` }, clauseTitle(into))),
      row.note && h('p', { class: 'note' }, row.note),
      row.undeclared && h('p', { class: 'note unknown' }, '削除の記録がありません。'),
    );
  }
  const numberChanged = row.moved?.number !== undefined;
  const numberTag = numberChanged ? (side === 'new' ? 'ins' : 'del') : 'span';
  // A null number is one we do not know (official numbering not confirmed): nothing is shown rather than a guess.
  const number =
    clause.number !== null &&
    h(
      numberTag,
      { class: numberChanged ? 'diff num' : 'num' },
      numberChanged && h('span', { class: 'visually-hidden' }, side === 'new' ? '〔番号変更後：' : '〔番号変更前：'),
      clause.number,
      numberChanged && h('span', { class: 'visually-hidden' }, '〕'),
    );
  // For a new or removed clause the diffs are all insert / all delete: the whole text is marked, as in print.
  // Words that are our summary of a policy (pending) are never marked as changed: they are not the version's text.
  const heading = row.pending ? [clause.heading] : marked(row.heading, side);
  const body = row.pending ? plainLines(clause.text) : bodyLines(row.body, side);
  const top =
    clause.provenance === 'pending'
      ? h('p', { class: 'cell-label pending-label' }, PENDING_LABEL[side])
      : side === 'new' && row.carried
        ? h('p', { class: 'cell-label carried-label' }, CARRIED_NOTE[row.carried])
        : null;
  const provenance = PROVENANCE_NOTE[clause.provenance];
  const parent = row.moved?.parent ? (side === 'new' ? row.moved.parent.to : row.moved.parent.from) : undefined;
  const parentClause = parent ? (side === 'new' ? byId.get(parent)?.new : byId.get(parent)?.old) : undefined;
  return h(
    'td',
    { class: `${cls} depth-${Math.min(clause.depth, 3)}`, 'data-label': label },
    top,
    h('p', { class: 'clause-head' }, number, number && ' ', h('span', { class: 'heading' }, heading)),
    body,
    row.moved?.parent !== undefined &&
      h('p', { class: 'note' }, parent === null ? '（最上位の条項）' : `（${parentClause ? clauseTitle(parentClause) : parent} の下）`),
    provenance && h('p', { class: `provenance provenance-${clause.provenance}` }, provenance),
    inferredNotes(clause),
  );
}

/** The row header: what happened (in words), the clause, and the amendments behind it. */
function rowHeader(row: CompareRow, link: ReturnType<typeof routes>, to: string, from: string): HElement {
  const shown = row.new ?? row.old!;
  const version = row.new ? to : from;
  return h(
    'th',
    { scope: 'row' },
    h('span', { class: `status status-${rowChange(row)}` }, rowLabel(row)),
    h('a', { class: 'clause-link', href: link.clause(version, row.id) }, clauseTitle(shown)),
    row.amendments.length > 0 &&
      h(
        'ul',
        { class: 'amendments', 'aria-label': '関係する改定事項' },
        row.amendments.map((a) =>
          h('li', {}, h('a', { href: link.amendment(a.id) }, a.title), `（${a.decided ?? '決定した会議の記録なし'}）`),
        ),
      ),
  );
}

const COUNT_ORDER: (keyof Comparison['counts'])[] = ['changed', 'added', 'removed', 'merged', 'moved', 'unchanged'];

/** 改正 2・新設 4・…・変更なし 15（うち前の版のまま 15） */
function countsLine(counts: Comparison['counts']): string {
  return COUNT_ORDER.map((k) => {
    const text = `${ROW_CHANGE_LABEL[k]} ${counts[k]}`;
    return k === 'unchanged' && counts.carried > 0 ? `${text}（うち${ROW_CHANGE_LABEL.carried} ${counts.carried}）` : text;
  }).join('・');
}

/** The counts line, the list of changed clauses, the 「変更箇所のみ」 switch, and the table. */
export function compareView(cmp: Comparison, o: CompareViewOptions): HElement {
  const byId = new Map(cmp.rows.map((r) => [r.id, r]));
  const link = routes(o.base);
  const changed = cmp.rows.filter(isChangedRow);
  const caption = `新旧対照表 — 改正後：${cmp.to.label}／改正前：${cmp.from.label}`;
  const newLabel = `改正後（${cmp.to.label}）`;
  const oldLabel = `改正前（${cmp.from.label}）`;
  // Not indexed for search: the clause pages carry these texts once per version; here they would only repeat.
  return h(
    'div',
    { class: 'compare', 'data-pagefind-ignore': 'all' },
    h('p', { class: 'compare-counts' }, countsLine(cmp.counts)),
    h(
      'details',
      { class: 'compare-changes', open: changed.length <= 12 },
      h('summary', {}, `変更のある条項（${changed.length}）`),
      changed.length
        ? h(
            'ul',
            {},
            changed.map((r) =>
              h('li', {}, h('a', { href: `#${clauseAnchor(r.id)}` }, `${clauseTitle((r.new ?? r.old)!)}（${rowLabel(r)}）`)),
            ),
          )
        : h('p', {}, '変更のある条項はありません。'),
    ),
    h(
      'p',
      { class: 'compare-filter' },
      h('input', { type: 'checkbox', id: 'only-changes', class: 'only-changes' }),
      ' ',
      h('label', { for: 'only-changes' }, '変更箇所のみ表示（変更のない条項の行を隠す）'),
    ),
    h(
      'p',
      { class: 'compare-legend' },
      '傍線（下線）部分が改正部分です。左欄が改正後、右欄が改正前です。行の見出しに改正・新設・削除などの区別を記します。改定案の文言が未公表の条項は、了承された改定方針の要約を傍線なしで示します。条項の番号は、公式の番号を確認できたものだけを示します。［推定］は当サイトの読み取りです。',
    ),
    h(
      'table',
      { class: 'compare-table' },
      h('caption', {}, caption),
      h('colgroup', {}, h('col', { class: 'c-head' }), h('col', { class: 'c-new' }), h('col', { class: 'c-old' })),
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, '条項'), h('th', { scope: 'col' }, newLabel), h('th', { scope: 'col' }, oldLabel)),
      ),
      h(
        'tbody',
        {},
        cmp.rows.map((row) =>
          h(
            'tr',
            {
              id: clauseAnchor(row.id),
              class: `row-${row.status}${isChangedRow(row) ? ' is-changed' : ' is-unchanged'}`,
            },
            rowHeader(row, link, cmp.to.id, cmp.from.id),
            cell(row, 'new', byId, newLabel),
            cell(row, 'old', byId, oldLabel),
          ),
        ),
      ),
    ),
  );
}
