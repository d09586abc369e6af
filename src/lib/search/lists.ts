/**
 * Files of each language's Pagefind bundle that the search page asks for by
 * name, and the two lists search reads beside Pagefind's own files: the
 * synonym list (groups of words and phrases that mean the same), fetched with
 * Pagefind when a reader starts to search, and the indexed words, commonest
 * first, fetched only when a word of a query matches nothing (for "did you
 * mean" and to find a compound in its parts).
 */
export const SYNONYMS_FILE = 'synonyms.json';
/** Pagefind's WebAssembly, the same for both indexes: both are built as English (scripts/build-search-index.ts). */
export const PAGEFIND_WASM = 'wasm.en.pagefind';
export const WORDS_FILE = 'words.json';

export type SynonymList = string[][];
export type WordList = string[];
