/**
 * The question set (scripts/support/search-questions.ts), written before any
 * tuning, through the real search page in Chromium: every question submitted
 * in the search form of its language's page, the results read off the page.
 * Prints recall at 1, 3 and 5 per language and by form, every miss and the
 * false-hit rate; holds search to the bar: the expected page in the
 * top five for 95% of the questions and first for 80%, in each language, and
 * fewer than 5% of the queries that must find nothing finding anything.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { hasBrowser, useBrowser } from '../support/browser-suite';
import { page as builtPage } from '../support/site';
import { ask, type Answer } from '../../scripts/support/search-harness';
import { MUST_FIND_NOTHING, QUESTIONS, type NothingQuery, type Question } from '../../scripts/support/search-questions';
import { falseHits, nothingReport, questionReport, recallAt } from '../../scripts/support/search-scores';

const BAR = { top5: 0.95, top1: 0.8, falseHits: 0.05 } as const;

describe('the question set', () => {
  it('has at least 70 Korean and 50 English questions and 20 that must find nothing, each expecting pages that exist', () => {
    expect(QUESTIONS.filter((q) => q.lang === 'ko').length).toBeGreaterThanOrEqual(70);
    expect(QUESTIONS.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(50);
    expect(MUST_FIND_NOTHING.length).toBeGreaterThanOrEqual(20);
    for (const q of QUESTIONS) for (const p of q.expect) expect(() => builtPage(`/${q.lang}/${p}`), q.q).not.toThrow();
  });
});

describe.skipIf(!hasBrowser)('the question set through the search page', () => {
  const browser = useBrowser();
  const siteUrl = inject('siteUrl');
  let answers: Answer<Question>[] = [];
  let nothing: Answer<NothingQuery>[] = [];

  beforeAll(async () => {
    [answers, nothing] = await Promise.all([ask(browser, siteUrl, QUESTIONS), ask(browser, siteUrl, MUST_FIND_NOTHING)]);
  });

  it.each(['ko', 'en'] as const)('finds the expected page in the top five for 95%, first for 80%, of the %s questions', (lang) => {
    const mine = answers.filter((a) => a.query.lang === lang);
    console.log([...questionReport(lang, answers), ...nothingReport(lang, nothing)].join('\n'));
    expect(mine.length).toBe(QUESTIONS.filter((q) => q.lang === lang).length);
    expect(recallAt(mine, 5)).toBeGreaterThanOrEqual(BAR.top5);
    expect(recallAt(mine, 1)).toBeGreaterThanOrEqual(BAR.top1);
  });

  it('finds something for fewer than 5% of the queries that must find nothing', () => {
    expect(nothing.length).toBe(MUST_FIND_NOTHING.length);
    expect(falseHits(nothing).length / nothing.length).toBeLessThan(BAR.falseHits);
  });
});
