/**
 * The largest page of each kind in a built site: its raw and gzip size and
 * how many elements it holds (parsed with node-html-parser), or for open data
 * files how many rows (CSV) or items (JSON). Kinds are matched by path below
 * dist/, so the atlas and the Starlight reference are measured the same way.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface PageKind {
  kind: string;
  /** Paths below dist/ that belong to the kind. */
  match: RegExp;
}

const L = '(ko|en)';

/** The atlas's page kinds; open data files are added one kind per file (see `openDataKinds`). */
export const ATLAS_KINDS: PageKind[] = [
  { kind: 'home', match: new RegExp(`^(${L}/)?index\\.html$`) },
  { kind: 'case index', match: new RegExp(`^${L}/cases/index\\.html$`) },
  { kind: 'case page', match: new RegExp(`^${L}/cases/[^/]+/index\\.html$`) },
  { kind: 'case index page', match: new RegExp(`^${L}/cases/page/\\d+/index\\.html$`) },
  { kind: 'case index filter', match: new RegExp(`^${L}/cases/filter\\.json$`) },
  { kind: 'section cases', match: new RegExp(`^${L}/about/sections/[^/]+/index\\.html$`) },
  { kind: 'policy page', match: new RegExp(`^${L}/policies/[^/]+/index\\.html$`) },
  { kind: 'topic page', match: new RegExp(`^${L}/topics/[^/]+/index\\.html$`) },
  { kind: 'glossary term', match: new RegExp(`^${L}/glossary/[^/]+/index\\.html$`) },
  { kind: 'case compare', match: new RegExp(`^${L}/compare/[^/]+/index\\.html$`) },
  ...['compare', 'figures', 'timeline', 'glossary', 'search', 'about', 'data'].map((p) => ({ kind: p, match: new RegExp(`^${L}/${p}/index\\.html$`) })),
  { kind: 'rss.xml', match: new RegExp(`^${L}/rss\\.xml$`) },
  { kind: 'sitemap', match: /^sitemap[^/]*\.xml$/ },
];

/**
 * The Starlight reference's pages of the same kinds, where it has them: Korean
 * at the root, English under en/. Its home page is a splash page that lists
 * every case, so it stands for both the home and the case index.
 */
export const STARLIGHT_KINDS: PageKind[] = [
  { kind: 'home', match: /^(en\/)?index\.html$/ },
  { kind: 'case index', match: /^(en\/)?index\.html$/ },
  { kind: 'case page', match: /^(en\/)?cases\/[^/]+\/index\.html$/ },
  { kind: 'sitemap', match: /^sitemap[^/]*\.xml$/ },
];

/** One kind per open data file under dist/data; the files of a folder (charts, the parts of the JSON files) taken together. */
export function openDataKinds(dist: string): PageKind[] {
  const files = listFiles(join(dist, 'data')).map((f) => relative(dist, f).split('\\').join('/'));
  const names = new Set(files.map((f) => f.replace(/^(data\/[^/]+\/)[^/]+(\.[a-z]+)$/, '$1*$2').replace(/-(ko|en)\.csv$/, '-{lang}.csv')));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...names].sort().map((name) => ({
    kind: name,
    match: new RegExp(`^${escape(name).replace('\\{lang\\}', L).replace('\\*', '[^/]+')}$`),
  }));
}

export function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
  } catch {
    return [];
  }
}

export interface LargestPage {
  kind: string;
  /** How many files of the kind there are. */
  count: number;
  /** The largest, below dist/. */
  path: string;
  raw: number;
  gzip: number;
  /** Elements (HTML, XML), rows (CSV) or items (JSON). */
  units: number;
  unitName: 'elements' | 'rows' | 'items';
}

function unitsOf(path: string, text: string): Pick<LargestPage, 'units' | 'unitName'> {
  if (path.endsWith('.csv')) return { units: text.split('\n').filter(Boolean).length, unitName: 'rows' };
  if (path.endsWith('.json')) {
    const data = JSON.parse(text) as unknown;
    // An array, or an object whose longest array holds the records (cases.json: cases; metrics.json: metrics).
    const lists = Array.isArray(data) ? [data] : Object.values(data as object).filter(Array.isArray);
    return { units: Math.max(0, ...lists.map((l: unknown[]) => l.length)), unitName: 'items' };
  }
  return { units: parse(text).querySelectorAll('*').length, unitName: 'elements' };
}

/** The largest file of each kind under `dist`; a kind with no file is left out. */
export function largestPages(dist: string, kinds: PageKind[]): LargestPage[] {
  const files = listFiles(dist).map((f) => ({ file: f, rel: relative(dist, f).split('\\').join('/') }));
  const out: LargestPage[] = [];
  for (const { kind, match } of kinds) {
    const mine = files.filter((f) => match.test(f.rel));
    if (!mine.length) continue;
    const sized = mine.map((f) => ({ ...f, size: statSync(f.file).size })).sort((a, b) => b.size - a.size || a.rel.localeCompare(b.rel));
    const top = sized[0]!;
    const body = readFileSync(top.file);
    out.push({ kind, count: mine.length, path: top.rel, raw: top.size, gzip: gzipSync(body, { level: 9 }).length, ...unitsOf(top.rel, body.toString('utf8')) });
  }
  return out;
}

/** Totals of a built site: HTML pages and bytes of everything. */
export function siteTotals(dist: string): { htmlPages: number; files: number; bytes: number } {
  const files = listFiles(dist);
  return { htmlPages: files.filter((f) => f.endsWith('.html')).length, files: files.length, bytes: files.reduce((s, f) => s + statSync(f).size, 0) };
}
