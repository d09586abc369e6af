/**
 * The numbers of each chart as a CSV file per language,
 * /data/charts/<chart>.<lang>.csv, linked under the chart (works without JavaScript).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '~/lib/atlas/load-astro';
import { chartCsv } from '~/lib/charts/csv';
import { chartView } from '~/lib/charts/series';
import { LANGS } from '~/schemas/common';

export const getStaticPaths = (async () => {
  const atlas = await getAtlas();
  return LANGS.flatMap((lang) => atlas.charts.map((spec) => ({ params: { name: `${spec.id}.${lang}` }, props: { spec, lang } })));
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = async ({ props }) => {
  const atlas = await getAtlas();
  return new Response(chartCsv(atlas, chartView(atlas, props.spec, props.lang)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
