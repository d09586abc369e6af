/**
 * The nearest indexed term to a word that matches none, for "did you mean".
 * Korean is compared letter by letter (자모), so 센타 is one step from 센터
 * and 재텍 one from 재택, as a reader's slip on the keyboard is.
 */
import { isHangulSyllable } from './korean';

const INITIALS = 19;
const MEDIALS = 21;
const FINALS = 28;

/** A word as a list of letters: Hangul syllables split into their 자모 (a final only when there is one). */
export function letters(word: string): string[] {
  const out: string[] = [];
  for (const ch of word) {
    if (!isHangulSyllable(ch)) {
      out.push(ch);
      continue;
    }
    const code = ch.codePointAt(0)! - 0xac00;
    const final = code % FINALS;
    const medial = Math.floor(code / FINALS) % MEDIALS;
    const initial = Math.floor(code / (FINALS * MEDIALS)) % INITIALS;
    out.push(`i${initial}`, `m${medial}`);
    if (final) out.push(`f${final}`);
  }
  return out;
}

/** Edit distance (insert, delete, substitute, swap two neighbours), given up beyond `max`. */
export function distance(a: string[], b: string[], max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * How many slips a word may have: none in a short word, where one slip makes
 * another word (KTX and KT, 중기 and 중시); one in a word of middle length, two
 * in a long one. Korean counts 자모, three to a syllable at most.
 */
export function allowedSlips(word: string): number {
  const n = letters(word).length;
  if (isHangulSyllable(word[0] ?? '')) return [...word].length < 3 ? 0 : n < 11 ? 1 : 2;
  if (n < 5) return 0;
  return n < 9 ? 1 : 2;
}
