/**
 * Three tiers, each a Vitest project:
 * - unit: pure logic, schemas, the content checker and components, no build (seconds);
 * - site: the built site's files (one build, under a sub-path);
 * - browser: the built site in Chromium.
 * `npx vitest run --config test/vitest.config.ts --project unit` runs the first alone.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { alias } from '../scripts/vite.config';

// One id per run, so the site and browser projects share one build.
process.env['ATLAS_TEST_RUN'] ??= randomUUID();
const globalSetup = ['test/support/global-setup.ts'];

export default getViteConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias },
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // One test file per core; the browser files keep Chromium busy in between.
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['test/site/**/*.test.ts'], globalSetup } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.browser.test.ts'], globalSetup } },
    ],
  },
});
