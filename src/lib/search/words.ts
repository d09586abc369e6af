/**
 * Words and their keys. The index builder, the search in the browser and the
 * content checker cut text with these functions, so a query is compared with
 * the pages and the synonym list exactly as they were cut: Korean words lose
 * their particles and endings (재택근무를 → 재택근무), English words their
 * plural ending (centres → centre), and a word made of parts (Wi-Fi, 삼성SDS,
 * 2015년) is also known by its parts. Pagefind stems English itself when it
 * indexes and searches; these keys only decide what counts as the same word
 * for the synonym list, phrases and slips.
 */
import { hasHangul, scriptRuns, stem as koreanStem } from './korean';
import { americanSpelling } from './spelling';

/** A word of text: letters and digits, joined by an inner hyphen, apostrophe or full stop (Wi-Fi, D.C., BT’s). */
const WORD = /[\p{L}\p{N}]+(?:['’.\-‐‑][\p{L}\p{N}]+)*/gu;
const JOINERS = /['’.\-‐‑]/;

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** The words of a text with where each stands in it. */
export function wordSpans(text: string): Span[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The words of a text, as written. */
export const wordsOf = (text: string): string[] => wordSpans(text).map((s) => s.text);

/** Lower case, compatibility forms folded (full-width letters, ligatures). */
export const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

const isLatin = (s: string) => /^[a-z]+$/.test(s);
const isHangulRun = (s: string) => /^[\uac00-\ud7a3]+$/.test(s);

/** An English plural as its singular (centres → centre, policies → policy, cities → city); short words are names (BT, US). */
export function singular(w: string): string {
  if (w.length <= 3 || !isLatin(w)) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w) && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** The key of one word without inner punctuation: the Korean stem, the English singular, or the word. */
export function termOf(part: string): string {
  const w = fold(part);
  return hasHangul(w) ? koreanStem(w) : singular(w);
}

/** A possessive `’s` is not part of the name: BT’s → BT. */
const bare = (word: string) => fold(word).replace(/['’]s$/, '');

/** The parts of a word joined by hyphens or full stops: Wi-Fi → wi, fi. */
export const partsOf = (word: string): string[] => bare(word).split(JOINERS).filter(Boolean);

/**
 * Every key a word is known by, its own first: the joined form and each part
 * of a hyphenated word (wi-fi → wifi, wi, fi), the script runs of a mixed word
 * (삼성SDS → 삼성sds, 삼성, sds), and the American spelling of a British one
 * (centres → centre, center).
 */
export function termsOfWord(word: string): string[] {
  let terms = wordTerms.get(word);
  if (!terms) wordTerms.set(word, (terms = computeTermsOfWord(word)));
  return terms;
}

/** Words recur across pages and searches; each is cut once. */
const wordTerms = new Map<string, string[]>();

function computeTermsOfWord(word: string): string[] {
  const parts = partsOf(word);
  const terms = new Set<string>();
  const add = (t: string) => {
    if (t) terms.add(t);
  };
  add(termOf(parts.join('')));
  for (const part of parts) {
    const term = termOf(part);
    if (parts.length > 1) add(term);
    const runs = scriptRuns(term);
    // A run of one Hangul syllable (년 of 2015년) is a counter, not a word anyone searches for.
    if (runs.length > 1) for (const run of runs) if (!isHangulRun(run) || run.length >= 2) add(termOf(run));
    const american = isLatin(part) ? americanSpelling(part) : undefined;
    if (american) add(termOf(american));
  }
  return [...terms];
}

/** A word's part of a phrase key: its keys run together (Wi-Fi → wifi, 센터를 → 센터). */
export function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) wordKeys.set(word, (key = partsOf(word).map(termOf).join('')));
  return key;
}
const wordKeys = new Map<string, string>();

/** The key a word or phrase is compared by in the synonym list: its keys run together, so spacing does not matter (재택 근무 = 재택근무). */
export function phraseKey(words: readonly string[]): string {
  return words.map(wordKey).join('');
}

/** The longest phrase of the synonym list, in words. */
export const MAX_PHRASE = 6;

/**
 * A term searched as a whole word only: a Korean syllable, a Latin word of
 * one or two letters, a number (KT is not KTX, 2010 not 20100926).
 */
export const wholeWordOnly = (term: string): boolean => (hasHangul(term) ? [...term].length < 2 : term.length < 3 || /^\p{N}+$/u.test(term));

/**
 * Where phrases of several words stand in a run of words: each span of two
 * words or more whose key is one of `phrases`, as [start, end, key].
 */
export function phraseSpans(keys: readonly string[], phrases: ReadonlySet<string>): [number, number, string][] {
  const out: [number, number, string][] = [];
  if (!phrases.size) return out;
  for (let i = 0; i < keys.length; i++) {
    let key = keys[i]!;
    for (let j = i + 1; j < Math.min(keys.length, i + MAX_PHRASE); j++) {
      key += keys[j];
      if (phrases.has(key)) out.push([i, j + 1, key]);
    }
  }
  return out;
}
