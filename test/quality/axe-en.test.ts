import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasBrowser, launch } from '../../scripts/support/browser';
import { axeViolations, PAGE_KINDS } from '../support/axe';

describe.skipIf(!hasBrowser)('accessibility in Chromium (en)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('has no serious or critical axe violation on any kind of page, in light and dark', async () => {
    const paths = PAGE_KINDS.map((k) => `/en/${k}`).concat(['/', '/404.html']);
    expect(await axeViolations(browser, inject('siteUrl'), paths)).toEqual([]);
  }, 300_000);
});
