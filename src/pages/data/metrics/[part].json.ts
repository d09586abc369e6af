/** `/data/metrics/<n>.json`: the rows of metrics.csv, typed, for one part of the cases and policies (metrics.json lists the parts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '~/lib/atlas/load-astro';
import { metricsJsonParts } from '~/lib/records/open-data';

export const getStaticPaths = (async () => metricsJsonParts(await getAtlas()).map((part, i) => ({ params: { part: String(i + 1) }, props: { part } }))) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) => new Response(`${JSON.stringify(props.part)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
