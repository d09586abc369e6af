/**
 * Pagefind as the engine's {@link TermSource}: one Pagefind search per word,
 * results kept for the next query (a reader types one word at a time).
 *
 * Pagefind matches the start of indexed words, and when no indexed word
 * begins with a term it falls back to the longest indexed word that begins
 * the term: blockchain finds the pages of block (blocked), 비트코인 those of
 * 비트. That fallback is a false friend, so each term is also searched with a
 * letter no word holds after it ({@link SENTINEL}): nothing can begin with
 * that, so its search is the fallback alone. When the term finds exactly the
 * words the fallback finds, and it is not itself an indexed word (a quoted,
 * exact search), nothing began with it and its results are dropped.
 */
import type { TermHit, TermSource } from './engine';

/** What Pagefind's fragment of a page gives search: its address, title and indexed text. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { id: string; title?: string; location: number }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  /** Metadata the search matched as well as the text: the title. */
  matchedMetaFields?: string[];
  data: () => Promise<PagefindFragment>;
}

export type PagefindFilters = Record<string, string[] | { any: string[] }>;

/** The part of Pagefind's JS API (pagefind.js, or an instance from createInstance) search uses. */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * The filter that tells search a page ranks below others that match as well,
 * with the factor (`0.5`): the editors' guide, site pages. The search page
 * shows only the filters of FILTER_KEYS.
 */
export const BOOST_FILTER = 'boost';

/**
 * The filter that names the subject of a case page (its title as a key, `bt`,
 * `unitedstates`), so search knows when a query names a case: the engine
 * then counts the name as standing for one word of the query the page lacks.
 */
export const NAME_FILTER = 'name';

/** The metadata that holds the index-only words of a page's title (indexed-text.ts). */
export const TITLE_FORMS_META = 'title_forms';

/** The metadata that holds the names of the entries a page holds (the glossary's), each without spaces. */
export const NAMES_META = 'names';

/** A letter of no script the site is written in, which Pagefind keeps in a query and no indexed word contains. */
export const SENTINEL = 'ǂ';

const sameWords = (a: PagefindResult[], b: PagefindResult[]) => {
  if (a.length !== b.length) return false;
  const places = new Map(b.map((r) => [r.id, r.words.join(',')]));
  return a.every((r) => places.get(r.id) === r.words.join(','));
};

export class PagefindSource implements TermSource {
  private readonly found = new Map<string, Promise<TermHit[]>>();
  /** One result of each page seen, to fetch its fragment with. */
  private readonly results = new Map<string, PagefindResult>();
  private total: Promise<number> | undefined;
  private readonly boosts = new Map<string, number>();
  private readonly names = new Map<string, string[]>();

  /** `filters` narrows every search (the other language's pages in an instance that holds both). */
  constructor(
    private readonly pagefind: PagefindApi,
    private readonly filters: PagefindFilters = {},
  ) {}

  private async run(term: string | null, filters: PagefindFilters = this.filters): Promise<PagefindResult[]> {
    const res = await this.pagefind.search(term, { filters });
    const results = res?.results ?? [];
    for (const r of results) if (!this.results.has(r.id)) this.results.set(r.id, r);
    return results;
  }

  private cached(key: string, compute: () => Promise<TermHit[]>): Promise<TermHit[]> {
    let hits = this.found.get(key);
    if (!hits) this.found.set(key, (hits = compute()));
    return hits;
  }

  find(term: string): Promise<TermHit[]> {
    return this.cached(term, async () => {
      const [results, fallback] = await Promise.all([this.run(term), this.run(`${term}${SENTINEL}`)]);
      if (!results.length) return [];
      if (sameWords(results, fallback) && !(await this.indexed(term))) return [];
      return results.map(toHit);
    });
  }

  /**
   * Pages where the term is a whole indexed word. Pagefind's quoted search
   * finds them but does not rank them; their ranking comes from its ordinary
   * search, whose longer words (KT in KTX) are on pages the quoted one left out.
   */
  exact(term: string): Promise<TermHit[]> {
    return this.cached(`"${term}"`, async () => {
      const [whole, ranked] = await Promise.all([this.run(`"${term}"`), this.run(term)]);
      const pages = new Set(whole.map((r) => r.id));
      return ranked.filter((r) => pages.has(r.id)).map(toHit);
    });
  }

  /** Whether the term is a whole indexed word. */
  private async indexed(term: string): Promise<boolean> {
    return (await this.run(`"${term}"`)).length > 0;
  }

  pages(): Promise<number> {
    this.total ??= (async () => {
      const [all, filters] = await Promise.all([this.run(null), this.pagefind.filters()]);
      for (const value of Object.keys(filters[BOOST_FILTER] ?? {})) for (const page of await this.withFilter(BOOST_FILTER, value)) this.boosts.set(page, Number(value));
      for (const key of Object.keys(filters[NAME_FILTER] ?? {})) this.names.set(key, await this.withFilter(NAME_FILTER, key));
      return all.length;
    })();
    return this.total;
  }

  boost(page: string): number {
    return this.boosts.get(page) ?? 1;
  }

  namedBy(key: string): readonly string[] {
    return this.names.get(key) ?? [];
  }

  /** The fragment of a page a search has found. */
  fragment(page: string): Promise<PagefindFragment> {
    const result = this.results.get(page);
    if (!result) return Promise.reject(new Error(`no search has found ${page}`));
    return result.data();
  }

  /** The pages that have a filter value, with the filters that narrow every search. */
  async withFilter(key: string, value: string): Promise<string[]> {
    return (await this.run(null, { ...this.filters, [key]: [value] })).map((r) => r.id);
  }

  /** Every page with the filters given, in the order of a sort key of the index. */
  async listed(filters: PagefindFilters, sort: string): Promise<string[]> {
    const res = await this.pagefind.search(null, { filters: { ...this.filters, ...filters }, sort: { [sort]: 'asc' } });
    const results = res?.results ?? [];
    for (const r of results) if (!this.results.has(r.id)) this.results.set(r.id, r);
    return results.map((r) => r.id);
  }
}

const toHit = (r: PagefindResult): TermHit => ({
  page: r.id,
  score: r.score,
  locations: r.words,
  title: r.matchedMetaFields?.some((f) => f === 'title' || f === TITLE_FORMS_META) ?? false,
  named: r.matchedMetaFields?.includes(NAMES_META) ?? false,
});
