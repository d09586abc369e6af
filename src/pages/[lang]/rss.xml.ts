/** `/{lang}/rss.xml`: the latest cases and policies added or updated, with the addresses of the full lists. */
import type { APIRoute } from 'astro';
import type { Lang } from '~/schemas/common';
import { getAtlas } from '~/lib/atlas/load-astro';
import { feedDescription, feedItems, feedXml } from '~/lib/site/feed';
import { langHref, langPaths } from '~/lib/routes/paths';
import { t } from '~/i18n';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const d = t(lang);
  const origin = site ?? new URL('http://localhost/');
  const abs = (path: string) => new URL(langHref(lang, path), origin).href;
  const items = feedItems(await getAtlas(), lang);
  const description = feedDescription(lang, items.length, { cases: abs('cases/'), policies: abs('policies/') });
  const xml = feedXml(items, { title: d.siteName, description, lang, link: abs(''), self: abs('rss.xml') }, abs);
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
