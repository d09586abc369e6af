/**
 * The search index of one language, as the build writes it and the browser
 * reads it: every page (address, title, kind, filters, length), every term
 * with the pages it occurs on, the surface form of terms that differ from it
 * (for "did you mean") and the synonym groups. The text of each page, for
 * excerpts, is a separate fragment, fetched only for the results shown.
 *
 * A page is given as blocks: its title, headings, paragraphs, list items and
 * table cells, each indexed on its own so that an excerpt never runs two of
 * them together (the case fact box, a table row).
 */
import type { Lang } from '~/schemas/common';
import type { FilterKey } from './facets';
import { fold, phraseKey, phraseSpans, termsOfWord, wordKey, wordsOf } from './words';

export interface IndexedBlock {
  text: string;
  /** How much a word here counts: the title more than a heading, a heading more than a paragraph. */
  weight: number;
  /** The section (an anchor of the page) the block belongs to. */
  anchor?: number | undefined;
  /** False for blocks that may be found but make poor excerpts: the case fact box, table cells. */
  excerpt: boolean;
}

export interface IndexedPage {
  url: string;
  title: string;
  /** The kind as the reader sees it, in the page's language (사례, Case). */
  kind: string;
  filters: Partial<Record<FilterKey, string[]>>;
  blocks: IndexedBlock[];
  /** The page's headings and named entries with their ids, for links to the section a hit is in. */
  anchors: { id: string; title: string; entry?: boolean }[];
  /** Below 1 for pages readers rarely look for (the editors' guide). */
  boost: number;
}

export interface PageEntry {
  url: string;
  title: string;
  kind: string;
  filters: Partial<Record<FilterKey, string[]>>;
  /** Weighted number of words, for the length part of the ranking. */
  length: number;
  boost: number;
  /** Names of the entries the page holds (the glossary's terms), which count as titles. */
  names?: string[];
  /** File name of the page's fragment, below the index's folder. */
  fragment: string;
}

export interface SearchIndex {
  lang: Lang;
  pages: PageEntry[];
  /** For each term, its pages and weighted counts: [page, count, page, count, …]. */
  terms: Record<string, number[]>;
  /** The word as written for terms whose stem reads differently (accentur → accenture). */
  forms: Record<string, string>;
  /** Groups of words and phrases that mean the same, as an editor wrote them. */
  synonyms: string[][];
}

/** A page's text for excerpts: blocks as [text, section] and its sections as [id, title]. */
export interface Fragment {
  blocks: [text: string, anchor: number, excerpt: 0 | 1][];
  anchors: [id: string, title: string][];
}

/** One decimal is enough for a weighted count and keeps the file small. */
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Builds the index of one language from its pages. `fragmentName` names the
 * file each page's fragment is written to.
 */
export function buildSearchIndex(
  lang: Lang,
  pages: IndexedPage[],
  synonyms: string[][],
  fragmentName: (fragment: Fragment, page: IndexedPage) => string,
): { index: SearchIndex; fragments: Map<string, Fragment> } {
  const terms = new Map<string, Map<number, number>>();
  const surfaces = new Map<string, Map<string, number>>();
  const fragments = new Map<string, Fragment>();
  // Entries of the synonym list are indexed where their words stand together, however the page spaces them
  // (인식도 조사다 for 인식도조사), so an entry of several words matches as a phrase.
  const phrases = new Set(synonyms.flat().map((v) => phraseKey(wordsOf(v))));
  const post = (term: string, page: number, weight: number) => {
    const postings = terms.get(term) ?? new Map<number, number>();
    postings.set(page, (postings.get(page) ?? 0) + weight);
    terms.set(term, postings);
  };
  const entries: PageEntry[] = pages.map((page, p) => {
    let length = 0;
    for (const block of page.blocks) {
      const words = wordsOf(block.text);
      for (const [, , key] of phraseSpans(words.map(wordKey), phrases)) post(key, p, block.weight);
      for (const word of words) {
        length += block.weight;
        const own = termsOfWord(word);
        for (const term of own) post(term, p, block.weight);
        const first = own[0];
        if (first) {
          const surface = fold(word).replace(/['’]s$/, '');
          const forms = surfaces.get(first) ?? new Map<string, number>();
          forms.set(surface, (forms.get(surface) ?? 0) + 1);
          surfaces.set(first, forms);
        }
      }
    }
    const fragment: Fragment = {
      blocks: page.blocks.map((b) => [b.text, b.anchor ?? -1, b.excerpt ? 1 : 0]),
      anchors: page.anchors.map((a) => [a.id, a.title]),
    };
    const name = fragmentName(fragment, page);
    fragments.set(name, fragment);
    const names = page.anchors.filter((a) => a.entry).map((a) => a.title);
    return { url: page.url, title: page.title, kind: page.kind, filters: page.filters, length: round(length), boost: page.boost, ...(names.length ? { names } : {}), fragment: name };
  });
  const sorted = [...terms.keys()].sort();
  const index: SearchIndex = {
    lang,
    pages: entries,
    terms: Object.fromEntries(sorted.map((t) => [t, [...terms.get(t)!].flatMap(([p, n]) => [p, round(n)])])),
    // The commonest way a term is written, where that is not the term itself (Korean terms read as written).
    forms: Object.fromEntries(
      [...surfaces]
        .filter(([term]) => /[a-z]/.test(term))
        .map(([term, forms]) => [term, [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]] as const)
        .filter(([term, surface]) => surface !== term)
        .sort((a, b) => a[0].localeCompare(b[0])),
    ),
    synonyms,
  };
  return { index, fragments };
}
