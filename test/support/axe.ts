/**
 * The accessibility gate: axe-core in Chromium on one page of every kind,
 * WCAG 2.2 A/AA and best practice, in light; the contrast rule again in dark
 * (once: both languages share colours and components, so one language suffices).
 * Serious and critical violations fail.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One page of each kind, below `/{lang}/`. */
export const PAGE_KINDS = ['', 'cases/', 'cases/kt/', 'cases/korea/', 'policies/', 'policies/kcc-infrastructure-strategy/', 'topics/', 'topics/barriers/', 'glossary/', 'about/', 'compare/', 'timeline/', 'search/', 'figures/', 'data/', 'guide/', '404/'];

interface Job {
  path: string;
  colorScheme: 'light' | 'dark';
}

/** Serious or critical violations on `paths`, as `path [scheme] rule (impact): targets`. */
export async function axeViolations(browser: Browser, site: string, paths: string[], { dark = true } = {}): Promise<string[]> {
  const jobs: Job[] = paths.flatMap((path) => [{ path, colorScheme: 'light' as const }, ...(dark ? [{ path, colorScheme: 'dark' as const }] : [])]);
  const found: string[] = [];
  // Two tabs at once: axe is CPU-bound and the machines have two cores.
  await inBatches(jobs, 2, async ({ path, colorScheme }) => {
    const page = await browser.newPage({ colorScheme });
    await page.goto(new URL(path.slice(1), site).href);
    await page.addScriptTag({ content: AXE });
    // Light runs every rule; dark only changes colours, so it reruns the contrast rule.
    const runOnly = colorScheme === 'light'
      ? { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }
      : { type: 'rule', values: ['color-contrast'] };
    const violations = await page.evaluate(async (runOnly) => {
      type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe;
      // Only violations are needed; skipping the passes makes each run several times faster.
      const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }, runOnly);
    await page.close();
    found.push(...violations.map((v) => `${path} [${colorScheme}] ${v}`));
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
