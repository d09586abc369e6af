/**
 * Vocabulary shared by every schema. Built on `astro/zod` (Zod 3) rather than
 * `astro:content` so the same schemas run in Astro, in Vitest and in the
 * stand-alone content checker.
 */
import { z } from 'astro/zod';

export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Text written once per language, side by side, for short data labels. */
export const localized = z
  .object({ ko: z.string().min(1), en: z.string().min(1) })
  .strict();
export type Localized = z.infer<typeof localized>;

export const COUNTRIES = ['KR', 'US', 'NL', 'JP', 'GB'] as const;
export const SECTORS = ['company', 'government'] as const;
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
export const OWNERS = ['pcnis', 'mopas', 'kcc'] as const;
export const SECTIONS = ['1', '2.1', '2.2', '3.1', '3.2', '3.3', '4'] as const;

/** A fact of FACTS.md, F01–F51. */
export const factId = z.string().regex(/^F(0[1-9]|[1-4][0-9]|5[01])$/, 'a fact id from F01 to F51');

/** Lower-case ids with hyphens, as used in URLs. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');

export const yearMonth = z.string().regex(/^\d{4}(-\d{2})?$/, 'YYYY or YYYY-MM');
