/**
 * For the `site` and `browser` projects: builds the site once per test run
 * (content check, Astro, search index) under the sub-path /atlas/ into
 * test/.output/site, and serves it over HTTP for the whole run. The two
 * projects share the build: the second finds it made by the same run.
 * ATLAS_SKIP_BUILD=1 reuses an existing build while working on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/support/static-server';
import { buildEnv } from '../../scripts/support/build-env';
import { ROOT } from '../../scripts/support/paths';
import { BASE, DIST } from './built-site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

const MARKER = join(DIST, '.test-run');

export default async function setup(project: TestProject) {
  const run = process.env['ATLAS_TEST_RUN'] ?? '';
  const fresh = existsSync(MARKER) && (process.env['ATLAS_SKIP_BUILD'] === '1' || readFileSync(MARKER, 'utf8') === run);
  if (!fresh) {
    const started = Date.now();
    try {
      // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build; test what ships.
      execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe', env: buildEnv({ OUT_DIR: DIST, BASE_PATH: BASE.replace(/\/$/, '') }) });
    } catch (e) {
      const err = e as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`npm run build failed:\n${err.stdout?.toString() ?? ''}\n${err.stderr?.toString() ?? ''}`);
    }
    writeFileSync(MARKER, run);
    console.log(`built the site under ${BASE} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await serveStatic(DIST, BASE);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
