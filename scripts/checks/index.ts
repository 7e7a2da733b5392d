/** The registry of check rules: the one place that lists them. The CLI and the tests read it; nothing else names rules. */
import { compareDiagnostics } from '../../src/model/diagnostic.ts';
import type { LoadResult } from '../../src/model/model.ts';
import { rule as amendmentItemLinks } from './amendment-item-links.ts';
import { rule as amendmentState } from './amendment-state.ts';
import { rule as amendmentTargets } from './amendment-targets.ts';
import { rule as amendmentTimeline } from './amendment-timeline.ts';
import { rule as bodySections } from './body-sections.ts';
import { rule as clauseOrder } from './clause-order.ts';
import { rule as clauseParent } from './clause-parent.ts';
import { rule as clauseSelfReference } from './clause-self-reference.ts';
import { rule as dateOrder } from './date-order.ts';
import { rule as fileEncoding } from './file-encoding.ts';
import { rule as fileLimit } from './file-limit.ts';
import { rule as fileUnexpected } from './file-unexpected.ts';
import { rule as fileUnreadable } from './file-unreadable.ts';
import { rule as idDuplicate } from './id-duplicate.ts';
import { rule as idFileName } from './id-file-name.ts';
import { claimantOf, type Finding, type Rule } from './kit.ts';
import { rule as linkPage } from './link-page.ts';
import { rule as linkUrl } from './link-url.ts';
import { rule as meetingMentionDate } from './meeting-mention-date.ts';
import { rule as meetingMention } from './meeting-mention.ts';
import { rule as meetingNumber } from './meeting-number.ts';
import { rule as meetingOneChair } from './meeting-one-chair.ts';
import { rule as meetingOutcome } from './meeting-outcome.ts';
import { rule as meetingRefersTo } from './meeting-refers-to.ts';
import { rule as refUnknownAmendment } from './ref-unknown-amendment.ts';
import { rule as refUnknownClause } from './ref-unknown-clause.ts';
import { rule as refUnknownMeeting } from './ref-unknown-meeting.ts';
import { rule as refUnknownMember } from './ref-unknown-member.ts';
import { rule as refUnknownRule } from './ref-unknown-rule.ts';
import { rule as refUnknownTerm } from './ref-unknown-term.ts';
import { rule as ruleValue } from './rule-value.ts';
import { rule as schemaInvalid } from './schema-invalid.ts';
import { rule as sourceQuote } from './source-quote.ts';
import { rule as sourceSeedQuote } from './source-seed-quote.ts';
import { rule as syntaxMdx } from './syntax-mdx.ts';
import { rule as syntaxYaml } from './syntax-yaml.ts';
import { rule as termDefinitionOrder } from './term-definition-order.ts';
import { rule as termForm } from './term-form.ts';
import { rule as termRelated } from './term-related.ts';
import { rule as termTextMismatch } from './term-text-mismatch.ts';
import { rule as termUnused } from './term-unused.ts';
import { rule as termUsedBeforeDefinition } from './term-used-before-definition.ts';
import { rule as termVariant } from './term-variant.ts';
import { rule as textBlankHeading } from './text-blank-heading.ts';
import { rule as versionChain } from './version-chain.ts';
import { rule as versionFolder } from './version-folder.ts';
import { rule as versionRemovedClause } from './version-removed-clause.ts';
import { rule as versionStage } from './version-stage.ts';

export type { Finding, Rule } from './kit.ts';

export const RULES: readonly Rule[] = [
  fileUnexpected,
  fileUnreadable,
  fileEncoding,
  fileLimit,
  syntaxYaml,
  syntaxMdx,
  schemaInvalid,
  bodySections,
  idDuplicate,
  idFileName,
  refUnknownTerm,
  refUnknownClause,
  refUnknownRule,
  refUnknownMeeting,
  refUnknownMember,
  refUnknownAmendment,
  versionChain,
  versionStage,
  versionFolder,
  versionRemovedClause,
  clauseParent,
  clauseOrder,
  termTextMismatch,
  termUnused,
  termDefinitionOrder,
  meetingNumber,
  meetingMention,
  meetingOneChair,
  amendmentTimeline,
  ruleValue,
  linkUrl,
  linkPage,
  dateOrder,
  amendmentState,
  amendmentTargets,
  amendmentItemLinks,
  meetingRefersTo,
  meetingMentionDate,
  meetingOutcome,
  clauseSelfReference,
  termRelated,
  termUsedBeforeDefinition,
  termVariant,
  termForm,
  textBlankHeading,
  sourceQuote,
  sourceSeedQuote,
];

/** Where a rule is documented: its own module, whose header is its documentation. */
export function docsOf(rule: Rule): string {
  return `scripts/checks/${rule.id.replace('/', '-')}.ts`;
}

/** A rule threw: a bug in the checker, never a content mistake. */
export class RuleCrash extends Error {
  readonly rule: string;
  constructor(rule: string, cause: unknown) {
    super(`rule ${rule} crashed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.rule = rule;
  }
}

/** Run every rule (or the given ones) over a loaded model; findings come back sorted by file, line, column. */
export function runRules(loaded: LoadResult, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    let found: Finding[];
    try {
      found = rule.check(loaded.model, loaded);
    } catch (error) {
      throw new RuleCrash(rule.id, error);
    }
    findings.push(...found);
  }
  // The loader's diagnostics reach people only through a rule; one that no rule claims would be lost silently.
  const unclaimed = loaded.diagnostics.find((d) => !rules.some((r) => r.id === d.rule));
  if (unclaimed && rules === RULES)
    throw new RuleCrash(unclaimed.rule, new Error('the loader reports it, but no registered rule surfaces it'));
  return followingFromCauses(findings, loaded).sort(compareDiagnostics);
}

/**
 * One fault, one finding: a finding about something missing (`about`) that a rejected, misplaced or misnamed
 * file claims only follows from that file's own finding. Drop it, and say on the cause how many it settles.
 */
function followingFromCauses(findings: Finding[], loaded: LoadResult): Finding[] {
  const kept: Finding[] = [];
  const followers = new Map<string, Finding[]>();
  for (const f of findings) {
    const cause = f.about?.map((s) => claimantOf(loaded, s, f.file)).find((c) => c !== undefined);
    if (cause === undefined) kept.push(f);
    else followers.set(cause, [...(followers.get(cause) ?? []), f]);
  }
  for (const [cause, list] of followers) {
    const first = kept.filter((f) => f.file === cause).sort(compareDiagnostics)[0];
    // Never hide a finding behind a cause that says nothing.
    if (!first) {
      kept.push(...list);
      continue;
    }
    const files = new Set(list.map((f) => f.file)).size;
    first.hint += ` (fixing it also settles ${list.length} finding${list.length > 1 ? 's' : ''} that follow${list.length > 1 ? '' : 's'} from it in ${files} file${files > 1 ? 's' : ''})`;
  }
  return kept;
}
