/**
 * The search index as built: one index per language, index-only terms kept
 * out of every page, and every content page telling the index what it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, page, DIST } from '../support/site';
import { HELPER_MARKER } from '~/lib/search/terms';

describe('one language tag per language', () => {
  it('tags every page and every passage ko or en, never ko-KR or en-GB', () => {
    for (const p of builtPages()) {
      expect(p.dom.querySelector('html')?.getAttribute('lang'), p.path).toMatch(/^(ko|en)$/);
      for (const el of p.dom.querySelectorAll('[lang]')) expect(el.getAttribute('lang'), p.path).toMatch(/^(ko|en)$/);
      for (const el of p.dom.querySelectorAll('[hreflang]')) expect(el.getAttribute('hreflang'), p.path).toMatch(/^(ko|en|x-default)$/);
    }
  });
  it('builds exactly one search index for each language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ko']);
    expect(entry.languages['ko']?.page_count).toBe(entry.languages['en']?.page_count);
  });
});

describe('index-only terms stay in the index', () => {
  it('never appear in a built page', () => {
    for (const p of builtPages()) {
      expect(p.html.includes(HELPER_MARKER), p.path).toBe(false);
      expect(p.dom.querySelector('[data-pagefind-weight]'), p.path).toBeNull();
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
