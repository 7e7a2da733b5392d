/**
 * version/chain — the versions form exactly one chain through `supersedes`: one first version
 * (`supersedes: null`), every other version supersedes an existing one, no two supersede the same one, no
 * loops. Along the chain, the revisions whose text is not published yet (status draft or policy-approved) come
 * after every published version (public comment or later). Whether its dates go forward is `date/order`'s;
 * whether each stage is backed by its date is `version/stage`'s; which version is in force is derived by the
 * model, never typed.
 *
 * Why: every "as of a version" question (definitions, rule values, 新旧対照表, "the version in force")
 * walks this chain; a fork or a loop makes the history ambiguous.
 * How to fix: correct `supersedes` so that each version names the one it directly replaces; correct the
 * status the message names. (Statuses are checked once the chain is whole.)
 *
 * @example not-ok
 *   r2021-02: supersedes: r2018-04    r2021-10: supersedes: r2018-04      ← a fork
 *   r2023-05: status: policy-approved r2026: status: issued               ← a published version after one under way
 * @example ok
 *   r2018-04 (in-force) ← r2021-02 (issued) ← r2021-10 (public-comment) ← r2023-05 (public-comment) ← r2026 (policy-approved)
 */
import type { GuidelineVersion } from '../../schemas/index.ts';
import type { Doc, LoadResult, Model } from '../../src/model/model.ts';
import { isPublishedStage } from '../../src/model/stages.ts';
import { didYouMean, finding, loopsOf, placeOf, wasRejected, type Finding, type Rule } from './kit.ts';

const id = 'version/chain';

export const rule: Rule = {
  id,
  description: 'Versions form one chain through supersedes, with dates and statuses in order along it.',
  check(model: Model, loaded: LoadResult): Finding[] {
    const out: Finding[] = [];
    const versions = [...model.versions.values()];
    const supersedes = (v: Doc<GuidelineVersion>) => placeOf(v, ['supersedes']);

    const roots = versions.filter((v) => v.data.supersedes === null);
    // No first version at all means a loop or an unknown id, which the checks below name.
    for (const extra of roots.slice(1)) {
      out.push(
        finding(
          id,
          supersedes(extra),
          `「${extra.data.id}」 is a second first version (supersedes: null, like ${roots[0]!.data.id}); expected exactly one chain`,
          'set supersedes to the version this one directly replaces',
        ),
      );
    }
    const successors = new Map<string, Doc<GuidelineVersion>[]>();
    for (const v of versions) {
      const parent = v.data.supersedes;
      if (parent === null) continue;
      if (!model.versions.has(parent)) {
        if (!wasRejected(loaded, 'version', parent)) {
          out.push(
            finding(
              id,
              supersedes(v),
              `「${parent}」 is not a version id; expected the version ${v.data.id} replaces${didYouMean(parent, model.versions.keys())}`,
              'write the id of the version folder this version directly replaces, or null for the first version',
            ),
          );
        }
        continue;
      }
      if (parent === v.data.id) {
        out.push(
          finding(
            id,
            supersedes(v),
            `「${parent}」 is the version itself; expected the version ${v.data.id} replaces`,
            'write the id of the previous version, or null for the first version',
          ),
        );
        continue;
      }
      const list = successors.get(parent) ?? [];
      list.push(v);
      successors.set(parent, list);
    }
    for (const [parent, list] of successors) {
      for (const v of list.slice(1)) {
        out.push(
          finding(
            id,
            supersedes(v),
            `「${parent}」 is already superseded by ${list[0]!.data.id}; expected one successor per version`,
            `make ${v.data.id} supersede ${list[0]!.data.id} (or the latest version before it), so that the versions form one line`,
          ),
        );
      }
    }
    // A version superseding itself is reported above; here, loops through other versions.
    for (const loop of loopsOf(model.versions.keys(), (v) => {
      const next = model.versions.get(v)!.data.supersedes;
      return next === v ? null : next;
    })) {
      out.push(
        finding(
          id,
          supersedes(model.versions.get(loop[0]!)!),
          `「${loop[0]}」 supersedes itself through ${loop.join(' → ')}; expected the chain to end at a first version`,
          'one of these versions must supersede an older one (or null, if it is the first)',
        ),
      );
    }

    // Statuses are read along the chain; while the chain is broken (reported above) they cannot be.
    if (model.chain.length !== versions.length) return out;
    checkStatuses(
      out,
      model.chain.map((v) => model.versions.get(v)!),
    );
    return out;
  },
};

/** Revisions under way come last: no published version follows one whose text is not out yet. */
function checkStatuses(out: Finding[], chain: Doc<GuidelineVersion>[]): void {
  const firstUnpublished = chain.find((v) => !isPublishedStage(v.data.status));
  if (!firstUnpublished) return;
  for (const v of chain.slice(chain.indexOf(firstUnpublished) + 1)) {
    if (!isPublishedStage(v.data.status)) continue;
    out.push(
      finding(
        id,
        placeOf(v, ['status']),
        `「${v.data.status}」 is the status of ${v.data.id}, which comes after ${firstUnpublished.data.id}, a revision whose text is not published (${firstUnpublished.data.status}); expected revisions under way at the end of the chain`,
        `check supersedes (a published version cannot replace a revision still under way) and the status of both versions`,
      ),
    );
  }
}
