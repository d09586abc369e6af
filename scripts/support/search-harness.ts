/**
 * Runs the query set against a served site in Chromium and scores it: a query
 * is a hit when its expected page is among the first five results.
 *
 * Two ways to ask: `raw` calls Pagefind's own API with the query as typed (how
 * the site searched before the Korean work, and the baseline the report
 * compares with); `ui` types the query into the search page, exactly as a
 * reader does, and reads the result links and any hand-off to the other
 * language. `ask` runs any set of queries this way (the question set of
 * search-questions.ts); `runQueries` scores the single-term set.
 */
import type { Browser, Page } from 'playwright-core';
import type { Lang } from '~/schemas/common';
import type { SearchCase } from './search-queries';

export const TOP = 5;

/** Anything typed into the search box of a language. */
export interface Asked {
  lang: Lang;
  q: string;
}

/** What one query brought up. */
export interface Answer<Q extends Asked = Asked> {
  query: Q;
  /**
   * Paths below `/{lang}/` of the first results, best first. A result outside
   * the query's language keeps its whole path (it starts with `/`).
   */
  top: string[];
  /** What the reader sees of each of those results (`ui` runs only). */
  shown: { href: string; excerpt: string; marked: string[] }[];
  /** The offer to search the other language, shown when nothing was found (`ui` runs only). */
  handoff?: string;
}

export interface Outcome extends Answer<SearchCase> {
  hit: boolean;
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

async function uiTop(page: Page, q: string): Promise<{ shown: Answer['shown']; handoff?: string }> {
  await page.locator('#search-q').fill(q);
  await page.waitForFunction((q) => {
    const el = document.getElementById('search-results');
    return el?.dataset['state'] === 'done' && el.dataset['query'] === q;
  }, q);
  const shown = await page.locator('#search-results .search-result').evaluateAll((items, top) =>
    items.slice(0, top).map((li) => ({
      href: (li.querySelector('a.result-link') as HTMLAnchorElement).href,
      excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
      marked: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent ?? ''),
    })), TOP);
  const handoff = await page.locator('#search-results .search-handoff').evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? '').join(' '));
  return handoff ? { shown, handoff } : { shown };
}

/** Asks the queries of each language in its own tab, side by side; answers come back in the order asked, per language. */
export async function ask<Q extends Asked>(browser: Pick<Browser, 'newPage'>, siteUrl: string, queries: Q[], mode: 'raw' | 'ui'): Promise<Answer<Q>[]> {
  const perLang = await Promise.all(
    (['ko', 'en'] as const).map(async (lang) => {
      const mine = queries.filter((c) => c.lang === lang);
      const out: Answer<Q>[] = [];
      if (!mine.length) return out;
      const page = await browser.newPage();
      await page.goto(`${siteUrl}${lang}/${mode === 'ui' ? 'search/' : ''}`);
      if (mode === 'ui') {
        // As a reader does: into the box, and the index loads before the first query is typed.
        await page.locator('#search-q').focus();
        await page.waitForFunction(() => document.getElementById('search-results')?.dataset['state'] === 'done');
      }
      for (const query of mine) {
        const got = mode === 'ui' ? await uiTop(page, query.q) : { shown: (await rawTop(page, query.q)).map((href) => ({ href, excerpt: '', marked: [] })) };
        const top = got.shown.map((r) => pathBelowLang(r.href, siteUrl, lang));
        out.push({ query, top, ...got });
      }
      await page.close();
      return out;
    }),
  );
  return perLang.flat();
}

/** Runs the single-term set: a hit when the expected page is among the first five. */
export async function runQueries(browser: Pick<Browser, 'newPage'>, siteUrl: string, queries: SearchCase[], mode: 'raw' | 'ui'): Promise<Outcome[]> {
  return (await ask(browser, siteUrl, queries, mode)).map((a) => ({ ...a, hit: a.top.includes(a.query.expect) }));
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
