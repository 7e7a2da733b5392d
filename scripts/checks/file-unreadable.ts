/**
 * file/unreadable — every document can be read: no dangling link, no link loop, no file the checker may not
 * open, no folder where a file belongs.
 *
 * Why: the checker would otherwise stop with an internal error naming no file, and the site build with it.
 * How to fix: replace a link with the file itself (or remove it); give the file read permission.
 *
 * @example not-ok
 *   content/terms/user.mdx → ../old/user.mdx    ← a link to a file that does not exist
 *   content/terms/loop.mdx → loop.mdx           ← a link to itself
 * @example ok
 *   content/terms/user.mdx                      ← a plain file
 *
 * The loader finds these (src/model/files.ts); this rule only brings them into the registry.
 */
import { loaderFindings, type Rule } from './kit.ts';

export const rule: Rule = {
  id: 'file/unreadable',
  description: 'Every document can be opened and read: no dangling links, link loops or unreadable files.',
  check: (_model, loaded) => loaderFindings(loaded, 'file/unreadable', 'replace the link with the file, or make it readable'),
};
