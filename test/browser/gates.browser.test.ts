/**
 * What a careful reviewer checks in a real browser on every page: no request
 * to another origin, and the main content present without JavaScript.
 * (Accessibility has its own files, one per language, so they run side by side.)
 */
import { describe, expect, inject, it } from 'vitest';
import { hasBrowser, useBrowser } from '../support/browser-suite';
import { builtPages } from '../support/site';

const ALL = builtPages().map((p) => p.path);

describe.skipIf(!hasBrowser)('in Chromium', () => {
  const browser = useBrowser();
  const site = inject('siteUrl');
  const origin = new URL(site).origin;
  const url = (path: string) => new URL(path.slice(1), site).href;

  it('makes no request outside its own origin, on any page', async () => {
    const context = await browser.newContext();
    const outside: string[] = [];
    context.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(`${u} (from ${r.frame().url()})`);
    });
    const page = await context.newPage();
    for (const path of ALL) {
      await page.goto(url(path));
      // Scroll through the page so anything that loads on view loads now.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(100);
    }
    await context.close();
    expect(outside).toEqual([]);
  }, 240_000);

  it('shows every page’s main content without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const thin: string[] = [];
    for (const path of ALL.filter((p) => p !== '/')) {
      await page.goto(url(path));
      const { h1, words } = await page.evaluate(() => {
        const main = document.querySelector('main');
        return { h1: main?.querySelector('h1')?.textContent?.trim() ?? '', words: (main?.innerText ?? '').trim().split(/\s+/).length };
      });
      const isNotFound = path.includes('404');
      if (!h1 || (!isNotFound && words < 25)) thin.push(`${path}: h1=${JSON.stringify(h1)}, ${words} words`);
    }
    await context.close();
    expect(thin).toEqual([]);
  }, 240_000);
});

