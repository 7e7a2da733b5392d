/**
 * The accessibility test report: what the browser tests (test/e2e/pages.test.ts) measured on every built page,
 * written to report.json beside this file and committed, so that a fresh clone builds the accessibility page
 * without running a browser. The test rewrites the file, and fails, when the results differ from the committed
 * ones; the page renders whatever the file says and nothing else.
 */
import { JIS_CRITERIA, type Criterion } from './criteria.ts';

export interface AccessibilityReport {
  $comment: string;
  standard: 'JIS X 8341-3:2016';
  target: 'AA';
  /** The day the recorded results were produced (Japan time), YYYY-MM-DD. */
  testedOn: string;
  tools: { name: string; version: string; role: string }[];
  /** Window widths every page was tested at (CSS px). */
  widths: number[];
  /** Every page tested, as site paths. */
  pages: string[];
  /** By WCAG number: the axe rules that check it, and what they found. */
  criteria: Record<string, CriterionResult>;
  /** Checks beyond JIS X 8341-3:2016 (WCAG 2.1/2.2 criteria, axe's best practices, our own). */
  beyond: { check: string; pages: number; failures: number }[];
}

export interface CriterionResult {
  /** axe rules mapped to the criterion that applied to at least one page. */
  applied: string[];
  /** axe rules mapped to the criterion that found nothing to check on any page. */
  inapplicable: string[];
  /** Rules that found a violation, with the pages where they did. */
  violations: { rule: string; pages: string[] }[];
  /** Rules that could not decide on some element (axe's "incomplete"): a person must look. */
  undecided: string[];
}

export type Outcome = 'fail' | 'pass-automated' | 'no-target' | 'untested';

export interface CriterionRow extends Criterion {
  outcome: Outcome;
  result?: CriterionResult;
}

export const OUTCOME_LABEL: Record<Outcome, string> = {
  fail: '問題あり',
  'pass-automated': '自動試験で問題なし',
  'no-target': '対象なし（自動試験）',
  untested: '未試験',
};

/** One row per criterion of the standard, with what the report says about it. */
export function criterionRows(report: AccessibilityReport): CriterionRow[] {
  return JIS_CRITERIA.map((c) => {
    const result = report.criteria[c.id];
    if (!result) return { ...c, outcome: 'untested' };
    const outcome: Outcome = result.violations.length > 0 ? 'fail' : result.applied.length > 0 ? 'pass-automated' : 'no-target';
    return { ...c, outcome, result };
  });
}
