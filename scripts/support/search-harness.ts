/**
 * Runs the query set against a served site in Chromium and scores it: a query
 * is a hit when its expected page is among the first five results.
 *
 * Two ways to ask: `raw` calls Pagefind's own API with the query as typed (how
 * the site searched before the Korean work, and the baseline the report
 * compares with); `ui` types the query into the search page, exactly as a
 * reader does, and reads the result links.
 */
import type { Browser, Page } from 'playwright-core';
import type { Lang } from '~/schemas/common';
import type { SearchCase } from './search-queries';

export const TOP = 5;

export interface Outcome {
  query: SearchCase;
  /** Paths below `/{lang}/` of the first results, best first. */
  top: string[];
  hit: boolean;
  /** What the reader sees of each of those results (`ui` runs only). */
  shown: { href: string; excerpt: string; marked: string[] }[];
}

export interface Recall {
  lang: Lang;
  hits: number;
  total: number;
  recall: number;
  misses: Outcome[];
}

/** `/atlas/ko/cases/kt/?q=x#frag` → `cases/kt/` */
export function pathBelowLang(href: string, siteUrl: string, lang: Lang): string {
  const base = new URL(siteUrl).pathname;
  const path = new URL(href, siteUrl).pathname;
  const prefix = `${base}${lang}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

// Written as source text: a function passed to evaluate() would be rewritten
// by Vite's transform (its dynamic import), and must run untouched in the page.
const RAW_SEARCH = `async ({ q, top }) => {
  const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
  const res = await pagefind.search(q);
  const data = await Promise.all(res.results.slice(0, top).map((r) => r.data()));
  return data.map((d) => d.url);
}`;

async function rawTop(page: Page, q: string): Promise<string[]> {
  const fn = await page.evaluateHandle(RAW_SEARCH);
  return page.evaluate(([f, arg]) => (f as unknown as (a: unknown) => Promise<string[]>)(arg), [fn, { q, top: TOP }] as const);
}

async function uiTop(page: Page, q: string): Promise<Outcome['shown']> {
  await page.locator('#search-q').fill(q);
  await page.waitForFunction((q) => {
    const el = document.getElementById('search-results');
    return el?.dataset['state'] === 'done' && el.dataset['query'] === q;
  }, q);
  return page.locator('#search-results .search-result').evaluateAll((items, top) =>
    items.slice(0, top).map((li) => ({
      href: (li.querySelector('a.result-link') as HTMLAnchorElement).href,
      excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
      marked: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent ?? ''),
    })), TOP);
}

/** Runs the queries of each language in its own tab, side by side. */
export async function runQueries(browser: Pick<Browser, 'newPage'>, siteUrl: string, queries: SearchCase[], mode: 'raw' | 'ui'): Promise<Outcome[]> {
  const perLang = await Promise.all(
    (['ko', 'en'] as const).map(async (lang) => {
      const mine = queries.filter((c) => c.lang === lang);
      const out: Outcome[] = [];
      if (!mine.length) return out;
      const page = await browser.newPage();
      await page.goto(`${siteUrl}${lang}/${mode === 'ui' ? 'search/' : ''}`);
      for (const query of mine) {
        const shown = mode === 'ui' ? await uiTop(page, query.q) : (await rawTop(page, query.q)).map((href) => ({ href, excerpt: '', marked: [] }));
        const top = shown.map((r) => pathBelowLang(r.href, siteUrl, lang));
        out.push({ query, top, hit: top.includes(query.expect), shown });
      }
      await page.close();
      return out;
    }),
  );
  return perLang.flat();
}

export function recallOf(outcomes: Outcome[], lang: Lang): Recall {
  const mine = outcomes.filter((o) => o.query.lang === lang);
  const hits = mine.filter((o) => o.hit).length;
  return { lang, hits, total: mine.length, recall: mine.length ? hits / mine.length : 0, misses: mine.filter((o) => !o.hit) };
}

export function formatRecall(r: Recall): string {
  const lines = [`${r.lang}: ${r.hits}/${r.total} = ${(r.recall * 100).toFixed(1)}% with the expected page in the top ${TOP}`];
  for (const m of r.misses) lines.push(`  miss [${m.query.form}] "${m.query.q}" → want ${m.query.expect}, got ${m.top.length ? m.top.join(', ') : 'nothing'}`);
  return lines.join('\n');
}
