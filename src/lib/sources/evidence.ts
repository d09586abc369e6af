/**
 * What a page rests on: the metrics it shows, the notes they carry and the
 * facts it cites, gathered from its data and its MDX body.
 */
import type { Lang } from '~/schemas/common';
import type { Fact, Note } from '~/schemas/reference';
import type { Atlas, OwnedMetric } from '~/lib/atlas/types';
import { bodyReferences } from '~/lib/atlas/body-references';

export interface Evidence {
  metrics: OwnedMetric[];
  notes: Note[];
  facts: Fact[];
}

const unique = <T,>(xs: T[]) => [...new Set(xs)];

export function pageEvidence(
  atlas: Atlas,
  input: { body: string; metricIds?: string[]; factIds?: string[] },
): Evidence {
  const refs = bodyReferences(input.body);
  const metrics = unique([...(input.metricIds ?? []), ...refs.metrics])
    .map((id) => atlas.metrics.get(id))
    .filter((m): m is OwnedMetric => m !== undefined);
  const noteIds = unique(metrics.flatMap((m) => (m.note ? [m.note] : [])));
  const factIds = unique([...(input.factIds ?? []), ...refs.facts, ...metrics.map((m) => m.fact)]).sort();
  return {
    metrics,
    notes: noteIds.map((id) => atlas.notes.get(id)!),
    facts: factIds.map((id) => atlas.facts.get(id)!),
  };
}

/** Evidence of a case or policy page in one language. */
export function recordEvidence(
  atlas: Atlas,
  record: { bodies: Record<Lang, string>; data: { metrics: { id: string }[]; facts: string[] } },
  lang: Lang,
): Evidence {
  return pageEvidence(atlas, {
    body: record.bodies[lang],
    metricIds: record.data.metrics.map((m) => m.id),
    factIds: record.data.facts,
  });
}
