import { describe, expect, it } from 'vitest';
import { caseFacets, facetFilters, glossaryFacets, policyFacets } from '~/lib/search/facets';
import { t } from '~/i18n';
import type { CaseData } from '~/schemas/case';
import type { PolicyData } from '~/schemas/policy';

const kt = { country: 'KR', sector: 'company', startYear: 2010, forms: ['centre'] } as CaseData;

describe('facetFilters labels a page in its own language', () => {
  it('gives a case its kind, country, sector, forms and year', () => {
    expect(facetFilters(caseFacets(kt), t('ko'))).toEqual([
      { key: 'kind', value: '사례' },
      { key: 'country', value: '한국' },
      { key: 'sector', value: '기업' },
      { key: 'form', value: '스마트워크센터·원격근무센터' },
      { key: 'year', value: '2010' },
    ]);
    expect(facetFilters(caseFacets(kt), t('en')).map((f) => f.value)).toEqual(['Case', 'Korea', 'Company', 'Smart work / telework centre', '2010']);
  });
  it('gives a policy the Korean government and the year it was adopted', () => {
    const policy = { date: '2010-07', owners: ['pcnis'] } as PolicyData;
    expect(facetFilters(policyFacets(policy), t('en'))).toEqual([
      { key: 'kind', value: 'Policy' },
      { key: 'country', value: 'Korea' },
      { key: 'sector', value: 'Government' },
      { key: 'year', value: '2010' },
    ]);
    expect(facetFilters(policyFacets({ owners: ['kcc'] } as PolicyData), t('en')).map((f) => f.key)).not.toContain('year');
  });
  it('gives the glossary its kind only', () => {
    expect(facetFilters(glossaryFacets, t('ko'))).toEqual([{ key: 'kind', value: '용어' }]);
  });
});
