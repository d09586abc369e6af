/**
 * The numbers of each chart as a CSV file per language,
 * /data/charts/<chart>.<lang>.csv, linked under the chart (works without JavaScript).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '~/lib/atlas/load-astro';
import { chartCsv } from '~/lib/charts/csv';
import { CHART_SPECS } from '~/lib/charts/specs';
import { chartView } from '~/lib/charts/series';
import { LANGS } from '~/schemas/common';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) => CHART_SPECS.map((spec) => ({ params: { name: `${spec.id}.${lang}` }, props: { spec, lang } })))) satisfies GetStaticPaths;

type Props = ReturnType<typeof getStaticPaths>[number]['props'];

export const GET: APIRoute<Props> = async ({ props }) => {
  const atlas = await getAtlas();
  return new Response(chartCsv(atlas, chartView(atlas, props.spec, props.lang)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
