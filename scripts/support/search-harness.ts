/**
 * Runs sets of queries against a served site in Chromium, through the real
 * search page: each query is submitted in the search form as a reader would,
 * and the result links, excerpts and any hand-off to the other language are
 * read off the page. `ask` runs any set (the question set of
 * search-questions.ts); `runQueries` scores the single-term set, where a query
 * is a hit when its expected page is among the first five results.
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
  /** What the reader sees of each of those results. */
  shown: { href: string; excerpt: string; marked: string[] }[];
  /** The offer to search the other language, shown when nothing was found. */
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
// by Vite's transform, and must run untouched in the page.
// Asks every query in the page itself, one after another, through the search
// form as a reader submits it: no round trip to the browser per query, and no
// wait for the typing delay.
const ASK_IN_PAGE = `async ({ queries, top }) => {
  const input = document.getElementById('search-q');
  const results = document.getElementById('search-results');
  const settled = (q) => new Promise((resolve) => {
    const done = () => results.dataset.state === 'done' && results.dataset.query === q;
    if (done()) return resolve();
    const watch = new MutationObserver(() => { if (done()) { watch.disconnect(); resolve(); } });
    watch.observe(results, { attributes: true });
  });
  const out = [];
  for (const q of queries) {
    input.value = q;
    input.form.requestSubmit();
    await settled(q);
    const shown = [...results.querySelectorAll('.search-result')].slice(0, top).map((li) => ({
      href: li.querySelector('a.result-link').href,
      excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
      marked: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent ?? ''),
    }));
    const handoff = [...results.querySelectorAll('.search-handoff')].map((e) => e.textContent.trim()).join(' ');
    out.push(handoff ? { shown, handoff } : { shown });
  }
  return out;
}`;

async function uiAnswers(page: Page, queries: string[]): Promise<{ shown: Answer['shown']; handoff?: string }[]> {
  const fn = await page.evaluateHandle(ASK_IN_PAGE);
  return page.evaluate(([f, arg]) => (f as unknown as (a: unknown) => Promise<{ shown: Answer['shown']; handoff?: string }[]>)(arg), [fn, { queries, top: TOP }] as const);
}

/** Asks the queries of each language in its own tab, side by side; answers come back in the order asked, per language. */
export async function ask<Q extends Asked>(browser: Pick<Browser, 'newPage'>, siteUrl: string, queries: Q[]): Promise<Answer<Q>[]> {
  const perLang = await Promise.all(
    (['ko', 'en'] as const).map(async (lang) => {
      const mine = queries.filter((c) => c.lang === lang);
      const out: Answer<Q>[] = [];
      if (!mine.length) return out;
      const page = await browser.newPage();
      await page.goto(`${siteUrl}${lang}/search/`);
      // As a reader does: into the box, and the index loads before the first query is typed.
      await page.locator('#search-q').focus();
      await page.waitForFunction(() => document.getElementById('search-results')?.dataset['state'] === 'done');
      const answers = await uiAnswers(page, mine.map((q) => q.q));
      mine.forEach((query, i) => {
        const got = answers[i]!;
        out.push({ query, top: got.shown.map((r) => pathBelowLang(r.href, siteUrl, lang)), ...got });
      });
      await page.close();
      return out;
    }),
  );
  return perLang.flat();
}

/** Runs the single-term set: a hit when the expected page is among the first five. */
export async function runQueries(browser: Pick<Browser, 'newPage'>, siteUrl: string, queries: SearchCase[]): Promise<Outcome[]> {
  return (await ask(browser, siteUrl, queries)).map((a) => ({ ...a, hit: a.top.includes(a.query.expect) }));
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
