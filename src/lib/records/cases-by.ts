/**
 * Cases grouped by keys each case has (the sections it draws on, the terms it
 * uses), each group in the reader's alphabetical order of titles: one pass
 * over the cases, whatever their number.
 */
import type { Lang } from '~/schemas/common';
import type { Atlas, CaseRecord } from '~/lib/atlas/types';

export function casesBy(atlas: Atlas, lang: Lang, keysOf: (c: CaseRecord) => Iterable<string>): Map<string, CaseRecord[]> {
  const collator = new Intl.Collator(lang);
  const byKey = new Map<string, CaseRecord[]>();
  for (const c of atlas.cases) {
    for (const key of new Set(keysOf(c))) {
      const group = byKey.get(key);
      if (group) group.push(c);
      else byKey.set(key, [c]);
    }
  }
  for (const cases of byKey.values()) cases.sort((a, b) => collator.compare(a.text[lang].title, b.text[lang].title));
  return byKey;
}
