/**
 * 公表基準 — publication rules as code (content/rules/<id>.yaml): dated parameters, each with its source clause.
 * Each kind of rule declares the parameters it takes, so a misspelt or missing parameter is a schema error at its
 * line, never a silent fallback in a tool.
 */
import { z } from 'zod';
import { Basis, Id, MeetingSource, Sources } from './common.ts';
import { APPROVERS, PURPOSES, REVIEW_ROUTE_PARAM, SHOWS, SMALL_CELL_PARAM } from './publication-rule-names.ts';

export * from './publication-rule-names.ts';

/** 利活用の目的. */
export const Purpose = z.enum(PURPOSES);
export type Purpose = z.infer<typeof Purpose>;

/** 表に示す情報の種類. */
export const Shows = z.enum(SHOWS);
export type Shows = z.infer<typeof Shows>;

/** 公表可と判断する者 — who may judge a publication acceptable on a review route. */
export const Approver = z.enum(APPROVERS);
export type Approver = z.infer<typeof Approver>;

/**
 * One dated value of a parameter (OpenFisca style): it holds from version `since` until the next entry.
 * `value: null` says the value is not known for that version; nothing is made up.
 */
const datedValue = <V extends z.ZodType>(value: V) =>
  z
    .strictObject({
      /** The first guideline version this value belongs to. */
      since: Id,
      value: value.nullable(),
      /** How we know the value; omitted (and only then) when the value is null, i.e. not known. */
      basis: Basis.optional(),
      /** The clause (of version `since`) that states the value: required, so every number has a home. */
      clause: Id,
      decidedAt: MeetingSource.optional(),
      note: z.string().optional(),
    })
    .refine((v: { value?: unknown; basis?: unknown }) => v.value === null || v.basis !== undefined, {
      error: 'a known value needs its basis (fact, seed or inferred)',
      path: ['basis'],
    });

/**
 * A parameter declared for a kind of rule: its id, its type as written in the YAML (`type:`, which must agree),
 * and the values it takes. `assumption` is what a tool does while the value is unknown (null); it is always shown
 * to the user as an assumption, never as the rule.
 */
const param = <const I extends string, const T extends string, V extends z.ZodType>(id: I, type: T, value: V) =>
  z.strictObject({
    id: z.literal(id),
    label: z.string().min(1),
    type: z.literal(type),
    unit: z.string().optional(),
    values: z.array(datedValue(value)).min(1),
    assumption: z.strictObject({ value, note: z.string().min(1) }).optional(),
  });

/** 閾値 — counts under it are subject to the rule's handling (取り扱い); a whole number of people. */
const Threshold = param(SMALL_CELL_PARAM.threshold, 'integer', z.int().nonnegative());
/** 0 を閾値未満として扱わないか — true: a 0 may be shown. */
const ZeroExempt = param(SMALL_CELL_PARAM.zeroExempt, 'boolean', z.boolean());
/** 公表可と判断できる者 on this route. */
const ApproverParam = param(REVIEW_ROUTE_PARAM.approver, 'enum', Approver);
/** 公表手続が簡略化されているか. */
const Simplified = param(REVIEW_ROUTE_PARAM.simplified, 'boolean', z.boolean());

/** The fields every rule has, whatever its kind. */
const ruleFields = {
  id: Id,
  title: z.string().min(1),
  /** The clause that states the rule (in the versions that have it). */
  clause: Id,
  /** When the rule applies; an empty list means "any". */
  appliesWhen: z.strictObject({
    purposes: z.array(Purpose).default([]),
    shows: z.array(Shows).default([]),
  }),
  /** The rule in one paragraph, our words. */
  summary: z.string().min(1),
  /** Parts of this rule that are our reading, not the source's words. */
  inferred: z.array(z.string().min(1)).default([]),
  sources: Sources,
};

/** A rule with its kind's parameters; `required` lists those it cannot do without. */
const ruleOf = <const K extends string, P extends z.ZodType<{ id: string }>>(kind: K, params: P, required: readonly string[]) =>
  z.strictObject({ ...ruleFields, kind: z.literal(kind), params: z.array(params).default([]) }).superRefine((rule, ctx) => {
    for (const id of required) {
      if (rule.params.some((p) => p.id === id)) continue;
      ctx.addIssue({
        code: 'custom',
        path: ['params'],
        input: rule.params,
        message: `a ${kind} rule needs the parameter 「${id}」 (declared in schemas/publication-rule.ts)`,
        params: { hint: `add the parameter 「${id}」 with its dated values (null where the sources do not give it)` },
      });
    }
  });

/**
 * `small-cell`: a handling (取り扱い) applies when a count shown is under `threshold`. What the handling is comes
 * from the rule's `inferred` readings where the sources do not say it; `zero-exempt` says whether 0 counts.
 */
export const SmallCellRule = ruleOf('small-cell', z.discriminatedUnion('id', [Threshold, ZeroExempt]), [SMALL_CELL_PARAM.threshold]);
/** `review-route`: who may judge a publication acceptable (`approver`) when the rule applies. */
export const ReviewRouteRule = ruleOf('review-route', z.discriminatedUnion('id', [ApproverParam, Simplified]), [
  REVIEW_ROUTE_PARAM.approver,
]);

export const PublicationRule = z.discriminatedUnion('kind', [SmallCellRule, ReviewRouteRule]);
export type PublicationRule = z.infer<typeof PublicationRule>;
export type SmallCellRule = z.infer<typeof SmallCellRule>;
export type ReviewRouteRule = z.infer<typeof ReviewRouteRule>;
export type RuleKind = PublicationRule['kind'];
/** Any parameter of any rule, and one dated value of it. */
export type RuleParam = PublicationRule['params'][number];
export type ParamValue = RuleParam['values'][number];
/** The parameter ids a kind of rule takes. */
export type ParamId<K extends RuleKind = RuleKind> = Extract<PublicationRule, { kind: K }>['params'][number]['id'];
