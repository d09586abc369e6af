import { describe, expect, it } from 'vitest';
import { derivedBase, scriptRuns, stem } from '~/lib/search/korean';
import { americanSpelling } from '~/lib/search/spelling';

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
    // in questions
    ['추진했나', '추진'],
    ['정착할까', '정착'],
    ['필요한가', '필요'],
    ['무엇인가', '무엇'],
    ['걸림돌인', '걸림돌'],
    ['조사다', '조사'],
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

describe('script runs and derived nouns', () => {
  it('splits a word where the script changes', () => {
    expect(scriptRuns('삼성SDS')).toEqual(['삼성', 'SDS']);
    expect(scriptRuns('63빌딩')).toEqual(['63', '빌딩']);
    expect(scriptRuns('NTT데이터')).toEqual(['NTT', '데이터']);
  });
  it('finds the base of a noun made with a one-syllable suffix', () => {
    expect(derivedBase('임차료')).toBe('임차');
    expect(derivedBase('센터망')).toBe('센터');
    expect(derivedBase('도입률')).toBe('도입');
    // Not a suffix it knows, or too short a base.
    expect(derivedBase('스마트팜')).toBeUndefined();
    expect(derivedBase('회의')).toBeUndefined();
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
