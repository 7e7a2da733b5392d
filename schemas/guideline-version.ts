/** 版 — one version of 「MID-NETの利活用に関するガイドライン」 (content/guideline/<version>/version.yaml). */
import { z } from 'zod';
import { DateFact, Id, MeetingSource, Sources } from './common.ts';

/**
 * 版の状態 — lifecycle, in order: draft (案) → policy-approved (改定方針了承) → approved (改定決定)
 * → in-force (施行中) → superseded (旧版). A version only ever moves forward.
 */
export const VersionStatus = z.enum(['draft', 'policy-approved', 'approved', 'in-force', 'superseded']);
export type VersionStatus = z.infer<typeof VersionStatus>;
export const VERSION_STATUS_LABEL: Record<VersionStatus, string> = {
  draft: '案',
  'policy-approved': '改定方針了承',
  approved: '改定決定',
  'in-force': '施行中',
  superseded: '旧版',
};

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
  status: VersionStatus,
  /** 通知日・公表日 — when the version was issued or put to public comment. */
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
  /** What could not be found about this version, shown on its pages. */
  unknowns: z.array(z.string().min(1)).default([]),
  /** Clauses of the previous version that this version does not carry. */
  removed: z.array(RemovedClause).default([]),
  sources: Sources,
});
export type GuidelineVersion = z.infer<typeof GuidelineVersion>;
