/**
 * rule/value — publication-rule parameters are sound and clauses show them through `<RuleValue>`:
 * - every `<RuleValue>` has a known (non-null) value as of the version its body is read in (a clause's
 *   own, a term definition's `since`);
 * - each dated value names a version (`since`) that exists, in chain order, one per version, and a `clause`
 *   that exists in its `since` version (the value's type is the schema's: schemas/publication-rule.ts);
 * - the clause that states a numeric value does not type the number by hand (「10未満」 instead of
 *   `<RuleValue …/>未満`), so text and rule cannot drift apart.
 *
 * Why: one number, one home (OpenFisca style): the publication checker and the text must read the same
 * value; an unknown value must never be shown as if it were known.
 * How to fix: write `<RuleValue rule="…" param="…"/>` where the text states the value; where the value is
 * unknown (null) say so in words; correct `since`/`clause`/`value` in content/rules/<id>.yaml.
 *
 * @example not-ok — in r2026/publication.small-counts.mdx: 「患者等の数が10未満となる場合」
 * @example not-ok — in r2023-05: <RuleValue rule="small-counts" param="threshold"/> while the value is null until r2026
 * @example ok — in r2026: 「患者等の数が<RuleValue rule="small-counts" param="threshold"/>未満となる場合」
 */
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ParamValue, PublicationRule, RuleParam } from '../../schemas/index.ts';
import { textPosition } from '../../src/model/mdx.ts';
import { allBodies } from '../../src/model/bodies.ts';
import type { Doc, LoadResult, Model } from '../../src/model/model.ts';
import { valueAt, versionIndex } from '../../src/model/versions.ts';
import { checkSinces, didYouMean, finding, inContent, placeOf, wasRejected, type Finding, type Rule } from './kit.ts';

const id = 'rule/value';

/** A number in prose that is a quantity: not part of a longer number, not 第N, not a date, a count of meetings or an article. */
const NUMBER = /(?<![0-9０-９.．第])[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９]|[.．][0-9０-９]|\s*[年月日回号条項版時分章節])/g;

export const rule: Rule = {
  id,
  description: 'Rule values are dated soundly, known where shown, and never typed by hand in their clause.',
  check(model: Model, loaded: LoadResult): Finding[] {
    const out: Finding[] = [];
    for (const body of allBodies(model)) {
      const version = body.version;
      if (version === undefined || versionIndex(model, version) < 0) continue;
      for (const ref of body.refs) {
        if (ref.kind !== 'rule-value' || !model.rules.get(ref.rule)?.data.params.some((p) => p.id === ref.param)) continue;
        const place = { file: body.file, ...ref.pos };
        const entry = valueAt(model, ref.rule, ref.param, version);
        const file = model.rules.get(ref.rule)!.file;
        if (!entry) {
          out.push(finding(id, place, `「${ref.rule}.${ref.param}」 has no value as of ${version}; expected a value whose since is ${version} or earlier`,
            `add the value with its source to ${file}, or say in words that the rule did not exist then`));
        } else if (entry.value === null) {
          out.push(finding(id, place, `「${ref.rule}.${ref.param}」 is unknown (value: null since ${entry.since}) as of ${version}; expected a known value where the text shows it`,
            `say in words that the value is not known (without <RuleValue>), or add the value with its source to ${file}`));
        }
      }
    }
    for (const r of model.rules.values()) {
      r.data.params.forEach((p, i) => checkParam(out, model, loaded, r, p, i));
    }
    return out;
  },
};

function checkParam(out: Finding[], model: Model, loaded: LoadResult, r: Doc<PublicationRule>, p: RuleParam, i: number): void {
  const at = (j: number, field: keyof ParamValue) => placeOf(r, ['params', i, 'values', j, field]);
  p.values.forEach((v, j) => {
    const clauses = model.clauses.get(v.since);
    if (model.versions.has(v.since) && !clauses?.has(v.clause) && !wasRejected(loaded, 'clause', v.clause, v.since)) {
      out.push(finding(id, at(j, 'clause'), `「${v.clause}」 is not a clause of ${v.since}; expected the clause of ${v.since} that states this value${didYouMean(v.clause, clauses?.keys() ?? [])}`,
        `every value has a home: name the clause (a file in ${inContent(model, 'guideline/')}${v.since}/) that states it`));
    }
  });
  const indexes = checkSinces(out, id, loaded, p.values, { entry: 'value', of: `${r.data.id}.${p.id}`, at: (j) => at(j, 'since') });
  // Each sound value holds from its since to the version before the next sound one.
  const ranges: { entry: ParamValue; from: number; to: number }[] = [];
  p.values.forEach((v, j) => {
    const index = indexes[j];
    if (index === undefined) return;
    if (ranges.length) ranges[ranges.length - 1]!.to = index - 1;
    ranges.push({ entry: v, from: index, to: model.chain.length - 1 });
  });
  for (const { entry, from, to } of ranges) {
    if (typeof entry.value !== 'number') continue;
    for (let k = from; k <= to; k++) handTyped(out, model, r, p, entry, model.chain[k]!);
  }
}

/** The value typed as a number in the clause that states it, in a version where that value holds. */
function handTyped(out: Finding[], model: Model, r: Doc<PublicationRule>, p: RuleParam, entry: ParamValue, version: string): void {
  const clause = model.clauses.get(version)?.get(entry.clause);
  if (!clause) return;
  visit(clause.body, 'text', (node: Text) => {
    for (const m of node.value.matchAll(NUMBER)) {
      const n = Number(m[0].replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))));
      if (n !== entry.value) continue;
      out.push(finding(id, { file: clause.file, ...textPosition(node)(m.index) },
        `「${m[0]}」 is typed by hand in ${clause.data.id}, which states ${r.data.id}.${p.id} (${String(entry.value)} as of ${version}); expected <RuleValue rule="${r.data.id}" param="${p.id}"/>`,
        `replace 「${m[0]}」 with <RuleValue rule="${r.data.id}" param="${p.id}"/>, so that the text follows the rule's dated values`));
    }
  });
}
