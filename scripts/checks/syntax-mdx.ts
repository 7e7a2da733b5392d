/**
 * syntax/mdx — every clause body is MDX that uses only the content components, with plain attributes.
 *
 * Why: content is data. The site renders bodies from their syntax tree; imports, `{expressions}` and other
 * components would run code or render nothing.
 * How to fix: use Markdown for formatting and only <Term>, <ClauseRef>, <RuleValue>; write a literal
 * 「<」 as &lt; and 「{」 as &#123;.
 *
 * @example not-ok
 *   公表には<Note>注意</Note>が必要である。       ← Note is not a content component
 *   件数が{count}未満の場合                        ← an expression
 * @example ok
 *   <Term id="publication">公表</Term>には、<RuleValue rule="small-counts" param="threshold"/>未満の…
 *
 * The loader finds these (src/model/mdx.ts); this rule only brings them into the registry.
 */
import { loaderFindings, type Rule } from './kit.ts';

export const rule: Rule = {
  id: 'syntax/mdx',
  description: 'Clause bodies are MDX using only Term, ClauseRef and RuleValue.',
  check: (_model, loaded) => loaderFindings(loaded, 'syntax/mdx', 'use only the content components Term, ClauseRef, RuleValue'),
};
