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
import { checkSinces, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'term/definition-order';

export const rule: Rule = {
  id,
  description: 'Term definitions name existing versions, oldest first, one per version.',
  check(model: Model, loaded: LoadResult): Finding[] {
    const out: Finding[] = [];
    for (const term of model.terms.values()) {
      checkSinces(out, id, loaded, term.data.definitions, {
        entry: 'definition',
        of: term.data.id,
        at: (i) => placeOf(term, ['definitions', i, 'since']),
      });
    }
    return out;
  },
};
