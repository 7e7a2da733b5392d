/**
 * term/text-mismatch — the text inside `<Term id>…</Term>` (in any body: clauses, meetings, terms) is the
 * term's 表記 (`label`) or one of its `forms`.
 *
 * Why: a <Term> says "this word is the defined term"; wrapping another word (a variant spelling, a
 * different term) misleads readers and breaks the term's list of uses.
 * How to fix: write the 表記, use `<Term id="…"/>` (which shows the 表記), add the text to the term's
 * `forms` if it is a proper inflection, or point at the term the text really is.
 *
 * @example not-ok
 *   <Term id="utilization">利用</Term>     → 「利用」 is not how utilization is written; expected 「利活用」 …
 * @example ok
 *   <Term id="utilization">利活用</Term>, <Term id="utilization"/>, <Term id="utilization">利活用する</Term> (a form)
 */
import type { Model } from '../../src/model/model.ts';
import { allBodies } from '../../src/model/bodies.ts';
import { isBlank } from '../../src/model/mdx.ts';
import { finding, type Finding, type Rule } from './kit.ts';

const id = 'term/text-mismatch';

export const rule: Rule = {
  id,
  description: "The text of a <Term> is the term's 表記 or one of its forms.",
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const body of allBodies(model)) {
      for (const ref of body.refs) {
        if (ref.kind !== 'term') continue;
        const term = model.terms.get(ref.id);
        const text = ref.text.trim();
        if (!term || !text || text === term.data.label || term.data.forms.includes(text)) continue;
        // A blank 表記 is one mistake in the term's file (text/blank-heading), not one at every use.
        if (isBlank(term.data.label)) continue;
        const forms = term.data.forms.length ? ` or one of its forms ${term.data.forms.map((f) => `「${f}」`).join('')}` : '';
        out.push(
          finding(
            id,
            { file: body.file, ...ref.pos },
            `「${text}」 is not how ${ref.id} is written; expected 「${term.data.label}」${forms}`,
            `write <Term id="${ref.id}"/> to show the 表記, or add 「${text}」 to forms in ${term.file} if it is a proper form of the term`,
          ),
        );
      }
    }
    return out;
  },
};
