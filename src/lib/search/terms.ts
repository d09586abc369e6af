/**
 * Index-only terms: the extra words a page is indexed under so that Korean
 * word parts, particles and spacing, and American spellings, find it. They are
 * handed to Pagefind after a marker at the end of the indexed text and never
 * reach the page itself; `search-excerpt.ts` cuts them off again and maps a hit
 * on one of them back to the page word it came from.
 */
import type { Lang } from '~/schemas/common';
import { hasHangul, koreanWordTerms, normalizeKoreanQuery, stem } from './korean';
import { americanSpelling } from './spelling';

/**
 * Where the index-only terms begin in the indexed text. A character Pagefind
 * does not index as a word and that the site's text never uses (the build
 * fails if a page contains it).
 */
export const HELPER_MARKER = '⁂';

/** Letters and digits only, lower-cased: how a word is compared with an index term. */
export function bare(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Splits text into words as Pagefind does: at white space, then at punctuation. */
function wordsOf(text: string): { word: string; spaceAfter: boolean }[] {
  const out: { word: string; spaceAfter: boolean }[] = [];
  for (const [, chunk = '', gap = ''] of text.matchAll(/(\S+)(\s*)/g)) {
    const parts = chunk.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    // Only a single space inside a line joins two words into a phrase: not a
    // line break between blocks, nor punctuation as in 저출산·고령화.
    const spaced = gap === ' ' && /[\p{L}\p{N}]$/u.test(chunk);
    parts.forEach((word, i) => out.push({ word, spaceAfter: i === parts.length - 1 && spaced }));
  }
  return out;
}

/** Longest pair of spaced words also indexed written together, in syllables. */
const MAX_PAIR = 7;

/**
 * Every index-only term for a page's text, each once. Korean words give their
 * stems, script runs and inner endings; two Korean words written apart also
 * give the pair written together (워킹 존 → 워킹존), as readers often space
 * words differently. English words give their American spelling.
 */
export function helperTerms(text: string, lang: Lang): string[] {
  const words = wordsOf(text);
  const terms = new Set<string>();
  words.forEach(({ word, spaceAfter }, i) => {
    if (hasHangul(word)) {
      // The word itself too: a part of 저출산·고령화 is not a word of the index until added.
      terms.add(word.toLowerCase());
      for (const t of koreanWordTerms(word)) terms.add(t);
      const next = words[i + 1];
      // Two nouns written apart, the first without a particle: 워킹 존을 → 워킹존. Not verbs (수 있다).
      const pair = next && spaceAfter && stem(word, 1) === word ? word + stem(next.word, 1) : '';
      if (pair && /^[\uac00-\ud7a3]+$/.test(pair) && pair.length <= MAX_PAIR && !pair.endsWith('다')) terms.add(pair);
    } else if (lang === 'en') {
      const american = americanSpelling(word);
      if (american) terms.add(american);
    }
  });
  // A term that is already a word of the page adds nothing. Pagefind keeps
  // words joined by punctuation (저출산·고령화) as one, so only whole words count.
  for (const chunk of text.split(/\s+/)) terms.delete(bare(chunk));
  return [...terms];
}

/**
 * Whether a hit on the index-only term `term` is a hit on the page word
 * `word`: a part of it (센터 of 스마트워크센터를) or its American spelling.
 */
export function termComesFrom(term: string, word: string): boolean {
  const w = bare(word);
  if (w === '') return false;
  if (w.includes(term)) return true;
  // The index stems English, so a hit on "centers" may stand for the page's "centre".
  const american = americanSpelling(w)?.replace(/s$/, '');
  return american !== undefined && american === term.replace(/s$/, '');
}

/**
 * Where `term` crosses from `word` into `next` when it was made of the two
 * written apart (고령화대응 from 저출산·고령화 대응을): the length of its part
 * in `word`, or undefined when it does not cross.
 */
export function pairBoundary(term: string, word: string, next: string): number | undefined {
  const w = bare(word);
  const at = (w + bare(next)).indexOf(term);
  return at >= 0 && at < w.length && at + term.length > w.length ? w.length - at : undefined;
}

/** The query as the index expects it: Korean words without particles. */
export function normalizeQuery(query: string): string {
  return normalizeKoreanQuery(query);
}
