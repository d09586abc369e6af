/**
 * The search index as built: one Pagefind bundle per language over the same
 * pages, with the synonym list and the word list beside it; fragments that
 * hold the pages' text block by block without markup, the fact box and table
 * rows apart from any excerpt; the editors' guide labelled and ranked below
 * the pages readers look for; and every content page telling the index what
 * it is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, page, DIST } from '../support/site';
import { KIND_BOOST, SEARCH_INDEX_DIR } from '~/lib/search/facets';
import { BLOCK_END, HIDDEN, MARKERS, PLAIN_BLOCK_END, readContent } from '~/lib/search/indexed-text';
import { PAGEFIND_WASM, SYNONYMS_FILE, WORDS_FILE, type SynonymList, type WordList } from '~/lib/search/lists';
import { BOOST_FILTER, NAMES_META, type PagefindFragment } from '~/lib/search/pagefind-source';
import { variantKey } from '~/lib/search/synonyms';
import { t } from '~/i18n';

const LANGS = ['ko', 'en'] as const;
type Lang = (typeof LANGS)[number];

const bundle = (lang: Lang) => join(DIST, SEARCH_INDEX_DIR, lang);
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Pagefind's compressed files: gzip of a header and the data. */
const PAGEFIND_HEADER = 'pagefind_dcd';
function decompress(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  if (data.subarray(0, PAGEFIND_HEADER.length).toString('latin1') !== PAGEFIND_HEADER) throw new Error(`${path} has no ${PAGEFIND_HEADER} header`);
  return data.subarray(PAGEFIND_HEADER.length);
}

type Fragment = PagefindFragment & { filters: Record<string, string[]>; word_count: number };

const fragmentCache = new Map<Lang, Fragment[]>();
function fragments(lang: Lang): Fragment[] {
  let list = fragmentCache.get(lang);
  if (!list) {
    const dir = join(bundle(lang), 'fragment');
    list = readdirSync(dir).map((f) => JSON.parse(decompress(join(dir, f)).toString('utf8')) as Fragment);
    fragmentCache.set(lang, list);
  }
  return list;
}
const fragmentOf = (url: string): Fragment => {
  const f = fragments(url.slice(1, 3) as Lang).find((x) => x.url === url);
  if (!f) throw new Error(`${url} is not in the search index`);
  return f;
};

/** A fragment's blocks as they read: the page's words of each, and whether it may be an excerpt. */
function blocksOf(content: string): { text: string; excerpt: boolean }[] {
  const blocks: { text: string; excerpt: boolean }[] = [];
  let words: string[] = [];
  for (const token of readContent(content)) {
    if (token.kind === 'word') words.push(token.text);
    else if (token.kind === 'end') {
      blocks.push({ text: words.join(' '), excerpt: token.excerpt });
      words = [];
    }
  }
  if (words.length) blocks.push({ text: words.join(' '), excerpt: true });
  return blocks;
}

const BLOCK_ENDS = [BLOCK_END, PLAIN_BLOCK_END];
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('one language tag per language', () => {
  it('tags every page and every passage ko or en, never ko-KR or en-GB', () => {
    for (const p of builtPages()) {
      expect(p.dom.querySelector('html')?.getAttribute('lang'), p.path).toMatch(/^(ko|en)$/);
      for (const el of p.dom.querySelectorAll('[lang]')) expect(el.getAttribute('lang'), p.path).toMatch(/^(ko|en)$/);
      for (const el of p.dom.querySelectorAll('[hreflang]')) expect(el.getAttribute('hreflang'), p.path).toMatch(/^(ko|en|x-default)$/);
    }
  });
  it('builds one Pagefind bundle for each language, holding the pages of that language and no other', () => {
    expect(readdirSync(join(DIST, SEARCH_INDEX_DIR)).sort()).toEqual(['en', 'ko']);
    for (const lang of LANGS) {
      const urls = fragments(lang).map((f) => f.url);
      for (const url of urls) expect(url, lang).toMatch(new RegExp(`^/${lang}/`));
      // Every page of the language with text for search is in its bundle, once.
      const indexed = builtPages()
        .filter((p) => p.dom.querySelector('html')?.getAttribute('lang') === lang && p.dom.querySelector('[data-pagefind-body]'))
        .map((p) => p.path);
      expect([...urls].sort()).toEqual([...indexed].sort());
    }
  });
  it('indexes the same pages in both languages', () => {
    const paths = (lang: Lang) => fragments(lang).map((f) => f.url.slice(3)).sort();
    expect(paths('ko')).toEqual(paths('en'));
    expect(paths('ko').length).toBeGreaterThan(20);
  });
});

describe('each bundle', () => {
  for (const lang of LANGS) {
    it(`${lang}: holds Pagefind's script, WebAssembly, index and fragments, and no file search does not use`, () => {
      const dir = bundle(lang);
      const files = readdirSync(dir);
      expect(files).toEqual(expect.arrayContaining(['pagefind.js', PAGEFIND_WASM, 'pagefind-entry.json', SYNONYMS_FILE, WORDS_FILE]));
      expect(files.filter((f) => /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(f))).toEqual([]);
      const entry = readJson<{ version: string; languages: Record<string, { hash: string; page_count: number }> }>(join(dir, 'pagefind-entry.json'));
      // Both bundles are built as English, so one WebAssembly module serves both.
      expect(Object.keys(entry.languages)).toEqual(['en']);
      const { hash, page_count } = entry.languages['en']!;
      expect(existsSync(join(dir, `pagefind.${hash}.pf_meta`))).toBe(true);
      expect(page_count).toBe(fragments(lang).length);
      const chunks = readdirSync(join(dir, 'index'));
      expect(chunks.length).toBeGreaterThan(0);
      for (const c of chunks) expect(decompress(join(dir, 'index', c)).length, c).toBeGreaterThan(0);
      expect(readdirSync(join(dir, 'fragment'))).toHaveLength(page_count);
    });
  }
  it('holds the synonym list, glossary names merged with content/synonyms.yaml', () => {
    const groups = (lang: Lang) => readJson<SynonymList>(join(bundle(lang), SYNONYMS_FILE));
    expect(groups('ko').find((g) => g.includes('원격근무'))).toEqual(expect.arrayContaining(['텔레워크']));
    expect(groups('ko').find((g) => g.includes('범부처 원격근무 시범사업'))).toEqual(expect.arrayContaining(['범부처간 재택근무 시범사업']));
    expect(groups('en').find((g) => g.includes('home working'))).toEqual(expect.arrayContaining(['WFH', 'working from home']));
  });
  it('holds the indexed words, compound parts among them, and never a marker', () => {
    for (const lang of LANGS) {
      const words = readJson<WordList>(join(bundle(lang), WORDS_FILE));
      expect(words.length, lang).toBeGreaterThan(1000);
      expect(new Set(words).size, lang).toBe(words.length);
      for (const w of words) for (const m of MARKERS) expect(w.includes(m), w).toBe(false);
    }
    const ko = readJson<WordList>(join(bundle('ko'), WORDS_FILE));
    expect(ko).toEqual(expect.arrayContaining(['스마트워크센터', '센터', '원격근무']));
    // Commonest first: the subject of every page comes before a word of one page.
    expect(ko.indexOf('스마트워크')).toBeLessThan(ko.indexOf('콰이어트룸'));
    expect(readJson<WordList>(join(bundle('en'), WORDS_FILE))).toEqual(expect.arrayContaining(['telework', 'centre', 'center']));
  });
});

describe('what the fragments hold', () => {
  it('gives every page its text without markup, citation markers or code', () => {
    for (const lang of LANGS) {
      for (const f of fragments(lang)) {
        expect(blocksOf(f.content).length, f.url).toBeGreaterThan(1);
        expect(f.content, f.url).not.toMatch(/<\/?[A-Za-z]|&[a-z]+;|&#/);
        expect(f.content, f.url).not.toMatch(/<(Term|Cite|Editorial|Background)\b/);
        expect(f.meta['title'], f.url).toBeTruthy();
      }
    }
    // Code is left out: the guide's examples of markup, whole or in part (a column's name in code may also be
    // written in the page's text, so only markup is looked for).
    let codes = 0;
    for (const p of builtPages()) {
      const code = p.dom.querySelectorAll('[data-pagefind-body] pre, [data-pagefind-body] code').map((c) => clean(c.text)).filter((t) => t.length > 6 && /[<=]/.test(t));
      if (!code.length) continue;
      const content = fragmentOf(p.path).content.replace(/\s+/g, ' ');
      for (const line of code) expect(content, `${p.path}: ${line}`).not.toContain(line.slice(0, 40));
      codes += code.length;
    }
    expect(codes).toBeGreaterThan(0);
    // A block that began with code left out does not begin with the punctuation after it.
    for (const lang of LANGS) for (const b of blocksOf(fragmentOf(`/${lang}/data/`).content)) expect(b.text, b.text).not.toMatch(/^[·:;,]/u);
  });
  it('ends every block with a marker of its own, and puts index-only words only after a word', () => {
    for (const lang of LANGS) {
      for (const f of fragments(lang)) {
        const tokens = f.content.split(' ');
        expect(BLOCK_ENDS, f.url).toContain(tokens[tokens.length - 1]);
        tokens.forEach((token, i) => {
          // A marker is a token alone; a word never holds one.
          if (!token.startsWith(HIDDEN)) for (const m of MARKERS) if (token !== m) expect(token.includes(m), `${f.url}: ${token}`).toBe(false);
          if (token.startsWith(HIDDEN)) expect(BLOCK_ENDS, `${f.url}: ${tokens.slice(i - 2, i + 1).join(' ')}`).not.toContain(tokens[i - 1]);
        });
        expect(tokens[0]!.startsWith(HIDDEN), f.url).toBe(false);
      }
    }
  });
  it('makes the title a block that is never an excerpt', () => {
    for (const lang of LANGS) {
      for (const f of fragments(lang)) {
        const [title] = blocksOf(f.content);
        expect(title, f.url).toEqual({ text: clean(f.meta['title']!), excerpt: false });
      }
    }
  });
  it('keeps each cell of the case fact box a block of its own, never part of an excerpt', () => {
    for (const url of ['/ko/cases/kt/', '/en/cases/bt/']) {
      const blocks = blocksOf(fragmentOf(url).content);
      const cells = page(url).dom.querySelectorAll('.facts-dl dt, .facts-dl dd').map((el) => clean(el.text));
      expect(cells.length, url).toBeGreaterThan(4);
      for (const cell of cells) expect(blocks, `${url}: ${cell}`).toContainEqual({ text: cell, excerpt: false });
      expect(blocks.some((b) => b.text.includes(`${cells[0]} ${cells[1]}`)), url).toBe(false);
    }
  });
  it('keeps each table row a block of its own, its cells apart, never part of an excerpt', () => {
    let rows = 0;
    for (const p of builtPages()) {
      // Tables search reads: inside the indexed region, not in a part it ignores (a case's chart tables).
      const tables = p.dom.querySelectorAll('[data-pagefind-body] table').filter((table) => !table.closest('[data-pagefind-ignore]'));
      if (!tables.length) continue;
      const blocks = blocksOf(fragmentOf(p.path).content);
      for (const tr of tables.flatMap((table) => table.querySelectorAll('tr'))) {
        // Two neighbouring cells of plain text (a cell of code, or with a citation marker, is read without them).
        const cells = tr.querySelectorAll('th, td').map((c) => (c.querySelector('code, a, [data-pagefind-ignore]') ? '' : clean(c.text)));
        const at = cells.findIndex((c, i) => c && cells[i + 1]);
        if (at < 0) continue;
        const pair = `${cells[at]} · ${cells[at + 1]}`;
        const row = blocks.filter((b) => b.text.includes(pair));
        expect(row.length, `${p.path}: ${pair}`).toBeGreaterThan(0);
        for (const b of row) expect(b.excerpt, `${p.path}: ${b.text}`).toBe(false);
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(20);
  });
  it('gives the glossary the names of its entries, and a section for each', () => {
    for (const lang of LANGS) {
      const f = fragmentOf(`/${lang}/glossary/`);
      const names = new Set((f.meta[NAMES_META] ?? '').split(' '));
      const entries = page(`/${lang}/glossary/`).dom.querySelectorAll('[data-pagefind-title][id^="term-"]');
      expect(entries.length).toBeGreaterThan(30);
      for (const e of entries) {
        const title = e.getAttribute('data-pagefind-title')!;
        expect(names.has(variantKey(title)), title).toBe(true);
        expect(f.anchors, title).toContainEqual(expect.objectContaining({ id: e.getAttribute('id'), title }));
      }
    }
  });
});

describe('kinds and ranking', () => {
  it('labels the editors’ guide as such, and ranks it below the pages readers look for', () => {
    expect(KIND_BOOST.guide).toBeLessThan(1);
    for (const lang of LANGS) {
      const guide = fragmentOf(`/${lang}/guide/`);
      expect(guide.filters['kind']).toEqual([t(lang).search.kinds.guide]);
      expect(guide.filters[BOOST_FILTER]).toEqual([String(KIND_BOOST.guide)]);
    }
  });
  it('ranks site pages below content pages, and never a case, policy or topic', () => {
    for (const lang of LANGS) {
      expect(fragmentOf(`/${lang}/about/`).filters[BOOST_FILTER]).toEqual([String(KIND_BOOST.page)]);
      const content = fragments(lang).filter((f) => /^\/(ko|en)\/(cases|policies|topics)\//.test(f.url));
      expect(content.length).toBe(16);
      for (const f of content) {
        expect(f.filters[BOOST_FILTER], f.url).toBeUndefined();
        expect(f.filters['kind'], f.url).toHaveLength(1);
      }
    }
  });
  it('filters a page by the values it shows on itself', () => {
    expect(fragmentOf('/ko/cases/kt/').filters).toEqual(expect.objectContaining({ kind: ['사례'], country: ['한국'], sector: ['기업'], year: ['2010'] }));
    expect(fragmentOf('/en/cases/bt/').filters['form']).toEqual(expect.arrayContaining(['Job sharing']));
  });
});

describe('content pages describe themselves to the search filters', () => {
  const filters = (path: string) => page(path).dom.querySelectorAll('[data-pagefind-filter]').map((el) => el.getAttribute('data-pagefind-filter'));
  const kind = (path: string) => page(path).dom.querySelector('[data-pagefind-meta]')?.getAttribute('data-pagefind-meta');

  it('labels a case with its kind, country, sector, forms and start year in the page language', () => {
    expect(filters('/ko/cases/kt/')).toEqual(['kind:사례', 'country:한국', 'sector:기업', 'form:스마트워크센터·원격근무센터', 'year:2010']);
    expect(filters('/en/cases/bt/')).toEqual(expect.arrayContaining(['kind:Case', 'country:United Kingdom', 'sector:Company', 'form:Job sharing', 'year:1993']));
    expect(kind('/ko/cases/kt/')).toBe('kind:사례');
  });
  it('labels policies, topics and the glossary', () => {
    expect(filters('/en/policies/national-activation-strategy/')).toEqual(['kind:Policy', 'country:Korea', 'sector:Government', 'year:2010']);
    expect(filters('/ko/topics/barriers/')).toEqual(['kind:주제']);
    expect(kind('/en/glossary/')).toBe('kind:Glossary');
  });
  it('gives every case, policy and topic page a kind', () => {
    const content = builtPages().filter((p) => /^\/(ko|en)\/(cases|policies|topics)\/[^/]+\/$/.test(p.path));
    expect(content.length).toBe(32);
    for (const p of content) expect(kind(p.path), p.path).toMatch(/^kind:/);
  });
  it('names each glossary entry, so a search can link straight to it', () => {
    const entries = page('/ko/glossary/').dom.querySelectorAll('[data-pagefind-title]');
    expect(entries.length).toBeGreaterThan(30);
    for (const e of entries) expect(e.getAttribute('id')).toMatch(/^term-/);
  });
  it('keeps the index’s own weights out of the pages', () => {
    for (const p of builtPages()) expect(p.dom.querySelector('[data-pagefind-weight]'), p.path).toBeNull();
  });
});
