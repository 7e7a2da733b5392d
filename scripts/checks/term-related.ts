/**
 * term/related — a term's `related` lists other terms, each once: not the term itself.
 *
 * Why: the term page shows 関連する用語 as links; the term itself there is a link to the same page and a sign
 * that another id was meant.
 * How to fix: write the id of the related term that was meant, or remove the entry.
 *
 * @example not-ok — in terms/user.mdx: `related: [user, utilization]`, or `related: [utilization, utilization]`
 * @example ok — in terms/user.mdx: `related: [utilization]`
 */
import type { Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'term/related';

export const rule: Rule = {
  id,
  description: "A term's related terms are other terms, each listed once.",
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const t of model.terms.values()) {
      const seen = new Set<string>();
      t.data.related.forEach((r, i) => {
        const place = placeOf(t, ['related', i]);
        if (r === t.data.id) {
          out.push(
            finding(
              id,
              place,
              `「${r}」 is the term itself; expected another term related to ${t.data.id}`,
              'write the id of the related term that was meant, or remove the entry',
            ),
          );
        } else if (seen.has(r)) {
          out.push(
            finding(
              id,
              place,
              `「${r}」 is listed twice in the related terms of ${t.data.id}; expected each related term once`,
              'remove the second entry',
            ),
          );
        }
        seen.add(r);
      });
    }
    return out;
  },
};
