/**
 * The site's root for links that leave the page — the Atom feeds, canonical links, the JSON exports' `$schema`/`$id`.
 * The site's own address is given at build time (SITE_URL, read by astro.config.mjs as `site`); without it these
 * links stay relative to the site's root (`/feed.xml`) rather than naming a domain nobody owns.
 */

/** `site` and `base` (import.meta.env.BASE_URL) as the root, ending in "/": absolute with a site, else root-relative. */
export function siteRoot(site: URL | undefined, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return site ? new URL(b, site).href : b.startsWith('/') ? b : `/${b}`;
}
