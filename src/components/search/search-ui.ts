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

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

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

export async function mountSearch(app: HTMLElement, input: HTMLInputElement): Promise<void> {
  const strings = JSON.parse(app.dataset['strings'] ?? '{}') as Strings;
  const lang = app.dataset['lang'] ?? 'en';
  const otherSearch = app.dataset['otherSearch'] ?? '';
  const pagefindUrl = new URL(app.dataset['pagefind'] ?? '', location.href).href;
  const form = app.querySelector('form')!;
  const status = app.querySelector<HTMLElement>('#search-status')!;
  const results = app.querySelector<HTMLElement>('#search-results')!;
  const filterBox = app.querySelector<HTMLDetailsElement>('#search-filters')!;
  const filterGroups = filterBox.querySelector<HTMLElement>('.filter-groups')!;

  if (input.value.trim()) status.textContent = strings.loading;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    // The index is small: searching on the page saves loading Pagefind's worker script too.
    // Korean words carry particles, so a hit at the start of a longer word
    // (탄소 in 탄소배출량이) is as good as an exact one: soften Pagefind's
    // preference for words of the query's own length.
    await pagefind.options({ noWorker: true, ...(lang === 'ko' ? { ranking: { termSimilarity: 0.3 } } : {}) });
  } catch {
    results.dataset['state'] = 'error';
    status.textContent = strings.failed;
    return;
  }

  let state = readUrl();
  if (!state.q && input.value) state.q = input.value;
  let seq = 0;
  let lastEdit = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let otherInstance: Instance | undefined;
  // Every filter value in the index, fetched alongside the first search.
  const allValues = pagefind.filters().catch((): FilterCounts => ({}));

  /** Results of the same query in the other language's index, for the hand-off. */
  async function countInOtherLanguage(query: string): Promise<number> {
    if (!otherInstance) {
      // A second instance of the page's language with the other language's
      // index merged in: its own results are known to be none, so every result
      // it finds comes from the other language.
      otherInstance = pagefind.createInstance({ noWorker: true });
      await otherInstance.mergeIndex(new URL('.', pagefindUrl).href, { language: app.dataset['otherLang'] ?? 'en' });
    }
    const res = await otherInstance.search(query);
    return res?.results.length ?? 0;
  }

  function order(key: string, values: string[]): string[] {
    if (key === 'kind') {
      const kinds = Object.values(strings.kinds) as string[];
      return [...values].sort((a, b) => kinds.indexOf(a) - kinds.indexOf(b));
    }
    if (key === 'year') return [...values].sort();
    return [...values].sort((a, b) => a.localeCompare(b, lang));
  }

  async function renderFilters(res: SearchResponse | null) {
    const values = await allValues;
    // Redrawing replaces the boxes; keep keyboard focus on the one the reader just used.
    const focused = filterGroups.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : undefined;
    filterGroups.replaceChildren();
    let shown = 0;
    for (const key of FILTER_KEYS) {
      const selected = state.filters[key] ?? [];
      // A group with a choice made shows counts before filtering, so its other values stay reachable.
      const counts = (selected.length ? res?.totalFilters[key] : res?.filters[key]) ?? {};
      const shownValues = order(key, Object.keys(values[key] ?? {})).filter((v) => (counts[v] ?? 0) > 0 || selected.includes(v));
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
        state = { ...state, filters: {} };
        void search({ url: 'push' });
      });
      filterGroups.append(clear);
    }
    if (focused?.name) {
      filterGroups.querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)?.focus();
    } else if (focused) input.focus();
    const wasHidden = filterBox.hidden;
    filterBox.hidden = shown === 0;
    if (wasHidden && !filterBox.hidden) filterBox.open = matchMedia('(min-width: 56rem)').matches || hasFilters(state.filters);
  }

  function renderResult(data: ResultData, query: string): HTMLLIElement {
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

  async function renderPage(list: HTMLOListElement, all: Result[], query: string, from: number, my: number): Promise<boolean> {
    const page = await Promise.all(all.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (my !== seq) return false;
    list.append(...page.map((data) => renderResult(data, query)));
    results.querySelector('.more')?.remove();
    if (from + PAGE_SIZE < all.length) {
      const more = el('button', { type: 'button', class: 'secondary more' }, strings.more);
      more.addEventListener('click', async () => {
        const first = list.children.length;
        more.disabled = true;
        if (await renderPage(list, all, query, from + PAGE_SIZE, seq)) list.children[first]?.querySelector('a')?.focus();
      });
      results.append(more);
    }
    return true;
  }

  async function handOff(query: string, my: number) {
    const target = `${otherSearch}?${new URLSearchParams({ q: query }).toString()}`;
    const link = el('a', { href: target, hreflang: app.dataset['otherLang'] ?? '' }, fill(strings.otherLang, { query }));
    const line = el('p', { class: 'search-handoff' }, link);
    results.append(line);
    try {
      const count = await countInOtherLanguage(normalizeQuery(query));
      if (my !== seq) return;
      if (count > 0) link.textContent = fill(strings.otherLangCount, { query, count });
      else line.replaceChildren(fill(strings.otherLangNone, { query }));
    } catch {
      // The link still works without the count.
    }
  }

  async function search({ url }: { url: 'push' | 'replace' | 'keep' }) {
    const my = ++seq;
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
      await renderFilters(null);
      if (my !== seq) return;
      results.dataset['query'] = state.q;
      results.dataset['state'] = 'done';
      return;
    }
    const filters: Record<string, { any: string[] }> = {};
    for (const key of FILTER_KEYS) if (state.filters[key]?.length) filters[key] = { any: state.filters[key]! };
    const res = await pagefind.search(normalized || null, { filters });
    if (my !== seq || !res) return;
    await renderFilters(res);
    if (my !== seq) return;
    const list = el('ol', { class: 'result-list' });
    results.replaceChildren(list);
    const n = res.results.length;
    if (n === 0) {
      status.textContent = fill(filtered ? strings.noneFiltered : strings.none, { query });
      if (!filtered && normalized) await handOff(query, my);
    } else {
      status.textContent = fill(n === 1 ? strings.countOne : strings.count, { query, count: n });
      if (!(await renderPage(list, res.results, normalized, 0, my))) return;
    }
    if (my !== seq) return;
    results.dataset['query'] = state.q;
    results.dataset['state'] = 'done';
  }

  input.addEventListener('input', () => {
    const now = Date.now();
    const fresh = now - lastEdit > NEW_SEARCH_AFTER_MS && (state.q.trim() !== '' || hasFilters(state.filters));
    lastEdit = now;
    state = { ...state, q: input.value };
    clearTimeout(timer);
    timer = setTimeout(() => void search({ url: fresh ? 'push' : 'replace' }), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    lastEdit = 0;
    state = { ...state, q: input.value };
    void search({ url: 'push' });
  });
  filterGroups.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const key = box.name as FilterKey;
    const current = new Set(state.filters[key] ?? []);
    if (box.checked) current.add(box.value);
    else current.delete(box.value);
    state = { ...state, filters: { ...state.filters, [key]: [...current] } };
    void search({ url: 'push' });
  });
  addEventListener('popstate', () => {
    state = readUrl();
    input.value = state.q;
    void search({ url: 'keep' });
  });

  await search({ url: 'replace' });
}
