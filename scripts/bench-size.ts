/**
 * What a reader's browser downloads, in gzip bytes, on the pages readers look
 * at most (scripts/support/reading-pages.ts), in both languages: on load;
 * after scrolling through the whole page (which must load nothing more: charts
 * are pictures until the reader interacts); and, on pages with a chart, after
 * pointing at the first chart and choosing "Explore".
 *
 *   npm run build && npm run bench:size
 *
 * Serves dist/ locally and drives Debian's Chromium (scripts/support/browser.ts).
 * Sizes are each response body gzipped at level 9, as a static host would
 * send it; inline scripts and styles are counted inside the HTML and the
 * inline script bytes are also shown on their own.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launch } from './support/browser';
import { ROOT } from './support/paths';
import { serveStatic } from './support/static-server';
import { READING_PAGES, readingPath } from './support/reading-pages';

type Stage = 'load' | 'scroll' | 'interaction';

interface Fetched {
  url: string;
  kind: 'html' | 'js' | 'css' | 'other';
  gzip: number;
  body: Buffer;
  stage: Stage;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

function kindOf(url: string, type: string): Fetched['kind'] {
  if (type.includes('html')) return 'html';
  if (type.includes('javascript') || /\.m?js$/.test(new URL(url).pathname)) return 'js';
  if (type.includes('css')) return 'css';
  return 'other';
}

/** Inline `<script>` code of the HTML (structured data excluded), gzipped together. */
function inlineScript(html: string): number {
  const code = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  return code ? gz(code) : 0;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const js = (xs: Fetched[], stages: Stage[]) => xs.filter((x) => x.kind === 'js' && stages.includes(x.stage)).reduce((s, x) => s + x.gzip, 0);

async function measure(page: Page, url: string) {
  let stage: Stage = 'load';
  const stageOf = new WeakMap<object, Stage>();
  const got: Fetched[] = [];
  page.on('request', (r) => stageOf.set(r, stage));
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    got.push({ url: r.url(), kind: kindOf(r.url(), r.headers()['content-type'] ?? ''), gzip: gz(body), body, stage: stageOf.get(r.request()) ?? stage });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  stage = 'scroll';
  // Through the whole page, a screen at a time, as a reader scrolls.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 60));
    }
  });
  await page.waitForTimeout(1000);
  stage = 'interaction';
  const explore = page.locator('.chart-explore').first();
  const charts = await page.locator('.chart-explore').count();
  if (charts > 0) {
    await explore.scrollIntoViewIfNeeded();
    await explore.hover();
    await explore.click();
    await page.locator('.chart-body[data-rendered="true"]').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
  }
  const html = got.find((x) => x.kind === 'html' && x.stage === 'load');
  return {
    total: got.filter((x) => x.stage === 'load').reduce((s, x) => s + x.gzip, 0),
    html: html?.gzip ?? 0,
    inline: html ? inlineScript(html.body.toString('utf8')) : 0,
    beforeInteraction: js(got, ['load', 'scroll']),
    charts,
    afterInteraction: js(got, ['load', 'scroll', 'interaction']),
  };
}

if (!existsSync(`${ROOT}/dist/index.html`)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const server = await serveStatic(`${ROOT}/dist`);
const browser = await launch();
try {
  console.log('page'.padEnd(46), 'first load', ' HTML', ' inline JS', ' JS files before interaction', ' JS files after "Explore"');
  for (const p of READING_PAGES) {
    for (const lang of ['ko', 'en'] as const) {
      const path = readingPath(p, lang);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const m = await measure(await context.newPage(), `${server.url}${path}`);
      await context.close();
      console.log(
        `/${path}`.padEnd(46),
        kb(m.total).padStart(10),
        kb(m.html).padStart(8),
        kb(m.inline).padStart(10),
        kb(m.beforeInteraction).padStart(28),
        (m.charts ? kb(m.afterInteraction) : '(no chart)').padStart(24),
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
