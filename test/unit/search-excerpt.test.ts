import { describe, expect, it } from 'vitest';
import { buildExcerpt, matchedWords } from '~/lib/search/excerpt';
import type { Fragment } from '~/lib/search/search-index';
import { termsOfWord } from '~/lib/search/words';

const plain = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);
const terms = (...words: string[]) => new Set(words.flatMap((w) => termsOfWord(w)));

const fragment: Fragment = {
  anchors: [
    ['facts', 'Key facts'],
    ['centres', '센터'],
  ],
  blocks: [
    ['KT', -1, 0],
    ['국가', 0, 0],
    ['한국', 0, 0],
    ['KT는 분당 사옥에 첫 스마트워크센터를 열었다. 센터 안에는 콰이어트룸이 있다.', 1, 1],
    ['연도 · 2010 · 9곳', 1, 0],
  ],
};

describe('matchedWords', () => {
  it('marks words by their terms, particles and all', () => {
    const { spans, hits } = matchedWords('스마트워크센터를 열었다', terms('스마트워크센터'));
    expect([...hits].map((i) => spans[i]!.text)).toEqual(['스마트워크센터를']);
  });
  it('marks every word of a matched phrase', () => {
    const { spans, hits } = matchedWords('a quiet room here', new Set(['quietroom']));
    expect([...hits].map((i) => spans[i]!.text)).toEqual(['quiet', 'room']);
  });
});

describe('buildExcerpt', () => {
  it('cuts from one block, never running blocks together', () => {
    const excerpt = buildExcerpt(fragment, terms('한국', '콰이어트룸'));
    expect(plain(excerpt.parts)).toBe('KT는 분당 사옥에 첫 스마트워크센터를 열었다. 센터 안에는 콰이어트룸이 있다.');
    expect(marked(excerpt.parts)).toEqual(['콰이어트룸이']);
  });
  it('takes a fact-box or table block only when nothing else holds a match', () => {
    expect(plain(buildExcerpt(fragment, terms('한국')).parts)).toBe('한국');
  });
  it('falls back to the first readable block when nothing matches', () => {
    expect(plain(buildExcerpt(fragment, new Set()).parts)).toContain('KT는 분당');
  });
  it('shortens a long block around its matches, with ellipses', () => {
    const long: Fragment = { anchors: [], blocks: [[Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ') + ' target end.', -1, 1]] };
    const excerpt = buildExcerpt(long, terms('target'), 10);
    expect(plain(excerpt.parts).startsWith('… ')).toBe(true);
    expect(marked(excerpt.parts)).toEqual(['target']);
    expect(plain(excerpt.parts).endsWith('end.')).toBe(true);
  });
  it('names the sections that hold matches, most first', () => {
    expect(buildExcerpt(fragment, terms('센터')).sections).toEqual([{ id: 'centres', title: '센터' }]);
  });
});

describe('a phrase the page spaces', () => {
  it('is found and marked though its key runs the words together', () => {
    const spaced: Fragment = { anchors: [], blocks: [['NTT데이터는 신 클라이언트를 도입했다.', -1, 1]] };
    expect(marked(buildExcerpt(spaced, new Set(['신클라이언트'])).parts)).toEqual(['신 클라이언트를']);
  });
});
