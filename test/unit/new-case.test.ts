import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

  it('leaves a scaffold that check:content refuses until it is filled in, naming each field', () => {
    const { code, out } = run('check-content.ts', work);
    expect(code).toBe(1);
    expect(out).toContain('content/cases/hanwha-demo.yaml → country: required field is empty');
    expect(out).toContain('content/cases/en/hanwha-demo.mdx → title: required field is empty');
    expect(out).toContain('content/cases/ko/hanwha-demo.mdx → summary: required field is empty');
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
    expect(out).toMatch(/content OK: 10 cases, 3 policies, 3 topics, \d+ terms, \d+ figures/);
  });
});
