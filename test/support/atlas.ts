/** The real content as an atlas, loaded once per test file from disk. */
import type { Atlas } from '~/lib/atlas/types';
import { checkContent } from '~/lib/atlas/check-content';
import { formatProblem } from '~/lib/atlas/problems';
import { ROOT } from '../../scripts/support/paths';

let cached: Promise<Atlas> | undefined;

export function realAtlas(): Promise<Atlas> {
  cached ??= checkContent(ROOT).then(({ atlas, problems }) => {
    if (!atlas) throw new Error(`content has problems:\n${problems.map(formatProblem).join('\n')}`);
    return atlas;
  });
  return cached;
}
