/** CLI: offline link check of the built site (dist/). Usage: node scripts/links.ts [dist] */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkLinks } from './gates/links.ts';
import { reportGate } from './lib/report.ts';

const dist = process.argv[2] ?? 'dist';
// astro.config is the one place that knows the public origin and the base path.
const config = (await import(pathToFileURL(resolve('astro.config.mjs')).href)).default as { site?: string; base?: string };
const result = await checkLinks(dist, { ...(config.site ? { site: config.site } : {}), base: config.base ?? '/' });
process.exitCode = reportGate(
  'links',
  result.findings,
  `${result.pages} pages, ${result.internal} internal links (${result.fragments} with #fragment), ${result.external} external not fetched`,
);
