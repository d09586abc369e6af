import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasBrowser, launch } from '../../scripts/support/browser';
import { axeViolations, PAGE_KINDS } from '../support/axe';

describe.skipIf(!hasBrowser)('accessibility in Chromium (ko)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('has no serious or critical axe violation on any kind of page, in light', async () => {
    const paths = PAGE_KINDS.map((k) => `/ko/${k}`);
    // Dark-mode contrast is checked on the English pages, which share every colour.
    expect(await axeViolations(browser, inject('siteUrl'), paths, { dark: false })).toEqual([]);
  }, 300_000);
});
