/**
 * schema/invalid — every document matches its Zod schema in schemas/ (fields, types, allowed values).
 *
 * Why: pages, the publication checker and the exports trust the model's types; a document that does not
 * match its schema is left out of the model, so everything that refers to it would break.
 * How to fix: correct the field the message names; the schema module documents every field.
 *
 * @example not-ok — the frontmatter of terms/utilization.mdx
 *   id: utilization
 *   label: 利活用
 *   reading: りかつよう
 *   english: utilization
 *   defintions: []        ← 「defintions」 is unknown; 「definitions」 is missing
 * @example ok
 *   definitions: [{ since: r2018-04, basis: fact, sources: [{ url: https://… }] }]
 *
 * The loader finds these (src/model/parse-document.ts, src/model/parse-file.ts: an MDX file without
 * frontmatter); this rule only brings them into the registry.
 */
import { loaderFindings, type Rule } from './kit.ts';

export const rule: Rule = {
  id: 'schema/invalid',
  description: 'Every document matches its schema in schemas/.',
  check: (_model, loaded) => loaderFindings(loaded, 'schema/invalid', 'see the field in schemas/'),
};
