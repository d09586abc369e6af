/** The case index in pages, and the filter fields that let its filters work on every case. */
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../support/atlas';
import { caseSummaries, type CaseSummary } from '~/lib/records/summaries';
import { byChosenOrder, caseFilterData, CASES_PER_PAGE, indexOrder, indexPagePath, indexPages, matchesFilter } from '~/lib/records/case-index';

const atlas = await realAtlas();
const none = { where: '', country: '', sector: '', form: '', sort: 'name' };

/** `n` cases made from the real ones, each with its own id and title. */
const many = (n: number): CaseSummary[] => {
  const real = caseSummaries(atlas, 'en');
  return Array.from({ length: n }, (_, i) => ({ ...real[i % real.length]!, id: `c${i}`, title: `${real[i % real.length]!.title} ${String(i).padStart(4, '0')}` }));
};

describe('the case index in pages', () => {
  it('is one page while every case fits, as the real site is', () => {
    expect(indexPages(atlas.cases)).toEqual([atlas.cases]);
    expect(indexPages(many(CASES_PER_PAGE))).toHaveLength(1);
    expect(indexPages([])).toEqual([[]]);
  });

  it('splits more cases into full pages and a last one, each case once, in order', () => {
    const cases = many(2 * CASES_PER_PAGE + 7);
    const pages = indexPages(cases);
    expect(pages.map((p) => p.length)).toEqual([CASES_PER_PAGE, CASES_PER_PAGE, 7]);
    expect(pages.flat()).toEqual(cases);
    expect([1, 2, 3].map(indexPagePath)).toEqual(['cases/', 'cases/page/2/', 'cases/page/3/']);
  });

  it.each(['ko', 'en'] as const)('lists Korea first, then abroad, each by name in %s', (lang) => {
    const order = indexOrder(caseSummaries(atlas, lang), lang);
    const firstAbroad = order.findIndex((s) => !s.domestic);
    expect(order.slice(firstAbroad).every((s) => !s.domestic)).toBe(true);
    for (const part of [order.slice(0, firstAbroad), order.slice(firstAbroad)]) {
      expect(part.map((s) => s.title)).toEqual(part.map((s) => s.title).sort((a, b) => a.localeCompare(b, lang)));
    }
  });
});

describe('the filter fields of every case', () => {
  it.each(['ko', 'en'] as const)('hold each %s case once, with labels for every code they use', (lang) => {
    const data = caseFilterData(caseSummaries(atlas, lang));
    expect(data.cases.map((c) => c.id).sort()).toEqual(atlas.cases.map((c) => c.id).sort());
    for (const c of data.cases) {
      const rec = atlas.cases.find((r) => r.id === c.id)!;
      expect(c).toMatchObject({ title: rec.text[lang].title, country: rec.data.country, sector: rec.data.sector, forms: rec.data.forms, year: rec.data.startYear ?? null });
      expect(data.countries[c.country]).toBeTruthy();
      expect(data.sectors[c.sector]).toBeTruthy();
      for (const f of c.forms) expect(data.forms[f]).toBeTruthy();
    }
  });

  it('match the filters as the records say', () => {
    const { cases } = caseFilterData(caseSummaries(atlas, 'en'));
    const ids = (f: Partial<typeof none>) => cases.filter((c) => matchesFilter(c, { ...none, ...f })).map((c) => c.id).sort();
    const records = (p: (r: (typeof atlas.cases)[number]) => boolean) => atlas.cases.filter(p).map((r) => r.id).sort();
    expect(ids({})).toEqual(records(() => true));
    expect(ids({ where: 'true' })).toEqual(records((r) => r.data.country === 'KR'));
    expect(ids({ where: 'false', form: 'centre' })).toEqual(records((r) => r.data.country !== 'KR' && r.data.forms.includes('centre')));
    expect(ids({ sector: 'government' })).toEqual(records((r) => r.data.sector === 'government'));
    expect(ids({ country: 'GB', sector: 'government', form: 'centre' })).toEqual(
      records((r) => r.data.country === 'GB' && r.data.sector === 'government' && r.data.forms.includes('centre')),
    );
  });

  it('sort by start year with cases without one last, then by name', () => {
    const order = byChosenOrder('year', new Intl.Collator('en'));
    const list = [
      { title: 'B', year: null },
      { title: 'C', year: 2001 },
      { title: 'A', year: 2010 },
      { title: 'A', year: null },
      { title: 'D', year: 2001 },
    ];
    expect(list.sort(order).map((c) => `${c.title}${c.year ?? ''}`)).toEqual(['C2001', 'D2001', 'A2010', 'A', 'B']);
    expect(['b', 'a', 'c'].map((title) => ({ title, year: 1 })).sort(byChosenOrder('name', new Intl.Collator('en'))).map((c) => c.title)).toEqual(['a', 'b', 'c']);
  });
});
