/**
 * Static check of the built pages against the site's Content-Security-Policy (src/security-headers.ts): what the
 * policy would block is reported with its file and line before a browser ever loads the page. The browser test
 * (test/e2e/pages.test.ts) then confirms no violation happens at run time.
 */
import { compareDiagnostics, type Diagnostic } from '../../src/model/diagnostic.ts';
import { builtFiles, decodeEntities, parseHtml, readText } from './site.ts';

/** <script type> values that are data blocks: the browser never runs them, so script-src does not apply. */
const DATA_BLOCK_TYPES = new Set(['application/json', 'application/ld+json']);

function isCrossOrigin(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^data:/i.test(url);
}

export async function checkCsp(dist: string): Promise<{ findings: Diagnostic[]; pages: number }> {
  const findings: Diagnostic[] = [];
  const pages = builtFiles(dist, 'html');
  for (const page of pages) {
    const root = await parseHtml(readText(page.abs), page.file);
    const add = (el: { location: { line: number; column: number } }, rule: string, message: string, hint: string) =>
      findings.push({ file: page.file, line: el.location.line, column: el.location.column, severity: 'error', rule, message, hint });

    for (const el of root.querySelectorAll('script')) {
      const type = (el.getAttribute('type')?.value ?? '').toString().toLowerCase();
      const src = el.getAttribute('src')?.value;
      if (DATA_BLOCK_TYPES.has(type)) continue;
      if (typeof src !== 'string') {
        add(
          el,
          'csp/inline-script',
          "inline <script> is blocked by script-src 'self'",
          'use an Astro <script> block (bundled to a file); check vite.build.assetsInlineLimit is 0 in astro.config.mjs',
        );
      } else if (isCrossOrigin(src)) {
        add(
          el,
          'csp/foreign-script',
          `script from another origin 「${src}」 is blocked by script-src 'self'`,
          'bundle the script with the site',
        );
      }
    }
    for (const el of root.querySelectorAll('style')) {
      add(
        el,
        'csp/inline-style',
        "inline <style> is blocked by style-src 'self'",
        "move the rules to a CSS file; astro.config.mjs keeps build.inlineStylesheets: 'never'",
      );
    }
    for (const el of root.querySelectorAll('link[rel="stylesheet"]')) {
      const href = el.getAttribute('href')?.value;
      if (typeof href === 'string' && isCrossOrigin(href))
        add(el, 'csp/foreign-style', `stylesheet from another origin 「${href}」 is blocked`, 'serve the stylesheet from the site');
    }
    for (const el of root.querySelectorAll('img[src]')) {
      const src = el.getAttribute('src')?.value;
      if (typeof src === 'string' && isCrossOrigin(src))
        add(el, 'csp/foreign-image', `image from another origin 「${src}」 is blocked by img-src`, 'copy the image into the site');
    }
    for (const el of root.querySelectorAll('base'))
      add(el, 'csp/base', "<base> is blocked by base-uri 'none'", 'remove it; build URLs with import.meta.env.BASE_URL');
    for (const el of root.querySelectorAll('iframe, object, embed'))
      add(el, 'csp/embed', `<${el.tagName}> is blocked (object-src 'none', default-src 'self')`, 'link to the document instead');
    for (const el of root.querySelectorAll('form[action]')) {
      const action = el.getAttribute('action')?.value;
      if (typeof action === 'string' && isCrossOrigin(action))
        add(el, 'csp/form-action', `form posts to another origin 「${action}」`, "form-action is 'self'");
    }
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const key = attr.key.toLowerCase();
        if (key === 'style')
          add(el, 'csp/inline-style', 'style="" attributes are blocked by style-src \'self\'', 'use a class and a rule in a CSS file');
        else if (/^on[a-z]+$/.test(key))
          add(
            el,
            'csp/inline-handler',
            `${key}="" event handlers are blocked by script-src 'self'`,
            'attach the listener in a bundled <script>',
          );
        else if (
          (key === 'href' || key === 'src' || key === 'action') &&
          typeof attr.value === 'string' &&
          /^\s*javascript:/i.test(decodeEntities(attr.value))
        ) {
          add(el, 'csp/javascript-url', "javascript: URLs are blocked by script-src 'self'", 'use a <button> and a bundled <script>');
        }
      }
    }
  }
  for (const css of builtFiles(dist, 'css')) {
    const text = readText(css.abs);
    for (const m of text.matchAll(/(?:@import\s+(?:url\()?|url\()\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi)) {
      const before = text.slice(0, m.index);
      findings.push({
        file: css.file,
        line: before.split('\n').length,
        column: m.index - before.lastIndexOf('\n'),
        severity: 'error',
        rule: 'csp/foreign-style',
        message: `CSS loads 「${m[1]}」 from another origin; the CSP blocks it`,
        hint: 'serve fonts and images from the site',
      });
    }
  }
  return { findings: findings.sort(compareDiagnostics), pages: pages.length };
}
