/**
 * Vocabulary shared by every schema. Built on `astro/zod` (Zod 3) rather than
 * `astro:content` so the same schemas run in Astro, in Vitest and in the
 * stand-alone content checker.
 */
import { z } from 'astro/zod';
import { COUNTRY_CODES } from './countries';

export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Any text a reader sees. Control characters (below U+0020 but tab and line
 * breaks) are refused: they are invisible in an editor, and no page, feed or
 * data file can carry them faithfully. Everything else is allowed, markup
 * characters included, since every place that shows text escapes it.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const text = z.string().regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'contains a control character (an invisible code below U+0020 other than a tab or a line break); delete it');

/** Text written once per language, side by side, for short data labels. */
export const localized = z
  .object({ ko: text.min(1), en: text.min(1) })
  .strict();
export type Localized = z.infer<typeof localized>;

/**
 * A closed list that is the site's own vocabulary: code behaves differently
 * for each value (filters, formatting, marks on charts), so a new value is
 * added in code, and the error says where and why. Lists an editor extends
 * with names alone live in content/ instead (bases, owners, the paper's
 * sections).
 */
export function vocabulary<const T extends readonly [string, ...string[]]>(values: T, explain: { what: string; why: string }) {
  return z.enum(values as unknown as [T[number], ...T[number][]], {
    errorMap: (issue, ctx) =>
      issue.code === 'invalid_enum_value'
        ? { message: `"${String(issue.received)}" is not ${explain.what}; expected one of: ${values.join(', ')}. ${explain.why}` }
        : { message: ctx.defaultError },
  });
}

/** Any assigned ISO 3166-1 alpha-2 code (src/schemas/countries.ts). */
export const COUNTRIES = COUNTRY_CODES;
/** A company's own programme, or a government's national picture. */
export const SECTORS = ['company', 'government'] as const;
export const sector = vocabulary(SECTORS, {
  what: 'a sector of the atlas',
  why: 'Sectors are the site’s vocabulary: the case filters, the search and the comparison group by them, and every policy counts as government. To add one, add it to SECTORS in src/schemas/common.ts and name it under sectors in src/i18n/en.ts and ko.ts.',
});
/** Forms of smart work the paper distinguishes (F02, F13, F32–F34, F40, F43). */
export const FORMS = [
  'telework',
  'home',
  'partial-home',
  'centre',
  'smart-office',
  'mobile',
  'flexible-hours',
  'virtual-desktop',
  'job-sharing',
] as const;
export const form = vocabulary(FORMS, {
  what: 'a form of smart work of the atlas',
  why: 'The forms are the paper’s own distinctions and the filters of the case index, the search and the comparison. To add one, add it to FORMS in src/schemas/common.ts and name it under forms in src/i18n/en.ts and ko.ts.',
});

/** A fact of FACTS.md, F01–F51. */
export const factId = z.string().regex(/^F(0[1-9]|[1-4][0-9]|5[01])$/, 'a fact id from F01 to F51');

/** Lower-case ids with hyphens, as used in URLs. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');

export const yearMonth = z.string().regex(/^\d{4}(-\d{2})?$/, 'YYYY or YYYY-MM');
