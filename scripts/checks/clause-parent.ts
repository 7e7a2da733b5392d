/**
 * clause/parent — a clause's `parent` is a clause of the same version, and following parents always ends at
 * a top-level clause (no loops).
 *
 * Why: the table of contents, the numbering depth and the 新旧対照表 are built from this tree; a dangling
 * parent hides the clause at the top level, a loop hides the clauses altogether.
 * How to fix: set `parent` to the id of the enclosing clause in the same version folder, or null.
 *
 * @example not-ok — in r2021-02: `parent: publicaton` (misspelt), or a → b → a
 * @example ok — `id: publication.small-counts`, `parent: publication` (and r2021-02/publication.mdx exists)
 */
import type { LoadResult, Model } from '../../src/model/model.ts';
import { didYouMean, finding, inContent, loopsOf, placeOf, wasRejected, type Finding, type Rule } from './kit.ts';

const id = 'clause/parent';

export const rule: Rule = {
  id,
  description: "A clause's parent is a clause of the same version, without loops.",
  check(model: Model, loaded: LoadResult): Finding[] {
    const out: Finding[] = [];
    for (const [version, clauses] of model.clauses) {
      for (const c of clauses.values()) {
        const parent = c.data.parent;
        if (parent === null || clauses.has(parent) || wasRejected(loaded, 'clause', parent, version)) continue;
        out.push(
          finding(
            id,
            placeOf(c, ['parent']),
            `「${parent}」 is not a clause of ${version}; expected the id of the enclosing clause in ${inContent(model, 'guideline/')}${version}/, or null${didYouMean(parent, clauses.keys())}`,
            'a parent must be in the same version folder as its child',
          ),
        );
      }
      for (const loop of loopsOf(clauses.keys(), (c) => clauses.get(c)!.data.parent)) {
        out.push(
          finding(
            id,
            placeOf(clauses.get(loop[0]!)!, ['parent']),
            `「${loop[0]}」 is its own ${loop.length === 2 ? 'parent' : `ancestor (${loop.join(' → ')})`}; expected parents to end at a top-level clause`,
            'one of these clauses must have a parent outside the loop, or parent: null',
          ),
        );
      }
    }
    return out;
  },
};
