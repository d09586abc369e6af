/**
 * Just enough Korean morphology for search. Korean attaches particles and
 * endings to words (재택근무를, 센터에서) and writes compounds without spaces
 * (스마트워크센터, 정보보안). These functions give a word the form the index
 * holds, for the pages and the query alike. They are rules, not a
 * dictionary: a wrong guess is made the same way on both sides.
 */

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
/** Final consonant (받침) index of ㄹ within a syllable block. */
const FINAL_RIEUL = 8;

export function isHangulSyllable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE;
}

export function hasHangul(text: string): boolean {
  return /[\uac00-\ud7a3]/.test(text);
}

/** 0 when the syllable ends in a vowel, else the index of its final consonant. */
function finalConsonant(ch: string): number {
  return ((ch.codePointAt(0) ?? FIRST_SYLLABLE) - FIRST_SYLLABLE) % 28;
}

/**
 * What a particle may follow. Korean picks the particle by the sound before
 * it: 을/은/이/과/으로 after a consonant, 를/는/가/와/로 after a vowel. Checking
 * this keeps 평가 and 효과 whole while 정부가 and 보안을 lose their particle.
 */
type After = 'any' | 'consonant' | 'vowel' | 'vowel-or-rieul';

const PARTICLES: [string, After][] = [
  // several syllables
  ['에서부터', 'any'], ['으로부터', 'consonant'], ['에게서는', 'any'],
  ['에서는', 'any'], ['에서도', 'any'], ['에서의', 'any'], ['에게는', 'any'], ['에게서', 'any'],
  ['으로는', 'consonant'], ['으로도', 'consonant'], ['으로서', 'consonant'], ['으로써', 'consonant'], ['으로의', 'consonant'],
  ['이라는', 'consonant'], ['이라고', 'consonant'], ['까지는', 'any'], ['부터는', 'any'], ['이었다', 'consonant'],
  ['에서', 'any'], ['에게', 'any'], ['한테', 'any'], ['까지', 'any'], ['부터', 'any'], ['처럼', 'any'],
  ['보다', 'any'], ['마다', 'any'], ['조차', 'any'], ['마저', 'any'], ['만큼', 'any'], ['만을', 'any'], ['만이', 'any'],
  ['에는', 'any'], ['에도', 'any'], ['에의', 'any'], ['이다', 'consonant'], ['이며', 'consonant'], ['이고', 'consonant'],
  ['이나', 'consonant'], ['이란', 'consonant'], ['과는', 'consonant'], ['와는', 'vowel'], ['과의', 'consonant'], ['와의', 'vowel'],
  ['으로', 'consonant'], ['로는', 'vowel-or-rieul'], ['로도', 'vowel-or-rieul'], ['로서', 'vowel-or-rieul'], ['로써', 'vowel-or-rieul'],
  ['라는', 'vowel'], ['였다', 'vowel'], ['인가', 'consonant'], ['인지', 'consonant'], ['일까', 'consonant'], ['인', 'consonant'], ['다', 'vowel'],
  // one syllable
  ['을', 'consonant'], ['를', 'vowel'], ['은', 'consonant'], ['는', 'vowel'], ['이', 'consonant'], ['가', 'vowel'],
  ['과', 'consonant'], ['와', 'vowel'], ['로', 'vowel-or-rieul'], ['란', 'vowel'], ['나', 'vowel'],
  ['에', 'any'], ['의', 'any'], ['도', 'any'], ['만', 'any'],
];

/** Endings of 하다/되다 verbs made from nouns: 도입했다, 확산되는 → 도입, 확산. */
const VERB_ENDINGS = [
  '했습니다', '합니다', '했으며', '되었다', '하였다', '했다', '한다', '하는', '하고', '하며', '하여', '하기', '하면', '하지',
  '했고', '했던', '하던', '하게', '된다', '되는', '되어', '됐다', '되고', '되며', '되기', '한', '할', '해', '함', '된', '될', '돼',
  // in questions: 추진했나, 도입하나, 정착할까, 필요한가, 운영했는가, 확산됐나
  '했는가', '하는가', '했을까', '되었나', '했나', '하나', '할까', '한가', '됐나', '되나', '될까', '하려면',
];

const ENDINGS: [string, After][] = [...PARTICLES, ...VERB_ENDINGS.map((e): [string, After] => [e, 'any'])].sort(
  (a, b) => b[0].length - a[0].length,
);

function fits(before: string, after: After): boolean {
  if (after === 'any' || !isHangulSyllable(before)) return true;
  const final = finalConsonant(before);
  if (after === 'consonant') return final !== 0;
  if (after === 'vowel') return final === 0;
  return final === 0 || final === FINAL_RIEUL;
}

/** A stem worth searching: `min` syllables or more, or a Latin name (KT, IBM), never a bare number. */
function isStem(stem: string, min: number): boolean {
  if (/^\p{N}*$/u.test(stem)) return false;
  if (hasHangul(stem[stem.length - 1] ?? '')) return [...stem].length >= min;
  return true;
}

/**
 * The word without its particle or verb ending, then without the plural 들:
 * 재택근무를 → 재택근무, 직원들에게 → 직원, 한국IBM은 → 한국IBM, 평가 → 평가.
 * A stem keeps two syllables at least (회의 is not 회 + 의) unless `min` says
 * otherwise, as for the second word of a spaced pair (워킹 존을 → 존).
 */
export function stem(word: string, min = 2): string {
  let out = word;
  for (const [ending, after] of ENDINGS) {
    if (out.length <= ending.length || !out.endsWith(ending)) continue;
    const rest = out.slice(0, -ending.length);
    if (isStem(rest, min) && fits(rest[rest.length - 1] ?? '', after)) {
      out = rest;
      break;
    }
  }
  if (out.endsWith('들') && isStem(out.slice(0, -1), 2)) out = out.slice(0, -1);
  return out;
}

/** Runs of one script within a word: 삼성SDS → 삼성, SDS; 63빌딩 → 63, 빌딩. */
export function scriptRuns(word: string): string[] {
  return word.match(/[\uac00-\ud7a3]+|[^\uac00-\ud7a3]+/g) ?? [];
}

/**
 * One-syllable suffixes that make a noun from a noun: 임차료 (fee), 센터망
 * (network), 도입률 (rate), 참여자 (person), 만족도 (degree). A query word
 * made so (임차료) may find a page that has only its base (임차).
 */
const DERIVING = new Set(['료', '비', '율', '률', '자', '도', '망', '성', '화', '권', '금', '제', '법', '층', '별', '용', '상']);

/** The base of a derived noun (임차료 → 임차), when what remains has two syllables or more. */
export function derivedBase(word: string): string | undefined {
  const chars = [...word];
  if (chars.length < 3 || !chars.every(isHangulSyllable) || !DERIVING.has(chars[chars.length - 1]!)) return undefined;
  return chars.slice(0, -1).join('');
}
