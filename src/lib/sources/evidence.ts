/**
 * What a page rests on: the figures it shows (each with its note), the notes
 * those figures carry and the facts it cites, gathered from its data and its
 * MDX body, ready for the end matter of the page.
 */
import type { Lang } from '~/schemas/common';
import type { Fact } from '~/schemas/reference';
import type { Atlas, OwnedMetric } from '~/lib/atlas/types';
import { bodyReferences } from '~/lib/atlas/body-references';
import { metricNote, type NoteView } from './notes';
import { factsOf } from './cite';

export interface EvidenceFigure {
  metric: OwnedMetric;
  /** Where it stands in the paper. */
  source: Fact;
  note: NoteView | undefined;
}

export interface Evidence {
  figures: EvidenceFigure[];
  notes: NoteView[];
  facts: Fact[];
}

const unique = <T,>(xs: T[]) => [...new Set(xs)];

export function pageEvidence(atlas: Atlas, input: { body: string; metricIds?: string[]; factIds?: string[] }, lang: Lang): Evidence {
  const refs = bodyReferences(input.body);
  const metrics = unique([...(input.metricIds ?? []), ...refs.metrics])
    .map((id) => atlas.metrics.get(id))
    .filter((m): m is OwnedMetric => m !== undefined);
  const figures = metrics.map((metric) => ({ metric, source: factsOf(atlas, [metric.fact])[0]!, note: metricNote(atlas, metric.note, lang) }));
  const notes = [...new Map(figures.flatMap((f) => (f.note ? [[f.note.id, f.note] as const] : []))).values()];
  const factIds = unique([...(input.factIds ?? []), ...refs.facts, ...metrics.map((m) => m.fact)]).sort();
  return { figures, notes, facts: factsOf(atlas, factIds) };
}

/** Evidence of a case or policy page in one language. */
export function recordEvidence(
  atlas: Atlas,
  record: { bodies: Record<Lang, string>; data: { metrics: { id: string }[]; facts: string[] } },
  lang: Lang,
): Evidence {
  return pageEvidence(atlas, { body: record.bodies[lang], metricIds: record.data.metrics.map((m) => m.id), factIds: record.data.facts }, lang);
}
