import { z } from 'astro/zod';
import { OWNERS, factId, slug, yearMonth } from './common';
import { event, metric } from './metric';

/** `content/policies/<id>.yaml`: the language-neutral facts of one policy. */
export const policyData = z
  .object({
    /** When it was adopted or reported (YYYY or YYYY-MM); omit if the paper gives no date. */
    date: yearMonth.optional(),
    /** The bodies that own it. */
    owners: z.array(z.enum(OWNERS)).min(1),
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
    title: z.string().min(1),
    /** A short name for menus and tables. */
    shortTitle: z.string().min(1),
    summary: z.string().min(20),
    updated: z.coerce.date(),
  })
  .strict();
export type PolicyText = z.infer<typeof policyText>;
