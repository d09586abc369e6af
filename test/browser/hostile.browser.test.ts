/**
 * The editor's site (test/support/editor-site.ts) in Chromium: with hostile
 * strings in every kind of text field, nothing runs on any kind of page, in
 * either language, nor in the feeds and data files; the strings read as the
 * text they are. The case the editor added is found by the search in both
 * languages.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useBrowser } from '../support/browser-suite';
import { unserved } from '../support/built-site';
import { EDITOR_CASE, EDITOR_TEXT, EDITOR_WORD } from '../support/editor-site';
import { LANGS } from '~/schemas/common';

const siteUrl = inject('editorSiteUrl');

/** One page of every kind. */
const PAGE_KINDS = [
  '',
  'cases/',
  `cases/${EDITOR_CASE}/`,
  'policies/',
  'policies/kcc-infrastructure-strategy/',
  'topics/',
  'topics/concept/',
  'glossary/',
  'compare/',
  `compare/${EDITOR_CASE}/`,
  'figures/',
  'timeline/',
  'about/',
  'data/',
  'guide/',
  '404/',
];
const FILES = ['sitemap.xml', 'en/rss.xml', 'ko/rss.xml', 'data/metrics.csv', 'data/metrics.json', 'data/metrics/1.json', 'data/cases.json', 'data/cases/1.json', 'data/compare-en.csv', 'data/compare-ko.csv', `data/charts/${EDITOR_CASE}-chart.en.csv`];

/** Watches a page for anything the hostile strings would run: their own marker, a dialog, an uncaught error. */
async function watched(page: Page) {
  const ran: string[] = [];
  await page.addInitScript(() => {
    (window as unknown as { __pwned: () => void }).__pwned = () => {
      document.documentElement.dataset['pwned'] = 'yes';
    };
  });
  page.on('dialog', (d) => {
    ran.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => ran.push(`error: ${e.message}`));
  return {
    ran,
    async check(where: string) {
      const marked = await page.evaluate(() => document.documentElement?.dataset['pwned'] ?? null).catch(() => null);
      if (marked) ran.push(`${where}: window.__pwned() ran`);
    },
  };
}

describe.skipIf(!hasBrowser)('hostile strings in Chromium', () => {
  const browser = useBrowser();

  it.each(LANGS)('run nowhere on any kind of %s page, and read as text', async (lang) => {
    const page = await browser.newPage();
    const watch = await watched(page);
    for (const path of [...PAGE_KINDS, `search/?q=${encodeURIComponent(EDITOR_WORD[lang])}`]) {
      await page.goto(`${siteUrl}${lang}/${path}`, { waitUntil: 'load' });
      // Bring every chart into view, so the islands that wait for it draw their labels and titles too.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
          scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
      });
      await page.waitForLoadState('networkidle');
      await watch.check(path);
    }
    expect(watch.ran).toEqual([]);
    // A drawn chart puts the hostile chart title and labels in a canvas and its table, as text.
    await page.goto(`${siteUrl}${lang}/cases/${EDITOR_CASE}/`);
    expect(await page.locator('h1').textContent()).toBe(EDITOR_TEXT[lang].title);
    await page.close();
  });

  it('runs nothing in the feeds and data files, and the feeds parse as XML with the titles as written', async () => {
    const page = await browser.newPage();
    const watch = await watched(page);
    for (const path of FILES) {
      if (path.endsWith('.csv')) {
        // A CSV file is never shown as a page: the browser saves it.
        const [download] = await Promise.all([page.waitForEvent('download'), page.goto(`${siteUrl}${path}`).catch(() => null)]);
        expect(download.suggestedFilename(), path).toMatch(/\.csv$/);
        continue;
      }
      const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      await watch.check(path);
    }
    expect(watch.ran).toEqual([]);
    await page.goto(`${siteUrl}en/`);
    for (const lang of LANGS) {
      const titles = await page.evaluate(async (url) => {
        const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
        if (xml.querySelector('parsererror')) return ['parser error'];
        return [...xml.querySelectorAll('item > title')].map((t) => t.textContent ?? '');
      }, `${siteUrl}${lang}/rss.xml`);
      expect(titles).toContain(EDITOR_TEXT[lang].title);
    }
    await page.close();
  });

  it.each(LANGS)('finds the new case by the search in %s', async (lang) => {
    const page = await browser.newPage();
    const q = EDITOR_WORD[lang];
    await page.goto(`${siteUrl}${lang}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction((q) => {
      const el = document.getElementById('search-results');
      return el?.dataset['state'] === 'done' && el.dataset['query'] === q;
    }, q);
    const results = await page.locator('#search-results a.result-link').evaluateAll((links) => links.map((a) => ({ href: (a as HTMLAnchorElement).pathname, text: a.textContent ?? '' })));
    expect(results[0]).toEqual({ href: expect.stringMatching(new RegExp(`/${lang}/cases/${EDITOR_CASE}/$`)) as unknown as string, text: EDITOR_TEXT[lang].title });
    expect(unserved(results[0]!.href)).toBe(`/${lang}/cases/${EDITOR_CASE}/`);
    await page.close();
  });
});
