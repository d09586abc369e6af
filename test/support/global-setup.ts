/**
 * For the `site` and `browser` projects: builds the site once per test run
 * (content check, Astro, search index) under the sub-path /atlas/ into
 * test/.output/site, and serves it over HTTP for the whole run. The two
 * projects share the build: the second finds it made by the same run.
 * ATLAS_SKIP_BUILD=1 reuses an existing build while working on tests.
 *
 * The one extra build is the editor's site (editor-site.ts): a copy of the
 * project whose content/ gains a case from a new country through the
 * scaffold, and hostile strings in every kind of text field.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/support/static-server';
import { buildEnv } from '../../scripts/support/build-env';
import { ROOT } from '../../scripts/support/paths';
import { BASE, DIST } from './built-site';
import { buildEditorSite, EDITOR_DIST } from './editor-site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    editorSiteUrl: string;
  }
}

const MARKER = join(DIST, '.test-run');
const EDITOR_MARKER = join(EDITOR_DIST, '.test-run');

/** True when `marker` was written by this run (or ATLAS_SKIP_BUILD=1 and a build exists). */
function fresh(marker: string, run: string): boolean {
  return existsSync(marker) && (process.env['ATLAS_SKIP_BUILD'] === '1' || readFileSync(marker, 'utf8') === run);
}

export default async function setup(project: TestProject) {
  const run = process.env['ATLAS_TEST_RUN'] ?? '';
  if (!fresh(MARKER, run)) {
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
  if (!fresh(EDITOR_MARKER, run)) {
    const started = Date.now();
    buildEditorSite();
    writeFileSync(EDITOR_MARKER, run);
    console.log(`built the editor's site (a new case and hostile strings, through the scaffold) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await serveStatic(DIST, BASE);
  const editorServer = await serveStatic(EDITOR_DIST, BASE);
  project.provide('siteUrl', server.url);
  project.provide('editorSiteUrl', editorServer.url);
  return async () => {
    await server.close();
    await editorServer.close();
  };
}
