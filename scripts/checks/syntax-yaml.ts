/**
 * syntax/yaml — every YAML file and every clause frontmatter can be read as YAML.
 *
 * Why: a file that cannot be read is not in the model at all.
 * How to fix: check the indentation and the quoting on the line named; a value holding 「: 」 or starting
 * with a quote, 「[」 or 「{」 needs quotes.
 *
 * @example not-ok
 *   label: 利活用: 定義      ← a second ": " on one line
 *   label: !!binary 5Yip    ← a tag (!!binary, !!js/function, !custom): content is plain values
 *   x: *a                   ← an alias (an alias bomb expands into gigabytes)
 * @example ok
 *   label: "利活用: 定義"
 *
 * The loader finds these (src/model/parse-document.ts); this rule only brings them into the registry.
 */
import { loaderFindings, type Rule } from './kit.ts';

export const rule: Rule = {
  id: 'syntax/yaml',
  description: 'Every YAML file and frontmatter block can be read.',
  check: (_model, loaded) => loaderFindings(loaded, 'syntax/yaml', 'check the indentation and quoting on this line'),
};
