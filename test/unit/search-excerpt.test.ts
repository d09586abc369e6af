import { describe, expect, it } from 'vitest';
import { buildExcerpt, hitWords, pageText } from '~/lib/search/excerpt';
import { HELPER_MARKER } from '~/lib/search/terms';

const plain = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

// Word positions as Pagefind counts them: the content split at white space.
const content = `KT. KT는 스마트워크센터를 세웠다. 센터 안에는 콰이어트룸이 있다. ${HELPER_MARKER} 스마트워크센터 워크센터 크센터 센터안 콰이어트룸 어트룸`;
const words = content.split(/\s+/);
const at = (w: string) => words.indexOf(w);

describe('pageText', () => {
  it('is the text before the index-only terms', () => {
    expect(pageText(content)).toBe('KT. KT는 스마트워크센터를 세웠다. 센터 안에는 콰이어트룸이 있다.');
    expect(pageText('no marker here')).toBe('no marker here');
  });
});

describe('hitWords', () => {
  it('keeps hits on page words', () => {
    expect([...hitWords(content, [at('센터')]).hits]).toEqual([at('센터')]);
  });
  it('maps a hit on an index-only term to every page word it came from', () => {
    const { hits } = hitWords(content, [at('워크센터')]);
    expect([...hits]).toEqual([at('스마트워크센터를')]);
  });
  it('marks the second word of a pair only when the query runs into it', () => {
    expect([...hitWords(content, [at('센터안')], '센터').hits]).toEqual([at('센터')]);
    expect([...hitWords(content, [at('센터안')], '센터안').hits].sort()).toEqual([at('센터'), at('안에는')]);
  });
});

describe('buildExcerpt', () => {
  it('never shows index-only terms', () => {
    const excerpt = buildExcerpt(content, [at('워크센터'), at('크센터'), at('어트룸')], '');
    expect(plain(excerpt.parts)).not.toContain(HELPER_MARKER);
    expect(plain(excerpt.parts)).toBe(pageText(content));
    expect(marked(excerpt.parts)).toEqual(['스마트워크센터를', '콰이어트룸이']);
  });
  it('cuts a window around the densest hits with ellipses', () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const excerpt = buildExcerpt(long, [60, 62], '', 10);
    const text = plain(excerpt.parts);
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(marked(excerpt.parts)).toEqual(['w60', 'w62']);
    expect(text.split(' ').filter((w) => w !== '…')).toHaveLength(10);
    expect(excerpt.firstHit).toBe(60);
  });
  it('opens at the start when nothing is hit', () => {
    const excerpt = buildExcerpt('one two three', [], '', 2);
    expect(plain(excerpt.parts)).toBe('one two …');
    expect(excerpt.firstHit).toBeUndefined();
  });
});
