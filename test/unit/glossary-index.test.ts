/** The glossary's index: Korean terms by initial consonant (가나다), English terms by letter. */
import { describe, expect, it } from 'vitest';
import { groupByLetter, indexLetter, indexLetters } from '~/lib/glossary/index-letters';
import { realAtlas } from '../support/atlas';

describe('the glossary index', () => {
  it('files Korean terms under the initial consonant, doubled consonants with single ones, Latin ones last', () => {
    expect(['가상사설망', '까치', '스마트워크', '원격근무', '화상회의', 'VPN'].map((t) => indexLetter(t, 'ko'))).toEqual(['ㄱ', 'ㄱ', 'ㅅ', 'ㅇ', 'ㅎ', 'A–Z']);
    expect(indexLetters('ko')).toHaveLength(14);
  });

  it('files English terms under their first letter', () => {
    expect(['smart work', 'VPN', 'écran', '3G'].map((t) => indexLetter(t, 'en'))).toEqual(['S', 'V', 'E', '#']);
  });

  it.each(['ko', 'en'] as const)('groups every %s term of the glossary once, in index order', async (lang) => {
    const terms = [...(await realAtlas()).glossary.values()].map((g) => g.term[lang]);
    const groups = groupByLetter(terms, (t) => t, lang);
    expect(groups.flatMap((g) => g.items).sort()).toEqual([...terms].sort());
    const order = [...indexLetters(lang), lang === 'ko' ? 'A–Z' : '#'];
    expect(groups.map((g) => order.indexOf(g.letter))).toEqual([...groups.map((g) => order.indexOf(g.letter))].sort((a, b) => a - b));
  });
});
