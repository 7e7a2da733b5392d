/** /api/compare.json — every version's clauses as plain text, the data the /compare/ picker compares in the browser. */
import type { APIRoute } from 'astro';
import { model } from '../../components/site.ts';
import { compareDataOf } from '../../model/compare.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(compareDataOf(model)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
