/**
 * What a version's documented stage (`status`, schemas/guideline-version.ts) means for its text. Schema-free, so the
 * /compare/ picker can bundle it.
 */
import type { VersionStatus } from '../../schemas/guideline-version.ts';

/** Each stage in words (the one list of them; schema-free so the browser bundles need no zod). */
export const VERSION_STATUS_LABEL: Record<VersionStatus, string> = {
  draft: '案',
  'policy-approved': '改定方針了承',
  'public-comment': '意見募集',
  approved: '改定決定',
  issued: '通知',
  'in-force': '施行',
};

/** The stages at which a version's own wording is not published: a revision under way, told in our words. */
const UNPUBLISHED_STAGES: readonly VersionStatus[] = ['draft', 'policy-approved'];

/** Whether a version at this stage has a published text (a public-comment draft counts: its text was made public). */
export function isPublishedStage(status: VersionStatus): boolean {
  return !UNPUBLISHED_STAGES.includes(status);
}
