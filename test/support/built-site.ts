/**
 * Where the tests' one build of the site lives and how it is served. It is
 * built under a sub-path, as a project page on a static host would be, so
 * every link is checked the strict way: a link that forgets the base breaks.
 */
import { join } from 'node:path';
import { ROOT } from '../../scripts/support/paths';

export const TEST_OUTPUT = join(ROOT, 'test/.output');
/** The site as the tests build it (`npm run build` with BASE_PATH and OUT_DIR). */
export const DIST = join(TEST_OUTPUT, 'site');
export const BASE = '/atlas/';

/** A path as the tests' build serves it: `/ko/cases/` → `/atlas/ko/cases/`. */
export const served = (path: string): string => `${BASE}${path.replace(/^\//, '')}`;

/** The reverse, for paths read from links: `/atlas/ko/cases/` → `/ko/cases/`. */
export const unserved = (pathname: string): string => (pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname);
