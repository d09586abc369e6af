/**
 * Which cases draw on each section of the paper. The about page names a few
 * under each section and links to the section's own page for all of them, so
 * it stays the same size however many cases the atlas holds.
 */
import type { Lang } from '~/schemas/common';
import type { Atlas, CaseRecord } from '~/lib/atlas/types';
import { casesBy } from './cases-by';

/** Every section's cases, by section id, in the reader's alphabetical order of titles. */
export function casesBySection(atlas: Atlas, lang: Lang): Map<string, CaseRecord[]> {
  return casesBy(atlas, lang, (c) => c.data.facts.flatMap((f) => atlas.facts.get(f)?.section ?? []));
}
