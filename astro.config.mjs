// Astro configuration: a fully static site in Japanese, built from the model in src/model.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://midnet-guideline.example.jp',
  trailingSlash: 'always',
  // No inline <style>: the Content-Security-Policy allows styles from our own origin only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Nor inline <script>: Astro inlines small bundled scripts below Vite's asset limit, so set it to 0.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx()],
});
