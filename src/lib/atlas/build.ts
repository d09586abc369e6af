/**
 * Turns validated content into the atlas every page reads, in three steps:
 * index every entry by id, check the references between files, then pair the
 * languages and assemble the records. It is pure, so the Astro build, the
 * content checker and the tests share it.
 */
import { ContentError, type Problem } from './problems';
import type { RawContent } from './collections';
import { indexContent } from './index-content';
import { checkReferences } from './check-references';
import { assembleAtlas, pairAllTexts } from './assemble';
import type { Atlas } from './types';

export function buildAtlas(raw: RawContent): Atlas {
  const problems: Problem[] = [];
  const index = indexContent(raw, problems);
  checkReferences(raw, index, problems);
  const texts = pairAllTexts(raw, problems);
  if (problems.length) throw new ContentError(problems);
  return assembleAtlas(raw, index, texts);
}
