/** Every page that exists in both languages, as a path below `/{lang}/`. */
import type { Atlas } from '~/lib/atlas/types';

export const FIXED_PAGES = ['', 'cases/', 'policies/', 'topics/', 'glossary/', 'compare/', 'timeline/', 'search/', 'about/', 'data/', 'figures/', 'guide/'] as const;

export function sitePaths(atlas: Atlas): string[] {
  return [
    ...FIXED_PAGES,
    ...atlas.cases.map((c) => `cases/${c.id}/`),
    ...atlas.policies.map((p) => `policies/${p.id}/`),
    ...atlas.topics.map((p) => `topics/${p.id}/`),
  ];
}
