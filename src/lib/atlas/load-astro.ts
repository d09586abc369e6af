/**
 * The atlas as the Astro build reads it: every collection through
 * `getCollection` once, checked and assembled by the same pure code as the
 * content checker, cached for the whole build. Besides the routes
 * (src/lib/routes/), this is the one module that touches `astro:content`.
 */
import { getCollection } from 'astro:content';
import type { Lang } from '~/schemas/common';
import { buildAtlas } from './build';
import { COLLECTION_NAMES, COLLECTIONS, collectionPath, type CollectionName, type RawContent } from './collections';
import type { Atlas } from './types';

interface AnyEntry {
  id: string;
  data: unknown;
  body?: string;
  filePath?: string;
}

async function located(name: CollectionName): Promise<unknown[]> {
  const def = COLLECTIONS[name];
  const entries = (await getCollection(name)) as AnyEntry[];
  switch (def.shape) {
    case 'list':
      return entries.map((e) => ({ data: e.data, file: e.filePath ?? collectionPath(def) }));
    case 'data':
      return entries.map((e) => ({ id: e.id, data: e.data, file: e.filePath ?? e.id }));
    case 'text':
      // Glob ids of texts are `ko/kt`: the language, then the entry's id.
      return entries.map((e) => {
        const [lang, id] = e.id.split('/') as [Lang, string];
        return { id, lang, data: e.data, body: e.body ?? '', file: e.filePath ?? e.id };
      });
  }
}

let cached: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  cached ??= (async () => {
    const raw: Record<string, unknown[]> = {};
    for (const name of COLLECTION_NAMES) raw[name] = await located(name);
    return buildAtlas(raw as RawContent);
  })();
  return cached;
}
