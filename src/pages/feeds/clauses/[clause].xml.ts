/** /feeds/clauses/<clause-id>.xml — one clause's changes across versions, as Atom (see src/model/feed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { model } from '../../../components/site.ts';
import { buildClauseFeed, feedToAtom } from '../../../model/feed.ts';
import { siteRoot } from '../../../model/site-url.ts';

export const getStaticPaths = (() =>
  [...new Set([...model.clauses.values()].flatMap((clauses) => [...clauses.keys()]))].map((clause) => ({
    params: { clause },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(feedToAtom(buildClauseFeed(model, params['clause']!, siteRoot(site, import.meta.env.BASE_URL))), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
