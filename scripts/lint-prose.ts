/**
 * `npm run lint:prose`: the prose linter over content/ in both languages
 * (scripts/prose/linter.ts). Exit code 1 and one line per problem
 * (file:line:column wrong => right (why)) when something is off.
 */
import { resolve } from 'node:path';
import { formatProseProblem, lintContentProse } from './prose/linter';
import { ROOT } from './support/paths';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const problems = await lintContentProse(root, resolve(ROOT, 'node_modules'));
if (problems.length) {
  console.error(`prose has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) console.error(`  ${formatProseProblem(p)}`);
  process.exit(1);
}
console.log(`prose OK (${Math.round(performance.now() - started)} ms)`);
