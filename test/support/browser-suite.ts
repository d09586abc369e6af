/**
 * One Chromium per browser test file, launched before its tests and closed
 * after them. `describe.skipIf(!hasBrowser)` skips the file's suites where
 * there is no Chromium (CI requires one, see scripts/support/browser.ts).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../../scripts/support/browser';

export { hasBrowser } from '../../scripts/support/browser';

export type TestBrowser = Pick<Browser, 'newPage' | 'newContext'>;

/** Call inside a describe: the browser its tests use. */
export function useBrowser(): TestBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const get = (): Browser => {
    if (!browser) throw new Error('Chromium is not running: useBrowser() belongs inside a describe');
    return browser;
  };
  return { newPage: (options) => get().newPage(options), newContext: (options) => get().newContext(options) };
}
