/**
 * Country names in one language, for every ISO 3166-1 alpha-2 code, from the
 * platform (`Intl.DisplayNames`, which carries the Unicode CLDR names), so an
 * editor can add a case from any country with its code alone. The
 * dictionaries override a name only where the site's usage differs.
 */
import { COUNTRY_CODES, type CountryCode } from '~/schemas/countries';
import type { Lang } from '~/schemas/common';

export function countryNames(lang: Lang): Record<CountryCode, string> {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  return Object.fromEntries(COUNTRY_CODES.map((code) => [code, names.of(code) ?? code])) as Record<CountryCode, string>;
}
