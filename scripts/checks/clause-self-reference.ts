/**
 * clause/self-reference — a clause's `<ClauseRef to>` names another clause, not the clause itself (in its own
 * version; a reference to the clause as it stood in another version, `version="r1"`, is a real reference).
 *
 * Why: a cross-reference sends the reader elsewhere; one that points at the clause being read is a slip
 * (usually the id of the neighbouring clause was meant) and shows a link to the same page.
 * How to fix: write the id of the clause the text refers to, or drop the `<ClauseRef>` and keep the words.
 *
 * @example not-ok — in r1/publication.mdx: 「<ClauseRef to="publication">公表の条項</ClauseRef>に従う」
 * @example ok — in r1/publication.mdx: 「<ClauseRef to="purpose">目的</ClauseRef>に従う」, or `<ClauseRef to="publication" version="r0"/>`
 */
import { allClauses } from '../../src/model/clauses.ts';
import type { Model } from '../../src/model/model.ts';
import { finding, type Finding, type Rule } from './kit.ts';

const id = 'clause/self-reference';

export const rule: Rule = {
  id,
  description: 'A clause does not refer to itself with <ClauseRef>.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const clause of allClauses(model)) {
      for (const ref of clause.refs) {
        if (ref.kind !== 'clause' || ref.id !== clause.data.id || (ref.version !== undefined && ref.version !== clause.version)) continue;
        out.push(
          finding(
            id,
            { file: clause.file, ...ref.pos },
            `「${ref.id}」 is the clause itself (${clause.version}/${clause.data.id}); expected another clause`,
            'write the id of the clause the text refers to, or keep the words without <ClauseRef>',
          ),
        );
      }
    }
    return out;
  },
};
