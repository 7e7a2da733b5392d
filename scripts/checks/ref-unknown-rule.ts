/**
 * ref/unknown-rule — every `<RuleValue rule param>` names a publication rule in content/rules/ and one of
 * its parameters; every id in an amendment's `rules` names a rule.
 *
 * Why: a <RuleValue> shows the parameter's value as of the version its text is read in; a wrong name shows nothing.
 * How to fix: use the rule's id (its file name) and a parameter id listed under its `params`.
 *
 * @example not-ok
 *   <RuleValue rule="small-count" param="threshold"/>     → … (did you mean small-counts?)
 *   <RuleValue rule="small-counts" param="limit"/>        → 「limit」 is not a parameter of small-counts; …
 * @example ok
 *   <RuleValue rule="small-counts" param="threshold"/>
 */
import type { Model } from '../../src/model/model.ts';
import { allBodies } from '../../src/model/bodies.ts';
import { didYouMean, finding, inContent, placeOf, type Finding, type FilePosition, type Rule } from './kit.ts';

const id = 'ref/unknown-rule';

export const rule: Rule = {
  id,
  description: 'Every <RuleValue> names an existing publication rule and parameter.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const known = (ruleId: string, place: FilePosition): boolean => {
      if (model.rules.has(ruleId)) return true;
      if (ruleId) {
        out.push(
          finding(
            id,
            place,
            `「${ruleId}」 is not a publication rule id; expected the id of a rule in ${inContent(model, 'rules/')}${didYouMean(ruleId, model.rules.keys())}`,
            'a rule id is its file name without .yaml',
            { kind: 'rule', id: ruleId },
          ),
        );
      }
      return false;
    };
    for (const body of allBodies(model)) {
      for (const ref of body.refs) {
        if (ref.kind !== 'rule-value') continue;
        const place = { file: body.file, ...ref.pos };
        if (!known(ref.rule, place) || !ref.param) continue;
        const params: string[] = model.rules.get(ref.rule)!.data.params.map((p) => p.id);
        if (!params.includes(ref.param)) {
          out.push(
            finding(
              id,
              place,
              `「${ref.param}」 is not a parameter of ${ref.rule}; expected ${params.length > 1 ? `one of ${params.join(', ')}` : params.length ? params[0] : 'a parameter, but the rule has none'}${didYouMean(ref.param, params)}`,
              `use a parameter listed under params in ${model.rules.get(ref.rule)!.file}, or add it there with its dated values`,
            ),
          );
        }
      }
    }
    for (const a of model.amendments.values()) a.data.rules.forEach((r, i) => known(r, placeOf(a, ['rules', i])));
    return out;
  },
};
