/**
 * Which cases draw on each section of the paper. The about page names a few
 * under each section and links to the section's own page for all of them, so
 * it stays the same size however many cases the atlas holds.
 */
import type { Lang } from '~/schemas/common';
import type { Atlas, CaseRecord } from '~/lib/atlas/types';

/** Every section's cases, by section id, in the reader's alphabetical order of titles. One pass over the cases. */
export function casesBySection(atlas: Atlas, lang: Lang): Map<string, CaseRecord[]> {
  const collator = new Intl.Collator(lang);
  const bySection = new Map<string, CaseRecord[]>();
  for (const c of atlas.cases) {
    const sections = new Set(c.data.facts.flatMap((f) => atlas.facts.get(f)?.section ?? []));
    for (const s of sections) bySection.set(s, [...(bySection.get(s) ?? []), c]);
  }
  for (const cases of bySection.values()) cases.sort((a, b) => collator.compare(a.text[lang].title, b.text[lang].title));
  return bySection;
}
