/**
 * version/chain — the versions form exactly one chain through `supersedes`: one first version
 * (`supersedes: null`), every other version supersedes an existing one, no two supersede the same one, no
 * loops. Along the chain, statuses agree (whether its dates go forward is date/order's): at
 * most one version is in force, every version before it is superseded, none after it is in force or
 * superseded, and a superseded version has a successor.
 *
 * Why: every "as of a version" question (definitions, rule values, 新旧対照表, "the version in force")
 * walks this chain; a fork or a loop makes the history ambiguous.
 * How to fix: correct `supersedes` so that each version names the one it directly replaces; correct the
 * status the message names. (Statuses are checked once the chain is whole.)
 *
 * @example not-ok
 *   r2021-02: supersedes: r2018-04    r2021-10: supersedes: r2018-04      ← a fork
 *   r2018-04: status: in-force        r2023-05: status: in-force          ← two versions in force
 * @example ok
 *   r2018-04 (superseded) ← r2021-02 (superseded) ← r2021-10 (superseded) ← r2023-05 (in-force) ← r2026 (policy-approved)
 */
import type { GuidelineVersion } from '../../schemas/index.ts';
import type { Doc, LoadResult, Model } from '../../src/model/model.ts';
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
      out.push(finding(id, supersedes(extra), `「${extra.data.id}」 is a second first version (supersedes: null, like ${roots[0]!.data.id}); expected exactly one chain`,
        'set supersedes to the version this one directly replaces'));
    }
    const successors = new Map<string, Doc<GuidelineVersion>[]>();
    for (const v of versions) {
      const parent = v.data.supersedes;
      if (parent === null) continue;
      if (!model.versions.has(parent)) {
        if (!wasRejected(loaded, 'version', parent)) {
          out.push(finding(id, supersedes(v), `「${parent}」 is not a version id; expected the version ${v.data.id} replaces${didYouMean(parent, model.versions.keys())}`,
            'write the id of the version folder this version directly replaces, or null for the first version'));
        }
        continue;
      }
      if (parent === v.data.id) {
        out.push(finding(id, supersedes(v), `「${parent}」 is the version itself; expected the version ${v.data.id} replaces`,
          'write the id of the previous version, or null for the first version'));
        continue;
      }
      const list = successors.get(parent) ?? [];
      list.push(v);
      successors.set(parent, list);
    }
    for (const [parent, list] of successors) {
      for (const v of list.slice(1)) {
        out.push(finding(id, supersedes(v), `「${parent}」 is already superseded by ${list[0]!.data.id}; expected one successor per version`,
          `make ${v.data.id} supersede ${list[0]!.data.id} (or the latest version before it), so that the versions form one line`));
      }
    }
    // A version superseding itself is reported above; here, loops through other versions.
    for (const loop of loopsOf(model.versions.keys(), (v) => {
      const next = model.versions.get(v)!.data.supersedes;
      return next === v ? null : next;
    })) {
      out.push(finding(id, supersedes(model.versions.get(loop[0]!)!), `「${loop[0]}」 supersedes itself through ${loop.join(' → ')}; expected the chain to end at a first version`,
        'one of these versions must supersede an older one (or null, if it is the first)'));
    }

    // Statuses are read along the chain; while the chain is broken (reported above) they cannot be.
    if (model.chain.length !== versions.length) return out;
    checkStatuses(out, model.chain.map((v) => model.versions.get(v)!));
    return out;
  },
};

function checkStatuses(out: Finding[], chain: Doc<GuidelineVersion>[]): void {
  // When several versions say in-force, the one that is in force is the latest of those with a known issue
  // date (a version never issued cannot be in force); the others are the mistakes — an older one that was not
  // set to superseded, or a newer one marked in force too early.
  const inForce = chain.filter((v) => v.data.status === 'in-force');
  const issued = inForce.filter((v) => 'date' in v.data.issued);
  const current = (issued.length ? issued : inForce).at(-1);
  const k = current ? chain.indexOf(current) : -1;
  for (const v of inForce) {
    if (v === current) continue;
    const older = chain.indexOf(v) < k;
    out.push(finding(id, placeOf(v, ['status']),
      older
        ? `「in-force」 is also the status of ${v.data.id}, which is older than ${current!.data.id} (in force); expected superseded`
        : `「in-force」 is also the status of ${v.data.id}, which has no known issue date, while ${current!.data.id} is in force; expected draft, policy-approved or approved`,
      older ? 'a version in force becomes superseded when the next one comes into force' : 'a version comes into force once issued: correct its status, or give its issue date'));
  }
  chain.forEach((v, i) => {
    const status = v.data.status;
    const place = placeOf(v, ['status']);
    if (status === 'in-force') return;
    if (k >= 0 && i < k && status !== 'superseded') {
      out.push(finding(id, place, `「${status}」 is the status of ${v.data.id}, which comes before the version in force (${chain[k]!.data.id}); expected superseded`,
        'every version before the one in force is superseded'));
    } else if (k >= 0 && i > k && status === 'superseded') {
      out.push(finding(id, place, `「superseded」 is the status of ${v.data.id}, which comes after the version in force (${chain[k]!.data.id}); expected draft, policy-approved or approved`,
        'a version is superseded only once a later version is in force'));
    } else if (status === 'superseded' && i === chain.length - 1) {
      out.push(finding(id, place, `「superseded」 is the status of ${v.data.id}, the latest version; expected a version that supersedes it`,
        'add the version that replaced it, or correct its status'));
    }
  });
}
