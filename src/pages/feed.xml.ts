/** /feed.xml — Atom feed of meetings, guideline versions and amendments (see src/model/feed.ts for the dates). */
import type { APIRoute } from 'astro';
import { model } from '../components/site.ts';
import { buildFeed, feedToAtom } from '../model/feed.ts';
import { siteRoot } from '../model/site-url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(feedToAtom(buildFeed(model, siteRoot(site, import.meta.env.BASE_URL))), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
