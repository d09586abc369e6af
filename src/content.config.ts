/**
 * Wires each collection of the table in src/lib/atlas/collections.ts to an
 * Astro loader. Cross-references between collections are checked in
 * src/lib/atlas/, which every page goes through.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionPath, mapCollections } from './lib/atlas/collections';

export const collections = mapCollections((def) =>
  defineCollection({
    loader:
      def.shape === 'list' ? file(collectionPath(def))
      : def.shape === 'data' ? glob({ pattern: '*.yaml', base: collectionPath(def) })
      : glob({ pattern: '{ko,en}/*.mdx', base: collectionPath(def) }),
    schema: def.schema,
  }),
);
