/**
 * amendment/timeline — an amendment's timeline moves forward: states in the order of AmendmentState
 * (proposed → discussed → agreed → policy-approved → draft-reviewed → approved → in-force; steps may be skipped or
 * repeated), nothing after `withdrawn`, meetings oldest first. The version that carries the amendment
 * exists and has every target clause (for `remove-clause`, the version before it has the target).
 *
 * Why: amendment pages show how a change was decided, step by step; a step backwards or out of meeting
 * order tells a false story. (Whether the cited meetings and items exist is ref/unknown-meeting's job.)
 * How to fix: order the entries oldest first and correct the state the message names; name the version
 * and the clauses the change applies to.
 *
 * @example not-ok
 *   timeline: [{ meeting: m31, item: d1-1, state: policy-approved }, { meeting: m30, item: d1, state: discussed }]
 * @example ok
 *   timeline: [{ meeting: m30, item: d1, state: discussed }, { meeting: m31, item: d1-1, state: policy-approved }]
 */
import { AmendmentState } from '../../schemas/index.ts';
import { decidedAfterItsVersion } from '../../src/model/decisions.ts';
import type { LoadResult, Model } from '../../src/model/model.ts';
import { versionIndex } from '../../src/model/versions.ts';
import { didYouMean, finding, inContent, placeOf, wasRejected, type Finding, type Rule } from './kit.ts';

const id = 'amendment/timeline';
const ORDER = AmendmentState.options;

export const rule: Rule = {
  id,
  description: 'Amendment timelines move forward; the carrying version and its target clauses exist.',
  check(model: Model, loaded: LoadResult): Finding[] {
    const out: Finding[] = [];
    for (const a of model.amendments.values()) {
      const { version, kind, targets, timeline } = a.data;
      if (!model.versions.has(version)) {
        if (!wasRejected(loaded, 'version', version)) {
          out.push(
            finding(
              id,
              placeOf(a, ['version']),
              `「${version}」 is not a version id; expected the version that carries ${a.data.id}${didYouMean(version, model.versions.keys())}`,
              'write the id of a version folder in content/guideline/',
            ),
          );
        }
      } else if (!decidedAfterItsVersion(model, a.data)) {
        // (An amendment decided after its version names the wrong version: date/order's one finding, at `version`.)
        // A removed clause is no longer in the carrying version: look for it in the version it was removed from.
        const i = versionIndex(model, version);
        const where = kind === 'remove-clause' ? (i > 0 ? model.chain[i - 1] : undefined) : version;
        const clauses = where ? model.clauses.get(where) : undefined;
        if (where) {
          targets.forEach((t, j) => {
            if (clauses?.has(t) || wasRejected(loaded, 'clause', t, where)) return;
            // A remove-clause target still in its own version: amendment/targets' one finding (kind or target wrong).
            if (kind === 'remove-clause' && model.clauses.get(version)?.has(t)) return;
            out.push(
              finding(
                id,
                placeOf(a, ['targets', j]),
                `「${t}」 is not a clause of ${where}; expected a clause ${kind === 'remove-clause' ? `that ${version} removes` : `of ${version}, the version that carries ${a.data.id}`}${didYouMean(t, clauses?.keys() ?? [])}`,
                `targets name clause ids of ${where} (file names in ${inContent(model, 'guideline/')}${where}/)`,
              ),
            );
          });
        }
      }
      let last: { state: AmendmentState; meeting: string } | undefined;
      // The latest meeting so far whose number is known (unknown meetings are ref/unknown-meeting's).
      let latest: { number: number; meeting: string } | undefined;
      timeline.forEach((e, j) => {
        const number = model.meetings.get(e.meeting)?.data.number;
        if (number !== undefined && latest && number < latest.number) {
          // An entry out of meeting order is one mistake: its state is not compared as well.
          out.push(
            finding(
              id,
              placeOf(a, ['timeline', j, 'meeting']),
              `「${e.meeting}」 (第${number}回) comes after ${latest.meeting} (第${latest.number}回); expected meetings oldest first`,
              'list the timeline entries in meeting order',
            ),
          );
          return;
        }
        if (number !== undefined) latest = { number, meeting: e.meeting };
        if (last?.state === 'withdrawn') {
          out.push(
            finding(
              id,
              placeOf(a, ['timeline', j, 'state']),
              `「${e.state}」 follows withdrawn (${last.meeting}); expected nothing after withdrawn`,
              'a withdrawn amendment ends there: a new attempt is a new amendment',
            ),
          );
        } else if (last && e.state !== 'withdrawn' && ORDER.indexOf(e.state) < ORDER.indexOf(last.state)) {
          out.push(
            finding(
              id,
              placeOf(a, ['timeline', j, 'state']),
              `「${e.state}」 comes after ${last.state} (${last.meeting}); expected states in the order ${ORDER.filter((s) => s !== 'withdrawn').join(' → ')}`,
              'check the state against the minutes: a timeline only moves forward',
            ),
          );
        }
        last = { state: e.state, meeting: e.meeting };
      });
    }
    return out;
  },
};
