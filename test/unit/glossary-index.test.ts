/** The glossary's index: Korean terms by initial consonant (가나다), English terms by letter. */
import { describe, expect, it } from 'vitest';
import { groupByLetter, indexLetter, indexLetters } from '~/lib/glossary/index-letters';
import { realAtlas } from '../support/atlas';
import { CASES_SHOWN_PER_TERM, casesByTerm, shownCases } from '~/lib/glossary/used-by';

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

describe('the cases under a glossary term', () => {
  it('names them all up to the limit and one more, and otherwise the limit and how many more', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(shownCases(list(3), 5)).toEqual({ shown: [0, 1, 2], more: 0 });
    expect(shownCases(list(6), 5)).toEqual({ shown: list(6), more: 0 });
    expect(shownCases(list(7), 5)).toEqual({ shown: list(5), more: 2 });
    expect(shownCases(list(1000)).shown).toHaveLength(CASES_SHOWN_PER_TERM);
    expect(shownCases(list(1000)).more).toBe(1000 - CASES_SHOWN_PER_TERM);
  });

  it.each(['ko', 'en'] as const)('finds every case that uses each term, in alphabetical order of %s titles', async (lang) => {
    const atlas = await realAtlas();
    const byTerm = casesByTerm(atlas, lang);
    for (const id of atlas.glossary.keys()) {
      const cases = byTerm.get(id) ?? [];
      expect(cases.map((c) => c.id).sort(), id).toEqual(atlas.cases.filter((c) => c.data.glossary.includes(id)).map((c) => c.id).sort());
      const titles = cases.map((c) => c.text[lang].title);
      expect(titles).toEqual([...titles].sort(new Intl.Collator(lang).compare));
    }
  });
});
