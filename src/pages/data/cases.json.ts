/** The cases and policies of the atlas as JSON, in both languages. */
import type { APIRoute } from 'astro';
import { getAtlas } from '~/lib/atlas/load-astro';
import { casesJson } from '~/lib/records/open-data';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(casesJson(await getAtlas()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
