/**
 * What a reader's browser downloads, in gzip bytes: a case page without
 * charts, a case page with a chart and the figures page, first on load and
 * then once every chart has been scrolled into view.
 *
 *   npm run build && npm run bench:size
 *
 * Serves dist/ locally and drives Debian's Chromium (test/support/browser.ts).
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

const PAGES = [
  { path: 'en/cases/lg-cns/', what: 'case page without charts' },
  { path: 'ko/cases/kt/', what: 'case page with a chart' },
  { path: 'ko/figures/', what: 'figures page (3 charts)' },
];

interface Fetched {
  url: string;
  kind: 'html' | 'js' | 'css' | 'other';
  gzip: number;
  body: Buffer;
  /** Requested before any scrolling (true) or after (false). */
  onLoad: boolean;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

function kindOf(url: string, type: string): Fetched['kind'] {
  if (type.includes('html')) return 'html';
  if (type.includes('javascript') || /\.m?js$/.test(new URL(url).pathname)) return 'js';
  if (type.includes('css')) return 'css';
  return 'other';
}

/** Every response with its gzip size, tagged by whether it was requested before the reader scrolled. */
function record(page: Page, scrolled: () => boolean): Fetched[] {
  const got: Fetched[] = [];
  page.on('response', async (r) => {
    const onLoad = !scrolled() || !requestedAfterScroll.has(r.request());
    const body = await r.body().catch(() => Buffer.alloc(0));
    got.push({ url: r.url(), kind: kindOf(r.url(), r.headers()['content-type'] ?? ''), gzip: gz(body), body, onLoad });
  });
  const requestedAfterScroll = new WeakSet<object>();
  page.on('request', (r) => {
    if (scrolled()) requestedAfterScroll.add(r);
  });
  return got;
}

/** Inline `<script>` code of the HTML (structured data excluded), gzipped together. */
function inlineScript(html: string): number {
  const code = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  return code ? gz(code) : 0;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (xs: Fetched[], kind: Fetched['kind']) => xs.filter((x) => x.kind === kind).reduce((s, x) => s + x.gzip, 0);

async function measure(page: Page, base: string, path: string) {
  let scrolled = false;
  const got = record(page, () => scrolled);
  // Load, then give islands already in view time to ask for their code.
  await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  scrolled = true;
  const charts = await page.locator('figure.chart-figure .chart-title').all();
  for (const title of charts) {
    await title.evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await title.locator('xpath=..').locator('.chart-body[data-rendered="true"]').waitFor({ timeout: 20_000 });
  }
  await page.waitForTimeout(1000);
  const first = got.filter((x) => x.onLoad);
  const html = first.find((x) => x.kind === 'html');
  return {
    html: html?.gzip ?? 0,
    inlineJs: html ? inlineScript(html.body.toString('utf8')) : 0,
    firstJs: sum(first, 'js'),
    firstTotal: first.reduce((s, x) => s + x.gzip, 0),
    charts: charts.length,
    laterJs: sum(got, 'js'),
    laterFiles: got.filter((x) => x.kind === 'js').map((x) => `${new URL(x.url).pathname.split('/').pop()} ${kb(x.gzip)}`),
  };
}

if (!existsSync(`${ROOT}/dist/index.html`)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const server = await serveStatic(`${ROOT}/dist`);
const browser = await launch();
try {
  for (const { path, what } of PAGES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const m = await measure(await context.newPage(), server.url, path);
    await context.close();
    console.log(`/${path} (${what})`);
    console.log(`  on load, before scrolling: ${kb(m.firstTotal)} in all; HTML with inline CSS ${kb(m.html)}, of which inline script ${kb(m.inlineJs)}; JS files ${kb(m.firstJs)}`);
    if (m.charts) {
      console.log(`  once its ${m.charts} chart(s) have been in view: JS files ${kb(m.laterJs)}, JS in all with the inline script ${kb(m.laterJs + m.inlineJs)}`);
      for (const f of m.laterFiles) console.log(`    ${f}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
