/** How a fact of the paper is cited where a reader sees it. */
import type { Lang } from '~/schemas/common';
import type { Fact } from '~/schemas/reference';
import type { Atlas } from '~/lib/atlas/types';
import { t } from '~/i18n';
import { anchors, langHref } from '~/lib/routes/paths';
import { fill } from '~/lib/format/fill';

/** Short visible marker: "§3.2 [8][14][15]" / "3.2절 [8][14][15]". */
export function citeMarker(fact: Fact, lang: Lang): string {
  const refs = fact.refs.map((r) => `[${r}]`).join('');
  return `${fill(t(lang).cite.section, { section: fact.section })}${refs ? ` ${refs}` : ''}`;
}

/** Full wording for tables and titles: "the paper, section 3.2, citing its ref. [8] [14]". */
export function citeLabel(fact: Fact, lang: Lang): string {
  const c = t(lang).cite;
  const refs = fact.refs.map((r) => `[${r}]`).join(' ');
  return fill(refs ? c.labelWithRefs : c.label, { section: fact.section, refs });
}

/** Where the marker leads: the paper's section on the about page. */
export function citeHref(fact: Fact, lang: Lang): string {
  return `${langHref(lang, 'about/')}#${anchors.section(fact.section)}`;
}

/** Facts that read the same to a reader (same section, same references) get one marker, not several identical ones. */
export function distinctCitations(facts: readonly Fact[], lang: Lang): Fact[] {
  const byMarker = new Map<string, Fact>();
  for (const f of facts) if (!byMarker.has(citeMarker(f, lang))) byMarker.set(citeMarker(f, lang), f);
  return [...byMarker.values()];
}

/** Facts cited the same way share one link, which names them all: the source line of a chart. */
export function citationGroups(facts: readonly Fact[], lang: Lang): { label: string; href: string; ids: string[] }[] {
  const groups: { label: string; href: string; ids: string[] }[] = [];
  for (const fact of facts) {
    const label = citeLabel(fact, lang);
    const same = groups.find((x) => x.label === label);
    if (same) same.ids.push(fact.id);
    else groups.push({ label, href: citeHref(fact, lang), ids: [fact.id] });
  }
  return groups;
}

/** Facts by id, in the order given; an unknown id is a programming error (content is checked before pages run). */
export function factsOf(atlas: Atlas, ids: readonly string[]): Fact[] {
  return ids.map((id) => {
    const fact = atlas.facts.get(id);
    if (!fact) throw new Error(`unknown fact "${id}"`);
    return fact;
  });
}
