/**
 * The RSS feed of one language: cases and policies, newest change first.
 * Pure, so the items and the XML can be tested without a build.
 */
import type { Lang } from '~/schemas/common';
import type { Atlas } from '~/lib/atlas/types';
import { t } from '~/i18n';
import { recordPath } from '~/lib/routes/paths';

export interface FeedItem {
  title: string;
  path: string;
  summary: string;
  updated: Date;
  category: string;
}

export function feedItems(atlas: Atlas, lang: Lang): FeedItem[] {
  const d = t(lang);
  return [
    ...atlas.cases.map((c) => ({ title: c.text[lang].title, path: recordPath('case', c.id), summary: c.text[lang].summary, updated: c.text[lang].updated, category: d.nav.cases })),
    ...atlas.policies.map((p) => ({ title: p.text[lang].title, path: recordPath('policy', p.id), summary: p.text[lang].summary, updated: p.text[lang].updated, category: d.nav.policies })),
  ].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.path.localeCompare(b.path));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function feedXml(items: FeedItem[], channel: { title: string; description: string; lang: Lang; link: string; self: string }, absolute: (path: string) => string): string {
  const latest = items[0]?.updated ?? new Date(0);
  const entries = items
    .map(
      (i) => `    <item>
      <title>${escape(i.title)}</title>
      <link>${escape(absolute(i.path))}</link>
      <guid isPermaLink="true">${escape(absolute(i.path))}</guid>
      <description>${escape(i.summary)}</description>
      <category>${escape(i.category)}</category>
      <pubDate>${i.updated.toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escape(channel.title)}</title>
    <link>${escape(channel.link)}</link>
    <description>${escape(channel.description)}</description>
    <language>${channel.lang}</language>
    <lastBuildDate>${latest.toUTCString()}</lastBuildDate>
    <atom:link href="${escape(channel.self)}" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`;
}
