/**
 * Every built page, in Chromium under the site's real CSP: no console error, no uncaught exception, no CSP
 * violation, no failed request, nothing leaving 127.0.0.1; and axe (WCAG 2.1 A/AA) finds no violation.
 * MIDNET_AXE_PAGES=route-kinds runs axe on one page per route kind only (a quicker local run; CI runs all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/model/routes.ts';
import { versionInForce } from '../../src/model/versions.ts';
import { axeViolations, builtPages, describeProblems, model, onePerRouteKind, openSite, type Site } from './harness.ts';

const pages = builtPages();
const axePages = new Set((process.env['MIDNET_AXE_PAGES'] === 'route-kinds' ? onePerRouteKind(pages) : pages).map((p) => p.url));
let site: Site;
const problems: string[] = [];
const violations: string[] = [];

// One visit per page serves both checks: the page loads under the CSP, then axe runs on it.
beforeAll(async () => {
  site = await openSite();
  const page = await site.context.newPage();
  for (const p of pages) {
    await page.goto(site.url(p.url), { waitUntil: 'load' });
    if (axePages.has(p.url)) for (const v of await axeViolations(page)) violations.push(`${p.url}  ${v}`);
  }
  // Module scripts of the last page may still be fetching; let them finish before reading the record.
  await page.waitForLoadState('networkidle');
  await page.close();
  problems.push(...describeProblems(site.take()));
}, 60_000 + pages.length * 3_000);
afterAll(() => site?.close());

/** One page of every route in src/model/routes.ts (a new route fails to compile here until it is listed). */
function promisedRoutes(): string[] {
  const link = routes('/');
  const inForce = versionInForce(model)?.data.id ?? '';
  const [first = '', second = ''] = model.chain;
  const firstKey = (m: Map<string, unknown> | undefined) => m?.keys().next().value ?? '';
  const clause = firstKey(model.clauses.get(inForce));
  const promised: Record<keyof typeof link, string> = {
    home: link.home, guideline: link.guideline, version: link.version(inForce), clause: link.clause(inForce, clause), clauseHistory: link.clauseHistory(inForce, clause),
    clauseInVersion: link.clauseInVersion(inForce, clause), compareIndex: link.compareIndex, compare: link.compare(first, second),
    terms: link.terms, term: link.term(firstKey(model.terms)), meetings: link.meetings, meeting: link.meeting(firstKey(model.meetings)),
    amendments: link.amendments, amendment: link.amendment(firstKey(model.amendments)), rules: link.rules,
    rule: link.rule(firstKey(model.rules)), pubcheck: link.pubcheck, search: link.search, about: link.about, feed: link.feed,
    modelJson: link.modelJson, compareJson: link.compareJson, schema: link.schema('model'), pagefindScript: link.pagefindScript,
  };
  return Object.values(promised);
}

describe(`the built site (${pages.length} pages)`, () => {
  it('has every route the portal promises', async () => {
    const missing: string[] = [];
    for (const path of promisedRoutes()) {
      const res = await fetch(site.url(path));
      if (res.status !== 200) missing.push(`${path} → ${res.status}`);
    }
    expect(missing).toEqual([]);
  });

  it('loads every page without console errors, exceptions, CSP violations, failed or outside requests', () => {
    expect(problems).toEqual([]);
  });

  it(`has no axe violations (WCAG 2.1 A and AA) on ${axePages.size} pages`, () => {
    expect(violations).toEqual([]);
  });
});
