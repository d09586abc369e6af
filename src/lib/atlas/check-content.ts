/**
 * Loads content/ under a root from disk and builds the atlas, collecting every
 * problem instead of throwing: what `npm run check:content`, the tests and the
 * benchmarks all need. Problems of the files themselves (YAML, MDX, schemas)
 * and of the references between them come in one list, sorted by file.
 * With a `cache` (content-cache.ts), texts read on an earlier run are not
 * parsed again.
 */
import { compileAtlas } from './build';
import type { ContentCache } from './content-cache';
import { loadContent } from './load-disk';
import { sortProblems, type Problem } from './problems';
import type { Atlas } from './types';

export type CheckResult = { atlas: Atlas; problems: [] } | { atlas: undefined; problems: Problem[] };

export async function checkContent(root: string, cache?: ContentCache): Promise<CheckResult> {
  const { raw, invalid, problems } = await loadContent(root, cache);
  const compiled = compileAtlas(raw, invalid);
  const all = sortProblems([...problems, ...compiled.problems]);
  return compiled.atlas && all.length === 0 ? { atlas: compiled.atlas, problems: [] } : { atlas: undefined, problems: all };
}
