/**
 * The one table of what lives under content/: each collection's name, where
 * its files are, their shape and their schema. The Astro loaders
 * (src/content.config.ts), the disk loader of the content checker
 * (load-disk.ts), the Astro reader (load-astro.ts) and the type of raw content
 * are all derived from it, so a collection is added in one place.
 *
 * Shapes:
 * - `list`: one YAML file holding a list of entries with their own ids;
 * - `data`: one YAML file per entry in a folder, the file name is the id;
 * - `text`: one MDX file per entry and language, `<folder>/{ko,en}/<id>.mdx`.
 */
import type { ZodType, ZodTypeDef } from 'astro/zod';
import { caseData, caseText } from '~/schemas/case';
import { chart } from '~/schemas/chart';
import { metricBase } from '~/schemas/metric';
import { owner, policyData, policyText } from '~/schemas/policy';
import { pageText, topicText } from '~/schemas/topic';
import { fact, glossaryTerm, note, paperSection, source } from '~/schemas/reference';
import { synonymGroup } from '~/schemas/synonyms';
import type { Located, LocatedEntry, LocatedText } from './types';

/** A schema read by its output type; input is whatever the file holds. */
export type Schema<T> = ZodType<T, ZodTypeDef, unknown>;

export type CollectionDef<T = unknown> =
  | { shape: 'list'; file: string; schema: Schema<T> }
  | { shape: 'data' | 'text'; folder: string; schema: Schema<T> };

/** Folder of all content, relative to the repository root. */
export const CONTENT_DIR = 'content';

export const COLLECTIONS = {
  sections: { shape: 'list', file: 'sections.yaml', schema: paperSection },
  facts: { shape: 'list', file: 'facts.yaml', schema: fact },
  glossary: { shape: 'list', file: 'glossary.yaml', schema: glossaryTerm },
  sources: { shape: 'list', file: 'sources.yaml', schema: source },
  notes: { shape: 'list', file: 'notes.yaml', schema: note },
  bases: { shape: 'list', file: 'bases.yaml', schema: metricBase },
  owners: { shape: 'list', file: 'owners.yaml', schema: owner },
  charts: { shape: 'list', file: 'charts.yaml', schema: chart },
  synonyms: { shape: 'list', file: 'synonyms.yaml', schema: synonymGroup },
  caseData: { shape: 'data', folder: 'cases', schema: caseData },
  caseText: { shape: 'text', folder: 'cases', schema: caseText },
  policyData: { shape: 'data', folder: 'policies', schema: policyData },
  policyText: { shape: 'text', folder: 'policies', schema: policyText },
  topicText: { shape: 'text', folder: 'topics', schema: topicText },
  pageText: { shape: 'text', folder: 'pages', schema: pageText },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
type Def = (typeof COLLECTIONS)[CollectionName];
type Output<C> = C extends { schema: Schema<infer T> } ? T : never;

/** Validated content as loaded, each entry with the file it came from. */
export type RawContent = {
  [K in CollectionName]: (typeof COLLECTIONS)[K]['shape'] extends 'list'
    ? Located<Output<(typeof COLLECTIONS)[K]>>[]
    : (typeof COLLECTIONS)[K]['shape'] extends 'data'
      ? LocatedEntry<Output<(typeof COLLECTIONS)[K]>>[]
      : LocatedText<Output<(typeof COLLECTIONS)[K]>>[];
};

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Where a collection's files are, as the repository names them: `content/facts.yaml`, `content/cases`. */
export function collectionPath(def: CollectionDef): string {
  return `${CONTENT_DIR}/${def.shape === 'list' ? def.file : def.folder}`;
}

/** Applies `fn` to every collection, keeping the names (and their types) as keys. */
export function mapCollections<R>(fn: (def: Def, name: CollectionName) => R): Record<CollectionName, R> {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, fn(COLLECTIONS[name], name)])) as Record<CollectionName, R>;
}
