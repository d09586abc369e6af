/**
 * Charts in headless Chromium against the built site: chart code loads only
 * when a chart scrolls into view, the chart draws the numbers of its table,
 * the keyboard reaches every value, motion follows the reader's preference,
 * colours follow dark mode, the PNG downloads, and pages without charts load
 * no JavaScript at all.
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

  async function scrollToChart(page: Page, id: string) {
    await page.locator(`#chart-${id} .chart-title`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.locator(`#chart-${id} .chart-body[data-rendered="true"]`).waitFor({ timeout: 20_000 });
  }

  /** What the chart plotted (read back from chart.js) and what the table says, in the same shape. */
  async function plottedAndTabled(page: Page, id: string) {
    return page.locator(`#chart-${id}`).evaluate((fig) => {
      const plotted = [...fig.querySelectorAll('canvas')].flatMap((c) => JSON.parse(c.dataset['values'] ?? '[]') as unknown[]);
      const timeline = plotted.length > 0 && typeof plotted[0] === 'object' && !Array.isArray(plotted[0]);
      return {
        plotted: timeline ? (plotted as { x: number }[]).map((p) => Math.floor(p.x)) : plotted,
        table: [...fig.querySelectorAll('table data')].map((d) => {
          const value = Number(d.getAttribute('value'));
          const max = d.getAttribute('data-max');
          return max === null ? value : [value, Number(max)];
        }),
      };
    });
  }

  it('a case page loads no JavaScript until its chart scrolls into view, then draws the numbers of its table', async () => {
    const { page, requests, errors, close } = await open('/en/cases/kt/');
    await page.waitForTimeout(300);
    expect(scripts(requests)).toEqual([]);
    expect(await page.locator('canvas').count()).toBe(0);
    await scrollToChart(page, 'kt-centres');
    expect(scripts(requests).length).toBeGreaterThan(0);
    const { plotted, table } = await plottedAndTabled(page, 'kt-centres');
    expect(plotted).toEqual(table);
    expect(table).toHaveLength(3);
    expect(errors).toEqual([]);
    await close();
  });

  it.each(['ko', 'en'])('every chart of the %s figures page renders in view with its table’s numbers', async (lang) => {
    const { page, errors, close } = await open(`/${lang}/figures/`);
    for (const id of ['uptake', 'targets', 'timeline']) {
      await scrollToChart(page, id);
      const { plotted, table } = await plottedAndTabled(page, id);
      expect(table.length, id).toBeGreaterThan(0);
      expect(plotted, id).toEqual(table);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    ['ko', '/ko/policies/kcc-infrastructure-strategy/', 'kcc-infrastructure'],
    ['en', '/en/policies/national-activation-strategy/', 'expected-effects'],
    ['ko', '/ko/cases/ibm-korea/', 'ibm-korea-office'],
    ['en', '/en/cases/bt/', 'bt-outcomes'],
    ['ko', '/ko/cases/united-states/', 'us-workers'],
  ])('%s %s draws %s', async (_lang, path, id) => {
    const { page, errors, close } = await open(path);
    await scrollToChart(page, id);
    const { plotted, table } = await plottedAndTabled(page, id);
    expect(plotted).toEqual(table);
    expect(errors).toEqual([]);
    await close();
  });

  it('the keyboard steps through every value and a live region reads it out', async () => {
    const { page, close } = await open('/en/cases/kt/');
    await scrollToChart(page, 'kt-centres');
    const rows = await page.locator('#chart-kt-centres tbody tr[data-metric]').evaluateAll((trs) =>
      trs.map((tr) => ({ label: tr.querySelector('th')!.textContent!.trim(), value: tr.querySelector('data')!.textContent!.trim() })),
    );
    const readout = page.locator('#chart-kt-centres .chart-readout');
    await page.locator('#chart-kt-centres .chart-canvas').focus();
    await expect.poll(() => readout.textContent()).toContain(`${rows[0]!.label}: ${rows[0]!.value}`);
    await page.keyboard.press('End');
    await expect.poll(() => readout.textContent()).toContain(`${rows[2]!.label}: ${rows[2]!.value}`);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => readout.textContent()).toContain(`${rows[1]!.label}: ${rows[1]!.value}`);
    expect(await readout.getAttribute('aria-live')).toBe('polite');
    await close();
  });

  /** The canvas as drawn the moment the chart reports itself rendered, and again a second later. */
  async function framesAtRenderAndAfter(page: Page, id: string) {
    await page.evaluate((chart) => {
      (window as unknown as { firstFrame: Promise<string> }).firstFrame = new Promise((resolve) => {
        const seen = new MutationObserver(() => {
          const canvas = document.querySelector<HTMLCanvasElement>(`#chart-${chart} .chart-body[data-rendered] canvas`);
          if (canvas) {
            seen.disconnect();
            resolve(canvas.toDataURL());
          }
        });
        seen.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
    }, id);
    await scrollToChart(page, id);
    const first = await page.evaluate(() => (window as unknown as { firstFrame: Promise<string> }).firstFrame);
    await page.waitForTimeout(1000);
    const later = await page.locator(`#chart-${id} canvas`).first().evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    return { first, later };
  }

  it('draws without animation under prefers-reduced-motion, and animates otherwise', async () => {
    const still = await open('/en/cases/kt/', { reducedMotion: 'reduce' });
    const a = await framesAtRenderAndAfter(still.page, 'kt-centres');
    expect(a.first).toBe(a.later);
    await still.close();
    const moving = await open('/en/cases/kt/', { reducedMotion: 'no-preference' });
    const b = await framesAtRenderAndAfter(moving.page, 'kt-centres');
    expect(b.first).not.toBe(b.later);
    await moving.close();
  });

  it.each(['light', 'dark'] as const)('uses the %s palette for the marks', async (scheme) => {
    const { page, close } = await open('/en/cases/kt/', { colorScheme: scheme });
    await scrollToChart(page, 'kt-centres');
    const swatch = await page.locator('#chart-kt-centres .chart-legend .chart-swatch').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(swatch).toBe(rgb(PALETTE[scheme].actual));
    await close();
  });

  it('downloads the chart as a PNG image', async () => {
    const { page, close } = await open('/ko/figures/');
    await scrollToChart(page, 'targets');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#chart-targets .chart-png').click()]);
    expect(download.suggestedFilename()).toBe('targets.ko.png');
    const png = await readFile((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16);
    const canvasWidth = await page.locator('#chart-targets canvas').first().evaluate((c) => (c as HTMLCanvasElement).width);
    expect(width).toBeGreaterThan(canvasWidth);
    await close();
  });

  it('without JavaScript the figure is its table: no empty chart space, no dead buttons', async () => {
    const { page, close } = await open('/ko/cases/kt/', { javaScriptEnabled: false });
    const fig = page.locator('#chart-kt-centres');
    await fig.scrollIntoViewIfNeeded();
    expect(await fig.locator('.chart-slot').evaluate((el) => el.getBoundingClientRect().height)).toBe(0);
    expect(await fig.locator('button, canvas').count()).toBe(0);
    expect(await fig.locator('table tbody tr[data-metric]').count()).toBe(3);
    expect(await fig.locator('.chart-downloads a').getAttribute('href')).toMatch(/\/data\/charts\/kt-centres\.ko\.csv$/);
    await close();
  });

  it.each(['light', 'dark'] as const)('drawn charts pass the axe WCAG 2.2 A/AA checks in %s mode', async (scheme) => {
    const { page, close } = await open('/ko/figures/', { colorScheme: scheme });
    for (const id of ['uptake', 'targets', 'timeline']) await scrollToChart(page, id);
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
