/**
 * The case index in pages of a fixed size, and the small list of every case's
 * filter fields that lets the filters work on all cases when the index has
 * more than one page. Pure: the pages, the element and the tests share it.
 *
 * With up to `CASES_PER_PAGE` cases (the site as it is) the index is one page
 * and the filters work on its cards; beyond that `/{lang}/cases/` is the first
 * page, `/{lang}/cases/page/{n}/` the others, and a filter or the year order
 * lists the matching cases from `/{lang}/cases/filter.json`.
 */
import type { CaseSummary } from './summaries';

export const CASES_PER_PAGE = 50;

/** Korea first, then abroad, each by name in the page's language: the index's order without JavaScript. */
export function indexOrder(summaries: CaseSummary[], lang: string): CaseSummary[] {
  return [...summaries].sort((a, b) => Number(b.domestic) - Number(a.domestic) || a.title.localeCompare(b.title, lang));
}

/** The index's pages, each at most `perPage` cases; one page while they all fit. */
export function indexPages<T>(items: T[], perPage = CASES_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages.length ? pages : [[]];
}

/** Path of page `n` (from 1) of the index below `/{lang}/`. */
export const indexPagePath = (n: number): string => (n === 1 ? 'cases/' : `cases/page/${n}/`);

/** What the filters read of a case: codes, the same in both languages, and what a result shows. */
export interface CaseFilterEntry {
  id: string;
  title: string;
  summary: string;
  country: string;
  sector: string;
  domestic: boolean;
  forms: string[];
  year: number | null;
}

/** `/{lang}/cases/filter.json`: every case's entry, with the labels of the codes once. */
export interface CaseFilterData {
  countries: Record<string, string>;
  sectors: Record<string, string>;
  forms: Record<string, string>;
  cases: CaseFilterEntry[];
}

export function caseFilterData(summaries: CaseSummary[]): CaseFilterData {
  const data: CaseFilterData = { countries: {}, sectors: {}, forms: {}, cases: [] };
  for (const s of summaries) {
    data.countries[s.countryCode] = s.country;
    data.sectors[s.sectorCode] = s.sector;
    for (const f of s.forms) data.forms[f.code] = f.label;
    data.cases.push({
      id: s.id, title: s.title, summary: s.summary, country: s.countryCode, sector: s.sectorCode,
      domestic: s.domestic, forms: s.forms.map((f) => f.code), year: s.startYear ?? null,
    });
  }
  return data;
}

/** The filters' state: '' for "all", as the selects hold it. */
export interface CaseFilterState {
  where: string;
  country: string;
  sector: string;
  form: string;
  sort: string;
}

export const matchesFilter = (c: CaseFilterEntry, f: CaseFilterState): boolean =>
  (!f.where || String(c.domestic) === f.where) &&
  (!f.country || c.country === f.country) &&
  (!f.sector || c.sector === f.sector) &&
  (!f.form || c.forms.includes(f.form));

/** The chosen order: by name, or by start year (cases without one last) and then by name. */
export const byChosenOrder =
  (sort: string, collator: Intl.Collator) =>
  (a: Pick<CaseFilterEntry, 'title' | 'year'>, b: Pick<CaseFilterEntry, 'title' | 'year'>): number =>
    (sort === 'year' ? (a.year ?? 9999) - (b.year ?? 9999) : 0) || collator.compare(a.title, b.title);
