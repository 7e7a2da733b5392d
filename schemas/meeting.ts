/** 会議 — one meeting of MID-NETの利活用に関する有識者会議 as a structured record (content/meetings/<id>.yaml). */
import { z } from 'zod';
import { DateFact, Id } from './common.ts';

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

export const SubItem = z.strictObject({
  id: Id,
  /** As printed: ①, ②, ③ …; null when the record does not give it. */
  number: z.string().min(1).nullable(),
  title: z.string().min(1),
  /** 概要, as the minutes say it. */
  summary: z.string().min(1),
  outcome: Outcome,
  ...Links,
});

export const Deliberation = z.strictObject({
  id: Id,
  /** As printed: (1), (2) …; null when the record does not give it. */
  number: z.string().min(1).nullable(),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** The outcome of the item as a whole; omitted when each sub-item has its own. */
  outcome: Outcome.optional(),
  subItems: z.array(SubItem).default([]),
  ...Links,
});

export const Report = z.strictObject({
  id: Id,
  number: z.string().min(1).nullable(),
  title: z.string().min(1),
  summary: z.string().min(1),
  ...Links,
});

export const Attendee = z.strictObject({
  member: Id,
  role: AttendeeRole,
});

export const Meeting = z.strictObject({
  /** @example "m31" */
  id: Id,
  /** 第N回 */
  number: z.number().int().positive(),
  date: DateFact,
  /** 開始・終了時刻 (HH:MM), when the minutes give them. */
  start: z.string().regex(/^\d{2}:\d{2}$/).optional(),
  end: z.string().regex(/^\d{2}:\d{2}$/).optional(),
  /** 場所. @example "Web開催" */
  venue: z.string().optional(),
  /** 議事概要の状態: 案 (draft) or 確定 (final). `record-only` = no minutes here, only what later minutes say of it. */
  status: z.enum(['draft', 'final', 'record-only']),
  /** The document this record transcribes. */
  source: z.strictObject({ title: z.string().min(1), file: z.string().optional(), url: z.url().optional() }),
  attendees: z.array(Attendee).default([]),
  /** Notes printed with the attendee list, e.g. （五十音順・敬称略）. */
  attendeeNotes: z.array(z.string()).default([]),
  deliberations: z.array(Deliberation).default([]),
  reports: z.array(Report).default([]),
  /** What is not known about this meeting. */
  unknowns: z.array(z.string().min(1)).default([]),
});
export type Meeting = z.infer<typeof Meeting>;
export type Deliberation = z.infer<typeof Deliberation>;
export type SubItem = z.infer<typeof SubItem>;
export type Report = z.infer<typeof Report>;
