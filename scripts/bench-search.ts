/**
 * Measures search on the built site (run `npm run build` first):
 *
 * - the size of the search index in dist/pagefind;
 * - a first search in headless Chromium: from the reader typing into the
 *   search page (nothing of search loaded yet) to the results on screen, with
 *   every byte it fetched, as sent over the wire with gzip (Pagefind's index
 *   files are gzipped already; scripts are counted as gzip -9 would send them);
 * - recall of the query set, before (plain `pagefind --site` and queries as
 *   typed, the site's search before the Korean work) and after (the search
 *   page as built).
 *
 * Usage: vite-node scripts/bench-search.ts [--no-recall]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './support/browser';
import { serveStatic } from './support/static-server';
import { QUERIES } from './support/search-queries';
import { formatRecall, recallOf, runQueries } from './support/search-harness';
import { dirSize, firstSearch, kib } from './bench/first-search';

const DIST = 'dist';
const RUNS = 5;

async function firstSearchLines(siteUrl: string) {
  return (await firstSearch(siteUrl, DIST, RUNS)).flatMap((r) => [
    `first search "${r.query}" (${r.lang}): ${kib(r.bytes)} over the wire in ${r.requests} requests, ${r.medianMs} ms median of ${RUNS} (${r.times.join(', ')} ms)`,
    `  ${r.byKind.map(([k, v]) => `${k} ${kib(v)}`).join(', ')}`,
  ]);
}

async function recall(siteUrl: string, dist: string, mode: 'raw' | 'ui') {
  const browser = await launch();
  const server = dist === DIST ? undefined : await serveStatic(dist);
  const outcomes = await runQueries(browser, server?.url ?? siteUrl, QUERIES, mode);
  await browser.close();
  await server?.close();
  return (['ko', 'en'] as const).map((l) => formatRecall(recallOf(outcomes, l)));
}

/** The same pages indexed by plain Pagefind, as the site was before the Korean work. */
function baselineSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-search-baseline-'));
  cpSync(DIST, dir, { recursive: true, filter: (src) => !src.startsWith(join(DIST, 'pagefind')) });
  execFileSync('npx', ['pagefind', '--site', dir], { stdio: 'pipe' });
  return dir;
}

const server = await serveStatic(DIST);
const report = [
  `search index: ${kib(dirSize(join(DIST, 'pagefind')))} in dist/pagefind (index chunks ${kib(dirSize(join(DIST, 'pagefind/index')))}, fragments ${kib(dirSize(join(DIST, 'pagefind/fragment')))})`,
  ...(await firstSearchLines(server.url)),
];
if (!process.argv.includes('--no-recall')) {
  const baseline = baselineSite();
  report.push(
    `index of plain pagefind --site: ${kib(dirSize(join(baseline, 'pagefind')))} (index chunks ${kib(dirSize(join(baseline, 'pagefind/index')))}, fragments ${kib(dirSize(join(baseline, 'pagefind/fragment')))})`,
    'recall before (plain Pagefind, queries as typed):',
    ...(await recall(server.url, baseline, 'raw')),
    'recall after (the search page):',
    ...(await recall(server.url, DIST, 'ui')),
  );
  rmSync(baseline, { recursive: true, force: true });
}
await server.close();
console.log(report.join('\n'));
