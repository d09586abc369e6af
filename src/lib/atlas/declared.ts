/**
 * What the files declare even where an entry failed its schema. An entry with
 * a mistake is left out of the atlas, but its id (and the ids of its metrics)
 * still exist as far as references go: a missing field in kt.yaml is one
 * problem, not one more for every page that shows a KT figure. This is how
 * the checker reports every problem in one run without a cascade of false ones.
 */
import type { Lang } from '~/schemas/common';
import type { CollectionName } from './collections';

/** An entry that did not pass its schema (or whose MDX did not parse). */
export interface InvalidEntry {
  collection: CollectionName;
  /** Its id, where the file gives one: the entry's `id`, or the file name. */
  id: string | undefined;
  /** For texts: the language folder it is in. */
  lang?: Lang | undefined;
  /** For cases and policies: the ids its metrics give; undefined where the file could not be read at all (broken YAML). */
  metricIds?: string[] | undefined;
  /** A whole list file could not be read: any id of its collection may exist. */
  wholeFile?: true;
}

export interface Declared {
  /** True where an invalid entry of this collection has this id (texts: `ko/kt`). */
  has(collection: CollectionName, id: string): boolean;
  /**
   * True where an invalid case or policy gives a metric this id, or may: a
   * case whose YAML cannot be read may hold any `<case>/…` metric, and an
   * unreadable policy any metric at all (policies choose their prefixes).
   */
  metric(id: string): boolean;
}

export function declaredIds(invalid: readonly InvalidEntry[]): Declared {
  const ids = new Set<string>();
  const metrics = new Set<string>();
  const unreadableCases = new Set<string>();
  let unreadablePolicy = false;
  const unreadableLists = new Set<CollectionName>();
  for (const e of invalid) {
    if (e.wholeFile) unreadableLists.add(e.collection);
    if (e.id !== undefined) ids.add(`${e.collection}:${e.lang ? `${e.lang}/` : ''}${e.id}`);
    for (const m of e.metricIds ?? []) metrics.add(m);
    if (e.metricIds === undefined && e.id !== undefined && e.collection === 'caseData') unreadableCases.add(e.id);
    if (e.metricIds === undefined && e.collection === 'policyData') unreadablePolicy = true;
  }
  return {
    has: (collection, id) => unreadableLists.has(collection) || ids.has(`${collection}:${id}`),
    metric: (id) => metrics.has(id) || unreadableCases.has(id.split('/')[0] ?? '') || unreadablePolicy,
  };
}

/** Reads the ids an invalid entry still gives, without trusting its shape; `value` is undefined for a file that could not be read. */
export function invalidEntry(collection: CollectionName, value: unknown, id?: string, lang?: Lang): InvalidEntry {
  if (value === undefined) return { collection, id, lang, metricIds: undefined };
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const ownId = typeof record['id'] === 'string' ? record['id'] : undefined;
  const metrics = Array.isArray(record['metrics']) ? record['metrics'] : [];
  const metricIds = metrics.flatMap((m) => (typeof m === 'object' && m !== null && typeof (m as Record<string, unknown>)['id'] === 'string' ? [(m as Record<string, string>)['id']!] : []));
  return { collection, id: id ?? ownId, lang, metricIds };
}
