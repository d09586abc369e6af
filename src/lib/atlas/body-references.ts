/**
 * The ids an MDX body refers to through <Metric id>, <Term id> and <Cite f>
 * (several facts per <Cite>), read from its syntax tree (mdx-body.ts), so an
 * example written in `code` is not taken for a reference.
 */
import { analyseBody } from './mdx-body';

export function bodyReferences(body: string): { metrics: string[]; terms: string[]; facts: string[] } {
  const { metrics, terms, facts } = analyseBody(body).references;
  return { metrics: metrics.map((r) => r.id), terms: terms.map((r) => r.id), facts: facts.map((r) => r.id) };
}
