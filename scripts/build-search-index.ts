/**
 * Builds the search index in dist/pagefind/ from the built site, with the
 * Pagefind Node API instead of the plain CLI, so that the copy of each page
 * handed to Pagefind (never the file on disk) can be prepared for search:
 *
 * - Korean pages get index-only terms (stems without particles, inner parts
 *   of compounds, spacing variants; see src/lib/search-terms.ts) after a
 *   marker, so 센터 finds 스마트워크센터 and 재택근무가 finds 재택근무를.
 *   English pages get American spellings (center for centre).
 * - Citation and note markers are left out: they are navigation, not text,
 *   and would fill every excerpt with "출처: 논문 3.1절".
 * - The language is the primary tag of <html lang>, so `ko` and `ko-KR` can
 *   never split into two indexes.
 *
 * Usage: vite-node scripts/build-search-index.ts [dist]
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TextNode, type HTMLElement } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { LANGS, type Lang } from '~/schemas/common';
import { HELPER_MARKER, helperTerms } from '~/lib/search/terms';

const DIST = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const OUT = join(DIST, 'pagefind');

/** Markers and controls inside indexed text that are not part of what a page says. */
const NOT_TEXT = ['[data-pagefind-ignore]', 'a.cite', 'a.note-ref', 'script', 'style', 'noscript'];
/** Elements Pagefind runs together with their neighbours unless a space separates them. */
const CELLS = ['dt', 'dd', 'th', 'td', 'li', 'caption', 'figcaption'];
/** How much a hit on an index-only term counts against a hit on the page's own word. */
const HELPER_WEIGHT = Number(process.env.SEARCH_HELPER_WEIGHT ?? '0.5');
/** Pagefind bundles for ready-made interfaces, which the site does not use. */
const UNUSED_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === OUT ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/** `dist/ko/cases/kt/index.html` → `/ko/cases/kt/`: the URL below the site's base path. */
function urlOf(file: string): string {
  const rel = relative(DIST, file).split('\\').join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function primaryLang(tag: string | undefined, file: string): Lang {
  const lang = (tag ?? '').split('-')[0]!.toLowerCase();
  if (!(LANGS as readonly string[]).includes(lang)) throw new Error(`${file}: <html lang="${tag ?? ''}"> is not one of ${LANGS.join(', ')}`);
  return lang as Lang;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Copies of a page's indexed regions, cleaned, with the page's index-only terms after the last. */
function prepare(regions: HTMLElement[], lang: Lang, url: string): { html: string; helpers: number } {
  const copies = regions.map((region) => {
    const copy = parse(region.outerHTML).firstChild as HTMLElement;
    for (const el of copy.querySelectorAll(NOT_TEXT.join(','))) {
      // Filters and meta in a region ignored for its text still describe the page.
      if (el.getAttribute('data-pagefind-ignore') === 'index') continue;
      // "계획이다 <cite>." would read "계획이다 ." without the marker: close the gap before punctuation.
      const before = el.previousSibling;
      const after = el.nextSibling;
      if (before instanceof TextNode && after instanceof TextNode && /^[.,;:!?)\]]/.test(after.rawText)) before.rawText = before.rawText.replace(/\s+$/, '');
      el.remove();
    }
    for (const el of copy.querySelectorAll(CELLS.join(','))) el.insertAdjacentHTML('beforeend', '\n');
    return copy;
  });
  const text = copies.map((c) => c.structuredText).join('\n');
  if (text.includes(HELPER_MARKER)) throw new Error(`${url}: the text contains ${HELPER_MARKER}, which marks index-only terms`);
  const terms = helperTerms(text, lang);
  if (terms.length) {
    copies[copies.length - 1]!.insertAdjacentHTML(
      'beforeend',
      `<div data-pagefind-weight="${HELPER_WEIGHT}"> ${HELPER_MARKER} ${escapeHtml(terms.join(' '))} </div>`,
    );
  }
  return { html: copies.map((c) => c.outerHTML).join(''), helpers: terms.length };
}

const page = (lang: Lang, body: string) => `<!doctype html><html lang="${lang}"><head></head><body>${body}</body></html>`;

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const counts: Record<string, { pages: number; helpers: number }> = {};
  const add = async (url: string, lang: Lang, html: string, helpers: number) => {
    const res = await index.addHTMLFile({ url, content: page(lang, html) });
    if (res.errors.length) throw new Error(`pagefind ${url}: ${res.errors.join('; ')}`);
    const c = (counts[lang] ??= { pages: 0, helpers: 0 });
    c.pages++;
    c.helpers += helpers;
  };

  for (const file of htmlFiles(DIST)) {
    const dom = parse(readFileSync(file, 'utf8'));
    const bodies = dom.querySelectorAll('[data-pagefind-body]');
    if (!bodies.length) continue;
    const lang = primaryLang(dom.querySelector('html')?.getAttribute('lang'), file);
    const url = urlOf(file);
    const { html, helpers } = prepare(bodies, lang, url);
    await add(url, lang, html, helpers);
  }

  const written = await index.writeFiles({ outputPath: OUT });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const name of readdirSync(OUT)) if (UNUSED_FILES.test(name)) rmSync(join(OUT, name));

  const size = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? size(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
  for (const [lang, c] of Object.entries(counts)) console.log(`search index ${lang}: ${c.pages} pages, ${c.helpers} index-only terms`);
  console.log(`search index written to ${OUT}: ${(size(OUT) / 1024).toFixed(1)} KiB`);
}

await main();
