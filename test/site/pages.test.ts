/**
 * The built site as a reader and a crawler meet it: every route in both
 * languages, the right language tags, working links and anchors, and content
 * pages that need no JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { BASE, served, unserved } from '../support/built-site';
import { builtPages, DIST, extraScripts, page } from '../support/site';
import { brokenLinks } from '../support/links';
import { realAtlas } from '../support/atlas';
import { sitePaths } from '~/lib/routes/site-pages';
import { recordEvidence } from '~/lib/sources/evidence';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const atlas = await realAtlas();
const LANGS = ['ko', 'en'] as const;
const routes = sitePaths(atlas);

describe('routes', () => {
  it.each(LANGS.flatMap((lang) => routes.map((r) => [lang, r] as const)))('/%s/%s exists with <html lang> set to its language', (lang, route) => {
    const p = page(`/${lang}/${route}`);
    expect(p.dom.querySelector('html')?.getAttribute('lang')).toBe(lang);
  });

  it('uses exactly one tag per language on every page: ko and en, never ko-KR or en-US', () => {
    for (const p of builtPages()) {
      for (const el of p.dom.querySelectorAll('[lang], [hreflang]')) {
        const tag = el.getAttribute('lang') ?? el.getAttribute('hreflang');
        expect(['ko', 'en', 'x-default'], `${p.path}: ${el.outerHTML.slice(0, 80)}`).toContain(tag);
      }
    }
  });

  it('lets a visitor choose a language at / without JavaScript', () => {
    const root = page('/');
    const links = root.dom.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining([served('/ko/'), served('/en/')]));
    expect(root.dom.querySelectorAll('script').length).toBe(0);
  });

  it('has a 404 page in both languages', () => {
    const notFound = page('/404.html');
    expect(notFound.dom.querySelector('section[lang="ko"] h1')?.text).toBe('페이지를 찾을 수 없다');
    expect(notFound.dom.querySelector('section[lang="en"] h1')?.text).toBe('Page not found');
    expect(page('/ko/404/').dom.querySelector('h1')?.text).toBe('페이지를 찾을 수 없다');
  });
});

describe('language switch and alternates', () => {
  it.each(LANGS.flatMap((lang) => routes.map((r) => [lang, r] as const)))('/%s/%s links to the same page in the other language', (lang, route) => {
    const other = lang === 'ko' ? 'en' : 'ko';
    const p = page(`/${lang}/${route}`);
    const alternates = Object.fromEntries(
      p.dom.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), unserved(new URL(l.getAttribute('href')!).pathname)]),
    );
    expect(alternates).toMatchObject({ [lang]: `/${lang}/${route}`, [other]: `/${other}/${route}`, 'x-default': '/' });
    const switchLink = p.dom.querySelector(`.site-header a[hreflang="${other}"]`);
    expect(switchLink?.getAttribute('href')).toBe(served(`/${other}/${route}`));
  });

  it('lists every page with its alternates in the sitemap', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    for (const lang of LANGS) for (const r of routes) expect(xml).toContain(`/${lang}/${r}</loc>`);
    expect(xml.match(/<url>/g)?.length).toBe(routes.length * 2);
    expect(xml).toContain('hreflang="ko"');
  });
});

describe('case and policy pages', () => {
  const pages = LANGS.flatMap((lang) => [
    ...atlas.cases.map((c) => ({ lang, path: `/${lang}/cases/${c.id}/`, title: c.text[lang].title, record: c })),
    ...atlas.policies.map((p) => ({ lang, path: `/${lang}/policies/${p.id}/`, title: p.text[lang].title, record: p })),
  ]);

  it.each(pages)('$path has Open Graph tags and JSON-LD', ({ path, title, lang }) => {
    const p = page(path);
    expect(p.dom.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(title);
    expect(p.dom.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    const ld = JSON.parse(p.dom.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld).toMatchObject({ '@type': 'Article', headline: title, inLanguage: lang });
  });

  it.each(pages)('$path links every figure to its source', ({ path, record, lang }) => {
    const p = page(path);
    // Every figure the text names is on the page, and every figure of the page is in its table:
    // a page that lost its figures fails here rather than passing with nothing to check.
    const inText = p.dom.querySelectorAll('main .prose .fig');
    expect(inText.length).toBe([...record.bodies[lang].matchAll(/<Metric\s/g)].length);
    // A figure in text is part of a statement of the paper's, which carries the citation (the rule of
    // provenance), or of the editors' reading, whose figures are cited in the table below.
    for (const fig of inText) {
      let block = fig.parentNode;
      while (block && !['P', 'LI', 'TD', 'TH'].includes(block.tagName)) block = block.parentNode;
      const statement = block?.closest('.provenance') ? null : block;
      if (statement) expect(statement.querySelector('a.cite')?.getAttribute('href'), statement.text.slice(0, 60)).toMatch(/\/about\/#s-\d(-\d)?$/);
    }
    const rows = p.dom.querySelectorAll('section[aria-labelledby="figures"] tbody tr');
    expect(rows.length).toBe(recordEvidence(atlas, record, lang).figures.length);
    for (const row of rows) expect(row.querySelector('a.cite'), row.text).not.toBeNull();
  });

  it('shows an editorial note, visibly, wherever a figure differs from other sources', () => {
    for (const lang of LANGS) {
      for (const c of atlas.cases) {
        const p = page(`/${lang}/cases/${c.id}/`);
        for (const m of c.data.metrics.filter((m) => m.note && atlas.notes.get(m.note)!.status !== 'agrees')) {
          const box = p.dom.querySelector(`#note-${m.note}`);
          expect(box, `${lang}/${c.id} note ${m.note}`).not.toBeNull();
          expect(box!.text).toContain(atlas.notes.get(m.note!)!.text[lang].slice(0, 20));
        }
      }
    }
  });
});

describe('links', () => {
  it('has no broken internal link or anchor on any page', () => {
    expect(brokenLinks(builtPages(), DIST, BASE)).toEqual([]);
  });
});

describe('no JavaScript needed', () => {
  const contentPages = builtPages().filter((p) => /^\/(ko|en)\/(cases\/[^/]+|policies\/[^/]*|topics\/[^/]*|glossary|about)\/$/.test(p.path) || /^\/(ko|en)\/$/.test(p.path));

  it('content pages load no script files with the page, and run no code but the search shortcut unless they hold a chart', () => {
    expect(contentPages.length).toBeGreaterThan(30);
    for (const p of contentPages) {
      const scripts = p.dom.querySelectorAll('script[src], link[rel="modulepreload"]').map((s) => s.outerHTML);
      expect(scripts, p.path).toEqual([]);
      // Chart islands bring their code when the chart scrolls into view; everything else runs nothing.
      if (!p.dom.querySelector('astro-island')) expect(extraScripts(p), p.path).toEqual([]);
    }
  });

  it('content pages carry their whole text in the HTML', () => {
    for (const lang of LANGS) {
      for (const c of atlas.cases) {
        const main = page(`/${lang}/cases/${c.id}/`).dom.querySelector('main')!;
        expect(main.querySelector('h1')!.text).toBe(c.text[lang].title);
        // The last paragraph of the MDX text is there, rendered, not left to a script.
        const lastLine = c.bodies[lang].trim().split('\n').filter((l) => /^[^#<|\-\s]/.test(l)).pop()!;
        const sample = lastLine.replace(/<[^>]+>/g, '').replace(/\*\*|\[|\]\([^)]*\)/g, '').slice(0, 25);
        // Markdown turns straight quotes into typographic ones.
        const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
        expect(norm(main.text)).toContain(norm(sample));
      }
    }
  });
});
