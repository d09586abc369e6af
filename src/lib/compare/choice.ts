/**
 * The choice of cases on the compare page as it lives in the URL
 * (`?cases=ntt-data,kt`, in the order the reader chose them), and how a
 * choice is shown. Shared by the page's inline script, its custom element and
 * the tests, so it imports nothing.
 *
 * `parseCaseChoice` and `applyChoice` are also inlined into the page as they
 * are (`${fn}`), to show the chosen columns before the first paint: nothing
 * moves when the page appears. Each is self-contained for that reason: no
 * reference to anything outside its own body.
 */

/** The pair the compare page shows when a reader arrives without a choice: the paper's leading Korean and foreign company cases. */
export const DEFAULT_PAIR: readonly string[] = ['kt', 'bt'];

/** The compare page's own columns: the default pair where both exist, else the first two cases, in the table's order. */
export function defaultChoice(known: readonly string[]): string[] {
  const pair = known.filter((id) => DEFAULT_PAIR.includes(id));
  return pair.length === DEFAULT_PAIR.length ? pair : known.slice(0, 2);
}

/**
 * Reads a `?cases=` value: known ids only, each once, in the order given.
 * `null` (no parameter) gives the defaults (the page's own columns, in their order).
 */
export function parseCaseChoice(known: readonly string[], value: string | null, defaults: readonly string[]): string[] {
  if (value === null) return defaults.filter((id) => known.includes(id));
  const asked = value.split(',').map((s) => s.trim().toLowerCase());
  return asked.filter((id, i) => known.includes(id) && asked.indexOf(id) === i);
}

/** The URL search string for a choice: `?cases=ntt-data,kt`. Commas stay readable. */
export function choiceSearch(ids: readonly string[]): string {
  return `?cases=${ids.map(encodeURIComponent).join(',')}`;
}

/**
 * Shows a choice in a `<compare-cases>` element whose table holds every
 * chosen column: ticks its boxes, shows the chosen
 * columns in the order chosen (the others hidden, after them), marks rows
 * whose visible cells differ, shows the chosen columns' notes in the same
 * order and says what is compared.
 */
export function applyChoice(root: HTMLElement, chosen: readonly string[]): void {
  const rank = (el: HTMLElement) => {
    const i = chosen.indexOf(el.dataset['case'] ?? '');
    return i < 0 ? chosen.length : i;
  };
  // A stable sort: hidden columns and notes keep the page's order after the chosen ones.
  const order = (items: HTMLElement[]) => {
    for (const el of items.sort((a, b) => rank(a) - rank(b))) {
      el.hidden = rank(el) === chosen.length;
      el.parentElement?.append(el);
    }
  };
  for (const b of root.querySelectorAll<HTMLInputElement>('input[name="case"]')) b.checked = chosen.includes(b.value);
  const table = root.querySelector('table');
  if (table) {
    for (const row of table.rows) {
      const cells = [...row.cells].filter((c) => c.dataset['case'] !== undefined);
      order(cells);
      const values = new Set(cells.filter((c) => !c.hidden && c.dataset['v'] !== undefined).map((c) => c.dataset['v']));
      row.classList.toggle('differs', values.size > 1);
    }
    const wrap = table.closest<HTMLElement>('.table-wrap');
    if (wrap) {
      wrap.hidden = chosen.length === 0;
      // The first chosen column in view: scroll snapping would otherwise follow a column it had snapped to.
      wrap.scrollLeft = 0;
    }
  }
  order([...root.querySelectorAll<HTMLElement>('[data-case-notes]')]);
  const status = root.querySelector<HTMLElement>('[data-panel-status]');
  if (status) {
    const title = (id: string) => table?.querySelector(`th[data-case="${id}"]`)?.textContent?.trim() ?? id;
    // A comparison needs two cases.
    const few = chosen.length < 2;
    const msg = few ? root.dataset[chosen.length === 0 ? 'tooFewNone' : 'tooFewOne'] : root.dataset['comparing'];
    status.textContent = (msg ?? '').replace('{titles}', chosen.map(title).join(root.dataset['separator'] ?? ', '));
    status.classList.toggle('warn', few);
  }
}
