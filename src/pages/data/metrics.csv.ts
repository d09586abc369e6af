/** Every metric of the atlas as CSV, one row each, with its source and note. */
import type { APIRoute } from 'astro';
import { getAtlas } from '~/lib/atlas/load-astro';
import { metricsCsv } from '~/lib/records/open-data';

export const GET: APIRoute = async () =>
  new Response(metricsCsv(await getAtlas()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
