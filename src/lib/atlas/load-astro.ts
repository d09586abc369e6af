/**
 * The atlas as the Astro build reads it: every collection through
 * `getCollection` once, checked and assembled by the same pure code as the
 * content checker, cached for the whole build. Besides the routes
 * (src/lib/routes/), this is the one module that touches `astro:content`.
 * Astro has validated each entry against its schema; the MDX bodies are held
 * to the same rules as in the checker (mdx-body.ts), so `astro dev` and a
 * build without `npm run check:content` refuse what the checker refuses.
 * What the checker has just read of each body (its cache, content-cache.ts)
 * is read back rather than parsed again, when it is of the same checker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { Lang } from '~/schemas/common';
import { buildAtlas } from './build';
import { bodyProblemField, mdxBodyProblems } from './mdx-body';
import { checkerVersion, CONTENT_CACHE_FILE, openContentCache } from './content-cache';
import { ContentError, type Problem } from './problems';
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
      return entries.map((e, index) => ({ data: e.data, file: e.filePath ?? collectionPath(def), index }));
    case 'data':
      return entries.map((e) => ({ id: e.id, data: e.data, file: e.filePath ?? e.id }));
    case 'text':
      // Glob ids of texts are `ko/kt`: the language, then the entry's id.
      return entries.map((e) => {
        const [lang, id] = e.id.split('/') as [Lang, string];
        const body = e.body ?? '';
        return { id, lang, data: e.data, body, bodyLine: linesBefore(e.filePath, body), file: e.filePath ?? e.id };
      });
  }
}

/** Lines of an MDX file before its body, so a problem in the body names the file's own line. */
function linesBefore(filePath: string | undefined, body: string): number {
  if (!filePath) return 0;
  const source = readFileSync(filePath, 'utf8');
  const at = source.indexOf(body);
  return at > 0 ? source.slice(0, at).split('\n').length - 1 : 0;
}

let cached: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  cached ??= (async () => {
    const raw: Record<string, unknown[]> = {};
    for (const name of COLLECTION_NAMES) raw[name] = await located(name);
    // Astro builds from the project's root; the cache is read, never written, here.
    const version = checkerVersion(process.cwd());
    const cache = version ? openContentCache(join(process.cwd(), CONTENT_CACHE_FILE), version) : undefined;
    const unsafe: Problem[] = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].shape === 'text').flatMap((name) =>
      (raw[name] as { body: string; bodyLine: number; file: string }[]).flatMap((t) =>
        mdxBodyProblems(t.body, t.bodyLine, cache).map((p) => ({ file: t.file, field: bodyProblemField(p), message: p.message })),
      ),
    );
    if (unsafe.length) throw new ContentError(unsafe);
    return buildAtlas(raw as RawContent);
  })();
  return cached;
}
