/** Finds links and anchors in built pages that lead nowhere. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from './site';

/**
 * `pages` are read from `dist`; their links carry the site's `base`
 * (e.g. `/atlas/`). A link that leaves the base, or reaches no page, file or
 * element id, is reported as `page → href`.
 */
export function brokenLinks(pages: BuiltPage[], dist: string, base = '/'): string[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const broken: string[] = [];
  for (const p of pages) {
    const here = `http://site${base.replace(/\/$/, '')}${p.path}`;
    for (const a of p.dom.querySelectorAll('a[href], link[rel="alternate"][href], link[rel="icon"][href]')) {
      const raw = a.getAttribute('href')!;
      if (raw.startsWith('mailto:')) continue;
      const url = new URL(raw, here);
      // Links to other sites (such as "Edit this page") are not ours to check; <link>
      // alternates point at the published origin, so only their path is checked.
      if (url.origin !== 'http://site' && a.tagName === 'A') continue;
      check(url.pathname, url.hash, raw);
    }
    function check(pathname: string, hash: string, raw: string) {
      if (!pathname.startsWith(base)) {
        broken.push(`${p.path} → ${raw} (outside ${base})`);
        return;
      }
      const local = '/' + pathname.slice(base.length);
      const target = byPath.get(local);
      if (!target) {
        if (!existsSync(join(dist, decodeURIComponent(local)))) broken.push(`${p.path} → ${raw}`);
        return;
      }
      const anchor = decodeURIComponent(hash.slice(1));
      if (anchor && !target.dom.getElementById(anchor)) broken.push(`${p.path} → ${raw} (no #${anchor})`);
    }
  }
  return broken;
}
