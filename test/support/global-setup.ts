/**
 * Builds the site once (content check, Astro, search index) and serves dist/
 * over HTTP for the whole run. Set ATLAS_SKIP_BUILD=1 to reuse an existing
 * dist/ while working on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/support/static-server';
import { buildEnv } from '../../scripts/support/build-env';

export { ROOT } from '../../scripts/support/paths';
import { ROOT } from '../../scripts/support/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!process.env.ATLAS_SKIP_BUILD || !existsSync(`${ROOT}/dist/index.html`)) {
    const started = Date.now();
    try {
      // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build; test what ships.
      execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe', env: buildEnv() });
    } catch (e) {
      const err = e as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`npm run build failed:\n${err.stdout?.toString() ?? ''}\n${err.stderr?.toString() ?? ''}`);
    }
    console.log(`built the site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await serveStatic(`${ROOT}/dist`);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
