/** The site's URLs, in one place: pages, the navigation, rendered bodies, the feed and the exports build every link through these. */

/** The anchor of a clause on its version's full-text page (`#c-<clause-id>`). */
export function clauseAnchor(clauseId: string): string {
  return `c-${clauseId}`;
}

/**
 * Links under `base`: the site's base path (`import.meta.env.BASE_URL`) for pages, or the absolute site URL
 * (ending with "/") where a link must be absolute (the feed, the JSON exports). Every page's route ends with a
 * slash, as the site is built with `trailingSlash: 'always'`.
 */
export function routes(base: string) {
  const b = base.endsWith('/') ? base : `${base}/`;
  return {
    home: b,
    guideline: `${b}guideline/`,
    version: (versionId: string) => `${b}guideline/${versionId}/`,
    /** The clause inside its version's full text. */
    clauseInVersion: (versionId: string, clauseId: string) => `${b}guideline/${versionId}/#${clauseAnchor(clauseId)}`,
    /** The clause's own page, with its history. */
    clause: (versionId: string, clauseId: string) => `${b}guideline/${versionId}/${clauseId}/`,
    /** The clause's history across versions, on its own page. */
    clauseHistory: (versionId: string, clauseId: string) => `${b}guideline/${versionId}/${clauseId}/#history`,
    compare: (from: string, to: string, clauseId?: string) => `${b}compare/${from}/${to}/${clauseId ? `#${clauseAnchor(clauseId)}` : ''}`,
    compareIndex: `${b}compare/`,
    terms: `${b}terms/`,
    term: (termId: string) => `${b}terms/${termId}/`,
    meetings: `${b}meetings/`,
    meeting: (meetingId: string, itemId?: string) => `${b}meetings/${meetingId}/${itemId ? `#item-${itemId}` : ''}`,
    amendments: `${b}amendments/`,
    amendment: (amendmentId: string) => `${b}amendments/${amendmentId}/`,
    rules: `${b}rules/`,
    rule: (ruleId: string, paramId?: string) => `${b}rules/${ruleId}/${paramId ? `#p-${paramId}` : ''}`,
    pubcheck: `${b}pubcheck/`,
    search: `${b}search/`,
    about: `${b}about/`,
    feed: `${b}feed.xml`,
    /** One clause's changes across versions, as Atom. */
    clauseFeed: (clauseId: string) => `${b}feeds/clauses/${clauseId}.xml`,
    accessibility: `${b}accessibility/`,
    /** The whole model as JSON. */
    modelJson: `${b}api/model.json`,
    /** Every version's clauses as plain text, for the /compare/ picker. */
    compareJson: `${b}api/compare.json`,
    /** The JSON Schema of a document kind, or of /api/model.json (`model`). */
    schema: (name: string) => `${b}api/schema/${name}.json`,
    /** Pagefind's script, written into dist/pagefind/ by `npm run build:search`. */
    pagefindScript: `${b}pagefind/pagefind.js`,
  };
}
