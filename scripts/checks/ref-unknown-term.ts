/**
 * ref/unknown-term — every reference to a term names a term in content/terms/: `<Term id>` in any body
 * (clauses, meetings, terms), `terms` of meeting items and amendments, `related` of terms. (This is also the "undefined term"
 * check: a term used but not defined is a reference to an unknown id.)
 *
 * Why: a <Term> links the word to its definition as of the clause's version; an unknown id links nowhere.
 * How to fix: use the term's id (the message suggests the closest by id and by 表記), or define the term
 * in content/terms/<id>.mdx.
 *
 * @example not-ok
 *   <Term id="利用活用">利活用</Term>       → 「利用活用」 is not a term id; … (did you mean utilization 「利活用」?)
 * @example ok
 *   <Term id="utilization">利活用</Term>
 */
import { meetingItems } from '../../src/model/meetings.ts';
import type { Model } from '../../src/model/model.ts';
import { allBodies } from '../../src/model/bodies.ts';
import { didYouMean, finding, inContent, placeOf, termSuggestions, type Finding, type FilePosition, type Rule } from './kit.ts';

const id = 'ref/unknown-term';

export const rule: Rule = {
  id,
  description: 'Every <Term id> and every term id in YAML names a defined term.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    let suggestions: Map<string, string> | undefined;
    const check = (termId: string, place: FilePosition) => {
      if (!termId || model.terms.has(termId)) return;
      suggestions ??= termSuggestions(model);
      out.push(
        finding(
          id,
          place,
          `「${termId}」 is not a term id; expected the id of a term in ${inContent(model, 'terms/')}${didYouMean(termId, suggestions)}`,
          `use an existing term id, or define it in ${inContent(model, 'terms/')}${/^[a-z0-9.-]+$/.test(termId) ? termId : '<id>'}.mdx`,
          { kind: 'term', id: termId },
        ),
      );
    };
    for (const body of allBodies(model)) {
      for (const ref of body.refs) if (ref.kind === 'term') check(ref.id, { file: body.file, ...ref.pos });
    }
    for (const meeting of model.meetings.values()) {
      for (const item of meetingItems(meeting.data)) {
        item.terms.forEach((t, i) => check(t, placeOf(meeting, [...item.path, 'terms', i])));
      }
    }
    for (const a of model.amendments.values()) a.data.terms.forEach((t, i) => check(t, placeOf(a, ['terms', i])));
    for (const t of model.terms.values()) t.data.related.forEach((r, i) => check(r, placeOf(t, ['related', i])));
    return out;
  },
};
