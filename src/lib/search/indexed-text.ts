/**
 * The text of a page as it is handed to Pagefind, and how to read it back.
 *
 * Pagefind keeps a page's indexed text as one run of words (its fragment's
 * `content`), and a search gives the places of the words it matched in that
 * run. Two kinds of marker, each a word of its own, make the run say more
 * than the page shows, without moving any word of the page:
 *
 * - a block ends with {@link BLOCK_END} (or {@link PLAIN_BLOCK_END} for a
 *   block that makes a poor excerpt: the title, the case fact box, a table
 *   row), so an excerpt is cut from one block and never runs two together;
 * - after a word may stand index-only words, each beginning with
 *   {@link HIDDEN}: the forms a reader's query should reach that Pagefind's
 *   start-of-word match cannot (센터 inside 스마트워크센터를, the American
 *   center for centre, a synonym phrase where its words stand together).
 *   Pagefind indexes them as words; excerpts never show them and mark the
 *   word they follow instead.
 *
 * Markers are characters Pagefind does not index as words, and the build
 * fails if a page's text contains one.
 */
import type { Lang } from '~/schemas/common';
import { hasHangul, stem as koreanStem } from './korean';
import { looksLikePredicate } from './question-words';
import { fold, phraseSpans, termsOfWord, wholeWordOnly, wordKey, wordSpans, wordsOf } from './words';

export const BLOCK_END = '¶';
export const PLAIN_BLOCK_END = '⁋';
/** ASCII punctuation, so Pagefind indexes what follows it as the word itself and nothing more. */
export const HIDDEN = '`';
export const MARKERS = [BLOCK_END, PLAIN_BLOCK_END, HIDDEN] as const;

/** What the index builder knows of a language's pages before it writes any of them. */
export interface IndexContext {
  lang: Lang;
  /** Korean words that stand on their own somewhere (their stems): the parts a compound is found by. */
  vocabulary: ReadonlySet<string>;
  /** Keys of the synonym list's entries: where their words stand together, a page is indexed under the entry. */
  phrases: ReadonlySet<string>;
}

const isHangulWord = (s: string) => /^[\uac00-\ud7a3]+$/.test(s);

/**
 * The Korean nouns a text makes known: the stem of every word that carries a
 * particle or an ending (센터를 → 센터, 도입했다 → 도입). A word that keeps
 * its form (했는지, 편이었다) is not taken for a noun.
 */
export function vocabularyOf(text: string): string[] {
  const out: string[] = [];
  for (const word of wordsOf(text)) {
    const w = fold(word);
    const s = koreanStem(w);
    if (s !== w && s.length >= 2 && isHangulWord(s) && !s.endsWith('다')) out.push(s);
  }
  return out;
}

/**
 * The inner words of a Korean stem that a query may ask for alone: each
 * ending of two syllables or more, after two syllables at least, where the
 * stem splits into known nouns: the ending begins with one, or what comes
 * before it is one (스마트워크센터 → 센터; 정보통신망 → 통신망; 가상사설망 →
 * 사설망). Pagefind matches the start of a word, so without them 센터 would
 * not find 스마트워크센터를. A verb or adjective (했는지, 어렵다) has none.
 */
export function innerWords(stem: string, vocabulary: ReadonlySet<string>): string[] {
  if (!isHangulWord(stem) || stem.length < 4 || stem.endsWith('다') || looksLikePredicate(stem)) return [];
  const out: string[] = [];
  for (let i = 2; i <= stem.length - 2; i++) {
    const rest = stem.slice(i);
    let known = vocabulary.has(stem.slice(0, i));
    for (let n = 2; n <= rest.length && !known; n++) known = vocabulary.has(rest.slice(0, n));
    if (known) out.push(rest);
  }
  return out;
}

/** Words as Pagefind indexes a token: letters and digits run together, and each part between ASCII punctuation. */
function nativeForms(token: string): string[] {
  const clean = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
  return [clean(token), ...token.split(/[!-/:-@[-`{-~]+/).map(clean)].filter(Boolean);
}

/**
 * The index-only words of one token of a page's text (a run without spaces):
 * each of its words Pagefind would not reach by the start of a word, a part
 * of a Korean compound, an American spelling.
 */
export function hiddenForms(token: string, ctx: IndexContext): { inner: string[]; other: string[] } {
  const native = nativeForms(token);
  // Search asks Pagefind for a short term as a whole word (KT in KT는 is not reached by its start).
  const reached = (form: string) => native.some((n) => (wholeWordOnly(form) ? n === form : n.startsWith(form)));
  const other = new Set<string>();
  const inner = new Set<string>();
  for (const { text: word } of wordSpans(token)) {
    for (const key of termsOfWord(word)) {
      // A part after punctuation Pagefind does not split at (고령화 in 저출산·고령화로), a script run (SDS of 삼성SDS),
      // an American spelling (center for centre).
      // One Hangul syllable is a particle or a counter (‘올해’가, 2015년), not a word anyone searches for.
      if (!reached(key) && !(hasHangul(key) && key.length < 2)) other.add(key);
      if (hasHangul(key)) for (const part of innerWords(key, ctx.vocabulary)) if (!reached(part)) inner.add(part);
    }
  }
  return { inner: [...inner], other: [...other] };
}

/** One token of text and the index-only words that follow it. */
export interface IndexedToken {
  text: string;
  inner: string[];
  other: string[];
}

/**
 * A block's text as tokens for the index: the page's own tokens, each with
 * its index-only words, and after the last word of a synonym phrase the
 * phrase's key (인식도 조사다 → 인식도조사, for the entry 인식도조사).
 */
export function indexedTokens(text: string, ctx: IndexContext): IndexedToken[] {
  for (const m of MARKERS) if (text.includes(m)) throw new Error(`the text contains ${m}, which the search index uses as a marker: ${text.slice(0, 80)}`);
  const tokens: IndexedToken[] = text
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => ({ text: t, ...hiddenForms(t, ctx) }));
  // The words of the block with the token each stands in, for phrases that cross tokens.
  const words: { key: string; token: number }[] = [];
  tokens.forEach((t, i) => {
    for (const w of wordsOf(t.text)) words.push({ key: wordKey(w), token: i });
  });
  for (const [, end, key] of phraseSpans(
    words.map((w) => w.key),
    ctx.phrases,
  )) {
    const last = tokens[words[end - 1]!.token]!;
    if (!last.other.includes(key)) last.other.push(key);
  }
  return tokens;
}

/** A token of a fragment's content: a word of the page, an index-only word, or the end of a block. */
export type ContentToken = { kind: 'word'; text: string } | { kind: 'hidden'; text: string } | { kind: 'end'; excerpt: boolean };

/** Pagefind's `content` of a page read back: its tokens, one for each place a search may report. */
export function readContent(content: string): ContentToken[] {
  return content.split(' ').map((t): ContentToken => {
    if (t === BLOCK_END) return { kind: 'end', excerpt: true };
    if (t === PLAIN_BLOCK_END) return { kind: 'end', excerpt: false };
    if (t.startsWith(HIDDEN)) return { kind: 'hidden', text: t.slice(HIDDEN.length) };
    return { kind: 'word', text: t };
  });
}
