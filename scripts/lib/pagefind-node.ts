/** Loads a built pagefind.js bundle in Node the way a browser page with <html lang="ja"> would (tests, measurements). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/components/search/query.ts';

/**
 * pagefind.js fetches its index next to itself and takes the language from <html lang>. In Node there is no
 * document (so it would search as language "unknown", without Japanese segmentation) and fetch() cannot read
 * file: URLs. Both are stood in for here, and only here.
 */
export async function loadPagefind(
  bundleDir: string,
  options?: Record<string, unknown>,
): Promise<PagefindApi & { destroy(): Promise<void> }> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return realFetch(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
  const g = globalThis as { document?: unknown };
  g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => 'ja' }) };
  const pf = (await import(pathToFileURL(join(bundleDir, 'pagefind.js')).href)) as PagefindApi & {
    init(): Promise<void>;
    options(o: Record<string, unknown>): Promise<void>;
    destroy(): Promise<void>;
  };
  if (options) await pf.options(options);
  await pf.init();
  return {
    search: (term, options) => pf.search(term, options),
    async destroy() {
      await pf.destroy();
      globalThis.fetch = realFetch;
      delete g.document;
    },
  };
}
