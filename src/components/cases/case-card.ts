/**
 * A case card made in the browser from `/{lang}/cases/filter.json`, for the
 * filter results of a paged case index: like CaseCard.astro, without the
 * headline figure (whose note lives on the case's page). Loaded only when a
 * reader filters such an index. Editors' text goes in as text, never as HTML.
 */
import type { CaseFilterData, CaseFilterEntry } from '~/lib/records/case-index';

const element = (tag: string, text = '', className = ''): HTMLElement => {
  const e = document.createElement(tag);
  e.textContent = text;
  if (className) e.className = className;
  return e;
};

/** `strings`: the element's data attributes (caseHref with `{id}`, startYear, notReported, formsLabel). */
export function caseCard(c: CaseFilterEntry, data: CaseFilterData, strings: DOMStringMap): HTMLElement {
  const card = element('li', '', 'card');
  const link = card.appendChild(element('h3')).appendChild(element('a', c.title)) as HTMLAnchorElement;
  link.href = (strings['caseHref'] ?? '').replace('{id}', c.id);
  const year = c.year === null ? (strings['notReported'] ?? '') : String(c.year);
  card.append(element('p', `${data.countries[c.country]} · ${data.sectors[c.sector]} · ${strings['startYear']} ${year}`, 'meta'), element('p', c.summary));
  const tags = card.appendChild(element('ul', '', 'tags'));
  tags.setAttribute('aria-label', strings['formsLabel'] ?? '');
  for (const f of c.forms) tags.append(element('li', data.forms[f]));
  return card;
}
