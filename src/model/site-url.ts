/** The absolute URL of the site root (site + base), which feeds and JSON exports need for their links and ids. */

/** `site` from astro.config.mjs and `base` (import.meta.env.BASE_URL) as one URL ending in "/". */
export function siteUrl(site: URL | undefined, base: string): URL {
  if (!site) {
    throw new Error('astro.config.mjs has no "site": the Atom feed and the JSON exports need absolute URLs. Set site: "https://…".');
  }
  return new URL(base.endsWith('/') ? base : `${base}/`, site);
}
