/**
 * What the page's filter and choice widgets (case filters, timeline filter,
 * compare chooser) have in common: a custom element that owns a form of
 * controls, hidden until this script runs (without JavaScript the page shows
 * everything), a live status line and a "nothing shown" message, and that
 * touches only its own children. Each widget says what a change does.
 */
export abstract class PanelElement extends HTMLElement {
  protected form!: HTMLFormElement;
  private status: HTMLElement | null = null;
  private none: HTMLElement | null = null;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form');
    if (!form) return;
    this.form = form;
    this.status = this.querySelector<HTMLElement>('[data-panel-status]');
    this.none = this.querySelector<HTMLElement>('[data-panel-none]');
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', (e) => this.changed(e));
    this.setUp();
    form.hidden = false;
    this.update();
  }

  /** Reads what the widget needs from its children; runs once, before the first update. */
  protected setUp(): void {}

  /** A control changed; by default the view is brought up to date. */
  protected changed(_event: Event): void {
    this.update();
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
    return [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((b) => b.checked).map((b) => b.value);
  }
}
