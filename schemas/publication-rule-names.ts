/**
 * The names publication rules use — purposes, what a table shows, who approves, parameter ids — with their
 * Japanese labels. Plain constants without Zod, so that the checker in the browser can use them without the
 * schemas; schemas/publication-rule.ts builds its enums from these lists.
 */

/** 利活用の目的. */
export const PURPOSES = ['safety-measures', 'post-marketing-study', 'public-research', 'administrative'] as const;
export const PURPOSE_LABEL: Record<(typeof PURPOSES)[number], string> = {
  'safety-measures': '医薬品等の安全対策',
  'post-marketing-study': '製造販売後調査',
  'public-research': '公益性の高い調査・研究',
  administrative: '行政利活用',
};

/** 表に示す情報の種類. */
export const SHOWS = ['patient-background', 'outcome-details', 'aggregate-only'] as const;
export const SHOWS_LABEL: Record<(typeof SHOWS)[number], string> = {
  'patient-background': '患者背景の詳細',
  'outcome-details': 'アウトカムの詳細',
  'aggregate-only': '集計値のみ（詳細なし）',
};

/** 公表可と判断する者 on a review route. */
export const APPROVERS = ['secretariat', 'expert-meeting'] as const;
export const APPROVER_LABEL: Record<(typeof APPROVERS)[number], string> = {
  secretariat: '事務局審査',
  'expert-meeting': '有識者会議の意見',
};

/** The labels of every enum parameter's values, for showing a value in words. */
export const ENUM_VALUE_LABEL: Readonly<Record<string, string>> = { ...APPROVER_LABEL };

/** The parameters of a `small-cell` rule, by id: tools name them through these constants, never as bare strings. */
export const SMALL_CELL_PARAM = { threshold: 'threshold', zeroExempt: 'zero-exempt' } as const;
/** The parameters of a `review-route` rule, by id. */
export const REVIEW_ROUTE_PARAM = { approver: 'approver', simplified: 'simplified' } as const;
