/**
 * The first search a reader makes, measured in headless Chromium on a served
 * build: from the focus on the search box of the search page (nothing of
 * search loaded yet) to the results on screen, with every byte it fetched as
 * sent over the wire (Pagefind's index files are gzipped already; scripts are
 * counted as gzip -9 would send them). Used by `bench:search` and
 * `bench:scale`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SEARCH_INDEX_DIR } from '~/lib/search/facets';
import { launch } from '../support/browser';

export const FIRST_QUERIES = { ko: '스마트워크센터', en: 'smart work centre' } as const;
/** The search issue's budget for a first search, over the wire: Starlight's figure on a comparable site. */
export const FIRST_SEARCH_BUDGET = 116 * 1000;

/** Pagefind's ready-made interfaces, which the site does not ship. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/** Bytes under `dir`, leaving out Pagefind's unused interfaces. */
export function dirSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? dirSize(join(dir, e.name)) : UNUSED.test(e.name) ? 0 : statSync(join(dir, e.name)).size),
    0,
  );
}

/** Bytes a static host sends for a file: gzip for text, as is for what is compressed already. */
export function wireBytes(file: string): number {
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

export const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface FirstSearch {
  lang: 'ko' | 'en';
  query: string;
  /** Bytes over the wire of everything the search fetched. */
  bytes: number;
  requests: number;
  /** Focus to results drawn, one per cold run, in ms. */
  times: number[];
  medianMs: number;
  /** Bytes by kind: Pagefind's script and WebAssembly, the site's scripts, index chunks, filters, fragments… */
  byKind: [string, number][];
}

/** One Korean and one English first search on the site served at `siteUrl` from `dist`, each `runs` times with a cold cache; each query must find something. */
export async function firstSearch(siteUrl: string, dist: string, runs = 5, queries: Record<'ko' | 'en', string> = FIRST_QUERIES): Promise<FirstSearch[]> {
  const browser = await launch();
  const out: FirstSearch[] = [];
  try {
    for (const lang of ['ko', 'en'] as const) {
      const q = queries[lang];
      const times: number[] = [];
      let files: string[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext(); // a cold cache each time
        const page = await context.newPage();
        await page.goto(`${siteUrl}${lang}/search/`);
        await page.waitForLoadState('networkidle');
        const fetched: string[] = [];
        page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
        // Timed in the page: from the focus that starts loading to the results drawn. The
        // results must be on screen: when the box is filled while the interface is still
        // loading, its first search (of the box as it was, empty) can end marked with the
        // typed query before the search for that query has run.
        await page.evaluate((q) => {
          const marks = window as unknown as Record<string, number>;
          const results = document.getElementById('search-results')!;
          document.getElementById('search-q')!.addEventListener('focus', () => (marks['searchStart'] = performance.now()), { once: true });
          new MutationObserver(() => {
            if (results.dataset['state'] === 'done' && results.dataset['query'] === q && results.querySelector('.search-result')) marks['searchDone'] ??= performance.now();
          }).observe(results, { attributes: true });
        }, q);
        await page.locator('#search-q').fill(q);
        await page.waitForFunction(() => 'searchDone' in window, undefined, { timeout: 120_000 });
        times.push(Math.round(await page.evaluate(() => {
          const marks = window as unknown as Record<string, number>;
          return marks['searchDone']! - marks['searchStart']!;
        })));
        files = fetched;
        await context.close();
      }
      const local = files.map((p) => join(dist, decodeURIComponent(p))).filter((f) => existsSync(f));
      const byKind = new Map<string, number>();
      for (const f of local) {
        const kind = kindOf(f);
        byKind.set(kind, (byKind.get(kind) ?? 0) + wireBytes(f));
      }
      out.push({ lang, query: q, bytes: local.reduce((s, f) => s + wireBytes(f), 0), requests: local.length, times, medianMs: median(times), byKind: [...byKind] });
    }
  } finally {
    await browser.close();
  }
  return out;
}
