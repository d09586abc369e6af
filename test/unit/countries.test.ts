/**
 * Countries: any assigned ISO 3166-1 alpha-2 code, named in each language by
 * the platform, and a helpful message for what is not a code.
 */
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, country, countryProblem, suggestCountry } from '~/schemas/countries';
import { countryNames } from '~/i18n/countries';
import { t } from '~/i18n';

describe('the list of codes', () => {
  it('holds the 249 assigned codes, each two capital letters, once', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('names every code in both languages, with no comma (the search filters split at commas)', () => {
    for (const lang of ['en', 'ko'] as const) {
      const names = countryNames(lang);
      for (const code of COUNTRY_CODES) {
        expect(names[code], `${lang} ${code}`).not.toBe(code);
        expect(names[code], `${lang} ${code}`).not.toContain(',');
      }
    }
  });

  it('names a country as the site calls it: Korea by its short name, the rest by the platform', () => {
    expect([t('en').countries.KR, t('ko').countries.KR]).toEqual(['Korea', '한국']);
    expect([t('en').countries.DE, t('ko').countries.DE]).toEqual(['Germany', '독일']);
    expect([t('en').countries.GB, t('ko').countries.GB]).toEqual(['United Kingdom', '영국']);
  });
});

describe('what is not a code', () => {
  it.each([
    ['UK', 'GB'],
    ['uk', 'GB'],
    ['de', 'DE'],
    ['Germany', 'DE'],
    ['독일', 'DE'],
    [' Japan ', 'JP'],
    ['FX', 'FR'],
    ['XX', undefined],
    ['EU', undefined],
    ['ZZ', undefined],
    ['DEU', undefined],
  ])('%j suggests %s', (input, expected) => expect(suggestCountry(input)).toBe(expected));

  it('is refused with the suggestion, or with what to write', () => {
    expect(countryProblem('UK')).toBe('"UK" is not an ISO 3166-1 alpha-2 country code; did you mean GB (United Kingdom)?');
    expect(countryProblem('EU')).toBe('"EU" is not an ISO 3166-1 alpha-2 country code: write the country\'s two capital letters, e.g. KR, US, DE');
    expect(country.safeParse('DE').success).toBe(true);
    expect(country.safeParse('EU').success).toBe(false);
  });
});
