/** How a fact of the paper is named in plain text (the chart CSV files), and facts by id. */
import type { Lang } from '~/schemas/common';
import type { Fact } from '~/schemas/reference';
import type { Atlas } from '~/lib/atlas/types';
import { t } from '~/i18n';
import { fill } from '~/lib/format/fill';

/** Full wording for tables and titles: "the paper, section 3.2, citing its ref. [8] [14]". */
export function citeLabel(fact: Fact, lang: Lang): string {
  const c = t(lang).cite;
  const refs = fact.refs.map((r) => `[${r}]`).join(' ');
  return fill(refs ? c.labelWithRefs : c.label, { section: fact.section, refs });
}

/** Facts by id, in the order given; an unknown id is a programming error (content is checked before pages run). */
export function factsOf(atlas: Atlas, ids: readonly string[]): Fact[] {
  return ids.map((id) => {
    const fact = atlas.facts.get(id);
    if (!fact) throw new Error(`unknown fact "${id}"`);
    return fact;
  });
}
