/**
 * Measures search on the built site (run `npm run build` first):
 *
 * - the size of the search index in dist/search-index;
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
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { SEARCH_INDEX_DIR } from '~/lib/search/facets';
import { launch } from './support/browser';
import { serveStatic } from './support/static-server';
import { QUERIES } from './support/search-queries';
import { QUESTIONS } from './support/search-questions';
import { formatRecall, recallOf, runQueries } from './support/search-harness';

const DIST = 'dist';
const RUNS = 5;
const FIRST_QUERIES = { ko: '스마트워크센터', en: 'smart work centre' } as const;
const BUDGET = { firstSearchBytes: 116 * 1000, afterKeystrokeMs: 300 } as const;

function dirSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

/** Bytes a static host sends for a file: gzip for text, as is for what is compressed already. */
function wireBytes(file: string): number {
  const body = readFileSync(file);
  return ['.js', '.json', '.html', '.css', '.svg'].includes(extname(file)) ? gzipSync(body, { level: 9 }).length : body.length;
}

/** What a file fetched by a search is, for the breakdown of first-search bytes. */
function kindOf(file: string): string {
  const name = file.split('/').pop() ?? '';
  if (!file.includes(`/${SEARCH_INDEX_DIR}/`)) return extname(file) === '.js' ? 'site scripts' : 'other';
  if (name === 'pagefind.js') return 'pagefind.js';
  if (name.endsWith('.pagefind')) return 'Pagefind WebAssembly';
  if (file.includes('/index/')) return 'index chunks';
  if (file.includes('/fragment/')) return 'page data (fragments)';
  if (file.includes('/filter/')) return 'filters';
  if (/\.pf_meta$|pagefind-entry\.json$/.test(name)) return 'index metadata';
  return name;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function firstSearch(siteUrl: string) {
  const browser = await launch();
  const out: string[] = [];
  for (const lang of ['ko', 'en'] as const) {
    const q = FIRST_QUERIES[lang];
    const times: number[] = [];
    let files: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext(); // a cold cache each time
      const page = await context.newPage();
      await page.goto(`${siteUrl}${lang}/search/`);
      await page.waitForLoadState('networkidle');
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      // Timed in the page: from the focus that starts loading to the results drawn.
      await page.evaluate((q) => {
        const marks = window as unknown as Record<string, number>;
        const results = document.getElementById('search-results')!;
        document.getElementById('search-q')!.addEventListener('focus', () => (marks['searchStart'] = performance.now()), { once: true });
        new MutationObserver(() => {
          if (results.dataset['state'] === 'done' && results.dataset['query'] === q) marks['searchDone'] ??= performance.now();
        }).observe(results, { attributes: true });
      }, q);
      await page.locator('#search-q').fill(q);
      await page.waitForFunction(() => 'searchDone' in window);
      times.push(Math.round(await page.evaluate(() => {
        const marks = window as unknown as Record<string, number>;
        return marks['searchDone']! - marks['searchStart']!;
      })));
      files = fetched;
      await context.close();
    }
    const local = files.map((p) => join(DIST, decodeURIComponent(p))).filter((f) => existsSync(f));
    const total = local.reduce((s, f) => s + wireBytes(f), 0);
    const byKind = new Map<string, number>();
    for (const f of local) {
      const kind = kindOf(f);
      byKind.set(kind, (byKind.get(kind) ?? 0) + wireBytes(f));
    }
    out.push(
      `first search "${q}" (${lang}): ${kib(total)} (${(total / 1000).toFixed(1)} KB; budget ${BUDGET.firstSearchBytes / 1000} KB${total > BUDGET.firstSearchBytes ? ', OVER' : ''}) over the wire in ${local.length} requests, ${median(times)} ms median of ${RUNS} (${times.join(', ')} ms)`,
      `  ${[...byKind].map(([k, v]) => `${k} ${kib(v)}`).join(', ')}`,
    );
  }
  await browser.close();
  return out;
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
      `after the last keystroke (${lang}, index loaded, ${times.length} questions typed): median ${Math.round(percentile(times, 50))} ms, 95th percentile ${Math.round(percentile(times, 95))} ms, slowest ${Math.round(worst)} ms (budget ${BUDGET.afterKeystrokeMs} ms${worst > BUDGET.afterKeystrokeMs ? ', OVER' : ''})`,
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
  ...(await firstSearch(server.url)),
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
