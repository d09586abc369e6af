/**
 * The editor's site (test/support/editor-site.ts): a case from a country the
 * site had not seen, added through the scaffold with nothing changed outside
 * content/, reaches every page, feed and data file in both languages; and the
 * hostile strings put in every kind of text field come out escaped for each
 * context: HTML text and attributes, JSON-LD, RSS, the sitemap, CSV and JSON.
 * The same site is opened in Chromium by test/browser/hostile.browser.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, parseCsvRecords } from '~/lib/format/csv';
import { LANGS, type Lang } from '~/schemas/common';
import { builtPages, type BuiltPage } from '../support/site';
import { served } from '../support/built-site';
import { EDITOR_CASE, EDITOR_DIST, EDITOR_TEXT, FORMULA, editorSteps, hostile } from '../support/editor-site';

const pages = builtPages(EDITOR_DIST);
const at = (path: string): BuiltPage => {
  const p = pages.find((x) => x.path === path);
  if (!p) throw new Error(`the editor's site has no page ${path}`);
  return p;
};
const file = (path: string) => readFileSync(join(EDITOR_DIST, path), 'utf8');
const caseHref = (lang: Lang) => served(`/${lang}/cases/${EDITOR_CASE}/`);
const COUNTRY = { en: 'Germany', ko: '독일' } as const;

describe('an editor adds a case from a new country with content/ alone', () => {
  const steps = editorSteps();

  it('goes through the scaffold and the content check, and changes no file outside content/', () => {
    expect(steps.scaffold).toContain(`content/cases/${EDITOR_CASE}.yaml`);
    expect(steps.scaffold).toContain(`content/cases/ko/${EDITOR_CASE}.mdx`);
    expect(steps.scaffold).toContain(`content/cases/en/${EDITOR_CASE}.mdx`);
    expect(steps.check).toMatch(/^content OK: 11 cases, /);
    expect(steps.files).toBeGreaterThan(100);
    expect(steps.unchanged).toBe(true);
  });

  it.each(LANGS)('has its page in %s, with the country named from its code', (lang) => {
    const p = at(`/${lang}/cases/${EDITOR_CASE}/`);
    expect(p.dom.querySelector('h1')!.text).toBe(EDITOR_TEXT[lang].title);
    expect(p.dom.querySelector('.facts-dl')!.text).toContain(COUNTRY[lang]);
    expect(p.dom.querySelector(`#chart-${EDITOR_CASE}-chart`)).not.toBeNull();
  });

  it.each(LANGS)('is on the %s case index, abroad, with Germany among the countries to filter by', (lang) => {
    const p = at(`/${lang}/cases/`);
    const card = p.dom.querySelectorAll('[data-case-group="abroad"] .card').find((c) => c.querySelector(`a[href="${caseHref(lang)}"]`));
    expect(card?.getAttribute('data-country')).toBe('DE');
    expect(card?.querySelector('h3')!.text).toBe(EDITOR_TEXT[lang].title);
    expect(p.dom.querySelector('select[name="country"] option[value="DE"]')?.text).toBe(COUNTRY[lang]);
    expect(p.dom.querySelector('.lead')!.text).toContain('11');
  });

  it.each(LANGS)('is in the %s comparison, as a choice and a column', (lang) => {
    const p = at(`/${lang}/compare/`);
    expect(p.dom.querySelector(`input[name="case"][value="${EDITOR_CASE}"]`)?.closest('label')?.text.trim()).toBe(EDITOR_TEXT[lang].title);
    // Its column is on its own compare page, where the chooser reads it from.
    const own = at(`/${lang}/compare/${EDITOR_CASE}/`);
    expect(own.dom.querySelectorAll('thead th').map((th) => th.text.trim())).toContain(EDITOR_TEXT[lang].title);
  });

  it.each(LANGS)('has its events on the %s timeline and in the figures page’s timeline chart', (lang) => {
    expect(at(`/${lang}/timeline/`).dom.querySelectorAll(`[data-owner="case:${EDITOR_CASE}"]`).length).toBe(2);
    const figures = at(`/${lang}/figures/`);
    expect(figures.dom.querySelector('#chart-timeline')!.text).toContain(EDITOR_TEXT[lang].title);
    // Its own chart is listed among the charts on case and policy pages.
    expect(figures.dom.querySelector(`a[href="${caseHref(lang)}#chart-${EDITOR_CASE}-chart"]`)).not.toBeNull();
  });

  it('is in the sitemap and both feeds', () => {
    const sitemap = file('sitemap.xml');
    for (const lang of LANGS) expect(sitemap).toContain(`${caseHref(lang)}</loc>`);
    for (const lang of LANGS) expect(file(`${lang}/rss.xml`)).toContain(`${caseHref(lang)}</link>`);
  });

  it('is in every open-data file', () => {
    const metrics = parseCsvRecords(file('data/metrics.csv')).filter((r) => r['owner_id'] === EDITOR_CASE);
    expect(metrics.map((r) => r['id'])).toEqual([`${EDITOR_CASE}/staff-share`, `${EDITOR_CASE}/centres`]);
    const parts = (index: string) => (JSON.parse(file(index)) as { parts: string[] }).parts.map((p) => file(`data/${p}`)).join('\n');
    expect(parts('data/metrics.json')).toContain(`"${EDITOR_CASE}/centres"`);
    const cases = parts('data/cases.json');
    expect(cases).toContain(`"id":"${EDITOR_CASE}"`);
    expect(cases).toContain('"country":"DE"');
    for (const lang of LANGS) {
      const compare = parseCsv(file(`data/compare-${lang}.csv`));
      expect(compare.find((row) => row[0] === EDITOR_CASE)).toContain(EDITOR_TEXT[lang].title);
      expect(parseCsv(file(`data/charts/${EDITOR_CASE}-chart.${lang}.csv`)).length).toBeGreaterThan(2);
    }
  });
});

describe('hostile strings in every kind of text field come out escaped', () => {
  it('no page of the site carries an element or attribute the hostile strings would make', () => {
    for (const p of pages) {
      for (const el of p.dom.querySelectorAll('*')) {
        for (const [name, value] of Object.entries(el.attributes)) {
          expect(name.startsWith('on') && value.includes('__pwned'), `${p.path}: <${el.tagName.toLowerCase()} ${name}>`).toBe(false);
        }
      }
      for (const script of p.dom.querySelectorAll('script')) {
        if (script.getAttribute('type') === 'application/ld+json') continue;
        expect(script.text.includes('__pwned'), `${p.path}: a script holds editor text`).toBe(false);
      }
      expect(p.dom.querySelectorAll('img[src="x"], svg[onload]').length, p.path).toBe(0);
    }
  });

  it('shows the hostile text as text: the case’s title, a policy’s, a topic’s, a glossary term, a note, the paper', () => {
    expect(at('/en/cases/').html).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned()&lt;/script&gt;');
    expect(at(`/en/cases/${EDITOR_CASE}/`).dom.querySelector('h1')!.text).toContain('</script><script>window.__pwned()</script>"><img src=x onerror="window.__pwned()">');
    for (const [path, what] of [
      ['/en/policies/kcc-infrastructure-strategy/', 'policy title en'],
      ['/en/topics/concept/', 'topic title en'],
      ['/en/guide/', 'page title en'],
      ['/en/glossary/', 'term'],
      [`/en/cases/${EDITOR_CASE}/`, 'note'],
      ['/en/about/', 'paper title'],
      ['/en/about/', 'section'],
      ['/en/policies/kcc-infrastructure-strategy/', 'owner'],
      ['/en/data/', 'base'],
      ['/ko/glossary/', '정의'],
    ] as const) {
      expect(at(path).dom.querySelector('main')!.text, `${path}: ${what}`).toContain(hostile(what).split('\u2028')[0]);
    }
  });

  it('writes JSON-LD that cannot end its script element and reads back as the title', () => {
    for (const lang of LANGS) {
      const script = at(`/${lang}/cases/${EDITOR_CASE}/`).dom.querySelector('script[type="application/ld+json"]')!;
      expect(script.innerHTML).not.toMatch(/<\/script|<!--/i);
      const data = JSON.parse(script.text) as { headline: string; description: string; isBasedOn: { name: string } };
      expect(data.headline).toBe(EDITOR_TEXT[lang].title);
      expect(data.description).toBe(EDITOR_TEXT[lang].summary);
      expect(data.isBasedOn.name).toBe(hostile(lang === 'en' ? 'paper title' : '논문 title'));
    }
  });

  it('writes feeds and the sitemap whose text holds no markup', () => {
    for (const lang of LANGS) {
      const xml = file(`${lang}/rss.xml`);
      const title = /<title>([^<]*)<\/title>\s*<link>[^<]*zugspitze/.exec(xml)?.[1];
      const decoded = title?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
      expect(decoded).toBe(EDITOR_TEXT[lang].title);
      expect(xml).not.toMatch(/<script|<img|<svg|<!--|]]>/);
    }
    expect(file('sitemap.xml')).not.toMatch(/<script|__pwned/);
  });

  it('writes CSV cells that a spreadsheet cannot take for formulas, and JSON as it is', () => {
    const rows = parseCsvRecords(file('data/metrics.csv'));
    const staff = rows.find((r) => r['id'] === `${EDITOR_CASE}/staff-share`)!;
    expect(staff['measure_en']).toBe(`'${FORMULA} ${hostile('measure')}`);
    expect(rows.find((r) => r['id'] === `${EDITOR_CASE}/centres`)!['measure_en']!.startsWith("'-1+1 ")).toBe(true);
    expect(file('data/metrics.csv').startsWith(BOM)).toBe(true);
    const row = parseCsv(file('data/compare-en.csv')).find((r) => r[0] === EDITOR_CASE)!;
    expect(row.filter((cell) => cell.startsWith("'+scale ")).length).toBe(1);
    expect(file('data/metrics/1.json')).toContain(JSON.stringify(`${FORMULA} ${hostile('measure')}`));
  });
});
