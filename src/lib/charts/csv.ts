/**
 * The numbers of one chart as a CSV file in the page's language: the same
 * rows as the chart's HTML table, with raw values beside the formatted ones
 * so a spreadsheet can compute with them. Pure.
 */
import { t } from '~/i18n';
import type { Atlas } from '~/lib/atlas/types';
import { citeLabel } from '~/lib/sources/cite';
import { toCsv } from '~/lib/format/csv';
import type { ChartView, NoteRef } from './series';

function noteText(atlas: Atlas, ref: NoteRef | null, lang: ChartView['lang']): string {
  if (!ref) return '';
  const note = atlas.notes.get(ref.id)!;
  return `${t(lang).noteStatus[note.status]}: ${note.text[lang]}`;
}

function source(atlas: Atlas, fact: string | null, lang: ChartView['lang']): string {
  return fact ? `${fact}: ${citeLabel(atlas.facts.get(fact)!, lang)}` : '';
}

export function chartCsv(atlas: Atlas, view: ChartView): string {
  const d = t(view.lang);
  const c = d.charts;
  const lang = view.lang;
  if (view.type === 'timeline') {
    return toCsv(
      [c.when, d.page.year, c.kind, c.owner, c.event, c.figure, c.source, d.page.notesHeading],
      view.points.map((p) => [p.when, Math.floor(p.x), p.kindLabel, p.owner.title, p.label, p.figure, source(atlas, p.fact, lang), noteText(atlas, p.note, lang)]),
    );
  }
  return toCsv(
    [d.page.measure, c.item, d.page.value, c.valueMax, c.figure, c.kind, d.page.year, d.page.of, c.source, d.page.notesHeading],
    view.panels.flatMap((panel) =>
      panel.points.map((p) => [
        panel.heading,
        p.label,
        p.value,
        p.valueMax,
        p.text,
        p.kindLabel,
        p.year,
        p.denominator,
        source(atlas, p.fact, lang),
        noteText(atlas, p.note, lang),
      ]),
    ),
  );
}
