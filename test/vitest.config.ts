import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { alias } from '../scripts/vite.config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias },
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the site once and serves dist/ for every test that needs it.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    // One test file per core; the browser files keep Chromium busy in between.
    maxWorkers: 2,
    minWorkers: 1,
    hookTimeout: 300_000,
  },
});
