/**
 * The excerpt under a search result and the sections it was found in, from
 * the page's fragment (its text as blocks) and the terms the search matched
 * there. An excerpt is cut from one block, so two paragraphs, the cells of a
 * table or the lines of the case fact box never run together; blocks that
 * make poor excerpts (fact box, tables) are used only when nothing else holds
 * a match. Words are marked where one of their terms matched, or where they
 * stand in a matched phrase.
 */
import type { Fragment } from './search-index';
import { phraseSpans, termsOfWord, wordKey, wordSpans } from './words';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Sections of the page that hold matches, most matches first. */
  sections: { id: string; title: string }[];
}

const ELLIPSIS = '…';

/** A block cut into words, each with its terms and phrase key: done once per fragment, reused by every search. */
interface Words {
  spans: ReturnType<typeof wordSpans>;
  terms: string[][];
  keys: string[];
}

function cut(text: string): Words {
  const spans = wordSpans(text);
  return { spans, terms: spans.map((s) => termsOfWord(s.text)), keys: spans.map((s) => wordKey(s.text)) };
}

const cutBlocks = new WeakMap<Fragment, { lower: string[]; words: (Words | undefined)[] }>();

/** A fragment's blocks, each cut into words the first time it is needed. */
function blocksOf(fragment: Fragment) {
  let cache = cutBlocks.get(fragment);
  // Letters and digits only, so the start of a phrase key (신클라이언트) is found in its spaced words (신 클라이언트).
  const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (!cache) cutBlocks.set(fragment, (cache = { lower: fragment.blocks.map(([text]) => compact(text)), words: [] }));
  const { lower, words } = cache;
  return {
    lower,
    words: (block: number): Words => (words[block] ??= cut(fragment.blocks[block]![0])),
  };
}

/** A term's start as it is written: a stem shares its first letters with the word (centr, centres), a phrase with its first word. */
const TERM_START = 3;

/** Which words of a block a search matched, by their index among the block's words. */
function hitsIn(words: Words, terms: ReadonlySet<string>): Set<number> {
  const hits = new Set<number>();
  words.terms.forEach((own, i) => {
    if (own.some((t) => terms.has(t))) hits.add(i);
  });
  for (const [from, to] of phraseSpans(words.keys, terms)) for (let i = from; i < to; i++) hits.add(i);
  return hits;
}

/** Which words of a text a search matched, by their index among the text's words. */
export function matchedWords(text: string, terms: ReadonlySet<string>): { spans: ReturnType<typeof wordSpans>; hits: Set<number> } {
  const words = cut(text);
  return { spans: words.spans, hits: hitsIn(words, terms) };
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

/** An excerpt of about `length` words from the block with the most matches, and the sections matches fall in. */
export function buildExcerpt(fragment: Fragment, terms: ReadonlySet<string>, length = 28, maxSections = 3): Excerpt {
  let best: { block: number; spans: ReturnType<typeof wordSpans>; hits: Set<number>; rank: number } | undefined;
  const perSection = new Map<number, number>();
  const cutUp = blocksOf(fragment);
  // Only a block whose text holds the start of a matched term can hold a match: the rest need not be cut into words.
  const starts = [...new Set([...terms].map((t) => t.slice(0, TERM_START)))];
  fragment.blocks.forEach(([, anchor, excerpt], block) => {
    const candidate = starts.some((t) => cutUp.lower[block]!.includes(t));
    // Without a match, a block is needed only as the first one fit for an excerpt, when no block matched.
    if (!candidate && best && (best.hits.size || !excerpt || best.rank >= 1000)) return;
    const { spans } = cutUp.words(block);
    const hits = candidate ? hitsIn(cutUp.words(block), terms) : new Set<number>();
    if (hits.size && anchor >= 0) perSection.set(anchor, (perSection.get(anchor) ?? 0) + hits.size);
    // A block with a match beats one without; then a block fit for an excerpt; then distinct words matched, then how many.
    const distinct = new Set([...hits].map((i) => spans[i]!.text.toLowerCase())).size;
    const rank = (hits.size ? 10_000 : 0) + (excerpt ? 1000 : 0) + Math.min(distinct, 99) * 10 + Math.min(hits.size, 9);
    if (spans.length && (!best || rank > best.rank)) best = { block, spans, hits, rank };
  });
  const sections = [...perSection.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, maxSections)
    .map(([a]) => ({ id: fragment.anchors[a]![0], title: fragment.anchors[a]![1] }));
  if (!best) return { parts: [], sections };
  const text = fragment.blocks[best.block]![0];
  const { spans, hits } = best;
  const sorted = [...hits].sort((a, b) => a - b);
  const start = windowStart(sorted, spans.length, length);
  const end = Math.min(spans.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (t: string, mark: boolean) => {
    if (!t) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += t;
    else parts.push({ text: t, mark });
  };
  if (start > 0) push(`${ELLIPSIS} `, false);
  for (let i = start; i < end; i++) {
    const span = spans[i]!;
    // The space between two marked words is marked too, so a phrase reads as one mark.
    if (i > start) {
      const gap = text.slice(spans[i - 1]!.end, span.start);
      push(gap, hits.has(i - 1) && hits.has(i) && /^\s+$/.test(gap));
    }
    push(span.text, hits.has(i));
  }
  // Keep the punctuation that closes the last word (a full stop, a closing bracket).
  const tail = end < spans.length ? text.slice(spans[end - 1]!.end, spans[end]!.start).replace(/\s.*$/s, '') : text.slice(spans[end - 1]!.end);
  push(tail, false);
  if (end < spans.length) push(` ${ELLIPSIS}`, false);
  return { parts, sections };
}
