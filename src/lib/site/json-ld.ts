/** schema.org descriptions of content pages, for search engines. */
import type { Lang } from '~/schemas/common';
import type { Atlas } from '~/lib/atlas/types';

interface PageInfo {
  lang: Lang;
  title: string;
  summary: string;
  updated: Date;
  url: URL;
  site: URL | undefined;
}

export function articleJsonLd(atlas: Atlas, page: PageInfo): Record<string, unknown> {
  const paper = atlas.sources.get('paper');
  const url = page.site ? new URL(page.url.pathname, page.site).href : page.url.pathname;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: page.title,
    description: page.summary,
    inLanguage: page.lang,
    dateModified: page.updated.toISOString().slice(0, 10),
    url,
    isBasedOn:
      paper?.kind === 'paper'
        ? {
            '@type': 'ScholarlyArticle',
            name: paper.title[page.lang],
            author: { '@type': 'Person', name: paper.author[page.lang], affiliation: paper.affiliation[page.lang] },
          }
        : undefined,
  };
}
