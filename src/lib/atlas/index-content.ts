/**
 * The first step of building the atlas: every section, fact, term, source,
 * note, base, owner and metric indexed by id, with duplicates reported.
 * Metrics are owned by the case or policy whose file holds them.
 */
import type { Problem } from './problems';
import type { RawContent } from './collections';
import type { ContentIndex, Located, OwnedMetric, OwnerKind, LocatedEntry } from './types';

export type { ContentIndex };
import type { CaseData } from '~/schemas/case';
import type { PolicyData } from '~/schemas/policy';

/** Indexes entries by id, reporting duplicates. */
function indexById<T extends { id: string }>(items: Located<T>[], what: string, problems: Problem[]): Map<string, T> {
  const map = new Map<string, T>();
  const seen = new Map<string, string>();
  items.forEach(({ data, file, index }, i) => {
    const first = seen.get(data.id);
    if (first !== undefined) problems.push({ file, field: `[${index ?? i}].id`, message: `duplicate ${what} id "${data.id}" (first defined in ${first})` });
    else {
      seen.set(data.id, file);
      map.set(data.id, data);
    }
  });
  return map;
}

/** The files that own metrics, by the kind of record they describe. */
export function metricOwners(raw: RawContent): { kind: OwnerKind; entries: LocatedEntry<CaseData | PolicyData>[] }[] {
  return [
    { kind: 'case', entries: raw.caseData },
    { kind: 'policy', entries: raw.policyData },
  ];
}

export function indexContent(raw: RawContent, problems: Problem[]): ContentIndex {
  const metrics = new Map<string, OwnedMetric>();
  for (const { kind, entries } of metricOwners(raw)) {
    for (const { id, data, file } of entries) {
      data.metrics.forEach((m, i) => {
        if (metrics.has(m.id)) problems.push({ file, field: `metrics[${i}].id`, message: `duplicate metric id "${m.id}"` });
        metrics.set(m.id, { ...m, owner: { kind, id } });
      });
    }
  }
  // Charts are not looked up by id, but their ids name files and anchors, so they must be unique too.
  indexById(raw.charts, 'chart', problems);
  return {
    sections: indexById(raw.sections, 'section', problems),
    facts: indexById(raw.facts, 'fact', problems),
    glossary: indexById(raw.glossary, 'glossary term', problems),
    sources: indexById(raw.sources, 'source', problems),
    notes: indexById(raw.notes, 'note', problems),
    bases: indexById(raw.bases, 'base', problems),
    owners: indexById(raw.owners, 'owner', problems),
    metrics,
  };
}
