/** The ids an MDX body refers to through <Metric id>, <Term id> and <Cite f> (several facts per <Cite>). */
import { idList } from './provenance';

export function bodyReferences(body: string): { metrics: string[]; terms: string[]; facts: string[] } {
  const all = (re: RegExp) => [...body.matchAll(re)].map((m) => m[1]!);
  return {
    metrics: all(/<Metric\s[^>]*?\bid="([^"]+)"/g),
    terms: all(/<Term\s[^>]*?\bid="([^"]+)"/g),
    facts: all(/<Cite\s[^>]*?\bf="([^"]+)"/g).flatMap(idList),
  };
}
