/**
 * Measures search on the built site (run `npm run build` first):
 *
 * - the size of the search index in dist/pagefind;
 * - a first search in headless Chromium: from the reader typing into the
 *   search page (nothing of search loaded yet) to the results on screen, with
 *   every byte it fetched, as sent over the wire with gzip -9 (the budget is
 *   116 KB, Starlight's figure for a comparable site);
 * - searches once the index is loaded: from the last keystroke to the results
 *   drawn, typing delay included, for every query of the question set (the
 *   budget is 300 ms);
 * - recall of the single-term query set through the search page.
 *
 * Usage: vite-node scripts/bench-search.ts [--no-recall]
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SEARCH_INDEX_DIR } from '~/lib/search/facets';
import { launch } from './support/browser';
import { serveStatic } from './support/static-server';
import { QUERIES } from './support/search-queries';
import { QUESTIONS } from './support/search-questions';
import { formatRecall, recallOf, runQueries } from './support/search-harness';
import { dirSize, firstSearch, FIRST_SEARCH_BUDGET, kib } from './bench/first-search';

const DIST = 'dist';
const RUNS = 5;
const AFTER_KEYSTROKE_BUDGET_MS = 300;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

async function firstSearchLines(siteUrl: string) {
  return (await firstSearch(siteUrl, DIST, RUNS)).flatMap((r) => [
    `first search "${r.query}" (${r.lang}): ${kib(r.bytes)} (${(r.bytes / 1000).toFixed(1)} KB; budget ${FIRST_SEARCH_BUDGET / 1000} KB${r.bytes > FIRST_SEARCH_BUDGET ? ', OVER' : ''}) over the wire in ${r.requests} requests, ${r.medianMs} ms median of ${RUNS} (${r.times.join(', ')} ms)`,
    `  ${r.byKind.map(([k, v]) => `${k} ${kib(v)}`).join(', ')}`,
  ]);
}

/** From the last keystroke of a query typed into the loaded search page to its results drawn. */
async function afterKeystroke(page: Page, q: string): Promise<number> {
  await page.locator('#search-q').fill('');
  await page.evaluate(() => {
    const marks = window as unknown as Record<string, number | undefined>;
    marks['typed'] = undefined;
    marks['drawn'] = undefined;
  });
  await page.locator('#search-q').pressSequentially(q);
  await page.evaluate(() => ((window as unknown as Record<string, number>)['typed'] = performance.now()));
  await page.waitForFunction((q) => {
    const el = document.getElementById('search-results');
    return el?.dataset['state'] === 'done' && el.dataset['query'] === q;
  }, q);
  return page.evaluate(() => performance.now() - (window as unknown as Record<string, number>)['typed']!);
}

async function searchTimes(siteUrl: string) {
  const browser = await launch();
  const out: string[] = [];
  for (const lang of ['ko', 'en'] as const) {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}${lang}/search/`);
    await page.locator('#search-q').focus();
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset['state'] === 'done');
    const timed: { q: string; ms: number }[] = [];
    for (const { q } of QUESTIONS.filter((x) => x.lang === lang)) timed.push({ q, ms: await afterKeystroke(page, q) });
    const times = timed.map((t) => t.ms);
    const worst = Math.max(...times);
    const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 3);
    out.push(
      `after the last keystroke (${lang}, index loaded, ${times.length} questions typed): median ${Math.round(percentile(times, 50))} ms, 95th percentile ${Math.round(percentile(times, 95))} ms, slowest ${Math.round(worst)} ms (budget ${AFTER_KEYSTROKE_BUDGET_MS} ms${worst > AFTER_KEYSTROKE_BUDGET_MS ? ', OVER' : ''})`,
      `  slowest: ${slowest.map((t) => `"${t.q}" ${Math.round(t.ms)} ms`).join(', ')}`,
    );
    await page.close();
  }
  await browser.close();
  return out;
}

const server = await serveStatic(DIST);
const report = [
  `search index: ${kib(dirSize(join(DIST, SEARCH_INDEX_DIR)))} in dist/${SEARCH_INDEX_DIR}`,
  ...(await firstSearchLines(server.url)),
  ...(await searchTimes(server.url)),
];
if (!process.argv.includes('--no-recall')) {
  const browser = await launch();
  const outcomes = await runQueries(browser, server.url, QUERIES);
  await browser.close();
  report.push('single-term set through the search page:', ...(['ko', 'en'] as const).map((l) => formatRecall(recallOf(outcomes, l))));
}
await server.close();
console.log(report.join('\n'));
