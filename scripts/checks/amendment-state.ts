/**
 * amendment/state — an amendment has not gone further than the version that carries it: its policy is approved
 * (or its draft reviewed) only when the version is at least policy-approved, it is approved only when the
 * version is approved, and in force only when the version is in force (the furthest step of its timeline,
 * before any withdrawal, against the version's `status`).
 *
 * Why: a version's page lists its amendments with their state; an amendment 「施行」 in a version that is only
 * 改定方針了承 tells readers that a rule applies which does not yet.
 * How to fix: correct the state of the step the message names, or the version's status (or the amendment's
 * `version`), whichever the sources contradict. When several amendments of one version are ahead of it, the
 * version's status is the one blamed.
 *
 * @example not-ok
 *   r2/version.yaml: status: policy-approved
 *   amendments/a1.yaml: version: r2, timeline: [{ meeting: m31, item: d1, state: in-force }]
 * @example ok
 *   amendments/a1.yaml: version: r2, timeline: [{ meeting: m31, item: d1, state: policy-approved }]
 */
import { AmendmentState, type Amendment } from '../../schemas/index.ts';
import { furthestStateFor, furthestStep } from '../../src/model/amendments.ts';
import type { Doc, Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'amendment/state';

export const rule: Rule = {
  id,
  description: 'No amendment has gone further than the status of the version that carries it.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const ahead = new Map<string, { amendment: Doc<Amendment>; index: number; state: AmendmentState }[]>();
    for (const a of model.amendments.values()) {
      const version = model.versions.get(a.data.version);
      const step = furthestStep(a.data);
      if (!version || !step) continue;
      const allowed = furthestStateFor(version.data.status);
      if (rank(step.state) <= rank(allowed)) continue;
      const list = ahead.get(version.data.id) ?? [];
      list.push({ amendment: a, ...step });
      ahead.set(version.data.id, list);
    }
    for (const [versionId, list] of ahead) {
      const version = model.versions.get(versionId)!;
      const status = version.data.status;
      if (list.length > 1) {
        out.push(
          finding(
            id,
            placeOf(version, ['status']),
            `「${status}」 is the status of ${versionId}, behind ${list.length} of its amendments (${list.map((x) => `${x.amendment.data.id}: ${x.state}`).join(', ')}); expected a status at least as far as its amendments`,
            `correct the status of ${versionId} (check its evidence), or the states of the amendments`,
          ),
        );
        continue;
      }
      const { amendment, index, state } = list[0]!;
      out.push(
        finding(
          id,
          placeOf(amendment, ['timeline', index, 'state']),
          `「${state}」 is the state of ${amendment.data.id}, further than its version ${versionId} (${status}); expected at most ${furthestStateFor(status)} while the version is ${status}`,
          `check the state against the minutes, or the status of ${versionId} and the amendment's version`,
        ),
      );
    }
    return out;
  },
};

const rank = (state: AmendmentState) => AmendmentState.options.indexOf(state);
