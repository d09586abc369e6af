/** `/{lang}/rss.xml`: cases and policies by date added or updated. */
import type { APIRoute } from 'astro';
import type { Lang } from '~/schemas/common';
import { getAtlas } from '~/lib/atlas/load-astro';
import { feedItems, feedXml } from '~/lib/site/feed';
import { langHref, langPaths } from '~/lib/routes/paths';
import { t } from '~/i18n';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const d = t(lang);
  const origin = site ?? new URL('http://localhost/');
  const abs = (path: string) => new URL(langHref(lang, path), origin).href;
  const xml = feedXml(
    feedItems(await getAtlas(), lang),
    { title: d.siteName, description: d.tagline, lang, link: abs(''), self: abs('rss.xml') },
    abs,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
