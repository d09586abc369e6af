/** Cases grouped by country, for lists that must stay easy to scan however many cases there are. */
import type { Lang } from '~/schemas/common';
import type { CaseRecord } from '~/lib/atlas/types';
import { t } from '~/i18n';

/** Countries and, in each, cases in the reader's alphabetical order. */
export function groupByCountry(cases: readonly CaseRecord[], lang: Lang): { label: string; cases: { id: string; title: string }[] }[] {
  const d = t(lang);
  const collator = new Intl.Collator(lang);
  const groups = new Map<string, { id: string; title: string }[]>();
  for (const c of cases) {
    const label = d.countries[c.data.country];
    groups.set(label, [...(groups.get(label) ?? []), { id: c.id, title: c.text[lang].title }]);
  }
  return [...groups]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([label, items]) => ({ label, cases: items.sort((a, b) => collator.compare(a.title, b.title)) }));
}
