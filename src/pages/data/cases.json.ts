/** The index of the cases and policies as JSON: their fields, how many there are, and the parts that hold them. */
import type { APIRoute } from 'astro';
import { getAtlas } from '~/lib/atlas/load-astro';
import { casesJsonIndex } from '~/lib/records/open-data';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(casesJsonIndex(await getAtlas()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
