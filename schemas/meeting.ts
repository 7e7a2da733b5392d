/**
 * 会議 — one meeting of MID-NETの利活用に関する有識者会議 (content/meetings/<id>.mdx). The frontmatter is the
 * structured record (date, attendees, each item's id, number, title, outcome and links); the body is the
 * minutes' text, one section per item, headed by the item's id (`## d1`, a sub-item `### d1-1`).
 */
import { z } from 'zod';
import { ClockTime, DateFact, Id, isBefore, WebUrl } from './common.ts';

/** 役割: 座長 (◎), 座長代理 (○), 委員, 準委員. */
export const AttendeeRole = z.enum(['chair', 'vice-chair', 'member', 'associate']);
export type AttendeeRole = z.infer<typeof AttendeeRole>;
export const ATTENDEE_ROLE_LABEL: Record<AttendeeRole, string> = {
  chair: '座長',
  'vice-chair': '座長代理',
  member: '委員',
  associate: '準委員',
};

/** 審議結果. */
export const Outcome = z.enum(['approved', 'approved-with-changes', 'continued', 'discussed', 'rejected', 'explained']);
export type Outcome = z.infer<typeof Outcome>;
export const OUTCOME_LABEL: Record<Outcome, string> = {
  approved: '了承',
  'approved-with-changes': '修正の上了承',
  continued: '継続審議',
  discussed: '議論',
  rejected: '不了承',
  explained: '説明のみ',
};

/** What an item concerns, so that pages link both ways. */
const Links = {
  amendments: z.array(Id).default([]),
  terms: z.array(Id).default([]),
  /** Clause ids (in the version the item concerns). */
  clauses: z.array(Id).default([]),
  /** Earlier meetings this item refers back to. */
  refersTo: z.array(Id).default([]),
};

/**
 * 概要 — an item's text as the model holds it: the plain text of the item's section in the body, in the
 * minutes' own words (one line per paragraph). Not written in the frontmatter.
 */
const Summary = { summary: z.string().min(1) };

export const SubItemFrontmatter = z.strictObject({
  /** Unique within the meeting; the heading of the item's section in the body (`### d1-1`). */
  id: Id,
  /** As printed: ①, ②, ③ …; null when the record does not give it. */
  number: z.string().min(1).nullable(),
  title: z.string().min(1),
  outcome: Outcome,
  ...Links,
});

export const DeliberationFrontmatter = z.strictObject({
  /** Unique within the meeting; the heading of the item's section in the body (`## d1`). */
  id: Id,
  /** As printed: (1), (2) …; null when the record does not give it. */
  number: z.string().min(1).nullable(),
  title: z.string().min(1),
  /** The outcome of the item as a whole; omitted when each sub-item has its own. */
  outcome: Outcome.optional(),
  subItems: z.array(SubItemFrontmatter).default([]),
  ...Links,
});

export const ReportFrontmatter = z.strictObject({
  /** Unique within the meeting; the heading of the item's section in the body (`## r1`). */
  id: Id,
  number: z.string().min(1).nullable(),
  title: z.string().min(1),
  ...Links,
});

export const Attendee = z.strictObject({
  member: Id,
  role: AttendeeRole,
});

const MeetingFields = z.strictObject({
  /** @example "m31" */
  id: Id,
  /** 第N回 */
  number: z.number().int().positive(),
  date: DateFact,
  /** 開始・終了時刻 (HH:MM), when the minutes give them. */
  start: ClockTime.optional(),
  end: ClockTime.optional(),
  /** 場所. @example "Web開催" */
  venue: z.string().optional(),
  /** 議事概要の状態: 案 (draft) or 確定 (final). `record-only` = no minutes here, only what later minutes say of it. */
  status: z.enum(['draft', 'final', 'record-only']),
  /** The document this record transcribes. */
  source: z.strictObject({ title: z.string().min(1), file: z.string().optional(), url: WebUrl.optional() }),
  attendees: z.array(Attendee).default([]),
  /** Notes printed with the attendee list, e.g. （五十音順・敬称略）. */
  attendeeNotes: z.array(z.string()).default([]),
  /** 審議事項, in the order of the minutes. */
  deliberations: z.array(DeliberationFrontmatter).default([]),
  /** 報告事項, in the order of the minutes. */
  reports: z.array(ReportFrontmatter).default([]),
  /** What is not known about this meeting. */
  unknowns: z.array(z.string().min(1)).default([]),
});

/** A meeting ends after it starts. */
const endsAfterStart = (m: { start?: string | undefined; end?: string | undefined }, ctx: z.RefinementCtx) => {
  const { start, end } = m;
  if (start === undefined || end === undefined || !/^\d{2}:\d{2}$/.test(start) || !/^\d{2}:\d{2}$/.test(end)) return;
  if (!ClockTime.safeParse(start).success || !ClockTime.safeParse(end).success || isBefore(start, end)) return;
  ctx.addIssue({
    code: 'custom',
    path: ['end'],
    input: end,
    message: `the end is not after the start (${start}); expected the time the meeting ended`,
    params: { hint: 'check start and end against the minutes' },
  });
};

/** What a meeting file's frontmatter holds. */
export const MeetingFrontmatter = MeetingFields.superRefine(endsAfterStart);
export type MeetingFrontmatter = z.infer<typeof MeetingFrontmatter>;

/** The items as the model holds them: the frontmatter's fields and the item's text from the body. */
export const SubItem = SubItemFrontmatter.extend(Summary);
export const Deliberation = DeliberationFrontmatter.extend({ ...Summary, subItems: z.array(SubItem).default([]) });
export const Report = ReportFrontmatter.extend(Summary);

/** A meeting as the model (and /api/model.json) holds it: the frontmatter, each item with its text. */
export const Meeting = MeetingFields.extend({
  deliberations: z.array(Deliberation).default([]),
  reports: z.array(Report).default([]),
}).superRefine(endsAfterStart);
export type Meeting = z.infer<typeof Meeting>;
export type Deliberation = z.infer<typeof Deliberation>;
export type SubItem = z.infer<typeof SubItem>;
export type Report = z.infer<typeof Report>;
