/** The clauses of a version as a tree in reading order, and the terms each clause uses. */
import type { Term } from '../../schemas/index.ts';
import { memo } from './memo.ts';
import type { ClauseDoc, Doc, Model } from './model.ts';

/**
 * The clauses of a version in reading order (depth first, siblings by `order`). Memoised per model: every page of
 * a build asks for it, and the model does not change once loaded.
 */
export const clausesInOrder: (model: Model, versionId: string) => readonly ClauseDoc[] = memo((model: Model, versionId: string) => {
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
});

/** Every clause of every version (in folder order, then file order). */
export function* allClauses(model: Model): Generator<ClauseDoc> {
  for (const clauses of model.clauses.values()) yield* clauses.values();
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

/** The ids of the terms a clause's body marks with `<Term>`, each once, in the order of first use (known or not). */
export function termIdsOf(clause: ClauseDoc): string[] {
  return [...new Set(clause.refs.flatMap((r) => (r.kind === 'term' ? [r.id] : [])))];
}

/** The defined terms a clause's body uses, in the order of first use. */
export function termsOf(model: Model, clause: ClauseDoc): Doc<Term>[] {
  return termIdsOf(clause).flatMap((id) => model.terms.get(id) ?? []);
}

/** "version termId" → the clauses of that version using the term, in reading order; built once per model. */
const termIndex = memo((model: Model) => {
  const index = new Map<string, ClauseDoc[]>();
  for (const version of model.chain) {
    for (const clause of clausesInOrder(model, version)) {
      for (const id of termIdsOf(clause)) {
        const key = `${version} ${id}`;
        const list = index.get(key) ?? [];
        list.push(clause);
        index.set(key, list);
      }
    }
  }
  return index;
});

/** Where a term is used: for each version in the chain, the clauses (in reading order) whose body uses it. */
export function termUsage(model: Model, termId: string): { version: string; clauses: ClauseDoc[] }[] {
  const index = termIndex(model);
  return model.chain.map((version) => ({ version, clauses: index.get(`${version} ${termId}`) ?? [] }));
}

/**
 * The same, with consecutive versions that use the term in the same clauses folded into one span
 * (`from` … `to`, clauses as in `to`); versions that do not use it are left out.
 */
export function termUsageSpans(model: Model, termId: string): { from: string; to: string; clauses: ClauseDoc[] }[] {
  const spans: { from: string; to: string; clauses: ClauseDoc[]; key: string }[] = [];
  let previous: string | undefined;
  for (const { version, clauses } of termUsage(model, termId)) {
    const key = clauses.map((c) => c.data.id).join(' ');
    const last = spans[spans.length - 1];
    if (key && last && last.key === key && last.to === previous) Object.assign(last, { to: version, clauses });
    else if (key) spans.push({ from: version, to: version, clauses, key });
    previous = version;
  }
  return spans.map(({ from, to, clauses }) => ({ from, to, clauses }));
}
