/**
 * The search engine on small indexes: how a question is read and ranked,
 * synonyms, spacing, compounds, slips, and what must find nothing; and
 * PagefindSource's filter of Pagefind's false friends.
 *
 * The pages are cut into Pagefind's text by the real indexed-text.ts (block
 * ends, index-only words), and an in-memory Pagefind matches the words of
 * that text as Pagefind does: by their start, with its fall-back to a shorter
 * word when nothing begins with the term, and whole words for a quoted term.
 * The engine is run on a TermSource that matches as PagefindSource makes
 * Pagefind match (never the fall-back). English stemming is Pagefind's and
 * is left out: the pages here use the forms their queries ask for. The built
 * site's index is held to the question set by
 * test/browser/search-questions.browser.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '~/lib/search/excerpt';
import { Searcher, type TermHit, type TermSource } from '~/lib/search/engine';
import { BLOCK_END, HIDDEN, indexedTokens, PLAIN_BLOCK_END, vocabularyOf, type IndexContext } from '~/lib/search/indexed-text';
import { BOOST_FILTER, PagefindSource, SENTINEL, TITLE_FORMS_META, type PagefindApi, type PagefindFilters, type PagefindResult } from '~/lib/search/pagefind-source';
import { variantKey } from '~/lib/search/synonyms';
import { allowedSlips, distance, letters } from '~/lib/search/typo';
import { fold, phraseKey, termOf, termsOfWord, wordsOf } from '~/lib/search/words';
import type { Lang } from '~/schemas/common';

interface FixturePage {
  url: string;
  title: string;
  text: string[];
  /** Pagefind's boost filter value of a page readers rarely look for. */
  boost?: number;
}

const page = (url: string, title: string, ...text: string[]): FixturePage => ({ url, title, text });

/** One place of a page's content that Pagefind indexes, with the words it indexes there. */
interface Place {
  words: string[];
  weight: number;
}

interface IndexedPage {
  url: string;
  boost: number;
  content: string;
  places: Place[];
  /** Words of the title metadata, and of its index-only words. */
  title: string[];
  titleForms: string[];
}

/** The words Pagefind indexes for one token of text: its letters and digits run together, and each part between ASCII punctuation. */
const pagefindWords = (token: string): string[] => {
  const clean = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
  return [...new Set([clean(token), ...token.split(/[!-/:-@[-`{-~]+/).map(clean)])].filter(Boolean);
};

/** Where Pagefind weighs a word, as the index builder asks it to (scripts/build-search-index.ts). */
const WEIGHT = { title: 5, text: 1, inner: 0.6 };

/** A language's pages as the index builder hands them to Pagefind: the title a block that makes no excerpt, then each paragraph. */
function indexLanguage(lang: Lang, pages: FixturePage[], synonyms: string[][]) {
  const text = pages.flatMap((p) => [p.title, ...p.text]).join(' ');
  const ctx: IndexContext = {
    lang,
    vocabulary: new Set([...vocabularyOf(text), ...synonyms.flat().flatMap((v) => wordsOf(v).map(termOf))]),
    phrases: new Set(synonyms.flat().map(variantKey)),
  };
  const indexed = pages.map((p): IndexedPage => {
    const tokens: { text: string; weight: number }[] = [];
    const blocks = [{ text: p.title, weight: WEIGHT.title, excerpt: false }, ...p.text.map((t) => ({ text: t, weight: WEIGHT.text, excerpt: true }))];
    for (const block of blocks) {
      for (const t of indexedTokens(block.text, ctx)) {
        tokens.push({ text: t.text, weight: block.weight });
        for (const f of t.inner) tokens.push({ text: `${HIDDEN}${f}`, weight: block.weight * WEIGHT.inner });
        for (const f of t.other) tokens.push({ text: `${HIDDEN}${f}`, weight: block.weight });
      }
      tokens.push({ text: block.excerpt ? BLOCK_END : PLAIN_BLOCK_END, weight: 0 });
    }
    const titleTokens = indexedTokens(p.title, ctx);
    return {
      url: p.url,
      boost: p.boost ?? 1,
      content: tokens.map((t) => t.text).join(' '),
      places: tokens.map((t) => ({ words: pagefindWords(t.text), weight: t.weight })),
      title: titleTokens.flatMap((t) => pagefindWords(t.text)),
      titleForms: titleTokens.flatMap((t) => [...t.inner, ...t.other]),
    };
  });
  // The indexed words, commonest first, as words.json holds them.
  const pagesOf = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const block of [p.title, ...p.text]) {
      for (const token of indexedTokens(block, ctx)) {
        for (const word of wordsOf(token.text)) for (const term of termsOfWord(word)) seen.add(term);
        for (const form of token.inner) seen.add(form);
      }
    }
    for (const w of seen) if (/\p{L}/u.test(w)) pagesOf.set(w, (pagesOf.get(w) ?? 0) + 1);
  }
  const wordList = [...pagesOf].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  return { pages: indexed, wordList };
}

/** Pagefind's index of one language in memory: which pages hold which words, and how well. */
class MemoryIndex {
  readonly words = new Set<string>();
  private readonly averageLength: number;

  constructor(readonly pages: IndexedPage[]) {
    for (const p of pages) for (const place of p.places) for (const w of place.words) this.words.add(w);
    this.averageLength = pages.reduce((n, p) => n + p.places.length, 0) / pages.length;
  }

  /** The pages that hold any of `words`, scored as BM25 by weight, a longer word than the term counting for less. */
  hits(term: string, words: ReadonlySet<string>): (TermHit & { meta: string[] })[] {
    const out: (TermHit & { meta: string[] })[] = [];
    const idf = (w: string) => {
      const n = this.pages.filter((p) => p.places.some((pl) => pl.words.includes(w))).length;
      return Math.log(1 + (this.pages.length - n + 0.5) / (n + 0.5));
    };
    for (const p of this.pages) {
      const locations: number[] = [];
      const tf = new Map<string, number>();
      p.places.forEach((place, i) => {
        const found = place.words.filter((w) => words.has(w));
        if (!found.length) return;
        locations.push(i);
        for (const w of found) tf.set(w, (tf.get(w) ?? 0) + place.weight);
      });
      if (!locations.length) continue;
      const norm = 1.2 * (0.25 + (0.75 * p.places.length) / this.averageLength);
      let score = 0;
      for (const [w, f] of tf) score += ((idf(w) * f * 2.2) / (f + norm)) * (term.length / w.length);
      const meta = [
        ...(p.title.some((w) => words.has(w)) ? ['title'] : []),
        ...(p.titleForms.some((w) => words.has(w)) ? [TITLE_FORMS_META] : []),
      ];
      out.push({ page: p.url, score, locations, title: meta.length > 0, named: false, meta });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  /** Indexed words that begin with the term. */
  beginning(term: string): Set<string> {
    return new Set([...this.words].filter((w) => w.startsWith(term)));
  }
}

/** The engine's source as PagefindSource makes Pagefind answer: words by their start, never a shorter word; whole words when exact. */
class MemorySource implements TermSource {
  constructor(private readonly index: MemoryIndex) {}
  find(term: string): Promise<TermHit[]> {
    const t = fold(term);
    return Promise.resolve(this.index.hits(t, this.index.beginning(t)));
  }
  exact(term: string): Promise<TermHit[]> {
    const t = fold(term);
    return Promise.resolve(this.index.hits(t, new Set(this.index.words.has(t) ? [t] : [])));
  }
  pages(): Promise<number> {
    return Promise.resolve(this.index.pages.length);
  }
  boost(page: string): number {
    return this.index.pages.find((p) => p.url === page)?.boost ?? 1;
  }
}

/**
 * Pagefind's JS API over the same index, as Pagefind answers: a term finds
 * the words it begins, or when it begins none, the longest indexed word that
 * begins it; a quoted term only itself; no term every page.
 */
class MemoryPagefind implements PagefindApi {
  readonly asked: string[] = [];
  constructor(private readonly index: MemoryIndex) {}

  search(term: string | null, options: { filters?: PagefindFilters } = {}) {
    if (term !== null) this.asked.push(term);
    const pages = this.index.pages.filter((p) =>
      Object.entries(options.filters ?? {}).every(([key, want]) => {
        const values = key === BOOST_FILTER && p.boost !== 1 ? [String(p.boost)] : [];
        return Array.isArray(want) ? want.every((v) => values.includes(v)) : want.any.some((v) => values.includes(v));
      }),
    );
    const allowed = new Set(pages.map((p) => p.url));
    const result = (hit: { page: string; score: number; locations: number[]; meta: string[] }): PagefindResult => {
      const p = this.index.pages.find((x) => x.url === hit.page)!;
      return {
        id: hit.page,
        score: hit.score,
        words: hit.locations,
        matchedMetaFields: hit.meta,
        data: () => Promise.resolve({ url: p.url, content: p.content, meta: {}, anchors: [] }),
      };
    };
    if (term === null) return Promise.resolve({ results: pages.map((p) => result({ page: p.url, score: 0, locations: [], meta: [] })) });
    const quoted = /^"(.*)"$/.exec(term);
    const t = fold(quoted ? quoted[1]! : term);
    let words = quoted ? new Set(this.index.words.has(t) ? [t] : []) : this.index.beginning(t);
    if (!quoted && !words.size) {
      const shorter = [...this.index.words].filter((w) => t.startsWith(w)).sort((a, b) => b.length - a.length)[0];
      words = new Set(shorter ? [shorter] : []);
    }
    return Promise.resolve({ results: this.index.hits(t, words).filter((h) => allowed.has(h.page)).map(result) });
  }

  filters() {
    const boosts: Record<string, number> = {};
    for (const p of this.index.pages) if (p.boost !== 1) boosts[String(p.boost)] = (boosts[String(p.boost)] ?? 0) + 1;
    return Promise.resolve({ [BOOST_FILTER]: boosts });
  }
}

function searcher(lang: Lang, pages: FixturePage[], synonyms: string[][] = []) {
  const { pages: indexed, wordList } = indexLanguage(lang, pages, synonyms);
  const index = new MemoryIndex(indexed);
  let wordListLoads = 0;
  const s = new Searcher(new MemorySource(index), synonyms, () => {
    wordListLoads++;
    return Promise.resolve(wordList);
  });
  const urls = async (q: string) => (await s.search(q)).hits.map((h) => h.page);
  return { s, index, urls, wordListLoads: () => wordListLoads };
}

const enPages = [
  page('/kt/', 'KT', 'KT opened smart work centres with a quiet room and video-conference rooms.', 'Staff blocked from the office could still work from a block nearby.'),
  page('/bt/', 'BT', 'BT offered job sharing and home working; productivity rose.'),
  page('/us/', 'United States', 'Federal telework grew after the Telework Act passed the Senate.'),
  page('/kcc/', 'Infrastructure strategy', 'Wi-Fi zones in many cities.'),
  page('/nl/', 'Netherlands', 'Many employees work from home two days a week.'),
  page('/act/', 'The Act', 'Federal staff may telework under the Act.'),
  page('/lessons/', 'Federal telework', 'Federal telework and federal offices: telework is how federal agencies work.'),
];
const en = searcher('en', enPages, [
  ['home working', 'WFH', 'work from home'],
  ['telework', 'telecommuting'],
]);

const koPages = [
  page('/kt/', 'KT', 'KT는 분당 사옥에 첫 스마트워크센터를 열었다. 그 안에는 콰이어트룸이 있다.'),
  page('/concept/', '개념', '스마트워크는 시간과 장소에 얽매이지 않고 일하는 방식이다.'),
  page('/barriers/', '걸림돌', '정보 유출의 위험과 보안 문제가 걸림돌이다.'),
  page('/lg/', 'LG CNS', 'LG CNS는 넷북으로 사내망에 접속하게 하여 정보보안을 지켰다. 보안이 중요했다.'),
  page('/japan/', '일본', '일본은 저출산·고령화에 대응해 원격근무를 추진했다.'),
];
const ko = searcher('ko', koPages, [
  ['시범근무', '체험근무'],
  ['원격근무', '텔레워크'],
]);

describe('words and terms', () => {
  it('cuts words at spaces and punctuation, keeping hyphenated and dotted words whole', () => {
    expect(wordsOf('Wi-Fi zones, D.C. and 저출산·고령화로')).toEqual(['Wi-Fi', 'zones', 'D.C', 'and', '저출산', '고령화로']);
  });
  it('knows a word by its key, its parts and its American spelling', () => {
    expect(termsOfWord('centres')).toEqual(['centre', 'center']);
    expect(termsOfWord('Wi-Fi')).toEqual(['wifi', 'wi', 'fi']);
    expect(termsOfWord('삼성SDS가')).toEqual(expect.arrayContaining(['삼성sds', '삼성', 'sds']));
    expect(termsOfWord('스마트워크센터를')).toEqual(['스마트워크센터']);
  });
  it('keys a phrase without its spacing or endings', () => {
    expect(phraseKey(['재택', '근무를'])).toBe(phraseKey(['재택근무']));
    expect(phraseKey(['work', 'from', 'homes'])).toBe(phraseKey(['work', 'from', 'home']));
  });
});

describe('a question of several words', () => {
  it('ranks the page that matches every word first', async () => {
    const { hits } = await en.s.search('KT quiet room anniversary');
    expect(hits.map((h) => [h.page, h.matched])).toEqual([['/kt/', 3]]);
  });
  it('ranks pages that match every word before pages that match most, whatever their scores', async () => {
    const { hits } = await en.s.search('federal telework staff');
    expect(hits.map((h) => [h.page, h.matched])).toEqual([
      ['/act/', 3],
      ['/lessons/', 2],
      ['/us/', 2],
    ]);
    // The page about federal telework scores higher than the one that also names its staff, and still comes after it.
    expect(hits[1]!.score).toBeGreaterThan(hits[0]!.score);
  });
  it('lets question and function words go unmatched', async () => {
    expect(await en.urls('what is a quiet room')).toEqual(['/kt/']);
    expect(await ko.urls('콰이어트룸은 어디에 있나')).toEqual(['/kt/']);
    const { slots } = await en.s.search('what is a quiet room');
    expect(slots.map((s) => s.words)).toEqual([['quiet'], ['room']]);
  });
  it('needs both words of a two-word query', async () => {
    expect(await en.urls('quiet quitting')).toEqual([]);
    expect(await en.urls('Samsung KT')).toEqual([]);
  });
  it('leaves out a Korean verb that matches nothing', async () => {
    expect(await ko.urls('스마트워크센터를 어디에 세웠나')).toEqual(['/kt/']);
  });
  it('matches a short word or number only whole', async () => {
    expect(await en.urls('KT')).toEqual(['/kt/']);
    expect(await en.urls('Act')).toEqual(['/act/', '/us/']);
  });
  it('finds a short word a Korean particle follows (KT는, KT와), and not a longer word it begins', async () => {
    const s = searcher('ko', [page('/bt/', 'BT', 'BT는 KT와 달리 재택근무를 먼저 했다.'), page('/ktx/', '고속철도', 'KTX로 출장을 간다.')]);
    expect(await s.urls('KT')).toEqual(['/bt/']);
  });
});

describe('synonyms', () => {
  it('finds the pages that say another word of the group', async () => {
    expect(await en.urls('telecommuting')).toEqual(expect.arrayContaining(['/us/', '/act/', '/lessons/']));
    expect(await en.urls('telecommuting')).toHaveLength(3);
    expect(await ko.urls('텔레워크')).toEqual(['/japan/']);
    expect(await ko.urls('체험근무')).toEqual([]);
  });
  it('reads a phrase of the list as one, and finds every way of saying it, phrase or word', async () => {
    for (const q of ['WFH', 'home working', 'work from home']) expect((await en.urls(q)).sort(), q).toEqual(['/bt/', '/nl/']);
  });
  it('counts the way the reader typed it above another', async () => {
    expect((await en.urls('home working'))[0]).toBe('/bt/');
    expect((await en.urls('work from home'))[0]).toBe('/nl/');
  });
});

describe('spacing and compounds', () => {
  it('finds a Korean word the page spaces, with or without the space', async () => {
    expect(await ko.urls('정보유출')).toEqual(['/barriers/']);
    expect(await ko.urls('정보 유출')).toEqual(['/barriers/']);
  });
  it('finds a compound the page writes whole from its words apart', async () => {
    expect(await ko.urls('스마트워크 센터')).toEqual(['/kt/']);
    expect(await en.urls('wi fi')).toEqual(['/kcc/']);
    expect(await en.urls('wifi')).toEqual(['/kcc/']);
  });
  it('finds a word inside a Korean compound through its index-only words', async () => {
    // The page writes 센터 only inside 스마트워크센터를.
    expect(wordsOf(koPages[0]!.text.join(' ')).filter((w) => w.includes('센터'))).toEqual(['스마트워크센터를']);
    expect(await ko.urls('센터')).toEqual(['/kt/']);
    expect((await ko.urls('보안')).sort()).toEqual(['/barriers/', '/lg/']);
    expect(await ko.urls('고령화')).toEqual(['/japan/']);
  });
  it('splits a compound into indexed words', () => {
    const words = new Set(['정보', '유출', '스마트', '워크']);
    expect(ko.s.split('정보유출', words)).toEqual(['정보', '유출']);
    expect(ko.s.split('비트코인', words)).toBeUndefined();
  });
});

describe('no false friends', () => {
  it('never matches a shorter word that merely begins the query', async () => {
    expect(await en.urls('blockchain')).toEqual([]);
    expect(await en.urls('KTX')).toEqual([]);
    expect(await ko.urls('스마트시티')).toEqual([]);
    expect(await ko.urls('원격수업')).toEqual([]);
  });
});

describe('slips', () => {
  it('measures Korean by its letters, so a wrong vowel is one slip', () => {
    expect(distance(letters('센타'), letters('센터'), 2)).toBe(1);
    expect(distance(letters('telewrok'), letters('telework'), 2)).toBe(1);
    expect(distance(letters('abcdef'), letters('uvwxyz'), 2)).toBe(3);
    expect(letters('센')).toHaveLength(3);
    expect(letters('세')).toHaveLength(2);
  });
  it('allows no slip in a short word, one in a middle one and two in a long one', () => {
    expect(allowedSlips('KTX')).toBe(0);
    expect(allowedSlips('중기')).toBe(0);
    expect(allowedSlips('telework')).toBe(1);
    expect(allowedSlips('infrastructure')).toBe(2);
    expect(allowedSlips('스마트워크센터')).toBe(2);
  });
  it('corrects a word that matches nothing and says so', async () => {
    const out = await en.s.search('telewrok');
    expect(out.suggestion).toBe('telework');
    expect(out.corrected).toBe(true);
    expect(out.hits.map((h) => h.page).sort()).toEqual(['/act/', '/lessons/', '/us/']);
    const korean = await ko.s.search('스마트워크센타');
    expect(korean.suggestion).toBe('스마트워크센터');
    expect(korean.corrected).toBe(true);
    expect(korean.hits.map((h) => h.page)).toEqual(['/kt/']);
  });
  it('keeps the results of a query that matched, and still offers the correction of its slip', async () => {
    const out = await en.s.search('quiet rooom KT');
    expect(out.corrected).toBe(false);
    expect(out.suggestion).toBe('quiet room KT');
    expect(out.hits.map((h) => h.page)).toEqual(['/kt/']);
  });
  it('offers nothing for a query as typed that matched, and reads the word list only for a word that matches nothing', async () => {
    const fresh = searcher('en', enPages);
    const out = await fresh.s.search('quiet room');
    expect(out.suggestion).toBeUndefined();
    expect(fresh.wordListLoads()).toBe(0);
    await fresh.s.search('telewrok');
    expect(fresh.wordListLoads()).toBe(1);
  });
});

describe('what a search marks', () => {
  const excerptOf = async (s: typeof en, query: string, url: string) => {
    const hit = (await s.s.search(query)).hits.find((h) => h.page === url);
    if (!hit) throw new Error(`${query} does not find ${url}`);
    const marks = buildExcerpt(s.index.pages.find((p) => p.url === url)!.content, hit.locations).parts.filter((p) => p.mark);
    return marks.map((p) => p.text);
  };
  it('marks every word of a phrase the page spaces, as one', async () => {
    expect(await excerptOf(en, 'home working', '/bt/')).toEqual(['home working']);
    // A phrase of the synonym list is marked whole, the function word inside it too.
    expect(await excerptOf(en, 'work from home', '/nl/')).toEqual(['work from home']);
  });
  // The page is matched on the phrase's index-only key, which stands after its last word.
  it('marks every word of the phrase a page says when the query says it another way', async () => {
    expect(await excerptOf(en, 'WFH', '/bt/')).toEqual(['home working']);
  });
  it('marks the word a compound stands in, for a word found inside it', async () => {
    expect(await excerptOf(ko, '센터', '/kt/')).toEqual(['스마트워크센터를']);
    expect(await excerptOf(ko, '정보 유출', '/barriers/')).toEqual(['정보 유출의']);
  });
});

describe('a query that names a case', () => {
  /** The source with the name filter PagefindSource reads: each case page named by its title's key. */
  class NamedSource extends MemorySource {
    constructor(
      index: MemoryIndex,
      private readonly names: Record<string, string[]>,
    ) {
      super(index);
    }
    namedBy(key: string): readonly string[] {
      return this.names[key] ?? [];
    }
  }
  const pages = [
    page('/bt/', 'BT', 'BT offered job sharing and home working; productivity rose by a fifth.'),
    page('/about/', 'About', 'Productivity figures and statistics of many firms, BT among them, as the sources report them.'),
    page('/sds/', 'Samsung SDS', 'Samsung SDS runs smart work centres.'),
  ];
  const named = (names: Record<string, string[]>) => {
    const { pages: indexed, wordList } = indexLanguage('en', pages, []);
    const s = new Searcher(new NamedSource(new MemoryIndex(indexed), names), [], () => Promise.resolve(wordList));
    return async (q: string) => (await s.search(q)).hits.map((h) => h.page);
  };
  it('puts the named case first when it lacks one other word of the query', async () => {
    expect(await named({})('BT productivity statistics')).toEqual(['/about/', '/bt/']);
    expect(await named({ bt: ['/bt/'] })('BT productivity statistics')).toEqual(['/bt/', '/about/']);
  });
  it('names a case only by its whole name, so a longer name that begins with a word is not named', async () => {
    expect(await named({ samsungsds: ['/sds/'] })('Samsung Electronics')).toEqual([]);
    expect(await named({ samsungsds: ['/sds/'] })('Samsung SDS centres')).toEqual(['/sds/']);
  });
});

describe('ranking below others', () => {
  it('puts a page with a boost below 1 after one that matches as well', async () => {
    const pages = [page('/guide/', 'Guide', 'A quiet room.'), page('/kt/', 'KT', 'A quiet room.')];
    const plain = searcher('en', pages);
    const boosted = searcher('en', [{ ...pages[0]!, boost: 0.5 }, pages[1]!]);
    const [a, b] = (await plain.s.search('quiet room')).hits;
    expect(a!.score).toBeCloseTo(b!.score);
    expect(await boosted.urls('quiet room')).toEqual(['/kt/', '/guide/']);
  });
});

describe('PagefindSource', () => {
  const source = (s: { index: MemoryIndex }) => {
    const pagefind = new MemoryPagefind(s.index);
    return { pagefind, source: new PagefindSource(pagefind) };
  };
  const pagesOf = (hits: TermHit[]) => hits.map((h) => h.page).sort();

  it('drops the shorter word Pagefind falls back to when nothing begins with the term', async () => {
    const fallback = searcher('en', [page('/kt/', 'KT', 'Staff could block a site.'), page('/bt/', 'BT', 'A blockade.')]);
    const { pagefind, source: s } = source(fallback);
    // Pagefind itself answers blockchain with the page of block.
    expect((await pagefind.search('blockchain'))?.results.map((r) => r.id)).toEqual(['/kt/']);
    expect(await s.find('blockchain')).toEqual([]);
    expect(pagefind.asked).toEqual(expect.arrayContaining(['blockchain', `blockchain${SENTINEL}`]));
    const korean = searcher('ko', [page('/kt/', 'KT', '비트 단위로 센다.')]);
    expect(await source(korean).source.find('비트코인')).toEqual([]);
    expect(pagesOf(await source(korean).source.find('비트'))).toEqual(['/kt/']);
  });
  it('keeps a term that is itself an indexed word, or begins longer ones', async () => {
    const fallback = searcher('en', [page('/kt/', 'KT', 'Staff could block a site.'), page('/bt/', 'BT', 'A blockade.')]);
    const { source: s } = source(fallback);
    expect(pagesOf(await s.find('block'))).toEqual(['/bt/', '/kt/']);
    expect(pagesOf(await s.find('blocka'))).toEqual(['/bt/']);
    expect(pagesOf(await s.find('blockade'))).toEqual(['/bt/']);
  });
  it('finds what the engine’s source finds, word for word', async () => {
    for (const s of [en, ko]) {
      const { source: pf } = source(s);
      const memory = new MemorySource(s.index);
      for (const term of ['blockchain', 'block', 'telework', 'tele', 'kt', 'ktx', 'centre', 'center', 'wifi', 'wi', '센터', '정보유출', '정보', '스마트시티', '고령화', '보안']) {
        const [a, b] = await Promise.all([pf.find(term), memory.find(term)]);
        expect(pagesOf(a), term).toEqual(pagesOf(b));
        expect(a.map((h) => h.locations), term).toEqual(b.map((h) => h.locations));
      }
    }
  });
  it('finds a short term only where it is a whole word, ranked by Pagefind’s ordinary search', async () => {
    const short = searcher('en', [page('/kt/', 'KT', 'KT and KTX.'), page('/ktx/', 'KTX', 'The KTX line.')]);
    const { source: s } = source(short);
    expect(pagesOf(await s.find('kt'))).toEqual(['/kt/', '/ktx/']);
    const exact = await s.exact('kt');
    expect(pagesOf(exact)).toEqual(['/kt/']);
    expect(exact[0]!.locations.length).toBeGreaterThan(1);
  });
  it('tells a match in the title or its index-only words from one in the text', async () => {
    const { source: s } = source(en);
    const hits = await s.find('telework');
    expect(hits.find((h) => h.page === '/lessons/')?.title).toBe(true);
    expect(hits.find((h) => h.page === '/us/')?.title).toBe(false);
    expect((await s.find('center')).map((h) => [h.page, h.title])).toEqual([['/kt/', false]]);
  });
  it('counts the pages and reads each page’s boost from the boost filter', async () => {
    const boosted = searcher('en', [{ ...page('/guide/', 'Guide', 'A room.'), boost: 0.5 }, page('/kt/', 'KT', 'A room.')]);
    const { source: s } = source(boosted);
    expect(await s.pages()).toBe(2);
    expect(s.boost('/guide/')).toBe(0.5);
    expect(s.boost('/kt/')).toBe(1);
  });
  it('gives the fragment of a page a search has found, and no other', async () => {
    const { source: s } = source(en);
    await s.find('quiet');
    expect((await s.fragment('/kt/')).content).toContain(BLOCK_END);
    await expect(s.fragment('/bt/')).rejects.toThrow(/no search has found/);
  });
});
