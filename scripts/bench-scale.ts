/**
 * How the atlas scales with the number of cases:
 *
 *   npm run bench:scale -- <N> [--starlight] [--runs K] [--json FILE] [--seed S] [--keep]
 *   npm run bench:scale -- --summary FILE.json…
 *
 * N counts cases, each in Korean and English, as the Starlight reference
 * counts them: the 10 real cases and N − 10 synthetic ones
 * (scripts/bench/synthetic-cases.ts), so N = 10 is the site as it is. They are
 * written into a temporary copy of the project (never into content/), which
 * must pass `npm run check:content`. In the copy the benchmark measures:
 *
 * - `npm run check:content`, wall and CPU time, K times on a first run (its
 *   cache removed) and K times again (with the cache the last run left);
 * - K clean `npm run build` runs (dist, .astro and the caches removed first):
 *   CPU time (user + sys), wall time and the peak memory of the largest
 *   process (GNU time), the process that reached it (sampled from /proc), and
 *   the wall time of each phase (content check, Astro's setup, server bundle,
 *   client bundle and page rendering, search index), cut by the build's output;
 * - the largest page of each kind (home, case index, case page, … open data
 *   files): raw and gzip bytes and its element count;
 * - the first search in Korean and English in headless Chromium through the
 *   search page (scripts/bench/first-search.ts, as `bench:search` measures it).
 *
 * With --starlight it also builds the Starlight reference
 * (STARLIGHT_ANCHOR, or by default `../shared/bench/starlight-anchor` beside the
 * project) with the same N,
 * alternating clean builds with the atlas's (atlas, Starlight, atlas, …) K
 * times, and reports medians, the atlas/Starlight ratios and Starlight's
 * largest pages of the same kinds.
 *
 * Prints one markdown report, ending in a one-line summary table; --json FILE
 * writes the same figures as JSON, and `--summary FILE.json…` prints the
 * summary table of earlier reports (across N, or before and after a change).
 * Needs /usr/bin/time (GNU time) and, for the first search, /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ROOT } from './support/paths';
import { buildEnv } from './support/build-env';
import { hasBrowser } from './support/browser';
import { serveStatic } from './support/static-server';
import { writeSyntheticCases } from './bench/synthetic-cases';
import { GNU_TIME, timedRun, wallRun, type TimedRun } from './bench/timed-run';
import { ATLAS_KINDS, STARLIGHT_KINDS, largestPages, openDataKinds, siteTotals, type LargestPage } from './bench/page-kinds';
import { dirSize, firstSearch, type FirstSearch } from './bench/first-search';
import { CONTENT_CACHE_FILE } from '~/lib/atlas/content-cache';

// ------------------------------------------------------------------ arguments

const argv = process.argv.slice(2);
const SUMMARY_MODE = argv[0] === '--summary';
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const optionValues = new Set(['--runs', '--json', '--seed'].flatMap((o) => (argv.includes(o) ? [argv[argv.indexOf(o) + 1]] : [])));
const N = Number(argv.find((a) => /^\d+$/.test(a) && !optionValues.has(a)));
const RUNS = Number(option('runs') ?? 3);
const SEED = Number(option('seed') ?? 1);
const JSON_FILE = option('json');
const WITH_STARLIGHT = flag('starlight');
const KEEP = flag('keep');
const STARLIGHT_ANCHOR = resolve(process.env.STARLIGHT_ANCHOR ?? join(ROOT, '..', 'shared', 'bench', 'starlight-anchor'));
const SEARCH_RUNS = 5;

if (!SUMMARY_MODE && (!Number.isInteger(N) || N < 1 || !Number.isInteger(RUNS) || RUNS < 1)) {
  console.error('usage: npm run bench:scale -- <N> [--starlight] [--runs K] [--json FILE] [--seed S] [--keep]\n  N: cases in all (the 10 real ones included), e.g. 200\n       npm run bench:scale -- --summary FILE.json…   (one table of earlier --json reports)');
  process.exit(2);
}
if (!existsSync(GNU_TIME)) {
  console.error(`${GNU_TIME} (GNU time) is missing: apt-get install -y time`);
  process.exit(2);
}
if (WITH_STARLIGHT && !existsSync(join(STARLIGHT_ANCHOR, 'gen-content.mjs'))) {
  console.error(`--starlight: no Starlight reference at ${STARLIGHT_ANCHOR} (set STARLIGHT_ANCHOR)`);
  process.exit(2);
}

const log = (...parts: unknown[]) => console.error(`[bench:scale ${N}]`, ...parts);
const MiB = (b: number) => b / 2 ** 20;
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '—');
const kib = (b: number) => `${fmt(b / 1024)} KiB`;
const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// ------------------------------------------------------------------ the copies

/** What never goes into the copy: installs, builds and caches. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', join('test', '.output')]);

/**
 * A copy of the project in a fresh temporary directory. node_modules is a
 * directory of links to the repository's packages, so Astro's and Vite's
 * caches (node_modules/.astro, node_modules/.vite) stay in the copy: cleaning
 * them never touches the repository the benchmark was started from.
 */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-scale-${N}-`));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(ROOT, src);
      return !NOT_COPIED.has(rel) && !rel.startsWith(`tmp-`) && !rel.endsWith('.log');
    },
  });
  const modules = join(ROOT, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/** As a fresh clone builds: no output and no cache of Astro, Vite or the content check. */
function clean(dir: string) {
  for (const p of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache']) rmSync(join(dir, p), { recursive: true, force: true });
}

// ------------------------------------------------------------------ builds

interface Phase {
  name: string;
  /** Wall seconds. */
  seconds: number;
  /** CPU seconds of the whole process tree (user + sys), read from /proc when the phase ended. */
  cpu: number;
}

interface BuildRun {
  site: 'atlas' | 'starlight';
  run: number;
  ok: boolean;
  exitCode: number;
  signal?: number;
  cpu: number;
  wall: number;
  peakRss: number;
  /** Peak memory by kind of process (the largest of each kind), bytes. */
  processPeaks: Record<string, number>;
  /** Which process reached the peak. */
  peakProcess: string;
  /** The machine's 1-minute load average when the build started and ended (it is shared: other work runs beside it). */
  load: [number, number];
  phases: Phase[];
  /** Where a failed build stopped, and its last lines. */
  failure?: { phase: string; tail: string[] };
  /** Astro's render time of each route (its pages together), from the build's output, slowest first. */
  routes: { route: string; pages: number; ms: number }[];
  /** The slowest pages to render. */
  slowest: { path: string; ms: number }[];
}

/** Render times Astro prints while generating static routes: `▶ src/pages/x.astro`, then `└─ /path/ (+12ms)` per page. */
function renderTimes(lines: { text: string }[]): Pick<BuildRun, 'routes' | 'slowest'> {
  const routes = new Map<string, { pages: number; ms: number }>();
  const pages: { path: string; ms: number }[] = [];
  let route = '?';
  for (const { text } of lines) {
    const r = /[▶λ] (\S+\.(astro|ts|js|mjs|md|mdx))\b/.exec(text);
    if (r) {
      route = r[1]!;
      continue;
    }
    const p = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(m?s)\)/.exec(text);
    if (!p) continue;
    const ms = Number(p[2]) * (p[3] === 's' ? 1000 : 1);
    pages.push({ path: p[1]!, ms });
    const known = routes.get(route) ?? { pages: 0, ms: 0 };
    routes.set(route, { pages: known.pages + 1, ms: known.ms + ms });
  }
  return {
    routes: [...routes].map(([r, v]) => ({ route: r, ...v })).sort((a, b) => b.ms - a.ms),
    slowest: pages.sort((a, b) => b.ms - a.ms).slice(0, 5),
  };
}

/** Lines that end each phase of `npm run build`, in order. */
const ATLAS_PHASES: { name: string; end: RegExp }[] = [
  { name: 'content check', end: /^content (OK|has \d+ problem)/ },
  { name: 'astro: sync, types, setup', end: /Building static entrypoints/ },
  { name: 'astro: server bundle (pages, MDX)', end: /building client \(vite\)/ },
  { name: 'astro: client bundle', end: /generating static routes/ },
  { name: 'astro: rendering pages', end: /\[build\] Complete!/ },
  { name: 'search index', end: /$^/ },
];
const STARLIGHT_PHASES: { name: string; end: RegExp }[] = [
  { name: 'astro: sync, types, setup', end: /Building static entrypoints/ },
  { name: 'astro: server bundle (pages, MD)', end: /building client \(vite\)|generating static routes/ },
  { name: 'astro: client bundle', end: /generating static routes/ },
  { name: 'astro: rendering pages', end: /\[starlight:pagefind\] Building search index/ },
  { name: 'search index (pagefind) and sitemap', end: /$^/ },
];

function phasesOf(r: TimedRun, spec: { name: string; end: RegExp }[]): { phases: Phase[]; reached: string } {
  const phases: Phase[] = [];
  let from = { t: 0, cpu: 0 };
  let line = 0;
  for (const [i, p] of spec.entries()) {
    const last = i === spec.length - 1;
    const at = last ? -1 : r.lines.findIndex((l, k) => k >= line && p.end.test(l.text));
    if (at < 0 && !last) {
      // A phase whose end never showed: the tool skipped it, or the build stopped in it.
      if (spec.slice(i + 1).some((q) => r.lines.some((l) => q.end.test(l.text)))) {
        phases.push({ name: p.name, seconds: 0, cpu: 0 });
        continue;
      }
      phases.push({ name: p.name, seconds: r.wall - from.t, cpu: r.cpu - from.cpu });
      return { phases, reached: p.name };
    }
    const to = last ? { t: r.wall, cpu: r.cpu } : { t: r.lines[at]!.t, cpu: r.lines[at]!.cpu ?? NaN };
    phases.push({ name: p.name, seconds: Math.max(0, to.t - from.t), cpu: Math.max(0, to.cpu - from.cpu) });
    from = to;
    if (!last) line = at + 1;
  }
  return { phases, reached: spec[spec.length - 1]!.name };
}

async function build(site: 'atlas' | 'starlight', dir: string, run: number, env: NodeJS.ProcessEnv): Promise<BuildRun> {
  clean(dir);
  log(`${site} build ${run}/${RUNS}: started`);
  const [command, args] = site === 'atlas' ? ['npm', ['run', 'build']] : ['npx', ['astro', 'build']];
  const spec = site === 'atlas' ? ATLAS_PHASES : STARLIGHT_PHASES;
  const load = loadavg()[0]!;
  const r = await timedRun(command as string, args as string[], {
    cwd: dir,
    env,
    marks: new RegExp(spec.slice(0, -1).map((p) => p.end.source).join('|')),
    onLine: (l) => {
      if (/\[build\] (Building|Complete|\d+ page)|^content (OK|has)|search index written|generating static|building client|Finished building|error|Error|heap/.test(l.text)) {
        log(`${site} ${run} +${fmt(l.t)} s  ${l.text.trim().slice(0, 160)}`);
      }
    },
  });
  const { phases, reached } = phasesOf(r, spec);
  const processPeaks: Record<string, number> = {};
  for (const p of r.processes) processPeaks[p.label] = Math.max(processPeaks[p.label] ?? 0, p.peakRss);
  const ok = r.exitCode === 0 && r.signal === undefined;
  const out: BuildRun = {
    site, run, ok, exitCode: r.exitCode, cpu: r.cpu, wall: r.wall, peakRss: r.peakRss, processPeaks,
    peakProcess: r.processes[0]?.label ?? '?', phases, load: [load, loadavg()[0]!], ...renderTimes(r.lines),
    ...(r.signal !== undefined ? { signal: r.signal } : {}),
    ...(ok ? {} : { failure: { phase: reached, tail: r.lines.slice(-40).map((l) => l.text) } }),
  };
  log(`${site} build ${run}/${RUNS}: ${ok ? 'ok' : `FAILED (exit ${r.exitCode}${r.signal ? `, signal ${r.signal}` : ''}) in ${reached}`}, CPU ${fmt(r.cpu)} s, wall ${fmt(r.wall)} s, peak ${fmt(MiB(r.peakRss), 0)} MiB (${out.peakProcess})`);
  return out;
}

// ------------------------------------------------------------------ content check

interface CheckTimes {
  /** Medians over the runs, seconds. */
  wall: number;
  cpu: number;
  peakRss: number;
  /** Each run's wall seconds. */
  walls: number[];
}

interface ContentCheck {
  /** `npm run check:content` on a first run: its cache removed before each run, every text parsed. */
  cold: CheckTimes;
  /** The same again with the cache the last run left, as an editor runs it after a change (and as `npm run build` runs it after a check). */
  warm: CheckTimes;
  /** The check's own line: what it checked, in how long. */
  summary: string;
}

/** `npm run check:content` in `dir`, RUNS times: wall, CPU and peak memory (medians), and the output of the first run. */
async function timeCheck(dir: string, env: NodeJS.ProcessEnv, cold: boolean): Promise<CheckTimes & { lines: string[]; exitCode: number }> {
  const runs: TimedRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (cold) rmSync(join(dir, CONTENT_CACHE_FILE), { force: true });
    runs.push(await timedRun('npm', ['run', 'check:content', '--silent'], { cwd: dir, env }));
  }
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    peakRss: median(runs.map((r) => r.peakRss)),
    walls: runs.map((r) => r.wall),
    exitCode: Math.max(...runs.map((r) => r.exitCode)),
    lines: runs[0]!.lines.map((l) => l.text),
  };
}

/** Times the content check, cold then warm; the copy must pass it in full, the synthetic cases included. */
async function checkContent(dir: string): Promise<ContentCheck> {
  const env = buildEnv();
  const { lines, exitCode, ...cold } = await timeCheck(dir, env, true);
  if (exitCode !== 0) {
    console.error(lines.slice(0, 60).join('\n'));
    throw new Error('the copy fails npm run check:content: the synthetic cases (scripts/bench/synthetic-cases.ts) or the real content have problems');
  }
  const again = await timeCheck(dir, env, false);
  const warm: CheckTimes = { wall: again.wall, cpu: again.cpu, peakRss: again.peakRss, walls: again.walls };
  return { cold, warm, summary: lines.find((l) => l.startsWith('content OK')) ?? '' };
}

// ------------------------------------------------------------------ Starlight

async function prepareStarlight(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), `starlight-scale-${N}-`)), 'sl');
  cpSync(STARLIGHT_ANCHOR, dir, { recursive: true, filter: (src) => !/[/\\](node_modules|dist|\.astro)$/.test(src) });
  execFileSync('chmod', ['-R', 'u+w', dir]); // the reference is read-only
  log(`starlight: npm ci in ${dir}`);
  const ci = await wallRun('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, env: process.env });
  if (ci.exitCode !== 0) throw new Error(`starlight: npm ci failed:\n${ci.stderr.slice(-3000)}`);
  const gen = await wallRun('node', ['gen-content.mjs', '--site', '.', '--count', String(N)], { cwd: dir, env: process.env });
  if (gen.exitCode !== 0) throw new Error(`starlight: gen-content.mjs failed:\n${gen.stderr}`);
  log(`starlight: ${gen.stderr.trim().split('\n').pop()}`);
  return dir;
}

// ------------------------------------------------------------------ report

interface SiteSummary {
  runs: BuildRun[];
  median: { cpu: number; wall: number; peakRss: number };
  phases: Phase[];
  processPeaks: Record<string, number>;
  pages: LargestPage[];
  totals?: { htmlPages: number; files: number; bytes: number };
  searchIndex?: number;
}

function summarise(runs: BuildRun[], phaseNames: string[]): Omit<SiteSummary, 'pages'> {
  const ok = runs.filter((r) => r.ok);
  const processKinds = [...new Set(ok.flatMap((r) => Object.keys(r.processPeaks)))];
  return {
    runs,
    median: { cpu: median(ok.map((r) => r.cpu)), wall: median(ok.map((r) => r.wall)), peakRss: median(ok.map((r) => r.peakRss)) },
    phases: phaseNames.map((name) => {
      const of = (key: 'seconds' | 'cpu') => median(ok.map((r) => r.phases.find((p) => p.name === name)?.[key] ?? NaN));
      return { name, seconds: of('seconds'), cpu: of('cpu') };
    }),
    processPeaks: Object.fromEntries(processKinds.map((k) => [k, median(ok.map((r) => r.processPeaks[k] ?? NaN))]).sort((a, b) => (b[1] as number) - (a[1] as number))),
  };
}

function table(head: string[], rows: (string | number)[][], align?: string[]): string {
  const sep = align ?? head.map((_, i) => (i === 0 ? '---' : '---:'));
  return [`| ${head.join(' | ')} |`, `| ${sep.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** One row per report: the figures to compare before and after a change, or across N. */
function summaryTable(reports: Report[]): string {
  const withSl = reports.some((r) => r.starlight);
  const page = (r: Report, kind: string) => r.atlas.pages.find((p) => p.kind === kind);
  const size = (p: LargestPage | undefined) => (p ? `${fmt(p.raw / 2 ** 20, 2)} MiB / ${fmt(p.gzip / 1024, 0)} KiB, ${p.units.toLocaleString('en-GB')}` : '—');
  const search = (r: Report, lang: 'ko' | 'en') => {
    const s = r.search?.find((x) => x.lang === lang);
    return s ? `${fmt(s.bytes / 1024, 0)} KiB, ${s.medianMs} ms` : '—';
  };
  const head = ['N', 'check:content cold / warm: wall s (CPU s)', 'atlas build CPU s', 'wall s', 'peak MiB'];
  if (withSl) head.push('Starlight CPU s', 'wall s', 'peak MiB', 'atlas/Starlight CPU', 'peak');
  head.push('largest page: compare (raw / gzip, elements)', 'case index', 'first search ko', 'first search en');
  const rows = reports.map((r) => {
    const a = r.atlas.median;
    // Reports written before the content check had a cache give one time, under `strict`.
    const cc = r.contentCheck as Partial<ContentCheck> & { strict?: CheckTimes };
    const check = cc.cold && cc.warm ? `${fmt(cc.cold.wall)} (${fmt(cc.cold.cpu)}) / ${fmt(cc.warm.wall)} (${fmt(cc.warm.cpu)})` : cc.strict ? `${fmt(cc.strict.wall)} (${fmt(cc.strict.cpu)}), no cache` : '—';
    const row: (string | number)[] = [r.n.toLocaleString('en-GB'), check, fmt(a.cpu), fmt(a.wall), fmt(MiB(a.peakRss), 0)];
    if (withSl) {
      const sl = r.starlight?.median;
      row.push(...(sl ? [fmt(sl.cpu), fmt(sl.wall), fmt(MiB(sl.peakRss), 0), fmt(a.cpu / sl.cpu, 2), fmt(a.peakRss / sl.peakRss, 2)] : ['—', '—', '—', '—', '—']));
    }
    row.push(size(page(r, 'compare')), size(page(r, 'case index')), search(r, 'ko'), search(r, 'en'));
    return row;
  });
  return table(head, rows);
}

function report(r: Report): string {
  const out: string[] = [];
  const { atlas, starlight } = r;
  out.push(`## N = ${r.n.toLocaleString('en-GB')} cases (${r.cases.real} real + ${r.cases.synthetic.toLocaleString('en-GB')} synthetic, each in Korean and English; seed ${r.seed})`, '');
  out.push(`Machine: ${r.machine}. ${r.runs} clean build${r.runs > 1 ? 's' : ''} of each site${starlight ? ', alternating atlas and Starlight' : ''}; figures are medians.`);
  if (r.cases.synthetic) out.push(`Synthetic pages: median ${r.words.ko} words in Korean (eojeol), ${r.words.en} in English.`);
  out.push('');

  const cc = r.contentCheck;
  out.push('### Content check', '');
  const times = (t: CheckTimes) => [`${fmt(t.wall)} s`, `${fmt(t.cpu)} s`, `${fmt(MiB(t.peakRss), 0)}`];
  const ccRows: string[][] = [
    ['`npm run check:content`, first run (no cache)', ...times(cc.cold), 'passes'],
    ['the same again (the cache of the last run)', ...times(cc.warm), 'passes'],
  ];
  out.push(table(['command (median of the runs)', 'wall', 'CPU', 'peak MiB', 'result'], ccRows, ['---', '---:', '---:', '---:', '---']), '', cc.summary ? `> ${cc.summary}` : '', '');

  out.push('### Clean builds', '');
  const siteRow = (name: string, s: SiteSummary) => [
    name, fmt(s.median.cpu), fmt(s.median.wall), fmt(MiB(s.median.peakRss), 0),
    s.runs.map((b) => (b.ok ? `${fmt(b.cpu)} / ${fmt(b.wall)} / ${fmt(MiB(b.peakRss), 0)} (load ${fmt(b.load[0])})` : `**failed** (exit ${b.exitCode}${b.signal ? `, signal ${b.signal}` : ''}, in ${b.failure?.phase}) after ${fmt(b.wall)} s, peak ${fmt(MiB(b.peakRss), 0)}`)).join('; '),
  ];
  const rows = [siteRow('atlas `npm run build`', atlas)];
  if (starlight) {
    rows.push(siteRow('Starlight `astro build`', starlight));
    rows.push(['**atlas / Starlight**', fmt(atlas.median.cpu / starlight.median.cpu, 2), fmt(atlas.median.wall / starlight.median.wall, 2), fmt(atlas.median.peakRss / starlight.median.peakRss, 2), '']);
  }
  out.push(table(['site', 'CPU s (user+sys)', 'wall s', 'peak MiB (largest process)', 'each run: CPU s / wall s / peak MiB (load average at start)'], rows), '');

  const phaseTable = (s: SiteSummary, name: string) => {
    const sum = (key: 'seconds' | 'cpu') => s.phases.reduce((a, p) => a + (Number.isFinite(p[key]) ? p[key] : 0), 0);
    out.push(`Where the ${name} build's time goes (median of each phase, cut by the build's own output; CPU of the whole process tree):`, '');
    out.push(table(['phase', 'CPU s', 'CPU share', 'wall s'], s.phases.map((p) => [p.name, fmt(p.cpu), `${fmt((100 * p.cpu) / sum('cpu'), 0)}%`, fmt(p.seconds)])), '');
    const last = [...s.runs].reverse().find((b) => b.ok);
    if (last?.routes.length) {
      const total = last.routes.reduce((a, x) => a + x.ms, 0);
      out.push(`Rendering by route (Astro's own per-page times, last run; ${fmt(total / 1000)} s in all): ${last.routes.slice(0, 6).map((x) => `${x.route.replace(/^src\/pages\/|^.*node_modules\//, '')} ${fmt(x.ms / 1000)} s for ${x.pages} page${x.pages === 1 ? '' : 's'}`).join('; ')}. Slowest pages: ${last.slowest.map((x) => `${x.path} ${fmt(x.ms / 1000, 2)} s`).join(', ')}.`, '');
    }
    out.push(`Peak memory by process (median): ${Object.entries(s.processPeaks).filter(([, v]) => v > 20 * 2 ** 20).map(([k, v]) => `${k} ${fmt(MiB(v), 0)} MiB`).join(', ')}.`, '');
  };
  if (atlas.runs.some((b) => b.ok)) phaseTable(atlas, 'atlas');
  if (starlight?.runs.some((b) => b.ok)) phaseTable(starlight, 'Starlight');
  for (const b of [...atlas.runs, ...(starlight?.runs ?? [])].filter((x) => !x.ok)) {
    out.push(`**${b.site} build ${b.run} failed** (exit ${b.exitCode}${b.signal ? `, signal ${b.signal}` : ''}) in phase "${b.failure?.phase}" after ${fmt(b.wall)} s; peak ${fmt(MiB(b.peakRss), 0)} MiB in ${b.peakProcess}. Last lines:`, '', '```', ...(b.failure?.tail ?? []).slice(-25), '```', '');
  }

  if (atlas.pages.length) {
    out.push('### Largest page of each kind', '');
    const sl = new Map((starlight?.pages ?? []).map((p) => [p.kind, p]));
    const cells = (p: LargestPage | undefined) => (p ? [`\`${p.path}\``, kib(p.raw), kib(p.gzip), `${p.units.toLocaleString('en-GB')}${p.unitName === 'elements' ? '' : ` ${p.unitName}`}`] : ['—', '', '', '']);
    const head = ['kind', 'files', 'atlas: largest', 'raw', 'gzip', 'elements'];
    if (starlight) head.push('Starlight: largest', 'raw', 'gzip', 'elements');
    out.push(table(head, atlas.pages.map((p) => [p.kind, p.count, ...cells(p), ...(starlight ? cells(sl.get(p.kind)) : [])]), head.map((_, i) => (i === 0 || i === 2 || i === 6 ? '---' : '---:'))), '');
    const tot = (s: SiteSummary) => (s.totals ? `${s.totals.htmlPages.toLocaleString('en-GB')} HTML pages, ${fmt(MiB(s.totals.bytes))} MiB in ${s.totals.files.toLocaleString('en-GB')} files, search index ${fmt(MiB(s.searchIndex ?? NaN))} MiB` : '—');
    out.push(`Built site: atlas ${tot(atlas)}${starlight ? `; Starlight ${tot(starlight)}` : ''}.`, '');
    if (starlight) out.push("Starlight's home page is a splash page that lists every case: it stands for both the home and the case index.", '');
  }

  if (r.search?.length) {
    out.push(`### First search (atlas search page, headless Chromium, cold cache, median of ${SEARCH_RUNS})`, '');
    out.push(table(['query', 'over the wire', 'requests', 'time to results', 'by kind'], r.search.map((s) => [`${s.query} (${s.lang})`, kib(s.bytes), s.requests, `${s.medianMs} ms`, s.byKind.map(([k, v]) => `${k} ${kib(v)}`).join(', ')])), '');
  } else if (r.searchSkipped) out.push(`First search: not measured (${r.searchSkipped}).`, '');
  for (const note of r.notes) out.push(`- ${note}`);
  out.push('', '### In one line', '', summaryTable([r]));
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

interface Report {
  n: number;
  seed: number;
  runs: number;
  machine: string;
  cases: { real: number; synthetic: number };
  words: { ko: number; en: number };
  contentCheck: ContentCheck;
  atlas: SiteSummary;
  starlight?: SiteSummary;
  search?: FirstSearch[];
  searchSkipped?: string;
  notes: string[];
}

// ------------------------------------------------------------------ main

if (SUMMARY_MODE) {
  const reports = argv.slice(1).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Report);
  console.log(summaryTable(reports.sort((a, b) => a.n - b.n)));
  process.exit(0);
}

const notes: string[] = [];
const atlasDir = copyProject();
log(`atlas copy: ${atlasDir}`);
const realCases = readdirSync(join(atlasDir, 'content/cases')).filter((f) => f.endsWith('.yaml')).length;
if (N < realCases) {
  console.error(`N counts all cases, the ${realCases} real ones included: give N ≥ ${realCases}`);
  process.exit(2);
}
const generated = writeSyntheticCases(atlasDir, { count: N - realCases, seed: SEED });
const generatedFiles = new Set(generated.flatMap((c) => c.files.map((f) => f.path)));
log(`wrote ${generated.length} synthetic cases (${generatedFiles.size} files)`);
const contentCheck = await checkContent(atlasDir);
log(`content check: cold ${fmt(contentCheck.cold.wall)} s, warm ${fmt(contentCheck.warm.wall)} s`);
const atlasEnv = buildEnv();

const starlightDir = WITH_STARLIGHT ? await prepareStarlight() : undefined;
const starlightEnv = buildEnv();

const atlasRuns: BuildRun[] = [];
const starlightRuns: BuildRun[] = [];
for (let run = 1; run <= RUNS; run++) {
  atlasRuns.push(await build('atlas', atlasDir, run, atlasEnv));
  if (starlightDir) starlightRuns.push(await build('starlight', starlightDir, run, starlightEnv));
}

// The last build of each site stays in its dist/ for the page and search measurements.
const lastOk = (runs: BuildRun[]) => runs.length > 0 && runs[runs.length - 1]!.ok;
const atlasDist = join(atlasDir, 'dist');
const atlas: SiteSummary = { ...summarise(atlasRuns, ATLAS_PHASES.map((p) => p.name)), pages: [] };
if (lastOk(atlasRuns)) {
  atlas.pages = largestPages(atlasDist, [...ATLAS_KINDS, ...openDataKinds(atlasDist)]);
  atlas.totals = siteTotals(atlasDist);
  if (existsSync(join(atlasDist, 'pagefind'))) atlas.searchIndex = dirSize(join(atlasDist, 'pagefind'));
}
let starlight: SiteSummary | undefined;
if (starlightDir) {
  starlight = { ...summarise(starlightRuns, STARLIGHT_PHASES.map((p) => p.name)), pages: [] };
  const dist = join(starlightDir, 'dist');
  if (lastOk(starlightRuns)) {
    starlight.pages = largestPages(dist, STARLIGHT_KINDS);
    starlight.totals = siteTotals(dist);
    if (existsSync(join(dist, 'pagefind'))) starlight.searchIndex = dirSize(join(dist, 'pagefind'));
  }
}

let search: FirstSearch[] | undefined;
let searchSkipped: string | undefined;
if (!lastOk(atlasRuns)) searchSkipped = 'the atlas build failed';
else if (!hasBrowser) searchSkipped = 'no Chromium at /usr/bin/chromium';
else {
  log('first search in Chromium');
  const server = await serveStatic(atlasDist);
  try {
    search = await firstSearch(server.url, atlasDist, SEARCH_RUNS);
  } catch (e) {
    searchSkipped = `failed: ${(e as Error).message.split('\n')[0]}`;
  } finally {
    await server.close();
  }
}

const words = (lang: 'ko' | 'en') => median(generated.map((c) => c.words[lang]));
const result: Report = {
  n: N,
  seed: SEED,
  runs: RUNS,
  machine: `${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  cases: { real: realCases, synthetic: generated.length },
  words: { ko: words('ko'), en: words('en') },
  contentCheck,
  atlas,
  ...(starlight ? { starlight } : {}),
  ...(search ? { search } : {}),
  ...(searchSkipped ? { searchSkipped } : {}),
  notes,
};
const text = report(result);
console.log(text);
if (JSON_FILE) {
  writeFileSync(resolve(JSON_FILE), `${JSON.stringify(result, null, 2)}\n`);
  log(`JSON written to ${JSON_FILE}`);
}
if (KEEP) log(`kept: ${atlasDir}${starlightDir ? ` and ${starlightDir}` : ''}`);
else {
  rmSync(atlasDir, { recursive: true, force: true });
  if (starlightDir) rmSync(resolve(starlightDir, '..'), { recursive: true, force: true });
}
if (atlasRuns.some((b) => !b.ok) || starlightRuns.some((b) => !b.ok)) process.exitCode = 1;
