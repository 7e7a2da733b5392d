/**
 * 判定 — which review route applies, with every reason citing its rule and the clause of the guideline version it
 * comes from. What the rules mark as inferred is passed on as inferred; what the checker itself concludes where the
 * rules are silent is marked as the checker's own inference.
 */
import type { PublicationRule } from '../../schemas/publication-rule.ts';
import { SOURCE_BASIS_LABEL } from '../model/component-text.ts';
import type { TableResult } from './check.ts';
import type { SmallCellCheck } from './primary.ts';
import { clausePath, paramFor, routeRules, ruleApplies, type RuleBundle, type UsedParam, type VersionUsed } from './rules.ts';
import type { CheckContext, Protection } from './types.ts';

/**
 * - `secretariat`: 事務局審査で公表可と判断できる
 * - `expert-meeting`: 有識者会議の意見が必要
 * - `not-publishable`: このままでは公表できない (cells must be suppressed first)
 */
export type Route = 'secretariat' | 'expert-meeting' | 'not-publishable';

export const ROUTE_LABEL: Record<Route, string> = {
  secretariat: '事務局審査で公表可と判断できます',
  'expert-meeting': '有識者会議の意見が必要です',
  'not-publishable': 'このままでは公表できません',
};

export const PROTECTION_LABEL: Record<Protection, string> = {
  'not-exact': '秘匿したセルの値が一つに定まらないこと',
  threshold: '秘匿したセルの値が一つに定まらず、一次秘匿のセルが閾値未満だと断定できないこと（取り得る最大値が閾値以上）',
};

/**
 * Where a statement comes from: the basis of the rule value it rests on (`fact`, `seed`, `inferred`), a param's
 * `assumption` used while the value is unknown, or the checker's own reading where the rules say nothing.
 */
export type ReasonBasis = 'fact' | 'seed' | 'inferred' | 'assumption' | 'rule' | 'checker';

export const BASIS_LABEL: Record<ReasonBasis, string> = {
  ...SOURCE_BASIS_LABEL,
  assumption: '仮定（値が不明のため）',
  rule: '内容データ（規則・版）',
  checker: 'チェッカーの判断（推定）',
};

/** The basis of a parameter as used: its assumption, or the basis its dated entry records. */
export function basisOf(param: UsedParam): ReasonBasis {
  return param.assumed ? 'assumption' : (param.entry.basis ?? 'rule');
}

export interface Citation {
  rule: string;
  ruleTitle: string;
  clause: string;
  clauseHeading?: string;
  version: string;
  versionLabel: string;
  /** Site path of the clause page (without the base), when the clause exists in that version. */
  path?: string;
}

export interface Reason {
  kind: 'version' | 'threshold' | 'zero' | 'primary' | 'header' | 'secondary' | 'not-applied' | 'route' | 'context';
  /**
   * `blocking`: why the table cannot be published as it is; `caution`: does not change the verdict but needs a
   * look (cells under a threshold that the rules, as declared, do not cover); `info`: how the verdict was reached.
   */
  severity: 'blocking' | 'caution' | 'info';
  text: string;
  basis: ReasonBasis;
  citation?: Citation;
  /** The rule's own `inferred` list: readings that are not the sources' words. */
  inferred: string[];
}

export interface Verdict {
  route: Route;
  label: string;
  publishableAsIs: boolean;
  /** The route once the proposed suppression is applied, when the proposal passes the audit. */
  afterChanges?: { route: Route; label: string };
  reasons: Reason[];
}

/** Cite a rule's clause as of a version, or of the latest earlier version that has the clause. */
export function cite(bundle: RuleBundle, rule: PublicationRule, clause: string, version: string): Citation {
  const chain = bundle.versions.map((v) => v.id);
  const at = chain.indexOf(version);
  let found = version;
  for (let i = at; i >= 0; i--) {
    if (bundle.clauses[chain[i]!]?.[clause]) {
      found = chain[i]!;
      break;
    }
  }
  const path = clausePath(bundle, found, clause);
  const heading = bundle.clauses[found]?.[clause]?.heading;
  return {
    rule: rule.id, ruleTitle: rule.title, clause, version: found,
    versionLabel: bundle.versions.find((v) => v.id === found)?.label ?? found,
    ...(heading !== undefined && { clauseHeading: heading }), ...(path !== undefined && { path }),
  };
}

export interface VerdictInput {
  bundle: RuleBundle;
  context: CheckContext;
  version: VersionUsed;
  checks: SmallCellCheck[];
  tables: TableResult[];
  protection: Protection;
}

const purposeLabel = (bundle: RuleBundle, id: string) => bundle.purposes.find((p) => p.id === id)?.label ?? id;

/**
 * Who a review-route rule lets decide, as of a version: its `approver` param when it has one (事務局審査 or
 * 有識者会議), else the secretariat, which is what a review-route rule is for (schemas/publication-rule.ts).
 */
function approverOf(bundle: RuleBundle, rule: PublicationRule, version: string): { route: Exclude<Route, 'not-publishable'> | 'unknown'; basis: ReasonBasis; text: string } {
  if (!rule.params.some((p) => p.id === 'approver')) return { route: 'secretariat', basis: 'rule', text: '' };
  const found = paramFor(bundle, rule.id, 'approver', version);
  if (!found.ok) return { route: 'unknown', basis: 'rule', text: `版 ${version} で公表可と判断できる者は内容データで不明です` };
  const { value, entry } = found.param;
  const basis = basisOf(found.param);
  const text = `公表可と判断できる者: ${String(value)}（${entry.since} からの値${entry.note ? `。${entry.note}` : ''}）`;
  if (String(value).includes('事務局')) return { route: 'secretariat', basis, text };
  if (String(value).includes('有識者')) return { route: 'expert-meeting', basis, text };
  return { route: 'unknown', basis, text };
}

function routeReasons(input: VerdictInput): { route: Exclude<Route, 'not-publishable'>; reasons: Reason[] } {
  const { bundle, context, version } = input;
  const rules = routeRules(bundle);
  const purpose = context.purpose ? `利活用の目的が「${purposeLabel(bundle, context.purpose)}」のため、` : '';
  const matching = rules.filter((r) => ruleApplies(r, context)).map((rule) => ({ rule, approver: approverOf(bundle, rule, version.id) }));
  const decided = matching.find((m) => m.approver.route === 'secretariat') ?? matching.find((m) => m.approver.route === 'expert-meeting');
  if (decided) {
    const route = decided.approver.route as Exclude<Route, 'not-publishable'>;
    const r = decided.rule;
    return {
      route,
      reasons: [{
        kind: 'route', severity: 'info', basis: decided.approver.basis,
        text: `${purpose}規則「${r.title}」により、${route === 'secretariat' ? '事務局審査で公表可と判断できる経路です' : '有識者会議の意見を聴く経路です'}。${decided.approver.text ? `${decided.approver.text}。` : ''}${r.summary}`,
        citation: cite(bundle, r, r.clause, version.id), inferred: r.inferred,
      }],
    };
  }
  const scope = rules
    .map((r) => `「${r.title}」は目的が${r.appliesWhen.purposes.map((p) => `「${purposeLabel(bundle, p)}」`).join('・') || '（限定なし）'}のとき`)
    .join('、');
  const because = matching.length > 0
    ? `${purpose}規則「${matching[0]!.rule.title}」に当てはまりますが、${matching[0]!.approver.text}。`
    : context.purpose === undefined
      ? '利活用の目的が指定されていないため、事務局審査で公表可とする規則に当てはまるか判断できません。'
      : `利活用の目的「${purposeLabel(bundle, context.purpose)}」に当てはまる、事務局審査で公表可とする規則がありません${scope ? `（${scope}に限られます）` : ''}。`;
  const cited = matching[0]?.rule ?? rules[0];
  return {
    route: 'expert-meeting',
    reasons: [{
      kind: 'route', severity: 'info', basis: 'checker',
      text: `${because}規則で事務局審査と決まらない場合は、有識者会議の意見を聴く経路と判断しました。`,
      inferred: (matching.length > 0 ? matching.map((m) => m.rule) : rules).flatMap((r) => r.inferred),
      ...(cited && { citation: cite(bundle, cited, cited.clause, version.id) }),
    }],
  };
}

export function verdict(input: VerdictInput): Verdict {
  const { bundle, version, checks, tables, context } = input;
  const reasons: Reason[] = [];
  reasons.push({
    kind: 'version', severity: 'info', basis: 'rule', inferred: [],
    text: `基準の版: ${version.id}（${version.label}、${version.statusLabel}）。${
      version.inForce ? '施行中の版です。' : `この版は施行中ではありません${version.inForceVersion ? `（施行中の版は ${version.inForceVersion.id}「${version.inForceVersion.label}」）` : ''}。`
    }`,
  });
  for (const check of checks) {
    const t = check.threshold;
    reasons.push({
      kind: 'threshold', severity: 'info', basis: basisOf(t), inferred: [],
      text: `${check.applies ? '' : '（この表には適用されません）'}規則「${check.rule.title}」: 患者数が ${t.value} 未満のセルはそのまま公表できません（${t.entry.since} からの値）。${t.assumed ? `値が不明のため仮定を使いました: ${t.assumptionNote}` : ''}`,
      citation: cite(bundle, check.rule, t.entry.clause, t.entry.since),
    });
    const z = check.zeroExempt;
    if (z && check.applies) {
      reasons.push({
        kind: 'zero', severity: 'info', basis: basisOf(z), inferred: [],
        text: z.assumed
          ? `0 の扱いは内容データで不明（null）のため、仮定を使いました: 0 を${z.value === true ? '対象外（公表可）' : '閾値未満として扱う'}とみなします。${z.assumptionNote}`
          : `0 は${z.value === true ? '対象外（公表可）' : '閾値未満として扱います'}（${z.label}）。`,
        citation: cite(bundle, check.rule, z.entry.clause, z.entry.since),
      });
    }
  }

  let primaryCount = 0;
  let blocking = false;
  let proposalPassed = true;
  for (const tr of tables) {
    const t = tr.table;
    const name = t.title ? `表${t.number}「${t.title}」` : `表${t.number}`;
    const label = (id: number) => {
      const r = Math.floor(id / t.cols.length);
      const c = id % t.cols.length;
      return `行「${t.rows[r]!.label}」・列「${t.cols[c]!.label}」（${t.cells[r]![c]!.text.trim()}）`;
    };
    const ids = [...tr.primary.findings.keys()].sort((a, b) => a - b);
    primaryCount += ids.length;
    if (ids.length > 0) {
      blocking = true;
      const rule = checks.find((c) => c.rule.id === tr.primary.findings.get(ids[0]!)![0]!.rule)!;
      reasons.push({
        kind: 'primary', severity: 'blocking', basis: basisOf(rule.threshold), inferred: [],
        text: `${name}: 閾値未満のセルが ${ids.length} 個あります（一次秘匿）: ${ids.slice(0, 8).map(label).join('、')}${ids.length > 8 ? ' ほか' : ''}`,
        citation: cite(bundle, rule.rule, rule.threshold.entry.clause, rule.threshold.entry.since),
      });
    }
    for (const h of tr.primary.headers) {
      blocking = true;
      const rule = checks.find((c) => c.rule.id === h.rule)!;
      reasons.push({
        kind: 'header', severity: 'blocking', basis: basisOf(rule.threshold), inferred: [],
        text: `${name}: ${h.axis === 'row' ? '行' : '列'}見出し「${h.label}」の分母 N=${h.denominator} は閾値未満です。区分をまとめるか、見出しから N を外してください`,
        citation: cite(bundle, rule.rule, rule.threshold.entry.clause, rule.threshold.entry.since),
      });
    }
    // A percentage table gets no proposal (see read.ts), so its table cannot be called fixed.
    if (ids.length > 0 && !tr.suppression) proposalPassed = false;
    if (tr.suppression) {
      const s = tr.suppression;
      if (!s.passed) proposalPassed = false;
      reasons.push({
        kind: 'secondary', severity: s.passed ? 'info' : 'blocking', basis: 'checker', inferred: [],
        text: s.passed
          ? `${name}: 一次秘匿 ${ids.length} 個に加えて、二次秘匿として ${s.secondary.size} 個のセルを秘匿すると、公表されるセルから秘匿したセルを割り出せなくなります（監査済み。保護の基準: ${PROTECTION_LABEL[input.protection]}）。`
          : `${name}: 監査に通る秘匿を見つけられませんでした。表を分けるか区分をまとめてください。`,
      });
    }
    const would = [...tr.primary.notApplied.keys()].filter((id) => !tr.primary.findings.has(id));
    if (would.length > 0) {
      const rule = checks.find((c) => c.rule.id === tr.primary.notApplied.get(would[0]!)![0]!.rule)!;
      reasons.push({
        kind: 'not-applied', severity: 'caution', basis: 'rule', inferred: rule.rule.inferred,
        text: `${name}: 規則「${rule.rule.title}」はこの表の条件（${context.details ? '詳細を示す' : '患者背景・アウトカムの詳細を示さない'}）には適用されないため、閾値未満のセル ${would.length} 個を秘匿の対象にしていません。条件の申告が正しいか確かめてください。`,
        citation: cite(bundle, rule.rule, rule.rule.clause, version.id),
      });
    }
  }
  if (context.venue) {
    reasons.push({ kind: 'context', severity: 'info', basis: 'checker', inferred: [], text: `公表先: ${context.venue}（公表先によって基準が変わるという規則は内容データにありません）。` });
  }
  const route = routeReasons(input);
  reasons.push(...route.reasons);
  if (!blocking) {
    return { route: route.route, label: ROUTE_LABEL[route.route], publishableAsIs: true, reasons };
  }
  return {
    route: 'not-publishable', label: ROUTE_LABEL['not-publishable'], publishableAsIs: false, reasons,
    ...(proposalPassed && primaryCount > 0 && !tables.some((t) => t.primary.headers.length > 0) && {
      afterChanges: { route: route.route, label: ROUTE_LABEL[route.route] },
    }),
  };
}
