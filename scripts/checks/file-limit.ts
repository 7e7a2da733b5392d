/**
 * file/limit — every document stays within the limits that keep the site buildable (src/model/files.ts,
 * LIMITS): at most 512 KiB a file; Markdown and MDX nested at most 16 levels deep (block quotes, lists,
 * emphasis, components inside one another); YAML nested within what the parser can read.
 *
 * Why: the renderer and the site walk each body recursively; content nested thousands of levels deep passes
 * every other rule and then overflows the stack in `npm run build`.
 * How to fix: flatten the nesting (a list inside a list inside a list is rarely what a reader needs); split a
 * huge file, or check that it is the file you meant.
 *
 * @example not-ok
 *   > > > > > > > > > > > > > > > > > 引用      ← 17 block quotes inside each other
 * @example ok
 *   > 引用
 *
 * The loader finds these (src/model/files.ts, mdx.ts, parse-document.ts); this rule only brings them into the
 * registry.
 */
import { loaderFindings, type Rule } from './kit.ts';

export const rule: Rule = {
  id: 'file/limit',
  description: 'Every document is small and shallow enough for the site to build it.',
  check: (_model, loaded) => loaderFindings(loaded, 'file/limit', 'flatten the nesting, or split the file'),
};
