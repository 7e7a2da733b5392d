/**
 * The publication rules as the checker receives them: a JSON-safe bundle cut from the model (so the browser can
 * ship it inside the page), and the parameter values read from it with the model's own `valueAt`.
 */
import type { VersionStatus } from '../../schemas/guideline-version.ts';
import { REVIEW_ROUTE_PARAM, SMALL_CELL_PARAM } from '../../schemas/publication-rule-names.ts';
import type {
  Approver,
  ParamId,
  ParamValue,
  PublicationRule,
  Purpose,
  ReviewRouteRule,
  SmallCellRule,
} from '../../schemas/publication-rule.ts';
import { valueAt, type DatedSource } from '../model/versions.ts';
import type { CheckContext } from './types.ts';
import { quote } from './quote.ts';

export interface BundleVersion {
  id: string;
  label: string;
  /** The furthest stage the sources document (意見募集, 通知, 改定方針了承 …). */
  status: VersionStatus;
  /** Its standing in Japanese, derived by the model (施行中, 公開資料で確認できる最新の版（施行日不明）, 改定方針了承, …). */
  statusLabel: string;
  /** A source gives its 施行日 and no later version took effect: the only version called 施行中. */
  inForce: boolean;
}

/** Everything the engine reads from content/, as plain JSON (made by bundleFromModel in bundle.ts). */
export interface RuleBundle {
  /** Versions from the first to the latest (the model's chain). */
  versions: BundleVersion[];
  rules: PublicationRule[];
  /** version id → clause id → heading, for the clauses the rules cite (to cite and link them). */
  clauses: { [version: string]: { [clause: string]: { heading: string; number: string | null } } };
  /** 利活用の目的 and their Japanese labels, in the schema's order. */
  purposes: { id: Purpose; label: string }[];
}

const sources = new WeakMap<RuleBundle, DatedSource>();

/** The bundle seen through the model's query interface, so `valueAt` works on it unchanged (made once per bundle). */
export function datedSource(bundle: RuleBundle): DatedSource {
  let source = sources.get(bundle);
  if (!source) {
    source = { chain: bundle.versions.map((v) => v.id), rules: new Map(bundle.rules.map((r) => [r.id, { data: r }])) };
    sources.set(bundle, source);
  }
  return source;
}

/** A parameter as the check uses it: the value, where it comes from, and whether it is our assumption. */
export interface UsedParam {
  rule: string;
  param: ParamId;
  label: string;
  value: number | boolean | string;
  /** True when the rule gives no value for the version (null) and the param's `assumption` was used. */
  assumed: boolean;
  /** The assumption's note, when assumed. */
  assumptionNote?: string;
  /** The dated entry that holds for the version (its `value` may be null when assumed). */
  entry: ParamValue;
}

export type ParamLookup = { ok: true; param: UsedParam } | { ok: false; message: string; hint: string };

/** Read a parameter for a version: the dated value, or the param's assumption while the value is unknown. */
export function paramFor(bundle: RuleBundle, ruleId: string, paramId: ParamId, versionId: string): ParamLookup {
  const rule = bundle.rules.find((r) => r.id === ruleId);
  const param = rule?.params.find((p) => p.id === paramId);
  if (!rule || !param) {
    return {
      ok: false,
      message: `規則${quote(rule?.title ?? ruleId)}に${quote(paramId)}の値がありません`,
      hint: `content/rules/${ruleId}.yaml を確かめてください`,
    };
  }
  const version = versionName(bundle, versionId);
  const entry = valueAt(datedSource(bundle), ruleId, paramId, versionId);
  if (!entry) {
    return {
      ok: false,
      message: `${version}には規則${quote(rule.title)}の${quote(param.label)}の値がありません（値は${versionName(bundle, param.values[0]!.since)}からです）`,
      hint: 'それ以降の版を指定してください',
    };
  }
  const base = { rule: ruleId, param: param.id, label: param.label, entry };
  if (entry.value !== null) return { ok: true, param: { ...base, value: entry.value, assumed: false } };
  if (param.assumption) {
    return { ok: true, param: { ...base, value: param.assumption.value, assumed: true, assumptionNote: param.assumption.note } };
  }
  return {
    ok: false,
    message: `${version}では規則${quote(rule.title)}の${quote(param.label)}が分かっていません`,
    hint: '版の指定を省くと、値の分かっている最新の版を使います',
  };
}

/** A small-cell rule with the values it has for a version: what the engine applies and the page states. */
export interface SmallCellValues {
  rule: SmallCellRule;
  threshold: UsedParam & { value: number };
  /** 0 is not a small count (0 を除く); absent when the rule has no such param. */
  zeroExempt?: UsedParam & { value: boolean };
}

export type SmallCellLookup = { ok: true; values: SmallCellValues } | { ok: false; code: string; message: string; hint: string };

/** The one lookup of a small-cell rule's values for a version (the engine, the page and the CLI use it). */
export function smallCellCheckFor(bundle: RuleBundle, rule: SmallCellRule, versionId: string): SmallCellLookup {
  const threshold = paramFor(bundle, rule.id, SMALL_CELL_PARAM.threshold, versionId);
  if (!threshold.ok) return { ok: false, code: 'rules/threshold', message: threshold.message, hint: threshold.hint };
  const values: SmallCellValues = { rule, threshold: threshold.param as UsedParam & { value: number } };
  if (rule.params.some((p) => p.id === SMALL_CELL_PARAM.zeroExempt)) {
    const zero = paramFor(bundle, rule.id, SMALL_CELL_PARAM.zeroExempt, versionId);
    if (!zero.ok) return { ok: false, code: 'rules/zero-exempt', message: zero.message, hint: zero.hint };
    values.zeroExempt = zero.param as UsedParam & { value: boolean };
  }
  return { ok: true, values };
}

/** Who a review-route rule lets judge a publication acceptable, as of a version; undefined while unknown. */
export function approverFor(bundle: RuleBundle, rule: ReviewRouteRule, versionId: string): (UsedParam & { value: Approver }) | undefined {
  const found = paramFor(bundle, rule.id, REVIEW_ROUTE_PARAM.approver, versionId);
  return found.ok ? (found.param as UsedParam & { value: Approver }) : undefined;
}

/** Does a rule apply to this publication? An empty list in `appliesWhen` means "any". */
export function ruleApplies(rule: PublicationRule, context: CheckContext): boolean {
  const { purposes, shows } = rule.appliesWhen;
  if (purposes.length > 0 && (context.purpose === undefined || !purposes.includes(context.purpose))) return false;
  if (shows.length > 0 && !shows.some((s) => contextShows(context).includes(s))) return false;
  return true;
}

export function contextShows(context: CheckContext): ('patient-background' | 'outcome-details' | 'aggregate-only')[] {
  return context.details ? ['patient-background', 'outcome-details'] : ['aggregate-only'];
}

export const smallCellRules = (bundle: RuleBundle) => bundle.rules.filter((r): r is SmallCellRule => r.kind === 'small-cell');
export const routeRules = (bundle: RuleBundle) => bundle.rules.filter((r): r is ReviewRouteRule => r.kind === 'review-route');

/**
 * The version used when none is asked for: the latest version in which every small-cell rule has a known
 * threshold (the brief: "the latest version that has a non-null value").
 */
export function defaultVersion(bundle: RuleBundle): string | undefined {
  const source = datedSource(bundle);
  const rules = smallCellRules(bundle);
  for (const v of [...bundle.versions].reverse()) {
    if (rules.length > 0 && rules.every((r) => valueAt(source, r.id, SMALL_CELL_PARAM.threshold, v.id)?.value != null)) return v.id;
  }
  return undefined;
}

export interface VersionUsed extends BundleVersion {
  inForce: boolean;
  /** The version in force, when it is not this one. */
  inForceVersion?: BundleVersion;
}

export function describeVersion(bundle: RuleBundle, id: string): VersionUsed | undefined {
  const v = bundle.versions.find((x) => x.id === id);
  if (!v) return undefined;
  const inForce = bundle.versions.find((x) => x.inForce);
  return {
    ...v,
    inForce: v.inForce,
    ...(inForce && inForce.id !== v.id && { inForceVersion: inForce }),
  };
}

/**
 * A version as readers name it: its label, with its status where the label does not already say it
 * (「次期改定（2026年2月 改定方針了承）」, 「令和5年5月意見募集の改定案（公開資料で確認できる最新の版（施行日不明））」).
 */
export function versionName(bundle: RuleBundle, id: string): string {
  const v = bundle.versions.find((x) => x.id === id);
  if (!v) return id;
  return v.label.includes(v.statusLabel) ? v.label : `${v.label}（${v.statusLabel}）`;
}

/** The site path of a clause in a version, if the bundle has that clause there. */
export function clausePath(bundle: RuleBundle, version: string, clause: string): string | undefined {
  return bundle.clauses[version]?.[clause] ? `guideline/${version}/${clause}/` : undefined;
}
