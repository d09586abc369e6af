/**
 * The only search code a reader downloads with the search page: the
 * `<site-search>` element. It fills the box from `?q=` and loads the search
 * interface (and through it Pagefind and the index of the page's language)
 * once the reader starts to search: on arrival with a query or filter in the
 * URL, or at the first focus of or typing in the box.
 */
import { FILTER_KEYS } from '~/lib/search/facets';
import { PAGEFIND_WASM, SYNONYMS_FILE } from '~/lib/search/lists';

class SiteSearch extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) return;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const start = () => {
      if (this.started) return;
      this.started = true;
      // Fetch Pagefind, its WebAssembly and the synonym list alongside the interface rather than after it.
      const bundle = new URL(this.dataset['pagefind'] ?? '', location.href);
      const link = (rel: string, file: string, as?: string) =>
        document.head.append(Object.assign(document.createElement('link'), { rel, href: new URL(file, bundle).href, ...(as ? { as, crossOrigin: 'anonymous' } : {}) }));
      link('modulepreload', 'pagefind.js');
      link('preload', PAGEFIND_WASM, 'fetch');
      link('preload', SYNONYMS_FILE, 'fetch');
      void import('./search-ui').then(({ SearchApp }) => new SearchApp(this, input).start());
    };
    if (input.value.trim() || FILTER_KEYS.some((k) => params.has(k))) start();
    else {
      input.addEventListener('focus', start, { once: true });
      input.addEventListener('input', start, { once: true });
    }
  }
}

customElements.define('site-search', SiteSearch);
