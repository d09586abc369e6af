/**
 * A chart as a figure on a page: its view (series.ts), the paper's places it
 * cites grouped as the source line reads them, its notes, the credit printed
 * in its PNG, and the room its drawing takes while it loads.
 */
import type { Lang } from '~/schemas/common';
import type { Fact } from '~/schemas/reference';
import type { Atlas } from '~/lib/atlas/types';
import { citationGroups, factsOf } from '~/lib/sources/cite';
import { sourceName } from '~/lib/sources/names';
import { noteView, type NoteView } from '~/lib/sources/notes';
import { href, recordPath } from '~/lib/routes/paths';
import { ownerTitle } from '~/lib/records/titles';
import { t } from '~/i18n';
import { chartView, chartsFor, type ChartView } from './series';
import type { ChartPlace } from '~/schemas/chart';

export interface ChartFigureView {
  view: ChartView;
  /** The paper, named, for the source line. */
  paper: string;
  /** Places in the paper, one link for facts cited alike. */
  sources: { label: string; href: string; ids: string[] }[];
  /** The facts of the chart by id, for the markers in its table. */
  facts: Record<string, Fact>;
  notes: NoteView[];
  /** The source line printed under the chart in its PNG. */
  credit: string;
  csvHref: string;
  /** Height the drawn chart will take, kept free while it loads so the page does not jump. */
  reserve: number;
}

export function chartFigure(atlas: Atlas, view: ChartView, lang: Lang): ChartFigureView {
  const c = t(lang).charts;
  const facts = factsOf(atlas, view.facts);
  const sources = citationGroups(facts, lang);
  const paperSource = atlas.sources.get('paper');
  const paper = paperSource ? sourceName(paperSource, lang) : '';
  return {
    view,
    paper,
    sources,
    facts: Object.fromEntries(facts.map((f) => [f.id, f])),
    notes: view.notes.flatMap((n) => {
      const note = atlas.notes.get(n.id);
      return note ? [noteView(atlas, note, lang)] : [];
    }),
    credit: `${c.source}: ${paper}; ${sources.map((x) => x.label).join('; ')}`,
    csvHref: href(`data/charts/${view.id}.${lang}.csv`),
    reserve:
      view.type === 'bar'
        ? view.panels.reduce((h, p) => h + p.points.length * 46 + 64 + 32, 0) + 130
        : view.rows.length * 34 + 80 + 130,
  };
}

/** The figures of every chart shown in one place, in the page's language. */
export function chartFigures(atlas: Atlas, place: ChartPlace, lang: Lang): ChartFigureView[] {
  return chartsFor(atlas, place).map((spec) => chartFigure(atlas, chartView(atlas, spec, lang), lang));
}

/** Charts that belong to one case or policy, for the list of them on the figures page. */
export function chartsElsewhere(atlas: Atlas, lang: Lang): { title: string; owner: string; path: string; anchor: string }[] {
  return atlas.charts.flatMap((spec) => {
    if (spec.place.page === 'figures') return [];
    const { page, id } = spec.place;
    return [{ title: spec.title[lang], owner: ownerTitle(atlas, { kind: page, id }, lang), path: recordPath(page, id), anchor: `chart-${spec.id}` }];
  });
}
