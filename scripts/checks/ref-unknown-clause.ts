/**
 * ref/unknown-clause — every reference to a clause names a clause that exists: `<ClauseRef to>` in the
 * referenced version (by default the version the body is read in: a clause's own, a meeting item's — see
 * itemVersion in src/model/bodies.ts — or a term definition's `since`), `clauses` of meeting items and a
 * rule's `clause` in some version.
 *
 * Why: a cross-reference is a link; one to a clause that the version does not have is a dead link, and on
 * the 新旧対照表 it would silently point at a clause that was removed or not yet written.
 * How to fix: correct the id, or add `version="…"` when the clause lives in another version.
 *
 * @example not-ok — in content/guideline/r2021-02/purpose.mdx
 *   <ClauseRef to="publication.small-count"/>     → … (did you mean publication.small-counts?)
 * @example ok
 *   <ClauseRef to="publication.small-counts"/>
 *   <ClauseRef to="publication" version="r2018-04"/>
 */
import { meetingItems } from '../../src/model/meetings.ts';
import type { LoadResult, Model } from '../../src/model/model.ts';
import { allBodies } from '../../src/model/bodies.ts';
import { didYouMean, finding, inContent, placeOf, wasRejected, type Finding, type FilePosition, type Rule, type Subject } from './kit.ts';

const id = 'ref/unknown-clause';

export const rule: Rule = {
  id,
  description: 'Every <ClauseRef> and clause id in YAML names a clause that exists in the referenced version.',
  check(model: Model, loaded: LoadResult): Finding[] {
    const out: Finding[] = [];
    const versionsOf = new Map<string, string[]>();
    for (const [v, clauses] of model.clauses) {
      for (const c of clauses.keys()) {
        const list = versionsOf.get(c);
        if (list) list.push(v);
        else versionsOf.set(c, [v]);
      }
    }
    const rejectedAnywhere = new Set(loaded.rejected.filter((r) => r.kind === 'clause').map((r) => r.id));

    const inVersion = (clauseId: string, version: string, place: FilePosition, about: Subject[] = []) => {
      if (!clauseId || model.clauses.get(version)?.has(clauseId)) return;
      const elsewhere = versionsOf.get(clauseId) ?? [];
      out.push(
        finding(
          id,
          place,
          `「${clauseId}」 is not a clause of ${version}; expected the id of a clause in ${inContent(model, 'guideline/')}${version}/${didYouMean(clauseId, model.clauses.get(version)?.keys() ?? [])}`,
          elsewhere.length
            ? `it exists in ${elsewhere.join(', ')}: add version="${elsewhere[elsewhere.length - 1]}" to refer to that version, or refer to a clause of ${version}`
            : 'a clause id is its file name without .mdx',
          [{ kind: 'clause', id: clauseId, version }, ...about],
        ),
      );
    };
    const anywhere = (clauseId: string, place: FilePosition) => {
      if (versionsOf.has(clauseId) || rejectedAnywhere.has(clauseId)) return;
      out.push(
        finding(
          id,
          place,
          `「${clauseId}」 is not a clause of any version; expected the id of a clause in ${inContent(model, 'guideline/')}${didYouMean(clauseId, versionsOf.keys())}`,
          'a clause id is its file name without .mdx',
        ),
      );
    };

    for (const body of allBodies(model)) {
      for (const ref of body.refs) {
        if (ref.kind !== 'clause') continue;
        const place = { file: body.file, ...ref.pos };
        const version = ref.version ?? body.version;
        // A clause whose own folder is not a version is reported once, by version/folder (a term's since, by
        // term/definition-order).
        if (version === undefined || (!ref.version && !model.versions.has(version))) continue;
        if (!model.versions.has(version) && !wasRejected(loaded, 'version', version)) {
          out.push(
            finding(
              id,
              place,
              `「${version}」 is not a version id; expected one of ${[...model.versions.keys()].join(', ')}`,
              'write the id of a version folder in version="…", or leave version out to refer to the version this text is read in',
            ),
          );
          continue;
        }
        // A meeting item is read in a version found through its amendments and the versions' dates: while one of
        // those is rejected, the version found may not be the one meant.
        inVersion(ref.id, version, place, body.kind === 'meeting' && !ref.version ? [{ kind: 'version' }, { kind: 'amendment' }] : []);
      }
    }
    for (const meeting of model.meetings.values()) {
      for (const item of meetingItems(meeting.data))
        item.clauses.forEach((c, i) => anywhere(c, placeOf(meeting, [...item.path, 'clauses', i])));
    }
    for (const r of model.rules.values()) anywhere(r.data.clause, placeOf(r, ['clause']));
    return out;
  },
};
