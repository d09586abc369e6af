/**
 * The choice of cases on the compare page as it lives in the URL
 * (`?cases=kt,bt`). Shared by the page's script and the tests, so it imports
 * nothing: it is bundled for the browser as it is.
 */

/** The pair shown when a reader arrives without a choice: the paper's leading Korean and foreign company cases. */
export const DEFAULT_PAIR: readonly string[] = ['kt', 'bt'];

/** The fewest cases a comparison needs. */
export const MIN_CHOICE = 2;

/**
 * Reads a `?cases=` value: known ids only, each once, in the order of `known`
 * so that the same choice always gives the same URL. `null` (no parameter)
 * gives the default pair.
 */
export function parseCaseChoice(known: readonly string[], value: string | null): string[] {
  if (value === null) return known.filter((id) => DEFAULT_PAIR.includes(id));
  const asked = new Set(value.split(',').map((s) => s.trim().toLowerCase()));
  return known.filter((id) => asked.has(id));
}

/** The URL search string for a choice: `?cases=bt,kt`. Commas stay readable. */
export function choiceSearch(ids: readonly string[]): string {
  return `?cases=${ids.map(encodeURIComponent).join(',')}`;
}
