/**
 * rule/value — publication-rule parameters are sound and clauses show them through `<RuleValue>`:
 * - every `<RuleValue>` has a known (non-null) value as of the version its body is read in (a clause's
 *   own, a term definition's `since`);
 * - each dated value names a version (`since`) that exists, in chain order, one per version, and a `clause`
 *   that exists in its `since` version (the value's type is the schema's: schemas/publication-rule.ts);
 * - no text of ours types a numeric value by hand instead of `<RuleValue>`: the clause that states it not at
 *   all (「10」 instead of `<RuleValue …/>`), and no clause or term definition as a threshold (「10未満」, 「１０人以上」,
 *   「十未満」: the number in half-width, full-width or kanji numerals, followed by 未満, 以上, 以下, 超, を超え …), in
 *   every version where that value holds — in a body or a clause's heading; and no threshold equal to a value the
 *   rule has only in other versions where it is unknown (null) in the version read: a number the sources do not
 *   give for that version. (A meeting's minutes quote their own words and may.)
 *
 * Why: one number, one home (OpenFisca style): the publication checker and the text must read the same
 * value; an unknown value must never be shown as if it were known.
 * How to fix: write `<RuleValue rule="…" param="…"/>` where the text states the value; where the value is
 * unknown (null) say so in words; correct `since`/`clause`/`value` in content/rules/<id>.yaml.
 *
 * @example not-ok — in r2026/publication.small-counts.mdx: 「患者等の数が10未満となる場合」
 * @example not-ok — in r2026/publication.mdx (another clause): 「十未満の数は示さない」 or 「１０未満」
 * @example not-ok — in r2023-05: <RuleValue rule="small-counts" param="threshold"/> while the value is null until r2026
 * @example ok — in r2026: 「患者等の数が<RuleValue rule="small-counts" param="threshold"/>未満となる場合」
 */
import type { ParamValue, PublicationRule, RuleParam } from '../../schemas/index.ts';
import { allBodies, type ContentBody } from '../../src/model/bodies.ts';
import { halfWidthDigits, NUMERAL, numeralValue } from '../../src/model/japanese.ts';
import { textNodes, textPosition } from '../../src/model/mdx.ts';
import type { Doc, LoadResult, Model } from '../../src/model/model.ts';
import { valueAt, versionIndex } from '../../src/model/versions.ts';
import { checkSinces, didYouMean, finding, inContent, placeOf, wasRejected, type Finding, type FilePosition, type Rule } from './kit.ts';

const id = 'rule/value';

/** A number in prose that is a quantity: not part of a longer number, not 第N, not a date, a count of meetings or an article. */
const NUMBER = /(?<![0-9０-９.．第])[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９]|[.．][0-9０-９]|\s*[年月日回号条項版時分章節])/g;

/** What makes a number a threshold: a comparison right after it (未満, 以上, 以下, 超, を超え, に満たない …). */
const COMPARISON = /未満|以上|以下|超|に満た|より少な|より多/g;
const HAS_COMPARISON = new RegExp(COMPARISON.source);
/** A number (half-width, full-width or kanji) and an optional unit, at the end of the text before a comparison. */
const BEFORE_COMPARISON = new RegExp(
  `(?<![0-9０-９.．第〇一二三四五六七八九十百千])(${NUMERAL})\\s*(?:人|名|件|例|症例|施設|者)?\\s*(?:を)?$`,
);

/** The thresholds of a text: each number right before a comparison (10未満, １０人以上, 十名を超える), by index. */
function thresholds(text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (const c of text.matchAll(COMPARISON)) {
    const before = text.slice(Math.max(0, c.index - 16), c.index);
    const m = BEFORE_COMPARISON.exec(before);
    if (m) out.push({ index: c.index - before.length + m.index, text: m[1]! });
  }
  return out;
}

export const rule: Rule = {
  id,
  description: 'Rule values are dated soundly, known where shown, and never typed by hand in their clause.',
  check(model: Model, loaded: LoadResult): Finding[] {
    const out: Finding[] = [];
    for (const body of allBodies(model)) {
      const version = body.version;
      if (version === undefined || versionIndex(model, version) < 0) continue;
      for (const ref of body.refs) {
        const param = ref.kind === 'rule-value' ? model.rules.get(ref.rule)?.data.params.find((p) => p.id === ref.param) : undefined;
        if (ref.kind !== 'rule-value' || !param) continue;
        // A value dated from a version that does not exist is the rule's own finding (its since): what the text
        // reads of that parameter follows from it.
        if (param.values.some((v) => !model.versions.has(v.since))) continue;
        const place = { file: body.file, ...ref.pos };
        const entry = valueAt(model, ref.rule, ref.param, version);
        const file = model.rules.get(ref.rule)!.file;
        if (!entry) {
          out.push(
            finding(
              id,
              place,
              `「${ref.rule}.${ref.param}」 has no value as of ${version}; expected a value whose since is ${version} or earlier`,
              `add the value with its source to ${file}, or say in words that the rule did not exist then`,
            ),
          );
        } else if (entry.value === null) {
          out.push(
            finding(
              id,
              place,
              `「${ref.rule}.${ref.param}」 is unknown (value: null since ${entry.since}) as of ${version}; expected a known value where the text shows it`,
              `say in words that the value is not known (without <RuleValue>), or add the value with its source to ${file}`,
            ),
          );
        }
      }
    }
    const numbers = new Map<string, Stated[]>();
    for (const r of model.rules.values()) {
      r.data.params.forEach((p, i) => checkParam(out, model, loaded, r, p, i, numbers));
    }
    // Every numeric value any version holds: a threshold typed where its value is unknown is one invented.
    const anyVersion = [...numbers.values()].flat();
    if (!anyVersion.length) return out;
    for (const body of allBodies(model)) {
      if (body.quote || body.version === undefined) continue;
      handTyped(out, model, body, numbers.get(body.version) ?? [], anyVersion);
    }
    // A clause's heading is text of ours too (it is shown, and read as of the clause's version).
    for (const [version, clauses] of model.clauses) {
      for (const clause of clauses.values()) {
        for (const t of thresholds(clause.data.heading)) {
          const s = matching(t.text, true, numbers.get(version) ?? [], [], anyVersion);
          if (s) out.push(handTypedFinding({ ...placeOf(clause, ['heading']) }, clause.data.id, t.text, s, false, version));
        }
      }
    }
    return out;
  },
};

/** A numeric value that holds in a version, and the clause that states it. */
interface Stated {
  rule: Doc<PublicationRule>;
  param: RuleParam;
  entry: ParamValue;
  version: string;
}

function checkParam(
  out: Finding[],
  model: Model,
  loaded: LoadResult,
  r: Doc<PublicationRule>,
  p: RuleParam,
  i: number,
  numbers: Map<string, Stated[]>,
): void {
  const at = (j: number, field: keyof ParamValue) => placeOf(r, ['params', i, 'values', j, field]);
  p.values.forEach((v, j) => {
    const clauses = model.clauses.get(v.since);
    if (model.versions.has(v.since) && !clauses?.has(v.clause) && !wasRejected(loaded, 'clause', v.clause, v.since)) {
      out.push(
        finding(
          id,
          at(j, 'clause'),
          `「${v.clause}」 is not a clause of ${v.since}; expected the clause of ${v.since} that states this value${didYouMean(v.clause, clauses?.keys() ?? [])}`,
          `every value has a home: name the clause (a file in ${inContent(model, 'guideline/')}${v.since}/) that states it`,
        ),
      );
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
    for (let k = from; k <= to; k++) {
      const version = model.chain[k]!;
      const list = numbers.get(version) ?? [];
      list.push({ rule: r, param: p, entry, version });
      numbers.set(version, list);
    }
  }
}

/**
 * The values typed by hand in a body read in a version where they hold: any number equal to one in the clause
 * that states it, a threshold (a number before 未満, 以上 …) equal to one anywhere.
 */
function handTyped(out: Finding[], model: Model, body: ContentBody, stated: readonly Stated[], anyVersion: readonly Stated[]): void {
  const statedHere =
    body.kind === 'clause' ? stated.filter(({ entry, version }) => model.clauses.get(version)?.get(entry.clause)?.file === body.file) : [];
  for (const node of textNodes(body.body)) {
    const text = node.value;
    // Most texts hold no number to judge: look closer only when there is one (or a comparison).
    const numbers = statedHere.length ? [...text.matchAll(NUMBER)].map((m) => ({ index: m.index, text: m[0], threshold: false })) : [];
    const found = HAS_COMPARISON.test(text) ? [...numbers, ...thresholds(text).map((t) => ({ ...t, threshold: true }))] : numbers;
    if (!found.length) continue;
    const at = textPosition(node);
    const seen = new Set<number>();
    for (const { index, text: number, threshold } of found.sort((a, b) => a.index - b.index || Number(b.threshold) - Number(a.threshold))) {
      if (seen.has(index)) continue;
      seen.add(index);
      const s = matching(number, threshold, stated, statedHere, anyVersion);
      if (!s) continue;
      const where =
        body.kind === 'clause'
          ? body.file
              .split('/')
              .pop()!
              .replace(/\.mdx$/, '')
          : body.file;
      out.push(handTypedFinding({ file: body.file, ...at(index) }, where, number, s, statedHere.includes(s), body.version!));
    }
  }
}

/**
 * The stated value a number typed by hand stands for: in the clause that states it any equal number, elsewhere
 * a threshold equal to a value that holds in the version — or, where the value is unknown in that version, equal
 * to one it has in another (a number the sources do not give for this version).
 */
function matching(
  number: string,
  threshold: boolean,
  stated: readonly Stated[],
  statedHere: readonly Stated[],
  anyVersion: readonly Stated[],
): Stated | undefined {
  const value = numeralValue(number) ?? Number(halfWidthDigits(number));
  const candidates = stated.filter(({ entry }) => entry.value === value);
  const s = candidates.find((c) => statedHere.includes(c)) ?? (threshold ? candidates[0] : undefined);
  if (s || !threshold) return s;
  return anyVersion.find(({ entry, rule, param }) => entry.value === value && !stated.some((o) => o.rule === rule && o.param === param));
}

function handTypedFinding(place: FilePosition, where: string, number: string, s: Stated, stating: boolean, version: string): Finding {
  const tag = `<RuleValue rule="${s.rule.data.id}" param="${s.param.id}"/>`;
  if (s.version !== version && s.entry.since !== version && !stating) {
    return finding(
      id,
      place,
      `「${number}」 is typed by hand in ${where}, read as of ${version}, where ${s.rule.data.id}.${s.param.id} is not known (it is ${String(s.entry.value)} from ${s.entry.since}); expected no number the sources do not give for ${version}`,
      `say in words that the value is not known as of ${version}, or date the value in the rule from ${version} with its source and write ${tag}`,
    );
  }
  return finding(
    id,
    place,
    `「${number}」 is typed by hand in ${where}, ${stating ? 'which states' : 'where it stands for'} ${s.rule.data.id}.${s.param.id} (${String(s.entry.value)} as of ${s.version}); expected ${tag}`,
    `replace 「${number}」 with ${tag}, so that the text follows the rule's dated values`,
  );
}
