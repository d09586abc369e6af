/**
 * Measures search with the question set (support/search-questions.ts) on the
 * built site (run `npm run build` first), through the real search page in
 * headless Chromium, as a reader types:
 *
 * - per language, recall at 1, 3 and 5 (a hit when one of the question's
 *   expected pages is among the first 1, 3 or 5 results), overall and by form;
 * - every question missed at 5, with the results it got instead;
 * - the false-hit rate: the share of must-find-nothing queries that brought up
 *   any result in their own language;
 * - recall at 5 of the single-term set (support/search-queries.ts).
 *
 * Only results in the page's own language count. When a search finds nothing
 * the page offers the same query in the other language; that offer is shown
 * next to a miss but is never counted as a result.
 *
 * Usage: vite-node scripts/bench-questions.ts [--runs N]
 *   --runs N  ask every query N times (default 1) and list those whose results
 *             differ between runs
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '~/schemas/common';
import { launch } from './support/browser';
import { serveStatic } from './support/static-server';
import { ROOT } from './support/paths';
import { ask, formatRecall, recallOf, runQueries, TOP, type Answer } from './support/search-harness';
import { QUERIES } from './support/search-queries';
import { MUST_FIND_NOTHING, QUESTIONS, type NothingQuery, type Question } from './support/search-questions';
import { nothingReport, ownTop, questionReport } from './support/search-scores';

const DIST = join(ROOT, 'dist');
const LANGS: Lang[] = ['ko', 'en'];

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 1;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number of 1 or more');

// ── The sets must make sense before anything is measured ─────────────────
if (!existsSync(join(DIST, 'ko/search/index.html'))) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(1);
}
const problems: string[] = [];
for (const q of QUESTIONS) {
  if (!q.expect.length) problems.push(`${q.lang} "${q.q}": no expected page`);
  for (const p of q.expect) if (!existsSync(join(DIST, q.lang, p, 'index.html'))) problems.push(`${q.lang} "${q.q}": no page /${q.lang}/${p}`);
}
for (const set of [QUESTIONS, MUST_FIND_NOTHING] as { lang: Lang; q: string }[][]) {
  const seen = new Set<string>();
  for (const { lang, q } of set) {
    if (seen.has(`${lang} ${q}`)) problems.push(`${lang} "${q}" is asked twice`);
    seen.add(`${lang} ${q}`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

// ── Formatting ───────────────────────────────────────────────────────────
/** Queries whose own-language results differ between runs. */
function unstable<Q extends { lang: Lang; q: string }>(runs: Answer<Q>[][]): string[] {
  const out: string[] = [];
  const first = runs[0]!;
  first.forEach((a, i) => {
    const seen = new Set(runs.map((r) => ownTop(r[i]!).join(', ')));
    if (seen.size > 1) out.push(`    ${a.query.lang} "${a.query.q}": ${[...seen].map((s) => s || 'nothing').join('  /  ')}`);
  });
  return out;
}

// ── Run ──────────────────────────────────────────────────────────────────
const server = await serveStatic(DIST);
const browser = await launch();
const questionRuns: Answer<Question>[][] = [];
const nothingRuns: Answer<NothingQuery>[][] = [];
const started = Date.now();
for (let run = 0; run < RUNS; run++) {
  questionRuns.push(await ask(browser, server.url, QUESTIONS));
  nothingRuns.push(await ask(browser, server.url, MUST_FIND_NOTHING));
}
const single = await runQueries(browser, server.url, QUERIES);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
await browser.close();
await server.close();

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
} catch {
  // Not a git checkout: the report still stands.
}

const questions = questionRuns[0]!;
const nothing = nothingRuns[0]!;
const report = [
  `search questions on the built site (commit ${commit}), through the search page in Chromium; top ${TOP} results, own language only`,
  `${QUESTIONS.length} questions (${QUESTIONS.filter((q) => q.lang === 'ko').length} ko, ${QUESTIONS.filter((q) => q.lang === 'en').length} en), ${MUST_FIND_NOTHING.length} must-find-nothing queries, ${QUERIES.length} single-term queries; ${RUNS} run(s) in ${seconds} s`,
  '',
];
for (const lang of LANGS) report.push(...questionReport(lang, questions), ...nothingReport(lang, nothing), '');
report.push('single-term set (scripts/support/search-queries.ts), recall@5:');
for (const lang of LANGS) report.push(...formatRecall(recallOf(single, lang)).split('\n').map((l) => `  ${l}`));
if (RUNS > 1) {
  const changes = [...unstable(questionRuns), ...unstable(nothingRuns)];
  report.push('', `stability over ${RUNS} runs: ${changes.length ? `${changes.length} queries gave different results` : 'every query gave the same results each time'}`, ...changes);
}
console.log(report.join('\n'));
