/**
 * The synonym list of one language, as search uses it: every glossary term
 * with its other names (`aka`), and every group of content/synonyms.yaml.
 * Groups that share a word or phrase are merged into one, so an editor may
 * list a new variant of a glossary term without repeating its other names.
 */
import type { Lang } from '~/schemas/common';
import type { GlossaryTerm } from '~/schemas/reference';
import type { SynonymGroup } from '~/schemas/synonyms';
import { phraseKey, wordsOf } from './words';

/** The key a variant is compared by: its terms run together (재택 근무 = 재택근무). */
export const variantKey = (variant: string): string => phraseKey(wordsOf(variant));

export function synonymGroups(glossary: readonly GlossaryTerm[], groups: readonly SynonymGroup[], lang: Lang): string[][] {
  const lists = [
    ...glossary.map((g) => [g.term[lang], ...(g.aka?.[lang] ?? [])]),
    ...groups.map((g) => g[lang]),
  ].filter((l) => l.length > 1);
  // Union of lists that share a key, keeping each variant once in the order first met.
  const merged: { keys: Set<string>; variants: string[] }[] = [];
  for (const list of lists) {
    const keys = new Set(list.map(variantKey).filter(Boolean));
    const overlapping = merged.filter((m) => [...keys].some((k) => m.keys.has(k)));
    const target = { keys, variants: [] as string[] };
    for (const m of overlapping) {
      for (const k of m.keys) target.keys.add(k);
      target.variants.push(...m.variants);
      merged.splice(merged.indexOf(m), 1);
    }
    target.variants.push(...list);
    merged.push(target);
  }
  return merged.map((m) => {
    const seen = new Set<string>();
    return m.variants.filter((v) => {
      const k = variantKey(v);
      if (!k || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  });
}
