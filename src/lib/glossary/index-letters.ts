/**
 * The index of the glossary: Korean terms under the initial consonant of
 * their first syllable, in 가나다 order (ㄲ with ㄱ, as Korean dictionaries
 * group them), English terms under their first letter, A–Z. Terms that begin
 * otherwise (a Latin abbreviation among Korean terms, a digit) come last,
 * under one heading. Pure.
 */
import type { Lang } from '~/schemas/common';

const CHOSEONG = ['ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];
/** Doubled consonants are filed with their single form. */
const BASE: Record<string, string> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ' };

/** Every heading of the index in one language, in order: 14 consonants, or 26 letters. */
export function indexLetters(lang: Lang): string[] {
  return lang === 'ko' ? CHOSEONG.filter((c) => !(c in BASE)) : [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
}

/** The heading for everything that does not begin with a letter of the language. */
export const OTHER = { ko: 'A–Z', en: '#' } as const;

/** The heading a term is filed under. */
export function indexLetter(term: string, lang: Lang): string {
  const first = term.trim().normalize('NFC').codePointAt(0) ?? 0;
  if (lang === 'ko') {
    if (first < 0xac00 || first > 0xd7a3) return OTHER.ko;
    const c = CHOSEONG[Math.floor((first - 0xac00) / 588)]!;
    return BASE[c] ?? c;
  }
  const letter = String.fromCodePoint(first).normalize('NFD')[0]!.toUpperCase();
  return /[A-Z]/.test(letter) ? letter : OTHER.en;
}

/** Items grouped by heading, in index order, empty headings left out. */
export function groupByLetter<T>(items: readonly T[], term: (item: T) => string, lang: Lang): { letter: string; items: T[] }[] {
  const order = [...indexLetters(lang), OTHER[lang]];
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = indexLetter(term(item), lang);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return order.filter((l) => groups.has(l)).map((letter) => ({ letter, items: groups.get(letter)! }));
}
