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
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from './support/browser';
import { serveStatic } from './support/static-server';
import { QUERIES } from './support/search-queries';
import { formatRecall, recallOf, runQueries } from './support/search-harness';

const DIST = 'dist';
const RUNS = 5;
const FIRST_QUERIES = { ko: '스마트워크센터', en: 'smart work centre' } as const;

/** Pagefind's ready-made interfaces, which the site does not ship. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

function dirSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? dirSize(join(dir, e.name)) : UNUSED.test(e.name) ? 0 : statSync(join(dir, e.name)).size),
    0,
  );
}

/** Bytes a static host sends for a file: gzip for text, as is for what is compressed already. */
function wireBytes(file: string): number {
  const body = readFileSync(file);
  return ['.js', '.json', '.html', '.css', '.svg'].includes(extname(file)) ? gzipSync(body, { level: 9 }).length : body.length;
}

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
      const kind = f.includes('/fragment/') ? 'fragments' : f.includes('/index/') ? 'index chunks' : f.includes('/filter/') ? 'filters' : extname(f) === '.pagefind' ? 'wasm' : extname(f) === '.js' ? 'scripts' : 'other';
      byKind.set(kind, (byKind.get(kind) ?? 0) + wireBytes(f));
    }
    out.push(
      `first search "${q}" (${lang}): ${kib(total)} over the wire in ${local.length} requests, ${median(times)} ms median of ${RUNS} (${times.join(', ')} ms)`,
      `  ${[...byKind].map(([k, v]) => `${k} ${kib(v)}`).join(', ')}`,
    );
  }
  await browser.close();
  return out;
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
  ...(await firstSearch(server.url)),
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
