/**
 * Dated events of every case and policy on one line: starts, milestones and
 * targets. Used by the timeline page and the timeline chart.
 */
import type { Lang } from '~/schemas/common';
import type { EventKind } from '~/schemas/metric';
import type { Atlas, OwnerKind } from '~/lib/atlas/types';
import type { Fact } from '~/schemas/reference';
import { formatFigure } from '~/lib/format/numbers';
import { metricNote, type NoteView } from '~/lib/sources/notes';

function flaggedNote(atlas: Atlas, id: string | undefined, lang: Lang): NoteView | undefined {
  const note = metricNote(atlas, id, lang);
  return note?.flagged ? note : undefined;
}

export interface TimelineItem {
  year: number;
  month: number | undefined;
  kind: EventKind;
  owner: { kind: OwnerKind; id: string; title: string };
  /** What happened, in the page's language. */
  label: string;
  /** The figure the event is about, formatted, when it names a metric. */
  figure: string | undefined;
  metricId: string | undefined;
  /** The metric's value, for machine-readable markup. */
  value: number | undefined;
  fact: string | undefined;
  /** Where the figure stands in the paper. */
  source: Fact | undefined;
  /** The editorial note a reader must see beside the figure. */
  note: NoteView | undefined;
}

export function timelineEvents(atlas: Atlas, lang: Lang): TimelineItem[] {
  const owners = [
    ...atlas.cases.map((c) => ({ kind: 'case' as const, id: c.id, title: c.text[lang].title, events: c.data.events })),
    ...atlas.policies.map((p) => ({ kind: 'policy' as const, id: p.id, title: p.text[lang].shortTitle, events: p.data.events })),
  ];
  return owners
    .flatMap((o) =>
      o.events.map((e) => {
        const metric = e.metric ? atlas.metrics.get(e.metric) : undefined;
        return {
          year: e.year,
          month: e.month,
          kind: e.kind,
          owner: { kind: o.kind, id: o.id, title: o.title },
          label: e.label?.[lang] ?? metric!.measure[lang],
          figure: metric ? formatFigure(metric, lang) : undefined,
          metricId: metric?.id,
          value: metric?.value,
          fact: metric?.fact,
          source: metric ? atlas.facts.get(metric.fact) : undefined,
          note: metric ? flaggedNote(atlas, metric.note, lang) : undefined,
        };
      }),
    )
    .sort((a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || a.owner.id.localeCompare(b.owner.id));
}
