/**
 * The excerpt shown under a search result, built from the page text Pagefind
 * stores (`content`) and the word positions of the hits (`locations`). Only
 * the text before the index-only terms is ever shown; a hit on an index-only
 * term (센터 for 스마트워크센터) marks the page word it came from instead.
 */
import { HELPER_MARKER, bare, pairBoundary, termComesFrom } from './terms';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Word position of the first marked word, if any. */
  firstHit: number | undefined;
}

/** Pagefind's own word separator, so word positions line up with `locations`. */
const SEPARATOR = /[^\S\uFEFF]+/;
const ELLIPSIS = '…';

/** The page's own text: everything before the index-only terms. */
export function pageText(content: string): string {
  const at = content.indexOf(HELPER_MARKER);
  return (at >= 0 ? content.slice(0, at) : content).trim();
}

/**
 * Positions of the page words hit by the search, mapping index-only hits back
 * to their source words. `query` (as searched) tells whether a hit on a pair
 * term (워킹존 from 워킹 존) reaches into the second word.
 */
export function hitWords(content: string, locations: readonly number[], query = ''): { words: string[]; hits: Set<number> } {
  const queryTerms = query.split(/\s+/).map(bare).filter(Boolean);
  const all = content.split(SEPARATOR);
  const text = pageText(content);
  const words = text ? text.split(SEPARATOR) : [];
  const hits = new Set<number>();
  const helperHits = new Set<string>();
  for (const at of locations) {
    if (at < words.length) hits.add(at);
    else if (all[at] !== undefined) helperHits.add(bare(all[at]));
  }
  for (const term of helperHits) {
    if (!term) continue;
    words.forEach((word, i) => {
      if (termComesFrom(term, word)) {
        hits.add(i);
        return;
      }
      const next = words[i + 1];
      const boundary = next === undefined ? undefined : pairBoundary(term, word, next);
      if (boundary === undefined) return;
      hits.add(i);
      // The second word counts only when the query runs into it (워킹존, not 센터 of 센터 안에).
      if (queryTerms.some((q) => term.startsWith(q) && q.length > boundary)) hits.add(i + 1);
    });
  }
  return { words, hits };
}

/** The start of the `length`-word window holding the most hits, a few words of context before the first. */
function windowStart(hits: number[], wordCount: number, length: number): number {
  if (!hits.length || wordCount <= length) return 0;
  const lead = Math.min(5, Math.floor(length / 4));
  let best = 0;
  let bestCount = -1;
  for (const h of hits) {
    const start = Math.max(0, Math.min(h - lead, wordCount - length));
    const count = hits.filter((x) => x >= start && x < start + length).length;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  return best;
}

/** An excerpt of about `length` words around the densest hits, with the hit words marked. */
export function buildExcerpt(content: string, locations: readonly number[], query = '', length = 30): Excerpt {
  const { words, hits } = hitWords(content, locations, query);
  const sorted = [...hits].sort((a, b) => a - b);
  let start = windowStart(sorted, words.length, length);
  // Do not open on the full stop Pagefind puts after a heading or block.
  while (start < words.length - 1 && !/[\p{L}\p{N}]/u.test(words[start] ?? '') && !hits.has(start)) start++;
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push(`${ELLIPSIS} `, false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    push(words[i] ?? '', hits.has(i));
  }
  if (end < words.length) push(` ${ELLIPSIS}`, false);
  return { parts, firstHit: sorted.find((h) => h >= start && h < end) };
}
