/**
 * What happened to a clause from version to version (eCFR's timeline, IETF's document history): added,
 * changed, moved, removed or merged, with the amendments and meeting decisions behind each change.
 */
import type { Amendment, AmendmentState, GuidelineVersion } from '../../schemas/index.ts';
import { itemsListing, type MeetingItem } from './links.ts';
import type { ClauseDoc, Doc, Model } from './model.ts';
import { clausesInOrder, valueAt } from './query.ts';

type RemovedClause = GuidelineVersion['removed'][number];

/**
 * - `added`: in this version, not in the previous one (or this is the first version)
 * - `changed`: its heading, body or the rule values its body shows differ from the previous version's
 * - `moved`: same words, but another parent, number or place among its siblings
 * - `unchanged`: as in the previous version
 * - `removed` / `merged`: declared in this version's `removed` list
 * - `absent`: not in this version, nor declared removed here
 */
export type ClauseChange = 'added' | 'changed' | 'moved' | 'unchanged' | 'removed' | 'merged' | 'absent';

/** What differs from the previous version. `values`: a `<RuleValue>` in the body resolves to another value. */
export type ClauseDifference = 'heading' | 'text' | 'values' | 'number' | 'parent' | 'position' | 'provenance';

export const CLAUSE_CHANGE_LABEL: Record<ClauseChange, string> = {
  added: '新設', changed: '改正', moved: '移動・番号変更', unchanged: '変更なし', removed: '削除', merged: '統合', absent: 'なし',
};
export const CLAUSE_DIFFERENCE_LABEL: Record<ClauseDifference, string> = {
  heading: '見出し', text: '本文', values: '基準値', number: '番号', parent: '位置（親条項）', position: '順序', provenance: '本文の由来',
};

/** A decision on an amendment, taken at a meeting item. */
export interface Decision {
  amendment: string;
  meeting: string;
  item: string;
  state: AmendmentState;
  note?: string;
}

export interface ClauseVersionEntry {
  version: string;
  /** The version before this one in the chain, if any. */
  previous?: string;
  kind: ClauseChange;
  /** For `changed` and `moved` (and `unchanged` when only the provenance differs): what differs. */
  differences: ClauseDifference[];
  /** The clause as it stands in this version, when it has it. */
  clause?: ClauseDoc;
  /** For `removed` / `merged`: the version's declaration. */
  removal?: RemovedClause;
  /** The previous version had the clause, this one neither has it nor declares its removal. */
  undeclared: boolean;
  /** Amendments carried by this version that target the clause. */
  amendments: Doc<Amendment>[];
  /** The meeting decisions on those amendments, in timeline order. */
  decisions: Decision[];
}

export interface ClauseHistory {
  clauseId: string;
  /** One entry per version of the chain, oldest first. */
  entries: ClauseVersionEntry[];
  /** Meeting items that list this clause, oldest meeting first. */
  discussedIn: MeetingItem[];
}

/** The clause's history across every version of the chain. */
export function clauseHistory(model: Model, clauseId: string): ClauseHistory {
  const entries: ClauseVersionEntry[] = [];
  let before: ClauseDoc | undefined;
  model.chain.forEach((version, i) => {
    const previous = i > 0 ? model.chain[i - 1] : undefined;
    const clause = model.clauses.get(version)?.get(clauseId);
    const removal = model.versions.get(version)?.data.removed.find((r) => r.clause === clauseId);
    const amendments = [...model.amendments.values()].filter((a) => a.data.version === version && a.data.targets.includes(clauseId));
    const decisions = amendments.flatMap((a) =>
      a.data.timeline.map((t) => ({ amendment: a.data.id, meeting: t.meeting, item: t.item, state: t.state, ...(t.note ? { note: t.note } : {}) })));
    const common = { version, ...(previous ? { previous } : {}), amendments, decisions };
    if (clause) {
      const differences = before ? clauseDifferences(model, before, clause) : [];
      entries.push({ ...common, kind: before ? kindOf(differences) : 'added', differences, clause, undeclared: false });
    } else if (removal) {
      entries.push({ ...common, kind: removal.kind, differences: [], removal, undeclared: false });
    } else {
      entries.push({ ...common, kind: 'absent', differences: [], undeclared: before !== undefined });
    }
    before = clause;
  });
  return { clauseId, entries, discussedIn: itemsListing(model, 'clauses', clauseId) };
}

/** A text or heading change outranks a move; provenance alone leaves a clause `unchanged`. */
function kindOf(differences: readonly ClauseDifference[]): ClauseChange {
  if (differences.some((d) => d === 'heading' || d === 'text' || d === 'values')) return 'changed';
  if (differences.some((d) => d === 'number' || d === 'parent' || d === 'position')) return 'moved';
  return 'unchanged';
}

/** How the same clause differs between two versions, in the order of `ClauseDifference`. */
export function clauseDifferences(model: Model, a: ClauseDoc, b: ClauseDoc): ClauseDifference[] {
  const out: ClauseDifference[] = [];
  if (a.data.heading !== b.data.heading) out.push('heading');
  if (bodyKey(a) !== bodyKey(b)) out.push('text');
  else if (shownValues(model, a) !== shownValues(model, b)) out.push('values');
  if (a.data.number !== b.data.number) out.push('number');
  if (a.data.parent !== b.data.parent) out.push('parent');
  else if (siblingRank(model, a, b.version) !== siblingRank(model, b, a.version)) out.push('position');
  if (a.data.provenance !== b.data.provenance) out.push('provenance');
  return out;
}

/** The body's tree without source positions: equal keys mean the same words, marks and components. */
function bodyKey(clause: ClauseDoc): string {
  return JSON.stringify(clause.body, (key, value: unknown) => (key === 'position' ? undefined : value));
}

/** The values the body's `<RuleValue>`s show in the clause's version. */
function shownValues(model: Model, clause: ClauseDoc): string {
  return JSON.stringify(clause.refs.flatMap((r) =>
    r.kind === 'rule-value' ? [valueAt(model, r.rule, r.param, clause.version)?.value ?? 'none'] : []));
}

/**
 * The clause's place among those of its siblings that have the same parent in `otherVersion` too, so that a
 * sibling added or removed next to it does not count as moving it.
 */
function siblingRank(model: Model, clause: ClauseDoc, otherVersion: string): number {
  const other = model.clauses.get(otherVersion);
  const parent = clause.data.parent;
  const shared = [...(model.clauses.get(clause.version)?.values() ?? [])]
    .filter((c) => c.data.parent === parent && other?.get(c.data.id)?.data.parent === parent)
    .sort((x, y) => x.data.order - y.data.order || (x.data.id < y.data.id ? -1 : 1));
  return shared.findIndex((c) => c.data.id === clause.data.id);
}

export interface VersionChanges {
  version: string;
  /** The version compared with; undefined for the first version (everything is `added`). */
  previous?: string;
  added: string[];
  changed: string[];
  moved: string[];
  /** Declared in the version's `removed` list (削除 or 統合). */
  removed: RemovedClause[];
  /** In the previous version, missing here without a declaration. */
  undeclared: string[];
  unchanged: number;
}

/** A version against its predecessor: which clause ids (in reading order) were added, changed, moved and removed. */
export function versionChanges(model: Model, versionId: string): VersionChanges {
  const i = model.chain.indexOf(versionId);
  const previous = i > 0 ? model.chain[i - 1] : undefined;
  const before = previous ? model.clauses.get(previous) : undefined;
  const now = model.clauses.get(versionId) ?? new Map<string, ClauseDoc>();
  const removed = model.versions.get(versionId)?.data.removed ?? [];
  const out: VersionChanges = {
    version: versionId, ...(previous ? { previous } : {}), added: [], changed: [], moved: [], removed: [...removed], undeclared: [], unchanged: 0,
  };
  for (const clause of clausesInOrder(model, versionId)) {
    const id = clause.data.id;
    const old = before?.get(id);
    if (!old) out.added.push(id);
    else {
      const kind = kindOf(clauseDifferences(model, old, clause));
      if (kind === 'changed') out.changed.push(id);
      else if (kind === 'moved') out.moved.push(id);
      else out.unchanged++;
    }
  }
  for (const old of previous ? clausesInOrder(model, previous) : []) {
    if (!now.has(old.data.id) && !removed.some((r) => r.clause === old.data.id)) out.undeclared.push(old.data.id);
  }
  return out;
}
