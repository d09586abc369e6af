/**
 * Which cases use each glossary term. The glossary shows a few under each
 * term and links to the term's own page for all of them, so the glossary
 * stays the same size however many cases the atlas holds.
 */
import type { Lang } from '~/schemas/common';
import type { Atlas, CaseRecord } from '~/lib/atlas/types';
import { casesBy } from '~/lib/records/cases-by';

/** How many cases the glossary names under a term before linking to the full list. */
export const CASES_SHOWN_PER_TERM = 5;

/** Every term's cases, by term id, in the reader's alphabetical order of titles. */
export function casesByTerm(atlas: Atlas, lang: Lang): Map<string, CaseRecord[]> {
  return casesBy(atlas, lang, (c) => c.data.glossary);
}

/** The cases named under a term in the glossary, and how many more its own page lists. */
export function shownCases<T>(cases: readonly T[], limit = CASES_SHOWN_PER_TERM): { shown: T[]; more: number } {
  // Naming all but one would save the reader nothing: the limit is exceeded by two or more, or not at all.
  if (cases.length <= limit + 1) return { shown: [...cases], more: 0 };
  return { shown: cases.slice(0, limit), more: cases.length - limit };
}
