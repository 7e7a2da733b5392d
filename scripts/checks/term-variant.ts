/**
 * term/variant — a term's `variants` (wrong or deprecated spellings, which the prose lint rejects and replaces by
 * the 表記) are wrong spellings only: none is the term's own 表記 or one of its `forms`, nor the 表記 or a form of
 * another term, and none is listed under two terms.
 *
 * Why: the prose lint's dictionary is generated from the variants; a correct spelling among them makes every
 * correct use of the word an error (or "corrects" it into another term), and a variant under two terms has no
 * one replacement.
 * How to fix: remove the entry (or correct it to the wrong spelling that was meant); keep a shared variant
 * under the one term it stands for.
 *
 * @example not-ok — in terms/utilization.mdx: `label: 利活用`, `variants: [利活用]` or `variants: [利活用する]` with `forms: [利活用する]`
 * @example ok — `label: 利活用`, `variants: [利用活用]`
 */
import type { Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'term/variant';

export const rule: Rule = {
  id,
  description: "A term's variants are wrong spellings only: no 表記 or form of any term, none under two terms.",
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const correct = new Map<string, { term: string; what: string }>();
    const terms = [...model.terms.values()].sort((a, b) => (a.data.id < b.data.id ? -1 : 1));
    for (const t of terms) {
      if (!correct.has(t.data.label)) correct.set(t.data.label, { term: t.data.id, what: '表記 (label)' });
      for (const f of t.data.forms) if (!correct.has(f)) correct.set(f, { term: t.data.id, what: 'form' });
    }
    const owner = new Map<string, string>();
    for (const t of terms) {
      t.data.variants.forEach((v, i) => {
        const place = placeOf(t, ['variants', i]);
        const right =
          t.data.label === v
            ? { term: t.data.id, what: '表記 (label)' }
            : t.data.forms.includes(v)
              ? { term: t.data.id, what: 'form' }
              : correct.get(v);
        if (right) {
          out.push(
            finding(
              id,
              place,
              `「${v}」 is ${right.term === t.data.id ? `its own ${right.what}` : `the ${right.what} of ${right.term}`}, listed as a wrong spelling of ${t.data.id}; expected a variant that is no correct spelling`,
              'remove it from variants (the prose lint would reject every correct use of the word), or write the wrong spelling that was meant',
            ),
          );
          return;
        }
        const first = owner.get(v);
        if (first && first !== t.data.id) {
          out.push(
            finding(
              id,
              place,
              `「${v}」 is already a variant of ${first}; expected each variant under one term`,
              'keep the variant under the one term it stands for',
            ),
          );
          return;
        }
        owner.set(v, t.data.id);
      });
    }
    return out;
  },
};
