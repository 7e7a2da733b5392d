/**
 * The publication rules as the checker receives them: a JSON-safe bundle cut from the model (so the browser can
 * ship it inside the page), and the parameter values read from it with the model's own `valueAt`.
 */
import type { VersionStatus } from '../../schemas/guideline-version.ts';
import type { ParamValue, PublicationRule, Purpose, RuleParam } from '../../schemas/publication-rule.ts';
import { valueAt, type DatedSource } from '../model/versions.ts';
import type { CheckContext } from './types.ts';

export interface BundleVersion {
  id: string;
  label: string;
  status: VersionStatus;
  /** 状態 in Japanese (施行中, 改定方針了承, …). */
  statusLabel: string;
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
  param: string;
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
export function paramFor(bundle: RuleBundle, ruleId: string, paramId: string, versionId: string): ParamLookup {
  const rule = bundle.rules.find((r) => r.id === ruleId);
  const param: RuleParam | undefined = rule?.params.find((p) => p.id === paramId);
  if (!rule || !param) {
    return { ok: false, message: `規則「${ruleId}」のパラメータ「${paramId}」が内容データにありません`, hint: `content/rules/${ruleId}.yaml を確かめてください` };
  }
  const entry = valueAt(datedSource(bundle), ruleId, paramId, versionId);
  if (!entry) {
    return {
      ok: false, message: `版 ${versionId} には規則「${ruleId}」の「${param.label}」の値がありません（最初の値は ${param.values[0]!.since} から）`,
      hint: 'それ以降の版を指定してください',
    };
  }
  const base = { rule: ruleId, param: paramId, label: param.label, entry };
  if (entry.value !== null) return { ok: true, param: { ...base, value: entry.value, assumed: false } };
  if (param.assumption) {
    return { ok: true, param: { ...base, value: param.assumption.value, assumed: true, assumptionNote: param.assumption.note } };
  }
  return {
    ok: false, message: `版 ${versionId} では規則「${ruleId}」の「${param.label}」が不明です（内容データの値が null）`,
    hint: '版の指定を省くと、値の分かっている最新の版を使います',
  };
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

export const smallCellRules = (bundle: RuleBundle) => bundle.rules.filter((r) => r.kind === 'small-cell');
export const routeRules = (bundle: RuleBundle) => bundle.rules.filter((r) => r.kind === 'review-route');

/**
 * The version used when none is asked for: the latest version in which every small-cell rule has a known
 * threshold (the brief: "the latest version that has a non-null value").
 */
export function defaultVersion(bundle: RuleBundle): string | undefined {
  const source = datedSource(bundle);
  const rules = smallCellRules(bundle);
  for (const v of [...bundle.versions].reverse()) {
    if (rules.length > 0 && rules.every((r) => valueAt(source, r.id, 'threshold', v.id)?.value != null)) return v.id;
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
  const inForce = bundle.versions.find((x) => x.status === 'in-force');
  return {
    ...v, inForce: v.status === 'in-force',
    ...(inForce && inForce.id !== v.id && { inForceVersion: inForce }),
  };
}

/** The site path of a clause in a version, if the bundle has that clause there. */
export function clausePath(bundle: RuleBundle, version: string, clause: string): string | undefined {
  return bundle.clauses[version]?.[clause] ? `guideline/${version}/${clause}/` : undefined;
}
