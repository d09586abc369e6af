import { z } from 'astro/zod';
import { factId, text } from './common';

/** A short statement with the facts of the paper it rests on. */
export const citedText = z
  .object({
    text: text.min(1),
    facts: z.array(factId).min(1),
  })
  .strict();
export type CitedText = z.infer<typeof citedText>;
