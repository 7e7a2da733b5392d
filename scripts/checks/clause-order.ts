/**
 * clause/order — siblings (clauses of one version with the same parent) have different `order` values.
 *
 * Why: `order` is the only thing that places a clause among its siblings; two equal values leave the
 * reading order to the file system.
 * How to fix: give the clauses distinct `order` values in reading order (any numbers; gaps are fine).
 *
 * @example not-ok — publication.small-counts and publication.procedure both `parent: publication`, `order: 2`
 * @example ok — `order: 1`, `order: 2`, `order: 2.5`
 */
import type { Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'clause/order';

export const rule: Rule = {
  id,
  description: 'Sibling clauses have distinct order values.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const [version, clauses] of model.clauses) {
      const seen = new Map<string, string>();
      for (const c of [...clauses.values()].sort((a, b) => (a.file < b.file ? -1 : 1))) {
        const key = `${c.data.parent ?? ''}\0${c.data.order}`;
        const other = seen.get(key);
        if (other) {
          out.push(
            finding(
              id,
              placeOf(c, ['order']),
              `「${c.data.order}」 is already the order of ${other} under ${c.data.parent ?? 'the top level'} in ${version}; expected distinct orders among siblings`,
              'give each sibling its own order value, in reading order',
            ),
          );
        } else seen.set(key, c.data.id);
      }
    }
    return out;
  },
};
