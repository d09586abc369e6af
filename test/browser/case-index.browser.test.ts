/**
 * The case index and the timeline in headless Chromium: filters and sort
 * change what is listed, from the keyboard too, and every case is listed
 * without JavaScript.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useBrowser } from '../support/browser-suite';
import { realAtlas } from '../support/atlas';
import { timelineEvents } from '~/lib/records/timeline';
import { t } from '~/i18n';
import { fill } from '~/lib/format/fill';

const atlas = await realAtlas();
const ids = atlas.cases.map((c) => c.id);
const idOf = (href: string) => href.split('/').at(-2)!;

/** Visible case cards, in page order, by id. */
const visibleCases = (page: Page) =>
  page.$$eval('li.card', (cards) => cards.filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => c.querySelector('a')!.getAttribute('href')!)).then((h) => h.map(idOf));
const sorted = (xs: string[]) => [...xs].sort();

describe.skipIf(!hasBrowser)('case index and timeline in Chromium', () => {
  const site = inject('siteUrl');
  const browser = useBrowser();

  it('filters by where, country, sector and form, as the collections say', async () => {
    const page = await browser.newPage();
    await page.goto(`${site}en/cases/`);
    expect(sorted(await visibleCases(page))).toEqual(ids);
    const d = t('en');
    expect(await page.textContent('case-filters [data-panel-status]')).toBe(fill(d.filters.count, { shown: ids.length, total: ids.length }));

    // From the keyboard: Tab to the first filter and pick "abroad" with the arrow keys.
    await page.focus('#site-search');
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.matches('select[name="where"]'))); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('select[name="where"]')).toBe('false');
    const abroad = atlas.cases.filter((c) => c.data.country !== 'KR').map((c) => c.id);
    expect(sorted(await visibleCases(page))).toEqual(abroad);
    expect(await page.isVisible('#group-domestic')).toBe(false);

    await page.selectOption('select[name="where"]', '');
    await page.selectOption('select[name="form"]', 'centre');
    expect(sorted(await visibleCases(page))).toEqual(atlas.cases.filter((c) => c.data.forms.includes('centre')).map((c) => c.id));
    await page.selectOption('select[name="sector"]', 'government');
    expect(sorted(await visibleCases(page))).toEqual(atlas.cases.filter((c) => c.data.forms.includes('centre') && c.data.sector === 'government').map((c) => c.id));
    await page.selectOption('select[name="country"]', 'GB');
    expect(await visibleCases(page)).toEqual([]);
    expect(await page.isVisible('case-filters [data-panel-none]')).toBe(true);

    await page.click('case-filters button[type="reset"]');
    await expect.poll(async () => sorted(await visibleCases(page))).toEqual(ids);
    await page.close();
  });

  it('sorts by start year within Korea and abroad, cases without a year last', async () => {
    const page = await browser.newPage();
    await page.goto(`${site}ko/cases/`);
    await page.selectOption('select[name="sort"]', 'year');
    const shown = await visibleCases(page);
    const year = (id: string) => atlas.cases.find((c) => c.id === id)!.data.startYear ?? 9999;
    const domestic = shown.filter((id) => atlas.cases.find((c) => c.id === id)!.data.country === 'KR');
    const abroad = shown.filter((id) => !domestic.includes(id));
    expect(shown).toEqual([...domestic, ...abroad]);
    for (const group of [domestic, abroad]) {
      const years = group.map(year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
    await page.close();
  });

  it('lists every case without JavaScript, with no filter controls', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}ko/cases/`);
    expect(sorted(await visibleCases(page))).toEqual(ids);
    expect(await page.isVisible('case-filters form')).toBe(false);
    await context.close();
  });

  it('filters the timeline by case from the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${site}en/timeline/`);
    const events = timelineEvents(atlas, 'en');
    const visibleEvents = () => page.$$eval('.timeline .event', (es) => es.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset['owner']));
    expect(await visibleEvents()).toHaveLength(events.length);

    await page.focus('timeline-filter button[data-set="none"]');
    await page.keyboard.press('Enter');
    expect(await visibleEvents()).toEqual([]);
    expect(await page.isVisible('timeline-filter [data-panel-none]')).toBe(true);

    await page.focus('timeline-filter input[value="case:kt"]');
    await page.keyboard.press('Space');
    await page.focus('timeline-filter input[value="case:bt"]');
    await page.keyboard.press('Space');
    const chosen = events.filter((e) => e.owner.id === 'kt' || e.owner.id === 'bt');
    expect(await visibleEvents()).toEqual(chosen.map((e) => `case:${e.owner.id}`));
    const years = await page.$$eval('.timeline > li.year', (ys) => ys.filter((y) => (y as HTMLElement).offsetParent !== null).map((y) => Number((y as HTMLElement).dataset['year'])));
    expect(years).toEqual([...new Set(chosen.map((e) => e.year))]);
    expect(await page.textContent('timeline-filter [data-panel-status]')).toBe(fill(t('en').timeline.count, { shown: chosen.length, total: events.length }));
    await page.close();
  });
});
