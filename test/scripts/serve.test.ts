/** The test server behaves like a static host: index pages, redirects, MIME types, 404, and the site's headers. */
import { afterAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/security-headers.ts';
import { startServer } from '../../scripts/serve.ts';
import { fixtureSite, page } from '../gates/fixture-site.ts';

describe('startServer', async () => {
  const dist = fixtureSite({
    'index.html': page('<p>home</p>'),
    'terms/index.html': page('<p>terms</p>'),
    '404.html': page('<p>見つかりません</p>'),
    'pagefind/wasm.ja.pagefind': 'x',
    'pagefind/pagefind.js': 'export {}',
    'a.wasm': 'x',
  });
  const server = await startServer({ root: dist });
  afterAll(() => server.close());
  const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves directory index pages with the security headers', async () => {
    const res = await get('/terms/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(k)).toBe(v);
    expect(await res.text()).toContain('terms');
  });

  it('redirects a directory without its trailing slash, as static hosts do', async () => {
    const res = await get('/terms?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/terms/?x=1');
  });

  it('sends WebAssembly and Pagefind files with types the browser accepts', async () => {
    expect((await get('/a.wasm')).headers.get('content-type')).toBe('application/wasm');
    expect((await get('/pagefind/wasm.ja.pagefind')).headers.get('content-type')).toBe('application/octet-stream');
    expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it("answers 404 with the site's 404 page, and never serves files outside the root", async () => {
    const missing = await get('/nope/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('見つかりません');
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });
});
