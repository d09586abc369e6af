/**
 * The excerpt under a search result and the sections it was found in, from
 * the page's Pagefind fragment (its indexed text, read back with
 * indexed-text.ts) and the places of the words the search matched there.
 * An excerpt is cut from one block, so two paragraphs, the cells of a table
 * or the lines of the case fact box never run together; blocks that make poor
 * excerpts (fact box, tables) are used only when nothing else holds a match.
 * Index-only words are never shown: a match on one marks the word it follows.
 */
import { readContent } from './indexed-text';
import { MAX_PHRASE, phraseKey, wordsOf } from './words';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Sections of the page that hold matches, most matches first. */
  sections: { id: string; title: string }[];
}

export interface Anchor {
  id: string;
  title?: string | undefined;
  location: number;
}

const ELLIPSIS = '…';

interface Block {
  /** The page's words in the block, with their places in the content. */
  words: { text: string; place: number }[];
  excerpt: boolean;
}

/**
 * The page's words an index-only word stands for: the words of a phrase whose
 * key it is (home working for `homeworking`, 인식도 조사다 for `인식도조사`,
 * keyed as the index keyed them, words.ts `phraseKey`), else the word it
 * follows (센터 inside 스마트워크센터를, center for centres).
 */
function ownersOfHidden(hidden: string, words: Block['words']): number[] {
  const keyOf = (word: { text: string }) => phraseKey(wordsOf(word.text));
  const lastKey = words.length ? keyOf(words[words.length - 1]!) : '';
  let joined = '';
  for (let k = 1; k <= Math.min(MAX_PHRASE, words.length); k++) {
    joined = keyOf(words[words.length - k]!) + joined;
    // The phrase ends in the word the index-only word follows.
    const at = joined.lastIndexOf(hidden);
    if (at >= 0 && at + hidden.length > joined.length - lastKey.length) return words.slice(words.length - k).map((w) => w.place);
  }
  const last = words[words.length - 1];
  return last ? [last.place] : [];
}

/** A content's blocks, and for each place of the content the places of the page's words it stands for. */
function blocksOf(content: string): { blocks: Block[]; owner: number[][] } {
  const tokens = readContent(content);
  const blocks: Block[] = [];
  const owner: number[][] = [];
  let words: Block['words'] = [];
  tokens.forEach((t, place) => {
    if (t.kind === 'word') {
      words.push({ text: t.text, place });
      owner.push([place]);
    } else if (t.kind === 'hidden') {
      owner.push(ownersOfHidden(t.text, words));
    } else {
      if (words.length) blocks.push({ words, excerpt: t.excerpt });
      words = [];
      owner.push([]);
    }
  });
  if (words.length) blocks.push({ words, excerpt: true });
  return { blocks, owner };
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

/** A word split into what is marked (its letters and digits) and the punctuation around it. */
const SPLIT = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

/**
 * An excerpt of about `length` words from the block with the most matches,
 * and the sections matches fall in. `locations` are the places Pagefind
 * matched; `anchors` the page's sections as its fragment gives them.
 */
export function buildExcerpt(content: string, locations: readonly number[], anchors: readonly Anchor[] = [], length = 28, maxSections = 3): Excerpt {
  const { blocks, owner } = blocksOf(content);
  const matched = new Set(locations.flatMap((l) => owner[l] ?? []));
  const named = anchors.filter((a) => a.title?.trim()).sort((a, b) => a.location - b.location);
  const perSection = new Map<Anchor, number>();
  for (const place of matched) {
    let section: Anchor | undefined;
    for (const a of named) if (a.location <= place) section = a;
    if (section) perSection.set(section, (perSection.get(section) ?? 0) + 1);
  }
  const sections = [...perSection.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].location - b[0].location)
    .slice(0, maxSections)
    .map(([a]) => ({ id: a.id, title: a.title!.trim() }));

  let best: { block: Block; hits: number[]; rank: number } | undefined;
  for (const block of blocks) {
    const hits = block.words.flatMap((w, i) => (matched.has(w.place) ? [i] : []));
    // A block with a match beats one without; then a block fit for an excerpt; then distinct words matched, then how many.
    const distinct = new Set(hits.map((i) => block.words[i]!.text.toLowerCase())).size;
    const rank = (hits.length ? 10_000 : 0) + (block.excerpt ? 1000 : 0) + Math.min(distinct, 99) * 10 + Math.min(hits.length, 9);
    if (!best || rank > best.rank) best = { block, hits, rank };
  }
  if (!best) return { parts: [], sections };

  const { block, hits } = best;
  const marked = new Set(hits);
  const start = windowStart(hits, block.words.length, length);
  const end = Math.min(block.words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push(`${ELLIPSIS} `, false);
  for (let i = start; i < end; i++) {
    const word = block.words[i]!.text;
    // The space between two marked words is marked too, so a phrase reads as one mark.
    if (i > start) push(' ', marked.has(i) && parts[parts.length - 1]?.mark === true && SPLIT.exec(word)?.[1] === '');
    if (!marked.has(i)) {
      push(word, false);
      continue;
    }
    const [, before = '', core = '', after = ''] = SPLIT.exec(word) ?? [];
    push(before, false);
    push(core, true);
    push(after, false);
  }
  if (end < block.words.length) push(` ${ELLIPSIS}`, false);
  return { parts, sections };
}
