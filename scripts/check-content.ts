/**
 * `npm run check:content`: validates everything under content/ in about a
 * second, without building the site. Exit code 1 and one line per problem
 * (file → field: what is wrong), every problem of every file in one run,
 * sorted by file, with the count.
 *
 *   npm run check:content                  check once
 *   npm run check:content -- --watch       check again whenever a file under content/ changes
 *   npm run check:content -- <root>        check the content/ of another checkout
 *   npm run check:content -- --no-cache    parse every text, as on a first run
 *
 * What it read of each text is kept in node_modules/.cache (content-cache.ts),
 * so a text is parsed again only when it, or the checker, has changed.
 */
import { watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '~/lib/atlas/check-content';
import { checkerVersion, CONTENT_CACHE_FILE, openContentCache, type ContentCache } from '~/lib/atlas/content-cache';
import { formatProblem, problemCount } from '~/lib/atlas/problems';
import { ROOT } from './support/paths';

const args = process.argv.slice(2);
const watching = args.includes('--watch');
const root = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
const version = args.includes('--no-cache') ? undefined : checkerVersion(ROOT);

async function run(): Promise<boolean> {
  const started = performance.now();
  const cache: ContentCache | undefined = version ? openContentCache(join(ROOT, CONTENT_CACHE_FILE), version) : undefined;
  const { atlas, problems } = await checkContent(root, cache);
  cache?.save();
  const ms = Math.round(performance.now() - started);
  if (atlas) {
    console.log(`content OK: ${atlas.cases.length} cases, ${atlas.policies.length} policies, ${atlas.topics.length} topics, ${atlas.glossary.size} terms, ${atlas.metrics.size} figures, ${atlas.charts.length} charts (${ms} ms)`);
    return true;
  }
  console.error(`content has ${problemCount(problems)}:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  console.error(`${problemCount(problems)} (${ms} ms)`);
  return false;
}

if (!watching) {
  if (!(await run())) process.exit(1);
} else {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const again = () => {
    // An editor's save often writes several times; check once it settles.
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        console.clear();
        console.log(`${new Date().toLocaleTimeString()}: checking content/ (Ctrl-C to stop)`);
        await run();
      });
    }, 150);
  };
  watch(join(root, 'content'), { recursive: true }, again);
  again();
}
