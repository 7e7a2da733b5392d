import { chromium } from 'playwright-core';
import { startServer } from '/work/wt/ux/scripts/serve.ts';
const srv = await startServer({ root: '/work/wt/ux/dist', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
for (const [path, name] of [['/terms/utilization/', 'term'], ['/compare/r2023-05/r2026/', 'compare'], ['/amendments/', 'amend'], ['/compare/', 'cidx'], ['/pubcheck/', 'pc']]) {
  await page.goto(srv.url + path.slice(1), { waitUntil: 'load' });
  const dims = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
  console.log(path, JSON.stringify(dims));
  await page.screenshot({ path: `/tmp/uxshots/${name}.png`, fullPage: false });
}
// term page pending section
await page.goto(srv.url + 'terms/utilization/');
await page.locator('.definition-pending').scrollIntoViewIfNeeded();
await page.locator('.definition-pending').screenshot({ path: '/tmp/uxshots/term-pending.png' });
await page.goto(srv.url + 'compare/r2023-05/r2026/');
await page.locator('#c-definitions').screenshot({ path: '/tmp/uxshots/compare-def.png' });
await page.setViewportSize({ width: 1280, height: 900 });
await page.goto(srv.url + 'compare/r2023-05/r2026/');
await page.locator('#c-definitions td.col-new').screenshot({ path: '/tmp/uxshots/compare-def-desk.png' });
await page.goto(srv.url + 'amendments/');
await page.screenshot({ path: '/tmp/uxshots/amend-desk.png' });
await browser.close(); await srv.close();
