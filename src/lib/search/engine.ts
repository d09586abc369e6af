/**
 * Search over one language's index, the same in the browser and in tests.
 *
 * A query is read as a question, not a list of words that must all occur:
 * - question and function words (왜, 어떻게, how, the) need not match;
 * - a phrase from the synonym list stands for every way of saying it
 *   (범부처간 재택근무 시범사업 ↔ 범부처 원격근무 시범사업, WFH ↔ home working);
 * - words written apart may be one indexed word (정보 유출 → 정보유출, wi fi → wifi),
 *   and a compound may be found in its parts (정보유출 → 정보 … 유출);
 * - a word matches its own term, longer words it begins (센터 → 센터망),
 *   and for Korean the compounds it ends or sits inside (센터 → 스마트워크센터),
 *   but never a shorter word that merely begins it (blockchain is not blocked);
 * - a word that matches nothing is matched by the nearest indexed word
 *   within a slip or two (telewrok → telework), and offered as a suggestion.
 * Pages that match every part of the query come first, then pages that match
 * most of them (more than half), each group by a BM25 score.
 */
import type { SearchIndex } from './search-index';
import { derivedBase, hasHangul } from './korean';
import { isQuestionWord, looksLikePredicate } from './question-words';
import { letters, distance, allowedSlips } from './typo';
import { fold, MAX_PHRASE, partsOf, phraseKey, termOf, termsOfWord, wordsOf } from './words';

/** BM25's usual constants: how fast repeats stop counting, and how much page length matters. */
const K1 = 1.2;
const B = 0.75;
/** How much a match counts by how it was made. */
const WEIGHT = { exact: 1, prefix: 0.75, inner: 0.6, parts: 0.85, synonym: 0.9, base: 0.6, slip: 0.6, scattered: 0.3 } as const;
/** Each extra letter of a longer matched word lowers its weight, down to this share. */
const LONGER_STEP = 0.06;
const LONGER_FLOOR = 0.5;
/**
 * A slot found in a page's title counts twice, and at least `floor`: a word on
 * every page (스마트워크) says little about any of them unless it is what the
 * page is about. A query the title holds whole (스마트워크란 무엇인가) adds `whole`.
 */
const TITLE = { factor: 1, floor: 0.05, whole: 1 } as const;

interface Alternative {
  terms: string[];
  weight: number;
}

/** One thing the query asks for: a word, or a phrase read as one, with every way a page may say it. */
export interface Slot {
  words: string[];
  alternatives: Alternative[];
  /** A Korean verb or adjective that matched nothing: it may be left out. */
  optional: boolean;
  /** The indexed word a slip was corrected to, when the words matched nothing. */
  correction?: string;
}

export interface Hit {
  page: number;
  score: number;
  /** How many of the query's required slots the page matches. */
  matched: number;
  /** The indexed terms matched on the page, to mark in its excerpt. */
  terms: Set<string>;
}

export interface Outcome {
  hits: Hit[];
  /** Required slots of the query. */
  slots: Slot[];
  /** The query with each slip replaced by the nearest indexed word, if any was. */
  suggestion?: string;
  /** True when the query as typed finds nothing and the hits are those of the suggestion. */
  corrected: boolean;
}

type Match = { term: string; weight: number };

const isHangulWord = (s: string) => /^[\uac00-\ud7a3]+$/.test(s);
const isSyllable = (s: string) => /^[\uac00-\ud7a3]$/.test(s);

export class Searcher {
  private readonly vocabulary: string[];
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly averageLength: number;
  private readonly synonymGroups = new Map<string, string[][]>();
  private readonly matchCache = new Map<string, Match[]>();
  private readonly letterCache = new Map<string, string[]>();
  private readonly titleKeys: string[];
  /** Keys of the names of the entries a page holds (the glossary's terms). */
  private readonly entryNames: Set<string>[];
  /** Words a slip may be corrected to: every indexed term, and every one-word variant of the synonym list. */
  private readonly candidates: string[];

  constructor(readonly index: SearchIndex) {
    this.vocabulary = Object.keys(index.terms);
    const pages = index.pages.length || 1;
    this.averageLength = index.pages.reduce((s, p) => s + p.length, 0) / pages || 1;
    this.titleKeys = index.pages.map((p) => phraseKey(wordsOf(p.title)));
    this.entryNames = index.pages.map((p) => new Set((p.names ?? []).map((n) => phraseKey(wordsOf(n)))));
    const variantWords = new Set<string>();
    for (const group of index.synonyms) {
      const variants = group.map((v) => wordsOf(v));
      for (const words of variants) if (words.length) this.synonymGroups.set(phraseKey(words), variants);
      for (const words of variants) if (words.length === 1) variantWords.add(phraseKey(words));
    }
    this.candidates = [...new Set([...this.vocabulary, ...variantWords])];
  }

  private postingsOf(term: string): Map<number, number> {
    let map = this.postings.get(term);
    if (!map) {
      map = new Map();
      const flat = this.index.terms[term] ?? [];
      for (let i = 0; i < flat.length; i += 2) map.set(flat[i]!, flat[i + 1]!);
      this.postings.set(term, map);
    }
    return map;
  }

  has(term: string): boolean {
    return Object.hasOwn(this.index.terms, term);
  }

  /** The indexed terms a query term reaches: itself, longer words it begins, Korean compounds it is part of. */
  matches(term: string): Match[] {
    const cached = this.matchCache.get(term);
    if (cached) return cached;
    const out: Match[] = [];
    const korean = isHangulWord(term);
    const canExtend = korean ? term.length >= 2 : term.length >= 3 && !/^\p{N}+$/u.test(term);
    for (const word of this.vocabulary) {
      if (word === term) out.push({ term: word, weight: WEIGHT.exact });
      else if (!canExtend) continue;
      else if (word.startsWith(term)) out.push({ term: word, weight: WEIGHT.prefix * this.longer(word, term) });
      else if (korean && word.includes(term)) out.push({ term: word, weight: WEIGHT.inner * this.longer(word, term) });
    }
    this.matchCache.set(term, out);
    return out;
  }

  private longer(word: string, term: string): number {
    return Math.max(LONGER_FLOOR, 1 - LONGER_STEP * (word.length - term.length));
  }

  private lettersOf(s: string): string[] {
    let l = this.letterCache.get(s);
    if (!l) this.letterCache.set(s, (l = letters(s)));
    return l;
  }

  /** The indexed word nearest to a word that matches nothing, within its allowed slips; the commonest wins a tie. */
  nearest(word: string): string | undefined {
    const written = fold(word);
    const korean = hasHangul(written);
    const stemmed = termOf(written);
    // The stem against each term, and the word as written against each term's written form:
    // telewrok is one slip from telework either way, and each is allowed the slips of its own length.
    const byStem = { letters: this.lettersOf(stemmed), max: allowedSlips(stemmed) };
    const byWord = { letters: this.lettersOf(written), max: korean ? 0 : allowedSlips(written) };
    if (!byStem.max && !byWord.max) return undefined;
    let best: { term: string; slips: number; pages: number } | undefined;
    for (const term of this.candidates) {
      if (korean !== hasHangul(term)) continue;
      const surface = this.index.forms[term] ?? term;
      const within = (by: { letters: string[]; max: number }, other: string | undefined) => {
        if (!by.max || !other) return Infinity;
        const d = distance(by.letters, this.lettersOf(other), by.max);
        return d <= by.max ? d : Infinity;
      };
      const slips = Math.min(within(byStem, term), within(byWord, surface));
      if (slips === 0 || slips === Infinity) continue;
      const pages = this.postingsOf(term).size + (this.synonymGroups.has(term) ? 1 : 0);
      if (!best || slips < best.slips || (slips === best.slips && pages > best.pages)) best = { term, slips, pages };
    }
    return best?.term;
  }

  /** A word's terms as a query reads them: the word's own term, and its parts when it has several. */
  private wordAlternatives(word: string): Alternative[] {
    const [own, ...rest] = termsOfWord(word);
    const alternatives: Alternative[] = own ? [{ terms: [own], weight: WEIGHT.exact }] : [];
    const parts = partsOf(word).map(termOf).filter(Boolean);
    if (parts.length > 1) alternatives.push({ terms: parts, weight: WEIGHT.parts });
    else if (rest.length > 1 && own && hasHangul(own)) alternatives.push({ terms: rest.filter((t) => t !== own), weight: WEIGHT.parts });
    // A compound the pages write apart (정보유출 → 정보 유출), when the index does not hold it whole.
    const split = own && !this.has(own) ? this.split(hasHangul(own) ? own : partsOf(word).join('')) : undefined;
    if (split) alternatives.push({ terms: split, weight: WEIGHT.parts });
    // A derived noun may be found by its base: 임차료 on a page that speaks of 임차.
    const base = own ? derivedBase(own) : undefined;
    if (base && this.has(base)) alternatives.push({ terms: [base], weight: WEIGHT.base });
    return alternatives;
  }

  /**
   * A compound in indexed words: 정보유출 → 정보, 유출; smartwork → smart, work.
   * Each part is a whole indexed word of two letters or more (two syllables in Korean).
   */
  split(word: string, depth = 0): string[] | undefined {
    const chars = [...word];
    const min = 2;
    if (chars.length < 2 * min || depth > 2) return undefined;
    for (let i = chars.length - min; i >= min; i--) {
      const left = termOf(chars.slice(0, i).join(''));
      const rightWord = chars.slice(i).join('');
      if (!this.has(left) || left.length < min) continue;
      const right = termOf(rightWord);
      if (right.length >= min && this.has(right)) return [left, right];
      const more = this.split(rightWord, depth + 1);
      if (more) return [left, ...more];
    }
    return undefined;
  }

  /** Reads a query into slots. */
  parse(query: string): Slot[] {
    const words = wordsOf(query);
    const slots: Slot[] = [];
    for (let i = 0; i < words.length; ) {
      const phrase = this.synonymPhrase(words, i);
      if (phrase) {
        slots.push(phrase.slot);
        i += phrase.length;
        continue;
      }
      const word = words[i]!;
      slots.push({ words: [word], alternatives: this.wordAlternatives(word), optional: false });
      i++;
    }
    // In a question, a lone Korean syllable is a counter or a particle (몇 곳, 몇 개), not its subject.
    const meaningful = slots.filter((s) => s.words.length > 1 || !(isQuestionWord(s.words[0]!) || isSyllable(termOf(s.words[0]!))));
    return this.joinSpaced(meaningful.length ? meaningful : slots);
  }

  private synonymPhrase(words: string[], at: number): { slot: Slot; length: number } | undefined {
    for (let n = Math.min(MAX_PHRASE, words.length - at); n >= 1; n--) {
      const span = words.slice(at, at + n);
      const group = this.synonymGroups.get(phraseKey(span));
      if (!group) continue;
      // Each variant is one term: the index holds a phrase where its words stand together.
      const key = phraseKey(span);
      const alternatives: Alternative[] = group.map((variant) => {
        const term = phraseKey(variant);
        return { terms: [term], weight: term === key ? WEIGHT.exact : WEIGHT.synonym };
      });
      if (n === 1) alternatives.push(...this.wordAlternatives(span[0]!));
      // A phrase no page holds together is read word by word instead.
      else if (!alternatives.some((a) => this.counts(a).size)) continue;
      // A page with the phrase's words apart (Wi-Fi … 10,000 zones) still counts, for much less.
      else alternatives.push({ terms: span.filter((w) => !isQuestionWord(w)).map((w) => termsOfWord(w)[0]!), weight: WEIGHT.scattered });
      return { slot: { words: span, alternatives, optional: false }, length: n };
    }
    return undefined;
  }

  /** Two or three words written apart that the index holds as one: 정보 유출 → 정보유출, wi fi → wifi. */
  private joinSpaced(slots: Slot[]): Slot[] {
    const out: Slot[] = [];
    for (let i = 0; i < slots.length; ) {
      let joined: Slot | undefined;
      for (let n = Math.min(3, slots.length - i); n >= 2 && !joined; n--) {
        const group = slots.slice(i, i + n);
        if (group.some((s) => s.words.length > 1)) continue;
        const term = termOf(group.map((s) => s.words[0]).join(''));
        if (!this.matches(term).some((m) => m.weight >= WEIGHT.prefix * LONGER_FLOOR && m.term.startsWith(term))) continue;
        joined = {
          words: group.flatMap((s) => s.words),
          alternatives: [{ terms: [term], weight: WEIGHT.exact }, { terms: group.map((s) => s.alternatives[0]?.terms[0] ?? ''), weight: WEIGHT.exact }],
          optional: false,
        };
        i += n;
      }
      if (joined) out.push(joined);
      else out.push(slots[i++]!);
    }
    return out;
  }

  /** Weighted counts of an alternative on the pages that hold all its terms, and the terms that matched. */
  private counts(alternative: Alternative): Map<number, { n: number; terms: string[] }> {
    let result: Map<number, { n: number; terms: string[] }> | undefined;
    for (const term of alternative.terms) {
      const next = new Map<number, { n: number; terms: string[] }>();
      for (const m of this.matches(term)) {
        for (const [page, n] of this.postingsOf(m.term)) {
          if (result && !result.has(page)) continue;
          const entry = next.get(page) ?? { n: 0, terms: [...(result?.get(page)?.terms ?? [])] };
          entry.n += n * m.weight;
          entry.terms.push(m.term);
          next.set(page, entry);
        }
      }
      if (result) for (const [page, e] of next) e.n += result.get(page)!.n;
      result = next;
      if (!result.size) break;
    }
    const out = new Map<number, { n: number; terms: string[] }>();
    for (const [page, r] of result ?? []) out.set(page, { n: (alternative.weight * r.n) / alternative.terms.length, terms: r.terms });
    return out;
  }

  /**
   * Pages a slot matches, each with its BM25 score: the count is that of the
   * best alternative on the page, and the rarity that of the slot as a whole,
   * so a rare synonym does not outweigh the word the reader typed.
   */
  private slotPages(slot: Slot, alone = false): Map<number, { score: number; terms: string[] }> {
    const counts = new Map<number, { n: number; terms: string[]; best: Alternative }>();
    for (const alternative of slot.alternatives) {
      for (const [page, r] of this.counts(alternative)) {
        const before = counts.get(page);
        const better = !before || r.n > before.n;
        counts.set(page, { n: better ? r.n : before.n, terms: [...(before?.terms ?? []), ...r.terms], best: better ? alternative : before.best });
      }
    }
    const N = this.index.pages.length;
    const idf = Math.log(1 + (N - counts.size + 0.5) / (counts.size + 0.5));
    const pages = new Map<number, { score: number; terms: string[] }>();
    for (const [page, { n, terms, best }] of counts) {
      const length = this.index.pages[page]!.length;
      let score = (idf * n * (K1 + 1)) / (n + K1 * (1 - B + (B * length) / this.averageLength));
      // What the page is about: the way the slot matched best stands in its title.
      // Asked alone, a word that names an entry (the glossary's 원격근무) counts as a title.
      const named = alone && best.terms.length === 1 && this.entryNames[page]!.has(best.terms[0]!);
      if (named || best.terms.every((t) => this.titleKeys[page]!.includes(t))) score = score * (1 + TITLE.factor) + TITLE.floor;
      pages.set(page, { score, terms });
    }
    return pages;
  }

  private rank(slots: { slot: Slot; pages: Map<number, { score: number; terms: string[] }> }[], queryKey = ''): Hit[] {
    const required = slots.filter((s) => !s.slot.optional).length;
    if (!required) return [];
    // Every part of a query of one or two, more than half of a longer one.
    const needed = required < 3 ? required : Math.floor(required / 2) + 1;
    const hits = new Map<number, Hit>();
    for (const { slot, pages } of slots) {
      for (const [page, r] of pages) {
        const hit = hits.get(page) ?? { page, score: 0, matched: 0, terms: new Set<string>() };
        hit.score += r.score;
        if (!slot.optional) hit.matched++;
        for (const t of r.terms) hit.terms.add(t);
        hits.set(page, hit);
      }
    }
    return [...hits.values()]
      .filter((h) => h.matched >= needed)
      .map((h) => {
        const whole = queryKey.length >= 4 && this.titleKeys[h.page]!.includes(queryKey) ? TITLE.whole : 0;
        return { ...h, score: (h.score + whole) * (this.index.pages[h.page]?.boost ?? 1) };
      })
      .sort((a, b) => b.matched - a.matched || b.score - a.score || a.page - b.page);
  }

  search(query: string): Outcome {
    if (!wordsOf(query).length) return { hits: [], slots: [], corrected: false };
    const slots = this.parse(query);
    const scored = slots.map((slot) => ({ slot, pages: this.slotPages(slot, slots.length === 1) }));
    // A Korean verb that matches nothing (세웠나, 줄였나) is part of the question, not its subject.
    for (const s of scored) if (!s.pages.size && s.slot.words.length === 1 && looksLikePredicate(s.slot.words[0]!)) s.slot.optional = true;
    const queryKey = phraseKey(wordsOf(query));
    const asTyped = this.rank(scored, queryKey);
    const corrections: string[] = [];
    for (const s of scored) {
      if (s.pages.size || s.slot.optional || s.slot.words.length !== 1) continue;
      const near = this.nearest(s.slot.words[0]!);
      if (!near) continue;
      s.slot.correction = this.index.forms[near] ?? near;
      corrections.push(s.slot.correction);
      // The corrected word is read as if typed, synonyms and all, for less.
      const [as] = this.parse(s.slot.correction);
      const alternatives = (as?.alternatives ?? [{ terms: [near], weight: 1 }]).map((a) => ({ ...a, weight: a.weight * WEIGHT.slip }));
      s.pages = this.slotPages({ ...s.slot, alternatives }, scored.length === 1);
    }
    const required = scored.filter((s) => !s.slot.optional).map((s) => s.slot);
    if (!corrections.length) return { hits: asTyped, slots: required, corrected: false };
    let suggestion = query.trim();
    for (const s of scored) if (s.slot.correction) suggestion = suggestion.replace(s.slot.words[0]!, s.slot.correction);
    const withCorrections = this.rank(scored, queryKey);
    return asTyped.length
      ? { hits: mergeHits(asTyped, withCorrections), slots: required, suggestion, corrected: false }
      : { hits: withCorrections, slots: required, suggestion, corrected: withCorrections.length > 0 };
  }
}

/** The hits of the query as typed, re-ranked with what its corrected words add. */
function mergeHits(asTyped: Hit[], corrected: Hit[]): Hit[] {
  const found = new Set(asTyped.map((h) => h.page));
  return corrected.filter((h) => found.has(h.page));
}
