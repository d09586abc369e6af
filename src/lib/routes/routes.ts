/**
 * Every route of the site, computed once: the pages that exist once per
 * language, and the case, policy, topic and site pages with their record and
 * their content entry. A page's `getStaticPaths` returns one of these lists and
 * the page renders `Astro.props`; nothing looks its record up again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, type Lang } from '~/schemas/common';
import { getAtlas } from '~/lib/atlas/load-astro';
import type { Atlas, Bilingual } from '~/lib/atlas/types';
import { indexPages } from '~/lib/records/case-index';
import { casesBySection } from '~/lib/records/by-section';
import { casesByTerm } from '~/lib/glossary/used-by';
import { sectionSlug } from '~/lib/routes/paths';

type TextCollection = 'caseText' | 'policyText' | 'topicText' | 'pageText';

/** What every page of one language receives. */
export interface LangProps {
  lang: Lang;
  atlas: Atlas;
}

/** A page made from a record and its MDX text in one language. */
export interface RecordProps<R, C extends TextCollection> extends LangProps {
  record: R;
  entry: CollectionEntry<C>;
}

/** Pages that exist once per language: `/ko/…` and `/en/…`. */
export async function langRoutes() {
  const atlas = await getAtlas();
  return LANGS.map((lang) => ({ params: { lang }, props: { lang, atlas } satisfies LangProps }));
}

async function recordRoutes<R extends Bilingual<unknown>, C extends TextCollection>(collection: C, records: (atlas: Atlas) => R[]) {
  const atlas = await getAtlas();
  const entries = new Map((await getCollection(collection)).map((e) => [e.id, e] as const));
  return LANGS.flatMap((lang) =>
    records(atlas).map((record) => {
      const entry = entries.get(`${lang}/${record.id}`);
      // The atlas pairs every text in both languages before any page runs; a gap here is a bug, not content.
      if (!entry) throw new Error(`${collection}: no ${lang} entry for "${record.id}"`);
      const props: RecordProps<R, C> = { lang, atlas, record, entry };
      return { params: { lang, id: record.id }, props };
    }),
  );
}

export const caseRoutes = () => recordRoutes('caseText', (a) => a.cases);
export const policyRoutes = () => recordRoutes('policyText', (a) => a.policies);
export const topicRoutes = () => recordRoutes('topicText', (a) => a.topics);

/** A case's comparison with its peers: `/{lang}/compare/{id}/`. */
export async function compareRoutes() {
  const atlas = await getAtlas();
  return LANGS.flatMap((lang) => atlas.cases.map((record) => ({ params: { lang, id: record.id }, props: { lang, atlas, record } })));
}

/** The case index's pages after the first, `/{lang}/cases/page/{n}/`: none while every case fits on one page. */
export async function caseIndexRoutes() {
  const atlas = await getAtlas();
  const pages = indexPages(atlas.cases).length;
  return LANGS.flatMap((lang) =>
    Array.from({ length: pages - 1 }, (_, i) => ({ params: { lang, n: String(i + 2) }, props: { lang, atlas, page: i + 2 } })),
  );
}

/** A glossary term used by some case: `/{lang}/glossary/{id}/`, listing them all. */
export async function glossaryTermRoutes() {
  const atlas = await getAtlas();
  return LANGS.flatMap((lang) =>
    [...casesByTerm(atlas, lang)].flatMap(([id, cases]) => {
      const term = atlas.glossary.get(id);
      return term ? [{ params: { lang, id }, props: { lang, atlas, term, cases } }] : [];
    }),
  );
}

/** A section of the paper that some case draws on: `/{lang}/about/sections/{3-1}/`, listing every such case. */
export async function sectionCasesRoutes() {
  const atlas = await getAtlas();
  return LANGS.flatMap((lang) =>
    [...casesBySection(atlas, lang)].flatMap(([id, cases]) => {
      const section = atlas.sections.get(id);
      return section ? [{ params: { lang, id: sectionSlug(section.id) }, props: { lang, section, cases } }] : [];
    }),
  );
}

/** A site page written in MDX (content/pages/), such as the editors' guide: one route per language. */
export async function sitePageRoutes(id: string) {
  const routes = await recordRoutes('pageText', (a) => a.pages.filter((p) => p.id === id));
  return routes.map(({ params, props }) => ({ params: { lang: params.lang }, props }));
}

export type CaseProps = Awaited<ReturnType<typeof caseRoutes>>[number]['props'];
export type PolicyProps = Awaited<ReturnType<typeof policyRoutes>>[number]['props'];
export type TopicProps = Awaited<ReturnType<typeof topicRoutes>>[number]['props'];
export type CompareProps = Awaited<ReturnType<typeof compareRoutes>>[number]['props'];
export type SectionCasesProps = Awaited<ReturnType<typeof sectionCasesRoutes>>[number]['props'];
export type GlossaryTermProps = Awaited<ReturnType<typeof glossaryTermRoutes>>[number]['props'];
export type SitePageProps = Awaited<ReturnType<typeof sitePageRoutes>>[number]['props'];
