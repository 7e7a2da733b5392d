/**
 * Cross-links the pages show in both directions: meeting items ↔ clauses, terms, amendments; who attended as
 * what with which affiliation; where a term is used; what happened recently. Pure queries over the model.
 */
import type {
  Amendment, AmendmentState, AttendeeRole, DateFact, Deliberation, GuidelineVersion, Meeting, Member, Outcome, Report, SubItem,
} from '../../schemas/index.ts';
import type { ClauseDoc, Doc, Model } from './model.ts';
import type { PathKey } from './parse-document.ts';
import { VERSION_STATUS_LABEL } from '../../schemas/guideline-version.ts';
import {
  clausesInOrder, currentVersion, CURRENT_LABEL, documentedStep, sortableDate, successorOf, type CurrentVersion, type Effect, type Step,
} from './query.ts';
import { isPublishedStage } from './stages.ts';

/** A deliberation, sub-item or report of a meeting, flattened. */
export interface MeetingItem {
  meeting: string;
  id: string;
  kind: 'deliberation' | 'sub-item' | 'report';
  /** The deliberation a sub-item belongs to. */
  parent?: string;
  number: string | null;
  title: string;
  summary: string;
  outcome?: Outcome;
  amendments: string[];
  terms: string[];
  clauses: string[];
  refersTo: string[];
  /** Where it is in the meeting's YAML, for `Doc.locate`. */
  path: PathKey[];
}

/** Every item of a meeting in the order of the minutes: each deliberation followed by its sub-items, then reports. */
export function meetingItems(meeting: Meeting): MeetingItem[] {
  const out: MeetingItem[] = [];
  const common = (i: Deliberation | SubItem | Report, path: PathKey[]) => ({
    meeting: meeting.id, id: i.id, number: i.number, title: i.title, summary: i.summary,
    amendments: i.amendments, terms: i.terms, clauses: i.clauses, refersTo: i.refersTo, path,
  });
  meeting.deliberations.forEach((d, i) => {
    out.push({ ...common(d, ['deliberations', i]), kind: 'deliberation', ...(d.outcome ? { outcome: d.outcome } : {}) });
    d.subItems.forEach((s, j) => out.push({ ...common(s, ['deliberations', i, 'subItems', j]), kind: 'sub-item', parent: d.id, outcome: s.outcome }));
  });
  meeting.reports.forEach((r, i) => out.push({ ...common(r, ['reports', i]), kind: 'report' }));
  return out;
}

/** 第31回: how a meeting is named, on pages, in the feed and in the 新旧対照表. */
export function meetingName(meeting: Meeting): string {
  return `第${meeting.number}回`;
}

/** Meetings oldest first (by 第N回). */
export function meetingsInOrder(model: Model): Doc<Meeting>[] {
  return [...model.meetings.values()].sort((a, b) => a.data.number - b.data.number);
}

/** One item of one meeting, if both exist. */
export function findItem(model: Model, meetingId: string, itemId: string): MeetingItem | undefined {
  const meeting = model.meetings.get(meetingId);
  return meeting ? meetingItems(meeting.data).find((i) => i.id === itemId) : undefined;
}

/** The meeting items, across all meetings (oldest first), that list `id` under `key`. */
export function itemsListing(model: Model, key: 'clauses' | 'terms' | 'amendments', id: string): MeetingItem[] {
  return meetingsInOrder(model).flatMap((m) => meetingItems(m.data).filter((i) => i[key].includes(id)));
}

/**
 * A member's affiliation as of a meeting: the one recorded at that meeting, else the latest recorded at an
 * earlier meeting, else the earliest known (flagged, so the page can say it is from a later record).
 */
export interface AffiliationView {
  text: string;
  /** The meeting whose record gives it. */
  asOf: string;
  /** Taken from a later meeting's record, for want of an earlier one. */
  later: boolean;
  note?: string;
}

export function affiliationAt(model: Model, member: Member, meetingId: string): AffiliationView {
  const numberOf = (id: string) => model.meetings.get(id)?.data.number ?? Number.POSITIVE_INFINITY;
  const view = (a: Member['affiliations'][number], later: boolean): AffiliationView =>
    ({ text: a.text, asOf: a.asOf.meeting, later, ...(a.note ? { note: a.note } : {}) });
  const at = numberOf(meetingId);
  let best: AffiliationView | undefined;
  let bestNumber = Number.NEGATIVE_INFINITY;
  for (const a of member.affiliations) {
    const n = numberOf(a.asOf.meeting);
    if (n <= at && n >= bestNumber) {
      best = view(a, false);
      bestNumber = n;
    }
  }
  return best ?? view(member.affiliations[0]!, true);
}

export const ROLE_ORDER: readonly AttendeeRole[] = ['chair', 'vice-chair', 'member', 'associate'];

export interface AttendeeView {
  memberId: string;
  member?: Member;
  affiliation?: AffiliationView;
}

/** Attendees grouped by role (座長, 座長代理, 委員, 準委員), each group in the order of the minutes. */
export function attendeesByRole(model: Model, meeting: Meeting): { role: AttendeeRole; attendees: AttendeeView[] }[] {
  return ROLE_ORDER.map((role) => ({
    role,
    attendees: meeting.attendees.filter((a) => a.role === role).map((a) => {
      const member = model.members.get(a.member)?.data;
      return member
        ? { memberId: a.member, member, affiliation: affiliationAt(model, member, meeting.id) }
        : { memberId: a.member };
    }),
  })).filter((g) => g.attendees.length > 0);
}

/** Where a term is used: for each version in the chain, the clauses (in reading order) whose body uses it. */
export function termUsage(model: Model, termId: string): { version: string; clauses: ClauseDoc[] }[] {
  const index = termIndex(model);
  return model.chain.map((version) => ({ version, clauses: index.get(`${version} ${termId}`) ?? [] }));
}

const termIndexes = new WeakMap<Model, Map<string, ClauseDoc[]>>();

/** "version termId" → the clauses of that version using the term, in reading order; built once per model. */
function termIndex(model: Model): Map<string, ClauseDoc[]> {
  let index = termIndexes.get(model);
  if (index) return index;
  index = new Map();
  for (const version of model.chain) {
    for (const clause of clausesInOrder(model, version)) {
      for (const id of new Set(clause.refs.flatMap((r) => (r.kind === 'term' ? [r.id] : [])))) {
        const key = `${version} ${id}`;
        const list = index.get(key) ?? [];
        list.push(clause);
        index.set(key, list);
      }
    }
  }
  termIndexes.set(model, index);
  return index;
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

/** An amendment's latest step (the last entry of its timeline: meeting, item, state), if any is recorded. */
export function latestStep(amendment: Amendment): Amendment['timeline'][number] | undefined {
  return amendment.timeline[amendment.timeline.length - 1];
}

/** The furthest state an amendment has reached (its latest step), if any is recorded. */
export function amendmentState(amendment: Amendment): AmendmentState | undefined {
  return latestStep(amendment)?.state;
}

/** Amendments matching every given criterion, ordered by their version in the chain, then id. */
export function amendmentsWhere(
  model: Model,
  where: { version?: string; clause?: string; term?: string; rule?: string; meeting?: string },
): Doc<Amendment>[] {
  const rank = (v: string) => {
    const i = model.chain.indexOf(v);
    return i < 0 ? model.chain.length : i;
  };
  return [...model.amendments.values()]
    .filter(({ data: a }) =>
      (where.version === undefined || a.version === where.version) &&
      (where.clause === undefined || a.targets.includes(where.clause)) &&
      (where.term === undefined || a.terms.includes(where.term)) &&
      (where.rule === undefined || a.rules.includes(where.rule)) &&
      (where.meeting === undefined || a.timeline.some((t) => t.meeting === where.meeting)))
    .sort((a, b) => rank(a.data.version) - rank(b.data.version) || (a.data.id < b.data.id ? -1 : 1));
}

/**
 * The version a meeting item's clause list refers to: the version of an amendment of that item which targets
 * the clause, else the version whose policy or text the meeting approved, else the newest version having it.
 */
export function versionForItemClause(model: Model, item: MeetingItem, clauseId: string): string | undefined {
  for (const id of item.amendments) {
    const a = model.amendments.get(id)?.data;
    if (a?.targets.includes(clauseId) && model.clauses.get(a.version)?.has(clauseId)) return a.version;
  }
  const approved = [...model.versions.values()].find((v) => 'meeting' in v.data.approvedAt && v.data.approvedAt.meeting === item.meeting);
  if (approved && model.clauses.get(approved.data.id)?.has(clauseId)) return approved.data.id;
  return [...model.chain].reverse().find((v) => model.clauses.get(v)?.has(clauseId));
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

/** The newest revision still under way (its wording not published), if any. */
export function revisionUnderWay(model: Model): Doc<GuidelineVersion> | undefined {
  const ids = [...model.chain].reverse();
  return ids.map((id) => model.versions.get(id)!).find((d) => !isPublishedStage(d.data.status));
}

/** The stages of a version that carry their own date, oldest stage first. */
const VERSION_DATED_STAGES = [
  ['public-comment', 'publicComment'], ['approved', 'decided'], ['issued', 'issued'], ['in-force', 'effective'],
] as const satisfies readonly (readonly [GuidelineVersion['status'], keyof GuidelineVersion])[];

/** Something that happened, for "what changed recently". */
export interface Activity {
  date: DateFact;
  kind: 'version' | 'meeting' | 'decision';
  /** Version, meeting or amendment id. */
  id: string;
  /** For decisions: the meeting and item. */
  meeting?: string;
  item?: string;
  state?: AmendmentState;
  /** For versions: the documented stage this event is (意見募集, 通知, 施行 …), dated by that stage's own date. */
  stage?: GuidelineVersion['status'];
}

/**
 * Versions issued, meetings held and amendment decisions taken, newest first. Events whose date is unknown
 * sort by the latest date they can have, and after dated ones when not even that is known.
 */
export function recentActivity(model: Model, limit = 10): Activity[] {
  const events: Activity[] = [];
  // A version is an event at each documented stage that has a date (意見募集, 改定決定, 通知, 施行), named by that
  // stage: a public-comment date is never shown as a notice. Undated stages are not events (a policy approval is
  // listed as the meeting's decision instead).
  for (const v of model.versions.values()) {
    for (const [stage, field] of VERSION_DATED_STAGES) {
      const date = v.data[field];
      if (date && 'date' in date) events.push({ date, kind: 'version', id: v.data.id, stage });
    }
  }
  for (const m of model.meetings.values()) events.push({ date: m.data.date, kind: 'meeting', id: m.data.id });
  for (const a of model.amendments.values()) {
    for (const t of a.data.timeline) {
      const m = model.meetings.get(t.meeting);
      if (m) events.push({ date: m.data.date, kind: 'decision', id: a.data.id, meeting: t.meeting, item: t.item, state: t.state });
    }
  }
  const kindRank = { meeting: 0, decision: 1, version: 2 } as const;
  // An unknown date bounded by `notAfter` happened before that day at the latest: it goes after the dated events of that day.
  const known = (e: Activity) => ('date' in e.date ? 0 : 1);
  return events
    .map((e, i) => ({ e, i, key: sortableDate(e.date) ?? '' }))
    .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : known(a.e) - known(b.e) || kindRank[a.e.kind] - kindRank[b.e.kind] || a.i - b.i))
    .slice(0, limit)
    .map(({ e }) => e);
}
