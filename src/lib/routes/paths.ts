/**
 * URLs inside the site. Every link goes through here so the site works from a
 * domain root or a sub-path (`base` in astro.config.mjs).
 */
import { LANGS, type Lang } from '~/schemas/common';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `/base/` + path, with a trailing slash for directory pages. */
export function href(path: string): string {
  const clean = path.replace(/^\//, '');
  return `${BASE}${clean}`;
}

export function langHref(lang: Lang, path = ''): string {
  return href(`${lang}/${path.replace(/^\//, '')}`);
}

/** The language a URL belongs to; `en` for pages outside both trees. */
export function langOf(url: URL): Lang {
  const rest = url.pathname.slice(BASE.length - 1).split('/')[1];
  return (LANGS as readonly string[]).includes(rest ?? '') ? (rest as Lang) : 'en';
}

/** The same page in the other language. */
export function switchLang(url: URL, to: Lang): string {
  const path = url.pathname.slice(BASE.length);
  const [, ...rest] = path.split('/');
  return href(`${to}/${rest.join('/')}`);
}

export const otherLang = (lang: Lang): Lang => (lang === 'ko' ? 'en' : 'ko');

/** `getStaticPaths` for pages that exist once per language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/** Anchors on the about page for what a figure cites. */
export const anchors = {
  section: (s: string) => `s-${s.replace('.', '-')}`,
  ref: (n: number) => `ref-${n}`,
  source: (id: string) => `src-${id}`,
  note: (id: string) => `note-${id}`,
  term: (id: string) => `term-${id}`,
};

/** The folder of each kind of record page, below `/{lang}/`. */
const RECORD_FOLDERS = { case: 'cases', policy: 'policies', topic: 'topics' } as const;
export type RecordKind = keyof typeof RECORD_FOLDERS;

/** Path of a case, policy or topic page below `/{lang}/`: `cases/kt/`. */
export function recordPath(kind: RecordKind, id: string): string {
  return `${RECORD_FOLDERS[kind]}/${id}/`;
}

/** A glossary term's page: the term and every case that uses it. */
export function termHref(lang: Lang, id: string): string {
  return langHref(lang, `glossary/${id}/`);
}

/** A section's id in a URL: `3.1` → `3-1`. */
export const sectionSlug = (id: string): string => id.replaceAll('.', '-');

/** A section of the paper's page: every case that draws on it. */
export function sectionCasesHref(lang: Lang, id: string): string {
  return langHref(lang, `about/sections/${sectionSlug(id)}/`);
}

/** Link to a case, policy or topic page in one language. */
export function recordHref(lang: Lang, kind: RecordKind, id: string): string {
  return langHref(lang, recordPath(kind, id));
}
