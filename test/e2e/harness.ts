/**
 * What every browser test shares: the built site (dist/) served on 127.0.0.1 with the real security headers,
 * Debian's Chromium driven by playwright-core, and a record of everything that must not happen — console errors,
 * uncaught exceptions, CSP violations, requests leaving 127.0.0.1.
 */
import { resolve } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { chromiumPath } from '../../scripts/setup-browser.ts';
import { builtFiles, routeKind, type BuiltPage } from '../../scripts/gates/site.ts';
import { loadModel } from '../../src/model/load.ts';

export const DIST = resolve(process.env['MIDNET_DIST'] ?? 'dist');
export const CHROMIUM = chromiumPath();

/**
 * Flags for a headless Chromium on a machine without network: the background-networking ones stop Chromium's own
 * calls home, which the closed network refuses (and which would show up as requests leaving 127.0.0.1).
 * Playwright adds --headless and a fresh temporary --user-data-dir for every launch.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The content the site was built from, for expectations that follow the data rather than hard-code it. */
export const { model } = loadModel();

export interface Problem {
  kind: 'console' | 'pageerror' | 'csp' | 'network' | 'http';
  page: string;
  detail: string;
}

export interface Site {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  /** Absolute URL of a site path ("/terms/"). */
  url(path: string): string;
  /** Site path of a page's current URL. */
  path(page: Page): string;
  /** Problems seen since the last call (and forget them). */
  take(): Problem[];
  /** Every request made since the last call (absolute URLs). */
  requests: string[];
  close(): Promise<void>;
}

export function builtPages(): BuiltPage[] {
  return builtFiles(DIST, 'html').filter((p) => p.url !== '/404.html');
}

/** One page per route kind (the first in path order), for checks too slow to run on every page. */
export function onePerRouteKind(pages: readonly BuiltPage[]): BuiltPage[] {
  const seen = new Map<string, BuiltPage>();
  for (const p of pages) if (!seen.has(routeKind(p.url))) seen.set(routeKind(p.url), p);
  return [...seen.values()];
}

/** Serve `root` (default: the build) on 127.0.0.1 and open a browser context that records every problem. */
export async function openSite(root = DIST): Promise<Site> {
  const server = await startServer({ root });
  const origin = new URL(server.url).origin;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
  const context = await browser.newContext({ locale: 'ja-JP', viewport: DESKTOP });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  let problems: Problem[] = [];
  const requests: string[] = [];
  const where = (page: Page | null | undefined) => (page ? page.url().replace(origin, '') : '?');

  // Nothing leaves 127.0.0.1: such a request is recorded as a problem and never sent.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push({ kind: 'network', page: where(route.request().frame()?.page()), detail: url });
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => requests.push(req.url()));
  context.on('response', (res) => {
    if (res.status() >= 400) problems.push({ kind: 'http', page: where(res.frame()?.page()), detail: `${res.status()} ${res.url()}` });
  });
  // A request the browser gave up on (refused type, connection reset); those blocked above are already recorded.
  context.on('requestfailed', (req) => {
    const failure = req.failure()?.errorText ?? '';
    if (!/BLOCKED_BY_CLIENT|ERR_ABORTED/.test(failure))
      problems.push({ kind: 'http', page: where(req.frame()?.page()), detail: `${failure} ${req.url()}` });
  });
  // The CSP reports violations as DOM events; the binding carries them out of the page even as it navigates away.
  await context.exposeBinding('__midnetCspViolation', ({ page }, detail: string) => {
    problems.push({ kind: 'csp', page: where(page), detail });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __midnetCspViolation(d: string): void }).__midnetCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  context.on('page', (page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error' && !/Content[- ]Security[- ]Policy/i.test(msg.text())) return;
      problems.push({ kind: /Content[- ]Security[- ]Policy/i.test(msg.text()) ? 'csp' : 'console', page: where(page), detail: msg.text() });
    });
    page.on('pageerror', (error) => problems.push({ kind: 'pageerror', page: where(page), detail: String(error) }));
  });

  return {
    server,
    browser,
    context,
    requests,
    url: (path) => new URL(path.replace(/^\//, ''), server.url).href,
    path: (page) => page.url().replace(origin, ''),
    take() {
      const out = problems;
      problems = [];
      return out;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Format problems one a line, so a failing assertion reads as a list. */
export function describeProblems(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.page}  ${p.kind}  ${p.detail}`);
}

/**
 * What axe checks: WCAG 2.0, 2.1 and 2.2 at A and AA (JIS X 8341-3:2016 is WCAG 2.0; the later versions only add
 * criteria) and axe's best practices.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The two widths every page is checked at: a laptop, and a phone (390 CSS px, as an iPhone 12–15). */
export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/**
 * Does the page scroll sideways? The document is wider than the window, and the elements that stick out (the
 * outermost ones, outside any element that scrolls by itself), so that a failure names its cause.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const width = root.clientWidth;
    const scrolls = (el: Element) => /(auto|scroll|hidden|clip)/.test(getComputedStyle(el).overflowX);
    const out: string[] = [];
    const walk = (el: Element) => {
      for (const child of el.children) {
        const r = child.getBoundingClientRect();
        if (r.right > width + 0.5 && r.width > 0) {
          out.push(
            `<${child.tagName.toLowerCase()}${child.id ? `#${child.id}` : ''}${child.className && typeof child.className === 'string' ? `.${child.className.trim().split(/\s+/).join('.')}` : ''}> reaches ${Math.round(r.right)}px: ${(child.textContent ?? '').trim().slice(0, 40)}`,
          );
        } else if (!scrolls(child)) walk(child);
      }
    };
    walk(document.body);
    return [`the page is ${root.scrollWidth}px wide in a ${width}px window`, ...out.slice(0, 5)];
  });
}

/** The full axe result of a page, for the accessibility report (test/e2e/a11y-report.ts). */
export async function axeResults(page: Page): Promise<axe.AxeResults> {
  await page.evaluate(axe.source);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'incomplete'],
      }),
    AXE_TAGS,
  );
}

/**
 * Run axe-core on the page as it is now. The source goes in through the DevTools protocol (page.evaluate), which
 * the page's CSP does not govern, so the page runs under its real policy.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return results.violations.map(
    (v) =>
      `axe/${v.id}  ${v.help} (${v.impact ?? '?'}; ${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')})`,
  );
}

/**
 * Open the site once for a test file and hand over the browser context's first page; after the file's tests,
 * fail if anything went wrong in the browser meanwhile (console errors, CSP violations, requests leaving
 * 127.0.0.1), whatever the tests did.
 */
export function useSite(ready: (site: Site, page: Page) => void): void {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
    ready(site, await site.context.newPage());
  });
  afterAll(async () => {
    const problems = describeProblems(site.take());
    await site.close();
    expect(problems).toEqual([]);
  });
}

/** Text with all white space removed, for comparing what a reader sees regardless of line breaks. */
export const squash = (s: string | null): string => (s ?? '').replace(/\s+/g, '');
