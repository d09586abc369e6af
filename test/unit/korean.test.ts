import { describe, expect, it } from 'vitest';
import { innerSuffixes, koreanWordTerms, normalizeKoreanQuery, scriptRuns, stem } from '~/lib/search/korean';
import { americanSpelling } from '~/lib/search/spelling';
import { helperTerms, normalizeQuery, pairBoundary, termComesFrom } from '~/lib/search/terms';

describe('stem drops particles and endings', () => {
  it.each([
    ['재택근무를', '재택근무'],
    ['재택근무가', '재택근무'],
    ['스마트워크센터에', '스마트워크센터'],
    ['스마트워크센터에서는', '스마트워크센터'],
    ['보안을', '보안'],
    ['정부가', '정부'],
    ['넷북으로', '넷북'],
    ['일본에서', '일본'],
    ['노동인구의', '노동인구'],
    ['업무공유와', '업무공유'],
    ['한국IBM은', '한국IBM'],
    ['KT의', 'KT'],
    ['직원들에게', '직원'],
    ['도입했다', '도입'],
    ['확산되는', '확산'],
    ['기술이다', '기술'],
  ])('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));

  it.each([
    // The particle must fit the sound before it: 가 follows a vowel, so 평가 and 국가 stay whole.
    ['평가'],
    ['국가'],
    ['전문가'],
    ['효과'],
    ['차이'],
    ['경로'],
    // What remains must still be a word of two syllables or more.
    ['회의'],
    ['정의'],
    ['제도'],
    ['역할'],
    // Numbers keep their unit.
    ['800만'],
    ['센터'],
  ])('%s stays whole', (word) => expect(stem(word)).toBe(word));
});

describe('script runs and inner suffixes', () => {
  it('splits a word where the script changes', () => {
    expect(scriptRuns('삼성SDS')).toEqual(['삼성', 'SDS']);
    expect(scriptRuns('63빌딩')).toEqual(['63', '빌딩']);
    expect(scriptRuns('NTT데이터')).toEqual(['NTT', '데이터']);
  });
  it('lists the endings of a compound of two syllables or more', () => {
    expect(innerSuffixes('스마트워크센터')).toEqual(['마트워크센터', '트워크센터', '워크센터', '크센터', '센터']);
    expect(innerSuffixes('정보보안')).toEqual(['보보안', '보안']);
    expect(innerSuffixes('센터')).toEqual([]);
  });
});

describe('koreanWordTerms gives a word the forms a query may take', () => {
  it('reaches the inside of a compound with a particle', () => {
    const terms = koreanWordTerms('스마트워크센터를');
    expect(terms).toEqual(expect.arrayContaining(['스마트워크센터', '워크센터', '센터']));
    expect(terms).not.toContain('스마트워크센터를');
  });
  it('splits mixed-script names, lower-cased as the index holds them', () => {
    expect(koreanWordTerms('삼성SDS가')).toEqual(expect.arrayContaining(['삼성sds', '삼성', 'sds']));
  });
  it('leaves verbs without inner parts', () => {
    expect(koreanWordTerms('갖췄다')).toEqual([]);
  });
});

describe('queries lose particles as the index does', () => {
  it.each([
    ['재택근무가', '재택근무'],
    ['스마트워크센터에 보안을', '스마트워크센터 보안'],
    ['  센터, ', '센터'],
    ['smart work centre', 'smart work centre'],
    ['KT의 센터', 'KT 센터'],
  ])('%s → %s', (q, expected) => {
    expect(normalizeKoreanQuery(q)).toBe(expected);
    expect(normalizeQuery(q)).toBe(expected);
  });
});

describe('americanSpelling', () => {
  it.each([
    ['centre', 'center'],
    ['centres', 'centers'],
    ['telecentre', 'telecenter'],
    ['virtualisation', 'virtualization'],
    ['organised', 'organized'],
    ['analyse', 'analyze'],
    ['ageing', 'aging'],
    ['programme', 'program'],
    ['defence', 'defense'],
  ])('%s → %s', (uk, us) => expect(americanSpelling(uk)).toBe(us));
  it.each([['enterprise'], ['premises'], ['otherwise'], ['raise'], ['hour'], ['work']])('%s has none', (w) =>
    expect(americanSpelling(w)).toBeUndefined(),
  );
});

describe('helperTerms for a page', () => {
  it('adds what Korean readers type and leaves out what is already a word', () => {
    const terms = helperTerms('KT는 스마트워크센터를 세웠다. 센터 안에는 콰이어트룸이 있다.', 'ko');
    expect(terms).toEqual(expect.arrayContaining(['스마트워크센터', '워크센터', '콰이어트룸', '어트룸', 'kt']));
    expect(terms).not.toContain('센터');
  });
  it('joins two spaced nouns, but not across a line or punctuation', () => {
    expect(helperTerms('도심 거점의 워킹 존을 열었다', 'ko')).toContain('워킹존');
    expect(helperTerms('워킹\n존', 'ko')).not.toContain('워킹존');
    expect(helperTerms('저출산·고령화', 'ko')).not.toContain('저출산고령화');
    expect(helperTerms('저출산·고령화로', 'ko')).toContain('고령화');
    // Pagefind indexes 저출산·고령화 as one word, so its part is still worth adding.
    expect(helperTerms('저출산·고령화', 'ko')).toContain('고령화');
  });
  it('gives English pages American spellings only', () => {
    expect(helperTerms('smart work centres and virtualisation', 'en').sort()).toEqual(['centers', 'virtualization']);
  });
});

describe('termComesFrom maps an index-only term back to a page word', () => {
  it.each([
    ['센터', '스마트워크센터를', true],
    ['sds', '삼성SDS가', true],
    ['고령화', '저출산·고령화로', true],
    ['center', 'centre', true],
    ['centers', 'centre,', true],
    ['center', 'centres', true],
    ['센터', '정부', false],
  ] as const)('%s from %s', (term, word, expected) => expect(termComesFrom(term, word)).toBe(expected));
});

describe('pairBoundary finds a term made of two spaced words', () => {
  it.each([
    ['워킹존', '워킹', '존을', 2],
    ['고령화대응', '저출산·고령화', '대응을', 3],
    ['워킹존', '워킹', '구역', undefined],
    ['센터', '센터', '안에는', undefined],
  ] as const)('%s from %s %s', (term, word, next, expected) => expect(pairBoundary(term, word, next)).toBe(expected));
});
