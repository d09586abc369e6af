/**
 * Two more builds of the same commit: one under a sub-path, to prove every
 * link respects `base`, and one plain rebuild, to prove builds are
 * reproducible file for file.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/site';
import { brokenLinks } from '../support/links';
import { serveStatic } from '../../scripts/support/static-server';
import { ROOT } from '../../scripts/support/paths';
import { buildEnv } from '../../scripts/support/build-env';

const run = promisify(execFile);
const OUT = join(ROOT, 'test/.output');
const SUBPATH = join(OUT, 'subpath');
const REBUILD = join(OUT, 'rebuild');

async function build(outDir: string, env: Record<string, string> = {}) {
  rmSync(outDir, { recursive: true, force: true });
  await run('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    env: buildEnv({ OUT_DIR: outDir, ...env }),
    maxBuffer: 64 * 1024 * 1024,
  });
}

function fingerprints(dir: string): Map<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return new Map(walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

beforeAll(async () => {
  // Two cores: the two builds run side by side.
  await Promise.all([build(SUBPATH, { BASE_PATH: '/atlas' }), build(REBUILD)]);
}, 300_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('built under a sub-path (BASE_PATH=/atlas)', () => {
  it('has no broken internal link or anchor, and none that escapes /atlas/', () => {
    const pages = builtPages(SUBPATH);
    expect(pages.length).toBe(builtPages().length);
    expect(brokenLinks(pages, SUBPATH, '/atlas/')).toEqual([]);
  });

  it('serves pages that reference only files under /atlas/', async () => {
    const server = await serveStatic(SUBPATH, '/atlas/');
    try {
      const html = await (await fetch(`${server.url}en/cases/kt/`)).text();
      const refs = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(refs.length).toBeGreaterThan(10);
      for (const ref of refs) expect(ref.startsWith('/atlas/'), ref).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('reproducible builds', () => {
  it('produces identical files when the same commit is built twice', () => {
    const first = fingerprints(DIST);
    const second = fingerprints(REBUILD);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
