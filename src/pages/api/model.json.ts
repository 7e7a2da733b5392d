/** /api/model.json — the whole model (versions, clauses as plain text, terms, members, meetings, amendments, rules). */
import type { APIRoute } from 'astro';
import { exportModel } from '../../model/export.ts';
import { loadModel } from '../../model/load.ts';
import { siteUrl } from '../../model/site-url.ts';

export const GET: APIRoute = ({ site }) => {
  const { model } = loadModel();
  return new Response(JSON.stringify(exportModel(model, siteUrl(site, import.meta.env.BASE_URL)), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
