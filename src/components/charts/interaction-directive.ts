/**
 * `client:interaction`: hydrates an island only when the reader interacts
 * with it, never because it scrolled into view. Pointing at the chart with a
 * mouse or pen, or moving the keyboard focus into it, fetches its code;
 * activating "Explore" (`[data-explore]`) hydrates it and marks the island so
 * the component opens the interactive chart at once. A touch that starts a
 * scroll fetches nothing. Registered in astro.config.mjs and inlined into the
 * pages that have such an island (esbuild bundles it alone: no imports).
 */
import type { ClientDirective } from 'astro';

const interaction: ClientDirective = (load, _options, el) => {
  let loading: ReturnType<typeof load> | undefined;
  const fetchCode = () => (loading ??= load());
  el.addEventListener('pointerenter', (e) => e.pointerType !== 'touch' && void fetchCode(), { once: true });
  el.addEventListener('focusin', () => void fetchCode(), { once: true });
  const explore = async (e: Event) => {
    if (!(e.target instanceof Element) || !e.target.closest('[data-explore]')) return;
    el.removeEventListener('click', explore);
    el.setAttribute('data-explore', '');
    const hydrate = await fetchCode();
    await hydrate();
  };
  el.addEventListener('click', explore);
};

export default interaction;
