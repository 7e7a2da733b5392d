/**
 * link/url — every address a body links to is a web page (https:, http:), an e-mail address (mailto:) or a
 * page of this site written from its root (/guideline/…); a body shows no images and loads nothing from
 * elsewhere. (The `url` fields of YAML are held to https/http by their schema: schema/invalid.)
 *
 * Why: a `javascript:` or `data:` link, or an image from another host, would be built into public pages; a
 * relative link (../x) or a bare #anchor means something else on each page the body is shown on.
 * How to fix: write the full https:// address, or the page's path from the root; describe an image in words.
 *
 * @example not-ok
 *   [公表基準](javascript:alert(1))
 *   [条項](../r2026/purpose/)
 *   ![図](https://example.org/figure.png)
 * @example ok
 *   [PMDA](https://www.pmda.go.jp/safety/mid-net/0003.html)
 *   [公表基準](/rules/small-counts/)
 *
 * The loader finds these (src/model/mdx.ts, urlProblem); this rule only brings them into the registry.
 */
import { loaderFindings, type Rule } from './kit.ts';

export const rule: Rule = {
  id: 'link/url',
  description: "Links in bodies go to web pages, e-mail addresses or this site's pages; no images.",
  check: (_model, loaded) => loaderFindings(loaded, 'link/url', 'link to https://… or to a page of this site from its root'),
};
