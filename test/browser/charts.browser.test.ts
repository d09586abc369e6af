/**
 * Charts in headless Chromium against the built site: every chart is a
 * picture (SVG made at build time) whose bars carry its table's numbers;
 * scrolling loads no code, pointing at a chart fetches it and "Explore" draws
 * the interactive chart with the same numbers; the keyboard reaches every
 * value, motion follows the reader's preference, colours follow dark mode,
 * the PNG downloads, and pages without charts load no JavaScript at all.
 */

import { readFile } from 'node:fs/promises';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PALETTE } from '~/lib/charts/palette';
import { recordRequests } from '../../scripts/support/browser';
import { hasBrowser, useBrowser } from '../support/browser-suite';
import { pageViolations } from '../support/axe';


const url = (path: string) => new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
const scripts = (requests: string[]) => requests.filter((u) => /\.m?js(\?|$)/.test(u));

/** `#0072B2` → `rgb(0, 114, 178)`, as computed styles report colours. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe.skipIf(!hasBrowser)('charts in Chromium', () => {
  const browser = useBrowser();

  async function open(path: string, options: BrowserContextOptions = {}) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, acceptDownloads: true, ...options });
    const page = await context.newPage();
    const requests = recordRequests(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url(path));
    return { page, requests, errors, close: () => context.close() };
  }

  /** Opens a chart's interactive version, as a reader does: point at it, then choose "Explore". */
  async function explore(page: Page, id: string) {
    const button = page.locator(`#chart-${id} .chart-explore`);
    await button.scrollIntoViewIfNeeded();
    await button.hover();
    await button.click();
    await page.locator(`#chart-${id} .chart-body[data-rendered="true"]`).waitFor({ timeout: 20_000 });
  }

  /** What the interactive chart plotted (read back from chart.js) and what the table says of the drawn figures, in the same shape. */
  async function plottedAndTabled(page: Page, id: string) {
    return page.locator(`#chart-${id}`).evaluate((fig) => {
      const plotted = [...fig.querySelectorAll('canvas')].flatMap((c) => JSON.parse(c.dataset['values'] ?? '[]') as unknown[]);
      const timeline = plotted.length > 0 && typeof plotted[0] === 'object' && !Array.isArray(plotted[0]);
      // Figures of their own are shown as numbers, not drawn.
      const stats = new Set([...fig.querySelectorAll<HTMLElement>('.stat')].map((s) => s.dataset['metric']));
      const rows = [...fig.querySelectorAll<HTMLElement>('table tbody tr')].filter((tr) => tr.querySelector('data') && !stats.has(tr.dataset['metric']));
      return {
        plotted: timeline ? (plotted as { x: number }[]).map((p) => Math.floor(p.x)) : plotted,
        table: rows.map((tr) => {
          const d = tr.querySelector('data')!;
          const value = Number(d.getAttribute('value'));
          const max = d.getAttribute('data-max');
          return max === null ? value : [value, Number(max)];
        }),
      };
    });
  }

  it('a case page loads no JavaScript as its chart scrolls into view; pointing at it fetches the code, and Explore draws the numbers of its table', async () => {
    const { page, requests, errors, close } = await open('/en/cases/kt/');
    await page.locator('#chart-kt-centres').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(400);
    expect(scripts(requests)).toEqual([]);
    expect(await page.locator('canvas').count()).toBe(0);
    // The picture is there already, with the table's numbers.
    const bars = await page.locator('#chart-kt-centres svg .chart-bar').evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-value'))));
    expect(bars).toHaveLength(3);
    await page.locator('#chart-kt-centres .chart-explore').hover();
    await expect.poll(() => scripts(requests).length).toBeGreaterThan(0);
    expect(await page.locator('canvas').count()).toBe(0);
    await explore(page, 'kt-centres');
    const { plotted, table } = await plottedAndTabled(page, 'kt-centres');
    expect(plotted).toEqual(table);
    expect(table).toEqual(bars);
    expect(errors).toEqual([]);
    await close();
  });

  it.each(['ko', 'en'])('every chart of the %s figures page explores with its table’s numbers', async (lang) => {
    const { page, errors, close } = await open(`/${lang}/figures/`);
    for (const id of ['uptake', 'targets', 'timeline']) {
      await explore(page, id);
      const { plotted, table } = await plottedAndTabled(page, id);
      expect(table.length, id).toBeGreaterThan(0);
      expect(plotted, id).toEqual(table);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    ['ko', '/ko/cases/ibm-korea/', 'ibm-korea-office'],
    ['en', '/en/cases/bt/', 'bt-outcomes'],
    ['ko', '/ko/cases/united-states/', 'us-workers'],
  ])('%s %s draws %s', async (_lang, path, id) => {
    const { page, errors, close } = await open(path);
    await explore(page, id);
    const { plotted, table } = await plottedAndTabled(page, id);
    expect(plotted).toEqual(table);
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    ['/ko/policies/kcc-infrastructure-strategy/', 'kcc-infrastructure'],
    ['/en/policies/national-activation-strategy/', 'expected-effects'],
  ])('%s shows %s, a chart of single figures, as numbers and loads no chart code', async (path, id) => {
    const { page, requests, close } = await open(path);
    const fig = page.locator(`#chart-${id}`);
    await fig.scrollIntoViewIfNeeded();
    await fig.hover();
    const stats = await fig.locator('.stat data').evaluateAll((ds) => ds.map((d) => Number(d.getAttribute('value'))));
    const table = await fig.locator('table data').evaluateAll((ds) => ds.map((d) => Number(d.getAttribute('value'))));
    expect(stats).toEqual(table);
    expect(await fig.locator('svg.chart-svg, astro-island').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(scripts(requests)).toEqual([]);
    await close();
  });

  it('the keyboard steps through every value and a live region reads it out', async () => {
    const { page, close } = await open('/en/cases/kt/');
    await explore(page, 'kt-centres');
    const rows = await page.locator('#chart-kt-centres tbody tr[data-metric]').evaluateAll((trs) =>
      trs.map((tr) => ({ label: tr.querySelector('th')!.textContent!.trim(), value: tr.querySelector('data')!.textContent!.trim() })),
    );
    const readout = page.locator('#chart-kt-centres .chart-readout');
    // Explore takes the keyboard straight to the first value.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('chart-canvas'))).toBe(true);
    await expect.poll(() => readout.textContent()).toContain(`${rows[0]!.label}: ${rows[0]!.value}`);
    await page.keyboard.press('End');
    await expect.poll(() => readout.textContent()).toContain(`${rows[2]!.label}: ${rows[2]!.value}`);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => readout.textContent()).toContain(`${rows[1]!.label}: ${rows[1]!.value}`);
    expect(await readout.getAttribute('aria-live')).toBe('polite');
    await close();
  });

  /** The canvas a moment after the interactive chart reports itself drawn, and again a second later. */
  async function framesAfterDrawing(page: Page, id: string) {
    await explore(page, id);
    const frame = () => page.locator(`#chart-${id} canvas`).first().evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    await page.waitForTimeout(150);
    const first = await frame();
    await page.waitForTimeout(1000);
    return { first, later: await frame() };
  }

  it('draws without animation under prefers-reduced-motion, and animates otherwise', async () => {
    const still = await open('/en/cases/kt/', { reducedMotion: 'reduce' });
    const a = await framesAfterDrawing(still.page, 'kt-centres');
    expect(a.first).toBe(a.later);
    await still.close();
    const moving = await open('/en/cases/kt/', { reducedMotion: 'no-preference' });
    const b = await framesAfterDrawing(moving.page, 'kt-centres');
    expect(b.first).not.toBe(b.later);
    await moving.close();
  });

  it.each(['light', 'dark'] as const)('uses the %s palette for the marks, in the picture and the interactive chart', async (scheme) => {
    const { page, close } = await open('/en/cases/kt/', { colorScheme: scheme });
    const bar = await page.locator('#chart-kt-centres svg .chart-bar rect').last().evaluate((el) => getComputedStyle(el).stroke);
    expect(bar).toBe(rgb(PALETTE[scheme].target));
    await explore(page, 'kt-centres');
    const swatch = await page.locator('#chart-kt-centres .chart-body .chart-legend .chart-swatch').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(swatch).toBe(rgb(PALETTE[scheme].actual));
    await close();
  });

  it('downloads the chart as a PNG image', async () => {
    const { page, close } = await open('/ko/figures/');
    await explore(page, 'targets');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#chart-targets .chart-png').click()]);
    expect(download.suggestedFilename()).toBe('targets.ko.png');
    const png = await readFile((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16);
    const canvasWidth = await page.locator('#chart-targets canvas').first().evaluate((c) => (c as HTMLCanvasElement).width);
    expect(width).toBeGreaterThan(canvasWidth);
    await close();
  });

  it('without JavaScript the chart is its picture, the table one click away, with no dead buttons', async () => {
    const { page, close } = await open('/ko/cases/kt/', { javaScriptEnabled: false });
    const fig = page.locator('#chart-kt-centres');
    await fig.scrollIntoViewIfNeeded();
    const svg = fig.locator('svg.chart-svg');
    expect(await svg.isVisible()).toBe(true);
    expect((await svg.boundingBox())!.height).toBeGreaterThan(100);
    const bars = await fig.locator('svg .chart-bar').evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-value'))));
    expect(await fig.locator('table').isVisible()).toBe(false);
    expect(await fig.locator('button:visible, canvas').count()).toBe(0);
    await fig.locator('.chart-tabs label').nth(1).click();
    expect(await fig.locator('table').isVisible()).toBe(true);
    expect(await svg.isVisible()).toBe(false);
    expect(await fig.locator('table tbody tr[data-metric] data').evaluateAll((ds) => ds.map((d) => Number(d.getAttribute('value'))))).toEqual(bars);
    expect(await fig.locator('.chart-downloads a').getAttribute('href')).toMatch(/\/data\/charts\/kt-centres\.ko\.csv$/);
    await close();
  });

  it.each(['light', 'dark'] as const)('drawn charts pass the axe WCAG 2.2 A/AA checks in %s mode', async (scheme) => {
    const { page, close } = await open('/ko/figures/', { colorScheme: scheme });
    expect(await pageViolations(page, scheme, 'figure.chart-figure')).toEqual([]);
    for (const id of ['uptake', 'targets', 'timeline']) await explore(page, id);
    expect(await pageViolations(page, scheme, 'figure.chart-figure')).toEqual([]);
    await close();
  });

  it.each(['/en/cases/lg-cns/', '/ko/cases/japan/', '/en/data/'])('%s requests no JavaScript, even scrolled to the end', async (path) => {
    const { page, requests, close } = await open(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(400);
    expect(scripts(requests)).toEqual([]);
    await close();
  });
});
