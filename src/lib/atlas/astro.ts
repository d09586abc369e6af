/**
 * The one place pages get content from: reads every collection once, checks
 * the references between them (build-atlas.ts) and caches the result for the
 * whole build. Derived views (summaries, comparison rows, series) take the
 * atlas as an argument and live in their own modules.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import type { Lang } from '~/schemas/common';
import { buildAtlas, type Atlas, type Located, type LocatedEntry, type LocatedText } from './build';

interface AnyEntry {
  id: string;
  data: unknown;
  body?: string;
  filePath?: string;
}

const FILES: Partial<Record<CollectionKey, string>> = {
  facts: 'content/facts.yaml',
  glossary: 'content/glossary.yaml',
  sources: 'content/sources.yaml',
  notes: 'content/notes.yaml',
};

async function entries(name: CollectionKey): Promise<AnyEntry[]> {
  return (await getCollection(name)) as AnyEntry[];
}

function located<T>(name: CollectionKey, list: AnyEntry[]): Located<T>[] {
  return list.map((e) => ({ data: e.data as T, file: e.filePath ?? FILES[name] ?? name }));
}

function dataEntries<T>(list: AnyEntry[]): LocatedEntry<T>[] {
  return list.map((e) => ({ id: e.id, data: e.data as T, file: e.filePath ?? e.id }));
}

/** Glob ids of texts are `ko/kt`: the language, then the entry's id. */
function textEntries<T>(list: AnyEntry[]): LocatedText<T>[] {
  return list.map((e) => {
    const [lang, id] = e.id.split('/') as [Lang, string];
    return { id, lang, data: e.data as T, body: e.body ?? '', file: e.filePath ?? e.id };
  });
}

let cached: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  cached ??= (async () =>
    buildAtlas({
      facts: located('facts', await entries('facts')),
      glossary: located('glossary', await entries('glossary')),
      sources: located('sources', await entries('sources')),
      notes: located('notes', await entries('notes')),
      caseData: dataEntries(await entries('caseData')),
      caseText: textEntries(await entries('caseText')),
      policyData: dataEntries(await entries('policyData')),
      policyText: textEntries(await entries('policyText')),
      topicText: textEntries(await entries('topicText')),
      pageText: textEntries(await entries('pageText')),
    }))();
  return cached;
}
