/**
 * 判定 — which review route applies, with every reason citing its rule and the clause of the guideline version it
 * comes from, and saying what each part of it rests on (`grounds`): a source, the site's records, our reading
 * (推定), an assumption while a value is unknown (仮定), or the checker's own judgement. Our readings are the
 * rule's `inferred` notes, passed on with every reason that applies them; the route follows those readings and
 * never a stronger one.
 */
import { APPROVER_LABEL } from '../../schemas/publication-rule-names.ts';
import type { PublicationRule, ReviewRouteRule } from '../../schemas/publication-rule.ts';
import { SOURCE_BASIS_LABEL } from '../model/component-text.ts';
import type { SmallCellCheck } from './primary.ts';
import {
  approverFor,
  clausePath,
  routeRules,
  ruleApplies,
  versionName,
  type RuleBundle,
  type SmallCellValues,
  type UsedParam,
  type VersionUsed,
} from './rules.ts';
import type { CheckContext, HeaderFinding, PrimaryResult, Protection, Suppression, Table } from './types.ts';
import { quote } from './quote.ts';
import { takenInWords } from './header.ts';

/**
 * - `secretariat`: 事務局審査で公表可と判断できる
 * - `expert-meeting`: 有識者会議の意見が必要
 * - `needs-handling`: cells under a threshold are shown: as it is, the table is not one the secretariat can judge
 *   publishable (our reading; the proposal says which cells to hide, and `afterChanges` the route then)
 */
export type Route = 'secretariat' | 'expert-meeting' | 'needs-handling';

export const ROUTE_LABEL: Record<Route, string> = {
  secretariat: '事務局審査で公表可と判断できます',
  'expert-meeting': '有識者会議の意見が必要です',
  'needs-handling': 'このままでは事務局審査で公表可と判断できません',
};

export const PROTECTION_LABEL: Record<Protection, string> = {
  'not-exact': '秘匿したセルの値が一つに定まらないこと',
  threshold: '秘匿したセルの値が一つに定まらず、閾値未満のセルは閾値未満だと断定できないこと',
};

/**
 * Where a statement comes from: the basis of the rule value it rests on (`fact`, `seed`, `inferred`), a param's
 * `assumption` used while the value is unknown, the site's own records of versions and rules, or the checker's
 * own judgement where the rules say nothing.
 */
export type ReasonBasis = 'fact' | 'seed' | 'inferred' | 'assumption' | 'rule' | 'checker';

export const BASIS_LABEL: Record<ReasonBasis, string> = {
  ...SOURCE_BASIS_LABEL,
  assumption: '仮定（値が分かっていないため）',
  rule: '当サイトの版・基準の記録',
  checker: 'チェッカーの判断（推定）',
};

/** Bases that are ours rather than a source's: whatever rests on them is shown as 推定 or 仮定. */
export const OUR_BASES: ReadonlySet<ReasonBasis> = new Set(['inferred', 'assumption', 'checker']);

/** How far a basis is from a source's own words; a statement is as strong as its weakest part. */
const DISTANCE: Record<ReasonBasis, number> = { fact: 0, seed: 0, rule: 1, inferred: 2, checker: 2, assumption: 3 };

/** One part of a reason and what it rests on, e.g. 「閾値 10」 on the minutes, 「10 未満の数を…扱い」 on our reading. */
export interface Ground {
  about: string;
  basis: ReasonBasis;
}

/** The basis of a parameter as used: its assumption, or the basis its dated entry records. */
export function basisOf(param: UsedParam): ReasonBasis {
  return param.assumed ? 'assumption' : (param.entry.basis ?? 'rule');
}

/** The weakest basis among some grounds: the basis of the statement they make together. */
export function weakest(grounds: readonly Ground[]): ReasonBasis {
  return grounds.reduce<ReasonBasis>((w, g) => (DISTANCE[g.basis] > DISTANCE[w] ? g.basis : w), grounds[0]?.basis ?? 'rule');
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

export type Severity = 'blocking' | 'caution' | 'info';

export interface Reason {
  kind: 'version' | 'threshold' | 'zero' | 'primary' | 'header' | 'secondary' | 'not-applied' | 'route' | 'handling' | 'context';
  /**
   * `blocking`: why the table cannot be published as it is; `caution`: does not change the verdict but needs a
   * look (cells under a threshold that the rules, as declared, do not cover); `info`: how the verdict was reached.
   */
  severity: Severity;
  text: string;
  /** The weakest of `grounds`: the basis of the reason as a whole. */
  basis: ReasonBasis;
  grounds: Ground[];
  citation?: Citation;
  /** The rule's own `inferred` list: readings that are not the sources' words. */
  inferred: string[];
}

export interface RouteVerdict {
  route: Route;
  label: string;
  /** What the route rests on (the weakest ground of the reason that decides it). */
  basis: ReasonBasis;
}

export interface Verdict extends RouteVerdict {
  publishableAsIs: boolean;
  /** The route once the proposed suppression is applied, when the proposal passes the audit. */
  afterChanges?: RouteVerdict;
  /** Blocking reasons first, then cautions, then how the verdict was reached. */
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
    rule: rule.id,
    ruleTitle: rule.title,
    clause,
    version: found,
    versionLabel: versionName(bundle, found),
    ...(heading !== undefined && { clauseHeading: heading }),
    ...(path !== undefined && { path }),
  };
}

/** What the verdict reads of each judged table (check.ts's TableResult has it; the verdict does not import the check). */
export interface JudgedTable {
  table: Table;
  primary: PrimaryResult;
  suppression?: Suppression;
}

export interface VerdictInput {
  bundle: RuleBundle;
  context: CheckContext;
  version: VersionUsed;
  checks: SmallCellCheck[];
  tables: JudgedTable[];
  protection: Protection;
}

const purposeLabel = (bundle: RuleBundle, id: string) => bundle.purposes.find((p) => p.id === id)?.label ?? id;

function reason(r: Omit<Reason, 'basis'>): Reason {
  return { ...r, basis: weakest(r.grounds) };
}

/**
 * What a small-cell rule's statements rest on: the threshold's own basis, and our reading of what the handling
 * of smaller counts is (the kind declares only that a handling exists; see schemas/publication-rule.ts).
 */
export function smallCellGrounds(values: SmallCellValues): Ground[] {
  const t = values.threshold;
  return [
    { about: `閾値 ${t.value}`, basis: basisOf(t) },
    { about: `${t.value} 未満の数をそのまま示さない扱い`, basis: 'inferred' },
  ];
}

/** A small-cell rule as the checker applies it, in words: the reasons and the page's 適用する基準 say the same. */
export function smallCellStatement(bundle: RuleBundle, values: SmallCellValues): string {
  const t = values.threshold;
  return `患者等の数が ${t.value} 未満となる場合の取り扱いがあります（値は${quote(versionName(bundle, t.entry.since))}から）。このチェッカーは、${t.value} 未満の数をそのまま示さないものとして判定します（推定）。${t.assumed ? `閾値が分かっていないため、仮定を使いました: ${t.assumptionNote}` : ''}`;
}

/** How 0 is treated, in words, saying whether it is an assumption. */
export function zeroStatement(zero: NonNullable<SmallCellValues['zeroExempt']>): string {
  const treatment = zero.value ? '閾値未満の数に含めません' : '閾値未満の数に含めます';
  return zero.assumed ? `0 の扱いは分かっていないため、仮定として 0 を${treatment}（仮定）。` : `0 は${treatment}（${zero.label}）。`;
}

type Decided = { route: Exclude<Route, 'needs-handling'>; reason: Reason };

/** The route a review-route rule gives as of a version, or why it gives none. */
function routeOf(bundle: RuleBundle, rule: ReviewRouteRule, version: string): { approver: UsedParam } | { unknown: string } {
  const approver = approverFor(bundle, rule, version);
  return approver ? { approver } : { unknown: `${versionName(bundle, version)}で公表可と判断できる者は分かっていません` };
}

function routeReason(input: VerdictInput): Decided {
  const { bundle, context, version } = input;
  const rules = routeRules(bundle);
  const purpose = context.purpose ? `利活用の目的が${quote(purposeLabel(bundle, context.purpose))}のため、` : '';
  const matching = rules.filter((r) => ruleApplies(r, context)).map((rule) => ({ rule, found: routeOf(bundle, rule, version.id) }));
  const decided =
    matching.find((m) => 'approver' in m.found && m.found.approver.value === 'secretariat') ?? matching.find((m) => 'approver' in m.found);
  if (decided && 'approver' in decided.found) {
    const approver = decided.found.approver;
    const route = approver.value as Exclude<Route, 'needs-handling'>;
    const r = decided.rule;
    return {
      route,
      reason: reason({
        kind: 'route',
        severity: 'info',
        grounds: [{ about: `公表可と判断できる者（${APPROVER_LABEL[route]}）`, basis: basisOf(approver) }],
        text: `${purpose}規則${quote(r.title)}により、${route === 'secretariat' ? '事務局審査で公表可と判断できる経路です' : '有識者会議の意見を聴く経路です'}。${r.summary}`,
        citation: cite(bundle, r, r.clause, version.id),
        inferred: r.inferred,
      }),
    };
  }
  const scope = rules
    .map(
      (r) =>
        `${quote(r.title)}は目的が${r.appliesWhen.purposes.map((p) => `${quote(purposeLabel(bundle, p))}`).join('・') || 'どれでも'}のとき`,
    )
    .join('。');
  const first = matching[0];
  const because =
    first && 'unknown' in first.found
      ? `${purpose}規則${quote(first.rule.title)}に当てはまりますが、${first.found.unknown}。`
      : context.purpose === undefined
        ? '利活用の目的が指定されていないため、事務局審査で公表可とする規則に当てはまるか判断できません。'
        : `利活用の目的${quote(purposeLabel(bundle, context.purpose))}に当てはまる、事務局審査で公表可とする規則はありません${scope ? `（${scope}に当てはまります）` : ''}。`;
  const cited = first?.rule ?? rules[0];
  return {
    route: 'expert-meeting',
    reason: reason({
      kind: 'route',
      severity: 'info',
      grounds: [{ about: '規則で事務局審査と決まらない表は有識者会議の意見を聴くという判断', basis: 'checker' }],
      text: `${because}規則で事務局審査と決まらない場合は、有識者会議の意見を聴く経路と判断しました。`,
      inferred: (matching.length > 0 ? matching.map((m) => m.rule) : rules).flatMap((r) => r.inferred),
      ...(cited && { citation: cite(bundle, cited, cited.clause, version.id) }),
    }),
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { blocking: 0, caution: 1, info: 2 };

export function verdict(input: VerdictInput): Verdict {
  const { bundle, version, checks, tables, context } = input;
  const reasons: Reason[] = [];
  const inForce = version.inForceVersion;
  reasons.push(
    reason({
      kind: 'version',
      severity: 'info',
      inferred: [],
      grounds: [{ about: '版とその状態', basis: 'rule' }],
      text: `基準の版: ${versionName(bundle, version.id)}。${
        version.inForce ? '' : `この版は施行中ではありません${inForce ? `（施行中の版は${quote(inForce.label)}）` : ''}。`
      }`,
    }),
  );
  for (const check of checks) {
    const t = check.threshold;
    reasons.push(
      reason({
        kind: 'threshold',
        severity: 'info',
        grounds: smallCellGrounds(check),
        inferred: check.rule.inferred,
        text: `${check.applies ? '' : 'この表には適用されない規則です。'}規則${quote(check.rule.title)}: ${smallCellStatement(bundle, check)}`,
        citation: cite(bundle, check.rule, t.entry.clause, t.entry.since),
      }),
    );
    const z = check.zeroExempt;
    if (z && check.applies) {
      reasons.push(
        reason({
          kind: 'zero',
          severity: 'info',
          inferred: [],
          grounds: [{ about: '0 の扱い', basis: basisOf(z) }],
          text: `${zeroStatement(z)}${z.assumed ? z.assumptionNote : ''}`,
          citation: cite(bundle, check.rule, z.entry.clause, z.entry.since),
        }),
      );
    }
  }

  let primaryCount = 0;
  let blocking = false;
  let proposalPassed = true;
  const handled: SmallCellCheck[] = [];
  for (const tr of tables) {
    const t = tr.table;
    const name = t.title ? `表${t.number}${quote(t.title)}` : `表${t.number}`;
    const label = (id: number) => {
      const r = Math.floor(id / t.cols.length);
      const c = id % t.cols.length;
      return `行${quote(t.rows[r]!.label)}・列${quote(t.cols[c]!.label)}（${t.cells[r]![c]!.text.trim()}）`;
    };
    const all = [...tr.primary.findings.keys()].sort((a, b) => a - b);
    primaryCount += all.length;
    // Cells hidden for their complement alone (N less the cell, primary.ts) are said apart: their own number is not small.
    const byComplement = all.filter((id) => tr.primary.findings.get(id)!.every((f) => f.via === 'complement'));
    const listed = (ids: number[]) => `${ids.slice(0, 8).map(label).join('、')}${ids.length > 8 ? ' ほか' : ''}`;
    const groups: { ids: number[]; text: (threshold: unknown) => string }[] = [
      {
        ids: byComplement,
        text: (threshold) =>
          `${name}: 行（列）の和が N を超えるため、1人を複数の行に数える表と読みました（チェッカーの判断）。` +
          `N からセルの数を引くと当てはまらない患者の数が閾値 ${threshold} 未満と分かるセルが ${byComplement.length} 個あります（一次秘匿）: ${listed(byComplement)}。`,
      },
    ];
    const ids = all.filter((id) => !byComplement.includes(id));
    groups.push({
      ids,
      text: (threshold) => `${name}: 閾値 ${threshold} 未満の数を示すセルが ${ids.length} 個あります（一次秘匿）: ${listed(ids)}。`,
    });
    for (const group of groups) {
      if (group.ids.length === 0) continue;
      blocking = true;
      const check = checks.find((c) => c.rule.id === tr.primary.findings.get(group.ids[0]!)![0]!.rule)!;
      if (!handled.includes(check)) handled.push(check);
      reasons.push(
        reason({
          kind: 'primary',
          severity: 'blocking',
          grounds: smallCellGrounds(check),
          inferred: check.rule.inferred,
          text: group.text(check.threshold.value),
          citation: cite(bundle, check.rule, check.threshold.entry.clause, check.threshold.entry.since),
        }),
      );
    }
    for (const h of tr.primary.headers) {
      blocking = true;
      const check = checks.find((c) => c.rule.id === h.rule)!;
      if (!handled.includes(check)) handled.push(check);
      reasons.push(
        reason({
          kind: 'header',
          severity: 'blocking',
          grounds: smallCellGrounds(check),
          inferred: check.rule.inferred,
          text:
            h.block !== undefined
              ? blockText(name, h)
              : h.both !== undefined
                ? `${name}: ${{ row: '行見出し', col: '列見出し', table: '題名か左上のセル' }[h.axis]}${quote(h.label)}の N=${h.denominator} は、${quote(h.both)}${h.bothCol === undefined ? '' : `と${quote(h.bothCol)}`}を合計と読むと（チェッカーの判断: 合計とも区分とも読めます）それより ${h.rest} 多く、表に載らない ${h.rest} 人（不明・除外など）が分かります。これは閾値未満の数です。合計ならその患者を「不明」などの行（列）として表に加えて秘匿を確かめ直し、区分なら見出しの前に「[項目]」と書くか、N を外してください。`
                : h.shares !== undefined
                  ? `${name}: ${{ row: '行見出し', col: '列見出し', table: '題名か左上のセル' }[h.axis]}${quote(h.label)}の N=${h.denominator} から、${{ row: 'その行の', col: 'その列の', table: '表の' }[h.axis]}割合が表す患者数の和を引くと、表に載らない ${h.shares.lo === h.shares.hi ? h.shares.lo : `${h.shares.lo}〜${h.shares.hi}`} 人（不明・除外など）が分かります。これは閾値未満の数です。その患者を「不明」などの行（列）として表に加えて秘匿を確かめ直すか、N を外してください。`
                  : h.rest === undefined
                    ? `${name}: ${{ row: '行見出し', col: '列見出し', table: '題名か左上のセル' }[h.axis]}${quote(h.label)}の${h.axis === 'table' ? ' ' : '分母 '}N=${h.denominator} は閾値未満です。${h.axis === 'table' ? '題名から数を外すか、区分をまとめてください。' : '区分をまとめるか、見出しから N を外してください。'}`
                    : `${name}: ${{ row: '行見出し', col: '列見出し', table: '題名か左上のセル' }[h.axis]}${quote(h.label)}の N=${h.denominator} は表の${{ row: 'その行の', col: 'その列の', table: '' }[h.axis]}内訳の和より ${h.rest} 多く、表に載らない ${h.rest} 人（不明・除外など）が分かります。これは閾値未満の数です。その患者を「不明」などの行（列）として表に加えて秘匿を確かめ直すか、N を外してください。${takenIn(h, tr.table)}`,
          citation: cite(bundle, check.rule, check.threshold.entry.clause, check.threshold.entry.since),
        }),
      );
    }
    // A percentage table gets no proposal (see read.ts), so its table cannot be called fixed.
    if (ids.length > 0 && !tr.suppression) proposalPassed = false;
    if (tr.suppression) {
      const s = tr.suppression;
      if (!s.passed) proposalPassed = false;
      const rule = checks.find((c) => c.applies)?.rule;
      reasons.push(
        reason({
          kind: 'secondary',
          severity: s.passed ? 'info' : 'blocking',
          inferred: rule?.inferred ?? [],
          grounds: [
            { about: '合計などから閾値未満の数が逆算できないようにする必要', basis: 'inferred' },
            { about: '併せて秘匿するセルの選び方と監査', basis: 'checker' },
          ],
          text: s.passed
            ? `${name}: 一次秘匿 ${ids.length} 個に加えて、二次秘匿として ${s.secondary.size} 個のセルを秘匿すると、公表するセルと合計から秘匿したセルを割り出せなくなります（監査済み。保護の基準: ${PROTECTION_LABEL[input.protection]}）。`
            : `${name}: 監査に通る秘匿を見つけられませんでした。表を分けるか区分をまとめてください。`,
        }),
      );
    }
    const would = [...tr.primary.notApplied.keys()].filter((id) => !tr.primary.findings.has(id));
    if (would.length > 0) {
      const check = checks.find((c) => c.rule.id === tr.primary.notApplied.get(would[0]!)![0]!.rule)!;
      reasons.push(
        reason({
          kind: 'not-applied',
          severity: 'caution',
          inferred: check.rule.inferred,
          grounds: [{ about: '規則が当てはまる表の条件', basis: 'rule' }],
          text: `${name}: 規則${quote(check.rule.title)}はこの表の条件（${context.details ? '詳細を示す' : '患者背景・アウトカムの詳細を示さない'}）には当てはまらないため、閾値未満のセル ${would.length} 個を秘匿の対象にしていません。条件の申告が正しいか確かめてください。`,
          citation: cite(bundle, check.rule, check.rule.clause, version.id),
        }),
      );
    }
  }
  if (context.venue) {
    reasons.push(
      reason({
        kind: 'context',
        severity: 'info',
        inferred: [],
        grounds: [{ about: '公表先による違いがないこと', basis: 'checker' }],
        text: `公表先: ${context.venue}。公表先によって基準が変わるという規則は、当サイトの記録にありません。`,
      }),
    );
  }
  const route = routeReason(input);
  const routeVerdict: RouteVerdict = { route: route.route, label: ROUTE_LABEL[route.route], basis: route.reason.basis };
  reasons.push(route.reason);
  if (!blocking) {
    return { ...routeVerdict, publishableAsIs: true, reasons: sorted(reasons) };
  }
  const fixable = proposalPassed && primaryCount > 0 && !tables.some((t) => t.primary.headers.length > 0);
  for (const check of handled) {
    reasons.push(
      reason({
        kind: 'handling',
        severity: 'info',
        inferred: check.rule.inferred,
        grounds: [{ about: `閾値 ${check.threshold.value} 未満の数を示す表の審査の経路`, basis: 'inferred' }],
        text: `閾値未満の数を示すこのままの表について、このチェッカーは事務局審査で公表可と判断できるとは判定しません。この場合の経路の読み方は、規則${quote(check.rule.title)}の［推定］のとおりです。${fixable ? '経路は、提案した秘匿を行った表について示します。' : ''}`,
        citation: cite(bundle, check.rule, check.rule.clause, version.id),
      }),
    );
  }
  return {
    route: 'needs-handling',
    label: ROUTE_LABEL['needs-handling'],
    basis: 'inferred',
    publishableAsIs: false,
    reasons: sorted(reasons),
    ...(fixable && { afterChanges: routeVerdict }),
  };
}

/** Blocking first, then cautions, then information; the order within each stays as the check found it. */
function sorted(reasons: Reason[]): Reason[] {
  return reasons
    .map((r, i) => ({ r, i }))
    .sort((a, b) => SEVERITY_ORDER[a.r.severity] - SEVERITY_ORDER[b.r.severity] || a.i - b.i)
    .map((x) => x.r);
}

/**
 * What an N leaves out of one block of its line (rests.ts), said with how the block was read: the checker's judgement
 * that the rows are one breakdown of the patients (a patient in one row only).
 */
/**
 * titles68: a title's or the corner's N read only from a verb of taking patients in (「146 randomised」「146名を解析」,
 * header.ts `takenInWords`) is said as our reading, with how to write it so it is read exactly.
 */
function takenIn(h: HeaderFinding, table: Table): string {
  if (h.axis !== 'table') return '';
  // titles70: or from words read as an N only over the table's sum (read.ts `statedCounts`, `Table.nReadFrom`).
  const plain = takenInWords(h.label);
  const words = plain ?? (table.denominator === h.denominator ? table.nReadFrom : undefined);
  return words === undefined
    ? ''
    : `（チェッカーの判断: ${quote(words)}の数を${plain === undefined ? '、表の内訳の和以上なので' : ''}表の N と読みました。表の N でなくても、題名の数から表の内訳の和を引いた数は読む人に分かります。表の N なら「N=${h.denominator}」と書けばそのまま N として読みます）`;
}
function blockText(name: string, h: HeaderFinding): string {
  const b = h.block!;
  const [line, item] = h.axis === 'row' ? ['行見出し', '列'] : ['列見出し', '行'];
  const rows = b.labels.map((l) => `${quote(l)}`).join('');
  const rest = b.lo === b.hi ? `${b.lo}` : `${b.lo}〜${b.hi}`;
  const read =
    b.labels.length === 1
      ? `${item}${rows}に当たらない患者は N − ${item}${rows}の数で、`
      : b.how === 'group'
        ? `見出しのまとまりから${item}${rows}を1人1${item}の一つの区分と読むと（チェッカーの判断）、その区分に載らない患者（不明など）は N − 和で、`
        : b.how === 'words'
          ? `見出しの言葉から${item}${rows}を一つの項目の区分（1人1${item}）と読むと（チェッカーの判断）、その区分に載らない患者（不明など）は N − 和で、`
          : `和が N に一致する区分のあいだの${item}${rows}を1人1${item}の一つの区分と読むと（チェッカーの判断）、その区分に載らない患者（不明など）は N − 和で、`;
  const fix =
    b.labels.length === 1
      ? `${item}${rows}に当たらない患者を${item}（「男性」なら「女性」、「あり」なら「なし」など）として表に加えて秘匿を確かめ直すか、N を外してください。`
      : `その患者を「不明」などの${item}として区分に加えて秘匿を確かめ直すか、N を外してください。1人を複数の${item}に数える項目（併存疾患など）なら、題名に「複数回答」と書くと、この読みはしません。`;
  return `${name}: ${line}${quote(h.label)}（N=${h.denominator}）について、${read}${rest} 人と分かります。これは閾値未満の数です。${fix}`;
}
