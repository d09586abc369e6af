/**
 * `<compare-cases>`: the chooser of the compare pages. This function is
 * inlined whole into the page (`${defineCompareCases}`), after the table, with
 * the choice functions of lib/compare/choice.ts as its arguments, so the
 * element takes charge before the first paint and no script file loads.
 * Self-contained for that reason: it refers to nothing outside its body.
 *
 * A page holds only the columns it was built with (the default pair, or a
 * case and its peers). A chosen case whose column is not there is read from
 * its own compare page (`data-case-url`, `{id}` replaced): its header, its
 * cells and its notes are moved into this page's table, where they stay for
 * later choices. While they load, the table keeps its place but is not shown
 * (`aria-busy`), so nothing on screen moves when it appears.
 */
import type { applyChoice, choiceSearch, parseCaseChoice } from '~/lib/compare/choice';

export function defineCompareCases(parse: typeof parseCaseChoice, apply: typeof applyChoice, search: typeof choiceSearch): void {
  if (customElements.get('compare-cases')) return;
  customElements.define(
    'compare-cases',
    class extends HTMLElement {
      connectedCallback(): void {
        const table = this.querySelector('table');
        if (!table) return;
        const form = this.querySelector('form');
        const columns = () => Array.from(table.querySelectorAll<HTMLElement>('thead th[data-case]'), (th) => th.dataset['case'] ?? '');
        const own = columns();
        const boxes = Array.from(this.querySelectorAll<HTMLInputElement>('input[name="case"]'), (b) => b.value);
        // A page without the chooser (a case's comparison with its peers) shows its own columns only.
        const known = boxes.length > 0 ? boxes : own;
        const fromUrl = () => parse(known, new URLSearchParams(location.search).get('cases'), own);
        const loading = new Map<string, Promise<void>>();
        const load = (id: string) => {
          let done = loading.get(id);
          if (!done) {
            done = fetch((this.dataset['caseUrl'] ?? '').replace('{id}', id))
              .then((r) => (r.ok ? r.text() : Promise.reject(new Error())))
              .then((html) => {
                const doc = new DOMParser().parseFromString(html, 'text/html');
                for (const cell of doc.querySelectorAll<HTMLElement>(`#compare-table [data-case="${id}"]`)) {
                  const field = cell.parentElement?.dataset['field'];
                  (field ? table.querySelector(`tr[data-field="${field}"]`) : table.tHead?.rows[0])?.append(document.importNode(cell, true));
                }
                const notes = doc.querySelector(`[data-case-notes="${id}"]`);
                if (notes) this.querySelector('[data-notes]')?.append(document.importNode(notes, true));
              });
            // A failed load may be tried again on the next choice.
            done.catch(() => loading.delete(id));
            loading.set(id, done);
          }
          return done;
        };
        const status = this.querySelector<HTMLElement>('[data-panel-status]');
        const show = () => {
          const chosen = fromUrl();
          const missing = chosen.filter((id) => !columns().includes(id));
          const link = this.querySelector('[data-choose]');
          if (link) link.setAttribute('href', link.getAttribute('href')!.split('?')[0] + search(chosen));
          if (missing.length === 0) return apply(this, chosen);
          this.setAttribute('aria-busy', 'true');
          if (status) status.textContent = this.dataset['loading'] ?? '';
          Promise.all(missing.map(load))
            .then(() => apply(this, fromUrl().filter((id) => columns().includes(id))))
            .catch(() => {
              apply(this, chosen.filter((id) => columns().includes(id)));
              if (status) status.textContent = this.dataset['failed'] ?? '';
            })
            .finally(() => this.removeAttribute('aria-busy'));
        };
        form?.addEventListener('submit', (e) => e.preventDefault());
        // Narrowing the list by name: matching cases show, in their countries, opened.
        const narrow = form?.querySelector<HTMLInputElement>('input[type="search"]');
        narrow?.addEventListener('input', () => {
          const q = narrow.value.trim().toLowerCase();
          for (const label of form!.querySelectorAll<HTMLElement>('.choices label')) label.hidden = !label.textContent!.toLowerCase().includes(q);
          for (const group of form!.querySelectorAll('details')) {
            group.hidden = !group.querySelector('label:not([hidden])');
            if (q) group.open = !group.hidden;
          }
        });
        form?.addEventListener('change', (e) => {
          const box = e.target as HTMLInputElement;
          if (box.name === 'highlight') {
            table.classList.toggle('highlight-diff', box.checked);
            return;
          }
          if (box.name !== 'case') return;
          // The order is the reader's: a case newly ticked goes last. Each change is a history entry, so Back undoes it.
          const before = fromUrl().filter((id) => id !== box.value);
          history.pushState(null, '', search(box.checked ? [...before, box.value] : before) + location.hash);
          show();
        });
        addEventListener('popstate', show);
        // The chooser replaces the note for readers without JavaScript (hidden by CSS once the element is defined), before anything is painted.
        if (form) form.hidden = false;
        const initial = fromUrl();
        if (location.search !== search(initial)) history.replaceState(null, '', search(initial) + location.hash);
        show();
      }
    },
  );
}
