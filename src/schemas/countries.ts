/**
 * Countries as ISO 3166-1 alpha-2 codes. The list is the standard's, not the
 * site's: every officially assigned code (249, as Debian's iso-codes 4.15
 * lists them), so a case can come from any country without a change to the
 * code. Names in each language come from the platform (`Intl.DisplayNames`,
 * src/i18n/countries.ts), never from a list kept here.
 */
import { z } from 'astro/zod';

export const COUNTRY_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE',
  'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD',
  'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM',
  'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN',
  'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME',
  'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM',
  'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI',
  'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK',
  'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

const ASSIGNED = new Set<string>(COUNTRY_CODES);

export function isCountryCode(value: string): value is CountryCode {
  return ASSIGNED.has(value);
}

/**
 * Codes by their names in English and Korean, lower-cased, to suggest the
 * right code for what an editor wrote: a name (`Germany`, `독일`), or a code
 * the platform knows as an alias of an assigned one (`UK` names the United
 * Kingdom, whose code is GB).
 */
let byName: Map<string, CountryCode> | undefined;
function codesByName(): Map<string, CountryCode> {
  if (byName) return byName;
  byName = new Map();
  for (const lang of ['en', 'ko']) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const code of COUNTRY_CODES) {
      const name = names.of(code);
      if (name) byName.set(name.toLowerCase(), code);
    }
  }
  return byName;
}

function platformName(code: string): string | undefined {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
  } catch {
    return undefined; // not a well-formed region subtag
  }
}

/** The assigned code an editor most likely meant: `gb` → GB, `UK` → GB, `Germany` → DE; undefined when none fits. */
export function suggestCountry(input: string): CountryCode | undefined {
  const trimmed = input.trim();
  const upper = trimmed.toUpperCase();
  if (isCountryCode(upper)) return upper;
  const alias = /^[A-Z]{2}$/.test(upper) ? platformName(upper) : undefined;
  return codesByName().get((alias ?? trimmed).toLowerCase());
}

/** What is wrong with a country that is not an assigned code, and what to write instead. */
export function countryProblem(input: string): string {
  const meant = suggestCountry(input);
  const head = `"${input}" is not an ISO 3166-1 alpha-2 country code`;
  if (meant) return `${head}; did you mean ${meant} (${platformName(meant) ?? meant})?`;
  return `${head}: write the country's two capital letters, e.g. KR, US, DE`;
}

/** A country field: any assigned ISO 3166-1 alpha-2 code. */
export const country = z.string().refine(isCountryCode, (value) => ({ message: countryProblem(value) }));
