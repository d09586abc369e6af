/**
 * Every case's filter fields in one language, for the case index's filters
 * once the index has more than one page (src/lib/records/case-index.ts).
 */
import type { APIRoute } from 'astro';
import { getAtlas } from '~/lib/atlas/load-astro';
import { caseSummaries } from '~/lib/records/summaries';
import { caseFilterData, indexOrder } from '~/lib/records/case-index';
import { langPaths } from '~/lib/routes/paths';
import type { Lang } from '~/schemas/common';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Lang;
  const data = caseFilterData(indexOrder(caseSummaries(await getAtlas(), lang), lang));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
