/** Builds the Pagefind search index of the built site (dist/ → dist/pagefind/) with the extended (CJK) binary. */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

export interface SearchIndexResult {
  /** HTML pages Pagefind read. */
  pages: number;
  /** Pages in the index: those with a `data-pagefind-body` (Base.astro; the indexed={false} pages have none). */
  indexed: number;
  errors: string[];
}

/**
 * Index every HTML page under `siteDir` that has `data-pagefind-body` (Base.astro puts it around the page's own
 * content: no header, breadcrumb or summary notice; pages that repeat indexed text have none) and write the
 * bundle to `outDir` (default `<siteDir>/pagefind`). The npm package starts `pagefind_extended` when it is
 * installed (it is, through @pagefind/linux-x64): only that build segments Japanese.
 */
export async function buildSearchIndex(siteDir: string, outDir = join(siteDir, 'pagefind')): Promise<SearchIndexResult> {
  // One language for the whole site: every page is lang="ja"; forcing it keeps stray lang attributes from splitting the index.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
  if (!index) return { pages: 0, indexed: 0, errors };
  try {
    // Only the pages that have something to index are handed to Pagefind: reading every page for the marker
    // here is cheaper than Pagefind parsing them all (most pages — each clause in each version, the 新旧対照表 —
    // repeat text indexed elsewhere and have no data-pagefind-body).
    const files = globSync('**/*.html', { cwd: siteDir }).sort();
    const added = { page_count: files.length, errors: [] as string[] };
    for (const sourcePath of files) {
      const content = readFileSync(join(siteDir, sourcePath), 'utf8');
      if (!content.includes('data-pagefind-body')) continue;
      const r = await index.addHTMLFile({ sourcePath, content });
      added.errors.push(...r.errors);
    }
    const written = await index.writeFiles({ outputPath: outDir });
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    return { pages: added.page_count, indexed, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false } } });
  const site = values.site;
  const start = performance.now();
  const { pages, indexed, errors } = await buildSearchIndex(site);
  const ms = Math.round(performance.now() - start);
  for (const e of errors) console.error(`build-search: ${e}`);
  if (errors.length || pages === 0) {
    console.error(
      pages === 0
        ? `build-search: no page to index in ${site}/; run "astro build" first (pages need data-pagefind-body, which Base.astro sets)`
        : 'build-search: the index was not written completely',
    );
    process.exit(1);
  }
  console.log(`build-search: ${indexed} of ${pages} pages indexed → ${site}/pagefind/ in ${ms} ms`);
  // For bench/run.ts: the figures as the last line.
  if (values.json) console.log(JSON.stringify({ ms, pages, indexed }));
}
