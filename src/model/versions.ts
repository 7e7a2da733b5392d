/**
 * The version chain and what holds as of a version: dated entries (term definitions, rule parameters, looked
 * up OpenFisca-style), which version is in force, the newest, the next, and how a reader must take a version.
 */
import type { DateFact, GuidelineVersion, Meeting, ParamValue, PublicationRule, TermDefinition } from '../../schemas/index.ts';
import { memo } from './memo.ts';
import type { Doc, Model } from './model.ts';

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

const chainPositions = memo((chain: readonly string[]) => new Map(chain.map((id, i) => [id, i])));

/** Position of a version in the chain, or -1. Constant time: dated lookups call it for every entry. */
export function versionIndex(model: Pick<DatedSource, 'chain'>, versionId: string): number {
  return chainPositions(model.chain).get(versionId) ?? -1;
}

/** A version's name for readers (「令和3年2月改定」), or its id when there is no such version. */
export function versionLabel(model: Pick<Model, 'versions'>, versionId: string): string {
  return model.versions.get(versionId)?.data.label ?? versionId;
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

/** An entry of a dated list with the versions it holds for. */
export interface EntrySpan<T> {
  entry: T;
  /** The last version it holds for: the one before the next entry's `since` (absent when that is not on the chain). */
  last?: string;
  /** No later entry replaces it: it holds up to the newest version. */
  current: boolean;
}

/** Each entry of a dated list (oldest first) with its span: from its `since` to the version before the next entry's. */
export function entrySpans<T extends { since: string }>(model: Pick<DatedSource, 'chain'>, entries: readonly T[]): EntrySpan<T>[] {
  return entries.map((entry, i) => {
    const next = entries[i + 1];
    if (!next) return { entry, current: true };
    const at = versionIndex(model, next.since);
    return at > 0 ? { entry, last: model.chain[at - 1]!, current: false } : { entry, current: false };
  });
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

/**
 * A version's dated stages in their natural order: 意見募集 (public comment), 改定決定 (decision), 通知 (notice,
 * `issued`), 施行 (effect). Each stage, when the version records it, is not dated before the ones listed before it.
 */
export const VERSION_DATE_FIELDS = ['publicComment', 'decided', 'issued', 'effective'] as const;
export type VersionDateField = (typeof VERSION_DATE_FIELDS)[number];

/** The dated stages a version records, in their natural order (a field the version leaves out is not listed). */
export function versionDates(version: GuidelineVersion): { field: VersionDateField; date: DateFact }[] {
  const fields = version as Partial<Record<VersionDateField, DateFact>>;
  return VERSION_DATE_FIELDS.flatMap((field) => (fields[field] ? [{ field, date: fields[field] }] : []));
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

/** The newest version still on its way to being in force (after the one in force), if any. */
export function revisionUnderWay(model: Model): Doc<GuidelineVersion> | undefined {
  const ids = [...model.chain].reverse();
  return ids.map((id) => model.versions.get(id)!).find((d) => ['draft', 'policy-approved', 'approved'].includes(d.data.status));
}

/** What a reader of a version must be told first: is this the text in force, an old one, or a revision under way? */
export type VersionStanding =
  | { kind: 'in-force' }
  | { kind: 'superseded'; by: Doc<GuidelineVersion>; since: DateFact; current?: Doc<GuidelineVersion> }
  | { kind: 'upcoming'; status: GuidelineVersion['status']; meeting?: Doc<Meeting>; current?: Doc<GuidelineVersion> };

export function versionStanding(model: Model, versionId: string): VersionStanding | undefined {
  const v = model.versions.get(versionId)?.data;
  if (!v) return undefined;
  const current = versionInForce(model);
  const withCurrent = current && current.data.id !== versionId ? { current } : {};
  if (v.status === 'in-force') return { kind: 'in-force' };
  if (v.status === 'superseded') {
    const by = successorOf(model, versionId);
    // Superseded from when its successor applies; the issue date stands in when the start is not known.
    if (by) return { kind: 'superseded', by, since: 'date' in by.data.effective ? by.data.effective : by.data.issued, ...withCurrent };
  }
  const meeting = 'meeting' in v.approvedAt ? model.meetings.get(v.approvedAt.meeting) : undefined;
  return { kind: 'upcoming', status: v.status, ...(meeting ? { meeting } : {}), ...withCurrent };
}
