/**
 * Search of one language as a reader's question, on top of Pagefind: the
 * same code runs in the browser, the tests and the benchmarks.
 *
 * A query is read as a question, not a list of words that must all occur:
 * - question and function words (왜, 어떻게, how, the) need not match;
 * - a phrase from the synonym list stands for every way of saying it
 *   (범부처간 재택근무 시범사업 ↔ 범부처 원격근무 시범사업, WFH ↔ home working);
 * - words written apart may be one word of the index (정보 유출 → 정보유출,
 *   wi fi → wifi), and a compound no page holds whole is found in its parts;
 * - a word matches itself and longer words it begins (Pagefind's match),
 *   Korean compounds it ends (센터 → 스마트워크센터, through the index-only
 *   words of indexed-text.ts), but never a shorter word that merely begins it
 *   (blockchain is not blocked: see {@link TermSource});
 * - a word that matches nothing is matched by the nearest indexed word within
 *   a slip or two (telewrok → telework), and offered as a suggestion.
 *
 * Each way a part of the query may be said is one Pagefind search. Pages that
 * match every part of the query come first, then pages that match most of
 * them (more than half), each group by Pagefind's scores added up. A case the
 * query names (BT, 미국, LG CNS) counts as matching one part more: it is what
 * the rest of the query asks about, whether or not it uses each of its words.
 */
import { derivedBase, hasHangul } from './korean';
import type { SynonymList, WordList } from './lists';
import { isQuestionWord, looksLikePredicate } from './question-words';
import { allowedSlips, distance, letters } from './typo';
import { fold, MAX_PHRASE, partsOf, phraseKey, termOf, termsOfWord, wholeWordOnly, wordsOf } from './words';

/** A page a search found, with Pagefind's score and the places of the words it matched. */
export interface TermHit {
  page: string;
  score: number;
  locations: number[];
  /** The term stands in the page's title. */
  title: boolean;
  /** The term is the name of an entry the page holds (a glossary term, written without spaces). */
  named: boolean;
}

/**
 * Where the engine looks words up: Pagefind, one search per word. `find`
 * gives the pages where an indexed word begins with the term; it never falls
 * back to a shorter word that begins the term, as Pagefind does when nothing
 * begins with it. `exact` gives the pages where the term is a whole word.
 * `pages` is how many pages the index holds.
 */
export interface TermSource {
  find(term: string): Promise<TermHit[]>;
  exact(term: string): Promise<TermHit[]>;
  pages(): Promise<number>;
  /** Below 1 for a page readers rarely look for (the editors' guide, site pages); known once `pages` has answered. */
  boost(page: string): number;
  /** The pages whose subject is called this (a key of words run together: `lgcns`); known once `pages` has answered. */
  namedBy?(key: string): readonly string[];
}

/** How much a match counts by how it was made. */
const WEIGHT = { exact: 1, parts: 0.85, synonym: 0.9, base: 0.6, slip: 0.6, scattered: 0.3 } as const;
/**
 * A part of the query found in a page's title counts twice, and at least
 * `floor`: a word on every page (스마트워크) says little about any of them
 * unless it is what the page is about. A title that holds every part of the
 * query (스마트워크란 무엇인가, what is smart work) adds `whole`.
 */
const TITLE = { factor: 1, floor: 0.05, whole: 1 } as const;

/** A word as Pagefind is asked for it: Korean without its particle, anything else as written, its parts run together. */
interface Term {
  text: string;
  /** Short words and numbers match only whole (KT is not KTX, 2010 not 20100926). */
  exact: boolean;
}

interface Alternative {
  terms: Term[];
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
  page: string;
  score: number;
  /** How many of the query's required slots the page matches. */
  matched: number;
  /** Places of the words matched on the page, to mark in its excerpt. */
  locations: number[];
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

type Pages = Map<string, { score: number; locations: number[]; title: boolean }>;
type AlternativePages = Map<string, { score: number; locations: number[]; title: boolean; named: boolean }>;

const isSyllable = (s: string) => /^[\uac00-\ud7a3]$/.test(s);

/** Each way of saying it once, the best weight kept: a word of the synonym list is also read as a word. */
function distinct(alternatives: Alternative[]): Alternative[] {
  const byTerms = new Map<string, Alternative>();
  for (const a of alternatives) {
    if (!a.terms.length) continue;
    const key = a.terms.map((t) => `${t.exact ? '=' : ''}${t.text}`).join(' ');
    const before = byTerms.get(key);
    if (!before || a.weight > before.weight) byTerms.set(key, a);
  }
  return [...byTerms.values()];
}

/** Pagefind's measure of how rare a word is, from the number of pages it is on. */
const idf = (total: number, n: number) => Math.log(1 + (total - n + 0.5) / (n + 0.5));

/** A word of the query as Pagefind is asked for it. */
export function termFor(word: string): Term | undefined {
  const text = hasHangul(word) ? termOf(partsOf(word).join('')) : partsOf(word).join('');
  if (!text) return undefined;
  return { text, exact: wholeWordOnly(text) };
}

/** A name as a query says it, its words' terms run together (LG CNS → lgcns, 미국 → 미국): how a case is named in the index. */
export const nameKey = (words: readonly string[]): string => words.map((w) => termFor(w)?.text ?? '').join('');

export class Searcher {
  private readonly synonymGroups = new Map<string, string[][]>();
  private readonly single: string[];
  private words: Promise<{ list: WordList; set: Set<string> }> | undefined;

  /**
   * `synonyms`: the language's synonym list; `wordList`: loads the indexed
   * words, only when a word of a query matches nothing.
   */
  constructor(
    private readonly source: TermSource,
    synonyms: SynonymList,
    private readonly wordList: () => Promise<WordList>,
  ) {
    const single = new Set<string>();
    for (const group of synonyms) {
      const variants = group.map((v) => wordsOf(v));
      for (const words of variants) if (words.length) this.synonymGroups.set(phraseKey(words), variants);
      for (const words of variants) if (words.length === 1) single.add(phraseKey(words));
    }
    this.single = [...single];
  }

  private vocabulary() {
    this.words ??= this.wordList().then((list) => ({ list, set: new Set(list) }));
    return this.words;
  }

  private hits(term: Term): Promise<TermHit[]> {
    return term.exact ? this.source.exact(term.text) : this.source.find(term.text);
  }

  /** A word's terms as a query reads them: the word's own term, its parts, the base of a derived noun. */
  private wordAlternatives(word: string): Alternative[] {
    const own = termFor(word);
    const alternatives: Alternative[] = own ? [{ terms: [own], weight: WEIGHT.exact }] : [];
    const parts = partsOf(word)
      .map(termFor)
      .filter((t): t is Term => !!t);
    const [, ...rest] = termsOfWord(word);
    if (parts.length > 1) alternatives.push({ terms: parts, weight: WEIGHT.parts });
    else if (rest.length > 1 && own && hasHangul(own.text)) {
      // A word of two scripts (삼성SDS) by its runs.
      const runs = rest.map((r) => termFor(r)).filter((t): t is Term => !!t && t.text !== own.text);
      if (runs.length > 1) alternatives.push({ terms: runs, weight: WEIGHT.parts });
    }
    // A derived noun may be found by its base: 임차료 on a page that speaks of 임차.
    const base = own ? derivedBase(own.text) : undefined;
    if (base) alternatives.push({ terms: [{ text: base, exact: false }], weight: WEIGHT.base });
    return alternatives;
  }

  /** Reads a query into slots. */
  async parse(query: string): Promise<Slot[]> {
    const words = wordsOf(query);
    const slots: Slot[] = [];
    for (let i = 0; i < words.length; ) {
      const phrase = await this.synonymPhrase(words, i);
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

  private async synonymPhrase(words: string[], at: number): Promise<{ slot: Slot; length: number } | undefined> {
    for (let n = Math.min(MAX_PHRASE, words.length - at); n >= 1; n--) {
      const span = words.slice(at, at + n);
      const key = phraseKey(span);
      const group = this.synonymGroups.get(key);
      if (!group) continue;
      // A variant of several words is one term: the index holds its key where its words stand together.
      const alternatives: Alternative[] = group.map((variant) => {
        const term = variant.length === 1 ? termFor(variant[0]!) : { text: phraseKey(variant), exact: false };
        return { terms: term ? [term] : [], weight: phraseKey(variant) === key ? WEIGHT.exact : WEIGHT.synonym };
      });
      if (n === 1) alternatives.push(...this.wordAlternatives(span[0]!));
      else {
        // A phrase no page holds together is read word by word instead.
        const found = await Promise.all(alternatives.map((a) => this.alternativePages(a)));
        if (!found.some((p) => p.size)) continue;
        // A page with the phrase's words apart (Wi-Fi … 10,000 zones) still counts, for much less.
        const apart = span
          .filter((w) => !isQuestionWord(w))
          .map(termFor)
          .filter((t): t is Term => !!t);
        alternatives.push({ terms: apart, weight: WEIGHT.scattered });
      }
      return { slot: { words: span, alternatives: distinct(alternatives), optional: false }, length: n };
    }
    return undefined;
  }

  /** Two or three words written apart that the index holds as one: 정보 유출 → 정보유출, wi fi → wifi. */
  private async joinSpaced(slots: Slot[]): Promise<Slot[]> {
    const out: Slot[] = [];
    for (let i = 0; i < slots.length; ) {
      let joined: Slot | undefined;
      for (let n = Math.min(3, slots.length - i); n >= 2 && !joined; n--) {
        const group = slots.slice(i, i + n);
        if (group.some((s) => s.words.length > 1)) continue;
        const own = group.map((s) => s.alternatives[0]?.terms[0]);
        if (own.some((t) => !t)) continue;
        const term: Term = { text: own.map((t) => t!.text).join(''), exact: false };
        if (!(await this.hits(term)).length) continue;
        joined = {
          words: group.flatMap((s) => s.words),
          alternatives: [
            { terms: [term], weight: WEIGHT.exact },
            { terms: own as Term[], weight: WEIGHT.exact },
          ],
          optional: false,
        };
        i += n;
      }
      if (joined) out.push(joined);
      else out.push(slots[i++]!);
    }
    return out;
  }

  /** The pages that hold every term of an alternative, each with its weighted mean score and matched places. */
  private async alternativePages(alternative: Alternative): Promise<AlternativePages> {
    const found = await Promise.all(alternative.terms.map((t) => this.hits(t)));
    let pages: AlternativePages | undefined;
    for (const hits of found) {
      const next: AlternativePages = new Map();
      for (const h of hits) {
        const before = pages?.get(h.page);
        if (pages && !before) continue;
        next.set(h.page, {
          score: (before?.score ?? 0) + h.score,
          locations: [...(before?.locations ?? []), ...h.locations],
          title: (before?.title ?? true) && h.title,
          named: !before && alternative.terms.length === 1 && h.named,
        });
      }
      pages = next;
      if (!pages.size) break;
    }
    const out: AlternativePages = new Map();
    for (const [page, r] of pages ?? []) out.set(page, { ...r, score: (alternative.weight * r.score) / alternative.terms.length });
    return out;
  }

  /**
   * Pages a slot matches: the score is that of the best alternative on the
   * page, brought to the rarity of the slot as a whole, so a rare synonym does
   * not outweigh the word the reader typed.
   */
  private async slotPages(slot: Slot, alone: boolean): Promise<Pages> {
    const total = await this.source.pages();
    const perAlternative = await Promise.all(slot.alternatives.map((a) => this.alternativePages(a)));
    const all = new Set(perAlternative.flatMap((p) => [...p.keys()]));
    const slotIdf = idf(total, all.size);
    const pages: Pages = new Map();
    for (const found of perAlternative) {
      const scale = slotIdf / idf(total, found.size);
      for (const [page, r] of found) {
        const before = pages.get(page);
        const score = r.score * scale;
        const better = !before || score > before.score;
        // Asked alone, the name of an entry (the glossary's telework) counts as a title.
        const title = r.title || (alone && r.named);
        pages.set(page, { score: better ? score : before.score, locations: [...(before?.locations ?? []), ...r.locations], title: title || (before?.title ?? false) });
      }
    }
    // What the page is about: the slot stands in its title, in one of its ways (smart work as the words of a phrase).
    for (const r of pages.values()) if (r.title) r.score = r.score * (1 + TITLE.factor) + TITLE.floor;
    return pages;
  }

  /**
   * The pages the query names: a case whose subject is a slot, said one of its
   * ways (US → United States), or up to three slots' words run together (LG CNS).
   */
  private namedPages(slots: Slot[]): Set<string> {
    const named = new Set<string>();
    const namedBy = this.source.namedBy?.bind(this.source);
    if (!namedBy) return named;
    slots.forEach((slot, i) => {
      for (const a of slot.alternatives) for (const page of namedBy(a.terms.map((t) => t.text).join(''))) named.add(page);
      for (let n = 2; n <= 3 && i + n <= slots.length; n++) {
        const key = nameKey(slots.slice(i, i + n).flatMap((s) => s.words));
        for (const page of namedBy(key)) named.add(page);
      }
    });
    return named;
  }

  private rank(slots: { slot: Slot; pages: Pages }[]): Hit[] {
    const required = slots.filter((s) => !s.slot.optional).length;
    if (!required) return [];
    // A page the query names (BT in "BT productivity statistics") is about what the rest of the query
    // asks, even where one of its other words is not on the page: the name stands for that word.
    const named = this.namedPages(slots.filter((s) => !s.slot.optional).map((s) => s.slot));
    // Every part of a query of one or two, more than half of a longer one.
    const needed = required < 3 ? required : Math.floor(required / 2) + 1;
    const hits = new Map<string, Hit & { titled: number }>();
    for (const { slot, pages } of slots) {
      for (const [page, r] of pages) {
        const hit = hits.get(page) ?? { page, score: 0, matched: 0, locations: [], titled: 0 };
        hit.score += r.score;
        if (!slot.optional) hit.matched++;
        if (!slot.optional && r.title) hit.titled++;
        hit.locations.push(...r.locations);
        hits.set(page, hit);
      }
    }
    for (const hit of hits.values()) if (named.has(hit.page) && required > 1) hit.matched = Math.min(required, hit.matched + 1);
    return [...hits.values()]
      .filter((h) => h.matched >= needed)
      .map(({ titled, ...h }) => ({ ...h, score: (h.score + (titled === required ? TITLE.whole : 0)) * this.source.boost(h.page) }))
      .sort((a, b) => b.matched - a.matched || b.score - a.score || (a.page < b.page ? -1 : 1));
  }

  /**
   * A compound in indexed words: 정보유출 → 정보, 유출; smartwork → smart, work.
   * Each part is a whole indexed word of two letters or more (two syllables in Korean).
   */
  split(word: string, words: ReadonlySet<string>, depth = 0): string[] | undefined {
    const chars = [...word];
    const min = 2;
    if (chars.length < 2 * min || depth > 2) return undefined;
    for (let i = chars.length - min; i >= min; i--) {
      const left = termOf(chars.slice(0, i).join(''));
      const rightWord = chars.slice(i).join('');
      if (left.length < min || !words.has(left)) continue;
      const right = termOf(rightWord);
      if (right.length >= min && words.has(right)) return [left, right];
      const more = this.split(rightWord, words, depth + 1);
      if (more) return [left, ...more];
    }
    return undefined;
  }

  /** The indexed word nearest to a word that matches nothing, within its allowed slips; the commonest wins a tie. */
  nearest(word: string, list: WordList): string | undefined {
    const written = fold(word);
    const korean = hasHangul(written);
    const key = termOf(written);
    const byKey = { letters: letters(key), max: allowedSlips(key) };
    const byWord = { letters: letters(written), max: korean ? 0 : allowedSlips(written) };
    if (!byKey.max && !byWord.max) return undefined;
    let best: { word: string; slips: number } | undefined;
    // The list is commonest first, and the synonym list's one-word entries come after it.
    for (const candidate of [...list, ...this.single]) {
      if (korean !== hasHangul(candidate)) continue;
      const near = (by: { letters: string[]; max: number }) => {
        if (!by.max) return Infinity;
        const d = distance(by.letters, letters(candidate), by.max);
        return d <= by.max ? d : Infinity;
      };
      const slips = Math.min(near(byKey), near(byWord));
      if (slips === 0 || slips === Infinity) continue;
      if (!best || slips < best.slips) best = { word: candidate, slips };
    }
    return best?.word;
  }

  /** Searches a query; with `correct` false, as typed, without looking for slips. */
  async search(query: string, correct = true): Promise<Outcome> {
    if (!wordsOf(query).length) return { hits: [], slots: [], corrected: false };
    await this.source.pages();
    const slots = await this.parse(query);
    const alone = slots.length === 1;
    const scored = await Promise.all(slots.map(async (slot) => ({ slot, pages: await this.slotPages(slot, alone) })));
    // A Korean verb that matches nothing (세웠나, 줄였나) is part of the question, not its subject.
    for (const s of scored) if (!s.pages.size && s.slot.words.length === 1 && looksLikePredicate(s.slot.words[0]!)) s.slot.optional = true;
    const unmatched = scored.filter((s) => !s.pages.size && !s.slot.optional && s.slot.words.length === 1);
    if (unmatched.length && correct) {
      const { list, set } = await this.vocabulary();
      for (const s of unmatched) {
        // A compound no page holds whole, found in its parts (정보유출 on a page that writes 정보 유출).
        const own = s.slot.alternatives[0]?.terms[0];
        const parts = own && !own.exact ? this.split(own.text, set) : undefined;
        if (parts) {
          s.slot.alternatives.push({ terms: parts.map((text) => ({ text, exact: false })), weight: WEIGHT.parts });
          s.pages = await this.slotPages(s.slot, alone);
        }
      }
      for (const s of unmatched) {
        if (s.pages.size) continue;
        const near = this.nearest(s.slot.words[0]!, list);
        if (!near) continue;
        s.slot.correction = near;
        // The corrected word is read as if typed, synonyms and all, for less.
        const [as] = await this.parse(near);
        const alternatives = (as?.alternatives ?? []).map((a) => ({ ...a, weight: a.weight * WEIGHT.slip }));
        s.pages = await this.slotPages({ ...s.slot, alternatives }, alone);
      }
    }
    const asTyped = this.rank(scored.map((s) => (s.slot.correction ? { ...s, pages: new Map() } : s)));
    const required = scored.filter((s) => !s.slot.optional).map((s) => s.slot);
    const corrections = scored.filter((s) => s.slot.correction);
    if (!corrections.length) return { hits: asTyped, slots: required, corrected: false };
    let suggestion = query.trim();
    for (const s of corrections) suggestion = suggestion.replace(s.slot.words[0]!, s.slot.correction!);
    // The corrected query is read afresh, as its words may now make a phrase (smart wrok centre → smart work centre).
    const afresh = await this.search(suggestion, false);
    const withCorrections = afresh.hits.length ? afresh.hits : this.rank(scored);
    return asTyped.length
      ? { hits: withCorrections.filter((h) => asTyped.some((a) => a.page === h.page)), slots: required, suggestion, corrected: false }
      : { hits: withCorrections, slots: required, suggestion, corrected: withCorrections.length > 0 };
  }
}
