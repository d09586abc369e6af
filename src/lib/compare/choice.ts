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

/** The pair shown when a reader arrives without a choice: the paper's leading Korean and foreign company cases. */
export const DEFAULT_PAIR: readonly string[] = ['kt', 'bt'];

/** The fewest cases a comparison needs. */
export const MIN_CHOICE = 2;

/**
 * Reads a `?cases=` value: known ids only, each once, in the order given.
 * `null` (no parameter) gives the default pair, in the table's order.
 */
export function parseCaseChoice(known: readonly string[], value: string | null, defaults: readonly string[]): string[] {
  if (value === null) return known.filter((id) => defaults.includes(id));
  const asked = value.split(',').map((s) => s.trim().toLowerCase());
  return asked.filter((id, i) => known.includes(id) && asked.indexOf(id) === i);
}

/** The URL search string for a choice: `?cases=ntt-data,kt`. Commas stay readable. */
export function choiceSearch(ids: readonly string[]): string {
  return `?cases=${ids.map(encodeURIComponent).join(',')}`;
}

/**
 * Shows a choice in a `<compare-cases>` element: ticks its boxes, shows the
 * chosen columns in the order chosen (the others hidden, after them), marks
 * rows whose visible cells differ, hides the notes only hidden columns cite,
 * reveals the chooser and says what is compared.
 */
export function applyChoice(root: HTMLElement, chosen: readonly string[]): void {
  const boxes = Array.from(root.querySelectorAll<HTMLInputElement>('input[name="case"]'));
  for (const b of boxes) b.checked = chosen.includes(b.value);
  const table = root.querySelector('table');
  if (table) {
    const rank = (id: string | undefined) => {
      const i = chosen.indexOf(id ?? '');
      return i < 0 ? chosen.length : i;
    };
    for (const row of Array.from(table.rows)) {
      const cells = Array.from(row.cells).filter((c) => c.dataset['case'] !== undefined);
      // A stable sort: hidden columns keep the table's order after the chosen ones.
      cells.sort((a, b) => rank(a.dataset['case']) - rank(b.dataset['case']));
      for (const cell of cells) {
        cell.hidden = !chosen.includes(cell.dataset['case'] ?? '');
        row.append(cell);
      }
      const values = new Set(cells.filter((c) => !c.hidden && c.dataset['v'] !== undefined).map((c) => c.dataset['v']));
      row.classList.toggle('differs', values.size > 1);
    }
    const wrap = table.closest<HTMLElement>('.table-wrap');
    if (wrap) wrap.hidden = chosen.length === 0;
  }
  const notes = Array.from(root.querySelectorAll<HTMLElement>('[data-note-cases]'));
  for (const n of notes) n.hidden = !(n.dataset['noteCases'] ?? '').split(' ').some((id) => chosen.includes(id));
  const list = root.querySelector<HTMLElement>('.notes');
  if (list) list.hidden = notes.every((n) => n.hidden);
  const form = root.querySelector('form');
  if (form) form.hidden = false;
  root.querySelector('[data-all-shown]')?.setAttribute('hidden', '');
  const status = root.querySelector<HTMLElement>('[data-panel-status]');
  if (status) {
    const title = (id: string) => boxes.find((b) => b.value === id)?.dataset['title'] ?? id;
    const few = chosen.length < 2;
    const msg = few ? root.dataset[chosen.length === 0 ? 'tooFewNone' : 'tooFewOne'] : root.dataset['comparing'];
    status.textContent = (msg ?? '').replace('{titles}', chosen.map(title).join(root.dataset['separator'] ?? ', '));
    status.classList.toggle('warn', few);
  }
}
