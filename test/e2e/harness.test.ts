/** The harness itself: each kind of problem the browser tests forbid is actually caught, on a page made to have it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, page as html } from '../gates/fixture-site.ts';
import { axeViolations, openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(
    fixtureSite({
      'ok/index.html': html('<h1>正常</h1><p>問題のないページ</p>'),
      'inline/index.html': html('<h1>x</h1><script>document.title = "ran"</script>'),
      'style/index.html': html('<h1 style="color:red">x</h1>'),
      'outside/index.html': html('<h1>x</h1><img src="https://example.com/x.png" alt="外部画像">'),
      'leave/index.html': html('<h1>x</h1><a id="out" href="https://example.com/">外へ</a>'),
      'errors/index.html': html('<h1>x</h1><script type="module" src="/boom.js"></script>'),
      'missing/index.html': html('<h1>x</h1>', '<link rel="stylesheet" href="/gone.css">\n'),
      'a11y/index.html': html('<h1>x</h1><img src="data:image/png;base64,iVBORw0KGgo=">'),
      'boom.js': 'console.error("logged"); throw new Error("thrown");',
    }),
  );
});
afterAll(() => site?.close());

async function visit(path: string): Promise<string[]> {
  const page = await site.context.newPage();
  await page.goto(site.url(path), { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.close();
  return site.take().map((p) => `${p.kind}  ${p.detail}`);
}

describe('the browser-test harness', () => {
  it('records nothing on a clean page', async () => {
    expect(await visit('/ok/')).toEqual([]);
  });

  it('records an inline script and an inline style blocked by the CSP', async () => {
    expect((await visit('/inline/')).some((p) => p.startsWith('csp'))).toBe(true);
    expect((await visit('/style/')).some((p) => p.startsWith('csp'))).toBe(true);
  });

  it('lets the CSP block a resource from another host, and reports it', async () => {
    expect((await visit('/outside/')).some((p) => p.startsWith('csp') && p.includes('https://example.com/x.png'))).toBe(true);
  });

  it('records, and stops, a request the CSP does not govern that leaves 127.0.0.1 (a navigation)', async () => {
    const page = await site.context.newPage();
    await page.goto(site.url('/leave/'));
    await page.click('#out').catch(() => undefined);
    await page.waitForTimeout(300);
    await page.close();
    expect(site.take().map((p) => `${p.kind}  ${p.detail}`)).toContainEqual('network  https://example.com/');
  });

  it('records console errors, uncaught exceptions and failed requests', async () => {
    const problems = await visit('/errors/');
    expect(problems).toContainEqual('console  logged');
    expect(problems.some((p) => p.startsWith('pageerror') && p.includes('thrown'))).toBe(true);
    expect((await visit('/missing/')).some((p) => p.includes('/gone.css'))).toBe(true);
  });

  it("runs axe under the page's CSP and reports a violation with its rule", async () => {
    const page = await site.context.newPage();
    await page.goto(site.url('/a11y/'));
    expect((await axeViolations(page)).some((v) => v.startsWith('axe/image-alt'))).toBe(true);
    await page.close();
    site.take();
  });
});
