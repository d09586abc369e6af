/**
 * Interface text with `{name}` placeholders, filled in: the one convention for
 * every translated string that carries a number or a name. It imports
 * nothing, so browser code can use it as it is.
 *
 *   fill('{shown} of {total} cases shown.', { shown: 3, total: 10 })
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
