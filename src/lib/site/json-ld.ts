/**
 * schema.org descriptions of content pages, for search engines, and the one
 * safe way to put them in a page.
 */
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

/**
 * JSON for the inside of a `<script type="application/ld+json">` element. The
 * HTML parser ends a script at the first `</script`, whatever JSON thinks of
 * it, so a title holding `</script><script>…` would run as code. Every `<`,
 * `>` and `&` is written as a JSON escape (`\u003c`), which reads back as the
 * same string and can never close the element; U+2028 and U+2029 likewise,
 * for readers that treat the block as JavaScript.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
