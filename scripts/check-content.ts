/**
 * `npm run check:content`: validates everything under content/ in a second or
 * two, without building the site. Exit code 1 and one line per problem
 * (file → field: what is wrong) when something is off.
 */
import { resolve } from 'node:path';
import { loadContent } from '~/lib/atlas/load-disk';
import { buildAtlas } from '~/lib/atlas/build';
import { ContentError, formatProblem } from '~/lib/atlas/problems';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const { raw, problems } = await loadContent(root);
let all = problems;
if (!problems.length) {
  try {
    const atlas = buildAtlas(raw);
    const ms = Math.round(performance.now() - started);
    console.log(`content OK: ${atlas.cases.length} cases, ${atlas.policies.length} policies, ${atlas.topics.length} topics, ${atlas.glossary.size} terms, ${atlas.metrics.size} figures (${ms} ms)`);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    all = e.problems;
  }
}
if (all.length) {
  console.error(`content has ${all.length} problem${all.length === 1 ? '' : 's'}:`);
  for (const p of all) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
