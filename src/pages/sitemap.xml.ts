/** sitemap.xml with each page's language alternates. */
import type { APIRoute } from 'astro';
import { getAtlas } from '~/lib/atlas/load-astro';
import { sitePaths } from '~/lib/routes/site-pages';
import { href } from '~/lib/routes/paths';
import { escapeXml } from '~/lib/site/feed';

export const GET: APIRoute = async ({ site }) => {
  const atlas = await getAtlas();
  const origin = site ?? new URL('http://localhost/');
  const abs = (path: string) => escapeXml(new URL(href(path), origin).href);
  const urls = sitePaths(atlas)
    .map((path) => {
      const alts = (['ko', 'en'] as const)
        .map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${abs(`${l}/${path}`)}"/>`)
        .join('');
      return (['ko', 'en'] as const).map((l) => `<url><loc>${abs(`${l}/${path}`)}</loc>${alts}</url>`).join('\n');
    })
    .join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls}
</urlset>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
