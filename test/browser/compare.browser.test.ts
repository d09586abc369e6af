/**
 * The compare pages in headless Chromium: the chooser updates table and URL,
 * loading the columns a page lacks from their cases' compare pages; a shared
 * URL restores the choice and its order with no layout shift, Back undoes a
 * change, everything works from the keyboard, and without JavaScript the
 * default pair, and each case with its peers, are there.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useBrowser } from '../support/browser-suite';
import { pageViolations } from '../support/axe';
import { realAtlas } from '../support/atlas';
import { comparisonRows } from '~/lib/compare/rows';
import { mainColumns, peerColumns } from '~/lib/compare/pages';
import { nearestPeers } from '~/lib/records/summaries';
import { LANGS, type Lang } from '~/schemas/common';
import { t } from '~/i18n';
import { page as builtPage } from '../support/site';
import { fill } from '~/lib/format/fill';

const atlas = await realAtlas();
const ids = atlas.cases.map((c) => c.id);
const title = (id: string, lang: Lang) => atlas.cases.find((c) => c.id === id)!.text[lang].title;
/** The JavaScript the compare page carries, gzipped: the chooser is meant to stay tiny. */
const JS_BUDGET_GZIP = 2048;

/** Ids of the case columns a reader can see. */
const visibleColumns = (page: Page) =>
  page.$$eval('#compare-table thead th[data-case]', (ths) => ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => (th as HTMLElement).dataset['case']));
const checkedBoxes = (page: Page) =>
  page.$$eval('compare-cases form input[name="case"]', (bs) => bs.filter((b) => (b as HTMLInputElement).checked).map((b) => (b as HTMLInputElement).value));
const casesParam = (page: Page) => new URL(page.url()).searchParams.get('cases');
/** Waits until the columns the choice needs have loaded. */
const settled = (page: Page) => page.waitForSelector('compare-cases:not([aria-busy])', { state: 'attached' });

/** Presses Tab until the element matching `selector` has focus; fails if it is not reachable. */
async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} is not reachable with Tab`);
}

describe.skipIf(!hasBrowser)('compare page in Chromium', () => {
  const site = inject('siteUrl');
  const browser = useBrowser();

  it('shows the default pair and writes it to the URL, with no script file to load', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${site}en/compare/`);
    expect(await visibleColumns(page)).toEqual(['bt', 'kt']);
    expect(casesParam(page)).toBe('bt,kt');
    expect((await checkedBoxes(page)).sort()).toEqual(['bt', 'kt']);
    // The note for readers without JavaScript gives way to the chooser.
    expect(await page.isVisible('compare-cases [data-no-js]')).toBe(false);
    expect(await page.isVisible('compare-cases form')).toBe(true);
    await expect.poll(() => page.textContent('compare-cases [data-panel-status]')).toContain(fill(t('en').compare.comparing, { titles: `${title('bt', 'en')}, ${title('kt', 'en')}` }));
    // The chooser is inlined after the table, so the chosen columns show before the first paint.
    expect(scripts).toEqual([]);
    const inline = await page.locator('script[data-compare-element]').evaluate((s) => s.textContent?.length ?? 0);
    const gzip = await page.evaluate(async () => {
      const text = document.querySelector('script[data-compare-element]')?.textContent ?? '';
      const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
      return (await new Response(stream).arrayBuffer()).byteLength;
    });
    console.log(`compare page JavaScript: no file, ${inline} bytes inline (${gzip} gzip)`);
    expect(gzip).toBeLessThanOrEqual(JS_BUDGET_GZIP);
    await page.close();
  });

  it('shows the chosen cases in the order chosen, with no layout shift as the page appears', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const order = ['ntt-data', 'kt', 'samsung-sds', 'bt'];
    // Two of the four columns are not on the page: they load from their cases' compare pages while the table waits unseen.
    await page.goto(`${site}ko/compare/?cases=${order.join(',')}`);
    await settled(page);
    await page.waitForTimeout(300);
    expect(await visibleColumns(page)).toEqual(order);
    expect(casesParam(page)).toBe(order.join(','));
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    // A case ticked now goes last.
    await page.check('compare-cases input[value="japan"]');
    await expect.poll(() => visibleColumns(page)).toEqual([...order, 'japan']);
    expect(casesParam(page)).toBe([...order, 'japan'].join(','));
    await page.close();
  });

  it('updates table and URL from the keyboard, and Back restores the previous choice', async () => {
    const page = await browser.newPage();
    await page.goto(`${site}en/compare/?cases=kt,bt`);
    expect(await visibleColumns(page)).toEqual(['kt', 'bt']);
    await tabTo(page, 'input[value="ntt-data"]');
    await page.keyboard.press('Space');
    await expect.poll(() => visibleColumns(page)).toEqual(['kt', 'bt', 'ntt-data']);
    expect(casesParam(page)).toBe('kt,bt,ntt-data');
    expect(await page.textContent('compare-cases [data-panel-status]')).toContain(title('ntt-data', 'en'));

    // Unchecking down to one case asks politely for another, and keeps the one column.
    await page.focus('input[value="bt"]');
    await page.keyboard.press('Space');
    await page.focus('input[value="ntt-data"]');
    await page.keyboard.press('Space');
    expect(await visibleColumns(page)).toEqual(['kt']);
    expect(await page.textContent('compare-cases [data-panel-status]')).toBe(t('en').compare.tooFewOne);

    await page.goBack();
    expect(casesParam(page)).toBe('kt,ntt-data');
    expect(await visibleColumns(page)).toEqual(['kt', 'ntt-data']);
    expect((await checkedBoxes(page)).sort()).toEqual(['kt', 'ntt-data']);
    await page.goBack();
    await page.goBack();
    expect(await visibleColumns(page)).toEqual(['kt', 'bt']);
    await page.close();
  });

  it('highlights exactly the rows where the chosen cases differ, marked in words as well as colour', async () => {
    const page = await browser.newPage();
    const chosen = ['japan', 'netherlands', 'united-states'];
    await page.goto(`${site}en/compare/?cases=${chosen.join(',')}`);
    await settled(page);
    await tabTo(page, 'compare-cases input[name="highlight"]');
    await page.keyboard.press('Space');
    const expected = comparisonRows(atlas, 'en', chosen).filter((r) => r.differs).map((r) => r.key);
    const marked = await page.$$eval('#compare-table tbody tr', (rows) =>
      rows.filter((r) => (r.querySelector('.diff-mark') as HTMLElement).offsetParent !== null).map((r) => (r as HTMLElement).dataset['field']),
    );
    expect(marked).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected).not.toContain('sector'); // all three are national pictures
    await page.close();
  });

  it.each(LANGS)('restores every case’s “compare with…” pairs from the shared URL in %s', async (lang) => {
    const page = await browser.newPage();
    for (const id of ids) {
      // The links as the case page carries them (built HTML), followed in the browser.
      const links = builtPage(`/${lang}/cases/${id}/`).dom.querySelectorAll('.compare-peers a').map((a) => new URL(a.getAttribute('href')!, site).href);
      const peers = nearestPeers(atlas, id);
      expect(links, id).toHaveLength(peers.length);
      expect(peers.length, id).toBeGreaterThan(0);
      const peer = peers[0]!.id;
      await page.goto(links[0]!);
      const pair = ids.filter((x) => x === id || x === peer);
      expect(await visibleColumns(page), id).toEqual(pair);
      const headers = await page.$$eval('#compare-table thead th[data-case]', (ths) => ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => th.textContent?.trim()));
      expect(headers).toEqual(pair.map((x) => title(x, lang)));
    }
    await page.close();
  });

  it('prints the chosen columns without the chooser', async () => {
    const page = await browser.newPage();
    await page.goto(`${site}ko/compare/?cases=korea,kt`);
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('compare-cases form')).toBe(false);
    expect(await visibleColumns(page)).toEqual(['korea', 'kt']);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('passes axe (WCAG 2.2 AA) in %s mode on the compare, case index and timeline pages', async (colorScheme) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    // One language per page and scheme keeps the run short; the two languages share every template.
    const paths = colorScheme === 'light' ? ['en/compare/?cases=japan,kt', 'ko/cases/', 'en/timeline/'] : ['ko/compare/?cases=bt,korea,netherlands', 'en/cases/', 'ko/timeline/'];
    for (const path of paths) {
      await page.goto(`${site}${path}`);
      if (path.includes('compare')) await settled(page);
      if (path.includes('compare')) await page.check('compare-cases input[name="highlight"]');
      expect(await pageViolations(page, colorScheme), path).toEqual([]);
    }
    await context.close();
  });

  it('starts the loaded choice at its first column on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${site}en/compare/?cases=kt,samsung-sds,bt,ntt-data`);
    await settled(page);
    await page.waitForTimeout(200);
    // The table scrolls sideways and snaps to columns; it must not stay on the column the page was built with first.
    expect(await page.evaluate(() => document.getElementById('compare-wrap')!.scrollLeft)).toBe(0);
    expect(await visibleColumns(page)).toEqual(['kt', 'samsung-sds', 'bt', 'ntt-data']);
    await page.close();
  });

  it('narrows the chooser to the cases whose names match, opening their countries, without changing the choice', async () => {
    const page = await browser.newPage();
    await page.goto(`${site}en/compare/`);
    const shownBoxes = () => page.$$eval('compare-cases input[name="case"]', (bs) => bs.filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => (b as HTMLInputElement).value));
    await page.fill('compare-cases input[name="narrow"]', 'ntt');
    expect(await shownBoxes()).toEqual(['ntt-data']);
    expect(await page.$$eval('compare-cases details', (gs) => gs.filter((g) => !(g as HTMLElement).hidden).length)).toBe(1);
    // Leaving the box (a change event) chooses nothing.
    await page.keyboard.press('Tab');
    expect(casesParam(page)).toBe('bt,kt');
    await page.fill('compare-cases input[name="narrow"]', '');
    expect((await shownBoxes()).sort()).toEqual([...ids].sort());
    await page.close();
  });

  it('loads a chosen column once from its case’s compare page, with the notes it cites', async () => {
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'fetch') loaded.push(new URL(r.url()).pathname);
    });
    await page.goto(`${site}en/compare/`);
    await page.check('compare-cases input[value="netherlands"]');
    await settled(page);
    await expect.poll(() => visibleColumns(page)).toEqual(['bt', 'kt', 'netherlands']);
    expect(loaded).toEqual([new URL(`${site}en/compare/netherlands/`).pathname]);
    // Every marker of the new column leads to a note of that column, now on this page.
    const targets = await page.$$eval('#compare-table td[data-case="netherlands"] a.cite', (as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    expect(targets.length).toBeGreaterThan(0);
    for (const id of targets) expect(await page.evaluate((x) => document.getElementById(x)?.closest('[data-case-notes]')?.getAttribute('data-case-notes'), id)).toBe('netherlands');
    expect(await page.isVisible('[data-case-notes="netherlands"]')).toBe(true);
    // Unticked and ticked again: the column is still on the page and is not fetched again.
    await page.uncheck('compare-cases input[value="netherlands"]');
    expect(await page.isVisible('[data-case-notes="netherlands"]')).toBe(false);
    await page.check('compare-cases input[value="netherlands"]');
    expect(await visibleColumns(page)).toEqual(['bt', 'kt', 'netherlands']);
    expect(loaded).toHaveLength(1);
    await page.close();
  });

  it('says so when a column cannot be loaded, and shows the others', async () => {
    const page = await browser.newPage();
    await page.route('**/compare/japan/', (route) => route.abort());
    await page.goto(`${site}en/compare/?cases=kt,japan`);
    await settled(page);
    expect(await visibleColumns(page)).toEqual(['kt']);
    expect(await page.textContent('compare-cases [data-panel-status]')).toBe(t('en').compare.loadFailed);
    await page.close();
  });

  it('shows the default pair without JavaScript, and each case with its peers on its own compare page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}en/compare/?cases=kt,japan`);
    expect(await visibleColumns(page)).toEqual(mainColumns(atlas));
    expect(await page.isVisible('compare-cases form')).toBe(false);
    expect(await page.isVisible('compare-cases [data-no-js]')).toBe(true);
    expect(await page.$$eval('#compare-table tbody tr', (r) => r.length)).toBe(10);
    for (const id of ids) {
      await page.goto(`${site}ko/compare/${id}/?cases=${id}`);
      expect(await visibleColumns(page), id).toEqual(peerColumns(atlas, id));
    }
    await context.close();
  });
});
