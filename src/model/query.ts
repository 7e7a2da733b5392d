/** Questions the pages and checks ask of the model: the version chain, and values "as of" a version. */
import type { DateFact, GuidelineVersion, ParamValue, PublicationRule, TermDefinition } from '../../schemas/index.ts';
import type { ClauseDoc, Doc, Model } from './model.ts';

/**
 * Version ids from the first to the latest, following `supersedes`. Stops where the chain forks or loops
 * (the check `version/chain` reports those), so the result is always a simple list.
 */
export function versionChain(model: Pick<Model, 'versions'>): string[] {
  const successors = new Map<string | null, string[]>();
  for (const v of model.versions.values()) {
    const list = successors.get(v.data.supersedes) ?? [];
    list.push(v.data.id);
    successors.set(v.data.supersedes, list);
  }
  const chain: string[] = [];
  const seen = new Set<string>();
  let next = successors.get(null);
  while (next && next.length === 1 && !seen.has(next[0]!)) {
    chain.push(next[0]!);
    seen.add(next[0]!);
    next = successors.get(next[0]!);
  }
  return chain;
}

/**
 * What dated look-ups need: the version chain and the rules. A `Model` qualifies, and so does the rule bundle
 * the publication checker ships to the browser as JSON (src/pubcheck/rules.ts).
 */
export interface DatedSource {
  chain: readonly string[];
  rules: ReadonlyMap<string, { data: PublicationRule }>;
}

const chainIndexes = new WeakMap<readonly string[], Map<string, number>>();

/** Position of a version in the chain, or -1. Constant time: dated lookups call it for every entry. */
export function versionIndex(model: Pick<DatedSource, 'chain'>, versionId: string): number {
  let index = chainIndexes.get(model.chain);
  if (!index) chainIndexes.set(model.chain, (index = new Map(model.chain.map((id, i) => [id, i]))));
  return index.get(versionId) ?? -1;
}

/** The entry of a dated list (`since` = version id) that holds for `versionId`: the latest one not after it. */
export function entryAt<T extends { since: string }>(model: Pick<DatedSource, 'chain'>, entries: readonly T[], versionId: string): T | undefined {
  const at = versionIndex(model, versionId);
  if (at < 0) return undefined;
  let best: T | undefined;
  let bestIndex = -1;
  for (const e of entries) {
    const i = versionIndex(model, e.since);
    if (i >= 0 && i <= at && i >= bestIndex) {
      best = e;
      bestIndex = i;
    }
  }
  return best;
}

/** The definition of a term as of a version (undefined if the term is not yet defined then). */
export function definitionAt(model: Model, termId: string, versionId: string): TermDefinition | undefined {
  const term = model.terms.get(termId);
  return term ? entryAt(model, term.data.definitions, versionId) : undefined;
}

/** The value of a publication-rule parameter as of a version: `valueAt(rule, param, version)`. */
export function valueAt(model: DatedSource, ruleId: string, paramId: string, versionId: string): ParamValue | undefined {
  const param = model.rules.get(ruleId)?.data.params.find((p) => p.id === paramId);
  return param ? entryAt<ParamValue>(model, param.values, versionId) : undefined;
}

/** The version marked 施行中 (in force), if any. */
export function versionInForce(model: Model): Doc<GuidelineVersion> | undefined {
  return [...model.versions.values()].find((v) => v.data.status === 'in-force');
}

/** The newest version in the chain (often a draft or a policy-approved revision). */
export function latestVersion(model: Model): Doc<GuidelineVersion> | undefined {
  const id = model.chain[model.chain.length - 1];
  return id ? model.versions.get(id) : undefined;
}

/** The version that directly replaces `versionId`. */
export function successorOf(model: Model, versionId: string): Doc<GuidelineVersion> | undefined {
  const i = versionIndex(model, versionId);
  const id = i >= 0 ? model.chain[i + 1] : undefined;
  return id ? model.versions.get(id) : undefined;
}

const readingOrders = new WeakMap<Model, Map<string, readonly ClauseDoc[]>>();

/**
 * The clauses of a version in reading order (depth first, siblings by `order`). Memoised per model: every page of
 * a build asks for it, and the model does not change once loaded.
 */
export function clausesInOrder(model: Model, versionId: string): readonly ClauseDoc[] {
  let orders = readingOrders.get(model);
  if (!orders) readingOrders.set(model, (orders = new Map()));
  let order = orders.get(versionId);
  if (!order) orders.set(versionId, (order = readingOrder(model, versionId)));
  return order;
}

function readingOrder(model: Model, versionId: string): ClauseDoc[] {
  const clauses = [...(model.clauses.get(versionId)?.values() ?? [])];
  const children = new Map<string | null, ClauseDoc[]>();
  for (const c of clauses) {
    const parent = c.data.parent && model.clauses.get(versionId)?.has(c.data.parent) ? c.data.parent : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  const out: ClauseDoc[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null) => {
    for (const c of (children.get(parent) ?? []).sort((a, b) => a.data.order - b.data.order || (a.data.id < b.data.id ? -1 : 1))) {
      if (seen.has(c.data.id)) continue;
      seen.add(c.data.id);
      out.push(c);
      walk(c.data.id);
    }
  };
  walk(null);
  return out;
}

/** Depth of a clause in its version's tree (0 at the top). */
export function clauseDepth(model: Model, clause: ClauseDoc): number {
  let depth = 0;
  let parent = clause.data.parent;
  const clauses = model.clauses.get(clause.version);
  const seen = new Set<string>();
  while (parent && clauses?.has(parent) && !seen.has(parent)) {
    seen.add(parent);
    depth++;
    parent = clauses.get(parent)!.data.parent;
  }
  return depth;
}

/** A date fact as a sortable string: the known date, or the latest it can be, or undefined. */
export function sortableDate(d: DateFact): string | undefined {
  return 'date' in d ? d.date : d.notAfter;
}

/** A date fact for readers, in Japanese: 2021年2月1日, 2018年4月, 不明（…）. */
export function formatDate(d: DateFact): string {
  if (!('date' in d)) return `不明（${d.note}）`;
  const [y, m, day] = d.date.split('-');
  const text = `${y}年${m ? `${Number(m)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  return d.basis === 'inferred' ? `${text}（推定）` : text;
}
