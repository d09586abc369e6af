/**
 * Builds the search index from the built site into dist/search-index/: one
 * index per language (`ko.json`, `en.json`) and one fragment per page with
 * its text for excerpts (`ko/<hash>.json`), named by content so a host may
 * cache them for good. The search page loads its language's index when the
 * reader starts to search, and fragments only for the results it shows.
 *
 * A page's indexed text is what it marks with `data-pagefind-body`, less what
 * it marks `data-pagefind-ignore` (the markup convention the site's layouts
 * use), less citation markers and code. It is read block by block (title,
 * headings, paragraphs, list items, table rows, the fact box), so that an
 * excerpt never runs two blocks together. The page's kind and filter values
 * come from its `data-pagefind-meta` and `data-pagefind-filter` elements
 * (SearchFacets.astro). The synonym list is the glossary's names and
 * content/synonyms.yaml.
 *
 * Usage: vite-node scripts/build-search-index.ts [dist]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, TextNode, type HTMLElement, type Node } from 'node-html-parser';
import { LANGS, type Lang } from '~/schemas/common';
import { t } from '~/i18n';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { COLLECTIONS, collectionPath } from '~/lib/atlas/collections';
import { FILTER_KEYS, KIND_BOOST, SEARCH_INDEX_DIR, SEARCH_KINDS, type FilterKey } from '~/lib/search/facets';
import { buildSearchIndex, type IndexedBlock, type IndexedPage } from '~/lib/search/search-index';
import { synonymGroups } from '~/lib/search/synonyms';
import { ROOT } from './support/paths';

const DIST = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const OUT = join(DIST, SEARCH_INDEX_DIR);

/**
 * What is inside indexed regions but not part of what a page says: markers of
 * citations and notes, lists of the sources cited (the about page's; a page's
 * own are ignored by its layout), and code, which only the editors' guide
 * shows and which would put raw markup in an excerpt.
 */
const NOT_TEXT = '[data-pagefind-ignore], a.cite, a.note-ref, li[id^="src-"], .note > p.meta, script, style, noscript, template, pre, code, [hidden]';
/** Elements whose text is one block. */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'tr', 'caption', 'figcaption', 'blockquote', 'summary', 'th', 'td']);
const HEADINGS = /^h[2-6]$/;
/** How much a word counts by where it stands. */
const WEIGHTS = { title: 5, heading: 2, term: 2, lead: 1.5, text: 1 } as const;
/** Blocks that may be found but make poor excerpts: the key facts of a case, a table. */
const NO_EXCERPT = '.facts-dl, table';
/** Separates the cells of a table row in an excerpt, so they never run together. */
const CELL_SEPARATOR = ' · ';

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

function primaryLang(tag: string | undefined, file: string): Lang {
  const lang = (tag ?? '').split('-')[0]!.toLowerCase();
  if (!(LANGS as readonly string[]).includes(lang)) throw new Error(`${file}: <html lang="${tag ?? ''}"> is not one of ${LANGS.join(', ')}`);
  return lang as Lang;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const isElement = (n: Node): n is HTMLElement => n.nodeType === 1;

/** Text of an element without what is not text; table cells kept apart. */
function textOf(el: HTMLElement): string {
  let out = '';
  for (const child of el.childNodes) {
    if (child instanceof TextNode) out += child.text;
    else if (isElement(child) && !child.matches(NOT_TEXT)) {
      const tag = child.tagName.toLowerCase();
      if (tag === 'br') out += ' ';
      else if (tag === 'td' || tag === 'th') out += `${CELL_SEPARATOR}${textOf(child)}`;
      else out += textOf(child);
    }
  }
  return out;
}

/** The blocks and sections of a page's indexed regions, in reading order. */
function readBlocks(regions: HTMLElement[]): { title: string; blocks: IndexedBlock[]; anchors: IndexedPage['anchors'] } {
  const blocks: IndexedBlock[] = [];
  const anchors: IndexedPage['anchors'] = [];
  let title = '';
  let anchor: number | undefined;
  const emit = (text: string, weight: number, excerpt: boolean) => {
    const t = clean(text).replace(new RegExp(`^${CELL_SEPARATOR.trim()}\\s*`), '');
    if (/[\p{L}\p{N}]/u.test(t)) blocks.push({ text: t, weight, anchor, excerpt });
  };
  const walk = (el: HTMLElement, excerpt: boolean) => {
    let inline = '';
    const flush = () => {
      emit(inline, WEIGHTS.text, excerpt);
      inline = '';
    };
    for (const child of el.childNodes) {
      if (child instanceof TextNode) {
        inline += child.text;
        continue;
      }
      if (!isElement(child) || child.matches(NOT_TEXT)) continue;
      const tag = child.tagName.toLowerCase();
      const named = child.getAttribute('data-pagefind-title');
      if (named && child.id) {
        flush();
        anchors.push({ id: child.id, title: named, entry: true });
        anchor = anchors.length - 1;
      }
      const inner = excerpt && !child.matches(NO_EXCERPT);
      if (BLOCKS.has(tag) && !child.querySelector([...BLOCKS].filter((b) => b !== 'th' && b !== 'td').join(','))) {
        flush();
        if (HEADINGS.test(tag) && child.id) {
          anchors.push({ id: child.id, title: clean(textOf(child)) });
          anchor = anchors.length - 1;
        }
        if (tag === 'h1' && !title) title = clean(textOf(child));
        const weight = tag === 'h1' ? WEIGHTS.title : HEADINGS.test(tag) ? WEIGHTS.heading : tag === 'dt' ? WEIGHTS.term : child.classList.contains('lead') ? WEIGHTS.lead : WEIGHTS.text;
        // The title is shown above the excerpt already.
        emit(textOf(child), weight, inner && tag !== 'h1');
      } else if (BLOCKS.has(tag) || child.querySelector([...BLOCKS].join(','))) {
        flush();
        walk(child, inner);
      } else inline += textOf(child);
    }
    flush();
  };
  for (const region of regions) walk(region, true);
  return { title, blocks, anchors };
}

/** The kind, its boost and filter values a page tells the index through SearchFacets. */
function facetsOf(dom: HTMLElement, lang: Lang) {
  const kinds = t(lang).search.kinds;
  const label = dom.querySelector('[data-pagefind-meta]')?.getAttribute('data-pagefind-meta')?.replace(/^kind:/, '');
  const key = SEARCH_KINDS.find((k) => kinds[k] === label) ?? 'page';
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const el of dom.querySelectorAll('[data-pagefind-filter]')) {
    const [k, ...v] = (el.getAttribute('data-pagefind-filter') ?? '').split(':');
    const value = v.join(':');
    if ((FILTER_KEYS as readonly string[]).includes(k!) && value) (filters[k as FilterKey] ??= []).push(value);
  }
  return { kind: kinds[key], boost: KIND_BOOST[key] ?? 1, filters };
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

async function main() {
  // The two lists search reads; `npm run build` has checked all of content/ before this runs.
  const list = <T>(def: { file: string; schema: z.ZodType<T, z.ZodTypeDef, unknown> }) =>
    z.array(def.schema).parse(parseYaml(readFileSync(join(ROOT, collectionPath({ shape: 'list', ...def })), 'utf8')));
  const glossary = list(COLLECTIONS.glossary);
  const groups = list(COLLECTIONS.synonyms);
  rmSync(OUT, { recursive: true, force: true });
  const pages: Record<Lang, IndexedPage[]> = { ko: [], en: [] };
  for (const file of htmlFiles(DIST).sort()) {
    const dom = parse(readFileSync(file, 'utf8'));
    const regions = dom.querySelectorAll('[data-pagefind-body]');
    if (!regions.length) continue;
    const lang = primaryLang(dom.querySelector('html')?.getAttribute('lang'), file);
    const { title, blocks, anchors } = readBlocks(regions);
    const url = urlOf(file);
    pages[lang].push({ url, title: title || clean(dom.querySelector('title')?.text ?? url), ...facetsOf(dom, lang), blocks, anchors });
  }
  for (const lang of LANGS) {
    const synonyms = synonymGroups(glossary, groups, lang);
    const { index, fragments } = buildSearchIndex(lang, pages[lang], synonyms, (fragment) => `${hash(JSON.stringify(fragment))}.json`);
    mkdirSync(join(OUT, lang), { recursive: true });
    const json = JSON.stringify(index);
    writeFileSync(join(OUT, `${lang}.json`), json);
    for (const [name, fragment] of fragments) writeFileSync(join(OUT, lang, name), JSON.stringify(fragment));
    const sizes = [...fragments.values()].map((f) => gzipSync(JSON.stringify(f)).length);
    console.log(
      `search index ${lang}: ${index.pages.length} pages, ${Object.keys(index.terms).length} terms, ${synonyms.length} synonym groups; ` +
        `${(gzipSync(json).length / 1024).toFixed(1)} KiB gzip, fragments ${(Math.max(...sizes) / 1024).toFixed(1)} KiB gzip at most`,
    );
  }
  const size = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? size(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
  console.log(`search index written to ${OUT}: ${(size(OUT) / 1024).toFixed(1)} KiB`);
}

await main();
