import { z } from 'astro/zod';
import { factId, form, sector, slug, text } from './common';
import { country } from './countries';
import { event, metric } from './metric';
import { citedText } from './text';

/** `content/cases/<id>.yaml`: the language-neutral facts of one case. */
export const caseData = z
  .object({
    /** The country, as its ISO 3166-1 alpha-2 code (KR, US, DE…); its name in each language comes from the code. */
    country,
    /** A company's own programme, or a government's national picture. */
    sector,
    /** Year the programme started, as the paper reports it; omit if it does not. */
    startYear: z.number().int().min(1990).max(2030).optional(),
    /** Forms of smart work the case uses. */
    forms: z.array(form).min(1),
    /** Policies (ids under content/policies/) the case relates to. */
    policies: z.array(slug).default([]),
    /** Glossary terms (ids in content/glossary.yaml) the case uses. */
    glossary: z.array(slug).default([]),
    /** Facts of the paper (F01–F51) the case page draws on. */
    facts: z.array(factId).min(1),
    /** The metric shown on the case index. */
    headline: z.string().optional(),
    metrics: z.array(metric).default([]),
    events: z.array(event).default([]),
  })
  .strict();
export type CaseData = z.infer<typeof caseData>;

/** The fields of the comparison a case's text answers in a sentence (the rest come from its data). */
export const COMPARE_TEXT_FIELDS = ['scale', 'results', 'security', 'drivers', 'barriers'] as const;
export type CompareTextField = (typeof COMPARE_TEXT_FIELDS)[number];

/** Frontmatter of `content/cases/{ko,en}/<id>.mdx`. */
export const caseText = z
  .object({
    /** The case's name in this language. */
    title: text.min(1),
    /** One or two sentences for cards, search and social previews. */
    summary: text.min(20),
    /** Short field-by-field answers for the comparison table; omit what the paper does not report. */
    compare: z.object(Object.fromEntries(COMPARE_TEXT_FIELDS.map((f) => [f, citedText.optional()])) as Record<CompareTextField, z.ZodOptional<typeof citedText>>).strict(),
    /** Date the page was last changed in substance (YYYY-MM-DD). */
    updated: z.coerce.date(),
  })
  .strict();
export type CaseText = z.infer<typeof caseText>;
