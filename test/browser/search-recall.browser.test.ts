/**
 * The query set against the real index, through the real search page in
 * Chromium: per-language recall (expected page in the top five), printed with
 * every miss, must reach 95%. The same run checks that every excerpt shown is
 * a piece of its page's own text, with the match marked.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { hasBrowser, useBrowser } from '../support/browser-suite';
import { page as builtPage } from '../support/site';
import { QUERIES } from '../../scripts/support/search-queries';
import { formatRecall, pathBelowLang, recallOf, runQueries, type Outcome } from '../../scripts/support/search-harness';

const MIN_RECALL = 0.95;

describe('the query set', () => {
  it('has at least 40 Korean and 20 English queries, each expecting a page that exists', () => {
    expect(QUERIES.filter((q) => q.lang === 'ko').length).toBeGreaterThanOrEqual(40);
    expect(QUERIES.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(20);
    for (const q of QUERIES) expect(() => builtPage(`/${q.lang}/${q.expect}`), q.q).not.toThrow();
  });
});

/** Letters and digits only: excerpts and pages differ in spacing and the full stops Pagefind adds. */
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');

/** A built page's indexed text, as a reader sees it, without the citation markers the index leaves out. */
function indexedText(path: string): string {
  const dom = builtPage(path).dom;
  return dom
    .querySelectorAll('[data-pagefind-body]')
    .map((body) => {
      const copy = body.clone() as typeof body;
      for (const el of copy.querySelectorAll('[data-pagefind-ignore], a.cite, a.note-ref, code, pre')) el.remove();
      return copy.text;
    })
    .join(' ');
}

describe.skipIf(!hasBrowser)('search recall in Chromium', () => {
  const browser = useBrowser();
  let outcomes: Outcome[] = [];
  const siteUrl = inject('siteUrl');

  beforeAll(async () => {
    outcomes = await runQueries(browser, siteUrl, QUERIES);
  });

  it.each(['ko', 'en'] as const)('finds the expected page in the top five for %s queries', (lang) => {
    const recall = recallOf(outcomes, lang);
    console.log(formatRecall(recall));
    expect(recall.total).toBe(QUERIES.filter((q) => q.lang === lang).length);
    expect(recall.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('shows excerpts that are the page’s own text, with the match marked', () => {
    let checked = 0;
    for (const o of outcomes) {
      for (const r of o.shown) {
        const lang = o.query.lang;
        const path = `/${lang}/${pathBelowLang(r.href, siteUrl, lang)}`;
        const excerpt = letters(r.excerpt.replace(/…/g, ''));
        expect(excerpt.length, `${o.query.q} → ${path}`).toBeGreaterThan(0);
        expect(letters(indexedText(path)), `excerpt of ${path} for "${o.query.q}": ${r.excerpt}`).toContain(excerpt);
        checked++;
      }
      // The expected page, when found, shows where it matched.
      const expected = o.shown.find((r) => pathBelowLang(r.href, siteUrl, o.query.lang) === o.query.expect);
      if (expected) expect(expected.marked.length, `marks for "${o.query.q}" on ${o.query.expect}`).toBeGreaterThan(0);
    }
    expect(checked).toBeGreaterThan(QUERIES.length);
  });
});
