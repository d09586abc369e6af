/**
 * The search interface, loaded only when a reader starts to search. It loads
 * Pagefind (its JS API, pagefind.js, on the page itself: no worker, no
 * Pagefind UI) with the index of the page's language and the synonym list,
 * reads each query as a question with the engine the tests and benchmarks
 * use (~/lib/search/engine: one Pagefind search per way of saying each part),
 * and shows results with their kind, a clean excerpt and the sections they
 * were found in, fetching Pagefind's page data only for the results shown.
 * The filter panel is drawn whole from Pagefind's filters before the first
 * result, and its counts follow the current results. Query and filters live
 * in the URL (a search can be shared, a filter-only link works, Back works).
 * When nothing matches, it offers the nearest indexed word, then the same
 * query in the other language with the number of results there, counted by
 * a second Pagefind instance that merges in that language's index only then.
 * Interface text comes from the page (`data-strings`), not from this bundle.
 */
import type { Dictionary } from '~/i18n';
import { FILTER_KEYS, type FilterKey } from '~/lib/search/facets';
import { Searcher, type Outcome } from '~/lib/search/engine';
import { buildExcerpt } from '~/lib/search/excerpt';
import { SYNONYMS_FILE, WORDS_FILE, type SynonymList, type WordList } from '~/lib/search/lists';
import { PagefindSource, type PagefindApi, type PagefindFragment } from '~/lib/search/pagefind-source';
import { fill } from '~/lib/format/fill';

type Strings = Dictionary['search'];
type Selected = Partial<Record<FilterKey, string[]>>;
type PageFilters = Partial<Record<FilterKey, string[]>>;

/** The part of pagefind.js the page uses beyond searching. */
interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  createInstance(options?: Record<string, unknown>): PagefindApi & { mergeIndex(path: string, options?: Record<string, unknown>): Promise<void> };
}

/** A result as the page shows it: the page, and the places of the words matched on it. */
interface Found {
  page: string;
  locations: number[];
}

/** Results shown at a time: a first page of them, and more on request (Pagefind's own interface shows five). */
const PAGE_SIZE = 5;
const EXCERPT_WORDS = 28;
const TYPING_DELAY_MS = 80;
/** Edits this far apart start a new entry in the browser history; closer ones refine the current one. */
const NEW_SEARCH_AFTER_MS = 1500;
/** A query longer than this is shortened in messages, so a pasted paragraph does not fill the screen. */
const MAX_QUERY_SHOWN = 40;
/** The synthetic filter that marks the other language's pages in the instance that merges them in. */
const MERGED = 'merged';

interface State {
  q: string;
  filters: Selected;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

function readUrl(): State {
  const params = new URLSearchParams(location.search);
  const filters: Selected = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters };
}

function queryString(q: string, filters: Selected = {}): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  for (const key of FILTER_KEYS) for (const v of filters[key] ?? []) params.append(key, v);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const hasFilters = (f: Selected) => FILTER_KEYS.some((k) => (f[k]?.length ?? 0) > 0);

/** A query as messages quote it: whole if short, else its start and an ellipsis. */
export function shortQuery(q: string): string {
  const chars = [...q.trim().replace(/\s+/g, ' ')];
  return chars.length <= MAX_QUERY_SHOWN ? chars.join('') : `${chars.slice(0, MAX_QUERY_SHOWN - 1).join('').trimEnd()}…`;
}

/** Whether a page has every filter value chosen, leaving out one group (for that group's own counts). */
function passes(page: PageFilters, filters: Selected, except?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => key === except || !filters[key]?.length || filters[key]!.some((v) => page[key]?.includes(v)));
}

async function loadJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/** A language's engine on a Pagefind instance: its synonym list now, its word list when a slip needs it. */
async function searcherFor(source: PagefindSource, bundle: string): Promise<Searcher> {
  const synonyms = await loadJson<SynonymList>(new URL(SYNONYMS_FILE, bundle).href);
  return new Searcher(source, synonyms, () => loadJson<WordList>(new URL(WORDS_FILE, bundle).href));
}

/**
 * The search interface of one `<site-search>` element: it reads its settings
 * from the element's data attributes and touches only the element's children.
 */
export class SearchApp {
  private readonly strings: Strings;
  private readonly otherLang: string;
  private readonly otherSearch: string;
  private readonly bundle: string;
  private readonly otherBundle: string;
  private readonly form: HTMLFormElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLElement;
  private readonly filterBox: HTMLDetailsElement;
  private readonly filterGroups: HTMLElement;
  private pagefind: PagefindModule | undefined;
  private source: PagefindSource | undefined;
  private searcher: Searcher | undefined;
  private other: Promise<Searcher> | undefined;
  /** Every filter value of every page, from Pagefind's filters, read once before the first search. */
  private readonly pageFilters = new Map<string, PageFilters>();
  private allValues: Partial<Record<FilterKey, string[]>> = {};
  private state: State = { q: '', filters: {} };
  /** Number of the latest search; an answer to an older one is dropped. */
  private seq = 0;
  private lastEdit = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    app: HTMLElement,
    private readonly input: HTMLInputElement,
  ) {
    const part = <T extends Element>(selector: string): T => {
      const found = app.querySelector<T>(selector);
      if (!found) throw new Error(`search: missing ${selector}`);
      return found;
    };
    this.strings = JSON.parse(app.dataset['strings'] ?? '{}') as Strings;
    this.otherLang = app.dataset['otherLang'] ?? 'en';
    this.otherSearch = app.dataset['otherSearch'] ?? '';
    this.bundle = new URL(app.dataset['pagefind'] ?? '', location.href).href;
    this.otherBundle = new URL(app.dataset['otherPagefind'] ?? '', location.href).href;
    this.form = part<HTMLFormElement>('form');
    this.status = part<HTMLElement>('.search-status');
    this.results = part<HTMLElement>('.search-results');
    this.filterBox = part<HTMLDetailsElement>('.search-filters');
    this.filterGroups = part<HTMLElement>('.filter-groups');
  }

  async start(): Promise<void> {
    const { input, strings } = this;
    if (input.value.trim()) this.status.textContent = strings.loading;
    // Listen before loading, so nothing typed while Pagefind arrives is lost.
    this.listen();
    try {
      const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', this.bundle).href)) as PagefindModule;
      // The index is small: searching on the page saves loading Pagefind's worker script too.
      await pagefind.options({ noWorker: true });
      this.pagefind = pagefind;
      this.source = new PagefindSource(pagefind);
      const [searcher] = await Promise.all([searcherFor(this.source, this.bundle), this.readFilters()]);
      this.searcher = searcher;
    } catch {
      this.results.dataset['state'] = 'error';
      this.status.textContent = strings.failed;
      return;
    }
    const fromUrl = readUrl();
    // What the reader typed while Pagefind loaded wins over the URL they arrived with.
    this.state = { q: input.value, filters: fromUrl.filters };
    this.drawFilters();
    this.search({ url: 'replace' });
  }

  /** Every filter value, and the values of each page, from Pagefind's filters (one filter-only search per value). */
  private async readFilters(): Promise<void> {
    const source = this.source!;
    const all = await this.pagefind!.filters();
    await Promise.all(
      FILTER_KEYS.flatMap((key) => {
        this.allValues[key] = this.order(key, Object.keys(all[key] ?? {}));
        return this.allValues[key].map(async (value) => {
          for (const page of await source.withFilter(key, value)) {
            const filters = this.pageFilters.get(page) ?? {};
            (filters[key] ??= []).push(value);
            this.pageFilters.set(page, filters);
          }
        });
      }),
    );
  }

  private listen(): void {
    const { input } = this;
    input.addEventListener('input', () => {
      const now = Date.now();
      const fresh = now - this.lastEdit > NEW_SEARCH_AFTER_MS && (this.state.q.trim() !== '' || hasFilters(this.state.filters));
      this.lastEdit = now;
      this.state = { ...this.state, q: input.value };
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.search({ url: fresh ? 'push' : 'replace' }), TYPING_DELAY_MS);
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.timer);
      this.lastEdit = 0;
      this.state = { ...this.state, q: input.value };
      this.search({ url: 'push' });
    });
    this.filterGroups.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      const key = box.name as FilterKey;
      const current = new Set(this.state.filters[key] ?? []);
      if (box.checked) current.add(box.value);
      else current.delete(box.value);
      this.state = { ...this.state, filters: { ...this.state.filters, [key]: [...current] } };
      this.search({ url: 'push' });
    });
    this.filterGroups.addEventListener('click', (e) => {
      if (!(e.target as Element).closest('.clear-filters')) return;
      this.state = { ...this.state, filters: {} };
      this.search({ url: 'push' });
      input.focus();
    });
    addEventListener('popstate', () => {
      this.state = readUrl();
      input.value = this.state.q;
      this.search({ url: 'keep' });
    });
  }

  /** A filter's values in the order the panel lists them. */
  private order(key: FilterKey, values: string[]): string[] {
    if (key === 'kind') {
      const kinds = Object.values(this.strings.kinds) as string[];
      return values.sort((a, b) => kinds.indexOf(a) - kinds.indexOf(b));
    }
    if (key === 'year') return values.sort();
    return values.sort((a, b) => a.localeCompare(b, document.documentElement.lang));
  }

  /** The panel with every group and value, drawn once; counts and states follow each search. */
  private drawFilters(): void {
    const { filterGroups, filterBox, strings } = this;
    filterGroups.replaceChildren();
    for (const key of FILTER_KEYS) {
      const values = this.allValues[key] ?? [];
      if (!values.length) continue;
      const group = el('fieldset', { class: 'filter-group' }, el('legend', {}, strings.filters[key]));
      for (const value of values) {
        const box = el('input', { type: 'checkbox', name: key, value });
        group.append(el('label', {}, box, ` ${value} `, el('span', { class: 'count' }, '')));
      }
      filterGroups.append(group);
    }
    filterGroups.append(el('button', { type: 'button', class: 'secondary clear-filters', hidden: '' }, strings.clearFilters));
    filterBox.hidden = false;
    filterBox.open = matchMedia('(min-width: 56rem)').matches || hasFilters(this.state.filters);
  }

  private filtersOf(page: string): PageFilters {
    return this.pageFilters.get(page) ?? {};
  }

  /** Each value's count among the results, as if its own group were not chosen (so other values stay reachable). */
  private updateFilters(found: Found[], query: string): void {
    const { filters } = this.state;
    // A query that found nothing has nothing to narrow; every other state shows the whole panel.
    this.filterBox.hidden = query !== '' && !found.length && !hasFilters(filters);
    for (const box of this.filterGroups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const key = box.name as FilterKey;
      const count = found.filter((f) => {
        const page = this.filtersOf(f.page);
        return passes(page, filters, key) && page[key]?.includes(box.value);
      }).length;
      box.checked = filters[key]?.includes(box.value) ?? false;
      box.disabled = count === 0 && !box.checked;
      const label = box.closest('label');
      label?.classList.toggle('empty', box.disabled);
      const counter = label?.querySelector('.count');
      if (counter) counter.textContent = `(${count})`;
    }
    const clear = this.filterGroups.querySelector<HTMLButtonElement>('.clear-filters');
    if (clear) clear.hidden = !hasFilters(filters);
    if (hasFilters(filters)) this.filterBox.open = true;
  }

  private renderResult(found: Found, data: PagefindFragment): HTMLLIElement {
    const { strings } = this;
    const excerpt = buildExcerpt(data.content, found.locations, data.anchors, EXCERPT_WORDS);
    const kind = this.filtersOf(found.page).kind?.[0] ?? strings.kinds.page;
    const item = el('li', { class: 'search-result' });
    item.append(el('span', { class: 'result-kind' }, el('span', { class: 'sr-only' }, `${strings.kindLabel}: `), kind));
    item.append(el('h2', { class: 'result-title' }, el('a', { class: 'result-link', href: data.url }, data.meta['title'] ?? data.url)));
    const p = el('p', { class: 'result-excerpt' });
    for (const part of excerpt.parts) p.append(part.mark ? el('mark', {}, part.text) : part.text);
    item.append(p);
    if (excerpt.sections.length) {
      const list = el('ul', { class: 'result-sections', 'aria-label': strings.section });
      for (const s of excerpt.sections) list.append(el('li', {}, el('a', { href: `${data.url}#${encodeURIComponent(s.id)}` }, s.title)));
      item.append(list);
    }
    return item;
  }

  private async renderPage(list: HTMLOListElement, shown: Found[], from: number, my: number): Promise<boolean> {
    const slice = shown.slice(from, from + PAGE_SIZE);
    const data = await Promise.all(slice.map((f) => this.source!.fragment(f.page)));
    if (my !== this.seq) return false;
    list.append(...slice.map((f, i) => this.renderResult(f, data[i]!)));
    this.results.querySelector('.more')?.remove();
    if (from + PAGE_SIZE < shown.length) {
      const more = el('button', { type: 'button', class: 'secondary more' }, this.strings.more);
      more.addEventListener('click', async () => {
        const first = list.children.length;
        more.disabled = true;
        if (await this.renderPage(list, shown, from + PAGE_SIZE, this.seq)) list.children[first]?.querySelector('a')?.focus();
      });
      this.results.append(more);
    }
    return true;
  }

  /**
   * The same query in the other language, read by that language's engine on
   * a second Pagefind instance into which the other language's index is
   * merged, only now: the page's WebAssembly serves it, and a filter of the
   * merge tells its pages apart.
   */
  private async otherCount(query: string): Promise<number> {
    this.other ??= (async () => {
      const instance = this.pagefind!.createInstance({ noWorker: true });
      await instance.mergeIndex(this.otherBundle, { mergeFilter: { [MERGED]: this.otherLang } });
      return searcherFor(new PagefindSource(instance, { [MERGED]: [this.otherLang] }), this.otherBundle);
    })();
    return (await (await this.other).search(query)).hits.length;
  }

  private async handOff(query: string, my: number): Promise<void> {
    const { strings } = this;
    const shown = shortQuery(query);
    const link = el('a', { href: `${this.otherSearch}${queryString(query)}`, hreflang: this.otherLang }, fill(strings.otherLang, { query: shown }));
    const line = el('p', { class: 'search-handoff' }, link);
    this.results.append(line);
    try {
      const count = await this.otherCount(query);
      if (my !== this.seq) return;
      if (count > 0) link.textContent = fill(count === 1 ? strings.otherLangCountOne : strings.otherLangCount, { query: shown, count });
      else line.replaceChildren(fill(strings.otherLangNone, { query: shown }));
    } catch {
      // The link still works without the count.
    }
  }

  /** The nearest indexed words as a link that searches for them, in a sentence of the dictionary with `{suggestion}`. */
  private suggestion(outcome: Outcome, sentence: string): Node[] {
    const link = el('a', { href: `${location.pathname}${queryString(outcome.suggestion!, this.state.filters)}`, class: 'suggestion-link' }, shortQuery(outcome.suggestion!));
    link.addEventListener('click', (e) => {
      e.preventDefault();
      this.input.value = outcome.suggestion!;
      this.state = { ...this.state, q: outcome.suggestion! };
      this.search({ url: 'push' });
    });
    const [before, after] = sentence.split('{suggestion}');
    return [document.createTextNode(before ?? ''), link, document.createTextNode(after ?? '')];
  }

  /** "Did you mean …?" for a query that found something as typed, or nothing at all. */
  private didYouMean(outcome: Outcome | undefined): HTMLElement | undefined {
    if (!outcome?.suggestion || outcome.corrected) return undefined;
    return el('p', { class: 'search-suggestion' }, ...this.suggestion(outcome, this.strings.didYouMean));
  }

  private search({ url }: { url: 'push' | 'replace' | 'keep' }): void {
    void this.run(url);
  }

  private async run(url: 'push' | 'replace' | 'keep'): Promise<void> {
    const { strings, status, results, searcher, source } = this;
    if (!searcher || !source) return;
    const my = ++this.seq;
    const state = this.state;
    results.dataset['state'] = 'loading';
    const query = state.q.trim();
    if (url !== 'keep') {
      const next = `${location.pathname}${queryString(state.q, state.filters)}`;
      if (next !== `${location.pathname}${location.search}`) history[url === 'push' ? 'pushState' : 'replaceState'](null, '', next);
    }
    const filtered = hasFilters(state.filters);
    const outcome = query ? await searcher.search(query) : undefined;
    // Pages of a kind (cases, policies, topics…) in the order of the index's sort key: by kind, then title.
    const listed = !outcome && filtered ? (await source.listed({}, 'order')).filter((page) => this.filtersOf(page).kind?.length) : [];
    if (my !== this.seq) return;
    const found: Found[] = outcome ? outcome.hits.map((h) => ({ page: h.page, locations: h.locations })) : listed.map((page) => ({ page, locations: [] }));
    this.updateFilters(found, query);
    const shown = found.filter((f) => passes(this.filtersOf(f.page), state.filters));
    const list = el('ol', { class: 'result-list' });
    results.replaceChildren(list);
    const quoted = shortQuery(query);
    if (!query && !filtered) {
      status.textContent = strings.prompt;
    } else if (!shown.length) {
      status.textContent = query ? fill(filtered ? strings.noneFiltered : strings.none, { query: quoted }) : strings.noneForFilters;
      const hint = this.didYouMean(outcome);
      if (hint) results.prepend(hint);
      if (query && !filtered) await this.handOff(query, my);
    } else {
      const n = shown.length;
      // Results of the nearest words: the sentence that says so links them, to keep them in the box.
      if (outcome?.corrected) status.replaceChildren(...this.suggestion(outcome, fill(strings.corrected, { query: quoted, suggestion: '{suggestion}' })));
      else if (query) status.textContent = fill(n === 1 ? strings.countOne : strings.count, { query: quoted, count: n });
      else status.textContent = fill(n === 1 ? strings.filteredOne : strings.filtered, { count: n });
      const hint = this.didYouMean(outcome);
      if (hint) results.prepend(hint);
      if (!(await this.renderPage(list, shown, 0, my))) return;
    }
    if (my !== this.seq) return;
    results.dataset['query'] = state.q;
    results.dataset['state'] = 'done';
  }
}
