import { z } from 'astro/zod';
import { slug } from './common';

/** Words or phrases of one language, each as a reader might type it. */
const words = z.array(z.string().trim().min(1)).default([]);

/**
 * `content/synonyms.yaml`: one group of words and phrases that mean the same
 * thing in this field, for search. A query that contains one of them finds
 * pages that say any other (the paper's 체험근무 finds the site's 시범근무).
 * The glossary's names and `aka` lists are groups too; groups that share a
 * word are read as one.
 */
export const synonymGroup = z
  .object({
    /** A short name for the group, used in messages. */
    id: slug,
    /** The Korean ways of saying it: the site's word, the paper's, variants, abbreviations, transliterations. */
    ko: words,
    /** The English ways of saying it. */
    en: words,
    /** Where the words come from, when it is not plain (the paper's section, a common misspelling). */
    note: z.string().optional(),
  })
  .strict();
export type SynonymGroup = z.infer<typeof synonymGroup>;
