/**
 * `<compare-cases>`: the chooser of the compare page. This function is
 * inlined whole into the page (`${defineCompareCases}`), after the table, with
 * the choice functions of lib/compare/choice.ts as its arguments, so the
 * element takes charge before the first paint: the columns the URL names are
 * shown, in their order, before anything is drawn, and no script file loads.
 * Self-contained for that reason: it refers to nothing outside its body.
 */
import type { applyChoice, choiceSearch, parseCaseChoice } from '~/lib/compare/choice';

export function defineCompareCases(parse: typeof parseCaseChoice, apply: typeof applyChoice, search: typeof choiceSearch, defaults: readonly string[]): void {
  if (customElements.get('compare-cases')) return;
  customElements.define(
    'compare-cases',
    class extends HTMLElement {
      connectedCallback(): void {
        const form = this.querySelector('form');
        if (!form) return;
        const known = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="case"]'), (b) => b.value);
        const fromUrl = () => parse(known, new URLSearchParams(location.search).get('cases'), defaults);
        const show = () => apply(this, fromUrl());
        form.addEventListener('submit', (e) => e.preventDefault());
        form.addEventListener('change', (e) => {
          const box = e.target as HTMLInputElement;
          if (box.name === 'highlight') {
            this.querySelector('table')?.classList.toggle('highlight-diff', box.checked);
            return;
          }
          // The order is the reader's: a case newly ticked goes last. Each change is a history entry, so Back undoes it.
          const before = fromUrl().filter((id) => id !== box.value);
          history.pushState(null, '', search(box.checked ? [...before, box.value] : before) + location.hash);
          show();
        });
        addEventListener('popstate', show);
        const initial = fromUrl();
        if (location.search !== search(initial)) history.replaceState(null, '', search(initial) + location.hash);
        show();
      }
    },
  );
}
