/** Amendments (revision items) as the pages list them: the state each has reached, and which ones touch what. */
import type { Amendment, AmendmentState } from '../../schemas/index.ts';
import type { Doc, Model } from './model.ts';
import { versionIndex } from './versions.ts';

/** An amendment's latest step (the last entry of its timeline: meeting, item, state), if any is recorded. */
export function latestStep(amendment: Amendment): Amendment['timeline'][number] | undefined {
  return amendment.timeline[amendment.timeline.length - 1];
}

/** The furthest state an amendment has reached (its latest step), if any is recorded. */
export function amendmentState(amendment: Amendment): AmendmentState | undefined {
  return latestStep(amendment)?.state;
}

/** Amendments matching every given criterion, ordered by their version in the chain (versions off it last), then id. */
export function amendmentsWhere(
  model: Model,
  where: { version?: string; clause?: string; term?: string; rule?: string; meeting?: string },
): Doc<Amendment>[] {
  const rank = (v: string) => {
    const i = versionIndex(model, v);
    return i < 0 ? model.chain.length : i;
  };
  return [...model.amendments.values()]
    .filter(({ data: a }) =>
      (where.version === undefined || a.version === where.version) &&
      (where.clause === undefined || a.targets.includes(where.clause)) &&
      (where.term === undefined || a.terms.includes(where.term)) &&
      (where.rule === undefined || a.rules.includes(where.rule)) &&
      (where.meeting === undefined || a.timeline.some((t) => t.meeting === where.meeting)))
    .sort((a, b) => rank(a.data.version) - rank(b.data.version) || (a.data.id < b.data.id ? -1 : 1));
}
