/**
 * The search interface, loaded only when a reader starts to search. It loads
 * the index of the page's language, searches it with the same code the tests
 * and benchmarks use (~/lib/search/engine), and shows results with their
 * kind, a clean excerpt and the sections they were found in. The filter
 * panel is drawn whole from the index before the first result, and its counts
 * follow the current results. Query and filters live in the URL (a search can
 * be shared, a filter-only link works, Back works). When nothing matches, it
 * offers the nearest indexed word, then the same query in the other language
 * with the number of results there. Interface text comes from the page
 * (`data-strings`), not from this bundle.
 */
import type { Dictionary } from '~/i18n';
import { FILTER_KEYS, type FilterKey } from '~/lib/search/facets';
import { Searcher, type Hit, type Outcome } from '~/lib/search/engine';
import { buildExcerpt } from '~/lib/search/excerpt';
import type { Fragment, PageEntry, SearchIndex } from '~/lib/search/search-index';
import { fill } from '~/lib/format/fill';

type Strings = Dictionary['search'];
type Selected = Partial<Record<FilterKey, string[]>>;

const PAGE_SIZE = 10;
const EXCERPT_WORDS = 28;
const TYPING_DELAY_MS = 80;
/** Edits this far apart start a new entry in the browser history; closer ones refine the current one. */
const NEW_SEARCH_AFTER_MS = 1500;
/** A query longer than this is shortened in messages, so a pasted paragraph does not fill the screen. */
const MAX_QUERY_SHOWN = 40;

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
function passes(page: PageEntry, filters: Selected, except?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => key === except || !filters[key]?.length || filters[key]!.some((v) => page.filters[key]?.includes(v)));
}

async function loadJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/**
 * The search interface of one `<site-search>` element: it reads its settings
 * from the element's data attributes and touches only the element's children.
 */
export class SearchApp {
  private readonly strings: Strings;
  private readonly otherLang: string;
  private readonly otherSearch: string;
  private readonly indexUrl: string;
  private readonly otherIndexUrl: string;
  private readonly form: HTMLFormElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLElement;
  private readonly filterBox: HTMLDetailsElement;
  private readonly filterGroups: HTMLElement;
  private searcher: Searcher | undefined;
  private other: Promise<Searcher> | undefined;
  private readonly fragments = new Map<string, Promise<Fragment>>();
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
    this.indexUrl = new URL(app.dataset['index'] ?? '', location.href).href;
    this.otherIndexUrl = new URL(app.dataset['otherIndex'] ?? '', location.href).href;
    this.form = part<HTMLFormElement>('form');
    this.status = part<HTMLElement>('.search-status');
    this.results = part<HTMLElement>('.search-results');
    this.filterBox = part<HTMLDetailsElement>('.search-filters');
    this.filterGroups = part<HTMLElement>('.filter-groups');
  }

  async start(): Promise<void> {
    const { input, strings } = this;
    if (input.value.trim()) this.status.textContent = strings.loading;
    // Listen before loading, so nothing typed while the index arrives is lost.
    this.listen();
    try {
      this.searcher = new Searcher(await loadJson<SearchIndex>(this.indexUrl));
    } catch {
      this.results.dataset['state'] = 'error';
      this.status.textContent = strings.failed;
      return;
    }
    // A first search runs slower than the rest while the browser compiles the code: run one on the titles
    // now, so the reader's first does not pay for it.
    this.searcher.search(this.pages.slice(0, 3).map((p) => p.title).join(' '));
    const fromUrl = readUrl();
    // What the reader typed while the index loaded wins over the URL it arrived with.
    this.state = { q: input.value, filters: fromUrl.filters };
    this.drawFilters();
    this.search({ url: 'replace' });
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

  private get pages(): PageEntry[] {
    return this.searcher?.index.pages ?? [];
  }

  /** Pages in the order of their kinds (cases, policies, topics…), then of their titles: a filter-only list. */
  private byKind(pages: PageEntry[]): PageEntry[] {
    const kinds = Object.values(this.strings.kinds) as string[];
    return [...pages].sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.title.localeCompare(b.title, document.documentElement.lang));
  }

  /** Every value of every filter in the index, in the order the panel lists them. */
  private filterValues(key: FilterKey): string[] {
    const values = [...new Set(this.pages.flatMap((p) => p.filters[key] ?? []))];
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
      const values = this.filterValues(key);
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

  /** Each value's count among the results, as if its own group were not chosen (so other values stay reachable). */
  private updateFilters(found: PageEntry[], query: string): void {
    const { filters } = this.state;
    // A query that found nothing has nothing to narrow; every other state shows the whole panel.
    this.filterBox.hidden = query !== '' && !found.length && !hasFilters(filters);
    for (const box of this.filterGroups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const key = box.name as FilterKey;
      const count = found.filter((p) => passes(p, filters, key) && p.filters[key]?.includes(box.value)).length;
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

  private fragment(page: PageEntry): Promise<Fragment> {
    let f = this.fragments.get(page.fragment);
    if (!f) {
      f = loadJson<Fragment>(new URL(`${this.searcher!.index.lang}/${page.fragment}`, this.indexUrl).href);
      this.fragments.set(page.fragment, f);
    }
    return f;
  }

  private renderResult(page: PageEntry, fragment: Fragment, terms: ReadonlySet<string>): HTMLLIElement {
    const { strings } = this;
    const excerpt = buildExcerpt(fragment, terms, EXCERPT_WORDS);
    const href = new URL(`..${page.url}`, this.indexUrl).href;
    const item = el('li', { class: 'search-result' });
    item.append(el('span', { class: 'result-kind' }, el('span', { class: 'sr-only' }, `${strings.kindLabel}: `), page.kind));
    item.append(el('h2', { class: 'result-title' }, el('a', { class: 'result-link', href }, page.title)));
    const p = el('p', { class: 'result-excerpt' });
    for (const part of excerpt.parts) p.append(part.mark ? el('mark', {}, part.text) : part.text);
    item.append(p);
    if (excerpt.sections.length) {
      const list = el('ul', { class: 'result-sections', 'aria-label': strings.section });
      for (const s of excerpt.sections) list.append(el('li', {}, el('a', { href: `${href}#${encodeURIComponent(s.id)}` }, s.title)));
      item.append(list);
    }
    return item;
  }

  private async renderPage(list: HTMLOListElement, shown: { page: PageEntry; terms: ReadonlySet<string> }[], from: number, my: number): Promise<boolean> {
    const slice = shown.slice(from, from + PAGE_SIZE);
    const fragments = await Promise.all(slice.map((r) => this.fragment(r.page).catch((): Fragment => ({ blocks: [], anchors: [] }))));
    if (my !== this.seq) return false;
    list.append(...slice.map((r, i) => this.renderResult(r.page, fragments[i]!, r.terms)));
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

  /** The same query in the other language's index, run as that language's search page would run it. */
  private async otherCount(query: string): Promise<number> {
    this.other ??= loadJson<SearchIndex>(this.otherIndexUrl).then((index) => new Searcher(index));
    return (await this.other).search(query).hits.length;
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

  /** "Did you mean …?" with the nearest indexed words, as a link that searches for them. */
  private suggestion(outcome: Outcome): HTMLElement | undefined {
    if (!outcome.suggestion) return undefined;
    const link = el('a', { href: `${location.pathname}${queryString(outcome.suggestion, this.state.filters)}`, class: 'suggestion-link' }, outcome.suggestion);
    link.addEventListener('click', (e) => {
      e.preventDefault();
      this.input.value = outcome.suggestion!;
      this.state = { ...this.state, q: outcome.suggestion! };
      this.search({ url: 'push' });
    });
    const [before, after] = this.strings.didYouMean.split('{suggestion}');
    return el('p', { class: 'search-suggestion' }, before ?? '', link, after ?? '');
  }

  private search({ url }: { url: 'push' | 'replace' | 'keep' }): void {
    void this.run(url);
  }

  private async run(url: 'push' | 'replace' | 'keep'): Promise<void> {
    const { strings, status, results, searcher } = this;
    if (!searcher) return;
    const my = ++this.seq;
    const state = this.state;
    results.dataset['state'] = 'loading';
    const query = state.q.trim();
    if (url !== 'keep') {
      const next = `${location.pathname}${queryString(state.q, state.filters)}`;
      if (next !== `${location.pathname}${location.search}`) history[url === 'push' ? 'pushState' : 'replaceState'](null, '', next);
    }
    const filtered = hasFilters(state.filters);
    const outcome = query ? searcher.search(query) : undefined;
    const found: { page: PageEntry; terms: ReadonlySet<string> }[] = outcome
      ? outcome.hits.map((h: Hit) => ({ page: this.pages[h.page]!, terms: h.terms }))
      : filtered
        ? this.byKind(this.pages.filter((p) => p.filters['kind']?.length)).map((page) => ({ page, terms: new Set<string>() }))
        : [];
    this.updateFilters(found.map((f) => f.page), query);
    const shown = found.filter((f) => passes(f.page, state.filters));
    const list = el('ol', { class: 'result-list' });
    results.replaceChildren(list);
    const quoted = shortQuery(query);
    if (!query && !filtered) {
      status.textContent = strings.prompt;
    } else if (!shown.length) {
      status.textContent = query ? fill(filtered ? strings.noneFiltered : strings.none, { query: quoted }) : strings.noneForFilters;
      const hint = outcome && this.suggestion(outcome);
      if (hint) results.prepend(hint);
      if (query && !filtered) await this.handOff(query, my);
    } else {
      const n = shown.length;
      if (outcome?.corrected) status.textContent = fill(strings.corrected, { query: quoted, suggestion: shortQuery(outcome.suggestion ?? '') });
      else if (query) status.textContent = fill(n === 1 ? strings.countOne : strings.count, { query: quoted, count: n });
      else status.textContent = fill(n === 1 ? strings.filteredOne : strings.filtered, { count: n });
      const hint = outcome && this.suggestion(outcome);
      if (hint) results.prepend(hint);
      if (!(await this.renderPage(list, shown, 0, my))) return;
    }
    if (my !== this.seq) return;
    results.dataset['query'] = state.q;
    results.dataset['state'] = 'done';
  }
}
