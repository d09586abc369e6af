/**
 * The test build is made under the sub-path /atlas/ (test/support/global-setup.ts):
 * every page must reference only files below it. In CI the same commit is
 * built once more, to prove builds are reproducible file for file.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/support/paths';
import { buildEnv } from '../../scripts/support/build-env';
import { BASE, DIST, TEST_OUTPUT } from '../support/built-site';

const run = promisify(execFile);
const REBUILD = join(TEST_OUTPUT, 'rebuild');
/** Set by .ci/run: checks too slow for every local run. */
const FULL = process.env['ATLAS_FULL_CHECKS'] === '1';

function fingerprints(dir: string): Map<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return new Map(
    walk(dir)
      .filter((f) => !f.endsWith('.test-run'))
      .map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
}

describe(`built under a sub-path (${BASE})`, () => {
  it('serves pages that reference only files under the sub-path', async () => {
    const html = await (await fetch(`${inject('siteUrl')}en/cases/kt/`)).text();
    const refs = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(ref.startsWith(BASE), ref).toBe(true);
  });
});

describe.skipIf(!FULL)('reproducible builds', () => {
  beforeAll(async () => {
    rmSync(REBUILD, { recursive: true, force: true });
    await run('npm', ['run', 'build', '--silent'], {
      cwd: ROOT,
      env: buildEnv({ OUT_DIR: REBUILD, BASE_PATH: BASE.replace(/\/$/, '') }),
      maxBuffer: 64 * 1024 * 1024,
    });
  }, 300_000);
  afterAll(() => rmSync(REBUILD, { recursive: true, force: true }));

  it('produces identical files when the same commit is built twice', () => {
    const first = fingerprints(DIST);
    const second = fingerprints(REBUILD);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
