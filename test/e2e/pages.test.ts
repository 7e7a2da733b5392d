/**
 * Every built page, in Chromium under the site's real CSP, at a laptop's width and at a phone's (390 px): no
 * console error, no uncaught exception, no CSP violation, no failed request, nothing leaving 127.0.0.1; no page
 * scrolls sideways on the phone; and axe (WCAG 2.0–2.2 A/AA and best practices) finds no violation at either
 * width. The axe results become the accessibility report (src/accessibility/report.json, rendered by
 * /accessibility/), which this test keeps current.
 * MIDNET_AXE_PAGES=route-kinds runs axe on one page per route kind only (a quicker local run; CI runs all, and
 * only a full run touches the report).
 */
import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/model/routes.ts';
import { currentVersion } from '../../src/model/versions.ts';
import {
  axeResults,
  builtPages,
  describeProblems,
  DESKTOP,
  horizontalOverflow,
  model,
  onePerRouteKind,
  openSite,
  PHONE,
  type Site,
} from './harness.ts';
import { buildReport, keepReportCurrent, REPORT_FILE, type PageRun } from './a11y-report.ts';

const pages = builtPages();
const quick = process.env['MIDNET_AXE_PAGES'] === 'route-kinds';
const axePages = new Set((quick ? onePerRouteKind(pages) : pages).map((p) => p.url));
let site: Site;
const problems: string[] = [];
const violations: string[] = [];
const overflow: string[] = [];
const runs: PageRun[] = [];
let chromiumVersion = '';

/** The violations of one axe run, one line each. */
function describeViolations(path: string, width: number, results: axe.AxeResults): string[] {
  return results.violations.map(
    (v) =>
      `${path} (${width}px)  axe/${v.id}  ${v.help} (${v.impact ?? '?'}; ${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')})`,
  );
}

// One visit per page and width serves every check: the page loads under the CSP, then overflow and axe. The two
// widths run side by side in two tabs (two renderer processes), as axe is the slow part.
beforeAll(
  async () => {
    site = await openSite();
    chromiumVersion = site.browser.version();
    const visit = async (viewport: typeof DESKTOP | typeof PHONE) => {
      const page = await site.context.newPage();
      await page.setViewportSize(viewport);
      for (const p of pages) {
        await page.goto(site.url(p.url), { waitUntil: 'load' });
        const own: Record<string, boolean> = {};
        if (viewport === PHONE) {
          const wide = await horizontalOverflow(page);
          own['横スクロールなし（幅390px、WCAG 2.1 1.4.10 リフロー相当）'] = wide.length === 0;
          if (wide.length) overflow.push(`${p.url}: ${wide.join('; ')}`);
        }
        if (!axePages.has(p.url)) continue;
        const results = await axeResults(page);
        violations.push(...describeViolations(p.url, viewport.width, results));
        runs.push({ path: p.url, width: viewport.width, axe: results, own });
      }
      // Module scripts of the last page may still be fetching; let them finish before reading the record.
      await page.waitForLoadState('networkidle');
      await page.close();
    };
    await Promise.all([visit(DESKTOP), visit(PHONE)]);
    problems.push(...describeProblems(site.take()));
  },
  120_000 + pages.length * 15_000,
);
afterAll(() => site?.close());

/** One page of every route in src/model/routes.ts (a new route fails to compile here until it is listed). */
function promisedRoutes(): string[] {
  const link = routes('/');
  const inForce = currentVersion(model)?.doc.data.id ?? '';
  const [first = '', second = ''] = model.chain;
  const firstKey = (m: Map<string, unknown> | undefined) => m?.keys().next().value ?? '';
  const clause = firstKey(model.clauses.get(inForce));
  const promised: Record<keyof typeof link, string> = {
    home: link.home,
    guideline: link.guideline,
    version: link.version(inForce),
    clause: link.clause(inForce, clause),
    clauseHistory: link.clauseHistory(inForce, clause),
    clauseInVersion: link.clauseInVersion(inForce, clause),
    compareIndex: link.compareIndex,
    compare: link.compare(first, second),
    terms: link.terms,
    term: link.term(firstKey(model.terms)),
    meetings: link.meetings,
    meeting: link.meeting(firstKey(model.meetings)),
    amendments: link.amendments,
    amendment: link.amendment(firstKey(model.amendments)),
    rules: link.rules,
    rule: link.rule(firstKey(model.rules)),
    pubcheck: link.pubcheck,
    search: link.search,
    about: link.about,
    feed: link.feed,
    modelJson: link.modelJson,
    compareJson: link.compareJson,
    schema: link.schema('model'),
    pagefindScript: link.pagefindScript,
    clauseFeed: link.clauseFeed(clause),
    accessibility: link.accessibility,
  };
  return [...Object.values(promised), '/favicon.ico', '/favicon.svg'];
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

  it("answers an unknown address with the site's own 404 page", async () => {
    const res = await fetch(site.url('/no-such-page/'));
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('ページが見つかりません');
  });

  it('loads every page without console errors, exceptions, CSP violations, failed or outside requests', () => {
    expect(problems).toEqual([]);
  });

  it(`never scrolls sideways at ${PHONE.width}px`, () => {
    expect(overflow).toEqual([]);
  });

  it(`has no axe violations (WCAG 2.0–2.2 A/AA, best practices) on ${axePages.size} pages at ${DESKTOP.width} and ${PHONE.width}px`, () => {
    expect(violations).toEqual([]);
  });

  it.skipIf(quick)(`keeps the accessibility report (${REPORT_FILE}) current`, () => {
    const tools = [
      { name: 'axe-core', version: axe.version, role: 'WCAG 2.0–2.2 の達成基準とベストプラクティスの自動試験' },
      { name: 'Chromium', version: chromiumVersion.split('.')[0]!, role: 'ページの表示（Playwright で操作、幅1280pxと390px）' },
      {
        name: 'Playwright',
        version: (JSON.parse(readFileSync('node_modules/playwright-core/package.json', 'utf8')) as { version: string }).version,
        role: 'ブラウザの操作',
      },
    ];
    const current = keepReportCurrent(buildReport(runs, tools));
    expect(current, `${REPORT_FILE} did not match this run's results; the fresh report has been written: review and commit it`).toBe(true);
  });
});
