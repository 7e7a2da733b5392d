/** /api/schema/<kind>.json — JSON Schema of each document kind (content/ files) and of /api/model.json, from the Zod schemas. */
import type { APIRoute } from 'astro';
import { jsonSchemaOf, SCHEMA_NAMES, type SchemaName } from '../../../model/export.ts';
import { siteRoot } from '../../../model/site-url.ts';

export function getStaticPaths() {
  return SCHEMA_NAMES.map((kind) => ({ params: { kind } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(jsonSchemaOf(params['kind'] as SchemaName, siteRoot(site, import.meta.env.BASE_URL)), null, 1), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
