/**
 * The deploy workflow publishes only what passed: the deploy job needs the
 * build job, which runs the content check, the build and the tests (.ci/run)
 * before it builds for the host and uploads, with no step allowed to fail
 * quietly. The host's addresses come from GitHub Pages and the repository
 * the workflow runs in, never from a name written here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/support/paths';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  'continue-on-error'?: boolean;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  steps: Step[];
  permissions?: Record<string, string>;
}
const text = readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8');
const workflow = parse(text) as { on: { push: { branches: string[] } }; jobs: Record<string, Job> };
const { build, deploy } = workflow.jobs as { build: Job; deploy: Job };
const index = (pred: (s: Step) => boolean) => build.steps.findIndex(pred);

describe('the deploy workflow', () => {
  it('runs on a push to main', () => expect(workflow.on.push.branches).toEqual(['main']));

  it('tests before it builds for the host, and uploads last', () => {
    const tests = index((s) => s.run === 'bash .ci/run');
    const site = index((s) => s.run === 'npm run build');
    const upload = index((s) => s.uses?.startsWith('actions/upload-pages-artifact@') === true);
    expect(tests).toBeGreaterThanOrEqual(0);
    expect(site).toBeGreaterThan(tests);
    expect(upload).toBe(build.steps.length - 1);
  });

  it('publishes nothing unless every step before has passed', () => {
    expect(deploy.needs).toBe('build');
    expect(deploy.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
    for (const job of [build, deploy]) {
      expect(job.if).toBeUndefined();
      for (const step of job.steps) {
        expect(step['continue-on-error'], step.name).toBeUndefined();
        expect(step.if, step.name).toBeUndefined();
      }
    }
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('takes the base path and address from GitHub Pages and the edit links from the repository it runs in', () => {
    const env = build.steps[index((s) => s.run === 'npm run build')]!.env!;
    expect(env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
      REPOSITORY_URL: '${{ github.server_url }}/${{ github.repository }}',
      REPOSITORY_BRANCH: '${{ github.ref_name }}',
    });
    expect(build.steps[index((s) => s.id === 'pages')]!.uses).toBe('actions/configure-pages@v5');
    expect(text).not.toMatch(/https?:\/\/(?!example)/);
  });
});
