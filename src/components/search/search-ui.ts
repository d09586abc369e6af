/**
 * The search interface, loaded only when a reader starts to search. Runs
 * Pagefind in the page's language, shows results with their kind, a clean
 * excerpt and the sections they were found in, offers filters, keeps query and
 * filters in the URL (so a search can be shared and Back works), and when the
 * page's language has nothing, offers the same query in the other language.
 * Interface text comes from the page (`data-strings`), not from this bundle.
 */
import type { Dictionary } from '~/i18n';
import { FILTER_KEYS, type FilterKey } from '~/lib/search/facets';
import { normalizeQuery } from '~/lib/search/terms';
import { buildExcerpt, hitWords } from '~/lib/search/excerpt';
import { fill } from '~/lib/format/fill';

type Strings = Dictionary['search'];
type FilterCounts = Record<string, Record<string, number>>;
type Selected = Partial<Record<FilterKey, string[]>>;

interface Anchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}
interface ResultData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  anchors: Anchor[];
}
interface Result {
  data: () => Promise<ResultData>;
}
interface SearchResponse {
  results: Result[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
}
interface Instance {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: SearchOptions) => Promise<SearchResponse | null>;
}
interface Pagefind extends Instance {
  filters: () => Promise<FilterCounts>;
  createInstance: (o?: Record<string, unknown>) => Instance;
}

const PAGE_SIZE = 10;
const EXCERPT_WORDS = 28;
const MAX_SECTIONS = 3;
const TYPING_DELAY_MS = 150;
/** Edits this far apart start a new entry in the browser history; closer ones refine the current one. */
const NEW_SEARCH_AFTER_MS = 1500;

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

function urlFor(state: State): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const v of state.filters[key] ?? []) params.append(key, v);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

const hasFilters = (f: Selected) => FILTER_KEYS.some((k) => (f[k]?.length ?? 0) > 0);

/** The headings and named entries a page's hits fall under, most hits first. */
function sectionsOf(data: ResultData, hits: Set<number>): Anchor[] {
  const named = data.anchors
    .filter((a) => a.title?.trim() || (/^h[2-6]$/i.test(a.element) && a.text?.trim()))
    .sort((a, b) => a.location - b.location);
  const counts = new Map<Anchor, number>();
  for (const hit of hits) {
    let owner: Anchor | undefined;
    for (const a of named) if (a.location <= hit) owner = a;
    if (owner) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_SECTIONS).map(([a]) => a);
}

/**
 * The search interface of one `<site-search>` element: it reads its settings
 * from the element's data attributes and touches only the element's children.
 */
export class SearchApp {
  private readonly strings: Strings;
  private readonly lang: string;
  private readonly otherLang: string;
  private readonly otherSearch: string;
  private readonly pagefindUrl: string;
  private readonly form: HTMLFormElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLElement;
  private readonly filterBox: HTMLDetailsElement;
  private readonly filterGroups: HTMLElement;
  private pagefind: Pagefind | undefined;
  private otherInstance: Instance | undefined;
  /** Every filter value in the index, fetched before the first search. */
  private allValues: FilterCounts = {};
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
    this.lang = app.dataset['lang'] ?? 'en';
    this.otherLang = app.dataset['otherLang'] ?? 'en';
    this.otherSearch = app.dataset['otherSearch'] ?? '';
    this.pagefindUrl = new URL(app.dataset['pagefind'] ?? '', location.href).href;
    this.form = part<HTMLFormElement>('form');
    this.status = part<HTMLElement>('.search-status');
    this.results = part<HTMLElement>('.search-results');
    this.filterBox = part<HTMLDetailsElement>('.search-filters');
    this.filterGroups = part<HTMLElement>('.filter-groups');
  }

  async start(): Promise<void> {
    const { input, strings } = this;
    if (input.value.trim()) this.status.textContent = strings.loading;
    try {
      const pagefind = (await import(/* @vite-ignore */ this.pagefindUrl)) as Pagefind;
      // The index is small: searching on the page saves loading Pagefind's worker script too.
      // Korean words carry particles, so a hit at the start of a longer word
      // (탄소 in 탄소배출량이) is as good as an exact one: soften Pagefind's
      // preference for words of the query's own length.
      await pagefind.options({ noWorker: true, ...(this.lang === 'ko' ? { ranking: { termSimilarity: 0.3 } } : {}) });
      this.pagefind = pagefind;
    } catch {
      this.results.dataset['state'] = 'error';
      this.status.textContent = strings.failed;
      return;
    }
    this.state = readUrl();
    if (!this.state.q && input.value) this.state.q = input.value;
    // Pagefind's filter and search calls share one index in memory and must not
    // run at the same time (together they sometimes left the filter panel
    // empty or half drawn), so the filter values are read first.
    this.allValues = await this.pagefind.filters().catch((): FilterCounts => ({}));
    this.listen();
    await this.search({ url: 'replace' });
  }

  private listen(): void {
    const { input } = this;
    input.addEventListener('input', () => {
      const now = Date.now();
      const fresh = now - this.lastEdit > NEW_SEARCH_AFTER_MS && (this.state.q.trim() !== '' || hasFilters(this.state.filters));
      this.lastEdit = now;
      this.state = { ...this.state, q: input.value };
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.search({ url: fresh ? 'push' : 'replace' }), TYPING_DELAY_MS);
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.timer);
      this.lastEdit = 0;
      this.state = { ...this.state, q: input.value };
      void this.search({ url: 'push' });
    });
    this.filterGroups.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      const key = box.name as FilterKey;
      const current = new Set(this.state.filters[key] ?? []);
      if (box.checked) current.add(box.value);
      else current.delete(box.value);
      this.state = { ...this.state, filters: { ...this.state.filters, [key]: [...current] } };
      void this.search({ url: 'push' });
    });
    addEventListener('popstate', () => {
      this.state = readUrl();
      input.value = this.state.q;
      void this.search({ url: 'keep' });
    });
  }

  /** Results of the same query in the other language's index, for the hand-off. */
  private async countInOtherLanguage(query: string): Promise<number> {
    if (!this.pagefind) return 0;
    if (!this.otherInstance) {
      // A second instance of the page's language with the other language's
      // index merged in: its own results are known to be none, so every result
      // it finds comes from the other language.
      this.otherInstance = this.pagefind.createInstance({ noWorker: true });
      await this.otherInstance.mergeIndex(new URL('.', this.pagefindUrl).href, { language: this.otherLang });
    }
    const res = await this.otherInstance.search(query);
    return res?.results.length ?? 0;
  }

  private order(key: string, values: string[]): string[] {
    if (key === 'kind') {
      const kinds = Object.values(this.strings.kinds) as string[];
      return [...values].sort((a, b) => kinds.indexOf(a) - kinds.indexOf(b));
    }
    if (key === 'year') return [...values].sort();
    return [...values].sort((a, b) => a.localeCompare(b, this.lang));
  }

  private async renderFilters(res: SearchResponse | null): Promise<void> {
    const { filterGroups, filterBox, strings, state } = this;
    const values = this.allValues;
    // Redrawing replaces the boxes; keep keyboard focus on the one the reader just used.
    const focused = filterGroups.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : undefined;
    filterGroups.replaceChildren();
    let shown = 0;
    for (const key of FILTER_KEYS) {
      const selected = state.filters[key] ?? [];
      // A group with a choice made shows counts before filtering, so its other values stay reachable.
      const counts = (selected.length ? res?.totalFilters[key] : res?.filters[key]) ?? {};
      const shownValues = this.order(key, Object.keys(values[key] ?? {})).filter((v) => (counts[v] ?? 0) > 0 || selected.includes(v));
      if (!shownValues.length) continue;
      const group = el('fieldset', { class: 'filter-group' }, el('legend', {}, strings.filters[key]));
      for (const value of shownValues) {
        const box = el('input', { type: 'checkbox', name: key, value });
        box.checked = selected.includes(value);
        group.append(el('label', {}, box, ` ${value} `, el('span', { class: 'count' }, `(${counts[value] ?? 0})`)));
      }
      filterGroups.append(group);
      shown++;
    }
    if (hasFilters(state.filters)) {
      const clear = el('button', { type: 'button', class: 'secondary clear-filters' }, strings.clearFilters);
      clear.addEventListener('click', () => {
        this.state = { ...this.state, filters: {} };
        void this.search({ url: 'push' });
      });
      filterGroups.append(clear);
    }
    if (focused?.name) {
      filterGroups.querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)?.focus();
    } else if (focused) this.input.focus();
    const wasHidden = filterBox.hidden;
    filterBox.hidden = shown === 0;
    if (wasHidden && !filterBox.hidden) filterBox.open = matchMedia('(min-width: 56rem)').matches || hasFilters(state.filters);
  }

  private renderResult(data: ResultData, query: string): HTMLLIElement {
    const { strings } = this;
    const { hits } = hitWords(data.content, data.locations, query);
    const excerpt = buildExcerpt(data.content, data.locations, query, EXCERPT_WORDS);
    const title = data.meta['title'] ?? data.url;
    const item = el('li', { class: 'search-result' });
    if (data.meta['kind']) item.append(el('span', { class: 'result-kind' }, el('span', { class: 'sr-only' }, `${strings.kindLabel}: `), data.meta['kind']));
    item.append(el('h2', { class: 'result-title' }, el('a', { class: 'result-link', href: data.url }, title)));
    const p = el('p', { class: 'result-excerpt' });
    for (const part of excerpt.parts) p.append(part.mark ? el('mark', {}, part.text) : part.text);
    item.append(p);
    const sections = sectionsOf(data, hits);
    if (sections.length) {
      const list = el('ul', { class: 'result-sections', 'aria-label': strings.section });
      for (const a of sections) list.append(el('li', {}, el('a', { href: `${data.url.split('#')[0]}#${a.id}` }, (a.title || a.text || '').trim())));
      item.append(list);
    }
    return item;
  }

  private async renderPage(list: HTMLOListElement, all: Result[], query: string, from: number, my: number): Promise<boolean> {
    const page = await Promise.all(all.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (my !== this.seq) return false;
    list.append(...page.map((data) => this.renderResult(data, query)));
    this.results.querySelector('.more')?.remove();
    if (from + PAGE_SIZE < all.length) {
      const more = el('button', { type: 'button', class: 'secondary more' }, this.strings.more);
      more.addEventListener('click', async () => {
        const first = list.children.length;
        more.disabled = true;
        if (await this.renderPage(list, all, query, from + PAGE_SIZE, this.seq)) list.children[first]?.querySelector('a')?.focus();
      });
      this.results.append(more);
    }
    return true;
  }

  private async handOff(query: string, my: number): Promise<void> {
    const { strings } = this;
    const target = `${this.otherSearch}?${new URLSearchParams({ q: query }).toString()}`;
    const link = el('a', { href: target, hreflang: this.otherLang }, fill(strings.otherLang, { query }));
    const line = el('p', { class: 'search-handoff' }, link);
    this.results.append(line);
    try {
      const count = await this.countInOtherLanguage(normalizeQuery(query));
      if (my !== this.seq) return;
      if (count > 0) link.textContent = fill(strings.otherLangCount, { query, count });
      else line.replaceChildren(fill(strings.otherLangNone, { query }));
    } catch {
      // The link still works without the count.
    }
  }

  private async search({ url }: { url: 'push' | 'replace' | 'keep' }): Promise<void> {
    const { strings, status, results, pagefind } = this;
    if (!pagefind) return;
    const my = ++this.seq;
    const state = this.state;
    const query = state.q.trim();
    if (url !== 'keep') {
      const next = urlFor(state);
      if (next !== `${location.pathname}${location.search}`) history[url === 'push' ? 'pushState' : 'replaceState'](null, '', next);
    }
    const normalized = normalizeQuery(query);
    const filtered = hasFilters(state.filters);
    results.dataset['state'] = 'loading';
    if (!normalized && !filtered) {
      status.textContent = strings.prompt;
      results.replaceChildren();
      await this.renderFilters(null);
      if (my !== this.seq) return;
      results.dataset['query'] = state.q;
      results.dataset['state'] = 'done';
      return;
    }
    const filters: Record<string, { any: string[] }> = {};
    for (const key of FILTER_KEYS) {
      const chosen = state.filters[key];
      if (chosen?.length) filters[key] = { any: chosen };
    }
    const res = await pagefind.search(normalized || null, { filters });
    if (my !== this.seq || !res) return;
    await this.renderFilters(res);
    if (my !== this.seq) return;
    const list = el('ol', { class: 'result-list' });
    results.replaceChildren(list);
    const n = res.results.length;
    if (n === 0) {
      status.textContent = fill(filtered ? strings.noneFiltered : strings.none, { query });
      if (!filtered && normalized) await this.handOff(query, my);
    } else {
      status.textContent = fill(n === 1 ? strings.countOne : strings.count, { query, count: n });
      if (!(await this.renderPage(list, res.results, normalized, 0, my))) return;
    }
    if (my !== this.seq) return;
    results.dataset['query'] = state.q;
    results.dataset['state'] = 'done';
  }
}
