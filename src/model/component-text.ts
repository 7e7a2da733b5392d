/**
 * The words the three content components stand for — a term's 表記, a clause reference, a rule value — as of
 * the version being read. The rendered body (render.ts) and its plain text (clause-text.ts: the 新旧対照表, the
 * exports) both take them from here, so a page and the table built from it say the same thing.
 */
import type { Basis, ParamValue, TermDefinition } from '../../schemas/index.ts';
import { ENUM_VALUE_LABEL } from '../../schemas/publication-rule-names.ts';
import { clauseTitle } from './clause-title.ts';
import type { Model } from './model.ts';
import { valueAt, versionLabel } from './versions.ts';

/** An MDX component node as far as these functions read it. */
export interface JsxLike {
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/** A plain quoted attribute of a component (`<Term id="user"/>` → "user"); expressions were rejected by the loader. */
export function jsxAttr(node: JsxLike, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

/** 根拠: where a fact comes from, in a word (tables, the checker's reasons). Free of schema code, for the browser. */
export const SOURCE_BASIS_LABEL: Record<Basis, string> = { fact: '公開資料', seed: '第31回議事概要（案）', inferred: '当サイトの推定' };

/** Where a dated value comes from, said after it when it is not a public document. */
export const BASIS_NOTE: Record<Basis, string> = {
  fact: '',
  seed: `（${SOURCE_BASIS_LABEL.seed}による）`,
  inferred: `（${SOURCE_BASIS_LABEL.inferred}）`,
};

/**
 * A definition's words as readers see them outside its term page (tips, the glossary): a definition whose new
 * wording is not out says so and gives what was approved as such, and every definition ends with its basis when
 * that is not a public page — 「（当サイトの推定）」, 「（第31回議事概要（案）による）」.
 */
export function definitionWords(def: Pick<TermDefinition, 'text' | 'basis' | 'provenance'>): string {
  return `${def.provenance === 'pending' ? '改定後の定義の文言は未公表。了承された見直しの方向：' : ''}${def.text}${BASIS_NOTE[def.basis]}`;
}

/** A self-closing `<Term id>` shows the term's 表記 (its id when there is no such term). */
export function termLabel(model: Model, termId: string): string {
  return model.terms.get(termId)?.data.label ?? termId;
}

/**
 * A `<ClauseRef>` without text of its own shows 「番号 見出し」 of the clause in the version it points to;
 * undefined when that version has no such clause (the reference then shows its text, or the id).
 */
export function clauseRefLabel(model: Model, clauseId: string, versionId: string): string | undefined {
  const clause = model.clauses.get(versionId)?.get(clauseId);
  return clause ? `「${clauseTitle(clause.data)}」` : undefined;
}

/** Said after a `<ClauseRef version>` that points into another version than the one being read: （その版の表示名）. */
export function otherVersionNote(model: Model, target: string, reading: string): string {
  return target === reading ? '' : `（${versionLabel(model, target)}）`;
}

/**
 * A parameter value as a reader sees it: `shown` for running text (the sentence carries the unit),
 * `withUnit` for tables, `title` for the longer note. A value whose basis is `inferred` ends in （推定） in each.
 */
export function describeParamValue(
  entry: ParamValue | undefined,
  unit?: string,
): { shown: string; withUnit: string; title: string; missing: boolean } {
  if (!entry) {
    return { shown: '（この版には定めなし）', withUnit: '定めなし', title: 'この版にはこの値の定めがありません', missing: true };
  }
  if (entry.value === null) {
    return { shown: '不明', withUnit: '不明', title: `この版での値は不明${entry.note ? `（${entry.note}）` : ''}`, missing: true };
  }
  // A value we infer says so wherever it stands — in running text, in tables, in the plain text of exports — as
  // dates do (formatDate): 「10（推定）」.
  const ours = entry.basis === 'inferred' ? '（推定）' : '';
  const shown = formatValue(entry.value) + ours;
  const withUnit = formatValue(entry.value, unit) + ours;
  return { shown, withUnit, title: `この版での値 ${withUnit}${entry.basis ? BASIS_NOTE[entry.basis] : ''}`, missing: false };
}

/** A known parameter value in words: 10人 (with a unit), はい / いいえ, or the label of an enum value. */
export function formatValue(value: number | boolean | string, unit?: string): string {
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (typeof value === 'string') return ENUM_VALUE_LABEL[value] ?? value;
  return unit ? `${value}${unit}` : String(value);
}

/**
 * What a `<RuleValue rule param>` shows in running text as of a version, with the description behind it;
 * undefined when the rule or the parameter does not exist (the reference then shows `rule.param`).
 */
export function ruleValueAt(
  model: Model,
  ruleId: string,
  paramId: string,
  versionId: string,
): ReturnType<typeof describeParamValue> | undefined {
  const param = model.rules.get(ruleId)?.data.params.find((p) => p.id === paramId);
  return param ? describeParamValue(valueAt(model, ruleId, paramId, versionId), param.unit) : undefined;
}
