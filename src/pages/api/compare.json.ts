/** /api/compare.json — every version's clauses as plain text, the data the /compare/ picker compares in the browser. */
import type { APIRoute } from 'astro';
import { compareDataOf } from '../../model/compare.ts';
import { loadModel } from '../../model/load.ts';

export const GET: APIRoute = () => {
  const { model } = loadModel();
  return new Response(JSON.stringify(compareDataOf(model)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
