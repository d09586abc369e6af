/**
 * Turns validated content into the atlas every page reads, in three steps:
 * index every entry by id, check the references between files (and the
 * charts), then pair the languages and assemble the records. It is pure, so
 * the Astro build, the content checker and the tests share it.
 *
 * Entries that failed their schema have been set aside by the loader; their
 * ids are `invalid` here, so that references to them are not reported again
 * and every other problem is still found in the same run.
 */
import { ContentError, type Problem } from './problems';
import type { RawContent } from './collections';
import { declaredIds, type InvalidEntry } from './declared';
import { indexContent } from './index-content';
import { checkReferences, referenceTable } from './check-references';
import { checkCharts } from './check-charts';
import { assembleAtlas, pairAllTexts } from './assemble';
import type { Atlas } from './types';

export interface Compiled {
  /** The atlas, when there is no problem anywhere. */
  atlas: Atlas | undefined;
  problems: Problem[];
}

export function compileAtlas(raw: RawContent, invalid: readonly InvalidEntry[] = []): Compiled {
  const problems: Problem[] = [];
  const declared = declaredIds(invalid);
  const index = indexContent(raw, problems);
  const refs = referenceTable(raw, index, declared);
  checkReferences(raw, index, refs, problems);
  checkCharts(raw, index, refs, problems);
  const texts = pairAllTexts(raw, declared, problems);
  if (problems.length || invalid.length) return { atlas: undefined, problems };
  return { atlas: assembleAtlas(raw, index, texts), problems };
}

/** The atlas of content that has passed every check; throws a ContentError listing every problem otherwise. */
export function buildAtlas(raw: RawContent): Atlas {
  const { atlas, problems } = compileAtlas(raw);
  if (!atlas) throw new ContentError(problems);
  return atlas;
}
