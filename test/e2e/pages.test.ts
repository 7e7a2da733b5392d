/**
 * Every built page, in Chromium under the site's real CSP: no console error, no uncaught exception, no CSP
 * violation, no failed request, nothing leaving 127.0.0.1; and axe (WCAG 2.1 A/AA) finds no violation.
 * MIDNET_AXE_PAGES=route-kinds runs axe on one page per route kind only (a quicker local run; CI runs all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, builtPages, describeProblems, model, onePerRouteKind, openSite, type Site } from './harness.ts';
import { currentVersion } from '../../src/model/query.ts';

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

/** The routes the portal promises (BRIEF: site routes), each with one page that must exist. */
function promisedRoutes(): string[] {
  const inForce = currentVersion(model)?.doc.data.id;
  const [first, second] = model.chain;
  const clause = inForce ? model.clauses.get(inForce)?.keys().next().value : undefined;
  const firstKey = <T>(m: Map<string, T>) => m.keys().next().value;
  return [
    '/', '/guideline/', `/guideline/${inForce}/`, `/guideline/${inForce}/${clause}/`, '/compare/',
    `/compare/${first}/${second}/`, '/terms/', `/terms/${firstKey(model.terms)}/`, '/meetings/',
    `/meetings/${firstKey(model.meetings)}/`, '/amendments/', `/amendments/${firstKey(model.amendments)}/`, '/rules/',
    `/rules/${firstKey(model.rules)}/`, '/pubcheck/', '/search/', '/about/', '/feed.xml', '/api/model.json',
  ];
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
