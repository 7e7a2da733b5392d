/** Amendments (revision items) as the pages list them: the state each has reached, and which ones touch what. */
import { AmendmentState, VersionStatus, type Amendment, type GuidelineVersion } from '../../schemas/index.ts';
import type { ClauseDoc, Doc, Model } from './model.ts';
import { versionIndex } from './versions.ts';

/** An amendment's latest step (the last entry of its timeline: meeting, item, state), if any is recorded. */
export function latestStep(amendment: Amendment): Amendment['timeline'][number] | undefined {
  return amendment.timeline[amendment.timeline.length - 1];
}

/** The furthest state an amendment has reached (its latest step), if any is recorded. */
export function amendmentState(amendment: Amendment): AmendmentState | undefined {
  return latestStep(amendment)?.state;
}

/** Amendments matching every given criterion (`item`: a step at that item of `meeting`), ordered by their version in the chain (versions off it last), then id. */
export function amendmentsWhere(
  model: Model,
  where: { version?: string; clause?: string; term?: string; rule?: string; meeting?: string; item?: string },
): Doc<Amendment>[] {
  const rank = (v: string) => {
    const i = versionIndex(model, v);
    return i < 0 ? model.chain.length : i;
  };
  return [...model.amendments.values()]
    .filter(
      ({ data: a }) =>
        (where.version === undefined || a.version === where.version) &&
        (where.clause === undefined || a.targets.includes(where.clause)) &&
        (where.term === undefined || a.terms.includes(where.term)) &&
        (where.rule === undefined || a.rules.includes(where.rule)) &&
        (where.meeting === undefined ||
          a.timeline.some((t) => t.meeting === where.meeting && (where.item === undefined || t.item === where.item))),
    )
    .sort((a, b) => rank(a.data.version) - rank(b.data.version) || (a.data.id < b.data.id ? -1 : 1));
}

/**
 * Every amendment once: under its version, newest version first (versions without amendments left out), and, in
 * `offChain`, those whose version is not on the chain — a content error `npm run check` reports, listed all the same
 * so that no page hides one.
 */
export function amendmentsByVersion(model: Model): {
  groups: { version: GuidelineVersion; amendments: Doc<Amendment>[] }[];
  offChain: Doc<Amendment>[];
} {
  const groups = [...model.chain]
    .reverse()
    .map((id) => ({ version: model.versions.get(id)!.data, amendments: amendmentsWhere(model, { version: id }) }))
    .filter((g) => g.amendments.length > 0);
  const offChain = [...model.amendments.values()].filter((a) => !model.chain.includes(a.data.version));
  return { groups, offChain };
}

/** The clauses an amendment targets, in its own version: each id with the clause, or none where that version lacks it. */
export function targetClauses(model: Model, amendment: Amendment): { id: string; clause: ClauseDoc | undefined }[] {
  return amendment.targets.map((id) => ({ id, clause: model.clauses.get(amendment.version)?.get(id) }));
}

/**
 * The furthest step of an amendment's timeline before any withdrawal (the state it reached), with its index in
 * the timeline; undefined when no step is recorded.
 */
export function furthestStep(amendment: Amendment): { index: number; state: AmendmentState } | undefined {
  let best: { index: number; state: AmendmentState } | undefined;
  amendment.timeline.forEach((t, index) => {
    if (t.state === 'withdrawn') return;
    if (!best || AMENDMENT_ORDER.indexOf(t.state) > AMENDMENT_ORDER.indexOf(best.state)) best = { index, state: t.state };
  });
  return best;
}

const AMENDMENT_ORDER = AmendmentState.options;

/**
 * The furthest state an amendment can have reached while the version carrying it has a status: a matter may be
 * agreed on (了承) before any revision is under way; a policy is approved (and a draft reviewed) only once the
 * version's policy is; an amendment is approved only once its
 * version is; it is in force only once its version is.
 */
export function furthestStateFor(status: VersionStatus): AmendmentState {
  const at = (s: string) => VersionStatus.options.indexOf(s as VersionStatus);
  const i = at(status);
  if (i >= at('in-force')) return 'in-force';
  if (i >= at('approved')) return 'approved';
  if (i >= at('policy-approved')) return 'draft-reviewed';
  return 'agreed';
}
