/** Builds the Pagefind search index of the built site (dist/ → dist/pagefind/) with the extended (CJK) binary. */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

export interface SearchIndexResult {
  pages: number;
  errors: string[];
}

/**
 * Index every HTML page under `siteDir` that has `data-pagefind-body` (Base.astro puts it on <main>) and write the
 * bundle to `outDir` (default `<siteDir>/pagefind`). The npm package starts `pagefind_extended` when it is
 * installed (it is, through @pagefind/linux-x64): only that build segments Japanese.
 */
export async function buildSearchIndex(siteDir: string, outDir = join(siteDir, 'pagefind')): Promise<SearchIndexResult> {
  // One language for the whole site: every page is lang="ja"; forcing it keeps stray lang attributes from splitting the index.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
  if (!index) return { pages: 0, errors };
  try {
    const added = await index.addDirectory({ path: siteDir });
    const written = await index.writeFiles({ outputPath: outDir });
    return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
  const site = values.site;
  const { pages, errors } = await buildSearchIndex(site);
  for (const e of errors) console.error(`build-search: ${e}`);
  if (errors.length || pages === 0) {
    console.error(pages === 0
      ? `build-search: no page to index in ${site}/; run "astro build" first (pages need data-pagefind-body, which Base.astro sets)`
      : 'build-search: the index was not written completely');
    process.exit(1);
  }
  console.log(`build-search: indexed ${pages} pages → ${site}/pagefind/`);
}
