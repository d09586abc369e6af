/**
 * The reading experience in Chromium: citation markers that lead to notes on
 * the same page and back, big enough to tap; no internal ids shown; "Cite
 * this page" in every style with its files; the reader's choices kept in the
 * URL across a language switch; charts as pictures without JavaScript; print;
 * the header in one row from 1024 px and behind a menu on a phone.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { hasBrowser, useBrowser } from '../support/browser-suite';
import { realAtlas } from '../support/atlas';
import { t } from '~/i18n';

const atlas = await realAtlas();

describe.skipIf(!hasBrowser)('reading in Chromium', () => {
  const site = inject('siteUrl');
  const browser = useBrowser();
  const url = (path: string) => new URL(path.replace(/^\//, ''), site).href;

  async function open(path: string, options: Parameters<typeof browser.newContext>[0] = {}) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true, ...options });
    const page = await context.newPage();
    await page.goto(url(path));
    return { page, close: () => context.close() };
  }

  const hashOf = (page: Page) => new URL(page.url()).hash;

  it('each marker leads to a note on the same page that says what the paper states, and the note leads back', async () => {
    const { page, close } = await open('/en/cases/kt/');
    const markers = page.locator('.prose a.cite');
    expect(await markers.count()).toBeGreaterThan(5);
    // Every marker's note is on this page, numbered as the marker reads.
    const pairs = await markers.evaluateAll((as) => as.map((a) => ({ n: a.textContent, note: document.querySelector(a.getAttribute('href')!)?.querySelector('.note-n')?.textContent })));
    for (const p of pairs) expect(p.note).toBe(p.n);

    const first = markers.first();
    const target = (await first.getAttribute('href'))!;
    await first.click();
    expect(hashOf(page)).toBe(target);
    const note = page.locator(target);
    expect(await note.evaluate((li) => li.matches(':target'))).toBe(true);
    const statement = atlas.facts.get('F28')!.statement.en;
    expect(await note.textContent()).toContain(statement);
    expect(await note.locator('.note-paper > a').getAttribute('href')).toMatch(/\/en\/about\/#s-3-1$/);
    await note.locator('.backrefs a').first().click();
    expect(hashOf(page)).toBe(`#${await first.getAttribute('id')}`);

    // A note cited from several places leads back to each.
    const shared = page.locator('.note-list > li').filter({ has: page.locator('.backrefs a:nth-of-type(2)') }).first();
    const back = await shared.locator('.backrefs a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of back) expect(await page.locator(`a.cite${href}`).getAttribute('href')).toBe(`#${await shared.getAttribute('id')}`);
    await close();
  });

  it('markers are at least 24 × 24 px, in text, tables and notes, on a phone as on a desktop', async () => {
    for (const viewport of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
      for (const path of ['/ko/cases/kt/', '/en/compare/?cases=kt,samsung-sds,bt,ntt-data', '/en/glossary/']) {
        const { page, close } = await open(path, { viewport });
        const small = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('a.cite, .backrefs a')]
            .filter((a) => a.offsetParent !== null)
            .map((a) => ({ text: a.textContent, ...a.getBoundingClientRect().toJSON() }))
            .filter((r) => r.width < 24 || r.height < 24),
        );
        expect(small, `${path} at ${viewport.width}px`).toEqual([]);
        await close();
      }
    }
  });

  it('shows readers no internal fact ids, and no Hangul in a faked italic, on any page that cites the paper', async () => {
    const paths = ['/en/cases/kt/', '/ko/cases/bt/', '/en/policies/national-activation-strategy/', '/ko/topics/concept/', '/en/compare/', '/ko/compare/', '/ko/figures/', '/en/glossary/', '/ko/timeline/', '/en/about/', '/ko/cases/', '/ko/cases/lg-cns/'];
    for (const path of paths) {
      const { page, close } = await open(path);
      expect(await page.locator('main').innerText(), path).not.toMatch(/\bF\d\d\b/);
      const slanted = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => getComputedStyle(el).fontStyle !== 'normal')
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /[가-힣]/.test(n.textContent ?? '')))
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(slanted, path).toEqual([]);
      await close();
    }
  });

  it('words and colours each cross-check status alike wherever it shows', async () => {
    const { page, close } = await open('/en/about/');
    const seen = await page.locator('.status').evaluateAll((els) => els.map((e) => ({ cls: [...e.classList].find((c) => c.startsWith('st-')), text: e.textContent?.replace(/^[^A-Za-z]+/, ''), colour: getComputedStyle(e).color })));
    const byStatus = new Map<string, Set<string>>();
    for (const s of seen) byStatus.set(s.cls!, (byStatus.get(s.cls!) ?? new Set()).add(`${s.text} ${s.colour}`));
    expect(byStatus.size).toBeGreaterThanOrEqual(3);
    for (const [status, looks] of byStatus) {
      expect(looks.size, status).toBe(1);
      expect([...looks][0]).toContain(t('en').noteStatus[status.slice(3) as keyof ReturnType<typeof t>['noteStatus']]);
    }
    await close();
  });

  it('offers the page’s citation in APA, Chicago and the KCI style, and BibTeX and RIS files with both entries', async () => {
    const { page, close } = await open('/en/cases/kt/');
    const box = page.locator('#cite-this');
    const shown = () => box.locator('.cite-style').evaluateAll((dls) => dls.filter((d) => (d as HTMLElement).offsetParent !== null).map((d) => (d as HTMLElement).dataset['style']));
    expect(await shown()).toEqual(['apa']);
    const updated = atlas.cases.find((c) => c.id === 'kt')!.text.en.updated;
    const month = updated.toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' });
    const [y, d] = [updated.getUTCFullYear(), updated.getUTCDate()];
    const apa = await box.locator('[data-style="apa"] .citation').first().textContent();
    expect(apa).toMatch(new RegExp(`^Smart Work Atlas\\. \\(${y}, ${month} ${d}\\)\\. KT\\. http.*/atlas/en/cases/kt/$`));
    await box.locator('label', { hasText: 'Chicago' }).click();
    expect(await shown()).toEqual(['chicago']);
    expect(await box.locator('[data-style="chicago"] .citation').first().textContent()).toContain(`Last modified ${month} ${d}, ${y}.`);
    await box.locator('label', { hasText: 'KCI' }).click();
    expect(await shown()).toEqual(['kci']);

    const [bib] = await Promise.all([page.waitForEvent('download'), box.locator('.cite-downloads a', { hasText: 'BibTeX' }).click()]);
    expect(bib.suggestedFilename()).toBe('kt.en.bib');
    const bibtex = await readFile((await bib.path())!, 'utf8');
    expect(bibtex.match(/^@\w+\{/gm)).toHaveLength(2);
    expect(bibtex).toContain('/atlas/en/cases/kt/}');
    const [ris] = await Promise.all([page.waitForEvent('download'), box.locator('.cite-downloads a', { hasText: 'RIS' }).click()]);
    expect(ris.suggestedFilename()).toBe('kt.en.ris');
    const text = await readFile((await ris.path())!, 'utf8');
    expect(text.split('\r\n').filter((l) => l.startsWith('TY  - '))).toEqual(['TY  - ELEC', 'TY  - GEN']);
    await close();
  });

  it('offers each chart of the figures page its own citation, pointing at the chart', async () => {
    const { page, close } = await open('/ko/figures/');
    const cite = page.locator('#cite-targets');
    await cite.locator('summary').click();
    const kci = cite.locator('label', { hasText: 'KCI' });
    await kci.click();
    expect(await cite.locator('[data-style="kci"] .citation').first().textContent()).toMatch(/「목표와 실적」.*수정, http.*\/ko\/figures\/#chart-targets\.$/);
    await close();
  });

  it('keeps the chosen cases, in order, across the language switch and a reload', async () => {
    const { page, close } = await open('/en/compare/?cases=ntt-data,kt');
    await page.check('compare-cases input[value="bt"]');
    expect(new URL(page.url()).search).toBe('?cases=ntt-data,kt,bt');
    await page.locator('.site-header a[hreflang="ko"]').click();
    await page.waitForURL(/\/ko\/compare\//);
    expect(new URL(page.url()).search).toBe('?cases=ntt-data,kt,bt');
    const columns = () => page.$$eval('#compare-table thead th[data-case]', (ths) => ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => (th as HTMLElement).dataset['case']));
    expect(await columns()).toEqual(['ntt-data', 'kt', 'bt']);
    await page.reload();
    expect(await columns()).toEqual(['ntt-data', 'kt', 'bt']);
    await close();
  });

  it('keeps the case filters and the timeline’s choice across the language switch', async () => {
    const { page, close } = await open('/ko/cases/');
    await page.selectOption('select[name="country"]', 'KR');
    await page.selectOption('select[name="sort"]', 'year');
    expect(new URL(page.url()).searchParams.get('country')).toBe('KR');
    await page.locator('.site-header a[hreflang="en"]').click();
    await page.waitForURL(/\/en\/cases\//);
    expect(await page.inputValue('select[name="country"]')).toBe('KR');
    expect(await page.inputValue('select[name="sort"]')).toBe('year');
    const shown = await page.$$eval('li.card', (cs) => cs.filter((c) => (c as HTMLElement).offsetParent !== null).length);
    expect(shown).toBe(atlas.cases.filter((c) => c.data.country === 'KR').length);

    await page.goto(url('/en/timeline/'));
    await page.click('timeline-filter button[data-set="none"]');
    await page.check('timeline-filter input[value="case:kt"]');
    expect(new URL(page.url()).searchParams.get('owner')).toBe('case:kt');
    await page.locator('.site-header a[hreflang="ko"]').click();
    await page.waitForURL(/\/ko\/timeline\//);
    const owners = await page.$$eval('.timeline .event', (es) => [...new Set(es.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset['owner']))]);
    expect(owners).toEqual(['case:kt']);
    await close();
  });

  it('keeps the search query across the language switch', async () => {
    const { page, close } = await open('/en/search/?q=BT');
    await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
    await page.locator('.site-header a[hreflang="ko"]').click();
    await page.waitForURL(/\/ko\/search\//);
    expect(new URL(page.url()).searchParams.get('q')).toBe('BT');
    expect(await page.inputValue('#search-q')).toBe('BT');
    await close();
  });

  it('prints every chart, even one never scrolled to, with the table beside it and links showing their addresses', async () => {
    const { page, close } = await open('/en/figures/');
    await page.emulateMedia({ media: 'print' });
    for (const id of ['uptake', 'targets', 'timeline']) {
      const fig = page.locator(`#chart-${id}`);
      expect((await fig.locator('svg.chart-svg').first().boundingBox())!.height, id).toBeGreaterThan(50);
      expect(await fig.locator('table').isVisible(), id).toBe(true);
      expect(await fig.locator('.chart-tabs').isVisible(), id).toBe(false);
      expect(await fig.locator('.chart-explore').isVisible(), id).toBe(false);
    }
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    const after = await page.locator('.note-list .note-paper > a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/atlas/en/about/#s-');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await close();
  });

  it('fits the header in one row from 1024 px in both languages, and puts the navigation behind a menu button on a phone', async () => {
    for (const lang of ['en', 'ko']) {
      const { page, close } = await open(`/${lang}/cases/kt/`, { viewport: { width: 1024, height: 800 } });
      const height = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
      expect(height, lang).toBeLessThan(70);
      expect(await page.locator('.menu-button').isVisible()).toBe(false);
      await close();
    }
    const { page, close } = await open('/en/cases/kt/', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThan(70);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await page.locator('.menu-button').click();
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    await page.locator('.site-nav a', { hasText: t('en').nav.compare }).click();
    await page.waitForURL(/\/en\/compare\//);
    await close();
  });

  it('keeps table columns on a phone wide enough for words, scrolling sideways instead', async () => {
    for (const path of ['/ko/data/', '/ko/compare/?cases=kt,samsung-sds,bt,ntt-data', '/en/cases/kt/']) {
      const { page, close } = await open(path, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      // Chart tables wait behind their tab: open them.
      for (const tab of await page.locator('.chart-tabs label:nth-child(2)').all()) await tab.click();
      const narrow = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableCellElement>('.table-wrap th, .table-wrap td')]
          .filter((c) => c.offsetParent !== null && !c.classList.contains('num') && c.colSpan === 1)
          .filter((c) => c.getBoundingClientRect().width < 90)
          .map((c) => c.textContent?.trim().slice(0, 30)),
      );
      expect(narrow, path).toEqual([]);
      await close();
    }
  });

  it('has one search box on the search page', async () => {
    const { page, close } = await open('/ko/search/');
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await close();
  });
});
