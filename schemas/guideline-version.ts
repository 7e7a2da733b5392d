/** 版 — one version of 「MID-NETの利活用に関するガイドライン」 (content/guideline/<version>/version.yaml). */
import { z } from 'zod';
import { DateFact, Id, MeetingSource, Sources } from './common.ts';

/**
 * 版の段階 — the furthest stage of a version's life that the sources document, in order: draft (案) →
 * policy-approved (改定方針了承) → public-comment (意見募集) → approved (改定決定) → issued (通知) → in-force (施行).
 * A stage is claimed only with its evidence (check `version/stage`): the meeting in `approvedAt`, or the date of
 * that stage (`publicComment`, `decided`, `issued`, `effective`). Whether a version is the one in force today, an
 * earlier one, or a revision under way is derived from what is known (src/model), never typed here.
 */
export const VersionStatus = z.enum(['draft', 'policy-approved', 'public-comment', 'approved', 'issued', 'in-force']);
export type VersionStatus = z.infer<typeof VersionStatus>;

/** 削除・統合された条項 — a clause of the previous version that this version no longer has. */
export const RemovedClause = z.strictObject({
  clause: Id,
  /** `removed`: 削除; `merged`: its content now lives in `into`. */
  kind: z.enum(['removed', 'merged']),
  into: Id.optional(),
  note: z.string().min(1),
});

export const GuidelineVersion = z.strictObject({
  /** Permanent id, used in URLs: `/guideline/<id>/`. @example "r2021-02" */
  id: Id,
  /** 表示名. @example "令和3年2月改定" */
  label: z.string().min(1),
  /** The furthest stage the sources document (see VersionStatus); each stage needs its date or meeting. */
  status: VersionStatus,
  /** 意見募集の日付 — when the draft of this version was put to public comment; omit when no public comment is known. */
  publicComment: DateFact.optional(),
  /** 改定決定日 — when the revision was decided; omit when nothing is known of it (pages then say 不明). */
  decided: DateFact.optional(),
  /** 通知日 — when the version was issued by notice (never a public-comment date: that is `publicComment`). */
  issued: DateFact,
  /** 施行日 — from when it applies; unknown for most versions (say so). */
  effective: DateFact,
  /** The meeting that approved it (or approved its policy), or an explicit unknown. */
  approvedAt: z.union([MeetingSource, z.strictObject({ unknown: z.literal(true), note: z.string().min(1) })]),
  /** The version this one replaces; null for the first. */
  supersedes: Id.nullable(),
  /** 通知番号など. @example "薬機発第0201001号" */
  documentNumber: z.string().optional(),
  /** 改定の概要 — one paragraph in our words. */
  summary: z.string().min(1),
  /** Our readings in the summary, status or dates that the sources do not state (shown as 推定). */
  inferred: z.array(z.string().min(1)).default([]),
  /** What could not be found about this version, shown on its pages. */
  unknowns: z.array(z.string().min(1)).default([]),
  /** Clauses of the previous version that this version does not carry. */
  removed: z.array(RemovedClause).default([]),
  sources: Sources,
});
export type GuidelineVersion = z.infer<typeof GuidelineVersion>;
