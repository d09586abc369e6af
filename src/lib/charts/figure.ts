/**
 * A chart as a figure on a page: its view (series.ts); what the island draws
 * (panels of two figures or more, or the timeline) and what is shown as plain
 * numbers (panels of one); the paper's sections it rests on for the source
 * line; the claim of each row of its table, for the page's notes; the credit
 * printed in its PNG; and the date its data last changed, for citing it.
 */
import type { Lang } from '~/schemas/common';
import type { Atlas, OwnerKind } from '~/lib/atlas/types';
import type { Claim } from '~/lib/sources/claims';
import { paperSections, type Marker, type NoteBook } from '~/lib/sources/page-notes';
import { sourceName } from '~/lib/sources/names';
import { href, recordPath } from '~/lib/routes/paths';
import { ownerTitle } from '~/lib/records/titles';
import { t } from '~/i18n';
import { chartView, chartsFor, type ChartView, type PanelView, type PointView } from './series';
import type { ChartPlace } from '~/schemas/chart';
import { drawnPanels, hasDrawing, statPoints } from './picture';

export interface ChartFigureView {
  view: ChartView;
  /** What the island draws; undefined when every figure of the chart is shown as a number. */
  island: ChartView | undefined;
  /** Figures shown as numbers with their labels: the panels of one figure. */
  stats: { panel: PanelView; point: PointView }[];
  /** The paper, named, for the source line. */
  paper: string;
  /** The paper's sections the chart rests on, linked to the about page. */
  sections: { name: string; href: string }[];
  /** The claim of each row of the chart's table, in order (none for an event without a figure). */
  claims: (Claim | undefined)[];
  /** The source line printed under the chart in its PNG. */
  credit: string;
  csvHref: string;
  /** The latest change to the texts of the cases and policies whose figures it draws. */
  updated: Date;
}

/** The rows of a chart's table, in the order ChartTable.astro writes them. */
export function tableRows(view: ChartView): { metricId: string | null; fact: string | null }[] {
  return view.type === 'bar' ? view.panels.flatMap((p) => p.points) : view.points;
}

function updatedOf(atlas: Atlas, view: ChartView, lang: Lang): Date {
  const owners: { kind: OwnerKind; id: string }[] =
    view.type === 'bar' ? tableRows(view).flatMap((r) => (r.metricId ? [atlas.metrics.get(r.metricId)!.owner] : [])) : view.points.map((p) => p.owner);
  const dates = owners.map((o) => (o.kind === 'case' ? atlas.cases.find((c) => c.id === o.id) : atlas.policies.find((p) => p.id === o.id))!.text[lang].updated);
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

export function chartFigure(atlas: Atlas, view: ChartView, lang: Lang): ChartFigureView {
  const c = t(lang).charts;
  const paperSource = atlas.sources.get('paper');
  const paper = paperSource ? sourceName(paperSource, lang) : '';
  const sections = paperSections(atlas, view.facts, lang);
  return {
    view,
    island: !hasDrawing(view) ? undefined : view.type === 'bar' ? { ...view, panels: drawnPanels(view) } : view,
    stats: statPoints(view),
    paper,
    sections,
    claims: tableRows(view).map((r) => (r.fact ? { facts: [r.fact], sources: [], metrics: r.metricId ? [r.metricId] : [] } : undefined)),
    credit: `${c.source}: ${paper}, ${sections.map((s) => `§${s.name}`).join('; ')}`,
    csvHref: href(`data/charts/${view.id}.${lang}.csv`),
    updated: updatedOf(atlas, view, lang),
  };
}

/** The figures of every chart shown in one place, in the page's language. */
export function chartFigures(atlas: Atlas, place: ChartPlace, lang: Lang): ChartFigureView[] {
  return chartsFor(atlas, place).map((spec) => chartFigure(atlas, chartView(atlas, spec, lang), lang));
}

/** A chart's markers: one per figure shown as a number, one per row of its table. */
export interface ChartMarkers {
  stats: (Marker | undefined)[];
  rows: (Marker | undefined)[];
}

/** The markers of a chart, added to the page's notes after whatever the page cites before it. */
export function chartMarkers(book: NoteBook, figure: ChartFigureView): ChartMarkers {
  const rows = tableRows(figure.view);
  const claimOf = (metricId: string) => figure.claims[rows.findIndex((r) => r.metricId === metricId)];
  return {
    stats: figure.stats.map((s) => {
      const claim = claimOf(s.point.metricId);
      return claim && book.add(claim);
    }),
    rows: figure.claims.map((c) => c && book.add(c)),
  };
}

/** Charts that belong to one case or policy, for the list of them on the figures page. */
export function chartsElsewhere(atlas: Atlas, lang: Lang): { title: string; owner: string; path: string; anchor: string }[] {
  return atlas.charts.flatMap((spec) => {
    if (spec.place.page === 'figures') return [];
    const { page, id } = spec.place;
    return [{ title: spec.title[lang], owner: ownerTitle(atlas, { kind: page, id }, lang), path: recordPath(page, id), anchor: `chart-${spec.id}` }];
  });
}
