// Astro configuration: a fully static site in Japanese, built from the model in src/model.
import { writeFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { headersFile } from './src/security-headers.ts';

/** Writes dist/_headers (Netlify / Cloudflare Pages) from the same source the test server uses. */
const securityHeaders = {
  name: 'midnet:security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
  },
};

export default defineConfig({
  // The site's own address (https://…), for the feeds and canonical links; without it they stay relative.
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  // No inline <style>: the Content-Security-Policy allows styles from our own origin only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Nor inline <script>: Astro inlines small bundled scripts below Vite's asset limit, so set it to 0.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx(), securityHeaders],
});
