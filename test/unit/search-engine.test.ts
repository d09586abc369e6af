/**
 * The search engine on small indexes built with the real builder: how a
 * question is read and ranked, synonyms, spacing, compounds, slips, and what
 * must find nothing. The built site's index is held to the question set by
 * test/browser/search-questions.browser.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { Searcher } from '~/lib/search/engine';
import { buildSearchIndex, type IndexedPage } from '~/lib/search/search-index';
import { phraseKey, termsOfWord, wordsOf } from '~/lib/search/words';
import { allowedSlips, distance, letters } from '~/lib/search/typo';
import type { Lang } from '~/schemas/common';

function page(url: string, title: string, ...paragraphs: string[]): IndexedPage {
  return {
    url,
    title,
    kind: 'Case',
    filters: {},
    boost: 1,
    anchors: [],
    blocks: [{ text: title, weight: 5, excerpt: false }, ...paragraphs.map((text) => ({ text, weight: 1, excerpt: true }))],
  };
}

function searcher(lang: Lang, pages: IndexedPage[], synonyms: string[][] = []) {
  const { index } = buildSearchIndex(lang, pages, synonyms, (_, p) => `${p.url.replace(/\W+/g, '-')}.json`);
  const s = new Searcher(index);
  return { s, urls: (q: string) => s.search(q).hits.map((h) => index.pages[h.page]!.url) };
}

const en = searcher(
  'en',
  [
    page('/kt/', 'KT', 'KT opened smart work centres with a quiet room and video-conference rooms.', 'Staff blocked from the office could still work.'),
    page('/bt/', 'BT', 'BT offered job sharing and home working; productivity rose.'),
    page('/us/', 'United States', 'Federal telework grew after the Telework Act passed the Senate.'),
    page('/kcc/', 'Infrastructure strategy', 'Wi-Fi zones in many cities.'),
  ],
  [['home working', 'WFH', 'work from home'], ['telework', 'telecommuting']],
);

const ko = searcher(
  'ko',
  [
    page('/kt/', 'KT', 'KT는 분당 사옥에 첫 스마트워크센터를 열었다. 센터에는 콰이어트룸이 있다.'),
    page('/barriers/', '걸림돌', '정보 유출의 위험과 보안 문제가 걸림돌이다.'),
    page('/lg/', 'LG CNS', 'LG CNS는 넷북으로 사내망에 접속하게 하여 정보보안을 지켰다.'),
    page('/japan/', '일본', '일본은 저출산·고령화에 대응해 원격근무를 추진했다.'),
  ],
  [['시범근무', '체험근무']],
);

describe('words and terms', () => {
  it('cuts words at spaces and punctuation, keeping hyphenated and dotted words whole', () => {
    expect(wordsOf('Wi-Fi zones, D.C. and 저출산·고령화로')).toEqual(['Wi-Fi', 'zones', 'D.C', 'and', '저출산', '고령화로']);
  });
  it('indexes a word under its stem, its parts and its American spelling', () => {
    expect(termsOfWord('centres')).toEqual(expect.arrayContaining(['centr', 'center']));
    expect(termsOfWord('Wi-Fi')).toEqual(['wifi', 'wi', 'fi']);
    expect(termsOfWord('삼성SDS가')).toEqual(expect.arrayContaining(['삼성sds', '삼성', 'sds']));
    expect(termsOfWord('스마트워크센터를')).toEqual(['스마트워크센터']);
  });
  it('keys a phrase without its spacing or endings', () => {
    expect(phraseKey(['재택', '근무를'])).toBe(phraseKey(['재택근무']));
    expect(phraseKey(['work', 'from', 'home'])).toBe(phraseKey(['working', 'from', 'home']));
  });
});

describe('a question of several words', () => {
  it('ranks pages that match every word first, then those that match most', () => {
    const hits = en.s.search('KT quiet room anniversary').hits;
    expect(hits[0]!.matched).toBe(3);
    expect(en.urls('KT quiet room anniversary')[0]).toBe('/kt/');
  });
  it('lets question and function words go unmatched', () => {
    expect(en.urls('what is a quiet room')).toEqual(['/kt/']);
    expect(ko.urls('콰이어트룸은 어디에 있나')).toEqual(['/kt/']);
  });
  it('needs both words of a two-word query', () => {
    expect(en.urls('quiet quitting')).toEqual([]);
    expect(en.urls('Samsung KT')).toEqual([]);
  });
  it('leaves out a Korean verb that matches nothing', () => {
    expect(ko.urls('스마트워크센터를 어디에 세웠나')).toEqual(['/kt/']);
  });
});

describe('synonyms', () => {
  it('finds the pages that say another word of the group', () => {
    expect(en.urls('telecommuting')).toEqual(['/us/']);
    expect(ko.urls('체험근무')).toEqual([]);
  });
  it('reads a phrase of the list as one, where its words stand together', () => {
    expect(en.urls('WFH')).toEqual(['/bt/']);
    expect(en.urls('work from home')).toEqual(['/bt/']);
  });
});

describe('Korean spacing and compounds', () => {
  it('finds the same pages with or without the space', () => {
    expect(ko.urls('정보유출')).toEqual(ko.urls('정보 유출'));
    expect(ko.urls('정보유출')).toEqual(['/barriers/']);
    expect(ko.urls('스마트워크 센터')).toEqual(['/kt/']);
  });
  it('finds a word inside a compound, and a compound by its start', () => {
    expect(ko.urls('센터')).toEqual(['/kt/']);
    expect(ko.urls('보안')).toEqual(expect.arrayContaining(['/barriers/', '/lg/']));
    expect(ko.urls('고령화')).toEqual(['/japan/']);
  });
});

describe('no false friends', () => {
  it('never matches a shorter word that merely begins the query', () => {
    expect(en.urls('blockchain')).toEqual([]);
    expect(en.urls('KTX')).toEqual([]);
    expect(ko.urls('스마트시티')).toEqual([]);
    expect(ko.urls('원격수업')).toEqual([]);
  });
});

describe('slips', () => {
  it('measures Korean by its letters, so a wrong vowel is one slip', () => {
    expect(distance(letters('센타'), letters('센터'), 2)).toBe(1);
    expect(distance(letters('telewrok'), letters('telework'), 2)).toBe(1);
    expect(allowedSlips('KTX')).toBe(0);
    expect(allowedSlips('중기')).toBe(0);
  });
  it('corrects a word that matches nothing and says so', () => {
    const out = en.s.search('telewrok');
    expect(out.suggestion).toBe('telework');
    expect(out.corrected).toBe(true);
    expect(out.hits.map((h) => en.s.index.pages[h.page]!.url)).toEqual(['/us/']);
    expect(ko.s.search('스마트워크센타').suggestion).toBe('스마트워크센터');
  });
  it('keeps the results of a query that matched, and still offers the correction of its slip', () => {
    const out = en.s.search('quiet rooom KT');
    expect(out.corrected).toBe(false);
    expect(out.suggestion).toBe('quiet room KT');
  });
});
