/**
 * term/definition-order — a term's definitions are dated by versions that exist (`since`), oldest first in
 * the order of the version chain, one definition per version.
 *
 * Why: `definitionAt(term, version)` picks the latest definition not after the version (OpenFisca style); a
 * misspelt `since` would silently drop a definition, and entries out of order misread the history.
 * How to fix: correct `since`, or reorder the entries oldest first.
 *
 * @example not-ok
 *   definitions: [{ since: r2023-05, … }, { since: r2018-04, … }]
 * @example ok
 *   definitions: [{ since: r2018-04, … }, { since: r2026, …, decidedAt: { meeting: m31, item: d3 } }]
 */
import type { LoadResult, Model } from '../../src/model/model.ts';
import { versionIndex } from '../../src/model/query.ts';
import { finding, placeOf, wasRejected, type Finding, type Rule } from './rule.ts';

const id = 'term/definition-order';

export const rule: Rule = {
  id,
  description: 'Term definitions name existing versions, oldest first, one per version.',
  check(model: Model, loaded: LoadResult): Finding[] {
    const out: Finding[] = [];
    for (const term of model.terms.values()) {
      let previous: { since: string; index: number } | undefined;
      term.data.definitions.forEach((d, i) => {
        const place = placeOf(term, ['definitions', i, 'since']);
        if (!model.versions.has(d.since)) {
          if (!wasRejected(loaded, 'version', d.since)) {
            out.push(finding(id, place, `「${d.since}」 is not a version id; expected one of ${[...model.versions.keys()].join(', ')}`,
              'a definition holds from the version named in since: write the id of a version folder'));
          }
          return;
        }
        const index = versionIndex(model, d.since);
        // Versions off the chain are reported by version/chain; their order cannot be judged here.
        if (index < 0) return;
        if (previous && index <= previous.index) {
          out.push(finding(id, place,
            index === previous.index
              ? `「${d.since}」 is the since of two definitions of ${term.data.id}; expected one definition per version`
              : `「${d.since}」 comes after ${previous.since} in the definitions of ${term.data.id}; expected oldest first (${model.chain.join(' → ')})`,
            index === previous.index ? 'merge the two definitions into one' : 'reorder the definitions oldest first'));
        }
        if (!previous || index > previous.index) previous = { since: d.since, index };
      });
    }
    return out;
  },
};
