/**
 * link/page — a Markdown link in a body to a page of this site (/terms/utilization/) names a page the site
 * builds, and an anchor it has (#c-<clause> on a version's page, #item-<id> on a meeting's, #p-<param> on a
 * rule's). The pages are those of src/model/site-pages.ts, built from the routes (src/model/routes.ts).
 *
 * Why: a link to a page that is not built is a broken link on a public page.
 * How to fix: correct the path (pages end with "/"), or link with <ClauseRef to="…"/> and <Term id="…">,
 * which the checker resolves per version.
 *
 * @example not-ok
 *   [用語](/terms/utilisation/)      ← no such term
 *   [条項](/guideline/r2026/purpose)  ← pages end with /
 *   [目的](/guideline/r2026/#purpose) ← no such anchor (clauses are #c-<id>)
 * @example ok
 *   [用語](/terms/utilization/)
 *   [目的](/guideline/r2026/#c-purpose)
 */
import { allBodies } from '../../src/model/bodies.ts';
import type { Model } from '../../src/model/model.ts';
import { sitePages } from '../../src/model/site-pages.ts';
import { didYouMean, finding, type Finding, type Rule } from './kit.ts';

const id = 'link/page';

export const rule: Rule = {
  id,
  description: "Links in bodies to this site's pages name pages (and anchors) that the site builds.",
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    let pages: Map<string, Set<string>> | undefined;
    for (const body of allBodies(model)) {
      for (const ref of body.refs) {
        if (ref.kind !== 'link') continue;
        pages ??= sitePages(model);
        const { url } = ref;
        const [path, fragment] = url.split('#', 2) as [string, string | undefined];
        const place = { file: body.file, ...ref.pos };
        const anchors = pages.get(path) ?? pages.get(`${path}/`);
        if (!anchors) {
          out.push(
            finding(
              id,
              place,
              `「${url}」 is not a page of this site; expected the path of a page the site builds${didYouMean(path, pages.keys())}`,
              'correct the path (from the site\'s root, ending with /), or use <ClauseRef to="…"/> or <Term id="…"> for clauses and terms',
            ),
          );
        } else if (!pages.has(path)) {
          out.push(
            finding(
              id,
              place,
              `「${url}」 lacks the trailing slash of the page ${path}/; expected ${path}/${fragment === undefined ? '' : `#${fragment}`}`,
              'end the path of a page with /',
            ),
          );
        } else if (fragment !== undefined && !anchors.has(fragment)) {
          out.push(
            finding(
              id,
              place,
              `「#${fragment}」 is not an anchor of ${path}; expected ${anchors.size ? `one of its anchors${didYouMean(fragment, anchors)}` : 'the page itself (it has no anchors to link to)'}`,
              'link to the anchor of a clause (#c-<id>), a meeting item (#item-<id>) or a rule parameter (#p-<id>) the page has',
            ),
          );
        }
      }
    }
    return out;
  },
};
