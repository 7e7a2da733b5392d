/** The pages the site builds from a model, by their routes (routes.ts): what a link written in content may point at. */
import { DOCUMENT_KINDS } from '../../schemas/index.ts';
import { meetingItems } from './meetings.ts';
import type { Model } from './model.ts';
import { clauseAnchor, routes } from './routes.ts';

/**
 * Every page and file the site builds from this model, as paths from the site's root ("/terms/utilization/"),
 * with the anchors each page is known to have: what a link written in content may point at. It follows the
 * pages' getStaticPaths (a clause page only in a version that exists; 新旧対照表 pages for consecutive versions).
 */
export function sitePages(
  model: Pick<Model, 'versions' | 'clauses' | 'chain' | 'terms' | 'meetings' | 'amendments' | 'rules'>,
): Map<string, Set<string>> {
  const link = routes('/');
  const pages = new Map<string, Set<string>>();
  const page = (url: string, anchors: Iterable<string> = []) => pages.set(url.replace(/#.*$/, ''), new Set(anchors));
  for (const url of [
    link.home,
    link.guideline,
    link.compareIndex,
    link.terms,
    link.meetings,
    link.amendments,
    link.rules,
    link.pubcheck,
    link.search,
    link.about,
    link.feed,
    link.modelJson,
    link.compareJson,
  ])
    page(url);
  for (const kind of [...Object.keys(DOCUMENT_KINDS), 'model']) page(link.schema(kind));
  for (const [version] of model.versions) {
    const clauses = model.clauses.get(version) ?? new Map();
    page(link.version(version), [...clauses.keys()].map(clauseAnchor));
    for (const clause of clauses.keys()) page(link.clause(version, clause));
  }
  model.chain.slice(1).forEach((to, i) => page(link.compare(model.chain[i]!, to)));
  for (const id of model.terms.keys()) page(link.term(id));
  for (const [id, m] of model.meetings)
    page(
      link.meeting(id),
      meetingItems(m.data).map((item) => link.meeting(id, item.id).split('#')[1]!),
    );
  for (const id of model.amendments.keys()) page(link.amendment(id));
  for (const [id, r] of model.rules)
    page(
      link.rule(id),
      r.data.params.map((p) => link.rule(id, p.id).split('#')[1]!),
    );
  return pages;
}
