/** /api/model.json — the whole model (versions, clauses as plain text, terms, members, meetings, amendments, rules). */
import type { APIRoute } from 'astro';
import { model } from '../../components/site.ts';
import { exportModel } from '../../model/export.ts';
import { siteRoot } from '../../model/site-url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(exportModel(model, siteRoot(site, import.meta.env.BASE_URL)), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
