import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/support/paths';

const work = mkdtempSync(join(tmpdir(), 'atlas-new-case-'));
cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => {
  try {
    return { code: 0, out: execFileSync('npx', ['vite-node', '--config', join(ROOT, 'scripts', 'vite.config.ts'), join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
};

describe('npm run new:case', () => {
  it('scaffolds a case in both languages with every field explained', () => {
    const { code } = run('new-case.ts', 'hanwha-demo', work);
    expect(code).toBe(0);
    const data = readFileSync(join(work, 'content/cases/hanwha-demo.yaml'), 'utf8');
    for (const field of ['country:', 'sector:', 'startYear:', 'forms:', 'facts:', 'metrics:', 'events:']) {
      const line = data.split('\n').findIndex((l) => l.startsWith(field));
      expect(line, field).toBeGreaterThan(0);
      expect(data.split('\n')[line - 1], `comment above ${field}`).toMatch(/^#/);
    }
    expect(readFileSync(join(work, 'content/cases/ko/hanwha-demo.mdx'), 'utf8')).toContain('## 배경과 동기');
    expect(readFileSync(join(work, 'content/cases/en/hanwha-demo.mdx'), 'utf8')).toContain('## Context and motive');
  });

  it('lists the values each field takes: countries by example, the vocabularies in full, the bases of content/bases.yaml', () => {
    const data = readFileSync(join(work, 'content/cases/hanwha-demo.yaml'), 'utf8');
    expect(data).toContain('# The country, as its ISO 3166-1 alpha-2 code: KR, US, GB, JP, NL, DE, FR… Any country');
    expect(data).toContain('# One of: company, government.');
    for (const value of ['partial-home', 'virtual-desktop', 'job-sharing', 'organisations', 'actual, target, forecast, expected', 'company-staff', 'infrastructure-share']) {
      expect(data, value).toContain(value);
    }
    expect(data).toContain('# A chart of this case\'s figures goes in content/charts.yaml');
  });

  it('leaves a scaffold that check:content refuses until it is filled in, naming each field', () => {
    const { code, out } = run('check-content.ts', work);
    expect(code).toBe(1);
    expect(out).toContain('content/cases/hanwha-demo.yaml → country: required field is empty');
    expect(out).toContain('content/cases/en/hanwha-demo.mdx → title: required field is empty');
    expect(out).toContain('content/cases/ko/hanwha-demo.mdx → summary: required field is empty');
    // Every problem of the scaffold in one run, with the count before and after.
    expect(out).toMatch(/^content has (\d+) problems in 3 files:\n/);
    expect(out).toMatch(/\n(\d+) problems in 3 files \(\d+ ms\)\n$/);
  });

  it('refuses an id that is not a URL slug, and an id that exists', () => {
    expect(run('new-case.ts', 'Bad Id', work).code).toBe(1);
    expect(run('new-case.ts', 'kt', work).out).toContain('exists already');
  });
});

describe('npm run check:content on the real content', () => {
  it('passes and says what it checked', () => {
    const { code, out } = run('check-content.ts', ROOT);
    expect(code).toBe(0);
    expect(out).toMatch(/content OK: 10 cases, 3 policies, 3 topics, \d+ terms, \d+ figures, \d+ charts \(\d+ ms\)/);
  });
});

describe('npm run check:content -- --watch', () => {
  it('checks again when a file changes, and says when the content is right again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-watch-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    // vite-node itself, not through npx, so that stopping it stops the watcher.
    const child = spawn(join(ROOT, 'node_modules/.bin/vite-node'), ['--config', join(ROOT, 'scripts', 'vite.config.ts'), join(ROOT, 'scripts', 'check-content.ts'), '--watch', root], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    const until = async (pattern: RegExp, from: number) => {
      for (let waited = 0; !pattern.test(out.slice(from)); waited += 100) {
        if (waited > 30_000) throw new Error(`no ${pattern} in:\n${out.slice(from)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return out.length;
    };
    try {
      let seen = await until(/content OK: 10 cases/, 0);
      const file = join(root, 'content/cases/kt.yaml');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, original.replace('country: KR', 'country: UK'));
      seen = await until(/content\/cases\/kt\.yaml → country: "UK" is not an ISO 3166-1 alpha-2 country code; did you mean GB/, seen);
      writeFileSync(file, original);
      await until(/content OK: 10 cases/, seen);
    } finally {
      child.kill();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
