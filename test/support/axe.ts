/**
 * The accessibility gate, one helper for every test that runs axe-core in
 * Chromium: WCAG 2.2 A/AA and best practice, in light; in dark only the
 * contrast rule again, since dark mode changes nothing but colours. Any
 * violation of a WCAG rule fails, and a best-practice one when it is serious
 * or critical.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasBrowser, useBrowser, type TestBrowser } from './browser-suite';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One page of each kind, below `/{lang}/`. */
export const PAGE_KINDS = ['', 'cases/', 'cases/kt/', 'cases/korea/', 'policies/', 'policies/kcc-infrastructure-strategy/', 'topics/', 'topics/barriers/', 'glossary/', 'about/', 'compare/', 'compare/kt/', 'glossary/telework/', 'about/sections/3-1/', 'timeline/', 'search/', 'figures/', 'data/', 'guide/', '404/'];

export type ColorScheme = 'light' | 'dark';

/**
 * Violations on the page as it is now, as
 * `rule (impact): targets`. `within` limits the check to matching elements.
 */
export async function pageViolations(page: Page, colorScheme: ColorScheme, within?: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const runOnly = colorScheme === 'light' ? { type: 'tag', values: RULES } : { type: 'rule', values: ['color-contrast'] };
  return page.evaluate(
    async ({ runOnly, within }) => {
      type Result = { violations: { id: string; impact: string; tags: string[]; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<Result> } }).axe;
      // Only violations are needed; skipping the passes makes each run several times faster.
      const result = await axe.run(within ? { include: [[within]] } : document, { runOnly, resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.tags.some((tag) => tag.startsWith('wcag')) || v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    },
    { runOnly, within },
  );
}

/** Violations on `paths` of the site, in light and (unless `dark: false`) dark, as `path [scheme] …`. */
export async function axeViolations(browser: TestBrowser, site: string, paths: string[], { dark = true } = {}): Promise<string[]> {
  const jobs = paths.flatMap((path) => [{ path, colorScheme: 'light' as const }, ...(dark ? [{ path, colorScheme: 'dark' as const }] : [])]);
  const found: string[] = [];
  // Two tabs at once: axe is CPU-bound and the machines have two cores.
  await inBatches(jobs, 2, async ({ path, colorScheme }) => {
    const page = await browser.newPage({ colorScheme });
    await page.goto(new URL(path.slice(1), site).href);
    found.push(...(await pageViolations(page, colorScheme)).map((v) => `${path} [${colorScheme}] ${v}`));
    await page.close();
  });
  return found;
}

/** Runs `fn` over `items`, `size` at a time. */
async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) await fn(item);
    }),
  );
}

/**
 * The whole-site gate for one language: every kind of page in light, and in
 * dark too for English (the two languages share every colour and component).
 * One file per language, so the two run side by side.
 */
export function accessibilitySuite(lang: 'ko' | 'en'): void {
  describe.skipIf(!hasBrowser)(`accessibility in Chromium (${lang})`, () => {
    const browser = useBrowser();
    it('has no axe violation on any kind of page', async () => {
      const paths = PAGE_KINDS.map((k) => `/${lang}/${k}`).concat(lang === 'en' ? ['/', '/404.html'] : []);
      expect(await axeViolations(browser, inject('siteUrl'), paths, { dark: lang === 'en' })).toEqual([]);
    }, 300_000);
  });
}
