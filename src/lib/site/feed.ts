/**
 * The RSS feed of one language: the latest changes to cases and policies,
 * newest first. A feed tells readers what changed, so it keeps the
 * FEED_LENGTH latest and says where the full lists are, however many cases
 * the atlas holds. Pure, so the items and the XML can be tested without a build.
 */
import type { Lang } from '~/schemas/common';
import type { Atlas } from '~/lib/atlas/types';
import { t } from '~/i18n';
import { recordPath } from '~/lib/routes/paths';
import { fill } from '~/lib/format/fill';

export interface FeedItem {
  title: string;
  path: string;
  summary: string;
  updated: Date;
  category: string;
}

/** Items in a feed: the latest changes, not the archive. */
export const FEED_LENGTH = 20;

/** Every case and policy as a feed item, newest change first (a feed takes the first FEED_LENGTH). */
export function feedItems(atlas: Atlas, lang: Lang): FeedItem[] {
  const d = t(lang);
  return [
    ...atlas.cases.map((c) => ({ title: c.text[lang].title, path: recordPath('case', c.id), summary: c.text[lang].summary, updated: c.text[lang].updated, category: d.nav.cases })),
    ...atlas.policies.map((p) => ({ title: p.text[lang].title, path: recordPath('policy', p.id), summary: p.text[lang].summary, updated: p.text[lang].updated, category: d.nav.policies })),
  ].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.path.localeCompare(b.path));
}

/**
 * Text as XML character data or an attribute value: markup characters as
 * entities, and characters XML 1.0 cannot carry at all (C0 controls but tab
 * and line breaks, U+FFFE, U+FFFF, lone surrogates) left out, so a feed reader
 * never meets a feed it cannot parse. The content check refuses control
 * characters in the first place; this is the writer's own guarantee.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** What the channel says it holds: everything, or the latest items and where the full lists are (absolute addresses). */
export function feedDescription(lang: Lang, total: number, lists: { cases: string; policies: string }): string {
  const d = t(lang);
  return total <= FEED_LENGTH ? fill(d.feed.all, { tagline: d.tagline }) : fill(d.feed.latest, { tagline: d.tagline, count: FEED_LENGTH, total, ...lists });
}

/** The feed of the first FEED_LENGTH items. */
export function feedXml(items: FeedItem[], channel: { title: string; description: string; lang: Lang; link: string; self: string }, absolute: (path: string) => string): string {
  const latest = items[0]?.updated ?? new Date(0);
  const entries = items
    .slice(0, FEED_LENGTH)
    .map(
      (i) => `    <item>
      <title>${escapeXml(i.title)}</title>
      <link>${escapeXml(absolute(i.path))}</link>
      <guid isPermaLink="true">${escapeXml(absolute(i.path))}</guid>
      <description>${escapeXml(i.summary)}</description>
      <category>${escapeXml(i.category)}</category>
      <pubDate>${i.updated.toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.link)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>${channel.lang}</language>
    <lastBuildDate>${latest.toUTCString()}</lastBuildDate>
    <atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`;
}
