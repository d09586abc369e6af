/** The index of the metrics as JSON: their columns, how many there are, and the parts that hold the rows. */
import type { APIRoute } from 'astro';
import { getAtlas } from '~/lib/atlas/load-astro';
import { metricsJsonIndex } from '~/lib/records/open-data';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(metricsJsonIndex(await getAtlas()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
