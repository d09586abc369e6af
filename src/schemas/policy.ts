import { z } from 'astro/zod';
import { factId, localized, slug, text, yearMonth } from './common';
import { event, metric } from './metric';

/** `content/policies/<id>.yaml`: the language-neutral facts of one policy. */
export const policyData = z
  .object({
    /** When it was adopted or reported (YYYY or YYYY-MM); omit if the paper gives no date. */
    date: yearMonth.optional(),
    /** The bodies that own it: ids of content/owners.yaml. */
    owners: z.array(slug).min(1),
    facts: z.array(factId).min(1),
    glossary: z.array(slug).default([]),
    metrics: z.array(metric).default([]),
    events: z.array(event).default([]),
  })
  .strict();
export type PolicyData = z.infer<typeof policyData>;

/** Frontmatter of `content/policies/{ko,en}/<id>.mdx`. */
export const policyText = z
  .object({
    title: text.min(1),
    /** A short name for menus and tables. */
    shortTitle: text.min(1),
    summary: text.min(20),
    updated: z.coerce.date(),
  })
  .strict();
export type PolicyText = z.infer<typeof policyText>;

/** `content/owners.yaml`: a body that owns policies, such as a ministry or a council. */
export const owner = z
  .object({
    id: slug,
    /** Its name in each language, as policy pages and the policy list show it. */
    name: localized,
  })
  .strict();
export type Owner = z.infer<typeof owner>;
