/**
 * term/unused — every defined term is used by at least one `<Term>` in some clause of some version.
 *
 * Why: the glossary should define the guideline's words, and each term page lists where it is used; a term
 * nobody marks is either dead or its uses are not marked up.
 * How to fix: mark its uses with `<Term id="…">`, or remove the term.
 *
 * @example not-ok — terms/deliverable.mdx exists, but no clause contains <Term id="deliverable">
 * @example ok — some clause says <Term id="deliverable">成果物</Term>
 */
import { allClauses, termIdsOf } from '../../src/model/clauses.ts';
import type { Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'term/unused';

export const rule: Rule = {
  id,
  description: 'Every defined term is used by some <Term> in a clause.',
  check(model: Model): Finding[] {
    const used = new Set<string>();
    for (const clause of allClauses(model)) for (const termId of termIdsOf(clause)) used.add(termId);
    return [...model.terms.values()]
      .filter((t) => !used.has(t.data.id))
      .map((t) =>
        finding(
          id,
          placeOf(t, ['id']),
          `「${t.data.id}」 (${t.data.label}) is used by no clause; expected at least one <Term id="${t.data.id}">`,
          `mark a use in a clause body with <Term id="${t.data.id}">${t.data.label}</Term>, or remove the term`,
          [
            { kind: 'clause', uses: t.data.id },
            { kind: 'term', id: t.data.id },
          ],
        ),
      );
  },
};
