/**
 * The search page and header box in Chromium against the built site: what
 * loads when, filters (always whole, counts that follow the results, a
 * filter-only link), the query and filters in the URL (sharing, Back), the
 * prompt, a suggestion for a slip, the hand-off to the other language with its
 * true count, messages that shorten a long query, the keyboard shortcut and
 * the page without JavaScript.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordRequests } from '../../scripts/support/browser';
import { hasBrowser, useBrowser } from '../support/browser-suite';
import { pageViolations } from '../support/axe';
import { unserved } from '../support/built-site';

const siteUrl = inject('siteUrl');

async function resultsFor(page: Page, q: string) {
  await page.waitForFunction((q) => {
    const el = document.getElementById('search-results');
    return el?.dataset['state'] === 'done' && el.dataset['query'] === q;
  }, q);
  const results = await page.locator('#search-results .search-result').evaluateAll((items) =>
    items.map((li) => ({
      href: new URL((li.querySelector('a.result-link') as HTMLAnchorElement).href).pathname,
      kind: li.querySelector('.result-kind')?.lastChild?.textContent ?? '',
    })),
  );
  return results.map((r) => ({ ...r, href: unserved(r.href) }));
}


const searchRequests = (urls: string[]) => urls.filter((u) => /\/pagefind\/|search-ui/.test(u));
const statusOf = async (page: Page) => (await page.locator('#search-status').textContent()) ?? '';

describe.skipIf(!hasBrowser)('search in Chromium', () => {
  const browser = useBrowser();

  it('loads no search code with a case page, nor with the search page until the reader starts', async () => {
    const page = await browser.newPage();
    const urls = recordRequests(page);
    await page.goto(`${siteUrl}ko/cases/kt/`);
    expect(urls.filter((u) => u.endsWith('.js'))).toEqual([]);
    await page.goto(`${siteUrl}ko/search/`);
    await page.waitForLoadState('networkidle');
    expect(searchRequests(urls)).toEqual([]);
    await page.locator('#search-q').focus();
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset['state'] === 'done');
    expect(searchRequests(urls).some((u) => u.endsWith('/pagefind/ko/pagefind.js'))).toBe(true);
    // The other language's index only when a search needs it.
    expect(searchRequests(urls).some((u) => u.includes('/pagefind/en/'))).toBe(false);
    await page.close();
  });

  it('searches on arrival with ?q=, and marks the match in each excerpt', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}ko/search/?q=${encodeURIComponent('센터')}`);
    const results = await resultsFor(page, '센터');
    expect(await page.locator('#search-q').inputValue()).toBe('센터');
    expect(results.map((r) => r.href)).toContain('/ko/cases/kt/');
    const total = Number(/(\d+)건/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
    // Five at a time: each result's excerpt is a fetch of its page's text.
    expect(total).toBeGreaterThan(5);
    expect(results).toHaveLength(5);
    const marks = await page.locator('.search-result').first().locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toContain('센터');
    // More results on request, with the keyboard focus on the first new one.
    await page.locator('#search-results button.more').click();
    await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(total, 10));
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.previousElementSibling === document.querySelectorAll('.search-result')[4])).toBe(true);
    // Each kind of page says what it is.
    const kinds = await page.locator('.search-result .result-kind').allTextContents();
    expect([...new Set(kinds)]).toEqual(expect.arrayContaining(['종류: 사례', '종류: 정책', '종류: 주제', '종류: 용어']));
    await page.close();
  });

  it('offers the five filters and narrows by them, with the filters in the URL and Back undoing them', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}en/search/?q=centre`);
    await resultsFor(page, 'centre');
    // The totals in the status line, not the results on the first page (five at most).
    const total = async () => Number(/(\d+) result/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
    const all = await total();
    const legends = await page.locator('#search-filters legend').allTextContents();
    expect(legends).toEqual(['Kind', 'Country', 'Sector', 'Form of smart work', 'Started']);

    await page.locator('#search-filters input[name="kind"][value="Case"]').check();
    await page.waitForURL(/kind=Case/);
    const cases = await resultsFor(page, 'centre');
    const caseTotal = await total();
    expect(cases.length).toBeGreaterThan(0);
    expect(caseTotal).toBeLessThan(all);
    expect(cases.every((r) => r.kind === 'Case')).toBe(true);

    await page.locator('#search-filters input[name="sector"][value="Company"]').check();
    await page.waitForURL(/sector=Company/);
    const companies = await resultsFor(page, 'centre');
    const companyCases = ['bt', 'ibm-korea', 'kt', 'lg-cns', 'ntt-data', 'samsung-sds'].map((id) => `/en/cases/${id}/`);
    expect(companies.length).toBeGreaterThan(0);
    for (const r of companies) expect(companyCases).toContain(r.href);

    // Back removes the last filter, then the first.
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('sector='));
    await resultsFor(page, 'centre');
    expect(await total()).toBe(caseTotal);
    expect(await page.locator('#search-filters input[value="Company"]').isChecked()).toBe(false);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('kind='));
    await resultsFor(page, 'centre');
    expect(await total()).toBe(all);
    await page.close();
  });

  it('opens a shared URL with its query and filters', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}ko/search/?q=${encodeURIComponent('원격근무')}&country=${encodeURIComponent('일본')}&year=2007`);
    const results = await resultsFor(page, '원격근무');
    expect(results.map((r) => r.href)).toEqual(['/ko/cases/japan/']);
    expect(await page.locator('#search-filters input[name="country"][value="일본"]').isChecked()).toBe(true);
    expect(await page.locator('#search-filters input[name="year"][value="2007"]').isChecked()).toBe(true);
    await page.goto(`${siteUrl}en/search/?q=home&form=${encodeURIComponent('Job sharing')}`);
    expect((await resultsFor(page, 'home')).map((r) => r.href)).toEqual(['/en/cases/bt/']);
    await page.close();
  });

  it('keeps the query in the URL as the reader types, and Back returns to the previous search', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}en/search/?q=netbook`);
    await resultsFor(page, 'netbook');
    await page.locator('#search-q').fill('quiet room');
    await page.locator('#search-q').press('Enter');
    const quiet = await resultsFor(page, 'quiet room');
    expect(quiet.map((r) => r.href)).toContain('/en/cases/kt/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('quiet room');
    await page.goBack();
    await resultsFor(page, 'netbook');
    expect(await page.locator('#search-q').inputValue()).toBe('netbook');
    await page.close();
  });

  it.each([
    ['ko', 'Bundang', 'en', '/en/cases/kt/', '영어 페이지에는'],
    ['en', '분당', 'ko', '/ko/cases/kt/', 'The Korean pages have'],
  ] as const)('hands a %s search for %s that finds nothing to the %s pages in one click, with their true count', async (lang, q, other, expected, says) => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}${lang}/search/?q=${encodeURIComponent(q)}`);
    expect(await resultsFor(page, q)).toEqual([]);
    const link = page.locator('.search-handoff a');
    await expect.poll(() => link.textContent()).toContain(says);
    const promised = Number(/(\d+)/.exec((await link.textContent()) ?? '')?.[1]);
    expect(promised).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL(new RegExp(`/${other}/search/`));
    expect((await resultsFor(page, q)).map((r) => r.href)).toContain(expected);
    expect(await page.locator('.search-result').count()).toBe(promised);
    await page.close();
  });

  it('shows the whole filter panel and a prompt before any query, and lists the pages of a filter-only link', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}ko/search/`);
    await page.locator('#search-q').focus();
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset['state'] === 'done');
    expect(await statusOf(page)).toBe('찾을 낱말을 입력한다.');
    expect(await page.locator('#search-filters legend').allTextContents()).toEqual(['종류', '국가', '부문', '스마트워크 형태', '시작 연도']);
    await page.goto(`${siteUrl}ko/search/?country=${encodeURIComponent('일본')}`);
    const results = await resultsFor(page, '');
    expect(results.map((r) => r.href)).toEqual(['/ko/cases/japan/', '/ko/cases/ntt-data/']);
    expect(await statusOf(page)).toContain('2건');
    expect(await page.locator('#search-filters input[name="country"][value="일본"]').isChecked()).toBe(true);
    await page.close();
  });

  it('counts beside the filters follow the results, and a value with none cannot be chosen', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}en/search/?q=NHS`);
    const results = await resultsFor(page, 'NHS');
    const caseCount = results.filter((r) => r.kind === 'Case').length;
    expect(caseCount).toBeGreaterThan(0);
    expect(await page.locator('#search-filters label:has(input[value="Case"]) .count').textContent()).toBe(`(${caseCount})`);
    // No Japanese page speaks of the NHS: the box is there, counted 0 and disabled.
    const japan = page.locator('#search-filters input[name="country"][value="Japan"]');
    expect(await japan.count()).toBe(1);
    expect(await japan.isDisabled()).toBe(true);
    await page.close();
  });

  it('offers the nearest indexed word for a slip, as a link, once, before the other language', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}en/search/?q=telewrok`);
    const results = await resultsFor(page, 'telewrok');
    expect(results.length).toBeGreaterThan(0);
    expect(await statusOf(page)).toContain('Showing results for “telework”');
    // The sentence that says whose results these are links the nearest word; no second "did you mean".
    const suggestion = page.locator('.suggestion-link');
    expect(await suggestion.count()).toBe(1);
    expect(await suggestion.textContent()).toBe('telework');
    expect(await page.locator('.search-suggestion').count()).toBe(0);
    expect(await page.locator('.search-handoff').count()).toBe(0);
    await suggestion.click();
    await resultsFor(page, 'telework');
    expect(new URL(page.url()).searchParams.get('q')).toBe('telework');
    await page.close();
  });

  it('says “1 result”, and shortens a long query in its messages', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}en/search/?q=Senate`);
    await resultsFor(page, 'Senate');
    expect(await statusOf(page)).toBe('1 result for “Senate”');
    const long = 'an extremely long question that nobody would ever type into a search box about nothing';
    await page.locator('#search-q').fill(long);
    await page.locator('#search-q').press('Enter');
    await resultsFor(page, long);
    const status = await statusOf(page);
    expect(status).toContain('…');
    expect(status).not.toContain(long);
    expect(status.length).toBeLessThan(long.length);
    await page.close();
  });

  it('jumps to the search box with / or Ctrl-K, and the header box searches from any page', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}en/cases/bt/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    // Typing a slash in the box is text, not the shortcut.
    await page.keyboard.type('sick/leave');
    expect(await page.locator('#site-search').inputValue()).toBe('sick/leave');
    await page.locator('#site-search').fill('sick leave');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=sick/);
    expect((await resultsFor(page, 'sick leave')).map((r) => r.href)).toContain('/en/cases/bt/');
    // On the search page the shortcut goes to the page's own box.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations with results and filters shown (%s)', async (colorScheme) => {
    const page = await browser.newPage({ colorScheme });
    await page.goto(`${siteUrl}ko/search/?q=${encodeURIComponent('보안')}&kind=${encodeURIComponent('사례')}`);
    await resultsFor(page, '보안');
    expect(await pageViolations(page, colorScheme)).toEqual([]);
    await page.close();
  });

  it('says without JavaScript that search needs it, and links to the case, policy and topic lists', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}ko/search/?q=${encodeURIComponent('센터')}`);
    expect(await page.locator('.search-noscript').isVisible()).toBe(true);
    expect(await page.locator('.search-noscript').textContent()).toContain('자바스크립트');
    const links = (await page.locator('.search-browse a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).map(unserved);
    expect(links).toEqual(expect.arrayContaining(['/ko/cases/', '/ko/policies/', '/ko/topics/']));
    await context.close();
  });
});
