/** How a fact of the paper is cited where a reader sees it. */
import type { Lang } from '~/schemas/common';
import type { Fact } from '~/schemas/reference';
import { t } from '~/i18n';
import { anchors, langHref } from '~/lib/routes/paths';

/** Short visible marker: "§3.2 [8][14][15]" / "3.2절 [8][14][15]". */
export function citeMarker(fact: Fact, lang: Lang): string {
  const refs = fact.refs.map((r) => `[${r}]`).join('');
  return `${t(lang).cite.section(fact.section)}${refs ? ` ${refs}` : ''}`;
}

/** Full wording for tables and titles: "the paper, section 3.2, citing its ref. [8] [14]". */
export function citeLabel(fact: Fact, lang: Lang): string {
  return t(lang).cite.label(fact.section, fact.refs);
}

/** Where the marker leads: the paper's section on the about page. */
export function citeHref(fact: Fact, lang: Lang): string {
  return `${langHref(lang, 'about/')}#${anchors.section(fact.section)}`;
}
