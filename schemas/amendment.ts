/** 改定事項 — one revision item: a meeting's decisions tied to the clauses they change (content/amendments/<id>.yaml). */
import { z } from 'zod';
import { Id, Sources } from './common.ts';

/**
 * 改定事項の段階, in order. A timeline only moves forward through these (it may skip some);
 * `withdrawn` ends it. `agreed` (了承) is a meeting approving the matter itself — a handling or a procedure —
 * before any revision policy for it; `policy-approved` (改定方針了承) is a meeting approving the policy of the
 * revision that puts it into the rules. The minutes say which of the two a meeting did; never record one as
 * the other.
 */
export const AmendmentState = z.enum([
  'proposed',
  'discussed',
  'agreed',
  'policy-approved',
  'draft-reviewed',
  'approved',
  'in-force',
  'withdrawn',
]);
export type AmendmentState = z.infer<typeof AmendmentState>;
export const AMENDMENT_STATE_LABEL: Record<AmendmentState, string> = {
  proposed: '提案',
  discussed: '議論',
  agreed: '了承',
  'policy-approved': '改定方針了承',
  'draft-reviewed': '改定案審議',
  approved: '改定決定',
  'in-force': '施行',
  withdrawn: '取り下げ',
};

export const AmendmentKind = z.enum(['new-clause', 'modify-clause', 'remove-clause', 'definition', 'procedure']);
export const AMENDMENT_KIND_LABEL: Record<z.infer<typeof AmendmentKind>, string> = {
  'new-clause': '条項の新設',
  'modify-clause': '条項の改正',
  'remove-clause': '条項の削除',
  definition: '用語定義の見直し',
  procedure: '手続の見直し',
};

export const TimelineEntry = z.strictObject({
  meeting: Id,
  /** The deliberation or report item (or sub-item) id in that meeting. */
  item: Id,
  state: AmendmentState,
  /** The minutes' words recording this step (as printed, whitespace aside); checked like a source's quote (source/quote). */
  quote: z.string().min(1).optional(),
  note: z.string().optional(),
});

export const Amendment = z.strictObject({
  id: Id,
  title: z.string().min(1),
  kind: AmendmentKind,
  /** What the change is about, in our words. */
  summary: z.string().min(1),
  /** The clauses it changes, in the version that carries it. */
  targets: z.array(Id).min(1),
  /** The version that carries it. */
  version: Id,
  /** Terms whose definitions it changes. */
  terms: z.array(Id).default([]),
  /** Publication rules it changes. */
  rules: z.array(Id).default([]),
  /** Meeting decisions, oldest first; empty when no meeting record is known (say so in `unknowns`). */
  timeline: z.array(TimelineEntry).default([]),
  /** Our readings in the title, summary, kind or targets that the sources do not state (shown as 推定). */
  inferred: z.array(z.string().min(1)).default([]),
  /** What is not known about how this change was decided. */
  unknowns: z.array(z.string().min(1)).default([]),
  sources: Sources,
});
export type Amendment = z.infer<typeof Amendment>;
