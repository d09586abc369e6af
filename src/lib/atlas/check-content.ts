/**
 * Loads content/ under a root from disk and builds the atlas, collecting every
 * problem instead of throwing: what `npm run check:content`, the tests and the
 * benchmarks all need.
 */
import { buildAtlas } from './build';
import { loadContent } from './load-disk';
import { ContentError, type Problem } from './problems';
import type { Atlas } from './types';

export type CheckResult = { atlas: Atlas; problems: [] } | { atlas: undefined; problems: Problem[] };

export async function checkContent(root: string): Promise<CheckResult> {
  const { raw, problems } = await loadContent(root);
  if (problems.length) return { atlas: undefined, problems };
  try {
    return { atlas: buildAtlas(raw), problems: [] };
  } catch (e) {
    if (e instanceof ContentError) return { atlas: undefined, problems: e.problems };
    throw e;
  }
}
