/** `/data/compare-ko.csv` and `/data/compare-en.csv`: the comparison matrix of every case, built with the site. */
import type { APIRoute } from 'astro';
import type { Lang } from '~/schemas/common';
import { getAtlas } from '~/lib/atlas/load-astro';
import { comparisonCsv } from '~/lib/compare/csv';
import { langPaths } from '~/lib/routes/paths';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params }) => {
  const csv = comparisonCsv(await getAtlas(), params.lang as Lang);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
