/**
 * What a page is, for the search filters: its kind, and for cases and
 * policies the country, sector, forms of smart work and start year. Pages
 * carry these as Pagefind filters in their own language, so the filter chips
 * on the Korean search page read 사례, 한국, 재택근무 and on the English page
 * Case, Korea, Working from home.
 */
import type { COUNTRIES, FORMS, SECTORS } from '~/schemas/common';
import type { CaseData } from '~/schemas/case';
import type { PolicyData } from '~/schemas/policy';
// Types only: the search code in the browser imports this module and must not carry the dictionaries.
import type { Dictionary } from '~/i18n';

/**
 * Kinds of page in search results. The editors' guide is labelled as such, and
 * a page that names no kind (about, figures, data, home) is a site page.
 */
export const SEARCH_KINDS = ['case', 'policy', 'topic', 'glossary', 'guide', 'page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Kinds that rank below others that match as well: the editors' guide, which
 * readers rarely look for, and the pages that gather what the case, policy
 * and topic pages say: site pages (about, figures, data, home) and the
 * glossary, which comes first instead for a query that names one of its
 * entries (scripts/build-search-index.ts gives it their names). The glossary
 * ranks lowest of these: one page of 36 short entries holds the words of most
 * questions somewhere, without being about any of them.
 */
export const KIND_BOOST: Partial<Record<SearchKind, number>> = { guide: 0.5, page: 0.75, glossary: 0.6 };

/** Folder of the built site that holds the search index, one Pagefind bundle per language (scripts/build-search-index.ts). */
export const SEARCH_INDEX_DIR = 'pagefind';

/** The filters of the search page, in the order it shows them. */
export const FILTER_KEYS = ['kind', 'country', 'sector', 'form', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface Facets {
  kind: SearchKind;
  country?: (typeof COUNTRIES)[number] | undefined;
  sector?: (typeof SECTORS)[number] | undefined;
  forms?: readonly (typeof FORMS)[number][] | undefined;
  year?: number | undefined;
}

export function caseFacets(data: CaseData): Facets {
  return { kind: 'case', country: data.country, sector: data.sector, forms: data.forms, year: data.startYear };
}

/** Every policy in the atlas is a Korean government strategy; its year is when it was adopted. */
export function policyFacets(data: PolicyData): Facets {
  const year = data.date ? Number(data.date.slice(0, 4)) : undefined;
  return { kind: 'policy', country: 'KR', sector: 'government', year };
}

export const topicFacets: Facets = { kind: 'topic' };
export const glossaryFacets: Facets = { kind: 'glossary' };
export const guideFacets: Facets = { kind: 'guide' };

export interface FilterValue {
  key: FilterKey;
  value: string;
}

/** The filter values a page is indexed under, labelled with the dictionary of its language. */
export function facetFilters(facets: Facets, d: Dictionary): FilterValue[] {
  const out: FilterValue[] = [{ key: 'kind', value: d.search.kinds[facets.kind] }];
  if (facets.country) out.push({ key: 'country', value: d.countries[facets.country] });
  if (facets.sector) out.push({ key: 'sector', value: d.sectors[facets.sector] });
  for (const form of facets.forms ?? []) out.push({ key: 'form', value: d.forms[form] });
  if (facets.year) out.push({ key: 'year', value: String(facets.year) });
  for (const f of out) {
    // Pagefind reads `key:value` and splits several filters at commas.
    if (f.value.includes(',')) throw new Error(`search filter value must not contain a comma: ${f.value}`);
  }
  return out;
}
