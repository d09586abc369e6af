/**
 * Scores of the question set (search-questions.ts) as the search page
 * answered it: recall at 1, 3 and 5 per language and by form, the misses, and
 * the false-hit rate of the queries that must find nothing. Shared by
 * scripts/bench-questions.ts and the browser test that holds search to it.
 *
 * Only results in the page's own language count. When a search finds nothing
 * the page offers the same query in the other language; that offer is shown
 * next to a miss but is never counted as a result.
 */
import type { Lang } from '~/schemas/common';
import { TOP, type Answer } from './search-harness';
import { QUESTION_FORMS, type NothingQuery, type Question } from './search-questions';

export const CUTS = [1, 3, TOP] as const;

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
const ratio = (n: number, d: number) => `${n}/${d} = ${pct(n, d)}`;
/** Own-language results only: a path outside the language keeps its leading slash. */
export const ownTop = (a: Answer) => a.top.filter((p) => !p.startsWith('/') && !/^[a-z]+:/.test(p));
const shownPath = (p: string) => (p === '' ? '(home)' : p);

/** Rank of the first expected page among the results, Infinity when none is there. */
export function rankOf(a: Answer<Question>): number {
  const i = ownTop(a).findIndex((p) => a.query.expect.includes(p));
  return i < 0 ? Infinity : i + 1;
}

/** Share of questions with an expected page in the first `k` results. */
export function recallAt(answers: Answer<Question>[], k: number): number {
  return answers.length ? answers.filter((a) => rankOf(a) <= k).length / answers.length : 0;
}

/** Queries that must find nothing but brought up a result in their own language. */
export const falseHits = (answers: Answer<NothingQuery>[]) => answers.filter((a) => ownTop(a).length > 0);

function got(a: Answer): string {
  const top = ownTop(a);
  const foreign = a.top.length - top.length;
  const parts = [top.length ? top.map(shownPath).join(', ') : 'nothing'];
  if (foreign) parts.push(`(+${foreign} result(s) in the other language, not counted)`);
  if (a.handoff) parts.push(`[hand-off: ${a.handoff}]`);
  return parts.join(' ');
}

export function questionReport(lang: Lang, answers: Answer<Question>[]): string[] {
  const mine = answers.filter((a) => a.query.lang === lang);
  const n = mine.length;
  const hitsAt = (list: Answer<Question>[], k: number) => list.filter((a) => rankOf(a) <= k).length;
  const out = [`questions (${lang}): ${n}`];
  out.push(...CUTS.map((k) => `  recall@${k}: ${ratio(hitsAt(mine, k), n)}`));
  out.push('  by form:', `    ${'form'.padEnd(16)}${'n'.padStart(4)}${CUTS.map((k) => `@${k}`.padStart(9)).join('')}`);
  for (const form of QUESTION_FORMS) {
    const f = mine.filter((a) => a.query.form === form);
    if (!f.length) continue;
    out.push(`    ${form.padEnd(16)}${String(f.length).padStart(4)}${CUTS.map((k) => pct(hitsAt(f, k), f.length).padStart(9)).join('')}`);
  }
  const misses = mine.filter((a) => rankOf(a) > TOP);
  out.push(`  misses at ${TOP} (${misses.length}):`);
  for (const m of misses) out.push(`    [${m.query.form}] "${m.query.q}" → want ${m.query.expect.join(' | ')}; got ${got(m)}`);
  const belowFirst = mine.filter((a) => rankOf(a) > 1 && rankOf(a) <= TOP);
  out.push(`  found, but not first (${belowFirst.length}):`);
  for (const m of belowFirst) out.push(`    [${m.query.form}] "${m.query.q}" → want ${m.query.expect.join(' | ')} at ${rankOf(m)}; got ${got(m)}`);
  return out;
}

export function nothingReport(lang: Lang, answers: Answer<NothingQuery>[]): string[] {
  const mine = answers.filter((a) => a.query.lang === lang);
  const wrong = falseHits(mine);
  const out = [`must find nothing (${lang}): ${mine.length} queries, false-hit rate ${ratio(wrong.length, mine.length)}`];
  for (const a of wrong) out.push(`    false hit "${a.query.q}" (${a.query.why}) → ${got(a)}`);
  // The count in the hand-off is its only number once the query itself is taken out.
  const offered = mine.filter((a) => !ownTop(a).length && /\d/.test((a.handoff ?? '').replace(a.query.q, '')));
  for (const a of offered) out.push(`    no result, but the hand-off offers results in the other language: "${a.query.q}" [${a.handoff}]`);
  return out;
}
