/**
 * The only search code a reader downloads with the search page: the
 * `<site-search>` element. It fills the box from `?q=` and loads the search
 * interface and the index of the page's language once the reader starts to
 * search: on arrival with a query or filter in the URL, or at the first focus
 * of or typing in the box.
 */
import { FILTER_KEYS } from '~/lib/search/facets';

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
      // Fetch the index alongside the interface rather than after it.
      const preload = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: this.dataset['index'] ?? '' });
      document.head.append(preload);
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
