/**
 * file/unexpected — every file and folder under content/ is a document in its place, or it is reported here
 * with where it belongs. The places are the `pattern`s of DOCUMENT_KINDS (schemas/index.ts): nothing else.
 *
 * Why: a clause saved as .md, a term as .yml, a folder typo (content/term/) or a clause in a nested folder
 * would otherwise be dropped without a word, and the site would silently lack it.
 * How to fix: rename or move the file as the message says (a term is content/terms/<id>.mdx, its YAML as the
 * frontmatter); remove editors' leftovers (x.mdx~, .x.swp, .DS_Store).
 *
 * @example not-ok
 *   content/term/utilization.mdx            ← the folder is terms/
 *   content/guideline/r2026/scope.md        ← a clause is an .mdx file
 *   content/guideline/r2026/old/scope.mdx   ← clauses lie directly in their version's folder
 *   content/guideline/r2026/scope           ← no extension
 *   content/meetings/user.mdx               ← a term (valid as one) among the meetings: src/model/parse-file.ts
 *   content/guideline/r2027/                ← an empty version folder
 * @example ok
 *   content/terms/utilization.mdx
 *   content/guideline/r2026/scope.mdx
 *
 * A misplaced file's document is not in the model: what refers to it is not reported again (kit.ts, Subject).
 * The loader finds these (src/model/files.ts); this rule only brings them into the registry.
 */
import { loaderFindings, type Rule } from './kit.ts';

export const rule: Rule = {
  id: 'file/unexpected',
  description: 'Every file and folder under content/ is a document in the place of its kind.',
  check: (_model, loaded) => loaderFindings(loaded, 'file/unexpected', 'move the file to the place of its kind, or remove it'),
};
