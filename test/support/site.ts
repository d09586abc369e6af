/** Reading the built site in tests: every HTML page, parsed once. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST } from './built-site';

export { DIST };

export interface BuiltPage {
  /** URL path from the site root, e.g. `/en/cases/kt/`. */
  path: string;
  file: string;
  html: string;
  dom: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

let cache: BuiltPage[] | undefined;

/** `pre` parsed as elements, not raw text: a code example's text is what readers see, without its markup. */
const PARSE = { blockTextElements: { script: true, noscript: true, style: true } };

/** All HTML pages of dist/ (the Pagefind bundle excluded). */
export function builtPages(dist = DIST): BuiltPage[] {
  if (dist === DIST && cache) return cache;
  const pages = walk(dist)
    .filter((f) => !relative(dist, f).startsWith('pagefind'))
    .map((file) => {
      const rel = '/' + relative(dist, file).split('\\').join('/');
      const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, dom: parse(html, PARSE) };
    });
  if (dist === DIST) cache = pages;
  return pages;
}

export function page(path: string): BuiltPage {
  const p = builtPages().find((x) => x.path === path);
  if (!p) throw new Error(`no built page at ${path}`);
  return p;
}

/**
 * The scripts a page runs beyond the two every page may carry: structured
 * data (not code) and the header's search shortcut (an inline handler of a few
 * hundred bytes that makes `/` and Ctrl/⌘-K open search).
 */
export function extraScripts(p: BuiltPage): string[] {
  return p.dom
    .querySelectorAll('script')
    .filter((s) => s.getAttribute('type') !== 'application/ld+json' && !s.hasAttribute('data-search-shortcut'))
    .map((s) => s.toString().slice(0, 80));
}
