/**
 * The version chain and what holds as of a version: dated entries (term definitions, rule parameters, looked
 * up OpenFisca-style), which version is in force, the newest, the next, and how a reader must take a version.
 */
import type { DateFact, GuidelineVersion, Meeting, ParamValue, PublicationRule, TermDefinition } from '../../schemas/index.ts';
import { memo } from './memo.ts';
import type { Doc, Model } from './model.ts';
import { isPublishedStage, VERSION_STATUS_LABEL } from './stages.ts';

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
export function entryAt<T extends { since: string }>(
  model: Pick<DatedSource, 'chain'>,
  entries: readonly T[],
  versionId: string,
): T | undefined {
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

/** What is known of a version's taking effect: a source gives its 施行日, we infer it, or nothing says it did. */
export type Effect = 'known' | 'inferred' | 'unknown';

/** Whether (and how surely) a version took effect: its documented stage is 施行 with a 施行日 (see version/stage). */
function effectOf(v: GuidelineVersion): Effect {
  if (v.status !== 'in-force' || !('date' in v.effective)) return 'unknown';
  return v.effective.basis === 'inferred' ? 'inferred' : 'known';
}

/** The version a reader is sent to as "the guideline now", and what is known of its taking effect. */
export interface CurrentVersion {
  doc: Doc<GuidelineVersion>;
  effect: Effect;
}

/**
 * The newest version of the chain whose text the public sources show (a public-comment draft or later; revisions
 * whose wording is not out are under way, not current). It is "in force" only as far as `effect` says: where no
 * source gives a 施行日, pages call it 「公開資料で確認できる最新の版（施行日不明）」, never 施行中.
 */
export function currentVersion(model: Model): CurrentVersion | undefined {
  const id = [...model.chain].reverse().find((v) => isPublishedStage(model.versions.get(v)!.data.status));
  const doc = id ? model.versions.get(id) : undefined;
  return doc ? { doc, effect: effectOf(doc.data) } : undefined;
}

/** How the pages name the current version: 施行中, 施行中（推定）, or 公開資料で確認できる最新の版（施行日不明）. */
export const CURRENT_LABEL: Record<Effect, string> = {
  known: '施行中',
  inferred: '施行中（推定）',
  unknown: '公開資料で確認できる最新の版（施行日不明）',
};

/** A documented stage of a version with the date that proves it (absent for a stage proved by a meeting). */
export interface Step {
  stage: GuidelineVersion['status'];
  date?: DateFact;
}

/** The stages of a version that carry their own date, in the order of a version's life, with the field holding it. */
export const DATED_STAGES = [
  ['public-comment', 'publicComment'],
  ['approved', 'decided'],
  ['issued', 'issued'],
  ['in-force', 'effective'],
] as const satisfies readonly (readonly [GuidelineVersion['status'], keyof GuidelineVersion])[];

/** The furthest stage a version reached, as the sources document it, with its date. */
export function documentedStep(v: GuidelineVersion): Step {
  const field = DATED_STAGES.find(([stage]) => stage === v.status)?.[1];
  const date = field ? v[field] : undefined;
  return { stage: v.status, ...(date ? { date } : {}) };
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

/** The newest revision still under way (its wording not published), if any. */
export function revisionUnderWay(model: Model): Doc<GuidelineVersion> | undefined {
  const ids = [...model.chain].reverse();
  return ids.map((id) => model.versions.get(id)!).find((d) => !isPublishedStage(d.data.status));
}

/**
 * What a reader of a version must be told first, derived from what the sources document (never typed):
 * - `current`: the newest version whose text is public (see `currentVersion`), with what is known of its taking effect;
 * - `earlier`: a version before it; `next` is the version after it, with the step the sources document for it.
 *   `replaced` only when that next version is known to have been decided, issued or put in force: a later
 *   public-comment draft alone does not tell that this version stopped applying;
 * - `upcoming`: a revision whose wording is not published (案, 改定方針了承), with the meeting that approved its policy.
 */
export type VersionStanding =
  | { kind: 'current'; effect: Effect }
  | { kind: 'earlier'; next: Doc<GuidelineVersion>; step: Step; replaced: boolean; current?: CurrentVersion }
  | { kind: 'upcoming'; status: GuidelineVersion['status']; meeting?: Doc<Meeting>; current?: CurrentVersion };

/** The stages from which a version is known to have been adopted, and so to replace the one before it. */
export const REPLACING_STAGES: readonly GuidelineVersion['status'][] = ['approved', 'issued', 'in-force'];

export function versionStanding(model: Model, versionId: string): VersionStanding | undefined {
  const v = model.versions.get(versionId)?.data;
  if (!v) return undefined;
  const current = currentVersion(model);
  const withCurrent = current && current.doc.data.id !== versionId ? { current } : {};
  if (current?.doc.data.id === versionId) return { kind: 'current', effect: current.effect };
  const next = successorOf(model, versionId);
  if (isPublishedStage(v.status) && next) {
    const step = documentedStep(next.data);
    return { kind: 'earlier', next, step, replaced: REPLACING_STAGES.includes(step.stage), ...withCurrent };
  }
  const meeting = 'meeting' in v.approvedAt ? model.meetings.get(v.approvedAt.meeting) : undefined;
  return { kind: 'upcoming', status: v.status, ...(meeting ? { meeting } : {}), ...withCurrent };
}

/** A standing in a few words, for lists and chips: 施行中, 公開資料で確認できる最新の版（施行日不明）, 旧版, 以前の版, 改定方針了承. */
export function standingLabel(standing: VersionStanding): string {
  if (standing.kind === 'current') return CURRENT_LABEL[standing.effect];
  if (standing.kind === 'earlier') return standing.replaced ? '旧版' : '以前の版';
  return VERSION_STATUS_LABEL[standing.status];
}
