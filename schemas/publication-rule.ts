/** 公表基準 — publication rules as code (content/rules/<id>.yaml): dated parameters, each with its source clause. */
import { z } from 'zod';
import { Basis, Id, MeetingSource, Sources } from './common.ts';

/** 利活用の目的. */
export const Purpose = z.enum(['safety-measures', 'post-marketing-study', 'public-research', 'administrative']);
export type Purpose = z.infer<typeof Purpose>;
export const PURPOSE_LABEL: Record<Purpose, string> = {
  'safety-measures': '医薬品等の安全対策',
  'post-marketing-study': '製造販売後調査',
  'public-research': '公益性の高い調査・研究',
  administrative: '行政利活用',
};

/** 表に示す情報の種類. */
export const Shows = z.enum(['patient-background', 'outcome-details', 'aggregate-only']);
export type Shows = z.infer<typeof Shows>;
export const SHOWS_LABEL: Record<Shows, string> = {
  'patient-background': '患者背景の詳細',
  'outcome-details': 'アウトカムの詳細',
  'aggregate-only': '集計値のみ（詳細なし）',
};

/**
 * One dated value of a parameter (OpenFisca style): it holds from version `since` until the next entry.
 * `value: null` says the value is not known for that version; nothing is made up.
 */
export const ParamValue = z.strictObject({
  /** The first guideline version this value belongs to. */
  since: Id,
  value: z.union([z.number(), z.boolean(), z.string()]).nullable(),
  /** How we know the value; omitted (and only then) when the value is null, i.e. not known. */
  basis: Basis.optional(),
  /** The clause (of version `since`) that states the value: required, so every number has a home. */
  clause: Id,
  decidedAt: MeetingSource.optional(),
  note: z.string().optional(),
}).refine((v) => v.value === null || v.basis !== undefined, {
  error: 'a known value needs its basis (fact, seed or inferred)',
  path: ['basis'],
});
export type ParamValue = z.infer<typeof ParamValue>;

export const RuleParam = z.strictObject({
  id: Id,
  label: z.string().min(1),
  type: z.enum(['integer', 'boolean', 'text']),
  unit: z.string().optional(),
  values: z.array(ParamValue).min(1),
  /**
   * What a tool does while the value is unknown (null). Always shown to the user as an assumption,
   * never as the rule.
   */
  assumption: z
    .strictObject({ value: z.union([z.number(), z.boolean(), z.string()]), note: z.string().min(1) })
    .optional(),
});
export type RuleParam = z.infer<typeof RuleParam>;

export const PublicationRule = z.strictObject({
  id: Id,
  title: z.string().min(1),
  /**
   * - `small-cell`: counts under `threshold` are not shown as they are
   * - `review-route`: decides who may approve a publication (事務局審査 or 有識者会議)
   */
  kind: z.enum(['small-cell', 'review-route']),
  /** The clause that states the rule (in the versions that have it). */
  clause: Id,
  /** When the rule applies; an empty list means "any". */
  appliesWhen: z.strictObject({
    purposes: z.array(Purpose).default([]),
    shows: z.array(Shows).default([]),
  }),
  /** The rule in one paragraph, our words. */
  summary: z.string().min(1),
  params: z.array(RuleParam).default([]),
  /** Parts of this rule that are our reading, not the source's words. */
  inferred: z.array(z.string().min(1)).default([]),
  sources: Sources,
});
export type PublicationRule = z.infer<typeof PublicationRule>;
