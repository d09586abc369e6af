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
import { readFileSync } from 'node:fs';
import { t } from '~/i18n';
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

  it('welcomes a visitor at / in both languages, each with the way in and the main pages, without JavaScript', () => {
    const root = page('/');
    for (const lang of LANGS) {
      const card = root.dom.querySelector(`section[lang="${lang}"]`)!;
      const links = card.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links).toEqual(expect.arrayContaining([served(`/${lang}/`), served(`/${lang}/compare/`), served(`/${lang}/figures/`)]));
      expect(card.text).toContain(t(lang).tagline);
    }
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
    // The page's query string (chosen cases, filters, the search) goes along when the reader switches.
    expect(switchLink?.hasAttribute('data-keep-query')).toBe(true);
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

  it.each(pages)('$path cites every statement with a marker that leads to a note on the page', ({ path, record, lang }) => {
    const p = page(path);
    // Every figure the text names is on the page: a page that lost its figures fails here rather than passing with nothing to check.
    const inText = p.dom.querySelectorAll('main .prose .fig');
    expect(inText.length).toBe([...record.bodies[lang].matchAll(/<Metric\s/g)].length);
    // A figure in text is part of a statement of the paper's, which carries a marker (the rule of
    // provenance), or of the editors' reading, where a figure the cross-check qualifies has its own.
    for (const fig of inText) {
      let block = fig.parentNode;
      while (block && !['P', 'LI', 'TD', 'TH'].includes(block.tagName)) block = block.parentNode;
      const statement = block?.closest('.provenance') ? null : block;
      if (statement) expect(statement.querySelector('a.cite'), statement.text.slice(0, 60)).not.toBeNull();
    }
    // One marker per <Cite>, each leading to a note on this page that quotes what the paper states there.
    const markers = p.dom.querySelectorAll('main .prose a.cite');
    expect(markers.length).toBeGreaterThanOrEqual([...record.bodies[lang].matchAll(/<Cite\s/g)].length);
    for (const a of markers) {
      const note = p.dom.getElementById(a.getAttribute('href')!.slice(1));
      expect(note?.tagName, a.toString()).toBe('LI');
      expect(note!.querySelector('.note-n')!.text).toBe(a.text);
      expect(note!.querySelectorAll('.backrefs a').map((b) => b.getAttribute('href'))).toContain(`#${a.getAttribute('id')}`);
    }
    const facts = [...record.bodies[lang].matchAll(/<Cite\s[^>]*?\bf="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/));
    const notes = p.dom.querySelector('section.notes')!.text;
    for (const f of facts) expect(notes, f).toContain(atlas.facts.get(f)!.statement[lang].slice(0, 40));
  });

  it('shows every cross-check of a figure on its page, once, in the note of the claim that states it', () => {
    for (const lang of LANGS) {
      for (const c of atlas.cases) {
        const p = page(`/${lang}/cases/${c.id}/`);
        const checks = p.dom.querySelectorAll('section.notes .check').map((b) => b.text);
        for (const m of c.data.metrics.filter((m) => m.note && bodyHas(c.bodies[lang], m.id))) {
          const text = atlas.notes.get(m.note!)!.text[lang].slice(0, 30);
          expect(checks.filter((x) => x.includes(text)), `${lang}/${c.id} note ${m.note}`).toHaveLength(1);
        }
      }
    }
  });
});

function bodyHas(body: string, metric: string): boolean {
  return body.includes(`<Metric id="${metric}"`);
}

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
      // Chart islands bring their code when the reader interacts with the chart; everything else runs nothing.
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
