/**
 * `npm run check:content`: validates everything under content/ in a second or
 * two, without building the site. Exit code 1 and one line per problem
 * (file → field: what is wrong) when something is off.
 */
import { resolve } from 'node:path';
import { checkContent } from '~/lib/atlas/check-content';
import { formatProblem } from '~/lib/atlas/problems';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const { atlas, problems } = await checkContent(root);
if (atlas) {
  const ms = Math.round(performance.now() - started);
  console.log(`content OK: ${atlas.cases.length} cases, ${atlas.policies.length} policies, ${atlas.topics.length} topics, ${atlas.glossary.size} terms, ${atlas.metrics.size} figures (${ms} ms)`);
} else {
  console.error(`content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
