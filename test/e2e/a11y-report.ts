/**
 * Builds the accessibility report (src/accessibility/report.ts) from the axe results of every page at every width,
 * and keeps the committed report.json current: unchanged results leave the file (and its date) alone; changed
 * results are written with today's date, and the caller fails so that the new report gets committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type axe from 'axe-core';
import { criterionOfTag } from '../../src/accessibility/criteria.ts';
import type { AccessibilityReport, CriterionResult } from '../../src/accessibility/report.ts';
import { todayInJapan } from '../../src/model/dates.ts';

export const REPORT_FILE = 'src/accessibility/report.json';

export interface PageRun {
  path: string;
  width: number;
  axe: axe.AxeResults;
  /** Our own checks on the page (e.g. reflow at 390 px): name → passed. */
  own: Record<string, boolean>;
}

export function buildReport(runs: readonly PageRun[], tools: AccessibilityReport['tools']): AccessibilityReport {
  const criteria = new Map<
    string,
    { applied: Set<string>; inapplicable: Set<string>; violations: Map<string, Set<string>>; undecided: Set<string> }
  >();
  const entry = (id: string) => {
    let e = criteria.get(id);
    if (!e) criteria.set(id, (e = { applied: new Set(), inapplicable: new Set(), violations: new Map(), undecided: new Set() }));
    return e;
  };
  const beyond = new Map<string, { pages: Set<string>; failures: Set<string> }>();
  const count = (check: string, page: string, failed: boolean) => {
    let b = beyond.get(check);
    if (!b) beyond.set(check, (b = { pages: new Set(), failures: new Set() }));
    b.pages.add(page);
    if (failed) b.failures.add(page);
  };
  for (const run of runs) {
    const where = `${run.path} (${run.width}px)`;
    const each = (results: axe.Result[], kind: 'applied' | 'inapplicable' | 'violation' | 'undecided') => {
      for (const rule of results) {
        const ids = rule.tags.map(criterionOfTag).filter((x): x is string => x !== undefined);
        const inJis = rule.tags.some((t) => t === 'wcag2a' || t === 'wcag2aa');
        if (!inJis) {
          // WCAG 2.1/2.2 criteria and best practices: counted as checks beyond the standard.
          const group = rule.tags.includes('best-practice') ? 'axe のベストプラクティス' : 'WCAG 2.1・2.2 で加わった達成基準（axe）';
          if (kind !== 'inapplicable') count(group, where, kind === 'violation');
          continue;
        }
        for (const id of ids) {
          const e = entry(id);
          if (kind === 'applied') e.applied.add(rule.id);
          else if (kind === 'inapplicable') e.inapplicable.add(rule.id);
          else if (kind === 'undecided') {
            e.undecided.add(rule.id);
            e.applied.add(rule.id);
          } else {
            e.applied.add(rule.id);
            if (!e.violations.has(rule.id)) e.violations.set(rule.id, new Set());
            e.violations.get(rule.id)!.add(run.path);
          }
        }
      }
    };
    each(run.axe.passes, 'applied');
    each(run.axe.inapplicable, 'inapplicable');
    each(run.axe.incomplete, 'undecided');
    each(run.axe.violations, 'violation');
    for (const [check, passed] of Object.entries(run.own)) count(check, where, !passed);
  }
  const sorted = (s: Iterable<string>) => [...s].sort();
  const out: Record<string, CriterionResult> = {};
  for (const id of sorted(criteria.keys())) {
    const e = criteria.get(id)!;
    out[id] = {
      applied: sorted(e.applied),
      // A rule that applied somewhere is not "inapplicable".
      inapplicable: sorted([...e.inapplicable].filter((r) => !e.applied.has(r))),
      violations: sorted(e.violations.keys()).map((rule) => ({ rule, pages: sorted(e.violations.get(rule)!) })),
      undecided: sorted(e.undecided),
    };
  }
  return {
    $comment:
      'Written by the browser tests (npm run test:e2e, test/e2e/pages.test.ts) from their run on the built site; do not edit by hand.',
    standard: 'JIS X 8341-3:2016',
    target: 'AA',
    testedOn: todayInJapan(),
    tools,
    widths: [...new Set(runs.map((r) => r.width))].sort((a, b) => b - a),
    pages: sorted(new Set(runs.map((r) => r.path))),
    criteria: out,
    beyond: sorted(beyond.keys()).map((check) => ({
      check,
      pages: beyond.get(check)!.pages.size,
      failures: beyond.get(check)!.failures.size,
    })),
  };
}

/** The report without its date, for comparing what was found. */
const findings = (r: AccessibilityReport) => JSON.stringify({ ...r, testedOn: undefined });

/**
 * Compare with the committed report; write the fresh one when the results differ. Returns whether the committed
 * file was current.
 */
export function keepReportCurrent(fresh: AccessibilityReport, file = REPORT_FILE): boolean {
  let committed: AccessibilityReport | undefined;
  try {
    committed = JSON.parse(readFileSync(file, 'utf8')) as AccessibilityReport;
  } catch {
    committed = undefined;
  }
  if (committed && findings(committed) === findings(fresh)) return true;
  writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`);
  return false;
}
