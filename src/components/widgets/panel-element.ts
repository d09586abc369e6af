/**
 * What the page's filter widgets (case filters, timeline filter) have in
 * common: a custom element that owns a form of
 * controls, hidden until this script runs (without JavaScript the page shows
 * everything), a live status line and a "nothing shown" message, and that
 * touches only its own children. Each widget says what a change does.
 *
 * A widget with `urlState` keeps its controls in the URL (`?country=KR&sort=year`,
 * `?owner=case:kt,policy:national-activation-strategy`), leaving out what is as
 * the page first shows it, so a reload, a shared link and the language switch
 * (which carries the query string) all keep the reader's choice. Values are
 * codes and ids, the same in both languages.
 */
export abstract class PanelElement extends HTMLElement {
  protected form!: HTMLFormElement;
  private status: HTMLElement | null = null;
  private none: HTMLElement | null = null;
  /** Keep the controls in the URL. */
  protected urlState = false;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form');
    if (!form) return;
    this.form = form;
    this.status = this.querySelector<HTMLElement>('[data-panel-status]');
    this.none = this.querySelector<HTMLElement>('[data-panel-none]');
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', (e) => this.changed(e));
    // A reset changes the controls after its event: act once the browser has done so.
    form.addEventListener('reset', () => setTimeout(() => this.commit()));
    if (this.urlState) {
      this.readUrl();
      addEventListener('popstate', () => {
        this.readUrl();
        this.update();
      });
    }
    this.setUp();
    form.hidden = false;
    this.update();
  }

  /** Reads what the widget needs from its children; runs once, before the first update. */
  protected setUp(): void {}

  /** A control changed; by default the view and the URL are brought up to date. */
  protected changed(_event: Event): void {
    this.commit();
  }

  /** Brings the view and (with `urlState`) the URL in line with the controls. */
  protected commit(): void {
    this.update();
    if (this.urlState) this.writeUrl();
  }

  /** Brings what the widget shows in line with its controls. */
  protected abstract update(): void;

  /** The current state in words, for the status line (a live region). */
  protected say(text: string, warn = false): void {
    if (!this.status) return;
    this.status.textContent = text;
    this.status.classList.toggle('warn', warn);
  }

  /** Shows or hides the "nothing matches" message. */
  protected showNone(show: boolean): void {
    if (this.none) this.none.hidden = !show;
  }

  /** Values of the named select or checked boxes of the form. */
  protected checked(name: string): string[] {
    return this.boxes(name).filter((b) => b.checked).map((b) => b.value);
  }

  private boxes(name: string): HTMLInputElement[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)];
  }

  private selects(): HTMLSelectElement[] {
    return [...this.form.querySelectorAll<HTMLSelectElement>('select[name]')];
  }

  private groups(): string[] {
    return [...new Set([...this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]')].map((b) => b.name))];
  }

  private readUrl(): void {
    const params = new URLSearchParams(location.search);
    for (const select of this.selects()) {
      const value = params.get(select.name);
      const option = [...select.options].find((o) => o.value === (value ?? select.options[0]?.value));
      if (option) select.value = option.value;
    }
    for (const name of this.groups()) {
      const value = params.get(name);
      const chosen = new Set(value?.split(',').filter(Boolean));
      for (const b of this.boxes(name)) b.checked = value === null ? b.defaultChecked : chosen.has(b.value);
    }
  }

  private writeUrl(): void {
    const params = new URLSearchParams(location.search);
    for (const select of this.selects()) {
      if (select.selectedIndex <= 0) params.delete(select.name);
      else params.set(select.name, select.value);
    }
    for (const name of this.groups()) {
      const boxes = this.boxes(name);
      if (boxes.every((b) => b.checked === b.defaultChecked)) params.delete(name);
      else params.set(name, boxes.filter((b) => b.checked).map((b) => b.value).join(','));
    }
    // Commas and colons stay readable in the address.
    const search = params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
    const next = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', next);
  }
}
