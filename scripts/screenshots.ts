/**
 * `npm run screenshots` (after `npm run build`): full-page screenshots of the
 * pages readers look at most, in both languages, at desktop (1366 px) and
 * phone (390 px) widths, light and dark, with Debian's Chromium on the built
 * site served locally. Written to `test/.output/screenshots/` (or the folder
 * given as the first argument) as `{lang}-{page}-{width}-{scheme}.png`; look
 * at every one after a change to the reading experience.
 *
 *   npm run build && npm run screenshots
 *   npm run screenshots -- ../shots case figures     # only some pages, into another folder
 *   SLICES=1 npm run screenshots                       # also in screen-high parts, `…-p1.png`, `…-p2.png`
 *
 * A long page downscaled to fit an image viewer is unreadable; the parts are
 * what one looks at, the full page is what one keeps.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from './support/browser';
import { ROOT } from './support/paths';
import { serveStatic } from './support/static-server';
import { READING_PAGES, readingPath } from './support/reading-pages';

const WIDTHS = [1366, 390] as const;
const SCHEMES = ['light', 'dark'] as const;
const LANGS = ['ko', 'en'] as const;

const [outArg, ...only] = process.argv.slice(2);
const out = resolve(outArg ?? join(ROOT, 'test/.output/screenshots'));
const pages = only.length ? READING_PAGES.filter((p) => only.includes(p.name)) : READING_PAGES;
if (pages.length < only.length) throw new Error(`unknown page among ${only.join(', ')}: pages are ${READING_PAGES.map((p) => p.name).join(', ')}`);
const dist = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const screenHeight = (width: number) => (width > 800 ? 900 : 844);

/** The page in parts about two screens high (the last may be shorter), for reading the screenshots. */
async function slices(page: Page, stem: string, width: number, height: number) {
  const part = width > 800 ? 1400 : 1600;
  for (let y = 0, i = 1; y < height; y += part, i++) {
    await page.screenshot({ path: `${stem}-p${i}.png`, clip: { x: 0, y, width, height: Math.min(part, height - y) } });
  }
}

const server = await serveStatic(dist);
const browser = await launch();
try {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({
        viewport: { width, height: screenHeight(width) },
        deviceScaleFactor: 1,
        colorScheme,
        isMobile: width < 800,
        hasTouch: width < 800,
      });
      const page = await context.newPage();
      for (const lang of LANGS) {
        for (const { name, ...p } of pages) {
          await page.goto(`${server.url}${readingPath({ name, ...p }, lang)}`, { waitUntil: 'load' });
          // Search results arrive after the index loads.
          if (name === 'search') await page.locator('.search-result').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
          // Chosen columns the page lacks arrive from their cases' compare pages.
          if (name === 'compare') await page.waitForSelector('compare-cases:not([aria-busy])', { state: 'attached' });
          await page.waitForTimeout(200);
          const file = join(out, `${lang}-${name}-${width}-${colorScheme}.png`);
          // The whole page, by making the screen as tall as the page: Chromium's own full-page capture
          // drops the phone's touch screen for a moment, and with it what the page shows only on touch screens.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.setViewportSize({ width, height });
          await page.screenshot({ path: file });
          console.log(file);
          if (process.env.SLICES) await slices(page, file.replace(/\.png$/, ''), width, height);
          await page.setViewportSize({ width, height: screenHeight(width) });
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
