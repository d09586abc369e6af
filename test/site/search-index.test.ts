/**
 * The search index as built: one index per language with a fragment per page,
 * fragments that hold the pages' text block by block without markup, the
 * synonym list inside, and every content page telling the index what it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, page, DIST } from '../support/site';
import { SEARCH_INDEX_DIR } from '~/lib/search/facets';
import type { Fragment, SearchIndex } from '~/lib/search/search-index';
import { t } from '~/i18n';

const index = (lang: 'ko' | 'en') => JSON.parse(readFileSync(join(DIST, SEARCH_INDEX_DIR, `${lang}.json`), 'utf8')) as SearchIndex;
const fragmentOf = (lang: 'ko' | 'en', url: string): Fragment => {
  const entry = index(lang).pages.find((p) => p.url === url);
  if (!entry) throw new Error(`${url} is not in the ${lang} index`);
  return JSON.parse(readFileSync(join(DIST, SEARCH_INDEX_DIR, lang, entry.fragment), 'utf8')) as Fragment;
};

describe('one language tag per language', () => {
  it('tags every page and every passage ko or en, never ko-KR or en-GB', () => {
    for (const p of builtPages()) {
      expect(p.dom.querySelector('html')?.getAttribute('lang'), p.path).toMatch(/^(ko|en)$/);
      for (const el of p.dom.querySelectorAll('[lang]')) expect(el.getAttribute('lang'), p.path).toMatch(/^(ko|en)$/);
      for (const el of p.dom.querySelectorAll('[hreflang]')) expect(el.getAttribute('hreflang'), p.path).toMatch(/^(ko|en|x-default)$/);
    }
  });
  it('builds one search index for each language, over the same pages', () => {
    const ko = index('ko');
    const en = index('en');
    expect(ko.lang).toBe('ko');
    expect(en.lang).toBe('en');
    expect(ko.pages.map((p) => p.url.slice(3)).sort()).toEqual(en.pages.map((p) => p.url.slice(3)).sort());
    expect(Object.keys(ko.terms).length).toBeGreaterThan(1000);
  });
});

describe('what the index holds', () => {
  it('holds the synonym list, glossary names merged with content/synonyms.yaml', () => {
    const groups = index('ko').synonyms;
    expect(groups.find((g) => g.includes('원격근무'))).toEqual(expect.arrayContaining(['텔레워크']));
    expect(groups.find((g) => g.includes('범부처 원격근무 시범사업'))).toEqual(expect.arrayContaining(['범부처간 재택근무 시범사업']));
    expect(index('en').synonyms.find((g) => g.includes('home working'))).toEqual(expect.arrayContaining(['WFH', 'working from home']));
  });
  it('gives every page a fragment of its text without markup, citation markers or code', () => {
    for (const lang of ['ko', 'en'] as const) {
      for (const p of index(lang).pages) {
        const fragment = fragmentOf(lang, p.url);
        expect(fragment.blocks.length, p.url).toBeGreaterThan(0);
        for (const [text] of fragment.blocks) {
          expect(text, p.url).not.toMatch(/<\/?[A-Za-z]/);
          expect(text, p.url).not.toMatch(/npm run|metrics:/);
        }
      }
    }
  });
  it('keeps the cells of the case fact box apart, each a block of its own', () => {
    const blocks = fragmentOf('ko', '/ko/cases/kt/').blocks.map(([text]) => text);
    const facts = page('/ko/cases/kt/').dom.querySelectorAll('.facts-dl dt, .facts-dl dd').map((el) => el.text.trim());
    for (const cell of facts) expect(blocks, cell).toContain(cell);
    expect(blocks.some((b) => b.includes(`${facts[0]} ${facts[1]}`))).toBe(false);
  });
  it('labels the editors’ guide as such, and ranks it below the pages readers look for', () => {
    for (const lang of ['ko', 'en'] as const) {
      const guide = index(lang).pages.find((p) => p.url === `/${lang}/guide/`)!;
      expect(guide.kind).toBe(t(lang).search.kinds.guide);
      expect(guide.boost).toBeLessThan(1);
    }
  });
});

describe('content pages describe themselves to the search filters', () => {
  const filters = (path: string) => page(path).dom.querySelectorAll('[data-pagefind-filter]').map((el) => el.getAttribute('data-pagefind-filter'));
  const kind = (path: string) => page(path).dom.querySelector('[data-pagefind-meta]')?.getAttribute('data-pagefind-meta');

  it('labels a case with its kind, country, sector, forms and start year in the page language', () => {
    expect(filters('/ko/cases/kt/')).toEqual(['kind:사례', 'country:한국', 'sector:기업', 'form:스마트워크센터·원격근무센터', 'year:2010']);
    expect(filters('/en/cases/bt/')).toEqual(expect.arrayContaining(['kind:Case', 'country:United Kingdom', 'sector:Company', 'form:Job sharing', 'year:1993']));
    expect(kind('/ko/cases/kt/')).toBe('kind:사례');
  });
  it('labels policies, topics and the glossary', () => {
    expect(filters('/en/policies/national-activation-strategy/')).toEqual(['kind:Policy', 'country:Korea', 'sector:Government', 'year:2010']);
    expect(filters('/ko/topics/barriers/')).toEqual(['kind:주제']);
    expect(kind('/en/glossary/')).toBe('kind:Glossary');
  });
  it('gives every case, policy and topic page a kind', () => {
    const content = builtPages().filter((p) => /^\/(ko|en)\/(cases|policies|topics)\/[^/]+\/$/.test(p.path));
    expect(content.length).toBe(32);
    for (const p of content) expect(kind(p.path), p.path).toMatch(/^kind:/);
  });
  it('names each glossary entry, so a search can link straight to it', () => {
    const entries = page('/ko/glossary/').dom.querySelectorAll('[data-pagefind-title]');
    expect(entries.length).toBeGreaterThan(30);
    for (const e of entries) expect(e.getAttribute('id')).toMatch(/^term-/);
  });
});
