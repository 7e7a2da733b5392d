/**
 * The site's HTTP security headers, in one place: the build writes them to dist/_headers for static hosts,
 * and the test server (scripts/serve.ts) sends the same, so the browser tests run under the real policy.
 */

/**
 * Content-Security-Policy, one directive per entry. No 'unsafe-inline' anywhere: Astro bundles every
 * `<script>` and stylesheet to files (astro.config.mjs sets `inlineStylesheets: 'never'` and
 * `vite.build.assetsInlineLimit: 0`, which stops Astro from inlining small scripts).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // Pagefind and the publication checker's LP solver (HiGHS) compile WebAssembly; nothing else is evaluated.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  // data: for small images Vite or a browser extension may inline; no remote images exist.
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export function contentSecurityPolicy(directives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Every header the site is served with (besides Content-Type). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  // Links out (PMDA, MHLW) learn only that the visitor came from this origin, not which page.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses none of these powerful features; deny them to anything that might be injected.
  'Permissions-Policy': [
    'accelerometer=()',
    'camera=()',
    'geolocation=()',
    'gyroscope=()',
    'magnetometer=()',
    'microphone=()',
    'payment=()',
    'usb=()',
    'browsing-topics=()',
  ].join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** dist/_headers in the format Netlify and Cloudflare Pages read: a path pattern, then indented headers. */
export function headersFile(headers = SECURITY_HEADERS): string {
  return ['/*', ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n') + '\n';
}
