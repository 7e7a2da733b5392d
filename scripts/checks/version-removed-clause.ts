/**
 * version/removed-clause — a clause of version N-1 that version N does not carry is declared in N's
 * `removed` (削除 or 統合 `into` a clause of N); a declared removal names a clause that N-1 has and N does
 * not.
 *
 * Why: each version folder holds every clause of that version; the 新旧対照表 shows a missing clause as
 * deleted only when the version says so, so a forgotten file cannot pass for a deletion.
 * How to fix: copy the clause file into version N if N still has it, or declare it under `removed` with a
 * note (and `into` when it was merged into another clause).
 *
 * @example not-ok — r2018-04/publication.old.mdx exists, r2021-02/ has no publication.old.mdx, and
 *   r2021-02/version.yaml has no `removed` entry for it
 * @example ok
 *   removed: [{ clause: publication.old, kind: merged, into: publication, note: 公表の条項に統合 }]
 */
import type { ClauseDoc, LoadResult, Model } from '../../src/model/model.ts';
import { didYouMean, finding, inContent, placeOf, wasRejected, type Finding, type Rule } from './kit.ts';

const id = 'version/removed-clause';
const NONE: ReadonlyMap<string, ClauseDoc> = new Map();

export const rule: Rule = {
  id,
  description: 'Clauses dropped from one version to the next are declared in removed, and only those.',
  check(model: Model, loaded: LoadResult): Finding[] {
    const out: Finding[] = [];
    model.chain.forEach((versionId, i) => {
      const version = model.versions.get(versionId)!;
      const previous = i > 0 ? model.chain[i - 1]! : undefined;
      const has = model.clauses.get(versionId) ?? NONE;
      const had = (previous && model.clauses.get(previous)) || NONE;
      const declared = new Set(version.data.removed.map((r) => r.clause));
      const folder = `${inContent(model, 'guideline/')}${versionId}/`;

      for (const clauseId of had.keys()) {
        // (The loader claims such a clause for this finding, `missing`: only another file's claim explains it.)
        if (
          has.has(clauseId) ||
          declared.has(clauseId) ||
          loaded.rejected.some((c) => c.kind === 'clause' && c.id === clauseId && c.version === versionId && !c.missing)
        )
          continue;
        // At the removed list, or (when there is none yet) at supersedes, which names the version it came from.
        out.push(
          finding(
            id,
            placeOf(version, version.data.removed.length ? ['removed'] : ['supersedes']),
            `「${clauseId}」 of ${previous} is missing from ${versionId}; expected ${folder}${clauseId}.mdx or an entry in removed`,
            `copy the clause into ${folder} if ${versionId} still has it, or declare it: removed: [{ clause: ${clauseId}, kind: removed, note: … }]`,
            // A version named otherwise than its folder (id/file-name) has its clauses in the folder: that one mistake.
            [
              { kind: 'clause', id: clauseId, version: previous! },
              { kind: 'clause', id: clauseId, version: versionId },
              { kind: 'version', id: versionId },
            ],
          ),
        );
      }
      version.data.removed.forEach((r, j) => {
        const place = placeOf(version, ['removed', j, 'clause']);
        if (!previous) {
          out.push(
            finding(
              id,
              place,
              `「${r.clause}」 is declared removed in ${versionId}, the first version; expected no removals`,
              'remove the entry: the first version has no previous one to remove from',
            ),
          );
        } else if (has.has(r.clause)) {
          out.push(
            finding(
              id,
              place,
              `「${r.clause}」 is declared removed in ${versionId} but ${has.get(r.clause)!.file} exists; expected one or the other`,
              'delete the clause file if the clause was removed, or the removed entry if it was not',
            ),
          );
        } else if (!had.has(r.clause) && !wasRejected(loaded, 'clause', r.clause, previous)) {
          out.push(
            finding(
              id,
              place,
              `「${r.clause}」 is not a clause of ${previous}; expected a clause of the previous version${didYouMean(r.clause, had.keys())}`,
              `only clauses of ${previous} can be removed in ${versionId}`,
            ),
          );
        }
        if (r.kind === 'merged' && !r.into) {
          out.push(
            finding(
              id,
              placeOf(version, ['removed', j, 'kind']),
              `「merged」 removal of ${r.clause} has no into; expected the clause of ${versionId} it was merged into`,
              'add into: <clause id>',
            ),
          );
        } else if (r.into && !has.has(r.into) && !wasRejected(loaded, 'clause', r.into, versionId)) {
          out.push(
            finding(
              id,
              placeOf(version, ['removed', j, 'into']),
              `「${r.into}」 is not a clause of ${versionId}; expected the clause it was merged into${didYouMean(r.into, has.keys())}`,
              `write the id of a clause in ${folder}`,
            ),
          );
        }
      });
    });
    return out;
  },
};
