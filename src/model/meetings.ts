/**
 * Meetings as the pages link them: items in the order of the minutes, which items and meetings list a clause,
 * a term, an amendment or another meeting, and who attended as what with which affiliation.
 */
import type { AttendeeRole, DateFact, Deliberation, Meeting, Member, Outcome, Report, SubItem } from '../../schemas/index.ts';
import { memo } from './memo.ts';
import type { Doc, Model } from './model.ts';
import type { PathKey } from './parse-document.ts';

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
    meeting: meeting.id,
    id: i.id,
    number: i.number,
    title: i.title,
    summary: i.summary,
    amendments: i.amendments,
    terms: i.terms,
    clauses: i.clauses,
    refersTo: i.refersTo,
    path,
  });
  meeting.deliberations.forEach((d, i) => {
    out.push({ ...common(d, ['deliberations', i]), kind: 'deliberation', ...(d.outcome ? { outcome: d.outcome } : {}) });
    d.subItems.forEach((s, j) =>
      out.push({ ...common(s, ['deliberations', i, 'subItems', j]), kind: 'sub-item', parent: d.id, outcome: s.outcome }),
    );
  });
  meeting.reports.forEach((r, i) => out.push({ ...common(r, ['reports', i]), kind: 'report' }));
  return out;
}

/** 第31回: how a meeting is named, on pages, in the feed and in the 新旧対照表. */
export function meetingName(meeting: Meeting): string {
  return `第${meeting.number}回`;
}

/** The date of a meeting as its record gives it (a date, or what bounds it); undefined for an unknown meeting id. */
export function meetingDate(model: Model, meetingId: string): DateFact | undefined {
  return model.meetings.get(meetingId)?.data.date;
}

/** The meeting whose number is N (第N回), the first by file when two claim it (meeting/number reports that). */
export function meetingByNumber(model: Model, number: number): Doc<Meeting> | undefined {
  return meetingNumbers(model).get(number);
}

const meetingNumbers = memo((model: Model) => {
  const byNumber = new Map<number, Doc<Meeting>>();
  for (const m of [...model.meetings.values()].sort((a, b) => (a.file < b.file ? -1 : 1)))
    if (!byNumber.has(m.data.number)) byNumber.set(m.data.number, m);
  return byNumber;
});

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
export function itemsListing(model: Model, key: 'clauses' | 'terms' | 'amendments' | 'refersTo', id: string): MeetingItem[] {
  return meetingsInOrder(model).flatMap((m) => meetingItems(m.data).filter((i) => i[key].includes(id)));
}

/** The meetings (oldest first) having an item that refers back to meeting `meetingId`. */
export function meetingsReferringTo(model: Model, meetingId: string): Doc<Meeting>[] {
  const ids = new Set(itemsListing(model, 'refersTo', meetingId).map((i) => i.meeting));
  return [...ids].map((id) => model.meetings.get(id)!);
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
  const view = (a: Member['affiliations'][number], later: boolean): AffiliationView => ({
    text: a.text,
    asOf: a.asOf.meeting,
    later,
    ...(a.note ? { note: a.note } : {}),
  });
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

const ROLE_ORDER: readonly AttendeeRole[] = ['chair', 'vice-chair', 'member', 'associate'];

export interface AttendeeView {
  memberId: string;
  member?: Member;
  affiliation?: AffiliationView;
}

/** Attendees grouped by role (座長, 座長代理, 委員, 準委員), each group in the order of the minutes. */
export function attendeesByRole(model: Model, meeting: Meeting): { role: AttendeeRole; attendees: AttendeeView[] }[] {
  return ROLE_ORDER.map((role) => ({
    role,
    attendees: meeting.attendees
      .filter((a) => a.role === role)
      .map((a) => {
        const member = model.members.get(a.member)?.data;
        return member ? { memberId: a.member, member, affiliation: affiliationAt(model, member, meeting.id) } : { memberId: a.member };
      }),
  })).filter((g) => g.attendees.length > 0);
}
