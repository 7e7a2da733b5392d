/**
 * The built /pubcheck/ page in Chromium under the site's strict CSP: the engine loads from our origin, a pasted
 * table is judged with text markers, nothing is sent anywhere, and axe finds no violations.
 * Needs `astro build` first (dist/) and Debian's /usr/bin/chromium; skipped without them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

const DIST = 'dist';
const CHROMIUM = '/usr/bin/chromium';
const ready = existsSync(join(DIST, 'pubcheck/index.html')) && existsSync(CHROMIUM);
/** The policy the site is served with (BRIEF: no 'unsafe-inline'; 'wasm-unsafe-eval' for HiGHS). */
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };

describe.skipIf(!ready)('/pubcheck/ in the browser', { timeout: 60_000 }, () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let origin = '';
  const requests: string[] = [];
  const violations: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (path.endsWith('/')) path += 'index.html';
      const file = join(DIST, path);
      if (!file.startsWith(DIST) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${origin}/pubcheck/`);
    await page.getByText('計算エンジンの準備ができました。').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('loads HiGHS from our own origin without breaking the CSP', () => {
    expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('judges the sample table: markers in text, a verdict, an audit, and no request while doing so', async () => {
    const before = requests.length;
    await page.getByLabel('利活用の目的').selectOption('safety-measures');
    await page.getByRole('button', { name: '見本の表を入れる' }).click();
    await page.getByRole('button', { name: '判定する' }).click();
    await page.locator('#pc-out-h').waitFor();
    await expect.poll(() => page.locator('#pc-summary').textContent()).toContain('判定: このままでは公表できません');
    const grid = page.locator('table.pc-grid').first();
    await expect.poll(() => grid.locator('td', { hasText: '［一次秘匿］' }).count()).toBe(2);
    expect(await grid.locator('td', { hasText: '［二次秘匿］' }).count()).toBeGreaterThan(0);
    expect(await page.locator('table.pc-audit tbody tr').count()).toBeGreaterThan(2);
    expect(await page.locator('#pc-out-h').evaluate((h) => h === document.activeElement)).toBe(true);
    expect(requests.slice(before)).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('saves the report as JSON and HTML without the network', async () => {
    const before = requests.filter((u) => !u.startsWith('blob:')).length;
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '報告書を保存（JSON）' }).click()]);
    const report = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(report.verdict.route).toBe('not-publishable');
    expect(report.tables[0].cells.some((c: { status: string }) => c.status === 'secondary')).toBe(true);
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '報告書を保存（HTML）' }).click()]);
    expect(html.suggestedFilename()).toMatch(/^pubcheck-.*\.html$/);
    expect(readFileSync((await html.path())!, 'utf8')).toContain('［一次秘匿］');
    expect(requests.filter((u) => !u.startsWith('blob:')).length).toBe(before);
  });

  it('reads a CSV file (Shift_JIS) into the text area', async () => {
    await page.locator('#pc-file').setInputFiles('test/fixtures/pubcheck/tables/sjis.csv');
    await expect.poll(() => page.getByLabel('表（表計算ソフトからコピーして貼り付け、またはCSV）').inputValue()).toContain('合計,27,39,66');
  });

  it('shows input errors naming the row and column', async () => {
    await page.getByLabel('表（表計算ソフトからコピーして貼り付け、またはCSV）').fill('\tA群\tB群\n20代\t15\t多数\n');
    await page.getByRole('button', { name: '判定する' }).click();
    await expect.poll(() => page.locator('.pc-errors').textContent()).toContain('行「20代」・列「B群」: 患者数のはずのセルに文字「多数」があります');
  });

  it('has no axe violations', async () => {
    // The page's CSP forbids inline scripts; evaluate (DevTools protocol) is exempt.
    await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    const result = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(result).toEqual([]);
  });
});
