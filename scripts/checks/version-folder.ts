/**
 * version/folder — every folder of clauses under content/guideline/ is a version: it has a version.yaml
 * whose id is the folder's name.
 *
 * Why: a clause belongs to the version of its folder; clauses in a folder that is not a version belong to
 * nothing and no page shows them.
 * How to fix: rename the folder to the version's id, or add its version.yaml.
 *
 * @example not-ok — content/guideline/r2021-2/purpose.mdx while the version is r2021-02
 * @example not-ok — content/guideline/r2021-02/ without its version.yaml, which r2021-10 supersedes (one finding;
 *   what refers to r2021-02 follows from it)
 * @example ok — content/guideline/r2021-02/purpose.mdx next to content/guideline/r2021-02/version.yaml
 */
import type { LoadResult, Model } from '../../src/model/model.ts';
import { didYouMean, finding, inContent, type Finding, type Rule } from './kit.ts';

const id = 'version/folder';

export const rule: Rule = {
  id,
  description: 'Every folder of clauses is a version with its version.yaml.',
  check(model: Model, loaded: LoadResult): Finding[] {
    const out: Finding[] = [];
    // A version file that was read and rejected, or misnamed (version.yml), has its own finding; a folder without
    // one (claimed by its first clause, load.ts) has this rule's.
    const rejectedFolders = new Set(
      loaded.rejected.filter((r) => r.kind === 'version' && !r.file.endsWith('.mdx')).map((r) => r.file.split('/').slice(-2)[0]),
    );
    const superseded = new Set([...model.versions.values()].map((v) => v.data.supersedes));
    for (const [version, clauses] of model.clauses) {
      if (model.versions.has(version) || rejectedFolders.has(version)) continue;
      // One finding per folder, at its first clause: the fix is one rename, not one per file.
      const first = [...clauses.values()].sort((a, b) => (a.file < b.file ? -1 : 1))[0]!;
      const more = clauses.size > 1 ? ` (and ${clauses.size - 1} more clause${clauses.size > 2 ? 's' : ''} there)` : '';
      if (superseded.has(version)) {
        const named = [...model.versions.values()].find((v) => v.data.supersedes === version)!;
        out.push(
          finding(
            id,
            { file: first.file, line: 1, column: 1 },
            `「${version}」 has no version.yaml, so ${first.data.id}${more} belongs to no version (${named.data.id} supersedes ${version}); expected ${inContent(model, 'guideline/')}${version}/version.yaml`,
            `restore ${inContent(model, 'guideline/')}${version}/version.yaml (git log -- ${inContent(model, 'guideline/')}${version}/version.yaml shows when it went)`,
          ),
        );
        continue;
      }
      out.push(
        finding(
          id,
          { file: first.file, line: 1, column: 1 },
          `「${version}」 is not a version, so ${first.data.id}${more} belongs to none; expected a folder named after a version id${didYouMean(version, model.versions.keys())}`,
          `move the clauses into the folder of their version, or add ${inContent(model, 'guideline/')}${version}/version.yaml`,
        ),
      );
    }
    return out;
  },
};
