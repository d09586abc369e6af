/**
 * `npm run bench:lighthouse` (after `npm run build`): Lighthouse scores (mobile,
 * its default) of the pages readers look at most, in both languages, with
 * Debian's Chromium on the built site served locally; or of the paths given. Prints one line per page; targets are 100 in all four
 * categories. A benchmark, not a test: scores depend on the machine's load.
 */
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serveStatic } from './support/static-server';
import { READING_PAGES, readingPath } from './support/reading-pages';

/** The pages readers look at most, in both languages (scripts/support/reading-pages.ts). */
const PAGES = process.argv.slice(2).length ? process.argv.slice(2) : READING_PAGES.flatMap((p) => (['ko', 'en'] as const).map((lang) => readingPath(p, lang)));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveStatic(resolve(join(process.cwd(), process.env.OUT_DIR ?? 'dist')));
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
let worst = 100;
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result!.lhr;
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    worst = Math.min(worst, ...scores);
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
      .map((a) => a.id);
    console.log(`${path.padEnd(44)} ${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join('  ')}${failing.length ? `  (below 1: ${failing.join(', ')})` : ''}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`lowest score: ${worst}`);
