/**
 * Wires each collection to its files under content/ and to its schema in
 * src/schemas/. Cross-references between collections are checked in
 * src/lib/build-atlas.ts, which every page goes through.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseData, caseText } from '~/schemas/case';
import { policyData, policyText } from '~/schemas/policy';
import { pageText, topicText } from '~/schemas/topic';
import { fact, glossaryTerm, note, source } from '~/schemas/reference';

const root = './content';

export const collections = {
  caseData: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/cases` }), schema: caseData }),
  caseText: defineCollection({ loader: glob({ pattern: '{ko,en}/*.mdx', base: `${root}/cases` }), schema: caseText }),
  policyData: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/policies` }), schema: policyData }),
  policyText: defineCollection({ loader: glob({ pattern: '{ko,en}/*.mdx', base: `${root}/policies` }), schema: policyText }),
  topicText: defineCollection({ loader: glob({ pattern: '{ko,en}/*.mdx', base: `${root}/topics` }), schema: topicText }),
  pageText: defineCollection({ loader: glob({ pattern: '{ko,en}/*.mdx', base: `${root}/pages` }), schema: pageText }),
  facts: defineCollection({ loader: file(`${root}/facts.yaml`), schema: fact }),
  glossary: defineCollection({ loader: file(`${root}/glossary.yaml`), schema: glossaryTerm }),
  sources: defineCollection({ loader: file(`${root}/sources.yaml`), schema: source }),
  notes: defineCollection({ loader: file(`${root}/notes.yaml`), schema: note }),
};
