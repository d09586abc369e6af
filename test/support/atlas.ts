/** The real content as an atlas, loaded once per test file from disk. */
import { buildAtlas, type Atlas } from '~/lib/atlas/build';
import { loadContent } from '~/lib/atlas/load-disk';
import { ROOT } from '../../scripts/support/paths';

let cached: Promise<Atlas> | undefined;

export function realAtlas(): Promise<Atlas> {
  cached ??= loadContent(ROOT).then(({ raw, problems }) => {
    if (problems.length) throw new Error(`content has problems: ${problems.map((p) => p.message).join('; ')}`);
    return buildAtlas(raw);
  });
  return cached;
}
