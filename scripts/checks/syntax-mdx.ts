/**
 * syntax/mdx — every MDX body (clauses, meetings, terms) uses only the content components, with plain
 * attributes; in a meeting's minutes they only wrap the minutes' words.
 *
 * Why: content is data. The site renders bodies from their syntax tree; imports, `{expressions}` and other
 * components would run code or render nothing.
 * How to fix: use Markdown for formatting and only <Term>, <ClauseRef>, <RuleValue>; write a literal
 * 「<」 as &lt; and 「{」 as &#123;. In minutes, wrap the words the minutes print (<Term id="…">words</Term>):
 * a <RuleValue> or a self-closing <Term/> would show words the minutes do not have.
 *
 * @example not-ok
 *   公表には<Note>注意</Note>が必要である。       ← Note is not a content component
 *   件数が{count}未満の場合                        ← an expression
 *   (minutes) 患者等の数が<RuleValue rule="small-counts" param="threshold"/>未満   ← adds words to the minutes
 * @example ok
 *   <Term id="publication">公表</Term>には、<RuleValue rule="small-counts" param="threshold"/>未満の…
 *
 * The loader finds these (src/model/mdx.ts); this rule only brings them into the registry.
 */
import { loaderFindings, type Rule } from './kit.ts';

export const rule: Rule = {
  id: 'syntax/mdx',
  description: 'MDX bodies use only Term, ClauseRef and RuleValue (in minutes: only wrapping words).',
  check: (_model, loaded) => loaderFindings(loaded, 'syntax/mdx', 'use only the content components Term, ClauseRef, RuleValue'),
};
