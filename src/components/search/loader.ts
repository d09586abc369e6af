/**
 * The only search code a reader downloads with the search page. It fills the
 * box from `?q=` and loads the search interface (and through it Pagefind and
 * the index) once the reader starts to search: on arrival with a query or
 * filter in the URL, or at the first focus of or typing in the box.
 */
import { FILTER_KEYS } from '~/lib/search/facets';

export function startSearchWhenAsked(): void {
  const app = document.getElementById('search-app');
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  if (!app || !input) return;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // Fetch Pagefind alongside the interface rather than after it.
    const preload = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: app.dataset['pagefind'] ?? '' });
    document.head.append(preload);
    void import('./search-ui').then((ui) => ui.mountSearch(app, input));
  };
  if (input.value.trim() || FILTER_KEYS.some((k) => params.has(k))) start();
  else {
    input.addEventListener('focus', start, { once: true });
    input.addEventListener('input', start, { once: true });
  }
}
