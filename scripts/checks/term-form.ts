/**
 * term/form — a term's `forms` (other ways the text inside `<Term>` may write it: 利活用する for 利活用) belong to
 * that term alone: none is the 表記 of another term, and none is listed as a form of two terms.
 *
 * Why: `<Term>` text is checked against the term's 表記 and forms (term/text-mismatch), and the prose lint and search
 * read them as that term's words; a form that is also another term's 表記 or form makes the same words stand for
 * two terms, so a link to the wrong term passes and a reader is sent to the wrong definition.
 * How to fix: remove the form from the term it does not belong to (link the words to the other term instead).
 *
 * @example not-ok — terms/utilization.mdx `forms: [利活用者]` while terms/user.mdx has `label: 利活用者`
 * @example ok — terms/utilization.mdx `forms: [利活用する]`
 */
import type { Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'term/form';

export const rule: Rule = {
  id,
  description: "A term's forms are its own: no other term's 表記 or form.",
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const terms = [...model.terms.values()].sort((a, b) => (a.data.id < b.data.id ? -1 : 1));
    const labels = new Map(terms.map((t) => [t.data.label, t.data.id]));
    const owner = new Map<string, string>();
    for (const t of terms) {
      t.data.forms.forEach((f, i) => {
        const labelOf = labels.get(f);
        const first = owner.get(f);
        const other =
          labelOf !== undefined && labelOf !== t.data.id
            ? `the 表記 (label) of ${labelOf}`
            : first !== undefined && first !== t.data.id
              ? `already a form of ${first}`
              : undefined;
        if (other) {
          out.push(
            finding(
              id,
              placeOf(t, ['forms', i]),
              `「${f}」 is ${other}, listed as a form of ${t.data.id}; expected words that stand for ${t.data.id} alone`,
              `remove it from the forms of ${t.data.id}, and link those words to the term they name`,
            ),
          );
          return;
        }
        owner.set(f, t.data.id);
      });
    }
    return out;
  },
};
