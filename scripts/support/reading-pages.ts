/**
 * The pages readers look at most, one of each kind the reading experience is
 * judged on: shared by the Lighthouse and size benchmarks and the screenshot
 * script, so all three look at the same pages.
 */
export interface ReadingPage {
  name: string;
  /** Below `/{lang}/`. */
  path: string;
  /** A query in each language, for pages that take one. */
  query?: { ko: string; en: string };
}

export const READING_PAGES: readonly ReadingPage[] = [
  { name: 'home', path: '' },
  { name: 'cases', path: 'cases/' },
  { name: 'case', path: 'cases/kt/' },
  { name: 'policy', path: 'policies/national-activation-strategy/' },
  { name: 'compare', path: 'compare/', query: { ko: '?cases=kt,samsung-sds,bt,ntt-data', en: '?cases=kt,samsung-sds,bt,ntt-data' } },
  { name: 'case-compare', path: 'compare/kt/' },
  { name: 'figures', path: 'figures/' },
  { name: 'search', path: 'search/', query: { ko: '?q=스마트워크센터', en: '?q=smart' } },
  { name: 'glossary', path: 'glossary/' },
  { name: 'term', path: 'glossary/telework/' },
  { name: 'about', path: 'about/' },
];

/** The page's path in one language, with its query: `ko/compare/?cases=…`. */
export function readingPath(page: ReadingPage, lang: 'ko' | 'en'): string {
  return `${lang}/${page.path}${page.query?.[lang] ?? ''}`;
}
