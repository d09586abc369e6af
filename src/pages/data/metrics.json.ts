/** Every metric of the atlas as JSON: the rows of metrics.csv with typed values. */
import type { APIRoute } from 'astro';
import { getAtlas } from '~/lib/atlas/load-astro';
import { metricsJson } from '~/lib/records/open-data';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(metricsJson(await getAtlas()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
