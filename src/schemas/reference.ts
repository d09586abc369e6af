import { z } from 'astro/zod';
import { factId, localized, slug, text, vocabulary } from './common';

/** A section of the paper by its number: `1`, `2.1`. */
export const sectionId = z.string().regex(/^\d+(\.\d+)*$/, 'a section number such as 2.1');

/** `content/sections.yaml`: the sections of the paper, in the paper's order, with their titles. */
export const paperSection = z
  .object({
    id: sectionId,
    /** The section's number and title in each language, as the about page lists it and citations name it. */
    title: localized,
  })
  .strict();
export type PaperSection = z.infer<typeof paperSection>;

/** `content/facts.yaml`: where each fact stands in the paper. */
export const fact = z
  .object({
    id: factId,
    /** The section of the paper it stands in: an id of content/sections.yaml. */
    section: sectionId,
    /** The paper's own reference numbers, [1]–[15]. */
    refs: z.array(z.number().int().min(1).max(15)).default([]),
    figure: text.optional(),
    table: text.optional(),
    /** A source the paper credits for a figure or table. */
    credit: slug.optional(),
    /** What the paper states here, in a sentence or two of each language: the words of the page's citation notes. */
    statement: localized,
  })
  .strict();
export type Fact = z.infer<typeof fact>;

/** A variant to avoid, or `variant → what to write instead`. */
const avoidEntry = z.string().regex(/^[^→\s][^→]*?(\s*→\s*[^→\s][^→]*)?$/, 'a variant, or "variant → what to write instead"');

/** `content/glossary.yaml`: one term of the field in both languages. */
export const glossaryTerm = z
  .object({
    id: slug,
    term: localized,
    /** Other names readers may search for. */
    aka: z.object({ ko: z.array(text).default([]), en: z.array(text).default([]) }).strict().optional(),
    definition: localized,
    /**
     * Spellings and variants the site's text must not use; `npm run lint:prose` enforces them.
     * `스마트 오피스` for a variant of the whole term; `데스크탑 → 데스크톱` for part of it.
     */
    avoid: z.object({ ko: z.array(avoidEntry).default([]), en: z.array(avoidEntry).default([]) }).strict().optional(),
    facts: z.array(factId).min(1),
    related: z.array(slug).default([]),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof glossaryTerm>;

const paperSource = z
  .object({
    id: z.literal('paper'),
    kind: z.literal('paper'),
    author: localized,
    affiliation: localized,
    title: localized,
    /** The title in English is the site's translation; the About page says so. */
    series: localized,
    /** What is known of when it was written, and how it is known (the extracted text gives no year). */
    date: localized,
    dateEvidence: localized,
    /** What is known of its pages, and how it is known. */
    pages: localized,
    pagesEvidence: localized,
    /** Not in the extracted text: null until an editor has the printed paper; the page then says it is not known. */
    journal: localized.nullable(),
    volume: text.nullable(),
  })
  .strict();

const paperRef = z
  .object({ id: slug, kind: z.literal('paper-ref'), number: z.number().int().min(1).max(15) })
  .strict();

const otherSource = z
  .object({
    id: slug,
    kind: vocabulary(['credit', 'press', 'official', 'study', 'other'], {
      what: 'a kind of source',
      why: 'The kinds are the site’s vocabulary: how a source is cited depends on its kind (src/lib/sources/names.ts).',
    }),
    name: localized,
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD').optional(),
    /** Where to find it: an article number, a path on the publisher's site. */
    locator: localized.optional(),
  })
  .strict();

/** `content/sources.yaml`: the paper, its references and the cross-check sources. */
export const source = z.discriminatedUnion('kind', [paperSource, paperRef, otherSource]);
export type Source = z.infer<typeof source>;

/** What the cross-check of a figure against public sources found. */
export const NOTE_STATUSES = ['agrees', 'partly', 'differs', 'typo', 'unverified'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

/** `content/notes.yaml`: an editorial note from the cross-check. */
export const note = z
  .object({
    id: slug,
    facts: z.array(factId).min(1),
    status: vocabulary(NOTE_STATUSES, {
      what: 'a status of the cross-check',
      why: 'Each status is shown its own way beside a figure (src/lib/sources/notes.ts) and named under noteStatus in src/i18n/en.ts and ko.ts; a new one is added there and in src/schemas/reference.ts.',
    }),
    text: localized,
    sources: z.array(slug).min(1),
  })
  .strict();
export type Note = z.infer<typeof note>;
