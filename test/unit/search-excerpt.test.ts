/**
 * Excerpts cut from a page's Pagefind content: text written as the index
 * builder writes it (words, index-only words after them, a marker at the end
 * of each block), and the places of the words a search matched there.
 */
import { describe, expect, it } from 'vitest';
import { buildExcerpt, type ExcerptPart } from '~/lib/search/excerpt';
import { BLOCK_END, HIDDEN, MARKERS, PLAIN_BLOCK_END, readContent } from '~/lib/search/indexed-text';

const plain = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('');
const marked = (parts: ExcerptPart[]) => parts.filter((p) => p.mark).map((p) => p.text);

/** A page's content as the index builder writes it: the title, the fact box and the text, each block with its end. */
const content = [
  `KT ${PLAIN_BLOCK_END}`,
  `국가 ${PLAIN_BLOCK_END} 한국 ${PLAIN_BLOCK_END}`,
  `KT는 분당 사옥에 첫 스마트워크센터를 ${HIDDEN}워크센터 ${HIDDEN}센터 열었다. 센터 안에는 콰이어트룸이 있다. ${BLOCK_END}`,
  `연도 · 2010 · 9곳 ${PLAIN_BLOCK_END}`,
  `센터는 2010년 9월에 문을 열었다. ${BLOCK_END}`,
].join(' ');
const places = content.split(' ');
/** The place of a token in the content, as Pagefind reports it; `n`: which of several. */
const at = (token: string, n = 0) => {
  const found = places.flatMap((t, i) => (t === token ? [i] : []));
  if (found[n] === undefined) throw new Error(`${token} is not in the content`);
  return found[n];
};
const anchors = [
  { id: 'facts', title: 'Key facts', location: at('국가') },
  { id: 'opening', title: '개소', location: at('KT는') },
  { id: 'dates', title: '시기', location: at('연도') },
  { id: 'untitled', location: at('센터는') },
];

describe('readContent', () => {
  it('reads one token for each place a search may report', () => {
    const tokens = readContent(content);
    expect(tokens).toHaveLength(places.length);
    expect(tokens[at('KT')]).toEqual({ kind: 'word', text: 'KT' });
    expect(tokens[at(`${HIDDEN}센터`)]).toEqual({ kind: 'hidden', text: '센터' });
    expect(tokens[at(BLOCK_END)]).toEqual({ kind: 'end', excerpt: true });
    expect(tokens[at(PLAIN_BLOCK_END)]).toEqual({ kind: 'end', excerpt: false });
  });
  it('keeps punctuation with the word it is written with', () => {
    const tokens = readContent(`열었다. ${HIDDEN}열다 · 2010 ${BLOCK_END}`);
    expect(tokens.map((t) => (t.kind === 'word' ? t.text : t.kind))).toEqual(['열었다.', 'hidden', '·', '2010', 'end']);
  });
});

describe('buildExcerpt', () => {
  it('cuts from one block, never running blocks together', () => {
    const excerpt = buildExcerpt(content, [at('한국'), at('콰이어트룸이')], anchors);
    expect(plain(excerpt.parts)).toBe('KT는 분당 사옥에 첫 스마트워크센터를 열었다. 센터 안에는 콰이어트룸이 있다.');
    expect(marked(excerpt.parts)).toEqual(['콰이어트룸이']);
  });
  it('prefers the block with the most distinct matched words', () => {
    const excerpt = buildExcerpt(content, [at('센터'), at('열었다.', 1), at('센터는')], anchors);
    expect(plain(excerpt.parts)).toBe('센터는 2010년 9월에 문을 열었다.');
    expect(marked(excerpt.parts)).toEqual(['센터는', '열었다']);
  });
  it('takes a fact-box or table block only when nothing else holds a match', () => {
    expect(plain(buildExcerpt(content, [at('한국')]).parts)).toBe('한국');
    expect(plain(buildExcerpt(content, [at('2010')]).parts)).toBe('연도 · 2010 · 9곳');
  });
  it('opens with the first block fit for an excerpt when nothing matches', () => {
    expect(plain(buildExcerpt(content, []).parts)).toBe('KT는 분당 사옥에 첫 스마트워크센터를 열었다. 센터 안에는 콰이어트룸이 있다.');
    expect(buildExcerpt('', []).parts).toEqual([]);
  });
  it('never shows an index-only word, and marks the word it follows instead', () => {
    const excerpt = buildExcerpt(content, [at(`${HIDDEN}센터`), at(`${HIDDEN}워크센터`)]);
    expect(plain(excerpt.parts)).toBe('KT는 분당 사옥에 첫 스마트워크센터를 열었다. 센터 안에는 콰이어트룸이 있다.');
    expect(marked(excerpt.parts)).toEqual(['스마트워크센터를']);
  });
  it('never shows a marker or a raw block end, whatever is matched', () => {
    for (let place = 0; place < places.length; place++) {
      const text = plain(buildExcerpt(content, [place], anchors).parts);
      for (const m of MARKERS) expect(text, `match at ${place}`).not.toContain(m);
      expect(text.length, `match at ${place}`).toBeGreaterThan(0);
    }
  });
  it('marks a word without the punctuation around it, and a phrase as one mark', () => {
    const text = `(telework), a quiet room here. ${BLOCK_END}`;
    const p = text.split(' ');
    const excerpt = buildExcerpt(text, [p.indexOf('(telework),'), p.indexOf('quiet'), p.indexOf('room')]);
    expect(excerpt.parts).toEqual([
      { text: '(', mark: false },
      { text: 'telework', mark: true },
      { text: '), a ', mark: false },
      { text: 'quiet room', mark: true },
      { text: ' here.', mark: false },
    ]);
  });
  it('shortens a long block around its densest matches, with ellipses', () => {
    const long = `${Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ')} ${BLOCK_END} next block ${BLOCK_END}`;
    const excerpt = buildExcerpt(long, [40, 42, 70], [], 10);
    const text = plain(excerpt.parts);
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(marked(excerpt.parts)).toEqual(['w40', 'w42']);
    expect(text.split(' ').filter((w) => w !== '…')).toHaveLength(10);
    expect(text).not.toContain('next');
  });
  it('keeps the end of a block without an ellipsis when the match is near it', () => {
    const long = `${Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ')} target end. ${BLOCK_END}`;
    const excerpt = buildExcerpt(long, [80], [], 10);
    expect(plain(excerpt.parts).startsWith('… ')).toBe(true);
    expect(plain(excerpt.parts).endsWith('target end.')).toBe(true);
    expect(marked(excerpt.parts)).toEqual(['target']);
  });
  it('names the titled sections that hold matches, most matches first, up to the number asked', () => {
    const matches = [at('국가'), at('센터'), at('콰이어트룸이'), at('열었다.'), at('2010'), at('센터는')];
    expect(buildExcerpt(content, matches, anchors).sections).toEqual([
      { id: 'opening', title: '개소' },
      { id: 'dates', title: '시기' },
      { id: 'facts', title: 'Key facts' },
    ]);
    expect(buildExcerpt(content, matches, anchors, 28, 1).sections).toEqual([{ id: 'opening', title: '개소' }]);
    // A match in a section with no title is counted in the titled section before it.
    expect(buildExcerpt(content, [at('센터는'), at('문을')], anchors).sections).toEqual([{ id: 'dates', title: '시기' }]);
    expect(buildExcerpt(content, [at('KT')], anchors).sections).toEqual([]);
  });
});
