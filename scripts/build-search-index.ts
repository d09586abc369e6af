/**
 * Builds the search index of the built site with the Pagefind Node API: one
 * Pagefind bundle per language in dist/pagefind/{ko,en}/, and beside each the
 * two small lists search reads in the browser (the synonym list, and the
 * indexed words that "did you mean" and compound splitting look in).
 *
 * A page's indexed text is what it marks with `data-pagefind-body`, less what
 * it marks `data-pagefind-ignore`, less citation markers and code. It is read
 * block by block (title, headings, paragraphs, list items, table rows, the
 * fact box) and handed to Pagefind as a plain copy: each block ends with a
 * marker so an excerpt never runs two blocks together, and index-only words
 * follow the words a query could not otherwise reach (see
 * src/lib/search/indexed-text.ts). The page's kind and filter values come
 * from its `data-pagefind-meta` and `data-pagefind-filter` elements
 * (SearchFacets.astro); the synonym list is the glossary's names and
 * content/synonyms.yaml.
 *
 * Usage: vite-node scripts/build-search-index.ts [dist]
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TextNode, type HTMLElement, type Node } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { LANGS, type Lang } from '~/schemas/common';
import { t } from '~/i18n';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { COLLECTIONS, collectionPath } from '~/lib/atlas/collections';
import { FILTER_KEYS, KIND_BOOST, SEARCH_INDEX_DIR, SEARCH_KINDS, type FilterKey, type SearchKind } from '~/lib/search/facets';
import { BLOCK_END, HIDDEN, indexedTokens, PLAIN_BLOCK_END, vocabularyOf, type IndexContext } from '~/lib/search/indexed-text';
import { SYNONYMS_FILE, WORDS_FILE } from '~/lib/search/lists';
import { BOOST_FILTER, NAME_FILTER, NAMES_META, TITLE_FORMS_META } from '~/lib/search/pagefind-source';
import { synonymGroups, variantKey } from '~/lib/search/synonyms';
import { nameKey } from '~/lib/search/engine';
import { termOf, termsOfWord, wordsOf } from '~/lib/search/words';
import { ROOT } from './support/paths';

const DIST = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const OUT = join(DIST, SEARCH_INDEX_DIR);

/**
 * What is inside indexed regions but not part of what a page says: markers of
 * citations and notes, lists of the sources cited (the about page's and a
 * cross-check note's; a page's own are ignored by its layout), and code: the
 * editors' guide's markup, which would put raw markup in an excerpt, and the
 * data page's file and column names (kt-centres.en.csv, owner_kind), whose
 * parts (kt, centres, date) would rank that page above the pages about them.
 */
const NOT_TEXT = '[data-pagefind-ignore], a.cite, a.note-ref, li[id^="src-"], .note > p.meta, .check > p.meta, script, style, noscript, template, pre, code, [hidden]';
const notText = (el: HTMLElement) => el.matches(NOT_TEXT);
/** Elements whose text is one block. */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'tr', 'caption', 'figcaption', 'blockquote', 'summary', 'th', 'td']);
const HEADINGS = /^h[2-6]$/;
/** How much a word counts by where it stands (Pagefind's data-pagefind-weight). */
const WEIGHTS = { title: 5, heading: 2, term: 2, lead: 1.5, text: 1 } as const;
/** A part of a Korean compound counts for less than the compound it stands in. */
const INNER_WEIGHT = 0.6;
/** Blocks that may be found but make poor excerpts: the key facts of a case, a table. */
const NO_EXCERPT = '.facts-dl, table';
/** Separates the cells of a table row in an excerpt, so they never run together. */
const CELL_SEPARATOR = ' · ';
/**
 * Pagefind files the search page does not use: ready-made interfaces, the
 * worker (it searches on the page), the module for languages without a stemmer.
 */
const UNUSED_FILES = /^(pagefind-(component-ui|modular-ui|ui|highlight|worker)\.|wasm\.unknown\.)/;

interface IndexedBlock {
  text: string;
  weight: number;
  /** The section (an anchor of the page) the block belongs to. */
  anchor?: number | undefined;
  /** False for blocks that may be found but make poor excerpts: the title, the case fact box, table rows. */
  excerpt: boolean;
}

interface IndexedPage {
  url: string;
  title: string;
  kind: SearchKind;
  filters: Partial<Record<FilterKey, string[]>>;
  blocks: IndexedBlock[];
  /** The page's headings and named entries with their ids, for links to the section a hit is in. */
  anchors: { id: string; title: string }[];
  /** The names of the entries the page holds, as keys (the glossary's terms and their other names). */
  names?: string[];
  /** Text the page marks `data-search-title`: what names the record besides its title (a policy's owners). */
  alsoTitle: string[];
}

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

/** Text as a browser lays it out: runs of HTML's white space are one space (a line separator, U+2028, is a letter of the text). */
const clean = (s: string) => s.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
const isElement = (n: Node): n is HTMLElement => n.nodeType === 1;

/** Text of an element without what is not text; table cells kept apart. */
function textOf(el: HTMLElement): string {
  let out = '';
  for (const child of el.childNodes) {
    if (child instanceof TextNode) out += child.text;
    else if (isElement(child) && !notText(child)) {
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
    // A block that began with code left out (a file name before its colon, a table cell) begins with the punctuation after it.
    // An empty cell (its code left out) leaves no separator of its own.
    const t = clean(text).replace(/·(?: ·)+/gu, '·').replace(/^(?:[·:;,]\s*)+/u, '');
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
      if (!isElement(child) || notText(child)) continue;
      const tag = child.tagName.toLowerCase();
      const named = child.getAttribute('data-pagefind-title');
      if (named && child.id) {
        flush();
        anchors.push({ id: child.id, title: named });
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

/** The kind and filter values a page tells the index through SearchFacets. */
function facetsOf(dom: HTMLElement, lang: Lang): { kind: SearchKind; filters: IndexedPage['filters'] } {
  const kinds = t(lang).search.kinds;
  const label = dom.querySelector('[data-pagefind-meta]')?.getAttribute('data-pagefind-meta')?.replace(/^kind:/, '');
  const kind = SEARCH_KINDS.find((k) => kinds[k] === label) ?? 'page';
  const filters: IndexedPage['filters'] = {};
  for (const el of dom.querySelectorAll('[data-pagefind-filter]')) {
    const [k, ...v] = (el.getAttribute('data-pagefind-filter') ?? '').split(':');
    const value = v.join(':');
    if ((FILTER_KEYS as readonly string[]).includes(k!) && value) (filters[k as FilterKey] ??= []).push(value);
  }
  return { kind, filters };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const weight = (w: number) => String(Math.round(w * 100) / 100);

/**
 * The copy of a page handed to Pagefind: its title, kind, filters (and its
 * boost, on a page readers rarely look for) and place in a list by kind as
 * Pagefind metadata, filters and sort key; then each block as an element of
 * its weight, after the section it opens, with its index-only words and the
 * marker that ends it.
 */
function pageHtml(page: IndexedPage, order: number, ctx: IndexContext): string {
  const boost = KIND_BOOST[page.kind] ?? 1;
  const facts = [
    `<span data-pagefind-meta="title">${escapeHtml(page.title)}</span>`,
    `<span data-pagefind-sort="order">${String(order).padStart(4, '0')}</span>`,
    ...FILTER_KEYS.flatMap((key) => (page.filters[key] ?? []).map((v) => `<span data-pagefind-filter="${key}">${escapeHtml(v)}</span>`)),
  ];
  if (boost !== 1) facts.push(`<span data-pagefind-filter="${BOOST_FILTER}">${boost}</span>`);
  // A case is named by its subject: a firm or a country, its page's title.
  if (page.kind === 'case') facts.push(`<span data-pagefind-filter="${NAME_FILTER}">${escapeHtml(nameKey(wordsOf(page.title)))}</span>`);
  if (page.names?.length) facts.push(`<span data-pagefind-meta="${NAMES_META}">${escapeHtml(page.names.join(' '))}</span>`);
  // The title's index-only words (활성화방안 for 활성화 방안), so that a search for them knows it found the title,
  // and the words of what else names the record: a strategy is known by the body that issued it (MOPAS, 방통위).
  const titleForms = [
    ...indexedTokens(page.title, ctx).flatMap((t) => [...t.inner, ...t.other]),
    ...page.alsoTitle.flatMap((text) => indexedTokens(text, ctx).flatMap((t) => [t.text, ...t.inner, ...t.other])),
  ];
  if (titleForms.length) facts.push(`<span data-pagefind-meta="${TITLE_FORMS_META}">${escapeHtml(titleForms.join(' '))}</span>`);
  const opened = new Set<number>();
  const blocks = page.blocks.map((block) => {
    const w = block.weight;
    const words = indexedTokens(block.text, ctx).map(({ text, inner, other }) => {
      const hidden = (forms: string[]) => forms.map((f) => `${HIDDEN}${escapeHtml(f)}`).join(' ');
      return [
        escapeHtml(text),
        inner.length ? `<span data-pagefind-weight="${weight(w * INNER_WEIGHT)}">${hidden(inner)}</span>` : '',
        hidden(other),
      ].filter(Boolean).join(' ');
    });
    let anchor = '';
    if (block.anchor !== undefined && !opened.has(block.anchor)) {
      // An empty element: Pagefind keeps the section's place and title, without its text again.
      opened.add(block.anchor);
      const a = page.anchors[block.anchor]!;
      anchor = `<p id="${escapeHtml(a.id)}" data-pagefind-title="${escapeHtml(a.title)}"></p>`;
    }
    return `${anchor}<p data-pagefind-weight="${weight(w)}">${words.join(' ')} ${block.excerpt ? BLOCK_END : PLAIN_BLOCK_END}</p>`;
  });
  // Pagefind indexes the whole body of a file handed to it; the facts are not text.
  return `<!doctype html><html><head></head><body><div data-pagefind-ignore>${facts.join('')}</div>${blocks.join('\n')}</body></html>`;
}

/** Pages in the order a list of them reads best: by kind (cases, policies, topics…), then by title. */
function byKind(pages: IndexedPage[], lang: Lang): IndexedPage[] {
  return [...pages].sort((a, b) => SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind) || a.title.localeCompare(b.title, lang));
}

/** Every word the pages are indexed under, commonest first: where "did you mean" and compound splitting look. */
function indexedWords(pages: IndexedPage[], ctx: IndexContext): string[] {
  const pagesOf = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const block of page.blocks) {
      for (const token of indexedTokens(block.text, ctx)) {
        for (const word of wordsOf(token.text)) for (const term of termsOfWord(word)) seen.add(term);
        for (const form of token.inner) seen.add(form);
      }
    }
    for (const w of seen) if (/\p{L}/u.test(w)) pagesOf.set(w, (pagesOf.get(w) ?? 0) + 1);
  }
  return [...pagesOf].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

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
    const alsoTitle = dom.querySelectorAll('[data-search-title]').map((el) => clean(textOf(el)));
    pages[lang].push({ url, title: title || clean(dom.querySelector('title')?.text ?? url), ...facetsOf(dom, lang), blocks, anchors, alsoTitle });
  }
  for (const lang of LANGS) {
    const synonyms = synonymGroups(glossary, groups, lang);
    const text = pages[lang].flatMap((p) => p.blocks.map((b) => b.text)).join(' ');
    const ctx: IndexContext = {
      lang,
      // The glossary's and the synonym list's words are nouns as written, particles or not.
      vocabulary: new Set([...vocabularyOf(text), ...[...glossary.map((g) => g.term[lang]), ...synonyms.flat()].flatMap((v) => wordsOf(v).map(termOf))]),
      phrases: new Set(synonyms.flat().map(variantKey)),
    };
    // Pagefind has no Korean stemmer; its English one leaves Hangul as it is and stems the English
    // words of Korean text (KT, smart work) as the English index does. So both indexes are built as
    // English, and one WebAssembly module serves both: the search page loads the other language's
    // index into it to count that language's results.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    // The glossary knows its entries by every name they have.
    const names = [...new Set(glossary.flatMap((g) => [g.term[lang], ...(g.aka?.[lang] ?? [])]).map(variantKey).filter(Boolean))];
    for (const page of pages[lang]) if (page.kind === 'glossary') page.names = names;
    const ordered = byKind(pages[lang], lang);
    for (const page of pages[lang]) {
      const res = await index.addHTMLFile({ url: page.url, content: pageHtml(page, ordered.indexOf(page), ctx) });
      if (res.errors.length) throw new Error(`pagefind ${page.url}: ${res.errors.join('; ')}`);
    }
    const dir = join(OUT, lang);
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    for (const name of readdirSync(dir)) if (UNUSED_FILES.test(name)) rmSync(join(dir, name));
    const words = indexedWords(pages[lang], ctx);
    writeFileSync(join(dir, SYNONYMS_FILE), JSON.stringify(synonyms));
    writeFileSync(join(dir, WORDS_FILE), JSON.stringify(words));
    console.log(`search index ${lang}: ${pages[lang].length} pages, ${words.length} words, ${synonyms.length} synonym groups`);
  }
  await pagefind.close();
  const size = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? size(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
  console.log(`search index written to ${OUT}: ${(size(OUT) / 1024).toFixed(1)} KiB`);
}

await main();
