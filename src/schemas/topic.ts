import { z } from 'astro/zod';
import { factId, slug, text } from './common';

/** Frontmatter of `content/topics/{ko,en}/<id>.mdx`. */
export const topicText = z
  .object({
    title: text.min(1),
    summary: text.min(20),
    /** Position in the topic list. */
    order: z.number().int(),
    facts: z.array(factId).min(1),
    glossary: z.array(slug).default([]),
    updated: z.coerce.date(),
  })
  .strict();
export type TopicText = z.infer<typeof topicText>;

/** Frontmatter of `content/pages/{ko,en}/<id>.mdx`: site pages such as the editors' guide. */
export const pageText = z
  .object({
    title: text.min(1),
    summary: text.min(20),
    updated: z.coerce.date(),
  })
  .strict();
export type PageText = z.infer<typeof pageText>;
