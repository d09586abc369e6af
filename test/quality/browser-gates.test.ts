/**
 * What a careful reviewer checks in a real browser, on every kind of page in
 * both languages: accessibility (axe-core, WCAG 2.2 AA, light and dark), no
 * request to another origin, and the main content present without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasBrowser, launch } from '../support/browser';
import { builtPages } from '../support/site';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One page of each kind, in both languages. */
const KINDS = ['', 'cases/', 'cases/kt/', 'cases/korea/', 'policies/', 'policies/kcc-infrastructure-strategy/', 'topics/', 'topics/barriers/', 'glossary/', 'about/', 'compare/', 'timeline/', 'search/', 'figures/', 'data/', 'guide/', '404/'];
const SAMPLE = ['ko', 'en'].flatMap((lang) => KINDS.map((k) => `/${lang}/${k}`)).concat(['/', '/404.html']);
const ALL = builtPages().map((p) => p.path);

describe.skipIf(!hasBrowser)('in Chromium', () => {
  let browser: Browser;
  const site = inject('siteUrl');
  const origin = new URL(site).origin;
  const url = (path: string) => new URL(path.slice(1), site).href;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('has no serious or critical axe violation on any kind of page, in both languages, light and dark', async () => {
    // Every page in light with every rule; in dark, the contrast rule on one language's pages
    // (both languages share the same colours and components).
    const jobs = [
      ...SAMPLE.map((path) => ({ path, colorScheme: 'light' as const })),
      ...SAMPLE.filter((p) => !p.startsWith('/ko/')).map((path) => ({ path, colorScheme: 'dark' as const })),
    ];
    const found: string[] = [];
    // A few tabs at once: axe is CPU-bound and the machines have two cores.
    await inBatches(jobs, 3, async ({ path, colorScheme }) => {
      const page = await browser.newPage({ colorScheme });
      await page.goto(url(path));
      await page.addScriptTag({ content: AXE });
      // Light runs every rule; dark only changes colours, so it reruns the contrast rule.
      const runOnly = colorScheme === 'light'
        ? { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }
        : { type: 'rule', values: ['color-contrast'] };
      const violations = await page.evaluate(async (runOnly) => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        // Only violations are needed; skipping the passes makes each run several times faster.
        const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      }, runOnly);
      await page.close();
      found.push(...violations.map((v) => `${path} [${colorScheme}] ${v}`));
    });
    expect(found).toEqual([]);
  }, 420_000);

  it('makes no request outside its own origin, on any page', async () => {
    const context = await browser.newContext();
    const outside: string[] = [];
    context.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(`${u} (from ${r.frame().url()})`);
    });
    const page = await context.newPage();
    for (const path of ALL) {
      await page.goto(url(path));
      // Scroll through the page so anything that loads on view loads now.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(100);
    }
    await context.close();
    expect(outside).toEqual([]);
  }, 240_000);

  it('shows every page’s main content without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const thin: string[] = [];
    for (const path of ALL.filter((p) => p !== '/')) {
      await page.goto(url(path));
      const { h1, words } = await page.evaluate(() => {
        const main = document.querySelector('main');
        return { h1: main?.querySelector('h1')?.textContent?.trim() ?? '', words: (main?.innerText ?? '').trim().split(/\s+/).length };
      });
      const isNotFound = path.includes('404');
      if (!h1 || (!isNotFound && words < 25)) thin.push(`${path}: h1=${JSON.stringify(h1)}, ${words} words`);
    }
    await context.close();
    expect(thin).toEqual([]);
  }, 240_000);
});

/** Runs `fn` over `items`, `size` at a time. */
async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) await fn(item);
    }),
  );
}
